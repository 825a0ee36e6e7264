// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/profielpagina.h"
#include "model/strategie.h"
#include "support/kaartstijlen.h"
#include "support/veerkracht_compat.h"
#include "support/veerkracht_version.h"

#include <qgsfillsymbollayer.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QPainter>
#include <QPdfWriter>

#include <QLocale>
#include <QPolygonF>

#include <algorithm>
#include <limits>
#include <set>

namespace {

// The page in millimetres from the top left corner of the A4 sheet (210 × 297 mm); font sizes in points.
constexpr double mmPerInch = 25.4;
constexpr int pdfDpi = 300;

//! The page as PNG: A4 at 150 dpi.
namespace pngBlad
{
  constexpr int dpi = 150;
  constexpr int breedte = 1240, hoogte = 1754;
  constexpr int puntenPerMeter = 5906;
} // namespace pngBlad

//! The maps as images in the HTML, in pixels.
namespace htmlBeeld
{
  constexpr int kaartMaat = 480;
  constexpr int liggingHoogte = 430;
} // namespace htmlBeeld

//! The column everything starts at, and the width of the title, the boxes and the foot.
namespace blad
{
  constexpr double links = 12;
  constexpr double breedte = 186;
} // namespace blad

namespace kop
{
  constexpr double titelY = 10, titelHoogte = 9, titelPunten = 17;
  constexpr double ondertitelY = 19, ondertitelHoogte = 6, ondertitelPunten = 9.5;
} // namespace kop

//! The locator, top left, with its caption.
namespace liggingskaart
{
  constexpr double y = 28, breedte = 56, hoogte = 50;
  constexpr double bijschriftY = 79, bijschriftHoogte = 5, bijschriftPunten = 7.5;
} // namespace liggingskaart

//! The numbers beside the locator: a name column and three number columns (buurt, gemeente, all).
namespace tabel
{
  constexpr double x = 74, naamBreedte = 62, getalBreedte = 22;
  constexpr double kopY = 28, kopHoogte = 5;
  constexpr double rijenY = 34, rijStap = 6.4, rijHoogte = 6, punten = 8;
  constexpr double labelInspringing = 4, labelOmlaag = 3.2, labelHoogte = 4;
  constexpr double voetnootOmlaag = 1, voetnootBreedte = 124, voetnootHoogte = 8;
  constexpr double kleinePunten = 6.5; //!< the class labels and the footnote
} // namespace tabel

//! The three maps around the area, side by side.
namespace kaartrij
{
  constexpr double stap = 64, maat = 58;
  constexpr double titelY = 92, titelHoogte = 5, titelPunten = 9;
  constexpr double y = 98;
  constexpr double labelY = 157, labelHoogte = 8, labelPunten = 7.5;
} // namespace kaartrij

//! Inside the strategy box and the box for what partners see: the heading.
namespace kader
{
  constexpr double tekstX = 15, tekstBreedte = 180, kopHoogte = 6, kopPunten = 10;
} // namespace kader

//! The strategy suggestion: per strategy its name and its weight as two dots, the explanation beside.
namespace strategieKader
{
  constexpr double y = 168, hoogte = 44, randDikte = 0.4;
  constexpr double kopY = 170;
  constexpr double sporenY = 178, spoorStap = 6, spoorBreedte = 45, spoorHoogte = 6, punten = 8.5;
  constexpr double bolletjesX = 60, bolletjeStap = 5, bolletjeOmlaag = 0.8, bolletjeMaat = 3.4, bolletjeRand = 0.25;
  constexpr double toelichtingX = 78, toelichtingY = 178, toelichtingBreedte = 116, toelichtingHoogte = 32;
} // namespace strategieKader

//! The box for what partners see: a heading and lines to write on; beside the film's chart when there is one.
namespace praktijkKader
{
  constexpr double y = 218, hoogte = 60, randDikte = 0.3;
  constexpr double kopY = 220;
  constexpr int lijnen = 7;
  constexpr double lijnenY = 236, lijnStap = 6, lijnRechts = 195, lijnDikte = 0.2;
  constexpr double naastVerloopX = 108; //!< its left edge beside the chart
} // namespace praktijkKader

//! The film's line chart, bottom left: K and O of the area (solid) and the gemeente's median (dashed).
namespace verloopKader
{
  constexpr double x = 12, y = 218, breedte = 92, hoogte = 60, randDikte = 0.3;
  constexpr double kopY = 220;
  constexpr double plotLinks = 26, plotRechts = 100, plotBoven = 230, plotOnder = 262;
  constexpr double asLabelBreedte = 12, asLabelHoogte = 3.5, punten = 6.5;
  constexpr double legendaY = 269, legendaStap = 44, legendaLijn = 6;
  constexpr double lijnDikte = 0.5, puntMaat = 1.1, ruimte = 0.1; //!< ruimte: the values' range grows by this share
} // namespace verloopKader

namespace voet
{
  constexpr double bronnenY = 281, voorbehoudY = 285, hoogte = 4, punten = 6.5;
} // namespace voet

const QColor &tekstKleur()
{
  static const QColor kleur( 30, 30, 30 );
  return kleur;
}

const QColor &strategieKleur()
{
  static const QColor kleur( 27, 79, 114 );
  return kleur;
}

//! The film's lines: K blue, O vermillion (Okabe–Ito, readable for colour-blind eyes).
QColor verloopKleur( std::size_t index )
{
  return index == 0 ? QColor( 0, 114, 178 ) : QColor( 213, 94, 0 );
}

const QColor &liggingVulling()
{
  static const QColor kleur( 213, 94, 0 );
  return kleur;
}

} // namespace

//! Text and shapes on the page in millimetres.
class ProfielPagina::Vel
{
  public:
    Vel( QPainter &painter, double mm )
      : mPainter( painter )
      , mMm( mm )
    {}

    QPainter &painter() { return mPainter; }
    double mm() const { return mMm; }
    QRectF rechthoek( double x, double y, double w, double h ) const { return QRectF( x * mMm, y * mMm, w * mMm, h * mMm ); }

    void lettertype( double punten, bool vet )
    {
      QFont font( QStringLiteral( "DejaVu Sans" ) );
      font.setPointSizeF( punten );
      font.setBold( vet );
      mPainter.setFont( font );
    }

    void schrijf( double x, double y, double w, double h, const QString &t, int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap )
    {
      mPainter.setPen( tekstKleur() );
      mPainter.drawText( rechthoek( x, y, w, h ), flags, t );
    }

    void schrijfRechts( double x, double y, double w, double h, const QString &t )
    {
      schrijf( x, y, w, h, t, Qt::AlignRight | Qt::AlignTop );
    }

  private:
    QPainter &mPainter;
    double mMm;
};

const QStringList &profielKaartIds()
{
  static const QStringList ids { QStringLiteral( "07_signaleringskaart_absoluut" ), QStringLiteral( "09_focuskaart" ), QStringLiteral( "10_veerkrachtscore" ) };
  return ids;
}

QString Buurtprofiel::titel() const
{
  return QStringLiteral( "Buurtprofiel %1" ).arg( naam );
}

QString Buurtprofiel::ondertitel() const
{
  return QStringLiteral( "%1 · %2%3" ).arg( code, gemeente.isEmpty() ? QString() : QStringLiteral( "gemeente %1" ).arg( gemeente ),
                                             periode.isEmpty() ? QString() : QStringLiteral( " · periode %1" ).arg( periode ) );
}

QString Buurtprofiel::suggestieKop() const
{
  return QStringLiteral( "Suggestie voor het gesprek: %1" ).arg( hoofd.isEmpty() ? QStringLiteral( "geen" ) : hoofd );
}

QString Buurtprofiel::liggingBijschrift()
{
  return QStringLiteral( "Ligging in de gemeente" );
}

QString Buurtprofiel::praktijkVraag()
{
  return QStringLiteral( "Wat zien wij in de praktijk?" );
}

QString Buurtprofiel::voorbehoud()
{
  return QStringLiteral( "De gegevens zijn het begin van een gesprek, geen conclusie." );
}

QString Buurtprofiel::verloopKop()
{
  return QStringLiteral( "K en O door de tijd" );
}

ProfielLagen::ProfielLagen( const QgsFields &fields, const QgsCoordinateReferenceSystem &crs, const QgsFeatureList &gebieden )
  : mProject( std::make_unique<QgsProject>() )
  , mCrs( crs )
{
  const auto maakLaag = [&]( const QString &layerName ) {
    QgsVectorLayer *layer = kaartLaag( fields, crs, gebieden, layerName );
    mProject->addMapLayer( layer, false );
    return layer;
  };
  for ( const QString &id : profielKaartIds() )
  {
    QgsVectorLayer *layer = maakLaag( kaartStijl( id )->title );
    applyStyle( layer, *kaartStijl( id ) );
    mKaarten << layer;
  }
  mLigging = maakLaag( QStringLiteral( "ligging" ) );
  QgsSymbol *grijs = QgsSymbol::defaultSymbol( vkcompat::GeometryPolygon );
  grijs->setColor( QColor( 225, 225, 225 ) );
  if ( auto *fill = dynamic_cast<QgsSimpleFillSymbolLayer *>( grijs->symbolLayer( 0 ) ) )
  {
    fill->setStrokeColor( Qt::white );
    fill->setStrokeWidth( 0.15 );
  }
  mLigging->setRenderer( new QgsSingleSymbolRenderer( grijs ) );
}

ProfielLagen::~ProfielLagen() = default;

void ProfielLagen::teken( QPainter &painter, const QRectF &rect, QgsVectorLayer *layer, const QgsRectangle &extent, const QgsGeometry &gebied, const QColor &vulling ) const
{
  QgsMapSettings settings;
  settings.setLayers( { layer } );
  settings.setDestinationCrs( mCrs );
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
  const QgsMapToPixel &m2p = settings.mapToPixel();
  for ( const QgsGeometry &part : gebied.asGeometryCollection() )
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
}

ProfielPagina::ProfielPagina( const Buurtprofiel &profiel, const ProfielLagen &lagen, const QgsGeometry &gebied, const QgsRectangle &gemeenteExtent )
  : mProfiel( profiel )
  , mLagen( lagen )
  , mGebied( gebied )
  , mLigging( gemeenteExtent )
{
  // The surroundings: the area's box, three times as large; the locator: the whole gemeente.
  mOmgeving = gebied.boundingBox();
  const double rand = std::max( mOmgeving.width(), mOmgeving.height() );
  mOmgeving = QgsRectangle( mOmgeving.center().x() - rand * 1.5, mOmgeving.center().y() - rand * 1.5, mOmgeving.center().x() + rand * 1.5, mOmgeving.center().y() + rand * 1.5 );
  mLigging.scale( 1.05 );
}

void ProfielPagina::richtIn( QPdfWriter &pdf )
{
  pdf.setPageSize( QPageSize( QPageSize::A4 ) );
  pdf.setPageMargins( QMarginsF( 0, 0, 0, 0 ) );
  pdf.setResolution( pdfDpi );
  pdf.setTitle( QStringLiteral( "Buurtprofielen" ) );
  pdf.setCreator( QStringLiteral( "Veerkracht %1" ).arg( QStringLiteral( VEERKRACHT_VERSION ) ) );
}

double ProfielPagina::pdfPixelsPerMm()
{
  return pdfDpi / mmPerInch;
}

void ProfielPagina::teken( QPainter &painter, double mm ) const
{
  Vel vel( painter, mm );
  tekenKop( vel );
  tekenLiggingskaart( vel );
  tekenGetallen( vel );
  tekenKaarten( vel );
  tekenStrategie( vel );
  tekenVerloop( vel );
  tekenPraktijk( vel );
  tekenVoet( vel );
}

QImage ProfielPagina::png() const
{
  QImage pagina( pngBlad::breedte, pngBlad::hoogte, QImage::Format_ARGB32_Premultiplied );
  pagina.setDotsPerMeterX( pngBlad::puntenPerMeter );
  pagina.setDotsPerMeterY( pngBlad::puntenPerMeter );
  pagina.fill( Qt::white );
  QPainter painter( &pagina );
  painter.setRenderHint( QPainter::Antialiasing );
  teken( painter, pngBlad::dpi / mmPerInch );
  painter.end();
  return pagina;
}

QList<QImage> ProfielPagina::kaartAfbeeldingen() const
{
  QList<QImage> afbeeldingen;
  QImage locator( htmlBeeld::kaartMaat, htmlBeeld::liggingHoogte, QImage::Format_ARGB32_Premultiplied );
  locator.fill( Qt::white );
  {
    QPainter painter( &locator );
    tekenLigging( painter, QRectF( 0, 0, htmlBeeld::kaartMaat - 1, htmlBeeld::liggingHoogte - 1 ) );
  }
  afbeeldingen << locator;
  for ( int k = 0; k < mLagen.kaarten().size(); ++k )
  {
    QImage image( htmlBeeld::kaartMaat, htmlBeeld::kaartMaat, QImage::Format_ARGB32_Premultiplied );
    image.fill( Qt::white );
    QPainter painter( &image );
    tekenKaart( painter, QRectF( 0, 0, htmlBeeld::kaartMaat - 1, htmlBeeld::kaartMaat - 1 ), k );
    painter.end();
    afbeeldingen << image;
  }
  return afbeeldingen;
}

void ProfielPagina::tekenLigging( QPainter &painter, const QRectF &rect ) const
{
  mLagen.teken( painter, rect, mLagen.ligging(), mLigging, mGebied, liggingVulling() );
}

void ProfielPagina::tekenKaart( QPainter &painter, const QRectF &rect, int kaart ) const
{
  mLagen.teken( painter, rect, mLagen.kaarten().at( kaart ), mOmgeving, mGebied, QColor() );
}

void ProfielPagina::tekenKop( Vel &vel ) const
{
  vel.lettertype( kop::titelPunten, true );
  vel.schrijf( blad::links, kop::titelY, blad::breedte, kop::titelHoogte, mProfiel.titel() );
  vel.lettertype( kop::ondertitelPunten, false );
  vel.schrijf( blad::links, kop::ondertitelY, blad::breedte, kop::ondertitelHoogte, mProfiel.ondertitel() );
}

void ProfielPagina::tekenLiggingskaart( Vel &vel ) const
{
  tekenLigging( vel.painter(), vel.rechthoek( blad::links, liggingskaart::y, liggingskaart::breedte, liggingskaart::hoogte ) );
  vel.lettertype( liggingskaart::bijschriftPunten, false );
  vel.schrijf( blad::links, liggingskaart::bijschriftY, liggingskaart::breedte, liggingskaart::bijschriftHoogte, Buurtprofiel::liggingBijschrift() );
}

void ProfielPagina::tekenGetallen( Vel &vel ) const
{
  using namespace tabel;
  const double buurtX = x + naamBreedte, gemeenteX = x + naamBreedte + getalBreedte, allesX = x + naamBreedte + 2 * getalBreedte;
  vel.lettertype( punten, true );
  vel.schrijfRechts( buurtX, kopY, getalBreedte, kopHoogte, QStringLiteral( "Buurt" ) );
  vel.schrijfRechts( gemeenteX, kopY, getalBreedte, kopHoogte, QStringLiteral( "Gemeente" ) );
  vel.schrijfRechts( allesX, kopY, getalBreedte, kopHoogte, QStringLiteral( "Alle buurten" ) );
  const Buurtprofiel &p = mProfiel;
  for ( int r = 0; r < p.rijNamen.size(); ++r )
  {
    const double y = rijenY + r * rijStap;
    vel.lettertype( punten, false );
    vel.schrijf( x, y, naamBreedte, rijHoogte, p.rijNamen[r] );
    vel.lettertype( punten, true );
    vel.schrijfRechts( buurtX, y, getalBreedte, rijHoogte, p.buurt[r] );
    vel.lettertype( punten, false );
    vel.schrijfRechts( gemeenteX, y, getalBreedte, rijHoogte, p.gemeenteWaarde[r] );
    vel.schrijfRechts( allesX, y, getalBreedte, rijHoogte, p.alles[r] );
    if ( !p.klasseLabels[r].isEmpty() )
    {
      vel.lettertype( kleinePunten, false );
      vel.schrijf( x + labelInspringing, y + labelOmlaag, naamBreedte, labelHoogte, p.klasseLabels[r] );
    }
  }
  vel.lettertype( kleinePunten, false );
  vel.schrijf( x, rijenY + p.rijNamen.size() * rijStap + voetnootOmlaag, voetnootBreedte, voetnootHoogte,
               QStringLiteral( "Gemeente en alle buurten: de mediaan over de buurten van de gemeente en van de hele laag. K en O zijn gestandaardiseerde indices (0 = de gemiddelde buurt op het eerste moment); hoger is kwetsbaarder of meer overlast." ) );
}

void ProfielPagina::tekenKaarten( Vel &vel ) const
{
  for ( int k = 0; k < mLagen.kaarten().size(); ++k )
  {
    const double x = blad::links + k * kaartrij::stap;
    vel.lettertype( kaartrij::titelPunten, true );
    vel.schrijf( x, kaartrij::titelY, kaartrij::maat, kaartrij::titelHoogte, mProfiel.kaartTitels[k] );
    tekenKaart( vel.painter(), vel.rechthoek( x, kaartrij::y, kaartrij::maat, kaartrij::maat ), k );
    vel.lettertype( kaartrij::labelPunten, false );
    vel.schrijf( x, kaartrij::labelY, kaartrij::maat, kaartrij::labelHoogte, QStringLiteral( "Deze buurt: %1" ).arg( mProfiel.kaartKlassen[k] ) );
  }
}

void ProfielPagina::tekenStrategie( Vel &vel ) const
{
  using namespace strategieKader;
  QPainter &painter = vel.painter();
  painter.setPen( QPen( strategieKleur(), randDikte * vel.mm() ) );
  painter.setBrush( QColor( 240, 245, 250 ) );
  painter.drawRect( vel.rechthoek( blad::links, y, blad::breedte, hoogte ) );
  vel.lettertype( kader::kopPunten, true );
  vel.schrijf( kader::tekstX, kopY, kader::tekstBreedte, kader::kopHoogte, mProfiel.suggestieKop() );
  for ( int s = 0; s < 4; ++s )
  {
    const double spoorY = sporenY + s * spoorStap;
    vel.lettertype( punten, false );
    vel.schrijf( kader::tekstX, spoorY, spoorBreedte, spoorHoogte, QString::fromStdString( veerkracht::strategieNamen()[static_cast<std::size_t>( s )] ) );
    for ( int b = 0; b < 2; ++b )
    {
      painter.setPen( QPen( strategieKleur(), bolletjeRand * vel.mm() ) );
      painter.setBrush( b < mProfiel.gewichten[static_cast<std::size_t>( s )] ? strategieKleur() : QColor( Qt::white ) );
      painter.drawEllipse( vel.rechthoek( bolletjesX + b * bolletjeStap, spoorY + bolletjeOmlaag, bolletjeMaat, bolletjeMaat ) );
    }
  }
  vel.lettertype( punten, false );
  vel.schrijf( toelichtingX, toelichtingY, toelichtingBreedte, toelichtingHoogte, mProfiel.toelichting );
}

void ProfielPagina::tekenPraktijk( Vel &vel ) const
{
  using namespace praktijkKader;
  const double links = mProfiel.verloop.empty() ? blad::links : naastVerloopX;
  const double tekstX = links + ( kader::tekstX - blad::links );
  QPainter &painter = vel.painter();
  painter.setPen( QPen( QColor( 60, 60, 60 ), randDikte * vel.mm() ) );
  painter.setBrush( Qt::NoBrush );
  painter.drawRect( vel.rechthoek( links, y, blad::links + blad::breedte - links, hoogte ) );
  vel.lettertype( kader::kopPunten, true );
  vel.schrijf( tekstX, kopY, lijnRechts - tekstX, kader::kopHoogte * ( mProfiel.verloop.empty() ? 1 : 2 ), Buurtprofiel::praktijkVraag() );
  painter.setPen( QPen( QColor( 200, 200, 200 ), lijnDikte * vel.mm() ) );
  for ( int l = 0; l < lijnen; ++l )
  {
    const double lijnY = lijnenY + l * lijnStap;
    painter.drawLine( QPointF( tekstX * vel.mm(), lijnY * vel.mm() ), QPointF( lijnRechts * vel.mm(), lijnY * vel.mm() ) );
  }
}

void ProfielPagina::tekenVerloop( Vel &vel ) const
{
  using namespace verloopKader;
  if ( mProfiel.verloop.empty() )
    return;
  QPainter &painter = vel.painter();
  painter.setPen( QPen( QColor( 60, 60, 60 ), randDikte * vel.mm() ) );
  painter.setBrush( Qt::NoBrush );
  painter.drawRect( vel.rechthoek( x, y, breedte, hoogte ) );
  vel.lettertype( kader::kopPunten, true );
  vel.schrijf( x + ( kader::tekstX - blad::links ), kopY, breedte - 6, kader::kopHoogte, Buurtprofiel::verloopKop() );

  // The axes: every year of K and O, the values' range (and 0, the reference's mean, when inside it).
  int eersteJaar = std::numeric_limits<int>::max(), laatsteJaar = std::numeric_limits<int>::min();
  double laagste = std::numeric_limits<double>::max(), hoogste = std::numeric_limits<double>::lowest();
  for ( const Verloop &v : mProfiel.verloop )
    for ( std::size_t j = 0; j < v.jaren.size(); ++j )
    {
      eersteJaar = std::min( eersteJaar, v.jaren[j] );
      laatsteJaar = std::max( laatsteJaar, v.jaren[j] );
      for ( const auto &waarde : { v.buurt[j], v.gemeente[j] } )
        if ( waarde )
        {
          laagste = std::min( laagste, *waarde );
          hoogste = std::max( hoogste, *waarde );
        }
    }
  if ( laagste > hoogste )
  {
    vel.lettertype( punten, false );
    vel.schrijf( plotLinks, plotBoven, plotRechts - plotLinks, plotOnder - plotBoven, QStringLiteral( "geen waarden" ) );
    return;
  }
  const double marge = std::max( ( hoogste - laagste ) * ruimte, 0.05 );
  laagste -= marge;
  hoogste += marge;
  const auto px = [&]( int jaar ) {
    return ( laatsteJaar == eersteJaar ? ( plotLinks + plotRechts ) / 2 : plotLinks + ( plotRechts - plotLinks ) * ( jaar - eersteJaar ) / double( laatsteJaar - eersteJaar ) ) * vel.mm();
  };
  const auto py = [&]( double waarde ) { return ( plotOnder - ( plotOnder - plotBoven ) * ( waarde - laagste ) / ( hoogste - laagste ) ) * vel.mm(); };

  vel.lettertype( punten, false );
  painter.setPen( QPen( QColor( 120, 120, 120 ), randDikte * vel.mm() ) );
  painter.drawLine( QPointF( plotLinks * vel.mm(), plotOnder * vel.mm() ), QPointF( plotRechts * vel.mm(), plotOnder * vel.mm() ) );
  painter.drawLine( QPointF( plotLinks * vel.mm(), plotBoven * vel.mm() ), QPointF( plotLinks * vel.mm(), plotOnder * vel.mm() ) );
  for ( double waarde : { hoogste - marge, laagste + marge } )
    vel.schrijf( plotLinks - asLabelBreedte - 1, py( waarde ) / vel.mm() - asLabelHoogte / 2, asLabelBreedte, asLabelHoogte,
                 QLocale( QLocale::Dutch ).toString( waarde, 'f', 2 ), Qt::AlignRight | Qt::AlignVCenter );
  if ( laagste < 0 && hoogste > 0 )
  {
    painter.setPen( QPen( QColor( 170, 170, 170 ), randDikte * vel.mm(), Qt::DotLine ) );
    painter.drawLine( QPointF( plotLinks * vel.mm(), py( 0 ) ), QPointF( plotRechts * vel.mm(), py( 0 ) ) );
  }
  std::set<int> jaren;
  for ( const Verloop &v : mProfiel.verloop )
    jaren.insert( v.jaren.begin(), v.jaren.end() );
  for ( int jaar : jaren )
    vel.schrijf( px( jaar ) / vel.mm() - asLabelBreedte / 2, plotOnder + 0.8, asLabelBreedte, asLabelHoogte, QString::number( jaar ), Qt::AlignHCenter | Qt::AlignTop );

  // The lines: the area solid with its points, its gemeente's median dashed, one colour per index.
  for ( std::size_t s = 0; s < mProfiel.verloop.size(); ++s )
  {
    const Verloop &v = mProfiel.verloop[s];
    const QColor kleur = verloopKleur( s );
    for ( const bool buurt : { false, true } )
    {
      const auto &waarden = buurt ? v.buurt : v.gemeente;
      QPolygonF lijn;
      for ( std::size_t j = 0; j < v.jaren.size(); ++j )
        if ( waarden[j] )
          lijn << QPointF( px( v.jaren[j] ), py( *waarden[j] ) );
      painter.setPen( QPen( kleur, lijnDikte * vel.mm(), buurt ? Qt::SolidLine : Qt::DashLine ) );
      painter.drawPolyline( lijn );
      if ( buurt )
      {
        painter.setBrush( kleur );
        for ( const QPointF &punt : lijn )
          painter.drawEllipse( punt, puntMaat * vel.mm(), puntMaat * vel.mm() );
        painter.setBrush( Qt::NoBrush );
      }
    }
    const double lx = plotLinks + s * legendaStap - 12;
    painter.setPen( QPen( kleur, lijnDikte * vel.mm() ) );
    painter.drawLine( QPointF( lx * vel.mm(), ( legendaY + 1.8 ) * vel.mm() ), QPointF( ( lx + legendaLijn ) * vel.mm(), ( legendaY + 1.8 ) * vel.mm() ) );
    vel.schrijf( lx + legendaLijn + 1, legendaY, legendaStap - legendaLijn - 2, asLabelHoogte, v.naam );
  }
  vel.schrijf( plotLinks - 12, legendaY + 4, breedte - 4, asLabelHoogte, QStringLiteral( "doorgetrokken: deze buurt · gestippeld: mediaan van de gemeente" ) );
}

void ProfielPagina::tekenVoet( Vel &vel ) const
{
  vel.lettertype( voet::punten, false );
  vel.schrijf( blad::links, voet::bronnenY, blad::breedte, voet::hoogte, mProfiel.bronnen );
  vel.schrijf( blad::links, voet::voorbehoudY, blad::breedte, voet::hoogte, Buurtprofiel::voorbehoud() );
}
