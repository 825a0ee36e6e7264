// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/indexalgorithm.h"
#include "support/indicatortabel.h"
#include "support/parametercontrole.h"
#include "model/modelerror.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using veerkracht::Column;

void IndexAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INDICATORS_T0" ), tr( "Indicator fields at t0" ), QVariant(), QStringLiteral( "INPUT" ),
                vkcompat::FieldAny, true, false ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INDICATORS_T1" ), tr( "Indicator fields at t1, in the same order (empty: one moment)" ), QVariant(), QStringLiteral( "INPUT" ),
                vkcompat::FieldAny, true, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "DIRECTIONS" ), tr( "Direction per indicator: 1 = higher is worse, -1 = higher is better (comma-separated)" ),
                defaultDirections().isEmpty() ? QVariant() : QVariant( defaultDirections() ), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "WEIGHTS" ), tr( "Weight per indicator (comma-separated; empty: equal)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "DENOMINATORS_T0" ), tr( "Denominator field per indicator at t0, for a rate per 1000 (comma-separated; empty entry: none)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "DENOMINATORS_T1" ), tr( "Denominator field per indicator at t1 (comma-separated; empty entry: none)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "STANDARDISATION" ), tr( "Standardisation (parameters from the reference set at t0)" ),
                QStringList() << QStringLiteral( "zscore" ) << QStringLiteral( "percentile" ) << QStringLiteral( "minmax" ) << QStringLiteral( "none" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_SHARE" ), tr( "Minimum share of indicators with a value" ), vkcompat::NumberDouble, 0.5, false, 0, 1 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "REFERENCE_FILTER" ), tr( "Reference set (filter expression; empty: all areas with enough data)" ), QVariant(),
                QStringLiteral( "INPUT" ), true ) );
  addSmallAreaParameters();
  addParameter( new QgsProcessingParameterString( QStringLiteral( "FIELD_PREFIX" ), tr( "Output field prefix (<prefix>_t0, <prefix>_t1)" ), defaultPrefix() ) );
  addAreaOutput( tr( "Areas with %1" ).arg( indexName() ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "MISSING_T0" ), tr( "Areas without %1 at t0" ).arg( indexName() ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "MISSING_T1" ), tr( "Areas without %1 at t1" ).arg( indexName() ) ) );
}

QString IndexAlgorithm::parameterHelp() const
{
  return tr( "<b>Indicators</b>: INDICATORS_T0 and INDICATORS_T1 list the same indicators for the two moments, in the same order "
             "(leave INDICATORS_T1 empty for one moment). DIRECTIONS gives +1 (higher is worse) or -1 (higher is better) per "
             "indicator, WEIGHTS their relative weights (default equal). DENOMINATORS_T0/T1 turn a count into a rate per 1000 "
             "(e.g. a_soz_wb per a_inw); leave an entry empty for an indicator that already is a rate or share.\n\n"
             "<b>Standardisation</b>: zscore (default), percentile (rank 0–100 in the t0 distribution), minmax, or none (a single "
             "share passes through unchanged). The parameters come from the reference set <i>at t0</i> and are reused for t1, so "
             "that a real increase shows as an increase. The reference set is every area that is not small (INHABITANTS_FIELD < "
             "MIN_INWONERS, default 100), has a value for REQUIRED_FIELDS and passes REFERENCE_FILTER.\n\n"
             "<b>Missing</b>: the index is the weighted mean of the available standardised indicators, and missing (NULL) when "
             "fewer than MIN_SHARE (default half) of them have a value. CBS sentinels and '.', 'NA' count as missing.\n\n"
             "Method: docs/method.md (specification.md §3)." );
}

IndexAlgorithm::Indicators IndexAlgorithm::readIndicators( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  Indicators indicators;
  indicators.fieldsT0 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "INDICATORS_T0" ), context );
  indicators.fieldsT1 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "INDICATORS_T1" ), context );
  const QStringList &fieldsT0 = indicators.fieldsT0;
  const QStringList &fieldsT1 = indicators.fieldsT1;
  if ( fieldsT0.isEmpty() )
    throw veerkracht::ParameterFout( { QStringLiteral( "INDICATORS_T0" ) }, []( const QStringList &p ) {
      return tr( "%1: no indicator field given; expected at least one numeric field of INPUT." ).arg( p.at( 0 ) );
    } );
  if ( !fieldsT1.isEmpty() && fieldsT1.size() != fieldsT0.size() )
    throw veerkracht::ParameterFout( { QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "INDICATORS_T0" ) }, [t1 = fieldsT1.size(), t0 = fieldsT0.size()]( const QStringList &p ) {
      return tr( "%1 has %n field(s) and %2 %3; expected the same indicators at both moments, in the same order.", nullptr, t1 ).arg( p.at( 0 ), p.at( 1 ) ).arg( t0 );
    } );
  const int n = fieldsT0.size();
  indicators.directions = veerkracht::perIndicator( QStringLiteral( "DIRECTIONS" ), parameterAsString( parameters, QStringLiteral( "DIRECTIONS" ), context ), n, 1,
                                        []( double v ) { return v == 1 || v == -1; }, tr( "1 or -1" ) );
  indicators.weights = veerkracht::perIndicator( QStringLiteral( "WEIGHTS" ), parameterAsString( parameters, QStringLiteral( "WEIGHTS" ), context ), n, 1,
                                     []( double v ) { return v >= veerkracht::minGewicht && v <= veerkracht::maxGewicht; },
                                     tr( "a number from %1 to %2 (weights are relative)" ).arg( veerkracht::minGewicht ).arg( veerkracht::maxGewicht ) );
  indicators.denominatorsT0 = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "DENOMINATORS_T0" ), context ) );
  indicators.denominatorsT1 = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "DENOMINATORS_T1" ), context ) );
  checkDenominators( indicators );
  return indicators;
}

void IndexAlgorithm::checkDenominators( const Indicators &indicators )
{
  const int n = indicators.fieldsT0.size();
  const auto atMostOnePerIndicator = [n]( const QString &parameter, const QStringList &denominators ) {
    if ( denominators.size() > n )
      throw veerkracht::ParameterFout( { parameter }, [given = denominators.size(), n]( const QStringList &p ) {
        return tr( "%1 names %2 fields for %3 indicators; expected at most one per indicator." ).arg( p.at( 0 ) ).arg( given ).arg( n );
      } );
  };
  atMostOnePerIndicator( QStringLiteral( "DENOMINATORS_T0" ), indicators.denominatorsT0 );
  atMostOnePerIndicator( QStringLiteral( "DENOMINATORS_T1" ), indicators.denominatorsT1 );
  if ( indicators.fieldsT1.isEmpty() )
    return;
  // A rate at one moment and a count at the other would make the change meaningless.
  for ( int j = 0; j < n; ++j )
    if ( indicators.denominatorsT0.value( j ).isEmpty() != indicators.denominatorsT1.value( j ).isEmpty() )
      throw veerkracht::ParameterFout( { QStringLiteral( "DENOMINATORS_T0" ), QStringLiteral( "DENOMINATORS_T1" ) }, [j, field = indicators.fieldsT0.at( j )]( const QStringList &p ) {
        return tr( "%1 and %2: indicator %3 (%4) has a denominator at one moment only; expected one at both moments or at neither." )
               .arg( p.at( 0 ), p.at( 1 ) ).arg( j + 1 ).arg( field );
      } );
}

std::vector<Column> IndexAlgorithm::readMoment( const AreaData &areas, const QStringList &fields, const QStringList &denominators, const QString &parameter,
    const QString &denominatorParameter )
{
  std::vector<Column> columns;
  for ( int j = 0; j < fields.size(); ++j )
  {
    Column values = areas.numeric( fields.at( j ), parameter );
    const QString denominator = denominators.value( j );
    if ( !denominator.isEmpty() )
    {
      const Column base = areas.numeric( denominator, denominatorParameter );
      for ( std::size_t i = 0; i < values.size(); ++i )
        values[i] = veerkracht::per1000( values[i], base[i] );
    }
    columns.push_back( std::move( values ) );
  }
  return columns;
}

veerkracht::IndexResult IndexAlgorithm::composeIndex( const std::vector<Column> &t0, const std::vector<Column> &t1, const Indicators &indicators,
    const veerkracht::IndexSettings &settings, const std::vector<bool> &reference )
{
  const int n = indicators.fieldsT0.size();
  std::vector<veerkracht::Indicator> weighted;
  for ( int j = 0; j < n; ++j )
    weighted.push_back( { static_cast<int>( indicators.directions[static_cast<std::size_t>( j )] ), indicators.weights[static_cast<std::size_t>( j )] } );
  try
  {
    return veerkracht::samengesteldeIndex( t0, t1, weighted, settings, reference );
  }
  catch ( const veerkracht::ModelError &e )
  {
    // The model names an indicator by its position.
    QMap<QString, veerkracht::ParameterTekst> subjects;
    for ( int j = 0; j < n; ++j )
      subjects.insert( QString::number( j ), veerkracht::ParameterTekst( { QStringLiteral( "INDICATORS_T0" ) }, [field = indicators.fieldsT0.at( j )]( const QStringList &p ) {
        return tr( "%1: field '%2'" ).arg( p.at( 0 ), field );
      } ) );
    throw parameterError( e, subjects );
  }
}

void IndexAlgorithm::reportIndicators( const Indicators &indicators, const veerkracht::IndexSettings &settings, const veerkracht::IndexResult &result, bool twoMoments,
                                       QgsProcessingFeedback *feedback ) const
{
  for ( int j = 0; j < indicators.fieldsT0.size(); ++j )
  {
    const veerkracht::Standaardiseerder &s = result.standaardiseerders[static_cast<std::size_t>( j )];
    feedback->pushInfo( tr( "%1 indicator %2 (%3%4): direction %5, weight %6; %7 at t0: n = %8, mean %9, sd %10, min %11, max %12." )
                        .arg( indexName() ).arg( j + 1 )
                        .arg( indicators.fieldsT0.at( j ), indicators.fieldsT1.isEmpty() ? QString() : QStringLiteral( " → %1" ).arg( indicators.fieldsT1.at( j ) ) )
                        .arg( indicators.directions[static_cast<std::size_t>( j )] > 0 ? QStringLiteral( "+1" ) : QStringLiteral( "-1" ) )
                        .arg( indicators.weights[static_cast<std::size_t>( j )] )
                        .arg( QString::fromStdString( veerkracht::toString( settings.method ) ) )
                        .arg( s.n() ).arg( s.mean(), 0, 'g', 6 ).arg( s.sd(), 0, 'g', 6 ).arg( s.min(), 0, 'g', 6 ).arg( s.max(), 0, 'g', 6 ) );
  }
  feedback->pushInfo( tr( "%1 is missing (fewer than %2 of the indicators) in %n area(s) at t0%3.", nullptr, static_cast<int>( result.missingT0 ) )
                      .arg( indexName() ).arg( settings.minimumShare )
                      .arg( twoMoments ? tr( " and %1 at t1" ).arg( result.missingT1 ) : QString() ) );
}

QVariantMap IndexAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const Indicators indicators = readIndicators( parameters, context );
  const QString prefix = parameterAsString( parameters, QStringLiteral( "FIELD_PREFIX" ), context ).trimmed();
  if ( prefix.isEmpty() )
    throw QgsProcessingException( tr( "FIELD_PREFIX is empty; expected a short name such as 'k'." ) );

  const AreaData areas = readAreas( parameters, context, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();

  const std::vector<Column> t0 = readMoment( areas, indicators.fieldsT0, indicators.denominatorsT0, QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "DENOMINATORS_T0" ) );
  const std::vector<Column> t1 = readMoment( areas, indicators.fieldsT1, indicators.denominatorsT1, QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "DENOMINATORS_T1" ) );
  const std::vector<bool> reference = referenceSet( areas, parameters, context, feedback );
  veerkracht::IndexSettings settings;
  settings.method = static_cast<veerkracht::Standaardisatie>( parameterAsEnum( parameters, QStringLiteral( "STANDARDISATION" ), context ) );
  settings.minimumShare = parameterAsDouble( parameters, QStringLiteral( "MIN_SHARE" ), context );
  const veerkracht::IndexResult result = composeIndex( t0, t1, indicators, settings, reference );
  reportIndicators( indicators, settings, result, !t1.empty(), feedback );

  OutputColumns columns;
  columns.addNumber( prefix + QStringLiteral( "_t0" ), result.t0 );
  if ( !t1.empty() )
    columns.addNumber( prefix + QStringLiteral( "_t1" ), result.t1 );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "MISSING_T0" ), result.missingT0 },
    { QStringLiteral( "MISSING_T1" ), t1.empty() ? QVariant() : QVariant( result.missingT1 ) } };
}
