// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The reference values of the buurtprofiel: beside each of an area's numbers, the median of that
// number over the areas of its gemeente and over every area of the layer.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace veerkracht {

//! One area's numbers, one per row of the profile (none: missing), and its gemeente code.
struct ProfielGebied
{
  std::string gemeente;
  std::vector<std::optional<double>> waarden; //!< rows beyond its end count as missing
};

//! The medians of each row of the profile; none where no area has a value.
struct ProfielReferentie
{
  std::map<std::string, std::vector<std::optional<double>>> perGemeente; //!< per gemeente code: one median per row
  std::vector<std::optional<double>> alleGebieden;                        //!< over every area: one median per row

  //! The median of row \a rij over the areas of \a gemeente; none when none of them has a value or the layer has no area in \a gemeente.
  std::optional<double> gemeente( const std::string &gemeente, std::size_t rij ) const;
};

/**
 * The medians (median(), R type 7) of \a rijen rows over \a gebieden: per gemeente — the areas
 * with the same gemeente code, the empty code too — and over all of them. Missing values are
 * left out.
 */
ProfielReferentie profielReferentie( const std::vector<ProfielGebied> &gebieden, std::size_t rijen );

} // namespace veerkracht
