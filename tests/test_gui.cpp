// The desktop menu and its "Voorbeeld laden" without a QGIS main window: the menu's entries, and
// the Utrecht example computed and added to a project, styled.

#include "qgistestmain.h"
#include "veerkrachtgui.h"
#include "voorbeeld.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>

class TestGui : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void menuEntries();
    void voorbeeldIsComputedAndStyled();
    void voorbeeldFromTheMenu();
    void stijlToepassenWithoutLayerExplains();

  private:
    QTemporaryDir mProfile;
};

void TestGui::initTestCase()
{
  QVERIFY( mProfile.isValid() );
}

void TestGui::menuEntries()
{
  VeerkrachtGui gui( nullptr );
  QVERIFY( gui.menu() );
  QCOMPARE( gui.menu()->objectName(), QStringLiteral( "mVeerkrachtMenu" ) );
  QStringList texts;
  for ( QAction *action : gui.menu()->actions() )
  {
    if ( !action->isSeparator() )
      texts << action->text();
  }
  QCOMPARE( texts, ( QStringList { "Make resilience maps…", "Export map set…", "Apply map style…", "Load example", "Manual" } ) );
  for ( const char *name : { "mActionVeerkrachtkaartenMaken", "mActionKaartensetExporteren", "mActionStijlToepassen", "mActionVoorbeeldLaden", "mActionHandleiding" } )
  {
    QVERIFY2( gui.action( QString::fromLatin1( name ) ), name );
    QVERIFY2( !gui.action( QString::fromLatin1( name ) )->toolTip().isEmpty(), name );
  }
}

void TestGui::voorbeeldIsComputedAndStyled()
{
  const Voorbeeld voorbeeld = Voorbeeld::maak( mProfile.path(), nullptr );
  QgsProject project;
  const QList<QgsVectorLayer *> layers = voorbeeld.laad( &project );
  QCOMPARE( layers.size(), 4 );
  QCOMPARE( project.count(), 4 );

  // The signal map: 111 buurten, the same classes as the demo (README): 5/23/27/47 and 9 onvoldoende.
  QgsVectorLayer *signaal = layers[0];
  QCOMPARE( signaal->featureCount(), 111LL );
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( signaal->renderer() );
  QVERIFY( renderer );
  QCOMPARE( renderer->classAttribute(), QStringLiteral( "sign_abs_klasse" ) );
  QMap<int, int> counts;
  QgsFeature f;
  QgsFeatureIterator it = signaal->getFeatures();
  while ( it.nextFeature( f ) )
    counts[f.attribute( QStringLiteral( "sign_abs_klasse" ) ).toInt()]++;
  QCOMPARE( counts, ( QMap<int, int> { { 0, 9 }, { 1, 5 }, { 2, 23 }, { 3, 27 }, { 4, 47 } } ) );

  auto *focus = dynamic_cast<QgsCategorizedSymbolRenderer *>( layers[1]->renderer() );
  QVERIFY( focus );
  QCOMPARE( focus->classAttribute(), QStringLiteral( "focus_klasse" ) );
  QVERIFY( dynamic_cast<QgsCategorizedSymbolRenderer *>( layers[2]->renderer() ) );
  QCOMPARE( dynamic_cast<QgsCategorizedSymbolRenderer *>( layers[2]->renderer() )->classAttribute(), QStringLiteral( "score_klasse" ) );
  QVERIFY( layers[3]->fields().lookupField( QStringLiteral( "onv_2024" ) ) >= 0 );

  // One group on top; only the signal map is shown.
  QgsLayerTreeGroup *group = project.layerTreeRoot()->findGroup( QStringLiteral( "Veerkracht – voorbeeld Utrecht" ) );
  QVERIFY( group );
  QCOMPARE( group->findLayers().size(), 4 );
  QVERIFY( group->findLayer( signaal )->isVisible() );
  QVERIFY( !group->findLayer( layers[1] )->isVisible() );

  // A second run writes a new folder and leaves the first result alone (it may be open).
  const Voorbeeld again = Voorbeeld::maak( mProfile.path(), nullptr );
  QVERIFY( again.kaarten != voorbeeld.kaarten );
  QVERIFY( QFileInfo::exists( voorbeeld.kaarten ) );
}

void TestGui::voorbeeldFromTheMenu()
{
  const int before = QgsProject::instance()->count();
  VeerkrachtGui gui( nullptr );
  gui.action( QStringLiteral( "mActionVoorbeeldLaden" ) )->trigger();
  QCOMPARE( QgsProject::instance()->count(), before + 4 );
  // Written into the QGIS profile (CTest points QGIS_CUSTOM_CONFIG_PATH into the build tree).
  const QString source = QgsProject::instance()->layerTreeRoot()->findLayers().first()->layer()->source();
  QVERIFY2( source.startsWith( QDir( QgsApplication::qgisSettingsDirPath() ).filePath( QStringLiteral( "veerkracht/voorbeeld-utrecht-" ) ) ), qPrintable( source ) );
  QgsProject::instance()->clear();
}

void TestGui::stijlToepassenWithoutLayerExplains()
{
  // No active layer: a message, no dialog and no crash.
  VeerkrachtGui gui( nullptr );
  gui.action( QStringLiteral( "mActionStijlToepassen" ) )->trigger();
  QCOMPARE( QgsProject::instance()->count(), 0 );
}

VEERKRACHT_QGIS_TEST_MAIN( TestGui )
#include "test_gui.moc"
