// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace veerkracht {

unsigned aantalThreads( unsigned gevraagd )
{
  return gevraagd ? gevraagd : std::max( 1u, std::thread::hardware_concurrency() );
}

bool parallelFor( std::size_t n, const ParallelOpties &opties, const std::function<void( std::size_t item, unsigned thread )> &werk )
{
  const unsigned threads = aantalThreads( opties.threads );
  const bool vast = opties.blok == 0;
  const std::size_t blok = vast ? ( n + threads - 1 ) / threads : opties.blok;
  std::atomic<std::size_t> volgende { 0 };
  std::atomic<std::size_t> klaar { 0 };
  std::atomic<bool> geannuleerd { false };
  const auto werker = [&]( unsigned thread ) {
    for ( bool eerste = true;; eerste = false )
    {
      if ( geannuleerd.load( std::memory_order_relaxed ) || ( opties.stop && opties.stop->load( std::memory_order_relaxed ) ) )
        return;
      if ( vast && !eerste )
        return;
      const std::size_t begin = vast ? thread * blok : volgende.fetch_add( blok );
      if ( begin >= n )
        return;
      const std::size_t eind = std::min( n, begin + blok );
      for ( std::size_t i = begin; i < eind; ++i )
        werk( i, thread );
      klaar.fetch_add( eind - begin );
      // Only the calling thread reports: the callback may talk to a user interface.
      if ( thread == 0 && opties.voortgang && !opties.voortgang( klaar.load() ) )
        geannuleerd = true;
    }
  };
  std::vector<std::thread> helpers;
  for ( unsigned t = 1; t < threads; ++t )
    helpers.emplace_back( werker, t );
  werker( 0 );
  for ( std::thread &h : helpers )
    h.join();
  return !geannuleerd.load() && !( opties.stop && opties.stop->load() );
}

} // namespace veerkracht
