// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop plugin module as QGIS loads it: by QLibrary, through its exported entry points.

#include <qgisplugin.h>
#include <qgsapplication.h>
#include <qgsgui.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingwidgetwrapper.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QFileInfo>
#include <QLibrary>
#include <QUrl>
#include <QtTest>

#include "support/veerkracht_compat.h"

#include <memory>

class TestPlugin : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void entryPoints();
    void registersTheProviderOnce();
    void loaderRegistrationFunction();
    void toolboxGroups();

  private:
    QLibrary mLibrary { QStringLiteral( VEERKRACHT_PLUGIN ) };
};

void TestPlugin::initTestCase()
{
  QVERIFY2( mLibrary.load(), qPrintable( mLibrary.errorString() ) );
}

void TestPlugin::entryPoints()
{
  for ( const char *symbol : { "name", "description", "category", "version", "icon", "experimental" } )
  {
    auto *text = reinterpret_cast<name_t *>( mLibrary.resolve( symbol ) );
    QVERIFY2( text, symbol );
    QVERIFY2( !text()->isEmpty(), symbol );
  }
  QCOMPARE( *reinterpret_cast<name_t *>( mLibrary.resolve( "name" ) )(), QStringLiteral( "Veerkracht" ) );
  QCOMPARE( *reinterpret_cast<category_t *>( mLibrary.resolve( "category" ) )(), QStringLiteral( "Analysis" ) );
  QCOMPARE( *reinterpret_cast<version_t *>( mLibrary.resolve( "version" ) )(), QStringLiteral( VEERKRACHT_VERSION_STRING ) );
  QCOMPARE( *reinterpret_cast<icon_t *>( mLibrary.resolve( "icon" ) )(), QStringLiteral( ":/veerkracht/veerkracht.svg" ) );
  auto *type = reinterpret_cast<type_t *>( mLibrary.resolve( "type" ) );
  QVERIFY( type );
  QCOMPARE( type(), static_cast<int>( QgisPlugin::UI ) );
  QVERIFY( mLibrary.resolve( "classFactory" ) );
  QVERIFY( mLibrary.resolve( "unload" ) );
}

void TestPlugin::registersTheProviderOnce()
{
  auto *create = reinterpret_cast<create_t *>( mLibrary.resolve( "classFactory" ) );
  auto *unload = reinterpret_cast<unload_t *>( mLibrary.resolve( "unload" ) );
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  const int before = registry->providers().size();
  QVERIFY( !registry->providerById( "veerkracht" ) );

  for ( int round = 0; round < 2; ++round )
  {
    QgisPlugin *first = create( nullptr );
    QgisPlugin *second = create( nullptr );
    first->initGui();
    second->initGui(); // a second copy must not register the provider again
    QCOMPARE( registry->providers().size(), before + 1 );
    QVERIFY( registry->algorithmById( "veerkracht:prepareer" ) );
    QCOMPARE( registry->providerById( "veerkracht" )->name(), QStringLiteral( "Veerkracht" ) );
    // The indicator table: its parameter type and its widget in the dialogs, registered once, removed with the plugin.
    const QgsProcessingParameterDefinition *table = registry->algorithmById( "veerkracht:veerkrachtkaarten" )->parameterDefinition( "K_INDICATORS" );
    QVERIFY( table );
    QCOMPARE( table->type(), QStringLiteral( "veerkracht_indicatoren" ) );
    QVERIFY( registry->parameterType( "veerkracht_indicatoren" ) );
    const std::unique_ptr<QgsProcessingParameterDefinition> clone( table->clone() );
    QVERIFY( std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper>( QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( table, vkcompat::ModeStandard ) ) );
    second->unload(); // did not register it: leaves it alone
    QVERIFY( registry->providerById( "veerkracht" ) );
    QVERIFY( std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper>( QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( clone.get(), vkcompat::ModeStandard ) ) );
    first->unload();
    QVERIFY( !registry->providerById( "veerkracht" ) );
    QVERIFY( !registry->parameterType( "veerkracht_indicatoren" ) );
    QVERIFY( !QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( clone.get(), vkcompat::ModeStandard ) );
    QCOMPARE( registry->providers().size(), before );
    unload( second );
    unload( first );
  }
}

void TestPlugin::loaderRegistrationFunction()
{
  // What python/veerkracht/__init__.py calls: veerkracht_load(NULL) under qgis_process.
  using load_t = int( void * );
  using unload_veerkracht_t = void();
  auto *load = reinterpret_cast<load_t *>( mLibrary.resolve( "veerkracht_load" ) );
  auto *unloadAll = reinterpret_cast<unload_veerkracht_t *>( mLibrary.resolve( "veerkracht_unload" ) );
  QVERIFY( load );
  QVERIFY( unloadAll );
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  const int before = registry->providers().size();
  for ( int round = 0; round < 2; ++round )
  {
    QCOMPARE( load( nullptr ), 1 );
    QCOMPARE( load( nullptr ), 1 ); // twice: still one provider
    QCOMPARE( registry->providers().size(), before + 1 );
    QVERIFY( registry->algorithmById( "veerkracht:veerkrachtkaarten" ) );
    unloadAll();
    QVERIFY( !registry->providerById( "veerkracht" ) );
    QCOMPARE( registry->providers().size(), before );
  }
  unloadAll(); // when nothing is loaded: nothing happens
  QCOMPARE( registry->providers().size(), before );
}

void TestPlugin::toolboxGroups()
{
  // One toolbox group per name: the same group id wherever the group's name is the same.
  using load_t = int( void * );
  using unload_veerkracht_t = void();
  auto *load = reinterpret_cast<load_t *>( mLibrary.resolve( "veerkracht_load" ) );
  auto *unloadAll = reinterpret_cast<unload_veerkracht_t *>( mLibrary.resolve( "veerkracht_unload" ) );
  QCOMPARE( load( nullptr ), 1 );
  QMap<QString, QSet<QString>> ids;
  const QList<const QgsProcessingAlgorithm *> algorithms = QgsApplication::processingRegistry()->providerById( "veerkracht" )->algorithms();
  QCOMPARE( algorithms.size(), 19 );
  for ( const QgsProcessingAlgorithm *alg : algorithms )
    ids[alg->group()] << alg->groupId();
  for ( auto it = ids.constBegin(); it != ids.constEnd(); ++it )
    QVERIFY2( it.value().size() == 1, qPrintable( it.key() ) );
  QCOMPARE( ids.keys(), ( QStringList { "Building blocks (single maps)", "Data", "Veerkrachtkaarten" } ) );
  // The toolbox sorts a group by name: the main tool of each group comes first.
  const auto first = [&algorithms]( const QString &groupId ) {
    QString best;
    for ( const QgsProcessingAlgorithm *alg : algorithms )
      if ( alg->groupId() == groupId && ( best.isEmpty() || QString::localeAwareCompare( alg->displayName(), best ) < 0 ) )
        best = alg->displayName();
    return best;
  };
  QCOMPARE( first( "kaarten" ), QStringLiteral( "All resilience maps (one run)" ) );
  // Issue #21: the Help button opens the shipped manual, and labels do not say "(optional)"
  // beside QGIS's own "[optional]"; the help names no developer script.
  for ( const QgsProcessingAlgorithm *alg : algorithms )
  {
    const QUrl help( alg->helpUrl() );
    QVERIFY2( help.isLocalFile() && QFileInfo::exists( help.toLocalFile() ) && help.toLocalFile().endsWith( "docs/handleiding.html" ), qPrintable( alg->id() + " " + alg->helpUrl() ) );
    for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
    {
      QVERIFY2( !p->description().contains( "optional", Qt::CaseInsensitive ), qPrintable( alg->id() + " " + p->name() ) );
      // The id the help and the CLI use, beside an input's label (item 3); an output's label names its layer.
      QVERIFY2( p->description().endsWith( QStringLiteral( " [%1]" ).arg( p->name() ) ) != p->isDestination(), qPrintable( alg->id() + " " + p->description() ) );
    }
    QVERIFY2( !alg->shortHelpString().contains( "bench/" ) && !alg->shortHelpString().contains( "main thread" ), qPrintable( alg->id() ) );
  }
  unloadAll();
}

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QgsApplication app( argc, argv, false );
  QgsApplication::initQgis();
  TestPlugin test;
  const int result = QTest::qExec( &test, argc, argv );
  QgsApplication::exitQgis();
  return result;
}

#include "test_plugin.moc"
