// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop menu and its "Voorbeeld laden" without a QGIS main window: the menu's entries, and
// the Utrecht example computed and added to a project, styled.

#include "qgistestmain.h"
#include "plugin/veerkrachtgui.h"
#include "support/voorbeeld.h"
#include "support/kaartstijlen.h"
#include "support/indicatorenparameter.h"
#include "plugin/indicatorenwidget.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsproject.h>
#include <qgsgui.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingregistry.h>
#include <qgsapplication.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QMenu>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
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
    void indicatorTableReadsAndWrites();
    void indicatorPresetsPickTheYears();
    void indicatorTableInTheDialog();

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
  QCOMPARE( texts, ( QStringList { "Prepare input data…", "Make resilience maps…", "Export map set…", "Buurt profiles…", "Export web atlas…", "Apply map style…", "Load example", "Manual" } ) );
  for ( const char *name : { "mActionGegevensVoorbereiden", "mActionVeerkrachtkaartenMaken", "mActionKaartensetExporteren", "mActionBuurtprofielen", "mActionWebatlasExporteren",
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

void TestGui::indicatorTableReadsAndWrites()
{
  using veerkracht::IndicatorRij;
  // The CLI's repeated key, the widget's flat list and one text give the same rows.
  const QList<IndicatorRij> expected { { "a_soz_wb_2021", "a_soz_wb_2023", 1, 1, "a_inw_2021", "a_inw_2023" }, { "onv_2020", "onv_2024", -1, 0.5, "", "" } };
  QCOMPARE( veerkracht::leesIndicatorTabel( QStringList { "a_soz_wb_2021,a_soz_wb_2023,1,1,a_inw_2021,a_inw_2023", "onv_2020,onv_2024,-1,0.5,," } ).rijen, expected );
  QCOMPARE( veerkracht::leesIndicatorTabel( veerkracht::indicatorWaarde( expected ) ).rijen, expected );
  QCOMPARE( veerkracht::leesIndicatorTabel( QStringLiteral( "a_soz_wb_2021,a_soz_wb_2023,+1,,a_inw_2021,a_inw_2023,onv_2020,onv_2024,\u22121,0.5,," ) ).rijen, expected );
  QCOMPARE( veerkracht::indicatorWaarde( expected ).at( 9 ).toString(), QStringLiteral( "0.5" ) );
  // Empty rows are skipped; an empty value is no table and no error.
  QVERIFY( veerkracht::leesIndicatorTabel( QVariantList { "", "", "", "", "", "" } ).rijen.isEmpty() );
  QVERIFY( veerkracht::leesIndicatorTabel( QVariant() ).fout.isEmpty() );
  // Each fault is named with its row.
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1" ) ).fout.contains( "six cells per row" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,2,1,," ) ).fout.contains( "row 1 (a): direction '2'" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1,,,c,d,1,0,," ) ).fout.contains( "row 2 (c): weight '0'" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1,n," ) ).fout.contains( "row 1 (a) has a denominator at one moment only" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1,,,c,,1,1,," ) ).fout.contains( "some rows have a field at t1 and some have none" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( ",b,1,1,," ) ).fout.contains( "row 1 has no field at t0" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1e308,," ) ).fout.contains( "row 1 (a): weight '1e308'; expected a number from 0.001 to 1000" ) );
  QVERIFY( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1,,,A,c,1,1,," ) ).fout.contains( "row 2 (A) repeats an earlier row" ) );
  // A faulty table keeps every row (a dialog shows what it got) and reports the first fault.
  const veerkracht::IndicatorTabel mixed = veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,1,1,,,c,,1,1,,,d,e,7,1,," ) );
  QCOMPARE( mixed.rijen.size(), 3 );
  QVERIFY( mixed.fout.startsWith( "row 2 (c): some rows have a field at t1" ) );
  // Each repeat of the CLI's key is one row: cells do not run on into the next.
  QVERIFY2( veerkracht::leesIndicatorTabel( QStringList { "a,b,1", "1,," } ).fout.startsWith( "row 1: expected six cells per row" ), qPrintable( veerkracht::leesIndicatorTabel( QStringList { "a,b,1", "1,," } ).fout ) );
  // An empty direction is the table's own: -1 for O (the Leefbaarometer's onv, higher is safer).
  QCOMPARE( veerkracht::leesIndicatorTabel( QStringLiteral( "onv_2020,onv_2024,,1,," ), -1 ).rijen.first().richting, -1 );
  QCOMPARE( veerkracht::leesIndicatorTabel( QStringLiteral( "a,b,,1,," ) ).rijen.first().richting, 1 );
  // The parameter accepts what the table reads, and an empty optional table.
  const IndicatorenParameter parameter( QStringLiteral( "K_INDICATORS" ) );
  QVERIFY( parameter.checkValueIsAcceptable( QStringLiteral( "a,b,1,1,," ) ) );
  QVERIFY( !parameter.checkValueIsAcceptable( QStringLiteral( "a,b,x,1,," ) ) );
  QVERIFY( parameter.checkValueIsAcceptable( QVariant() ) );
  // A model or a saved dialog reads it back through the registered type.
  const QgsProcessingParameterType *type = QgsApplication::processingRegistry()->parameterType( IndicatorenParameter::typeName() );
  QVERIFY( type );
  const IndicatorenParameter o( QStringLiteral( "O_INDICATORS" ), QStringLiteral( "O" ), QStringLiteral( "AREAS" ), veerkracht::IndicatorSoort::Overlast, false );
  std::unique_ptr<QgsProcessingParameterDefinition> read( type->create( QStringLiteral( "O_INDICATORS" ) ) );
  QVERIFY( read->fromVariantMap( o.toVariantMap() ) );
  const auto *readBack = dynamic_cast<IndicatorenParameter *>( read.get() );
  QVERIFY( readBack );
  QCOMPARE( readBack->parentLayerParameterName(), QStringLiteral( "AREAS" ) );
  QCOMPARE( readBack->standaardRichting(), -1 );
  QVERIFY( !readBack->checkValueIsAcceptable( QVariant() ) ); // required
  QCOMPARE( readBack->headers().size(), 6 );
}

void TestGui::indicatorPresetsPickTheYears()
{
  using veerkracht::IndicatorRij;
  const auto preset = []( veerkracht::IndicatorSoort soort, const QString &id ) {
    for ( const veerkracht::Voorinstelling &v : veerkracht::voorinstellingen( soort ) )
      if ( v.id == id )
        return v;
    return veerkracht::Voorinstelling();
  };
  // KWB 2021 in English names and KWB 2023 in CBS codes, as in the Utrecht sample; 2019 lacks a denominator.
  const QStringList velden { "statcode", "n_pp_w_assitance_2021", "Number.of.inhabitants_2021", "Number.of.households_2021", "Number.of.1.person.household_2021",
                             "a_soz_wb_2019", "a_soz_wb_2023", "a_inw_2023", "a_hh_2023", "a_hh_z_k_2023", "a_1p_hh_2023", "p_hh_li_2023",
                             "onv_2014", "onv_2020", "onv_2022", "onv_2024", "onvoldoende" };
  const veerkracht::Invulling k = veerkracht::vulVoorinstelling( preset( veerkracht::IndicatorSoort::Kwetsbaarheid, "kwb_bijstand_eenpersoons" ), velden );
  QCOMPARE( k.jaren, ( QList<int> { 2021, 2023 } ) );
  QCOMPARE( k.rijen, ( QList<IndicatorRij> { { "n_pp_w_assitance_2021", "a_soz_wb_2023", 1, 1, "Number.of.inhabitants_2021", "a_inw_2023" },
                                             { "Number.of.1.person.household_2021", "a_1p_hh_2023", 1, 1, "Number.of.households_2021", "a_hh_2023" } } ) );
  // O without K's years: the two latest; with them: nearest, widening on ties (2021 → 2020, 2023 → 2024).
  const veerkracht::Voorinstelling onv = preset( veerkracht::IndicatorSoort::Overlast, "lbm_onv" );
  QCOMPARE( veerkracht::vulVoorinstelling( onv, velden ).jaren, ( QList<int> { 2022, 2024 } ) );
  const veerkracht::Invulling o = veerkracht::vulVoorinstelling( onv, velden, veerkracht::jarenVanRijen( k.rijen ) );
  QCOMPARE( o.rijen, ( QList<IndicatorRij> { { "onv_2020", "onv_2024", -1, 1, "", "" } } ) );
  QCOMPARE( veerkracht::vulVoorinstelling( onv, velden, { 2014, 2016 } ).jaren, ( QList<int> { 2014, 2020 } ) );
  QCOMPARE( veerkracht::vulVoorinstelling( onv, velden, { 2030, 2031 } ).jaren, ( QList<int> { 2022, 2024 } ) );
  // K a momentopname (2023): O one moment, the nearest (ties: the later).
  QCOMPARE( veerkracht::vulVoorinstelling( onv, velden, { 2023 } ).rijen, ( QList<IndicatorRij> { { "onv_2024", "", -1, 1, "", "" } } ) );
  // Low income only in 2023: one moment, a momentopname row.
  const veerkracht::Invulling inkomen = veerkracht::vulVoorinstelling( preset( veerkracht::IndicatorSoort::Kwetsbaarheid, "kwb_bijstand_eenpersoons_inkomen" ), velden );
  QCOMPARE( inkomen.jaren, QList<int> { 2023 } );
  QCOMPARE( inkomen.rijen.at( 2 ), ( IndicatorRij { "p_hh_li_2023", "", 1, 1, "", "" } ) );
  // One table of inhabitants without a year serves every year of the crimes.
  const veerkracht::Invulling politie = veerkracht::vulVoorinstelling( preset( veerkracht::IndicatorSoort::Overlast, "politie_misdrijven" ),
                                                                       { "misdrijven_2021", "misdrijven_2022", "misdrijven_2025", "inwoners" } );
  QCOMPARE( politie.rijen, ( QList<IndicatorRij> { { "misdrijven_2022", "misdrijven_2025", 1, 1, "inwoners", "inwoners" } } ) );
  // A layer without the fields: nothing filled, and what was looked for.
  const veerkracht::Invulling niets = veerkracht::vulVoorinstelling( onv, { "statcode", "naam" } );
  QVERIFY( niets.rijen.isEmpty() );
  QCOMPARE( niets.ontbreekt, QStringLiteral( "onv" ) );
}

void TestGui::indicatorTableInTheDialog()
{
  const Voorbeeld voorbeeld = Voorbeeld::maak( mProfile.path(), nullptr, QStringList() );
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:veerkrachtkaarten" ) ) );
  QVERIFY( algorithm );
  IndicatorenWidgetFactory factory;
  QgsProcessingContext context;
  QgsProject project;
  context.setProject( &project );
  std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper> input( QgsGui::processingGuiRegistry()->createParameterWidgetWrapper( algorithm->parameterDefinition( QStringLiteral( "INPUT" ) ), vkcompat::ModeStandard ) );
  QVERIFY( input );
  std::unique_ptr<QWidget> inputWidget( input->createWrappedWidget( context ) );
  input->setParameterValue( voorbeeld.voorbereid, context );
  std::unique_ptr<IndicatorenWidgetWrapper> k( static_cast<IndicatorenWidgetWrapper *>( factory.createWidgetWrapper( algorithm->parameterDefinition( QStringLiteral( "K_INDICATORS" ) ), vkcompat::ModeStandard ) ) );
  std::unique_ptr<IndicatorenWidgetWrapper> o( static_cast<IndicatorenWidgetWrapper *>( factory.createWidgetWrapper( algorithm->parameterDefinition( QStringLiteral( "O_INDICATORS" ) ), vkcompat::ModeStandard ) ) );
  std::unique_ptr<QWidget> kWidget( k->createWrappedWidget( context ) );
  std::unique_ptr<QWidget> oWidget( o->createWrappedWidget( context ) );
  const QList<QgsAbstractProcessingParameterWidgetWrapper *> wrappers { input.get(), k.get(), o.get() };
  k->postInitialize( wrappers );
  o->postInitialize( wrappers );

  // The field lists are the prepared layer's fields; the presets are in the button's menu.
  QgsVectorLayer prepared( voorbeeld.voorbereid );
  QCOMPARE( k->tabelWidget()->velden(), prepared.fields().names() );
  QCOMPARE( k->tabelWidget()->voorinstellingenKnop()->menu()->actions().size(), 3 );
  QVERIFY( !k->parameterValue().isValid() );

  // The presets fill exactly the demo's indicators (support/voorbeeld.cpp), O at K's years.
  QVERIFY( k->tabelWidget()->pasVoorinstellingToe( QStringLiteral( "kwb_bijstand_eenpersoons" ) ) );
  QCOMPARE( k->tabelWidget()->tabel()->rowCount(), 2 );
  QCOMPARE( k->parameterValue().toList(), ( QVariantList { "n_pp_w_assitance_2021", "a_soz_wb_2023", "1", "1", "Number.of.inhabitants_2021", "a_inw_2023",
                                                           "Number.of.1.person.household_2021", "a_1p_hh_2023", "1", "1", "Number.of.households_2021", "a_hh_2023" } ) );
  QVERIFY( k->tabelWidget()->melding().contains( "t0 = 2021, t1 = 2023" ) );
  o->tabelWidget()->voorinstellingenKnop()->menu()->findChild<QAction *>( QStringLiteral( "lbm_onv" ) )->trigger();
  QCOMPARE( o->parameterValue().toList(), ( QVariantList { "onv_2020", "onv_2024", "-1", "1", "", "" } ) );

  // Run with what the dialog holds: the demo's classes (README), through the tables.
  const QVariantMap parameters { { "INPUT", voorbeeld.voorbereid }, { "K_INDICATORS", k->parameterValue() }, { "O_INDICATORS", o->parameterValue() },
                                 { "INHABITANTS_FIELD", "a_inw_2023" }, { "CORP_SHARE_FIELD", "p_wcorpw_2023" }, { "OUTPUT", QDir( mProfile.path() ).filePath( "tabel.gpkg" ) } };
  QString message;
  QVERIFY2( algorithm->checkParameterValues( parameters, context, &message ), qPrintable( message ) );
  QgsProcessingFeedback feedback;
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok );
  QVERIFY( ok );
  QCOMPARE( results.value( "VEERKRACHT_ONDER_DRUK" ).toInt(), 5 );
  QCOMPARE( results.value( "VEERKRACHTIG" ).toInt(), 23 );
  QCOMPARE( results.value( "OVERLAST_NEEMT_TOE" ).toInt(), 27 );
  QCOMPARE( results.value( "STABIEL_OF_VERBETEREND" ).toInt(), 47 );
  QCOMPARE( results.value( "INSUFFICIENT" ).toInt(), 9 );

  // A row edited by hand: the weight in the value; a table and the old lists together are refused.
  static_cast<QDoubleSpinBox *>( k->tabelWidget()->tabel()->cellWidget( 1, 3 ) )->setValue( 2 );
  QCOMPARE( k->parameterValue().toList().at( 9 ).toString(), QStringLiteral( "2" ) );
  QVariantMap both = parameters;
  both.insert( "K_T0", QStringList { "a_soz_wb_2023" } );
  QVERIFY( !algorithm->checkParameterValues( both, context, &message ) );
  QVERIFY2( message.contains( "K_INDICATORS and K_T0" ), qPrintable( message ) );
  // A table that breaks a rule: QGIS's dialog and processing.run hear which row, and the widget says it at once.
  QVariantMap halfDenominator = parameters;
  halfDenominator.insert( "K_INDICATORS", "a_soz_wb_2021,a_soz_wb_2023,1,1,a_inw_2021," );
  QVERIFY( !algorithm->checkParameterValues( halfDenominator, context, &message ) );
  QVERIFY2( message.contains( "K_INDICATORS: row 1 (a_soz_wb_2021) has a denominator at one moment only" ), qPrintable( message ) );
  QVariantMap mixedMoments = parameters;
  mixedMoments.insert( "O_INDICATORS", "onv_2020,,-1,1,," );
  QVERIFY( !algorithm->checkParameterValues( mixedMoments, context, &message ) );
  QVERIFY2( message.startsWith( "K_INDICATORS (Field t1) and O_INDICATORS (Field t1): give both" ), qPrintable( message ) );
  const QVariant before = k->parameterValue();
  k->setParameterValue( QStringLiteral( "a,b,1,1,,,c,,1,1,,,d,e,1,1,," ), context );
  QCOMPARE( k->tabelWidget()->tabel()->rowCount(), 3 );
  QVERIFY2( k->tabelWidget()->melding().startsWith( "Check the table: row 2 (c)" ), qPrintable( k->tabelWidget()->melding() ) );
  k->setParameterValue( before, context );
  QVERIFY( k->tabelWidget()->melding().isEmpty() );
  QVariantMap none = parameters;
  none.remove( "K_INDICATORS" );
  QVERIFY( !algorithm->checkParameterValues( none, context, &message ) );
  QVERIFY2( message.contains( "K_INDICATORS: expected at least one indicator" ), qPrintable( message ) );

  // A layer without KWB fields: the preset says what it looked for and leaves the rows alone.
  input->setParameterValue( QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" ), context );
  QVERIFY( !k->tabelWidget()->velden().contains( "a_inw_2023" ) );
  QVERIFY( !k->tabelWidget()->pasVoorinstellingToe( QStringLiteral( "kwb_bijstand_eenpersoons" ) ) );
  QVERIFY2( k->tabelWidget()->melding().contains( "a_soz_wb / a_inw" ), qPrintable( k->tabelWidget()->melding() ) );
  QCOMPARE( k->tabelWidget()->tabel()->rowCount(), 2 );

  // The batch dialog and the Modeler: a button that says what the table holds, the same value.
  std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper> batch( factory.createWidgetWrapper( algorithm->parameterDefinition( QStringLiteral( "O_INDICATORS" ) ), vkcompat::ModeBatch ) );
  std::unique_ptr<QWidget> button( batch->createWrappedWidget( context ) );
  QVERIFY( qobject_cast<QPushButton *>( button.get() ) );
  batch->setParameterValue( o->parameterValue(), context );
  QCOMPARE( batch->parameterValue(), o->parameterValue() );
  QCOMPARE( qobject_cast<QPushButton *>( button.get() )->text(), QStringLiteral( "1 indicator(s): onv_2020…" ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestGui )
#include "test_gui.moc"
