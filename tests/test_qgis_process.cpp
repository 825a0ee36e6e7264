// SPDX-License-Identifier: GPL-2.0-or-later
// qgis_process as a user runs it: the plugin folder (the loader and the native library, as the
// ZIP holds it) in a fresh QGIS profile, enabled with `plugins enable`, then `list` and `run` on
// the Utrecht sample.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include "processrun.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestQgisProcess : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void enableAndList();
    void runOnUtrecht();

  private:
    ProcessRun qgisProcess( const QStringList &arguments );
    QString mQgisProcess;
    QTemporaryDir mProfile;
    QTemporaryDir mOut;
};

ProcessRun TestQgisProcess::qgisProcess( const QStringList &arguments )
{
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert( QStringLiteral( "QGIS_CUSTOM_CONFIG_PATH" ), mProfile.path() );
  env.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
  // A sanitized plugin in an uninstrumented host: the sanitizer runtimes must be loaded first.
  if ( !QStringLiteral( VEERKRACHT_SANITIZER_PRELOAD ).isEmpty() )
    env.insert( QStringLiteral( "LD_PRELOAD" ), QStringLiteral( VEERKRACHT_SANITIZER_PRELOAD ) );
  return runProcess( mQgisProcess, arguments, env, 300000 );
}

void TestQgisProcess::initTestCase()
{
  // Debian's /usr/bin/qgis_process wrapper passes a flag 3.22 rejects: call the binary itself.
  mQgisProcess = QStandardPaths::findExecutable( QStringLiteral( "qgis_process.bin" ) );
  if ( mQgisProcess.isEmpty() )
    mQgisProcess = QStandardPaths::findExecutable( QStringLiteral( "qgis_process" ) );
  if ( mQgisProcess.isEmpty() )
    QSKIP( "qgis_process (Debian package qgis) is not installed: the qgis_process integration is not tested" );
  QVERIFY( mProfile.isValid() && mOut.isValid() );
  // As the Plugin Manager's "Install from ZIP" does: the package unpacked into the profile's plugin folder.
  const QString plugins = QDir( mProfile.path() ).filePath( QStringLiteral( "profiles/default/python/plugins" ) );
  QVERIFY( QDir().mkpath( plugins ) );
  QProcess unzip;
  unzip.setWorkingDirectory( plugins );
  unzip.start( QStringLiteral( VEERKRACHT_CMAKE ), { QStringLiteral( "-E" ), QStringLiteral( "tar" ), QStringLiteral( "xf" ), QStringLiteral( VEERKRACHT_ZIP ) } );
  QVERIFY( unzip.waitForFinished( 60000 ) );
  QCOMPARE( unzip.exitCode(), 0 );
  for ( const char *file : { "__init__.py", "metadata.txt", "icon.svg", "libveerkrachtplugin.so", "data/utrecht/buurten_2019.geojson", "styles/07_signaleringskaart_absoluut.qml", "docs/handleiding.html", "docs/method.md", "docs/specification.md" } )
    QVERIFY2( QFile::exists( QDir( plugins ).filePath( QStringLiteral( "veerkracht/" ) + QString::fromLatin1( file ) ) ), file );
}

void TestQgisProcess::enableAndList()
{
  // Before it is enabled, qgis_process does not know the algorithms.
  ProcessRun before = qgisProcess( { QStringLiteral( "list" ) } );
  QCOMPARE( before.exitCode, 0 );
  QVERIFY( !before.out.contains( QLatin1String( "veerkracht:veerkrachtkaarten" ) ) );

  ProcessRun enable = qgisProcess( { QStringLiteral( "plugins" ), QStringLiteral( "enable" ), QStringLiteral( "veerkracht" ) } );
  QVERIFY2( enable.exitCode == 0, qPrintable( enable.out + enable.err ) );
  QVERIFY2( !enable.err.contains( QLatin1String( "Traceback" ) ), qPrintable( enable.err ) );

  ProcessRun list = qgisProcess( { QStringLiteral( "list" ) } );
  QCOMPARE( list.exitCode, 0 );
  for ( const char *id : { "veerkracht:prepareer", "veerkracht:veerkrachtkaarten", "veerkracht:kaartenset", "veerkracht:stijl" } )
    QVERIFY2( list.out.contains( QString::fromLatin1( id ) ), id );
  QVERIFY( list.out.contains( QLatin1String( "All resilience maps (one run)" ) ) );
}

void TestQgisProcess::runOnUtrecht()
{
  const QDir data( QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht" ) );
  const QString prepared = QDir( mOut.path() ).filePath( QStringLiteral( "utrecht voorbereid.gpkg" ) );
  const QString maps = QDir( mOut.path() ).filePath( QStringLiteral( "utrecht_veerkrachtkaarten.gpkg" ) );
  // qgis_process 3.22 wants a CRS parameter given even where it has a default.
  ProcessRun prepare = qgisProcess( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ),
                               QStringLiteral( "--INPUT=%1" ).arg( data.filePath( QStringLiteral( "buurten_2019.geojson" ) ) ),
                               QStringLiteral( "--TABLES=%1" ).arg( data.filePath( QStringLiteral( "kwb_2021_subset_en.csv" ) ) ),
                               QStringLiteral( "--TABLES=%1" ).arg( data.filePath( QStringLiteral( "kwb_2023.csv" ) ) ),
                               QStringLiteral( "--TABLES=%1" ).arg( data.filePath( QStringLiteral( "leefbaarometer_buurten_2002_2024.csv" ) ) ),
                               QStringLiteral( "--TABLE_SUFFIXES=_2021,_2023" ), QStringLiteral( "--TARGET_CRS=EPSG:28992" ),
                               QStringLiteral( "--OUTPUT=%1" ).arg( prepared ) } );
  QVERIFY2( prepare.exitCode == 0, qPrintable( prepare.out + prepare.err ) );
  QVERIFY( prepare.out.contains( QLatin1String( "AREA_COUNT:\t111" ) ) );

  ProcessRun run = qgisProcess( { QStringLiteral( "--json" ), QStringLiteral( "run" ), QStringLiteral( "veerkracht:veerkrachtkaarten" ),
                           QStringLiteral( "--INPUT=%1" ).arg( prepared ),
                           QStringLiteral( "--K_T0=n_pp_w_assitance_2021" ), QStringLiteral( "--K_T0=Number.of.1.person.household_2021" ),
                           QStringLiteral( "--K_T1=a_soz_wb_2023" ), QStringLiteral( "--K_T1=a_1p_hh_2023" ),
                           QStringLiteral( "--K_DENOMINATORS_T0=Number.of.inhabitants_2021,Number.of.households_2021" ),
                           QStringLiteral( "--K_DENOMINATORS_T1=a_inw_2023,a_hh_2023" ),
                           QStringLiteral( "--O_T0=onv_2020" ), QStringLiteral( "--O_T1=onv_2024" ),
                           QStringLiteral( "--INHABITANTS_FIELD=a_inw_2023" ), QStringLiteral( "--CORP_SHARE_FIELD=p_wcorpw_2023" ),
                           QStringLiteral( "--OUTPUT=%1" ).arg( maps ) } );
  QVERIFY2( run.exitCode == 0, qPrintable( run.out + run.err ) );
  // The JSON document is the last thing on stdout.
  const QJsonDocument json = QJsonDocument::fromJson( run.out.mid( run.out.indexOf( QLatin1Char( '{' ) ) ).toUtf8() );
  QVERIFY2( json.isObject(), qPrintable( run.out ) );
  const QJsonObject results = json.object().value( QStringLiteral( "results" ) ).toObject();
  // The same counts and fit as the demo and the statsmodels fixture (tests/data/make_utrecht_model_expected.py).
  QCOMPARE( results.value( QStringLiteral( "VEERKRACHT_ONDER_DRUK" ) ).toInt(), 5 );
  QCOMPARE( results.value( QStringLiteral( "VEERKRACHTIG" ) ).toInt(), 23 );
  QCOMPARE( results.value( QStringLiteral( "OVERLAST_NEEMT_TOE" ) ).toInt(), 27 );
  QCOMPARE( results.value( QStringLiteral( "STABIEL_OF_VERBETEREND" ) ).toInt(), 47 );
  QCOMPARE( results.value( QStringLiteral( "INSUFFICIENT" ) ).toInt(), 9 );
  QCOMPARE( results.value( QStringLiteral( "N" ) ).toInt(), 102 );
  QVERIFY( qAbs( results.value( QStringLiteral( "B" ) ).toDouble() - 0.8303 ) < 5e-5 );
  QCOMPARE( results.value( QStringLiteral( "OUTPUT" ) ).toString(), maps );
  QVERIFY( QFileInfo( maps ).size() > 0 );
}

QTEST_GUILESS_MAIN( TestQgisProcess )
#include "test_qgis_process.moc"
