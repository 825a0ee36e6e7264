// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Strategy suggestions (specification.md §4.12): a rule table maps an area's profile — corporatiebuurt,
// signal, focus, development of K and O — to weights 0–2 for the four strategies. A prompt for
// the conversation, never a verdict.

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace veerkracht {

enum class Strategie
{
  Leefomgeving = 0,
  SocialeAanpak = 1,
  Woninggebruik = 2,
  Woningprogramma = 3,
};

//! Dutch names, in the order of Strategie: "leefomgeving", "sociale aanpak", …
const std::array<std::string, 4> &strategieNamen();

//! The profile of one area: the class codes of its maps (0 = onvoldoende gegevens), corporatiebuurt or not.
struct Profiel
{
  std::optional<bool> corporatiebuurt; //!< none: unknown (no corporation map)
  int signaal = 0;
  int focus = 0;
  int ontwikkelingK = 0;
  int ontwikkelingO = 0;
};

//! One rule: conditions (an empty set means any value) and what it suggests.
struct Regel
{
  std::string id;
  std::optional<bool> corporatiebuurt; //!< none: any
  std::set<int> signaal, focus, ontwikkelingK, ontwikkelingO;
  std::array<int, 4> gewichten { 0, 0, 0, 0 };
  std::string toelichting;

  bool geldtVoor( const Profiel &profiel ) const;
};

//! The first rule that applies, or nullptr: the table is read from the top, like a decision table.
const Regel *eersteRegel( const std::vector<Regel> &regels, const Profiel &profiel );

//! The strategy with the highest weight, or several joined by " en " when they tie; "geen bijzondere aanpak" when all are 0.
std::string hoofdstrategie( const std::array<int, 4> &gewichten );

/**
 * An area's profile from the class codes of its maps: \a klasse gives the class of each condition,
 * asked in this order: "corporatiebuurt" (map 1), "signaal", "focus", "ontwikkeling_k",
 * "ontwikkeling_o" (ONVOLDOENDE_GEGEVENS when missing). Corporatiebuurt: class 5 of map 1, more
 * than two thirds corporation dwellings; unknown when map 1 has no class.
 */
Profiel profielUitKlassen( const std::function<int( const std::string &kenmerk )> &klasse );

//! What the rule table suggests for one area: the one place where the strategy is chosen.
struct StrategieKeuze
{
  bool gevonden = false;                       //!< whether a rule applies; without one the weights are 0 and regel and toelichting empty
  std::array<int, 4> gewichten { 0, 0, 0, 0 }; //!< per Strategie, 0–2
  std::string hoofd;                           //!< hoofdstrategie( gewichten )
  std::string regel;                           //!< the id of the rule that applies
  std::string toelichting;                     //!< "Regel R5: …" — Dutch in every locale: it is written into the data
};

//! The choice of the first rule of \a regels that applies to \a profiel (eersteRegel()).
StrategieKeuze kiesStrategie( const std::vector<Regel> &regels, const Profiel &profiel );

} // namespace veerkracht
