// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/regressie.h"
#include "model/modelerror.h"
#include "model/statistics.h"

#include <string>

namespace veerkracht {

OlsFit ols( const std::vector<double> &x, const std::vector<double> &y, const std::vector<double> &weights )
{
  const std::size_t n = x.size();
  if ( n < 3 )
    throw ModelError( "fit", "only " + std::to_string( n ) + " area(s) have the values for the fit; expected at least 3" );
  const auto w = [&weights]( std::size_t i ) { return weights.empty() ? 1.0 : weights[i]; };
  double sw = 0, sx = 0, sy = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    sw += w( i );
    sx += w( i ) * x[i];
    sy += w( i ) * y[i];
  }
  const double mx = sx / sw, my = sy / sw;
  double sxx = 0, sxy = 0, syy = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    sxx += w( i ) * ( x[i] - mx ) * ( x[i] - mx );
    sxy += w( i ) * ( x[i] - mx ) * ( y[i] - my );
    syy += w( i ) * ( y[i] - my ) * ( y[i] - my );
  }
  if ( !varies( x ) )
    throw ModelError( "x", "the explanatory values do not vary (zero variance); no slope can be fitted" );
  if ( !varies( y ) )
    throw ModelError( "y", "the values to explain do not vary (zero variance)" );
  OlsFit fit;
  fit.n = static_cast<int>( n );
  fit.b = sxy / sxx;
  fit.a = my - fit.b * mx;
  double sse = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    const double r = y[i] - fit.a - fit.b * x[i];
    sse += w( i ) * r * r;
  }
  fit.r2 = 1.0 - sse / syy;
  return fit;
}

} // namespace veerkracht
