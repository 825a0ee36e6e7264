// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Which areas are neighbours (specification.md §4, map 11): contiguity from the boundary vertices, or the
// k nearest centroids, as sorted neighbour lists.

#include "model/punt.h"

#include <string>
#include <vector>

namespace veerkracht {

//! Per area the indices of its neighbours, ascending; an empty list is an area without neighbours.
struct Buren
{
  std::vector<std::vector<int>> lijst;

  std::size_t size() const { return lijst.size(); }
  //! Areas without neighbours.
  std::size_t zonderBuren() const;
  //! Whether j is a neighbour of i whenever i is one of j (contiguity is; k nearest often not).
  bool symmetrisch() const;
};

enum class Contiguiteit
{
  Queen, //!< at least one boundary point in common
  Rook,  //!< at least two: a stretch of boundary in common
};

/**
 * Contiguity from the boundary vertices of each area (every ring of every part): two areas are
 * queen neighbours when a vertex of one lies within \a snap of a vertex of the other, rook
 * neighbours when at least two distinct vertex pairs do. As R spdep's poly2nb, so that
 * topologically clean boundaries (shared vertices) give the same lists; \a snap absorbs small
 * misalignments. A grid of cells over the vertices stands in for the pairwise search.
 */
Buren contiguiteit( const std::vector<std::vector<Punt>> &hoekpunten, Contiguiteit criterium, double snap );

//! The k nearest other points (Euclidean; equal distances by lower index), as spdep's knearneigh.
Buren dichtsteBuren( const std::vector<Punt> &punten, int k );

//! Keeps only the neighbours in the same group (e.g. the gemeente): weights within each group.
Buren binnenGroepen( const Buren &buren, const std::vector<std::string> &groep );

//! The neighbour lists as a GAL file (GeoDa, spdep's read.gal) with \a ids as area ids.
std::string alsGal( const Buren &buren, const std::vector<std::string> &ids, const std::string &idVeld );

} // namespace veerkracht
