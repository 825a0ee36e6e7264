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

//! What a layer or a parameter says about a CRS: whether it names one, and whether that is in degrees.
struct CrsLabel
{
  bool given = false;
  bool geographic = false;
};

//! Which CRS a layer's coordinates are taken to be in, or why none can be.
enum class CrsChoice
{
  SwappedAxes,      //!< refused: latitude/longitude with the axes swapped, under a geographic label or none
  Assigned,         //!< the CRS the user assigned, whatever the layer says
  GuessedLonLat,    //!< no CRS at all: the numbers are longitude/latitude, taken as EPSG:4326
  GuessedRdNew,     //!< no CRS at all: the numbers are RD New, taken as EPSG:28992
  NoGuess,          //!< refused: no CRS at all and numbers that are neither
  Declared,         //!< the layer's own CRS
  DeclaredRdNumbers //!< the layer's own CRS, while its numbers look like RD New: a label to check
};

/**
 * The rule for the CRS of an area layer's coordinates, from \a guess (guessCrs of its extent),
 * the CRS the user \a assigned and the one the layer \a declared (not given when it is missing
 * or a placeholder that says nothing): swapped axes are refused first unless a projected CRS is
 * assigned or declared; then an assigned CRS wins, then the declared one; without either the
 * numbers decide.
 */
CrsChoice chooseCrs( LikelyCrs guess, const CrsLabel &assigned, const CrsLabel &declared );

} // namespace veerkracht
