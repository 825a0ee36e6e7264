// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/profielreferentie.h"
#include "model/statistics.h"

namespace veerkracht {

namespace {

std::optional<double> mediaan( const std::vector<double> &waarden )
{
  if ( waarden.empty() )
    return std::nullopt;
  return median( waarden );
}

std::vector<std::optional<double>> medianen( const std::vector<std::vector<double>> &rijen )
{
  std::vector<std::optional<double>> uit;
  uit.reserve( rijen.size() );
  for ( const std::vector<double> &waarden : rijen )
    uit.push_back( mediaan( waarden ) );
  return uit;
}

} // namespace

std::optional<double> ProfielReferentie::gemeente( const std::string &gemeente, std::size_t rij ) const
{
  const auto it = perGemeente.find( gemeente );
  if ( it == perGemeente.end() || rij >= it->second.size() )
    return std::nullopt;
  return it->second[rij];
}

ProfielReferentie profielReferentie( const std::vector<ProfielGebied> &gebieden, std::size_t rijen )
{
  std::map<std::string, std::vector<std::vector<double>>> perGemeente;
  std::vector<std::vector<double>> overal( rijen );
  for ( const ProfielGebied &gebied : gebieden )
  {
    std::vector<std::vector<double>> &gemeente = perGemeente[gebied.gemeente];
    gemeente.resize( rijen );
    for ( std::size_t r = 0; r < rijen && r < gebied.waarden.size(); ++r )
    {
      if ( const std::optional<double> &v = gebied.waarden[r] )
      {
        gemeente[r].push_back( *v );
        overal[r].push_back( *v );
      }
    }
  }
  ProfielReferentie referentie;
  for ( const auto &[code, waarden] : perGemeente )
    referentie.perGemeente[code] = medianen( waarden );
  referentie.alleGebieden = medianen( overal );
  return referentie;
}

} // namespace veerkracht
