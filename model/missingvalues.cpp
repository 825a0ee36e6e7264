// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/missingvalues.h"
#include "model/numbertext.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace veerkracht {

namespace {
std::string upperTrimmed( const std::string &s )
{
  std::string out;
  for ( unsigned char c : s )
    if ( !std::isspace( c ) || !out.empty() )
      out.push_back( static_cast<char>( std::toupper( c ) ) );
  while ( !out.empty() && std::isspace( static_cast<unsigned char>( out.back() ) ) )
    out.pop_back();
  return out;
}
} // namespace

MissingValues::MissingValues()
  : mText { ".", "NA" }
  , mNumbers { -99999999, -99999998, -99999997, -99999996, -99999995, -99997, -99998, -99995 }
{
}

void MissingValues::addMarker( const std::string &marker )
{
  const std::string key = upperTrimmed( marker );
  if ( key.empty() )
    return;
  if ( const auto number = parseNumber( key, DecimalSeparator::Point ) )
    mNumbers.insert( *number );
  else
    mText.insert( key );
}

bool MissingValues::isMissingText( const std::string &text ) const
{
  const std::string key = upperTrimmed( text );
  if ( key.empty() || mText.count( key ) )
    return true;
  const auto number = parseNumber( key, DecimalSeparator::Point );
  return number && isMissingNumber( *number );
}

bool MissingValues::isMissingNumber( double value ) const
{
  return !std::isfinite( value ) || mNumbers.count( value ) > 0;
}

std::vector<std::string> MissingValues::textMarkers() const
{
  return { mText.begin(), mText.end() };
}

std::vector<double> MissingValues::numericSentinels() const
{
  return { mNumbers.begin(), mNumbers.end() };
}

} // namespace veerkracht
