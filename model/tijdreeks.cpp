// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/tijdreeks.h"
#include "model/modelerror.h"

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <stdexcept>

namespace veerkracht {

namespace {

void checkShape( const IndexReeks &reeks, std::size_t areas )
{
  if ( reeks.values.size() != reeks.indicators.size() )
    throw std::invalid_argument( "one series of values per indicator" );
  for ( const auto &perMoment : reeks.values )
  {
    if ( perMoment.size() != reeks.moments.size() )
      throw std::invalid_argument( "one column (or none) per indicator and moment" );
    for ( const auto &column : perMoment )
      if ( column && column->size() != areas )
        throw std::invalid_argument( "one value (or none) and one reference flag per area" );
  }
}

} // namespace

ReeksIndex reeksIndex( const IndexReeks &reeks, const IndexSettings &settings, const std::vector<bool> &inReference )
{
  checkShape( reeks, inReference.size() );
  ReeksIndex index;
  for ( std::size_t j = 0; j < reeks.indicators.size(); ++j )
  {
    const auto &series = reeks.values[j];
    const auto first = std::find_if( series.begin(), series.end(), []( const std::optional<Column> &c ) { return c.has_value(); } );
    if ( first == series.end() )
      throw ModelError( std::to_string( j ), "the indicator has a field at none of the moments" );
    std::vector<double> reference;
    for ( std::size_t i = 0; i < inReference.size(); ++i )
      if ( inReference[i] && ( **first )[i] )
        reference.push_back( reeks.indicators[j].direction * *( **first )[i] );
    index.firstMoment.push_back( static_cast<std::size_t>( first - series.begin() ) );
    index.standaardiseerders.push_back( Standaardiseerder::fit( settings.method, reference, std::to_string( j ) ) );
  }
  for ( std::size_t m = 0; m < reeks.moments.size(); ++m )
  {
    std::vector<std::size_t> measured;
    for ( std::size_t j = 0; j < reeks.indicators.size(); ++j )
      if ( reeks.values[j][m] )
        measured.push_back( j );
    if ( measured.empty() )
      throw ModelError( "moment " + std::to_string( reeks.moments[m] ), "no indicator has a field at this moment" );
    index.levels.push_back( indexOver( reeks, index, m, measured, settings.minimumShare ) );
  }
  return index;
}

std::vector<std::size_t> gemeenschappelijkeIndicatoren( const IndexReeks &reeks, std::size_t a, std::size_t b )
{
  std::vector<std::size_t> common;
  for ( std::size_t j = 0; j < reeks.indicators.size(); ++j )
    if ( reeks.values[j][a] && reeks.values[j][b] )
      common.push_back( j );
  return common;
}

Column indexOver( const IndexReeks &reeks, const ReeksIndex &index, std::size_t moment, const std::vector<std::size_t> &indicators, double minimumShare )
{
  std::vector<Column> columns;
  std::vector<Indicator> weighted;
  std::vector<Standaardiseerder> standardisers;
  for ( std::size_t j : indicators )
  {
    columns.push_back( reeks.values.at( j ).at( moment ).value() );
    weighted.push_back( reeks.indicators[j] );
    standardisers.push_back( index.standaardiseerders[j] );
  }
  int missing = 0;
  return gewogenIndex( columns, weighted, standardisers, minimumShare, missing );
}

std::vector<Periode> leesPerioden( const std::string &given )
{
  // En dashes as typed in Dutch text ("2014–2018") read as hyphens.
  std::string text = std::regex_replace( given, std::regex( "\xE2\x80\x93" ), "-" );
  const char separator = text.find( ';' ) != std::string::npos ? ';' : ',';
  const std::regex entry( R"(^\s*(\d{4})\s*-\s*(\d{4})((?:\s+[KkOo]\s*\d{4}\s*-\s*\d{4})*)\s*$)" );
  const std::regex moments( R"(([KkOo])\s*(\d{4})\s*-\s*(\d{4}))" );
  std::vector<Periode> periods;
  std::size_t start = 0;
  while ( start <= text.size() )
  {
    const std::size_t end = std::min( text.find( separator, start ), text.size() );
    const std::string part = text.substr( start, end - start );
    start = end + 1;
    if ( part.find_first_not_of( " \t" ) == std::string::npos )
      continue;
    std::smatch m;
    if ( !std::regex_match( part, m, entry ) )
      throw ModelError( "PERIODS", "'" + part + "' is not a period; expected begin-end in years, e.g. 2018-2022, optionally followed by K 2021-2023 or O 2018-2022" );
    Periode p;
    p.begin = std::stoi( m[1] );
    p.eind = std::stoi( m[2] );
    if ( p.eind <= p.begin )
      throw ModelError( "PERIODS", "'" + part + "' does not move forward; expected an end year after the begin year" );
    const std::string extra = m[3];
    for ( std::sregex_iterator it( extra.begin(), extra.end(), moments ), last; it != last; ++it )
    {
      const bool k = ( *it )[1] == "K" || ( *it )[1] == "k";
      std::optional<int> &b = k ? p.kBegin : p.oBegin;
      std::optional<int> &e = k ? p.kEind : p.oEind;
      if ( b )
        throw ModelError( "PERIODS", "'" + part + "' names the moments of " + ( k ? "K" : "O" ) + " twice" );
      b = std::stoi( ( *it )[2] );
      e = std::stoi( ( *it )[3] );
      if ( *e <= *b )
        throw ModelError( "PERIODS", "'" + part + "': the moments of " + ( k ? "K" : "O" ) + " do not move forward" );
    }
    periods.push_back( p );
  }
  if ( periods.empty() )
    throw ModelError( "PERIODS", "no period given; expected e.g. 2014-2018; 2018-2022; 2022-2024" );
  std::sort( periods.begin(), periods.end(), []( const Periode &a, const Periode &b ) { return a.eind < b.eind; } );
  for ( std::size_t i = 1; i < periods.size(); ++i )
    if ( periods[i].eind == periods[i - 1].eind )
      throw ModelError( "PERIODS", "two periods end in " + std::to_string( periods[i].eind ) + "; expected one period per end year (the film shows one period at a time)" );
  return periods;
}

std::optional<std::size_t> momentVoor( int jaar, const std::vector<int> &moments, int tolerance, bool isBegin )
{
  std::optional<std::size_t> best;
  for ( std::size_t m = 0; m < moments.size(); ++m )
  {
    const int distance = std::abs( moments[m] - jaar );
    if ( distance > tolerance )
      continue;
    if ( !best )
    {
      best = m;
      continue;
    }
    const int bestDistance = std::abs( moments[*best] - jaar );
    // On a tie, the moment inside the period: after its begin, before its end.
    if ( distance < bestDistance || ( distance == bestDistance && ( isBegin ? moments[m] > moments[*best] : moments[m] < moments[*best] ) ) )
      best = m;
  }
  return best;
}

Koppeling koppel( int begin, int eind, const std::optional<int> &gegevenBegin, const std::optional<int> &gegevenEind,
                  const std::vector<int> &moments, int tolerance, const std::string &subject )
{
  Koppeling k;
  if ( gegevenBegin && gegevenEind )
  {
    for ( int year : { *gegevenBegin, *gegevenEind } )
    {
      const auto it = std::find( moments.begin(), moments.end(), year );
      if ( it == moments.end() )
        throw ModelError( subject, std::to_string( begin ) + "-" + std::to_string( eind ) + " names " + std::to_string( year ) + ", which is not one of its moments" );
      ( year == *gegevenBegin ? k.begin : k.eind ) = static_cast<std::size_t>( it - moments.begin() );
    }
    return k;
  }
  k.begin = momentVoor( begin, moments, tolerance, true );
  k.eind = momentVoor( eind, moments, tolerance, false );
  const auto none = [tolerance]( int year ) {
    return "no moment within " + std::to_string( tolerance ) + " year(s) of " + std::to_string( year );
  };
  if ( !k.begin )
    k.waarom = none( begin );
  else if ( !k.eind )
    k.waarom = none( eind );
  else if ( *k.begin == *k.eind )
    k.waarom = "both ends fall on " + std::to_string( moments[*k.begin] );
  if ( !k.waarom.empty() )
    k.begin = k.eind = std::nullopt;
  return k;
}

int trajectKlasse( const std::vector<int> &signalen )
{
  std::vector<int> d;
  std::copy_if( signalen.begin(), signalen.end(), std::back_inserter( d ), []( int s ) { return s != ONVOLDOENDE_GEGEVENS; } );
  if ( signalen.empty() || signalen.back() == ONVOLDOENDE_GEGEVENS || d.size() < 2 )
    return ONVOLDOENDE_GEGEVENS;
  constexpr int onderDruk = 1, veerkrachtig = 2, overlast = 3, stabiel = 4;
  const auto all = [&d]( int s ) { return std::all_of( d.begin(), d.end(), [s]( int x ) { return x == s; } ); };
  if ( all( onderDruk ) )
    return SteedsOnderDruk;
  if ( d.back() == onderDruk )
  {
    // The run of pressure at the end, and whether pressure came before it.
    auto run = d.end();
    while ( run != d.begin() && *( run - 1 ) == onderDruk )
      --run;
    return std::find( d.begin(), run, onderDruk ) != run ? OpnieuwOnderDruk : NieuwOnderDruk;
  }
  if ( std::find( d.begin(), d.end(), onderDruk ) != d.end() && ( d.back() == veerkrachtig || d.back() == stabiel ) )
    return Herstellend;
  if ( all( overlast ) )
    return SteedsMeerOverlast;
  if ( all( veerkrachtig ) )
    return SteedsVeerkrachtig;
  if ( all( stabiel ) )
    return Stabiel;
  return Wisselend;
}

std::optional<double> trendPerJaar( const std::vector<int> &years, const std::vector<std::optional<double>> &values )
{
  double sx = 0, sy = 0;
  int n = 0;
  for ( std::size_t m = 0; m < years.size() && m < values.size(); ++m )
    if ( values[m] )
    {
      sx += years[m];
      sy += *values[m];
      ++n;
    }
  if ( n < 2 )
    return std::nullopt;
  const double mx = sx / n, my = sy / n;
  double sxy = 0, sxx = 0;
  for ( std::size_t m = 0; m < years.size() && m < values.size(); ++m )
    if ( values[m] )
    {
      sxy += ( years[m] - mx ) * ( *values[m] - my );
      sxx += ( years[m] - mx ) * ( years[m] - mx );
    }
  if ( !( sxx > 0 ) )
    return std::nullopt;
  return sxy / sxx;
}

Column reeksTrend( const IndexReeks &reeks, const ReeksIndex &index, double minimumShare )
{
  const std::size_t areas = index.levels.empty() ? 0 : index.levels.front().size();
  std::vector<Column> slopes;
  std::vector<double> weights;
  for ( std::size_t j = 0; j < reeks.indicators.size(); ++j )
  {
    std::vector<int> years;
    std::vector<Column> standardised; // per measured moment
    for ( std::size_t m = 0; m < reeks.moments.size(); ++m )
      if ( reeks.values[j][m] )
      {
        years.push_back( reeks.moments[m] );
        standardised.push_back( indexOver( reeks, index, m, { j }, 0 ) );
      }
    if ( years.size() < 2 )
      continue; // measured once: no slope of its own, and no share to miss
    Column slope( areas );
    std::vector<std::optional<double>> values( years.size() );
    for ( std::size_t i = 0; i < areas; ++i )
    {
      for ( std::size_t m = 0; m < years.size(); ++m )
        values[m] = standardised[m][i];
      slope[i] = trendPerJaar( years, values );
    }
    slopes.push_back( std::move( slope ) );
    weights.push_back( reeks.indicators[j].weight );
  }
  Column trend( areas );
  for ( std::size_t i = 0; i < areas; ++i )
  {
    double sum = 0, weight = 0;
    std::size_t available = 0;
    for ( std::size_t j = 0; j < slopes.size(); ++j )
      if ( slopes[j][i] )
      {
        sum += weights[j] * *slopes[j][i];
        weight += weights[j];
        ++available;
      }
    if ( available > 0 && static_cast<double>( available ) >= minimumShare * static_cast<double>( slopes.size() ) )
      trend[i] = sum / weight;
  }
  return trend;
}

} // namespace veerkracht
