// SPDX-License-Identifier: GPL-2.0-or-later
// veerkracht:prepareer on tiny hand-made layers and on the embedded Utrecht sample.

#include "algorithmrun.h"
#include "qgistestmain.h"
#include "model/missingvalues.h"
#include "support/veerkracht_compat.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsprocessingregistry.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>
#include <qgsvectordataprovider.h>
#include <qgsmaplayerstore.h>

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <cmath>
#include <limits>
#include <memory>

namespace {

struct Area
{
  QString code;
  QString wkt;
};

QString square( double x, double y, double size = 100 )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + size ).arg( y + size );
}

QByteArray checksum( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

} // namespace

class TestPrepareer : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();

    void everyMissingMarkerBecomesNull();
    void codesAreNormalised();
    void duplicateTableCodeIsAnError();
    void duplicateAreaCodeIsAnError();
    void longTableIsPivoted();
    void yearFilter();
    void decimalComma();
    void zeroPaddedColumnsAreNotNumbers();
    void invalidPolygonIsRepairedAndCounted();
    void transformsToRdNew();
    void nameComesFromTheTables();
    void sameFieldInTwoTablesNeedsSuffixes();
    void unknownWantedField();
    void nonNumericWantedField();
    void unreadableTable();
    void outputMayNotBeAnInput();
    void utrechtSample();
    void xlsxAgreesWithCsv();
    void dutchSpreadsheetCsv();
    void geopackageLayerAsTable();
    void tableWithoutCodeField();
    void layerWithoutCrs();
    void mislabelledCrs();
    void cancelLeavesNoOutput();
    void cancelKeepsTheRestOfAGeoPackage();
    // Issue #16: number formats, tables as downloaded, quiet failures.
    void thousandsSeparators();
    void absurdMagnitudesAreRefused();
    void droppedFieldsAreReported();
    void titleRowsAreSkipped();
    void odataJsonTable();
    void textFieldsAreCarried();
    void tableMatchingNoAreaIsAnError();
    void swappedLatLonIsRefused();
    void pointsAmongAreasAreRefused();
    void inputsAreOpenedReadOnly();
    void qgisDefaultSettings();

  private:
    QString writeText( const QString &name, const QByteArray &bytes );
    std::unique_ptr<QTemporaryDir> mDir;
    QgsVectorLayer *areas( const QList<Area> &areas, const QString &crs = QStringLiteral( "EPSG:28992" ) );
    QgsVectorLayer *table( const QString &fields, const QList<QVariantList> &rows );
    QVariantMap run( QVariantMap parameters, QString *error = nullptr, QgsProcessingFeedback *feedback = nullptr );
    QgsVectorLayer *output( const QVariantMap &results );
    //! 400 areas in a 20 × 20 grid and a table with one value each: long enough to cancel half-way.
    void grid400( QgsVectorLayer *&areaLayer, QgsVectorLayer *&tableLayer );
    QMap<QString, QgsFeature> byCode( QgsVectorLayer *layer, const QString &codeField = QStringLiteral( "code" ) );

    std::unique_ptr<QgsProcessingContext> mContext;
};

void TestPrepareer::init()
{
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestPrepareer::cleanup()
{
  mContext.reset();
}

QgsVectorLayer *TestPrepareer::areas( const QList<Area> &list, const QString &crs )
{
  const QString uri = crs.isEmpty() ? QStringLiteral( "Polygon?field=code:string" ) : QStringLiteral( "Polygon?crs=%1&field=code:string" ).arg( crs );
  auto *layer = new QgsVectorLayer( uri, QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  if ( crs.isEmpty() )
    layer->setCrs( QgsCoordinateReferenceSystem() ); // as a file that declares none
  QgsFeatureList features;
  for ( const Area &a : list )
  {
    QgsFeature f( layer->fields() );
    f.setAttributes( QgsAttributes() << a.code );
    f.setGeometry( QgsGeometry::fromWkt( a.wkt ) );
    features << f;
  }
  layer->dataProvider()->addFeatures( features );
  mContext->temporaryLayerStore()->addMapLayer( layer );
  return layer;
}

QgsVectorLayer *TestPrepareer::table( const QString &fields, const QList<QVariantList> &rows )
{
  static int counter = 0;
  auto *layer = new QgsVectorLayer( QStringLiteral( "None?%1" ).arg( fields ), QStringLiteral( "table%1" ).arg( ++counter ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const QVariantList &row : rows )
  {
    QgsFeature f( layer->fields() );
    f.setAttributes( QgsAttributes( row.toVector() ) );
    features << f;
  }
  layer->dataProvider()->addFeatures( features );
  mContext->temporaryLayerStore()->addMapLayer( layer );
  return layer;
}

QString TestPrepareer::writeText( const QString &name, const QByteArray &bytes )
{
  if ( !mDir )
    mDir = std::make_unique<QTemporaryDir>();
  const QString path = mDir->filePath( name );
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) || file.write( bytes ) != bytes.size() )
    return QString();
  return path;
}

QVariantMap TestPrepareer::run( QVariantMap parameters, QString *error, QgsProcessingFeedback *feedback )
{
  return runAlgorithm( QStringLiteral( "veerkracht:prepareer" ), parameters, *mContext, error, feedback );
}

QgsVectorLayer *TestPrepareer::output( const QVariantMap &results )
{
  return outputLayer( results, *mContext );
}

QMap<QString, QgsFeature> TestPrepareer::byCode( QgsVectorLayer *layer, const QString &codeField )
{
  QMap<QString, QgsFeature> result;
  QgsFeature f;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( f ) )
    result.insert( f.attribute( codeField ).toString(), f );
  return result;
}

void TestPrepareer::everyMissingMarkerBecomesNull()
{
  // One area per marker; the text column carries the marker as text, the double column as a number.
  const QStringList textMarkers { "", ".", "NA", "-99999999", "-99999998", "-99999997", "-99999996", "-99999995", "-99997", "-99998", "-99995", "na" };
  const QList<double> numberMarkers { -99999999, -99999998, -99999997, -99999996, -99999995, -99997, -99998, -99995,
                                      -99999999, -99997, -99998, -99999999 };
  QList<Area> list;
  QList<QVariantList> rows;
  for ( int i = 0; i < textMarkers.size(); ++i )
  {
    const QString code = QStringLiteral( "BU000100%1" ).arg( i, 2, 10, QLatin1Char( '0' ) );
    list << Area { code, square( i * 100, 0 ) };
    rows << QVariantList { code, textMarkers.at( i ), numberMarkers.at( i ), i };
  }
  // Two real values, among them a zero that must stay zero.
  list << Area { "BU00019998", square( 0, 500 ) } << Area { "BU00019999", square( 100, 500 ) };
  rows << QVariantList { "BU00019998", "0", 0.0, 98 } << QVariantList { "BU00019999", "12.5", -3.25, 99 };

  QgsVectorLayer *a = areas( list );
  QgsVectorLayer *t = table( "field=gwb_code:string&field=tekst:string&field=getal:double&field=nr:integer", rows );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out && out->isValid() );
  QCOMPARE( out->featureCount(), static_cast<long long>( list.size() ) );
  const auto features = byCode( out );
  for ( int i = 0; i < textMarkers.size(); ++i )
  {
    const QgsFeature f = features.value( QStringLiteral( "BU000100%1" ).arg( i, 2, 10, QLatin1Char( '0' ) ) );
    QVERIFY2( vkcompat::isNull( f.attribute( "tekst" ) ), qPrintable( textMarkers.at( i ) ) );
    QVERIFY2( vkcompat::isNull( f.attribute( "getal" ) ), qPrintable( QString::number( numberMarkers.at( i ) ) ) );
    QCOMPARE( f.attribute( "nr" ).toInt(), i );
  }
  QCOMPARE( features.value( "BU00019998" ).attribute( "tekst" ).toDouble(), 0.0 );
  QVERIFY( !vkcompat::isNull( features.value( "BU00019998" ).attribute( "tekst" ) ) );
  QCOMPARE( features.value( "BU00019998" ).attribute( "getal" ).toDouble(), 0.0 );
  QVERIFY( !vkcompat::isNull( features.value( "BU00019998" ).attribute( "getal" ) ) );
  QCOMPARE( features.value( "BU00019999" ).attribute( "tekst" ).toDouble(), 12.5 );
  QCOMPARE( features.value( "BU00019999" ).attribute( "getal" ).toDouble(), -3.25 );
  // Markers counted: 11 in the text column and its empty cell, 12 in the number column.
  QCOMPARE( results.value( "NULLED_VALUES" ).toInt(), 11 + 1 + 12 );
}

void TestPrepareer::codesAreNormalised()
{
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) }, { " bu03440112 ", square( 100, 0 ) }, { "3440113", square( 200, 0 ) } } );
  QgsVectorLayer *t = table( "field=code_in_tabel:string&field=v:double",
                             { { "3440111", 1.0 }, { "03440112", 2.0 }, { "bu03440113\t", 3.0 }, { "GM0344", 99.0 } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "TABLE_CODE_FIELDS", "code_in_tabel" } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  const auto f = byCode( out );
  QCOMPARE( f.keys(), ( QStringList { "BU03440111", "BU03440112", "BU03440113" } ) );
  QCOMPARE( f.value( "BU03440111" ).attribute( "v" ).toDouble(), 1.0 );
  QCOMPARE( f.value( "BU03440112" ).attribute( "v" ).toDouble(), 2.0 );
  QCOMPARE( f.value( "BU03440113" ).attribute( "v" ).toDouble(), 3.0 );
  QCOMPARE( results.value( "UNMATCHED_AREAS" ).toInt(), 0 );
}

void TestPrepareer::duplicateTableCodeIsAnError()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU00010001", 1.0 }, { "bu00010001 ", 2.0 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.contains( "duplicate" ), qPrintable( error ) );
  QVERIFY2( error.contains( "BU00010001" ), qPrintable( error ) );
  QVERIFY2( error.contains( "bu_code" ), qPrintable( error ) );
}

void TestPrepareer::duplicateAreaCodeIsAnError()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010001", square( 100, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU00010001", 1.0 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.startsWith( "CODE_FIELD" ), qPrintable( error ) );
  QVERIFY2( error.contains( "BU00010001" ), qPrintable( error ) );
}

void TestPrepareer::longTableIsPivoted()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=bu_naam:string&field=jaar:string&field=onv:string&field=lbm:double",
                             { { "BU00010001", "Noord", "2020", "1.5", 4.0 },
                               { "BU00010001", "Noord", "2022", "-0.5", 4.1 },
                               { "BU00010002", "Zuid", "2020", "NA", 3.9 } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QStringList names = out->fields().names();
  QCOMPARE( names, ( QStringList { "code", "naam", "onv_2020", "onv_2022", "lbm_2020", "lbm_2022" } ) );
  const auto f = byCode( out );
  QCOMPARE( f.value( "BU00010001" ).attribute( "onv_2020" ).toDouble(), 1.5 );
  QCOMPARE( f.value( "BU00010001" ).attribute( "onv_2022" ).toDouble(), -0.5 );
  QCOMPARE( f.value( "BU00010001" ).attribute( "lbm_2022" ).toDouble(), 4.1 );
  QVERIFY( vkcompat::isNull( f.value( "BU00010002" ).attribute( "onv_2020" ) ) );
  QVERIFY( vkcompat::isNull( f.value( "BU00010002" ).attribute( "onv_2022" ) ) );
  QCOMPARE( f.value( "BU00010002" ).attribute( "lbm_2020" ).toDouble(), 3.9 );
  QCOMPARE( f.value( "BU00010002" ).attribute( "naam" ).toString(), QStringLiteral( "Zuid" ) );

  // The same code twice in one year is an error.
  QgsVectorLayer *twice = table( "field=bu_code:string&field=jaar:integer&field=onv:double", { { "BU00010001", 2020, 1.0 }, { "BU00010001", 2020, 2.0 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { twice->id() } } }, &error );
  QVERIFY2( error.contains( "BU00010001 (2020)" ), qPrintable( error ) );
}

void TestPrepareer::yearFilter()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=jaar:integer&field=onv:double",
                             { { "BU00010001", 2018, 1.0 }, { "BU00010001", 2020, 2.0 }, { "BU00010001", 2022, 3.0 } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "YEARS", "2018, 2022" } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->fields().names(), ( QStringList { "code", "onv_2018", "onv_2022" } ) );
  const auto f = byCode( out );
  QCOMPARE( f.value( "BU00010001" ).attribute( "onv_2022" ).toDouble(), 3.0 );

  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "YEARS", "2018,twintig" } }, &error );
  QVERIFY2( error.startsWith( "YEARS" ) && error.contains( "twintig" ), qPrintable( error ) );
}

void TestPrepareer::decimalComma()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) } } );
  QgsVectorLayer *comma = table( "field=bu_code:string&field=g_hhgro:string", { { "BU00010001", "1,9" }, { "BU00010002", "2" } } );
  QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { comma->id() } } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "g_hhgro" ).toDouble(), 1.9 );
  QCOMPARE( byCode( out ).value( "BU00010002" ).attribute( "g_hhgro" ).toDouble(), 2.0 );

  // Told that the file uses points, "1,9" is not a number: the field is not taken by default.
  results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { comma->id() } }, { "DECIMAL_SEPARATOR", 1 } } );
  QVERIFY( output( results )->fields().lookupField( "g_hhgro" ) < 0 );
  // … and named in FIELDS, it is an error that shows the value.
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { comma->id() } }, { "DECIMAL_SEPARATOR", 1 }, { "FIELDS", "g_hhgro" } }, &error );
  QVERIFY2( error.contains( "g_hhgro" ) && error.contains( "1,9" ), qPrintable( error ) );

  // CBS sentinels written with decimal commas are missing, never numbers (issue #16).
  QgsVectorLayer *b = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) }, { "BU00010003", square( 200, 0 ) } } );
  QgsVectorLayer *sentinels = table( "field=bu_code:string&field=g_hhgro:string",
                                     { { "BU00010001", "-99999999,0" }, { "BU00010002", "-99997,0" }, { "BU00010003", "2,5" } } );
  out = output( run( { { "INPUT", b->id() }, { "TABLES", QVariantList { sentinels->id() } } } ) );
  QVERIFY( out );
  QVERIFY( byCode( out ).value( "BU00010001" ).attribute( "g_hhgro" ).isNull() );
  QVERIFY( byCode( out ).value( "BU00010002" ).attribute( "g_hhgro" ).isNull() );
  QCOMPARE( byCode( out ).value( "BU00010003" ).attribute( "g_hhgro" ).toDouble(), 2.5 );
}

void TestPrepareer::zeroPaddedColumnsAreNotNumbers()
{
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) } } );
  QgsVectorLayer *t = table( "field=gwb_code:string&field=gm_code_kort:string&field=a_inw:string", { { "BU03440111", "0344", "1835" } } );
  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } } ) );
  QVERIFY( out );
  QCOMPARE( out->fields().names(), ( QStringList { "code", "a_inw" } ) );
  QCOMPARE( byCode( out ).value( "BU03440111" ).attribute( "a_inw" ).toLongLong(), 1835LL );
}

void TestPrepareer::invalidPolygonIsRepairedAndCounted()
{
  // A bow-tie: two triangles of 25 m² each that touch in one point.
  QgsVectorLayer *a = areas( { { "BU00010001", "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))" }, { "BU00010002", square( 100, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU00010001", 1.0 }, { "BU00010002", 2.0 } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } } );
  QCOMPARE( results.value( "REPAIRED_GEOMETRIES" ).toInt(), 1 );
  QgsVectorLayer *out = output( results );
  const QgsGeometry repaired = byCode( out ).value( "BU00010001" ).geometry();
  QVERIFY( repaired.isGeosValid() );
  QCOMPARE( repaired.area(), 50.0 );
  QCOMPARE( repaired.constGet()->partCount(), 2 );
  QCOMPARE( byCode( out ).value( "BU00010002" ).geometry().area(), 10000.0 );
}

void TestPrepareer::transformsToRdNew()
{
  // The Domtoren, in WGS84, is at about RD (136,000, 456,000).
  QgsVectorLayer *a = areas( { { "BU00010001", "POLYGON((5.1213 52.0907, 5.1223 52.0907, 5.1223 52.0913, 5.1213 52.0913, 5.1213 52.0907))" } },
                             QStringLiteral( "EPSG:4326" ) );
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU00010001", 1.0 } } );
  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } } ) );
  QVERIFY( out );
  QCOMPARE( out->crs().authid(), QStringLiteral( "EPSG:28992" ) );
  const QgsPointXY centre = byCode( out ).value( "BU00010001" ).geometry().centroid().asPoint();
  QVERIFY2( std::fabs( centre.x() - 136000 ) < 1000 && std::fabs( centre.y() - 456000 ) < 1000, qPrintable( centre.toString() ) );
}

void TestPrepareer::nameComesFromTheTables()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) } } );
  QgsVectorLayer *first = table( "field=gwb_code:string&field=v:double", { { "BU00010001", 1.0 } } );
  QgsVectorLayer *second = table( "field=gwb_code:string&field=regio:string&field=w:double", { { "BU00010001", "Eerste", 1.0 }, { "BU00010002", "Tweede", 2.0 } } );
  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { first->id(), second->id() } } } ) );
  QVERIFY( out );
  QCOMPARE( out->fields().names(), ( QStringList { "code", "naam", "v", "w" } ) );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "naam" ).toString(), QStringLiteral( "Eerste" ) );
  QCOMPARE( byCode( out ).value( "BU00010002" ).attribute( "naam" ).toString(), QStringLiteral( "Tweede" ) );
  QVERIFY( vkcompat::isNull( byCode( out ).value( "BU00010002" ).attribute( "v" ) ) );
}

void TestPrepareer::sameFieldInTwoTablesNeedsSuffixes()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QgsVectorLayer *y2021 = table( "field=gwb_code:string&field=a_inw:integer", { { "BU00010001", 100 } } );
  QgsVectorLayer *y2023 = table( "field=gwb_code:string&field=a_inw:integer", { { "BU00010001", 120 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { y2021->id(), y2023->id() } } }, &error );
  QVERIFY2( error.startsWith( "TABLE_SUFFIXES" ) && error.contains( "a_inw" ), qPrintable( error ) );

  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { y2021->id(), y2023->id() } }, { "TABLE_SUFFIXES", "_2021,_2023" } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "a_inw_2021" ).toInt(), 100 );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "a_inw_2023" ).toInt(), 120 );
}

void TestPrepareer::unknownWantedField()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QgsVectorLayer *t = table( "field=gwb_code:string&field=a_inw:integer&field=a_hh:integer", { { "BU00010001", 100, 50 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "FIELDS", "a_inw,a_bestaatniet" } }, &error );
  QVERIFY2( error.startsWith( "FIELDS" ) && error.contains( "a_bestaatniet" ), qPrintable( error ) );

  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "FIELDS", "a_inw" } } ) );
  QCOMPARE( out->fields().names(), ( QStringList { "code", "a_inw" } ) );
}

void TestPrepareer::nonNumericWantedField()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) } } );
  QgsVectorLayer *t = table( "field=gwb_code:string&field=p_huur:string", { { "BU00010001", "12" }, { "BU00010002", "veel" } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "FIELDS", "p_huur" } }, &error );
  QVERIFY2( error.contains( "p_huur" ) && error.contains( "veel" ) && error.contains( "row 2" ), qPrintable( error ) );
}

void TestPrepareer::unreadableTable()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { "/nonexistent/kwb.csv" } } }, &error );
  QVERIFY2( error.startsWith( "TABLES" ) && error.contains( "/nonexistent/kwb.csv" ), qPrintable( error ) );
}

void TestPrepareer::outputMayNotBeAnInput()
{
  QTemporaryDir dir;
  const QString csv = dir.filePath( "tabel.csv" );
  QFile file( csv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "bu_code,v\nBU00010001,1\n" );
  file.close();
  const QByteArray before = checksum( csv );
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { csv } }, { "OUTPUT", csv } }, &error );
  QVERIFY2( error.startsWith( "OUTPUT" ) && error.contains( "never overwritten" ), qPrintable( error ) );
  QCOMPARE( checksum( csv ), before );
}

void TestPrepareer::utrechtSample()
{
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  const QStringList inputs { data + "buurten_2019.geojson", data + "kwb_2021_subset_en.csv", data + "kwb_2023.csv", data + "leefbaarometer_buurten_2002_2024.csv" };
  QMap<QString, QByteArray> before;
  for ( const QString &path : inputs )
    before.insert( path, checksum( path ) );

  QTemporaryDir dir;
  const QString gpkg = dir.filePath( "utrecht.gpkg" );
  const QVariantMap results = run( { { "INPUT", inputs.at( 0 ) },
    { "TABLES", QVariantList { inputs.at( 1 ), inputs.at( 2 ), inputs.at( 3 ) } },
    { "TABLE_SUFFIXES", "_2021,_2023" },
    { "OUTPUT", gpkg } } );
  QCOMPARE( results.value( "AREA_COUNT" ).toInt(), 111 );
  QCOMPARE( results.value( "REPAIRED_GEOMETRIES" ).toInt(), 1 );
  QCOMPARE( results.value( "UNMATCHED_AREAS" ).toInt(), 0 );

  QgsVectorLayer out( gpkg, "out", "ogr" );
  QVERIFY( out.isValid() );
  QCOMPARE( out.featureCount(), 111LL );
  QCOMPARE( out.crs().authid(), QStringLiteral( "EPSG:28992" ) );
  const auto features = byCode( &out, "statcode" );
  QCOMPARE( features.size(), 111 );

  const QgsFeature halveMaan = features.value( "BU03440114" );
  QCOMPARE( halveMaan.attribute( "naam" ).toString(), QStringLiteral( "Halve Maan-Noord" ) );
  QCOMPARE( halveMaan.attribute( "a_inw_2023" ).toLongLong(), 1865LL );
  QCOMPARE( halveMaan.attribute( "p_wcorpw_2023" ).toLongLong(), 58LL );
  QVERIFY( halveMaan.geometry().isGeosValid() );

  // Every value against the pandas fixture (tests/data/make_utrecht_expected.py).
  QgsVectorLayer expected( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/utrecht_expected.csv" ), "expected", "ogr" );
  QVERIFY( expected.isValid() );
  QCOMPARE( expected.featureCount(), 111LL );
  const QMap<QString, QString> columns { { "naam", "naam" }, { "a_inw_2023", "a_inw_2023" }, { "p_wcorpw_2023", "p_wcorpw_2023" },
    { "inhabitants_2021", "Number.of.inhabitants_2021" } };
  QStringList compared = columns.keys();
  for ( const QString &name : expected.fields().names() )
    if ( name.startsWith( "onv_" ) )
      compared << name;
  QCOMPARE( compared.size(), 4 + 9 );
  int onvValues = 0;
  QgsFeature e;
  QgsFeatureIterator it = expected.getFeatures();
  while ( it.nextFeature( e ) )
  {
    const QString code = e.attribute( "code" ).toString();
    QVERIFY2( features.contains( code ), qPrintable( code ) );
    const QgsFeature f = features.value( code );
    for ( const QString &column : compared )
    {
      const QString field = columns.value( column, column );
      const QString want = e.attribute( column ).toString();
      const QVariant got = f.attribute( field );
      const QString where = QStringLiteral( "%1 %2: expected '%3', got '%4'" ).arg( code, field, want, got.toString() );
      if ( want.isEmpty() )
      {
        QVERIFY2( vkcompat::isNull( got ), qPrintable( where ) );
      }
      else if ( column == "naam" )
      {
        QCOMPARE( got.toString(), want );
      }
      else
      {
        QVERIFY2( !vkcompat::isNull( got ), qPrintable( where ) );
        QVERIFY2( std::fabs( got.toDouble() - want.toDouble() ) <= 1e-12 * std::max( 1.0, std::fabs( want.toDouble() ) ), qPrintable( where ) );
        onvValues += column.startsWith( "onv_" ) ? 1 : 0;
      }
    }
  }
  // onv exists for 2014, 2018, 2020, 2022 and 2024 for (nearly) every buurt.
  QVERIFY2( onvValues > 5 * 100, qPrintable( QString::number( onvValues ) ) );

  // No CBS sentinel and no NaN anywhere in the output.
  const veerkracht::MissingValues missing;
  for ( const QgsFeature &f : features )
  {
    for ( int i = 0; i < f.fields().count(); ++i )
    {
      const QVariant v = f.attribute( i );
      if ( f.fields().at( i ).isNumeric() && !vkcompat::isNull( v ) )
        QVERIFY2( !missing.isMissingNumber( v.toDouble() ), qPrintable( QStringLiteral( "%1 %2 = %3" ).arg( f.attribute( "statcode" ).toString(), f.fields().at( i ).name(), v.toString() ) ) );
    }
  }

  for ( const QString &path : inputs )
    QCOMPARE( checksum( path ), before.value( path ) );
}

void TestPrepareer::xlsxAgreesWithCsv()
{
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  const QVariantMap common { { "INPUT", data + "buurten_2019.geojson" }, { "FIELDS", "a_inw,p_wcorpw,g_hhgro,a_soz_wb,g_ink_pi" } };
  QVariantMap fromCsv = common;
  fromCsv.insert( "TABLES", QVariantList { data + "kwb_2023.csv" } );
  QVariantMap fromXlsx = common;
  fromXlsx.insert( "TABLES", QVariantList { data + "kwb_2023.xlsx" } );
  const auto csv = byCode( output( run( fromCsv ) ), "statcode" );
  const auto xlsx = byCode( output( run( fromXlsx ) ), "statcode" );
  QCOMPARE( csv.size(), 111 );
  QCOMPARE( xlsx.keys(), csv.keys() );
  int compared = 0;
  for ( const QString &code : csv.keys() )
  {
    for ( const char *field : { "a_inw", "p_wcorpw", "g_hhgro", "a_soz_wb", "g_ink_pi" } )
    {
      const QVariant a = csv.value( code ).attribute( field );
      const QVariant b = xlsx.value( code ).attribute( field );
      QVERIFY2( vkcompat::isNull( a ) == vkcompat::isNull( b ), qPrintable( QStringLiteral( "%1 %2" ).arg( code, field ) ) );
      if ( !vkcompat::isNull( a ) )
      {
        QCOMPARE( b.toDouble(), a.toDouble() );
        ++compared;
      }
    }
  }
  QVERIFY( compared > 3 * 100 );
  // The income field is all '.' in this first release: NULL for every buurt, never 0.
  for ( const QgsFeature &f : csv )
    QVERIFY( vkcompat::isNull( f.attribute( "g_ink_pi" ) ) );
}

void TestPrepareer::dutchSpreadsheetCsv()
{
  // As Excel saves a CSV in a Dutch locale: BOM, semicolons, CRLF, decimal commas, codes as numbers.
  QTemporaryDir dir;
  const QString path = dir.filePath( "eigen tabel.csv" );
  QFile file( path );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "\xEF\xBB\xBF" "Buurt2023;klachten per 1000;aandeel\r\n03440111;12,5;0,25\r\n03440112;7;.\r\n" );
  file.close();
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) }, { "BU03440112", square( 100, 0 ) } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { path } } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->fields().names(), ( QStringList { "code", "klachten per 1000", "aandeel" } ) );
  const auto f = byCode( out );
  QCOMPARE( f.value( "BU03440111" ).attribute( "klachten per 1000" ).toDouble(), 12.5 );
  QCOMPARE( f.value( "BU03440112" ).attribute( "klachten per 1000" ).toDouble(), 7.0 );
  QCOMPARE( f.value( "BU03440111" ).attribute( "aandeel" ).toDouble(), 0.25 );
  QVERIFY( vkcompat::isNull( f.value( "BU03440112" ).attribute( "aandeel" ) ) );
  QCOMPARE( results.value( "NULLED_VALUES" ).toInt(), 1 );
}

void TestPrepareer::geopackageLayerAsTable()
{
  // A prepared layer is itself a table for a next join (a layer's attribute table).
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  QTemporaryDir dir;
  const QString first = dir.filePath( "eerste.gpkg" );
  run( { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { data + "kwb_2023.csv" } }, { "FIELDS", "a_inw" }, { "OUTPUT", first } } );
  QgsVectorLayer *out = output( run( { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { first } },
                                       { "FIELDS", "a_inw" }, { "TABLE_SUFFIXES", "_uit_gpkg" } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out, "statcode" ).value( "BU03440114" ).attribute( "a_inw_uit_gpkg" ).toLongLong(), 1865LL );
}

void TestPrepareer::tableWithoutCodeField()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) } } );
  QgsVectorLayer *t = table( "field=iets:string&field=v:double", { { "geen code", 1.0 } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.startsWith( "TABLE_CODE_FIELDS" ) && error.contains( t->name() ), qPrintable( error ) );
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "TABLE_CODE_FIELDS", "bestaat_niet" } }, &error );
  QVERIFY2( error.startsWith( "TABLE_CODE_FIELDS" ) && error.contains( "bestaat_niet" ), qPrintable( error ) );
  run( { { "INPUT", a->id() }, { "CODE_FIELD", "bestaat_niet" }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.startsWith( "CODE_FIELD" ) && error.contains( "bestaat_niet" ), qPrintable( error ) );
}

void TestPrepareer::layerWithoutCrs()
{
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU00010001", 1.0 } } );
  // Longitude/latitude without a CRS (as the national TopoJSON): read as EPSG:4326.
  QgsVectorLayer *lonLat = areas( { { "BU00010001", "POLYGON((5.1213 52.0907, 5.1223 52.0907, 5.1223 52.0913, 5.1213 52.0913, 5.1213 52.0907))" } }, QString() );
  QVERIFY( !lonLat->crs().isValid() );
  QgsProcessingFeedback feedback;
  QgsVectorLayer *out = output( run( { { "INPUT", lonLat->id() }, { "TABLES", QVariantList { t->id() } } }, nullptr, &feedback ) );
  QVERIFY( out );
  const QgsPointXY centre = byCode( out ).value( "BU00010001" ).geometry().centroid().asPoint();
  QVERIFY2( std::fabs( centre.x() - 136000 ) < 1000 && std::fabs( centre.y() - 456000 ) < 1000, qPrintable( centre.toString() ) );
  QVERIFY2( feedback.textLog().contains( "EPSG:4326" ), qPrintable( feedback.textLog() ) );

  // Numbers that are neither: an error that asks for INPUT_CRS.
  QgsVectorLayer *odd = areas( { { "BU00010001", square( 5e6, 5e6 ) } }, QString() );
  QString error;
  run( { { "INPUT", odd->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.startsWith( "INPUT_CRS" ), qPrintable( error ) );
  // … which, given, is used.
  out = output( run( { { "INPUT", odd->id() }, { "TABLES", QVariantList { t->id() } }, { "INPUT_CRS", "EPSG:28992" } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).geometry().boundingBox().xMinimum(), 5e6 );

  // A GeoPackage written without a CRS declares GDAL's "Undefined geographic SRS": that is no CRS
  // either, and RD numbers are read as RD (not as degrees of an unknown datum).
  QTemporaryDir dir;
  QgsVectorLayer *rd = areas( { { "BU00010001", square( 136000, 456000 ) } }, QString() );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  const QString file = dir.filePath( QStringLiteral( "zonder crs.gpkg" ) );
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( rd, file, QgsCoordinateTransformContext(), options ), QgsVectorFileWriter::NoError );
  {
    const QgsVectorLayer placeholder( file, QStringLiteral( "p" ), QStringLiteral( "ogr" ) );
    QVERIFY2( placeholder.crs().authid().isEmpty(), qPrintable( placeholder.crs().authid() ) );
  }
  QgsProcessingFeedback rdFeedback;
  out = output( run( { { "INPUT", file }, { "TABLES", QVariantList { t->id() } } }, nullptr, &rdFeedback ) );
  QVERIFY( out );
  QCOMPARE( out->crs().authid(), QStringLiteral( "EPSG:28992" ) );
  QCOMPARE( byCode( out ).value( "BU00010001" ).geometry().boundingBox().xMinimum(), 136000.0 );
  QVERIFY2( rdFeedback.textLog().contains( "INPUT has no CRS" ), qPrintable( rdFeedback.textLog() ) );
}

void TestPrepareer::mislabelledCrs()
{
  // RD coordinates labelled web mercator, like the CBS 100 m grid of Ermelo.
  QgsVectorLayer *t = table( "field=bu_code:string&field=v:double", { { "BU02330001", 1.0 } } );
  QgsVectorLayer *grid = areas( { { "BU02330001", square( 170000, 472000 ) } }, QStringLiteral( "EPSG:3857" ) );
  QgsProcessingFeedback feedback;
  run( { { "INPUT", grid->id() }, { "TABLES", QVariantList { t->id() } } }, nullptr, &feedback );
  QVERIFY2( feedback.textLog().contains( "look like RD New" ), qPrintable( feedback.textLog() ) );

  QgsVectorLayer *out = output( run( { { "INPUT", grid->id() }, { "TABLES", QVariantList { t->id() } }, { "INPUT_CRS", "EPSG:28992" } } ) );
  QVERIFY( out );
  const QgsRectangle box = byCode( out ).value( "BU02330001" ).geometry().boundingBox();
  QCOMPARE( box.xMinimum(), 170000.0 );
  QCOMPARE( box.yMaximum(), 472100.0 );
}

void TestPrepareer::grid400( QgsVectorLayer *&areaLayer, QgsVectorLayer *&tableLayer )
{
  QList<Area> list;
  QList<QVariantList> rows;
  for ( int i = 0; i < 400; ++i )
  {
    const QString code = QStringLiteral( "BU0001%1" ).arg( i, 4, 10, QLatin1Char( '0' ) );
    list << Area { code, square( ( i % 20 ) * 100, ( i / 20 ) * 100 ) };
    rows << QVariantList { code, i * 1.5 };
  }
  areaLayer = areas( list );
  tableLayer = table( "field=bu_code:string&field=v:double", rows );
}

void TestPrepareer::cancelLeavesNoOutput()
{
  QgsVectorLayer *a = nullptr, *t = nullptr;
  grid400( a, t );
  QTemporaryDir dir;
  const QString gpkg = dir.filePath( "half.gpkg" );
  QgsProcessingFeedback feedback;
  // Cancel half-way through writing the areas.
  connect( &feedback, &QgsFeedback::progressChanged, &feedback, [&feedback]( double progress ) { if ( progress > 70 ) feedback.cancel(); } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "OUTPUT", gpkg } }, nullptr, &feedback );
  QVERIFY( feedback.isCanceled() );
  QVERIFY( results.value( "OUTPUT" ).toString().isEmpty() );
  QVERIFY2( !QFileInfo::exists( gpkg ), "a canceled run left its output behind" );

  // Not canceled, the same run writes every area.
  const QVariantMap complete = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "OUTPUT", gpkg } } );
  QCOMPARE( complete.value( "AREA_COUNT" ).toInt(), 400 );
  QVERIFY( QFileInfo::exists( gpkg ) );
}

void TestPrepareer::cancelKeepsTheRestOfAGeoPackage()
{
  QgsVectorLayer *a = nullptr, *t = nullptr;
  grid400( a, t );
  QTemporaryDir dir;
  const QString gpkg = dir.filePath( "bestaand.gpkg" );
  // A GeoPackage that already holds the user's layer "bewaar".
  const QVariantMap first = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"bewaar\" (geom)" ).arg( gpkg ) } } );
  QCOMPARE( first.value( "AREA_COUNT" ).toInt(), 400 );

  QgsProcessingFeedback feedback;
  connect( &feedback, &QgsFeedback::progressChanged, &feedback, [&feedback]( double progress ) { if ( progress > 70 ) feedback.cancel(); } );
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"nieuw\" (geom)" ).arg( gpkg ) } }, nullptr, &feedback );
  QVERIFY( feedback.isCanceled() );
  QVERIFY2( QFileInfo::exists( gpkg ), "a canceled run removed a GeoPackage that was there before" );
  QgsVectorLayer kept( gpkg + "|layername=bewaar", "bewaar", "ogr" );
  QVERIFY( kept.isValid() );
  QCOMPARE( kept.featureCount(), 400LL );
  QgsVectorLayer half( gpkg + "|layername=nieuw", "nieuw", "ogr" );
  QVERIFY2( !half.isValid() || half.featureCount() == 0, "the half-written layer is still there" );
}

void TestPrepareer::thousandsSeparators()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) }, { "BU00010003", square( 200, 0 ) } } );
  // A Dutch ';' table of whole numbers: the points separate thousands.
  const QString dutch = writeText( "inwoners_nl.csv", "gwb_code;a_inw\nBU00010001;1.810\nBU00010002;845\nBU00010003;12.345\n" );
  QgsProcessingFeedback feedback;
  QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { dutch } } }, nullptr, &feedback );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "a_inw" ).toLongLong(), 1810LL );
  QCOMPARE( byCode( out ).value( "BU00010002" ).attribute( "a_inw" ).toLongLong(), 845LL );
  QCOMPARE( byCode( out ).value( "BU00010003" ).attribute( "a_inw" ).toLongLong(), 12345LL );
  QVERIFY2( feedback.textLog().contains( "thousands" ), qPrintable( feedback.textLog() ) );

  // The same column in a ',' table is ambiguous: refused, naming the field and both readings.
  const QString english = writeText( "inwoners_en.csv", "gwb_code,a_inw\nBU00010001,\"1.810\"\nBU00010002,845\nBU00010003,\"12.345\"\n" );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { english } } }, &error );
  QVERIFY2( error.contains( "a_inw" ) && error.contains( "DECIMAL_SEPARATOR" ) && error.contains( "1810" ) && error.contains( "1.81" ), qPrintable( error ) );
  // Told which it is, it is read so.
  out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { english } }, { "DECIMAL_SEPARATOR", 2 } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "a_inw" ).toDouble(), 1810.0 );
  out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { english } }, { "DECIMAL_SEPARATOR", 1 } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "a_inw" ).toDouble(), 1.81 );

  // Decimal points elsewhere in a ';' file (as pandas writes one) make its points decimals: ambiguous.
  const QString pandas = writeText( "pandas.csv", "gwb_code;a_inw;g_hhgro\nBU00010001;1.810;2.05\nBU00010002;845;1.9\nBU00010003;12.345;2.2\n" );
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { pandas } } }, &error );
  QVERIFY2( error.contains( "a_inw" ) && error.contains( "DECIMAL_SEPARATOR" ), qPrintable( error ) );

  // Two decimals are no thousands groups, in a ';' table too.
  const QString decimals = writeText( "decimalen.csv", "gwb_code;g_hhgro\nBU00010001;1.81\nBU00010002;2\nBU00010003;2.05\n" );
  out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { decimals } } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010001" ).attribute( "g_hhgro" ).toDouble(), 1.81 );
}

void TestPrepareer::absurdMagnitudesAreRefused()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) } } );
  // As text: 1e308 used to become 9.2e18 in a whole-number column.
  QgsVectorLayer *text = table( "field=bu_code:string&field=a_inw:string", { { "BU00010001", "1810" }, { "BU00010002", "1e308" } } );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { text->id() } } }, &error );
  QVERIFY2( error.contains( "a_inw" ) && error.contains( "row 2" ) && error.contains( "1e308" ), qPrintable( error ) );
  // As numbers: 1e300, NaN and -infinity in a double column.
  for ( const double bad : { 1e300, std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity() } )
  {
    QgsVectorLayer *numbers = table( "field=bu_code:string&field=p_koopw:double", { { "BU00010001", 44.0 }, { "BU00010002", bad } } );
    run( { { "INPUT", a->id() }, { "TABLES", QVariantList { numbers->id() } } }, &error );
    QVERIFY2( error.contains( "p_koopw" ) && error.contains( "row 2" ), qPrintable( error ) );
  }
  // A declared marker is missing however large (a float NoData).
  QgsVectorLayer *noData = table( "field=bu_code:string&field=hoogte:double", { { "BU00010001", 3.5 }, { "BU00010002", -3.4028234663852886e38 } } );
  QgsVectorLayer *withMarker = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { noData->id() } }, { "MISSING_VALUES", "-3.4028234663852886e38" } } ) );
  QVERIFY( withMarker );
  QVERIFY( vkcompat::isNull( byCode( withMarker ).value( "BU00010002" ).attribute( "hoogte" ) ) );
  QCOMPARE( byCode( withMarker ).value( "BU00010001" ).attribute( "hoogte" ).toDouble(), 3.5 );
  // 10^15 itself is still a value.
  QgsVectorLayer *edge = table( "field=bu_code:string&field=bedrag:double", { { "BU00010001", 1e15 }, { "BU00010002", -1e15 } } );
  QgsVectorLayer *out = output( run( { { "INPUT", a->id() }, { "TABLES", QVariantList { edge->id() } } } ) );
  QVERIFY( out );
  QCOMPARE( byCode( out ).value( "BU00010002" ).attribute( "bedrag" ).toDouble(), -1e15 );
}

void TestPrepareer::droppedFieldsAreReported()
{
  QgsVectorLayer *a = areas( { { "BU00010001", square( 0, 0 ) }, { "BU00010002", square( 100, 0 ) }, { "BU00010003", square( 200, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=klachten:string&field=omschrijving:string&field=a_inw:string",
                             { { "BU00010001", "12", "rustig", "100" }, { "BU00010002", "7", "druk", "200" }, { "BU00010003", "veel", "druk", "300" } } );
  QgsProcessingFeedback feedback;
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } }, nullptr, &feedback );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->fields().lookupField( "klachten" ), -1 );
  QVERIFY( out->fields().lookupField( "a_inw" ) >= 0 );
  const QStringList dropped = results.value( "DROPPED_FIELDS" ).toString().split( ',' );
  QCOMPARE( dropped, ( QStringList { t->name() + ":klachten", t->name() + ":omschrijving" } ) );
  // The log names the row and the value, and how many values were numbers.
  QVERIFY2( feedback.textLog().contains( "'klachten' is not taken: row 3 holds 'veel'" ), qPrintable( feedback.textLog() ) );
  QVERIFY2( feedback.textLog().contains( "2 of its 3 values are numbers" ), qPrintable( feedback.textLog() ) );
}

void TestPrepareer::titleRowsAreSkipped()
{
  // CBS's layout: a title, the source and a blank row above the header; a footnote below.
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  const QString titled = QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/titelrijen/kwb_titel.xlsx" );
  QgsProcessingFeedback feedback;
  const auto fromXlsx = byCode( output( run( { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { titled } } }, nullptr, &feedback ) ), "statcode" );
  const auto fromCsv = byCode( output( run( { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { data + "kwb_2023.csv" } }, { "FIELDS", "a_inw,p_koopw" } } ) ), "statcode" );
  QCOMPARE( fromXlsx.size(), 111 );
  QVERIFY2( feedback.textLog().contains( "3 title row(s)" ) && feedback.textLog().contains( "row 4" ), qPrintable( feedback.textLog() ) );
  int compared = 0;
  for ( const QString &code : fromCsv.keys() )
  {
    for ( const char *field : { "a_inw", "p_koopw" } )
    {
      const QVariant expected = fromCsv.value( code ).attribute( field );
      const QVariant got = fromXlsx.value( code ).attribute( field );
      QVERIFY2( vkcompat::isNull( expected ) == vkcompat::isNull( got ), qPrintable( QStringLiteral( "%1 %2" ).arg( code, field ) ) );
      if ( !vkcompat::isNull( expected ) )
      {
        QCOMPARE( got.toDouble(), expected.toDouble() );
        ++compared;
      }
    }
  }
  QVERIFY( compared > 200 );
  // Number cells stay numbers: 1.810 thousand inhabitants is 1.81, not an ambiguous thousands group.
  int thousands = 0;
  for ( const QString &code : fromCsv.keys() )
  {
    const QVariant inhabitants = fromCsv.value( code ).attribute( "a_inw" );
    if ( vkcompat::isNull( inhabitants ) )
      continue;
    QCOMPARE( fromXlsx.value( code ).attribute( "inw_duizend" ).toDouble(), std::round( inhabitants.toDouble() ) / 1000.0 );
    ++thousands;
  }
  QVERIFY( thousands > 100 );
  // The footnote is no area code of the table.
  QVERIFY2( !feedback.textLog().contains( "VOETNOOT" ), qPrintable( feedback.textLog() ) );
}

void TestPrepareer::odataJsonTable()
{
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) }, { "BU03440112", square( 100, 0 ) } } );
  // As the CBS OData API gives it: padded codes, an ID, numbers and nulls.
  const QString path = writeText( "85618NED.json",
                                  "{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/85618NED/$metadata#Cbs.OData.WebAPI.TypedDataSet\",\"value\":["
                                  "{\"ID\":0,\"WijkenEnBuurten\":\"BU03440111  \",\"Gemeentenaam_1\":\"Utrecht   \",\"AantalInwoners_5\":1810,\"Koopwoningen_40\":44.5},"
                                  "{\"ID\":1,\"WijkenEnBuurten\":\"BU03440112  \",\"Gemeentenaam_1\":\"Utrecht   \",\"AantalInwoners_5\":4200,\"Koopwoningen_40\":null}]}" );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { path } }, { "TEXT_FIELDS", "Gemeentenaam_1" } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->fields().lookupField( "ID" ), -1 );
  const auto f = byCode( out );
  QCOMPARE( f.value( "BU03440111" ).attribute( "AantalInwoners_5" ).toLongLong(), 1810LL );
  QCOMPARE( f.value( "BU03440112" ).attribute( "AantalInwoners_5" ).toLongLong(), 4200LL );
  QCOMPARE( f.value( "BU03440111" ).attribute( "Koopwoningen_40" ).toDouble(), 44.5 );
  QVERIFY( vkcompat::isNull( f.value( "BU03440112" ).attribute( "Koopwoningen_40" ) ) );
  QCOMPARE( f.value( "BU03440112" ).attribute( "Gemeentenaam_1" ).toString(), QStringLiteral( "Utrecht" ) );
  QCOMPARE( results.value( "NULLED_VALUES" ).toInt(), 1 );

  // One page of a longer table is refused, not joined as if it were all.
  const QString page = writeText( "pagina.json", "{\"value\":[{\"WijkenEnBuurten\":\"BU03440111\",\"AantalInwoners_5\":1810}],"
                                  "\"odata.nextLink\":\"https://opendata.cbs.nl/ODataApi/OData/85618NED/TypedDataSet?$skip=10000\"}" );
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { page } } }, &error );
  QVERIFY2( error.contains( "TABLES" ) && error.contains( "next page" ), qPrintable( error ) );
}

void TestPrepareer::textFieldsAreCarried()
{
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) }, { "BU03440112", square( 100, 0 ) }, { "BU03630001", square( 200, 0 ) } } );
  QgsVectorLayer *t = table( "field=buurtcode:string&field=wijkcode:string&field=a_inw:integer",
                             { { "BU03440111", "WK034401", 1810 }, { "BU03440112", "WK034401", 4200 }, { "BU03630001", "", 10 } } );
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "TEXT_FIELDS", "wijkcode" } } );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  const int index = out->fields().lookupField( "wijkcode" );
  QVERIFY( index >= 0 );
  QVERIFY( vkcompat::isTextField( out->fields().at( index ) ) );
  const auto f = byCode( out );
  QCOMPARE( f.value( "BU03440112" ).attribute( "wijkcode" ).toString(), QStringLiteral( "WK034401" ) );
  QVERIFY( vkcompat::isNull( f.value( "BU03630001" ).attribute( "wijkcode" ) ) );
  QCOMPARE( f.value( "BU03440111" ).attribute( "a_inw" ).toLongLong(), 1810LL );
  // A text field the area layer has too is kept from the areas, not an error.
  QVERIFY( !run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "TEXT_FIELDS", "wijkcode,code" } } ).isEmpty() );
  // A text field no table has is named.
  QString error;
  run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } }, { "TEXT_FIELDS", "gemeentenaam" } }, &error );
  QVERIFY2( error.contains( "TEXT_FIELDS" ) && error.contains( "gemeentenaam" ), qPrintable( error ) );
}

void TestPrepareer::tableMatchingNoAreaIsAnError()
{
  // Amersfoort's table onto Utrecht's buurten: nothing matches, which is no result.
  QgsVectorLayer *a = areas( { { "BU03440111", square( 0, 0 ) }, { "BU03440112", square( 100, 0 ) } } );
  QgsVectorLayer *t = table( "field=bu_code:string&field=a_inw:integer", { { "BU03070100", 10 }, { "BU03070101", 20 } } );
  QString error;
  const QVariantMap results = run( { { "INPUT", a->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( "TABLE_CODE_FIELDS" ) && error.contains( "BU03070100" ) && error.contains( "BU03440111" ), qPrintable( error ) );
}

void TestPrepareer::swappedLatLonIsRefused()
{
  // Utrecht with latitude as x: in WGS 84 the sea off Somalia (issue #16: it was written without a word).
  const QString swapped = QStringLiteral( "POLYGON((52.09 5.10, 52.10 5.10, 52.10 5.12, 52.09 5.12, 52.09 5.10))" );
  QgsVectorLayer *t = table( "field=bu_code:string&field=a_inw:integer", { { "BU03440111", 10 } } );
  QString error;
  run( { { "INPUT", areas( { { "BU03440111", swapped } }, QStringLiteral( "EPSG:4326" ) )->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.contains( "INPUT" ) && error.contains( "swapped" ), qPrintable( error ) );
  // Without a CRS too.
  run( { { "INPUT", areas( { { "BU03440111", swapped } }, QString() )->id() }, { "TABLES", QVariantList { t->id() } } }, &error );
  QVERIFY2( error.contains( "swapped" ), qPrintable( error ) );
}

void TestPrepareer::pointsAmongAreasAreRefused()
{
  const QString path = writeText( "gemengd.geojson",
                                  "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":["
                                  "{\"type\":\"Feature\",\"properties\":{\"code\":\"BU00010001\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[100,0],[100,100],[0,100],[0,0]]]}},"
                                  "{\"type\":\"Feature\",\"properties\":{\"code\":\"BU00010002\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[150,50]}}]}" );
  QgsVectorLayer *t = table( "field=bu_code:string&field=a_inw:integer", { { "BU00010001", 10 }, { "BU00010002", 20 } } );
  QString error;
  const QString destination = mDir->filePath( "gemengd_uit.gpkg" );
  run( { { "INPUT", path }, { "TABLES", QVariantList { t->id() } }, { "OUTPUT", destination } }, &error );
  QVERIFY2( error.contains( "INPUT" ) && error.contains( "BU00010002" ) && error.contains( "Point" ), qPrintable( error ) );
  QVERIFY( !QFileInfo::exists( destination ) );
}

void TestPrepareer::inputsAreOpenedReadOnly()
{
  // Issue #16: reading an input must never change its bytes (a GeoPackage opened for writing is
  // switched to WAL). From QGIS 3.28 the inputs are opened without write access at all.
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  QTemporaryDir dir;
  const QString first = dir.filePath( "invoer.gpkg" );
  QVERIFY( !run( { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { data + "kwb_2023.csv" } }, { "FIELDS", "a_inw" }, { "OUTPUT", first } } ).isEmpty() );
  const QByteArray before = checksum( first );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QString error;
  const QVariantMap results = runAlgorithm( QStringLiteral( "veerkracht:prepareer" ),
                                            { { "INPUT", first }, { "TABLES", QVariantList { first } }, { "FIELDS", "a_inw" }, { "TABLE_SUFFIXES", "_2" } }, context, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( checksum( first ), before );
  if ( !vkcompat::CanForceReadOnly )
    QSKIP( "QGIS before 3.28 cannot open a layer read-only; the bytes are compared above" );
  int readOnly = 0;
  for ( QgsMapLayer *layer : context.temporaryLayerStore()->mapLayers() )
  {
    auto *vector = qobject_cast<QgsVectorLayer *>( layer );
    if ( vector && vector->source().startsWith( first ) )
    {
      QVERIFY2( vector->readOnly(), qPrintable( vector->source() ) );
      ++readOnly;
    }
  }
  QCOMPARE( readOnly, 1 ); // one layer for INPUT and TABLES, opened once
}

void TestPrepareer::qgisDefaultSettings()
{
  // Issue #21: the desktop's default "invalid features filtering" is to stop; the CBS buurten have
  // an invalid polygon (BU03440114), which the algorithms repair or tolerate. And a call without
  // TARGET_CRS (processing.run with only what is needed) takes the default.
  const QString data = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  context.setInvalidGeometryCheck( vkcompat::GeometryAbortOnInvalid );
  QTemporaryDir dir;
  const QString prepared = dir.filePath( "voorbereid.gpkg" );
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:prepareer" ) ) );
  const QVariantMap parameters { { "INPUT", data + "buurten_2019.geojson" }, { "TABLES", QVariantList { data + "kwb_2023.csv" } }, { "FIELDS", "a_inw,p_wcorpw" }, { "OUTPUT", prepared } };
  QString message;
  QVERIFY2( alg->checkParameterValues( parameters, context, &message ), qPrintable( message ) );
  QgsProcessingFeedback feedback;
  bool ok = false;
  QVariantMap results;
  try
  {
    results = alg->run( parameters, context, &feedback, &ok, QVariantMap(), false );
  }
  catch ( QgsProcessingException &e )
  {
    QFAIL( qPrintable( e.what() ) );
  }
  QVERIFY( ok );
  QCOMPARE( results.value( "REPAIRED_GEOMETRIES" ).toInt(), 1 );
  QgsVectorLayer out( prepared, QStringLiteral( "uit" ), QStringLiteral( "ogr" ) );
  QCOMPARE( out.crs().authid(), QStringLiteral( "EPSG:28992" ) );
  QCOMPARE( out.featureCount(), 111LL );

  // Harmonising onto the raw buurten (with their invalid polygon), under the same setting.
  QString error;
  const QVariantMap moved = runAlgorithm( QStringLiteral( "veerkracht:harmoniseer" ), { { "INPUT", prepared }, { "TARGET", data + "buurten_2019.geojson" },
                                          { "EXTENSIVE_FIELDS", QStringList { "a_inw" } } }, context, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( moved.value( "REPAIRED_TARGETS" ).toInt(), 1 );
  // A wrong CRS given is still an error.
  QVariantMap wrong = parameters;
  wrong.insert( "TARGET_CRS", "EPSG:nonsense" );
  wrong.insert( "OUTPUT", dir.filePath( "fout.gpkg" ) );
  runAlgorithm( QStringLiteral( "veerkracht:prepareer" ), wrong, context, &error );
  QVERIFY2( error.contains( "TARGET_CRS" ), qPrintable( error ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestPrepareer )
#include "test_prepareer.moc"
