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

#include <cmath>
#include <limits>

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

} // namespace

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
  const int weights = parameterAsEnum( parameters, QStringLiteral( "WEIGHTS" ), context );
  const double snap = parameterAsDouble( parameters, QStringLiteral( "SNAP" ), context );
  const int k = parameterAsInt( parameters, QStringLiteral( "K" ), context );

  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::findField( areas.fields, JoinTable::codeFieldCandidates() );
  std::vector<std::string> codes;
  if ( !codeField.isEmpty() )
    codes = areas.text( codeField, QStringLiteral( "CODE_FIELD" ) );
  const auto code = [&]( std::size_t i ) {
    return !codes.empty() && !codes[i].empty() ? QString::fromStdString( codes[i] ) : tr( "feature %1" ).arg( areas.features[i].id() );
  };

  // Areas without geometry cannot have neighbours that mean anything: onvoldoende gegevens.
  QStringList withoutGeometry;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( valid[i] && ( !areas.features[i].hasGeometry() || areas.features[i].geometry().isEmpty() ) )
    {
      valid[i] = false;
      withoutGeometry << code( i );
    }
  }
  if ( !withoutGeometry.isEmpty() )
    feedback->pushWarning( tr( "%n area(s) have no geometry and get 'onvoldoende gegevens': %1", nullptr, static_cast<int>( withoutGeometry.size() ) ).arg( listFirst( withoutGeometry ) ) );

  // The analysis runs on the areas with a value; index maps back to the layer.
  std::vector<std::size_t> index;
  std::vector<double> x;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( valid[i] )
    {
      index.push_back( i );
      x.push_back( *values[i] );
    }
  }
  if ( x.size() < 4 )
    throw QgsProcessingException( tr( "FIELD: '%1' has a value in %n area(s) with enough data; expected at least 4 areas for Moran's I.", nullptr, static_cast<int>( x.size() ) ).arg( field ) );

  feedback->setProgressText( tr( "Finding neighbours…" ) );
  QElapsedTimer timer;
  timer.start();
  veerkracht::Buren buren;
  if ( weights == Nearest )
  {
    // Distances in metres: a geographic layer's centroids are taken to RD New.
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
    buren = veerkracht::dichtsteBuren( centroids, k );
  }
  else
  {
    std::vector<std::vector<veerkracht::Punt>> vertices;
    vertices.reserve( index.size() );
    for ( std::size_t i : index )
    {
      std::vector<veerkracht::Punt> own;
      addVertices( areas.features[i].geometry().constGet(), own );
      vertices.push_back( std::move( own ) );
      if ( feedback->isCanceled() )
        return QVariantMap();
    }
    buren = veerkracht::contiguiteit( vertices, weights == Queen ? veerkracht::Contiguiteit::Queen : veerkracht::Contiguiteit::Rook, snap );
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
  feedback->setProgress( 10 );
  const double neighbourSeconds = timer.elapsed() / 1000.0;

  QStringList islands;
  for ( std::size_t a = 0; a < buren.size(); ++a )
  {
    if ( buren.lijst[a].empty() )
      islands << code( index[a] );
  }
  if ( !islands.isEmpty() )
    feedback->pushWarning( tr( "%n area(s) have no neighbours; they are kept as 'geen buren': %1", nullptr, static_cast<int>( islands.size() ) ).arg( listFirst( islands ) ) );
  if ( islands.size() == static_cast<int>( buren.size() ) )
    throw QgsProcessingException( tr( "WEIGHTS: no area has a neighbour; expected polygons that touch (raise SNAP if their borders do not quite meet) or K nearest neighbours." ) );

  // The GAL file is written once OUTPUT is: a failed run leaves neither.
  const QString galPath = parameterAsFileOutput( parameters, QStringLiteral( "GAL_OUTPUT" ), context );
  QByteArray galText;
  if ( !galPath.isEmpty() )
  {
    std::vector<std::string> ids;
    for ( std::size_t i : index )
      ids.push_back( code( i ).replace( QLatin1Char( ' ' ), QLatin1Char( '_' ) ).toStdString() );
    galText = QByteArray::fromStdString( veerkracht::alsGal( buren, ids, ( codeField.isEmpty() ? QStringLiteral( "fid" ) : codeField ).toStdString() ) );
  }

  veerkracht::MoranOpties opties;
  opties.permutaties = parameterAsInt( parameters, QStringLiteral( "PERMUTATIONS" ), context );
  opties.seed = static_cast<std::uint64_t>( parameterAsInt( parameters, QStringLiteral( "SEED" ), context ) );
  opties.threads = static_cast<unsigned>( parameterAsInt( parameters, QStringLiteral( "THREADS" ), context ) );
  feedback->setProgressText( tr( "Moran's I with %1 permutations…" ).arg( opties.permutaties ) );
  veerkracht::MoranUitkomst uitkomst;
  timer.restart();
  try
  {
    uitkomst = veerkracht::moran( x, veerkracht::rijGestandaardiseerd( buren ), opties, [feedback]( double share ) {
      feedback->setProgress( 10 + 85 * share );
      return !feedback->isCanceled();
    } );
  }
  catch ( const veerkracht::ModelError &e )
  {
    throw processingError( e, { { QStringLiteral( "x" ), tr( "FIELD '%1'" ).arg( field ) }, { QStringLiteral( "w" ), tr( "WEIGHTS" ) } } );
  }
  if ( uitkomst.geannuleerd )
    return QVariantMap();
  feedback->pushInfo( tr( "Neighbours of %1 areas in %2 s; Moran's I with %3 permutations in %4 s." )
                      .arg( x.size() ).arg( neighbourSeconds, 0, 'f', 2 ).arg( opties.permutaties ).arg( timer.elapsed() / 1000.0, 0, 'f', 2 ) );

  const double alpha = parameterAsDouble( parameters, QStringLiteral( "ALPHA" ), context );
  const bool fdr = parameterAsBoolean( parameters, QStringLiteral( "FDR" ), context );
  const std::vector<int> klassen = veerkracht::clusterKlassen( uitkomst.lokaal, alpha, fdr );
  if ( fdr )
    feedback->pushInfo( tr( "False discovery rate: areas with p ≤ %1 are significant (Benjamini–Hochberg at %2)." ).arg( veerkracht::fdrDrempel( uitkomst.lokaal.p, alpha ), 0, 'g', 4 ).arg( alpha ) );

  // Back onto every area of the layer; NULL where there is no value.
  const std::size_t n = areas.size();
  Column ii( n ), e( n ), var( n ), z( n ), p( n );
  std::vector<int> klasse( n, veerkracht::ONVOLDOENDE_GEGEVENS );
  std::vector<int> aantal( n, 0 );
  const auto finite = []( double v ) { return std::isfinite( v ) ? std::optional<double>( v ) : std::nullopt; };
  for ( std::size_t a = 0; a < index.size(); ++a )
  {
    const std::size_t i = index[a];
    ii[i] = uitkomst.lokaal.ii[a];
    e[i] = uitkomst.lokaal.verwachting[a];
    var[i] = uitkomst.lokaal.variantie[a];
    z[i] = finite( uitkomst.lokaal.z[a] );
    p[i] = finite( uitkomst.lokaal.p[a] );
    klasse[i] = klassen[a];
    aantal[i] = uitkomst.lokaal.aantalBuren[a];
  }
  const veerkracht::GlobaleMoran &g = uitkomst.globaal;
  feedback->pushInfo( tr( "Global Moran's I of %1: I = %2 (E = %3, Var = %4), z = %5, permutation p = %6 (%7 permutations, seed %8); n = %9." )
                      .arg( field ).arg( g.i, 0, 'g', 6 ).arg( g.verwachting, 0, 'g', 6 ).arg( g.variantie, 0, 'g', 6 ).arg( g.z, 0, 'g', 6 )
                      .arg( g.p, 0, 'g', 4 ).arg( opties.permutaties ).arg( opties.seed ).arg( g.n ) );
  feedback->pushInfo( tr( "Map 11: %1" ).arg( classCounts( klasse, veerkracht::Kaart::Clusters ) ) );

  OutputColumns columns;
  columns.addNumber( QStringLiteral( "cluster_ii" ), ii );
  columns.addNumber( QStringLiteral( "cluster_e" ), e );
  columns.addNumber( QStringLiteral( "cluster_var" ), var );
  columns.addNumber( QStringLiteral( "cluster_z" ), z );
  columns.addNumber( QStringLiteral( "cluster_p" ), p );
  columns.addInteger( QStringLiteral( "cluster_buren" ), aantal );
  columns.addClass( QStringLiteral( "cluster_klasse" ), QStringLiteral( "cluster_label" ), klasse, veerkracht::Kaart::Clusters );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "11_clusters" ) }, context, feedback );
  if ( !galPath.isEmpty() )
  {
    QString error;
    if ( !veerkracht::writeWholeFile( galPath, galText, error ) )
      throw QgsProcessingException( tr( "GAL_OUTPUT: cannot write '%1': %2" ).arg( galPath, error ) );
  }

  const auto count = [&klasse]( int c ) { return static_cast<int>( std::count( klasse.begin(), klasse.end(), c ) ); };
  QVariantMap results { { QStringLiteral( "OUTPUT" ), destination },
    { QStringLiteral( "GLOBAL_I" ), g.i }, { QStringLiteral( "GLOBAL_E" ), g.verwachting }, { QStringLiteral( "GLOBAL_VAR" ), g.variantie },
    { QStringLiteral( "GLOBAL_Z" ), g.z }, { QStringLiteral( "GLOBAL_P" ), g.p }, { QStringLiteral( "N" ), static_cast<int>( x.size() ) },
    { QStringLiteral( "WITHOUT_NEIGHBOURS" ), islands.size() },
    { QStringLiteral( "HOOG_HOOG" ), count( 1 ) }, { QStringLiteral( "LAAG_LAAG" ), count( 2 ) },
    { QStringLiteral( "HOOG_LAAG" ), count( 3 ) }, { QStringLiteral( "LAAG_HOOG" ), count( 4 ) } };
  if ( !galPath.isEmpty() )
    results.insert( QStringLiteral( "GAL_OUTPUT" ), galPath );
  return results;
}
