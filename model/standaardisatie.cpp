// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/standaardisatie.h"
#include "model/modelerror.h"
#include "model/statistics.h"

#include <algorithm>
#include <cmath>

namespace veerkracht {

std::string toString( Standaardisatie method )
{
  switch ( method )
  {
    case Standaardisatie::ZScore:
      return "zscore";
    case Standaardisatie::Percentile:
      return "percentile";
    case Standaardisatie::MinMax:
      return "minmax";
    case Standaardisatie::None:
      break;
  }
  return "none";
}

Standaardiseerder Standaardiseerder::fit( Standaardisatie method, const std::vector<double> &referenceT0, const std::string &subject )
{
  Standaardiseerder s;
  s.mMethod = method;
  if ( method == Standaardisatie::None )
    return s;
  if ( referenceT0.empty() )
    throw ModelError( subject, "no area of the reference set has a value at t0" );
  s.mSorted = referenceT0;
  std::sort( s.mSorted.begin(), s.mSorted.end() );
  s.mMean = veerkracht::mean( referenceT0 );
  s.mSd = sampleSd( referenceT0 );
  s.mMin = s.mSorted.front();
  s.mMax = s.mSorted.back();
  if ( method == Standaardisatie::ZScore && !varies( referenceT0 ) )
    throw ModelError( subject, referenceT0.size() < 2 ? "fewer than two reference values at t0: no standard deviation"
                                                       : "every reference value at t0 is the same (zero variance)" );
  if ( method == Standaardisatie::MinMax && !spreadExceedsRounding( s.mMax - s.mMin, std::max( std::fabs( s.mMin ), std::fabs( s.mMax ) ) ) )
    throw ModelError( subject, "every reference value at t0 is the same (minimum equals maximum)" );
  return s;
}

double Standaardiseerder::operator()( double v ) const
{
  switch ( mMethod )
  {
    case Standaardisatie::ZScore:
      return ( v - mMean ) / mSd;
    case Standaardisatie::Percentile:
      return percentileRank( mSorted, v );
    case Standaardisatie::MinMax:
      return ( v - mMin ) / ( mMax - mMin );
    case Standaardisatie::None:
      break;
  }
  return v;
}

} // namespace veerkracht
