// SPDX-License-Identifier: GPL-2.0-or-later
// The map styles: every QML loads with its renderer, classes and Dutch labels; the committed files
// are what the code generates; GeoPackages written by the algorithms open with their map.

#include "qgistestmain.h"
#include "model/kaarten.h"
#include "support/kaartstijlen.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgslayertree.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsmessagelog.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>
#include <qgsvectorfilewriter.h>
#include <qgscoordinatetransformcontext.h>

#include <QDir>
#include <QDomDocument>
#include <QImage>
#include <QSet>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace {

// XML with the attributes of every element sorted (Qt writes them in hash order, which varies per
// run), without the ids QGIS gives categories and symbol layers (random from 3.40 on) and without
// a category's value type: 3.22 wrote none (read back as text), 3.40 writes "long"; the renderer
// matches a category by its value's text either way.
QString canonical( const QDomElement &element )
{
  QStringList attributes;
  const QDomNamedNodeMap map = element.attributes();
  for ( int i = 0; i < map.count(); ++i )
  {
    const QString name = map.item( i ).nodeName();
    const QString value = map.item( i ).nodeValue();
    if ( name == QLatin1String( "uuid" ) || ( name == QLatin1String( "id" ) && value.startsWith( '{' ) )
         || ( name == QLatin1String( "type" ) && element.tagName() == QLatin1String( "category" ) ) )
      continue;
    attributes << name + "=" + value;
  }
  attributes.sort();
  QString text = "<" + element.tagName() + " " + attributes.join( ' ' ) + ">";
  for ( QDomElement child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement() )
    text += canonical( child );
  return text + element.text().trimmed() + "</" + element.tagName() + ">";
}

// A style file as the running QGIS reads it: loaded into a layer and written out again. The
// committed files are written by the oldest supported QGIS (3.22); newer versions write more
// (colour spaces, animation settings), so the files are compared as QGIS holds them.
QString loadedStyle( const QString &file, const QString &classField )
{
  QgsVectorLayer layer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=%1:integer" ).arg( classField ), QStringLiteral( "stijl" ), QStringLiteral( "memory" ) );
  bool ok = false;
  layer.loadNamedStyle( file, ok, false, QgsMapLayer::Symbology );
  if ( !ok )
    return QString();
  QDomDocument document;
  QString error;
  layer.exportNamedStyle( document, error, QgsReadWriteContext(), QgsMapLayer::Symbology );
  return canonical( document.documentElement() );
}

} // namespace

class TestStijlen : public QObject
{
    Q_OBJECT

  private slots:
    void everyStyleLoads();
    void committedFilesAreGenerated();
    void applyToAnotherField();
    void geopackageOpensWithItsMap();
    void stijlAlgorithm();
    void desktopLoadsTheMapStyled();
    void noStyleWarningInTheLog();
    void kaartenset();
};

void TestStijlen::everyStyleLoads()
{
  QCOMPARE( static_cast<int>( kaartStijlen().size() ), 13 ); // maps 1–11, map 6 as level and development, the film's trajectory
  for ( const KaartStijl &style : kaartStijlen() )
  {
    QgsVectorLayer layer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=%1:integer" ).arg( style.classField ), style.id, QStringLiteral( "memory" ) );
    bool ok = false;
    const QString message = layer.loadNamedStyle( style.resourcePath(), ok, false, QgsMapLayer::Symbology );
    QVERIFY2( ok, qPrintable( style.id + ": " + message ) );
    QCOMPARE( layer.renderer()->type(), QStringLiteral( "categorizedSymbol" ) );
    const auto *renderer = static_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() );
    QCOMPARE( renderer->classAttribute(), style.classField );
    const std::vector<std::string> &labels = veerkracht::labels( style.kaart );
    QCOMPARE( renderer->categories().size(), static_cast<int>( labels.size() ) );
    for ( const QgsRendererCategory &category : renderer->categories() )
    {
      const int value = category.value().toInt();
      QCOMPARE( category.label(), QString::fromStdString( labels.at( static_cast<std::size_t>( value ) ) ) );
      const QgsSymbol *symbol = category.symbol();
      // Thin white buurt borders on every class; "onvoldoende gegevens" hatched grey.
      const auto *fill = dynamic_cast<const QgsSimpleFillSymbolLayer *>( symbol->symbolLayer( value == 0 ? symbol->symbolLayerCount() - 1 : 0 ) );
      QVERIFY2( fill, qPrintable( style.id ) );
      QCOMPARE( fill->strokeColor(), QColor( Qt::white ) );
      QCOMPARE( fill->strokeWidth(), 0.2 );
      if ( value == 0 )
        QVERIFY( dynamic_cast<const QgsLinePatternFillSymbolLayer *>( symbol->symbolLayer( 1 ) ) );
      else
        QCOMPARE( fill->color(), style.colours.at( value - 1 ) );
    }
  }
}

void TestStijlen::committedFilesAreGenerated()
{
  QTemporaryDir dir;
  for ( const KaartStijl &style : kaartStijlen() )
  {
    const QString generated = dir.filePath( style.id + ".qml" );
    QVERIFY( writeStyleFile( style, generated ) );
    const QString fromCode = loadedStyle( generated, style.classField );
    const QString committed = loadedStyle( QStringLiteral( VEERKRACHT_SOURCE_DIR "/styles/" ) + style.id + ".qml", style.classField );
    QVERIFY2( committed.contains( QStringLiteral( "type=categorizedSymbol" ) ) && committed.contains( QStringLiteral( "attr=" ) + style.classField ),
              qPrintable( style.id + ": does not load as a categorized style of " + style.classField ) );
    QVERIFY2( fromCode == committed, qPrintable( style.id + ": styles/ is out of date; run 'cmake --build build --target styles' (with QGIS 3.22)" ) );
  }
}

void TestStijlen::applyToAnotherField()
{
  QgsVectorLayer layer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=mijn_signaal:integer" ), "eigen", QStringLiteral( "memory" ) );
  QVERIFY( applyStyle( &layer, *kaartStijl( "07_signaleringskaart_absoluut" ), "mijn_signaal" ).isEmpty() );
  QCOMPARE( static_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() )->classAttribute(), QStringLiteral( "mijn_signaal" ) );
}

void TestStijlen::geopackageOpensWithItsMap()
{
  // As a user does: the CLI writes the map set, QGIS opens the GeoPackage.
  QTemporaryDir dir;
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  const QString prepared = dir.filePath( "voorbereid.gpkg" );
  const QString maps = dir.filePath( "kaarten.gpkg" );
  const auto cli = []( const QStringList &arguments ) {
    QProcess p;
    p.start( QStringLiteral( VEERKRACHT_CLI ), arguments );
    p.waitForFinished( 300000 );
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  };
  QCOMPARE( cli( { "run", "veerkracht:prepareer", "--", "INPUT=" + data + "buurten_2019.geojson", "TABLES=" + data + "kwb_2021_subset_en.csv",
                   "TABLES=" + data + "kwb_2023.csv", "TABLES=" + data + "leefbaarometer_buurten_2002_2024.csv", "TABLE_SUFFIXES=_2021,_2023", "OUTPUT=" + prepared } ), 0 );
  const QStringList run { "run", "veerkracht:veerkrachtkaarten", "--", "INPUT=" + prepared,
                          "K_T0=n_pp_w_assitance_2021", "K_T0=Number.of.1.person.household_2021", "K_T1=a_soz_wb_2023", "K_T1=a_1p_hh_2023",
                          "K_DENOMINATORS_T0=Number.of.inhabitants_2021,Number.of.households_2021", "K_DENOMINATORS_T1=a_inw_2023,a_hh_2023",
                          "O_T0=onv_2020", "O_T1=onv_2024", "INHABITANTS_FIELD=a_inw_2023", "CORP_SHARE_FIELD=p_wcorpw_2023", "OUTPUT=" + maps };
  QCOMPARE( cli( run ), 0 );
  // A second run over the same file replaces the styles (and does not stop to ask).
  QCOMPARE( cli( run ), 0 );

  QgsVectorLayer layer( maps, "kaarten", "ogr" );
  QVERIFY( layer.isValid() );
  QCOMPARE( layer.renderer()->type(), QStringLiteral( "categorizedSymbol" ) );
  QCOMPARE( static_cast<const QgsCategorizedSymbolRenderer *>( layer.renderer() )->classAttribute(), QStringLiteral( "sign_abs_klasse" ) );
  QStringList ids, names, descriptions;
  QString error;
  const int related = layer.listStylesInDatabase( ids, names, descriptions, error );
  QCOMPARE( related, 9 ); // every map the layer has fields for: 1–5 and 7–10 (no survey, no clusters)
  QCOMPARE( names.mid( 0, related ).count( "Signaleringskaart (absoluut)" ), 1 );
  QVERIFY( !names.contains( "Ervaren overlast" ) );
  // Each stored style draws its own map.
  for ( int i = 0; i < related; ++i )
  {
    const KaartStijl *style = nullptr;
    for ( const KaartStijl &candidate : kaartStijlen() )
      if ( candidate.title == names.at( i ) )
        style = &candidate;
    QVERIFY2( style, qPrintable( names.at( i ) ) );
    const QString qml = layer.getStyleFromDatabase( ids.at( i ), error );
    QVERIFY2( qml.contains( QStringLiteral( "attr=\"%1\"" ).arg( style->classField ) ), qPrintable( names.at( i ) ) );
  }
}

void TestStijlen::stijlAlgorithm()
{
  QTemporaryDir dir;
  const QString gpkg = dir.filePath( "eigen.gpkg" );
  {
    QgsVectorLayer memory( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&field=mijn_klasse:integer&field=tekst:string" ), "eigen", "memory" );
    QgsFeature f( memory.fields() );
    f.setAttributes( QgsAttributes() << QStringLiteral( "BU1" ) << 1 << QStringLiteral( "x" ) );
    f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "POLYGON((0 0,1 0,1 1,0 1,0 0))" ) ) );
    memory.dataProvider()->addFeature( f );
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "GPKG" );
    QString message;
    const auto result = QgsVectorFileWriter::writeAsVectorFormatV3( &memory, gpkg, QgsCoordinateTransformContext(), options, &message );
    QVERIFY2( static_cast<int>( result ) == 0, qPrintable( message ) );
  }
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QgsProcessingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:stijl" ) );
  QVERIFY( alg );
  const auto run = [&]( const QVariantMap &parameters, QString *error ) {
    bool ok = false;
    try
    {
      const QVariantMap results = alg->run( parameters, context, &feedback, &ok, QVariantMap(), false );
      error->clear();
      return results;
    }
    catch ( QgsProcessingException &e )
    {
      *error = e.what();
    }
    return QVariantMap();
  };
  QString error;
  run( { { "INPUT", gpkg }, { "MAP", 9 } }, &error );
  QVERIFY2( error.startsWith( "CLASS_FIELD" ) && error.contains( "focus_klasse" ), qPrintable( error ) );
  run( { { "INPUT", gpkg }, { "MAP", 9 }, { "CLASS_FIELD", "tekst" } }, &error );
  QVERIFY2( error.startsWith( "CLASS_FIELD" ) && error.contains( "not numeric" ), qPrintable( error ) );

  const QString qml = dir.filePath( "focus.qml" );
  const QVariantMap results = run( { { "INPUT", gpkg }, { "MAP", 9 }, { "CLASS_FIELD", "mijn_klasse" }, { "SAVE_AS_DEFAULT", true }, { "OUTPUT_STYLE", qml } }, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QVERIFY( QFileInfo::exists( qml ) );
  QgsVectorLayer reopened( gpkg, "eigen", "ogr" );
  const auto *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>( reopened.renderer() );
  QVERIFY( renderer );
  QCOMPARE( renderer->classAttribute(), QStringLiteral( "mijn_klasse" ) );
  QCOMPARE( renderer->categories().first().label(), QStringLiteral( "focus: kwetsbaar én overlast" ) );
}

namespace {

//! Five buurten of Utrecht with K and O levels, as focuskaart reads them.
QString levels( const QString &file )
{
  QgsVectorLayer memory( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=k_t1:double&field=o_t1:double" ), "niveaus", "memory" );
  for ( int i = 0; i < 5; ++i )
  {
    QgsFeature f( memory.fields() );
    f.setAttributes( QgsAttributes() << QStringLiteral( "BU034401%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ) << static_cast<double>( i ) << static_cast<double>( 4 - i ) );
    f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "POLYGON((%1 0,%2 0,%2 1,%1 1,%1 0))" ).arg( i ).arg( i + 1 ) ) );
    memory.dataProvider()->addFeature( f );
  }
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  QgsVectorFileWriter::writeAsVectorFormatV3( &memory, file, QgsCoordinateTransformContext(), options );
  return file;
}

} // namespace

void TestStijlen::desktopLoadsTheMapStyled()
{
  // As the desktop loads a result: the run hands the layer's post-processor to the project.
  QTemporaryDir dir;
  QgsProject project;
  QgsProcessingContext context;
  context.setProject( &project );
  QgsProcessingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:focuskaart" ) );
  QgsProcessingOutputLayerDefinition destination( dir.filePath( "focus.gpkg" ), &project );
  bool ok = false;
  const QVariantMap results = alg->run( { { "INPUT", levels( dir.filePath( "niveaus.gpkg" ) ) }, { "OUTPUT", QVariant::fromValue( destination ) } }, context, &feedback, &ok );
  QVERIFY2( ok, qPrintable( feedback.textLog() ) );
  const QString written = results.value( "OUTPUT" ).toString();
  QVERIFY( context.willLoadLayerOnCompletion( written ) );
  QgsProcessingLayerPostProcessorInterface *postProcessor = context.layerToLoadOnCompletionDetails( written ).postProcessor();
  QVERIFY( postProcessor );

  auto *layer = new QgsVectorLayer( written, "focus", "ogr" );
  QVERIFY( layer->isValid() );
  project.addMapLayer( layer );
  project.layerTreeRoot()->findLayer( layer )->setExpanded( false );
  postProcessor->postProcessLayer( layer, context, &feedback );
  // Named after the map and the gemeente, its legend open, every map of the layer in its Styles menu.
  QCOMPARE( layer->name(), QStringLiteral( "GM0344 – Focuskaart" ) );
  QVERIFY( project.layerTreeRoot()->findLayer( layer )->isExpanded() );
  QCOMPARE( layer->styleManager()->currentStyle(), QStringLiteral( "Focuskaart" ) );
  QCOMPARE( layer->styleManager()->styles().size(), 3 ); // focuskaart, kwetsbare bewoners, overlast en onveiligheid
  QCOMPARE( static_cast<const QgsCategorizedSymbolRenderer *>( layer->renderer() )->classAttribute(), QStringLiteral( "focus_klasse" ) );
  QVERIFY( layer->styleManager()->setCurrentStyle( QStringLiteral( "Kwetsbare bewoners" ) ) );
  QCOMPARE( static_cast<const QgsCategorizedSymbolRenderer *>( layer->renderer() )->classAttribute(), QStringLiteral( "k_klasse" ) );
}

void TestStijlen::noStyleWarningInTheLog()
{
  // Storing the first styles in a new GeoPackage says nothing in QGIS's message log ("No styles available on DB").
  QTemporaryDir dir;
  QStringList logged;
  const QMetaObject::Connection connection = QObject::connect( QgsApplication::messageLog(), qOverload<const QString &, const QString &, Qgis::MessageLevel>( &QgsMessageLog::messageReceived ),
                                                               [&logged]( const QString &message, const QString &, Qgis::MessageLevel ) { logged << message; } );
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:focuskaart" ) );
  bool ok = false;
  alg->run( { { "INPUT", levels( dir.filePath( "niveaus.gpkg" ) ) }, { "OUTPUT", dir.filePath( "focus.gpkg" ) } }, context, &feedback, &ok );
  QObject::disconnect( connection );
  QVERIFY2( ok, qPrintable( feedback.textLog() ) );
  QVERIFY( feedback.textLog().contains( "Styles in" ) );
  QVERIFY2( logged.filter( "No styles" ).isEmpty() && logged.filter( "Geen stijlen" ).isEmpty(), qPrintable( logged.join( " | " ) ) );
}

void TestStijlen::kaartenset()
{
  // The map set of the Utrecht result: every page a PNG of the page size, not blank, and one PDF page per map.
  QTemporaryDir dir;
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  const QString prepared = dir.filePath( "voorbereid.gpkg" ), maps = dir.filePath( "kaarten.gpkg" ), folder = dir.filePath( "kaartenset" );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QgsProcessingFeedback feedback;
  const auto run = [&]( const QString &id, const QVariantMap &parameters ) {
    std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
    QVariantMap withDefaults = parameters;
    for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
      if ( !withDefaults.contains( p->name() ) && p->defaultValue().isValid() )
        withDefaults.insert( p->name(), p->defaultValue() );
    bool ok = false;
    const QVariantMap results = alg->run( withDefaults, context, &feedback, &ok, QVariantMap(), false );
    return results;
  };
  run( "veerkracht:prepareer", { { "INPUT", data + "buurten_2019.geojson" },
    { "TABLES", QVariantList { data + "kwb_2021_subset_en.csv", data + "kwb_2023.csv", data + "leefbaarometer_buurten_2002_2024.csv" } },
    { "TABLE_SUFFIXES", "_2021,_2023" }, { "OUTPUT", prepared } } );
  run( "veerkracht:veerkrachtkaarten", { { "INPUT", prepared },
    { "K_T0", QStringList { "n_pp_w_assitance_2021", "Number.of.1.person.household_2021" } }, { "K_T1", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } },
    { "K_DENOMINATORS_T0", "Number.of.inhabitants_2021,Number.of.households_2021" }, { "K_DENOMINATORS_T1", "a_inw_2023,a_hh_2023" },
    { "O_T0", QStringList { "onv_2020" } }, { "O_T1", QStringList { "onv_2024" } }, { "INHABITANTS_FIELD", "a_inw_2023" },
    { "CORP_SHARE_FIELD", "p_wcorpw_2023" }, { "OUTPUT", maps } } );
  const QVariantMap results = run( "veerkracht:kaartenset", { { "INPUT", maps }, { "AREA_NAME", "Utrecht" }, { "PERIOD", "2021–2023" }, { "DPI", 60 },
    { "OUTPUT_FOLDER", folder } } );
  QCOMPARE( results.value( "PAGES" ).toInt(), 9 );
  QCOMPARE( results.value( "GEMEENTEN" ).toInt(), 1 );
  const QStringList expected { "GM0344_01_corporatiebezit.png", "GM0344_02_kwetsbare_bewoners.png", "GM0344_03_ontwikkeling_kwetsbare_bewoners.png",
    "GM0344_04_overlast_en_onveiligheid.png", "GM0344_05_ontwikkeling_overlast_en_onveiligheid.png", "GM0344_07_signaleringskaart_absoluut.png",
    "GM0344_08_signaleringskaart_relatief.png", "GM0344_09_focuskaart.png", "GM0344_10_veerkrachtscore.png", "GM0344_veerkrachtkaarten.pdf" };
  // The pages and, written last, the manifest that says the set is complete.
  QCOMPARE( QDir( folder ).entryList( QDir::Files, QDir::Name ), expected + QStringList { "veerkracht-manifest.json" } );
  for ( const QString &name : expected.mid( 0, 9 ) )
  {
    const QImage image( QDir( folder ).filePath( name ) );
    // A4 landscape at 60 dpi: 297 × 210 mm.
    QCOMPARE( image.width(), static_cast<int>( 297 / 25.4 * 60 ) ); // QGIS rounds the pixel size down
    QCOMPARE( image.height(), static_cast<int>( 210 / 25.4 * 60 ) );
    int coloured = 0;
    QSet<QRgb> colours;
    for ( int y = 0; y < image.height(); y += 2 )
      for ( int x = 0; x < image.width(); x += 2 )
      {
        const QRgb pixel = image.pixel( x, y );
        colours.insert( pixel );
        coloured += ( qRed( pixel ) < 235 || qGreen( pixel ) < 235 || qBlue( pixel ) < 235 ) ? 1 : 0;
      }
    const double share = static_cast<double>( coloured ) / ( ( image.width() / 2 ) * ( image.height() / 2 ) );
    QVERIFY2( share > 0.05 && colours.size() > 20, qPrintable( QStringLiteral( "%1 looks blank: %2 coloured, %3 colours" ).arg( name ).arg( share ).arg( colours.size() ) ) );
  }
  QFile pdf( QDir( folder ).filePath( "GM0344_veerkrachtkaarten.pdf" ) );
  QVERIFY( pdf.open( QIODevice::ReadOnly ) );
  const QByteArray bytes = pdf.readAll();
  QCOMPARE( bytes.count( "/Type /Page\n" ) + bytes.count( "/Type /Page\r" ) + bytes.count( "/Type /Page " ) + bytes.count( "/Type /Page>" ) + bytes.count( "/Type/Page/" ), 9 );

  // A list of gemeenten: the ones in the layer are rendered, the others reported.
  QgsProcessingFeedback listFeedback;
  {
    std::unique_ptr<QgsProcessingAlgorithm> listed( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:kaartenset" ) );
    bool listedOk = false;
    const QVariantMap some = listed->run( { { "INPUT", maps }, { "GEMEENTE", "gm0344, GM9999" }, { "MAPS", QVariantList { 7 } }, { "PAGE_SIZE", 0 }, { "ORIENTATION", 1 },
      { "DPI", 40 }, { "OUTPUT_FOLDER", dir.filePath( "lijst" ) } }, context, &listFeedback, &listedOk, QVariantMap(), false );
    QCOMPARE( some.value( "PAGES" ).toInt(), 1 );
    QVERIFY2( listFeedback.textLog().contains( "no buurt of GM9999" ), qPrintable( listFeedback.textLog() ) );
    const QImage portrait( dir.filePath( "lijst/GM0344_07_signaleringskaart_absoluut.png" ) );
    QVERIFY( portrait.height() > portrait.width() );
  }

  // The maps as a Shapefile would keep them (field names cut to 10 characters, issue #16): the
  // maps whose class field is gone are named, with the likely cause, not left out in silence.
  {
    QgsVectorLayer full( maps, QStringLiteral( "kaarten" ), QStringLiteral( "ogr" ) );
    QVERIFY( full.isValid() );
    auto *cut = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=EPSG:28992" ), QStringLiteral( "cut" ), QStringLiteral( "memory" ) );
    QList<QgsField> fields;
    QStringList names;
    for ( QgsField field : full.fields() )
    {
      QString name = field.name().left( 10 );
      for ( int n = 1; names.contains( name ); ++n )
        name = field.name().left( 8 ) + QStringLiteral( "_%1" ).arg( n );
      names << name;
      field.setName( name );
      fields << field;
    }
    cut->dataProvider()->addAttributes( fields );
    cut->updateFields();
    QgsFeatureList features;
    QgsFeature f;
    QgsFeatureIterator it = full.getFeatures();
    while ( it.nextFeature( f ) )
    {
      QgsFeature g( cut->fields() );
      g.setAttributes( f.attributes() );
      g.setGeometry( f.geometry() );
      features << g;
    }
    cut->dataProvider()->addFeatures( features );
    context.temporaryLayerStore()->addMapLayer( cut );
    QgsProcessingFeedback cutFeedback;
    std::unique_ptr<QgsProcessingAlgorithm> set( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:kaartenset" ) );
    bool cutOk = false;
    const QVariantMap drawn = set->run( { { "INPUT", cut->id() }, { "PAGE_SIZE", 0 }, { "ORIENTATION", 0 }, { "DPI", 30 }, { "OUTPUT_FOLDER", dir.filePath( "afgekapt" ) } },
                                        context, &cutFeedback, &cutOk, QVariantMap(), false );
    QVERIFY( cutOk );
    QVERIFY( drawn.value( "PAGES" ).toInt() > 0 && drawn.value( "PAGES" ).toInt() < 9 );
    QVERIFY2( cutFeedback.textLog().contains( "Shapefile" ) && cutFeedback.textLog().contains( "sign_abs_klasse" ), qPrintable( cutFeedback.textLog() ) );
  }

  // One gemeente that is not in the layer: a clear error.
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:kaartenset" ) );
  bool ok = false;
  try
  {
    alg->run( { { "INPUT", maps }, { "GEMEENTE", "GM9999" }, { "PAGE_SIZE", 0 }, { "ORIENTATION", 0 }, { "DPI", 60 }, { "OUTPUT_FOLDER", folder } }, context, &feedback, &ok, QVariantMap(), false );
    QFAIL( "GM9999 must fail" );
  }
  catch ( QgsProcessingException &e )
  {
    QVERIFY2( QString( e.what() ).startsWith( "GEMEENTE" ), qPrintable( e.what() ) );
  }
}

VEERKRACHT_QGIS_TEST_MAIN( TestStijlen )
#include "test_stijlen.moc"
