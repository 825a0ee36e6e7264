// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Areal interpolation (specification.md §5): values move from source zones to target zones by their
// overlap. This part is the arithmetic; the overlaps come from the geometry (GEOS).

#include <cstddef>
#include <optional>
#include <vector>

namespace veerkracht {

//! The overlap |s ∩ t| of one source with target t.
struct Overlap
{
  std::size_t doel = 0;
  double oppervlak = 0;
};

//! One source zone: its area, its values and (for intensive values) its weight.
struct Bron
{
  double oppervlak = 0;
  std::vector<std::optional<double>> extensief; //!< counts, one per extensive field
  std::vector<std::optional<double>> intensief; //!< rates or scores, one per intensive field
  //! Weight for the intensive values (e.g. inhabitants), spread over the source by area;
  //! without a weight field the overlap area itself is the weight. Missing: no intensive contribution.
  std::optional<double> gewicht;
  bool metGewichtVeld = false;
};

struct HarmonisatieUitkomst
{
  std::vector<std::vector<std::optional<double>>> extensief; //!< [field][target]; none without a contributing value
  std::vector<std::vector<std::optional<double>>> intensief; //!< [field][target]
  std::vector<double> bedekt;      //!< covered share of each target: Σ |s ∩ t| / |t|, at most 1
  std::size_t meervoudigBedekt = 0; //!< targets whose sources overlap each other over them (Σ > 1 + 1e-6)
  std::vector<int> bronnen;        //!< sources overlapping each target
  std::size_t bronnenBuiten = 0;   //!< sources that overlap no target at all
  std::vector<double> extensiefBuiten;     //!< [field] Σ v(s) of those sources
  std::vector<double> extensiefNietToegekend; //!< [field] Σ v(s) · (1 − Σ_t |s∩t| / |s|): also the parts outside
};

/**
 * Accumulates sources one by one (from any number of threads, each with its own accumulator,
 * merged in a fixed order), then gives the target values:
 *   extensive v(t) = Σ_s v(s) · |s∩t| / |s|
 *   intensive v(t) = Σ_s v(s) · w(s∩t) / Σ_s w(s∩t), w(s∩t) = |s∩t| or weight(s) · |s∩t| / |s|.
 * A missing source value contributes neither value nor weight.
 */
class Harmonisatie
{
  public:
    Harmonisatie( std::vector<double> doelOppervlak, std::size_t extensieveVelden, std::size_t intensieveVelden );

    void voegToe( const Bron &bron, const std::vector<Overlap> &overlappen );
    void voegSamen( const Harmonisatie &ander );
    HarmonisatieUitkomst uitkomst() const;

    std::size_t doelen() const { return mDoelOppervlak.size(); }

  private:
    std::vector<double> mDoelOppervlak;
    std::vector<std::vector<double>> mExtSom;
    std::vector<std::vector<char>> mExtHeeft;
    std::vector<std::vector<double>> mIntTeller;
    std::vector<std::vector<double>> mIntNoemer;
    std::vector<double> mBedekt;
    std::vector<int> mBronnen;
    std::size_t mBronnenBuiten = 0;
    std::vector<double> mExtBuiten;
    std::vector<double> mExtNietToegekend;
};

} // namespace veerkracht
