// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/strategie.h"
#include "model/kaarten.h"

#include <algorithm>

namespace veerkracht {

const std::array<std::string, 4> &strategieNamen()
{
  static const std::array<std::string, 4> namen { "leefomgeving", "sociale aanpak", "woninggebruik", "woningprogramma" };
  return namen;
}

namespace {

bool past( const std::set<int> &toegestaan, int waarde )
{
  return toegestaan.empty() || toegestaan.count( waarde ) > 0;
}

} // namespace

bool Regel::geldtVoor( const Profiel &p ) const
{
  if ( corporatiebuurt && ( !p.corporatiebuurt || *p.corporatiebuurt != *corporatiebuurt ) )
    return false;
  return past( signaal, p.signaal ) && past( focus, p.focus ) && past( ontwikkelingK, p.ontwikkelingK ) && past( ontwikkelingO, p.ontwikkelingO );
}

const Regel *eersteRegel( const std::vector<Regel> &regels, const Profiel &profiel )
{
  for ( const Regel &r : regels )
  {
    if ( r.geldtVoor( profiel ) )
      return &r;
  }
  return nullptr;
}

std::string hoofdstrategie( const std::array<int, 4> &gewichten )
{
  const int hoogste = *std::max_element( gewichten.begin(), gewichten.end() );
  if ( hoogste <= 0 )
    return "geen bijzondere aanpak";
  std::vector<std::string> namen;
  for ( std::size_t i = 0; i < gewichten.size(); ++i )
  {
    if ( gewichten[i] == hoogste )
      namen.push_back( strategieNamen()[i] );
  }
  if ( namen.size() == 4 )
    return "alle vier de sporen";
  std::string uit = namen[0];
  for ( std::size_t i = 1; i < namen.size(); ++i )
    uit += ( i + 1 == namen.size() ? " en " : ", " ) + namen[i];
  return uit;
}

Profiel profielUitKlassen( const std::function<int( const std::string &kenmerk )> &klasse )
{
  Profiel p;
  const int corporatie = klasse( "corporatiebuurt" );
  if ( corporatie != ONVOLDOENDE_GEGEVENS )
    p.corporatiebuurt = corporatie == 5; // more than two thirds corporation dwellings
  p.signaal = klasse( "signaal" );
  p.focus = klasse( "focus" );
  p.ontwikkelingK = klasse( "ontwikkeling_k" );
  p.ontwikkelingO = klasse( "ontwikkeling_o" );
  return p;
}

StrategieKeuze kiesStrategie( const std::vector<Regel> &regels, const Profiel &profiel )
{
  StrategieKeuze keuze;
  const Regel *regel = eersteRegel( regels, profiel );
  if ( regel )
  {
    keuze.gevonden = true;
    keuze.gewichten = regel->gewichten;
    keuze.regel = regel->id;
    keuze.toelichting = "Regel " + regel->id + ": " + regel->toelichting;
  }
  keuze.hoofd = hoofdstrategie( keuze.gewichten );
  return keuze;
}

} // namespace veerkracht
