// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/veerkrachtscorealgorithm.h"
#include "model/modelerror.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using veerkracht::Column;

QString VeerkrachtscoreAlgorithm::name() const
{
  return QStringLiteral( "veerkrachtscore" );
}

QString VeerkrachtscoreAlgorithm::displayName() const
{
  return tr( "Resilience score (map 10)" );
}

QStringList VeerkrachtscoreAlgorithm::tags() const
{
  return tr( "veerkrachtscore,score,regressie,residu,OLS,momentopname,kaart 10" ).split( QLatin1Char( ',' ) );
}

QString VeerkrachtscoreAlgorithm::shortDescription() const
{
  return tr( "A continuous resilience score: how much less nuisance rose than expected for the rise in vulnerable residents." );
}

QString VeerkrachtscoreAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Fits ΔO = a + b·ΔK by ordinary least squares over the reference set (WEIGHTED: weighted by the inhabitants "
             "of INHABITANTS_FIELD), takes each area's residual r = ΔO − (a + b·ΔK) and gives the score = −r / sd(r) "
             "(sample sd of the residuals). A positive score means less rise in nuisance than expected for the rise in "
             "vulnerable residents: resilient. Fields score, score_klasse and score_label:\n"
             "1 zeer laag (≤ −1.5) · 2 laag (≤ −0.5) · 3 gemiddeld (< 0.5) · 4 hoog (< 1.5) · 5 zeer hoog (≥ 1.5) · "
             "0 onvoldoende gegevens.\n\n"
             "With one moment only, give the levels (K_FIELD = k_t0, O_FIELD = o_t0): the same fit of O on K gives a "
             "<i>momentopname</i>. The fit's a, b, R² and n are outputs of the algorithm and are in the log; it needs at "
             "least 3 areas.\n\n"
             "Method: docs/method.md (specification.md §4, map 10)." ) );
}

VeerkrachtscoreAlgorithm *VeerkrachtscoreAlgorithm::createInstance() const
{
  return new VeerkrachtscoreAlgorithm();
}

void VeerkrachtscoreAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "K_FIELD" ), tr( "ΔK (or K for a momentopname)" ), QStringLiteral( "delta_k" ) );
  addFieldParameter( QStringLiteral( "O_FIELD" ), tr( "ΔO (or O for a momentopname)" ), QStringLiteral( "delta_o" ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "WEIGHTED" ), tr( "Weight the fit by inhabitants (INHABITANTS_FIELD)" ), false ) );
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with their resilience score" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "A" ), tr( "Intercept a" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "B" ), tr( "Slope b" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "R2" ), tr( "R²" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "N" ), tr( "Areas in the fit" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "RESIDUAL_SD" ), tr( "sd of the residuals" ) ) );
}

QVariantMap VeerkrachtscoreAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const QString kField = parameterAsString( parameters, QStringLiteral( "K_FIELD" ), context );
  const QString oField = parameterAsString( parameters, QStringLiteral( "O_FIELD" ), context );
  const Column x = areas.numeric( kField, QStringLiteral( "K_FIELD" ) );
  const Column y = areas.numeric( oField, QStringLiteral( "O_FIELD" ) );
  const std::vector<bool> valid = sufficientData( areas, parameters, context, { &x, &y }, feedback );
  const bool weighted = parameterAsBoolean( parameters, QStringLiteral( "WEIGHTED" ), context );
  const Column weights = weighted ? inhabitants( areas, parameters, context ) : Column();
  if ( weighted && weights.empty() )
    throw QgsProcessingException( tr( "WEIGHTED: a weighted fit needs INHABITANTS_FIELD; expected an inhabitants field, or WEIGHTED false." ) );

  veerkracht::ScoreKaart score;
  try
  {
    score = veerkracht::veerkrachtscoreKaart( x, y, weights, valid );
  }
  catch ( const veerkracht::ModelError &e )
  {
    // "K_FIELD 'delta_k'": the parameter and the field it names.
    const auto parameterAndField = []( const QString &parameter, const QString &field ) {
      return veerkracht::ParameterTekst( { parameter }, [field]( const QStringList &p ) { return tr( "%1 '%2'" ).arg( p.at( 0 ), field ); } );
    };
    throw parameterError( e, { { QStringLiteral( "fit" ), veerkracht::ParameterTekst( { QStringLiteral( "K_FIELD" ), QStringLiteral( "O_FIELD" ) }, tr( "%1/%2 (the fit)" ) ) },
      { QStringLiteral( "x" ), parameterAndField( QStringLiteral( "K_FIELD" ), kField ) }, { QStringLiteral( "y" ), parameterAndField( QStringLiteral( "O_FIELD" ), oField ) } } );
  }
  feedback->pushInfo( tr( "Fit %1 = a + b·%2%3: a = %4, b = %5, R² = %6, n = %7; residual sd %8." )
                      .arg( oField, kField, weighted ? tr( " (weighted by inhabitants)" ) : QString() )
                      .arg( score.fit.a, 0, 'g', 6 ).arg( score.fit.b, 0, 'g', 6 ).arg( score.fit.r2, 0, 'g', 4 ).arg( score.fit.n ).arg( score.residualSd, 0, 'g', 6 ) );
  feedback->pushInfo( tr( "Map 10: %1" ).arg( classCounts( score.classes, veerkracht::Kaart::Veerkrachtscore ) ) );

  OutputColumns columns;
  columns.addNumber( QStringLiteral( "score" ), score.score );
  columns.addClass( QStringLiteral( "score_klasse" ), QStringLiteral( "score_label" ), score.classes, veerkracht::Kaart::Veerkrachtscore );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "10_veerkrachtscore" ) }, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "A" ), score.fit.a }, { QStringLiteral( "B" ), score.fit.b },
    { QStringLiteral( "R2" ), score.fit.r2 }, { QStringLiteral( "N" ), score.fit.n }, { QStringLiteral( "RESIDUAL_SD" ), score.residualSd } };
}
