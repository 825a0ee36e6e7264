// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/buurtprofielalgorithm.h"
#include "model/numbertext.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "model/statistics.h"
#include "algorithms/strategiealgorithm.h"
#include "support/strategieregels.h"
#include "support/veerkracht_compat.h"
#include "support/veerkracht_version.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsexception.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamWriter>

#include <cmath>
#include <map>
#include <memory>

namespace {

// The three maps on every profile, and the numbers beside the references.
const QStringList sKaarten { QStringLiteral( "07_signaleringskaart_absoluut" ), QStringLiteral( "09_focuskaart" ), QStringLiteral( "10_veerkrachtscore" ) };

struct Getal
{
  QString naam;    //!< Dutch row title
  QString veld;    //!< field in the layer
  int decimalen;
  QString klasse;  //!< the class label field shown beside the value, if any
};

const QList<Getal> &getallen()
{
  static const QList<Getal> rijen {
    { QStringLiteral( "Kwetsbare bewoners (K, nu)" ), QStringLiteral( "k_t1" ), 2, QStringLiteral( "k_label" ) },
    { QStringLiteral( "Overlast en onveiligheid (O, nu)" ), QStringLiteral( "o_t1" ), 2, QStringLiteral( "o_label" ) },
    { QStringLiteral( "Ontwikkeling kwetsbare bewoners (ΔK)" ), QStringLiteral( "delta_k" ), 2, QStringLiteral( "dk_label" ) },
    { QStringLiteral( "Ontwikkeling overlast (ΔO)" ), QStringLiteral( "delta_o" ), 2, QStringLiteral( "do_label" ) },
    { QStringLiteral( "Corporatiebezit (%)" ), QStringLiteral( "corp_aandeel" ), 0, QStringLiteral( "corp_label" ) },
    { QStringLiteral( "Veerkrachtscore" ), QStringLiteral( "score" ), 2, QStringLiteral( "score_label" ) },
  };
  return rijen;
}

std::optional<double> getal( const QgsFeature &f, const QString &veld )
{
  const int i = f.fields().lookupField( veld );
  if ( i < 0 || vkcompat::isNull( f.attribute( i ) ) )
    return std::nullopt;
  bool ok = false;
  const double v = f.attribute( i ).toDouble( &ok );
  if ( ok && !veerkracht::isPlausibleValue( v ) && std::isfinite( v ) )
    throw QgsProcessingException( BuurtprofielAlgorithm::tr( "INPUT: field '%1' of area %2 holds %3; expected a number of at most 10^15 in magnitude (an export or unit fault: correct or empty it)." )
                                  .arg( veld ).arg( f.id() ).arg( v ) );
  return ok && std::isfinite( v ) ? std::optional<double>( v ) : std::nullopt;
}

QString tekst( const QgsFeature &f, const QString &veld )
{
  const int i = f.fields().lookupField( veld );
  return i < 0 || vkcompat::isNull( f.attribute( i ) ) ? QString() : f.attribute( i ).toString();
}

QString opmaak( std::optional<double> v, int decimalen )
{
  static const QLocale nl( QLocale::Dutch, QLocale::Netherlands );
  return v ? nl.toString( *v, 'f', decimalen ) : QStringLiteral( "–" );
}

std::optional<double> mediaan( const std::vector<double> &waarden )
{
  if ( waarden.empty() )
    return std::nullopt;
  return veerkracht::median( waarden );
}

//! One area's content: what the PDF page and the HTML show.
struct Profiel
{
  QString code, naam, gemeente, periode;
  QStringList rijNamen, buurt, gemeenteWaarde, alles, klasseLabels;
  std::array<int, 4> gewichten { 0, 0, 0, 0 };
  QString hoofd, toelichting;
  QStringList kaartTitels, kaartKlassen;
  QList<QImage> kaarten; // locator, then the three maps (for the HTML)
};

QString mapLabel( const QgsFeature &f, const KaartStijl &stijl )
{
  const QString label = tekst( f, QString( stijl.classField ).replace( QStringLiteral( "_klasse" ), QStringLiteral( "_label" ) ) );
  return label.isEmpty() ? QStringLiteral( "–" ) : label;
}

} // namespace

QString BuurtprofielAlgorithm::name() const
{
  return QStringLiteral( "buurtprofiel" );
}

QString BuurtprofielAlgorithm::displayName() const
{
  return tr( "Buurt profiles for the table" );
}

QStringList BuurtprofielAlgorithm::tags() const
{
  return tr( "buurtprofiel,profiel,buurt,pdf,html,afdrukken,gesprek,prestatieafspraken,wijkaanpak" ).split( QLatin1Char( ',' ) );
}

QString BuurtprofielAlgorithm::group() const
{
  return tr( "Veerkrachtkaarten" );
}

QString BuurtprofielAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString BuurtprofielAlgorithm::shortDescription() const
{
  return tr( "One A4 profile per buurt — maps, numbers beside the gemeente, the strategy suggestion and room for what partners see — as PDF and HTML." );
}

QString BuurtprofielAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Writes, for each chosen area of a veerkrachtkaarten layer (the output of 'Resilience maps', optionally with "
             "'Strategy suggestions'), the sheet people put on the table: a locator map in its gemeente; the signal map, the "
             "focus map and the resilience score around the area; its numbers (K and O now, their development, corporation "
             "share, score, and inhabitants when INHABITANTS_FIELD is given) beside the median of its gemeente and of all "
             "areas in the layer, with the period and the sources; the strategy suggestion with its explanation (from the "
             "strat_ fields, or computed with RULES or the default table); and an empty box 'Wat zien wij in de praktijk?' "
             "— the data are the start of a dialogue, not a conclusion.\n\n"
             "AREAS chooses the areas: buurt codes, or wijk (WK…) or gemeente (GM…) codes for all their buurten, "
             "comma-separated; empty: every area of INPUT (tick 'Selected features only' for a selection). OUTPUT_FOLDER "
             "gets buurtprofielen.pdf (one A4 page per area) and an HTML file per area (BU…_buurtprofiel.html, maps "
             "embedded) for sharing without a PDF viewer." ) );
}

BuurtprofielAlgorithm *BuurtprofielAlgorithm::createInstance() const
{
  return new BuurtprofielAlgorithm();
}

void BuurtprofielAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Veerkrachtkaarten layer" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "AREAS" ), tr( "Areas: buurt, wijk or gemeente codes, comma-separated (empty: all)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "PERIOD" ), tr( "Period (e.g. 2021–2023)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CODE_FIELD" ), tr( "Buurt code field (empty: detect)" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NAME_FIELD" ), tr( "Buurt name field (empty: 'naam')" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INHABITANTS_FIELD" ), tr( "Inhabitants field" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "RULES" ), tr( "Strategy rule table, when INPUT has no strat_ fields (empty: the default table)" ), vkcompat::FileBehaviorFile, QString(), QVariant(), true,
                                                tr( "Rule tables (*.csv *.json)" ) ) );
  addParameter( new QgsProcessingParameterFolderDestination( QStringLiteral( "OUTPUT_FOLDER" ), tr( "Output folder" ) ) );
  addOutput( new QgsProcessingOutputFile( QStringLiteral( "PDF" ), tr( "Profiles (PDF)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "PAGES" ), tr( "Profiles written" ) ) );
}

QVariantMap BuurtprofielAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QgsFields fields = source->fields();
  for ( const QString &id : sKaarten )
  {
    if ( fields.lookupField( kaartStijl( id )->classField ) < 0 )
      throw QgsProcessingException( tr( "INPUT has no field %1 (%2); expected the output of 'Resilience maps'." ).arg( kaartStijl( id )->classField, kaartStijl( id )->title ) );
  }
  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( *source );
  if ( fields.lookupField( codeField ) < 0 )
    throw QgsProcessingException( tr( "CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode." ) );
  QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  if ( nameField.isEmpty() )
    nameField = QStringLiteral( "naam" );
  const QString inhabitantsField = parameterAsString( parameters, QStringLiteral( "INHABITANTS_FIELD" ), context );
  const QString period = parameterAsString( parameters, QStringLiteral( "PERIOD" ), context );

  // Every area (for the references and the surroundings), and the chosen ones.
  QStringList wanted;
  for ( const QString &c : veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "AREAS" ), context ).toUpper() ) )
    if ( !c.isEmpty() )
      wanted << QString::fromStdString( veerkracht::normaliseAreaCode( c.toStdString() ).code );
  // Per area (same index as alle) its normalised code and gemeente, read once.
  QgsFeatureList alle;
  QStringList codes;
  QStringList gemeenten;
  QList<int> gekozen;
  QSet<QString> bekend; // every buurt, wijk and gemeente code of INPUT
  std::map<QString, QgsRectangle> gemeenteExtent;
  QgsFeature f;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    const std::string code = veerkracht::normaliseAreaCode( tekst( f, codeField ).toStdString() ).code;
    const QString gm = QString::fromStdString( veerkracht::gemeenteCode( code ) );
    const QString wk = QString::fromStdString( veerkracht::wijkCode( code ) );
    bekend << QString::fromStdString( code ) << gm << wk;
    const bool kies = wanted.isEmpty() || wanted.contains( QString::fromStdString( code ) ) || ( !gm.isEmpty() && wanted.contains( gm ) ) || ( !wk.isEmpty() && wanted.contains( wk ) );
    if ( kies )
      gekozen << alle.size();
    gemeenteExtent[gm].combineExtentWith( f.geometry().boundingBox() );
    codes << QString::fromStdString( code );
    gemeenten << gm;
    alle << f;
  }
  for ( const QString &code : wanted )
  {
    if ( !bekend.contains( code ) )
      feedback->pushWarning( tr( "AREAS: INPUT has no area %1; it is left out." ).arg( code ) );
  }
  if ( gekozen.isEmpty() )
    throw QgsProcessingException( wanted.isEmpty() ? tr( "INPUT has no areas; expected a layer with at least one area." )
                                                   : tr( "AREAS: no area of INPUT has the code %1; expected buurt (BU…), wijk (WK…) or gemeente (GM…) codes of INPUT." ).arg( wanted.join( QStringLiteral( ", " ) ) ) );

  // The strategy: from the layer, or computed here.
  const bool heeftStrategie = fields.lookupField( QStringLiteral( "strat_hoofd" ) ) >= 0;
  std::unique_ptr<StrategieRegels> regels;
  if ( !heeftStrategie )
  {
    const QString path = parameterAsFile( parameters, QStringLiteral( "RULES" ), context );
    regels = std::make_unique<StrategieRegels>( path.isEmpty() ? StrategieRegels::standaard() : StrategieRegels::uitBestand( path, QStringLiteral( "RULES" ) ) );
  }

  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT_FOLDER" ), context );
  if ( !QDir().mkpath( folder ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot create '%1'." ).arg( folder ) );

  // One styled layer per map, with every area.
  QgsProject project;
  const auto makeLayer = [&]( const QString &layerName ) {
    QgsVectorLayer *layer = kaartLaag( fields, source->sourceCrs(), alle, layerName );
    project.addMapLayer( layer, false );
    return layer;
  };
  QList<QgsVectorLayer *> kaartLagen;
  for ( const QString &id : sKaarten )
  {
    QgsVectorLayer *layer = makeLayer( kaartStijl( id )->title );
    applyStyle( layer, *kaartStijl( id ) );
    kaartLagen << layer;
  }
  QgsVectorLayer *ligging = makeLayer( QStringLiteral( "ligging" ) );
  QgsSymbol *grijs = QgsSymbol::defaultSymbol( vkcompat::GeometryPolygon );
  grijs->setColor( QColor( 225, 225, 225 ) );
  if ( auto *fill = dynamic_cast<QgsSimpleFillSymbolLayer *>( grijs->symbolLayer( 0 ) ) )
  {
    fill->setStrokeColor( Qt::white );
    fill->setStrokeWidth( 0.15 );
  }
  ligging->setRenderer( new QgsSingleSymbolRenderer( grijs ) );

  // Renders \a layer around \a extent into \a painter's \a rect, with the area outlined.
  const auto tekenKaart = [&]( QPainter &painter, const QRectF &rect, QgsVectorLayer *layer, const QgsRectangle &extent, const QgsGeometry &area, const QColor &vulling ) {
    QgsMapSettings settings;
    settings.setLayers( { layer } );
    settings.setDestinationCrs( source->sourceCrs() );
    settings.setOutputSize( rect.size().toSize() );
    settings.setOutputDpi( painter.device()->logicalDpiX() );
    settings.setExtent( extent );
    settings.setBackgroundColor( Qt::white );
    painter.save();
    painter.translate( rect.topLeft() );
    painter.setClipRect( QRectF( QPointF( 0, 0 ), rect.size() ) );
    QgsMapRendererCustomPainterJob job( settings, &painter );
    job.renderSynchronously();
    // The area itself: a thick outline (and a fill on the locator map).
    QPolygonF outline;
    const QgsMapToPixel &m2p = settings.mapToPixel();
    for ( const QgsGeometry &part : area.asGeometryCollection() )
    {
      const QgsPolygonXY polygon = part.asPolygon();
      if ( polygon.isEmpty() )
        continue;
      QPolygonF ring;
      for ( const QgsPointXY &p : polygon.first() )
        ring << m2p.transform( p ).toQPointF();
      painter.setPen( QPen( QColor( 20, 20, 20 ), rect.width() / 150.0 ) );
      painter.setBrush( vulling.isValid() ? QBrush( vulling ) : Qt::NoBrush );
      painter.drawPolygon( ring );
    }
    painter.restore();
    painter.setPen( QPen( QColor( 120, 120, 120 ), 1 ) );
    painter.setBrush( Qt::NoBrush );
    painter.drawRect( rect );
  };

  // References: medians per gemeente and over the whole layer.
  std::map<QString, std::map<QString, std::vector<double>>> perGemeente;
  std::map<QString, std::vector<double>> overal;
  QList<Getal> rijen = getallen();
  if ( !inhabitantsField.isEmpty() )
    rijen.prepend( { QStringLiteral( "Inwoners" ), inhabitantsField, 0, QString() } );
  for ( int a = 0; a < alle.size(); ++a )
  {
    const QString &gm = gemeenten.at( a );
    for ( const Getal &g : rijen )
    {
      if ( const std::optional<double> v = getal( alle.at( a ), g.veld ) )
      {
        perGemeente[gm][g.veld].push_back( *v );
        overal[g.veld].push_back( *v );
      }
    }
  }

  const QString bronnen = tr( "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2" ).arg( QStringLiteral( VEERKRACHT_VERSION ), QDate::currentDate().toString( QStringLiteral( "d-M-yyyy" ) ) );
  veerkracht::FolderOutput set( folder, QStringLiteral( "OUTPUT_FOLDER" ) ); // before the writer: it removes the staged PDF after the painter closed it
  const QString pdfPath = set.finalPath( QStringLiteral( "buurtprofielen.pdf" ) );
  QPdfWriter pdf( set.stage( QStringLiteral( "buurtprofielen.pdf" ) ) );
  pdf.setPageSize( QPageSize( QPageSize::A4 ) );
  pdf.setPageMargins( QMarginsF( 0, 0, 0, 0 ) );
  pdf.setResolution( 300 );
  pdf.setTitle( QStringLiteral( "Buurtprofielen" ) );
  pdf.setCreator( QStringLiteral( "Veerkracht %1" ).arg( QStringLiteral( VEERKRACHT_VERSION ) ) );
  QPainter painter;
  if ( !painter.begin( &pdf ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( pdfPath ) );

  int pagina = 0;
  for ( int index : gekozen )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const QgsFeature &area = alle.at( index );
    Profiel p;
    p.code = codes.at( index );
    p.naam = tekst( area, nameField ).isEmpty() ? p.code : tekst( area, nameField );
    p.gemeente = gemeenten.at( index );
    p.periode = period;
    for ( const Getal &g : rijen )
    {
      p.rijNamen << g.naam;
      p.buurt << opmaak( getal( area, g.veld ), g.decimalen );
      p.gemeenteWaarde << opmaak( mediaan( perGemeente[p.gemeente][g.veld] ), g.decimalen );
      p.alles << opmaak( mediaan( overal[g.veld] ), g.decimalen );
      p.klasseLabels << ( g.klasse.isEmpty() ? QString() : tekst( area, g.klasse ) );
    }
    if ( heeftStrategie )
    {
      const QStringList velden { QStringLiteral( "strat_leefomgeving" ), QStringLiteral( "strat_sociale_aanpak" ), QStringLiteral( "strat_woninggebruik" ), QStringLiteral( "strat_woningprogramma" ) };
      for ( int s = 0; s < 4; ++s )
        p.gewichten[static_cast<std::size_t>( s )] = static_cast<int>( getal( area, velden[s] ).value_or( 0 ) );
      p.hoofd = tekst( area, QStringLiteral( "strat_hoofd" ) );
      p.toelichting = tekst( area, QStringLiteral( "strat_toelichting" ) );
    }
    else
    {
      const QMap<QString, QString> velden = StrategieAlgorithm::kenmerkVelden( false );
      const veerkracht::Profiel profiel = StrategieAlgorithm::profiel( [&]( const QString &k ) { return static_cast<int>( getal( area, velden.value( k ) ).value_or( 0 ) ); } );
      if ( const std::optional<StrategieAlgorithm::Suggestie> s = StrategieAlgorithm::suggestie( *regels, profiel ) )
      {
        p.gewichten = s->gewichten;
        p.hoofd = s->hoofd;
        p.toelichting = s->toelichting;
      }
    }

    // The surroundings: the area's box, three times as large; the locator: the whole gemeente.
    QgsRectangle omgeving = area.geometry().boundingBox();
    const double rand = std::max( omgeving.width(), omgeving.height() );
    omgeving = QgsRectangle( omgeving.center().x() - rand * 1.5, omgeving.center().y() - rand * 1.5, omgeving.center().x() + rand * 1.5, omgeving.center().y() + rand * 1.5 );
    QgsRectangle liggingExtent = gemeenteExtent[p.gemeente];
    liggingExtent.scale( 1.05 );

    if ( pagina > 0 )
      pdf.newPage();
    ++pagina;
    // The page, on the PDF and as a PNG beside it.
    const auto tekenPagina = [&]( QPainter &painter, double mm ) {
      const auto lettertype = [&]( double punten, bool vet ) {
        QFont font( QStringLiteral( "DejaVu Sans" ) );
        font.setPointSizeF( punten );
        font.setBold( vet );
        painter.setFont( font );
      };
      const auto schrijf = [&]( double x, double y, double w, double h, const QString &t, int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap ) {
        painter.setPen( QColor( 30, 30, 30 ) );
        painter.drawText( QRectF( x * mm, y * mm, w * mm, h * mm ), flags, t );
      };
      p.kaartTitels.clear();
      p.kaartKlassen.clear();
      lettertype( 17, true );
      schrijf( 12, 10, 186, 9, QStringLiteral( "Buurtprofiel %1" ).arg( p.naam ) );
      lettertype( 9.5, false );
      schrijf( 12, 19, 186, 6, QStringLiteral( "%1 · %2%3" ).arg( p.code, p.gemeente.isEmpty() ? QString() : QStringLiteral( "gemeente %1" ).arg( p.gemeente ),
                                                                  period.isEmpty() ? QString() : QStringLiteral( " · periode %1" ).arg( period ) ) );

      // Locator and numbers.
      tekenKaart( painter, QRectF( 12 * mm, 28 * mm, 56 * mm, 50 * mm ), ligging, liggingExtent, area.geometry(), QColor( 213, 94, 0 ) );
      lettertype( 7.5, false );
      schrijf( 12, 79, 56, 5, QStringLiteral( "Ligging in de gemeente" ) );
      lettertype( 8, true );
      const double tx = 74, kol1 = 62, kolw = 22;
      schrijf( tx + kol1, 28, kolw, 5, QStringLiteral( "Buurt" ), Qt::AlignRight | Qt::AlignTop );
      schrijf( tx + kol1 + kolw, 28, kolw, 5, QStringLiteral( "Gemeente" ), Qt::AlignRight | Qt::AlignTop );
      schrijf( tx + kol1 + 2 * kolw, 28, kolw, 5, QStringLiteral( "Alle buurten" ), Qt::AlignRight | Qt::AlignTop );
      for ( int r = 0; r < p.rijNamen.size(); ++r )
      {
        const double y = 34 + r * 6.4;
        lettertype( 8, false );
        schrijf( tx, y, kol1, 6, p.rijNamen[r] );
        lettertype( 8, true );
        schrijf( tx + kol1, y, kolw, 6, p.buurt[r], Qt::AlignRight | Qt::AlignTop );
        lettertype( 8, false );
        schrijf( tx + kol1 + kolw, y, kolw, 6, p.gemeenteWaarde[r], Qt::AlignRight | Qt::AlignTop );
        schrijf( tx + kol1 + 2 * kolw, y, kolw, 6, p.alles[r], Qt::AlignRight | Qt::AlignTop );
        if ( !p.klasseLabels[r].isEmpty() )
        {
          lettertype( 6.5, false );
          schrijf( tx + 4, y + 3.2, kol1, 4, p.klasseLabels[r] );
        }
      }
      lettertype( 6.5, false );
      schrijf( tx, 34 + p.rijNamen.size() * 6.4 + 1, 124, 8, QStringLiteral( "Gemeente en alle buurten: de mediaan over de buurten van de gemeente en van de hele laag. K en O zijn gestandaardiseerde indices (0 = de gemiddelde buurt op het eerste moment); hoger is kwetsbaarder of meer overlast." ) );

      // The three maps around the area.
      for ( int k = 0; k < sKaarten.size(); ++k )
      {
        const KaartStijl &stijl = *kaartStijl( sKaarten[k] );
        const double x = 12 + k * 64;
        lettertype( 9, true );
        schrijf( x, 92, 58, 5, stijl.title );
        tekenKaart( painter, QRectF( x * mm, 98 * mm, 58 * mm, 58 * mm ), kaartLagen[k], omgeving, area.geometry(), QColor() );
        lettertype( 7.5, false );
        schrijf( x, 157, 58, 8, QStringLiteral( "Deze buurt: %1" ).arg( mapLabel( area, stijl ) ) );
        p.kaartTitels << stijl.title;
        p.kaartKlassen << mapLabel( area, stijl );
      }

      // The strategy suggestion.
      painter.setPen( QPen( QColor( 27, 79, 114 ), 0.4 * mm ) );
      painter.setBrush( QColor( 240, 245, 250 ) );
      painter.drawRect( QRectF( 12 * mm, 168 * mm, 186 * mm, 44 * mm ) );
      lettertype( 10, true );
      schrijf( 15, 170, 180, 6, QStringLiteral( "Suggestie voor het gesprek: %1" ).arg( p.hoofd.isEmpty() ? QStringLiteral( "geen" ) : p.hoofd ) );
      for ( int s = 0; s < 4; ++s )
      {
        const double y = 178 + s * 6;
        lettertype( 8.5, false );
        schrijf( 15, y, 45, 6, QString::fromStdString( veerkracht::strategieNamen()[static_cast<std::size_t>( s )] ) );
        for ( int b = 0; b < 2; ++b )
        {
          painter.setPen( QPen( QColor( 27, 79, 114 ), 0.25 * mm ) );
          painter.setBrush( b < p.gewichten[static_cast<std::size_t>( s )] ? QColor( 27, 79, 114 ) : QColor( Qt::white ) );
          painter.drawEllipse( QRectF( ( 60 + b * 5 ) * mm, ( y + 0.8 ) * mm, 3.4 * mm, 3.4 * mm ) );
        }
      }
      lettertype( 8.5, false );
      schrijf( 78, 178, 116, 32, p.toelichting );

      // Room for what partners see.
      painter.setPen( QPen( QColor( 60, 60, 60 ), 0.3 * mm ) );
      painter.setBrush( Qt::NoBrush );
      painter.drawRect( QRectF( 12 * mm, 218 * mm, 186 * mm, 60 * mm ) );
      lettertype( 10, true );
      schrijf( 15, 220, 180, 6, QStringLiteral( "Wat zien wij in de praktijk?" ) );
      painter.setPen( QPen( QColor( 200, 200, 200 ), 0.2 * mm ) );
      for ( int l = 0; l < 7; ++l )
        painter.drawLine( QPointF( 15 * mm, ( 236 + l * 6 ) * mm ), QPointF( 195 * mm, ( 236 + l * 6 ) * mm ) );

      lettertype( 6.5, false );
      schrijf( 12, 281, 186, 4, bronnen );
      schrijf( 12, 285, 186, 4, QStringLiteral( "De gegevens zijn het begin van een gesprek, geen conclusie." ) );
    };
    tekenPagina( painter, 300 / 25.4 );
    QImage pagePng( 1240, 1754, QImage::Format_ARGB32_Premultiplied ); // A4 at 150 dpi
    pagePng.setDotsPerMeterX( 5906 );
    pagePng.setDotsPerMeterY( 5906 );
    pagePng.fill( Qt::white );
    {
      QPainter pp( &pagePng );
      pp.setRenderHint( QPainter::Antialiasing );
      tekenPagina( pp, 150 / 25.4 );
    }
    const QString pngName = QStringLiteral( "%1_buurtprofiel.png" ).arg( p.code );
    if ( !pagePng.save( set.stage( pngName ) ) )
      throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( set.finalPath( pngName ) ) );

    // The same as HTML, maps embedded as PNG.
    QImage locator( 480, 430, QImage::Format_ARGB32_Premultiplied );
    locator.fill( Qt::white );
    {
      QPainter ip( &locator );
      tekenKaart( ip, QRectF( 0, 0, 479, 429 ), ligging, liggingExtent, area.geometry(), QColor( 213, 94, 0 ) );
    }
    p.kaarten << locator;
    for ( int k = 0; k < sKaarten.size(); ++k )
    {
      QImage image( 480, 480, QImage::Format_ARGB32_Premultiplied );
      image.fill( Qt::white );
      QPainter ip( &image );
      tekenKaart( ip, QRectF( 0, 0, 479, 479 ), kaartLagen[k], omgeving, area.geometry(), QColor() );
      ip.end();
      p.kaarten << image;
    }
    const QString htmlName = QStringLiteral( "%1_buurtprofiel.html" ).arg( p.code );
    QByteArray html; // written whole when complete: a write error fails the run
    const auto png = []( const QImage &image ) {
      QByteArray bytes;
      QBuffer buffer( &bytes );
      buffer.open( QIODevice::WriteOnly );
      image.save( &buffer, "PNG" );
      return QStringLiteral( "data:image/png;base64," ) + QString::fromLatin1( bytes.toBase64() );
    };
    QXmlStreamWriter x( &html );
    x.setAutoFormatting( true );
    x.writeDTD( QStringLiteral( "<!DOCTYPE html>" ) );
    x.writeStartElement( QStringLiteral( "html" ) );
    x.writeAttribute( QStringLiteral( "xmlns" ), QStringLiteral( "http://www.w3.org/1999/xhtml" ) );
    x.writeAttribute( QStringLiteral( "lang" ), QStringLiteral( "nl" ) );
    x.writeStartElement( QStringLiteral( "head" ) );
    x.writeEmptyElement( QStringLiteral( "meta" ) );
    x.writeAttribute( QStringLiteral( "charset" ), QStringLiteral( "utf-8" ) );
    x.writeTextElement( QStringLiteral( "title" ), QStringLiteral( "Buurtprofiel %1" ).arg( p.naam ) );
    x.writeTextElement( QStringLiteral( "style" ), QStringLiteral( "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:52em;margin:1.5em auto;padding:0 1em;color:#222}"
                                                                  "table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd}td.n{text-align:right}"
                                                                  ".kaarten{display:flex;gap:1em;flex-wrap:wrap}.kaarten figure{margin:0}.kaarten img{width:15em;border:1px solid #999}"
                                                                  ".strategie{background:#f0f5fa;border:2px solid #1b4f72;padding:.5em 1em}.praktijk{border:1px solid #444;min-height:10em;padding:.5em 1em}"
                                                                  "small{color:#555}" ) );
    x.writeEndElement(); // head
    x.writeStartElement( QStringLiteral( "body" ) );
    x.writeTextElement( QStringLiteral( "h1" ), QStringLiteral( "Buurtprofiel %1" ).arg( p.naam ) );
    x.writeStartElement( QStringLiteral( "p" ) );
    x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "code" ) );
    x.writeCharacters( QStringLiteral( "%1 · %2%3" ).arg( p.code, p.gemeente.isEmpty() ? QString() : QStringLiteral( "gemeente %1" ).arg( p.gemeente ), period.isEmpty() ? QString() : QStringLiteral( " · periode %1" ).arg( period ) ) );
    x.writeEndElement();
    x.writeStartElement( QStringLiteral( "div" ) );
    x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "kaarten" ) );
    const QStringList bijschriften = QStringList { QStringLiteral( "Ligging in de gemeente" ) } + p.kaartTitels;
    for ( int k = 0; k < p.kaarten.size(); ++k )
    {
      x.writeStartElement( QStringLiteral( "figure" ) );
      x.writeEmptyElement( QStringLiteral( "img" ) );
      x.writeAttribute( QStringLiteral( "src" ), png( p.kaarten[k] ) );
      x.writeAttribute( QStringLiteral( "alt" ), bijschriften[k] );
      x.writeTextElement( QStringLiteral( "figcaption" ), k == 0 ? bijschriften[k] : QStringLiteral( "%1 — deze buurt: %2" ).arg( bijschriften[k], p.kaartKlassen[k - 1] ) );
      x.writeEndElement();
    }
    x.writeEndElement(); // div
    x.writeStartElement( QStringLiteral( "table" ) );
    x.writeStartElement( QStringLiteral( "tr" ) );
    for ( const QString &kop : { QString(), QStringLiteral( "Buurt" ), QStringLiteral( "Gemeente" ), QStringLiteral( "Alle buurten" ) } )
      x.writeTextElement( QStringLiteral( "th" ), kop );
    x.writeEndElement();
    for ( int r = 0; r < p.rijNamen.size(); ++r )
    {
      x.writeStartElement( QStringLiteral( "tr" ) );
      x.writeTextElement( QStringLiteral( "td" ), p.klasseLabels[r].isEmpty() ? p.rijNamen[r] : QStringLiteral( "%1 (%2)" ).arg( p.rijNamen[r], p.klasseLabels[r] ) );
      for ( const QString &waarde : { p.buurt[r], p.gemeenteWaarde[r], p.alles[r] } )
      {
        x.writeStartElement( QStringLiteral( "td" ) );
        x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "n" ) );
        x.writeCharacters( waarde );
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeEndElement(); // table
    x.writeStartElement( QStringLiteral( "div" ) );
    x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "strategie" ) );
    x.writeTextElement( QStringLiteral( "h2" ), QStringLiteral( "Suggestie voor het gesprek: %1" ).arg( p.hoofd.isEmpty() ? QStringLiteral( "geen" ) : p.hoofd ) );
    x.writeStartElement( QStringLiteral( "ul" ) );
    for ( int s = 0; s < 4; ++s )
      x.writeTextElement( QStringLiteral( "li" ), QStringLiteral( "%1: %2" ).arg( QString::fromStdString( veerkracht::strategieNamen()[static_cast<std::size_t>( s )] ) ).arg( p.gewichten[static_cast<std::size_t>( s )] ) );
    x.writeEndElement();
    x.writeTextElement( QStringLiteral( "p" ), p.toelichting );
    x.writeEndElement(); // div
    x.writeStartElement( QStringLiteral( "div" ) );
    x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "praktijk" ) );
    x.writeTextElement( QStringLiteral( "h2" ), QStringLiteral( "Wat zien wij in de praktijk?" ) );
    x.writeEndElement();
    x.writeStartElement( QStringLiteral( "p" ) );
    x.writeTextElement( QStringLiteral( "small" ), bronnen + QStringLiteral( ". " ) + QStringLiteral( "De gegevens zijn het begin van een gesprek, geen conclusie." ) );
    x.writeEndElement();
    x.writeEndElement(); // body
    x.writeEndElement(); // html
    QString error;
    if ( x.hasError() || !veerkracht::writeWholeFile( set.stage( htmlName ), html, error ) )
      throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( set.finalPath( htmlName ), error ) );
    feedback->setProgress( 100.0 * pagina / gekozen.size() );
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( !painter.end() )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( pdfPath ) );
  set.commit( id() );
  feedback->pushInfo( tr( "%n profile(s) in %1, and one HTML file per area beside it.", nullptr, static_cast<int>( pagina ) ).arg( pdfPath ) );
  return { { QStringLiteral( "OUTPUT_FOLDER" ), folder }, { QStringLiteral( "PDF" ), pdfPath }, { QStringLiteral( "PAGES" ), pagina } };
}
