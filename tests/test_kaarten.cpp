// SPDX-License-Identifier: GPL-2.0-or-later
// specification.md §3–4 and §7 rule by rule, on tiny hand-computed cases, without QgsApplication.

#include "model/kaarten.h"
#include "model/modelerror.h"
#include "model/regressie.h"
#include "model/samengesteldeindex.h"
#include "model/standaardisatie.h"
#include "model/statistics.h"

#include <QtTest>

#include <cmath>

using namespace veerkracht;

namespace {

Column col( std::initializer_list<double> values )
{
  Column c;
  for ( double v : values )
    c.push_back( std::isnan( v ) ? std::nullopt : std::optional<double>( v ) );
  return c;
}

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

void near( double actual, double expected, double tolerance = 1e-12 )
{
  QVERIFY2( std::fabs( actual - expected ) <= tolerance, qPrintable( QStringLiteral( "%1 != %2" ).arg( actual, 0, 'g', 17 ).arg( expected, 0, 'g', 17 ) ) );
}

std::vector<bool> all( std::size_t n )
{
  return std::vector<bool>( n, true );
}

} // namespace

class TestKaarten : public QObject
{
    Q_OBJECT

  private slots:
    void quantilesType7();
    void sampleSdAndMean();
    void percentileRank();
    void valueOnAnEdgeGoesUp();
    void standardisationUsesT0Parameters();
    void standardisationErrors();
    void indexWeightsAndDirections();
    void indexMinimumShare();
    void indexReferenceSet();
    void indexT0AndT1MustMatch();
    void ratePer1000();
    void smallAreas();
    void quintileMap();
    void developmentClassesAtTheEdges();
    void developmentMap();
    void developmentZeroVariance();
    void nearConstantIsConstant();
    void fourSignals();
    void signalMap();
    void relativeSignalUsesGroupMedians();
    void focusAtThePercentile();
    void corporatieClasses();
    void olsByHand();
    void olsWeightsAreRepeats();
    void olsErrors();
    void scoreClassesAtTheEdges();
    void scoreMap();
    void labelsAreDutch();
};

void TestKaarten::quantilesType7()
{
  near( quantile( { 5, 1, 4, 2, 3 }, 0.2 ), 1.8 );
  near( quantile( { 1, 2, 3, 4, 5 }, 0.4 ), 2.6 );
  near( quantile( { 1, 2, 3, 4, 5 }, 0.8 ), 4.2 );
  near( quantile( { 1, 2, 3, 4, 5 }, 1.0 ), 5 );
  near( quantile( { 1, 2, 3, 4, 5 }, 0.0 ), 1 );
  near( quantile( { 7 }, 0.8 ), 7 );
  near( median( { 3, 1, 2, 10 } ), 2.5 );
  const std::vector<double> edges = quintileEdges( { 1, 2, 3, 4, 5, 6 } );
  QCOMPARE( edges, ( std::vector<double> { 2, 3, 4, 5 } ) );
  QVERIFY_EXCEPTION_THROWN( quantile( { 1, 2 }, 1.5 ), std::invalid_argument );
  QVERIFY_EXCEPTION_THROWN( quantile( { 1, 2 }, std::nan( "" ) ), std::invalid_argument );
}

void TestKaarten::sampleSdAndMean()
{
  near( mean( { 1, 2, 3, 4, 5 } ), 3 );
  near( sampleSd( { 1, 2, 3, 4, 5 } ), std::sqrt( 2.5 ) );
  QVERIFY( std::isnan( sampleSd( { 1 } ) ) );
}

void TestKaarten::percentileRank()
{
  near( veerkracht::percentileRank( { 1, 2, 3, 3, 5 }, 3 ), 60 );   // (2 below + ½·2 equal) / 5
  near( veerkracht::percentileRank( { 1, 2, 3, 3, 5 }, 0 ), 0 );
  near( veerkracht::percentileRank( { 1, 2, 3, 3, 5 }, 6 ), 100 );
  near( veerkracht::percentileRank( { 1, 2, 3, 3, 5 }, 4 ), 80 );
}

void TestKaarten::valueOnAnEdgeGoesUp()
{
  const std::vector<double> edges { 2, 3, 4, 5 };
  QCOMPARE( classByEdges( 1.999, edges ), 1 );
  QCOMPARE( classByEdges( 2, edges ), 2 );
  QCOMPARE( classByEdges( 4.5, edges ), 4 );
  QCOMPARE( classByEdges( 5, edges ), 5 );
  QCOMPARE( classByEdges( 6, edges ), 5 );
}

void TestKaarten::standardisationUsesT0Parameters()
{
  const Standaardiseerder z = Standaardiseerder::fit( Standaardisatie::ZScore, { 2, 4, 6 }, "x" );
  near( z.mean(), 4 );
  near( z.sd(), 2 );
  near( z( 8 ), 2 ); // a t1 value, with the t0 mean and sd: a real increase shows
  const Standaardiseerder p = Standaardiseerder::fit( Standaardisatie::Percentile, { 6, 2, 4 }, "x" );
  near( p( 5 ), 200.0 / 3 );
  near( p( 4 ), 50 );
  const Standaardiseerder m = Standaardiseerder::fit( Standaardisatie::MinMax, { 2, 4, 6 }, "x" );
  near( m( 8 ), 1.5 );
  near( m( 2 ), 0 );
  const Standaardiseerder none = Standaardiseerder::fit( Standaardisatie::None, {}, "x" );
  near( none( 37.5 ), 37.5 );
}

void TestKaarten::standardisationErrors()
{
  try
  {
    Standaardiseerder::fit( Standaardisatie::ZScore, { 3, 3, 3 }, "2" );
    QFAIL( "zero variance must fail" );
  }
  catch ( const ModelError &e )
  {
    QCOMPARE( QString::fromStdString( e.subject() ), QStringLiteral( "2" ) );
    QVERIFY( QString( e.what() ).contains( "zero variance" ) );
  }
  QVERIFY_EXCEPTION_THROWN( Standaardiseerder::fit( Standaardisatie::MinMax, { 1, 1 }, "x" ), ModelError );
  QVERIFY_EXCEPTION_THROWN( Standaardiseerder::fit( Standaardisatie::Percentile, {}, "x" ), ModelError );
  // Percentiles need no spread.
  near( Standaardiseerder::fit( Standaardisatie::Percentile, { 1, 1 }, "x" )( 1 ), 50 );
}

void TestKaarten::indexWeightsAndDirections()
{
  // A: +1, weight 1, mean 2, sd 1. B: −1, weight 3: −B has mean −20, sd 10.
  const std::vector<Column> t0 { col( { 1, 2, 3 } ), col( { 10, 20, 30 } ) };
  const std::vector<Column> t1 { col( { 3, NA, 2 } ), col( { 10, 40, NA } ) };
  const IndexResult k = samengesteldeIndex( t0, t1, { { 1, 1 }, { -1, 3 } }, {}, all( 3 ) );
  near( *k.t0[0], ( -1 * 1 + 1 * 3 ) / 4.0 );
  near( *k.t0[1], 0 );
  near( *k.t0[2], ( 1 * 1 + -1 * 3 ) / 4.0 );
  near( *k.t1[0], ( 1 * 1 + 1 * 3 ) / 4.0 );
  near( *k.t1[1], -2 );  // only B: (−40 + 20) / 10
  near( *k.t1[2], 0 );   // only A: (2 − 2) / 1
  QCOMPARE( k.missingT0, 0 );
  QCOMPARE( k.missingT1, 0 );
}

void TestKaarten::indexMinimumShare()
{
  const std::vector<Column> t0 { col( { 1, 2, 3 } ), col( { 10, 20, 30 } ) };
  const std::vector<Column> t1 { col( { 3, NA, 2 } ), col( { 10, NA, NA } ) };
  IndexSettings settings;
  settings.minimumShare = 0.75;
  const IndexResult k = samengesteldeIndex( t0, t1, { {}, {} }, settings, all( 3 ) );
  QVERIFY( k.t1[0].has_value() );
  QVERIFY( !k.t1[1].has_value() ); // 0 of 2
  QVERIFY( !k.t1[2].has_value() ); // 1 of 2 < 0.75
  QCOMPARE( k.missingT1, 2 );
  settings.minimumShare = 0.5;
  QVERIFY( samengesteldeIndex( t0, t1, { {}, {} }, settings, all( 3 ) ).t1[2].has_value() ); // 1 of 2 is half
}

void TestKaarten::indexReferenceSet()
{
  // Only the first two areas are the reference: mean 1.5, sd √½.
  const IndexResult k = samengesteldeIndex( { col( { 1, 2, 3 } ) }, {}, { {} }, {}, { true, true, false } );
  near( *k.t0[2], ( 3 - 1.5 ) / std::sqrt( 0.5 ) );
  QVERIFY( k.t1.empty() );
  // "none" passes one share through unchanged.
  IndexSettings none;
  none.method = Standaardisatie::None;
  near( *samengesteldeIndex( { col( { 12.5, 30 } ) }, {}, { {} }, none, all( 2 ) ).t0[1], 30 );
  // An indicator without any reference value cannot be standardised: its position is the subject.
  try
  {
    samengesteldeIndex( { col( { 1, 2 } ), col( { NA, NA } ) }, {}, { {}, {} }, {}, all( 2 ) );
    QFAIL( "no values must fail" );
  }
  catch ( const ModelError &e )
  {
    QCOMPARE( QString::fromStdString( e.subject() ), QStringLiteral( "1" ) );
  }
}

void TestKaarten::indexT0AndT1MustMatch()
{
  QVERIFY_EXCEPTION_THROWN( samengesteldeIndex( { col( { 1, 2 } ), col( { 1, 3 } ) }, { col( { 1, 2 } ) }, { {}, {} }, {}, all( 2 ) ), ModelError );
  QVERIFY_EXCEPTION_THROWN( samengesteldeIndex( { col( { 1, 2 } ) }, {}, { {} }, {}, all( 3 ) ), std::invalid_argument );
}

void TestKaarten::ratePer1000()
{
  near( *per1000( 45.0, 1865.0 ), 45000.0 / 1865 );
  QVERIFY( !per1000( 45.0, 0.0 ) );
  QVERIFY( !per1000( std::nullopt, 100.0 ) );
  QVERIFY( !per1000( 5.0, std::nullopt ) );
}

void TestKaarten::smallAreas()
{
  const Column k = col( { 1, 2, NA, 4 } );
  const Column inhabitants = col( { 99, 100, 500, NA } );
  QCOMPARE( voldoendeGegevens( 4, { &k }, inhabitants, 100 ), ( std::vector<bool> { false, true, false, false } ) );
  QCOMPARE( voldoendeGegevens( 4, { &k }, Column(), 100 ), ( std::vector<bool> { true, true, false, true } ) );
  QCOMPARE( voldoendeGegevens( 3, {}, Column(), 100 ), ( std::vector<bool> { true, true, true } ) ); // nothing required: every area
}

void TestKaarten::quintileMap()
{
  const Column values = col( { 6, 1, 2, 3, 4, 5, 100 } );
  const NiveauKaart kaart = niveauKaart( values, { true, true, true, true, true, true, false }, "K" );
  QCOMPARE( kaart.edges, ( std::vector<double> { 2, 3, 4, 5 } ) );
  QCOMPARE( kaart.classes, ( std::vector<int> { 5, 1, 2, 3, 4, 5, 0 } ) ); // the small area: 0, and not in the edges
  QCOMPARE( kaart.n, 6 );
}

void TestKaarten::developmentClassesAtTheEdges()
{
  const double sd = 1, eps = 0.25;
  QCOMPARE( ontwikkelingsKlasse( -1.0001, eps, sd ), 1 );
  QCOMPARE( ontwikkelingsKlasse( -1, eps, sd ), 2 );
  QCOMPARE( ontwikkelingsKlasse( -0.2501, eps, sd ), 2 );
  QCOMPARE( ontwikkelingsKlasse( -0.25, eps, sd ), 3 ); // exactly −ε: stabiel
  QCOMPARE( ontwikkelingsKlasse( 0.25, eps, sd ), 3 );  // exactly +ε: stabiel
  QCOMPARE( ontwikkelingsKlasse( 0.2501, eps, sd ), 4 );
  QCOMPARE( ontwikkelingsKlasse( 1, eps, sd ), 4 );
  QCOMPARE( ontwikkelingsKlasse( 1.0001, eps, sd ), 5 );
}

void TestKaarten::developmentMap()
{
  const OntwikkelingsKaart kaart = ontwikkelingsKaart( col( { -2, -1, 0, 1, 2, 50 } ), { true, true, true, true, true, false }, 0.25, "dK" );
  near( kaart.sd, std::sqrt( 2.5 ) );
  near( kaart.epsilon, 0.25 * std::sqrt( 2.5 ) );
  QCOMPARE( kaart.classes, ( std::vector<int> { 1, 2, 3, 4, 5, 0 } ) );
  QCOMPARE( kaart.n, 5 );
}

// A constant 0.1 computes to a standard deviation of about 2e-16, not 0 (issue #16): every check
// for zero variance must treat it as constant, not standardise by it.
void TestKaarten::nearConstantIsConstant()
{
  const std::vector<double> tiende( 111, 0.1 );
  QVERIFY( sampleSd( tiende ) > 0 ); // what rounding gives: the reason for the test
  QVERIFY( !varies( tiende ) );
  QVERIFY( varies( { 0.1, 0.1, 0.1000001 } ) );
  QVERIFY( !varies( { 0.0, 0.0 } ) );
  QVERIFY( varies( { 1e6, 1e6 + 1 } ) );
  QVERIFY_EXCEPTION_THROWN( Standaardiseerder::fit( Standaardisatie::ZScore, tiende, "o" ), ModelError );
  QVERIFY_EXCEPTION_THROWN( Standaardiseerder::fit( Standaardisatie::MinMax, { 0.1 + 0.2, 0.3 }, "o" ), ModelError );
  std::vector<double> delta( 111 );
  for ( std::size_t i = 0; i < delta.size(); ++i )
    delta[i] = ( 0.1 * static_cast<double>( i ) + 0.1 ) - 0.1 * static_cast<double>( i ) - 0.1; // rounding only, about 1e-17
  QVERIFY( sampleSd( delta ) > 0 );
  const Column deltaCol( delta.begin(), delta.end() );
  QVERIFY_EXCEPTION_THROWN( ontwikkelingsKaart( deltaCol, all( 111 ), 0.25, "dO" ), ModelError );
  std::vector<double> x( 111 );
  for ( std::size_t i = 0; i < x.size(); ++i )
    x[i] = static_cast<double>( i );
  QVERIFY_EXCEPTION_THROWN( ols( x, tiende ), ModelError );
  QVERIFY_EXCEPTION_THROWN( ols( tiende, x ), ModelError );
}

void TestKaarten::developmentZeroVariance()
{
  try
  {
    ontwikkelingsKaart( col( { 1, 1, 1 } ), all( 3 ), 0.25, "dO" );
    QFAIL( "zero variance must fail" );
  }
  catch ( const ModelError &e )
  {
    QCOMPARE( QString::fromStdString( e.subject() ), QStringLiteral( "dO" ) );
  }
}

void TestKaarten::fourSignals()
{
  QCOMPARE( signaal( 1, 1, 0.5, 0.5 ), 1 );     // veerkracht onder druk
  QCOMPARE( signaal( 1, 0.5, 0.5, 0.5 ), 2 );   // veerkrachtig: ΔO ≤ ε
  QCOMPARE( signaal( 0.5, 1, 0.5, 0.5 ), 3 );   // overlast neemt toe: ΔK ≤ ε
  QCOMPARE( signaal( -3, -3, 0.5, 0.5 ), 4 );   // stabiel of verbeterend
  QCOMPARE( signaal( 0.5, 0.5, 0.5, 0.5 ), 4 ); // exactly at the dead band: no rise
}

void TestKaarten::signalMap()
{
  // sd(ΔK) = sd(ΔO) = √2.5, so ε = 0.25·√2.5 ≈ 0.395 for both.
  const Column dK = col( { -2, -1, 0, 1, 2, NA } );
  const Column dO = col( { 1, -1, 2, -2, 0, 3 } );
  const SignaleringsKaart kaart = signaleringsKaart( dK, dO, { true, true, true, true, true, true }, 0.25 );
  near( kaart.epsilonK, 0.25 * std::sqrt( 2.5 ) );
  near( kaart.epsilonO, 0.25 * std::sqrt( 2.5 ) );
  QCOMPARE( kaart.classes, ( std::vector<int> { 3, 4, 3, 2, 2, 0 } ) );
  const SignaleringsKaart pressure = signaleringsKaart( col( { -2, -1, 0, 1, 2 } ), col( { -2, -1, 0, 1, 2 } ), all( 5 ), 0.25 );
  QCOMPARE( pressure.classes, ( std::vector<int> { 4, 4, 4, 1, 1 } ) );
}

void TestKaarten::relativeSignalUsesGroupMedians()
{
  // GM1: ΔK 1, 2, 3 (median 2); GM2: ΔK 10, 20 (median 15). ΔO likewise per group.
  const Column dK = col( { 1, 2, 3, 10, 20, 99 } );
  const Column dO = col( { 0, 0, 3, -4, 4, 99 } );
  const std::vector<std::string> groups { "GM1", "GM1", "GM1", "GM2", "GM2", "GM2" };
  const SignaleringsKaart kaart = relatieveSignaleringsKaart( dK, dO, groups, { true, true, true, true, true, false }, 0.25 );
  const std::vector<double> relK { -1, 0, 1, -5, 5 };
  const std::vector<double> relO { 0, 0, 3, -4, 4 };
  for ( std::size_t i = 0; i < 5; ++i )
  {
    near( *kaart.deltaK[i], relK[i] );
    near( *kaart.deltaO[i], relO[i] );
  }
  QVERIFY( !kaart.deltaK[5] ); // the invalid area is not in its group's median and gets no value
  near( kaart.epsilonK, 0.25 * sampleSd( relK ) );
  near( kaart.epsilonO, 0.25 * sampleSd( relO ) );
  QCOMPARE( kaart.classes, ( std::vector<int> { 4, 4, 1, 4, 1, 0 } ) );
}

void TestKaarten::focusAtThePercentile()
{
  // P80 of 1..6 is exactly 5 (type 7): a value of 5 is at the threshold and counts.
  const Column k = col( { 1, 2, 3, 4, 5, 6 } );
  const Column o = col( { 6, 5, 4, 3, 2, 1 } );
  const FocusKaart kaart = focusKaart( k, o, all( 6 ), 80 );
  near( kaart.thresholdK, 5 );
  near( kaart.thresholdO, 5 );
  QCOMPARE( kaart.classes, ( std::vector<int> { 3, 3, 4, 4, 2, 2 } ) );
  QCOMPARE( focusKlasse( 5, 5, 5, 5 ), 1 );
  const FocusKaart p50 = focusKaart( k, col( { 1, 2, 3, 4, 5, 6 } ), all( 6 ), 50 );
  near( p50.thresholdK, 3.5 );
  QCOMPARE( p50.classes, ( std::vector<int> { 4, 4, 4, 1, 1, 1 } ) );
}

void TestKaarten::corporatieClasses()
{
  QCOMPARE( corporatieKlasse( 9.999 ), 1 );
  QCOMPARE( corporatieKlasse( 10 ), 2 );
  QCOMPARE( corporatieKlasse( 33.33 ), 2 );
  QCOMPARE( corporatieKlasse( 100.0 / 3 ), 3 );
  QCOMPARE( corporatieKlasse( 49.99 ), 3 );
  QCOMPARE( corporatieKlasse( 50 ), 4 );
  QCOMPARE( corporatieKlasse( 200.0 / 3 ), 4 ); // ⅔ itself is not yet "more than two thirds"
  QCOMPARE( corporatieKlasse( 66.67 ), 5 );
  QCOMPARE( corporatieKaart( col( { 58, NA, 5 } ), { true, true, false } ), ( std::vector<int> { 4, 0, 0 } ) );
}

void TestKaarten::olsByHand()
{
  // Worked out in docs/method.md: b = 10.75 / 5, a = 4.125 − 1.5·b, SSE = 0.075, SST = 23.1875.
  const OlsFit fit = ols( { 0, 1, 2, 3 }, { 1, 3, 5, 7.5 } );
  near( fit.b, 2.15 );
  near( fit.a, 0.9 );
  near( fit.r2, 1 - 0.075 / 23.1875 );
  QCOMPARE( fit.n, 4 );
}

void TestKaarten::olsWeightsAreRepeats()
{
  // A weight of 2 is the same as the row twice.
  const OlsFit weighted = ols( { 0, 1, 2, 3 }, { 1, 3, 5, 7.5 }, { 1, 2, 1, 3 } );
  const OlsFit repeated = ols( { 0, 1, 1, 2, 3, 3, 3 }, { 1, 3, 3, 5, 7.5, 7.5, 7.5 } );
  near( weighted.a, repeated.a );
  near( weighted.b, repeated.b );
  near( weighted.r2, repeated.r2 );
}

void TestKaarten::olsErrors()
{
  try
  {
    ols( { 1, 2 }, { 1, 2 } );
    QFAIL( "two areas must fail" );
  }
  catch ( const ModelError &e )
  {
    QVERIFY( QString( e.what() ).contains( "at least 3" ) );
  }
  QVERIFY_EXCEPTION_THROWN( ols( { 1, 1, 1 }, { 1, 2, 3 } ), ModelError );
  QVERIFY_EXCEPTION_THROWN( ols( { 1, 2, 3 }, { 2, 2, 2 } ), ModelError );
}

void TestKaarten::scoreClassesAtTheEdges()
{
  QCOMPARE( scoreKlasse( -1.5 ), 1 );
  QCOMPARE( scoreKlasse( -1.4999 ), 2 );
  QCOMPARE( scoreKlasse( -0.5 ), 2 );
  QCOMPARE( scoreKlasse( -0.4999 ), 3 );
  QCOMPARE( scoreKlasse( 0.4999 ), 3 );
  QCOMPARE( scoreKlasse( 0.5 ), 4 );
  QCOMPARE( scoreKlasse( 1.4999 ), 4 );
  QCOMPARE( scoreKlasse( 1.5 ), 5 );
}

void TestKaarten::scoreMap()
{
  // Residuals 0.1, −0.05, −0.2, 0.15 (mean 0, sd √0.025); score = −r / sd.
  const ScoreKaart kaart = veerkrachtscoreKaart( col( { 0, 1, 2, 3, 9 } ), col( { 1, 3, 5, 7.5, 9 } ), Column(), { true, true, true, true, false } );
  near( kaart.fit.b, 2.15 );
  near( kaart.residualSd, std::sqrt( 0.025 ) );
  const std::vector<double> expected { -0.1 / std::sqrt( 0.025 ), 0.05 / std::sqrt( 0.025 ), 0.2 / std::sqrt( 0.025 ), -0.15 / std::sqrt( 0.025 ) };
  for ( std::size_t i = 0; i < 4; ++i )
    near( *kaart.score[i], expected[i], 1e-9 );
  QVERIFY( !kaart.score[4] );
  QCOMPARE( kaart.classes, ( std::vector<int> { 2, 3, 4, 2, 0 } ) );
}

void TestKaarten::labelsAreDutch()
{
  QCOMPARE( labels( Kaart::SignaleringAbsoluut ).size(), std::size_t( 5 ) );
  QCOMPARE( QString::fromStdString( labels( Kaart::SignaleringAbsoluut )[1] ), QStringLiteral( "veerkracht onder druk" ) );
  QCOMPARE( QString::fromStdString( labels( Kaart::Focus )[1] ), QStringLiteral( "focus: kwetsbaar én overlast" ) );
  QCOMPARE( QString::fromStdString( labels( Kaart::OntwikkelingOverlast )[3] ), QStringLiteral( "stabiel" ) );
  QCOMPARE( QString::fromStdString( labels( Kaart::Corporatiebezit )[5] ), QStringLiteral( "meer dan twee derde (corporatiebuurt)" ) );
  for ( Kaart k : { Kaart::Corporatiebezit, Kaart::KwetsbareBewoners, Kaart::Focus, Kaart::Veerkrachtscore } )
    QCOMPARE( QString::fromStdString( labels( k )[0] ), QStringLiteral( "onvoldoende gegevens" ) );
}

QTEST_APPLESS_MAIN( TestKaarten )
#include "test_kaarten.moc"
