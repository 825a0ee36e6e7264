// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Ordinary (optionally weighted) least squares of y on x, for the veerkrachtscore (specification.md §4.10).

#include <vector>

namespace veerkracht {

struct OlsFit
{
  double a = 0;  //!< intercept
  double b = 0;  //!< slope
  double r2 = 0; //!< (weighted) coefficient of determination
  int n = 0;
};

/**
 * Fits y = a + b·x minimising Σ w (y − a − b·x)²; \a weights empty means all 1. R² is
 * 1 − Σ w r² / Σ w (y − ȳ_w)². Throws ModelError (subject "fit") for fewer than 3 areas, or when
 * x or y does not vary.
 */
OlsFit ols( const std::vector<double> &x, const std::vector<double> &y, const std::vector<double> &weights = {} );

} // namespace veerkracht
