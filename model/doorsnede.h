// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The area of the overlap of two polygonal areas without building the overlap itself (specification.md
// §5 needs |s ∩ t|, not s ∩ t): Green's theorem on the two boundaries.

#include "model/punt.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace veerkracht {

struct Kader
{
  double xMin = 0;
  double yMin = 0;
  double xMax = -1;
  double yMax = -1;

  bool isLeeg() const { return xMin > xMax || yMin > yMax; }
  //! Whether the two (closed) boxes have a point in common.
  bool raakt( const Kader &ander ) const
  {
    return xMin <= ander.xMax && ander.xMin <= xMax && yMin <= ander.yMax && ander.yMin <= yMax;
  }
  void voegToe( const Punt &p );
};

/**
 * A valid polygonal area (a polygon or a multipolygon) as closed rings. The edges of each ring are
 * grouped in blocks of consecutive edges with their box, so that an overlap visits only the part of
 * a detailed boundary that lies near the other area. Built once; then read by any number of threads.
 */
class Vlak
{
  public:
    //! Adds a ring of \a n points (x and y interleaved, the closing point may be repeated): the
    //! shell of a polygon, or one of its holes (\a gat). Either orientation; repeated points are dropped.
    void voegRingToe( const double *xy, std::size_t n, bool gat );

    bool isLeeg() const { return mRingen.empty(); }
    const Kader &kader() const { return mKader; }
    //! Shells minus holes.
    double oppervlak() const;

  private:
    friend class Doorsnede;

    struct Ring
    {
      std::uint32_t blokBegin = 0;
      std::uint32_t blokEind = 0;
      double richting = 1; //!< +1 when the ring runs with the area on its left, −1 otherwise
    };
    struct Blok
    {
      std::uint32_t begin = 0; //!< edge i runs from mPunten[i] to mPunten[i + 1]
      std::uint32_t eind = 0;
      Kader kader;
    };

    std::vector<Punt> mPunten; //!< all rings, each closed (its first point repeated at its end)
    std::vector<Ring> mRingen;
    std::vector<Blok> mBlokken;
    Kader mKader;
};

/**
 * |a ∩ b| of two valid areas, in O((n + m) log + k) for the k edge crossings near both. Nothing when
 * the boundaries touch in a way that only exact geometry decides — a vertex on or within a
 * relative 1e-12 of the other boundary, collinear edges, a shared vertex —: then the caller
 * computes the overlap itself (GEOS), so that the result is never a guess.
 */
std::optional<double> doorsnedeOppervlak( const Vlak &a, const Vlak &b );

} // namespace veerkracht
