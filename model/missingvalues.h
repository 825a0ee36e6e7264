// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Missing values (specification.md §2): a value is missing when it is null, empty, `.`, `NA`, or one
// of the CBS sentinels; a user may add markers. Missing never becomes 0.

#include <set>
#include <string>
#include <vector>

namespace veerkracht {

class MissingValues
{
  public:
    //! The markers of specification.md §2.
    MissingValues();

    /**
     * Adds a marker: text that parses as a number becomes a numeric sentinel (so `-1` also
     * matches the value -1.0 in a numeric column), anything else a text marker.
     */
    void addMarker( const std::string &marker );

    //! True for an empty (after trimming) text, a text marker or the text of a numeric sentinel.
    bool isMissingText( const std::string &text ) const;

    //! True for a numeric sentinel and for NaN and ±infinity, which are never written as numbers.
    bool isMissingNumber( double value ) const;

    std::vector<std::string> textMarkers() const;
    std::vector<double> numericSentinels() const;

  private:
    std::set<std::string> mText; // compared upper case
    std::set<double> mNumbers;
};

} // namespace veerkracht
