// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/buurtprofielalgorithm.h"
#include "model/areacode.h"
#include "model/profielreferentie.h"
#include "support/buurtgetallen.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/profielhtml.h"
#include "support/profielpagina.h"
#include "support/reporting.h"
#include "support/strategieregels.h"
#include "support/veerkracht_compat.h"
#include "support/veerkracht_version.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace {

using veerkracht::BuurtGetal;
using veerkracht::getal;
using veerkracht::opmaak;
using veerkracht::tekst;

QString mapLabel( const QgsFeature &f, const KaartStijl &stijl )
{
  const QString label = tekst( f, QString( stijl.classField ).replace( QStringLiteral( "_klasse" ), QStringLiteral( "_label" ) ) );
  return label.isEmpty() ? QStringLiteral( "–" ) : label;
}

//! INPUT, read once: every area (for the references and the surroundings), and the chosen ones.
struct Gebieden
{
  QgsFeatureList alle;
  QStringList codes;     //!< per area (same index as alle): its normalised code
  QStringList gemeenten; //!< per area: its gemeente code
  QList<int> gekozen;    //!< the indices of the areas AREAS chooses
  std::map<QString, QgsRectangle> gemeenteExtent;
};

//! Every area of \a source; warns about each code of \a wanted INPUT does not have, throws when no area is chosen.
Gebieden leesGebieden( QgsProcessingFeatureSource &source, const QString &codeField, const QStringList &wanted, QgsProcessingFeedback *feedback )
{
  Gebieden gebieden;
  QSet<QString> bekend; // every buurt, wijk and gemeente code of INPUT
  QgsFeature f;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    const std::string code = veerkracht::normaliseAreaCode( tekst( f, codeField ).toStdString() ).code;
    const QString gm = QString::fromStdString( veerkracht::gemeenteCode( code ) );
    const QString wk = QString::fromStdString( veerkracht::wijkCode( code ) );
    bekend << QString::fromStdString( code ) << gm << wk;
    const bool kies = wanted.isEmpty() || wanted.contains( QString::fromStdString( code ) ) || ( !gm.isEmpty() && wanted.contains( gm ) ) || ( !wk.isEmpty() && wanted.contains( wk ) );
    if ( kies )
      gebieden.gekozen << gebieden.alle.size();
    gebieden.gemeenteExtent[gm].combineExtentWith( f.geometry().boundingBox() );
    gebieden.codes << QString::fromStdString( code );
    gebieden.gemeenten << gm;
    gebieden.alle << f;
  }
  for ( const QString &code : wanted )
  {
    if ( !bekend.contains( code ) )
      feedback->pushWarning( BuurtprofielAlgorithm::tr( "AREAS: INPUT has no area %1; it is left out." ).arg( code ) );
  }
  if ( gebieden.gekozen.isEmpty() )
    throw QgsProcessingException( wanted.isEmpty() ? BuurtprofielAlgorithm::tr( "INPUT has no areas; expected a layer with at least one area." )
                                                   : BuurtprofielAlgorithm::tr( "AREAS: no area of INPUT has the code %1; expected buurt (BU…), wijk (WK…) or gemeente (GM…) codes of INPUT." ).arg( wanted.join( QStringLiteral( ", " ) ) ) );
  return gebieden;
}

//! The references beside the numbers: each row's medians per gemeente and over every area of INPUT.
veerkracht::ProfielReferentie leesReferentie( const Gebieden &gebieden, const QList<BuurtGetal> &rijen )
{
  std::vector<veerkracht::ProfielGebied> waarden;
  waarden.reserve( static_cast<std::size_t>( gebieden.alle.size() ) );
  for ( int a = 0; a < gebieden.alle.size(); ++a )
  {
    veerkracht::ProfielGebied gebied;
    gebied.gemeente = gebieden.gemeenten.at( a ).toStdString();
    for ( const BuurtGetal &g : rijen )
      gebied.waarden.push_back( getal( gebieden.alle.at( a ), g.veld ) );
    waarden.push_back( std::move( gebied ) );
  }
  return veerkracht::profielReferentie( waarden, static_cast<std::size_t>( rijen.size() ) );
}

//! The film (FILM: the wide output of 'Time series'): per area code its K and O per moment, and their gemeente medians.
struct Film
{
  std::vector<int> kJaren, oJaren;
  QStringList velden; //!< k_<year> …, then o_<year> …
  std::map<QString, std::vector<std::optional<double>>> perCode;
  veerkracht::ProfielReferentie referentie;

  //! K and O of the area \a code beside the medians of \a gemeente; empty when FILM has no such area.
  std::vector<Verloop> verloop( const QString &code, const QString &gemeente ) const
  {
    const auto waarden = perCode.find( code );
    if ( waarden == perCode.end() )
      return {};
    std::vector<Verloop> lijnen( 2 );
    lijnen[0].naam = QStringLiteral( "K (kwetsbare bewoners)" );
    lijnen[0].jaren = kJaren;
    lijnen[1].naam = QStringLiteral( "O (overlast en onveiligheid)" );
    lijnen[1].jaren = oJaren;
    for ( std::size_t r = 0; r < static_cast<std::size_t>( velden.size() ); ++r )
    {
      Verloop &lijn = lijnen[r < kJaren.size() ? 0 : 1];
      lijn.buurt.push_back( waarden->second[r] );
      lijn.gemeente.push_back( referentie.gemeente( gemeente.toStdString(), r ) );
    }
    return lijnen;
  }
};

Film leesFilm( QgsProcessingFeatureSource &source )
{
  Film film;
  const QRegularExpression veld( QStringLiteral( "^([ko])_(\\d{4})$" ) );
  for ( const QgsField &field : source.fields() )
  {
    const QRegularExpressionMatch match = veld.match( field.name() );
    if ( match.hasMatch() )
      ( match.captured( 1 ) == QLatin1String( "k" ) ? film.kJaren : film.oJaren ).push_back( match.captured( 2 ).toInt() );
  }
  std::sort( film.kJaren.begin(), film.kJaren.end() );
  std::sort( film.oJaren.begin(), film.oJaren.end() );
  if ( film.kJaren.empty() || film.oJaren.empty() )
    throw QgsProcessingException( BuurtprofielAlgorithm::tr( "FILM has no fields k_<year> and o_<year>; expected the output (OUTPUT) of 'Time series (the film)'." ) );
  for ( int jaar : film.kJaren )
    film.velden << QStringLiteral( "k_%1" ).arg( jaar );
  for ( int jaar : film.oJaren )
    film.velden << QStringLiteral( "o_%1" ).arg( jaar );
  const QString codeField = JoinTable::detectCodeField( source );
  if ( source.fields().lookupField( codeField ) < 0 )
    throw QgsProcessingException( BuurtprofielAlgorithm::tr( "FILM has no buurt code field; expected a field such as statcode or buurtcode." ) );
  std::vector<veerkracht::ProfielGebied> gebieden;
  QgsFeature f;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    const std::string code = veerkracht::normaliseAreaCode( tekst( f, codeField ).toStdString() ).code;
    veerkracht::ProfielGebied gebied;
    gebied.gemeente = veerkracht::gemeenteCode( code );
    for ( const QString &name : film.velden )
      gebied.waarden.push_back( getal( f, name ) );
    film.perCode[QString::fromStdString( code )] = gebied.waarden;
    gebieden.push_back( std::move( gebied ) );
  }
  film.referentie = veerkracht::profielReferentie( gebieden, static_cast<std::size_t>( film.velden.size() ) );
  return film;
}

//! Builds each chosen area's Buurtprofiel: its numbers beside the references, its strategy and the classes of its maps.
struct ProfielBouwer
{
  QList<BuurtGetal> rijen;
  veerkracht::ProfielReferentie referentie;
  QString nameField;
  QString periode;
  QString bronnen;
  const StrategieRegels *regels = nullptr; //!< none: INPUT has the strategy (its strat_ fields)
  const Film *film = nullptr;              //!< none: no line chart

  Buurtprofiel bouw( const QgsFeature &area, const QString &code, const QString &gemeente ) const
  {
    Buurtprofiel p;
    p.code = code;
    p.naam = tekst( area, nameField ).isEmpty() ? p.code : tekst( area, nameField );
    p.gemeente = gemeente;
    p.periode = periode;
    p.bronnen = bronnen;
    vulGetallen( p, area );
    if ( film )
      p.verloop = film->verloop( code, gemeente );
    vulStrategie( p, regels ? veerkracht::strategieUitRegels( area, *regels ) : veerkracht::strategieUitLaag( area ) );
    for ( const QString &id : profielKaartIds() )
    {
      const KaartStijl &stijl = *kaartStijl( id );
      p.kaartTitels << stijl.title;
      p.kaartKlassen << mapLabel( area, stijl );
    }
    return p;
  }

  void vulGetallen( Buurtprofiel &p, const QgsFeature &area ) const
  {
    const std::string gemeente = p.gemeente.toStdString();
    for ( int r = 0; r < rijen.size(); ++r )
    {
      const BuurtGetal &g = rijen.at( r );
      const auto rij = static_cast<std::size_t>( r );
      p.rijNamen << g.naam;
      p.buurt << opmaak( getal( area, g.veld ), g.decimalen );
      p.gemeenteWaarde << opmaak( referentie.gemeente( gemeente, rij ), g.decimalen );
      p.alles << opmaak( referentie.alleGebieden.at( rij ), g.decimalen );
      p.klasseLabels << ( g.klasse.isEmpty() ? QString() : tekst( area, g.klasse ) );
    }
  }

  static void vulStrategie( Buurtprofiel &p, const veerkracht::StrategieSuggestie &s )
  {
    p.gewichten = s.gewichten;
    p.hoofd = s.hoofd;
    p.toelichting = s.toelichting;
  }
};

//! The area's page as PNG and the same as HTML, maps embedded, staged in \a set.
void schrijfPngEnHtml( const ProfielPagina &pagina, const Buurtprofiel &p, veerkracht::FolderOutput &set )
{
  const QImage png = pagina.png();
  const QString pngName = QStringLiteral( "%1_buurtprofiel.png" ).arg( p.code );
  if ( !png.save( set.stage( pngName ) ) )
    throw QgsProcessingException( BuurtprofielAlgorithm::tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( set.finalPath( pngName ) ) );

  const QList<QImage> kaarten = pagina.kaartAfbeeldingen();
  const QString htmlName = QStringLiteral( "%1_buurtprofiel.html" ).arg( p.code );
  const std::optional<QByteArray> html = profielHtml( p, kaarten ); // written whole when complete: a write error fails the run
  QString error;
  if ( !html || !veerkracht::writeWholeFile( set.stage( htmlName ), *html, error ) )
    throw QgsProcessingException( BuurtprofielAlgorithm::tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( set.finalPath( htmlName ), error ) );
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
             "embedded) for sharing without a PDF viewer.\n\n"
             "FILM (optional, the OUTPUT of 'Time series (the film)') adds a small line chart of K and O over the film's moments, "
             "the area's levels beside its gemeente's median, and the numbers behind it in the HTML." ) );
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
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "FILM" ), tr( "The film per area (OUTPUT of 'Time series'), for a line chart of K and O" ),
                QList<int>() << static_cast<int>( vkcompat::SourceAnyVector ), QVariant(), true ) );
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
  for ( const QString &id : profielKaartIds() )
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
  const QStringList wanted = veerkracht::gewensteCodes( parameterAsString( parameters, QStringLiteral( "AREAS" ), context ) );
  const Gebieden gebieden = leesGebieden( *source, codeField, wanted, feedback );

  // The strategy: from the layer, or computed here.
  std::unique_ptr<StrategieRegels> regels;
  if ( fields.lookupField( QStringLiteral( "strat_hoofd" ) ) < 0 )
    regels = std::make_unique<StrategieRegels>( StrategieRegels::uitBestandOfStandaard( parameterAsFile( parameters, QStringLiteral( "RULES" ), context ), QStringLiteral( "RULES" ) ) );

  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT_FOLDER" ), context );
  if ( !QDir().mkpath( folder ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot create '%1'." ).arg( folder ) );

  const ProfielLagen lagen( fields, source->sourceCrs(), gebieden.alle );
  const QList<BuurtGetal> rijen = veerkracht::profielRijen( inhabitantsField );
  veerkracht::ProfielReferentie referentie = leesReferentie( gebieden, rijen );
  const QString bronnen = tr( "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie; bewerking Veerkracht %1 · %2" ).arg( QStringLiteral( VEERKRACHT_VERSION ), QDate::currentDate().toString( QStringLiteral( "d-M-yyyy" ) ) );
  std::unique_ptr<Film> film;
  const QVariant filmGiven = parameters.value( QStringLiteral( "FILM" ) );
  if ( filmGiven.isValid() && !( filmGiven.userType() == QMetaType::QString && filmGiven.toString().isEmpty() ) )
  {
    std::unique_ptr<QgsProcessingFeatureSource> filmSource( parameterAsSource( parameters, QStringLiteral( "FILM" ), context ) );
    if ( !filmSource )
      throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "FILM" ) ) );
    film = std::make_unique<Film>( leesFilm( *filmSource ) );
  }
  const ProfielBouwer bouwer { rijen, std::move( referentie ), nameField, period, bronnen, regels.get(), film.get() };
  int metVerloop = 0;

  veerkracht::FolderOutput set( folder, QStringLiteral( "OUTPUT_FOLDER" ) ); // before the writer: it removes the staged PDF after the painter closed it
  const QString pdfPath = set.finalPath( QStringLiteral( "buurtprofielen.pdf" ) );
  QPdfWriter pdf( set.stage( QStringLiteral( "buurtprofielen.pdf" ) ) );
  ProfielPagina::richtIn( pdf );
  QPainter painter;
  if ( !painter.begin( &pdf ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( pdfPath ) );

  int pagina = 0;
  for ( int index : gebieden.gekozen )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const QgsFeature &area = gebieden.alle.at( index );
    const Buurtprofiel profiel = bouwer.bouw( area, gebieden.codes.at( index ), gebieden.gemeenten.at( index ) );
    metVerloop += profiel.verloop.empty() ? 0 : 1;
    const ProfielPagina blad( profiel, lagen, area.geometry(), gebieden.gemeenteExtent.at( profiel.gemeente ) );
    if ( pagina > 0 )
      pdf.newPage();
    ++pagina;
    // The page, on the PDF and as a PNG beside it, and the same as HTML.
    blad.teken( painter, ProfielPagina::pdfPixelsPerMm() );
    schrijfPngEnHtml( blad, profiel, set );
    feedback->setProgress( 100.0 * pagina / gebieden.gekozen.size() );
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( !painter.end() )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot write '%1'." ).arg( pdfPath ) );
  set.commit( id() );
  if ( film )
    feedback->pushInfo( tr( "FILM: K and O over %1 and %2 moments on %3 of %4 profiles (an area without a row in FILM has no chart)." )
                        .arg( film->kJaren.size() ).arg( film->oJaren.size() ).arg( metVerloop ).arg( pagina ) );
  feedback->pushInfo( tr( "%n profile(s) in %1, and one HTML file per area beside it.", nullptr, static_cast<int>( pagina ) ).arg( pdfPath ) );
  return { { QStringLiteral( "OUTPUT_FOLDER" ), folder }, { QStringLiteral( "PDF" ), pdfPath }, { QStringLiteral( "PAGES" ), pagina } };
}
