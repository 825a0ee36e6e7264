// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/webatlasalgorithm.h"
#include "model/areacode.h"
#include "model/profielreferentie.h"
#include "support/buurtgetallen.h"
#include "support/gebiedscrs.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/strategieregels.h"
#include "support/veerkracht_compat.h"
#include "support/veerkracht_version.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsunittypes.h>
#include <qgswkbtypes.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace {

//! Coordinates in the atlas: integers at 1/100 000 degree (about a metre), each after the first a difference.
constexpr double schaal = 1e5;

//! The files every atlas folder gets beside its data.js, from the Qt resources.
const QStringList &paginaBestanden()
{
  static const QStringList bestanden { QStringLiteral( "index.html" ), QStringLiteral( "atlas.js" ), QStringLiteral( "atlas.css" ),
                                       QStringLiteral( "leaflet/leaflet.js" ), QStringLiteral( "leaflet/leaflet.css" ), QStringLiteral( "leaflet/LICENSE" ) };
  return bestanden;
}

//! One buurt of the atlas, read from INPUT.
struct AtlasBuurt
{
  QString code, naam, gemeente;
  std::vector<std::optional<int>> klassen;     //!< per map of the atlas
  std::vector<std::optional<double>> waarden;  //!< per row of the numbers, rounded as shown
  int strategie = -1;                           //!< index into the strategies; -1: none
  QJsonArray vormen;                            //!< polygons of rings, WGS84, delta-encoded
  double lon = 0, lat = 0;                      //!< a point inside the simplified shape
  QString profiel;                              //!< the buurtprofiel HTML, when PROFILES has it
};

//! A ring as integers at 1/schaal degree, the first pair absolute and each next one the difference; the closing point and repeats left out.
QJsonArray ringGetallen( const QgsPolylineXY &ring )
{
  QJsonArray getallen;
  qint64 vorigeX = 0, vorigeY = 0;
  int punten = 0;
  const int laatste = ring.size() > 1 && ring.first() == ring.last() ? ring.size() - 1 : ring.size();
  for ( int i = 0; i < laatste; ++i )
  {
    const qint64 x = std::llround( ring.at( i ).x() * schaal );
    const qint64 y = std::llround( ring.at( i ).y() * schaal );
    if ( punten > 0 && x == vorigeX && y == vorigeY )
      continue;
    getallen.append( static_cast<double>( x - vorigeX ) );
    getallen.append( static_cast<double>( y - vorigeY ) );
    vorigeX = x;
    vorigeY = y;
    ++punten;
  }
  return punten >= 3 ? getallen : QJsonArray();
}

//! The (multi)polygon as polygons of rings; rings that shrink below three points at this precision are left out.
QJsonArray vormGetallen( const QgsGeometry &geometry )
{
  QJsonArray vormen;
  const QgsMultiPolygonXY delen = geometry.isMultipart() ? geometry.asMultiPolygon() : QgsMultiPolygonXY { geometry.asPolygon() };
  for ( const QgsPolygonXY &deel : delen )
  {
    QJsonArray ringen;
    for ( int r = 0; r < deel.size(); ++r )
    {
      const QJsonArray ring = ringGetallen( deel.at( r ) );
      if ( ring.isEmpty() && r == 0 )
        break; // no exterior, no holes
      if ( !ring.isEmpty() )
        ringen.append( ring );
    }
    if ( !ringen.isEmpty() )
      vormen.append( ringen );
  }
  return vormen;
}

//! \a v rounded to \a decimalen decimals the way the page shows it (Qt's 'f' rounding, as the buurtprofiel's).
std::optional<double> afgerond( std::optional<double> v, int decimalen )
{
  if ( !v )
    return std::nullopt;
  return QString::number( *v, 'f', decimalen ).toDouble();
}

QJsonValue json( std::optional<double> v )
{
  return v ? QJsonValue( *v ) : QJsonValue( QJsonValue::Null );
}

QJsonValue json( std::optional<int> v )
{
  return v ? QJsonValue( *v ) : QJsonValue( QJsonValue::Null );
}

//! The href from the atlas in \a folder to the profile \a profiel: relative (so that the two folders can be sent together), percent-encoded; a file URL when no relative path exists (another drive).
QString profielLink( const QString &folder, const QString &profiel )
{
  const QString relatief = QDir( folder ).relativeFilePath( profiel );
  if ( QDir::isAbsolutePath( relatief ) )
    return QUrl::fromLocalFile( profiel ).toString( QUrl::FullyEncoded );
  return QString::fromLatin1( QUrl::toPercentEncoding( relatief, "/" ) );
}

//! What every atlas of the run shares: the maps, the rows, the strategies, the gemeenten and their medians.
struct AtlasInhoud
{
  std::vector<const KaartStijl *> kaarten;
  QList<veerkracht::BuurtGetal> rijen;
  QList<QPair<QString, QString>> strategieen; //!< (hoofd, toelichting), each once
  std::map<QString, QString> gemeenteNamen;
  veerkracht::ProfielReferentie referentie;
  QString periode;
  QString taal;
  QString datum;

  //! The gemeente's name from gm_naam, else its code.
  QString gemeenteNaam( const QString &gemeente ) const
  {
    const auto naam = gemeenteNamen.find( gemeente );
    return naam == gemeenteNamen.end() ? gemeente : naam->second;
  }

  QJsonObject kaartenJson( const QList<AtlasBuurt> &buurten ) const
  {
    QJsonArray maps;
    for ( const KaartStijl *stijl : kaarten )
    {
      const std::vector<std::string> &labels = veerkracht::labels( stijl->kaart );
      QJsonArray klassen;
      for ( int c = 1; c < static_cast<int>( labels.size() ); ++c )
        klassen.append( QJsonObject { { QStringLiteral( "klasse" ), c }, { QStringLiteral( "label" ), QString::fromStdString( labels[static_cast<std::size_t>( c )] ) },
                                      { QStringLiteral( "kleur" ), stijl->colours.value( c - 1 ).name() } } );
      klassen.append( QJsonObject { { QStringLiteral( "klasse" ), veerkracht::ONVOLDOENDE_GEGEVENS }, { QStringLiteral( "label" ), QString::fromStdString( labels[0] ) },
                                    { QStringLiteral( "kleur" ), QJsonValue( QJsonValue::Null ) } } );
      maps.append( QJsonObject { { QStringLiteral( "id" ), stijl->id }, { QStringLiteral( "titel" ), stijl->title }, { QStringLiteral( "veld" ), stijl->classField },
                                 { QStringLiteral( "klassen" ), klassen } } );
    }
    QJsonArray getallen;
    for ( const veerkracht::BuurtGetal &g : rijen )
      getallen.append( QJsonObject { { QStringLiteral( "veld" ), g.veld }, { QStringLiteral( "naam" ), g.naam }, { QStringLiteral( "name" ), g.name }, { QStringLiteral( "decimalen" ), g.decimalen } } );
    QJsonArray strategie;
    for ( const auto &s : strategieen )
      strategie.append( QJsonObject { { QStringLiteral( "hoofd" ), s.first }, { QStringLiteral( "toelichting" ), s.second } } );
    QJsonObject gemeenten;
    for ( const AtlasBuurt &b : buurten )
    {
      if ( gemeenten.contains( b.gemeente ) )
        continue;
      QJsonArray medianen;
      for ( int r = 0; r < rijen.size(); ++r )
        medianen.append( json( afgerond( referentie.gemeente( b.gemeente.toStdString(), static_cast<std::size_t>( r ) ), rijen.at( r ).decimalen ) ) );
      gemeenten.insert( b.gemeente, QJsonObject { { QStringLiteral( "naam" ), gemeenteNaam( b.gemeente ) }, { QStringLiteral( "mediaan" ), medianen } } );
    }
    return QJsonObject {
      { QStringLiteral( "veerkracht" ), QStringLiteral( VEERKRACHT_VERSION ) },
      { QStringLiteral( "datum" ), datum },
      { QStringLiteral( "taal" ), taal },
      { QStringLiteral( "periode" ), periode },
      { QStringLiteral( "bron" ), QStringLiteral( "Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie" ) },
      { QStringLiteral( "onvoldoende" ), QJsonObject { { QStringLiteral( "kleur" ), QString::fromLatin1( onvoldoendeKleur ) }, { QStringLiteral( "arcering" ), QString::fromLatin1( onvoldoendeArcering ) } } },
      { QStringLiteral( "schaal" ), schaal },
      { QStringLiteral( "kaarten" ), maps },
      { QStringLiteral( "getallen" ), getallen },
      { QStringLiteral( "strategieen" ), strategie },
      { QStringLiteral( "gemeenten" ), gemeenten },
    };
  }

  //! data.js of one atlas: the page reads it as a script, since a browser does not fetch files from file://.
  QByteArray dataJs( const QString &titel, const QList<AtlasBuurt> &buurten, const QString &folder ) const
  {
    QJsonObject document = kaartenJson( buurten );
    document.insert( QStringLiteral( "titel" ), titel );
    QJsonArray lijst;
    for ( const AtlasBuurt &b : buurten )
    {
      QJsonArray klassen, waarden;
      for ( const std::optional<int> &k : b.klassen )
        klassen.append( json( k ) );
      for ( const std::optional<double> &w : b.waarden )
        waarden.append( json( w ) );
      QJsonObject buurt { { QStringLiteral( "c" ), b.code }, { QStringLiteral( "n" ), b.naam }, { QStringLiteral( "g" ), b.gemeente }, { QStringLiteral( "k" ), klassen },
                          { QStringLiteral( "w" ), waarden }, { QStringLiteral( "s" ), b.strategie },
                          { QStringLiteral( "p" ), QJsonArray { std::round( b.lon * schaal ) / schaal, std::round( b.lat * schaal ) / schaal } },
                          { QStringLiteral( "v" ), b.vormen } };
      if ( !b.profiel.isEmpty() )
        buurt.insert( QStringLiteral( "pr" ), profielLink( folder, b.profiel ) );
      lijst.append( buurt );
    }
    document.insert( QStringLiteral( "buurten" ), lijst );
    return QByteArrayLiteral( "// Veerkracht web atlas data (veerkracht:webatlas)\nwindow.VEERKRACHT_ATLAS = " ) + QJsonDocument( document ).toJson( QJsonDocument::Compact ) + QByteArrayLiteral( ";\n" );
  }
};

//! The list of the atlases of a run per gemeente, at the top of OUTPUT_FOLDER.
QByteArray overzichtHtml( const std::map<QString, QList<AtlasBuurt>> &perGemeente, const AtlasInhoud &inhoud )
{
  QString html = QStringLiteral( "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                 "<title>Veerkracht – webatlas per gemeente</title>\n"
                                 "<style>body{font:16px/1.5 system-ui,\"DejaVu Sans\",Arial,sans-serif;margin:2em auto;max-width:40em;padding:0 1em;color:#1a1a1a}"
                                 "li{margin:.2em 0}a{color:#0052a3}footer{margin-top:2em;color:#444;font-size:.9em}</style>\n</head>\n<body>\n"
                                 "<h1>Veerkracht – webatlas per gemeente</h1>\n<p lang=\"en\">Web atlas per gemeente (municipality).</p>\n<ul>\n" );
  for ( const auto &[gemeente, buurten] : perGemeente )
  {
    const QString naam = inhoud.gemeenteNaam( gemeente );
    if ( naam == gemeente )
      html += QStringLiteral( "<li><a href=\"%1/index.html\">%1</a> (%2 buurten)</li>\n" ).arg( gemeente, QString::number( buurten.size() ) );
    else
      html += QStringLiteral( "<li><a href=\"%1/index.html\">%2</a> (%1, %3 buurten)</li>\n" ).arg( gemeente, naam.toHtmlEscaped(), QString::number( buurten.size() ) );
  }
  html += QStringLiteral( "</ul>\n<footer>Bron: CBS, Kadaster, Leefbaarometer (BZK), Politie · %1</footer>\n</body>\n</html>\n" ).arg( inhoud.datum );
  return html.toUtf8();
}

//! Writes \a bytes to the staged file \a name of \a set; every write error fails the run.
void schrijf( veerkracht::FolderOutput &set, const QString &name, const QByteArray &bytes )
{
  QString error;
  if ( !veerkracht::writeWholeFile( set.stage( name ), bytes, error ) )
    throw QgsProcessingException( WebatlasAlgorithm::tr( "OUTPUT_FOLDER: cannot write '%1': %2" ).arg( set.finalPath( name ), error ) );
}

//! One atlas in \a folder (relative to OUTPUT_FOLDER, empty: its top): the page, the library and the data.
qint64 schrijfAtlas( veerkracht::FolderOutput &set, const QString &folder, const QString &titel, const QList<AtlasBuurt> &buurten, const AtlasInhoud &inhoud )
{
  const auto naam = [&]( const QString &bestand ) { return folder.isEmpty() ? bestand : folder + QLatin1Char( '/' ) + bestand; };
  qint64 bytes = 0;
  for ( const QString &bestand : paginaBestanden() )
  {
    QFile bron( QStringLiteral( ":/veerkracht/webatlas/" ) + bestand );
    if ( !bron.open( QIODevice::ReadOnly ) )
      throw QgsProcessingException( WebatlasAlgorithm::tr( "The page file %1 is missing from the plugin; reinstall Veerkracht." ).arg( bestand ) );
    const QByteArray inhoudBestand = bron.readAll();
    schrijf( set, naam( bestand ), inhoudBestand );
    bytes += inhoudBestand.size();
  }
  const QByteArray data = inhoud.dataJs( titel, buurten, QFileInfo( set.finalPath( naam( QStringLiteral( "index.html" ) ) ) ).absolutePath() );
  schrijf( set, naam( QStringLiteral( "data.js" ) ), data );
  return bytes + data.size();
}

} // namespace

QString WebatlasAlgorithm::name() const
{
  return QStringLiteral( "webatlas" );
}

QString WebatlasAlgorithm::displayName() const
{
  return tr( "Web atlas" );
}

QStringList WebatlasAlgorithm::tags() const
{
  return tr( "webatlas,web,html,browser,leaflet,interactief,delen,gesprek,kaart,gemeente" ).split( QLatin1Char( ',' ) );
}

QString WebatlasAlgorithm::group() const
{
  return tr( "Veerkrachtkaarten" );
}

QString WebatlasAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString WebatlasAlgorithm::shortDescription() const
{
  return tr( "An interactive atlas per gemeente that anyone opens in a browser, offline: every map, its legend with counts, a buurt's numbers and strategy." );
}

QString WebatlasAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Writes a web atlas of a veerkrachtkaarten layer (the output of 'Resilience maps', optionally with 'Strategy "
             "suggestions'): a folder with index.html that opens in any browser from the disk, without a network or a server — "
             "send the folder (zipped) to the people at the table.\n\n"
             "The page shows every map INPUT has the class field of, switchable, in the colours of the map styles, with the "
             "Dutch legend and the number of buurten per class ('onvoldoende gegevens' hatched). Hovering shows a buurt's name "
             "and class; a click opens its numbers beside the median of its gemeente, its class in every map, the strategy "
             "suggestion with the rule behind it (from the strat_ fields, or computed with RULES or the default table) and, "
             "when PROFILES names the folder of 'Buurt profiles', a link to its profile. A search box finds a buurt by name "
             "or code; 'Afdrukken' prints the current map with its legend. The page is Dutch; LANGUAGE English makes English "
             "the default (the page's button switches; map titles and classes stay Dutch, as on the printed maps).\n\n"
             "PER_GEMEENTE writes one atlas per gemeente in a subfolder named after its code (GM0344/index.html) and an "
             "index.html that lists them; off, one atlas holds every chosen buurt. GEMEENTE limits the atlas to some gemeenten "
             "(codes, comma-separated). Each atlas is titled with its gemeente's name from the field gm_naam, or its code; "
             "TITLE names a single atlas. The list at the top names the gemeenten of this run. The outlines are simplified for the web with TOLERANCE metres (topology-preserving per "
             "buurt; 0 keeps them as they are) and written in WGS84 to about a metre. The map library is Leaflet (BSD "
             "licence, its LICENSE beside it in every atlas)." ) );
}

WebatlasAlgorithm *WebatlasAlgorithm::createInstance() const
{
  return new WebatlasAlgorithm();
}

void WebatlasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Veerkrachtkaarten layer" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "GEMEENTE" ), tr( "Gemeente codes, comma-separated (empty: every gemeente)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "PER_GEMEENTE" ), tr( "One atlas per gemeente (off: one atlas for all)" ), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TITLE" ), tr( "Title of a single atlas (empty: the gemeente's name, gm_naam, or its code)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "PERIOD" ), tr( "Period (e.g. 2021–2023)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CODE_FIELD" ), tr( "Buurt code field (empty: detect)" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NAME_FIELD" ), tr( "Buurt name field (empty: 'naam')" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INHABITANTS_FIELD" ), tr( "Inhabitants field" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "RULES" ), tr( "Strategy rule table, when INPUT has no strat_ fields (empty: the default table)" ), vkcompat::FileBehaviorFile, QString(), QVariant(), true,
                                                tr( "Rule tables (*.csv *.json)" ) ) );
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "PROFILES" ), tr( "Folder of buurt profiles (OUTPUT_FOLDER of 'Buurt profiles'), to link to" ), vkcompat::FileBehaviorFolder, QString(), QVariant(), true ) );
  auto *tolerance = new QgsProcessingParameterNumber( QStringLiteral( "TOLERANCE" ), tr( "Simplification tolerance (metres; 0: none)" ), vkcompat::NumberDouble, 10.0, false, 0.0, 1000.0 );
  addParameter( tolerance );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "LANGUAGE" ), tr( "Page language" ), QStringList { tr( "Dutch" ), tr( "English" ) }, false, 0 ) );
  addParameter( new QgsProcessingParameterFolderDestination( QStringLiteral( "OUTPUT_FOLDER" ), tr( "Output folder" ) ) );
  addOutput( new QgsProcessingOutputFile( QStringLiteral( "INDEX" ), tr( "Web atlas (index.html)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "ATLASES" ), tr( "Atlases written" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "AREAS" ), tr( "Buurten in the atlases" ) ) );
}

QVariantMap WebatlasAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QgsFields fields = source->fields();

  AtlasInhoud inhoud;
  QStringList klasseVelden;
  for ( const KaartStijl &stijl : kaartStijlen() )
  {
    klasseVelden << stijl.classField;
    if ( fields.lookupField( stijl.classField ) >= 0 )
      inhoud.kaarten.push_back( &stijl );
  }
  if ( inhoud.kaarten.empty() )
    throw QgsProcessingException( tr( "INPUT has none of the class fields of the maps (%1); expected the output of 'Resilience maps'." ).arg( klasseVelden.join( QStringLiteral( ", " ) ) ) );

  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( *source );
  if ( fields.lookupField( codeField ) < 0 )
    throw QgsProcessingException( tr( "CODE_FIELD: INPUT has no buurt code field; expected a field such as statcode or buurtcode." ) );
  QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  if ( nameField.isEmpty() )
    nameField = QStringLiteral( "naam" );
  if ( fields.lookupField( nameField ) < 0 )
    feedback->pushWarning( tr( "NAME_FIELD: INPUT has no field '%1'; the atlas names each buurt by its code." ).arg( nameField ) );
  const QString inhabitantsField = parameterAsString( parameters, QStringLiteral( "INHABITANTS_FIELD" ), context );
  const bool perGemeente = parameterAsBoolean( parameters, QStringLiteral( "PER_GEMEENTE" ), context );
  const double tolerance = parameterAsDouble( parameters, QStringLiteral( "TOLERANCE" ), context );
  if ( !std::isfinite( tolerance ) || tolerance < 0 )
    throw QgsProcessingException( tr( "TOLERANCE: expected a number of metres of at least 0, got %1." ).arg( tolerance ) );
  inhoud.periode = parameterAsString( parameters, QStringLiteral( "PERIOD" ), context );
  inhoud.taal = parameterAsEnum( parameters, QStringLiteral( "LANGUAGE" ), context ) == 1 ? QStringLiteral( "en" ) : QStringLiteral( "nl" );
  inhoud.datum = QDate::currentDate().toString( Qt::ISODate );
  inhoud.rijen = veerkracht::profielRijen( inhabitantsField );
  // "gm0344", "GM 0344" and "GM344" name the same gemeente.
  QStringList wanted = veerkracht::gewensteCodes( parameterAsString( parameters, QStringLiteral( "GEMEENTE" ), context ) );
  static const QRegularExpression kort( QStringLiteral( "^GM(\\d{1,3})$" ) );
  for ( QString &code : wanted )
  {
    const QRegularExpressionMatch match = kort.match( code );
    if ( match.hasMatch() )
      code = QStringLiteral( "GM" ) + match.captured( 1 ).rightJustified( 4, QLatin1Char( '0' ) );
  }
  for ( const QString &code : std::as_const( wanted ) )
    if ( !code.startsWith( QLatin1String( "GM" ) ) )
      throw QgsProcessingException( tr( "GEMEENTE: '%1' is not a gemeente code; expected codes such as GM0344, comma-separated." ).arg( code ) );
  const QString titelGegeven = parameterAsString( parameters, QStringLiteral( "TITLE" ), context ).trimmed();
  if ( perGemeente && !titelGegeven.isEmpty() )
    feedback->pushWarning( tr( "TITLE: one atlas per gemeente (PER_GEMEENTE) is titled with its gemeente; TITLE is not used." ) );

  std::unique_ptr<StrategieRegels> regels;
  if ( fields.lookupField( QStringLiteral( "strat_hoofd" ) ) < 0 )
    regels = std::make_unique<StrategieRegels>( StrategieRegels::uitBestandOfStandaard( parameterAsFile( parameters, QStringLiteral( "RULES" ), context ), QStringLiteral( "RULES" ) ) );
  else if ( !parameterAsFile( parameters, QStringLiteral( "RULES" ), context ).isEmpty() )
    feedback->pushWarning( tr( "RULES: INPUT has the strategy of 'Strategy suggestions' (strat_ fields); the atlas shows that one and does not use RULES." ) );
  const QString profielen = parameterAsFile( parameters, QStringLiteral( "PROFILES" ), context );
  if ( !profielen.isEmpty() && !QFileInfo( profielen ).isDir() )
    throw QgsProcessingException( tr( "PROFILES: '%1' is not a folder; expected the OUTPUT_FOLDER of 'Buurt profiles'." ).arg( profielen ) );

  // Simplified in metres, in the layer's CRS when it is in metres, else in RD New; drawn in WGS84.
  const QgsCoordinateReferenceSystem bronCrs = veerkracht::gebiedsCrs( *source, QgsCoordinateReferenceSystem(), context, feedback );
  const bool inMeters = bronCrs.mapUnits() == vkcompat::DistanceMeters;
  const QgsCoordinateReferenceSystem metrisch = inMeters ? bronCrs : QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) );
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  const QgsCoordinateTransform naarMeters( bronCrs, metrisch, context.transformContext() );
  const QgsCoordinateTransform naarWgs84( metrisch, wgs84, context.transformContext() );

  // Every area of INPUT gives the medians; the chosen ones are drawn.
  const QString gmNaamVeld = QStringLiteral( "gm_naam" );
  std::vector<veerkracht::ProfielGebied> alleWaarden;
  std::map<QString, QList<AtlasBuurt>> perGemeenteBuurten;
  std::map<QString, int> strategieIndex;
  long gelezen = 0, gekozen = 0, zonderVorm = 0, metProfiel = 0, zonderGemeente = 0;
  QStringList notPolygons, dubbel;
  QSet<QString> gezien;
  std::vector<long> buitenKlassen( inhoud.kaarten.size(), 0 ); // class values the map does not have
  const long totaal = source->featureCount() > 0 ? source->featureCount() : 1;
  QgsFeature f;
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    ++gelezen;
    const QString code = QString::fromStdString( veerkracht::normaliseAreaCode( veerkracht::tekst( f, codeField ).toStdString() ).code );
    const QString gemeente = QString::fromStdString( veerkracht::gemeenteCode( code.toStdString() ) );
    veerkracht::ProfielGebied waarden;
    waarden.gemeente = gemeente.toStdString();
    for ( const veerkracht::BuurtGetal &g : std::as_const( inhoud.rijen ) )
      waarden.waarden.push_back( veerkracht::getal( f, g.veld ) );
    if ( !gemeente.isEmpty() && !inhoud.gemeenteNamen.count( gemeente ) && !veerkracht::tekst( f, gmNaamVeld ).isEmpty() )
      inhoud.gemeenteNamen[gemeente] = veerkracht::tekst( f, gmNaamVeld );
    // A point among the areas (a layer of mixed geometries) has no outline to draw.
    if ( f.hasGeometry() && !f.geometry().isEmpty() && f.geometry().type() != vkcompat::GeometryPolygon )
      notPolygons << QStringLiteral( "%1 (%2)" ).arg( code.isEmpty() ? tr( "feature %1" ).arg( f.id() ) : code, QgsWkbTypes::displayString( f.geometry().wkbType() ) );
    if ( gemeente.isEmpty() )
      ++zonderGemeente;
    else if ( gezien.contains( code ) )
      dubbel << code;
    gezien << code;
    const bool kies = !gemeente.isEmpty() && ( wanted.isEmpty() || wanted.contains( gemeente ) );
    if ( kies )
    {
      ++gekozen;
      AtlasBuurt b;
      b.code = code;
      b.gemeente = gemeente;
      b.naam = veerkracht::tekst( f, nameField ).isEmpty() ? code : veerkracht::tekst( f, nameField );
      for ( const KaartStijl *stijl : inhoud.kaarten )
      {
        const std::optional<double> k = veerkracht::getal( f, stijl->classField );
        b.klassen.push_back( k ? std::optional<int>( static_cast<int>( std::lround( *k ) ) ) : std::nullopt );
        if ( b.klassen.back() && ( *b.klassen.back() < 0 || *b.klassen.back() >= static_cast<int>( veerkracht::labels( stijl->kaart ).size() ) ) )
          ++buitenKlassen[b.klassen.size() - 1];
      }
      for ( int r = 0; r < inhoud.rijen.size(); ++r )
        b.waarden.push_back( afgerond( waarden.waarden[static_cast<std::size_t>( r )], inhoud.rijen.at( r ).decimalen ) );
      const veerkracht::StrategieSuggestie s = regels ? veerkracht::strategieUitRegels( f, *regels ) : veerkracht::strategieUitLaag( f );
      if ( !s.hoofd.isEmpty() )
      {
        const QString sleutel = s.hoofd + QLatin1Char( '\n' ) + s.toelichting;
        auto [plek, nieuw] = strategieIndex.emplace( sleutel, inhoud.strategieen.size() );
        if ( nieuw )
          inhoud.strategieen << qMakePair( s.hoofd, s.toelichting );
        b.strategie = plek->second;
      }
      if ( !profielen.isEmpty() )
      {
        const QString profiel = QDir( profielen ).absoluteFilePath( code + QStringLiteral( "_buurtprofiel.html" ) );
        if ( QFileInfo( profiel ).isFile() )
        {
          b.profiel = profiel;
          ++metProfiel;
        }
      }
      QgsGeometry vorm = f.geometry();
      if ( !vorm.isEmpty() )
      {
        try
        {
          vorm.transform( naarMeters );
          if ( tolerance > 0 )
          {
            const QgsGeometry eenvoudig = vorm.simplify( tolerance );
            if ( !eenvoudig.isEmpty() )
              vorm = eenvoudig;
          }
          vorm.transform( naarWgs84 );
        }
        catch ( const QgsCsException &e )
        {
          throw QgsProcessingException( tr( "INPUT: area %1 cannot be transformed to WGS84: %2" ).arg( code, e.what() ) );
        }
        b.vormen = vormGetallen( vorm );
        const QgsPointXY punt = vorm.pointOnSurface().asPoint();
        b.lon = punt.x();
        b.lat = punt.y();
      }
      if ( b.vormen.isEmpty() )
        ++zonderVorm;
      else
        perGemeenteBuurten[gemeente] << b;
    }
    alleWaarden.push_back( std::move( waarden ) );
    feedback->setProgress( 80.0 * gelezen / totaal );
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( gelezen == 0 )
    throw QgsProcessingException( tr( "INPUT has no areas; expected a layer with at least one area." ) );
  if ( !dubbel.isEmpty() )
    throw QgsProcessingException( tr( "CODE_FIELD: %n area code(s) occur more than once in INPUT: %1. Expected one area per code; dissolve or remove the duplicates.", nullptr, static_cast<int>( dubbel.size() ) )
                                  .arg( veerkracht::listFirst( dubbel ) ) );
  if ( zonderGemeente > 0 )
    feedback->pushWarning( tr( "CODE_FIELD: %1 areas have no buurt or wijk code in '%2' that gives a gemeente; they are left out of the atlas." ).arg( zonderGemeente ).arg( codeField ) );
  for ( std::size_t m = 0; m < inhoud.kaarten.size(); ++m )
    if ( buitenKlassen[m] > 0 )
      feedback->pushWarning( tr( "INPUT: %1 areas have a value in %2 that is no class of %3; the atlas shows them as 'onvoldoende gegevens'." )
                             .arg( QString::number( buitenKlassen[m] ), inhoud.kaarten[m]->classField, inhoud.kaarten[m]->title ) );
  if ( !notPolygons.isEmpty() )
    throw QgsProcessingException( tr( "INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or run 'Prepare input data' on polygons.", nullptr, static_cast<int>( notPolygons.size() ) )
                                  .arg( veerkracht::listFirst( notPolygons ) ) );
  for ( const QString &code : std::as_const( wanted ) )
    if ( !perGemeenteBuurten.count( code ) )
      feedback->pushWarning( tr( "GEMEENTE: INPUT has no buurt of %1." ).arg( code ) );
  if ( perGemeenteBuurten.empty() )
    throw QgsProcessingException( wanted.isEmpty() ? tr( "CODE_FIELD: no code in '%1' gives a gemeente (or no area has a shape); expected buurt codes such as BU03440114." ).arg( codeField )
                                                   : tr( "GEMEENTE: INPUT has no buurt of %1; expected a gemeente code such as GM0344." ).arg( wanted.join( QStringLiteral( ", " ) ) ) );
  if ( zonderVorm > 0 )
    feedback->pushWarning( tr( "INPUT: %1 chosen areas have no shape; they are left out of the atlas." ).arg( zonderVorm ) );
  if ( !inhabitantsField.isEmpty() )
  {
    // The inhabitants are the first row: a field without one number in it is the wrong field.
    const bool ergens = std::any_of( alleWaarden.begin(), alleWaarden.end(), []( const veerkracht::ProfielGebied &g ) { return !g.waarden.empty() && g.waarden.front().has_value(); } );
    const int index = fields.lookupField( inhabitantsField );
    if ( !ergens && index >= 0 && !fields.at( index ).isNumeric() )
      throw QgsProcessingException( tr( "INHABITANTS_FIELD: the text field '%1' holds no number in any area; expected the number of inhabitants per area." ).arg( inhabitantsField ) );
    if ( !ergens )
      feedback->pushWarning( tr( "INHABITANTS_FIELD: '%1' is empty in every area; the atlas shows no inhabitants." ).arg( inhabitantsField ) );
  }
  inhoud.referentie = veerkracht::profielReferentie( alleWaarden, static_cast<std::size_t>( inhoud.rijen.size() ) );

  const QString folder = parameterAsString( parameters, QStringLiteral( "OUTPUT_FOLDER" ), context );
  if ( !QDir().mkpath( folder ) )
    throw QgsProcessingException( tr( "OUTPUT_FOLDER: cannot create '%1'." ).arg( folder ) );
  veerkracht::FolderOutput set( folder, QStringLiteral( "OUTPUT_FOLDER" ) );
  long geschreven = 0;
  int atlassen = 0;
  qint64 bytes = 0;
  if ( perGemeente )
  {
    for ( const auto &[gemeente, buurten] : perGemeenteBuurten )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      bytes += schrijfAtlas( set, gemeente, inhoud.gemeenteNaam( gemeente ), buurten, inhoud );
      geschreven += buurten.size();
      ++atlassen;
      feedback->setProgress( 80.0 + 20.0 * atlassen / static_cast<double>( perGemeenteBuurten.size() ) );
    }
    const QByteArray overzicht = overzichtHtml( perGemeenteBuurten, inhoud );
    schrijf( set, QStringLiteral( "index.html" ), overzicht );
    bytes += overzicht.size();
  }
  else
  {
    QList<AtlasBuurt> alle;
    for ( const auto &[gemeente, buurten] : perGemeenteBuurten )
      alle << buurten;
    QString titel = titelGegeven;
    if ( titel.isEmpty() && perGemeenteBuurten.size() == 1 )
      titel = inhoud.gemeenteNaam( perGemeenteBuurten.begin()->first );
    else if ( titel.isEmpty() )
      titel = tr( "%1 gemeenten" ).arg( perGemeenteBuurten.size() );
    bytes = schrijfAtlas( set, QString(), titel, alle, inhoud );
    geschreven = alle.size();
    atlassen = 1;
  }
  // Every chosen buurt with a shape is in exactly one atlas.
  if ( geschreven + zonderVorm != gekozen )
    throw QgsProcessingException( tr( "The atlas holds %1 buurten of the %2 chosen (%3 without a shape); the output was not put in place." ).arg( geschreven ).arg( gekozen ).arg( zonderVorm ) );
  if ( feedback->isCanceled() )
    return QVariantMap();
  set.commit( id() );
  feedback->setProgress( 100 );
  if ( !profielen.isEmpty() && metProfiel == 0 )
    feedback->pushWarning( tr( "PROFILES: '%1' holds no profile of a buurt of the atlas (BU…_buurtprofiel.html); the atlas has no profile links." ).arg( profielen ) );
  else if ( !profielen.isEmpty() )
    feedback->pushInfo( tr( "PROFILES: a link to the profile of %1 of %2 buurten." ).arg( metProfiel ).arg( geschreven ) );
  feedback->pushInfo( tr( "%1 atlases with %2 buurten and %3 maps, %4 kB in all, in %5." )
                      .arg( QString::number( atlassen ), QString::number( geschreven ), QString::number( inhoud.kaarten.size() ), QString::number( ( bytes + 512 ) / 1024 ), folder ) );
  return { { QStringLiteral( "OUTPUT_FOLDER" ), folder }, { QStringLiteral( "INDEX" ), set.finalPath( QStringLiteral( "index.html" ) ) },
           { QStringLiteral( "ATLASES" ), atlassen }, { QStringLiteral( "AREAS" ), static_cast<int>( geschreven ) } };
}
