// SPDX-License-Identifier: GPL-2.0-or-later
// veerkracht:harmoniseer (specification.md §5): hand-computed overlaps, the Ermelo 100 m grid onto its
// buurten, conservation on random tessellations, CRS pairs, threads and cancel.

#include "algorithmrun.h"
#include "qgistestmain.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <cmath>
#include <random>

namespace {

QString rect( double x0, double y0, double x1, double y1 )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x0, 0, 'g', 17 ).arg( y0, 0, 'g', 17 ).arg( x1, 0, 'g', 17 ).arg( y1, 0, 'g', 17 );
}

bool close( double a, double b, double relative = 1e-9 )
{
  return std::abs( a - b ) <= relative * std::max( 1.0, std::abs( b ) );
}

} // namespace

class TestHarmoniseer : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void squareSplitInTwo();
    void sourceOverTwoTargetsUnequally();
    void polygonSourcesCrossingAndTouching();
    void intensiveWeighted();
    void missingSourceValue();
    void sliverAndTargetWithoutSource();
    void bowTieIsRepaired();
    void sourceOutsideEveryTarget();
    void sourcesInAnotherCrs();
    void ermeloGridOntoBuurten();
    void identicalLayersMoveEveryCount();
    void conservationOnRandomTessellations();
    void sameResultOnOneAndTwoThreads();
    void cancelLeavesNoOutput();
    void badInput();
    void areasMeasuredInRdWhateverTheCrs();

  private:
    QgsVectorLayer *zones( const QString &crs, const QString &fields, const QList<QPair<QString, QVariantList>> &rows );
    QMap<QString, QgsFeature> byCode( QgsVectorLayer *l );
    QVariantMap run( QVariantMap parameters, QString *error = nullptr, QgsProcessingFeedback *feedback = nullptr );

    std::unique_ptr<QgsProcessingContext> mContext;
};

void TestHarmoniseer::init()
{
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestHarmoniseer::cleanup()
{
  mContext.reset();
}

QgsVectorLayer *TestHarmoniseer::zones( const QString &crs, const QString &fields, const QList<QPair<QString, QVariantList>> &rows )
{
  auto *l = new QgsVectorLayer( QStringLiteral( "Polygon?crs=%1&field=code:string%2" ).arg( crs, fields ), QStringLiteral( "zones" ), QStringLiteral( "memory" ) );
  QgsFeatureList list;
  for ( const auto &[wkt, values] : rows )
  {
    QgsFeature f( l->fields() );
    f.setAttributes( QgsAttributes( values.toVector() ) );
    if ( !wkt.isEmpty() )
      f.setGeometry( QgsGeometry::fromWkt( wkt ) );
    list << f;
  }
  l->dataProvider()->addFeatures( list );
  mContext->temporaryLayerStore()->addMapLayer( l );
  return l;
}

QMap<QString, QgsFeature> TestHarmoniseer::byCode( QgsVectorLayer *l )
{
  QMap<QString, QgsFeature> result;
  QgsFeature f;
  QgsFeatureIterator it = l->getFeatures();
  while ( it.nextFeature( f ) )
    result.insert( f.attribute( QStringLiteral( "code" ) ).toString(), f );
  return result;
}

QVariantMap TestHarmoniseer::run( QVariantMap parameters, QString *error, QgsProcessingFeedback *feedback )
{
  return runAlgorithm( QStringLiteral( "veerkracht:harmoniseer" ), parameters, *mContext, error, feedback );
}

void TestHarmoniseer::squareSplitInTwo()
{
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double&field=rate:double", { { rect( 0, 0, 200, 100 ), { "S", 10.0, 5.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 100 ), { "L" } }, { rect( 100, 0, 200, 100 ), { "R" } } } );
  const QVariantMap r = run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } }, { "INTENSIVE_FIELDS", QStringList { "rate" } } } );
  QgsVectorLayer *out = outputLayer( r, *mContext );
  QVERIFY( out );
  const QMap<QString, QgsFeature> f = byCode( out );
  for ( const char *code : { "L", "R" } )
  {
    QCOMPARE( f[code].attribute( "n" ).toDouble(), 5.0 );    // extensive: halves
    QCOMPARE( f[code].attribute( "rate" ).toDouble(), 5.0 ); // intensive: unchanged
    QCOMPARE( f[code].attribute( "dekking" ).toDouble(), 1.0 );
    QCOMPARE( f[code].attribute( "n_bronnen" ).toInt(), 1 );
  }
  QCOMPARE( r.value( "SOURCES" ).toInt(), 1 );
  QCOMPARE( r.value( "SOURCES_OUTSIDE" ).toInt(), 0 );
}

void TestHarmoniseer::sourceOverTwoTargetsUnequally()
{
  // 30 inhabitants on 300 × 100 m: one third on the first target, two thirds on the second.
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", { { rect( 0, 0, 300, 100 ), { "S", 30.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 100 ), { "A" } }, { rect( 100, 0, 300, 100 ), { "B" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext ) );
  QVERIFY( close( f["A"].attribute( "n" ).toDouble(), 10.0 ) );
  QVERIFY( close( f["B"].attribute( "n" ).toDouble(), 20.0 ) );
}

void TestHarmoniseer::polygonSourcesCrossingAndTouching()
{
  // Two triangles over two targets split at x = 100, each three quarters on the left: one only
  // crosses the split (the overlap area by Green's theorem), the other lies on the targets' lower
  // edge and corner (GEOS intersects those pairs).
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double",
                             { { QStringLiteral( "POLYGON((10 10, 190 10, 10 190, 10 10))" ), { "binnen", 40.0 } },
                               { QStringLiteral( "POLYGON((0 1000, 200 1000, 0 1200, 0 1000))" ), { "rand", 80.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 200 ), { "L" } }, { rect( 100, 0, 200, 200 ), { "R" } },
                                                 { rect( 0, 1000, 100, 1200 ), { "L2" } }, { rect( 100, 1000, 200, 1200 ), { "R2" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext ) );
  QVERIFY( close( f["L"].attribute( "n" ).toDouble(), 30.0 ) );
  QVERIFY( close( f["R"].attribute( "n" ).toDouble(), 10.0 ) );
  QVERIFY( close( f["L2"].attribute( "n" ).toDouble(), 60.0 ) );
  QVERIFY( close( f["R2"].attribute( "n" ).toDouble(), 20.0 ) );
}

void TestHarmoniseer::intensiveWeighted()
{
  // Target 0–200; source A (0–100, rate 2, weight 30) wholly inside, B (100–300, rate 8, weight 10) half inside.
  // By area: (2 · 10000 + 8 · 10000) / 20000 = 5. By weight: A 30, B 10 · ½ = 5: (2 · 30 + 8 · 5) / 35 = 100 / 35.
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=rate:double&field=inw:double", { { rect( 0, 0, 100, 100 ), { "A", 2.0, 30.0 } }, { rect( 100, 0, 300, 100 ), { "B", 8.0, 10.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 200, 100 ), { "T" } } } );
  QMap<QString, QgsFeature> f = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "INTENSIVE_FIELDS", QStringList { "rate" } } } ), *mContext ) );
  QVERIFY( close( f["T"].attribute( "rate" ).toDouble(), 5.0 ) );
  QVERIFY( close( f["T"].attribute( "dekking" ).toDouble(), 1.0 ) );
  QCOMPARE( f["T"].attribute( "n_bronnen" ).toInt(), 2 );
  f = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "INTENSIVE_FIELDS", QStringList { "rate" } }, { "WEIGHT_FIELD", "inw" } } ), *mContext ) );
  QVERIFY( close( f["T"].attribute( "rate" ).toDouble(), 100.0 / 35.0 ) );
}

void TestHarmoniseer::missingSourceValue()
{
  // B's count is the CBS sentinel −99997 and its rate '.': it contributes neither value nor weight.
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double&field=rate:string",
                             { { rect( 0, 0, 100, 100 ), { "A", 40.0, "2" } }, { rect( 100, 0, 200, 100 ), { "B", -99997.0, "." } }, { rect( 200, 0, 300, 100 ), { "C", QVariant(), QVariant() } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 50, 0, 150, 100 ), { "T" } }, { rect( 200, 0, 300, 100 ), { "U" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } }, { "INTENSIVE_FIELDS", QStringList { "rate" } } } ), *mContext ) );
  QVERIFY( close( f["T"].attribute( "n" ).toDouble(), 20.0 ) );  // half of A; nothing of B
  QVERIFY( close( f["T"].attribute( "rate" ).toDouble(), 2.0 ) ); // only A's rate, not pulled towards 0
  QVERIFY( f["U"].attribute( "n" ).isNull() );                   // its only source has no value: NULL, not 0
  QVERIFY( f["U"].attribute( "rate" ).isNull() );
  QVERIFY( close( f["U"].attribute( "dekking" ).toDouble(), 1.0 ) ); // covered all the same
}

void TestHarmoniseer::sliverAndTargetWithoutSource()
{
  // The source reaches 1 cm into target B; target C is far away.
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", { { rect( 0, 0, 100.01, 100 ), { "S", 100.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 100 ), { "A" } }, { rect( 100, 0, 200, 100 ), { "B" } }, { rect( 1000, 0, 1100, 100 ), { "C" } } } );
  const QVariantMap r = run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( r, *mContext ) );
  QVERIFY( close( f["B"].attribute( "n" ).toDouble(), 100.0 * 1.0 / 10001.0 ) ); // 0.01 × 100 m² of 100.01 × 100
  QVERIFY( close( f["B"].attribute( "dekking" ).toDouble(), 1.0 / 10000.0 ) );
  QCOMPARE( f["B"].attribute( "n_bronnen" ).toInt(), 1 );
  QVERIFY( close( f["A"].attribute( "n" ).toDouble() + f["B"].attribute( "n" ).toDouble(), 100.0 ) );
  QCOMPARE( f["C"].attribute( "dekking" ).toDouble(), 0.0 );
  QCOMPARE( f["C"].attribute( "n_bronnen" ).toInt(), 0 );
  QVERIFY( f["C"].attribute( "n" ).isNull() );
  QCOMPARE( r.value( "TARGETS_WITHOUT_SOURCE" ).toInt(), 1 );
}

void TestHarmoniseer::bowTieIsRepaired()
{
  // A bow-tie (self-intersecting) source: made valid it is two triangles of 2500 m², one on each side of x = 50.
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", { { QStringLiteral( "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))" ), { "S", 10.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 50, 100 ), { "L" } }, { rect( 50, 0, 100, 100 ), { "R" } } } );
  const QVariantMap r = run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( r, *mContext ) );
  QCOMPARE( r.value( "REPAIRED_SOURCES" ).toInt(), 1 );
  QVERIFY( close( f["L"].attribute( "n" ).toDouble(), 5.0 ) );
  QVERIFY( close( f["R"].attribute( "n" ).toDouble(), 5.0 ) );
  QVERIFY( close( f["L"].attribute( "dekking" ).toDouble(), 0.5 ) );
  // An invalid target is repaired too.
  QgsVectorLayer *bowTieTarget = zones( "EPSG:28992", "", { { QStringLiteral( "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))" ), { "T" } } } );
  QgsVectorLayer *whole = zones( "EPSG:28992", "&field=n:double", { { rect( 0, 0, 100, 100 ), { "S", 10.0 } } } );
  const QVariantMap r2 = run( { { "INPUT", whole->id() }, { "TARGET", bowTieTarget->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } );
  QCOMPARE( r2.value( "REPAIRED_TARGETS" ).toInt(), 1 );
  QVERIFY( close( byCode( outputLayer( r2, *mContext ) )["T"].attribute( "n" ).toDouble(), 5.0 ) );
}

void TestHarmoniseer::sourceOutsideEveryTarget()
{
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", { { rect( 0, 0, 100, 100 ), { "S", 10.0 } }, { rect( 5000, 0, 5100, 100 ), { "X", 7.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 100 ), { "A" } } } );
  const QVariantMap r = run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } );
  QCOMPARE( r.value( "SOURCES_OUTSIDE" ).toInt(), 1 );
  QVERIFY( close( byCode( outputLayer( r, *mContext ) )["A"].attribute( "n" ).toDouble(), 10.0 ) );
}

void TestHarmoniseer::sourcesInAnotherCrs()
{
  // The same two squares, once in RD New and once in WGS84 (corners transformed): the split agrees
  // to the curvature of a 1 km edge.
  const QgsCoordinateTransform toWgs( QgsCoordinateReferenceSystem( "EPSG:28992" ), QgsCoordinateReferenceSystem( "EPSG:4326" ), QgsProject::instance() );
  QgsGeometry g = QgsGeometry::fromWkt( rect( 150000, 450000, 152000, 451000 ) );
  g.transform( toWgs );
  QgsVectorLayer *wgs = zones( "EPSG:4326", "&field=n:double", { { g.asWkt( 17 ), { "S", 1000.0 } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 150000, 450000, 151000, 451000 ), { "A" } }, { rect( 151000, 450000, 152000, 451000 ), { "B" } } } );
  const QMap<QString, QgsFeature> f = byCode( outputLayer( run( { { "INPUT", wgs->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext ) );
  QVERIFY( close( f["A"].attribute( "n" ).toDouble(), 500.0, 1e-4 ) );
  QVERIFY( close( f["B"].attribute( "n" ).toDouble(), 500.0, 1e-4 ) );
  QVERIFY( close( f["A"].attribute( "n" ).toDouble() + f["B"].attribute( "n" ).toDouble(), 1000.0, 1e-6 ) );
}

// The common case: last year's buurten onto this year's, most boundaries identical. Onto
// themselves every count moves exactly, neighbours that only share a boundary add nothing, and
// no buurt is covered more than once (issue #16: the 111 Utrecht buurten onto themselves moved
// 392,928 of 367,715 inhabitants; touching pairs were counted as overlaps).
void TestHarmoniseer::identicalLayersMoveEveryCount()
{
  QgsVectorLayer utrecht( QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" ), QStringLiteral( "u" ), QStringLiteral( "ogr" ) );
  QVERIFY( utrecht.isValid() );
  const QgsCoordinateTransform naarRd( utrecht.crs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ), QgsProject::instance() );
  QList<QPair<QString, QVariantList>> rows;
  QgsFeature f;
  QgsFeatureIterator it = utrecht.getFeatures();
  while ( it.nextFeature( f ) )
  {
    QgsGeometry g = f.geometry();
    QVERIFY( g.transform( naarRd ) == Qgis::GeometryOperationResult::Success );
    if ( !g.isGeosValid() )
      g = g.makeValid();
    rows << qMakePair( g.asWkt( 3 ), QVariantList { f.attribute( QStringLiteral( "statcode" ) ), 1000 + 7 * rows.size() } );
  }
  QgsVectorLayer *s = zones( QStringLiteral( "EPSG:28992" ), QStringLiteral( "&field=n:double" ), rows );
  QgsVectorLayer *t = zones( QStringLiteral( "EPSG:28992" ), QStringLiteral( "&field=n:double" ), rows );
  const QMap<QString, QgsFeature> out = byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext ) );
  const QMap<QString, QgsFeature> own = byCode( s );
  QCOMPARE( out.size(), 111 );
  double total = 0, moved = 0;
  for ( auto o = out.cbegin(); o != out.cend(); ++o )
  {
    total += own.value( o.key() ).attribute( QStringLiteral( "n" ) ).toDouble();
    moved += o.value().attribute( QStringLiteral( "n" ) ).toDouble();
    QVERIFY2( o.value().attribute( QStringLiteral( "dekking" ) ).toDouble() <= 1 + 1e-9, qPrintable( o.key() ) );
    // The published buurten overlap their neighbours here and there by a few m², no more.
    QVERIFY2( close( o.value().attribute( QStringLiteral( "n" ) ).toDouble(), own.value( o.key() ).attribute( QStringLiteral( "n" ) ).toDouble(), 2e-3 ),
              qPrintable( QStringLiteral( "%1: %2" ).arg( o.key() ).arg( o.value().attribute( QStringLiteral( "n" ) ).toDouble() ) ) );
  }
  QVERIFY2( close( moved, total ), qPrintable( QStringLiteral( "moved %1 of %2" ).arg( moved, 0, 'f', 3 ).arg( total, 0, 'f', 3 ) ) );
}

void TestHarmoniseer::ermeloGridOntoBuurten()
{
  // The CBS 100 m grid of Ermelo (2020; labelled EPSG:3857, coordinates in RD) onto its 17 buurten of 2021.
  const QString grid = QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/ermelo/vierkant100m_2020.gpkg" );
  const QString buurten = QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/ermelo/buurten_2021.gpkg" );
  QTemporaryDir dir;
  const QString out = dir.filePath( QStringLiteral( "ermelo.gpkg" ) );

  // As labelled, no cell overlaps a buurt: a clear error that names INPUT_CRS, no output.
  QString error;
  run( { { "INPUT", grid }, { "TARGET", buurten }, { "EXTENSIVE_FIELDS", QStringList { "aantal_inwoners" } }, { "OUTPUT", out } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "INPUT_CRS" ) ), qPrintable( error ) );
  QVERIFY( !QFile::exists( out ) );

  const QVariantMap r = run( { { "INPUT", grid }, { "INPUT_CRS", "EPSG:28992" }, { "TARGET", buurten },
                               { "EXTENSIVE_FIELDS", QStringList { "aantal_inwoners", "aantal_woningen" } }, { "OUTPUT", out } }, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( r.value( "SOURCES" ).toInt(), 948 );
  QgsVectorLayer result( out, QStringLiteral( "result" ), QStringLiteral( "ogr" ) );
  QVERIFY( result.isValid() );
  QCOMPARE( result.featureCount(), 17LL );

  // Independently: each cell's value times the share of its area inside the union of the buurten,
  // summed over the cells with a value (−99997 is suppressed: never in a sum).
  QgsVectorLayer buurtLayer( buurten, QStringLiteral( "b" ), QStringLiteral( "ogr" ) );
  QVector<QgsGeometry> parts;
  QgsFeature f;
  QgsFeatureIterator bit = buurtLayer.getFeatures();
  while ( bit.nextFeature( f ) )
    parts << f.geometry();
  const QgsGeometry gemeente = QgsGeometry::unaryUnion( parts );
  QgsVectorLayer cells( grid, QStringLiteral( "g" ), QStringLiteral( "ogr" ) );
  double expected = 0;
  double naive = 0;
  int suppressed = 0;
  QgsFeatureIterator cit = cells.getFeatures();
  while ( cit.nextFeature( f ) )
  {
    const double v = f.attribute( QStringLiteral( "aantal_inwoners" ) ).toDouble();
    naive += v;
    if ( v == -99997 )
    {
      ++suppressed;
      continue;
    }
    expected += v * f.geometry().intersection( gemeente ).area() / f.geometry().area();
  }
  QCOMPARE( suppressed, 7 );
  double moved = 0;
  double minimum = 1e300;
  QgsFeatureIterator rit = result.getFeatures();
  while ( rit.nextFeature( f ) )
  {
    moved += f.attribute( QStringLiteral( "aantal_inwoners" ) ).toDouble();
    minimum = std::min( minimum, f.attribute( QStringLiteral( "aantal_inwoners" ) ).toDouble() );
    // CBS publishes only inhabited cells: every buurt is partly covered, none more than wholly.
    QVERIFY( f.attribute( QStringLiteral( "dekking" ) ).toDouble() > 0 );
    QVERIFY( f.attribute( QStringLiteral( "dekking" ) ).toDouble() <= 1 + 1e-9 );
  }
  QVERIFY2( close( moved, expected, 1e-9 ), qPrintable( QStringLiteral( "%1 vs %2" ).arg( moved, 0, 'f', 6 ).arg( expected, 0, 'f', 6 ) ) );
  QVERIFY( std::abs( moved - naive ) > 1000 ); // the sentinels would have taken 7 × 99997 off
  QVERIFY( minimum >= 0 );
}

void TestHarmoniseer::conservationOnRandomTessellations()
{
  // Voronoi tessellations of seeded random points: sources over 0–1000 m, targets over 200–1200 m.
  for ( unsigned seed : { 1u, 2u, 3u } )
  {
    std::mt19937 random( seed );
    std::uniform_real_distribution<double> u( 0, 1 );
    const auto tessellation = [&]( double x0, double x1, int n ) {
      QVector<QgsPointXY> points;
      for ( int i = 0; i < n; ++i )
        points << QgsPointXY( x0 + ( x1 - x0 ) * u( random ), 1000 * u( random ) );
      const QgsGeometry extent = QgsGeometry::fromRect( QgsRectangle( x0, 0, x1, 1000 ) );
      const QgsGeometry cells = QgsGeometry::fromMultiPointXY( points ).voronoiDiagram( extent );
      QList<QPair<QString, QVariantList>> rows;
      int i = 0;
      for ( const QgsGeometry &cell : cells.asGeometryCollection() )
      {
        const QgsGeometry clipped = cell.intersection( extent );
        rows << qMakePair( clipped.asWkt( 17 ), QVariantList { QStringLiteral( "Z%1" ).arg( i ), 1.0 + 99.0 * u( random ) } );
        ++i;
      }
      return rows;
    };
    QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", tessellation( 0, 1000, 300 ) );
    QgsVectorLayer *t = zones( "EPSG:28992", "", tessellation( 200, 1200, 80 ) );
    const QgsVectorLayer *out = outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext );
    QVERIFY( out );
    // Σ over targets = Σ over sources × the share of each source inside the targets' extent (200–1200).
    const QgsGeometry targetExtent = QgsGeometry::fromRect( QgsRectangle( 200, 0, 1200, 1000 ) );
    double expected = 0;
    QgsFeature f;
    QgsFeatureIterator sit = s->getFeatures();
    while ( sit.nextFeature( f ) )
      expected += f.attribute( "n" ).toDouble() * f.geometry().intersection( targetExtent ).area() / f.geometry().area();
    double moved = 0;
    QgsFeatureIterator oit = out->getFeatures();
    while ( oit.nextFeature( f ) )
      moved += f.attribute( "n" ).toDouble();
    QVERIFY2( close( moved, expected, 1e-9 ), qPrintable( QStringLiteral( "seed %1: %2 vs %3" ).arg( seed ).arg( moved, 0, 'g', 17 ).arg( expected, 0, 'g', 17 ) ) );
  }
}

void TestHarmoniseer::sameResultOnOneAndTwoThreads()
{
  QList<QPair<QString, QVariantList>> cells;
  for ( int i = 0; i < 40; ++i )
    for ( int j = 0; j < 40; ++j )
      cells << qMakePair( rect( i * 25, j * 25, i * 25 + 25, j * 25 + 25 ), QVariantList { QStringLiteral( "C%1_%2" ).arg( i ).arg( j ), double( ( i * 7 + j * 3 ) % 11 ) } );
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", cells );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { QStringLiteral( "POLYGON((0 0, 1000 0, 300 700, 0 0))" ), { "A" } }, { QStringLiteral( "POLYGON((0 0, 300 700, 0 1000, 0 0))" ), { "B" } },
                                                 { QStringLiteral( "POLYGON((1000 0, 1000 1000, 0 1000, 300 700, 1000 0))" ), { "C" } } } );
  const auto values = [&]( int threads ) {
    QMap<QString, double> v;
    for ( const QgsFeature &f : byCode( outputLayer( run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } }, { "THREADS", threads } } ), *mContext ) ) )
      v.insert( f.attribute( "code" ).toString(), f.attribute( "n" ).toDouble() );
    return v;
  };
  const QMap<QString, double> one = values( 1 );
  QCOMPARE( values( 2 ), one );
  QCOMPARE( values( 3 ), one );
}

void TestHarmoniseer::cancelLeavesNoOutput()
{
  QList<QPair<QString, QVariantList>> cells;
  for ( int i = 0; i < 300; ++i )
    for ( int j = 0; j < 300; ++j )
      cells << qMakePair( rect( i * 10, j * 10, i * 10 + 10, j * 10 + 10 ), QVariantList { QString(), 1.0 } );
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double", cells );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 1500, 3000 ), { "A" } }, { rect( 1500, 0, 3000, 3000 ), { "B" } } } );
  QTemporaryDir dir;
  const QString out = dir.filePath( QStringLiteral( "canceled.gpkg" ) );
  QgsProcessingFeedback feedback;
  connect( &feedback, &QgsFeedback::progressChanged, &feedback, [&feedback]( double progress ) {
    if ( progress > 0 && progress < 90 )
      feedback.cancel(); // after the first batch of sources
  } );
  const QVariantMap r = run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } }, { "OUTPUT", out } }, nullptr, &feedback );
  QVERIFY( feedback.isCanceled() );
  QVERIFY( r.isEmpty() );
  QVERIFY( !QFile::exists( out ) );
}

void TestHarmoniseer::badInput()
{
  QgsVectorLayer *s = zones( "EPSG:28992", "&field=n:double&field=tekst:string", { { rect( 0, 0, 100, 100 ), { "S", 1.0, "veel" } } } );
  QgsVectorLayer *t = zones( "EPSG:28992", "", { { rect( 0, 0, 100, 100 ), { "A" } } } );
  QString error;
  run( { { "INPUT", s->id() }, { "TARGET", t->id() } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "EXTENSIVE_FIELDS and INTENSIVE_FIELDS" ) ), qPrintable( error ) );
  run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "tekst" } } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "EXTENSIVE_FIELDS: field 'tekst' is not numeric" ) ), qPrintable( error ) );
  run( { { "INPUT", s->id() }, { "TARGET", t->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } }, { "INTENSIVE_FIELDS", QStringList { "n" } } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "INTENSIVE_FIELDS" ) ), qPrintable( error ) );
  QgsVectorLayer *empty = zones( "EPSG:28992", "", {} );
  run( { { "INPUT", s->id() }, { "TARGET", empty->id() }, { "EXTENSIVE_FIELDS", QStringList { "n" } } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "TARGET" ) ), qPrintable( error ) );
}

void TestHarmoniseer::areasMeasuredInRdWhateverTheCrs()
{
  // Issue #16: with the targets in WGS 84 the overlaps were measured in square degrees, which
  // shifts shares where a source is large. The Utrecht buurten as published (WGS 84) and in RD
  // New (transformed as the algorithm transforms) under 1 km squares must give the same counts.
  const QString wgsFile = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" );
  QgsVectorLayer wgs( wgsFile, QStringLiteral( "wgs" ), QStringLiteral( "ogr" ) );
  QVERIFY( wgs.isValid() );
  auto *rd = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=code:string" ), QStringLiteral( "rd" ), QStringLiteral( "memory" ) );
  const QgsCoordinateTransform toRd( wgs.crs(), QgsCoordinateReferenceSystem( "EPSG:28992" ), mContext->transformContext() );
  QgsFeatureList inRd;
  QgsFeature f;
  QgsFeatureIterator it = wgs.getFeatures();
  while ( it.nextFeature( f ) )
  {
    QgsGeometry g = f.geometry();
    g.transform( toRd );
    QgsFeature a( rd->fields() );
    a.setAttributes( QgsAttributes() << f.attribute( "statcode" ) );
    a.setGeometry( g );
    inRd << a;
  }
  rd->dataProvider()->addFeatures( inRd );
  rd->updateExtents();
  const QgsRectangle e = rd->extent();
  QList<QPair<QString, QVariantList>> squares;
  for ( double x = std::floor( e.xMinimum() / 1000 ) * 1000; x < e.xMaximum(); x += 1000 )
    for ( double y = std::floor( e.yMinimum() / 1000 ) * 1000; y < e.yMaximum(); y += 1000 )
      squares << qMakePair( QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + 1000 ).arg( y + 1000 ), QVariantList { QStringLiteral( "s" ), 1000 } );
  QgsVectorLayer *source = zones( "EPSG:28992", "&field=n:integer", squares );
  mContext->temporaryLayerStore()->addMapLayer( rd );

  const auto counts = [&]( const QString &target, const QString &codeField ) {
    QMap<QString, QPair<double, double>> result;
    QgsVectorLayer *out = outputLayer( run( { { "INPUT", source->id() }, { "TARGET", target }, { "EXTENSIVE_FIELDS", QStringList { "n" } } } ), *mContext );
    QgsFeature g;
    QgsFeatureIterator features = out->getFeatures();
    while ( features.nextFeature( g ) )
      result.insert( g.attribute( codeField ).toString(), qMakePair( g.attribute( "n" ).toDouble(), g.attribute( "dekking" ).toDouble() ) );
    return result;
  };
  const auto fromRd = counts( rd->id(), "code" );
  const auto fromWgs = counts( wgsFile, "statcode" );
  QCOMPARE( fromRd.size(), 111 );
  QCOMPARE( fromWgs.keys(), fromRd.keys() );
  double largest = 0;
  for ( const QString &code : fromRd.keys() )
  {
    largest = std::max( largest, std::fabs( fromRd.value( code ).first - fromWgs.value( code ).first ) / std::max( 1.0, fromRd.value( code ).first ) );
    QVERIFY2( std::fabs( fromRd.value( code ).second - fromWgs.value( code ).second ) < 1e-9, qPrintable( code ) );
  }
  QVERIFY2( largest < 1e-9, qPrintable( QStringLiteral( "largest relative difference %1" ).arg( largest ) ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestHarmoniseer )
#include "test_harmoniseer.moc"
