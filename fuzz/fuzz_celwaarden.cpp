// SPDX-License-Identifier: GPL-2.0-or-later
// The cells of a user's table as prepareer, harmoniseer and the map algorithms read them (model/,
// specification.md §2 and §6): area codes, numbers written as text with a detected decimal convention,
// and missing-value markers. The bytes are one column, a cell per line; the first line is also
// added as the user's own missing-value marker (MISSING_VALUES). A crash, a sanitizer report or
// a broken property below is a finding.

#include "model/areacode.h"
#include "fuzzcontrole.h"
#include "model/missingvalues.h"
#include "model/numbertext.h"

#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace veerkracht;

std::vector<std::string> regels( const uint8_t *data, size_t size )
{
  std::vector<std::string> uit( 1 );
  for ( size_t i = 0; i < size; ++i )
  {
    if ( data[i] == '\n' )
      uit.emplace_back();
    else
      uit.back().push_back( static_cast<char>( data[i] ) );
  }
  return uit;
}

//! A normalised code is stable, and the wijk and gemeente derived from it are codes of that level.
void controleerCode( const std::string &cel )
{
  const NormalisedCode n = normaliseAreaCode( cel );
  VEREIST( n.empty == n.code.empty() );
  if ( n.empty )
    return;
  VEREIST( n.code == trimmed( n.code ) );
  const NormalisedCode nogmaals = normaliseAreaCode( n.code );
  VEREIST( nogmaals.code == n.code && !nogmaals.prefixAdded );
  if ( n.prefixAdded )
    VEREIST( areaLevel( n.code ) == AreaLevel::Buurt );
  const std::string gemeente = gemeenteCode( n.code );
  const std::string wijk = wijkCode( n.code );
  VEREIST( gemeente.empty() || areaLevel( gemeente ) == AreaLevel::Gemeente );
  VEREIST( wijk.empty() || areaLevel( wijk ) == AreaLevel::Wijk );
  if ( !wijk.empty() )
    VEREIST( gemeenteCode( wijk ) == gemeente );
}

//! [sign] 1–15 digits [. 0–15 digits]: how most numbers in CBS tables are written.
bool gewoonGetal( const std::string &t )
{
  const auto cijfers = [&t]( std::size_t &i ) {
    std::size_t n = 0;
    for ( ; i < t.size() && std::isdigit( static_cast<unsigned char>( t[i] ) ); ++i )
      ++n;
    return n;
  };
  std::size_t i = ( !t.empty() && ( t[0] == '+' || t[0] == '-' ) ) ? 1 : 0;
  const std::size_t geheel = cijfers( i );
  if ( geheel < 1 || geheel > 15 )
    return false;
  if ( i < t.size() && t[i] == '.' )
  {
    ++i;
    if ( cijfers( i ) > 15 )
      return false;
  }
  return i == t.size();
}

//! Numbers as the C library reads them, never NaN or infinite, and a plain decimal always reads.
void controleerGetal( const std::string &cel )
{
  const std::optional<double> punt = parseNumber( cel, DecimalSeparator::Point );
  if ( punt )
  {
    VEREIST( std::isfinite( *punt ) );
    // The C locale: a point is the decimal separator.
    VEREIST( std::strtod( trimmed( cel ).c_str(), nullptr ) == *punt );
  }
  if ( gewoonGetal( trimmed( cel ) ) )
    VEREIST( punt.has_value() );

  const std::optional<double> komma = parseNumber( cel, DecimalSeparator::Comma );
  if ( komma )
    VEREIST( std::isfinite( *komma ) );
  // Without points the conventions differ only in the separator.
  if ( cel.find( '.' ) == std::string::npos )
  {
    std::string metPunt = cel;
    for ( char &c : metPunt )
      if ( c == ',' )
        c = '.';
    VEREIST( parseNumber( metPunt, DecimalSeparator::Point ) == komma );
  }
  looksLikeZeroPaddedCode( cel );
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::vector<std::string> kolom = regels( data, size );

  MissingValues missing;
  missing.addMarker( kolom.front() );
  // A marker the user gives marks its own text as missing.
  VEREIST( missing.isMissingText( kolom.front() ) );

  for ( const std::string &cel : kolom )
  {
    controleerCode( cel );
    controleerGetal( cel );
    // Surrounding spaces never change whether a cell is missing.
    VEREIST( missing.isMissingText( cel ) == missing.isMissingText( " " + cel + "\t" ) );
  }

  // As jointable reads a text column: one convention for the whole column.
  const DecimalSeparator scheiding = detectDecimalSeparator( kolom );
  for ( const std::string &cel : kolom )
    if ( const std::optional<double> getal = parseNumber( cel, scheiding ) )
      VEREIST( std::isfinite( *getal ) );
  return 0;
}
