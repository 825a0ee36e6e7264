// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Strategy suggestions (specification.md §4.12): a rule table maps an area's profile — corporatiebuurt,
// signal, focus, development of K and O — to weights 0–2 for the four strategies. A prompt for
// the conversation, never a verdict.

#include <array>
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

} // namespace veerkracht
