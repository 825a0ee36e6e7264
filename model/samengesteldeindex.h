// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// K (concentration of vulnerable residents) and O (nuisance and unsafety): a weighted mean of
// standardised indicators, for one or two moments (specification.md §3).

#include "model/standaardisatie.h"

#include <optional>
#include <vector>

namespace veerkracht {

using Column = std::vector<std::optional<double>>; // one value per area, or none

struct Indicator
{
  int direction = 1;   //!< +1: higher is worse (more vulnerable, more nuisance); −1: higher is better
  double weight = 1;   //!< relative weight, > 0
};

struct IndexSettings
{
  Standaardisatie method = Standaardisatie::ZScore;
  double minimumShare = 0.5; //!< the index is missing when fewer than this share of indicators has a value
};

struct IndexResult
{
  Column t0;
  Column t1; //!< empty for one moment
  std::vector<Standaardiseerder> standaardiseerders; //!< one per indicator, fitted at t0
  int missingT0 = 0;
  int missingT1 = 0;
};

/**
 * The index per area. \a t0 and \a t1 hold one column per indicator (t1 may be empty: one
 * moment). Each indicator is multiplied by its direction and standardised with the parameters
 * of its values at t0 in the reference set (areas with inReference[i] true), reused for t1. The
 * index is the weighted mean of the available standardised indicators, missing when fewer than
 * minimumShare of them are available. Throws ModelError with subject "<position>" (0-based)
 * when an indicator cannot be standardised.
 */
IndexResult samengesteldeIndex( const std::vector<Column> &t0, const std::vector<Column> &t1, const std::vector<Indicator> &indicators,
                                const IndexSettings &settings, const std::vector<bool> &inReference );

/**
 * The weighted mean per area of the standardised \a columns (one per indicator, in the order of
 * \a indicators and \a standardisers), missing where fewer than \a minimumShare of them have a
 * value; \a missing is increased by the number of such areas.
 */
Column gewogenIndex( const std::vector<Column> &columns, const std::vector<Indicator> &indicators,
                     const std::vector<Standaardiseerder> &standardisers, double minimumShare, int &missing );

//! A count per 1000 of its denominator; missing when either is missing or the denominator is not positive.
std::optional<double> per1000( const std::optional<double> &count, const std::optional<double> &denominator );

} // namespace veerkracht
