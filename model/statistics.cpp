// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace veerkracht {

double mean( const std::vector<double> &values )
{
  if ( values.empty() )
    return std::numeric_limits<double>::quiet_NaN();
  return std::accumulate( values.begin(), values.end(), 0.0 ) / static_cast<double>( values.size() );
}

double sampleSd( const std::vector<double> &values )
{
  if ( values.size() < 2 )
    return std::numeric_limits<double>::quiet_NaN();
  const double m = mean( values );
  double ss = 0;
  for ( double v : values )
    ss += ( v - m ) * ( v - m );
  return std::sqrt( ss / static_cast<double>( values.size() - 1 ) );
}

bool spreadExceedsRounding( double sd, double scale )
{
  return sd > 1e-9 * std::fabs( scale ) && sd > 1e-12;
}

bool varies( const std::vector<double> &values )
{
  double scale = 0;
  for ( double v : values )
    scale = std::max( scale, std::fabs( v ) );
  return values.size() >= 2 && spreadExceedsRounding( sampleSd( values ), scale );
}

double quantile( std::vector<double> values, double p )
{
  if ( !( p >= 0 && p <= 1 ) )
    throw std::invalid_argument( "quantile: p must lie in [0, 1]" );
  if ( values.empty() )
    return std::numeric_limits<double>::quiet_NaN();
  std::sort( values.begin(), values.end() );
  const double h = ( static_cast<double>( values.size() ) - 1 ) * p;
  const auto lo = static_cast<std::size_t>( std::floor( h ) );
  const std::size_t hi = std::min( lo + 1, values.size() - 1 );
  return values[lo] + ( h - static_cast<double>( lo ) ) * ( values[hi] - values[lo] );
}

double median( const std::vector<double> &values )
{
  return quantile( values, 0.5 );
}

double percentileRank( const std::vector<double> &sortedReference, double v )
{
  if ( sortedReference.empty() )
    return std::numeric_limits<double>::quiet_NaN();
  const auto below = std::lower_bound( sortedReference.begin(), sortedReference.end(), v ) - sortedReference.begin();
  const auto upTo = std::upper_bound( sortedReference.begin(), sortedReference.end(), v ) - sortedReference.begin();
  return 100.0 * ( static_cast<double>( below ) + 0.5 * static_cast<double>( upTo - below ) ) / static_cast<double>( sortedReference.size() );
}

int classByEdges( double v, const std::vector<double> &edges )
{
  int cls = 1;
  for ( double edge : edges )
    cls += v >= edge ? 1 : 0;
  return cls;
}

std::vector<double> quintileEdges( const std::vector<double> &values )
{
  std::vector<double> sorted( values );
  std::sort( sorted.begin(), sorted.end() );
  std::vector<double> edges;
  for ( double p : { 0.2, 0.4, 0.6, 0.8 } )
    edges.push_back( quantile( sorted, p ) );
  return edges;
}

} // namespace veerkracht
