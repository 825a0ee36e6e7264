// The desktop menu and its "Voorbeeld laden" without a QGIS main window: the menu's entries, and
// the Utrecht example computed and added to a project, styled.

#include "qgistestmain.h"
#include "veerkrachtgui.h"
#include "voorbeeld.h"
#include "kaartstijlen.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QMenu>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

class TestGui : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void menuEntries();
    void voorbeeldIsComputedAndStyled();
    void inputLayerFitsTheDialog();
    void nameFollowsTheChosenMap();
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
  QCOMPARE( texts, ( QStringList { "Prepare input data…", "Make resilience maps…", "Export map set…", "Buurt profiles…", "Apply map style…", "Load example", "Manual" } ) );
  for ( const char *name : { "mActionGegevensVoorbereiden", "mActionVeerkrachtkaartenMaken", "mActionKaartensetExporteren", "mActionBuurtprofielen",
                             "mActionStijlToepassen", "mActionVoorbeeldLaden", "mActionHandleiding" } )
  {
    QVERIFY2( gui.action( QString::fromLatin1( name ) ), name );
    QVERIFY2( !gui.action( QString::fromLatin1( name ) )->toolTip().isEmpty(), name );
  }
}

void TestGui::voorbeeldIsComputedAndStyled()
{
  const Voorbeeld voorbeeld = Voorbeeld::maak( mProfile.path(), nullptr, QStringList() );
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

  // Every map of the layer is a named style in its Styles menu; the name says the map and the area.
  QCOMPARE( signaal->name(), QStringLiteral( "Utrecht – Signaleringskaart (absoluut)" ) );
  QCOMPARE( signaal->styleManager()->currentStyle(), QStringLiteral( "Signaleringskaart (absoluut)" ) );
  const QStringList styles = signaal->styleManager()->styles();
  QCOMPARE( styles.size(), 9 ); // maps 1–5 and 7–10: no survey, no clusters
  for ( const char *title : { "Corporatiebezit", "Focuskaart", "Veerkrachtscore", "Signaleringskaart (relatief)" } )
    QVERIFY2( styles.contains( QString::fromUtf8( title ) ), title );
  QVERIFY( !styles.contains( QStringLiteral( "Ervaren overlast" ) ) );
  QVERIFY( signaal->styleManager()->setCurrentStyle( QStringLiteral( "Focuskaart" ) ) );
  QCOMPARE( dynamic_cast<QgsCategorizedSymbolRenderer *>( signaal->renderer() )->classAttribute(), QStringLiteral( "focus_klasse" ) );
  QCOMPARE( layers[1]->name(), QStringLiteral( "Utrecht – Focuskaart" ) ); // the example's focus layer; the rename is nameFollowsTheChosenMap
  QVERIFY( layers[3]->customProperty( QString::fromLatin1( voorbereidProperty ) ).toBool() );

  // A second run writes a new folder and leaves the first result alone while it is open …
  const Voorbeeld again = Voorbeeld::maak( mProfile.path(), nullptr, { voorbeeld.kaarten } );
  QVERIFY( again.kaarten != voorbeeld.kaarten );
  QVERIFY( QFileInfo::exists( voorbeeld.kaarten ) );
  // … and removes it once nothing uses it, so clicks do not pile up folders; a folder of an
  // earlier session stays (a saved project may use it).
  QVERIFY( QDir( mProfile.path() ).mkdir( "voorbeeld-utrecht-20250101-000000-000" ) );
  const Voorbeeld third = Voorbeeld::maak( mProfile.path(), nullptr, { again.voorbereid } );
  QVERIFY( !QFileInfo::exists( voorbeeld.kaarten ) );
  QVERIFY( QFileInfo::exists( again.kaarten ) );
  QVERIFY( QFileInfo::exists( third.kaarten ) );
  QVERIFY( QFileInfo::exists( QDir( mProfile.path() ).filePath( "voorbeeld-utrecht-20250101-000000-000" ) ) );
  QCOMPARE( QDir( mProfile.path() ).entryList( { "voorbeeld-utrecht-*" }, QDir::Dirs ).size(), 3 );
}

void TestGui::inputLayerFitsTheDialog()
{
  QgsProject project;
  auto *prepared = new QgsVectorLayer( "MultiPolygon?crs=EPSG:28992&field=a:integer", "voorbereid", "memory" );
  prepared->setCustomProperty( QString::fromLatin1( voorbereidProperty ), true );
  auto *map = new QgsVectorLayer( "MultiPolygon?crs=EPSG:28992&field=sign_abs_klasse:integer", "kaart", "memory" );
  map->setCustomProperty( QString::fromLatin1( kaartGebiedProperty ), "Utrecht" );
  auto *other = new QgsVectorLayer( "MultiPolygon?crs=EPSG:28992&field=b:integer", "buurten", "memory" );
  auto *points = new QgsVectorLayer( "Point?crs=EPSG:28992", "punten", "memory" );
  project.addMapLayers( { prepared, map, other, points } );
  using I = VeerkrachtGui::Invoer;
  // After 'Load example' the map is active: the maps are made from the prepared layer, exported from the map.
  QCOMPARE( VeerkrachtGui::inputLayer( I::Voorbereid, map, &project ), prepared );
  QCOMPARE( VeerkrachtGui::inputLayer( I::Kaarten, map, &project ), map );
  QCOMPARE( VeerkrachtGui::inputLayer( I::Kaarten, prepared, &project ), map );
  QCOMPARE( VeerkrachtGui::inputLayer( I::Voorbereid, other, &project ), other ); // the user's choice stands
  QCOMPARE( VeerkrachtGui::inputLayer( I::Gebieden, other, &project ), other );
  QCOMPARE( VeerkrachtGui::inputLayer( I::Gebieden, points, &project ), nullptr );
}

void TestGui::nameFollowsTheChosenMap()
{
  const int before = QgsProject::instance()->count();
  VeerkrachtGui gui( nullptr );
  auto *layer = new QgsVectorLayer( "MultiPolygon?crs=EPSG:28992&field=statcode:string&field=sign_abs_klasse:integer&field=focus_klasse:integer", "x", "memory" );
  QgsFeature f( layer->fields() );
  f.setAttribute( 0, QStringLiteral( "BU03440114" ) );
  f.setAttribute( 1, 1 );
  f.setAttribute( 2, 2 );
  QgsFeatureList added { f };
  layer->dataProvider()->addFeatures( added );
  QCOMPARE( addMapStyles( layer, "09_focuskaart" ), 2 );
  QCOMPARE( layer->name(), QStringLiteral( "GM0344 – Focuskaart" ) ); // no gm_naam: the gemeente code
  QgsProject::instance()->addMapLayer( layer );
  QVERIFY( layer->styleManager()->setCurrentStyle( QStringLiteral( "Signaleringskaart (absoluut)" ) ) );
  QCOMPARE( layer->name(), QStringLiteral( "GM0344 – Signaleringskaart (absoluut)" ) );
  QgsProject::instance()->removeMapLayer( layer );
  QCOMPARE( QgsProject::instance()->count(), before );
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
