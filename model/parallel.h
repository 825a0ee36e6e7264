// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// One loop over items on several threads, for the model (Moran's permutations) and the overlaps of
// harmonisation. Each item writes only its own result; the caller combines them afterwards in
// item order, so that the outcome does not depend on the number of threads.

#include <atomic>
#include <cstddef>
#include <functional>

namespace veerkracht {

//! The number of threads for \a gevraagd: 0 means every core (at least one).
unsigned aantalThreads( unsigned gevraagd );

struct ParallelOpties
{
  unsigned threads = 0; //!< threads that work, the calling thread included; 0: every core

  /**
   * Items per chunk, handed out as threads come free (for items that differ in cost). 0: one
   * fixed chunk per thread, thread t the t-th share of ceil(n / threads) items.
   */
  std::size_t blok = 16;

  /**
   * Called by the calling thread after each chunk it did, with the number of items done so far by
   * all threads (rising; not necessarily up to n, as other threads may finish the last chunks).
   * Returns false to cancel.
   */
  std::function<bool( std::size_t klaar )> voortgang;

  //! Cancels when set, elsewhere; checked before each chunk.
  const std::atomic<bool> *stop = nullptr;
};

/**
 * Runs \a werk( item, thread ) once for each item 0 … n − 1, chunk by chunk, on opties.threads
 * threads; thread 0 is the calling thread, the others 1 … threads − 1 (so per-thread state can be
 * indexed by it). Returns when every thread is done: false when canceled (through voortgang or
 * stop), and then chunks not begun are left out.
 */
bool parallelFor( std::size_t n, const ParallelOpties &opties, const std::function<void( std::size_t item, unsigned thread )> &werk );

} // namespace veerkracht
