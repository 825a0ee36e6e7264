// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/moran.h"
#include "model/modelerror.h"
#include "model/statistics.h"
#include "model/vermenigvuldiging.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

namespace veerkracht {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

//! SplitMix64: turns (seed, stream) into well-spread state words.
std::uint64_t splitmix( std::uint64_t &state )
{
  std::uint64_t z = ( state += 0x9e3779b97f4a7c15ULL );
  z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
  z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
  return z ^ ( z >> 31 );
}

//! xoshiro256**: small, fast, and the same on every platform (unlike std::uniform_int_distribution).
class Stroom
{
  public:
    Stroom( std::uint64_t seed, std::uint64_t stroom )
    {
      std::uint64_t state = seed ^ ( stroom * 0xd1342543de82ef95ULL );
      for ( std::uint64_t &w : s )
        w = splitmix( state );
    }

    std::uint64_t volgende()
    {
      const std::uint64_t result = rotl( s[1] * 5, 7 ) * 9;
      const std::uint64_t t = s[1] << 17;
      s[2] ^= s[0];
      s[3] ^= s[1];
      s[1] ^= s[2];
      s[0] ^= s[3];
      s[2] ^= t;
      s[3] = rotl( s[3], 45 );
      return result;
    }

    //! Uniform in [0, n) by Lemire's multiply-shift with rejection (no modulo bias).
    std::uint64_t onder( std::uint64_t n )
    {
      const std::uint64_t drempel = ( 0 - n ) % n;
      for ( ;; )
      {
        const Product128 m = vermenigvuldig64( volgende(), n );
        if ( m.laag >= drempel )
          return m.hoog;
      }
    }

  private:
    static std::uint64_t rotl( std::uint64_t x, int k ) { return ( x << k ) | ( x >> ( 64 - k ) ); }
    std::uint64_t s[4];
};

//! p = (1 + the smaller tail) / (1 + permutations), as PySAL's p_sim.
double gevouwenP( int groterOfGelijk, int permutaties )
{
  const int kleiner = permutaties - groterOfGelijk;
  return ( 1.0 + std::min( groterOfGelijk, kleiner ) ) / ( 1.0 + permutaties );
}

/**
 * Runs work(item) for items 0..n-1 over threads, chunk by chunk, reporting progress from the
 * calling thread. Returns false when canceled.
 */
bool verdeel( std::size_t n, unsigned threads, const std::function<void( std::size_t )> &work,
              const std::function<bool( double )> &voortgang, double van, double tot )
{
  const std::size_t blok = 16;
  std::atomic<std::size_t> volgende { 0 };
  std::atomic<std::size_t> klaar { 0 };
  std::atomic<bool> stop { false };
  const auto werker = [&]() {
    for ( ;; )
    {
      if ( stop.load( std::memory_order_relaxed ) )
        return;
      const std::size_t begin = volgende.fetch_add( blok );
      if ( begin >= n )
        return;
      const std::size_t eind = std::min( n, begin + blok );
      for ( std::size_t i = begin; i < eind; ++i )
        work( i );
      klaar.fetch_add( eind - begin );
    }
  };
  std::vector<std::thread> helpers;
  for ( unsigned t = 1; t < threads; ++t )
    helpers.emplace_back( werker );
  // The calling thread works too and is the one that reports.
  for ( ;; )
  {
    if ( stop.load() )
      break;
    const std::size_t begin = volgende.fetch_add( blok );
    if ( begin >= n )
      break;
    const std::size_t eind = std::min( n, begin + blok );
    for ( std::size_t i = begin; i < eind; ++i )
      work( i );
    klaar.fetch_add( eind - begin );
    if ( voortgang && !voortgang( van + ( tot - van ) * static_cast<double>( klaar.load() ) / static_cast<double>( n ) ) )
      stop = true;
  }
  for ( std::thread &t : helpers )
    t.join();
  return !stop.load();
}

} // namespace

Gewichten rijGestandaardiseerd( const Buren &buren )
{
  Gewichten g;
  g.buren = buren;
  g.w.resize( buren.size() );
  for ( std::size_t i = 0; i < buren.size(); ++i )
    g.w[i].assign( buren.lijst[i].size(), buren.lijst[i].empty() ? 0.0 : 1.0 / static_cast<double>( buren.lijst[i].size() ) );
  return g;
}

MoranUitkomst moran( const std::vector<double> &x, const Gewichten &w, const MoranOpties &opties, const std::function<bool( double )> &voortgang )
{
  const std::size_t n = x.size();
  if ( n < 4 )
    throw ModelError( "x", "Moran's I needs at least 4 areas with a value" );
  if ( w.buren.size() != n )
    throw ModelError( "w", "the weights are for another number of areas" );
  const double nd = static_cast<double>( n );
  double gemiddelde = 0;
  for ( double v : x )
    gemiddelde += v;
  gemiddelde /= nd;

  MoranUitkomst uit;
  LokaleMoran &l = uit.lokaal;
  l.afwijking.resize( n );
  double zz = 0;
  double z4 = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    l.afwijking[i] = x[i] - gemiddelde;
    zz += l.afwijking[i] * l.afwijking[i];
    z4 += std::pow( l.afwijking[i], 4 );
  }
  if ( !varies( x ) )
    throw ModelError( "x", "the values do not vary: Moran's I is undefined" );
  const std::vector<double> &z = l.afwijking;
  const double m2 = zz / nd;
  const double b2 = ( z4 / nd ) / ( m2 * m2 );
  const double a = ( nd - b2 ) / ( nd - 1 );
  const double b = ( 2 * b2 - nd ) / ( ( nd - 1 ) * ( nd - 2 ) );

  l.lag.assign( n, 0.0 );
  l.ii.resize( n );
  l.verwachting.resize( n );
  l.variantie.resize( n );
  l.z.assign( n, kNaN );
  l.p.assign( n, kNaN );
  std::size_t zonderBuren = 0;
  l.aantalBuren.resize( n );
  for ( std::size_t i = 0; i < n; ++i )
  {
    l.aantalBuren[i] = static_cast<int>( w.buren.lijst[i].size() );
    double wi = 0;
    double wi2 = 0;
    for ( std::size_t k = 0; k < w.buren.lijst[i].size(); ++k )
    {
      l.lag[i] += w.w[i][k] * z[static_cast<std::size_t>( w.buren.lijst[i][k] )];
      wi += w.w[i][k];
      wi2 += w.w[i][k] * w.w[i][k];
    }
    l.ii[i] = z[i] / m2 * l.lag[i];
    l.verwachting[i] = -wi / ( nd - 1 );
    l.variantie[i] = a * wi2 + b * ( wi * wi - wi2 ) - l.verwachting[i] * l.verwachting[i];
    if ( w.buren.lijst[i].empty() )
      ++zonderBuren;
    else if ( l.variantie[i] > 0 )
      l.z[i] = ( l.ii[i] - l.verwachting[i] ) / std::sqrt( l.variantie[i] );
  }

  // Global: spdep's moran.test with randomisation and adjust.n (n without the areas without neighbours).
  GlobaleMoran &g = uit.globaal;
  const double na = static_cast<double>( n - zonderBuren );
  g.n = n - zonderBuren;
  double s0 = 0;
  std::map<std::pair<int, int>, double> wij;
  std::vector<double> rij( n, 0.0 );
  std::vector<double> kolom( n, 0.0 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    for ( std::size_t k = 0; k < w.buren.lijst[i].size(); ++k )
    {
      const int j = w.buren.lijst[i][k];
      s0 += w.w[i][k];
      wij[{ static_cast<int>( i ), j }] += w.w[i][k];
      rij[i] += w.w[i][k];
      kolom[static_cast<std::size_t>( j )] += w.w[i][k];
    }
  }
  double s1 = 0;
  for ( const auto &[paar, waarde] : wij )
  {
    const auto terug = wij.find( { paar.second, paar.first } );
    const double som = waarde + ( terug == wij.end() ? 0.0 : terug->second );
    // Each unordered pair with both directions is met twice, a one-way pair once.
    s1 += ( terug == wij.end() ? 1.0 : 0.5 ) * som * som;
  }
  double s2 = 0;
  for ( std::size_t i = 0; i < n; ++i )
    s2 += ( rij[i] + kolom[i] ) * ( rij[i] + kolom[i] );
  double zlag = 0;
  for ( std::size_t i = 0; i < n; ++i )
    zlag += z[i] * l.lag[i];
  if ( s0 <= 0 )
    throw ModelError( "w", "no area has a neighbour: Moran's I is undefined" );
  g.i = ( na / s0 ) * ( zlag / zz );
  g.verwachting = -1.0 / ( na - 1 );
  const double kurtosis = nd * z4 / ( zz * zz );
  const double s02 = s0 * s0;
  const double boven = na * ( s1 * ( na * na - 3 * na + 3 ) - na * s2 + 3 * s02 ) - kurtosis * ( s1 * ( na * na - na ) - 2 * na * s2 + 6 * s02 );
  g.variantie = boven / ( ( na - 1 ) * ( na - 2 ) * ( na - 3 ) * s02 ) - g.verwachting * g.verwachting;
  g.z = g.variantie > 0 ? ( g.i - g.verwachting ) / std::sqrt( g.variantie ) : kNaN;

  const int permutaties = std::max( 0, opties.permutaties );
  if ( permutaties == 0 )
    return uit;
  const unsigned threads = opties.threads ? opties.threads : std::max( 1u, std::thread::hardware_concurrency() );

  // Local: conditional permutation — area i keeps its value, its neighbours are drawn from the others.
  const auto lokaal = [&]( std::size_t i ) {
    const std::vector<int> &buren = w.buren.lijst[i];
    const std::size_t k = buren.size();
    if ( k == 0 )
      return;
    if ( k > n - 1 )
      return;
    Stroom stroom( opties.seed, i + 1 );
    std::vector<std::size_t> gekozen( k );
    int groter = 0;
    for ( int p = 0; p < permutaties; ++p )
    {
      double lag = 0;
      for ( std::size_t m = 0; m < k; ++m )
      {
        std::size_t j;
        do
        {
          j = static_cast<std::size_t>( stroom.onder( n - 1 ) );
          if ( j >= i )
            ++j;
        } while ( std::find( gekozen.begin(), gekozen.begin() + static_cast<std::ptrdiff_t>( m ), j ) != gekozen.begin() + static_cast<std::ptrdiff_t>( m ) );
        gekozen[m] = j;
        lag += w.w[i][m] * z[j];
      }
      if ( z[i] / m2 * lag >= l.ii[i] )
        ++groter;
    }
    l.p[i] = gevouwenP( groter, permutaties );
  };
  if ( !verdeel( n, threads, lokaal, voortgang, 0.0, 0.8 ) )
  {
    uit.geannuleerd = true;
    return uit;
  }

  // Global: every value permuted over the areas.
  std::vector<char> groterGlobaal( static_cast<std::size_t>( permutaties ), 0 );
  const auto globaal = [&]( std::size_t p ) {
    Stroom stroom( opties.seed ^ 0x5bd1e9955bd1e995ULL, p + 1 );
    std::vector<double> perm = z;
    for ( std::size_t i = n - 1; i > 0; --i )
      std::swap( perm[i], perm[static_cast<std::size_t>( stroom.onder( i + 1 ) )] );
    double som = 0;
    for ( std::size_t i = 0; i < n; ++i )
    {
      double lag = 0;
      for ( std::size_t k = 0; k < w.buren.lijst[i].size(); ++k )
        lag += w.w[i][k] * perm[static_cast<std::size_t>( w.buren.lijst[i][k] )];
      som += perm[i] * lag;
    }
    groterGlobaal[p] = ( na / s0 ) * ( som / zz ) >= g.i ? 1 : 0;
  };
  if ( !verdeel( static_cast<std::size_t>( permutaties ), threads, globaal, voortgang, 0.8, 1.0 ) )
  {
    uit.geannuleerd = true;
    return uit;
  }
  g.p = gevouwenP( static_cast<int>( std::count( groterGlobaal.begin(), groterGlobaal.end(), 1 ) ), permutaties );
  return uit;
}

double fdrDrempel( const std::vector<double> &p, double alpha )
{
  std::vector<double> geldig;
  for ( double v : p )
  {
    if ( std::isfinite( v ) )
      geldig.push_back( v );
  }
  std::sort( geldig.begin(), geldig.end() );
  const double m = static_cast<double>( geldig.size() );
  double drempel = 0;
  for ( std::size_t k = 0; k < geldig.size(); ++k )
  {
    if ( geldig[k] <= static_cast<double>( k + 1 ) * alpha / m )
      drempel = geldig[k];
  }
  return drempel;
}

std::vector<int> clusterKlassen( const LokaleMoran &lokaal, double alpha, bool fdr )
{
  const double drempel = fdr ? fdrDrempel( lokaal.p, alpha ) : alpha;
  std::vector<int> klassen( lokaal.ii.size(), 5 );
  for ( std::size_t i = 0; i < klassen.size(); ++i )
  {
    if ( lokaal.aantalBuren[i] == 0 )
    {
      klassen[i] = 6;
      continue;
    }
    if ( !std::isfinite( lokaal.p[i] ) )
      continue;
    const bool significant = fdr ? lokaal.p[i] <= drempel && drempel > 0 : lokaal.p[i] < alpha;
    if ( !significant )
      continue;
    const bool hoog = lokaal.afwijking[i] > 0;
    const bool burenHoog = lokaal.lag[i] > 0;
    klassen[i] = hoog && burenHoog ? 1 : !hoog && !burenHoog ? 2 : hoog ? 3 : 4;
  }
  return klassen;
}

} // namespace veerkracht
