// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Standardising an indicator with the parameters of the reference set at t0 (specification.md §3, §7).

#include <string>
#include <vector>

namespace veerkracht {

enum class Standaardisatie { ZScore, Percentile, MinMax, None };

//! "zscore", "percentile", "minmax", "none".
std::string toString( Standaardisatie method );

class Standaardiseerder
{
  public:
    /**
     * Takes the parameters from the t0 reference values: mean and sample sd (zscore), the sorted
     * values (percentile), min and max (minmax). Throws ModelError (subject \a subject) when there
     * are no values, or when they do not vary and the method divides by their spread.
     */
    static Standaardiseerder fit( Standaardisatie method, const std::vector<double> &referenceT0, const std::string &subject );

    //! The standardised value of v — at t0 or at t1, always with the t0 parameters.
    double operator()( double v ) const;

    Standaardisatie method() const { return mMethod; }
    double mean() const { return mMean; }
    double sd() const { return mSd; }
    double min() const { return mMin; }
    double max() const { return mMax; }
    std::size_t n() const { return mSorted.size(); }

  private:
    Standaardisatie mMethod = Standaardisatie::None;
    double mMean = 0, mSd = 1, mMin = 0, mMax = 1;
    std::vector<double> mSorted;
};

} // namespace veerkracht
