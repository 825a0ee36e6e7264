// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/areacode.h"
#include "model/numbertext.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace veerkracht {

namespace {

bool allDigits( const std::string &s, std::size_t from = 0 )
{
  return from < s.size()
         && std::all_of( s.begin() + static_cast<std::ptrdiff_t>( from ), s.end(),
                         []( unsigned char c ) { return std::isdigit( c ) != 0; } );
}

bool hasPrefixAndDigits( const std::string &code, const char *prefix, std::size_t digits )
{
  return code.size() == 2 + digits && code.compare( 0, 2, prefix ) == 0 && allDigits( code, 2 );
}

} // namespace

NormalisedCode normaliseAreaCode( const std::string &raw )
{
  NormalisedCode result;
  std::string code = trimmed( raw );
  std::transform( code.begin(), code.end(), code.begin(),
                  []( unsigned char c ) { return static_cast<char>( std::toupper( c ) ); } );
  if ( code.empty() )
  {
    result.empty = true;
    return result;
  }
  // "BU 0344 0111", as some spreadsheets group the digits: a CBS code once the spaces are gone.
  std::string compact;
  std::copy_if( code.begin(), code.end(), std::back_inserter( compact ), []( unsigned char c ) { return std::isspace( c ) == 0; } );
  if ( compact.size() != code.size() && ( allDigits( compact ) || areaLevel( compact ) != AreaLevel::Unknown ) )
    code = compact;
  if ( allDigits( code ) && code.size() <= 8 )
  {
    code = "BU" + std::string( 8 - code.size(), '0' ) + code;
    result.prefixAdded = true;
  }
  result.code = code;
  return result;
}

AreaLevel areaLevel( const std::string &code )
{
  if ( hasPrefixAndDigits( code, "BU", 8 ) )
    return AreaLevel::Buurt;
  if ( hasPrefixAndDigits( code, "WK", 6 ) )
    return AreaLevel::Wijk;
  if ( hasPrefixAndDigits( code, "GM", 4 ) )
    return AreaLevel::Gemeente;
  return AreaLevel::Unknown;
}

std::string gemeenteCode( const std::string &code )
{
  const AreaLevel level = areaLevel( code );
  if ( level == AreaLevel::Buurt || level == AreaLevel::Wijk )
    return "GM" + code.substr( 2, 4 );
  if ( level == AreaLevel::Gemeente )
    return code;
  return std::string();
}

std::string wijkCode( const std::string &code )
{
  if ( areaLevel( code ) == AreaLevel::Buurt )
    return "WK" + code.substr( 2, 6 );
  if ( areaLevel( code ) == AreaLevel::Wijk )
    return code;
  return std::string();
}

} // namespace veerkracht
