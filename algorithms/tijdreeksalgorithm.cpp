// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/tijdreeksalgorithm.h"
#include "model/modelerror.h"
#include "support/filmtijd.h"
#include "support/indicatortabel.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <QDate>

#include <algorithm>
#include <map>
#include <numeric>

using veerkracht::Column;

namespace {

const QString jaarVeld = QStringLiteral( "{jaar}" );

QString years( const std::vector<int> &moments, const std::vector<std::size_t> &positions )
{
  QStringList text;
  for ( std::size_t m : positions )
    text << QString::number( moments[m] );
  return text.join( QStringLiteral( ", " ) );
}

std::vector<std::size_t> indices( std::size_t n )
{
  std::vector<std::size_t> all( n );
  std::iota( all.begin(), all.end(), std::size_t { 0 } );
  return all;
}

//! "2018_2022", for field names.
QString periodKey( const veerkracht::Periode &p )
{
  return QStringLiteral( "%1_%2" ).arg( p.begin ).arg( p.eind );
}

//! Gives the long layer map 7's style and the film's timing when the desktop loads it.
class FilmPostProcessor : public QgsProcessingLayerPostProcessorInterface
{
  public:
    void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback * ) override
    {
      if ( auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer ) )
      {
        addMapStyles( vectorLayer, QStringLiteral( "07_signaleringskaart_absoluut" ) );
        veerkracht::zetFilmTijd( *vectorLayer );
      }
    }
};

} // namespace

QString TijdreeksAlgorithm::name() const
{
  return QStringLiteral( "tijdreeks" );
}

QString TijdreeksAlgorithm::displayName() const
{
  return tr( "Time series (the film)" );
}

QString TijdreeksAlgorithm::group() const
{
  return QCoreApplication::translate( "KaartAlgorithm", "Veerkrachtkaarten" );
}

QString TijdreeksAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QStringList TijdreeksAlgorithm::tags() const
{
  return tr( "tijdreeks,film,traject,trend,perioden,momenten,temporal controller,steeds onder druk,herstellend" ).split( QLatin1Char( ',' ) );
}

QString TijdreeksAlgorithm::shortDescription() const
{
  return tr( "K and O at many moments, the signal of map 7 per period and each area's trajectory: the film, for QGIS's Temporal Controller." );
}

QString TijdreeksAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr(
           "Computes vulnerable residents K and nuisance and unsafety O at many moments and, per period, ΔK, ΔO and the signal of map 7 "
           "(veerkracht onder druk, veerkrachtig, overlast neemt toe, stabiel of verbeterend; dead band DEAD_BAND × sd per period).\n\n"
           "<b>Indicators.</b> K_MOMENTS and O_MOMENTS list the years (2021, 2023, 2024). K_FIELDS and O_FIELDS give one field pattern per "
           "indicator with {jaar} for the year (onv_{jaar}, misdrijven_{jaar}): a pattern that names no field in a year means the indicator "
           "was not measured then. Or give one comma-separated list per moment, the lists separated by ';' (an empty entry: not measured). "
           "DENOMINATORS turn counts into rates per 1000 the same way (a name without {jaar}: the same field every year). DIRECTIONS and "
           "WEIGHTS as in 'Resilience maps'. Each indicator is standardised with the parameters of its <i>first</i> measured moment in "
           "the reference set, reused for every later moment, so that a real rise shows as a rise.\n\n"
           "<b>Periods.</b> PERIODS lists them: 2014-2018; 2018-2022; 2022-2024. A period's ends use the moment of the same year, else the "
           "nearest within MOMENT_TOLERANCE years (on a tie the one inside the period); or name them: 2020-2022 K 2021-2023. A change "
           "compares only the indicators measured at both of its moments. The log says what was paired; a period whose K or O cannot be "
           "paired gets 'onvoldoende gegevens'.\n\n"
           "<b>Trajectory</b> (traject_klasse, traject_label) from the signals in time order: steeds onder druk, opnieuw onder druk, nieuw "
           "onder druk, herstellend, steeds meer overlast, steeds veerkrachtig, stabiel, wisselend; onvoldoende gegevens when fewer than "
           "two periods or not the last have a signal. trend_k and trend_o: the trend per year, the weighted mean of each indicator's own OLS slope over its moments (like for like).\n\n"
           "<b>Outputs.</b> OUTPUT: one feature per area with every input field, k_<year>, o_<year>, per period dk_, do_, sign_<period>_klasse "
           "and _label, the trajectory and the trends. OUTPUT_LONG: one feature per area and period (code, name, periode, datum = 1 January "
           "of the period's end, datum_tot = that of the next period's end (the last: a year later), delta_k, delta_o, sign_abs_klasse and sign_abs_label, the trajectory); its style has QGIS's "
           "temporal properties set: open it and press play in the Temporal Controller.\n\n"
           "Method: docs/method.md (The film)." ) );
}

TijdreeksAlgorithm *TijdreeksAlgorithm::createInstance() const
{
  return new TijdreeksAlgorithm();
}

void TijdreeksAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  const auto text = [this]( const QString &name, const QString &description, const QVariant &defaultValue = QVariant(), bool optional = true ) {
    addParameter( new QgsProcessingParameterString( name, description, defaultValue, false, optional ) );
  };
  for ( const QString &p : { QStringLiteral( "K" ), QStringLiteral( "O" ) } )
  {
    const bool k = p == QLatin1String( "K" );
    text( p + QStringLiteral( "_MOMENTS" ), k ? tr( "Vulnerable residents K: moments (years, comma-separated)" ) : tr( "Nuisance and unsafety O: moments (years, comma-separated)" ),
          QVariant(), false );
    text( p + QStringLiteral( "_FIELDS" ), k ? tr( "K: field pattern per indicator with {jaar} (or one list per moment, separated by ';')" )
          : tr( "O: field pattern per indicator with {jaar} (or one list per moment, separated by ';')" ), QVariant(), false );
    text( p + QStringLiteral( "_DIRECTIONS" ), k ? tr( "K: direction per indicator (1 or -1)" ) : tr( "O: direction per indicator (default -1: Leefbaarometer onv)" ),
          k ? QVariant() : QVariant( QStringLiteral( "-1" ) ) );
    text( p + QStringLiteral( "_WEIGHTS" ), k ? tr( "K: weight per indicator" ) : tr( "O: weight per indicator" ) );
    text( p + QStringLiteral( "_DENOMINATORS" ), k ? tr( "K: denominator pattern per indicator, for a rate per 1000 (empty entry: none)" )
          : tr( "O: denominator pattern per indicator, for a rate per 1000 (empty entry: none)" ) );
  }
  text( QStringLiteral( "PERIODS" ), tr( "Periods (e.g. 2014-2018; 2018-2022 K 2021-2023; 2022-2024)" ), QVariant(), false );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MOMENT_TOLERANCE" ), tr( "Years a period's end may lie from the moment it uses" ),
                vkcompat::NumberInteger, 1, false, 0, 10 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "STANDARDISATION" ), tr( "Standardisation (parameters from each indicator's first moment)" ),
                QStringList() << QStringLiteral( "zscore" ) << QStringLiteral( "percentile" ) << QStringLiteral( "minmax" ) << QStringLiteral( "none" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_SHARE" ), tr( "Minimum share of indicators with a value" ), vkcompat::NumberDouble, 0.5, false, 0, 1 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "REFERENCE_FILTER" ), tr( "Reference set for the standardisation (filter expression; empty: all areas)" ),
                QVariant(), QStringLiteral( "INPUT" ), true ) );
  addDeadBandParameter();
  addSmallAreaParameters();
  addAreaOutput( tr( "Film per area (wide)" ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_LONG" ), tr( "Film per area and period (long, for the Temporal Controller)" ), vkcompat::SourcePolygon ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "PERIODS_COUNT" ), tr( "Periods" ) ) );
}

QList<int> TijdreeksAlgorithm::readMoments( const QString &parameter, const QString &text )
{
  QList<int> moments;
  for ( const QString &item : veerkracht::commaList( QString( text ).replace( QLatin1Char( ';' ), QLatin1Char( ',' ) ) ) )
  {
    bool ok = false;
    const int year = item.toInt( &ok );
    if ( !ok || year < 1900 || year > 2100 || moments.contains( year ) )
      throw veerkracht::ParameterFout( { parameter }, [item]( const QStringList &p ) {
        return tr( "%1: '%2' is not a year or given twice; expected distinct years such as 2021, 2023." ).arg( p.at( 0 ), item );
      } );
    moments << year;
  }
  if ( moments.isEmpty() )
    throw veerkracht::ParameterFout( { parameter }, []( const QStringList &p ) {
      return tr( "%1: no moment given; expected years such as 2021, 2023." ).arg( p.at( 0 ) );
    } );
  std::sort( moments.begin(), moments.end() );
  return moments;
}

QVector<QStringList> TijdreeksAlgorithm::fieldsPerMoment( const QString &parameter, const QString &text, const QList<int> &moments, const QgsFields &fields,
    int indicators, bool denominators )
{
  QVector<QStringList> perMoment;
  if ( text.contains( QLatin1Char( ';' ) ) )
  {
    const QStringList lists = text.split( QLatin1Char( ';' ) );
    if ( lists.size() != moments.size() )
      throw veerkracht::ParameterFout( { parameter }, [given = lists.size(), n = moments.size()]( const QStringList &p ) {
        return tr( "%1 gives %2 lists for %3 moments; expected one comma-separated list per moment, separated by ';'." ).arg( p.at( 0 ) ).arg( given ).arg( n );
      } );
    for ( const QString &list : lists )
    {
      QStringList names;
      for ( const QString &name : list.split( QLatin1Char( ',' ) ) )
        names << name.trimmed();
      if ( names.size() != ( indicators < 0 ? perMoment.value( 0, names ).size() : indicators ) && !( denominators && names.size() <= indicators ) )
        throw veerkracht::ParameterFout( { parameter }, [list]( const QStringList &p ) {
          return tr( "%1: the list '%2' does not have one entry per indicator; expected the same number of entries at every moment (an empty entry: not measured)." )
                 .arg( p.at( 0 ), list.trimmed() );
        } );
      for ( const QString &name : names )
        if ( !name.isEmpty() && fields.lookupField( name ) < 0 )
          throw veerkracht::ParameterFout( { parameter }, [name, all = veerkracht::listFirst( fields.names(), 12 )]( const QStringList &p ) {
            return tr( "%1: INPUT has no field '%2' (its fields: %3)." ).arg( p.at( 0 ), name, all );
          } );
      perMoment << names;
    }
    return perMoment;
  }
  const QStringList patterns = veerkracht::commaList( text );
  if ( indicators >= 0 && patterns.size() > indicators )
    throw veerkracht::ParameterFout( { parameter }, [given = patterns.size(), indicators]( const QStringList &p ) {
      return tr( "%1 gives %2 patterns for %3 indicators; expected at most one per indicator." ).arg( p.at( 0 ) ).arg( given ).arg( indicators );
    } );
  for ( const QString &pattern : patterns )
    if ( !denominators && !pattern.contains( jaarVeld ) )
      throw veerkracht::ParameterFout( { parameter }, [pattern]( const QStringList &p ) {
        return tr( "%1: '%2' has no {jaar}; expected a pattern such as onv_{jaar}, or one list of fields per moment separated by ';'." ).arg( p.at( 0 ), pattern );
      } );
  for ( int year : moments )
  {
    QStringList names;
    for ( const QString &pattern : patterns )
      names << QString( pattern ).replace( jaarVeld, QString::number( year ) );
    perMoment << names;
  }
  return perMoment;
}

TijdreeksAlgorithm::Reeks TijdreeksAlgorithm::readReeks( const QString &p, const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  Reeks r;
  r.name = p;
  const QString fieldsParameter = p + QStringLiteral( "_FIELDS" );
  const QString denominatorParameter = p + QStringLiteral( "_DENOMINATORS" );
  const QList<int> moments = readMoments( p + QStringLiteral( "_MOMENTS" ), parameterAsString( parameters, p + QStringLiteral( "_MOMENTS" ), context ) );
  const QString fieldsText = parameterAsString( parameters, fieldsParameter, context );
  const bool explicitLists = fieldsText.contains( QLatin1Char( ';' ) );
  r.fields = fieldsPerMoment( fieldsParameter, fieldsText, moments, areas.fields, -1, false );
  const int n = r.fields.value( 0 ).size();
  if ( n == 0 )
    throw veerkracht::ParameterFout( { fieldsParameter }, []( const QStringList &names ) {
      return tr( "%1: no indicator given; expected a field pattern such as onv_{jaar}." ).arg( names.at( 0 ) );
    } );
  const QVector<QStringList> denominators = fieldsPerMoment( denominatorParameter, parameterAsString( parameters, denominatorParameter, context ), moments, areas.fields, n, true );
  const std::vector<double> directions = veerkracht::perIndicator( p + QStringLiteral( "_DIRECTIONS" ), parameterAsString( parameters, p + QStringLiteral( "_DIRECTIONS" ), context ),
                                         n, 1, []( double v ) { return v == 1 || v == -1; }, tr( "1 or -1" ) );
  const std::vector<double> weights = veerkracht::perIndicator( p + QStringLiteral( "_WEIGHTS" ), parameterAsString( parameters, p + QStringLiteral( "_WEIGHTS" ), context ),
                                      n, 1, []( double v ) { return v >= veerkracht::minGewicht && v <= veerkracht::maxGewicht; },
                                      tr( "a number from %1 to %2 (weights are relative)" ).arg( veerkracht::minGewicht ).arg( veerkracht::maxGewicht ) );
  const QStringList patterns = explicitLists ? r.fields.value( 0 ) : veerkracht::commaList( fieldsText );
  r.reeks.moments.assign( moments.begin(), moments.end() );
  r.reeks.values.assign( static_cast<std::size_t>( n ), std::vector<std::optional<Column>>( moments.size() ) );
  for ( int j = 0; j < n; ++j )
  {
    r.reeks.indicators.push_back( { static_cast<int>( directions[static_cast<std::size_t>( j )] ), weights[static_cast<std::size_t>( j )] } );
    r.indicatorNames << patterns.value( j );
    for ( int m = 0; m < moments.size(); ++m )
    {
      const QString field = r.fields[m].at( j );
      if ( field.isEmpty() || areas.fields.lookupField( field ) < 0 )
      {
        r.fields[m][j].clear(); // not measured at this moment
        continue;
      }
      Column values = areas.numeric( field, fieldsParameter );
      const QString denominator = denominators[m].value( j );
      if ( !denominator.isEmpty() )
      {
        const Column base = areas.numeric( denominator, denominatorParameter );
        for ( std::size_t i = 0; i < values.size(); ++i )
          values[i] = veerkracht::per1000( values[i], base[i] );
      }
      r.reeks.values[static_cast<std::size_t>( j )][static_cast<std::size_t>( m )] = std::move( values );
    }
    if ( r.indicatorNames.at( j ).isEmpty() )
      r.indicatorNames[j] = tr( "indicator %1" ).arg( j + 1 );
    // A rate at one moment and a count at the next would compare unlike with unlike.
    int measured = 0, rates = 0;
    for ( int m = 0; m < moments.size(); ++m )
      if ( !r.fields[m].at( j ).isEmpty() )
      {
        ++measured;
        rates += denominators[m].value( j ).isEmpty() ? 0 : 1;
      }
    if ( rates > 0 && rates < measured )
      throw veerkracht::ParameterFout( { denominatorParameter }, [name = r.indicatorNames.at( j )]( const QStringList &p ) {
        return tr( "%1: indicator '%2' has a denominator at some of its moments only; expected one at every moment it is measured, or at none." ).arg( p.at( 0 ), name );
      } );
  }
  return r;
}

void TijdreeksAlgorithm::composeIndex( Reeks &r, const veerkracht::IndexSettings &settings, const std::vector<bool> &reference )
{
  try
  {
    r.index = veerkracht::reeksIndex( r.reeks, settings, reference );
  }
  catch ( const veerkracht::ModelError &e )
  {
    QMap<QString, veerkracht::ParameterTekst> subjects;
    for ( int j = 0; j < r.indicatorNames.size(); ++j )
      subjects.insert( QString::number( j ), veerkracht::ParameterTekst( { r.name + QStringLiteral( "_FIELDS" ) }, [field = r.indicatorNames.at( j )]( const QStringList &p ) {
        return tr( "%1: '%2'" ).arg( p.at( 0 ), field );
      } ) );
    for ( int year : r.reeks.moments )
      subjects.insert( QStringLiteral( "moment %1" ).arg( year ), veerkracht::ParameterTekst( { r.name + QStringLiteral( "_FIELDS" ), r.name + QStringLiteral( "_MOMENTS" ) },
                       [year]( const QStringList &p ) { return tr( "%1 at %2 (%3)" ).arg( p.at( 0 ) ).arg( year ).arg( p.at( 1 ) ); } ) );
    throw parameterError( e, subjects );
  }
}

Column TijdreeksAlgorithm::change( const Reeks &r, veerkracht::Koppeling &koppeling, double minimumShare )
{
  const std::size_t areas = r.index.levels.empty() ? 0 : r.index.levels.front().size();
  if ( !koppeling.gekoppeld() )
    return Column( areas );
  const std::vector<std::size_t> common = veerkracht::gemeenschappelijkeIndicatoren( r.reeks, *koppeling.begin, *koppeling.eind );
  if ( common.empty() )
  {
    koppeling.waarom = tr( "no indicator has a field at both %1 and %2" ).arg( r.reeks.moments[*koppeling.begin] ).arg( r.reeks.moments[*koppeling.eind] ).toStdString();
    koppeling.begin = koppeling.eind = std::nullopt;
    return Column( areas );
  }
  const Column before = veerkracht::indexOver( r.reeks, r.index, *koppeling.begin, common, minimumShare );
  const Column after = veerkracht::indexOver( r.reeks, r.index, *koppeling.eind, common, minimumShare );
  Column delta( areas );
  for ( std::size_t i = 0; i < areas; ++i )
    if ( before[i] && after[i] )
      delta[i] = *after[i] - *before[i];
  return delta;
}

TijdreeksAlgorithm::PeriodeUitkomst TijdreeksAlgorithm::periode( const veerkracht::Periode &p, const Reeks &k, const Reeks &o, const std::vector<bool> &valid, int tolerance,
    double deadBand, double minimumShare, QgsProcessingFeedback *feedback ) const
{
  PeriodeUitkomst uit;
  uit.periode = p;
  try
  {
    uit.k = veerkracht::koppel( p.begin, p.eind, p.kBegin, p.kEind, k.reeks.moments, tolerance, "K" );
    uit.o = veerkracht::koppel( p.begin, p.eind, p.oBegin, p.oEind, o.reeks.moments, tolerance, "O" );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw QgsProcessingException( tr( "PERIODS: %1 of %2 (%3_MOMENTS)." ).arg( QString::fromUtf8( e.what() ), QString::fromStdString( e.subject() ), QString::fromStdString( e.subject() ) ) );
  }
  uit.deltaK = change( k, uit.k, minimumShare );
  uit.deltaO = change( o, uit.o, minimumShare );
  if ( uit.k.gekoppeld() )
  {
    uit.kVan = k.reeks.moments[*uit.k.begin];
    uit.kTot = k.reeks.moments[*uit.k.eind];
  }
  if ( uit.o.gekoppeld() )
  {
    uit.oVan = o.reeks.moments[*uit.o.begin];
    uit.oTot = o.reeks.moments[*uit.o.eind];
  }
  const QString name = QStringLiteral( "%1–%2" ).arg( p.begin ).arg( p.eind );
  const auto pairing = [this]( const Reeks &r, const veerkracht::Koppeling &c ) {
    if ( !c.gekoppeld() )
      return tr( "%1 not paired (%2)" ).arg( r.name, QString::fromStdString( c.waarom ) );
    const std::vector<std::size_t> common = veerkracht::gemeenschappelijkeIndicatoren( r.reeks, *c.begin, *c.eind );
    QStringList names;
    for ( std::size_t j : common ) // a pattern names itself; a list its field at the period's begin
      names << ( r.indicatorNames.at( static_cast<int>( j ) ).contains( jaarVeld ) ? r.indicatorNames.at( static_cast<int>( j ) ) : r.fields[static_cast<int>( *c.begin )].at( static_cast<int>( j ) ) );
    return tr( "%1 %2 → %3 (%4)" ).arg( r.name ).arg( r.reeks.moments[*c.begin] ).arg( r.reeks.moments[*c.eind] ).arg( names.join( QStringLiteral( ", " ) ) );
  };
  feedback->pushInfo( tr( "Period %1: %2; %3." ).arg( name, pairing( k, uit.k ), pairing( o, uit.o ) ) );
  uit.signaal.assign( valid.size(), veerkracht::ONVOLDOENDE_GEGEVENS );
  if ( !uit.k.gekoppeld() || !uit.o.gekoppeld() )
  {
    QStringList unpaired;
    for ( const auto &[r, c] : { std::pair<const Reeks *, const veerkracht::Koppeling *> { &k, &uit.k }, { &o, &uit.o } } )
      if ( !c->gekoppeld() )
        unpaired << tr( "%1 (%2; %3 has %4)" ).arg( r->name, QString::fromStdString( c->waarom ), r->name + QStringLiteral( "_MOMENTS" ),
                                                     years( r->reeks.moments, indices( r->reeks.moments.size() ) ) );
    feedback->pushWarning( tr( "Period %1 gets 'onvoldoende gegevens' everywhere: K and O must both be paired, and %2 is not "
                               "(name a period's moments in PERIODS, e.g. '2020-2022 K 2021-2023', or raise MOMENT_TOLERANCE)." )
                           .arg( name, unpaired.join( tr( " and " ) ) ) );
    return uit;
  }
  try
  {
    const veerkracht::SignaleringsKaart kaart = veerkracht::signaleringsKaart( uit.deltaK, uit.deltaO, valid, deadBand );
    uit.signaal = kaart.classes;
    uit.epsilonK = kaart.epsilonK;
    uit.epsilonO = kaart.epsilonO;
    feedback->pushInfo( tr( "Period %1 (ε ΔK %2, ε ΔO %3): %4" ).arg( name ).arg( kaart.epsilonK, 0, 'g', 6 ).arg( kaart.epsilonO, 0, 'g', 6 )
                        .arg( classCounts( uit.signaal, veerkracht::Kaart::SignaleringAbsoluut ) ) );
  }
  catch ( const veerkracht::ModelError &e )
  {
    feedback->pushWarning( tr( "Period %1 gets 'onvoldoende gegevens' everywhere: %2 (Δ%3)." ).arg( name, QString::fromUtf8( e.what() ), QString::fromStdString( e.subject() ).mid( 1 ) ) );
  }
  return uit;
}

struct TijdreeksAlgorithm::FilmLaag
{
  std::unique_ptr<veerkracht::GuardedSink> sink;
  QgsFields fields;
  int code = -1, name = -1; //!< the fields of INPUT kept, -1: none
};

std::unique_ptr<TijdreeksAlgorithm::FilmLaag> TijdreeksAlgorithm::openLong( const QVariantMap &parameters, QgsProcessingContext &context, const AreaData &areas ) const
{
  auto laag = std::make_unique<FilmLaag>();
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  laag->code = source ? areas.fields.lookupField( JoinTable::detectCodeField( *source ) ) : -1;
  laag->name = areas.fields.lookupField( JoinTable::findField( areas.fields, JoinTable::nameFieldCandidates() ) );
  QgsFields &fields = laag->fields;
  for ( int kept : { laag->code, laag->name } )
    if ( kept >= 0 )
      fields.append( areas.fields.at( kept ) );
  const auto add = [&fields]( const char *field, QMetaType::Type type ) { fields.append( vkcompat::makeField( QString::fromLatin1( field ), type ) ); };
  add( "periode", QMetaType::QString );
  add( "jaar_begin", QMetaType::Int );
  add( "jaar_eind", QMetaType::Int );
  add( veerkracht::filmVan, QMetaType::QDate );
  add( veerkracht::filmTot, QMetaType::QDate );
  for ( const char *moment : { "k_van", "k_tot", "o_van", "o_tot" } )
    add( moment, QMetaType::Int );
  add( "delta_k", QMetaType::Double );
  add( "delta_o", QMetaType::Double );
  add( "sign_abs_klasse", QMetaType::Int );
  add( "sign_abs_label", QMetaType::QString );
  add( "traject_klasse", QMetaType::Int );
  add( "traject_label", QMetaType::QString );

  laag->sink = std::make_unique<veerkracht::GuardedSink>( *this, parameters, QStringLiteral( "OUTPUT_LONG" ), context, fields,
               source ? source->wkbType() : vkcompat::WkbMultiPolygon, areas.crs, QgsFeatureSink::RegeneratePrimaryKey );
  if ( !*laag->sink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT_LONG" ) ) );
  return laag;
}

bool TijdreeksAlgorithm::fillLong( FilmLaag &laag, const QVariantMap &parameters, const AreaData &areas, const std::vector<PeriodeUitkomst> &perioden,
                                   const std::vector<int> &traject, QgsProcessingFeedback *feedback )
{
  veerkracht::GuardedSink &sink = *laag.sink;
  const auto &signaalLabels = veerkracht::labels( veerkracht::Kaart::SignaleringAbsoluut );
  const auto &trajectLabels = veerkracht::labels( veerkracht::Kaart::Traject );
  const auto year = []( const std::optional<int> &y ) { return y ? QVariant( *y ) : QVariant(); };
  const auto value = []( const std::optional<double> &v ) { return v ? QVariant( *v ) : QVariant(); };
  for ( std::size_t p = 0; p < perioden.size(); ++p )
  {
    const PeriodeUitkomst &uit = perioden[p];
    const QDate van( uit.periode.eind, 1, 1 );
    // Until the next period's end, exclusive (the last: a year): a frame shows exactly one period.
    const QDate tot = p + 1 < perioden.size() ? QDate( perioden[p + 1].periode.eind, 1, 1 ) : QDate( uit.periode.eind + 1, 1, 1 );
    const QString periode = QStringLiteral( "%1–%2" ).arg( uit.periode.begin ).arg( uit.periode.eind );
    for ( std::size_t i = 0; i < areas.size(); ++i )
    {
      if ( feedback->isCanceled() )
        return false;
      const QgsFeature &in = areas.features[i];
      QgsAttributes attributes;
      for ( int kept : { laag.code, laag.name } )
        if ( kept >= 0 )
          attributes << in.attribute( kept );
      attributes << periode << uit.periode.begin << uit.periode.eind << van << tot
                 << year( uit.kVan ) << year( uit.kTot ) << year( uit.oVan ) << year( uit.oTot )
                 << value( uit.deltaK[i] ) << value( uit.deltaO[i] ) << uit.signaal[i] << QString::fromStdString( signaalLabels.at( static_cast<std::size_t>( uit.signaal[i] ) ) )
                 << traject[i] << QString::fromStdString( trajectLabels.at( static_cast<std::size_t>( traject[i] ) ) );
      QgsFeature out( laag.fields );
      out.setGeometry( in.geometry() );
      out.setAttributes( attributes );
      if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT_LONG" ) ) );
    }
    feedback->setProgress( 40.0 + 10.0 * static_cast<double>( p + 1 ) / static_cast<double>( perioden.size() ) );
  }
  return true;
}

QString TijdreeksAlgorithm::finishLong( FilmLaag &laag, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  const QString destination = laag.sink->finish();
  storeStyles( destination, { QStringLiteral( "07_signaleringskaart_absoluut" ) }, feedback, []( QgsVectorLayer &layer ) { veerkracht::zetFilmTijd( layer ); } );
  if ( context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new FilmPostProcessor() );
  return destination;
}

QVariantMap TijdreeksAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::vector<veerkracht::Periode> perioden;
  try
  {
    perioden = veerkracht::leesPerioden( parameterAsString( parameters, QStringLiteral( "PERIODS" ), context ).toStdString() );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw QgsProcessingException( QStringLiteral( "PERIODS: %1." ).arg( QString::fromUtf8( e.what() ) ) );
  }
  const AreaData areas = readAreas( parameters, context, feedback );
  if ( feedback->isCanceled() )
    return QVariantMap();
  Reeks k = readReeks( QStringLiteral( "K" ), areas, parameters, context );
  Reeks o = readReeks( QStringLiteral( "O" ), areas, parameters, context );
  feedback->setProgress( 20 );

  const std::vector<bool> valid = sufficientData( areas, parameters, context, {}, feedback );
  const std::vector<bool> reference = referenceSet( areas, parameters, context, feedback, &valid );
  veerkracht::IndexSettings settings;
  settings.method = static_cast<veerkracht::Standaardisatie>( parameterAsEnum( parameters, QStringLiteral( "STANDARDISATION" ), context ) );
  settings.minimumShare = parameterAsDouble( parameters, QStringLiteral( "MIN_SHARE" ), context );
  for ( Reeks *r : { &k, &o } )
  {
    composeIndex( *r, settings, reference );
    reportReeks( *r, settings, feedback );
  }
  feedback->setProgress( 30 );

  const int tolerance = parameterAsInt( parameters, QStringLiteral( "MOMENT_TOLERANCE" ), context );
  const double deadBand = parameterAsDouble( parameters, QStringLiteral( "DEAD_BAND" ), context );
  std::vector<PeriodeUitkomst> uitkomsten;
  for ( const veerkracht::Periode &p : perioden )
    uitkomsten.push_back( periode( p, k, o, valid, tolerance, deadBand, settings.minimumShare, feedback ) );
  if ( feedback->isCanceled() )
    return QVariantMap();

  const auto signalled = std::count_if( uitkomsten.begin(), uitkomsten.end(), []( const PeriodeUitkomst &u ) {
    return std::any_of( u.signaal.begin(), u.signaal.end(), []( int c ) { return c != veerkracht::ONVOLDOENDE_GEGEVENS; } );
  } );
  if ( signalled == 0 )
    throw QgsProcessingException( tr( "PERIODS: no period has a signal (see the log for what each paired); expected periods whose ends lie on (or within MOMENT_TOLERANCE of) "
                                      "moments of both K_MOMENTS and O_MOMENTS, or named moments such as '2020-2022 K 2021-2023'." ) );
  if ( signalled == 1 )
    feedback->pushWarning( tr( "Only one period has a signal: a trajectory needs two, so every area gets 'onvoldoende gegevens' for it." ) );
  std::vector<int> traject( areas.size() );
  std::vector<int> signalen( uitkomsten.size() );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    for ( std::size_t p = 0; p < uitkomsten.size(); ++p )
      signalen[p] = uitkomsten[p].signaal[i];
    traject[i] = valid[i] ? veerkracht::trajectKlasse( signalen ) : veerkracht::ONVOLDOENDE_GEGEVENS;
  }
  feedback->pushInfo( tr( "Trajectories over %n period(s): %1", nullptr, static_cast<int>( uitkomsten.size() ) ).arg( classCounts( traject, veerkracht::Kaart::Traject ) ) );

  // The long layer is written first and put in place only after the wide one: a write that fails
  // in either leaves neither (the unfinished sink removes its temporary file).
  std::unique_ptr<FilmLaag> lang = openLong( parameters, context, areas );
  if ( !fillLong( *lang, parameters, areas, uitkomsten, traject, feedback ) )
    return QVariantMap();
  const QString destination = writeAreas( parameters, context, feedback, areas, wideColumns( k, o, uitkomsten, traject, valid, settings.minimumShare ) );
  if ( destination.isEmpty() )
    return QVariantMap();
  const QString longDestination = finishLong( *lang, context, feedback );
  styleOutput( destination, { QStringLiteral( "12_traject" ) }, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "OUTPUT_LONG" ), longDestination },
    { QStringLiteral( "PERIODS_COUNT" ), static_cast<int>( uitkomsten.size() ) } };
}

OutputColumns TijdreeksAlgorithm::wideColumns( const Reeks &k, const Reeks &o, const std::vector<PeriodeUitkomst> &uitkomsten, const std::vector<int> &traject,
    const std::vector<bool> &valid, double minimumShare )
{
  OutputColumns columns;
  for ( const Reeks *r : { &k, &o } )
    for ( std::size_t m = 0; m < r->reeks.moments.size(); ++m )
      columns.addNumber( QStringLiteral( "%1_%2" ).arg( r->name.toLower() ).arg( r->reeks.moments[m] ), r->index.levels[m] );
  for ( const PeriodeUitkomst &uit : uitkomsten )
  {
    const QString key = periodKey( uit.periode );
    columns.addNumber( QStringLiteral( "dk_%1" ).arg( key ), uit.deltaK );
    columns.addNumber( QStringLiteral( "do_%1" ).arg( key ), uit.deltaO );
    columns.addClass( QStringLiteral( "sign_%1_klasse" ).arg( key ), QStringLiteral( "sign_%1_label" ).arg( key ), uit.signaal, veerkracht::Kaart::SignaleringAbsoluut );
  }
  for ( const Reeks *r : { &k, &o } )
  {
    Column trend = veerkracht::reeksTrend( r->reeks, r->index, minimumShare );
    for ( std::size_t i = 0; i < valid.size(); ++i )
      if ( !valid[i] )
        trend[i].reset();
    columns.addNumber( QStringLiteral( "trend_%1" ).arg( r->name.toLower() ), trend );
  }
  columns.addClass( QStringLiteral( "traject_klasse" ), QStringLiteral( "traject_label" ), traject, veerkracht::Kaart::Traject );
  columns.addInsufficientFlag( valid );
  return columns;
}

void TijdreeksAlgorithm::reportReeks( const Reeks &r, const veerkracht::IndexSettings &settings, QgsProcessingFeedback *feedback ) const
{
  for ( std::size_t j = 0; j < r.reeks.indicators.size(); ++j )
  {
    std::vector<std::size_t> measured;
    for ( std::size_t m = 0; m < r.reeks.moments.size(); ++m )
      if ( r.reeks.values[j][m] )
        measured.push_back( m );
    const veerkracht::Standaardiseerder &s = r.index.standaardiseerders[j];
    feedback->pushInfo( tr( "%1 indicator %2 (%3): measured at %4; %5 with the parameters of %6: n = %7, mean %8, sd %9." )
                        .arg( r.name ).arg( j + 1 ).arg( r.indicatorNames.at( static_cast<int>( j ) ), years( r.reeks.moments, measured ) )
                        .arg( QString::fromStdString( veerkracht::toString( settings.method ) ) ).arg( r.reeks.moments[r.index.firstMoment[j]] )
                        .arg( s.n() ).arg( s.mean(), 0, 'g', 6 ).arg( s.sd(), 0, 'g', 6 ) );
  }
}
