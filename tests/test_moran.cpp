// SPDX-License-Identifier: GPL-2.0-or-later
// Neighbours and Moran's I without QgsApplication: hand-computed cases and the spdep fixture of a
// 3 × 3 lattice (tests/data/make_clusters_expected.R).

#include "model/buren.h"
#include "model/modelerror.h"
#include "model/moran.h"
#include "model/vermenigvuldiging.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace veerkracht;

namespace {

//! The four corners of a unit square with lower left (x, y), ring closed as a GIS writes it.
std::vector<Punt> vierkant( double x, double y, double zijde = 1 )
{
  return { { x, y }, { x + zijde, y }, { x + zijde, y + zijde }, { x, y + zijde }, { x, y } };
}

//! A 3 × 3 lattice of unit squares, row by row from the bottom left (as sf's st_make_grid).
std::vector<std::vector<Punt>> rooster()
{
  std::vector<std::vector<Punt>> vakken;
  for ( int r = 0; r < 3; ++r )
    for ( int c = 0; c < 3; ++c )
      vakken.push_back( vierkant( c, r ) );
  return vakken;
}

bool dichtbij( double a, double b, double tolerantie = 1e-9 )
{
  return std::abs( a - b ) <= tolerantie * std::max( 1.0, std::abs( b ) );
}

//! CSV fields, with quotes removed (the fixtures quote every field and hold no commas inside).
QStringList velden( const QByteArray &regel )
{
  QStringList uit;
  for ( QString veld : QString::fromUtf8( regel ).trimmed().split( QLatin1Char( ',' ) ) )
    uit << veld.remove( QLatin1Char( '"' ) );
  return uit;
}

} // namespace

class TestMoran : public QObject
{
    Q_OBJECT

  private slots:
    void queenAndRookOnALattice();
    void cornerTouchIsQueenOnly();
    void snapJoinsBordersThatDoNotQuiteMeet();
    void nearestNeighbours();
    void groupsKeepNeighboursInside();
    void galFile();
    void rowOfFiveByHand();
    void nearConstantHasNoMoran();
    void latticeAgainstSpdep_data();
    void latticeAgainstSpdep();
    void permutationsRepeatWhateverTheThreads();
    void pseudoPIsFoldedAndBounded();
    void cancel();
    void falseDiscoveryRate();
    void quadrants();
    void tooFewOrConstant();
    void fullProductOfTwo64BitNumbers();
};

void TestMoran::fullProductOfTwo64BitNumbers()
{
  using veerkracht::vermenigvuldig64;
  // By hand: (2^64 − 1)² = 2^128 − 2^65 + 1; 2^32 · 2^32 = 2^64; anything × 0.
  constexpr std::uint64_t max = ~std::uint64_t( 0 );
  QCOMPARE( vermenigvuldig64( max, max ).hoog, max - 1 );
  QCOMPARE( vermenigvuldig64( max, max ).laag, std::uint64_t( 1 ) );
  QCOMPARE( vermenigvuldig64( std::uint64_t( 1 ) << 32, std::uint64_t( 1 ) << 32 ).hoog, std::uint64_t( 1 ) );
  QCOMPARE( vermenigvuldig64( std::uint64_t( 1 ) << 32, std::uint64_t( 1 ) << 32 ).laag, std::uint64_t( 0 ) );
  QCOMPARE( vermenigvuldig64( 0, max ).hoog, std::uint64_t( 0 ) );
  QCOMPARE( vermenigvuldig64( max, 999 ).hoog, std::uint64_t( 998 ) );       // (2^64 − 1) · 999 = 998 · 2^64 + (2^64 − 999)
  QCOMPARE( vermenigvuldig64( max, 999 ).laag, max - 998 );
#ifdef __SIZEOF_INT128__
  // Where the compiler has 128-bit integers, the same bits for a million splitmix64 pairs.
  std::uint64_t x = 0x9e3779b97f4a7c15u;
  const auto next = [&x] {
    std::uint64_t z = ( x += 0x9e3779b97f4a7c15u );
    z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9u;
    z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebu;
    return z ^ ( z >> 31 );
  };
  for ( int i = 0; i < 1000000; ++i )
  {
    const std::uint64_t a = next();
    const std::uint64_t b = i % 3 == 0 ? next() >> ( i % 64 ) : next();
    const unsigned __int128 m = static_cast<unsigned __int128>( a ) * b;
    const veerkracht::Product128 p = vermenigvuldig64( a, b );
    if ( p.hoog != static_cast<std::uint64_t>( m >> 64 ) || p.laag != static_cast<std::uint64_t>( m ) )
      QFAIL( qPrintable( QStringLiteral( "%1 × %2" ).arg( a ).arg( b ) ) );
  }
#endif
}

void TestMoran::queenAndRookOnALattice()
{
  const Buren queen = contiguiteit( rooster(), Contiguiteit::Queen, 0 );
  const Buren rook = contiguiteit( rooster(), Contiguiteit::Rook, 0 );
  QCOMPARE( queen.lijst[4], ( std::vector<int> { 0, 1, 2, 3, 5, 6, 7, 8 } ) );
  QCOMPARE( rook.lijst[4], ( std::vector<int> { 1, 3, 5, 7 } ) );
  QCOMPARE( queen.lijst[0], ( std::vector<int> { 1, 3, 4 } ) );
  QCOMPARE( rook.lijst[0], ( std::vector<int> { 1, 3 } ) );
  QVERIFY( queen.symmetrisch() && rook.symmetrisch() );
  QCOMPARE( queen.zonderBuren(), std::size_t( 0 ) );
}

void TestMoran::cornerTouchIsQueenOnly()
{
  // Two squares that meet in one corner, and a third far away.
  const std::vector<std::vector<Punt>> vakken { vierkant( 0, 0 ), vierkant( 1, 1 ), vierkant( 5, 5 ) };
  QCOMPARE( contiguiteit( vakken, Contiguiteit::Queen, 0 ).lijst[0], std::vector<int> { 1 } );
  QVERIFY( contiguiteit( vakken, Contiguiteit::Rook, 0 ).lijst[0].empty() );
  QCOMPARE( contiguiteit( vakken, Contiguiteit::Queen, 0 ).zonderBuren(), std::size_t( 1 ) );
}

void TestMoran::snapJoinsBordersThatDoNotQuiteMeet()
{
  // The second square starts 1 mm to the right of the first one's edge.
  const std::vector<std::vector<Punt>> vakken { vierkant( 0, 0 ), vierkant( 1.001, 0 ) };
  QVERIFY( contiguiteit( vakken, Contiguiteit::Rook, 0 ).lijst[0].empty() );
  QVERIFY( contiguiteit( vakken, Contiguiteit::Rook, 0.0009 ).lijst[0].empty() );
  QCOMPARE( contiguiteit( vakken, Contiguiteit::Rook, 0.0011 ).lijst[0], std::vector<int> { 1 } );
  // Far from the origin, in RD New metres.
  const std::vector<std::vector<Punt>> rd { vierkant( 136000, 455000, 100 ), vierkant( 136100.0004, 455000, 100 ) };
  QCOMPARE( contiguiteit( rd, Contiguiteit::Queen, 0.001 ).lijst[1], std::vector<int> { 0 } );
}

void TestMoran::nearestNeighbours()
{
  // Points on a line at 0, 1, 3, 6 and 10.
  const std::vector<Punt> punten { { 0, 0 }, { 1, 0 }, { 3, 0 }, { 6, 0 }, { 10, 0 } };
  const Buren een = dichtsteBuren( punten, 1 );
  QCOMPARE( een.lijst, ( std::vector<std::vector<int>> { { 1 }, { 0 }, { 1 }, { 2 }, { 3 } } ) );
  QVERIFY( !een.symmetrisch() );
  const Buren twee = dichtsteBuren( punten, 2 );
  QCOMPARE( twee.lijst[2], ( std::vector<int> { 0, 1 } ) ); // 2 and 3 away, before 6 at 3: equal distances take the lower index
  QCOMPARE( twee.lijst[4], ( std::vector<int> { 2, 3 } ) );
}

void TestMoran::groupsKeepNeighboursInside()
{
  const Buren queen = contiguiteit( rooster(), Contiguiteit::Queen, 0 );
  // Left column in gemeente A, the rest in B.
  const Buren binnen = binnenGroepen( queen, { "A", "B", "B", "A", "B", "B", "A", "B", "B" } );
  QCOMPARE( binnen.lijst[0], std::vector<int> { 3 } );
  QCOMPARE( binnen.lijst[4], ( std::vector<int> { 1, 2, 5, 7, 8 } ) );
  QVERIFY( binnen.symmetrisch() );
}

void TestMoran::galFile()
{
  const std::vector<std::vector<Punt>> vakken { vierkant( 0, 0 ), vierkant( 1, 0 ), vierkant( 5, 5 ) };
  const std::string gal = alsGal( contiguiteit( vakken, Contiguiteit::Rook, 0 ), { "BU1", "BU2", "BU3" }, "statcode" );
  QCOMPARE( QString::fromStdString( gal ), QStringLiteral( "0 3 veerkracht statcode\nBU1 1\nBU2\nBU2 1\nBU1\nBU3 0\n\n" ) );
}

void TestMoran::rowOfFiveByHand()
{
  // Five squares in a row, x = 1 … 5. z = (−2, −1, 0, 1, 2), Σz² = 10, m2 = 2, Σz⁴ = 34, b2 = 6.8 / 4 = 1.7.
  // Row-standardised lags: (−1, −1, 0, 1, 1). I_i = z_i / 2 · lag: (1, 0.5, 0, 0.5, 1). E = −1/4.
  // A = (5 − 1.7) / 4 = 0.825, B = (3.4 − 5) / 12 = −0.13333…; Σw² per area: 1, ½, ½, ½, 1.
  // Var_1 = 0.825 − 0.0625 = 0.7625; Var_2 = 0.4125 − 0.0666… · ½ … = 0.4125 − 0.06667 − 0.0625 = 0.283333….
  std::vector<std::vector<Punt>> rij;
  for ( int i = 0; i < 5; ++i )
    rij.push_back( vierkant( i, 0 ) );
  const Gewichten w = rijGestandaardiseerd( contiguiteit( rij, Contiguiteit::Rook, 0 ) );
  const MoranUitkomst m = moran( { 1, 2, 3, 4, 5 }, w, MoranOpties { 99, 1, 1 } );
  const std::vector<double> ii { 1, 0.5, 0, 0.5, 1 };
  const std::vector<double> var { 0.7625, 0.85 / 3, 0.85 / 3, 0.85 / 3, 0.7625 };
  for ( std::size_t i = 0; i < 5; ++i )
  {
    QVERIFY2( dichtbij( m.lokaal.ii[i], ii[i] ), qPrintable( QString::number( i ) ) );
    QVERIFY( dichtbij( m.lokaal.verwachting[i], -0.25 ) );
    QVERIFY2( dichtbij( m.lokaal.variantie[i], var[i] ), qPrintable( QString::number( m.lokaal.variantie[i], 'g', 17 ) ) );
    QVERIFY( dichtbij( m.lokaal.z[i], ( ii[i] + 0.25 ) / std::sqrt( var[i] ) ) );
  }
  QVERIFY( dichtbij( m.lokaal.z[0], 1.25 / std::sqrt( 0.7625 ) ) );
  // Global: I = (5/5) · Σ z·lag / Σz² = 6 / 10; S1 = 2.25 + 1 + 1 + 2.25 = 6.5; S2 = 1.5² + 2.5² + 2² + 2.5² + 1.5² = 21;
  // K = 5 · 34 / 100 = 1.7; Var = (5 · (13 · 6.5 − 105 + 75) − 1.7 · (20 · 6.5 − 210 + 150)) / (4 · 3 · 2 · 25) − 1/16
  //     = (272.5 − 119) / 600 − 0.0625 = 0.193333….
  QVERIFY( dichtbij( m.globaal.i, 0.6 ) );
  QVERIFY( dichtbij( m.globaal.verwachting, -0.25 ) );
  QVERIFY( dichtbij( m.globaal.variantie, 153.5 / 600 - 0.0625 ) );
  QVERIFY( dichtbij( m.globaal.z, 0.85 / std::sqrt( 153.5 / 600 - 0.0625 ) ) );
  QCOMPARE( m.globaal.n, std::size_t( 5 ) );
}

// A constant 0.1 (sd about 2e-16 after rounding) has no Moran's I, not I = 1 (issue #16).
void TestMoran::nearConstantHasNoMoran()
{
  std::vector<std::vector<Punt>> rij;
  for ( int i = 0; i < 5; ++i )
    rij.push_back( vierkant( i, 0 ) );
  const Gewichten w = rijGestandaardiseerd( contiguiteit( rij, Contiguiteit::Rook, 0 ) );
  QVERIFY_EXCEPTION_THROWN( moran( { 0.1, 0.1, 0.1, 0.1, 0.1 }, w, MoranOpties { 99, 1, 1 } ), ModelError );
}

void TestMoran::latticeAgainstSpdep_data()
{
  QTest::addColumn<QString>( "criterium" );
  QTest::newRow( "queen" ) << QStringLiteral( "queen" );
  QTest::newRow( "rook" ) << QStringLiteral( "rook" );
}

void TestMoran::latticeAgainstSpdep()
{
  QFETCH( QString, criterium );
  QFile fixture( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/clusters/lattice_%1.csv" ).arg( criterium ) );
  QVERIFY( fixture.open( QIODevice::ReadOnly ) );
  fixture.readLine();
  std::vector<QStringList> rijen;
  while ( !fixture.atEnd() )
    rijen.push_back( velden( fixture.readLine() ) );
  QCOMPARE( rijen.size(), std::size_t( 9 ) );

  // The fixture's areas are the lattice's, in the same order (centres 0.5 0.5, 1.5 0.5, …).
  std::vector<double> x;
  for ( std::size_t i = 0; i < rijen.size(); ++i )
  {
    QCOMPARE( rijen[i][0], QStringLiteral( "%1 %2" ).arg( i % 3 + 0.5 ).arg( i / 3 + 0.5 ) );
    x.push_back( rijen[i][1].toDouble() );
  }
  const Buren buren = contiguiteit( rooster(), criterium == QLatin1String( "queen" ) ? Contiguiteit::Queen : Contiguiteit::Rook, 0 );
  const MoranUitkomst m = moran( x, rijGestandaardiseerd( buren ), MoranOpties { 99, 1, 1 } );
  for ( std::size_t i = 0; i < rijen.size(); ++i )
  {
    QStringList verwacht;
    for ( int j : buren.lijst[i] )
      verwacht << QString::number( j + 1 );
    QCOMPARE( verwacht.join( QLatin1Char( ';' ) ), rijen[i][2] );
    QVERIFY2( dichtbij( m.lokaal.ii[i], rijen[i][3].toDouble() ), qPrintable( rijen[i][3] ) );
    QVERIFY( dichtbij( m.lokaal.verwachting[i], rijen[i][4].toDouble() ) );
    QVERIFY( dichtbij( m.lokaal.variantie[i], rijen[i][5].toDouble() ) );
    QVERIFY( dichtbij( m.lokaal.z[i], rijen[i][6].toDouble() ) );
  }
}

void TestMoran::permutationsRepeatWhateverTheThreads()
{
  std::vector<std::vector<Punt>> vakken;
  std::vector<double> x;
  for ( int r = 0; r < 12; ++r )
    for ( int c = 0; c < 12; ++c )
    {
      vakken.push_back( vierkant( c, r ) );
      x.push_back( std::sin( c * 0.7 ) + std::cos( r * 0.5 ) + ( ( r * 7 + c * 13 ) % 5 ) * 0.1 );
    }
  const Gewichten w = rijGestandaardiseerd( contiguiteit( vakken, Contiguiteit::Queen, 0 ) );
  const MoranUitkomst een = moran( x, w, MoranOpties { 499, 42, 1 } );
  const MoranUitkomst twee = moran( x, w, MoranOpties { 499, 42, 2 } );
  const MoranUitkomst vier = moran( x, w, MoranOpties { 499, 42, 4 } );
  QCOMPARE( een.lokaal.p, twee.lokaal.p );
  QCOMPARE( een.lokaal.p, vier.lokaal.p );
  QCOMPARE( een.globaal.p, twee.globaal.p );
  const MoranUitkomst anders = moran( x, w, MoranOpties { 499, 43, 2 } );
  QVERIFY( anders.lokaal.p != een.lokaal.p );
  QCOMPARE( een.lokaal.ii, anders.lokaal.ii ); // the statistic itself does not depend on the seed
  // A smooth surface: strongly autocorrelated, and the permutations say so.
  QVERIFY( een.globaal.z > 5 );
  QCOMPARE( een.globaal.p, 1.0 / 500 );
}

void TestMoran::pseudoPIsFoldedAndBounded()
{
  std::vector<std::vector<Punt>> vakken;
  std::vector<double> x;
  for ( int i = 0; i < 60; ++i )
  {
    vakken.push_back( vierkant( i % 10, i / 10 ) );
    x.push_back( ( i * 37 % 60 ) * 1.0 );
  }
  const MoranUitkomst m = moran( x, rijGestandaardiseerd( contiguiteit( vakken, Contiguiteit::Rook, 0 ) ), MoranOpties { 99, 7, 2 } );
  for ( double p : m.lokaal.p )
  {
    QVERIFY( p >= 1.0 / 100 );
    QVERIFY( p <= 0.5 + 1e-12 ); // folded: the smaller tail
    QVERIFY( std::abs( p * 100 - std::round( p * 100 ) ) < 1e-9 ); // (1 + count) / 100
  }
}

void TestMoran::cancel()
{
  std::vector<std::vector<Punt>> vakken;
  std::vector<double> x;
  for ( int i = 0; i < 400; ++i )
  {
    vakken.push_back( vierkant( i % 20, i / 20 ) );
    x.push_back( i % 7 );
  }
  int calls = 0;
  const MoranUitkomst m = moran( x, rijGestandaardiseerd( contiguiteit( vakken, Contiguiteit::Queen, 0 ) ), MoranOpties { 999, 1, 2 }, [&calls]( double ) {
    return ++calls < 3;
  } );
  QVERIFY( m.geannuleerd );
}

void TestMoran::falseDiscoveryRate()
{
  // Sorted p and k·α/m (α = 0.05, m = 5): 0.001 ≤ 0.01, 0.01 ≤ 0.02, 0.03 ≤ 0.03, 0.04 ≤ 0.04, 0.2 > 0.05.
  QCOMPARE( fdrDrempel( { 0.2, 0.03, 0.001, 0.04, 0.01 }, 0.05 ), 0.04 );
  // 0.02 > 0.01 at k = 1 and 0.03 > 0.02 at k = 2: none.
  QCOMPARE( fdrDrempel( { 0.02, 0.03 }, 0.02 ), 0.0 );
  // NaN (areas without neighbours) does not count in m.
  QCOMPARE( fdrDrempel( { 0.01, std::nan( "" ), 0.2 }, 0.05 ), 0.01 );
}

void TestMoran::quadrants()
{
  LokaleMoran l;
  l.afwijking = { 1, -1, 1, -1, 1, 1, 0 };
  l.lag = { 2, -2, -2, 2, 2, 2, 1 };
  l.p = { 0.01, 0.01, 0.01, 0.01, 0.2, std::nan( "" ), 0.01 };
  l.aantalBuren = { 3, 3, 3, 3, 3, 0, 2 };
  l.ii.resize( 7 );
  // z = 0 counts as low, as in spdep's quadrants.
  QCOMPARE( clusterKlassen( l, 0.05, false ), ( std::vector<int> { 1, 2, 3, 4, 5, 6, 4 } ) );
  // With FDR (m = 6: 0.01 ≤ k · 0.05 / 6 for k ≥ 2 …) the five at 0.01 stay significant.
  QCOMPARE( clusterKlassen( l, 0.05, true ), ( std::vector<int> { 1, 2, 3, 4, 5, 6, 4 } ) );
  QCOMPARE( clusterKlassen( l, 0.005, false ), ( std::vector<int> { 5, 5, 5, 5, 5, 6, 5 } ) );
  // specification.md §4.11: niet significant when p ≥ α — a p equal to α is not significant.
  QCOMPARE( clusterKlassen( l, 0.01, false ), ( std::vector<int> { 5, 5, 5, 5, 5, 6, 5 } ) );
}

void TestMoran::tooFewOrConstant()
{
  const Gewichten w = rijGestandaardiseerd( contiguiteit( rooster(), Contiguiteit::Queen, 0 ) );
  QVERIFY_EXCEPTION_THROWN( moran( std::vector<double>( 9, 3.0 ), w, MoranOpties() ), ModelError );
  const std::vector<std::vector<Punt>> drie { vierkant( 0, 0 ), vierkant( 1, 0 ), vierkant( 2, 0 ) };
  QVERIFY_EXCEPTION_THROWN( moran( { 1, 2, 3 }, rijGestandaardiseerd( contiguiteit( drie, Contiguiteit::Queen, 0 ) ), MoranOpties() ), ModelError );
}

QTEST_APPLESS_MAIN( TestMoran )
#include "test_moran.moc"
