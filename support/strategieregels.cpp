// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/strategieregels.h"
#include "model/kaarten.h"

#include <qgsexception.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

using veerkracht::Kaart;

const QMap<QString, Kaart> &kenmerkKaart()
{
  static const QMap<QString, Kaart> kaarten {
    { QStringLiteral( "signaal" ), Kaart::SignaleringAbsoluut },
    { QStringLiteral( "focus" ), Kaart::Focus },
    { QStringLiteral( "ontwikkeling_k" ), Kaart::OntwikkelingKwetsbaar },
    { QStringLiteral( "ontwikkeling_o" ), Kaart::OntwikkelingOverlast },
  };
  return kaarten;
}

const QStringList &gewichtKolommen()
{
  static const QStringList kolommen { QStringLiteral( "leefomgeving" ), QStringLiteral( "sociale_aanpak" ), QStringLiteral( "woninggebruik" ), QStringLiteral( "woningprogramma" ) };
  return kolommen;
}

//! Where a value came from, for messages: "line 5" or "rule 3".
struct Plaats
{
  QString bron;
  QString waar;
  QString tekst() const { return QStringLiteral( "%1 %2" ).arg( bron, waar ); }
};

std::set<int> klassen( const QString &kenmerk, const QString &cel, const Plaats &plaats )
{
  std::set<int> uit;
  const QString waarde = cel.trimmed();
  if ( waarde.isEmpty() || waarde == QLatin1String( "*" ) )
    return uit;
  const std::vector<std::string> &labels = veerkracht::labels( kenmerkKaart().value( kenmerk ) );
  for ( const QString &deel : waarde.split( QLatin1Char( '|' ) ) )
  {
    const QString d = deel.trimmed();
    bool isGetal = false;
    const int getal = d.toInt( &isGetal );
    if ( isGetal && getal >= 0 && getal < static_cast<int>( labels.size() ) )
    {
      uit.insert( getal );
      continue;
    }
    int gevonden = -1;
    for ( std::size_t i = 0; i < labels.size(); ++i )
    {
      if ( d.compare( QString::fromStdString( labels[i] ), Qt::CaseInsensitive ) == 0 )
        gevonden = static_cast<int>( i );
    }
    if ( gevonden < 0 )
    {
      QStringList namen;
      for ( const std::string &l : labels )
        namen << QString::fromStdString( l );
      // One arg() for all values: a chained arg() would expand a "%2" in the user's cell.
      throw QgsProcessingException( StrategieRegels::tr( "%1, %2: '%3' is not a class of this map; expected a number 0–%4 or one of: %5 (several joined by |, or * for any)." )
                                    .arg( plaats.tekst(), kenmerk, d, QString::number( labels.size() - 1 ), namen.join( QStringLiteral( ", " ) ) ) );
    }
    uit.insert( gevonden );
  }
  return uit;
}

veerkracht::Regel maakRegel( const QMap<QString, QString> &cellen, const Plaats &plaats, int nummer )
{
  veerkracht::Regel r;
  r.id = cellen.value( QStringLiteral( "regel" ) ).trimmed().toStdString();
  if ( r.id.empty() )
    r.id = QStringLiteral( "R%1" ).arg( nummer ).toStdString();
  const QString corporatie = cellen.value( QStringLiteral( "corporatiebuurt" ) ).trimmed().toLower();
  if ( corporatie == QLatin1String( "ja" ) )
    r.corporatiebuurt = true;
  else if ( corporatie == QLatin1String( "nee" ) )
    r.corporatiebuurt = false;
  else if ( !corporatie.isEmpty() && corporatie != QLatin1String( "*" ) )
    throw QgsProcessingException( StrategieRegels::tr( "%1, corporatiebuurt: '%2'; expected ja, nee or * (any)." ).arg( plaats.tekst(), corporatie ) );
  r.signaal = klassen( QStringLiteral( "signaal" ), cellen.value( QStringLiteral( "signaal" ) ), plaats );
  r.focus = klassen( QStringLiteral( "focus" ), cellen.value( QStringLiteral( "focus" ) ), plaats );
  r.ontwikkelingK = klassen( QStringLiteral( "ontwikkeling_k" ), cellen.value( QStringLiteral( "ontwikkeling_k" ) ), plaats );
  r.ontwikkelingO = klassen( QStringLiteral( "ontwikkeling_o" ), cellen.value( QStringLiteral( "ontwikkeling_o" ) ), plaats );
  for ( int g = 0; g < 4; ++g )
  {
    const QString kolom = gewichtKolommen().at( g );
    const QString cel = cellen.value( kolom ).trimmed();
    bool ok = false;
    const int gewicht = cel.toInt( &ok );
    if ( !ok || gewicht < 0 || gewicht > 2 )
      throw QgsProcessingException( StrategieRegels::tr( "%1, %2: '%3'; expected a weight 0, 1 or 2." ).arg( plaats.tekst(), kolom, cel ) );
    r.gewichten[static_cast<std::size_t>( g )] = gewicht;
  }
  r.toelichting = cellen.value( QStringLiteral( "toelichting" ) ).trimmed().toStdString();
  if ( r.toelichting.empty() )
    throw QgsProcessingException( StrategieRegels::tr( "%1, toelichting: empty; expected a short Dutch explanation of the suggestion." ).arg( plaats.tekst() ) );
  return r;
}

void controleerKolom( const QString &kolom, const Plaats &plaats )
{
  if ( !StrategieRegels::kolommen().contains( kolom ) )
    throw QgsProcessingException( StrategieRegels::tr( "%1: unknown column '%2'; expected the columns %3." ).arg( plaats.tekst(), kolom, StrategieRegels::kolommen().join( QStringLiteral( ", " ) ) ) );
}

} // namespace

QStringList StrategieRegels::kolommen()
{
  return { QStringLiteral( "regel" ), QStringLiteral( "corporatiebuurt" ), QStringLiteral( "signaal" ), QStringLiteral( "focus" ), QStringLiteral( "ontwikkeling_k" ),
           QStringLiteral( "ontwikkeling_o" ), QStringLiteral( "leefomgeving" ), QStringLiteral( "sociale_aanpak" ), QStringLiteral( "woninggebruik" ),
           QStringLiteral( "woningprogramma" ), QStringLiteral( "toelichting" ) };
}

StrategieRegels StrategieRegels::standaard()
{
  QFile file( QStringLiteral( ":/veerkracht/strategie/standaardregels.csv" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException( tr( "The default strategy rules are missing from the library." ) );
  return uitTekst( QString::fromUtf8( file.readAll() ), QStringLiteral( "standaardregels.csv" ) );
}

StrategieRegels StrategieRegels::uitBestand( const QString &path, const QString &parameter )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException( tr( "%1: cannot read '%2'; expected a rule table as CSV or JSON." ).arg( parameter, path ) );
  return uitTekst( QString::fromUtf8( file.readAll() ), parameter );
}

StrategieRegels StrategieRegels::uitBestandOfStandaard( const QString &path, const QString &parameter )
{
  return path.isEmpty() ? standaard() : uitBestand( path, parameter );
}

StrategieRegels StrategieRegels::uitTekst( const QString &text, const QString &bron )
{
  StrategieRegels tabel;
  QString inhoud = text;
  if ( inhoud.startsWith( QChar( 0xFEFF ) ) )
    inhoud.remove( 0, 1 );
  if ( inhoud.trimmed().startsWith( QLatin1Char( '[' ) ) )
  {
    QJsonParseError fout;
    const QJsonDocument document = QJsonDocument::fromJson( inhoud.toUtf8(), &fout );
    if ( fout.error != QJsonParseError::NoError )
    {
      const int regel = inhoud.toUtf8().left( fout.offset ).count( '\n' ) + 1;
      throw QgsProcessingException( tr( "%1 line %2: not valid JSON (%3); expected an array of rules, e.g. [{\"regel\": \"R1\", \"signaal\": \"veerkrachtig\", …}]." )
                                    .arg( bron, QString::number( regel ), fout.errorString() ) );
    }
    const QJsonArray regels = document.array();
    for ( int i = 0; i < regels.size(); ++i )
    {
      const Plaats plaats { bron, tr( "rule %1" ).arg( i + 1 ) };
      if ( !regels.at( i ).isObject() )
        throw QgsProcessingException( tr( "%1: not an object; expected {\"regel\": …, \"signaal\": …, \"toelichting\": …}." ).arg( plaats.tekst() ) );
      const QJsonObject object = regels.at( i ).toObject();
      QMap<QString, QString> cellen;
      for ( auto it = object.begin(); it != object.end(); ++it )
      {
        controleerKolom( it.key(), plaats );
        if ( it.value().isArray() )
        {
          QStringList delen;
          for ( const QJsonValue &v : it.value().toArray() )
            delen << v.toVariant().toString();
          cellen.insert( it.key(), delen.join( QLatin1Char( '|' ) ) );
        }
        else
          cellen.insert( it.key(), it.value().toVariant().toString() );
      }
      tabel.mRegels.push_back( maakRegel( cellen, plaats, i + 1 ) );
    }
  }
  else
  {
    const QStringList regels = inhoud.split( QLatin1Char( '\n' ) );
    QStringList kop;
    QChar scheiding = QLatin1Char( ';' );
    int nummer = 0;
    for ( int l = 0; l < regels.size(); ++l )
    {
      const QString regel = QString( regels.at( l ) ).remove( QLatin1Char( '\r' ) );
      if ( regel.trimmed().isEmpty() || regel.trimmed().startsWith( QLatin1Char( '#' ) ) )
        continue;
      const Plaats plaats { bron, tr( "line %1" ).arg( l + 1 ) };
      if ( kop.isEmpty() )
      {
        scheiding = regel.count( QLatin1Char( ';' ) ) >= regel.count( QLatin1Char( ',' ) ) ? QLatin1Char( ';' ) : QLatin1Char( ',' );
        for ( const QString &k : regel.split( scheiding ) )
        {
          controleerKolom( k.trimmed().toLower(), plaats );
          kop << k.trimmed().toLower();
        }
        for ( const QString &nodig : gewichtKolommen() + QStringList { QStringLiteral( "toelichting" ) } )
        {
          if ( !kop.contains( nodig ) )
            throw QgsProcessingException( tr( "%1: the column '%2' is missing; expected the columns %3." ).arg( plaats.tekst(), nodig, kolommen().join( QStringLiteral( ", " ) ) ) );
        }
        continue;
      }
      // The explanation is last and may itself hold the separator.
      QStringList cellen = regel.split( scheiding );
      if ( cellen.size() > kop.size() && kop.last() == QLatin1String( "toelichting" ) )
      {
        const QString rest = cellen.mid( kop.size() - 1 ).join( scheiding );
        cellen = cellen.mid( 0, kop.size() - 1 );
        cellen << rest;
      }
      if ( cellen.size() != kop.size() )
        throw QgsProcessingException( tr( "%1: %2 fields where the header has %3; expected one value per column, separated by '%4'." )
                                      .arg( plaats.tekst(), QString::number( cellen.size() ), QString::number( kop.size() ), QString( scheiding ) ) );
      QMap<QString, QString> waarden;
      for ( int k = 0; k < kop.size(); ++k )
        waarden.insert( kop.at( k ), cellen.at( k ) );
      tabel.mRegels.push_back( maakRegel( waarden, plaats, ++nummer ) );
    }
    if ( kop.isEmpty() )
      throw QgsProcessingException( tr( "%1: empty; expected a header line with the columns %2 and one rule per line." ).arg( bron, kolommen().join( QStringLiteral( ", " ) ) ) );
  }
  if ( tabel.mRegels.empty() )
    throw QgsProcessingException( tr( "%1: no rules; expected at least one rule." ).arg( bron ) );
  return tabel;
}

QSet<QString> StrategieRegels::gebruikteKenmerken() const
{
  QSet<QString> gebruikt;
  for ( const veerkracht::Regel &r : mRegels )
  {
    if ( r.corporatiebuurt )
      gebruikt << QStringLiteral( "corporatiebuurt" );
    if ( !r.signaal.empty() )
      gebruikt << QStringLiteral( "signaal" );
    if ( !r.focus.empty() )
      gebruikt << QStringLiteral( "focus" );
    if ( !r.ontwikkelingK.empty() )
      gebruikt << QStringLiteral( "ontwikkeling_k" );
    if ( !r.ontwikkelingO.empty() )
      gebruikt << QStringLiteral( "ontwikkeling_o" );
  }
  return gebruikt;
}

QString StrategieRegels::kenmerkVeld( const QString &kenmerk, bool relatief )
{
  static const QMap<QString, QString> velden {
    { QStringLiteral( "corporatiebuurt" ), QStringLiteral( "corp_klasse" ) },
    { QStringLiteral( "focus" ), QStringLiteral( "focus_klasse" ) },
    { QStringLiteral( "ontwikkeling_k" ), QStringLiteral( "dk_klasse" ) },
    { QStringLiteral( "ontwikkeling_o" ), QStringLiteral( "do_klasse" ) },
  };
  if ( kenmerk == QLatin1String( "signaal" ) )
    return relatief ? QStringLiteral( "sign_rel_klasse" ) : QStringLiteral( "sign_abs_klasse" );
  return velden.value( kenmerk );
}
