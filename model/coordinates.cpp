// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/coordinates.h"

namespace veerkracht {

bool within( const Extent &inner, const Extent &outer )
{
  return inner.xMin >= outer.xMin && inner.xMax <= outer.xMax && inner.yMin >= outer.yMin && inner.yMax <= outer.yMax;
}

LikelyCrs guessCrs( const Extent &extent )
{
  if ( extent.xMin > extent.xMax || extent.yMin > extent.yMax )
    return LikelyCrs::Unknown;
  if ( within( extent, RD_BOUNDS ) )
    return LikelyCrs::RdNew;
  if ( within( extent, Extent { NL_LONLAT.yMin, NL_LONLAT.xMin, NL_LONLAT.yMax, NL_LONLAT.xMax } ) )
    return LikelyCrs::LatLonSwapped;
  if ( within( extent, Extent { -180, -90, 180, 90 } ) )
    return LikelyCrs::LonLat;
  return LikelyCrs::Unknown;
}

} // namespace veerkracht
