// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/kaartensetalgorithm.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "support/filmtijd.h"
#include "support/gifanimatie.h"
#include "support/kaartlayout.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/veerkracht_version.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgslayoutexporter.h>
#include <qgsprintlayout.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <map>

struct KaartensetAlgorithm::Kaartset
{
  std::vector<const KaartStijl *> maps;
  QgsFields fields; //!< INPUT's, for the map layers
  QString areaName;
  bool labels = false;
  QString nameField;
  int dpi = 0;
  veerkracht::KaartOpmaak opmaak;
  bool film = false;       //!< INPUT is the film's long layer: one sheet and one animation per gemeente
  int frameWidth = 0;      //!< the animation's width in pixels
  int frameCentiseconds = 0;
};

QString KaartensetAlgorithm::name() const
{
  return QStringLiteral( "kaartenset" );
}

QString KaartensetAlgorithm::displayName() const
{
  return tr( "Export the map set" );
}

QStringList KaartensetAlgorithm::tags() const
{
  return tr( "kaartenset,kaarten,afdrukken,print,pdf,png,layout,atlas,gemeente" ).split( QLatin1Char( ',' ) );
}

QString KaartensetAlgorithm::group() const
{
  return tr( "Veerkrachtkaarten" );
}

QString KaartensetAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString KaartensetAlgorithm::shortDescription() const
{
  return tr( "The printable map set per gemeente: every map as PNG and all as one PDF." );
}

QString KaartensetAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Renders the veerkrachtkaarten of INPUT (the output of 'Resilience maps') for the table: per gemeente, every map "
             "as a PNG and all of them as one multi-page PDF, each page with the map's title, the gemeente and PERIOD, a "
             "legend with the number of buurten per class, a scale bar, a north arrow, the sources and the date.\n\n"
             "MAPS chooses the maps (empty: every map INPUT has the class field of). GEMEENTE limits the set to some "
             "gemeenten (e.g. GM0344 or GM0344,GM0363; empty: every gemeente in the layer, from the buurt codes); AREA_NAME "
             "names a single gemeente in the titles. Pages render one at a time: for a large atlas, run several "
             "processes at once, each with its own GEMEENTE list, into one folder. LABELS writes the buurt names (NAME_FIELD) on the maps; BACKGROUND adds your own layers beneath "
             "(nothing is fetched from the internet).\n\n"
             "Files in OUTPUT_FOLDER sort by gemeente and map number: GM0344_07_signaleringskaart_absoluut.png, …, "
             "GM0344_veerkrachtkaarten.pdf. Pages are A4 or A3, landscape or portrait, at DPI dots per inch. "
             "They appear in OUTPUT_FOLDER only when every page is written; veerkracht-manifest.json, written last, lists them "
             "(a set without it is incomplete).\n\n"
             "<b>The film.</b> Given the long layer of 'Time series (the film)' (OUTPUT_LONG), it writes per gemeente one landscape "
             "sheet with the signaleringskaart of every period side by side and one legend (GM0344_film_07_signaleringskaart_absoluut.png "
             "and .pdf), and an animated GIF with one frame per period, the period written large on it (GM0344_film.gif, FRAME_WIDTH "
             "pixels wide, FRAME_SECONDS per period). Each map shows its period through the layer's temporal properties, as QGIS's "
             "Temporal Controller does." ) );
}

KaartensetAlgorithm *KaartensetAlgorithm::createInstance() const
{
  return new KaartensetAlgorithm();
}

vkcompat::AlgorithmFlags KaartensetAlgorithm::flags() const
{
  // Layouts and their items live in the main thread.
  return QgsProcessingAlgorithm::flags() | vkcompat::FlagNoThreading;
}

void KaartensetAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Veerkrachtkaarten layer" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  QStringList maps;
  for ( const KaartStijl &style : kaartStijlen() )
    maps << QStringLiteral( "%1 — %2" ).arg( style.id.section( QLatin1Char( '_' ), 0, 0 ), style.title );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "MAPS" ), tr( "Maps (empty: every map the layer has)" ), maps, true, QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "GEMEENTE" ), tr( "Gemeente codes, comma-separated (empty: every gemeente)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "AREA_NAME" ), tr( "Name of the gemeente in the titles" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "PERIOD" ), tr( "Period in the titles (e.g. 2021–2023)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CODE_FIELD" ), tr( "Buurt code field (empty: detect)" ), QVariant(), QStringLiteral( "INPUT" ),
                vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "LABELS" ), tr( "Write buurt names on the maps" ), false ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NAME_FIELD" ), tr( "Buurt name field (empty: 'naam')" ), QVariant(), QStringLiteral( "INPUT" ),
                vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterMultipleLayers( QStringLiteral( "BACKGROUND" ), tr( "Background layers (beneath the map)" ), vkcompat::SourceAnyMap,
                QVariant(), true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "PAGE_SIZE" ), tr( "Page size" ), QStringList() << QStringLiteral( "A4" ) << QStringLiteral( "A3" ), false, 0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "ORIENTATION" ), tr( "Orientation" ), QStringList() << tr( "Landscape" ) << tr( "Portrait" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DPI" ), tr( "Resolution (dots per inch)" ), vkcompat::NumberInteger, 150, false, 36, 600 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "FRAME_WIDTH" ), tr( "The film: width of the animation (pixels)" ), vkcompat::NumberInteger, 800, false, 200, 4000 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "FRAME_SECONDS" ), tr( "The film: seconds per period in the animation" ), vkcompat::NumberDouble, 1.5, false, 0.1, 30 ) );
  addParameter( new QgsProcessingParameterFolderDestination( QStringLiteral( "OUTPUT_FOLDER" ), tr( "Output folder" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "PAGES" ), tr( "Pages rendered" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GEMEENTEN" ), tr( "Gemeenten" ) ) );
}

QVariantMap KaartensetAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  std::vector<const KaartStijl *> maps = chosenMaps( parameters, context, source->fields(), feedback );
  if ( veerkracht::isFilm( source->fields() ) )
  {
    // The film changes map 7 from period to period; every other map of the long layer is the same in each.
    maps.erase( std::remove_if( maps.begin(), maps.end(), []( const KaartStijl *style ) { return style->kaart != veerkracht::Kaart::SignaleringAbsoluut; } ), maps.end() );
    if ( maps.empty() )
      throw QgsProcessingException( tr( "MAPS: the film (a layer with periode, datum and datum_tot) is drawn as map 7, which INPUT lacks; expected OUTPUT_LONG of 'Time series (the film)'." ) );
    feedback->pushInfo( tr( "INPUT is the film: per gemeente one sheet with a map per period and one animation." ) );
  }
  const std::map<QString, QgsFeatureList> gemeenten = areasPerGemeente( parameters, context, *source, feedback );

  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT_FOLDER" ), context );
  veerkracht::FolderOutput output( folder, QStringLiteral( "OUTPUT_FOLDER" ) );
  const Kaartset kaartset = readKaartset( parameters, context, *source, std::move( maps ) );

  Voortgang voortgang;
  voortgang.total = static_cast<int>( gemeenten.size() * ( kaartset.film ? 2 : kaartset.maps.size() ) ); // the film: a sheet and an animation
  for ( const auto &[gemeente, areas] : gemeenten )
  {
    const QString title = gemeenten.size() == 1 && !kaartset.areaName.isEmpty() ? kaartset.areaName : QStringLiteral( "gemeente %1" ).arg( gemeente );
    if ( !renderGemeente( gemeente, title, areas, kaartset, output, voortgang, feedback ) )
      return QVariantMap();
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  output.commit( id() );
  return { { QStringLiteral( "OUTPUT_FOLDER" ), folder }, { QStringLiteral( "PAGES" ), voortgang.pages }, { QStringLiteral( "GEMEENTEN" ), static_cast<int>( gemeenten.size() ) } };
}

std::vector<const KaartStijl *> KaartensetAlgorithm::chosenMaps( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFields &fields,
                                                                  QgsProcessingFeedback *feedback ) const
{
  std::vector<const KaartStijl *> maps;
  // Not given means every map (parameterAsEnums() would make that the first option).
  const QVariant rawMaps = parameters.value( QStringLiteral( "MAPS" ) );
  const bool mapsGiven = rawMaps.isValid() && !( rawMaps.userType() == QMetaType::QVariantList ? rawMaps.toList().isEmpty() : rawMaps.toString().isEmpty() );
  const QList<int> chosen = mapsGiven ? parameterAsEnums( parameters, QStringLiteral( "MAPS" ), context ) : QList<int>();
  for ( int i = 0; i < static_cast<int>( kaartStijlen().size() ); ++i )
  {
    const KaartStijl &style = kaartStijlen().at( static_cast<std::size_t>( i ) );
    const bool has = fields.lookupField( style.classField ) >= 0;
    if ( chosen.contains( i ) && !has )
      throw QgsProcessingException( tr( "MAPS: '%1' needs the field '%2', which INPUT does not have; expected the output of 'Resilience maps'." ).arg( style.title, style.classField ) );
    if ( has && ( chosen.isEmpty() || chosen.contains( i ) ) )
      maps.push_back( &style );
  }
  // Maps left out for want of their field: said, and a Shapefile's cut names recognised.
  QStringList notDrawn;
  bool cutNames = false;
  for ( const KaartStijl &style : kaartStijlen() )
  {
    if ( fields.lookupField( style.classField ) >= 0 || !chosen.isEmpty() )
      continue;
    notDrawn << QStringLiteral( "%1 (%2)" ).arg( style.title, style.classField );
    for ( const QgsField &field : fields )
      cutNames = cutNames || ( style.classField.size() > 10 && field.name().size() == 10 && style.classField.startsWith( field.name().left( 8 ), Qt::CaseInsensitive ) );
  }
  if ( cutNames )
    feedback->pushWarning( tr( "INPUT looks like a Shapefile whose field names were cut to 10 characters: %1 of %2 maps cannot be drawn (%3). "
                               "Write 'Resilience maps' to a GeoPackage (.gpkg), which keeps the names." )
                           .arg( notDrawn.size() ).arg( kaartStijlen().size() ).arg( notDrawn.join( QLatin1String( ", " ) ) ) );
  else if ( !notDrawn.isEmpty() && !maps.empty() )
    feedback->pushInfo( tr( "Not drawn, as INPUT has no class field for them: %1." ).arg( notDrawn.join( QLatin1String( ", " ) ) ) );
  if ( maps.empty() )
    throw QgsProcessingException( tr( "MAPS: INPUT has none of the map class fields (sign_abs_klasse, focus_klasse, …); expected the output of 'Resilience maps'." ) );
  return maps;
}

std::map<QString, QgsFeatureList> KaartensetAlgorithm::areasPerGemeente( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeatureSource &source,
                                                                         QgsProcessingFeedback *feedback ) const
{
  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( source );
  const int codeIndex = source.fields().lookupField( codeField );
  if ( codeIndex < 0 )
    throw QgsProcessingException( tr( "CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode." ) );
  QStringList wanted;
  for ( const QString &code : veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "GEMEENTE" ), context ).toUpper() ) )
    if ( !code.isEmpty() )
      wanted << code;
  std::map<QString, QgsFeatureList> gemeenten;
  QgsFeature f;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    const QString gemeente = QString::fromStdString( veerkracht::gemeenteCode( veerkracht::normaliseAreaCode( f.attribute( codeIndex ).toString().toStdString() ).code ) );
    if ( !gemeente.isEmpty() && ( wanted.isEmpty() || wanted.contains( gemeente ) ) )
      gemeenten[gemeente] << f;
  }
  if ( gemeenten.empty() )
    throw QgsProcessingException( wanted.isEmpty() ? tr( "CODE_FIELD: no buurt or wijk code in '%1' gives a gemeente; expected codes such as BU03440114." ).arg( codeField )
                                                   : tr( "GEMEENTE: INPUT has no buurt of %1; expected a gemeente code such as GM0344." ).arg( wanted.join( QStringLiteral( ", " ) ) ) );
  for ( const QString &code : wanted )
    if ( !gemeenten.count( code ) )
      feedback->pushWarning( tr( "GEMEENTE: INPUT has no buurt of %1." ).arg( code ) );
  return gemeenten;
}

KaartensetAlgorithm::Kaartset KaartensetAlgorithm::readKaartset( const QVariantMap &parameters, QgsProcessingContext &context, const QgsProcessingFeatureSource &source,
                                                                 std::vector<const KaartStijl *> maps ) const
{
  Kaartset kaartset;
  kaartset.maps = std::move( maps );
  kaartset.fields = source.fields();
  kaartset.areaName = parameterAsString( parameters, QStringLiteral( "AREA_NAME" ), context );
  const QString period = parameterAsString( parameters, QStringLiteral( "PERIOD" ), context );
  kaartset.labels = parameterAsBoolean( parameters, QStringLiteral( "LABELS" ), context );
  kaartset.nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  if ( kaartset.nameField.isEmpty() )
    kaartset.nameField = QStringLiteral( "naam" );
  if ( kaartset.labels && kaartset.fields.lookupField( kaartset.nameField ) < 0 )
    throw QgsProcessingException( tr( "NAME_FIELD: INPUT has no field '%1' for the buurt labels." ).arg( kaartset.nameField ) );

  veerkracht::KaartOpmaak &opmaak = kaartset.opmaak;
  opmaak.background = parameterAsLayerList( parameters, QStringLiteral( "BACKGROUND" ), context );
  opmaak.page = { parameterAsEnum( parameters, QStringLiteral( "PAGE_SIZE" ), context ) == 1 ? QStringLiteral( "A3" ) : QStringLiteral( "A4" ),
                  parameterAsEnum( parameters, QStringLiteral( "ORIENTATION" ), context ) == 0 };
  kaartset.dpi = parameterAsInt( parameters, QStringLiteral( "DPI" ), context );
  opmaak.sources = tr( "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2" )
                   .arg( QStringLiteral( VEERKRACHT_VERSION ), QDate::currentDate().toString( QStringLiteral( "d-M-yyyy" ) ) );
  opmaak.northArrow = QgsSymbolLayerUtils::svgSymbolNameToPath( QStringLiteral( "arrows/NorthArrow_02.svg" ), QgsPathResolver() );
  opmaak.subheading = period.isEmpty() ? tr( "Veerkrachtkaarten per buurt" ) : tr( "Veerkrachtkaarten per buurt, periode %1" ).arg( period );
  opmaak.crs = source.sourceCrs();
  kaartset.film = veerkracht::isFilm( source.fields() );
  kaartset.frameWidth = parameterAsInt( parameters, QStringLiteral( "FRAME_WIDTH" ), context );
  kaartset.frameCentiseconds = static_cast<int>( std::lround( 100 * parameterAsDouble( parameters, QStringLiteral( "FRAME_SECONDS" ), context ) ) );
  if ( kaartset.film )
  {
    opmaak.page.landscape = true; // the panels side by side (ORIENTATION applies to the map pages)
    opmaak.subheading = tr( "Signaleringskaart per periode" );
  }
  return kaartset;
}

bool KaartensetAlgorithm::renderGemeente( const QString &gemeente, const QString &title, const QgsFeatureList &areas, const Kaartset &kaartset,
                                          veerkracht::FolderOutput &output, Voortgang &voortgang, QgsProcessingFeedback *feedback ) const
{
  QgsProject project;
  project.setCrs( kaartset.opmaak.crs );
  const QgsRectangle extent = veerkracht::kaartExtent( areas );

  if ( kaartset.film )
    return renderFilm( gemeente, title, areas, kaartset, output, voortgang, feedback );

  QgsPrintLayout layout( &project );
  layout.initializeDefaults();
  layout.setName( gemeente );
  veerkracht::addKaartPaginas( layout, kaartset.maps.size(), kaartset.opmaak.page );
  for ( std::size_t m = 0; m < kaartset.maps.size(); ++m )
  {
    const KaartStijl &style = *kaartset.maps[m];
    // One memory layer per map, owned by the project.
    QgsVectorLayer *layer = kaartLaag( kaartset.fields, kaartset.opmaak.crs, areas, style.title );
    project.addMapLayer( layer, false );
    applyStyle( layer, style );
    veerkracht::countClassesInLegend( layer, style.classField );
    if ( kaartset.labels )
      veerkracht::labelBuurten( layer, kaartset.nameField );
    veerkracht::layoutKaartPagina( layout, static_cast<int>( m ), layer, QStringLiteral( "%1 — %2" ).arg( style.title, title ), extent, kaartset.opmaak );
  }
  return exportGemeente( layout, gemeente, kaartset, output, voortgang, feedback );
}

bool KaartensetAlgorithm::exportGemeente( QgsPrintLayout &layout, const QString &gemeente, const Kaartset &kaartset, veerkracht::FolderOutput &output,
                                          Voortgang &voortgang, QgsProcessingFeedback *feedback ) const
{
  QgsLayoutExporter exporter( &layout );
  for ( std::size_t m = 0; m < kaartset.maps.size(); ++m )
  {
    if ( feedback->isCanceled() )
      return false;
    const QImage image = exporter.renderPageToImage( static_cast<int>( m ), QSize(), kaartset.dpi );
    const QString pngName = QStringLiteral( "%1_%2.png" ).arg( gemeente, kaartset.maps[m]->id );
    const QString png = output.stage( pngName );
    if ( image.isNull() || !image.save( png ) )
      throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( output.finalPath( pngName ) ) );
    ++voortgang.pages;
    feedback->setProgress( 100.0 * voortgang.pages / voortgang.total );
  }
  QgsLayoutExporter::PdfExportSettings pdfSettings;
  pdfSettings.dpi = kaartset.dpi;
  pdfSettings.rasterizeWholeImage = false;
  const QString pdfName = QStringLiteral( "%1_veerkrachtkaarten.pdf" ).arg( gemeente );
  const QString pdf = output.stage( pdfName );
  if ( exporter.exportToPdf( pdf, pdfSettings ) != QgsLayoutExporter::Success )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( output.finalPath( pdfName ), exporter.errorFile() ) );
  feedback->pushInfo( tr( "%1: %2 maps → %3" ).arg( gemeente ).arg( kaartset.maps.size() ).arg( output.finalPath( pdfName ) ) );
  return true;
}

bool KaartensetAlgorithm::renderFilm( const QString &gemeente, const QString &title, const QgsFeatureList &areas, const Kaartset &kaartset,
                                      veerkracht::FolderOutput &output, Voortgang &voortgang, QgsProcessingFeedback *feedback ) const
{
  const KaartStijl &style = *kaartset.maps.front();
  QgsProject project;
  project.setCrs( kaartset.opmaak.crs );
  QgsVectorLayer *layer = kaartLaag( kaartset.fields, kaartset.opmaak.crs, areas, style.title );
  project.addMapLayer( layer, false );
  applyStyle( layer, style );
  veerkracht::zetFilmTijd( *layer );

  // The periods in time order; a panel's time is the first half of its first day, inside it alone.
  std::map<QDate, QString> perioden;
  const int periode = kaartset.fields.lookupField( QStringLiteral( "periode" ) );
  const int van = kaartset.fields.lookupField( QString::fromLatin1( veerkracht::filmVan ) );
  for ( const QgsFeature &area : areas )
    if ( area.attribute( van ).toDate().isValid() )
      perioden.emplace( area.attribute( van ).toDate(), area.attribute( periode ).toString() );
  if ( perioden.empty() )
    throw QgsProcessingException( tr( "INPUT: the film of %1 has no date in '%2'; expected OUTPUT_LONG of 'Time series (the film)'." ).arg( gemeente, QString::fromLatin1( veerkracht::filmVan ) ) );
  QList<veerkracht::FilmPaneel> panelen;
  for ( const auto &[datum, naam] : perioden )
    panelen.append( { naam, QgsDateTimeRange( QDateTime( datum, QTime( 0, 0 ) ), QDateTime( datum, QTime( 12, 0 ) ) ) } );
  // One area's extent: every period draws the same areas.
  const QgsRectangle extent = veerkracht::kaartExtent( areas );
  if ( !( extent.width() > 0 && extent.height() > 0 ) )
    throw QgsProcessingException( tr( "INPUT: the areas of %1 have no extent (width or height 0); expected polygons." ).arg( gemeente ) );
  const QString heading = QStringLiteral( "%1 — %2" ).arg( style.title, title );

  QgsPrintLayout layout( &project );
  layout.initializeDefaults();
  layout.setName( gemeente );
  veerkracht::addKaartPaginas( layout, 1, kaartset.opmaak.page );
  veerkracht::layoutFilmVel( layout, layer, panelen, heading, extent, kaartset.opmaak );
  QgsLayoutExporter exporter( &layout );
  const QString sheetName = QStringLiteral( "%1_film_%2" ).arg( gemeente, style.id );
  const QImage sheet = exporter.renderPageToImage( 0, QSize(), kaartset.dpi );
  if ( sheet.isNull() || !sheet.save( output.stage( sheetName + QStringLiteral( ".png" ) ) ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( output.finalPath( sheetName + QStringLiteral( ".png" ) ) ) );
  QgsLayoutExporter::PdfExportSettings pdfSettings;
  pdfSettings.dpi = kaartset.dpi;
  pdfSettings.rasterizeWholeImage = false;
  if ( exporter.exportToPdf( output.stage( sheetName + QStringLiteral( ".pdf" ) ), pdfSettings ) != QgsLayoutExporter::Success )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( output.finalPath( sheetName + QStringLiteral( ".pdf" ) ), exporter.errorFile() ) );
  ++voortgang.pages;
  feedback->setProgress( 100.0 * voortgang.pages / voortgang.total );

  QList<QPair<QColor, QString>> legenda;
  const auto &labels = veerkracht::labels( style.kaart );
  for ( int c = 0; c < style.colours.size() && c + 1 < static_cast<int>( labels.size() ); ++c )
    legenda.append( { style.colours.at( c ), QString::fromStdString( labels.at( static_cast<std::size_t>( c + 1 ) ) ) } );
  const QString gifName = QStringLiteral( "%1_film.gif" ).arg( gemeente );
  veerkracht::GifAnimatie animatie( output.stage( gifName ), kaartset.frameCentiseconds );
  QString error;
  for ( const veerkracht::FilmPaneel &paneel : panelen )
  {
    if ( feedback->isCanceled() )
      return false;
    error = animatie.addFrame( veerkracht::filmBeeld( layer, extent, paneel, legenda, QStringLiteral( "%1 · %2" ).arg( title, kaartset.opmaak.sources ), kaartset.frameWidth ) );
    if ( !error.isEmpty() )
      break;
  }
  if ( error.isEmpty() )
    error = animatie.finish();
  if ( !error.isEmpty() )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( output.finalPath( gifName ), error ) );
  ++voortgang.pages;
  feedback->setProgress( 100.0 * voortgang.pages / voortgang.total );
  feedback->pushInfo( tr( "%1: the film over %2 periods → %3 and %4" ).arg( gemeente ).arg( panelen.size() ).arg( output.finalPath( sheetName + QStringLiteral( ".pdf" ) ), output.finalPath( gifName ) ) );
  return true;
}

