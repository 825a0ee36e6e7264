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

CrsChoice chooseCrs( LikelyCrs guess, const CrsLabel &assigned, const CrsLabel &declared )
{
  // Latitude as x and longitude as y: read as WGS 84 that is the sea off Somalia.
  if ( guess == LikelyCrs::LatLonSwapped && ( !assigned.given || assigned.geographic ) && ( !declared.given || declared.geographic ) )
    return CrsChoice::SwappedAxes;
  if ( assigned.given )
    return CrsChoice::Assigned;
  if ( !declared.given )
  {
    switch ( guess )
    {
      case LikelyCrs::LonLat:
        return CrsChoice::GuessedLonLat;
      case LikelyCrs::RdNew:
        return CrsChoice::GuessedRdNew;
      case LikelyCrs::LatLonSwapped:
      case LikelyCrs::Unknown:
        break;
    }
    return CrsChoice::NoGuess;
  }
  return guess == LikelyCrs::RdNew ? CrsChoice::DeclaredRdNumbers : CrsChoice::Declared;
}

} // namespace veerkracht
