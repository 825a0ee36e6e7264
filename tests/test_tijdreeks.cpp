// SPDX-License-Identifier: GPL-2.0-or-later
// The film's rules (docs/method.md, Tijdreeks) on tiny hand-computed cases, without QgsApplication.

#include "model/kaarten.h"
#include "model/modelerror.h"
#include "model/tijdreeks.h"

#include <QtTest>

#include <cmath>

using namespace veerkracht;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

Column col( std::initializer_list<double> values )
{
  Column c;
  for ( double v : values )
    c.push_back( std::isnan( v ) ? std::nullopt : std::optional<double>( v ) );
  return c;
}

void near( const std::optional<double> &actual, double expected, double tolerance = 1e-12 )
{
  QVERIFY2( actual.has_value(), "no value" );
  QVERIFY2( std::fabs( *actual - expected ) <= tolerance, qPrintable( QStringLiteral( "%1 != %2" ).arg( *actual, 0, 'g', 17 ).arg( expected, 0, 'g', 17 ) ) );
}

void nearColumn( const Column &actual, std::initializer_list<double> expected )
{
  QCOMPARE( actual.size(), expected.size() );
  std::size_t i = 0;
  for ( double e : expected )
  {
    if ( std::isnan( e ) )
      QVERIFY( !actual[i].has_value() );
    else
      near( actual[i], e );
    ++i;
  }
}

// A: 1,2,3 at the first moment (mean 2, sd 1), then +1 and +3; B: 10,20,30 (mean 20, sd 10), not measured in the middle.
IndexReeks tweeIndicatoren()
{
  IndexReeks r;
  r.moments = { 2014, 2018, 2022 };
  r.indicators = { { 1, 1 }, { 1, 1 } };
  r.values = { { col( { 1, 2, 3 } ), col( { 2, 3, 4 } ), col( { 4, 5, 6 } ) },
               { col( { 10, 20, 30 } ), std::nullopt, col( { 20, 30, 40 } ) } };
  return r;
}

} // namespace

class TestTijdreeks : public QObject
{
    Q_OBJECT

  private slots:
    void firstMomentParameters()
    {
      IndexReeks r = tweeIndicatoren();
      r.values.pop_back();
      r.indicators.pop_back();
      const ReeksIndex index = reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
      // The parameters of 2014, reused: a rise of 1 is a rise of one sd of 2014.
      nearColumn( index.levels[0], { -1, 0, 1 } );
      nearColumn( index.levels[1], { 0, 1, 2 } );
      nearColumn( index.levels[2], { 2, 3, 4 } );
      QCOMPARE( index.firstMoment.at( 0 ), std::size_t( 0 ) );
    }

    void missingMiddleMoment()
    {
      const IndexReeks r = tweeIndicatoren();
      const ReeksIndex index = reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
      nearColumn( index.levels[0], { -1, 0, 1 } ); // mean of A and B
      nearColumn( index.levels[1], { 0, 1, 2 } );  // A alone: B was not measured
      nearColumn( index.levels[2], { 1, 2, 3 } );  // mean of A (2,3,4) and B (0,1,2)
      // A change compares like with like: 2014 → 2018 over A only, 2014 → 2022 over both.
      QCOMPARE( gemeenschappelijkeIndicatoren( r, 0, 1 ), std::vector<std::size_t>( { 0 } ) );
      QCOMPARE( gemeenschappelijkeIndicatoren( r, 0, 2 ), std::vector<std::size_t>( { 0, 1 } ) );
      nearColumn( indexOver( r, index, 0, { 0 }, 0.5 ), { -1, 0, 1 } );
    }

    void laterFirstMoment()
    {
      IndexReeks r = tweeIndicatoren();
      r.values[1] = { std::nullopt, col( { 10, 20, 30 } ), col( { 30, 40, 50 } ) }; // B starts in 2018
      const ReeksIndex index = reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
      QCOMPARE( index.firstMoment.at( 1 ), std::size_t( 1 ) );
      near( index.standaardiseerders[1].mean(), 20 );
      nearColumn( indexOver( r, index, 2, { 1 }, 0.5 ), { 1, 2, 3 } );
    }

    void unmeasuredIndicatorAndMoment()
    {
      IndexReeks r = tweeIndicatoren();
      r.values[1] = { std::nullopt, std::nullopt, std::nullopt };
      try
      {
        reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
        QFAIL( "an indicator measured at no moment was accepted" );
      }
      catch ( const ModelError &e )
      {
        QCOMPARE( e.subject(), std::string( "1" ) );
      }
      r = tweeIndicatoren();
      r.values[0][1] = std::nullopt; // now nothing was measured in 2018
      try
      {
        reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
        QFAIL( "a moment without any indicator was accepted" );
      }
      catch ( const ModelError &e )
      {
        QCOMPARE( e.subject(), std::string( "moment 2018" ) );
      }
    }

    void periods()
    {
      const std::vector<Periode> p = leesPerioden( "2018-2022 K 2021-2023; 2014\xE2\x80\x93" "2018" );
      QCOMPARE( p.size(), std::size_t( 2 ) );
      QCOMPARE( p[0].begin, 2014 );
      QCOMPARE( p[0].eind, 2018 );
      QVERIFY( !p[0].kBegin );
      QCOMPARE( p[1].kBegin.value(), 2021 );
      QCOMPARE( p[1].kEind.value(), 2023 );
      QVERIFY( !p[1].oBegin );
      QCOMPARE( leesPerioden( "2014-2018, 2018-2022" ).size(), std::size_t( 2 ) );
      for ( const char *bad : { "", "2022-2018", "2018-2022; 2020-2022", "2018 tot 2022", "2018-2022 K 2023-2021", "2018-2022 K 2021-2023 K 2021-2022" } )
        QVERIFY_EXCEPTION_THROWN( leesPerioden( bad ), ModelError );
    }

    void pairing()
    {
      const std::vector<int> k { 2021, 2023, 2024 };
      QCOMPARE( momentVoor( 2024, k, 1, false ).value(), std::size_t( 2 ) );
      QCOMPARE( momentVoor( 2022, k, 1, true ).value(), std::size_t( 1 ) );  // a tie: the later, inside the period
      QCOMPARE( momentVoor( 2022, k, 1, false ).value(), std::size_t( 0 ) ); // a tie: the earlier
      QCOMPARE( momentVoor( 2020, k, 1, true ).value(), std::size_t( 0 ) );
      QVERIFY( !momentVoor( 2019, k, 1, true ) );
      QVERIFY( momentVoor( 2019, k, 2, true ) );

      const Koppeling same = koppel( 2020, 2022, std::nullopt, std::nullopt, k, 1, "K" );
      QVERIFY( !same.gekoppeld() );
      QVERIFY( same.waarom.find( "2021" ) != std::string::npos );
      const Koppeling given = koppel( 2020, 2022, 2021, 2023, k, 1, "K" );
      QCOMPARE( given.begin.value(), std::size_t( 0 ) );
      QCOMPARE( given.eind.value(), std::size_t( 1 ) );
      QVERIFY_EXCEPTION_THROWN( koppel( 2020, 2022, 2020, 2023, k, 1, "K" ), ModelError );
      QVERIFY( !koppel( 2014, 2018, std::nullopt, std::nullopt, k, 1, "K" ).gekoppeld() );
    }

    void trajectories_data()
    {
      QTest::addColumn<QVector<int>>( "signalen" );
      QTest::addColumn<int>( "traject" );
      QTest::newRow( "always" ) << QVector<int> { 1, 1, 1 } << int( SteedsOnderDruk );
      QTest::newRow( "again" ) << QVector<int> { 1, 4, 1 } << int( OpnieuwOnderDruk );
      QTest::newRow( "new" ) << QVector<int> { 4, 1 } << int( NieuwOnderDruk );
      QTest::newRow( "new, two periods" ) << QVector<int> { 4, 4, 1, 1 } << int( NieuwOnderDruk );
      QTest::newRow( "recovering, stable" ) << QVector<int> { 1, 4 } << int( Herstellend );
      QTest::newRow( "recovering, resilient" ) << QVector<int> { 1, 2 } << int( Herstellend );
      QTest::newRow( "pressure then more nuisance" ) << QVector<int> { 1, 3 } << int( Wisselend );
      QTest::newRow( "more nuisance" ) << QVector<int> { 3, 3 } << int( SteedsMeerOverlast );
      QTest::newRow( "resilient" ) << QVector<int> { 2, 2 } << int( SteedsVeerkrachtig );
      QTest::newRow( "stable" ) << QVector<int> { 4, 4 } << int( Stabiel );
      QTest::newRow( "mixed" ) << QVector<int> { 4, 2 } << int( Wisselend );
      QTest::newRow( "first missing" ) << QVector<int> { 0, 1, 1 } << int( SteedsOnderDruk );
      QTest::newRow( "middle missing" ) << QVector<int> { 1, 0, 1 } << int( SteedsOnderDruk );
      QTest::newRow( "last missing" ) << QVector<int> { 1, 1, 0 } << ONVOLDOENDE_GEGEVENS;
      QTest::newRow( "one period" ) << QVector<int> { 1 } << ONVOLDOENDE_GEGEVENS;
      QTest::newRow( "one with a signal" ) << QVector<int> { 0, 4 } << ONVOLDOENDE_GEGEVENS;
      QTest::newRow( "none" ) << QVector<int> {} << ONVOLDOENDE_GEGEVENS;
    }

    void trajectories()
    {
      QFETCH( QVector<int>, signalen );
      QFETCH( int, traject );
      QCOMPARE( trajectKlasse( std::vector<int>( signalen.begin(), signalen.end() ) ), traject );
    }

    void trajectoryOnTheDeadBand()
    {
      // ΔK and ΔO exactly at ε are no rise: the second period is stable, so the area recovers.
      const int first = signaal( 0.5, 0.5, 0.25, 0.25 );
      const int second = signaal( 0.25, 0.25, 0.25, 0.25 );
      QCOMPARE( first, 1 );
      QCOMPARE( second, 4 );
      QCOMPARE( trajectKlasse( { first, second } ), int( Herstellend ) );
      QCOMPARE( trajectKlasse( { first, signaal( 0.25 + 1e-9, 0.25 + 1e-9, 0.25, 0.25 ) } ), int( SteedsOnderDruk ) );
      QCOMPARE( labels( Kaart::Traject ).size(), std::size_t( 9 ) );
    }

    void slopes()
    {
      near( trendPerJaar( { 2014, 2018, 2022 }, col( { 1, 3, 5 } ) ), 0.5 );
      near( trendPerJaar( { 2014, 2018, 2022 }, col( { 1, NA, 5 } ) ), 0.5 );
      near( trendPerJaar( { 2020, 2021, 2022, 2023 }, col( { 0, 1, 1, 2 } ) ), 0.6 );
      QVERIFY( !trendPerJaar( { 2014, 2018 }, col( { 1, NA } ) ) );
    }

    void likeForLikeTrend()
    {
      IndexReeks r = tweeIndicatoren();
      r.values[1] = { std::nullopt, col( { 10, 20, 30 } ), col( { 30, 40, NA } ) }; // B from 2018; the third area's 2022 missing
      const ReeksIndex index = reeksIndex( r, IndexSettings(), std::vector<bool>( 3, true ) );
      // A (mean 2, sd 1): -1, 0, 2 over 2014, 2018, 2022 → (−4·(−4/3) + 4·(5/3)) / 32 = 0.375 in every area.
      // B (mean 20, sd 10 in 2018): −1 → 1 over four years → 0.5. The trend is their mean, 0.4375; the
      // level's own slope (−1, −0.5, 1.5 → 0.3125) would mix A alone in 2014 with A and B later.
      // The third area has B once: A's slope alone, unless MIN_SHARE asks for both.
      nearColumn( reeksTrend( r, index, 0.5 ), { 0.4375, 0.4375, 0.375 } );
      nearColumn( reeksTrend( r, index, 1.0 ), { 0.4375, 0.4375, NA } );
      std::vector<std::optional<double>> level;
      for ( const Column &atMoment : index.levels )
        level.push_back( atMoment[0] );
      near( trendPerJaar( r.moments, level ), 0.3125 );
    }
};

QTEST_APPLESS_MAIN( TestTijdreeks )
#include "test_tijdreeks.moc"
