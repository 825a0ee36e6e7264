// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/kaartlayout.h"
#include "model/kaarten.h"
#include "support/veerkracht_compat.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
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
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>

#include <QCoreApplication>
#include <QPainter>
#include <QFont>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

// Paper sizes in millimetres.
constexpr double A3_LANGE_ZIJDE_MM = 420;
constexpr double A3_KORTE_ZIJDE_MM = 297;
constexpr double A4_LANGE_ZIJDE_MM = 297;
constexpr double A4_KORTE_ZIJDE_MM = 210;

// The page in millimetres. Landscape: map left, legend right. Portrait: map on top, legend below.
constexpr double MARGE_MM = 10; //!< left and right of the texts and the map
constexpr double KOP_Y_MM = 8;
constexpr double KOP_HOOGTE_MM = 10;
constexpr double ONDERKOP_Y_MM = 19;
constexpr double ONDERKOP_HOOGTE_MM = 7;
constexpr double KAART_Y_MM = 28;
constexpr double KAART_BREEDTE_LIGGEND = 0.66;        //!< share of the page width
constexpr double RUIMTE_NAAST_KAART_LIGGEND_MM = 52;  //!< page height minus map height: texts above, scale bar and sources below
constexpr double KAART_HOOGTE_STAAND = 0.6;           //!< share of the page height
constexpr double LEGENDA_NAAST_KAART_MM = 6;          //!< landscape: from the map's right edge
constexpr double LEGENDA_ONDER_KAART_MM = 14;         //!< portrait: from the map's foot, below the scale bar
constexpr double LEGENDA_SYMBOOL_BREEDTE_MM = 6;
constexpr double LEGENDA_SYMBOOL_HOOGTE_MM = 4;
constexpr double SCHAALBALK_ONDER_KAART_MM = 2;       //!< from the map's foot
constexpr double NOORDPIJL_VAN_RECHTS_MM = 14;        //!< its left edge, from the map's right edge
constexpr double NOORDPIJL_Y_MM = 30;
constexpr double NOORDPIJL_MAAT_MM = 11;
constexpr double BRON_VAN_ONDER_MM = 8;               //!< from the page's foot
constexpr double BRON_HOOGTE_MM = 5;

// Text sizes in points.
constexpr double KOP_PUNTEN = 18;
constexpr double ONDERKOP_PUNTEN = 11;
constexpr double BRON_PUNTEN = 7;
constexpr double BUURTNAAM_PUNTEN = 5.5;
constexpr double BUURTNAAM_HALO_MM = 0.6;

// The film's sheet (landscape): panels in a grid left of the legend, each with its period above it.
constexpr double FILM_PANELEN_BREEDTE = 0.72;         //!< share of the page width
constexpr double FILM_PANEEL_KOP_MM = 6;
constexpr double FILM_PANEEL_TUSSENRUIMTE_MM = 3;
constexpr double FILM_PANEEL_PUNTEN = 11;
// A frame of the film's animation, in parts of its width.
constexpr int FILM_BEELD_KOP_DEEL = 9;    //!< the band with the period: 1/9 of the width
constexpr int FILM_BEELD_REGEL_DEEL = 40; //!< a line of the legend or the sources
constexpr int FILM_BEELD_MAX_HOOGTE = 2;  //!< the map at most twice as high as wide
const QColor FILM_ONVOLDOENDE_VULLING( 225, 225, 225 );
const QColor FILM_ONVOLDOENDE_ARCERING( 150, 150, 150 );

//! The extent of the areas grows by this factor, so that no area touches the map's frame.
constexpr double EXTENT_RUIMTE = 1.04;

double langeZijde( const QString &name )
{
  return name == QLatin1String( "A3" ) ? A3_LANGE_ZIJDE_MM : A4_LANGE_ZIJDE_MM;
}

double korteZijde( const QString &name )
{
  return name == QLatin1String( "A3" ) ? A3_KORTE_ZIJDE_MM : A4_KORTE_ZIJDE_MM;
}

//! The size of the map item on a page.
struct KaartVlak
{
  double width;
  double height;
};

KaartVlak kaartVlak( const veerkracht::KaartPagina &page )
{
  return { page.landscape ? page.width() * KAART_BREEDTE_LIGGEND : page.width() - 2 * MARGE_MM,
           page.landscape ? page.height() - RUIMTE_NAAST_KAART_LIGGEND_MM : page.height() * KAART_HOOGTE_STAAND };
}

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

//! Adds \a item to page \a pageIndex at \a x, \a y (mm); with a \a width it is also sized, else it keeps its own size.
void place( QgsPrintLayout &layout, int pageIndex, QgsLayoutItem *item, double x, double y, double width = 0, double height = 0 )
{
  layout.addLayoutItem( item );
  item->attemptMove( QgsLayoutPoint( x, y, vkcompat::LayoutMillimeters ), true, false, pageIndex );
  if ( width > 0 )
    item->attemptResize( QgsLayoutSize( width, height, vkcompat::LayoutMillimeters ) );
}

//! A line of text across the page between the margins.
void addTextLine( QgsPrintLayout &layout, int pageIndex, const veerkracht::KaartPagina &page, const QString &text, double points, bool bold,
                  double y, double height )
{
  auto *label = new QgsLayoutItemLabel( &layout );
  setLabelText( label, text, points, bold );
  place( layout, pageIndex, label, MARGE_MM, y, page.width() - 2 * MARGE_MM, height );
}

QgsLayoutItemMap *addMap( QgsPrintLayout &layout, int pageIndex, QgsVectorLayer *layer, const QgsRectangle &extent, const veerkracht::KaartOpmaak &opmaak,
                          const KaartVlak &vlak )
{
  auto *map = new QgsLayoutItemMap( &layout );
  QList<QgsMapLayer *> mapLayers { layer };
  mapLayers << opmaak.background;
  map->setLayers( mapLayers );
  map->setKeepLayerSet( true );
  map->setCrs( opmaak.crs );
  map->setFrameEnabled( true );
  // A map item needs a size before an extent, and an extent before zoomToExtent() can fit one.
  place( layout, pageIndex, map, MARGE_MM, KAART_Y_MM, vlak.width, vlak.height );
  map->setExtent( extent );
  map->attemptResize( QgsLayoutSize( vlak.width, vlak.height, vkcompat::LayoutMillimeters ) );
  map->zoomToExtent( extent );
  return map;
}

//! The legend of \a layer alone, its layer name hidden: the map's classes with their counts.
void addLegend( QgsPrintLayout &layout, int pageIndex, QgsVectorLayer *layer, QgsLayoutItemMap *map, const veerkracht::KaartPagina &page, const KaartVlak &vlak,
                const QString &title = QCoreApplication::translate( "KaartensetAlgorithm", "Legenda (aantal buurten)" ) )
{
  auto *legend = new QgsLayoutItemLegend( &layout );
  legend->setTitle( title );
  legend->setAutoUpdateModel( false );
  legend->setLinkedMap( map );
  QgsLayerTree *root = legend->model()->rootGroup();
  root->clear();
  QgsLayerTreeLayer *node = root->addLayer( layer );
  QgsLegendRenderer::setNodeLegendStyle( node, vkcompat::LegendHidden );
  legend->setSymbolWidth( LEGENDA_SYMBOOL_BREEDTE_MM );
  legend->setSymbolHeight( LEGENDA_SYMBOOL_HOOGTE_MM );
  if ( page.landscape )
    place( layout, pageIndex, legend, MARGE_MM + vlak.width + LEGENDA_NAAST_KAART_MM, KAART_Y_MM );
  else
    place( layout, pageIndex, legend, MARGE_MM, KAART_Y_MM + vlak.height + LEGENDA_ONDER_KAART_MM );
  legend->adjustBoxSize();
}

void addScaleBar( QgsPrintLayout &layout, int pageIndex, QgsLayoutItemMap *map, const KaartVlak &vlak )
{
  auto *scale = new QgsLayoutItemScaleBar( &layout );
  scale->setLinkedMap( map );
  scale->setStyle( QStringLiteral( "Single Box" ) );
  scale->applyDefaultSize( vkcompat::DistanceKilometers );
  scale->setUnitLabel( QStringLiteral( "km" ) );
  place( layout, pageIndex, scale, MARGE_MM, KAART_Y_MM + vlak.height + SCHAALBALK_ONDER_KAART_MM );
}

//! The north arrow in the map's top right corner.
void addNorthArrow( QgsPrintLayout &layout, int pageIndex, const QString &svg, const KaartVlak &vlak )
{
  auto *arrow = new QgsLayoutItemPicture( &layout );
  arrow->setPicturePath( svg );
  place( layout, pageIndex, arrow, MARGE_MM + vlak.width - NOORDPIJL_VAN_RECHTS_MM, NOORDPIJL_Y_MM, NOORDPIJL_MAAT_MM, NOORDPIJL_MAAT_MM );
}

} // namespace

namespace veerkracht {

double KaartPagina::width() const
{
  return landscape ? langeZijde( name ) : korteZijde( name );
}

double KaartPagina::height() const
{
  return landscape ? korteZijde( name ) : langeZijde( name );
}

QgsRectangle kaartExtent( const QgsFeatureList &areas )
{
  QgsRectangle extent;
  for ( const QgsFeature &area : areas )
    extent.combineExtentWith( area.geometry().boundingBox() );
  extent.scale( EXTENT_RUIMTE );
  return extent;
}

void countClassesInLegend( QgsVectorLayer *layer, const QString &classField )
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

void labelBuurten( QgsVectorLayer *layer, const QString &nameField )
{
  QgsPalLayerSettings settings;
  settings.fieldName = nameField;
  QgsTextFormat format;
  format.setSize( BUURTNAAM_PUNTEN );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( BUURTNAAM_HALO_MM );
  format.setBuffer( buffer );
  settings.setFormat( format );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
  layer->setLabelsEnabled( true );
}

void addKaartPaginas( QgsPrintLayout &layout, std::size_t count, const KaartPagina &page )
{
  QgsLayoutPageCollection *collection = layout.pageCollection();
  for ( std::size_t m = 0; m < count; ++m )
  {
    QgsLayoutItemPage *layoutPage = m == 0 ? collection->page( 0 ) : new QgsLayoutItemPage( &layout );
    layoutPage->setPageSize( page.name, page.landscape ? QgsLayoutItemPage::Landscape : QgsLayoutItemPage::Portrait );
    if ( m > 0 )
      collection->addPage( layoutPage );
  }
}

void layoutKaartPagina( QgsPrintLayout &layout, int pageIndex, QgsVectorLayer *layer, const QString &heading, const QgsRectangle &extent,
                        const KaartOpmaak &opmaak )
{
  const KaartPagina &page = opmaak.page;
  const KaartVlak vlak = kaartVlak( page );
  addTextLine( layout, pageIndex, page, heading, KOP_PUNTEN, true, KOP_Y_MM, KOP_HOOGTE_MM );
  addTextLine( layout, pageIndex, page, opmaak.subheading, ONDERKOP_PUNTEN, false, ONDERKOP_Y_MM, ONDERKOP_HOOGTE_MM );
  QgsLayoutItemMap *map = addMap( layout, pageIndex, layer, extent, opmaak, vlak );
  addLegend( layout, pageIndex, layer, map, page, vlak );
  addScaleBar( layout, pageIndex, map, vlak );
  if ( !opmaak.northArrow.isEmpty() )
    addNorthArrow( layout, pageIndex, opmaak.northArrow, vlak );
  addTextLine( layout, pageIndex, page, opmaak.sources, BRON_PUNTEN, false, page.height() - BRON_VAN_ONDER_MM, BRON_HOOGTE_MM );
}

void layoutFilmVel( QgsPrintLayout &layout, QgsVectorLayer *layer, const QList<FilmPaneel> &panelen, const QString &heading, const QgsRectangle &extent,
                    const KaartOpmaak &opmaak )
{
  const KaartPagina &page = opmaak.page;
  addTextLine( layout, 0, page, heading, KOP_PUNTEN, true, KOP_Y_MM, KOP_HOOGTE_MM );
  addTextLine( layout, 0, page, opmaak.subheading, ONDERKOP_PUNTEN, false, ONDERKOP_Y_MM, ONDERKOP_HOOGTE_MM );
  const int count = static_cast<int>( panelen.size() );
  const int columns = count <= 3 ? std::max( count, 1 ) : ( count + 1 ) / 2;
  const int rows = ( count + columns - 1 ) / std::max( columns, 1 );
  const KaartVlak raster { page.width() * FILM_PANELEN_BREEDTE - MARGE_MM, page.height() - KAART_Y_MM - BRON_VAN_ONDER_MM - FILM_PANEEL_TUSSENRUIMTE_MM };
  const double cellWidth = ( raster.width - ( columns - 1 ) * FILM_PANEEL_TUSSENRUIMTE_MM ) / columns;
  const double cellHeight = ( raster.height - ( rows - 1 ) * FILM_PANEEL_TUSSENRUIMTE_MM ) / std::max( rows, 1 );
  QgsLayoutItemMap *first = nullptr;
  for ( int p = 0; p < count; ++p )
  {
    const double x = MARGE_MM + ( p % columns ) * ( cellWidth + FILM_PANEEL_TUSSENRUIMTE_MM );
    const double y = KAART_Y_MM + ( p / columns ) * ( cellHeight + FILM_PANEEL_TUSSENRUIMTE_MM );
    auto *label = new QgsLayoutItemLabel( &layout );
    setLabelText( label, panelen.at( p ).titel, FILM_PANEEL_PUNTEN, true );
    place( layout, 0, label, x, y, cellWidth, FILM_PANEEL_KOP_MM );
    const KaartVlak vlak { cellWidth, cellHeight - FILM_PANEEL_KOP_MM };
    QgsLayoutItemMap *map = addMap( layout, 0, layer, extent, opmaak, vlak );
    map->attemptMove( QgsLayoutPoint( x, y + FILM_PANEEL_KOP_MM, vkcompat::LayoutMillimeters ), true, false, 0 );
    // Each panel shows its period through the layer's temporal properties, as the Temporal Controller does.
    map->setIsTemporal( true );
    map->setTemporalRange( panelen.at( p ).tijd );
    if ( !first )
      first = map;
  }
  if ( first )
    addLegend( layout, 0, layer, first, page, raster, QCoreApplication::translate( "KaartensetAlgorithm", "Legenda" ) );
  addTextLine( layout, 0, page, opmaak.sources, BRON_PUNTEN, false, page.height() - BRON_VAN_ONDER_MM, BRON_HOOGTE_MM );
}

QImage filmBeeld( QgsVectorLayer *layer, const QgsRectangle &extent, const FilmPaneel &paneel, const QList<QPair<QColor, QString>> &legenda,
                  const QString &onderschrift, int width )
{
  const int mapHeight = extent.width() > 0 ? std::clamp( static_cast<int>( std::lround( width * extent.height() / extent.width() ) ), 1, FILM_BEELD_MAX_HOOGTE * width ) : width;
  const int kop = width / FILM_BEELD_KOP_DEEL;
  const int regel = std::max( width / FILM_BEELD_REGEL_DEEL, 10 );
  QImage image( width, kop + mapHeight + 2 * regel, QImage::Format_ARGB32_Premultiplied );
  image.fill( Qt::white );

  QgsMapSettings settings;
  settings.setLayers( { layer } );
  settings.setDestinationCrs( layer->crs() );
  settings.setOutputSize( QSize( width, mapHeight ) );
  settings.setExtent( extent );
  settings.setBackgroundColor( Qt::white );
  settings.setIsTemporal( true );
  settings.setTemporalRange( paneel.tijd );
  QPainter painter( &image );
  painter.translate( 0, kop );
  QgsMapRendererCustomPainterJob job( settings, &painter );
  job.renderSynchronously();
  painter.resetTransform();

  // The period large on top; the legend and the sources at the foot.
  QFont font;
  font.setBold( true );
  font.setPixelSize( kop * 6 / 10 );
  painter.setFont( font );
  painter.setPen( Qt::black );
  painter.drawText( QRect( 0, 0, width, kop ), Qt::AlignCenter, paneel.titel );
  font.setBold( false );
  font.setPixelSize( regel * 6 / 10 );
  painter.setFont( font );
  int x = regel / 2;
  const int legendaY = kop + mapHeight;
  for ( const auto &[colour, label] : legenda )
  {
    painter.fillRect( QRect( x, legendaY + regel / 4, regel, regel / 2 ), colour );
    painter.drawRect( QRect( x, legendaY + regel / 4, regel, regel / 2 ) );
    x += regel + regel / 4;
    const int textWidth = painter.fontMetrics().horizontalAdvance( label );
    painter.drawText( QRect( x, legendaY, textWidth + 1, regel ), Qt::AlignLeft | Qt::AlignVCenter, label );
    x += textWidth + regel / 2;
  }
  // Onvoldoende gegevens as the maps draw it: hatched grey.
  const QRect hatch( x, legendaY + regel / 4, regel, regel / 2 );
  painter.fillRect( hatch, FILM_ONVOLDOENDE_VULLING );
  painter.fillRect( hatch, QBrush( FILM_ONVOLDOENDE_ARCERING, Qt::BDiagPattern ) );
  painter.drawRect( hatch );
  painter.drawText( QRect( x + regel + regel / 4, legendaY, width, regel ), Qt::AlignLeft | Qt::AlignVCenter,
                    QString::fromStdString( labels( Kaart::SignaleringAbsoluut ).at( ONVOLDOENDE_GEGEVENS ) ) );
  painter.drawText( QRect( regel / 2, legendaY + regel, width - regel, regel ), Qt::AlignLeft | Qt::AlignVCenter, onderschrift );
  painter.end();
  return image;
}

} // namespace veerkracht

