// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/samengesteldeindex.h"
#include "model/modelerror.h"

#include <stdexcept>
#include <string>

namespace veerkracht {

Column gewogenIndex( const std::vector<Column> &columns, const std::vector<Indicator> &indicators,
                     const std::vector<Standaardiseerder> &standardisers, double minimumShare, int &missing )
{
  const std::size_t areas = columns.empty() ? 0 : columns.front().size();
  Column index( areas );
  for ( std::size_t i = 0; i < areas; ++i )
  {
    double sum = 0, weights = 0;
    std::size_t available = 0;
    for ( std::size_t j = 0; j < columns.size(); ++j )
    {
      if ( !columns[j][i] )
        continue;
      sum += indicators[j].weight * standardisers[j]( indicators[j].direction * *columns[j][i] );
      weights += indicators[j].weight;
      ++available;
    }
    if ( available == 0 || static_cast<double>( available ) < minimumShare * static_cast<double>( columns.size() ) )
      ++missing;
    else
      index[i] = sum / weights;
  }
  return index;
}

IndexResult samengesteldeIndex( const std::vector<Column> &t0, const std::vector<Column> &t1, const std::vector<Indicator> &indicators,
                                const IndexSettings &settings, const std::vector<bool> &inReference )
{
  if ( t0.empty() || t0.size() != indicators.size() )
    throw std::invalid_argument( "one direction and weight per indicator" );
  if ( !t1.empty() && t1.size() != t0.size() )
    throw ModelError( "t1", "t0 has " + std::to_string( t0.size() ) + " indicators and t1 " + std::to_string( t1.size() ) + "; expected the same indicators in the same order" );

  for ( const std::vector<Column> *moment : { &t0, &t1 } )
    for ( const Column &column : *moment )
      if ( column.size() != inReference.size() )
        throw std::invalid_argument( "one value (or none) and one reference flag per area" );
  IndexResult result;
  for ( std::size_t j = 0; j < t0.size(); ++j )
  {
    std::vector<double> reference;
    for ( std::size_t i = 0; i < t0[j].size(); ++i )
      if ( inReference[i] && t0[j][i] )
        reference.push_back( indicators[j].direction * *t0[j][i] );
    result.standaardiseerders.push_back( Standaardiseerder::fit( settings.method, reference, std::to_string( j ) ) );
  }
  result.t0 = gewogenIndex( t0, indicators, result.standaardiseerders, settings.minimumShare, result.missingT0 );
  if ( !t1.empty() )
    result.t1 = gewogenIndex( t1, indicators, result.standaardiseerders, settings.minimumShare, result.missingT1 );
  return result;
}

std::optional<double> per1000( const std::optional<double> &count, const std::optional<double> &denominator )
{
  if ( !count || !denominator || !( *denominator > 0 ) )
    return std::nullopt;
  return 1000.0 * *count / *denominator;
}

} // namespace veerkracht
