// SPDX-License-Identifier: GPL-2.0-or-later
// The overlap area by Green's theorem (model/doorsnede): hand-computed cases, the configurations it
// leaves to GEOS, and random polygons against GEOS's own intersection; and the index of boxes
// that finds the candidate pairs (model/kaderindex).

#include "model/doorsnede.h"
#include "model/kaderindex.h"

#include <geos_c.h>

#include <QtTest>

#include <cmath>
#include <random>
#include <string>

using namespace veerkracht;

namespace {

using Ring = std::vector<Punt>;
//! A polygon: its shell, then its holes.
using Veelhoek = std::vector<Ring>;

Ring rechthoek( double x0, double y0, double x1, double y1 )
{
  return { { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 }, { x0, y0 } };
}

Vlak vlak( const std::vector<Veelhoek> &delen )
{
  Vlak v;
  for ( const Veelhoek &deel : delen )
  {
    for ( std::size_t r = 0; r < deel.size(); ++r )
    {
      std::vector<double> xy;
      for ( const Punt &p : deel[r] )
        xy.insert( xy.end(), { p.x, p.y } );
      v.voegRingToe( xy.data(), deel[r].size(), r > 0 );
    }
  }
  return v;
}

std::string wkt( const std::vector<Veelhoek> &delen )
{
  std::string s = "MULTIPOLYGON(";
  char getal[64];
  for ( std::size_t d = 0; d < delen.size(); ++d )
  {
    s += d ? ",(" : "(";
    for ( std::size_t r = 0; r < delen[d].size(); ++r )
    {
      s += r ? ",(" : "(";
      for ( std::size_t i = 0; i < delen[d][r].size(); ++i )
      {
        std::snprintf( getal, sizeof getal, "%s%.17g %.17g", i ? "," : "", delen[d][r][i].x, delen[d][r][i].y );
        s += getal;
      }
      s += ")";
    }
    s += ")";
  }
  return s + ")";
}

//! A star-shaped ring around (cx, cy) — simple whatever the radii — closed, counter-clockwise.
Ring ster( std::mt19937_64 &rng, double cx, double cy, double rMin, double rMax, int hoeken, double raster )
{
  std::uniform_real_distribution<double> hoek( 0, 2 * M_PI );
  std::uniform_real_distribution<double> straal( rMin, rMax );
  std::vector<double> hoeken_;
  for ( int i = 0; i < hoeken; ++i )
    hoeken_.push_back( hoek( rng ) );
  std::sort( hoeken_.begin(), hoeken_.end() );
  Ring ring;
  for ( double h : hoeken_ )
  {
    const double r = straal( rng );
    Punt p { cx + r * std::cos( h ), cy + r * std::sin( h ) };
    if ( raster > 0 )
      p = { std::round( p.x / raster ) * raster, std::round( p.y / raster ) * raster };
    ring.push_back( p );
  }
  ring.push_back( ring.front() );
  return ring;
}

//! One or two star-shaped polygons, each perhaps with a hole, around (cx, cy).
std::vector<Veelhoek> willekeurig( std::mt19937_64 &rng, double cx, double cy, double r, double raster )
{
  std::uniform_int_distribution<int> hoeken( 3, 40 );
  std::uniform_real_distribution<double> kans( 0, 1 );
  std::vector<Veelhoek> delen;
  const int aantal = kans( rng ) < 0.3 ? 2 : 1;
  for ( int d = 0; d < aantal; ++d )
  {
    const double x = cx + d * 2.5 * r;
    Veelhoek deel { ster( rng, x, cy, 0.5 * r, r, hoeken( rng ), raster ) };
    if ( kans( rng ) < 0.4 )
    {
      Ring gat = ster( rng, x, cy, 0.1 * r, 0.4 * r, hoeken( rng ), raster );
      if ( kans( rng ) < 0.5 )
        std::reverse( gat.begin(), gat.end() ); // either orientation
      deel.push_back( gat );
    }
    if ( kans( rng ) < 0.3 )
      std::reverse( deel.front().begin(), deel.front().end() );
    delen.push_back( deel );
  }
  return delen;
}

} // namespace

class TestDoorsnede : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void squares();
    void triangleCutsSquare();
    void insideAndOutside();
    void holes();
    void multipolygon();
    void orientationDoesNotMatter();
    void rdCoordinates();
    void degenerateIsLeftToTheCaller();
    void randomAgainstGeos();
    void degenerateRandomAgainstGeos();
    void boxIndexFindsWhatTouches();

  private:
    //! |a ∩ b| by GEOS, as the fallback computes it.
    double geos( const std::vector<Veelhoek> &a, const std::vector<Veelhoek> &b, bool &geldig );
    //! Random pairs: how many GEOS agreed with and how many were left to it.
    void vergelijk( std::uint64_t zaad, int paren, double raster, int &eens, int &overgelaten );

    GEOSContextHandle_t mCtx = nullptr;
    GEOSWKTReader *mLezer = nullptr;
};

void TestDoorsnede::initTestCase()
{
  mCtx = GEOS_init_r();
  mLezer = GEOSWKTReader_create_r( mCtx );
}

void TestDoorsnede::cleanupTestCase()
{
  GEOSWKTReader_destroy_r( mCtx, mLezer );
  GEOS_finish_r( mCtx );
}

double TestDoorsnede::geos( const std::vector<Veelhoek> &a, const std::vector<Veelhoek> &b, bool &geldig )
{
  GEOSGeometry *ga = GEOSWKTReader_read_r( mCtx, mLezer, wkt( a ).c_str() );
  GEOSGeometry *gb = GEOSWKTReader_read_r( mCtx, mLezer, wkt( b ).c_str() );
  geldig = ga && gb && GEOSisValid_r( mCtx, ga ) == 1 && GEOSisValid_r( mCtx, gb ) == 1;
  double oppervlak = 0;
  if ( geldig )
  {
    GEOSGeometry *doorsnede = GEOSIntersection_r( mCtx, ga, gb );
    GEOSArea_r( mCtx, doorsnede, &oppervlak );
    GEOSGeom_destroy_r( mCtx, doorsnede );
  }
  GEOSGeom_destroy_r( mCtx, ga );
  GEOSGeom_destroy_r( mCtx, gb );
  return oppervlak;
}

void TestDoorsnede::squares()
{
  const Vlak a = vlak( { { rechthoek( 0, 0, 1, 1 ) } } );
  const Vlak b = vlak( { { rechthoek( 0.5, 0.5, 1.5, 1.5 ) } } );
  QCOMPARE( a.oppervlak(), 1.0 );
  QCOMPARE( *doorsnedeOppervlak( a, b ), 0.25 );
  QCOMPARE( *doorsnedeOppervlak( b, a ), 0.25 );
  // A cross: a tall and a wide rectangle, four crossings and no vertex inside the other.
  const Vlak hoog = vlak( { { rechthoek( 2, 0, 3, 10 ) } } );
  const Vlak breed = vlak( { { rechthoek( 0, 4, 10, 6 ) } } );
  QCOMPARE( *doorsnedeOppervlak( hoog, breed ), 2.0 );
}

void TestDoorsnede::triangleCutsSquare()
{
  // The triangle x ≥ 2, y ≥ x − 5, y ≤ 11 − x holds the right half of the square [0, 4]²: 8.
  const Vlak vierkant = vlak( { { rechthoek( 0, 0, 4, 4 ) } } );
  const Vlak driehoek = vlak( { { { { 2, -3 }, { 8, 3 }, { 2, 9 }, { 2, -3 } } } } );
  QCOMPARE( driehoek.oppervlak(), 36.0 );
  QCOMPARE( *doorsnedeOppervlak( vierkant, driehoek ), 8.0 );
  QCOMPARE( *doorsnedeOppervlak( driehoek, vierkant ), 8.0 );
  // Cutting a corner: the triangle (3, 5), (5, 2), (5, 5) over [0, 4]² leaves (3⅔, 4), (4, 3½), (4, 4): ½ · ⅓ · ½.
  const Vlak hoek = vlak( { { { { 3, 5 }, { 5, 2 }, { 5, 5 }, { 3, 5 } } } } );
  QVERIFY( std::abs( *doorsnedeOppervlak( vierkant, hoek ) - 1.0 / 12 ) < 1e-15 );
}

void TestDoorsnede::insideAndOutside()
{
  const Vlak groot = vlak( { { rechthoek( 0, 0, 10, 10 ) } } );
  const Vlak klein = vlak( { { { { 2, 2 }, { 5, 2 }, { 2, 6 }, { 2, 2 } } } } );
  QCOMPARE( *doorsnedeOppervlak( groot, klein ), 6.0 ); // wholly inside: no crossing at all
  QCOMPARE( *doorsnedeOppervlak( klein, groot ), 6.0 );
  const Vlak ver = vlak( { { rechthoek( 20, 20, 30, 30 ) } } );
  QCOMPARE( *doorsnedeOppervlak( groot, ver ), 0.0 );
  // Boxes overlap, the areas do not.
  const Vlak schuin = vlak( { { { { 8, 12 }, { 12, 8 }, { 12, 12 }, { 8, 12 } } } } );
  QCOMPARE( *doorsnedeOppervlak( vlak( { { { { 0, 0 }, { 9, 0 }, { 0, 9 }, { 0, 0 } } } } ), schuin ), 0.0 );
}

void TestDoorsnede::holes()
{
  // [0, 10]² without [4, 6]², against [5, 15] × [−1, 11]: 50 − the hole's right half 2 = 48.
  const Vlak metGat = vlak( { { rechthoek( 0, 0, 10, 10 ), rechthoek( 4, 4, 6, 6 ) } } );
  const Vlak rechts = vlak( { { rechthoek( 5, -1, 15, 11 ) } } );
  QCOMPARE( metGat.oppervlak(), 96.0 );
  QCOMPARE( *doorsnedeOppervlak( metGat, rechts ), 48.0 );
  QCOMPARE( *doorsnedeOppervlak( rechts, metGat ), 48.0 );
  // Wholly within the hole: nothing; around the hole: the ring.
  QCOMPARE( *doorsnedeOppervlak( metGat, vlak( { { rechthoek( 4.5, 4.5, 5.5, 5.5 ) } } ) ), 0.0 );
  QCOMPARE( *doorsnedeOppervlak( metGat, vlak( { { rechthoek( 3, 3, 7, 7 ) } } ) ), 12.0 );
  // Holes on both sides.
  const Vlak ander = vlak( { { rechthoek( 1, 1, 9, 9 ), rechthoek( 5.5, 2, 7, 8 ) } } );
  QCOMPARE( *doorsnedeOppervlak( metGat, ander ), 64.0 - 9.0 - 4.0 + 0.5 * 2 );
}

void TestDoorsnede::multipolygon()
{
  const Vlak twee = vlak( { { rechthoek( 0, 0, 1, 1 ) }, { rechthoek( 3, 0, 4, 1 ) } } );
  const Vlak balk = vlak( { { rechthoek( 0.5, -1, 3.5, 0.5 ) } } );
  QCOMPARE( twee.oppervlak(), 2.0 );
  QCOMPARE( *doorsnedeOppervlak( twee, balk ), 0.5 );
  QCOMPARE( *doorsnedeOppervlak( balk, twee ), 0.5 );
}

void TestDoorsnede::orientationDoesNotMatter()
{
  Ring shell = rechthoek( 0, 0, 10, 10 );
  Ring gat = rechthoek( 4, 4, 6, 6 );
  std::reverse( shell.begin(), shell.end() ); // clockwise shell, counter-clockwise hole
  const Vlak a = vlak( { { shell, gat } } );
  QCOMPARE( a.oppervlak(), 96.0 );
  QCOMPARE( *doorsnedeOppervlak( a, vlak( { { rechthoek( 5, -1, 15, 11 ) } } ) ), 48.0 );
}

void TestDoorsnede::rdCoordinates()
{
  // 100 m squares around Amersfoort's origin, 30.5 m apart: 69.5 × 69.5.
  const Vlak a = vlak( { { rechthoek( 155000, 463000, 155100, 463100 ) } } );
  const Vlak b = vlak( { { rechthoek( 155030.5, 463030.5, 155130.5, 463130.5 ) } } );
  QVERIFY( std::abs( *doorsnedeOppervlak( a, b ) - 69.5 * 69.5 ) < 1e-9 );
}

void TestDoorsnede::degenerateIsLeftToTheCaller()
{
  const Vlak vierkant = vlak( { { rechthoek( 0, 0, 1, 1 ) } } );
  // A shared edge, a shared vertex, the same polygon, a vertex on an edge, a vertex a hair off an edge.
  QVERIFY( !doorsnedeOppervlak( vierkant, vlak( { { rechthoek( 1, 0, 2, 1 ) } } ) ) );
  QVERIFY( !doorsnedeOppervlak( vierkant, vlak( { { rechthoek( 1, 1, 2, 2 ) } } ) ) );
  QVERIFY( !doorsnedeOppervlak( vierkant, vierkant ) );
  QVERIFY( !doorsnedeOppervlak( vierkant, vlak( { { { { 0.5, 1 }, { 2, 2 }, { 0.5, 3 }, { 0.5, 1 } } } } ) ) );
  QVERIFY( !doorsnedeOppervlak( vierkant, vlak( { { { { 0.5, 1 - 1e-15 }, { 2, 2 }, { 0.5, 3 }, { 0.5, 1 - 1e-15 } } } } ) ) );
  // A vertex on the line through an edge, but off the edge itself, is no reason to give up.
  const std::vector<Veelhoek> a { { { { 0, 0 }, { 2, 2 }, { 2, 0 }, { 0, 0 } } } };
  const std::vector<Veelhoek> b { { { { 3, 3 }, { 1.5, -0.5 }, { 3, -0.5 }, { 3, 3 } } } };
  bool geldig = false;
  const double verwacht = geos( a, b, geldig );
  const std::optional<double> berekend = doorsnedeOppervlak( vlak( a ), vlak( b ) );
  QVERIFY( geldig && berekend );
  QVERIFY( std::abs( *berekend - verwacht ) < 1e-12 );
}

void TestDoorsnede::vergelijk( std::uint64_t zaad, int paren, double raster, int &eens, int &overgelaten )
{
  std::mt19937_64 rng( zaad );
  std::uniform_real_distribution<double> verschuiving( -1500, 1500 );
  std::uniform_real_distribution<double> straal( 200, 1500 );
  eens = 0;
  overgelaten = 0;
  for ( int i = 0; i < paren; ++i )
  {
    const double cx = 150000 + verschuiving( rng ), cy = 450000 + verschuiving( rng );
    const std::vector<Veelhoek> a = willekeurig( rng, cx, cy, straal( rng ), raster );
    const std::vector<Veelhoek> b = willekeurig( rng, cx + verschuiving( rng ), cy + verschuiving( rng ), straal( rng ), raster );
    bool geldig = false;
    const double verwacht = geos( a, b, geldig );
    if ( !geldig )
      continue; // a snapped star can fold onto itself
    const Vlak va = vlak( a ), vb = vlak( b );
    const std::optional<double> ab = doorsnedeOppervlak( va, vb );
    const std::optional<double> ba = doorsnedeOppervlak( vb, va );
    QVERIFY( ab.has_value() == ba.has_value() );
    if ( !ab )
    {
      ++overgelaten;
      continue;
    }
    const double marge = 1e-9 * std::max( verwacht, 1e-3 * std::min( va.oppervlak(), vb.oppervlak() ) );
    if ( std::abs( *ab - verwacht ) > marge || std::abs( *ba - verwacht ) > marge )
      qWarning() << "pair" << i << wkt( a ).c_str() << wkt( b ).c_str();
    QVERIFY2( std::abs( *ab - verwacht ) <= marge, qPrintable( QStringLiteral( "pair %1: %2, GEOS %3" ).arg( i ).arg( *ab, 0, 'g', 17 ).arg( verwacht, 0, 'g', 17 ) ) );
    QVERIFY2( std::abs( *ba - verwacht ) <= marge, qPrintable( QStringLiteral( "pair %1 reversed: %2, GEOS %3" ).arg( i ).arg( *ba, 0, 'g', 17 ).arg( verwacht, 0, 'g', 17 ) ) );
    ++eens;
  }
}

void TestDoorsnede::randomAgainstGeos()
{
  int eens = 0, overgelaten = 0;
  vergelijk( 20261128, 3000, 0, eens, overgelaten );
  if ( QTest::currentTestFailed() )
    return;
  qInfo() << eens << "pairs agree with GEOS," << overgelaten << "left to it";
  QVERIFY( eens > 2500 );
  QVERIFY( overgelaten < 10 ); // random coordinates hardly ever touch
}

void TestDoorsnede::degenerateRandomAgainstGeos()
{
  // On a 25 m raster vertices often fall on each other's edges: those pairs must be left to
  // GEOS, and all others must still agree with it.
  int eens = 0, overgelaten = 0;
  vergelijk( 6, 3000, 25, eens, overgelaten );
  if ( QTest::currentTestFailed() )
    return;
  qInfo() << eens << "pairs agree with GEOS," << overgelaten << "left to it";
  QVERIFY( eens > 500 );
  QVERIFY( overgelaten > 100 );
}

void TestDoorsnede::boxIndexFindsWhatTouches()
{
  // Random boxes of very different sizes, one empty: the index finds exactly what a scan finds.
  std::mt19937_64 rng( 11 );
  std::uniform_real_distribution<double> plaats( 0, 10000 );
  std::uniform_real_distribution<double> maat( 0, 1 );
  std::vector<Kader> kaders;
  for ( int i = 0; i < 2000; ++i )
  {
    const double x = plaats( rng ), y = plaats( rng ), b = 3000 * std::pow( maat( rng ), 6 ), h = 3000 * std::pow( maat( rng ), 6 );
    kaders.push_back( { x, y, x + b, y + h } );
  }
  kaders.push_back( Kader() );
  const Kaderindex index( kaders );
  std::vector<std::size_t> gevonden;
  for ( int q = 0; q < 500; ++q )
  {
    const double x = plaats( rng ) - 500, y = plaats( rng ) - 500, b = 400 * maat( rng ), h = 400 * maat( rng );
    const Kader k { x, y, x + b, y + h };
    std::vector<std::size_t> verwacht;
    for ( std::size_t i = 0; i < kaders.size(); ++i )
      if ( !kaders[i].isLeeg() && kaders[i].raakt( k ) )
        verwacht.push_back( i );
    index.zoek( k, gevonden );
    QCOMPARE( gevonden, verwacht );
  }
  // Touching edges count.
  index.zoek( { kaders[0].xMax, kaders[0].yMax, kaders[0].xMax + 1, kaders[0].yMax + 1 }, gevonden );
  QVERIFY( std::find( gevonden.begin(), gevonden.end(), 0 ) != gevonden.end() );
}

QTEST_APPLESS_MAIN( TestDoorsnede )
#include "test_doorsnede.moc"
