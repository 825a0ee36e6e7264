// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/veerkrachtkaartenalgorithm.h"
#include "algorithms/corporatiebezitalgorithm.h"
#include "algorithms/ervarenoverlastalgorithm.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "algorithms/focuskaartalgorithm.h"
#include "support/indicatorenparameter.h"
#include "algorithms/kwetsbaarheidalgorithm.h"
#include "algorithms/ontwikkelingalgorithm.h"
#include "algorithms/overlastalgorithm.h"
#include "algorithms/signaleringskaartalgorithm.h"
#include "algorithms/veerkrachtscorealgorithm.h"
#include "support/parameterfout.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsvectorlayer.h>

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
             "<b>Indicators</b>: fill one row per indicator in the tables K_INDICATORS (vulnerable residents, e.g. bijstand "
             "per 1000 inhabitants, one-person households per 1000 households) and O_INDICATORS (nuisance and unsafety, e.g. "
             "the Leefbaarometer's onv with direction -1: higher is safer): the field at t0 and at t1, the direction (1: a "
             "higher value is more vulnerable or more nuisance; -1: the reverse), the weight and, for a count, the "
             "denominator field at t0 and t1 (a rate per 1000). <i>Presets</i> fill a table from the KWB and Leefbaarometer "
             "fields the layer has, with the two latest years. Leave the column t1 empty for a <i>momentopname</i>: only "
             "the level maps (2, 4, 9, 1) and the score on levels. The same can be given as separate lists under "
             "Advanced (K_T0, K_T1, K_DIRECTIONS, …, in the same order), not together with a table.\n\n"
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
  // The indicators as one table a person fills row by row (the plugin gives it a widget with
  // presets); the separate lists below stay for the command line and older models.
  addParameter( new IndicatorenParameter( QStringLiteral( "K_INDICATORS" ), tr( "Vulnerable residents K: indicators, one per row" ), QStringLiteral( "INPUT" ),
                veerkracht::IndicatorSoort::Kwetsbaarheid, true ) );
  addParameter( new IndicatorenParameter( QStringLiteral( "O_INDICATORS" ), tr( "Nuisance and unsafety O: indicators, one per row" ), QStringLiteral( "INPUT" ),
                veerkracht::IndicatorSoort::Overlast, true ) );
  fields( QStringLiteral( "K_T0" ), tr( "Vulnerable residents: indicator fields at t0" ), true );
  fields( QStringLiteral( "K_T1" ), tr( "Vulnerable residents: indicator fields at t1 (same order; empty: momentopname)" ), true );
  text( QStringLiteral( "K_DIRECTIONS" ), tr( "Vulnerable residents: direction per indicator (1 or -1, comma-separated)" ) );
  text( QStringLiteral( "K_WEIGHTS" ), tr( "Vulnerable residents: weight per indicator (comma-separated)" ) );
  text( QStringLiteral( "K_DENOMINATORS_T0" ), tr( "Vulnerable residents: denominator field per indicator at t0, rate per 1000 (comma-separated)" ) );
  text( QStringLiteral( "K_DENOMINATORS_T1" ), tr( "Vulnerable residents: denominator field per indicator at t1 (comma-separated)" ) );
  fields( QStringLiteral( "O_T0" ), tr( "Nuisance and unsafety: fields at t0" ), true );
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
  for ( const char *expert : { "K_T0", "K_T1", "K_DENOMINATORS_T0", "K_DENOMINATORS_T1", "O_T0", "O_T1", "K_DIRECTIONS", "K_WEIGHTS", "O_DIRECTIONS", "O_WEIGHTS", "O_DENOMINATORS_T0", "O_DENOMINATORS_T1", "E_DIRECTIONS",
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

QVariantMap VeerkrachtkaartenAlgorithm::withIndicatorTables( const QVariantMap &given, QgsProcessingContext &context, QMap<QString, int> *fromTable ) const
{
  QVariantMap parameters = given;
  QMap<QString, int> tables;
  for ( const QString &p : { QStringLiteral( "K" ), QStringLiteral( "O" ) } )
  {
    const QString tableName = p + QStringLiteral( "_INDICATORS" );
    const auto *definition = dynamic_cast<const IndicatorenParameter *>( parameterDefinition( tableName ) );
    const veerkracht::IndicatorTabel table = veerkracht::leesIndicatorTabel( given.value( tableName ), definition ? definition->standaardRichting() : 1 );
    if ( !table.fout.isEmpty() )
      throw QgsProcessingException( tr( "%1: %2." ).arg( tableName, table.fout ) );
    const QStringList lists { p + QStringLiteral( "_T0" ), p + QStringLiteral( "_T1" ), p + QStringLiteral( "_DIRECTIONS" ), p + QStringLiteral( "_WEIGHTS" ),
                              p + QStringLiteral( "_DENOMINATORS_T0" ), p + QStringLiteral( "_DENOMINATORS_T1" ) };
    if ( table.rijen.isEmpty() )
    {
      if ( vkcompat::parameterAsStrings( *this, given, lists.first(), context ).isEmpty() )
        throw QgsProcessingException( tr( "%1: expected at least one indicator (a row with its field at t0), or the fields in %2." ).arg( tableName, lists.first() ) );
      continue;
    }
    for ( const QString &list : lists )
    {
      const QString text = vkcompat::parameterAsStrings( *this, given, list, context ).join( QLatin1Char( ',' ) );
      if ( !text.isEmpty() && text != parameterDefinition( list )->defaultValue().toString() )
        throw QgsProcessingException( tr( "%1 and %2: give the indicators either in the table or in the separate lists, not both." ).arg( tableName, list ) );
    }
    QStringList t0, t1, directions, weights, denominatorsT0, denominatorsT1;
    for ( const veerkracht::IndicatorRij &row : table.rijen )
    {
      t0 << row.veldT0;
      if ( !row.veldT1.isEmpty() )
        t1 << row.veldT1;
      directions << QString::number( row.richting );
      weights << QString::number( row.gewicht, 'g', 15 );
      denominatorsT0 << row.noemerT0;
      denominatorsT1 << row.noemerT1;
    }
    const auto listOrNothing = []( const QStringList &entries ) {
      return std::all_of( entries.begin(), entries.end(), []( const QString &e ) { return e.isEmpty(); } ) ? QVariant() : QVariant( entries.join( QLatin1Char( ',' ) ) );
    };
    parameters.insert( lists.at( 0 ), t0 );
    parameters.insert( lists.at( 1 ), t1.isEmpty() ? QVariant() : QVariant( t1 ) );
    parameters.insert( lists.at( 2 ), directions.join( QLatin1Char( ',' ) ) );
    parameters.insert( lists.at( 3 ), weights.join( QLatin1Char( ',' ) ) );
    parameters.insert( lists.at( 4 ), listOrNothing( denominatorsT0 ) );
    parameters.insert( lists.at( 5 ), listOrNothing( denominatorsT1 ) );
    tables.insert( p, static_cast<int>( table.rijen.size() ) );
  }
  if ( vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "K_T1" ), context ).isEmpty() != vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "O_T1" ), context ).isEmpty() )
  {
    const auto t1 = [&tables]( const QString &p ) {
      return tables.contains( p ) ? QStringLiteral( "%1_INDICATORS (%2)" ).arg( p, IndicatorenParameter::kolomKoppen().at( veerkracht::KolomVeldT1 ) ) : p + QStringLiteral( "_T1" );
    };
    throw QgsProcessingException( tr( "%1 and %2: give both (two moments) or neither (momentopname); expected the same moments for K and O." ).arg( t1( QStringLiteral( "K" ) ), t1( QStringLiteral( "O" ) ) ) );
  }
  if ( fromTable )
    *fromTable = tables;
  return parameters;
}

bool VeerkrachtkaartenAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  // The tables first: they say which row and cell, where QGIS's own check only names the parameter.
  try
  {
    withIndicatorTables( parameters, context );
  }
  catch ( QgsProcessingException &e )
  {
    if ( message )
      *message = e.what();
    return false;
  }
  return KaartAlgorithm::checkParameterValues( parameters, context, message );
}

namespace {

// Messages of the index steps name what the user filled: a column of the table, or the list.
QMap<QString, QString> indexStepNames( const QString &p, bool table )
{
  const QStringList columns = IndicatorenParameter::kolomKoppen();
  const QString tableName = p + QStringLiteral( "_INDICATORS" );
  const auto name = [&]( const QString &list, int column ) {
    return table ? QStringLiteral( "%1 (%2)" ).arg( tableName, columns.at( column ) ) : p + list;
  };
  return QMap<QString, QString> { { QStringLiteral( "INDICATORS_T0" ), name( QStringLiteral( "_T0" ), veerkracht::KolomVeldT0 ) },
    { QStringLiteral( "INDICATORS_T1" ), name( QStringLiteral( "_T1" ), veerkracht::KolomVeldT1 ) },
    { QStringLiteral( "DIRECTIONS" ), name( QStringLiteral( "_DIRECTIONS" ), veerkracht::KolomRichting ) },
    { QStringLiteral( "WEIGHTS" ), name( QStringLiteral( "_WEIGHTS" ), veerkracht::KolomGewicht ) },
    { QStringLiteral( "DENOMINATORS_T0" ), name( QStringLiteral( "_DENOMINATORS_T0" ), veerkracht::KolomNoemerT0 ) },
    { QStringLiteral( "DENOMINATORS_T1" ), name( QStringLiteral( "_DENOMINATORS_T1" ), veerkracht::KolomNoemerT1 ) } };
}

} // namespace

//! The building blocks of one run, in the order they run: each step's OUTPUT is the next step's INPUT.
class VeerkrachtkaartenAlgorithm::Chain
{
  public:
    struct Step
    {
      std::unique_ptr<QgsProcessingAlgorithm> algorithm;
      QVariantMap parameters;
      QMap<QString, QString> names; //!< the step's parameter names as this algorithm calls them, for messages
    };

    explicit Chain( const QVariantMap &parameters )
      : mParameters( parameters )
    {}

    //! A parameter of the run.
    QVariant value( const char *name ) const { return mParameters.value( QString::fromLatin1( name ) ); }

    //! Adds a step made from \a prototype (which it deletes), with the run's small-area rule.
    void add( QgsProcessingAlgorithm *prototype, QVariantMap stepParameters, const QMap<QString, QString> &names = {} )
    {
      stepParameters.insert( QStringLiteral( "INHABITANTS_FIELD" ), value( "INHABITANTS_FIELD" ) );
      stepParameters.insert( QStringLiteral( "MIN_INWONERS" ), value( "MIN_INWONERS" ) );
      steps.push_back( { std::unique_ptr<QgsProcessingAlgorithm>( prototype->create() ), stepParameters, names } );
      delete prototype;
    }

    //! The index \a p (K or O) from its lists <p>_T0 …; \a fromTable: the lists came from its table.
    void addIndex( const QString &p, bool fromTable )
    {
      add( p == QLatin1String( "K" ) ? static_cast<QgsProcessingAlgorithm *>( new KwetsbaarheidAlgorithm() ) : new OverlastAlgorithm(),
      { { QStringLiteral( "INDICATORS_T0" ), mParameters.value( p + QStringLiteral( "_T0" ) ) },
        { QStringLiteral( "INDICATORS_T1" ), mParameters.value( p + QStringLiteral( "_T1" ) ) },
        { QStringLiteral( "DIRECTIONS" ), mParameters.value( p + QStringLiteral( "_DIRECTIONS" ) ) },
        { QStringLiteral( "WEIGHTS" ), mParameters.value( p + QStringLiteral( "_WEIGHTS" ) ) },
        { QStringLiteral( "DENOMINATORS_T0" ), mParameters.value( p + QStringLiteral( "_DENOMINATORS_T0" ) ) },
        { QStringLiteral( "DENOMINATORS_T1" ), mParameters.value( p + QStringLiteral( "_DENOMINATORS_T1" ) ) },
        { QStringLiteral( "STANDARDISATION" ), value( "STANDARDISATION" ) }, { QStringLiteral( "MIN_SHARE" ), value( "MIN_SHARE" ) },
        { QStringLiteral( "REFERENCE_FILTER" ), value( "REFERENCE_FILTER" ) }, { QStringLiteral( "FIELD_PREFIX" ), p.toLower() } },
      indexStepNames( p, fromTable ) );
    }

    std::vector<Step> steps;

  private:
    QVariantMap mParameters;
};

void VeerkrachtkaartenAlgorithm::reportIndicatorTables( const QVariantMap &parameters, const QMap<QString, int> &fromTable, QgsProcessingContext &context,
    QgsProcessingFeedback *feedback ) const
{
  for ( auto it = fromTable.constBegin(); it != fromTable.constEnd(); ++it )
    feedback->pushInfo( tr( "%1: %n indicator(s) from the table %2: %3.", nullptr, it.value() )
                        .arg( it.key(), it.key() + QStringLiteral( "_INDICATORS" ), vkcompat::parameterAsStrings( *this, parameters, it.key() + QStringLiteral( "_T0" ), context ).join( QStringLiteral( ", " ) ) ) );
}

VeerkrachtkaartenAlgorithm::Chain VeerkrachtkaartenAlgorithm::buildChain( const QVariantMap &parameters, const QMap<QString, int> &fromTable, bool twoMoments,
    QgsProcessingContext &context ) const
{
  const bool corporation = !parameterAsString( parameters, QStringLiteral( "CORP_SHARE_FIELD" ), context ).isEmpty()
                           || !parameterAsString( parameters, QStringLiteral( "CORP_UNITS" ), context ).isEmpty();
  Chain chain( parameters );
  const QString levelK = twoMoments ? QStringLiteral( "k_t1" ) : QStringLiteral( "k_t0" );
  const QString levelO = twoMoments ? QStringLiteral( "o_t1" ) : QStringLiteral( "o_t0" );
  const QVariant sameAreas = twoMoments ? QVariant( QStringList { QStringLiteral( "delta_k" ), QStringLiteral( "delta_o" ) } )
                                        : QVariant( QStringList { levelK, levelO } );
  for ( const char *index : { "K", "O" } )
  {
    const QString p = QString::fromLatin1( index );
    chain.addIndex( p, fromTable.contains( p ) );
  }
  if ( twoMoments )
  {
    chain.add( new OntwikkelingAlgorithm(), { { QStringLiteral( "DEAD_BAND" ), chain.value( "DEAD_BAND" ) } },
    { { QStringLiteral( "K_T0" ), QStringLiteral( "k_t0" ) }, { QStringLiteral( "K_T1" ), QStringLiteral( "k_t1" ) },
      { QStringLiteral( "O_T0" ), QStringLiteral( "o_t0" ) }, { QStringLiteral( "O_T1" ), QStringLiteral( "o_t1" ) } } );
    chain.add( new SignaleringskaartAlgorithm(), { { QStringLiteral( "DEAD_BAND" ), chain.value( "DEAD_BAND" ) }, { QStringLiteral( "GROUP_FIELD" ), chain.value( "GROUP_FIELD" ) },
      { QStringLiteral( "CODE_FIELD" ), chain.value( "CODE_FIELD" ) } }, { { QStringLiteral( "DELTA_K" ), QStringLiteral( "ΔK" ) }, { QStringLiteral( "DELTA_O" ), QStringLiteral( "ΔO" ) } } );
  }
  const QMap<QString, QString> levelNames { { QStringLiteral( "K_T1" ), tr( "K level (%1)" ).arg( levelK ) }, { QStringLiteral( "O_T1" ), tr( "O level (%1)" ).arg( levelO ) } };
  chain.add( new FocuskaartAlgorithm(), { { QStringLiteral( "K_T1" ), levelK }, { QStringLiteral( "O_T1" ), levelO }, { QStringLiteral( "PERCENTILE" ), chain.value( "PERCENTILE" ) },
    { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } }, levelNames );
  addSurveySteps( chain, parameters, sameAreas, context );
  if ( corporation )
    chain.add( new CorporatiebezitAlgorithm(), { { QStringLiteral( "SHARE_FIELD" ), chain.value( "CORP_SHARE_FIELD" ) }, { QStringLiteral( "UNITS" ), chain.value( "CORP_UNITS" ) },
      { QStringLiteral( "UNIT_COUNT_FIELD" ), chain.value( "CORP_UNIT_COUNT_FIELD" ) }, { QStringLiteral( "DWELLINGS_FIELD" ), chain.value( "CORP_DWELLINGS_FIELD" ) },
      { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } },
    { { QStringLiteral( "SHARE_FIELD" ), QStringLiteral( "CORP_SHARE_FIELD" ) }, { QStringLiteral( "UNITS" ), QStringLiteral( "CORP_UNITS" ) },
      { QStringLiteral( "UNIT_COUNT_FIELD" ), QStringLiteral( "CORP_UNIT_COUNT_FIELD" ) }, { QStringLiteral( "DWELLINGS_FIELD" ), QStringLiteral( "CORP_DWELLINGS_FIELD" ) } } );
  chain.add( new VeerkrachtscoreAlgorithm(), { { QStringLiteral( "K_FIELD" ), twoMoments ? QStringLiteral( "delta_k" ) : levelK },
    { QStringLiteral( "O_FIELD" ), twoMoments ? QStringLiteral( "delta_o" ) : levelO }, { QStringLiteral( "WEIGHTED" ), chain.value( "WEIGHTED" ) },
    { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } },
  { { QStringLiteral( "K_FIELD" ), twoMoments ? QStringLiteral( "ΔK" ) : levelNames.value( QStringLiteral( "K_T1" ) ) },
    { QStringLiteral( "O_FIELD" ), twoMoments ? QStringLiteral( "ΔO" ) : levelNames.value( QStringLiteral( "O_T1" ) ) } } );
  return chain;
}

void VeerkrachtkaartenAlgorithm::addSurveySteps( Chain &chain, const QVariantMap &parameters, const QVariant &sameAreas, QgsProcessingContext &context ) const
{
  const QStringList surveyT0 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "E_T0" ), context );
  const QStringList surveyT1 = vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "E_T1" ), context );
  if ( surveyT0.isEmpty() && surveyT1.isEmpty() )
    return;
  // Map 6: the survey's index the way O is made, then its level and development.
  const bool surveyTwoMoments = !surveyT0.isEmpty() && !surveyT1.isEmpty();
  chain.add( new OverlastAlgorithm(), { { QStringLiteral( "INDICATORS_T0" ), surveyT0.isEmpty() ? surveyT1 : surveyT0 },
    { QStringLiteral( "INDICATORS_T1" ), surveyTwoMoments ? QVariant( surveyT1 ) : QVariant() }, { QStringLiteral( "DIRECTIONS" ), chain.value( "E_DIRECTIONS" ) },
    { QStringLiteral( "STANDARDISATION" ), chain.value( "STANDARDISATION" ) }, { QStringLiteral( "MIN_SHARE" ), chain.value( "MIN_SHARE" ) },
    { QStringLiteral( "REFERENCE_FILTER" ), chain.value( "REFERENCE_FILTER" ) }, { QStringLiteral( "FIELD_PREFIX" ), QStringLiteral( "e" ) } },
  { { QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "E_T0" ) }, { QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "E_T1" ) },
    { QStringLiteral( "DIRECTIONS" ), QStringLiteral( "E_DIRECTIONS" ) } } );
  chain.add( new ErvarenOverlastAlgorithm(), { { QStringLiteral( "E_T1" ), surveyTwoMoments ? QStringLiteral( "e_t1" ) : QStringLiteral( "e_t0" ) },
    { QStringLiteral( "E_T0" ), surveyTwoMoments ? QVariant( QStringLiteral( "e_t0" ) ) : QVariant() }, { QStringLiteral( "DEAD_BAND" ), chain.value( "DEAD_BAND" ) },
    { QStringLiteral( "REQUIRED_FIELDS" ), sameAreas } } );
}

bool VeerkrachtkaartenAlgorithm::runChain( Chain &chain, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QVariantMap &results, QVariantMap &collected ) const
{
  QgsProcessingMultiStepFeedback stepFeedback( static_cast<int>( chain.steps.size() ), feedback );
  QVariant input = chain.value( "INPUT" );
  for ( std::size_t s = 0; s < chain.steps.size(); ++s )
  {
    Chain::Step &step = chain.steps[s];
    stepFeedback.setCurrentStep( static_cast<int>( s ) );
    const bool last = s + 1 == chain.steps.size();
    stepFeedback.pushInfo( tr( "— %1" ).arg( step.algorithm->displayName() ) );
    step.parameters.insert( QStringLiteral( "INPUT" ), input );
    step.parameters.insert( QStringLiteral( "OUTPUT" ), last ? chain.value( "OUTPUT" ) : QVariant( QgsProcessing::TEMPORARY_OUTPUT ) );
    bool ok = false;
    // run() rethrows a step's error as a copy that keeps only its text: the opvang keeps the ParameterFout behind it.
    veerkracht::ParameterFoutOpvang opvang; // not const: every ParameterFout made while it lives writes into it
    try
    {
      results = step.algorithm->run( step.parameters, context, &stepFeedback, &ok, QVariantMap(), false );
    }
    catch ( QgsProcessingException &e )
    {
      // Name this algorithm's parameters, not the building block's.
      const veerkracht::ParameterFout *fout = opvang.fout( e );
      throw QgsProcessingException( tr( "%1: %2" ).arg( step.algorithm->displayName(), fout ? fout->message( step.names ) : e.what() ) );
    }
    if ( !ok || stepFeedback.isCanceled() )
      return false;
    for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
      collected.insert( it.key(), it.value() );
    input = results.value( QStringLiteral( "OUTPUT" ) );
  }
  return true;
}

QVariantMap VeerkrachtkaartenAlgorithm::summarise( const QString &destination, const QVariantMap &collected, bool twoMoments, QgsProcessingContext &context,
    QgsProcessingFeedback *feedback ) const
{
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

QVariantMap VeerkrachtkaartenAlgorithm::processWithFeedback( const QVariantMap &given, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QMap<QString, int> fromTable;
  const QVariantMap parameters = withIndicatorTables( given, context, &fromTable );
  reportIndicatorTables( parameters, fromTable, context, feedback );
  const bool twoMoments = !vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "K_T1" ), context ).isEmpty();
  Chain chain = buildChain( parameters, fromTable, twoMoments, context );
  QVariantMap results;
  QVariantMap collected;
  if ( !runChain( chain, context, feedback, results, collected ) )
    return QVariantMap();
  return summarise( results.value( QStringLiteral( "OUTPUT" ) ).toString(), collected, twoMoments, context, feedback );
}
