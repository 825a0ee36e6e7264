// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Local and global Moran's I (specification.md §4, map 11): Anselin's LISA with analytical moments under
// the randomisation assumption, and pseudo p-values from conditional permutations.

#include "model/buren.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace veerkracht {

//! Spatial weights: per area its neighbours and their weights, in the same order.
struct Gewichten
{
  Buren buren;
  std::vector<std::vector<double>> w;
};

//! Row standardised weights ("W"): each neighbour of i weighs 1 / (number of neighbours of i).
Gewichten rijGestandaardiseerd( const Buren &buren );

struct MoranOpties
{
  int permutaties = 999;
  std::uint64_t seed = 20241128;
  unsigned threads = 0; //!< 0: every core
};

struct LokaleMoran
{
  std::vector<double> ii;          //!< I_i = z_i / m2 · Σ_j w_ij z_j, z = x − mean, m2 = Σ z² / n
  std::vector<double> verwachting; //!< E[I_i] = −W_i / (n − 1)
  std::vector<double> variantie;   //!< Var[I_i] under randomisation (Anselin 1995)
  std::vector<double> z;           //!< (I_i − E[I_i]) / sd; NaN without neighbours
  std::vector<double> p;           //!< folded pseudo p (1 + extremer) / (1 + permutations); NaN without neighbours
  std::vector<double> afwijking;   //!< z_i = x_i − mean (for the quadrant)
  std::vector<double> lag;         //!< Σ_j w_ij z_j (for the quadrant)
  std::vector<int> aantalBuren;    //!< neighbours per area
};

struct GlobaleMoran
{
  double i = 0;
  double verwachting = 0;
  double variantie = 0;
  double z = 0;
  double p = 1; //!< folded pseudo p from permutations of all values
  std::size_t n = 0; //!< areas with neighbours (spdep's adjust.n)
};

struct MoranUitkomst
{
  LokaleMoran lokaal;
  GlobaleMoran globaal;
  bool geannuleerd = false;
};

/**
 * Moran's I of \a x (every value present) with weights \a w. Permutations are split over threads;
 * each area and each global permutation draws from its own stream of \a opties.seed, so the
 * result is the same for every thread count. \a voortgang gets the share done (0–1) and returns
 * false to cancel. Throws ModelError("x") for fewer than 4 areas or a constant \a x.
 */
MoranUitkomst moran( const std::vector<double> &x, const Gewichten &w, const MoranOpties &opties,
                     const std::function<bool( double )> &voortgang = {} );

/**
 * The Benjamini–Hochberg threshold: the largest p_(k) with p_(k) ≤ k·α/m over the finite \a p;
 * 0 when none qualifies. An area is significant when p ≤ threshold.
 */
double fdrDrempel( const std::vector<double> &p, double alpha );

/**
 * Map 11's classes: 1 hoog-hoog, 2 laag-laag, 3 hoog-laag, 4 laag-hoog (significant: p < alpha,
 * or p ≤ the FDR threshold), 5 niet significant, 6 geen buren. High means z_i > 0 (lag > 0).
 */
std::vector<int> clusterKlassen( const LokaleMoran &lokaal, double alpha, bool fdr );

} // namespace veerkracht
