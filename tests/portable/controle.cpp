// SPDX-License-Identifier: GPL-2.0-or-later
// The QGIS-free model without Qt: hand-computed checks, then the numbers of a Moran run with
// permutations printed at full precision. tests/portable/mingw.sh builds this natively and with
// MinGW-w64, runs the Windows build under wine, and compares the two prints: the permutation
// draws (portable 128-bit products, no unsigned __int128) must give the same numbers on Windows.

#include "model/areacode.h"
#include "model/buren.h"
#include "model/moran.h"
#include "model/regressie.h"
#include "model/statistics.h"
#include "model/vermenigvuldiging.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace
{
  int fouten = 0;

  void controleer( bool goed, const char *wat )
  {
    if ( !goed )
    {
      std::printf( "FOUT: %s\n", wat );
      ++fouten;
    }
  }

  std::vector<veerkracht::Punt> vierkant( double x, double y )
  {
    return { { x, y }, { x + 1, y }, { x + 1, y + 1 }, { x, y + 1 }, { x, y } };
  }
} // namespace

int main()
{
  using namespace veerkracht;
  // By hand.
  controleer( normaliseAreaCode( " 3440111" ).code == "BU03440111", "3440111 is buurt BU03440111" );
  controleer( gemeenteCode( "BU03440111" ) == "GM0344", "the gemeente of BU03440111 is GM0344" );
  controleer( mean( { 1, 2, 3, 4 } ) == 2.5, "mean of 1..4 is 2.5" );
  controleer( std::abs( sampleSd( { 1, 2, 3, 4 } ) - std::sqrt( 5.0 / 3.0 ) ) < 1e-15, "sd of 1..4 is sqrt(5/3)" );
  const OlsFit fit = ols( { 1, 2, 3 }, { 2, 4, 6 } );
  controleer( std::abs( fit.a ) < 1e-12 && std::abs( fit.b - 2 ) < 1e-12 && std::abs( fit.r2 - 1 ) < 1e-12, "y = 2x fits exactly" );
  const Product128 p = vermenigvuldig64( ~std::uint64_t( 0 ), ~std::uint64_t( 0 ) );
  controleer( p.hoog == ~std::uint64_t( 0 ) - 1 && p.laag == 1, "(2^64 - 1)^2 = 2^128 - 2^65 + 1" );

  // A 3 × 3 lattice, queen contiguity, 999 permutations on two threads: printed for comparison.
  std::vector<std::vector<Punt>> vakken;
  for ( int r = 0; r < 3; ++r )
    for ( int c = 0; c < 3; ++c )
      vakken.push_back( vierkant( c, r ) );
  const Gewichten w = rijGestandaardiseerd( contiguiteit( vakken, Contiguiteit::Queen, 0 ) );
  const MoranUitkomst m = moran( { 3, 1, 4, 1, 5, 9, 2, 6, 5 }, w, MoranOpties { 999, 20241128, 2 } );
  std::printf( "global I %.17g z %.17g p %.17g\n", m.globaal.i, m.globaal.z, m.globaal.p );
  for ( std::size_t i = 0; i < m.lokaal.ii.size(); ++i )
    std::printf( "area %zu I %.17g z %.17g p %.17g\n", i, m.lokaal.ii[i], m.lokaal.z[i], m.lokaal.p[i] );
  std::printf( fouten == 0 ? "controle: ok\n" : "controle: %d fout(en)\n", fouten );
  return fouten == 0 ? 0 : 1;
}
