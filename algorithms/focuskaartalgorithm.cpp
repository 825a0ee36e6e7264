// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/focuskaartalgorithm.h"
#include "model/modelerror.h"
#include "support/veerkracht_compat.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

using veerkracht::Column;

QString FocuskaartAlgorithm::name() const
{
  return QStringLiteral( "focuskaart" );
}

QString FocuskaartAlgorithm::displayName() const
{
  return tr( "Focus map and current levels (maps 2, 4 and 9)" );
}

QStringList FocuskaartAlgorithm::tags() const
{
  return tr( "focuskaart,focus,kwintielen,niveau,kwetsbare bewoners,overlast,P80,kaart 2,kaart 4,kaart 9" ).split( QLatin1Char( ',' ) );
}

QString FocuskaartAlgorithm::shortDescription() const
{
  return tr( "Where attention is needed now: K(t1) and O(t1) in quintiles (maps 2 and 4) and the focus map (map 9)." );
}

QString FocuskaartAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Classifies the current levels K(t1) and O(t1) (fields k_t1 and o_t1; for one moment k_t0 and o_t0):\n"
             "<b>Map 2 'Kwetsbare bewoners'</b> (k_klasse, k_label) and <b>map 4 'Overlast en onveiligheid'</b> (o_klasse, "
             "o_label): quintiles of the reference set — 1 zeer laag, 2 laag, 3 gemiddeld, 4 hoog, 5 zeer hoog. Edges are "
             "P20, P40, P60, P80 (linear interpolation, R type 7); a value on an edge goes to the higher class.\n"
             "<b>Map 9 'Focuskaart'</b> (focus_klasse, focus_label), with P = PERCENTILE (default 80) of the reference set:\n"
             "1 focus: kwetsbaar én overlast (K ≥ P and O ≥ P) · 2 kwetsbare bewoners (only K) · 3 overlast en "
             "onveiligheid (only O) · 4 geen signaal.\n"
             "0 onvoldoende gegevens: fewer than MIN_INWONERS inhabitants, K or O missing, or a REQUIRED_FIELDS field "
             "missing (in a two-moment analysis, add delta_k and delta_o so that every map shows the same areas).\n\n"
             "Method: docs/method.md (specification.md §4, maps 2, 4 and 9)." ) );
}

FocuskaartAlgorithm *FocuskaartAlgorithm::createInstance() const
{
  return new FocuskaartAlgorithm();
}

void FocuskaartAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "K_T1" ), tr( "K, current level" ), QStringLiteral( "k_t1" ) );
  addFieldParameter( QStringLiteral( "O_T1" ), tr( "O, current level" ), QStringLiteral( "o_t1" ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "PERCENTILE" ), tr( "Focus percentile P" ), vkcompat::NumberDouble, 80, false, 0, 100 ) );
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with levels and focus" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "THRESHOLD_K" ), tr( "Focus threshold for K" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "THRESHOLD_O" ), tr( "Focus threshold for O" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "N" ), tr( "Areas in the reference set" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "INSUFFICIENT" ), tr( "Areas with onvoldoende gegevens" ) ) );
}

QVariantMap FocuskaartAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const Column k1 = areas.numeric( parameterAsString( parameters, QStringLiteral( "K_T1" ), context ), QStringLiteral( "K_T1" ) );
  const Column o1 = areas.numeric( parameterAsString( parameters, QStringLiteral( "O_T1" ), context ), QStringLiteral( "O_T1" ) );
  const std::vector<bool> valid = sufficientData( areas, parameters, context, { &k1, &o1 }, feedback );
  const double percentile = parameterAsDouble( parameters, QStringLiteral( "PERCENTILE" ), context );

  veerkracht::NiveauKaart levelK, levelO;
  veerkracht::FocusKaart focus;
  try
  {
    levelK = veerkracht::niveauKaart( k1, valid, "K" );
    levelO = veerkracht::niveauKaart( o1, valid, "O" );
    focus = veerkracht::focusKaart( k1, o1, valid, percentile );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw parameterError( e, { { QStringLiteral( "K" ), veerkracht::ParameterTekst( QStringLiteral( "K_T1" ) ) }, { QStringLiteral( "O" ), veerkracht::ParameterTekst( QStringLiteral( "O_T1" ) ) },
      { QStringLiteral( "focus" ), veerkracht::ParameterTekst( { QStringLiteral( "K_T1" ), QStringLiteral( "O_T1" ) }, QStringLiteral( "%1/%2" ) ) } } );
  }
  const auto edges = []( const std::vector<double> &e ) {
    QStringList parts;
    for ( double v : e )
      parts << QString::number( v, 'g', 6 );
    return parts.join( QStringLiteral( ", " ) );
  };
  feedback->pushInfo( tr( "Map 2 (K quintile edges %1): %2" ).arg( edges( levelK.edges ), classCounts( levelK.classes, veerkracht::Kaart::KwetsbareBewoners ) ) );
  feedback->pushInfo( tr( "Map 4 (O quintile edges %1): %2" ).arg( edges( levelO.edges ), classCounts( levelO.classes, veerkracht::Kaart::Overlast ) ) );
  feedback->pushInfo( tr( "Map 9 (P%1: K ≥ %2, O ≥ %3; n = %4): %5" ).arg( percentile ).arg( focus.thresholdK, 0, 'g', 6 ).arg( focus.thresholdO, 0, 'g', 6 )
                      .arg( focus.n ).arg( classCounts( focus.classes, veerkracht::Kaart::Focus ) ) );

  OutputColumns columns;
  columns.addClass( QStringLiteral( "k_klasse" ), QStringLiteral( "k_label" ), levelK.classes, veerkracht::Kaart::KwetsbareBewoners );
  columns.addClass( QStringLiteral( "o_klasse" ), QStringLiteral( "o_label" ), levelO.classes, veerkracht::Kaart::Overlast );
  columns.addClass( QStringLiteral( "focus_klasse" ), QStringLiteral( "focus_label" ), focus.classes, veerkracht::Kaart::Focus );
  columns.addInsufficientFlag( valid );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "09_focuskaart" ), QStringLiteral( "02_kwetsbare_bewoners" ), QStringLiteral( "04_overlast_en_onveiligheid" ) }, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "THRESHOLD_K" ), focus.thresholdK }, { QStringLiteral( "THRESHOLD_O" ), focus.thresholdO },
    { QStringLiteral( "N" ), focus.n }, { QStringLiteral( "INSUFFICIENT" ), static_cast<int>( std::count( valid.begin(), valid.end(), false ) ) } };
}
