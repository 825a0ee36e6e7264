// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/harmoniseeralgorithm.h"
#include "model/harmonisatie.h"
#include "model/missingvalues.h"
#include "support/gebiedscrs.h"
#include "support/outputs.h"
#include "support/overlappen.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"
#include "support/veldgetal.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesink.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QElapsedTimer>
#include <QScopeGuard>

#include <atomic>
#include <future>
#include <cmath>

using veerkracht::commaList;
using veerkracht::listFirst;

namespace {

//! A field of the source as numbers: missing-value markers and CBS sentinels give no value.
struct BronVeld
{
  QString naam;
  int index = -1;
  bool numeriek = true;
};

//! The fields to move, and how their values are read.
struct Velden
{
  std::vector<BronVeld> extensief;
  std::vector<BronVeld> intensief;
  std::optional<BronVeld> gewicht;
  veerkracht::MissingValues missing;
};

std::optional<double> waarde( const QVariant &v, const BronVeld &veld, const veerkracht::MissingValues &missing, const QString &parameter, qint64 feature )
{
  bool geenGetal = false;
  const std::optional<double> number = veldGetal( v, veld.numeriek, missing, geenGetal );
  if ( number && !veerkracht::isPlausibleValue( *number ) )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "%1: field '%2', source feature %3 holds %4; expected a finite number of at most 10^15 in magnitude (an export or unit fault: correct or empty it)." )
                                  .arg( parameter, veld.naam ).arg( feature ).arg( v.toString() ) );
  if ( geenGetal )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "%1: field '%2' is not numeric: source feature %3 holds '%4'; expected numbers (run 'Prepare input data' to convert text numbers)." )
                                  .arg( parameter, veld.naam ).arg( feature ).arg( v.toString() ) );
  return number;
}

//! A CRS as a message names it: its code, or that there is none.
QString crsNaam( const QgsCoordinateReferenceSystem &crs )
{
  return crs.isValid() ? ( crs.authid().isEmpty() ? crs.userFriendlyIdentifier() : crs.authid() ) : HarmoniseerAlgorithm::tr( "an unknown CRS" );
}

//! Sources and targets are zones with an area to share: points and lines are refused.
void controleerVlakken( const QgsFeatureSource &bron, const QgsFeatureSource &doel )
{
  for ( const auto &[parameter, zones] : { std::pair { QStringLiteral( "INPUT" ), &bron }, std::pair { QStringLiteral( "TARGET" ), &doel } } )
  {
    const auto type = QgsWkbTypes::geometryType( zones->wkbType() );
    if ( type == vkcompat::GeometryPoint || type == vkcompat::GeometryLine )
      throw QgsProcessingException( HarmoniseerAlgorithm::tr( "%1: the layer has %2 geometries; expected polygons (zones with an area to share)." )
                                    .arg( parameter, QgsWkbTypes::geometryDisplayString( type ) ) );
  }
}

//! The fields of \a parameter (EXTENSIVE_FIELDS or INTENSIVE_FIELDS), each of which INPUT must have.
std::vector<BronVeld> veldenVan( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &parameter,
                                 QgsProcessingContext &context, const QgsFields &bronVelden )
{
  std::vector<BronVeld> velden;
  for ( const QString &naam : vkcompat::parameterAsStrings( algorithm, parameters, parameter, context ) )
  {
    const int index = bronVelden.lookupField( naam );
    if ( index < 0 )
      throw QgsProcessingException( HarmoniseerAlgorithm::tr( "%1: INPUT has no field '%2' (its fields: %3)." ).arg( parameter, naam, listFirst( bronVelden.names(), 12 ) ) );
    velden.push_back( { naam, index, bronVelden.at( index ).isNumeric() } );
  }
  return velden;
}

//! At least one field to move, and each field once: as a count or as a rate.
void controleerVelden( const Velden &velden )
{
  if ( velden.extensief.empty() && velden.intensief.empty() )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "EXTENSIVE_FIELDS and INTENSIVE_FIELDS: no field given; expected at least one field of INPUT to move." ) );
  for ( const BronVeld &e : velden.extensief )
  {
    for ( const BronVeld &i : velden.intensief )
    {
      if ( e.naam == i.naam )
        throw QgsProcessingException( HarmoniseerAlgorithm::tr( "INTENSIVE_FIELDS: '%1' is also an extensive field; expected each field once, as a count or as a rate." ).arg( e.naam ) );
    }
  }
}

//! WEIGHT_FIELD (\a gewichtNaam), none when not given; a weight without intensive fields is reported unused.
std::optional<BronVeld> gewichtVeld( const QString &gewichtNaam, const QgsFields &bronVelden, bool zonderIntensief, QgsProcessingFeedback *feedback )
{
  if ( gewichtNaam.isEmpty() )
    return std::nullopt;
  const int index = bronVelden.lookupField( gewichtNaam );
  if ( index < 0 )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "WEIGHT_FIELD: INPUT has no field '%1'." ).arg( gewichtNaam ) );
  const BronVeld gewicht { gewichtNaam, index, bronVelden.at( index ).isNumeric() };
  if ( zonderIntensief )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "WEIGHT_FIELD only weighs intensive fields; there are none, so it is not used." ) );
  return gewicht;
}

//! A batch of sources: their values and their polygons as WKB in the CRS where overlaps are measured.
struct Batch
{
  std::vector<veerkracht::Bron> waarden;
  std::vector<QByteArray> wkb;
};

//! The sources' request: only the fields to move; invalid polygons are repaired (Overlappen), whatever the user's "invalid features filtering".
QgsFeatureIterator bronIterator( const QgsProcessingFeatureSource &bron, const Velden &velden )
{
  QgsFeatureRequest request;
  QgsAttributeList attributen;
  for ( const BronVeld &v : velden.extensief )
    attributen << v.index;
  for ( const BronVeld &v : velden.intensief )
    attributen << v.index;
  if ( velden.gewicht )
    attributen << velden.gewicht->index;
  request.setSubsetOfAttributes( attributen );
  request.setInvalidGeometryCheck( vkcompat::GeometryNoCheck );
  return bron.getFeatures( request, vkcompat::SkipGeometryChecks );
}

//! Reads the sources batch by batch: their values, and their polygons in the CRS where overlaps are measured.
class BronLezer
{
  public:
    BronLezer( const QgsProcessingFeatureSource &bron, const Velden &velden, const QgsCoordinateTransform &naarReken,
               const QgsCoordinateReferenceSystem &bronCrs, const QgsCoordinateReferenceSystem &rekenCrs, QgsProcessingFeedback *feedback )
      : mVelden( velden )
      , mNaarReken( naarReken )
      , mBronCrs( bronCrs )
      , mRekenCrs( rekenCrs )
      , mFeedback( feedback )
      , mBronnen( bronIterator( bron, velden ) )
    {}

    //! Fills \a b up to a whole batch; fewer at the end of the sources or when canceled.
    void lees( Batch &b )
    {
      QgsFeature f;
      while ( b.wkb.size() < BATCH && !mFeedback->isCanceled() && mBronnen.nextFeature( f ) )
      {
        veerkracht::Bron w = waarden( f );
        b.wkb.push_back( polygoon( f ) );
        b.waarden.push_back( std::move( w ) );
      }
    }

    //! Sources without a geometry, so far.
    int zonderGeometrie() const { return mZonderGeometrie; }

  private:
    static constexpr std::size_t BATCH = 50000;

    veerkracht::Bron waarden( const QgsFeature &f ) const
    {
      veerkracht::Bron w;
      for ( const BronVeld &v : mVelden.extensief )
        w.extensief.push_back( waarde( f.attribute( v.index ), v, mVelden.missing, QStringLiteral( "EXTENSIVE_FIELDS" ), f.id() ) );
      for ( const BronVeld &v : mVelden.intensief )
        w.intensief.push_back( waarde( f.attribute( v.index ), v, mVelden.missing, QStringLiteral( "INTENSIVE_FIELDS" ), f.id() ) );
      if ( mVelden.gewicht )
      {
        w.metGewichtVeld = true;
        w.gewicht = waarde( f.attribute( mVelden.gewicht->index ), *mVelden.gewicht, mVelden.missing, QStringLiteral( "WEIGHT_FIELD" ), f.id() );
      }
      return w;
    }

    //! The polygon as WKB in the working CRS; empty for a source without geometry.
    QByteArray polygoon( const QgsFeature &f )
    {
      QgsGeometry geometry = f.geometry();
      if ( geometry.isNull() || geometry.isEmpty() )
      {
        ++mZonderGeometrie;
        geometry = QgsGeometry();
      }
      else if ( !mNaarReken.isShortCircuited() )
      {
        try
        {
          geometry.transform( mNaarReken );
        }
        catch ( QgsCsException & )
        {
          throw QgsProcessingException( HarmoniseerAlgorithm::tr( "INPUT: source feature %1 cannot be transformed from %2 to %3 (where overlaps are measured); expected coordinates valid in INPUT's CRS, or set INPUT_CRS." )
                                        .arg( f.id() ).arg( mBronCrs.authid(), mRekenCrs.authid() ) );
        }
      }
      return geometry.isNull() ? QByteArray() : geometry.asWkb();
    }

    const Velden &mVelden;
    const QgsCoordinateTransform &mNaarReken;
    const QgsCoordinateReferenceSystem &mBronCrs;
    const QgsCoordinateReferenceSystem &mRekenCrs;
    QgsProcessingFeedback *mFeedback = nullptr;
    QgsFeatureIterator mBronnen;
    int mZonderGeometrie = 0;
};

//! The target zones into memory (they are the output as well), with their polygons as WKB in the working CRS; false when canceled.
bool leesDoelzones( const QgsProcessingFeatureSource &doel, const QgsCoordinateTransform &doelNaarReken, const QgsCoordinateReferenceSystem &rekenCrs,
                    QgsProcessingFeedback *feedback, std::vector<QgsFeature> &doelen, std::vector<QByteArray> &doelWkb )
{
  feedback->setProgressText( HarmoniseerAlgorithm::tr( "Reading the target zones…" ) );
  QgsFeatureIterator it = doel.getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  QgsFeature f;
  while ( it.nextFeature( f ) )
  {
    QgsGeometry inRd = f.geometry();
    if ( f.hasGeometry() && !doelNaarReken.isShortCircuited() )
    {
      try
      {
        inRd.transform( doelNaarReken );
      }
      catch ( QgsCsException & )
      {
        throw QgsProcessingException( HarmoniseerAlgorithm::tr( "TARGET: target zone %1 cannot be transformed from %2 to %3 (where overlaps are measured); expected coordinates valid in TARGET's CRS." )
                                      .arg( f.id() ).arg( doel.sourceCrs().authid(), rekenCrs.authid() ) );
      }
    }
    doelWkb.push_back( f.hasGeometry() ? inRd.asWkb() : QByteArray() );
    doelen.push_back( f );
    if ( feedback->isCanceled() )
      return false;
  }
  if ( doelen.empty() )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "TARGET has no zones; expected a polygon layer with at least one zone." ) );
  return true;
}

//! The targets' repairs, and those that get no values.
void rapporteerDoelen( const Overlappen &overlappen, QgsProcessingFeedback *feedback )
{
  if ( overlappen.hersteldeDoelen() )
    feedback->pushInfo( HarmoniseerAlgorithm::tr( "%n invalid target polygon(s) were repaired (make valid).", nullptr, static_cast<int>( overlappen.hersteldeDoelen() ) ) );
  if ( overlappen.onleesbareDoelen() )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "%n target zone(s) have no usable polygon (empty, NULL or collapsed); they get no values and dekking 0.", nullptr, static_cast<int>( overlappen.onleesbareDoelen() ) ) );
}

//! What moving the values counted, besides the sums in Harmonisatie.
struct Verplaatst
{
  std::vector<double> bronTotaal; //!< per extensive field, Σ of the sources read
  long long gelezen = 0;
  int hersteld = 0;
  int mislukt = 0;
};

/**
 * Moves the sources' values onto the targets, batch by batch: the overlaps of one batch in
 * parallel while the next is read, the sums in source order. \a bezig is the first batch, being
 * read by \a eersteBatch. False when canceled.
 */
bool verplaats( BronLezer &lezer, Batch &bezig, std::future<void> &eersteBatch, Overlappen &overlappen, veerkracht::Harmonisatie &harmonisatie,
                long long totaal, QgsProcessingFeedback *feedback, Verplaatst &verplaatst )
{
  std::atomic<bool> stop { false };
  // Canceling comes from another thread while this one waits for the workers.
  const QMetaObject::Connection onCancel = QObject::connect( feedback, &QgsFeedback::canceled, feedback, [&stop]() { stop = true; }, Qt::DirectConnection );
  const auto disconnect = qScopeGuard( [&onCancel]() { QObject::disconnect( onCancel ); } );
  feedback->setProgressText( HarmoniseerAlgorithm::tr( "Moving the values…" ) );
  const auto telOp = [&]( Batch &b, const std::vector<Overlappen::Bron> &uit ) {
    for ( std::size_t i = 0; i < uit.size(); ++i )
    {
      b.waarden[i].oppervlak = uit[i].oppervlak;
      harmonisatie.voegToe( b.waarden[i], uit[i].overlappen );
      verplaatst.hersteld += uit[i].hersteld ? 1 : 0;
      verplaatst.mislukt += uit[i].mislukt ? 1 : 0;
      for ( std::size_t v = 0; v < verplaatst.bronTotaal.size(); ++v )
        verplaatst.bronTotaal[v] += b.waarden[i].extensief[v].value_or( 0.0 );
    }
    verplaatst.gelezen += static_cast<long long>( uit.size() );
    if ( totaal > 0 )
      feedback->setProgress( 90.0 * static_cast<double>( verplaatst.gelezen ) / static_cast<double>( totaal ) );
  };
  eersteBatch.get();
  while ( !bezig.wkb.empty() )
  {
    if ( feedback->isCanceled() )
      return false;
    std::future<std::vector<Overlappen::Bron>> uit = std::async( std::launch::async, [&overlappen, &bezig, &stop]() { return overlappen.bereken( bezig.wkb, &stop ); } );
    Batch volgende;
    try
    {
      lezer.lees( volgende );
    }
    catch ( ... )
    {
      stop = true;
      uit.wait();
      throw;
    }
    telOp( bezig, uit.get() );
    if ( feedback->isCanceled() )
      return false;
    bezig = std::move( volgende );
  }
  return true;
}

//! Each count's totals; what was read must be what was moved plus what lies outside.
void controleerTotalen( const veerkracht::HarmonisatieUitkomst &u, const std::vector<BronVeld> &extensief, const std::vector<double> &bronTotaal,
                        QgsProcessingFeedback *feedback )
{
  for ( std::size_t v = 0; v < extensief.size(); ++v )
  {
    double toegekend = 0;
    for ( const std::optional<double> &w : u.extensief[v] )
      toegekend += w.value_or( 0.0 );
    feedback->pushInfo( HarmoniseerAlgorithm::tr( "%1 (count): sources %2, moved to targets %3, outside every target %4 (of which %5 in sources wholly outside)." )
                        .arg( extensief[v].naam ).arg( bronTotaal[v], 0, 'f', 2 ).arg( toegekend, 0, 'f', 2 )
                        .arg( u.extensiefNietToegekend[v], 0, 'f', 2 ).arg( u.extensiefBuiten[v], 0, 'f', 2 ) );
    // The invariant of every run: what was read is what was moved plus what lies outside.
    const double verschil = std::fabs( bronTotaal[v] - toegekend - u.extensiefNietToegekend[v] );
    if ( verschil > 1e-6 * std::max( 1.0, std::fabs( bronTotaal[v] ) ) )
      throw QgsProcessingException( HarmoniseerAlgorithm::tr( "EXTENSIVE_FIELDS: %1 does not add up: the sources hold %2, the targets got %3 and %4 lies outside (a difference of %5). "
                                    "This is a fault in Veerkracht; please report it with the two layers." )
                                    .arg( extensief[v].naam ).arg( bronTotaal[v], 0, 'f', 6 ).arg( toegekend, 0, 'f', 6 )
                                    .arg( u.extensiefNietToegekend[v], 0, 'f', 6 ).arg( verschil, 0, 'g', 6 ) );
  }
}

//! The log of the move: repairs, losses, double cover, the totals; no overlap at all means a wrong CRS.
void rapporteer( const veerkracht::HarmonisatieUitkomst &u, const Verplaatst &verplaatst, int zonderGeometrie, const std::vector<BronVeld> &extensief,
                 const QgsCoordinateReferenceSystem &bronCrs, const QgsCoordinateReferenceSystem &doelCrs, QgsProcessingFeedback *feedback )
{
  if ( verplaatst.hersteld )
    feedback->pushInfo( HarmoniseerAlgorithm::tr( "%n invalid source polygon(s) were repaired (make valid).", nullptr, static_cast<int>( verplaatst.hersteld ) ) );
  if ( zonderGeometrie )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "%n source zone(s) have no geometry; their values cannot be placed and count as outside every target.", nullptr, static_cast<int>( zonderGeometrie ) ) );
  if ( verplaatst.mislukt )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "GEOS could not read or intersect %n source polygon(s) even after repair; their values count as outside every target.", nullptr, static_cast<int>( verplaatst.mislukt ) ) );
  if ( u.meervoudigBedekt )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "%n target zone(s) are covered more than once: source zones overlap each other there (dekking is given as 1). "
                           "Counts are shared by overlap and never moved twice.", nullptr, static_cast<int>( u.meervoudigBedekt ) ) );
  controleerTotalen( u, extensief, verplaatst.bronTotaal, feedback );
  if ( verplaatst.gelezen > 0 && u.bronnenBuiten == static_cast<std::size_t>( verplaatst.gelezen ) )
    throw QgsProcessingException( HarmoniseerAlgorithm::tr( "INPUT_CRS: none of the %1 source zones overlaps a target zone. Expected the two layers to cover the same ground; "
                                  "is a CRS wrong? INPUT is taken to be in %2, TARGET is in %3 — set INPUT_CRS if INPUT is mislabelled." )
                                  .arg( verplaatst.gelezen ).arg( crsNaam( bronCrs ), crsNaam( doelCrs ) ) );
  if ( u.bronnenBuiten )
    feedback->pushWarning( HarmoniseerAlgorithm::tr( "%n source zone(s) lie outside every target zone; their counts are not in the output (see the totals above).", nullptr, static_cast<int>( u.bronnenBuiten ) ) );
}

//! The output's fields: the target's (but those of the same name as a moved one), every moved field, dekking and n_bronnen; \a behouden: the target fields kept.
QgsFields uitvoerVelden( const Velden &velden, const QgsFields &doelVelden, QList<int> &behouden )
{
  QgsFields uitvoer;
  QStringList geschreven;
  for ( const BronVeld &v : velden.extensief )
    geschreven << v.naam;
  for ( const BronVeld &v : velden.intensief )
    geschreven << v.naam;
  geschreven << QStringLiteral( "dekking" ) << QStringLiteral( "n_bronnen" );
  for ( int i = 0; i < doelVelden.count(); ++i )
  {
    if ( !geschreven.contains( doelVelden.at( i ).name(), Qt::CaseInsensitive ) )
    {
      uitvoer.append( doelVelden.at( i ) );
      behouden << i;
    }
  }
  for ( const QString &naam : geschreven )
    uitvoer.append( vkcompat::makeField( naam, naam == QLatin1String( "n_bronnen" ) ? QMetaType::Int : QMetaType::Double ) );
  return uitvoer;
}

//! Target zone \a t of the output: its kept fields, the moved values, dekking and n_bronnen, as a multipolygon.
QgsFeature doelMetWaarden( const QgsFeature &doel, std::size_t t, const QList<int> &behouden, const veerkracht::HarmonisatieUitkomst &u, const QgsFields &uitvoer )
{
  QgsAttributes attributes;
  for ( int i : behouden )
    attributes << doel.attribute( i );
  for ( std::size_t v = 0; v < u.extensief.size(); ++v )
    attributes << ( u.extensief[v][t] ? QVariant( *u.extensief[v][t] ) : QVariant() );
  for ( std::size_t v = 0; v < u.intensief.size(); ++v )
    attributes << ( u.intensief[v][t] ? QVariant( *u.intensief[v][t] ) : QVariant() );
  attributes << u.bedekt[t] << u.bronnen[t];
  QgsFeature out( uitvoer );
  out.setAttributes( attributes );
  QgsGeometry geometry = doel.geometry();
  if ( !geometry.isNull() )
    geometry.convertToMultiType();
  out.setGeometry( geometry );
  return out;
}

} // namespace

QString HarmoniseerAlgorithm::name() const
{
  return QStringLiteral( "harmoniseer" );
}

QString HarmoniseerAlgorithm::displayName() const
{
  return tr( "Harmonise areas (areal interpolation)" );
}

QStringList HarmoniseerAlgorithm::tags() const
{
  return tr( "harmoniseren,areal interpolation,herindeling,grenzen,vierkant,100 m,grid,buurten,overlap,interpolatie" ).split( QLatin1Char( ',' ) );
}

QString HarmoniseerAlgorithm::group() const
{
  return tr( "Data" );
}

QString HarmoniseerAlgorithm::groupId() const
{
  return QStringLiteral( "data" );
}

QString HarmoniseerAlgorithm::shortDescription() const
{
  return tr( "Moves counts and rates from one set of areas (last year's buurten, 100 m grid cells) onto another by their overlap." );
}

QString HarmoniseerAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Buurt boundaries change between years, and CBS and the Leefbaarometer also publish on a 100 m grid: to compare "
             "two moments, move the values of the source zones (INPUT) onto one geometry, the target zones (TARGET).\n\n"
             "<b>Extensive</b> fields (counts: inhabitants, dwellings) are split by area: v(t) = Σ v(s) · |s∩t| / |s|. "
             "<b>Intensive</b> fields (rates, shares, scores) are averaged: v(t) = Σ v(s) · w / Σ w, with w the overlap area, "
             "or — with WEIGHT_FIELD, e.g. inhabitants of a grid cell — the source's weight spread by area. A missing source "
             "value (NULL, '.', CBS sentinels such as -99997, MISSING_VALUES) contributes neither value nor weight, never 0; a "
             "target without any contributing value gets NULL.\n\n"
             "The output is TARGET with every moved field (a target field of the same name is replaced), <i>dekking</i> — the "
             "share of the target's area covered by sources (0–1) — and <i>n_bronnen</i>, the number of sources that overlap it. "
             "Sources outside every target are reported with their summed counts, never silently lost. Invalid polygons in "
             "either layer are repaired (make valid) and counted. Overlaps are measured in RD New (EPSG:28992) whatever the layers' CRS, and the output keeps the target's CRS; Polygon and "
             "MultiPolygon both work.\n\n"
             "Fast on large inputs (the 3.5 million 100 m cells of the Netherlands): a grid index over the targets, overlap "
             "areas computed from the rings directly (GEOS only where boundaries touch), no intersection at all for a source "
             "wholly inside one target, and the work spread over all cores. "
             "Method: docs/method.md (specification.md §5)." ) );
}

HarmoniseerAlgorithm *HarmoniseerAlgorithm::createInstance() const
{
  return new HarmoniseerAlgorithm();
}

void HarmoniseerAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Source zones (e.g. last year's buurten or 100 m cells)" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "EXTENSIVE_FIELDS" ), tr( "Extensive fields: counts, split by area" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, true, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INTENSIVE_FIELDS" ), tr( "Intensive fields: rates, shares, scores, averaged" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, true, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "WEIGHT_FIELD" ), tr( "Weight of the intensive fields (e.g. inhabitants; empty: overlap area)" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "TARGET" ), tr( "Target zones (e.g. this year's buurten)" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  addParameter( new QgsProcessingParameterCrs( QStringLiteral( "INPUT_CRS" ), tr( "CRS of the source's coordinates (empty: as the layer says; set it when that is missing or wrong)" ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "MISSING_VALUES" ), tr( "Extra missing-value markers, comma-separated" ), QVariant(), false, true ) );
  auto threads = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "THREADS" ), tr( "Threads (0: every core)" ), vkcompat::NumberInteger, 0, false, 0, 256 );
  threads->setFlags( threads->flags() | vkcompat::FlagAdvanced );
  addParameter( threads.release() );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Target zones with the moved values" ), vkcompat::SourcePolygon ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SOURCES" ), tr( "Source zones read" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "SOURCES_OUTSIDE" ), tr( "Source zones outside every target" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "REPAIRED_SOURCES" ), tr( "Invalid source polygons repaired" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "REPAIRED_TARGETS" ), tr( "Invalid target polygons repaired" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "TARGETS_WITHOUT_SOURCE" ), tr( "Target zones without any source" ) ) );
}

QVariantMap HarmoniseerAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> bron( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !bron )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> doel( parameterAsSource( parameters, QStringLiteral( "TARGET" ), context ) );
  if ( !doel )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "TARGET" ) ) );
  controleerVlakken( *bron, *doel );
  if ( !doel->sourceCrs().isValid() )
    throw QgsProcessingException( tr( "TARGET has no CRS; expected the target zones with a CRS (assign it in the layer's properties), so that the sources can be transformed to it." ) );
  // A source without CRS, or with a wrong one (the CBS grid labelled EPSG:3857 in RD metres), as in 'Prepare input data'.
  const QgsCoordinateReferenceSystem bronCrs = veerkracht::gebiedsCrs( *bron, parameterAsCrs( parameters, QStringLiteral( "INPUT_CRS" ), context ), context, feedback );
  // Overlaps are measured in RD New (specification.md §6) whatever the layers' CRS: in degrees a square
  // metre in the north is smaller than one in the south.
  const QgsCoordinateReferenceSystem rekenCrs( QStringLiteral( "EPSG:28992" ) );
  const QgsCoordinateTransform naarDoel( bronCrs, rekenCrs, context.transformContext() );
  const QgsCoordinateTransform doelNaarReken( doel->sourceCrs(), rekenCrs, context.transformContext() );

  // The fields to move.
  Velden velden;
  velden.extensief = veldenVan( *this, parameters, QStringLiteral( "EXTENSIVE_FIELDS" ), context, bron->fields() );
  velden.intensief = veldenVan( *this, parameters, QStringLiteral( "INTENSIVE_FIELDS" ), context, bron->fields() );
  controleerVelden( velden );
  velden.gewicht = gewichtVeld( parameterAsString( parameters, QStringLiteral( "WEIGHT_FIELD" ), context ), bron->fields(), velden.intensief.empty(), feedback );
  for ( const QString &marker : commaList( parameterAsString( parameters, QStringLiteral( "MISSING_VALUES" ), context ) ) )
    velden.missing.addMarker( marker.toStdString() );

  // The sources, in batches: the overlaps in parallel, the sums in source order. One batch is read
  // (QGIS's iterator) while the previous one is intersected (the workers); the first while the
  // targets are read and repaired.
  BronLezer lezer( *bron, velden, naarDoel, bronCrs, rekenCrs, feedback );
  Batch bezig;
  std::future<void> eersteBatch = std::async( std::launch::async, [&]() { lezer.lees( bezig ); } );

  // The targets, in memory: they are the output as well.
  QElapsedTimer timer;
  timer.start();
  std::vector<QgsFeature> doelen;
  std::vector<QByteArray> doelWkb;
  if ( !leesDoelzones( *doel, doelNaarReken, rekenCrs, feedback, doelen, doelWkb ) )
    return QVariantMap();
  const unsigned threads = static_cast<unsigned>( parameterAsInt( parameters, QStringLiteral( "THREADS" ), context ) );
  const double leesDoelen = timer.elapsed() / 1000.0;
  Overlappen overlappen( doelWkb, threads );
  doelWkb.clear();
  const double bouwDoelen = timer.elapsed() / 1000.0;
  rapporteerDoelen( overlappen, feedback );

  veerkracht::Harmonisatie harmonisatie( overlappen.doelOppervlak(), velden.extensief.size(), velden.intensief.size() );
  Verplaatst verplaatst;
  verplaatst.bronTotaal.assign( velden.extensief.size(), 0.0 );
  if ( !verplaats( lezer, bezig, eersteBatch, overlappen, harmonisatie, bron->featureCount(), feedback, verplaatst ) )
    return QVariantMap();
  const veerkracht::HarmonisatieUitkomst u = harmonisatie.uitkomst();
  feedback->pushInfo( tr( "%1 source zone(s) onto %2 target zone(s) in %3 s on %4 thread(s) (targets read in %5 s, indexed in %6 s; %7 touching pair(s) intersected by GEOS)." )
                      .arg( verplaatst.gelezen ).arg( doelen.size() ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ).arg( overlappen.threads() )
                      .arg( leesDoelen, 0, 'f', 2 ).arg( bouwDoelen - leesDoelen, 0, 'f', 2 ).arg( overlappen.paarenViaGeos() ) );
  rapporteer( u, verplaatst, lezer.zonderGeometrie(), velden.extensief, bronCrs, doel->sourceCrs(), feedback );

  // The output: the target zones with the moved fields, dekking and n_bronnen.
  QList<int> behouden;
  const QgsFields uitvoer = uitvoerVelden( velden, doel->fields(), behouden );
  veerkracht::GuardedSink sink( *this, parameters, QStringLiteral( "OUTPUT" ), context, uitvoer, vkcompat::WkbMultiPolygon, doel->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT" ) ) );
  int zonderBron = 0;
  for ( std::size_t t = 0; t < doelen.size(); ++t )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    QgsFeature out = doelMetWaarden( doelen[t], t, behouden, u, uitvoer );
    zonderBron += u.bronnen[t] == 0 ? 1 : 0;
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ) ) );
    feedback->setProgress( 90 + 10.0 * static_cast<double>( t + 1 ) / static_cast<double>( doelen.size() ) );
  }
  const QString destinationId = sink.finish();
  if ( zonderBron )
    feedback->pushWarning( tr( "%n target zone(s) have no source at all: dekking 0 and NULL values.", nullptr, static_cast<int>( zonderBron ) ) );

  return { { QStringLiteral( "OUTPUT" ), destinationId }, { QStringLiteral( "SOURCES" ), verplaatst.gelezen },
    { QStringLiteral( "SOURCES_OUTSIDE" ), static_cast<qlonglong>( u.bronnenBuiten ) }, { QStringLiteral( "REPAIRED_SOURCES" ), verplaatst.hersteld },
    { QStringLiteral( "REPAIRED_TARGETS" ), overlappen.hersteldeDoelen() }, { QStringLiteral( "TARGETS_WITHOUT_SOURCE" ), zonderBron } };
}
