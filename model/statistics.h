// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The numerical conventions of specification.md §7, so that two implementations agree.

#include <vector>

namespace veerkracht {

double mean( const std::vector<double> &values );

//! Sample standard deviation (n − 1); NaN for fewer than two values.
double sampleSd( const std::vector<double> &values );

/**
 * Whether the values vary more than floating-point rounding explains: their standard deviation
 * exceeds 1e-9 × the largest magnitude and 1e-12 (a constant 0.1 computes to an sd of about
 * 2e-16, not 0). Every zero-variance check of the model uses it (specification.md §7).
 */
bool varies( const std::vector<double> &values );

//! The same test for a spread \a sd of values whose largest magnitude is \a scale.
bool spreadExceedsRounding( double sd, double scale );

//! Linear interpolation between order statistics (R type 7, numpy's default); p in [0, 1].
double quantile( std::vector<double> values, double p );

double median( const std::vector<double> &values );

//! 100 × (number of reference values below v + ½ × number equal to v) / n.
double percentileRank( const std::vector<double> &sortedReference, double v );

/**
 * Class 1 … edges.size() + 1 of v: the number of edges at or below v, plus one. A value on an
 * edge goes to the higher class; the top class includes the maximum.
 */
int classByEdges( double v, const std::vector<double> &edges );

//! The quintile edges P20, P40, P60, P80.
std::vector<double> quintileEdges( const std::vector<double> &values );

} // namespace veerkracht
