// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The maps of specification.md §4 on arrays of areas. Every class is an integer: 1 = the first class as
// listed in §4, 0 = onvoldoende gegevens (small area or missing data); a Dutch label goes with each.

#include "model/regressie.h"
#include "model/samengesteldeindex.h"

#include <string>
#include <vector>

namespace veerkracht {

constexpr int ONVOLDOENDE_GEGEVENS = 0;

enum class Kaart
{
  Corporatiebezit,          //!< map 1
  KwetsbareBewoners,        //!< map 2
  OntwikkelingKwetsbaar,    //!< map 3
  Overlast,                 //!< map 4
  OntwikkelingOverlast,     //!< map 5
  SignaleringAbsoluut,      //!< map 7
  SignaleringRelatief,      //!< map 8
  Focus,                    //!< map 9
  Veerkrachtscore,          //!< map 10
  Clusters,                 //!< map 11
  Traject,                  //!< the film's trajectory over many periods (model/tijdreeks.h)
};

//! The Dutch labels of a map's classes, indexed by class code (0 = "onvoldoende gegevens").
const std::vector<std::string> &labels( Kaart kaart );

/**
 * Areas with enough data (specification.md §3): every required column has a value and, when an
 * inhabitants column is given (non-empty), the area has at least \a minInhabitants (an area
 * whose inhabitants are unknown is small too). The others get "onvoldoende gegevens" on every
 * map and are left out of every fit, percentile and standard deviation.
 */
std::vector<bool> voldoendeGegevens( std::size_t areas, const std::vector<const Column *> &required, const Column &inhabitants, double minInhabitants );

//! The values of the areas in the reference set (valid and with a value).
std::vector<double> referenceValues( const Column &values, const std::vector<bool> &valid );

//! Maps 2 and 4: a level in quintiles of the reference set.
struct NiveauKaart
{
  std::vector<int> classes;
  std::vector<double> edges; //!< P20, P40, P60, P80
  int n = 0;
};
NiveauKaart niveauKaart( const Column &values, const std::vector<bool> &valid, const std::string &subject );

//! The development class of a change Δ given ε and the sd of Δ (specification.md §7).
int ontwikkelingsKlasse( double delta, double epsilon, double sd );

//! Maps 3 and 5: a change in five classes, with the dead band ε = deadBand × sd(Δ).
struct OntwikkelingsKaart
{
  std::vector<int> classes;
  double sd = 0;
  double epsilon = 0;
  int n = 0;
};
OntwikkelingsKaart ontwikkelingsKaart( const Column &delta, const std::vector<bool> &valid, double deadBand, const std::string &subject );

//! Map 7's rule: 1 veerkracht onder druk, 2 veerkrachtig, 3 overlast neemt toe, 4 stabiel of verbeterend.
int signaal( double deltaK, double deltaO, double epsilonK, double epsilonO );

struct SignaleringsKaart
{
  std::vector<int> classes;
  Column deltaK; //!< the values the rule was applied to (relative: Δ − median of the group)
  Column deltaO;
  double epsilonK = 0;
  double epsilonO = 0;
  int n = 0;
  //! Relative map only: the relative values do not vary (e.g. one area per group), so every class is 0.
  bool undetermined = false;
};

//! Map 7: the signal from ΔK and ΔO, each with its own dead band.
SignaleringsKaart signaleringsKaart( const Column &deltaK, const Column &deltaO, const std::vector<bool> &valid, double deadBand );

/**
 * Map 8: the same rule on ΔK − median(ΔK in the area's group) and ΔO − median(ΔO in the group),
 * medians over the group's valid areas; ε from the sd of the relative values. When those do not
 * vary (every group a single area, as on a layer of gemeenten) the map is undetermined: class 0
 * everywhere, and `undetermined` set.
 */
SignaleringsKaart relatieveSignaleringsKaart( const Column &deltaK, const Column &deltaO, const std::vector<std::string> &groups,
    const std::vector<bool> &valid, double deadBand );

//! Map 9: K(t1) ≥ P and O(t1) ≥ P of the reference set (P = \a percentile, default 80).
struct FocusKaart
{
  std::vector<int> classes;
  double thresholdK = 0;
  double thresholdO = 0;
  int n = 0;
};
int focusKlasse( double k, double o, double thresholdK, double thresholdO );
FocusKaart focusKaart( const Column &k1, const Column &o1, const std::vector<bool> &valid, double percentile );

//! Map 1: < 10 %; 10 % to < ⅓; ⅓ to < 50 %; 50 % to ⅔; > ⅔ (corporatiebuurt). \a share in percent.
int corporatieKlasse( double share );
std::vector<int> corporatieKaart( const Column &share, const std::vector<bool> &valid );

//! Map 10: fit ΔO = a + b·ΔK (or O on K), score = −r / sd(r), in five classes.
struct ScoreKaart
{
  OlsFit fit;
  Column score;
  std::vector<int> classes;
  double residualSd = 0;
};
int scoreKlasse( double score );
ScoreKaart veerkrachtscoreKaart( const Column &x, const Column &y, const Column &weights, const std::vector<bool> &valid );

} // namespace veerkracht
