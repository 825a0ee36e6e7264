// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/buren.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace veerkracht {

std::size_t Buren::zonderBuren() const
{
  return static_cast<std::size_t>( std::count_if( lijst.begin(), lijst.end(), []( const std::vector<int> &l ) { return l.empty(); } ) );
}

bool Buren::symmetrisch() const
{
  for ( std::size_t i = 0; i < lijst.size(); ++i )
  {
    for ( int j : lijst[i] )
    {
      const std::vector<int> &terug = lijst[static_cast<std::size_t>( j )];
      if ( !std::binary_search( terug.begin(), terug.end(), static_cast<int>( i ) ) )
        return false;
    }
  }
  return true;
}

namespace {

struct Hoek
{
  std::int64_t cx;
  std::int64_t cy;
  double x;
  double y;
  int gebied;
};

bool voor( const Hoek &a, const Hoek &b )
{
  return std::tie( a.cx, a.cy, a.gebied, a.x, a.y ) < std::tie( b.cx, b.cy, b.gebied, b.x, b.y );
}

} // namespace

Buren contiguiteit( const std::vector<std::vector<Punt>> &hoekpunten, Contiguiteit criterium, double snap )
{
  snap = std::abs( snap );
  // Cells much larger than the snap distance: a vertex meets vertices of other cells only when it
  // lies within snap of that cell, which few do.
  const double cel = std::max( 64 * snap, 1e-6 );
  std::vector<Hoek> hoeken;
  for ( std::size_t g = 0; g < hoekpunten.size(); ++g )
  {
    std::vector<Punt> eigen = hoekpunten[g];
    // Every vertex once per area (a ring's closing vertex repeats its first).
    std::sort( eigen.begin(), eigen.end(), []( const Punt &a, const Punt &b ) { return std::tie( a.x, a.y ) < std::tie( b.x, b.y ); } );
    eigen.erase( std::unique( eigen.begin(), eigen.end(), []( const Punt &a, const Punt &b ) { return a.x == b.x && a.y == b.y; } ), eigen.end() );
    for ( const Punt &p : eigen )
    {
      if ( std::isfinite( p.x ) && std::isfinite( p.y ) )
        hoeken.push_back( { static_cast<std::int64_t>( std::floor( p.x / cel ) ), static_cast<std::int64_t>( std::floor( p.y / cel ) ), p.x, p.y, static_cast<int>( g ) } );
    }
  }
  std::sort( hoeken.begin(), hoeken.end(), voor );

  std::unordered_map<std::uint64_t, int> paren; // (low area, high area) -> vertex pairs within snap
  const auto tel = [&]( const Hoek &a, const Hoek &b ) {
    if ( a.gebied == b.gebied )
      return;
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    if ( std::abs( dx ) > snap || std::abs( dy ) > snap || std::hypot( dx, dy ) > snap )
      return;
    const auto [lo, hi] = std::minmax( a.gebied, b.gebied );
    ++paren[( static_cast<std::uint64_t>( lo ) << 32 ) | static_cast<std::uint32_t>( hi )];
  };

  std::size_t begin = 0;
  while ( begin < hoeken.size() )
  {
    std::size_t eind = begin;
    while ( eind < hoeken.size() && hoeken[eind].cx == hoeken[begin].cx && hoeken[eind].cy == hoeken[begin].cy )
      ++eind;
    for ( std::size_t p = begin; p < eind; ++p )
    {
      for ( std::size_t q = p + 1; q < eind; ++q )
        tel( hoeken[p], hoeken[q] );
      // Cells after this one in sort order, when the vertex lies within snap of them.
      const Hoek &h = hoeken[p];
      const double x0 = static_cast<double>( h.cx ) * cel;
      const double y0 = static_cast<double>( h.cy ) * cel;
      for ( int dx = -1; dx <= 1; ++dx )
      {
        for ( int dy = -1; dy <= 1; ++dy )
        {
          if ( dx < 0 || ( dx == 0 && dy <= 0 ) )
            continue;
          // Gap between the vertex and that cell (dx is 0 or 1 here).
          const double gx = dx > 0 ? ( x0 + cel ) - h.x : 0.0;
          const double gy = dy > 0 ? ( y0 + cel ) - h.y : dy < 0 ? h.y - y0 : 0.0;
          const double afstand = std::hypot( gx, gy );
          if ( afstand > snap )
            continue;
          Hoek sleutel { h.cx + dx, h.cy + dy, 0, 0, -1 };
          auto it = std::lower_bound( hoeken.begin(), hoeken.end(), sleutel, []( const Hoek &a, const Hoek &b ) { return std::tie( a.cx, a.cy ) < std::tie( b.cx, b.cy ); } );
          for ( ; it != hoeken.end() && it->cx == sleutel.cx && it->cy == sleutel.cy; ++it )
            tel( h, *it );
        }
      }
    }
    begin = eind;
  }

  const int nodig = criterium == Contiguiteit::Queen ? 1 : 2;
  Buren buren;
  buren.lijst.resize( hoekpunten.size() );
  for ( const auto &[sleutel, aantal] : paren )
  {
    if ( aantal < nodig )
      continue;
    const int lo = static_cast<int>( sleutel >> 32 );
    const int hi = static_cast<int>( sleutel & 0xffffffffu );
    buren.lijst[static_cast<std::size_t>( lo )].push_back( hi );
    buren.lijst[static_cast<std::size_t>( hi )].push_back( lo );
  }
  for ( std::vector<int> &l : buren.lijst )
    std::sort( l.begin(), l.end() );
  return buren;
}

Buren dichtsteBuren( const std::vector<Punt> &punten, int k )
{
  Buren buren;
  const std::size_t n = punten.size();
  buren.lijst.resize( n );
  if ( k <= 0 || n < 2 )
    return buren;
  const std::size_t kk = std::min( static_cast<std::size_t>( k ), n - 1 );
  std::vector<std::pair<double, int>> afstanden;
  for ( std::size_t i = 0; i < n; ++i )
  {
    afstanden.clear();
    for ( std::size_t j = 0; j < n; ++j )
    {
      if ( j != i )
        afstanden.emplace_back( std::hypot( punten[i].x - punten[j].x, punten[i].y - punten[j].y ), static_cast<int>( j ) );
    }
    std::nth_element( afstanden.begin(), afstanden.begin() + static_cast<std::ptrdiff_t>( kk - 1 ), afstanden.end() );
    std::sort( afstanden.begin(), afstanden.begin() + static_cast<std::ptrdiff_t>( kk ) );
    // nth_element leaves equal distances in any order: take the lowest indices among them.
    const double grens = afstanden[kk - 1].first;
    std::vector<int> dichtbij;
    for ( const auto &[d, j] : afstanden )
    {
      if ( d < grens )
        dichtbij.push_back( j );
    }
    std::vector<int> gelijk;
    for ( const auto &[d, j] : afstanden )
    {
      if ( d == grens )
        gelijk.push_back( j );
    }
    std::sort( gelijk.begin(), gelijk.end() );
    for ( int j : gelijk )
    {
      if ( dichtbij.size() == kk )
        break;
      dichtbij.push_back( j );
    }
    std::sort( dichtbij.begin(), dichtbij.end() );
    buren.lijst[i] = dichtbij;
  }
  return buren;
}

Buren binnenGroepen( const Buren &buren, const std::vector<std::string> &groep )
{
  Buren binnen;
  binnen.lijst.resize( buren.size() );
  for ( std::size_t i = 0; i < buren.size(); ++i )
  {
    for ( int j : buren.lijst[i] )
    {
      if ( groep[static_cast<std::size_t>( j )] == groep[i] )
        binnen.lijst[i].push_back( j );
    }
  }
  return binnen;
}

std::string alsGal( const Buren &buren, const std::vector<std::string> &ids, const std::string &idVeld )
{
  std::ostringstream gal;
  gal << "0 " << buren.size() << " veerkracht " << idVeld << '\n';
  for ( std::size_t i = 0; i < buren.size(); ++i )
  {
    gal << ids[i] << ' ' << buren.lijst[i].size() << '\n';
    for ( std::size_t k = 0; k < buren.lijst[i].size(); ++k )
      gal << ( k ? " " : "" ) << ids[static_cast<std::size_t>( buren.lijst[i][k] )];
    gal << '\n';
  }
  return gal.str();
}

} // namespace veerkracht
