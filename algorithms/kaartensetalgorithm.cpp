// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/kaartensetalgorithm.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/veerkracht_version.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendrenderer.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsproject.h>
#include <qgssymbollayerutils.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QDate>
#include <QDir>

#include <map>

namespace {

void setLabelText( QgsLayoutItemLabel *label, const QString &text, double points, bool bold )
{
  QFont font;
  font.setPointSizeF( points );
  font.setBold( bold );
#if _QGIS_VERSION_INT >= 32400
  QgsTextFormat format;
  format.setFont( font );
  format.setSize( points );
  format.setSizeUnit( vkcompat::RenderPoints );
  label->setTextFormat( format );
#else
  label->setFont( font );
#endif
  label->setText( text );
}

struct PageSize
{
  QString name;
  bool landscape;
  double width() const { return landscape ? ( name == QLatin1String( "A3" ) ? 420 : 297 ) : ( name == QLatin1String( "A3" ) ? 297 : 210 ); }
  double height() const { return landscape ? ( name == QLatin1String( "A3" ) ? 297 : 210 ) : ( name == QLatin1String( "A3" ) ? 420 : 297 ); }
};

// The class counts go into the legend labels: "veerkracht onder druk (5)".
void countClasses( QgsVectorLayer *layer, const QString &classField )
{
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( layer->renderer() );
  if ( !renderer )
    return;
  std::map<int, int> counts;
  const int index = layer->fields().lookupField( classField );
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( f ) )
    ++counts[f.attribute( index ).toInt()];
  const QgsCategoryList categories = renderer->categories();
  for ( int c = 0; c < categories.size(); ++c )
    renderer->updateCategoryLabel( c, QStringLiteral( "%1 (%2)" ).arg( categories.at( c ).label() ).arg( counts[categories.at( c ).value().toInt()] ) );
}

} // namespace

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
             "(a set without it is incomplete)." ) );
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
  addParameter( new QgsProcessingParameterFolderDestination( QStringLiteral( "OUTPUT_FOLDER" ), tr( "Output folder" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "PAGES" ), tr( "Pages rendered" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GEMEENTEN" ), tr( "Gemeenten" ) ) );
}

QVariantMap KaartensetAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QgsFields fields = source->fields();

  // The maps: chosen, or every one whose class field the layer has.
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

  // The gemeenten, from the buurt codes.
  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( *source );
  const int codeIndex = fields.lookupField( codeField );
  if ( codeIndex < 0 )
    throw QgsProcessingException( tr( "CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode." ) );
  QStringList wanted;
  for ( const QString &code : veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "GEMEENTE" ), context ).toUpper() ) )
    if ( !code.isEmpty() )
      wanted << code;
  std::map<QString, QgsFeatureList> gemeenten;
  QgsFeature f;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
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

  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT_FOLDER" ), context );
  veerkracht::FolderOutput set( folder, QStringLiteral( "OUTPUT_FOLDER" ) );
  const QString areaName = parameterAsString( parameters, QStringLiteral( "AREA_NAME" ), context );
  const QString period = parameterAsString( parameters, QStringLiteral( "PERIOD" ), context );
  const bool labels = parameterAsBoolean( parameters, QStringLiteral( "LABELS" ), context );
  QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  if ( nameField.isEmpty() )
    nameField = QStringLiteral( "naam" );
  if ( labels && fields.lookupField( nameField ) < 0 )
    throw QgsProcessingException( tr( "NAME_FIELD: INPUT has no field '%1' for the buurt labels." ).arg( nameField ) );
  const QList<QgsMapLayer *> background = parameterAsLayerList( parameters, QStringLiteral( "BACKGROUND" ), context );
  const PageSize page { parameterAsEnum( parameters, QStringLiteral( "PAGE_SIZE" ), context ) == 1 ? QStringLiteral( "A3" ) : QStringLiteral( "A4" ),
                        parameterAsEnum( parameters, QStringLiteral( "ORIENTATION" ), context ) == 0 };
  const int dpi = parameterAsInt( parameters, QStringLiteral( "DPI" ), context );
  const QString sources = tr( "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2" )
                          .arg( QStringLiteral( VEERKRACHT_VERSION ), QDate::currentDate().toString( QStringLiteral( "d-M-yyyy" ) ) );
  const QString northArrow = QgsSymbolLayerUtils::svgSymbolNameToPath( QStringLiteral( "arrows/NorthArrow_02.svg" ), QgsPathResolver() );

  const int total = static_cast<int>( gemeenten.size() * maps.size() );
  int pages = 0;
  for ( const auto &[gemeente, areas] : gemeenten )
  {
    QgsProject project;
    project.setCrs( source->sourceCrs() );
    const QString title = gemeenten.size() == 1 && !areaName.isEmpty() ? areaName : QStringLiteral( "gemeente %1" ).arg( gemeente );

    // One memory layer per map, owned by the project.
    const auto makeLayer = [&]( const QString &layerName ) {
      QgsVectorLayer *layer = kaartLaag( fields, source->sourceCrs(), areas, layerName );
      project.addMapLayer( layer, false );
      return layer;
    };
    QgsRectangle extent;
    for ( const QgsFeature &area : areas )
      extent.combineExtentWith( area.geometry().boundingBox() );
    extent.scale( 1.04 );

    QgsPrintLayout layout( &project );
    layout.initializeDefaults();
    layout.setName( gemeente );
    QgsLayoutPageCollection *collection = layout.pageCollection();
    for ( std::size_t m = 0; m < maps.size(); ++m )
    {
      QgsLayoutItemPage *layoutPage = m == 0 ? collection->page( 0 ) : new QgsLayoutItemPage( &layout );
      layoutPage->setPageSize( page.name, page.landscape ? QgsLayoutItemPage::Landscape : QgsLayoutItemPage::Portrait );
      if ( m > 0 )
        collection->addPage( layoutPage );
    }

    for ( std::size_t m = 0; m < maps.size(); ++m )
    {
      const KaartStijl &style = *maps[m];
      const int pageIndex = static_cast<int>( m );
      QgsVectorLayer *layer = makeLayer( style.title );
      applyStyle( layer, style );
      countClasses( layer, style.classField );
      if ( labels )
      {
        QgsPalLayerSettings settings;
        settings.fieldName = nameField;
        QgsTextFormat format;
        format.setSize( 5.5 );
        QgsTextBufferSettings buffer;
        buffer.setEnabled( true );
        buffer.setSize( 0.6 );
        format.setBuffer( buffer );
        settings.setFormat( format );
        layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
        layer->setLabelsEnabled( true );
      }

      // Landscape: map left, legend right. Portrait: map on top, legend below.
      const double margin = 10;
      const double mapWidth = page.landscape ? page.width() * 0.66 : page.width() - 2 * margin;
      const double mapHeight = page.landscape ? page.height() - 52 : page.height() * 0.6;
      const auto place = [&]( QgsLayoutItem *item, double x, double y, double w, double h ) {
        layout.addLayoutItem( item );
        item->attemptMove( QgsLayoutPoint( x, y, vkcompat::LayoutMillimeters ), true, false, pageIndex );
        if ( w > 0 )
          item->attemptResize( QgsLayoutSize( w, h, vkcompat::LayoutMillimeters ) );
      };

      auto *heading = new QgsLayoutItemLabel( &layout );
      setLabelText( heading, QStringLiteral( "%1 — %2" ).arg( style.title, title ), 18, true );
      place( heading, margin, 8, page.width() - 2 * margin, 10 );
      auto *subheading = new QgsLayoutItemLabel( &layout );
      setLabelText( subheading, period.isEmpty() ? tr( "Veerkrachtkaarten per buurt" ) : tr( "Veerkrachtkaarten per buurt, periode %1" ).arg( period ), 11, false );
      place( subheading, margin, 19, page.width() - 2 * margin, 7 );

      auto *map = new QgsLayoutItemMap( &layout );
      QList<QgsMapLayer *> mapLayers { layer };
      mapLayers << background;
      map->setLayers( mapLayers );
      map->setKeepLayerSet( true );
      map->setCrs( source->sourceCrs() );
      map->setFrameEnabled( true );
      // A map item needs a size before an extent, and an extent before zoomToExtent() can fit one.
      place( map, margin, 28, mapWidth, mapHeight );
      map->setExtent( extent );
      map->attemptResize( QgsLayoutSize( mapWidth, mapHeight, vkcompat::LayoutMillimeters ) );
      map->zoomToExtent( extent );

      auto *legend = new QgsLayoutItemLegend( &layout );
      legend->setTitle( tr( "Legenda (aantal buurten)" ) );
      legend->setAutoUpdateModel( false );
      legend->setLinkedMap( map );
      QgsLayerTree *root = legend->model()->rootGroup();
      root->clear();
      QgsLayerTreeLayer *node = root->addLayer( layer );
      QgsLegendRenderer::setNodeLegendStyle( node, vkcompat::LegendHidden );
      legend->setSymbolWidth( 6 );
      legend->setSymbolHeight( 4 );
      if ( page.landscape )
        place( legend, margin + mapWidth + 6, 28, 0, 0 );
      else
        place( legend, margin, 28 + mapHeight + 14, 0, 0 ); // below the scale bar
      legend->adjustBoxSize();

      auto *scale = new QgsLayoutItemScaleBar( &layout );
      scale->setLinkedMap( map );
      scale->setStyle( QStringLiteral( "Single Box" ) );
      scale->applyDefaultSize( vkcompat::DistanceKilometers );
      scale->setUnitLabel( QStringLiteral( "km" ) );
      place( scale, margin, 28 + mapHeight + 2, 0, 0 );

      if ( !northArrow.isEmpty() )
      {
        auto *arrow = new QgsLayoutItemPicture( &layout );
        arrow->setPicturePath( northArrow );
        place( arrow, margin + mapWidth - 14, 30, 11, 11 );
      }

      auto *credits = new QgsLayoutItemLabel( &layout );
      setLabelText( credits, sources, 7, false );
      place( credits, margin, page.height() - 8, page.width() - 2 * margin, 5 );
    }

    // Every page as a PNG, named to sort; all pages as one PDF.
    QgsLayoutExporter exporter( &layout );
    for ( std::size_t m = 0; m < maps.size(); ++m )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      const QImage image = exporter.renderPageToImage( static_cast<int>( m ), QSize(), dpi );
      const QString pngName = QStringLiteral( "%1_%2.png" ).arg( gemeente, maps[m]->id );
      const QString png = set.stage( pngName );
      if ( image.isNull() || !image.save( png ) )
        throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( set.finalPath( pngName ) ) );
      ++pages;
      feedback->setProgress( 100.0 * pages / total );
    }
    QgsLayoutExporter::PdfExportSettings pdfSettings;
    pdfSettings.dpi = dpi;
    pdfSettings.rasterizeWholeImage = false;
    const QString pdfName = QStringLiteral( "%1_veerkrachtkaarten.pdf" ).arg( gemeente );
    const QString pdf = set.stage( pdfName );
    if ( exporter.exportToPdf( pdf, pdfSettings ) != QgsLayoutExporter::Success )
      throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( set.finalPath( pdfName ), exporter.errorFile() ) );
    feedback->pushInfo( tr( "%1: %2 maps → %3" ).arg( gemeente ).arg( maps.size() ).arg( set.finalPath( pdfName ) ) );
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  set.commit( id() );
  return { { QStringLiteral( "OUTPUT_FOLDER" ), folder }, { QStringLiteral( "PAGES" ), pages }, { QStringLiteral( "GEMEENTEN" ), static_cast<int>( gemeenten.size() ) } };
}
