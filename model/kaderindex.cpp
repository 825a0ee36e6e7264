// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/kaderindex.h"

#include <algorithm>
#include <cmath>

namespace veerkracht {

Kaderindex::Kaderindex( std::vector<Kader> kaders )
  : mKaders( std::move( kaders ) )
{
  std::size_t n = 0;
  double zijden = 0;
  for ( const Kader &k : mKaders )
  {
    if ( k.isLeeg() )
      continue;
    ++n;
    zijden += std::max( k.xMax - k.xMin, k.yMax - k.yMin );
    mOmvang.voegToe( { k.xMin, k.yMin } );
    mOmvang.voegToe( { k.xMax, k.yMax } );
  }
  if ( n == 0 )
    return;
  // About one box per cell, and cells not much smaller than a box.
  const double breedte = mOmvang.xMax - mOmvang.xMin, hoogte = mOmvang.yMax - mOmvang.yMin;
  mCel = std::max( { std::sqrt( breedte * hoogte / static_cast<double>( n ) ), 0.5 * zijden / static_cast<double>( n ), 1e-9 } );
  mKolommen = std::min<std::size_t>( 4096, static_cast<std::size_t>( breedte / mCel ) + 1 );
  mRijen = std::min<std::size_t>( 4096, static_cast<std::size_t>( hoogte / mCel ) + 1 );
  mCel = std::max( { breedte / static_cast<double>( mKolommen ), hoogte / static_cast<double>( mRijen ), 1e-9 } );

  // Count per cell, then fill (compressed rows).
  mBegin.assign( mKolommen * mRijen + 1, 0 );
  for ( int fase = 0; fase < 2; ++fase )
  {
    std::vector<std::uint32_t> vrij;
    if ( fase == 1 )
    {
      for ( std::size_t c = 1; c < mBegin.size(); ++c )
        mBegin[c] += mBegin[c - 1];
      mInhoud.resize( mBegin.back() );
      vrij.assign( mBegin.begin(), mBegin.end() - 1 );
    }
    for ( std::size_t i = 0; i < mKaders.size(); ++i )
    {
      const Kader &k = mKaders[i];
      if ( k.isLeeg() )
        continue;
      for ( std::size_t r = rij( k.yMin ); r <= rij( k.yMax ); ++r )
        for ( std::size_t c = kolom( k.xMin ); c <= kolom( k.xMax ); ++c )
        {
          if ( fase == 0 )
            ++mBegin[r * mKolommen + c + 1];
          else
            mInhoud[vrij[r * mKolommen + c]++] = static_cast<std::uint32_t>( i );
        }
    }
  }
}

std::size_t Kaderindex::kolom( double x ) const
{
  const double c = std::floor( ( x - mOmvang.xMin ) / mCel );
  return static_cast<std::size_t>( std::clamp( c, 0.0, static_cast<double>( mKolommen - 1 ) ) );
}

std::size_t Kaderindex::rij( double y ) const
{
  const double r = std::floor( ( y - mOmvang.yMin ) / mCel );
  return static_cast<std::size_t>( std::clamp( r, 0.0, static_cast<double>( mRijen - 1 ) ) );
}

void Kaderindex::zoek( const Kader &kader, std::vector<std::size_t> &uit ) const
{
  uit.clear();
  if ( mKolommen == 0 || kader.isLeeg() || !kader.raakt( mOmvang ) )
    return;
  for ( std::size_t r = rij( kader.yMin ); r <= rij( kader.yMax ); ++r )
    for ( std::size_t c = kolom( kader.xMin ); c <= kolom( kader.xMax ); ++c )
      for ( std::uint32_t j = mBegin[r * mKolommen + c]; j < mBegin[r * mKolommen + c + 1]; ++j )
        if ( mKaders[mInhoud[j]].raakt( kader ) )
          uit.push_back( mInhoud[j] );
  std::sort( uit.begin(), uit.end() );
  uit.erase( std::unique( uit.begin(), uit.end() ), uit.end() );
}

} // namespace veerkracht
