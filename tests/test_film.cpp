// SPDX-License-Identifier: GPL-2.0-or-later
// veerkracht:tijdreeks (the film) as a user runs it: field patterns and per-moment lists on a tiny
// layer computed by hand, one area per trajectory class, an indicator missing at the middle
// moment, bad parameters, the long layer playing in QGIS's Temporal Controller, and the Utrecht
// sample against an independent pandas computation (tests/data/make_utrecht_tijdreeks_expected.py).

#include "algorithmrun.h"
#include "model/kaarten.h"
#include "qgistestmain.h"
#include "support/filmtijd.h"
#include "support/kaartstijlen.h"

#include <qgsproject.h>
#include <qgstemporalutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayertemporalproperties.h>

#include <QImageReader>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString sData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );

QString square( int x )
{
  return QStringLiteral( "Polygon((%1 0, %2 0, %2 100, %1 100, %1 0))" ).arg( x ).arg( x + 100 );
}

QVariant v( double x )
{
  return QVariant( x );
}

const QVariant leeg; // NULL

} // namespace

class TestFilm : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void everyTrajectoryByHand_data();
    void everyTrajectoryByHand();
    void longLayerPlaysInTheTemporalController();
    void badParameters_data();
    void badParameters();
    void utrechtAgainstIndependentComputation();
    void sheetAndAnimation();
    void profileChartsTheFilm();

  private:
    std::unique_ptr<QgsProcessingContext> mContext;
    QgsVectorLayer *tinyLayer();
    QVariantMap tinyParameters( const QString &folder ) const;
    //! The Utrecht film (prepareer, then tijdreeks) in \a dir, as the demo makes it.
    QVariantMap utrechtFilm( const QTemporaryDir &dir );
    QVariantMap run( QVariantMap parameters, QString *error = nullptr, QgsProcessingFeedback *feedback = nullptr );
    static QMap<QString, QgsFeature> byCode( QgsVectorLayer &layer, const QString &codeField = QStringLiteral( "code" ) );
    QgsVectorLayer *tiny = nullptr;
};

void TestFilm::init()
{
  mContext = std::make_unique<QgsProcessingContext>();
  tiny = tinyLayer();
}

void TestFilm::cleanup()
{
  mContext.reset();
}

/*
 * Eight areas, moments 2020, 2022, 2024, STANDARDISATION none and DEAD_BAND 0 (a rise is Δ > 0):
 * K is k_<jaar>; O is o_<jaar> and q_<jaar>, where q has no 2022 field, so O at 2022 is o alone
 * and every change of O compares o alone (like for like). Signals per period (ΔK, ΔO):
 *   A ++ ++ steeds onder druk       B -- ++ nieuw onder druk     C ++ -- herstellend
 *   D +- +- steeds veerkrachtig      E -+ -+ steeds meer overlast F -- -- stabiel
 *   G +- 0+ wisselend                H k_2022 missing: onvoldoende gegevens
 */
QgsVectorLayer *TestFilm::tinyLayer()
{
  auto *l = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&field=naam:string"
                                "&field=k_2020:double&field=k_2022:double&field=k_2024:double"
                                "&field=o_2020:double&field=o_2022:double&field=o_2024:double&field=q_2020:double&field=q_2024:double" ),
                                QStringLiteral( "film" ), QStringLiteral( "memory" ) );
  const QList<QVariantList> rows {
    { "A", "Aa", v( 0 ), v( 1 ), v( 2 ), v( 0 ), v( 1 ), v( 2 ) },
    { "B", "Bb", v( 1 ), v( 0 ), v( 1 ), v( 1 ), v( 0 ), v( 1 ) },
    { "C", "Cc", v( 0 ), v( 1 ), v( 0 ), v( 0 ), v( 1 ), v( 0 ) },
    { "D", "Dd", v( 0 ), v( 1 ), v( 2 ), v( 2 ), v( 1 ), v( 0 ) },
    { "E", "Ee", v( 2 ), v( 1 ), v( 0 ), v( 0 ), v( 1 ), v( 2 ) },
    { "F", "Ff", v( 2 ), v( 1 ), v( 0 ), v( 2 ), v( 1 ), v( 0 ) },
    { "G", "Gg", v( 0 ), v( 1 ), v( 1 ), v( 1 ), v( 0 ), v( 1 ) },
    { "H", "Hh", v( 0 ), leeg, v( 2 ), v( 0 ), v( 1 ), v( 2 ) },
  };
  QgsFeatureList list;
  for ( int i = 0; i < rows.size(); ++i )
  {
    QVariantList row = rows.at( i );
    row << v( row.at( 5 ).toDouble() + 10 ) << v( row.at( 7 ).toDouble() + 10 ); // q = o + 10 where measured
    QgsFeature f( l->fields() );
    f.setAttributes( QgsAttributes( row.toVector() ) );
    f.setGeometry( QgsGeometry::fromWkt( square( i * 100 ) ) );
    list << f;
  }
  l->dataProvider()->addFeatures( list );
  mContext->temporaryLayerStore()->addMapLayer( l );
  return l;
}

QVariantMap TestFilm::tinyParameters( const QString &folder ) const
{
  return { { "INPUT", tiny->id() }, { "K_MOMENTS", "2020, 2022, 2024" }, { "K_FIELDS", "k_{jaar}" }, { "O_MOMENTS", "2020,2022,2024" },
    { "O_FIELDS", "o_{jaar}, q_{jaar}" }, { "O_DIRECTIONS", "1,1" }, { "PERIODS", "2020-2022; 2022–2024" }, { "STANDARDISATION", 3 },
    { "DEAD_BAND", 0.0 }, { "OUTPUT", folder + "/film.gpkg" }, { "OUTPUT_LONG", folder + "/film_lang.gpkg" } };
}

QVariantMap TestFilm::run( QVariantMap parameters, QString *error, QgsProcessingFeedback *feedback )
{
  return runAlgorithm( QStringLiteral( "veerkracht:tijdreeks" ), parameters, *mContext, error, feedback );
}

QMap<QString, QgsFeature> TestFilm::byCode( QgsVectorLayer &layer, const QString &codeField )
{
  QMap<QString, QgsFeature> features;
  QgsFeature f;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( f ) )
    features.insert( f.attribute( codeField ).toString(), f );
  return features;
}

void TestFilm::everyTrajectoryByHand_data()
{
  QTest::addColumn<QString>( "kFields" );
  QTest::newRow( "pattern" ) << "k_{jaar}";
  QTest::newRow( "one list per moment" ) << "k_2020; k_2022; k_2024";
}

void TestFilm::everyTrajectoryByHand()
{
  QFETCH( QString, kFields );
  QTemporaryDir dir;
  QVariantMap parameters = tinyParameters( dir.path() );
  parameters.insert( "K_FIELDS", kFields );
  QgsProcessingFeedback feedback;
  QString error;
  const QVariantMap results = run( parameters, &error, &feedback );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( results.value( "PERIODS_COUNT" ).toInt(), 2 );
  // The log names what each period paired: O's change 2020 → 2022 is o's alone.
  QVERIFY2( feedback.textLog().contains( "Period 2020–2022: K 2020 → 2022" ), qPrintable( feedback.textLog() ) );
  QVERIFY2( feedback.textLog().contains( "O 2020 → 2022 (o_{jaar})" ), qPrintable( feedback.textLog() ) );

  QgsVectorLayer wide( results.value( "OUTPUT" ).toString(), "wide", "ogr" );
  QVERIFY( wide.isValid() );
  const QMap<QString, QgsFeature> areas = byCode( wide );
  QCOMPARE( areas.size(), 8 );
  QVERIFY( wide.fields().lookupField( "naam" ) >= 0 ); // the input's fields are kept
  const QMap<QString, QList<int>> expected { // sign 2020–2022, sign 2022–2024, trajectory
    { "A", { 1, 1, 1 } }, { "B", { 4, 1, 3 } }, { "C", { 1, 4, 4 } }, { "D", { 2, 2, 6 } },
    { "E", { 3, 3, 5 } }, { "F", { 4, 4, 7 } }, { "G", { 2, 3, 8 } }, { "H", { 0, 0, 0 } } };
  const auto &trajectLabels = veerkracht::labels( veerkracht::Kaart::Traject );
  const auto &signaalLabels = veerkracht::labels( veerkracht::Kaart::SignaleringAbsoluut );
  for ( auto it = expected.cbegin(); it != expected.cend(); ++it )
  {
    const QgsFeature f = areas.value( it.key() );
    QCOMPARE( f.attribute( "sign_2020_2022_klasse" ).toInt(), it.value().at( 0 ) );
    QCOMPARE( f.attribute( "sign_2022_2024_klasse" ).toInt(), it.value().at( 1 ) );
    QCOMPARE( f.attribute( "traject_klasse" ).toInt(), it.value().at( 2 ) );
    QCOMPARE( f.attribute( "traject_label" ).toString(), QString::fromStdString( trajectLabels.at( static_cast<std::size_t>( it.value().at( 2 ) ) ) ) );
    QCOMPARE( f.attribute( "sign_2022_2024_label" ).toString(), QString::fromStdString( signaalLabels.at( static_cast<std::size_t>( it.value().at( 1 ) ) ) ) );
  }
  const QgsFeature a = areas.value( "A" );
  // Levels: O is the mean of o and q where both were measured, o alone at 2022.
  QCOMPARE( a.attribute( "k_2022" ).toDouble(), 1.0 );
  QCOMPARE( a.attribute( "o_2020" ).toDouble(), 5.0 );
  QCOMPARE( a.attribute( "o_2022" ).toDouble(), 1.0 );
  QCOMPARE( a.attribute( "o_2024" ).toDouble(), 7.0 );
  // Like for like: ΔO 2020–2022 is o's change (+1), not the levels' (1 − 5); 2022–2024 also o alone.
  QCOMPARE( a.attribute( "do_2020_2022" ).toDouble(), 1.0 );
  QCOMPARE( a.attribute( "do_2022_2024" ).toDouble(), 1.0 );
  QCOMPARE( a.attribute( "dk_2022_2024" ).toDouble(), 1.0 );
  // Trends per year, each indicator's own slope: K 0, 1, 2 → 0.5; O: o 0, 1, 2 → 0.5 and q 10, 12 → 0.5
  // (the levels' 5, 1, 7 mix o alone at 2022 with o and q: not the trend).
  QVERIFY( std::fabs( a.attribute( "trend_k" ).toDouble() - 0.5 ) < 1e-12 );
  QVERIFY( std::fabs( a.attribute( "trend_o" ).toDouble() - 0.5 ) < 1e-12 );
  // G: K 0, 1, 1 → 0.25; O: o 1, 0, 1 → 0 and q 11, 11 → 0.
  QVERIFY( std::fabs( areas.value( "G" ).attribute( "trend_k" ).toDouble() - 0.25 ) < 1e-12 );
  QVERIFY( std::fabs( areas.value( "G" ).attribute( "trend_o" ).toDouble() ) < 1e-12 );
  // H: no K at 2022, so neither period has a ΔK.
  QVERIFY( areas.value( "H" ).attribute( "dk_2020_2022" ).isNull() );
  QVERIFY( areas.value( "H" ).attribute( "dk_2022_2024" ).isNull() );
}

void TestFilm::longLayerPlaysInTheTemporalController()
{
  QTemporaryDir dir;
  QString error;
  const QVariantMap results = run( tinyParameters( dir.path() ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );

  // Opened as a user opens the file, and as the desktop plugin treats every layer added: QGIS
  // resets a file's temporal properties after reading its default style, herstelFilmTijd applies
  // the stored ones (and leaves a layer without the film's fields alone).
  auto *film = new QgsVectorLayer( results.value( "OUTPUT_LONG" ).toString(), "film", "ogr" );
  QVERIFY( film->isValid() );
  const bool activeOnOpening = film->temporalProperties()->isActive();
  QCOMPARE( veerkracht::herstelFilmTijd( *film ), !activeOnOpening );
  QgsVectorLayer wide( results.value( "OUTPUT" ).toString(), "wide", "ogr" );
  QVERIFY( !veerkracht::herstelFilmTijd( wide ) );
  QVERIFY( !wide.temporalProperties()->isActive() );
  QCOMPARE( film->featureCount(), 16LL );
  QgsProject project;
  project.addMapLayer( film );
  auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( film->temporalProperties() );
  QVERIFY( temporal );
  QVERIFY( temporal->isActive() );
  QCOMPARE( temporal->mode(), Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields );
  QCOMPARE( temporal->startField(), QStringLiteral( "datum" ) );
  QCOMPARE( temporal->endField(), QStringLiteral( "datum_tot" ) );
  // 2020–2022 shows from 1 January 2022 until the next period's end; the last for a year.
  const QgsDateTimeRange range = QgsTemporalUtils::calculateTemporalRangeForProject( &project );
  QCOMPARE( range.begin().date(), QDate( 2022, 1, 1 ) );
  QCOMPARE( range.end().date(), QDate( 2025, 1, 1 ) );

  // One frame shows one period: every area once.
  QgsVectorLayerTemporalContext context;
  context.setLayer( film );
  for ( const auto &[day, periode] : { std::pair { QDate( 2022, 6, 1 ), QStringLiteral( "2020–2022" ) }, std::pair { QDate( 2023, 12, 31 ), QStringLiteral( "2020–2022" ) },
        std::pair { QDate( 2024, 1, 1 ), QStringLiteral( "2022–2024" ) }, std::pair { QDate( 2024, 12, 31 ), QStringLiteral( "2022–2024" ) } } )
  {
    const QgsDateTimeRange frame( QDateTime( day, QTime( 0, 0 ) ), QDateTime( day, QTime( 23, 59 ) ) );
    QgsFeatureRequest request;
    request.setFilterExpression( temporal->createFilterString( context, frame ) );
    QSet<QString> codes;
    QgsFeature f;
    QgsFeatureIterator it = film->getFeatures( request );
    while ( it.nextFeature( f ) )
    {
      QCOMPARE( f.attribute( "periode" ).toString(), periode );
      codes << f.attribute( "code" ).toString();
    }
    QVERIFY2( codes.size() == 8, qPrintable( request.filterExpression()->expression() ) );
  }

  // The long layer keeps code and name and carries map 7's class and label per period.
  const QgsFeature b = byCode( *film ).value( "B" ); // the last period per code
  QCOMPARE( b.attribute( "naam" ).toString(), QStringLiteral( "Bb" ) );
  QCOMPARE( b.attribute( "jaar_eind" ).toInt(), 2024 );
  QCOMPARE( b.attribute( "sign_abs_klasse" ).toInt(), 1 );
  QCOMPARE( b.attribute( "sign_abs_label" ).toString(), QStringLiteral( "veerkracht onder druk" ) );
  QCOMPARE( b.attribute( "traject_label" ).toString(), QStringLiteral( "nieuw onder druk" ) );
  QCOMPARE( b.attribute( "k_van" ).toInt(), 2022 );
  QCOMPARE( b.attribute( "o_tot" ).toInt(), 2024 );
}

void TestFilm::badParameters_data()
{
  QTest::addColumn<QString>( "parameter" );
  QTest::addColumn<QString>( "value" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "pattern without year" ) << "K_FIELDS" << "k" << "K_FIELDS: 'k' has no {jaar}";
  QTest::newRow( "lists for too few moments" ) << "K_FIELDS" << "k_2020; k_2022" << "K_FIELDS gives 2 lists for 3 moments";
  QTest::newRow( "unknown field in a list" ) << "K_FIELDS" << "k_2020; k_2022; kk_2024" << "K_FIELDS: INPUT has no field 'kk_2024'";
  QTest::newRow( "a moment that is no year" ) << "K_MOMENTS" << "2020, twintig" << "K_MOMENTS: 'twintig' is not a year";
  QTest::newRow( "a moment twice" ) << "O_MOMENTS" << "2020, 2022, 2020" << "O_MOMENTS: '2020' is not a year or given twice";
  QTest::newRow( "backward period" ) << "PERIODS" << "2022-2020" << "PERIODS";
  QTest::newRow( "no periods" ) << "PERIODS" << "" << "PERIODS";
  QTest::newRow( "direction" ) << "O_DIRECTIONS" << "1,2" << "O_DIRECTIONS";
  QTest::newRow( "a pattern that names no field" ) << "O_FIELDS" << "o_{jaar}, x_{jaar}" << "O_FIELDS";
  QTest::newRow( "a rate at some moments only" ) << "K_DENOMINATORS" << "q_2020; ; q_2024" << "K_DENOMINATORS: indicator 'k_{jaar}' has a denominator at some of its moments only";
  QTest::newRow( "no period with a signal" ) << "PERIODS" << "2014-2016" << "PERIODS: no period has a signal";
  QTest::newRow( "a weight out of range" ) << "O_WEIGHTS" << "1, 0.0001" << "O_WEIGHTS";
}

void TestFilm::badParameters()
{
  QFETCH( QString, parameter );
  QFETCH( QString, value );
  QFETCH( QString, message );
  QTemporaryDir dir;
  QVariantMap parameters = tinyParameters( dir.path() );
  parameters.insert( parameter, value );
  QString error;
  const QVariantMap results = run( parameters, &error );
  QVERIFY( results.isEmpty() );
  QVERIFY2( error.contains( message ), qPrintable( error ) );
  // Nothing half-written: neither output exists.
  QVERIFY( !QFileInfo::exists( dir.filePath( "film.gpkg" ) ) );
  QVERIFY( !QFileInfo::exists( dir.filePath( "film_lang.gpkg" ) ) );
}

QVariantMap TestFilm::utrechtFilm( const QTemporaryDir &dir )
{
  const QString prepared = dir.filePath( "voorbereid.gpkg" );
  QString error;
  runAlgorithm( "veerkracht:prepareer", { { "INPUT", sData + "buurten_2019.geojson" },
    { "TABLES", QVariantList { sData + "kwb_2021_subset_en.csv", sData + "kwb_2023.csv", sData + "kwb_2024.csv", sData + "leefbaarometer_buurten_2002_2024.csv",
        sData + "misdrijven_2021_2025.csv" } },
    { "TABLE_SUFFIXES", "_2021,_2023,_2024" }, { "OUTPUT", prepared } }, *mContext, &error );
  if ( !error.isEmpty() )
    qWarning() << error;
  // As tests/data/make_utrecht_tijdreeks_expected.py: KWB 2024 has no bijstand, so K 2023 → 2024 is one-person households alone.
  const QVariantMap results = run( { { "INPUT", prepared }, { "K_MOMENTS", "2021,2023,2024" },
    { "K_FIELDS", "n_pp_w_assitance_2021,Number.of.1.person.household_2021; a_soz_wb_2023,a_1p_hh_2023; ,a_1p_hh_2024" },
    { "K_DENOMINATORS", "Number.of.inhabitants_2021,Number.of.households_2021; a_inw_2023,a_hh_2023; a_inw_2024,a_hh_2024" },
    { "O_MOMENTS", "2014,2018,2020,2021,2022,2023,2024,2025" }, { "O_FIELDS", "onv_{jaar},misdrijven_{jaar}" }, { "O_DIRECTIONS", "-1,1" },
    { "O_DENOMINATORS", ",inwoners" }, { "PERIODS", "2014-2018; 2018-2020; 2020-2022 K 2021-2023; 2022-2024" }, { "INHABITANTS_FIELD", "a_inw_2023" },
    { "OUTPUT", dir.filePath( "film.gpkg" ) }, { "OUTPUT_LONG", dir.filePath( "film_lang.gpkg" ) } }, &error );
  if ( !error.isEmpty() )
    qWarning() << error;
  return results;
}

void TestFilm::utrechtAgainstIndependentComputation()
{
  QTemporaryDir dir;
  const QVariantMap results = utrechtFilm( dir );
  QVERIFY( !results.isEmpty() );
  QgsVectorLayer wide( results.value( "OUTPUT" ).toString(), "wide", "ogr" );
  const QMap<QString, QgsFeature> got = byCode( wide, QStringLiteral( "statcode" ) );
  QCOMPARE( got.size(), 111 );

  QgsVectorLayer expected( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/utrecht_tijdreeks_expected.csv" ), "expected", "ogr" );
  QVERIFY( expected.isValid() );
  QStringList numbers, classes;
  for ( const QgsField &field : expected.fields() )
  {
    if ( field.name() == QLatin1String( "code" ) )
      continue;
    ( field.name().endsWith( QLatin1String( "_klasse" ) ) || field.name() == QLatin1String( "onvoldoende" ) ? classes : numbers ) << field.name();
  }
  QVERIFY( numbers.contains( "do_2022_2024" ) && classes.contains( "traject_klasse" ) );
  QMap<int, int> trajecten;
  QgsFeature e;
  QgsFeatureIterator it = expected.getFeatures();
  int rows = 0;
  while ( it.nextFeature( e ) )
  {
    ++rows;
    const QString code = e.attribute( "code" ).toString();
    QVERIFY2( got.contains( code ), qPrintable( code ) );
    const QgsFeature f = got.value( code );
    for ( const QString &field : numbers )
    {
      const QString want = e.attribute( field ).toString();
      const QVariant have = f.attribute( field );
      if ( want.isEmpty() )
      {
        QVERIFY2( have.isNull(), qPrintable( code + ' ' + field + ' ' + have.toString() ) );
        continue;
      }
      QVERIFY2( !have.isNull() && std::fabs( have.toDouble() - want.toDouble() ) < 1e-9, qPrintable( code + ' ' + field + ": " + have.toString() + " vs " + want ) );
    }
    for ( const QString &field : classes )
      QVERIFY2( f.attribute( field ).toInt() == e.attribute( field ).toString().toInt(), qPrintable( code + ' ' + field ) );
    ++trajecten[f.attribute( "traject_klasse" ).toInt()];
  }
  QCOMPARE( rows, 111 );
  // The film is not one class: at least four trajectories occur in Utrecht.
  QVERIFY( trajecten.size() >= 4 );
}

void TestFilm::sheetAndAnimation()
{
  QTemporaryDir dir;
  const QVariantMap film = utrechtFilm( dir );
  QVERIFY( !film.isEmpty() );
  QgsProcessingFeedback feedback;
  QString error;
  const int width = 400;
  const QVariantMap results = runAlgorithm( "veerkracht:kaartenset", { { "INPUT", film.value( "OUTPUT_LONG" ) }, { "AREA_NAME", "Utrecht" }, { "DPI", 72 },
    { "FRAME_WIDTH", width }, { "FRAME_SECONDS", 0.8 }, { "OUTPUT_FOLDER", dir.filePath( "kaartenset" ) } }, *mContext, &error, &feedback );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  const QDir folder( dir.filePath( "kaartenset" ) );
  for ( const char *name : { "GM0344_film_07_signaleringskaart_absoluut.png", "GM0344_film_07_signaleringskaart_absoluut.pdf", "GM0344_film.gif" } )
    QVERIFY2( QFileInfo( folder.filePath( QString::fromLatin1( name ) ) ).size() > 1000, name );
  QVERIFY( !QFileInfo::exists( folder.filePath( "GM0344_12_traject.png" ) ) ); // the film draws map 7 only
  // The sheet: a landscape page.
  const QImage sheet( folder.filePath( "GM0344_film_07_signaleringskaart_absoluut.png" ) );
  QVERIFY( sheet.width() > sheet.height() );

  // The animation, read by Qt's own GIF decoder: one frame per period, each as wide as asked and as
  // high as the period band (1/9), the map at the areas' aspect and two lines (1/40 each).
  QgsVectorLayer perioden( film.value( "OUTPUT_LONG" ).toString(), "perioden", "ogr" );
  QgsRectangle extent;
  QgsFeature largest;
  QgsFeature f;
  QgsFeatureIterator it = perioden.getFeatures();
  while ( it.nextFeature( f ) )
  {
    extent.combineExtentWith( f.geometry().boundingBox() );
    if ( f.attribute( "periode" ).toString() == QStringLiteral( "2022–2024" ) && f.attribute( "sign_abs_klasse" ).toInt() > 0
         && ( !largest.isValid() || f.geometry().area() > largest.geometry().area() ) )
      largest = f;
  }
  extent.scale( 1.04 );
  const int band = width / 9, line = 10;
  const int mapHeight = static_cast<int>( std::lround( width * extent.height() / extent.width() ) );
  QImageReader reader( folder.filePath( "GM0344_film.gif" ) );
  QCOMPARE( reader.format(), QByteArray( "gif" ) );
  QList<QImage> frames;
  for ( QImage frame = reader.read(); !frame.isNull(); frame = reader.read() )
    frames << frame;
  QCOMPARE( frames.size(), 4 );
  for ( const QImage &frame : frames )
    QCOMPARE( frame.size(), QSize( width, band + mapHeight + 2 * line ) );
  QCOMPARE( reader.nextImageDelay(), 800 );
  // The largest buurt with a signal in the last period has its class's colour in the last frame.
  const QgsPointXY inside = largest.geometry().pointOnSurface().asPoint();
  const int x = static_cast<int>( ( inside.x() - extent.xMinimum() ) / extent.width() * width );
  const int y = band + static_cast<int>( ( extent.yMaximum() - inside.y() ) / extent.height() * mapHeight );
  const QColor expected = kaartStijl( "07_signaleringskaart_absoluut" )->colours.at( largest.attribute( "sign_abs_klasse" ).toInt() - 1 );
  const QColor drawn = frames.last().pixelColor( x, y );
  QVERIFY2( std::abs( drawn.red() - expected.red() ) + std::abs( drawn.green() - expected.green() ) + std::abs( drawn.blue() - expected.blue() ) < 24,
            qPrintable( QStringLiteral( "%1 at %2,%3: %4, expected %5" ).arg( largest.attribute( "statcode" ).toString() ).arg( x ).arg( y ).arg( drawn.name(), expected.name() ) ) );
  // 2014–2018 has no signal anywhere (no K before 2021): its frame differs from the last.
  QVERIFY( frames.first() != frames.last() );
  QVERIFY2( feedback.textLog().contains( "the film over 4 periods" ), qPrintable( feedback.textLog() ) );
}

void TestFilm::profileChartsTheFilm()
{
  QTemporaryDir dir;
  const QVariantMap film = utrechtFilm( dir );
  QVERIFY( !film.isEmpty() );
  QString error;
  const QVariantMap kaarten = runAlgorithm( "veerkracht:veerkrachtkaarten", { { "INPUT", dir.filePath( "voorbereid.gpkg" ) },
    { "K_T0", QStringList { "n_pp_w_assitance_2021", "Number.of.1.person.household_2021" } }, { "K_T1", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } },
    { "K_DENOMINATORS_T0", "Number.of.inhabitants_2021,Number.of.households_2021" }, { "K_DENOMINATORS_T1", "a_inw_2023,a_hh_2023" },
    { "O_T0", QStringList { "onv_2020" } }, { "O_T1", QStringList { "onv_2024" } }, { "INHABITANTS_FIELD", "a_inw_2023" },
    { "OUTPUT", dir.filePath( "kaarten.gpkg" ) } }, *mContext, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QgsProcessingFeedback feedback;
  runAlgorithm( "veerkracht:buurtprofiel", { { "INPUT", kaarten.value( "OUTPUT" ) }, { "AREAS", "BU03440731" }, { "FILM", film.value( "OUTPUT" ) },
    { "OUTPUT_FOLDER", dir.filePath( "profielen" ) } }, *mContext, &error, &feedback );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QVERIFY2( feedback.textLog().contains( "K and O over 3 and 8 moments on 1 of 1 profiles" ), qPrintable( feedback.textLog() ) );

  // The numbers behind the chart in the HTML: the buurt's K and O per moment and the median of Utrecht's
  // buurten, each computed here from the film layer (R type 7: the mean of the middle two for an even count).
  QFile html( dir.filePath( "profielen/BU03440731_buurtprofiel.html" ) );
  QVERIFY( html.open( QIODevice::ReadOnly ) );
  const QString page = QString::fromUtf8( html.readAll() );
  QgsVectorLayer wide( film.value( "OUTPUT" ).toString(), "wide", "ogr" );
  const QMap<QString, QgsFeature> areas = byCode( wide, QStringLiteral( "statcode" ) );
  const QLocale dutch( QLocale::Dutch );
  for ( const QString &field : { QStringLiteral( "k_2023" ), QStringLiteral( "o_2022" ), QStringLiteral( "o_2025" ) } )
  {
    std::vector<double> values;
    for ( const QgsFeature &f : areas )
      if ( !f.attribute( field ).isNull() )
        values.push_back( f.attribute( field ).toDouble() );
    std::sort( values.begin(), values.end() );
    const double median = values.size() % 2 ? values[values.size() / 2] : ( values[values.size() / 2 - 1] + values[values.size() / 2] ) / 2;
    const QString buurt = QStringLiteral( "<td class=\"n\">%1</td>" ).arg( dutch.toString( areas.value( "BU03440731" ).attribute( field ).toDouble(), 'f', 2 ) );
    const QString gemeente = QStringLiteral( "<td class=\"n\">%1</td>" ).arg( dutch.toString( median, 'f', 2 ) );
    // In its index's table: the buurt's row, then the gemeente's, before the next table.
    const int table = page.indexOf( field.startsWith( 'k' ) ? QStringLiteral( "K (kwetsbare bewoners)" ) : QStringLiteral( "O (overlast en onveiligheid)" ) );
    const int buurtRow = page.indexOf( QStringLiteral( "<td>Buurt</td>" ), table );
    const int gemeenteRow = page.indexOf( QStringLiteral( "<td>Mediaan gemeente</td>" ), table );
    const int end = page.indexOf( QStringLiteral( "</table>" ), table );
    QVERIFY( table > 0 && buurtRow > table && gemeenteRow > buurtRow && end > gemeenteRow );
    const int atBuurt = page.indexOf( buurt, buurtRow );
    const int atGemeente = page.indexOf( gemeente, gemeenteRow );
    QVERIFY2( atBuurt > buurtRow && atBuurt < gemeenteRow, qPrintable( field + ' ' + buurt ) );
    QVERIFY2( atGemeente > gemeenteRow && atGemeente < end, qPrintable( field + " median " + gemeente ) );
  }
  QVERIFY( page.contains( QStringLiteral( "K en O door de tijd" ) ) );
  QVERIFY( page.contains( QStringLiteral( "<th>2025</th>" ) ) );

  // A layer without the film's fields as FILM is refused by name.
  runAlgorithm( "veerkracht:buurtprofiel", { { "INPUT", kaarten.value( "OUTPUT" ) }, { "AREAS", "BU03440731" }, { "FILM", kaarten.value( "OUTPUT" ) },
    { "OUTPUT_FOLDER", dir.filePath( "profielen2" ) } }, *mContext, &error );
  QVERIFY2( error.contains( "FILM has no fields k_<year> and o_<year>" ), qPrintable( error ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestFilm )
#include "test_film.moc"
