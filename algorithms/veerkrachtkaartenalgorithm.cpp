#include "veerkrachtkaartenalgorithm.h"
#include "corporatiebezitalgorithm.h"
#include "ervarenoverlastalgorithm.h"
#include "kaartstijlen.h"
#include "outputs.h"
#include "focuskaartalgorithm.h"
#include "kwetsbaarheidalgorithm.h"
#include "ontwikkelingalgorithm.h"
#include "overlastalgorithm.h"
#include "signaleringskaartalgorithm.h"
#include "veerkrachtscorealgorithm.h"
#include "veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsvectorlayer.h>

#include <QRegularExpression>

#include <memory>

QString VeerkrachtkaartenAlgorithm::name() const
{
  return QStringLiteral( "veerkrachtkaarten" );
}

QString VeerkrachtkaartenAlgorithm::group() const
{
  return QCoreApplication::translate( "KaartAlgorithm", "Veerkrachtkaarten" );
}

QString VeerkrachtkaartenAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString VeerkrachtkaartenAlgorithm::displayName() const
{
  return tr( "All resilience maps (one run)" );
}

QStringList VeerkrachtkaartenAlgorithm::tags() const
{
  return tr( "veerkrachtkaarten,veerkracht,signaleringskaart,focuskaart,kwetsbare bewoners,overlast,corporatiebezit,veerkrachtscore,buurt" ).split( QLatin1Char( ',' ) );
}

QString VeerkrachtkaartenAlgorithm::shortDescription() const
{
  return tr( "All veerkrachtkaarten in one layer: K, O, their development, the signal, focus, corporation and score maps." );
}

QString VeerkrachtkaartenAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Computes the whole set of veerkrachtkaarten from a prepared area layer (see 'Prepare input data') and writes "
             "<b>one</b> layer with, per area: k_t0, k_t1, o_t0, o_t1, delta_k, delta_o, the class field and Dutch label of "
             "every map, the score and the flag onvoldoende (1 = small area or missing data, class 0 on every map).\n\n"
             "Maps: 1 corporatiebezit (corp_klasse; when CORP_SHARE_FIELD or CORP_UNITS is given), 2 kwetsbare bewoners "
             "(k_klasse), 3 ontwikkeling kwetsbare bewoners (dk_klasse), 4 overlast en onveiligheid (o_klasse), 5 ontwikkeling "
             "overlast en onveiligheid (do_klasse), 7 signaleringskaart absoluut (sign_abs_klasse), 8 relatief to the "
             "gemeente (sign_rel_klasse), 9 focuskaart (focus_klasse), 10 veerkrachtscore (score, score_klasse), and map 6 "
             "ervaren overlast (e_klasse, de_klasse) when survey fields E_T0/E_T1 are given.\n\n"
             "<b>Vulnerable residents K</b>: K_T0 and K_T1 list the same indicator fields at both moments (e.g. bijstand per "
             "1000 inhabitants with K_DENOMINATORS, share of one-person households). <b>Nuisance O</b>: O_T0 and O_T1, by "
             "default with direction -1 (the Leefbaarometer's onv, higher = safer). Leave K_T1 and O_T1 empty for a "
             "<i>momentopname</i>: only the level maps (2, 4, 9, 1) and the score on levels.\n\n"
             "Standardisation (default zscore) uses the reference set at t0; an area with fewer than MIN_INWONERS (100) "
             "inhabitants (INHABITANTS_FIELD, t1) or without K or O gets 'onvoldoende gegevens' and is left out of every fit, "
             "percentile and sd. DEAD_BAND (0.25 × sd) sets what counts as a change; PERCENTILE (80) the focus threshold; "
             "the relative signal compares with the median of the gemeente (GROUP_FIELD, or derived from the buurt code).\n\n"
             "The same chain of building blocks is shipped as models/veerkrachtkaarten.model3 for the Graphical Modeler. "
             "Method: docs/method.md." ) );
}

VeerkrachtkaartenAlgorithm *VeerkrachtkaartenAlgorithm::createInstance() const
{
  return new VeerkrachtkaartenAlgorithm();
}

void VeerkrachtkaartenAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  const auto fields = [this]( const QString &name, const QString &description, bool optional ) {
    addParameter( new QgsProcessingParameterField( name, description, QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, true, optional ) );
  };
  const auto text = [this]( const QString &name, const QString &description, const QVariant &defaultValue = QVariant() ) {
    addParameter( new QgsProcessingParameterString( name, description, defaultValue, false, true ) );
  };
  fields( QStringLiteral( "K_T0" ), tr( "Vulnerable residents: indicator fields at t0" ), false );
  fields( QStringLiteral( "K_T1" ), tr( "Vulnerable residents: indicator fields at t1 (same order; empty: momentopname)" ), true );
  text( QStringLiteral( "K_DIRECTIONS" ), tr( "Vulnerable residents: direction per indicator (1 or -1, comma-separated)" ) );
  text( QStringLiteral( "K_WEIGHTS" ), tr( "Vulnerable residents: weight per indicator (comma-separated)" ) );
  text( QStringLiteral( "K_DENOMINATORS_T0" ), tr( "Vulnerable residents: denominator field per indicator at t0, rate per 1000 (comma-separated)" ) );
  text( QStringLiteral( "K_DENOMINATORS_T1" ), tr( "Vulnerable residents: denominator field per indicator at t1 (comma-separated)" ) );
  fields( QStringLiteral( "O_T0" ), tr( "Nuisance and unsafety: fields at t0" ), false );
  fields( QStringLiteral( "O_T1" ), tr( "Nuisance and unsafety: fields at t1 (same order; empty: momentopname)" ), true );
  text( QStringLiteral( "O_DIRECTIONS" ), tr( "Nuisance and unsafety: direction per field (default -1: Leefbaarometer onv)" ), QStringLiteral( "-1" ) );
  text( QStringLiteral( "O_WEIGHTS" ), tr( "Nuisance and unsafety: weight per field (comma-separated)" ) );
  text( QStringLiteral( "O_DENOMINATORS_T0" ), tr( "Nuisance and unsafety: denominator field per field at t0 (comma-separated)" ) );
  text( QStringLiteral( "O_DENOMINATORS_T1" ), tr( "Nuisance and unsafety: denominator field per field at t1 (comma-separated)" ) );
  fields( QStringLiteral( "E_T0" ), tr( "Experienced nuisance (survey, map 6): fields at t0" ), true );
  fields( QStringLiteral( "E_T1" ), tr( "Experienced nuisance (survey, map 6): fields at t1" ), true );
  text( QStringLiteral( "E_DIRECTIONS" ), tr( "Experienced nuisance: direction per field (1: higher score is more nuisance)" ), QStringLiteral( "1" ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "STANDARDISATION" ), tr( "Standardisation (parameters from the reference set at t0)" ),
                QStringList() << QStringLiteral( "zscore" ) << QStringLiteral( "percentile" ) << QStringLiteral( "minmax" ) << QStringLiteral( "none" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_SHARE" ), tr( "Minimum share of indicators with a value" ), vkcompat::NumberDouble, 0.5, false, 0, 1 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "REFERENCE_FILTER" ), tr( "Reference set for the standardisation (filter expression; empty: all areas)" ),
                QVariant(), QStringLiteral( "INPUT" ), true ) );
  addFieldParameter( QStringLiteral( "INHABITANTS_FIELD" ), tr( "Inhabitants field (t1), for small areas and weights (empty: no small-area rule)" ), QString(), true );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_INWONERS" ), tr( "Minimum inhabitants (MIN_INWONERS)" ), vkcompat::NumberInteger, 100, false, 0 ) );
  addDeadBandParameter();
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "PERCENTILE" ), tr( "Focus percentile P" ), vkcompat::NumberDouble, 80, false, 0, 100 ) );
  addFieldParameter( QStringLiteral( "GROUP_FIELD" ), tr( "Group for the relative signal (empty: the gemeente, from the area code)" ), QString(), true );
  addFieldParameter( QStringLiteral( "CODE_FIELD" ), tr( "Area code field, to derive the gemeente (empty: detect)" ), QString(), true );
  addFieldParameter( QStringLiteral( "CORP_SHARE_FIELD" ), tr( "Corporation housing: share field (%)" ), QString(), true );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "CORP_UNITS" ), tr( "Corporation housing: or unit points" ),
                QList<int>() << static_cast<int>( vkcompat::SourcePoint ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CORP_UNIT_COUNT_FIELD" ), tr( "Corporation housing: dwellings per unit point (empty: 1)" ), QVariant(),
                QStringLiteral( "CORP_UNITS" ), vkcompat::FieldAny, false, true ) );
  addFieldParameter( QStringLiteral( "CORP_DWELLINGS_FIELD" ), tr( "Corporation housing: dwellings per area (with unit points)" ), QString(), true );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "WEIGHTED" ), tr( "Weight the score's fit by inhabitants" ), false ) );
  // The method's finer choices under 'Advanced': the dialog opens with what every run needs.
  for ( const char *expert : { "K_DIRECTIONS", "K_WEIGHTS", "O_DIRECTIONS", "O_WEIGHTS", "O_DENOMINATORS_T0", "O_DENOMINATORS_T1", "E_DIRECTIONS",
                               "STANDARDISATION", "MIN_SHARE", "REFERENCE_FILTER", "GROUP_FIELD", "CODE_FIELD", "CORP_UNITS", "CORP_UNIT_COUNT_FIELD",
                               "CORP_DWELLINGS_FIELD", "WEIGHTED" } )
  {
    // Our own definition, added above; QGIS only hands it out as const.
    auto *definition = const_cast<QgsProcessingParameterDefinition *>( parameterDefinition( QString::fromLatin1( expert ) ) );
    definition->setFlags( definition->flags() | vkcompat::FlagAdvanced );
  }
  addAreaOutput( tr( "Veerkrachtkaarten" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "A" ), tr( "Score fit: intercept a" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "B" ), tr( "Score fit: slope b" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "R2" ), tr( "Score fit: R²" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "N" ), tr( "Score fit: areas" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "INSUFFICIENT" ), tr( "Areas with onvoldoende gegevens" ) ) );
  for ( const auto &[key, label] : SignaleringskaartAlgorithm::signalOutputs() )
    if ( key != QLatin1String( "ONVOLDOENDE_GEGEVENS" ) )
      addOutput( new QgsProcessingOutputNumber( key, tr( "Areas '%1' (signaleringskaart absoluut)" ).arg( label ) ) );
}

QVariantMap VeerkrachtkaartenAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const bool twoMoments = !vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "K_T1" ), context ).isEmpty();
  if ( twoMoments != !vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "O_T1" ), context ).isEmpty() )
    throw QgsProcessingException( tr( "K_T1 and O_T1: give both (two moments) or neither (momentopname); expected the same moments for K and O." ) );
  const bool corporation = !parameterAsString( parameters, QStringLiteral( "CORP_SHARE_FIELD" ), context ).isEmpty()
                           || !parameterAsString( parameters, QStringLiteral( "CORP_UNITS" ), context ).isEmpty();
  const auto value = [&parameters]( const char *name ) { return parameters.value( QString::fromLatin1( name ) ); };

  // The chain of building blocks, each step's OUTPUT the next step's INPUT.
  struct Step
  {
    std::unique_ptr<QgsProcessingAlgorithm> algorithm;
    QVariantMap parameters;
    QMap<QString, QString> names; //!< the step's parameter names as this algorithm calls them, for messages
  };
  std::vector<Step> steps;
  const QVariant smallAreas = value( "INHABITANTS_FIELD" );
  const QVariant minimum = value( "MIN_INWONERS" );
  const auto addStep = [&]( QgsProcessingAlgorithm *prototype, QVariantMap stepParameters, const QMap<QString, QString> &names = {} ) {
    stepParameters.insert( QStringLiteral( "INHABITANTS_FIELD" ), smallAreas );
    stepParameters.insert( QStringLiteral( "MIN_INWONERS" ), minimum );
    steps.push_back( { std::unique_ptr<QgsProcessingAlgorithm>( prototype->create() ), stepParameters, names } );
    delete prototype;
  };
  const QString levelK = twoMoments ? QStringLiteral( "k_t1" ) : QStringLiteral( "k_t0" );
  const QString levelO = twoMoments ? QStringLiteral( "o_t1" ) : QStringLiteral( "o_t0" );
  const QVariant sameAreas = twoMoments ? QVariant( QStringList { QStringLiteral( "delta_k" ), QStringLiteral( "delta_o" ) } )
                                        : QVariant( QStringList { levelK, levelO } );
  for ( const char *index : { "K", "O" } )
  {
    const QString p = QString::fromLatin1( index );
    addStep( p == QLatin1String( "K" ) ? static_cast<QgsProcessingAlgorithm *>( new KwetsbaarheidAlgorithm() ) : new OverlastAlgorithm(),
    { { QStringLiteral( "INDICATORS_T0" ), parameters.value( p + QStringLiteral( "_T0" ) ) },
      { QStringLiteral( "INDICATORS_T1" ), parameters.value( p + QStringLiteral( "_T1" ) ) },
      { QStringLiteral( "DIRECTIONS" ), parameters.value( p + QStringLiteral( "_DIRECTIONS" ) ) },
      { QStringLiteral( "WEIGHTS" ), parameters.value( p + QStringLiteral( "_WEIGHTS" ) ) },
      { QStringLiteral( "DENOMINATORS_T0" ), parameters.value( p + QStringLiteral( "_DENOMINATORS_T0" ) ) },
      { QStringLiteral( "DENOMINATORS_T1" ), parameters.value( p + QStringLiteral( "_DENOMINATORS_T1" ) ) },
      { QStringLiteral( "STANDARDISATION" ), value( "STANDARDISATION" ) }, { QStringLiteral( "MIN_SHARE" ), value( "MIN_SHARE" ) },
      { QStringLiteral( "REFERENCE_FILTER" ), value( "REFERENCE_FILTER" ) }, { QStringLiteral( "FIELD_PREFIX" ), p.toLower() } },
    { { QStringLiteral( "INDICATORS_T0" ), p + QStringLiteral( "_T0" ) }, { QStringLiteral( "INDICATORS_T1" ), p + QStringLiteral( "_T1" ) },
      { QStringLiteral( "DIRECTIONS" ), p + QStringLiteral( "_DIRECTIONS" ) }, { QStringLiteral( "WEIGHTS" ), p + QStringLiteral( "_WEIGHTS" ) },
      { QStringLiteral( "DENOMINATORS_T0" ), p + QStringLiteral( "_DENOMINATORS_T0" ) }, { QStringLiteral( "DENOMINATORS_T1" ), p + QStringLiteral( "_DENOMINATORS_T1" ) } } );
  }
  if ( twoMoments )
  {
    addStep( new OntwikkelingAlgorithm(), { { QStringLiteral( "DEAD_BAND" ), value( "DEAD_BAND" ) } },
    { { QStringLiteral( "K_T0" ), QStringLiteral( "k_t0" ) }, { QStringLiteral( "K_T1" ), QStringLiteral( "k_t1" ) },
      { QStringLiteral( "O_T0" ), QStringLiteral( "o_t0" ) }, { QStringLiteral( "O_T1" ), QStringLiteral( "o_t1" ) } } );
    addStep( new SignaleringskaartAlgorithm(), { { QStringLiteral( "DEAD_BAND" ), value( "DEAD_BAND" ) }, { QStringLiteral( "GROUP_FIELD" ), value( "GROUP_FIELD" ) },
      { QStringLiteral( "CODE_FIELD" ), value( "CODE_FIELD" ) } }, { { QStringLiteral( "DELTA_K" ), QStringLiteral( "ΔK" ) }, { QStringLiteral( "DELTA_O" ), QStringLiteral( "ΔO" ) } } );
  }
  const QMap<QString, QString> levelNames { { QStringLiteral( "K_T1" ), tr( "K level (%1)" ).arg( levelK ) }, { QStringLiteral( "O_T1" ), tr( "O level (%1)" ).arg( levelO ) } };
  addStep( new FocuskaartAlgorithm(), { { QStringLiteral( "K_T1" ), levelK }, { QStringLiteral( "O_T1" ), levelO }, { QStringLiteral( "PERCENTILE" ), value( "PERCENTILE" ) },
    { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } }, levelNames );
  const QStringList surveyT0 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "E_T0" ), context );
  const QStringList surveyT1 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "E_T1" ), context );
  if ( !surveyT0.isEmpty() || !surveyT1.isEmpty() )
  {
    // Map 6: the survey's index the way O is made, then its level and development.
    const bool surveyTwoMoments = !surveyT0.isEmpty() && !surveyT1.isEmpty();
    addStep( new OverlastAlgorithm(), { { QStringLiteral( "INDICATORS_T0" ), surveyT0.isEmpty() ? surveyT1 : surveyT0 },
      { QStringLiteral( "INDICATORS_T1" ), surveyTwoMoments ? QVariant( surveyT1 ) : QVariant() }, { QStringLiteral( "DIRECTIONS" ), value( "E_DIRECTIONS" ) },
      { QStringLiteral( "STANDARDISATION" ), value( "STANDARDISATION" ) }, { QStringLiteral( "MIN_SHARE" ), value( "MIN_SHARE" ) },
      { QStringLiteral( "REFERENCE_FILTER" ), value( "REFERENCE_FILTER" ) }, { QStringLiteral( "FIELD_PREFIX" ), QStringLiteral( "e" ) } },
    { { QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "E_T0" ) }, { QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "E_T1" ) },
      { QStringLiteral( "DIRECTIONS" ), QStringLiteral( "E_DIRECTIONS" ) } } );
    addStep( new ErvarenOverlastAlgorithm(), { { QStringLiteral( "E_T1" ), surveyTwoMoments ? QStringLiteral( "e_t1" ) : QStringLiteral( "e_t0" ) },
      { QStringLiteral( "E_T0" ), surveyTwoMoments ? QVariant( QStringLiteral( "e_t0" ) ) : QVariant() }, { QStringLiteral( "DEAD_BAND" ), value( "DEAD_BAND" ) },
      { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } } );
  }
  if ( corporation )
    addStep( new CorporatiebezitAlgorithm(), { { QStringLiteral( "SHARE_FIELD" ), value( "CORP_SHARE_FIELD" ) }, { QStringLiteral( "UNITS" ), value( "CORP_UNITS" ) },
      { QStringLiteral( "UNIT_COUNT_FIELD" ), value( "CORP_UNIT_COUNT_FIELD" ) }, { QStringLiteral( "DWELLINGS_FIELD" ), value( "CORP_DWELLINGS_FIELD" ) },
      { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } },
    { { QStringLiteral( "SHARE_FIELD" ), QStringLiteral( "CORP_SHARE_FIELD" ) }, { QStringLiteral( "UNITS" ), QStringLiteral( "CORP_UNITS" ) },
      { QStringLiteral( "UNIT_COUNT_FIELD" ), QStringLiteral( "CORP_UNIT_COUNT_FIELD" ) }, { QStringLiteral( "DWELLINGS_FIELD" ), QStringLiteral( "CORP_DWELLINGS_FIELD" ) } } );
  addStep( new VeerkrachtscoreAlgorithm(), { { QStringLiteral( "K_FIELD" ), twoMoments ? QStringLiteral( "delta_k" ) : levelK },
    { QStringLiteral( "O_FIELD" ), twoMoments ? QStringLiteral( "delta_o" ) : levelO }, { QStringLiteral( "WEIGHTED" ), value( "WEIGHTED" ) },
    { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } },
  { { QStringLiteral( "K_FIELD" ), twoMoments ? QStringLiteral( "ΔK" ) : levelNames.value( QStringLiteral( "K_T1" ) ) },
    { QStringLiteral( "O_FIELD" ), twoMoments ? QStringLiteral( "ΔO" ) : levelNames.value( QStringLiteral( "O_T1" ) ) } } );

  QgsProcessingMultiStepFeedback stepFeedback( static_cast<int>( steps.size() ), feedback );
  QVariant input = value( "INPUT" );
  QVariantMap results;
  QVariantMap collected;
  for ( std::size_t s = 0; s < steps.size(); ++s )
  {
    Step &step = steps[s];
    stepFeedback.setCurrentStep( static_cast<int>( s ) );
    const bool last = s + 1 == steps.size();
    stepFeedback.pushInfo( tr( "— %1" ).arg( step.algorithm->displayName() ) );
    step.parameters.insert( QStringLiteral( "INPUT" ), input );
    step.parameters.insert( QStringLiteral( "OUTPUT" ), last ? value( "OUTPUT" ) : QVariant( QgsProcessing::TEMPORARY_OUTPUT ) );
    bool ok = false;
    try
    {
      results = step.algorithm->run( step.parameters, context, &stepFeedback, &ok, QVariantMap(), false );
    }
    catch ( QgsProcessingException &e )
    {
      // Name this algorithm's parameters, not the building block's.
      QString message = e.what();
      for ( auto it = step.names.constBegin(); it != step.names.constEnd(); ++it )
        message.replace( QRegularExpression( QStringLiteral( "\\b%1\\b" ).arg( it.key() ) ), it.value() );
      throw QgsProcessingException( tr( "%1: %2" ).arg( step.algorithm->displayName(), message ) );
    }
    if ( !ok || stepFeedback.isCanceled() )
      return QVariantMap();
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
      collected.insert( it.key(), it.value() );
    input = results.value( QStringLiteral( "OUTPUT" ) );
  }

  const QString destination = results.value( QStringLiteral( "OUTPUT" ) ).toString();
  // The signal map opens first; every other map is one click away in the layer's styles.
  QStringList styles { QStringLiteral( "07_signaleringskaart_absoluut" ) };
  for ( const KaartStijl &style : kaartStijlen() )
    if ( !styles.contains( style.id ) )
      styles << style.id;
  styleOutput( destination, twoMoments ? styles : styles.mid( 1 ), context, feedback );
  // The summary for the table: the signals and the fit.
  QStringList signalCounts;
  QVariantMap summary;
  if ( twoMoments )
  {
    for ( const auto &[key, label] : SignaleringskaartAlgorithm::signalOutputs() )
    {
      signalCounts << QStringLiteral( "%1 %2" ).arg( label ).arg( collected.value( key ).toInt() );
      if ( key != QLatin1String( "ONVOLDOENDE_GEGEVENS" ) )
        summary.insert( key, collected.value( key ) );
    }
    feedback->pushInfo( tr( "Summary — signaleringskaart (absoluut): %1." ).arg( signalCounts.join( QStringLiteral( ", " ) ) ) );
  }
  feedback->pushInfo( tr( "Summary — veerkrachtscore: %1 = %2 + %3 · %4, R² = %5, n = %6 (%7)." )
                      .arg( twoMoments ? QStringLiteral( "ΔO" ) : QStringLiteral( "O" ) )
                      .arg( collected.value( QStringLiteral( "A" ) ).toDouble(), 0, 'g', 4 )
                      .arg( collected.value( QStringLiteral( "B" ) ).toDouble(), 0, 'g', 4 )
                      .arg( twoMoments ? QStringLiteral( "ΔK" ) : QStringLiteral( "K" ) )
                      .arg( collected.value( QStringLiteral( "R2" ) ).toDouble(), 0, 'g', 3 )
                      .arg( collected.value( QStringLiteral( "N" ) ).toInt() )
                      .arg( twoMoments ? tr( "change" ) : tr( "momentopname" ) ) );
  QVariantMap outputs { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "A" ), collected.value( QStringLiteral( "A" ) ) },
    { QStringLiteral( "B" ), collected.value( QStringLiteral( "B" ) ) }, { QStringLiteral( "R2" ), collected.value( QStringLiteral( "R2" ) ) },
    { QStringLiteral( "N" ), collected.value( QStringLiteral( "N" ) ) },
    { QStringLiteral( "INSUFFICIENT" ), collected.value( QStringLiteral( "INSUFFICIENT" ) ) } };
  outputs.insert( summary );
  return outputs;
}
