// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/clustersalgorithm.h"
#include "model/buren.h"
#include "support/jointable.h"
#include "model/modelerror.h"
#include "model/moran.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"

#include <qgscoordinatetransform.h>
#include <qgscurve.h>
#include <qgscurvepolygon.h>
#include <qgsgeometrycollection.h>
#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using veerkracht::Column;
using veerkracht::listFirst;

namespace {

// QGIS 3.22's vertex iterator crashes on a multipolygon with an empty part: walk the parts and rings.
void addVertices( const QgsAbstractGeometry *geometry, std::vector<veerkracht::Punt> &vertices )
{
  if ( !geometry )
    return;
  if ( const auto *collection = qgsgeometry_cast<const QgsGeometryCollection *>( geometry ) )
  {
    for ( int i = 0; i < collection->numGeometries(); ++i )
      addVertices( collection->geometryN( i ), vertices );
  }
  else if ( const auto *polygon = qgsgeometry_cast<const QgsCurvePolygon *>( geometry ) )
  {
    addVertices( polygon->exteriorRing(), vertices );
    for ( int i = 0; i < polygon->numInteriorRings(); ++i )
      addVertices( polygon->interiorRing( i ), vertices );
  }
  else if ( const auto *curve = qgsgeometry_cast<const QgsCurve *>( geometry ) )
  {
    QgsPointSequence points;
    curve->points( points );
    for ( const QgsPoint &p : std::as_const( points ) )
      vertices.push_back( { p.x(), p.y() } );
  }
}

enum Weights
{
  Queen = 0,
  Rook = 1,
  Nearest = 2,
};

// The boundary vertices of the analysed areas; nothing when canceled.
std::optional<std::vector<std::vector<veerkracht::Punt>>> boundaryVertices( const AreaData &areas, const std::vector<std::size_t> &index,
                                                                            QgsProcessingFeedback *feedback )
{
  std::vector<std::vector<veerkracht::Punt>> vertices;
  vertices.reserve( index.size() );
  for ( std::size_t i : index )
  {
    std::vector<veerkracht::Punt> own;
    addVertices( areas.features[i].geometry().constGet(), own );
    vertices.push_back( std::move( own ) );
    if ( feedback->isCanceled() )
      return std::nullopt;
  }
  return vertices;
}

// The cluster statistics on every area of the layer; NULL where there is no value.
struct ClusterVelden
{
  Column ii, e, var, z, p;
  std::vector<int> klasse;
  std::vector<int> aantal;
};

ClusterVelden clusterVelden( std::size_t n, const std::vector<std::size_t> &index, const veerkracht::LokaleMoran &lokaal, const std::vector<int> &klassen )
{
  ClusterVelden velden { Column( n ), Column( n ), Column( n ), Column( n ), Column( n ), std::vector<int>( n, veerkracht::ONVOLDOENDE_GEGEVENS ), std::vector<int>( n, 0 ) };
  const auto finite = []( double v ) { return std::isfinite( v ) ? std::optional<double>( v ) : std::nullopt; };
  for ( std::size_t a = 0; a < index.size(); ++a )
  {
    const std::size_t i = index[a];
    velden.ii[i] = lokaal.ii[a];
    velden.e[i] = lokaal.verwachting[a];
    velden.var[i] = lokaal.variantie[a];
    velden.z[i] = finite( lokaal.z[a] );
    velden.p[i] = finite( lokaal.p[a] );
    velden.klasse[i] = klassen[a];
    velden.aantal[i] = lokaal.aantalBuren[a];
  }
  return velden;
}

OutputColumns clusterColumns( const ClusterVelden &velden )
{
  OutputColumns columns;
  columns.addNumber( QStringLiteral( "cluster_ii" ), velden.ii );
  columns.addNumber( QStringLiteral( "cluster_e" ), velden.e );
  columns.addNumber( QStringLiteral( "cluster_var" ), velden.var );
  columns.addNumber( QStringLiteral( "cluster_z" ), velden.z );
  columns.addNumber( QStringLiteral( "cluster_p" ), velden.p );
  columns.addInteger( QStringLiteral( "cluster_buren" ), velden.aantal );
  columns.addClass( QStringLiteral( "cluster_klasse" ), QStringLiteral( "cluster_label" ), velden.klasse, veerkracht::Kaart::Clusters );
  return columns;
}

// The algorithm's outputs: the layer, the global Moran's I, the counts and the GAL file when written.
QVariantMap clusterResults( const QString &destination, const veerkracht::GlobaleMoran &g, std::size_t analysed, const QStringList &islands,
                            const std::vector<int> &klasse, const QString &galPath )
{
  const auto count = [&klasse]( int c ) { return static_cast<int>( std::count( klasse.begin(), klasse.end(), c ) ); };
  QVariantMap results { { QStringLiteral( "OUTPUT" ), destination },
    { QStringLiteral( "GLOBAL_I" ), g.i }, { QStringLiteral( "GLOBAL_E" ), g.verwachting }, { QStringLiteral( "GLOBAL_VAR" ), g.variantie },
    { QStringLiteral( "GLOBAL_Z" ), g.z }, { QStringLiteral( "GLOBAL_P" ), g.p }, { QStringLiteral( "N" ), static_cast<int>( analysed ) },
    { QStringLiteral( "WITHOUT_NEIGHBOURS" ), islands.size() },
    { QStringLiteral( "HOOG_HOOG" ), count( 1 ) }, { QStringLiteral( "LAAG_LAAG" ), count( 2 ) },
    { QStringLiteral( "HOOG_LAAG" ), count( 3 ) }, { QStringLiteral( "LAAG_HOOG" ), count( 4 ) } };
  if ( !galPath.isEmpty() )
    results.insert( QStringLiteral( "GAL_OUTPUT" ), galPath );
  return results;
}

} // namespace

struct ClustersAlgorithm::Gebiedscodes
{
  const AreaData &areas;
  QString codeField;              //!< empty: the layer has none
  std::vector<std::string> codes; //!< per area; empty without a code field

  //! The code of area \a i, or "feature <id>" without one.
  QString name( std::size_t i ) const
  {
    return !codes.empty() && !codes[i].empty() ? QString::fromStdString( codes[i] ) : QCoreApplication::translate( "ClustersAlgorithm", "feature %1" ).arg( areas.features[i].id() );
  }

  //! The GAL file of \a buren: the names without spaces as ids, the code field (or "fid") as id field.
  QByteArray gal( const veerkracht::Buren &buren, const std::vector<std::size_t> &index ) const
  {
    std::vector<std::string> ids;
    for ( std::size_t i : index )
      ids.push_back( name( i ).replace( QLatin1Char( ' ' ), QLatin1Char( '_' ) ).toStdString() );
    return QByteArray::fromStdString( veerkracht::alsGal( buren, ids, ( codeField.isEmpty() ? QStringLiteral( "fid" ) : codeField ).toStdString() ) );
  }
};

struct ClustersAlgorithm::Analysegebieden
{
  std::vector<std::size_t> index; //!< per analysed area its area in the layer
  std::vector<double> x;          //!< its value
};


QString ClustersAlgorithm::name() const
{
  return QStringLiteral( "clusters" );
}

QString ClustersAlgorithm::displayName() const
{
  return tr( "Clusters (map 11)" );
}

QStringList ClustersAlgorithm::tags() const
{
  return tr( "clusters,lisa,moran,local moran,hotspot,hoog-hoog,laag-laag,autocorrelatie,buren,contiguity,kaart 11" ).split( QLatin1Char( ',' ) );
}

QString ClustersAlgorithm::shortDescription() const
{
  return tr( "Is this one buurt or a whole area under pressure? Local Moran's I of a score with its neighbours (map 11)." );
}

QString ClustersAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Local Moran's I (LISA) of FIELD (default the veerkrachtscore 'score'): whether an area and its neighbours "
             "are alike — a cluster of high or low values — or unlike. Written per area:\n"
             "cluster_ii (I_i = z_i / m2 · Σ_j w_ij z_j, z = x − mean, m2 = Σz²/n), cluster_e and cluster_var (its expectation "
             "and variance under the randomisation assumption, Anselin 1995), cluster_z, cluster_p (pseudo p from PERMUTATIONS "
             "conditional permutations: the area keeps its value, its neighbours are drawn at random from the others; "
             "folded: (1 + the number at least as extreme) / (1 + PERMUTATIONS)), cluster_buren (the number of neighbours), "
             "and cluster_klasse with cluster_label:\n"
             "1 hoog-hoog · 2 laag-laag · 3 hoog-laag · 4 laag-hoog (p < ALPHA; with FDR the Benjamini–Hochberg threshold) · "
             "5 niet significant · 6 geen buren (kept and listed in the log, never dropped) · 0 onvoldoende gegevens (no value, "
             "or small area).\n\n"
             "<b>Neighbours</b> (WEIGHTS): queen — areas that share a boundary point; rook — a stretch of boundary (two or more "
             "points); or the K nearest centroids. Points count as shared within SNAP (layer units; raise it a little for "
             "borders that do not quite meet). GROUP_FIELD keeps neighbours within the same group (e.g. gemeente). Weights are "
             "row standardised. GAL_OUTPUT writes the neighbour lists as a GAL file for GeoDa or R.\n\n"
             "The global Moran's I with its analytical z (randomisation) and permutation p are outputs of the algorithm and in the "
             "log. SEED fixes the permutations, so a run repeats exactly, whatever the number of threads. The same statistics as "
             "R spdep's poly2nb, localmoran(conditional = FALSE) and moran.test. Method: docs/method.md (specification.md §4, map 11)." ) );
}

ClustersAlgorithm *ClustersAlgorithm::createInstance() const
{
  return new ClustersAlgorithm();
}

void ClustersAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "FIELD" ), tr( "Field to analyse" ), QStringLiteral( "score" ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "WEIGHTS" ), tr( "Neighbours" ),
                                                QStringList { tr( "Queen: a shared boundary point" ), tr( "Rook: a shared stretch of boundary" ), tr( "K nearest centroids" ) },
                                                false, static_cast<int>( Queen ) ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "K" ), tr( "Number of nearest neighbours (with K nearest)" ), vkcompat::NumberInteger, 6, false, 1, 100 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SNAP" ), tr( "Snapping tolerance for shared boundary points (layer units)" ), vkcompat::NumberDouble, 0.0, false, 0 ) );
  addFieldParameter( QStringLiteral( "GROUP_FIELD" ), tr( "Neighbours only within the same group (e.g. gemeente; empty: all)" ), QString(), true );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "PERMUTATIONS" ), tr( "Permutations" ), vkcompat::NumberInteger, 999, false, 99, 99999 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SEED" ), tr( "Seed of the permutations" ), vkcompat::NumberInteger, 12345, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ALPHA" ), tr( "Significance level" ), vkcompat::NumberDouble, 0.05, false, 0.0001, 0.5 ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "FDR" ), tr( "False discovery rate correction (Benjamini–Hochberg)" ), false ) );
  addFieldParameter( QStringLiteral( "CODE_FIELD" ), tr( "Area code field, for the log and the GAL file (empty: detect)" ), QString(), true );
  auto threads = std::make_unique<QgsProcessingParameterNumber>( QStringLiteral( "THREADS" ), tr( "Threads for the permutations (0: every core)" ), vkcompat::NumberInteger, 0, false, 0, 256 );
  threads->setFlags( threads->flags() | vkcompat::FlagAdvanced );
  addParameter( threads.release() );
  addSmallAreaParameters();
  addAreaOutput( tr( "Areas with their cluster" ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "GAL_OUTPUT" ), tr( "Neighbour lists (GAL)" ), tr( "GAL files (*.gal)" ), QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GLOBAL_I" ), tr( "Global Moran's I" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GLOBAL_E" ), tr( "Global Moran's I: expectation" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GLOBAL_VAR" ), tr( "Global Moran's I: variance (randomisation)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GLOBAL_Z" ), tr( "Global Moran's I: z" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "GLOBAL_P" ), tr( "Global Moran's I: permutation p" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "N" ), tr( "Areas analysed" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "WITHOUT_NEIGHBOURS" ), tr( "Areas without neighbours" ) ) );
  for ( const char *output : { "HOOG_HOOG", "LAAG_LAAG", "HOOG_LAAG", "LAAG_HOOG" } )
    addOutput( new QgsProcessingOutputNumber( QString::fromLatin1( output ), tr( "Areas '%1'" ).arg( QString::fromLatin1( output ).toLower().replace( QLatin1Char( '_' ), QLatin1Char( '-' ) ) ) ) );
}

QVariantMap ClustersAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const AreaData areas = readAreas( parameters, context, feedback );
  const QString field = parameterAsString( parameters, QStringLiteral( "FIELD" ), context );
  const Column values = areas.numeric( field, QStringLiteral( "FIELD" ) );
  std::vector<bool> valid = sufficientData( areas, parameters, context, { &values }, feedback );
  const Gebiedscodes codes = readCodes( areas, parameters, context );
  excludeWithoutGeometry( areas, codes, valid, feedback );
  const Analysegebieden analysed = analysegebieden( valid, values, field );

  feedback->setProgressText( tr( "Finding neighbours…" ) );
  QElapsedTimer timer;
  timer.start();
  const std::optional<veerkracht::Buren> buren = findNeighbours( areas, analysed.index, parameters, context, feedback );
  if ( !buren )
    return QVariantMap();
  feedback->setProgress( 10 );
  const double neighbourSeconds = timer.elapsed() / 1000.0;
  const QStringList islands = areasWithoutNeighbours( *buren, analysed.index, codes, feedback );

  // The GAL file is written once OUTPUT is: a failed run leaves neither.
  const QString galPath = parameterAsFileOutput( parameters, QStringLiteral( "GAL_OUTPUT" ), context );
  const QByteArray galText = galPath.isEmpty() ? QByteArray() : codes.gal( *buren, analysed.index );

  const veerkracht::MoranOpties opties = readMoranOpties( parameters, context );
  feedback->setProgressText( tr( "Moran's I with %1 permutations…" ).arg( opties.permutaties ) );
  timer.restart();
  const veerkracht::MoranUitkomst uitkomst = runMoran( analysed.x, *buren, opties, field, feedback );
  if ( uitkomst.geannuleerd )
    return QVariantMap();
  feedback->pushInfo( tr( "Neighbours of %1 areas in %2 s; Moran's I with %3 permutations in %4 s." )
                      .arg( analysed.x.size() ).arg( neighbourSeconds, 0, 'f', 2 ).arg( opties.permutaties ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );

  // Back onto every area of the layer.
  const ClusterVelden velden = clusterVelden( areas.size(), analysed.index, uitkomst.lokaal, classify( uitkomst, parameters, context, feedback ) );
  logSummary( field, uitkomst.globaal, opties, velden.klasse, feedback );

  const QString destination = writeAreas( parameters, context, feedback, areas, clusterColumns( velden ) );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "11_clusters" ) }, context, feedback );
  if ( !galPath.isEmpty() )
  {
    QString error;
    if ( !veerkracht::writeWholeFile( galPath, galText, error ) )
      throw QgsProcessingException( tr( "GAL_OUTPUT: cannot write '%1': %2" ).arg( galPath, error ) );
  }
  return clusterResults( destination, uitkomst.globaal, analysed.x.size(), islands, velden.klasse, galPath );
}

ClustersAlgorithm::Gebiedscodes ClustersAlgorithm::readCodes( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::findField( areas.fields, JoinTable::codeFieldCandidates() );
  std::vector<std::string> codes;
  if ( !codeField.isEmpty() )
    codes = areas.text( codeField, QStringLiteral( "CODE_FIELD" ) );
  return { areas, codeField, std::move( codes ) };
}

void ClustersAlgorithm::excludeWithoutGeometry( const AreaData &areas, const Gebiedscodes &codes, std::vector<bool> &valid, QgsProcessingFeedback *feedback ) const
{
  QStringList withoutGeometry;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( valid[i] && ( !areas.features[i].hasGeometry() || areas.features[i].geometry().isEmpty() ) )
    {
      valid[i] = false;
      withoutGeometry << codes.name( i );
    }
  }
  if ( !withoutGeometry.isEmpty() )
    feedback->pushWarning( tr( "%n area(s) have no geometry and get 'onvoldoende gegevens': %1", nullptr, static_cast<int>( withoutGeometry.size() ) ).arg( listFirst( withoutGeometry ) ) );
}

ClustersAlgorithm::Analysegebieden ClustersAlgorithm::analysegebieden( const std::vector<bool> &valid, const Column &values, const QString &field ) const
{
  Analysegebieden analysed;
  for ( std::size_t i = 0; i < valid.size(); ++i )
  {
    if ( valid[i] )
    {
      analysed.index.push_back( i );
      analysed.x.push_back( *values[i] );
    }
  }
  if ( analysed.x.size() < 4 )
    throw QgsProcessingException( tr( "FIELD: '%1' has a value in %n area(s) with enough data; expected at least 4 areas for Moran's I.", nullptr, static_cast<int>( analysed.x.size() ) ).arg( field ) );
  return analysed;
}

std::optional<veerkracht::Buren> ClustersAlgorithm::findNeighbours( const AreaData &areas, const std::vector<std::size_t> &index, const QVariantMap &parameters,
                                                                    QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  const int weights = parameterAsEnum( parameters, QStringLiteral( "WEIGHTS" ), context );
  veerkracht::Buren buren;
  if ( weights == Nearest )
  {
    const std::vector<veerkracht::Punt> centroids = centroidsInMetres( areas, index, context, feedback );
    buren = veerkracht::dichtsteBuren( centroids, parameterAsInt( parameters, QStringLiteral( "K" ), context ) );
  }
  else
  {
    const std::optional<std::vector<std::vector<veerkracht::Punt>>> vertices = boundaryVertices( areas, index, feedback );
    if ( !vertices )
      return std::nullopt;
    buren = veerkracht::contiguiteit( *vertices, weights == Queen ? veerkracht::Contiguiteit::Queen : veerkracht::Contiguiteit::Rook,
                                      parameterAsDouble( parameters, QStringLiteral( "SNAP" ), context ) );
  }
  const QString groupField = parameterAsString( parameters, QStringLiteral( "GROUP_FIELD" ), context );
  if ( !groupField.isEmpty() )
  {
    const std::vector<std::string> allGroups = areas.text( groupField, QStringLiteral( "GROUP_FIELD" ) );
    std::vector<std::string> groups;
    for ( std::size_t i : index )
      groups.push_back( allGroups[i] );
    buren = veerkracht::binnenGroepen( buren, groups );
  }
  return buren;
}

std::vector<veerkracht::Punt> ClustersAlgorithm::centroidsInMetres( const AreaData &areas, const std::vector<std::size_t> &index, QgsProcessingContext &context,
                                                                    QgsProcessingFeedback *feedback ) const
{
  QgsCoordinateTransform toMetres;
  if ( areas.crs.isGeographic() )
  {
    toMetres = QgsCoordinateTransform( areas.crs, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ), context.transformContext() );
    feedback->pushInfo( tr( "K nearest: the layer is in %1; centroid distances are measured in RD New (EPSG:28992)." ).arg( areas.crs.authid() ) );
  }
  std::vector<veerkracht::Punt> centroids;
  for ( std::size_t i : index )
  {
    QgsGeometry centroid = areas.features[i].geometry().centroid();
    if ( toMetres.isValid() )
      centroid.transform( toMetres );
    const QgsPointXY p = centroid.asPoint();
    centroids.push_back( { p.x(), p.y() } );
  }
  return centroids;
}

QStringList ClustersAlgorithm::areasWithoutNeighbours( const veerkracht::Buren &buren, const std::vector<std::size_t> &index, const Gebiedscodes &codes,
                                                       QgsProcessingFeedback *feedback ) const
{
  QStringList islands;
  for ( std::size_t a = 0; a < buren.size(); ++a )
  {
    if ( buren.lijst[a].empty() )
      islands << codes.name( index[a] );
  }
  if ( !islands.isEmpty() )
    feedback->pushWarning( tr( "%n area(s) have no neighbours; they are kept as 'geen buren': %1", nullptr, static_cast<int>( islands.size() ) ).arg( listFirst( islands ) ) );
  if ( islands.size() == static_cast<int>( buren.size() ) )
    throw QgsProcessingException( tr( "WEIGHTS: no area has a neighbour; expected polygons that touch (raise SNAP if their borders do not quite meet) or K nearest neighbours." ) );
  return islands;
}

veerkracht::MoranOpties ClustersAlgorithm::readMoranOpties( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  veerkracht::MoranOpties opties;
  opties.permutaties = parameterAsInt( parameters, QStringLiteral( "PERMUTATIONS" ), context );
  opties.seed = static_cast<std::uint64_t>( parameterAsInt( parameters, QStringLiteral( "SEED" ), context ) );
  opties.threads = static_cast<unsigned>( parameterAsInt( parameters, QStringLiteral( "THREADS" ), context ) );
  return opties;
}

veerkracht::MoranUitkomst ClustersAlgorithm::runMoran( const std::vector<double> &x, const veerkracht::Buren &buren, const veerkracht::MoranOpties &opties,
                                                       const QString &field, QgsProcessingFeedback *feedback ) const
{
  try
  {
    return veerkracht::moran( x, veerkracht::rijGestandaardiseerd( buren ), opties, [feedback]( double share ) {
      feedback->setProgress( 10 + 85 * share );
      return !feedback->isCanceled();
    } );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw parameterError( e, { { QStringLiteral( "x" ), veerkracht::ParameterTekst::vast( tr( "FIELD '%1'" ).arg( field ) ) },
      { QStringLiteral( "w" ), veerkracht::ParameterTekst::vast( tr( "WEIGHTS" ) ) } } );
  }
}

std::vector<int> ClustersAlgorithm::classify( const veerkracht::MoranUitkomst &uitkomst, const QVariantMap &parameters, QgsProcessingContext &context,
                                              QgsProcessingFeedback *feedback ) const
{
  const double alpha = parameterAsDouble( parameters, QStringLiteral( "ALPHA" ), context );
  const bool fdr = parameterAsBoolean( parameters, QStringLiteral( "FDR" ), context );
  std::vector<int> klassen = veerkracht::clusterKlassen( uitkomst.lokaal, alpha, fdr );
  if ( fdr )
    feedback->pushInfo( tr( "False discovery rate: areas with p ≤ %1 are significant (Benjamini–Hochberg at %2)." ).arg( veerkracht::fdrDrempel( uitkomst.lokaal.p, alpha ), 0, 'g', 4 ).arg( alpha ) );
  return klassen;
}

void ClustersAlgorithm::logSummary( const QString &field, const veerkracht::GlobaleMoran &g, const veerkracht::MoranOpties &opties, const std::vector<int> &klasse,
                                    QgsProcessingFeedback *feedback ) const
{
  feedback->pushInfo( tr( "Global Moran's I of %1: I = %2 (E = %3, Var = %4), z = %5, permutation p = %6 (%7 permutations, seed %8); n = %9." )
                      .arg( field ).arg( g.i, 0, 'g', 6 ).arg( g.verwachting, 0, 'g', 6 ).arg( g.variantie, 0, 'g', 6 ).arg( g.z, 0, 'g', 6 )
                      .arg( g.p, 0, 'g', 4 ).arg( opties.permutaties ).arg( opties.seed ).arg( g.n ) );
  feedback->pushInfo( tr( "Map 11: %1" ).arg( classCounts( klasse, veerkracht::Kaart::Clusters ) ) );
}
