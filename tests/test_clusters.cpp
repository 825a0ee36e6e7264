// SPDX-License-Identifier: GPL-2.0-or-later
// veerkracht:clusters on real buurten against R spdep (tests/data/make_clusters_expected.R):
// the neighbour lists, Ii, E, Var and z per buurt and the global Moran's I, on the Utrecht sample
// and on the 13,594 national buurten of 2019; and the algorithm's own behaviour.

#include "algorithmrun.h"
#include "qgistestmain.h"

#include <qgsexception.h>
#include <qgsrenderer.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace {

struct Verwacht
{
  QString id;
  double x = 0;
  QStringList buren; //!< 1-based row numbers in the fixture
  double ii = 0, e = 0, var = 0, z = 0;
};

QStringList velden( const QByteArray &regel )
{
  QStringList uit;
  for ( QString veld : QString::fromUtf8( regel ).trimmed().split( QLatin1Char( ',' ) ) )
    uit << veld.remove( QLatin1Char( '"' ) );
  return uit;
}

QList<Verwacht> leesFixture( const QString &naam )
{
  QList<Verwacht> rijen;
  QFile file( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/clusters/%1.csv" ).arg( naam ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return rijen;
  file.readLine();
  while ( !file.atEnd() )
  {
    const QStringList v = velden( file.readLine() );
    Verwacht r;
    r.id = v[0];
    r.x = v[1].toDouble();
    r.buren = v[2].isEmpty() ? QStringList() : v[2].split( QLatin1Char( ';' ) );
    r.ii = v[3].toDouble();
    r.e = v[4].toDouble();
    r.var = v[5].toDouble();
    r.z = v[6] == QLatin1String( "NaN" ) ? std::nan( "" ) : v[6].toDouble();
    rijen << r;
  }
  return rijen;
}

QMap<QString, double> leesGlobaal( const QString &geval, const QString &criterium )
{
  QFile file( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/clusters/global.csv" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return {};
  const QStringList kop = velden( file.readLine() );
  while ( !file.atEnd() )
  {
    const QStringList v = velden( file.readLine() );
    if ( v[0] == geval && v[1] == criterium )
    {
      QMap<QString, double> uit;
      for ( int i = 2; i < kop.size(); ++i )
        uit.insert( kop[i], v[i].toDouble() );
      return uit;
    }
  }
  return {};
}

bool dichtbij( double a, double b, double tolerantie = 1e-9 )
{
  return std::abs( a - b ) <= tolerantie * std::max( 1.0, std::abs( b ) );
}

QString square( double x, double y, double size = 100 )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + size ).arg( y + size );
}

} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void agreesWithSpdep_data();
    void agreesWithSpdep();
    void sameSeedSameResultOnOneAndTwoThreads();
    void islandsAndMissingValuesAreKept();
    void galFileAndStyle();
    void badInput();

  private:
    QgsVectorLayer *withFixtureValues( const QString &source, const QString &codeField, const QList<Verwacht> &rows );
    QVariantMap run( QVariantMap parameters, QString *error = nullptr );
    QgsVectorLayer *output( const QVariantMap &results );
    QgsVectorLayer *squares( const QList<QVariantList> &rows, const QList<QPointF> &corners );

    std::unique_ptr<QgsProcessingContext> mContext;
};

void TestClusters::init()
{
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestClusters::cleanup()
{
  mContext.reset();
}

// The fixture's areas with their geometry from \a source and the fixture's x: the same values R used.
QgsVectorLayer *TestClusters::withFixtureValues( const QString &source, const QString &codeField, const QList<Verwacht> &rows )
{
  QgsVectorLayer in( source, QStringLiteral( "in" ), QStringLiteral( "ogr" ) );
  if ( !in.isValid() )
    return nullptr;
  QMap<QString, QgsGeometry> geometry;
  QgsFeature f;
  QgsFeatureIterator it = in.getFeatures();
  while ( it.nextFeature( f ) )
    geometry.insert( f.attribute( codeField ).toString(), f.geometry() );
  // Every value kept as it is read (no repair: spdep works on the geometry as it is).
  auto *l = new QgsVectorLayer( QStringLiteral( "MultiPolygon?crs=EPSG:4326&field=statcode:string&field=x:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const Verwacht &r : rows )
  {
    QgsFeature out( l->fields() );
    out.setAttributes( QgsAttributes() << r.id << r.x );
    out.setGeometry( geometry.value( r.id ) );
    features << out;
  }
  l->dataProvider()->addFeatures( features );
  mContext->temporaryLayerStore()->addMapLayer( l );
  return l;
}

QVariantMap TestClusters::run( QVariantMap parameters, QString *error )
{
  return runAlgorithm( QStringLiteral( "veerkracht:clusters" ), parameters, *mContext, error );
}

QgsVectorLayer *TestClusters::output( const QVariantMap &results )
{
  return outputLayer( results, *mContext );
}

QgsVectorLayer *TestClusters::squares( const QList<QVariantList> &rows, const QList<QPointF> &corners )
{
  auto *l = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&field=x:double" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList list;
  for ( int i = 0; i < rows.size(); ++i )
  {
    QgsFeature f( l->fields() );
    f.setAttributes( QgsAttributes( rows.at( i ).toVector() ) );
    if ( !corners.at( i ).isNull() || i == 0 )
      f.setGeometry( QgsGeometry::fromWkt( square( corners.at( i ).x(), corners.at( i ).y() ) ) );
    list << f;
  }
  l->dataProvider()->addFeatures( list );
  mContext->temporaryLayerStore()->addMapLayer( l );
  return l;
}

void TestClusters::agreesWithSpdep_data()
{
  QTest::addColumn<QString>( "geval" );
  QTest::addColumn<QString>( "bron" );
  QTest::addColumn<int>( "weights" );
  QTest::addColumn<int>( "islands" );
  const QString utrecht = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" );
  const QString nl = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/nl/buurten_2019.topojson" );
  QTest::newRow( "utrecht queen" ) << "utrecht" << utrecht << 0 << 0;
  QTest::newRow( "utrecht rook" ) << "utrecht" << utrecht << 1 << 0;
  QTest::newRow( "nl queen" ) << "nl" << nl << 0 << 5;
  QTest::newRow( "nl rook" ) << "nl" << nl << 1 << 5;
}

void TestClusters::agreesWithSpdep()
{
  QFETCH( QString, geval );
  QFETCH( QString, bron );
  QFETCH( int, weights );
  QFETCH( int, islands );
  const QString criterium = weights == 0 ? QStringLiteral( "queen" ) : QStringLiteral( "rook" );
  const QList<Verwacht> rows = leesFixture( geval + QLatin1Char( '_' ) + criterium );
  QVERIFY( rows.size() > 100 );
  QgsVectorLayer *l = withFixtureValues( bron, QStringLiteral( "statcode" ), rows );
  QVERIFY( l );
  QCOMPARE( l->featureCount(), static_cast<long long>( rows.size() ) );

  const QVariantMap results = run( { { "INPUT", l->id() }, { "FIELD", "x" }, { "WEIGHTS", weights }, { "PERMUTATIONS", 99 } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( results.value( "N" ).toInt(), rows.size() );
  QCOMPARE( results.value( "WITHOUT_NEIGHBOURS" ).toInt(), islands );

  QMap<QString, int> row;
  for ( int i = 0; i < rows.size(); ++i )
    row.insert( rows[i].id, i + 1 );
  // Neighbour lists from the GAL file the algorithm writes, compared as sets of buurt codes.
  QTemporaryDir dir;
  const QString galPath = dir.filePath( QStringLiteral( "buren.gal" ) );
  run( { { "INPUT", l->id() }, { "FIELD", "x" }, { "WEIGHTS", weights }, { "PERMUTATIONS", 99 }, { "GAL_OUTPUT", galPath } } );
  QFile gal( galPath );
  QVERIFY( gal.open( QIODevice::ReadOnly ) );
  QCOMPARE( QString::fromUtf8( gal.readLine() ).trimmed(), QStringLiteral( "0 %1 veerkracht statcode" ).arg( rows.size() ) );
  int checked = 0;
  while ( !gal.atEnd() )
  {
    const QStringList head = QString::fromUtf8( gal.readLine() ).trimmed().split( QLatin1Char( ' ' ) );
    const QString line = QString::fromUtf8( gal.readLine() ).trimmed();
    QStringList ours;
    for ( const QString &code : line.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts ) )
      ours << QString::number( row.value( code ) );
    const Verwacht &r = rows[row.value( head[0] ) - 1];
    QStringList theirs = r.buren;
    std::sort( ours.begin(), ours.end() );
    std::sort( theirs.begin(), theirs.end() );
    QVERIFY2( ours == theirs, qPrintable( QStringLiteral( "%1: ours %2, spdep %3" ).arg( r.id, ours.join( ',' ), theirs.join( ',' ) ) ) );
    QCOMPARE( head[1].toInt(), theirs.size() );
    ++checked;
  }
  QCOMPARE( checked, rows.size() );

  QgsFeature f;
  QgsFeatureIterator it = out->getFeatures();
  int compared = 0;
  while ( it.nextFeature( f ) )
  {
    const Verwacht &r = rows[row.value( f.attribute( "statcode" ).toString() ) - 1];
    const QString where = r.id;
    QVERIFY2( dichtbij( f.attribute( "cluster_ii" ).toDouble(), r.ii ), qPrintable( where ) );
    QVERIFY2( dichtbij( f.attribute( "cluster_e" ).toDouble(), r.e ), qPrintable( where ) );
    QVERIFY2( dichtbij( f.attribute( "cluster_var" ).toDouble(), r.var ), qPrintable( where ) );
    QCOMPARE( f.attribute( "cluster_buren" ).toInt(), r.buren.size() );
    if ( r.buren.isEmpty() )
    {
      QVERIFY( f.attribute( "cluster_z" ).isNull() );
      QCOMPARE( f.attribute( "cluster_klasse" ).toInt(), 6 );
      QCOMPARE( f.attribute( "cluster_label" ).toString(), QStringLiteral( "geen buren" ) );
    }
    else
    {
      QVERIFY2( dichtbij( f.attribute( "cluster_z" ).toDouble(), r.z ), qPrintable( where ) );
    }
    ++compared;
  }
  QCOMPARE( compared, rows.size() );

  const QMap<QString, double> g = leesGlobaal( geval, criterium );
  QVERIFY( !g.isEmpty() );
  QVERIFY2( dichtbij( results.value( "GLOBAL_I" ).toDouble(), g.value( "I" ) ), qPrintable( results.value( "GLOBAL_I" ).toString() ) );
  QVERIFY( dichtbij( results.value( "GLOBAL_E" ).toDouble(), g.value( "E" ) ) );
  QVERIFY( dichtbij( results.value( "GLOBAL_VAR" ).toDouble(), g.value( "Var" ) ) );
  QVERIFY( dichtbij( results.value( "GLOBAL_Z" ).toDouble(), g.value( "Z" ) ) );
  QCOMPARE( static_cast<int>( g.value( "islands" ) ), islands );
}

void TestClusters::sameSeedSameResultOnOneAndTwoThreads()
{
  const QList<Verwacht> rows = leesFixture( QStringLiteral( "utrecht_queen" ) );
  QgsVectorLayer *l = withFixtureValues( QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/buurten_2019.geojson" ), QStringLiteral( "statcode" ), rows );
  const auto pValues = [&]( int threads, int seed ) {
    QgsVectorLayer *out = output( run( { { "INPUT", l->id() }, { "FIELD", "x" }, { "THREADS", threads }, { "SEED", seed } } ) );
    QMap<QString, QVariant> p;
    QgsFeature f;
    QgsFeatureIterator it = out->getFeatures();
    while ( it.nextFeature( f ) )
      p.insert( f.attribute( "statcode" ).toString(), f.attribute( "cluster_p" ) );
    return p;
  };
  const QMap<QString, QVariant> one = pValues( 1, 12345 );
  QCOMPARE( one.size(), rows.size() );
  QCOMPARE( pValues( 2, 12345 ), one );
  QVERIFY( pValues( 2, 54321 ) != one );
  // 999 permutations: every p is (1 + k) / 1000.
  for ( const QVariant &p : one )
    QVERIFY( std::abs( p.toDouble() * 1000 - std::round( p.toDouble() * 1000 ) ) < 1e-9 );
}

void TestClusters::islandsAndMissingValuesAreKept()
{
  // A 3 × 2 block of squares, a lone square far away and one without a value.
  QgsVectorLayer *l = squares( { { "BU1", 1.0 }, { "BU2", 2.0 }, { "BU3", 8.0 }, { "BU4", 1.5 }, { "BU5", 2.5 }, { "BU6", 9.0 }, { "BU7", 5.0 }, { "BU8", QVariant() } },
                               { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 0, 100 }, { 100, 100 }, { 200, 100 }, { 5000, 5000 }, { 300, 0 } } );
  const QVariantMap results = run( { { "INPUT", l->id() }, { "FIELD", "x" }, { "WEIGHTS", 1 } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->featureCount(), 8LL );
  QCOMPARE( results.value( "N" ).toInt(), 7 );
  QCOMPARE( results.value( "WITHOUT_NEIGHBOURS" ).toInt(), 1 );
  QgsFeature f;
  QgsFeatureIterator it = out->getFeatures();
  QMap<QString, QgsFeature> byCode;
  while ( it.nextFeature( f ) )
    byCode.insert( f.attribute( "code" ).toString(), f );
  QCOMPARE( byCode["BU7"].attribute( "cluster_klasse" ).toInt(), 6 );
  QCOMPARE( byCode["BU7"].attribute( "cluster_buren" ).toInt(), 0 );
  QVERIFY( byCode["BU7"].attribute( "cluster_p" ).isNull() );
  QCOMPARE( byCode["BU8"].attribute( "cluster_klasse" ).toInt(), 0 );
  QCOMPARE( byCode["BU8"].attribute( "cluster_label" ).toString(), QStringLiteral( "onvoldoende gegevens" ) );
  QVERIFY( byCode["BU8"].attribute( "cluster_ii" ).isNull() );
  // BU8 touches BU3 and BU6 but has no value: it is not among their neighbours (rook: BU3 has BU2 and BU6).
  QCOMPARE( byCode["BU3"].attribute( "cluster_buren" ).toInt(), 2 );
  QCOMPARE( byCode["BU5"].attribute( "cluster_buren" ).toInt(), 3 );
  // The input keeps every field and the order of nothing changed: the code and the value are there.
  QCOMPARE( byCode["BU1"].attribute( "x" ).toDouble(), 1.0 );
}

void TestClusters::galFileAndStyle()
{
  QTemporaryDir dir;
  QgsVectorLayer *l = squares( { { "BU1", 1.0 }, { "BU2", 2.0 }, { "BU3", 8.0 }, { "BU4", 1.5 }, { "BU5", 2.5 } },
                               { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 0, 100 }, { 100, 100 } } );
  const QString gpkg = dir.filePath( QStringLiteral( "clusters.gpkg" ) );
  const QString gal = dir.filePath( QStringLiteral( "buren.gal" ) );
  const QVariantMap results = run( { { "INPUT", l->id() }, { "FIELD", "x" }, { "WEIGHTS", 0 }, { "OUTPUT", gpkg }, { "GAL_OUTPUT", gal } } );
  QCOMPARE( results.value( "GAL_OUTPUT" ).toString(), gal );
  QFile file( gal );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  // Queen: BU1 touches BU2, BU4, BU5; BU3 touches BU2 and, at a corner, BU5.
  QCOMPARE( QString::fromUtf8( file.readAll() ), QStringLiteral( "0 5 veerkracht code\nBU1 3\nBU2 BU4 BU5\nBU2 4\nBU1 BU3 BU4 BU5\nBU3 2\nBU2 BU5\nBU4 3\nBU1 BU2 BU5\nBU5 4\nBU1 BU2 BU3 BU4\n" ) );
  // The GeoPackage opens with the clusters map.
  QgsVectorLayer reopened( gpkg, QStringLiteral( "reopened" ), QStringLiteral( "ogr" ) );
  QVERIFY( reopened.isValid() );
  QVERIFY( reopened.renderer() );
  QCOMPARE( reopened.renderer()->type(), QStringLiteral( "categorizedSymbol" ) );
}

void TestClusters::badInput()
{
  QgsVectorLayer *l = squares( { { "BU1", 1.0 }, { "BU2", 2.0 }, { "BU3", 3.0 }, { "BU4", QVariant() }, { "BU5", 5.0 } },
                               { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 300, 0 }, { 400, 0 } } );
  QString error;
  run( { { "INPUT", l->id() }, { "FIELD", "bestaat_niet" } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "FIELD" ) ) && error.contains( QStringLiteral( "bestaat_niet" ) ), qPrintable( error ) );
  QgsVectorLayer *three = squares( { { "BU1", 1.0 }, { "BU2", 2.0 }, { "BU3", 3.0 } }, { { 0, 0 }, { 100, 0 }, { 200, 0 } } );
  run( { { "INPUT", three->id() }, { "FIELD", "x" } }, &error );
  QVERIFY2( error.contains( QStringLiteral( "at least 4 areas" ) ) && error.startsWith( QStringLiteral( "FIELD" ) ), qPrintable( error ) );
  QgsVectorLayer *apart = squares( { { "BU1", 1.0 }, { "BU2", 2.0 }, { "BU3", 3.0 }, { "BU4", 4.0 } }, { { 0, 0 }, { 1000, 0 }, { 2000, 0 }, { 3000, 0 } } );
  run( { { "INPUT", apart->id() }, { "FIELD", "x" } }, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "WEIGHTS" ) ) && error.contains( QStringLiteral( "SNAP" ) ), qPrintable( error ) );
  QgsVectorLayer *constant = squares( { { "BU1", 1.0 }, { "BU2", 1.0 }, { "BU3", 1.0 }, { "BU4", 1.0 } }, { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 300, 0 } } );
  run( { { "INPUT", constant->id() }, { "FIELD", "x" } }, &error );
  QVERIFY2( error.contains( QStringLiteral( "FIELD" ) ) && error.contains( QStringLiteral( "do not vary" ) ), qPrintable( error ) );
  // With the nearest neighbours the four apart squares do have neighbours.
  QVERIFY( error.size() );
  const QVariantMap results = run( { { "INPUT", apart->id() }, { "FIELD", "x" }, { "WEIGHTS", 2 }, { "K", 1 } }, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( results.value( "WITHOUT_NEIGHBOURS" ).toInt(), 0 );
}

VEERKRACHT_QGIS_TEST_MAIN( TestClusters )
#include "test_clusters.moc"
