// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/signaleringskaartalgorithm.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "model/modelerror.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <set>

using veerkracht::Column;

std::vector<std::pair<QString, QString>> SignaleringskaartAlgorithm::signalOutputs()
{
  const auto &labels = veerkracht::labels( veerkracht::Kaart::SignaleringAbsoluut );
  std::vector<std::pair<QString, QString>> outputs;
  for ( std::size_t c = 1; c <= labels.size(); ++c )
  {
    const QString label = QString::fromStdString( labels[c % labels.size()] ); // classes 1–4, then 0
    outputs.emplace_back( label.toUpper().replace( QLatin1Char( ' ' ), QLatin1Char( '_' ) ), label );
  }
  return outputs;
}

QString SignaleringskaartAlgorithm::name() const
{
  return QStringLiteral( "signaleringskaart" );
}

QString SignaleringskaartAlgorithm::displayName() const
{
  return tr( "Signal map (maps 7 and 8)" );
}

QStringList SignaleringskaartAlgorithm::tags() const
{
  return tr( "signaleringskaart,signaal,veerkracht onder druk,veerkrachtig,relatief,gemeente,mediaan,kaart 7,kaart 8" ).split( QLatin1Char( ',' ) );
}

QString SignaleringskaartAlgorithm::shortDescription() const
{
  return tr( "The signal per area from ΔK and ΔO: absolute (map 7) and relative to its gemeente (map 8)." );
}

QString SignaleringskaartAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Gives each area one of four signals from the change of vulnerable residents ΔK and of nuisance and unsafety ΔO "
             "(fields delta_k and delta_o of 'Development of K and O'):\n"
             "1 veerkracht onder druk: ΔK > ε and ΔO > ε (more vulnerable residents and more nuisance)\n"
             "2 veerkrachtig: ΔK > ε and ΔO ≤ ε (more vulnerable residents, nuisance did not rise)\n"
             "3 overlast neemt toe: ΔK ≤ ε and ΔO > ε\n"
             "4 stabiel of verbeterend: ΔK ≤ ε and ΔO ≤ ε\n"
             "0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, or ΔK or ΔO missing.\n"
             "Each Δ has its own dead band ε = DEAD_BAND × sd(Δ over the reference set), DEAD_BAND default 0.25.\n\n"
             "<b>Absolute</b> (map 7, sign_abs_klasse and sign_abs_label) applies the rule to ΔK and ΔO. <b>Relative</b> "
             "(map 8, sign_rel_klasse and sign_rel_label) applies it to ΔK − median(ΔK in the area's gemeente) and ΔO − "
             "median(ΔO in the gemeente) (written as delta_k_rel and delta_o_rel), with ε from the sd of those relative "
             "values: where the conclusions hold most and least <i>within</i> one gemeente. The gemeente is GROUP_FIELD, or, "
             "when empty, derived from the buurt code (GM + characters 3–6 of CODE_FIELD, detected when empty).\n\n"
             "Method: docs/method.md (specification.md §4, maps 7 and 8)." ) );
}

SignaleringskaartAlgorithm *SignaleringskaartAlgorithm::createInstance() const
{
  return new SignaleringskaartAlgorithm();
}

void SignaleringskaartAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "DELTA_K" ), tr( "ΔK field" ), QStringLiteral( "delta_k" ) );
  addFieldParameter( QStringLiteral( "DELTA_O" ), tr( "ΔO field" ), QStringLiteral( "delta_o" ) );
  addFieldParameter( QStringLiteral( "GROUP_FIELD" ), tr( "Group for the relative map (empty: the gemeente, from the area code)" ), QString(), true );
  addFieldParameter( QStringLiteral( "CODE_FIELD" ), tr( "Area code field, to derive the gemeente (empty: detect)" ), QString(), true );
  addDeadBandParameter();
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with their signal" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EPSILON_K" ), tr( "Dead band ε of ΔK" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EPSILON_O" ), tr( "Dead band ε of ΔO" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "REL_EPSILON_K" ), tr( "Dead band ε of relative ΔK" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "REL_EPSILON_O" ), tr( "Dead band ε of relative ΔO" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GROUPS" ), tr( "Groups (gemeenten) for the relative map" ) ) );
  for ( const auto &[key, label] : signalOutputs() )
    addOutput( new QgsProcessingOutputNumber( key, tr( "Areas '%1' (absolute)" ).arg( label ) ) );
}

QVariantMap SignaleringskaartAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const Column dK = areas.numeric( parameterAsString( parameters, QStringLiteral( "DELTA_K" ), context ), QStringLiteral( "DELTA_K" ) );
  const Column dO = areas.numeric( parameterAsString( parameters, QStringLiteral( "DELTA_O" ), context ), QStringLiteral( "DELTA_O" ) );
  const std::vector<bool> valid = sufficientData( areas, parameters, context, { &dK, &dO }, feedback );
  const double deadBand = parameterAsDouble( parameters, QStringLiteral( "DEAD_BAND" ), context );

  // Groups: a field, or the gemeente code derived from the area code.
  std::vector<std::string> groups;
  const QString groupField = parameterAsString( parameters, QStringLiteral( "GROUP_FIELD" ), context );
  if ( !groupField.isEmpty() )
  {
    groups = areas.text( groupField, QStringLiteral( "GROUP_FIELD" ) );
  }
  else
  {
    QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
    if ( codeField.isEmpty() )
      codeField = JoinTable::findField( areas.fields, JoinTable::codeFieldCandidates() );
    if ( codeField.isEmpty() )
      throw QgsProcessingException( tr( "GROUP_FIELD: no group field given and no area code field found to derive the gemeente from; expected GROUP_FIELD or CODE_FIELD." ) );
    int underived = 0;
    for ( const std::string &raw : areas.text( codeField, QStringLiteral( "CODE_FIELD" ) ) )
    {
      const std::string gemeente = veerkracht::gemeenteCode( veerkracht::normaliseAreaCode( raw ).code );
      underived += gemeente.empty() ? 1 : 0;
      groups.push_back( gemeente );
    }
    if ( underived )
      feedback->pushWarning( tr( "%n area(s) have no buurt or wijk code in '%1' to derive the gemeente from; they form one group of their own for the relative map.", nullptr, static_cast<int>( underived ) )
                             .arg( codeField ) );
  }
  const std::set<std::string> distinct( groups.begin(), groups.end() );

  veerkracht::SignaleringsKaart absolute, relative;
  try
  {
    absolute = veerkracht::signaleringsKaart( dK, dO, valid, deadBand );
    relative = veerkracht::relatieveSignaleringsKaart( dK, dO, groups, valid, deadBand );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw parameterError( e, { { QStringLiteral( "dK" ), veerkracht::ParameterTekst( QStringLiteral( "DELTA_K" ) ) },
      { QStringLiteral( "dO" ), veerkracht::ParameterTekst( QStringLiteral( "DELTA_O" ) ) } } );
  }
  feedback->pushInfo( tr( "Map 7 (absolute; ε ΔK %1, ε ΔO %2): %3" ).arg( absolute.epsilonK, 0, 'g', 6 ).arg( absolute.epsilonO, 0, 'g', 6 )
                      .arg( classCounts( absolute.classes, veerkracht::Kaart::SignaleringAbsoluut ) ) );
  if ( relative.undetermined )
    feedback->pushWarning( tr( "Map 8 cannot be made: relative to %1 group(s) the changes do not vary (one area per group?); every area gets 'onvoldoende gegevens' on it." )
                           .arg( distinct.size() ) );
  else
    feedback->pushInfo( tr( "Map 8 (relative to %1 group(s); ε ΔK %2, ε ΔO %3): %4" ).arg( distinct.size() ).arg( relative.epsilonK, 0, 'g', 6 ).arg( relative.epsilonO, 0, 'g', 6 )
                      .arg( classCounts( relative.classes, veerkracht::Kaart::SignaleringRelatief ) ) );

  OutputColumns columns;
  columns.addNumber( QStringLiteral( "delta_k_rel" ), relative.deltaK );
  columns.addNumber( QStringLiteral( "delta_o_rel" ), relative.deltaO );
  columns.addClass( QStringLiteral( "sign_abs_klasse" ), QStringLiteral( "sign_abs_label" ), absolute.classes, veerkracht::Kaart::SignaleringAbsoluut );
  columns.addClass( QStringLiteral( "sign_rel_klasse" ), QStringLiteral( "sign_rel_label" ), relative.classes, veerkracht::Kaart::SignaleringRelatief );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "07_signaleringskaart_absoluut" ), QStringLiteral( "08_signaleringskaart_relatief" ) }, context, feedback );
  QVariantMap results { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "EPSILON_K" ), absolute.epsilonK }, { QStringLiteral( "EPSILON_O" ), absolute.epsilonO },
    { QStringLiteral( "REL_EPSILON_K" ), relative.epsilonK }, { QStringLiteral( "REL_EPSILON_O" ), relative.epsilonO },
    { QStringLiteral( "GROUPS" ), static_cast<int>( distinct.size() ) } };
  const auto keys = signalOutputs();
  for ( std::size_t c = 1; c <= keys.size(); ++c )
    results.insert( keys[c - 1].first, static_cast<int>( std::count( absolute.classes.begin(), absolute.classes.end(), static_cast<int>( c % keys.size() ) ) ) );
  return results;
}
