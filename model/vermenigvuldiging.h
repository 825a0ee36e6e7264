// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The full 128-bit product of two 64-bit numbers in portable C++: MSVC has no unsigned __int128,
// and the permutation draws of moran.cpp need the product's high half (Lemire's bounded draw).

#include <cstdint>

namespace veerkracht
{

  struct Product128
  {
      std::uint64_t hoog;
      std::uint64_t laag;
  };

  //! a × b by 32-bit halves: the same bits as unsigned __int128 where a compiler has it.
  constexpr Product128 vermenigvuldig64( std::uint64_t a, std::uint64_t b )
  {
    const std::uint64_t aLaag = a & 0xffffffffu;
    const std::uint64_t aHoog = a >> 32;
    const std::uint64_t bLaag = b & 0xffffffffu;
    const std::uint64_t bHoog = b >> 32;
    const std::uint64_t ll = aLaag * bLaag;
    const std::uint64_t lh = aLaag * bHoog;
    const std::uint64_t hl = aHoog * bLaag;
    const std::uint64_t hh = aHoog * bHoog;
    // The middle column: at most 3 × (2^32 − 1), no overflow.
    const std::uint64_t midden = ( ll >> 32 ) + ( lh & 0xffffffffu ) + ( hl & 0xffffffffu );
    return { hh + ( lh >> 32 ) + ( hl >> 32 ) + ( midden >> 32 ), ( midden << 32 ) | ( ll & 0xffffffffu ) };
  }

} // namespace veerkracht
