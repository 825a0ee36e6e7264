// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/ontwikkelingalgorithm.h"
#include "model/modelerror.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using veerkracht::Column;

QString OntwikkelingAlgorithm::name() const
{
  return QStringLiteral( "ontwikkeling" );
}

QString OntwikkelingAlgorithm::displayName() const
{
  return tr( "Development of K and O (maps 3 and 5)" );
}

QStringList OntwikkelingAlgorithm::tags() const
{
  return tr( "ontwikkeling,verandering,delta,toename,afname,dode zone,dead band,kaart 3,kaart 5" ).split( QLatin1Char( ',' ) );
}

QString OntwikkelingAlgorithm::shortDescription() const
{
  return tr( "ΔK and ΔO per area in five development classes, with a dead band around zero." );
}

QString OntwikkelingAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Computes the change of vulnerable residents ΔK = K(t1) − K(t0) and of nuisance and unsafety "
             "ΔO = O(t1) − O(t0) (fields delta_k, delta_o) and classes each in five (map 3 'Ontwikkeling kwetsbare "
             "bewoners', map 5 'Ontwikkeling overlast en onveiligheid'), with a Dutch label beside each class field:\n"
             "1 sterke afname (Δ < −sd) · 2 afname (−sd ≤ Δ < −ε) · 3 stabiel (−ε ≤ Δ ≤ ε) · 4 toename (ε < Δ ≤ sd) · "
             "5 sterke toename (Δ > sd) · 0 onvoldoende gegevens.\n"
             "sd is the sample standard deviation of Δ over the reference set; the dead band ε = DEAD_BAND × sd "
             "(default 0.25), so that small changes count as stable.\n\n"
             "An area with fewer inhabitants than MIN_INWONERS (default 100; INHABITANTS_FIELD, the t1 value) or without "
             "K or O at either moment gets 'onvoldoende gegevens' (field onvoldoende = 1) and is left out of the sd.\n\n"
             "Inputs are usually the output of 'Vulnerable residents (K)' and 'Nuisance and unsafety (O)' (k_t0, k_t1, "
             "o_t0, o_t1). Method: docs/method.md (specification.md §4, maps 3 and 5)." ) );
}

OntwikkelingAlgorithm *OntwikkelingAlgorithm::createInstance() const
{
  return new OntwikkelingAlgorithm();
}

void OntwikkelingAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "K_T0" ), tr( "K at t0" ), QStringLiteral( "k_t0" ) );
  addFieldParameter( QStringLiteral( "K_T1" ), tr( "K at t1" ), QStringLiteral( "k_t1" ) );
  addFieldParameter( QStringLiteral( "O_T0" ), tr( "O at t0" ), QStringLiteral( "o_t0" ) );
  addFieldParameter( QStringLiteral( "O_T1" ), tr( "O at t1" ), QStringLiteral( "o_t1" ) );
  addDeadBandParameter();
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with their development" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EPSILON_K" ), tr( "Dead band ε of ΔK" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "EPSILON_O" ), tr( "Dead band ε of ΔO" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SD_K" ), tr( "sd of ΔK" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SD_O" ), tr( "sd of ΔO" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "INSUFFICIENT" ), tr( "Areas with onvoldoende gegevens" ) ) );
}

QVariantMap OntwikkelingAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const auto field = [&]( const char *name ) { return areas.numeric( parameterAsString( parameters, QString::fromLatin1( name ), context ), QString::fromLatin1( name ) ); };
  const Column k0 = field( "K_T0" ), k1 = field( "K_T1" ), o0 = field( "O_T0" ), o1 = field( "O_T1" );
  const std::vector<bool> valid = sufficientData( areas, parameters, context, { &k0, &k1, &o0, &o1 }, feedback );
  const double deadBand = parameterAsDouble( parameters, QStringLiteral( "DEAD_BAND" ), context );

  Column dK( areas.size() ), dO( areas.size() );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( k0[i] && k1[i] )
      dK[i] = *k1[i] - *k0[i];
    if ( o0[i] && o1[i] )
      dO[i] = *o1[i] - *o0[i];
  }
  veerkracht::OntwikkelingsKaart mapK, mapO;
  try
  {
    mapK = veerkracht::ontwikkelingsKaart( dK, valid, deadBand, "dK" );
    mapO = veerkracht::ontwikkelingsKaart( dO, valid, deadBand, "dO" );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw parameterError( e, { { QStringLiteral( "dK" ), veerkracht::ParameterTekst( { QStringLiteral( "K_T0" ), QStringLiteral( "K_T1" ) }, tr( "%1/%2 (ΔK)" ) ) },
      { QStringLiteral( "dO" ), veerkracht::ParameterTekst( { QStringLiteral( "O_T0" ), QStringLiteral( "O_T1" ) }, tr( "%1/%2 (ΔO)" ) ) } } );
  }
  feedback->pushInfo( tr( "ΔK: sd %1, dead band ε %2 (n = %3). Map 3: %4" ).arg( mapK.sd, 0, 'g', 6 ).arg( mapK.epsilon, 0, 'g', 6 ).arg( mapK.n )
                      .arg( classCounts( mapK.classes, veerkracht::Kaart::OntwikkelingKwetsbaar ) ) );
  feedback->pushInfo( tr( "ΔO: sd %1, dead band ε %2 (n = %3). Map 5: %4" ).arg( mapO.sd, 0, 'g', 6 ).arg( mapO.epsilon, 0, 'g', 6 ).arg( mapO.n )
                      .arg( classCounts( mapO.classes, veerkracht::Kaart::OntwikkelingOverlast ) ) );

  OutputColumns columns;
  columns.addNumber( QStringLiteral( "delta_k" ), dK );
  columns.addNumber( QStringLiteral( "delta_o" ), dO );
  columns.addClass( QStringLiteral( "dk_klasse" ), QStringLiteral( "dk_label" ), mapK.classes, veerkracht::Kaart::OntwikkelingKwetsbaar );
  columns.addClass( QStringLiteral( "do_klasse" ), QStringLiteral( "do_label" ), mapO.classes, veerkracht::Kaart::OntwikkelingOverlast );
  columns.addInsufficientFlag( valid );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "03_ontwikkeling_kwetsbare_bewoners" ), QStringLiteral( "05_ontwikkeling_overlast_en_onveiligheid" ) }, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "EPSILON_K" ), mapK.epsilon }, { QStringLiteral( "EPSILON_O" ), mapO.epsilon },
    { QStringLiteral( "SD_K" ), mapK.sd }, { QStringLiteral( "SD_O" ), mapO.sd },
    { QStringLiteral( "INSUFFICIENT" ), static_cast<int>( std::count( valid.begin(), valid.end(), false ) ) } };
}
