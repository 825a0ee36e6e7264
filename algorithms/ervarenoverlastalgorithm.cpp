// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/ervarenoverlastalgorithm.h"
#include "model/modelerror.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using veerkracht::Column;

QString ErvarenOverlastAlgorithm::name() const
{
  return QStringLiteral( "ervarenoverlast" );
}

QString ErvarenOverlastAlgorithm::displayName() const
{
  return tr( "Experienced nuisance (map 6)" );
}

QStringList ErvarenOverlastAlgorithm::tags() const
{
  return tr( "ervaren overlast,enquête,survey,beleving,kaart 6" ).split( QLatin1Char( ',' ) );
}

QString ErvarenOverlastAlgorithm::shortDescription() const
{
  return tr( "Experienced nuisance from a survey: its level in quintiles and its development (map 6)." );
}

QString ErvarenOverlastAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Map 6 'Ervaren overlast' is maps 4 and 5 for a survey score of experienced nuisance, when you have one. "
             "First compute the score with 'Nuisance and unsafety (O)' and FIELD_PREFIX 'e' (e_t0, e_t1; use direction 1 "
             "when a higher survey score means more nuisance), then this algorithm writes:\n"
             "e_klasse, e_label: E(t1) in quintiles of the reference set — 1 zeer laag … 5 zeer hoog;\n"
             "delta_e, de_klasse, de_label (when E_T0 is given): ΔE in five development classes with the dead band "
             "ε = DEAD_BAND × sd(ΔE) — 1 sterke afname … 5 sterke toename;\n"
             "0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, E missing, or a REQUIRED_FIELDS field missing.\n\n"
             "Method: docs/method.md (specification.md §4, map 6)." ) );
}

ErvarenOverlastAlgorithm *ErvarenOverlastAlgorithm::createInstance() const
{
  return new ErvarenOverlastAlgorithm();
}

void ErvarenOverlastAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "E_T1" ), tr( "Experienced nuisance, current level" ), QStringLiteral( "e_t1" ) );
  addFieldParameter( QStringLiteral( "E_T0" ), tr( "Experienced nuisance at t0 (empty: level only)" ), QString(), true );
  addDeadBandParameter();
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with experienced nuisance" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EPSILON_E" ), tr( "Dead band ε of ΔE" ) ) );
}

QVariantMap ErvarenOverlastAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const Column e1 = areas.numeric( parameterAsString( parameters, QStringLiteral( "E_T1" ), context ), QStringLiteral( "E_T1" ) );
  const QString t0Field = parameterAsString( parameters, QStringLiteral( "E_T0" ), context );
  const Column e0 = t0Field.isEmpty() ? Column() : areas.numeric( t0Field, QStringLiteral( "E_T0" ) );
  std::vector<const Column *> used { &e1 };
  if ( !e0.empty() )
    used.push_back( &e0 );
  const std::vector<bool> valid = sufficientData( areas, parameters, context, used, feedback );

  OutputColumns columns;
  QVariantMap results;
  try
  {
    const veerkracht::NiveauKaart level = veerkracht::niveauKaart( e1, valid, "E" );
    feedback->pushInfo( tr( "Map 6 (level): %1" ).arg( classCounts( level.classes, veerkracht::Kaart::Overlast ) ) );
    columns.addClass( QStringLiteral( "e_klasse" ), QStringLiteral( "e_label" ), level.classes, veerkracht::Kaart::Overlast );
    if ( !e0.empty() )
    {
      Column dE( areas.size() );
      for ( std::size_t i = 0; i < areas.size(); ++i )
        if ( e0[i] && e1[i] )
          dE[i] = *e1[i] - *e0[i];
      const veerkracht::OntwikkelingsKaart development = veerkracht::ontwikkelingsKaart( dE, valid, parameterAsDouble( parameters, QStringLiteral( "DEAD_BAND" ), context ), "dE" );
      feedback->pushInfo( tr( "Map 6 (development; sd %1, ε %2): %3" ).arg( development.sd, 0, 'g', 6 ).arg( development.epsilon, 0, 'g', 6 )
                          .arg( classCounts( development.classes, veerkracht::Kaart::OntwikkelingOverlast ) ) );
      columns.addNumber( QStringLiteral( "delta_e" ), dE );
      columns.addClass( QStringLiteral( "de_klasse" ), QStringLiteral( "de_label" ), development.classes, veerkracht::Kaart::OntwikkelingOverlast );
      results.insert( QStringLiteral( "EPSILON_E" ), development.epsilon );
    }
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw parameterError( e, { { QStringLiteral( "E" ), veerkracht::ParameterTekst( QStringLiteral( "E_T1" ) ) },
      { QStringLiteral( "dE" ), veerkracht::ParameterTekst( { QStringLiteral( "E_T0" ), QStringLiteral( "E_T1" ) }, QStringLiteral( "%1/%2 (ΔE)" ) ) } } );
  }
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "06_ervaren_overlast" ), QStringLiteral( "06b_ontwikkeling_ervaren_overlast" ) }, context, feedback );
  results.insert( QStringLiteral( "OUTPUT" ), destination );
  return results;
}
