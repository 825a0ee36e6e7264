#pragma once
// The numerical conventions of METHOD.md §7, so that two implementations agree.

#include <vector>

namespace veerkracht {

double mean( const std::vector<double> &values );

//! Sample standard deviation (n − 1); NaN for fewer than two values.
double sampleSd( const std::vector<double> &values );

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
