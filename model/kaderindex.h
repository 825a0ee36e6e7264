// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Which of a fixed set of boxes a box touches: the candidates for an overlap.

#include "model/doorsnede.h"

#include <cstdint>
#include <vector>

namespace veerkracht {

/**
 * The boxes on a regular grid of about one box per cell, each listed in every cell it covers.
 * Built once; then read by any number of threads.
 */
class Kaderindex
{
  public:
    //! Empty boxes are never found.
    explicit Kaderindex( std::vector<Kader> kaders );

    //! The indices of the boxes that touch \a kader (closed), ascending.
    void zoek( const Kader &kader, std::vector<std::size_t> &uit ) const;

  private:
    std::size_t kolom( double x ) const;
    std::size_t rij( double y ) const;

    std::vector<Kader> mKaders;
    Kader mOmvang;
    double mCel = 1;
    std::size_t mKolommen = 0;
    std::size_t mRijen = 0;
    std::vector<std::uint32_t> mBegin;  //!< per cell, where its boxes begin in mInhoud (one past the end: the next cell's begin)
    std::vector<std::uint32_t> mInhoud;
};

} // namespace veerkracht
