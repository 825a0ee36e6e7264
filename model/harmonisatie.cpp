// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/harmonisatie.h"

#include <algorithm>

namespace veerkracht {

Harmonisatie::Harmonisatie( std::vector<double> doelOppervlak, std::size_t extensieveVelden, std::size_t intensieveVelden )
  : mDoelOppervlak( std::move( doelOppervlak ) )
  , mExtSom( extensieveVelden, std::vector<double>( mDoelOppervlak.size(), 0.0 ) )
  , mExtHeeft( extensieveVelden, std::vector<char>( mDoelOppervlak.size(), 0 ) )
  , mIntTeller( intensieveVelden, std::vector<double>( mDoelOppervlak.size(), 0.0 ) )
  , mIntNoemer( intensieveVelden, std::vector<double>( mDoelOppervlak.size(), 0.0 ) )
  , mBedekt( mDoelOppervlak.size(), 0.0 )
  , mBronnen( mDoelOppervlak.size(), 0 )
  , mExtBuiten( extensieveVelden, 0.0 )
  , mExtNietToegekend( extensieveVelden, 0.0 )
{
}

void Harmonisatie::voegToe( const Bron &bron, const std::vector<Overlap> &overlappen )
{
  double binnen = 0;
  for ( const Overlap &o : overlappen )
    binnen += std::max( 0.0, o.oppervlak );
  // Where targets overlap each other, a source's overlaps add up to more than its area: its
  // count is shared by overlap, never moved more than once (moved + outside = source).
  const double noemer = std::max( bron.oppervlak, binnen );
  for ( const Overlap &o : overlappen )
  {
    if ( o.oppervlak <= 0 )
      continue;
    mBedekt[o.doel] += o.oppervlak;
    mBronnen[o.doel] += 1;
    const double aandeel = noemer > 0 ? o.oppervlak / noemer : 0.0;
    for ( std::size_t f = 0; f < mExtSom.size(); ++f )
    {
      if ( bron.extensief[f] )
      {
        mExtSom[f][o.doel] += *bron.extensief[f] * aandeel;
        mExtHeeft[f][o.doel] = 1;
      }
    }
    if ( bron.metGewichtVeld && !bron.gewicht )
      continue;
    const double w = bron.metGewichtVeld ? *bron.gewicht * aandeel : o.oppervlak;
    for ( std::size_t f = 0; f < mIntTeller.size(); ++f )
    {
      if ( bron.intensief[f] )
      {
        mIntTeller[f][o.doel] += *bron.intensief[f] * w;
        mIntNoemer[f][o.doel] += w;
      }
    }
  }
  const double buiten = bron.oppervlak > 0 ? std::max( 0.0, 1.0 - binnen / bron.oppervlak ) : ( binnen > 0 ? 0.0 : 1.0 );
  if ( binnen <= 0 )
    ++mBronnenBuiten;
  for ( std::size_t f = 0; f < mExtSom.size(); ++f )
  {
    if ( !bron.extensief[f] )
      continue;
    if ( binnen <= 0 )
      mExtBuiten[f] += *bron.extensief[f];
    mExtNietToegekend[f] += *bron.extensief[f] * buiten;
  }
}

void Harmonisatie::voegSamen( const Harmonisatie &ander )
{
  for ( std::size_t t = 0; t < mDoelOppervlak.size(); ++t )
  {
    for ( std::size_t f = 0; f < mExtSom.size(); ++f )
    {
      mExtSom[f][t] += ander.mExtSom[f][t];
      mExtHeeft[f][t] |= ander.mExtHeeft[f][t];
    }
    for ( std::size_t f = 0; f < mIntTeller.size(); ++f )
    {
      mIntTeller[f][t] += ander.mIntTeller[f][t];
      mIntNoemer[f][t] += ander.mIntNoemer[f][t];
    }
    mBedekt[t] += ander.mBedekt[t];
    mBronnen[t] += ander.mBronnen[t];
  }
  mBronnenBuiten += ander.mBronnenBuiten;
  for ( std::size_t f = 0; f < mExtSom.size(); ++f )
  {
    mExtBuiten[f] += ander.mExtBuiten[f];
    mExtNietToegekend[f] += ander.mExtNietToegekend[f];
  }
}

HarmonisatieUitkomst Harmonisatie::uitkomst() const
{
  HarmonisatieUitkomst u;
  const std::size_t n = mDoelOppervlak.size();
  u.extensief.assign( mExtSom.size(), std::vector<std::optional<double>>( n ) );
  u.intensief.assign( mIntTeller.size(), std::vector<std::optional<double>>( n ) );
  u.bedekt.resize( n );
  for ( std::size_t t = 0; t < n; ++t )
  {
    for ( std::size_t f = 0; f < mExtSom.size(); ++f )
    {
      if ( mExtHeeft[f][t] )
        u.extensief[f][t] = mExtSom[f][t];
    }
    for ( std::size_t f = 0; f < mIntTeller.size(); ++f )
    {
      if ( mIntNoemer[f][t] > 0 )
        u.intensief[f][t] = mIntTeller[f][t] / mIntNoemer[f][t];
    }
    // Overlapping sources (a repaired or sloppy source layer) can cover more than the target:
    // the share covered is still at most all of it; the algorithm reports how often.
    const double bedekt = mDoelOppervlak[t] > 0 ? mBedekt[t] / mDoelOppervlak[t] : 0.0;
    if ( bedekt > 1 + 1e-6 )
      ++u.meervoudigBedekt;
    u.bedekt[t] = std::min( 1.0, bedekt );
  }
  u.bronnen = mBronnen;
  u.bronnenBuiten = mBronnenBuiten;
  u.extensiefBuiten = mExtBuiten;
  u.extensiefNietToegekend = mExtNietToegekend;
  return u;
}

} // namespace veerkracht
