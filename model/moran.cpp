// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/moran.h"
#include "model/modelerror.h"
#include "model/parallel.h"
#include "model/statistics.h"
#include "model/vermenigvuldiging.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

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

//! The deviations' sums that the moments of Moran's I are made of.
struct Spreiding
{
  double n = 0;  //!< the number of areas
  double zz = 0; //!< Σ z²
  double z4 = 0; //!< Σ z⁴
  double m2 = 0; //!< Σ z² / n
};

//! z = x − mean into \a afwijking, and the sums of its powers.
Spreiding centreer( const std::vector<double> &x, std::vector<double> &afwijking )
{
  const std::size_t n = x.size();
  Spreiding s;
  s.n = static_cast<double>( n );
  double gemiddelde = 0;
  for ( double v : x )
    gemiddelde += v;
  gemiddelde /= s.n;
  afwijking.resize( n );
  for ( std::size_t i = 0; i < n; ++i )
  {
    afwijking[i] = x[i] - gemiddelde;
    s.zz += afwijking[i] * afwijking[i];
    s.z4 += std::pow( afwijking[i], 4 );
  }
  s.m2 = s.zz / s.n;
  return s;
}

//! I_i with its analytic moments and z into \a l (its afwijking filled); returns the number of areas without neighbours.
std::size_t lokaleMoran( const Gewichten &w, const Spreiding &s, LokaleMoran &l )
{
  const std::size_t n = l.afwijking.size();
  const std::vector<double> &z = l.afwijking;
  const double nd = s.n;
  const double b2 = ( s.z4 / nd ) / ( s.m2 * s.m2 );
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
    l.ii[i] = z[i] / s.m2 * l.lag[i];
    l.verwachting[i] = -wi / ( nd - 1 );
    l.variantie[i] = a * wi2 + b * ( wi * wi - wi2 ) - l.verwachting[i] * l.verwachting[i];
    if ( w.buren.lijst[i].empty() )
      ++zonderBuren;
    else if ( l.variantie[i] > 0 )
      l.z[i] = ( l.ii[i] - l.verwachting[i] ) / std::sqrt( l.variantie[i] );
  }
  return zonderBuren;
}

//! The sums of the weights in the global variance: S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ (w_i. + w_.i)².
struct Gewichtsommen
{
  double s0 = 0;
  double s1 = 0;
  double s2 = 0;
};

Gewichtsommen gewichtsommen( const Gewichten &w )
{
  const std::size_t n = w.buren.size();
  Gewichtsommen som;
  std::map<std::pair<int, int>, double> wij;
  std::vector<double> rij( n, 0.0 );
  std::vector<double> kolom( n, 0.0 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    for ( std::size_t k = 0; k < w.buren.lijst[i].size(); ++k )
    {
      const int j = w.buren.lijst[i][k];
      som.s0 += w.w[i][k];
      wij[{ static_cast<int>( i ), j }] += w.w[i][k];
      rij[i] += w.w[i][k];
      kolom[static_cast<std::size_t>( j )] += w.w[i][k];
    }
  }
  for ( const auto &[paar, waarde] : wij )
  {
    const auto terug = wij.find( { paar.second, paar.first } );
    const double beide = waarde + ( terug == wij.end() ? 0.0 : terug->second );
    // Each unordered pair with both directions is met twice, a one-way pair once.
    som.s1 += ( terug == wij.end() ? 1.0 : 0.5 ) * beide * beide;
  }
  for ( std::size_t i = 0; i < n; ++i )
    som.s2 += ( rij[i] + kolom[i] ) * ( rij[i] + kolom[i] );
  return som;
}

/**
 * The global I and its analytic moments into \a g: spdep's moran.test with randomisation and
 * adjust.n (n without the areas without neighbours). Returns na / S0, the factor of I that the
 * permutations reuse.
 */
double globaleMoran( const Gewichten &w, const LokaleMoran &l, const Spreiding &s, std::size_t zonderBuren, GlobaleMoran &g )
{
  const std::size_t n = l.afwijking.size();
  const double na = static_cast<double>( n - zonderBuren );
  g.n = n - zonderBuren;
  const Gewichtsommen som = gewichtsommen( w );
  double zlag = 0;
  for ( std::size_t i = 0; i < n; ++i )
    zlag += l.afwijking[i] * l.lag[i];
  if ( som.s0 <= 0 )
    throw ModelError( "w", "no area has a neighbour: Moran's I is undefined" );
  g.i = ( na / som.s0 ) * ( zlag / s.zz );
  g.verwachting = -1.0 / ( na - 1 );
  const double kurtosis = s.n * s.z4 / ( s.zz * s.zz );
  const double s02 = som.s0 * som.s0;
  const double boven = na * ( som.s1 * ( na * na - 3 * na + 3 ) - na * som.s2 + 3 * s02 ) - kurtosis * ( som.s1 * ( na * na - na ) - 2 * na * som.s2 + 6 * s02 );
  g.variantie = boven / ( ( na - 1 ) * ( na - 2 ) * ( na - 3 ) * s02 ) - g.verwachting * g.verwachting;
  g.z = g.variantie > 0 ? ( g.i - g.verwachting ) / std::sqrt( g.variantie ) : kNaN;
  return na / som.s0;
}

//! What every permutation reads.
struct Permutaties
{
  const Gewichten &w;
  const std::vector<double> &z; //!< the deviations
  double m2;
  int aantal;
  std::uint64_t seed;
};

/**
 * Area \a i's folded pseudo p by conditional permutation: i keeps its value, its neighbours are
 * drawn from the others. NaN without neighbours.
 */
double lokaleP( const Permutaties &perm, std::size_t i, double ii )
{
  const std::size_t n = perm.z.size();
  const std::vector<int> &buren = perm.w.buren.lijst[i];
  const std::size_t k = buren.size();
  if ( k == 0 )
    return kNaN;
  if ( k > n - 1 )
    return kNaN;
  Stroom stroom( perm.seed, i + 1 );
  std::vector<std::size_t> gekozen( k );
  int groter = 0;
  for ( int p = 0; p < perm.aantal; ++p )
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
      lag += perm.w.w[i][m] * perm.z[j];
    }
    if ( perm.z[i] / perm.m2 * lag >= ii )
      ++groter;
  }
  return gevouwenP( groter, perm.aantal );
}

/**
 * Whether the global I of permutation \a p (every value permuted over the areas) is at least
 * \a i; \a schaal and \a zz: na / S0 and Σ z².
 */
bool globaalGroter( const Permutaties &perm, std::size_t p, double schaal, double zz, double i )
{
  const std::size_t n = perm.z.size();
  const Gewichten &w = perm.w;
  Stroom stroom( perm.seed ^ 0x5bd1e9955bd1e995ULL, p + 1 );
  std::vector<double> gepermuteerd = perm.z;
  for ( std::size_t a = n - 1; a > 0; --a )
    std::swap( gepermuteerd[a], gepermuteerd[static_cast<std::size_t>( stroom.onder( a + 1 ) )] );
  double som = 0;
  for ( std::size_t a = 0; a < n; ++a )
  {
    double lag = 0;
    for ( std::size_t k = 0; k < w.buren.lijst[a].size(); ++k )
      lag += w.w[a][k] * gepermuteerd[static_cast<std::size_t>( w.buren.lijst[a][k] )];
    som += gepermuteerd[a] * lag;
  }
  return schaal * ( som / zz ) >= i;
}

//! Progress of one phase over \a n items, as the share \a van … \a tot of moran()'s work.
std::function<bool( std::size_t )> fase( const std::function<bool( double )> &voortgang, std::size_t n, double van, double tot )
{
  if ( !voortgang )
    return {};
  return [&voortgang, n, van, tot]( std::size_t klaar ) {
    return voortgang( van + ( tot - van ) * static_cast<double>( klaar ) / static_cast<double>( n ) );
  };
}

//! Every area's pseudo p into l.p (0–0.8 of the progress); false when canceled.
bool permuteerLokaal( const Permutaties &perm, unsigned threads, const std::function<bool( double )> &voortgang, LokaleMoran &l )
{
  const std::size_t n = perm.z.size();
  ParallelOpties opties;
  opties.threads = threads;
  opties.voortgang = fase( voortgang, n, 0.0, 0.8 );
  return parallelFor( n, opties, [&]( std::size_t i, unsigned ) { l.p[i] = lokaleP( perm, i, l.ii[i] ); } );
}

//! The global pseudo p into g.p (0.8–1 of the progress); false when canceled.
bool permuteerGlobaal( const Permutaties &perm, double schaal, double zz, unsigned threads, const std::function<bool( double )> &voortgang, GlobaleMoran &g )
{
  const std::size_t aantal = static_cast<std::size_t>( perm.aantal );
  std::vector<char> groter( aantal, 0 );
  ParallelOpties opties;
  opties.threads = threads;
  opties.voortgang = fase( voortgang, aantal, 0.8, 1.0 );
  if ( !parallelFor( aantal, opties, [&]( std::size_t p, unsigned ) { groter[p] = globaalGroter( perm, p, schaal, zz, g.i ) ? 1 : 0; } ) )
    return false;
  g.p = gevouwenP( static_cast<int>( std::count( groter.begin(), groter.end(), 1 ) ), perm.aantal );
  return true;
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
  MoranUitkomst uit;
  const Spreiding spreiding = centreer( x, uit.lokaal.afwijking );
  if ( !varies( x ) )
    throw ModelError( "x", "the values do not vary: Moran's I is undefined" );
  const std::size_t zonderBuren = lokaleMoran( w, spreiding, uit.lokaal );
  const double schaal = globaleMoran( w, uit.lokaal, spreiding, zonderBuren, uit.globaal );

  const int permutaties = std::max( 0, opties.permutaties );
  if ( permutaties == 0 )
    return uit;
  const unsigned threads = aantalThreads( opties.threads );
  const Permutaties perm { w, uit.lokaal.afwijking, spreiding.m2, permutaties, opties.seed };
  if ( !permuteerLokaal( perm, threads, voortgang, uit.lokaal ) || !permuteerGlobaal( perm, schaal, spreiding.zz, threads, voortgang, uit.globaal ) )
    uit.geannuleerd = true;
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
