// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The film (docs/method.md, "Tijdreeks"): K and O over many moments, the signal of map 7 per
// period and each area's trajectory over the whole span.

#include "model/kaarten.h"
#include "model/samengesteldeindex.h"

#include <optional>
#include <string>
#include <vector>

namespace veerkracht {

/**
 * One index (K or O) over its moments: per indicator one column per moment, or none where the
 * indicator was not measured at that moment (the Leefbaarometer has no 2021, police figures
 * start in 2021).
 */
struct IndexReeks
{
  std::vector<int> moments;                          //!< years, ascending, distinct
  std::vector<Indicator> indicators;
  std::vector<std::vector<std::optional<Column>>> values; //!< [indicator][moment]
};

struct ReeksIndex
{
  std::vector<Standaardiseerder> standaardiseerders; //!< per indicator, fitted at its first measured moment
  std::vector<std::size_t> firstMoment;              //!< per indicator: that moment's position
  std::vector<Column> levels;                         //!< per moment: the index over the indicators measured then
};

/**
 * Standardises each indicator with the parameters of its first measured moment in the reference
 * set, reused at every later moment (so that a real rise shows as a rise), and gives the index per
 * moment as samengesteldeIndex() does. Throws ModelError "<position>" for an indicator that
 * cannot be standardised, "moment <year>" for a moment at which no indicator was measured.
 */
ReeksIndex reeksIndex( const IndexReeks &reeks, const IndexSettings &settings, const std::vector<bool> &inReference );

//! The indicators (positions) measured at both moments: a change compares like with like.
std::vector<std::size_t> gemeenschappelijkeIndicatoren( const IndexReeks &reeks, std::size_t a, std::size_t b );

//! The index at \a moment over \a indicators only (each standardised as in reeksIndex()).
Column indexOver( const IndexReeks &reeks, const ReeksIndex &index, std::size_t moment, const std::vector<std::size_t> &indicators, double minimumShare );

//! One period of the film; each index's moments for its ends, as positions in that index's moments.
struct Periode
{
  int begin = 0;
  int eind = 0;
  std::optional<int> kBegin, kEind, oBegin, oEind; //!< years the user gave for K and O; else the rule
};

/**
 * "2014-2018; 2018-2022 K 2021-2023; 2022-2024 O 2022-2024": periods separated by ';' (or ','),
 * each "begin-end" with optional "K a-b" and "O c-d" naming the moments its ends use. Throws
 * ModelError "PERIODS" on anything else, a period that does not move forward, or two periods
 * ending in the same year. The result is sorted by end year.
 */
std::vector<Periode> leesPerioden( const std::string &text );

/**
 * The moment (position in \a moments) for year \a jaar: the same year, else the nearest within
 * \a tolerance years; on a tie the one inside the period (\a isBegin: the later one, else the
 * earlier). None when no moment is that near.
 */
std::optional<std::size_t> momentVoor( int jaar, const std::vector<int> &moments, int tolerance, bool isBegin );

//! Which moments of one index a period compares; empty when they cannot be paired.
struct Koppeling
{
  std::optional<std::size_t> begin, eind;
  std::string waarom; //!< why not paired (for the log), empty when paired
  bool gekoppeld() const { return begin && eind; }
};

/**
 * The moments of one index for a period's ends: the years given (they must be moments; ModelError
 * \a subject otherwise) or momentVoor(). Both ends on the same moment is no change: not paired.
 */
Koppeling koppel( int begin, int eind, const std::optional<int> &gegevenBegin, const std::optional<int> &gegevenEind,
                  const std::vector<int> &moments, int tolerance, const std::string &subject );

//! The trajectory classes (labels( Kaart::Traject )), 0 = onvoldoende gegevens.
enum Traject
{
  SteedsOnderDruk = 1,
  OpnieuwOnderDruk = 2,
  NieuwOnderDruk = 3,
  Herstellend = 4,
  SteedsMeerOverlast = 5,
  SteedsVeerkrachtig = 6,
  Stabiel = 7,
  Wisselend = 8,
};

/**
 * The trajectory of one area from its signals (map 7's classes, 0 = none) per period in time
 * order; the rules are in docs/method.md. Onvoldoende gegevens when fewer than two periods have
 * a signal or the last has none.
 */
int trajectKlasse( const std::vector<int> &signalen );

//! The OLS slope per year of \a values over \a years (missing values left out); none for fewer than two.
std::optional<double> trendPerJaar( const std::vector<int> &years, const std::vector<std::optional<double>> &values );

/**
 * The trend of an index per area, like for like: the weighted mean of its indicators' own OLS
 * slopes per year (trendPerJaar() of each indicator's standardised values), over the indicators
 * with a slope there; missing where fewer than \a minimumShare of the indicators measured at two
 * or more moments have one. When every indicator is measured at every moment this is the slope of
 * the level itself; unlike that slope it does not mix indicators that start or stop at different
 * moments (the Leefbaarometer until 2020, police figures from 2021).
 */
Column reeksTrend( const IndexReeks &reeks, const ReeksIndex &index, double minimumShare );

} // namespace veerkracht
