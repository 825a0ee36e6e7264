// SPDX-License-Identifier: GPL-2.0-or-later
// The veerkracht command line as a user runs it: a separate process, with a bare environment.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "processrun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString sData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

  private slots:
    void listShowsTheAlgorithms();
    void listAsJson();
    void helpDescribesParameters();
    void helpKeepsTextAfterLessThan();
    void unknownAlgorithm();
    void unknownParameter();
    void missingParameter();
    void listWhereOneValueIsExpected();
    void fileThatDoesNotExist();
    void badEnumValue();
    void indicatorTableRowByRow();
    void runOnUtrechtAsJson();
    void algorithmFailureIsExitCodeOne();
    void nativeAlgorithmsRun();

  private:
    ProcessRun veerkracht( const QStringList &arguments );
};

ProcessRun TestCli::veerkracht( const QStringList &arguments )
{
  // What a user has: no display, no QGIS variables.
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for ( const char *name : { "QT_QPA_PLATFORM", "QGIS_PREFIX_PATH", "DISPLAY", "WAYLAND_DISPLAY" } )
    env.remove( QString::fromLatin1( name ) );
  return runProcess( QStringLiteral( VEERKRACHT_CLI ), arguments, env, 120000 );
}

void TestCli::listShowsTheAlgorithms()
{
  const ProcessRun r = veerkracht( { "list" } );
  QCOMPARE( r.exitCode, 0 );
  QVERIFY2( r.out.contains( "veerkracht:prepareer" ), qPrintable( r.out ) );
  QVERIFY( r.out.contains( "Prepare input data" ) );
  QVERIFY( r.out.contains( "native:buffer" ) );
  for ( const char *id : { "veerkracht:kwetsbaarheid", "veerkracht:overlast", "veerkracht:ontwikkeling", "veerkracht:signaleringskaart", "veerkracht:focuskaart",
                           "veerkracht:ervarenoverlast", "veerkracht:corporatiebezit", "veerkracht:veerkrachtscore", "veerkracht:veerkrachtkaarten" } )
    QVERIFY2( r.out.contains( id ), id );
}

void TestCli::listAsJson()
{
  const ProcessRun r = veerkracht( { "--json", "list" } );
  QCOMPARE( r.exitCode, 0 );
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson( r.out.toUtf8(), &error );
  QVERIFY2( error.error == QJsonParseError::NoError, qPrintable( error.errorString() ) );
  const QJsonObject provider = doc.object().value( "providers" ).toObject().value( "veerkracht" ).toObject();
  QCOMPARE( provider.value( "name" ).toString(), QStringLiteral( "Veerkracht" ) );
  QVERIFY( !provider.value( "version" ).toString().isEmpty() );
  QCOMPARE( provider.value( "algorithms" ).toObject().value( "veerkracht:prepareer" ).toObject().value( "name" ).toString(), QStringLiteral( "Prepare input data" ) );
}

// "p < ALPHA" in a help text is a comparison, not a tag: nothing after it may be lost (issue #16).
void TestCli::helpKeepsTextAfterLessThan()
{
  ProcessRun r = veerkracht( { "help", "veerkracht:clusters" } );
  QCOMPARE( r.exitCode, 0 );
  QVERIFY2( r.out.contains( QStringLiteral( "(p < ALPHA; with FDR" ) ), qPrintable( r.out ) );
  QVERIFY2( r.out.contains( QStringLiteral( "5 niet significant · 6 geen buren" ) ), qPrintable( r.out ) );
  r = veerkracht( { "help", "veerkracht:corporatiebezit" } );
  QVERIFY2( r.out.contains( QStringLiteral( "(INHABITANTS_FIELD < MIN_INWONERS)" ) ), qPrintable( r.out ) );
}

void TestCli::helpDescribesParameters()
{
  const ProcessRun r = veerkracht( { "help", "veerkracht:prepareer" } );
  QCOMPARE( r.exitCode, 0 );
  for ( const char *name : { "INPUT", "TABLES", "TABLE_CODE_FIELDS", "TABLE_SUFFIXES", "FIELDS", "YEAR_FIELD", "YEARS", "DECIMAL_SEPARATOR", "MISSING_VALUES", "TARGET_CRS", "OUTPUT" } )
    QVERIFY2( r.out.contains( QStringLiteral( "  %1: " ).arg( name ) ), name );
  const ProcessRun json = veerkracht( { "help", "veerkracht:prepareer", "--json" } );
  QCOMPARE( json.exitCode, 0 );
  const QJsonObject doc = QJsonDocument::fromJson( json.out.toUtf8() ).object();
  QCOMPARE( doc.value( "parameters" ).toObject().value( "YEAR_FIELD" ).toObject().value( "default" ).toString(), QStringLiteral( "jaar" ) );
}

void TestCli::unknownAlgorithm()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:bestaatniet" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "veerkracht:bestaatniet" ), qPrintable( r.err ) );
  QCOMPARE( veerkracht( { "frobnicate" } ).exitCode, 2 );
}

void TestCli::unknownParameter()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "INPUT=" + sData + "buurten_2019.geojson", "TABLES=" + sData + "kwb_2023.csv", "BOGUS=1" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "BOGUS" ) && r.err.contains( "expected one of" ), qPrintable( r.err ) );
  QCOMPARE( r.err.trimmed().count( '\n' ), 0 ); // one line

  // Lower case is an unknown key with a hint, not a missing INPUT (issue #16).
  const ProcessRun lower = veerkracht( { "run", "veerkracht:prepareer", "--", "input=" + sData + "buurten_2019.geojson", "TABLES=" + sData + "kwb_2023.csv" } );
  QCOMPARE( lower.exitCode, 2 );
  QVERIFY2( lower.err.contains( "unknown parameter 'input'" ) && lower.err.contains( "did you mean INPUT?" ), qPrintable( lower.err ) );
}

void TestCli::missingParameter()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "TABLES=" + sData + "kwb_2023.csv" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "missing parameter INPUT" ) && r.err.contains( "expected" ), qPrintable( r.err ) );
}

void TestCli::listWhereOneValueIsExpected()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "INPUT=" + sData + "buurten_2019.geojson", "INPUT=" + sData + "buurten_2019.geojson", "TABLES=" + sData + "kwb_2023.csv" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "INPUT was given 2 times" ), qPrintable( r.err ) );
}

void TestCli::fileThatDoesNotExist()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "INPUT=/geen/buurten.gpkg", "TABLES=" + sData + "kwb_2023.csv" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "INPUT" ) && r.err.contains( "/geen/buurten.gpkg" ), qPrintable( r.err ) );
}

void TestCli::badEnumValue()
{
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "INPUT=" + sData + "buurten_2019.geojson", "TABLES=" + sData + "kwb_2023.csv", "DECIMAL_SEPARATOR=7" } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "DECIMAL_SEPARATOR" ) && r.err.contains( "one of" ), qPrintable( r.err ) );
}

void TestCli::indicatorTableRowByRow()
{
  // One row per repeat of the key; a bad row is named with its row and cell, not as the whole value.
  const QString input = "INPUT=" + sData + "buurten_2019.geojson";
  ProcessRun r = veerkracht( { "run", "veerkracht:veerkrachtkaarten", "--", input, "K_INDICATORS=a,b,1,1,,", "K_INDICATORS=c,d,0,1,,", "O_INDICATORS=onv_2020,onv_2024,-1,1,," } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "parameter K_INDICATORS: row 2 (c): direction '0'; expected 1" ), qPrintable( r.err ) );
  r = veerkracht( { "run", "veerkracht:veerkrachtkaarten", "--", input, "K_INDICATORS=a,b,1,1,n,", "O_INDICATORS=onv_2020,onv_2024,-1,1,," } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( "row 1 (a) has a denominator at one moment only" ), qPrintable( r.err ) );
  // The help says how a row is written.
  r = veerkracht( { "help", "veerkracht:veerkrachtkaarten" } );
  QVERIFY2( r.out.contains( "K_INDICATORS" ) && r.out.contains( "field_t0,field_t1,direction,weight,denominator_t0,denominator_t1" ), qPrintable( r.out ) );
}

void TestCli::runOnUtrechtAsJson()
{
  QTemporaryDir dir;
  const QString gpkg = dir.filePath( "met spatie/utrecht.gpkg" );
  QDir().mkpath( dir.filePath( "met spatie" ) );
  const ProcessRun r = veerkracht( { "--json", "run", "veerkracht:prepareer", "--", "INPUT=" + sData + "buurten_2019.geojson",
                              "TABLES=" + sData + "kwb_2021_subset_en.csv", "TABLES=" + sData + "kwb_2023.csv", "TABLES=" + sData + "leefbaarometer_buurten_2002_2024.csv",
                              "TABLE_SUFFIXES=_2021,_2023", "OUTPUT=" + gpkg } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson( r.out.toUtf8(), &error );
  QVERIFY2( error.error == QJsonParseError::NoError, qPrintable( r.out ) );
  const QJsonObject results = doc.object().value( "results" ).toObject();
  QCOMPARE( results.value( "AREA_COUNT" ).toInt(), 111 );
  QCOMPARE( results.value( "REPAIRED_GEOMETRIES" ).toInt(), 1 );
  QCOMPARE( results.value( "OUTPUT" ).toString(), gpkg );
  QCOMPARE( doc.object().value( "inputs" ).toObject().value( "TABLES" ).toArray().size(), 3 );
  QVERIFY( !doc.object().value( "log" ).toArray().isEmpty() );
  QVERIFY( QFileInfo::exists( gpkg ) );
  // Progress and log go to stderr, as plain percentages when not on a terminal.
  QVERIFY2( r.err.contains( "\n100%" ), qPrintable( r.err ) );
}

void TestCli::algorithmFailureIsExitCodeOne()
{
  QTemporaryDir dir;
  QFile csv( dir.filePath( "dubbel.csv" ) );
  QVERIFY( csv.open( QIODevice::WriteOnly ) );
  csv.write( "bu_code,v\nBU03440114,1\nBU03440114,2\n" );
  csv.close();
  const ProcessRun r = veerkracht( { "run", "veerkracht:prepareer", "--", "INPUT=" + sData + "buurten_2019.geojson", "TABLES=" + csv.fileName(), "OUTPUT=" + dir.filePath( "uit.gpkg" ) } );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( "duplicate" ) && r.err.contains( "BU03440114" ), qPrintable( r.err ) );
}

void TestCli::nativeAlgorithmsRun()
{
  QTemporaryDir dir;
  const QString out = dir.filePath( "centroids.gpkg" );
  const ProcessRun r = veerkracht( { "run", "native:centroids", "--", "INPUT=" + sData + "buurten_2019.geojson", "OUTPUT=" + out } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  QVERIFY2( r.out.contains( "OUTPUT:\t" + out ), qPrintable( r.out ) );
  QVERIFY( QFileInfo::exists( out ) );
}

QTEST_GUILESS_MAIN( TestCli )
#include "test_cli.moc"
