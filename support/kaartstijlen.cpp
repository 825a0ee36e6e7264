// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/kaartstijlen.h"
#include "support/veerkracht_compat.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "support/postgis.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsmaplayerstyle.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsprocessingfeedback.h>
#include <qgsproviderregistry.h>
#include <qgsunittypes.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>

namespace {

//! Whether the GeoPackage has a layer_styles table with a row in it.
bool hasStyleTable( const QString &file )
{
  GDALDatasetH dataset = GDALOpenEx( file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  if ( !dataset )
    return false;
  OGRLayerH styles = GDALDatasetGetLayerByName( dataset, "layer_styles" );
  const bool has = styles && OGR_L_GetFeatureCount( styles, TRUE ) > 0;
  GDALClose( dataset );
  return has;
}

QList<QColor> colours( std::initializer_list<const char *> names )
{
  QList<QColor> list;
  for ( const char *name : names )
    list << QColor( QString::fromLatin1( name ) );
  return list;
}

// Thin white buurt borders on every class.
QgsFillSymbol *classSymbol( const QColor &colour )
{
  return vkcompat::simpleFillSymbol( { { QStringLiteral( "color" ), colour.name() }, { QStringLiteral( "style" ), QStringLiteral( "solid" ) },
    { QStringLiteral( "outline_color" ), QStringLiteral( "#ffffff" ) }, { QStringLiteral( "outline_width" ), QStringLiteral( "0.2" ) },
    { QStringLiteral( "outline_width_unit" ), QStringLiteral( "MM" ) } } ).release(); // the renderer category takes ownership
}

// "Onvoldoende gegevens": a light neutral grey with a darker grey hatch, readable in print and in grey scale.
QgsFillSymbol *insufficientSymbol()
{
  QgsFillSymbol *symbol = classSymbol( QColor( QString::fromLatin1( onvoldoendeKleur ) ) );
  auto *hatch = new QgsLinePatternFillSymbolLayer();
  hatch->setLineAngle( 45 );
  hatch->setDistance( 1.2 );
  hatch->setDistanceUnit( vkcompat::RenderMillimeters );
  hatch->setLineWidth( 0.15 );
  hatch->setLineWidthUnit( vkcompat::RenderMillimeters );
  hatch->setColor( QColor( QString::fromLatin1( onvoldoendeArcering ) ) );
  symbol->appendSymbolLayer( hatch );
  auto *border = new QgsSimpleFillSymbolLayer( Qt::transparent, Qt::NoBrush, QColor( QStringLiteral( "#ffffff" ) ), Qt::SolidLine, 0.2 );
  border->setStrokeWidthUnit( vkcompat::RenderMillimeters );
  symbol->appendSymbolLayer( border );
  return symbol;
}

} // namespace

QString KaartStijl::resourcePath() const
{
  return QStringLiteral( ":/veerkracht/styles/%1.qml" ).arg( id );
}

std::unique_ptr<QgsCategorizedSymbolRenderer> KaartStijl::createRenderer() const
{
  const std::vector<std::string> &names = veerkracht::labels( kaart );
  QgsCategoryList categories;
  for ( int c = 1; c < static_cast<int>( names.size() ); ++c )
    categories << QgsRendererCategory( c, classSymbol( colours.value( c - 1 ) ), QString::fromStdString( names[static_cast<std::size_t>( c )] ) );
  categories << QgsRendererCategory( veerkracht::ONVOLDOENDE_GEGEVENS, insufficientSymbol(), QString::fromStdString( names[0] ) );
  return std::make_unique<QgsCategorizedSymbolRenderer>( classField, categories );
}

const std::vector<KaartStijl> &kaartStijlen()
{
  using veerkracht::Kaart;
  // ColorBrewer (sequential, diverging) and Okabe–Ito (categorical): readable with colour-blindness.
  static const QList<QColor> diverging = colours( { "#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020" } ); // afname good, toename bad
  static const QList<QColor> nuisance = colours( { "#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043" } );
  static const std::vector<KaartStijl> styles {
    { QStringLiteral( "01_corporatiebezit" ), QStringLiteral( "corp_klasse" ), QStringLiteral( "Corporatiebezit" ), Kaart::Corporatiebezit,
      colours( { "#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f" } ) },
    { QStringLiteral( "02_kwetsbare_bewoners" ), QStringLiteral( "k_klasse" ), QStringLiteral( "Kwetsbare bewoners" ), Kaart::KwetsbareBewoners,
      colours( { "#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603" } ) },
    { QStringLiteral( "03_ontwikkeling_kwetsbare_bewoners" ), QStringLiteral( "dk_klasse" ), QStringLiteral( "Ontwikkeling kwetsbare bewoners" ), Kaart::OntwikkelingKwetsbaar, diverging },
    { QStringLiteral( "04_overlast_en_onveiligheid" ), QStringLiteral( "o_klasse" ), QStringLiteral( "Overlast en onveiligheid" ), Kaart::Overlast, nuisance },
    { QStringLiteral( "05_ontwikkeling_overlast_en_onveiligheid" ), QStringLiteral( "do_klasse" ), QStringLiteral( "Ontwikkeling overlast en onveiligheid" ), Kaart::OntwikkelingOverlast, diverging },
    { QStringLiteral( "06_ervaren_overlast" ), QStringLiteral( "e_klasse" ), QStringLiteral( "Ervaren overlast" ), Kaart::Overlast, nuisance },
    { QStringLiteral( "06b_ontwikkeling_ervaren_overlast" ), QStringLiteral( "de_klasse" ), QStringLiteral( "Ontwikkeling ervaren overlast" ), Kaart::OntwikkelingOverlast, diverging },
    { QStringLiteral( "07_signaleringskaart_absoluut" ), QStringLiteral( "sign_abs_klasse" ), QStringLiteral( "Signaleringskaart (absoluut)" ), Kaart::SignaleringAbsoluut,
      colours( { "#d55e00", "#009e73", "#e69f00", "#56b4e9" } ) },
    { QStringLiteral( "08_signaleringskaart_relatief" ), QStringLiteral( "sign_rel_klasse" ), QStringLiteral( "Signaleringskaart (relatief)" ), Kaart::SignaleringRelatief,
      colours( { "#d55e00", "#009e73", "#e69f00", "#56b4e9" } ) },
    { QStringLiteral( "09_focuskaart" ), QStringLiteral( "focus_klasse" ), QStringLiteral( "Focuskaart" ), Kaart::Focus,
      colours( { "#d55e00", "#cc79a7", "#e69f00", "#f7f7f7" } ) },
    { QStringLiteral( "10_veerkrachtscore" ), QStringLiteral( "score_klasse" ), QStringLiteral( "Veerkrachtscore" ), Kaart::Veerkrachtscore,
      colours( { "#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6" } ) },
    { QStringLiteral( "11_clusters" ), QStringLiteral( "cluster_klasse" ), QStringLiteral( "Clusters (Local Moran's I)" ), Kaart::Clusters,
      colours( { "#d7191c", "#2c7bb6", "#fdae61", "#abd9e9", "#f7f7f7", "#cccccc" } ) },
    // Pressure from dark to light, recovery and resilience in green and blues, mixed in yellow.
    { QStringLiteral( "12_traject" ), QStringLiteral( "traject_klasse" ), QStringLiteral( "Traject (de film)" ), Kaart::Traject,
      colours( { "#a50f15", "#d55e00", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#0072b2", "#f0e442" } ) },
  };
  return styles;
}

const KaartStijl *kaartStijl( const QString &id )
{
  for ( const KaartStijl &style : kaartStijlen() )
    if ( style.id == id )
      return &style;
  return nullptr;
}

bool writeStyleFile( const KaartStijl &style, const QString &path )
{
  QgsVectorLayer layer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=%1:integer" ).arg( style.classField ), style.id, QStringLiteral( "memory" ) );
  layer.setRenderer( style.createRenderer().release() );
  bool ok = false;
  layer.saveNamedStyle( path, ok, QgsMapLayer::Symbology );
  return ok;
}

QString applyStyle( QgsVectorLayer *layer, const KaartStijl &style, const QString &classField )
{
  // Not loadNamedStyle(): for a GeoPackage layer that loads the style stored in the file, not ours.
  QFile file( style.resourcePath() );
  QDomDocument document;
  if ( !file.open( QIODevice::ReadOnly ) || !document.setContent( &file ) )
    return QStringLiteral( "cannot read %1" ).arg( style.resourcePath() );
  QString message;
  if ( !layer->importNamedStyle( document, message, QgsMapLayer::Symbology ) )
    return message.isEmpty() ? QStringLiteral( "cannot apply %1" ).arg( style.resourcePath() ) : message;
  if ( !classField.isEmpty() && classField != style.classField )
  {
    if ( auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( layer->renderer() ) )
      renderer->setClassAttribute( classField );
  }
  layer->triggerRepaint();
  return QString();
}

namespace {

QString layerFile( const QString &source )
{
  QString path = source;
  if ( path.startsWith( QLatin1String( "ogr:" ) ) )
    path = path.mid( 4 );
  return path.section( QLatin1Char( '|' ), 0, 0 );
}

bool isGeoPackage( const QString &file )
{
  return file.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive );
}

} // namespace

QString saveAsDefaultStyle( QgsVectorLayer *layer, const QString &name, const QString &description, bool asDefault, bool withTemporal )
{
  // A PostgreSQL table keeps its styles in the database's layer_styles, as a GeoPackage does.
  const bool postgres = layer->providerType() == QLatin1String( "postgres" );
  const QString file = postgres ? QString() : layerFile( layer->source() );
  if ( !postgres && !QFileInfo( file ).isFile() )
    return QCoreApplication::translate( "KaartStijl", "the layer is not stored in a file" );
  if ( !postgres && !isGeoPackage( file ) )
  {
    if ( !asDefault )
      return QString();
    bool ok = false;
    const QFileInfo info( file );
    const QString message = layer->saveNamedStyle( info.dir().filePath( info.completeBaseName() + QStringLiteral( ".qml" ) ), ok,
                                                  withTemporal ? QgsMapLayer::StyleCategories( QgsMapLayer::Symbology | QgsMapLayer::Temporal ) : QgsMapLayer::Symbology );
    return ok ? QString() : message;
  }
  // Saving over a style of the same name makes QGIS 3.22 ask in a dialog (which never returns
  // without a desktop): delete the earlier one first.
  QStringList ids, names, descriptions;
  QString message;
  // Only when the file has styles: QGIS logs "No styles available on DB" for every look into one without.
  const int related = postgres || hasStyleTable( file ) ? layer->listStylesInDatabase( ids, names, descriptions, message ) : 0;
  for ( int i = 0; i < related && i < ids.size(); ++i )
  {
    QString error;
    if ( names.at( i ) == name && !QgsProviderRegistry::instance()->deleteStyleById( layer->providerType(), layer->source(), ids.at( i ), error ) )
      return error;
  }
  message.clear();
  vkcompat::saveStyleToDatabase( layer, name, description, asDefault, message );
  return message;
}

QStringList storeStyles( const QString &destination, const QStringList &styleIds, QgsProcessingFeedback *feedback,
                         const std::function<void( QgsVectorLayer & )> &aanvulling )
{
  QStringList stored;
  const bool postgres = veerkracht::isPostgresText( destination );
  const QString file = postgres ? QString() : layerFile( destination );
  if ( !postgres && !QFileInfo( file ).isFile() )
    return stored; // a memory layer: the desktop's post-processor styles it
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  const veerkracht::PostgresTabel tabel = postgres ? veerkracht::postgresTabel( QStringLiteral( "OUTPUT" ), destination ) : veerkracht::PostgresTabel();
  const QString where = postgres ? tabel.uri.uri( false ) : destination.startsWith( QLatin1String( "ogr:" ) ) ? destination.mid( 4 ) : destination;
  QgsVectorLayer layer( where, QStringLiteral( "veerkracht" ), postgres ? QStringLiteral( "postgres" ) : QStringLiteral( "ogr" ), options );
  if ( !layer.isValid() )
  {
    if ( postgres )
      feedback->pushWarning( QCoreApplication::translate( "KaartStijl", "The styles could not be stored: the table %1 cannot be opened." ).arg( veerkracht::redactPasswords( where ) ) );
    return stored;
  }
  const QString shownAs = postgres ? tabel.sqlName() : file;
  for ( const QString &id : styleIds )
  {
    const KaartStijl *style = kaartStijl( id );
    if ( !style || layer.fields().lookupField( style->classField ) < 0 )
      continue;
    QString error = applyStyle( &layer, *style );
    if ( error.isEmpty() && aanvulling )
      aanvulling( layer );
    if ( error.isEmpty() && ( stored.isEmpty() || postgres || isGeoPackage( file ) ) )
      error = saveAsDefaultStyle( &layer, style->title, QStringLiteral( "Veerkracht: %1 (%2)" ).arg( style->title, style->classField ), stored.isEmpty(),
                                  static_cast<bool>( aanvulling ) );
    if ( !error.isEmpty() )
    {
      feedback->pushWarning( QCoreApplication::translate( "KaartStijl", "Style %1 could not be stored in %2: %3" ).arg( id, shownAs, veerkracht::redactPasswords( error ) ) );
      continue;
    }
    stored << id;
  }
  if ( !stored.isEmpty() )
    feedback->pushInfo( QCoreApplication::translate( "KaartStijl", "Styles in %1: %2 (default: %3)." ).arg( shownAs, stored.join( QStringLiteral( ", " ) ), stored.first() ) );
  return stored;
}

const KaartStijl *kaartStijlByTitle( const QString &title )
{
  for ( const KaartStijl &style : kaartStijlen() )
    if ( style.title == title )
      return &style;
  return nullptr;
}

QString kaartGebied( const QgsVectorLayer &layer )
{
  const int nameIndex = layer.fields().lookupField( QStringLiteral( "gm_naam" ) );
  const QString codeField = JoinTable::detectCodeField( layer );
  const int codeIndex = codeField.isEmpty() ? -1 : layer.fields().lookupField( codeField );
  QSet<QString> names, codes;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ) );
  while ( it.nextFeature( feature ) ) // every area: the count of gemeenten needs them all
  {
    if ( nameIndex >= 0 && !vkcompat::isNull( feature.attribute( nameIndex ) ) && !feature.attribute( nameIndex ).toString().trimmed().isEmpty() )
      names.insert( feature.attribute( nameIndex ).toString().trimmed() );
    if ( codeIndex >= 0 )
    {
      const std::string code = veerkracht::gemeenteCode( veerkracht::normaliseAreaCode( feature.attribute( codeIndex ).toString().toStdString() ).code );
      if ( !code.empty() )
        codes.insert( QString::fromStdString( code ) );
    }
  }
  if ( names.size() == 1 )
    return *names.constBegin();
  if ( codes.size() == 1 )
    return *codes.constBegin();
  if ( codes.size() > 1 )
    return QCoreApplication::translate( "KaartStijl", "%1 gemeenten" ).arg( codes.size() );
  return QString();
}

QString kaartLaagNaam( const QString &area, const KaartStijl &style )
{
  return area.isEmpty() ? style.title : QStringLiteral( "%1 – %2" ).arg( area, style.title );
}

int addMapStyles( QgsVectorLayer *layer, const QString &shownId )
{
  if ( std::none_of( kaartStijlen().begin(), kaartStijlen().end(), [layer]( const KaartStijl &style ) { return layer->fields().lookupField( style.classField ) >= 0; } ) )
    return 0;
  // First, since every captured style carries the layer's custom properties.
  const QString area = layer->customProperty( QString::fromLatin1( kaartGebiedProperty ) ).isValid()
                         ? layer->customProperty( QString::fromLatin1( kaartGebiedProperty ) ).toString()
                         : kaartGebied( *layer );
  layer->setCustomProperty( QString::fromLatin1( kaartGebiedProperty ), area );
  std::vector<std::pair<const KaartStijl *, QgsMapLayerStyle>> styles;
  const KaartStijl *shown = nullptr;
  for ( const KaartStijl &style : kaartStijlen() )
  {
    if ( layer->fields().lookupField( style.classField ) < 0 || !applyStyle( layer, style ).isEmpty() )
      continue;
    QgsMapLayerStyle captured;
    captured.readFromLayer( layer );
    styles.emplace_back( &style, captured );
    if ( !shown || style.id == shownId )
      shown = &style;
  }
  if ( !shown )
    return 0;
  QgsMapLayerStyleManager *manager = layer->styleManager();
  // The live style becomes the shown map; the others are one click away.
  applyStyle( layer, *shown );
  if ( manager->styles().contains( shown->title ) && manager->currentStyle() != shown->title )
    manager->removeStyle( shown->title );
  manager->renameStyle( manager->currentStyle(), shown->title );
  for ( const auto &[style, captured] : styles )
  {
    if ( style == shown )
      continue;
    if ( manager->styles().contains( style->title ) )
      manager->removeStyle( style->title ); // an earlier run's, replaced
    manager->addStyle( style->title, captured );
  }
  layer->setName( kaartLaagNaam( area, *shown ) );
  return static_cast<int>( styles.size() );
}

QgsVectorLayer *kaartLaag( const QgsFields &fields, const QgsCoordinateReferenceSystem &crs, const QList<QgsFeature> &features, const QString &name )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=%1" ).arg( crs.authid() ), name, QStringLiteral( "memory" ) );
  layer->dataProvider()->addAttributes( fields.toList() );
  layer->updateFields();
  QgsFeatureList copies;
  copies.reserve( features.size() );
  for ( const QgsFeature &feature : features )
  {
    QgsFeature copy( layer->fields() );
    copy.setGeometry( feature.geometry() );
    copy.setAttributes( feature.attributes() );
    copies << copy;
  }
  layer->dataProvider()->addFeatures( copies );
  layer->updateExtents();
  return layer;
}
