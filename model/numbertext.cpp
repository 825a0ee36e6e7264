// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/numbertext.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace veerkracht {

std::string trimmed( const std::string &s )
{
  std::size_t b = 0, e = s.size();
  while ( b < e && std::isspace( static_cast<unsigned char>( s[b] ) ) )
    ++b;
  while ( e > b && std::isspace( static_cast<unsigned char>( s[e - 1] ) ) )
    --e;
  return s.substr( b, e - b );
}

namespace {

bool isDigit( char c )
{
  return c >= '0' && c <= '9';
}

// [sign] digits{1,3} ( '.' digits{3} )+ [ ',' digits+ ]
bool isPointGroupedWithComma( const std::string &t )
{
  std::size_t i = ( !t.empty() && ( t[0] == '-' || t[0] == '+' ) ) ? 1 : 0;
  std::size_t lead = 0;
  while ( i < t.size() && isDigit( t[i] ) )
  {
    ++i;
    ++lead;
  }
  if ( lead < 1 || lead > 3 )
    return false;
  int groups = 0;
  while ( i < t.size() && t[i] == '.' )
  {
    if ( i + 3 >= t.size() )
      return false;
    if ( !isDigit( t[i + 1] ) || !isDigit( t[i + 2] ) || !isDigit( t[i + 3] ) )
      return false;
    i += 4;
    ++groups;
  }
  if ( groups == 0 )
    return false;
  if ( i == t.size() )
    return true;
  if ( t[i] != ',' || i + 1 == t.size() )
    return false;
  for ( ++i; i < t.size(); ++i )
    if ( !isDigit( t[i] ) )
      return false;
  return true;
}

// [sign] digits* [ sep digits* ] [ (e|E) [sign] digits+ ] with at least one mantissa digit.
bool isPlainDecimal( const std::string &t, char sep )
{
  std::size_t i = ( !t.empty() && ( t[0] == '-' || t[0] == '+' ) ) ? 1 : 0;
  std::size_t digits = 0;
  while ( i < t.size() && isDigit( t[i] ) )
  {
    ++i;
    ++digits;
  }
  if ( i < t.size() && t[i] == sep )
  {
    ++i;
    while ( i < t.size() && isDigit( t[i] ) )
    {
      ++i;
      ++digits;
    }
  }
  if ( digits == 0 )
    return false;
  if ( i < t.size() && ( t[i] == 'e' || t[i] == 'E' ) )
  {
    ++i;
    if ( i < t.size() && ( t[i] == '-' || t[i] == '+' ) )
      ++i;
    std::size_t expDigits = 0;
    while ( i < t.size() && isDigit( t[i] ) )
    {
      ++i;
      ++expDigits;
    }
    if ( expDigits == 0 )
      return false;
  }
  return i == t.size();
}

bool hasDecimalComma( const std::string &t )
{
  return t.find( ',' ) != std::string::npos && isPlainDecimal( t, ',' );
}

} // namespace

DecimalSeparator detectDecimalSeparator( const std::vector<std::string> &values )
{
  bool sawComma = false;
  bool pointsAreGroups = true;
  for ( const std::string &raw : values )
  {
    const std::string t = trimmed( raw );
    if ( hasDecimalComma( t ) )
      sawComma = true;
    else if ( t.find( '.' ) != std::string::npos && t != "." && isPlainDecimal( t, '.' ) )
      pointsAreGroups = pointsAreGroups && isPointGroupedWithComma( t );
    else if ( isPointGroupedWithComma( t ) )
      sawComma = true;
  }
  return sawComma && pointsAreGroups ? DecimalSeparator::Comma : DecimalSeparator::Point;
}

std::optional<double> parseNumber( const std::string &text, DecimalSeparator separator )
{
  std::string t = trimmed( text );
  if ( separator == DecimalSeparator::Comma )
  {
    if ( isPointGroupedWithComma( t ) )
    {
      std::string ungrouped;
      for ( char c : t )
        if ( c != '.' )
          ungrouped.push_back( c );
      t = ungrouped;
    }
    if ( !isPlainDecimal( t, ',' ) )
      return std::nullopt;
    for ( char &c : t )
      if ( c == ',' )
        c = '.';
  }
  else if ( !isPlainDecimal( t, '.' ) )
  {
    return std::nullopt;
  }
  if ( !t.empty() && t[0] == '+' )
    t.erase( 0, 1 );
  double value = 0;
  const auto [end, ec] = std::from_chars( t.data(), t.data() + t.size(), value );
  if ( ec != std::errc() || end != t.data() + t.size() )
    return std::nullopt;
  return value;
}

bool looksLikeThousandsColumn( const std::vector<std::string> &values )
{
  bool sawGroups = false;
  for ( const std::string &raw : values )
  {
    const std::string t = trimmed( raw );
    if ( hasDecimalComma( t ) )
      return false;
    if ( t.find( '.' ) == std::string::npos )
      continue; // no point: says nothing
    const std::size_t digit = ( t[0] == '-' || t[0] == '+' ) ? 1 : 0;
    if ( isPointGroupedWithComma( t ) && t.find( ',' ) == std::string::npos && t[digit] != '0' )
      sawGroups = true;
    else if ( isPlainDecimal( t, '.' ) )
      return false; // a decimal number ("1.81", "0.810")
    // else no number at all (a marker such as '.'): says nothing
  }
  return sawGroups;
}

bool isPlausibleValue( double value )
{
  return std::isfinite( value ) && std::fabs( value ) <= MAX_PLAUSIBLE_MAGNITUDE;
}

bool looksLikeZeroPaddedCode( const std::string &text )
{
  const std::string t = trimmed( text );
  if ( t.size() < 2 || t[0] != '0' )
    return false;
  for ( char c : t )
    if ( !isDigit( c ) )
      return false;
  return true;
}

} // namespace veerkracht
