// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/strategiealgorithm.h"
#include "model/strategie.h"
#include "support/kaartstijlen.h"
#include "support/strategieregels.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <map>

QString StrategieAlgorithm::name() const
{
  return QStringLiteral( "strategie" );
}

QString StrategieAlgorithm::group() const
{
  return QCoreApplication::translate( "KaartAlgorithm", "Veerkrachtkaarten" );
}

QString StrategieAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString StrategieAlgorithm::displayName() const
{
  return tr( "Strategy suggestions" );
}

QStringList StrategieAlgorithm::tags() const
{
  return tr( "strategie,aanpak,leefomgeving,sociale aanpak,woninggebruik,woningprogramma,prestatieafspraken,woonvisie,wijkaanpak" ).split( QLatin1Char( ',' ) );
}

QString StrategieAlgorithm::shortDescription() const
{
  return tr( "Per area a suggested mix of the four strategies (leefomgeving, sociale aanpak, woninggebruik, woningprogramma), from a rule table." );
}

QString StrategieAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Suggests, per area of a veerkrachtkaarten layer (the output of 'Resilience maps'), how much weight each of "
             "the four strategies discussed in the sector deserves: <i>leefomgeving</i> (public space, facilities; clean, "
             "whole, safe), <i>sociale aanpak</i> (care, support, social management, debt), <i>woninggebruik</i> (allocation, "
             "spreading, suitable housing) and <i>woningprogramma</i> (differentiating the stock). They are meant to be used "
             "together and in cooperation.\n\n"
             "A rule table decides: each rule has conditions on corporatiebuurt (ja/nee), the signal (map 7, or map 8 with "
             "SIGNAL relatief), the focus (map 9) and the development of K and O (maps 3 and 5) — class numbers or the maps' "
             "Dutch labels, several joined by |, * for any — and a weight 0–2 per strategy with a short Dutch explanation. "
             "The first rule that applies to an area fires. RULES is your own table (CSV with a header line, or JSON); empty "
             "uses the default table documented in docs/strategie.md.\n\n"
             "Written per area: strat_leefomgeving, strat_sociale_aanpak, strat_woninggebruik, strat_woningprogramma (0–2), "
             "strat_hoofd (the main strategy in Dutch), strat_regel and strat_toelichting (which rule fired, and why).\n\n"
             "<b>A prompt for the conversation, never a verdict</b>: put it beside what residents and professionals see in "
             "practice." ) );
}

StrategieAlgorithm *StrategieAlgorithm::createInstance() const
{
  return new StrategieAlgorithm();
}

void StrategieAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "RULES" ), tr( "Rule table (CSV or JSON; empty: the default table)" ), vkcompat::FileBehaviorFile, QString(), QVariant(), true,
                                                tr( "Rule tables (*.csv *.json)" ) ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "SIGNAL" ), tr( "Signal map the rules read" ), QStringList { tr( "Absolute (map 7)" ), tr( "Relative to the gemeente (map 8)" ) }, false, 0 ) );
  addAreaOutput( tr( "Areas with their strategy suggestion" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "WITHOUT_RULE" ), tr( "Areas to which no rule applies" ) ) );
}

QVariantMap StrategieAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString path = parameterAsFile( parameters, QStringLiteral( "RULES" ), context );
  const StrategieRegels tabel = StrategieRegels::uitBestandOfStandaard( path, QStringLiteral( "RULES" ) );
  feedback->pushInfo( tr( "%n rule(s) from %1.", nullptr, static_cast<int>( tabel.regels().size() ) ).arg( path.isEmpty() ? tr( "the default table (docs/strategie.md)" ) : path ) );

  const AreaData areas = readAreas( parameters, context, feedback );
  const bool relatief = parameterAsEnum( parameters, QStringLiteral( "SIGNAL" ), context ) == 1;
  std::map<std::string, std::vector<int>> klassen;
  for ( const QString &kenmerk : tabel.gebruikteKenmerken() )
  {
    const QString veld = StrategieRegels::kenmerkVeld( kenmerk, relatief );
    if ( areas.fields.lookupField( veld ) < 0 )
      throw QgsProcessingException( tr( "RULES: the rules use %1, but INPUT has no field %2; expected the output of 'Resilience maps' (with a corporation share for corporatiebuurt)." ).arg( kenmerk, veld ) );
    const veerkracht::Column waarden = areas.numeric( veld, QStringLiteral( "INPUT" ) );
    std::vector<int> k( areas.size(), veerkracht::ONVOLDOENDE_GEGEVENS );
    for ( std::size_t i = 0; i < areas.size(); ++i )
      k[i] = waarden[i] ? static_cast<int>( *waarden[i] ) : veerkracht::ONVOLDOENDE_GEGEVENS;
    klassen[kenmerk.toStdString()] = k;
  }

  std::array<std::vector<int>, 4> gewichten;
  for ( std::vector<int> &g : gewichten )
    g.assign( areas.size(), 0 );
  std::vector<QString> hoofd( areas.size() ), regelId( areas.size() ), toelichting( areas.size() );
  std::map<QString, int> gevuurd;
  int zonderRegel = 0;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    const veerkracht::StrategieKeuze keuze = veerkracht::kiesStrategie( tabel.regels(), veerkracht::profielUitKlassen( [&]( const std::string &kenmerk ) {
      const auto k = klassen.find( kenmerk );
      return k != klassen.end() ? k->second[i] : veerkracht::ONVOLDOENDE_GEGEVENS;
    } ) );
    hoofd[i] = QString::fromStdString( keuze.hoofd );
    if ( !keuze.gevonden )
    {
      ++zonderRegel;
      toelichting[i] = tr( "No rule of the table applies to this area." );
      continue;
    }
    for ( std::size_t g = 0; g < 4; ++g )
      gewichten[g][i] = keuze.gewichten[g];
    regelId[i] = QString::fromStdString( keuze.regel );
    toelichting[i] = QString::fromStdString( keuze.toelichting );
    ++gevuurd[regelId[i]];
  }
  QStringList telling;
  for ( const veerkracht::Regel &r : tabel.regels() )
    telling << QStringLiteral( "%1 %2" ).arg( QString::fromStdString( r.id ) ).arg( gevuurd[QString::fromStdString( r.id )] );
  feedback->pushInfo( tr( "Areas per rule: %1." ).arg( telling.join( QStringLiteral( ", " ) ) ) );
  if ( zonderRegel )
    feedback->pushWarning( tr( "%n area(s) match no rule and get no suggestion; end the table with a rule whose conditions are all * to cover every area.", nullptr, static_cast<int>( zonderRegel ) ) );

  OutputColumns columns;
  columns.addInteger( QStringLiteral( "strat_leefomgeving" ), gewichten[0] );
  columns.addInteger( QStringLiteral( "strat_sociale_aanpak" ), gewichten[1] );
  columns.addInteger( QStringLiteral( "strat_woninggebruik" ), gewichten[2] );
  columns.addInteger( QStringLiteral( "strat_woningprogramma" ), gewichten[3] );
  columns.addText( QStringLiteral( "strat_hoofd" ), hoofd );
  columns.addText( QStringLiteral( "strat_regel" ), regelId );
  columns.addText( QStringLiteral( "strat_toelichting" ), toelichting );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  // The input's maps stay with it: the signal map first, then every other map the layer has.
  QStringList stijlen { QStringLiteral( "07_signaleringskaart_absoluut" ) };
  for ( const KaartStijl &stijl : kaartStijlen() )
  {
    if ( !stijlen.contains( stijl.id ) && areas.fields.lookupField( stijl.classField ) >= 0 )
      stijlen << stijl.id;
  }
  if ( areas.fields.lookupField( QStringLiteral( "sign_abs_klasse" ) ) < 0 )
    stijlen.removeFirst();
  if ( !stijlen.isEmpty() )
    styleOutput( destination, stijlen, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "WITHOUT_RULE" ), zonderRegel } };
}
