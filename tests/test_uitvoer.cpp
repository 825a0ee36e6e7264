// SPDX-License-Identifier: GPL-2.0-or-later
// Outputs as a hostile or unlucky user meets them, through the veerkracht command (issue #16):
// an output spelled differently from its input, a full disk, SIGTERM during the write, two runs
// on one output. Every case is real: a tmpfs of 100 kB, a real signal, a second process.

#include "processrun.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <map>
#include <sys/stat.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

const QString sData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/" );

QByteArray checksum( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

QProcessEnvironment bareEnvironment()
{
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove( QStringLiteral( "QGIS_PREFIX_PATH" ) );
  return env;
}

} // namespace

class TestUitvoer : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void outputIsAnInput_data();
    void outputIsAnInput();
    void outputIsAFolder();
    void twoOutputsOneFile();
    void extensionAppendedAsQgisDoes();
    void fullDisk();
    void fullDiskStyleFile();
    void fullDiskFilmLeavesNeither();
    void sigtermKeepsTheEarlierOutput();
    void specialInputFilesAreRefused();
    void longFileNames();
    void shapefileThatWouldCutNames();
    void nameNotInTheSystemEncoding();
    void mapSetIsWholeOrNothing();

  private:
    ProcessRun veerkracht( const QStringList &arguments, const QString &workingFolder = QString() );
    QStringList filesIn( const QString &folder ) const;
    bool mountTmpfs( const QString &folder, const QString &size );

    QTemporaryDir mDir;
    QString mUtrecht;  //!< the Utrecht sample, prepared
    QString mNational; //!< all 13,594 buurten, prepared
    QStringList mMounts;
};

ProcessRun TestUitvoer::veerkracht( const QStringList &arguments, const QString &workingFolder )
{
  return runProcess( QStringLiteral( VEERKRACHT_CLI ), arguments, bareEnvironment(), 300000, workingFolder );
}

QStringList TestUitvoer::filesIn( const QString &folder ) const
{
  return QDir( folder ).entryList( QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name );
}

bool TestUitvoer::mountTmpfs( const QString &folder, const QString &size )
{
  QDir().mkpath( folder );
  const QByteArray options = QStringLiteral( "size=%1" ).arg( size ).toUtf8();
  if ( mount( "tmpfs", folder.toUtf8().constData(), "tmpfs", 0, options.constData() ) != 0 )
    return false;
  mMounts << folder;
  return true;
}

void TestUitvoer::initTestCase()
{
  QVERIFY( mDir.isValid() );
  mUtrecht = mDir.filePath( QStringLiteral( "utrecht.gpkg" ) );
  ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                               QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "utrecht/buurten_2019.geojson" ),
                               QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2023.csv" ), QStringLiteral( "OUTPUT=" ) + mUtrecht } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  mNational = mDir.filePath( QStringLiteral( "nederland.gpkg" ) );
  r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                    QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "nl/buurten_2019.topojson" ), QStringLiteral( "INPUT_CRS=EPSG:4326" ),
                    QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2023.csv" ), QStringLiteral( "OUTPUT=" ) + mNational } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
}

void TestUitvoer::cleanupTestCase()
{
  for ( const QString &folder : std::as_const( mMounts ) )
    umount( folder.toUtf8().constData() );
}

void TestUitvoer::outputIsAnInput_data()
{
  QTest::addColumn<QString>( "output" );
  QTest::newRow( "./" ) << QStringLiteral( "./vk.gpkg" );
  QTest::newRow( "absolute" ) << QStringLiteral( "ABS/vk.gpkg" );
  QTest::newRow( "../" ) << QStringLiteral( "sub/../vk.gpkg" );
  QTest::newRow( "no extension (QGIS appends .gpkg)" ) << QStringLiteral( "vk" );
  QTest::newRow( "symbolic link" ) << QStringLiteral( "link.gpkg" );
  QTest::newRow( "hard link" ) << QStringLiteral( "hard.gpkg" );
}

// The input GeoPackage, named another way as OUTPUT: refused before any work, the file untouched.
void TestUitvoer::outputIsAnInput()
{
  QFETCH( QString, output );
  const QString folder = mDir.filePath( QStringLiteral( "alias %1" ).arg( QString::number( qHash( output ) ) ) );
  QVERIFY( QDir().mkpath( folder + QStringLiteral( "/sub" ) ) );
  const QString input = folder + QStringLiteral( "/vk.gpkg" );
  QVERIFY( QFile::copy( mUtrecht, input ) );
  QVERIFY( QFile::link( input, folder + QStringLiteral( "/link.gpkg" ) ) );
  QCOMPARE( ::link( input.toUtf8().constData(), ( folder + QStringLiteral( "/hard.gpkg" ) ).toUtf8().constData() ), 0 );
  const QByteArray before = checksum( input );
  output.replace( QStringLiteral( "ABS" ), folder );

  const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ),
                                     QStringLiteral( "INPUT=vk.gpkg" ), QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=" ) + output },
                                   folder );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT:" ) ) && r.err.contains( QStringLiteral( "input INPUT" ) ), qPrintable( r.err ) );
  QCOMPARE( checksum( input ), before );
  QCOMPARE( filesIn( folder ), ( QStringList { QStringLiteral( "hard.gpkg" ), QStringLiteral( "link.gpkg" ), QStringLiteral( "vk.gpkg" ) } ) );
}

void TestUitvoer::outputIsAFolder()
{
  const QString folder = mDir.filePath( QStringLiteral( "map" ) );
  QVERIFY( QDir().mkpath( folder + QStringLiteral( "/uitvoer" ) ) );
  const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ),
                                     QStringLiteral( "INPUT=" ) + mUtrecht, QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=uitvoer" ) },
                                   folder );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT: 'uitvoer' is a folder" ) ), qPrintable( r.err ) );
  QVERIFY( filesIn( folder ).isEmpty() ); // no uitvoer.gpkg beside it
}

// GAL_OUTPUT and OUTPUT, a rule table and OUTPUT, a target and OUTPUT: never one file.
void TestUitvoer::twoOutputsOneFile()
{
  const QString folder = mDir.filePath( QStringLiteral( "twee" ) );
  QVERIFY( QDir().mkpath( folder ) );
  ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:clusters" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + mUtrecht,
                               QStringLiteral( "FIELD=a_inw" ), QStringLiteral( "OUTPUT=c.gpkg" ), QStringLiteral( "GAL_OUTPUT=./c.gpkg" ) },
                             folder );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "GAL_OUTPUT:" ) ) && r.err.contains( QStringLiteral( "also the file of OUTPUT" ) ), qPrintable( r.err ) );
  QVERIFY( filesIn( folder ).isEmpty() );

  const QString rules = folder + QStringLiteral( "/regels.csv" );
  QVERIFY( QFile::copy( QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/strategie/standaardregels.csv" ), rules ) );
  const QByteArray before = checksum( rules );
  r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:strategie" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + mUtrecht,
                    QStringLiteral( "RULES=regels.csv" ), QStringLiteral( "OUTPUT=" ) + rules },
                  folder );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "input RULES" ) ), qPrintable( r.err ) );
  QCOMPARE( checksum( rules ), before );

  const QString target = folder + QStringLiteral( "/doel.gpkg" );
  QVERIFY( QFile::copy( mUtrecht, target ) );
  const QByteArray targetBefore = checksum( target );
  r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:harmoniseer" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + mUtrecht,
                    QStringLiteral( "TARGET=doel.gpkg" ), QStringLiteral( "EXTENSIVE_FIELDS=a_inw" ), QStringLiteral( "OUTPUT=./doel.gpkg" ) },
                  folder );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "input TARGET" ) ), qPrintable( r.err ) );
  QCOMPARE( checksum( target ), targetBefore );
}

// Without an extension QGIS writes NAME.gpkg; the layer keeps NAME, as QGIS names it, although
// the file is written under a temporary name first; nothing else is left in the folder.
void TestUitvoer::extensionAppendedAsQgisDoes()
{
  const QString folder = mDir.filePath( QStringLiteral( "extensie" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ),
                                     QStringLiteral( "INPUT=" ) + mUtrecht, QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=kwetsbaar" ) },
                                   folder );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  QVERIFY2( r.out.contains( folder + QStringLiteral( "/kwetsbaar.gpkg" ) ), qPrintable( r.out ) );
  QCOMPARE( filesIn( folder ), QStringList { QStringLiteral( "kwetsbaar.gpkg" ) } );
  GDALAllRegister();
  GDALDatasetH ds = GDALOpenEx( ( folder + QStringLiteral( "/kwetsbaar.gpkg" ) ).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  QVERIFY( ds );
  QCOMPARE( GDALDatasetGetLayerCount( ds ), 1 );
  QCOMPARE( QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( ds, 0 ) ) ), QStringLiteral( "kwetsbaar" ) );
  QCOMPARE( OGR_L_GetFeatureCount( GDALDatasetGetLayer( ds, 0 ), TRUE ), 111LL );
  GDALClose( ds );
}

// A real full disk: a 100 kB tmpfs holding the previous output. The run fails naming OUTPUT, and
// the previous file is what remains, byte for byte, with nothing beside it.
void TestUitvoer::fullDisk()
{
  const QString volume = mDir.filePath( QStringLiteral( "vol" ) );
  if ( !mountTmpfs( volume, QStringLiteral( "100k" ) ) )
    QSKIP( "mounting a tmpfs needs root" );
  const QString output = volume + QStringLiteral( "/kaart.gpkg" );
  {
    QFile previous( output );
    QVERIFY( previous.open( QIODevice::WriteOnly ) );
    previous.write( "the previous good output" );
  }
  const QByteArray before = checksum( output );
  for ( const QString &algorithm : { QStringLiteral( "kwetsbaarheid" ), QStringLiteral( "prepareer" ) } )
  {
    QStringList arguments { QStringLiteral( "run" ), QStringLiteral( "veerkracht:" ) + algorithm, QStringLiteral( "--" ), QStringLiteral( "OUTPUT=" ) + output };
    if ( algorithm == QLatin1String( "kwetsbaarheid" ) )
      arguments << QStringLiteral( "INPUT=" ) + mUtrecht << QStringLiteral( "INDICATORS_T0=a_inw" );
    else
      arguments << QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "utrecht/buurten_2019.geojson" ) << QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2023.csv" );
    const ProcessRun r = veerkracht( arguments );
    QVERIFY2( r.exitCode == 1, qPrintable( algorithm + ": " + r.err ) );
    QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT" ) ), qPrintable( r.err ) );
    QCOMPARE( checksum( output ), before );
    QCOMPARE( filesIn( volume ), QStringList { QStringLiteral( "kaart.gpkg" ) } );
  }
}

// A style file on a full disk: the run fails and leaves no QML cut short.
void TestUitvoer::fullDiskStyleFile()
{
  const QString volume = mDir.filePath( QStringLiteral( "vol-qml" ) );
  if ( !mountTmpfs( volume, QStringLiteral( "16k" ) ) )
    QSKIP( "mounting a tmpfs needs root" );
  {
    QFile filler( volume + QStringLiteral( "/vol" ) );
    QVERIFY( filler.open( QIODevice::WriteOnly ) );
    filler.write( QByteArray( 12 * 1024, 'x' ) ); // leaves less than a style file needs
  }
  const QString folder = mDir.filePath( QStringLiteral( "qml-bron" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const QString layer = folder + QStringLiteral( "/sign.gpkg" );
  QVERIFY( QFile::copy( mUtrecht, layer ) );
  const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:stijl" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + layer,
                                     QStringLiteral( "MAP=7" ), QStringLiteral( "CLASS_FIELD=a_inw" ), QStringLiteral( "OUTPUT_STYLE=" ) + volume + QStringLiteral( "/stijl.qml" ) } );
  QVERIFY2( r.exitCode == 1, qPrintable( r.err ) );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT_STYLE" ) ), qPrintable( r.err ) );
  QCOMPARE( filesIn( volume ), QStringList { QStringLiteral( "vol" ) } );
}

// The film's two outputs, either of them on a full 1 MB tmpfs (the national buurten fill it
// part-way) and the other on a roomy disk: the run fails naming the output that did not fit and
// leaves neither, not one output without the other.
void TestUitvoer::fullDiskFilmLeavesNeither()
{
  for ( const QString &vol : { QStringLiteral( "OUTPUT" ), QStringLiteral( "OUTPUT_LONG" ) } )
  {
    const QString volume = mDir.filePath( QStringLiteral( "vol-film-%1" ).arg( vol ) );
    if ( !mountTmpfs( volume, QStringLiteral( "1m" ) ) )
      QSKIP( "mounting a tmpfs needs root" );
    const QString roomy = mDir.filePath( QStringLiteral( "film-%1" ).arg( vol ) );
    QVERIFY( QDir().mkpath( roomy ) );
    const bool wideFull = vol == QLatin1String( "OUTPUT" );
    const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:tijdreeks" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + mNational,
                                       QStringLiteral( "K_MOMENTS=2022,2023" ), QStringLiteral( "K_FIELDS=a_soz_wb; a_1p_hh" ),
                                       QStringLiteral( "O_MOMENTS=2022,2023" ), QStringLiteral( "O_FIELDS=a_hh; a_inw" ), QStringLiteral( "PERIODS=2022-2023" ),
                                       QStringLiteral( "OUTPUT=" ) + ( wideFull ? volume : roomy ) + QStringLiteral( "/film.gpkg" ),
                                       QStringLiteral( "OUTPUT_LONG=" ) + ( wideFull ? roomy : volume ) + QStringLiteral( "/film_lang.gpkg" ) } );
    QVERIFY2( r.exitCode == 1, qPrintable( vol + ": " + r.err ) );
    QVERIFY2( r.err.contains( vol ) && ( !wideFull || !r.err.contains( QStringLiteral( "OUTPUT_LONG" ) ) ), qPrintable( vol + ": " + r.err ) );
    QCOMPARE( filesIn( roomy ), QStringList() );
    QCOMPARE( filesIn( volume ), QStringList() );
  }
}

// A long run (Local Moran's I of all buurten, 99,999 permutations) over an earlier output: a
// second run on the same output fails at once, and SIGTERM cancels the first one, which leaves
// the earlier output as it was and nothing else.
void TestUitvoer::sigtermKeepsTheEarlierOutput()
{
  const QString folder = mDir.filePath( QStringLiteral( "term" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const QString output = folder + QStringLiteral( "/clusters.gpkg" );
  QVERIFY( QFile::copy( mUtrecht, output ) );
  const QByteArray before = checksum( output );

  QProcess first;
  first.setProcessEnvironment( bareEnvironment() );
  first.start( QStringLiteral( VEERKRACHT_CLI ), { QStringLiteral( "run" ), QStringLiteral( "veerkracht:clusters" ), QStringLiteral( "--" ),
                                                   QStringLiteral( "INPUT=" ) + mNational, QStringLiteral( "FIELD=fid" ),
                                                   QStringLiteral( "PERMUTATIONS=99999" ), QStringLiteral( "OUTPUT=" ) + output } );
  QVERIFY( first.waitForStarted() );
  // Wait until it works (its first percentage), so the lock is held and the sink is open.
  QElapsedTimer clock;
  clock.start();
  QByteArray progress;
  while ( !progress.contains( '%' ) && clock.elapsed() < 120000 && first.state() == QProcess::Running )
  {
    first.waitForReadyRead( 200 );
    progress += first.readAllStandardError();
  }
  QVERIFY2( first.state() == QProcess::Running, "the long run ended before it could be interrupted" );

  clock.restart();
  const ProcessRun second = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ),
                                          QStringLiteral( "INPUT=" ) + mUtrecht, QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=" ) + output } );
  QCOMPARE( second.exitCode, 1 );
  QVERIFY2( second.err.contains( QStringLiteral( "being written by another run" ) ), qPrintable( second.err ) );
  qInfo() << "the second writer stopped after" << clock.elapsed() << "ms";
  QVERIFY2( first.state() == QProcess::Running, "the long run ended before SIGTERM" );

  QCOMPARE( ::kill( static_cast<pid_t>( first.processId() ), SIGTERM ), 0 );
  QVERIFY( first.waitForFinished( 60000 ) );
  QCOMPARE( first.exitStatus(), QProcess::NormalExit );
  QCOMPARE( first.exitCode(), 1 ); // canceled, not killed
  QVERIFY( QString::fromUtf8( first.readAllStandardError() ).contains( QStringLiteral( "canceled" ) ) );
  QCOMPARE( checksum( output ), before );
  QCOMPARE( filesIn( folder ), QStringList { QStringLiteral( "clusters.gpkg" ) } );
}

void TestUitvoer::specialInputFilesAreRefused()
{
  // A named pipe as a table or as the areas: GDAL would wait for a writer for ever.
  const QString fifo = mDir.filePath( QStringLiteral( "pijp.csv" ) );
  QCOMPARE( mkfifo( fifo.toUtf8().constData(), 0600 ), 0 );
  QElapsedTimer clock;
  clock.start();
  ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                               QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "utrecht/buurten_2019.geojson" ), QStringLiteral( "TABLES=" ) + fifo,
                               QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "pijp.gpkg" ) ) } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( QStringLiteral( "TABLES" ) ) && r.err.contains( QStringLiteral( "named pipe" ) ), qPrintable( r.err ) );
  r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + fifo,
                    QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=" ) + mDir.filePath( QStringLiteral( "pijp.gpkg" ) ) } );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( QStringLiteral( "INPUT" ) ) && r.err.contains( QStringLiteral( "named pipe" ) ), qPrintable( r.err ) );
  QVERIFY( clock.elapsed() < 120000 );
  QVERIFY( !QFileInfo::exists( mDir.filePath( QStringLiteral( "pijp.gpkg" ) ) ) );
}

void TestUitvoer::longFileNames()
{
  const QString folder = mDir.filePath( QStringLiteral( "lang" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const auto run = [&]( int length ) {
    return veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kwetsbaarheid" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + mUtrecht,
                         QStringLiteral( "INDICATORS_T0=a_inw" ), QStringLiteral( "OUTPUT=" ) + folder + QLatin1Char( '/' ) + QString( length, QLatin1Char( 'k' ) ) + QStringLiteral( ".gpkg" ) } );
  };
  // Longer than any file system takes: the parameter is named, with the limit.
  ProcessRun r = run( 300 );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT" ) ) && r.err.contains( QStringLiteral( "305 bytes" ) ), qPrintable( r.err ) );
  // A name that fits, but whose SQLite journal would not.
  r = run( 245 );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT" ) ) && r.err.contains( QStringLiteral( "journal" ) ), qPrintable( r.err ) );
  QCOMPARE( filesIn( folder ), QStringList() );
  // Near the limit it is written (in place: the temporary name would not fit), and nothing else is left.
  r = run( 238 );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  QCOMPARE( filesIn( folder ), QStringList { QString( 238, QLatin1Char( 'k' ) ) + QStringLiteral( ".gpkg" ) } );
}

void TestUitvoer::shapefileThatWouldCutNames()
{
  const QString folder = mDir.filePath( QStringLiteral( "shape" ) );
  QVERIFY( QDir().mkpath( folder ) );
  // The KWB's English names ("Number.of.inhabitants") would become "Number.of." and "Number.o_1".
  const ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                                     QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "utrecht/buurten_2019.geojson" ),
                                     QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2021_subset_en.csv" ), QStringLiteral( "OUTPUT=" ) + folder + QStringLiteral( "/k.shp" ) } );
  QCOMPARE( r.exitCode, 1 );
  QVERIFY2( r.err.contains( QStringLiteral( "OUTPUT" ) ) && r.err.contains( QStringLiteral( "Shapefile" ) ) && r.err.contains( QStringLiteral( "Number.of.inhabitants" ) ), qPrintable( r.err ) );
  QCOMPARE( filesIn( folder ), QStringList() );
}

void TestUitvoer::nameNotInTheSystemEncoding()
{
  // "café" in Latin-1 under a UTF-8 locale: refused, not written as "caf\uFFFD.gpkg". Through the
  // shell, which passes the bytes as they are.
  const QString folder = mDir.filePath( QStringLiteral( "latin1" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const ProcessRun r = runProcess( QStringLiteral( "/bin/sh" ), { QStringLiteral( "-c" ), QStringLiteral( "exec \"$0\" run veerkracht:kwetsbaarheid -- INPUT=\"$1\" INDICATORS_T0=a_inw \"$(printf 'OUTPUT=%s/caf\\351.gpkg' \"$2\")\"" ),
                                                              QStringLiteral( VEERKRACHT_CLI ), mUtrecht, folder }, bareEnvironment(), 300000 );
  QCOMPARE( r.exitCode, 2 );
  QVERIFY2( r.err.contains( QStringLiteral( "caf%E9.gpkg" ) ) && r.err.contains( QStringLiteral( "UTF-8" ) ), qPrintable( r.err ) );
  QCOMPARE( filesIn( folder ), QStringList() );
}

void TestUitvoer::mapSetIsWholeOrNothing()
{
  // The sample's maps, as the demo makes them.
  const QString maps = mDir.filePath( QStringLiteral( "kaarten.gpkg" ) );
  const QString prepared = mDir.filePath( QStringLiteral( "demo.gpkg" ) );
  ProcessRun r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:prepareer" ), QStringLiteral( "--" ),
                               QStringLiteral( "INPUT=" ) + sData + QStringLiteral( "utrecht/buurten_2019.geojson" ),
                               QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2021_subset_en.csv" ),
                               QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/kwb_2023.csv" ),
                               QStringLiteral( "TABLES=" ) + sData + QStringLiteral( "utrecht/leefbaarometer_buurten_2002_2024.csv" ),
                               QStringLiteral( "TABLE_SUFFIXES=_2021,_2023" ), QStringLiteral( "OUTPUT=" ) + prepared } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  r = veerkracht( { QStringLiteral( "run" ), QStringLiteral( "veerkracht:veerkrachtkaarten" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + prepared,
                    QStringLiteral( "K_T0=n_pp_w_assitance_2021" ), QStringLiteral( "K_T0=Number.of.1.person.household_2021" ),
                    QStringLiteral( "K_T1=a_soz_wb_2023" ), QStringLiteral( "K_T1=a_1p_hh_2023" ),
                    QStringLiteral( "K_DENOMINATORS_T0=Number.of.inhabitants_2021,Number.of.households_2021" ),
                    QStringLiteral( "K_DENOMINATORS_T1=a_inw_2023,a_hh_2023" ), QStringLiteral( "O_T0=onv_2020" ), QStringLiteral( "O_T1=onv_2024" ),
                    QStringLiteral( "INHABITANTS_FIELD=a_inw_2023" ), QStringLiteral( "CORP_SHARE_FIELD=p_wcorpw_2023" ), QStringLiteral( "OUTPUT=" ) + maps } );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );

  const QString folder = mDir.filePath( QStringLiteral( "kaartenset" ) );
  const QStringList set { QStringLiteral( "run" ), QStringLiteral( "veerkracht:kaartenset" ), QStringLiteral( "--" ), QStringLiteral( "INPUT=" ) + maps,
                          QStringLiteral( "AREA_NAME=Utrecht" ), QStringLiteral( "DPI=200" ), QStringLiteral( "OUTPUT_FOLDER=" ) + folder };
  r = veerkracht( set );
  QVERIFY2( r.exitCode == 0, qPrintable( r.err ) );
  // The complete set: ten pages and the manifest, written last, that lists them.
  const QStringList complete = filesIn( folder );
  QCOMPARE( complete.size(), 11 );
  QVERIFY( complete.contains( QStringLiteral( "veerkracht-manifest.json" ) ) );
  QFile manifestFile( folder + QStringLiteral( "/veerkracht-manifest.json" ) );
  QVERIFY( manifestFile.open( QIODevice::ReadOnly ) );
  const QJsonArray listed = QJsonDocument::fromJson( manifestFile.readAll() ).object().value( QStringLiteral( "files" ) ).toArray();
  QCOMPARE( listed.size(), 10 );
  for ( const QJsonValue &entry : listed )
    QCOMPARE( QFileInfo( folder + QLatin1Char( '/' ) + entry.toObject().value( QStringLiteral( "name" ) ).toString() ).size(),
              static_cast<qint64>( entry.toObject().value( QStringLiteral( "bytes" ) ).toDouble() ) );
  std::map<QString, QByteArray> before;
  for ( const QString &name : complete )
    before[name] = checksum( folder + QLatin1Char( '/' ) + name );

  // Killed (SIGKILL) and stopped (SIGTERM) half-way: the earlier set is as it was.
  const auto interrupt = [&]( int signal ) {
    QProcess run;
    run.setProcessEnvironment( bareEnvironment() );
    run.start( QStringLiteral( VEERKRACHT_CLI ), set );
    if ( !run.waitForStarted() )
      return QString( "not started" );
    QByteArray progress;
    QElapsedTimer clock;
    clock.start();
    while ( !progress.contains( "\n2" ) && clock.elapsed() < 120000 && run.state() == QProcess::Running )
    {
      run.waitForReadyRead( 100 );
      progress += run.readAllStandardError();
    }
    if ( run.state() != QProcess::Running )
      return QString( "the run ended before it could be interrupted" );
    ::kill( static_cast<pid_t>( run.processId() ), signal );
    run.waitForFinished( 60000 );
    return signal == SIGTERM && run.exitCode() != 1 ? QString( "SIGTERM did not cancel" ) : QString();
  };
  for ( const int signal : { SIGKILL, SIGTERM } )
  {
    const QString problem = interrupt( signal );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
    QCOMPARE( filesIn( folder ), complete );
    for ( const QString &name : complete )
      QVERIFY2( checksum( folder + QLatin1Char( '/' ) + name ) == before[name], qPrintable( name ) );
  }
  // The canceled run removed its own staging folder and the one the killed run left.
  QCOMPARE( QDir( folder ).entryList( QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );

  // A first set stopped half-way leaves nothing that looks like a set.
  const QString fresh = mDir.filePath( QStringLiteral( "nieuw" ) );
  QStringList freshSet = set;
  freshSet.last() = QStringLiteral( "OUTPUT_FOLDER=" ) + fresh;
  QProcess run;
  run.setProcessEnvironment( bareEnvironment() );
  run.start( QStringLiteral( VEERKRACHT_CLI ), freshSet );
  QVERIFY( run.waitForStarted() );
  QByteArray progress;
  while ( !progress.contains( "\n2" ) && run.state() == QProcess::Running )
  {
    run.waitForReadyRead( 100 );
    progress += run.readAllStandardError();
  }
  QVERIFY2( run.state() == QProcess::Running, "the first set ended before it could be interrupted" );
  ::kill( static_cast<pid_t>( run.processId() ), SIGTERM );
  QVERIFY( run.waitForFinished( 60000 ) );
  QCOMPARE( QDir( fresh ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

QTEST_GUILESS_MAIN( TestUitvoer )
#include "test_uitvoer.moc"
