// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Which coordinate system the numbers of a Dutch layer are in, when its CRS is missing or wrong.

namespace veerkracht {

enum class LikelyCrs { LonLat, LatLonSwapped, RdNew, Unknown };

struct Extent
{
  double xMin, yMin, xMax, yMax;
};

//! The Netherlands in longitude/latitude (WGS 84), with the same margin.
constexpr Extent NL_LONLAT { 3.0, 50.5, 7.5, 53.8 };

//! RD New's area of use (EPSG:28992), in its own metres, with a margin for the sea and borders.
constexpr Extent RD_BOUNDS { -7000, 289000, 300000, 629000 };

bool within( const Extent &inner, const Extent &outer );

/**
 * RD New when the extent lies in RD New's area of use; longitude/latitude when it lies within
 * ±180° × ±90° (and so cannot be RD metres of the Netherlands); swapped latitude/longitude when
 * x reads as the Netherlands' latitudes and y as its longitudes (a point in the Indian Ocean off
 * Somalia otherwise); unknown otherwise.
 */
LikelyCrs guessCrs( const Extent &extent );

} // namespace veerkracht
