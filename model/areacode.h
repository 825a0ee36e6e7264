// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Area codes of CBS (specification.md §6): BU + 8 digits (buurt), WK + 6 (wijk), GM + 4 (gemeente).

#include <string>

namespace veerkracht {

enum class AreaLevel { Buurt, Wijk, Gemeente, Unknown };

struct NormalisedCode
{
  std::string code;        //!< trimmed, upper case, prefixed
  bool prefixAdded = false; //!< a bare number became a buurt code (warn the user)
  bool empty = false;       //!< nothing left after trimming
};

/**
 * Normalises a join key: trim, upper case; a purely numeric code without prefix
 * (`03440111`, or `3440111` whose leading zero a spreadsheet dropped) is zero-padded
 * to 8 digits and prefixed `BU`.
 */
NormalisedCode normaliseAreaCode( const std::string &raw );

AreaLevel areaLevel( const std::string &normalisedCode );

//! GM + characters 3–6 of a buurt or wijk code; empty when the code is not one of those.
std::string gemeenteCode( const std::string &normalisedCode );

//! WK + characters 3–8 of a buurt code; empty when the code is not a buurt code.
std::string wijkCode( const std::string &normalisedCode );

} // namespace veerkracht
