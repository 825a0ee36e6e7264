// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/buurtgetallen.h"
#include "model/areacode.h"
#include "model/numbertext.h"
#include "model/strategie.h"
#include "support/reporting.h"
#include "support/strategieregels.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsfeature.h>

#include <QLocale>

#include <cmath>

namespace veerkracht {

const QList<BuurtGetal> &buurtGetallen()
{
  static const QList<BuurtGetal> rijen {
    { QStringLiteral( "Kwetsbare bewoners (K, nu)" ), QStringLiteral( "Vulnerable residents (K, now)" ), QStringLiteral( "k_t1" ), 2, QStringLiteral( "k_label" ) },
    { QStringLiteral( "Overlast en onveiligheid (O, nu)" ), QStringLiteral( "Nuisance and unsafety (O, now)" ), QStringLiteral( "o_t1" ), 2, QStringLiteral( "o_label" ) },
    { QStringLiteral( "Ontwikkeling kwetsbare bewoners (ΔK)" ), QStringLiteral( "Development of vulnerable residents (ΔK)" ), QStringLiteral( "delta_k" ), 2, QStringLiteral( "dk_label" ) },
    { QStringLiteral( "Ontwikkeling overlast (ΔO)" ), QStringLiteral( "Development of nuisance (ΔO)" ), QStringLiteral( "delta_o" ), 2, QStringLiteral( "do_label" ) },
    { QStringLiteral( "Corporatiebezit (%)" ), QStringLiteral( "Corporation housing (%)" ), QStringLiteral( "corp_aandeel" ), 0, QStringLiteral( "corp_label" ) },
    { QStringLiteral( "Veerkrachtscore" ), QStringLiteral( "Resilience score" ), QStringLiteral( "score" ), 2, QStringLiteral( "score_label" ) },
  };
  return rijen;
}

QList<BuurtGetal> profielRijen( const QString &inhabitantsField )
{
  QList<BuurtGetal> rijen = buurtGetallen();
  if ( !inhabitantsField.isEmpty() )
    rijen.prepend( { QStringLiteral( "Inwoners" ), QStringLiteral( "Inhabitants" ), inhabitantsField, 0, QString() } );
  return rijen;
}

std::optional<double> getal( const QgsFeature &f, const QString &veld )
{
  const int i = f.fields().lookupField( veld );
  if ( i < 0 || vkcompat::isNull( f.attribute( i ) ) )
    return std::nullopt;
  bool ok = false;
  const double v = f.attribute( i ).toDouble( &ok );
  if ( ok && !isPlausibleValue( v ) && std::isfinite( v ) )
    throw QgsProcessingException( QCoreApplication::translate( "BuurtGetallen", "INPUT: field '%1' of area %2 holds %3; expected a number of at most 10^15 in magnitude (an export or unit fault: correct or empty it)." )
                                  .arg( veld, QString::number( f.id() ), QString::number( v ) ) );
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

QStringList gewensteCodes( const QString &codes )
{
  QStringList wanted;
  for ( const QString &c : commaList( codes.toUpper() ) )
    if ( !c.isEmpty() )
      wanted << QString::fromStdString( normaliseAreaCode( c.toStdString() ).code );
  return wanted;
}

StrategieSuggestie strategieUitLaag( const QgsFeature &area )
{
  StrategieSuggestie s;
  const QStringList velden { QStringLiteral( "strat_leefomgeving" ), QStringLiteral( "strat_sociale_aanpak" ), QStringLiteral( "strat_woninggebruik" ), QStringLiteral( "strat_woningprogramma" ) };
  for ( int i = 0; i < 4; ++i )
    s.gewichten[static_cast<std::size_t>( i )] = static_cast<int>( getal( area, velden[i] ).value_or( 0 ) );
  s.hoofd = tekst( area, QStringLiteral( "strat_hoofd" ) );
  s.toelichting = tekst( area, QStringLiteral( "strat_toelichting" ) );
  return s;
}

StrategieSuggestie strategieUitRegels( const QgsFeature &area, const StrategieRegels &regels )
{
  const Profiel profiel = profielUitKlassen( [&]( const std::string &kenmerk ) {
    return static_cast<int>( getal( area, StrategieRegels::kenmerkVeld( QString::fromStdString( kenmerk ), false ) ).value_or( 0 ) );
  } );
  const StrategieKeuze keuze = kiesStrategie( regels.regels(), profiel );
  StrategieSuggestie s;
  if ( keuze.gevonden )
  {
    s.gewichten = keuze.gewichten;
    s.hoofd = QString::fromStdString( keuze.hoofd );
    s.toelichting = QString::fromStdString( keuze.toelichting );
  }
  return s;
}

} // namespace veerkracht
