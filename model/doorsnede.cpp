// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/doorsnede.h"

#include <algorithm>
#include <cmath>
#include <numeric>

// area(A ∩ B) = ∮ x dy along the boundary of A ∩ B, which is made of the pieces of A's boundary
// inside B and the pieces of B's boundary inside A (rings oriented with the area on their left).
// Each edge is cut where it properly crosses the other boundary; whether a piece is inside
// flips at each crossing, starting outside the other's box or from one point-in-polygon test.

namespace veerkracht {

namespace {

constexpr std::uint32_t BLOK = 16; // edges per block: few boxes to test, few edges per box

//! Orientation tests closer to zero than this, relative to the terms of the determinant and to
//! the lengths involved, are left to GEOS: a point within 1e-12 of an edge's length from its line
//! counts as on it. The rounding error of the determinant is below 3.4e-16 of its terms
//! (Shewchuk), so every sign that is used is exact.
constexpr double ONZEKER = 1e-12;

struct Orientatie
{
  double det = 0;
  bool zeker = false;
  int teken() const { return det > 0 ? 1 : -1; }
};

//! Which side of the line a → b point c lies on: det > 0 left.
Orientatie orientatie( const Punt &a, const Punt &b, const Punt &c )
{
  const double l = ( a.x - c.x ) * ( b.y - c.y );
  const double r = ( a.y - c.y ) * ( b.x - c.x );
  const double det = l - r;
  const double lengtes = ( std::abs( b.x - a.x ) + std::abs( b.y - a.y ) ) * ( std::abs( c.x - a.x ) + std::abs( c.y - a.y ) );
  return { det, std::abs( det ) > ONZEKER * std::max( std::abs( l ) + std::abs( r ), lengtes ) };
}

bool zekerZelfdeKant( const Orientatie &p, const Orientatie &q )
{
  return p.zeker && q.zeker && p.teken() == q.teken();
}

/**
 * Twice the signed area of the closed ring punten[begin] … punten[eind] (the shoelace sum), relative
 * to its first point for precision: > 0 when it runs counter-clockwise.
 */
double tweemaalOppervlak( const std::vector<Punt> &punten, std::size_t begin, std::size_t eind )
{
  const Punt &o = punten[begin];
  double tweemaal = 0;
  for ( std::size_t i = begin; i < eind; ++i )
    tweemaal += ( punten[i].x - o.x ) * ( punten[i + 1].y - o.y ) - ( punten[i + 1].x - o.x ) * ( punten[i].y - o.y );
  return tweemaal;
}

//! ∫ x dy along the straight piece p → q.
double bijdrage( const Punt &p, const Punt &q )
{
  return 0.5 * ( p.x + q.x ) * ( q.y - p.y );
}

} // namespace

void Kader::voegToe( const Punt &p )
{
  if ( isLeeg() )
  {
    xMin = xMax = p.x;
    yMin = yMax = p.y;
    return;
  }
  xMin = std::min( xMin, p.x );
  xMax = std::max( xMax, p.x );
  yMin = std::min( yMin, p.y );
  yMax = std::max( yMax, p.y );
}

void Vlak::voegRingToe( const double *xy, std::size_t n, bool gat )
{
  const std::size_t begin = mPunten.size();
  for ( std::size_t i = 0; i < n; ++i )
  {
    const Punt p { xy[2 * i], xy[2 * i + 1] };
    if ( mPunten.size() > begin && p.x == mPunten.back().x && p.y == mPunten.back().y )
      continue;
    mPunten.push_back( p );
  }
  while ( mPunten.size() > begin + 1 && mPunten.back().x == mPunten[begin].x && mPunten.back().y == mPunten[begin].y )
    mPunten.pop_back();
  if ( mPunten.size() < begin + 3 )
  {
    mPunten.resize( begin ); // collapsed: no area
    return;
  }
  mPunten.push_back( mPunten[begin] );
  const std::size_t eind = mPunten.size() - 1; // edges begin … eind − 1

  // Its orientation from the shoelace sum.
  Ring ring;
  ring.richting = ( tweemaalOppervlak( mPunten, begin, eind ) > 0 ) != gat ? 1.0 : -1.0;
  ring.blokBegin = static_cast<std::uint32_t>( mBlokken.size() );
  for ( std::size_t e = begin; e < eind; e += BLOK )
  {
    Blok blok;
    blok.begin = static_cast<std::uint32_t>( e );
    blok.eind = static_cast<std::uint32_t>( std::min<std::size_t>( eind, e + BLOK ) );
    for ( std::size_t i = blok.begin; i <= blok.eind; ++i )
      blok.kader.voegToe( mPunten[i] );
    mKader.voegToe( { blok.kader.xMin, blok.kader.yMin } );
    mKader.voegToe( { blok.kader.xMax, blok.kader.yMax } );
    mBlokken.push_back( blok );
  }
  ring.blokEind = static_cast<std::uint32_t>( mBlokken.size() );
  mRingen.push_back( ring );
}

double Vlak::oppervlak() const
{
  double som = 0;
  for ( const Ring &ring : mRingen )
    som += ring.richting * 0.5 * tweemaalOppervlak( mPunten, mBlokken[ring.blokBegin].begin, mBlokken[ring.blokEind - 1].eind );
  return som;
}

/**
 * One overlap computation. Coordinates are shifted to a whole-number origin in the common box, so
 * that the sums stay small next to the RD coordinates (the shift itself is exact there).
 */
class Doorsnede
{
  public:
    Doorsnede( const Vlak &a, const Vlak &b )
      : mA( a ), mB( b )
    {
      mKader = { std::max( a.kader().xMin, b.kader().xMin ), std::max( a.kader().yMin, b.kader().yMin ),
                 std::min( a.kader().xMax, b.kader().xMax ), std::min( a.kader().yMax, b.kader().yMax ) };
      mOorsprong = { std::floor( 0.5 * ( mKader.xMin + mKader.xMax ) ), std::floor( 0.5 * ( mKader.yMin + mKader.yMax ) ) };
    }

    std::optional<double> oppervlak()
    {
      if ( mA.isLeeg() || mB.isLeeg() || mKader.isLeeg() )
        return 0.0;
      verzamel( mA, mRandenA );
      verzamel( mB, mRandenB );
      if ( !zoekKruisingen() )
        return std::nullopt;
      std::vector<std::uint32_t> volgorde( mKruisingen.size() );
      std::iota( volgorde.begin(), volgorde.end(), 0u );
      std::sort( volgorde.begin(), volgorde.end(), [this]( std::uint32_t i, std::uint32_t j ) {
        const Kruising &p = mKruisingen[i];
        const Kruising &q = mKruisingen[j];
        return p.randA != q.randA ? p.randA < q.randA : p.tA < q.tA;
      } );
      const std::optional<double> langsA = langs( mA, mB, volgorde, true );
      if ( !langsA )
        return std::nullopt;
      std::sort( volgorde.begin(), volgorde.end(), [this]( std::uint32_t i, std::uint32_t j ) {
        const Kruising &p = mKruisingen[i];
        const Kruising &q = mKruisingen[j];
        return p.randB != q.randB ? p.randB < q.randB : p.tB < q.tB;
      } );
      const std::optional<double> langsB = langs( mB, mA, volgorde, false );
      if ( !langsB )
        return std::nullopt;
      return std::max( 0.0, *langsA + *langsB );
    }

  private:
    //! An edge that reaches into the common box.
    struct Rand
    {
      std::uint32_t index = 0;
      double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    };
    //! A proper crossing of edge randA of A with edge randB of B, at fractions tA and tB along them.
    struct Kruising
    {
      std::uint32_t randA = 0, randB = 0;
      double tA = 0, tB = 0;
      Punt punt;
    };

    Punt punt( const Vlak &v, std::uint32_t i ) const
    {
      return { v.mPunten[i].x - mOorsprong.x, v.mPunten[i].y - mOorsprong.y };
    }

    Kader kaderVan( const Vlak &v, std::uint32_t rand ) const
    {
      const Punt &p = v.mPunten[rand];
      const Punt &q = v.mPunten[rand + 1];
      return { std::min( p.x, q.x ), std::min( p.y, q.y ), std::max( p.x, q.x ), std::max( p.y, q.y ) };
    }

    void verzamel( const Vlak &v, std::vector<Rand> &randen ) const
    {
      for ( const Vlak::Blok &blok : v.mBlokken )
      {
        if ( !blok.kader.raakt( mKader ) )
          continue;
        for ( std::uint32_t i = blok.begin; i < blok.eind; ++i )
        {
          const Kader k = kaderVan( v, i );
          if ( k.raakt( mKader ) )
            randen.push_back( { i, k.xMin, k.xMax, k.yMin, k.yMax } );
        }
      }
      std::sort( randen.begin(), randen.end(), []( const Rand &p, const Rand &q ) { return p.xMin < q.xMin; } );
    }

    //! Sweeps both edge lists by x; false at a configuration too close to call.
    bool zoekKruisingen()
    {
      std::size_t i = 0;
      std::size_t j = 0;
      while ( i < mRandenA.size() && j < mRandenB.size() )
      {
        if ( mRandenA[i].xMin <= mRandenB[j].xMin )
        {
          for ( std::size_t k = j; k < mRandenB.size() && mRandenB[k].xMin <= mRandenA[i].xMax; ++k )
            if ( !toets( mRandenA[i], mRandenB[k] ) )
              return false;
          ++i;
        }
        else
        {
          for ( std::size_t k = i; k < mRandenA.size() && mRandenA[k].xMin <= mRandenB[j].xMax; ++k )
            if ( !toets( mRandenA[k], mRandenB[j] ) )
              return false;
          ++j;
        }
      }
      return true;
    }

    bool toets( const Rand &ra, const Rand &rb )
    {
      if ( ra.yMin > rb.yMax || rb.yMin > ra.yMax )
        return true;
      const Punt a0 = punt( mA, ra.index ), a1 = punt( mA, ra.index + 1 );
      const Punt b0 = punt( mB, rb.index ), b1 = punt( mB, rb.index + 1 );
      const Orientatie b0a = orientatie( a0, a1, b0 ), b1a = orientatie( a0, a1, b1 );
      if ( zekerZelfdeKant( b0a, b1a ) )
        return true;
      const Orientatie a0b = orientatie( b0, b1, a0 ), a1b = orientatie( b0, b1, a1 );
      if ( zekerZelfdeKant( a0b, a1b ) )
        return true;
      if ( !b0a.zeker || !b1a.zeker || !a0b.zeker || !a1b.zeker )
        return false; // touching, or too close to tell
      const double tA = a0b.det / ( a0b.det - a1b.det );
      const double tB = b0a.det / ( b0a.det - b1a.det );
      mKruisingen.push_back( { ra.index, rb.index, tA, tB, { a0.x + tA * ( a1.x - a0.x ), a0.y + tA * ( a1.y - a0.y ) } } );
      return true;
    }

    //! Whether point \a p (shifted) lies inside \a v, by the parity of the edges right of it; nothing when it is too close to an edge.
    std::optional<bool> binnen( const Vlak &v, const Punt &p ) const
    {
      const Punt origineel { p.x + mOorsprong.x, p.y + mOorsprong.y };
      if ( origineel.x < v.kader().xMin || origineel.x > v.kader().xMax || origineel.y < v.kader().yMin || origineel.y > v.kader().yMax )
        return false;
      bool in = false;
      for ( const Vlak::Blok &blok : v.mBlokken )
      {
        if ( blok.kader.yMin > origineel.y || blok.kader.yMax < origineel.y || blok.kader.xMax < origineel.x )
          continue;
        for ( std::uint32_t i = blok.begin; i < blok.eind; ++i )
        {
          const Punt u = punt( v, i ), w = punt( v, i + 1 );
          if ( ( u.y > p.y ) == ( w.y > p.y ) || std::max( u.x, w.x ) < p.x )
            continue;
          if ( std::min( u.x, w.x ) > p.x )
          {
            in = !in;
            continue;
          }
          const Orientatie o = orientatie( u, w, p );
          if ( !o.zeker )
            return std::nullopt;
          if ( ( o.det > 0 ) == ( w.y > u.y ) )
            in = !in;
        }
      }
      return in;
    }

    //! Σ ∫ x dy over the pieces of \a v's boundary inside \a ander; \a volgorde: the crossings along v's edges.
    std::optional<double> langs( const Vlak &v, const Vlak &ander, const std::vector<std::uint32_t> &volgorde, bool isA ) const
    {
      double som = 0;
      std::size_t k = 0;
      const auto randVan = [&]( std::size_t i ) { return isA ? mKruisingen[volgorde[i]].randA : mKruisingen[volgorde[i]].randB; };
      for ( const Vlak::Ring &ring : v.mRingen )
      {
        double ringSom = 0;
        int in = -1; // unknown until the first edge near the other area
        for ( std::uint32_t b = ring.blokBegin; b < ring.blokEind; ++b )
        {
          const Vlak::Blok &blok = v.mBlokken[b];
          if ( !blok.kader.raakt( mKader ) )
          {
            in = 0; // outside the other's box, so outside it
            continue;
          }
          for ( std::uint32_t i = blok.begin; i < blok.eind; ++i )
          {
            if ( !kaderVan( v, i ).raakt( mKader ) )
            {
              in = 0;
              continue;
            }
            Punt van = punt( v, i );
            if ( in < 0 )
            {
              const std::optional<bool> b0 = binnen( ander, van );
              if ( !b0 )
                return std::nullopt;
              in = *b0 ? 1 : 0;
            }
            for ( ; k < volgorde.size() && randVan( k ) == i; ++k )
            {
              const Punt &naar = mKruisingen[volgorde[k]].punt;
              if ( in )
                ringSom += bijdrage( van, naar );
              in = 1 - in;
              van = naar;
            }
            if ( in )
              ringSom += bijdrage( van, punt( v, i + 1 ) );
          }
        }
        som += ring.richting * ringSom;
      }
      return som;
    }

    const Vlak &mA;
    const Vlak &mB;
    Kader mKader;     //!< the boxes' overlap: only edges reaching into it can meet
    Punt mOorsprong;
    std::vector<Rand> mRandenA;
    std::vector<Rand> mRandenB;
    std::vector<Kruising> mKruisingen;
};

std::optional<double> doorsnedeOppervlak( const Vlak &a, const Vlak &b )
{
  return Doorsnede( a, b ).oppervlak();
}

} // namespace veerkracht
