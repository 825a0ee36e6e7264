// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/overlappen.h"

#include "model/doorsnede.h"
#include "model/kaderindex.h"
#include "model/parallel.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

//! A valid, polygonal version of \a g (owned by the caller), or nullptr; \a hersteld says whether it was repaired.
GEOSGeometry *geldigVlak( GEOSContextHandle_t ctx, GEOSGeometry *g, bool &hersteld )
{
  hersteld = false;
  if ( !g )
    return nullptr;
  if ( GEOSisValid_r( ctx, g ) == 1 )
    return g;
  hersteld = true;
  GEOSGeometry *valid = GEOSMakeValid_r( ctx, g );
  GEOSGeom_destroy_r( ctx, g );
  if ( !valid )
    return nullptr;
  const int type = GEOSGeomTypeId_r( ctx, valid );
  if ( type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON )
    return valid;
  // A collection of polygons, lines and points: keep the polygons.
  std::vector<GEOSGeometry *> vlakken;
  const int n = GEOSGetNumGeometries_r( ctx, valid );
  for ( int i = 0; i < n; ++i )
  {
    const GEOSGeometry *deel = GEOSGetGeometryN_r( ctx, valid, i );
    const int t = GEOSGeomTypeId_r( ctx, deel );
    if ( t == GEOS_POLYGON )
      vlakken.push_back( GEOSGeom_clone_r( ctx, deel ) );
    else if ( t == GEOS_MULTIPOLYGON )
    {
      for ( int j = 0; j < GEOSGetNumGeometries_r( ctx, deel ); ++j )
        vlakken.push_back( GEOSGeom_clone_r( ctx, GEOSGetGeometryN_r( ctx, deel, j ) ) );
    }
  }
  GEOSGeom_destroy_r( ctx, valid );
  return GEOSGeom_createCollection_r( ctx, GEOS_MULTIPOLYGON, vlakken.data(), static_cast<unsigned>( vlakken.size() ) );
}

void stil( const char *, void * ) {}

//! The rings of a valid (multi)polygon, for the overlap areas without GEOS.
veerkracht::Vlak alsVlak( GEOSContextHandle_t ctx, const GEOSGeometry *g )
{
  veerkracht::Vlak vlak;
  std::vector<double> xy;
  const auto ring = [&]( const GEOSGeometry *r, bool gat ) {
    const GEOSCoordSequence *reeks = GEOSGeom_getCoordSeq_r( ctx, r );
    unsigned int n = 0;
    if ( !reeks || !GEOSCoordSeq_getSize_r( ctx, reeks, &n ) || n == 0 )
      return;
    xy.resize( 2 * static_cast<std::size_t>( n ) );
    if ( GEOSCoordSeq_copyToBuffer_r( ctx, reeks, xy.data(), 0, 0 ) )
      vlak.voegRingToe( xy.data(), n, gat );
  };
  const bool enkel = GEOSGeomTypeId_r( ctx, g ) == GEOS_POLYGON;
  const int delen = enkel ? 1 : GEOSGetNumGeometries_r( ctx, g );
  for ( int i = 0; i < delen; ++i )
  {
    const GEOSGeometry *deel = enkel ? g : GEOSGetGeometryN_r( ctx, g, i );
    if ( GEOSGeomTypeId_r( ctx, deel ) != GEOS_POLYGON || GEOSisEmpty_r( ctx, deel ) == 1 )
      continue;
    ring( GEOSGetExteriorRing_r( ctx, deel ), false );
    for ( int j = 0; j < GEOSGetNumInteriorRings_r( ctx, deel ); ++j )
      ring( GEOSGetInteriorRingN_r( ctx, deel, j ), true );
  }
  return vlak;
}

//! Whether \a g is an axis-parallel rectangle (a grid cell): then clipping gives the intersection.
bool isRechthoek( GEOSContextHandle_t ctx, const GEOSGeometry *g, double oppervlak, double xmin, double ymin, double xmax, double ymax )
{
  if ( GEOSGeomTypeId_r( ctx, g ) != GEOS_POLYGON || GEOSGetNumInteriorRings_r( ctx, g ) != 0 )
    return false;
  const double envelop = ( xmax - xmin ) * ( ymax - ymin );
  return envelop > 0 && std::abs( envelop - oppervlak ) <= 1e-12 * envelop;
}

//! Adds the overlap \a a with target \a d to \a b: nothing when it is empty, a failure when GEOS gave none.
void voegToe( Overlappen::Bron &b, std::size_t d, const std::optional<double> &a )
{
  if ( !a )
    b.mislukt = true;
  else if ( *a > 0 )
    b.overlappen.push_back( { d, *a } );
}

} // namespace

struct Overlappen::Werker
{
    GEOSContextHandle_t ctx = nullptr;
    GEOSWKBReader *lezer = nullptr;
    // The targets as GEOS geometries, made when first needed (grid cells and touching pairs):
    // GEOS prepares geometries lazily, so each thread needs its own.
    std::vector<GEOSGeometry *> doelen;
    std::vector<const GEOSPreparedGeometry *> voorbereid;
    std::size_t naarGeos = 0; // pairs that Green's theorem left to GEOS
    std::vector<std::size_t> kandidaten; // the targets near the current source (kept to spare allocations)

    GEOSGeometry *lees( const QByteArray &wkb ) const
    {
      return GEOSWKBReader_read_r( ctx, lezer, reinterpret_cast<const unsigned char *>( wkb.constData() ), static_cast<size_t>( wkb.size() ) );
    }

    const GEOSPreparedGeometry *doel( std::size_t d, const std::vector<QByteArray> &wkb )
    {
      if ( !doelen[d] )
      {
        doelen[d] = lees( wkb[d] );
        voorbereid[d] = doelen[d] ? GEOSPrepare_r( ctx, doelen[d] ) : nullptr;
      }
      return voorbereid[d];
    }

    /**
     * GEOS's overlay of \a bron with target \a d (nothing when it fails): the overlap where Green's
     * theorem leaves it, and grid cells (\a cel: the source's box, when it is one).
     */
    std::optional<double> geosOverlap( std::size_t d, const GEOSGeometry *bron, const veerkracht::Kader *cel, const std::vector<QByteArray> &wkb )
    {
      const GEOSPreparedGeometry *p = doel( d, wkb );
      if ( !p )
        return std::nullopt;
      if ( GEOSPreparedIntersects_r( ctx, p, bron ) != 1 )
        return 0.0;
      // For a grid cell, clipping the (often detailed) target to the cell is the intersection
      // itself, in linear time. Any other source is intersected with the whole target: a
      // clipped target can be invalid, and GEOS's overlay of it with a neighbour that only
      // touches gave area (two Utrecht buurten: 9,915 inhabitants became 16,520, issue #16).
      GEOSGeometry *doorsnede = cel ? GEOSClipByRect_r( ctx, doelen[d], cel->xMin, cel->yMin, cel->xMax, cel->yMax ) : nullptr;
      if ( !doorsnede )
        doorsnede = GEOSIntersection_r( ctx, doelen[d], bron );
      if ( !doorsnede )
        return std::nullopt;
      double a = 0;
      GEOSArea_r( ctx, doorsnede, &a );
      GEOSGeom_destroy_r( ctx, doorsnede );
      return a;
    }

    ~Werker()
    {
      for ( const GEOSPreparedGeometry *p : voorbereid )
        if ( p )
          GEOSPreparedGeom_destroy_r( ctx, p );
      for ( GEOSGeometry *g : doelen )
        if ( g )
          GEOSGeom_destroy_r( ctx, g );
      if ( lezer )
        GEOSWKBReader_destroy_r( ctx, lezer );
      if ( ctx )
        GEOS_finish_r( ctx );
    }
};

Overlappen::Overlappen( const std::vector<QByteArray> &doelen, unsigned threads )
{
  threads = veerkracht::aantalThreads( threads );
  mDoelOppervlak.assign( doelen.size(), 0.0 );
  mDoelVlakken.resize( doelen.size() );
  mDoelWkb.resize( doelen.size() );
  for ( unsigned t = 0; t < threads; ++t )
  {
    auto w = std::make_unique<Werker>();
    w->ctx = GEOS_init_r();
    GEOSContext_setNoticeMessageHandler_r( w->ctx, stil, nullptr );
    GEOSContext_setErrorMessageHandler_r( w->ctx, stil, nullptr );
    w->lezer = GEOSWKBReader_create_r( w->ctx );
    w->doelen.assign( doelen.size(), nullptr );
    w->voorbereid.assign( doelen.size(), nullptr );
    mWerkers.push_back( std::move( w ) );
  }
  herstelDoelen( doelen );
  std::vector<veerkracht::Kader> kaders( mDoelVlakken.size() );
  for ( std::size_t i = 0; i < kaders.size(); ++i )
    kaders[i] = mDoelVlakken[i].kader(); // empty for an unusable target
  mIndex = std::make_unique<veerkracht::Kaderindex>( std::move( kaders ) );
}

void Overlappen::herstelDoelen( const std::vector<QByteArray> &doelen )
{
  // The targets are repaired once, each worker a fixed share of them: valid WKB (the input's own
  // when it was valid), the area and the rings.
  std::vector<char> hersteld( doelen.size(), 0 );
  std::vector<char> onleesbaar( doelen.size(), 0 );
  std::vector<GEOSWKBWriter *> schrijvers;
  for ( const std::unique_ptr<Werker> &w : mWerkers )
    schrijvers.push_back( GEOSWKBWriter_create_r( w->ctx ) );
  veerkracht::ParallelOpties verdeling;
  verdeling.threads = threads();
  verdeling.blok = 0; // one fixed share per worker
  veerkracht::parallelFor( doelen.size(), verdeling, [&]( std::size_t i, unsigned t ) {
    Werker &w = *mWerkers[t];
    bool wasHersteld = false;
    GEOSGeometry *g = geldigVlak( w.ctx, w.lees( doelen[i] ), wasHersteld );
    hersteld[i] = wasHersteld ? 1 : 0;
    if ( !g || GEOSisEmpty_r( w.ctx, g ) == 1 )
      onleesbaar[i] = 1;
    else
    {
      GEOSArea_r( w.ctx, g, &mDoelOppervlak[i] );
      mDoelVlakken[i] = alsVlak( w.ctx, g );
      if ( wasHersteld )
      {
        size_t size = 0;
        unsigned char *bytes = GEOSWKBWriter_write_r( w.ctx, schrijvers[t], g, &size );
        mDoelWkb[i] = QByteArray( reinterpret_cast<const char *>( bytes ), static_cast<int>( size ) );
        GEOSFree_r( w.ctx, bytes );
      }
      else
        mDoelWkb[i] = doelen[i];
    }
    if ( g )
      GEOSGeom_destroy_r( w.ctx, g );
  } );
  for ( std::size_t t = 0; t < mWerkers.size(); ++t )
    GEOSWKBWriter_destroy_r( mWerkers[t]->ctx, schrijvers[t] );
  for ( std::size_t i = 0; i < doelen.size(); ++i )
  {
    mHersteldeDoelen += hersteld[i];
    mOnleesbareDoelen += onleesbaar[i];
  }
}

Overlappen::~Overlappen() = default;

std::size_t Overlappen::paarenViaGeos() const
{
  std::size_t n = 0;
  for ( const std::unique_ptr<Werker> &w : mWerkers )
    n += w->naarGeos;
  return n;
}

std::vector<Overlappen::Bron> Overlappen::bereken( const std::vector<QByteArray> &bronnen, const std::atomic<bool> *stop )
{
  std::vector<Bron> uit( bronnen.size() );
  // Chunks handed out as threads come free: sources differ much in cost. Each source's result
  // depends only on the source, so the outcome does not depend on who computed it.
  veerkracht::ParallelOpties verdeling;
  verdeling.threads = threads();
  verdeling.blok = 64;
  verdeling.stop = stop;
  veerkracht::parallelFor( bronnen.size(), verdeling, [&]( std::size_t i, unsigned t ) {
    if ( !bronnen[i].isEmpty() )
      berekenBron( *mWerkers[t], bronnen[i], uit[i] );
  } );
  return uit;
}

void Overlappen::berekenBron( Werker &w, const QByteArray &wkb, Bron &b ) const
{
  GEOSGeometry *s = geldigVlak( w.ctx, w.lees( wkb ), b.hersteld );
  if ( !s )
  {
    b.mislukt = true;
    return;
  }
  GEOSArea_r( w.ctx, s, &b.oppervlak );
  double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
  GEOSGeom_getXMin_r( w.ctx, s, &xmin );
  GEOSGeom_getYMin_r( w.ctx, s, &ymin );
  GEOSGeom_getXMax_r( w.ctx, s, &xmax );
  GEOSGeom_getYMax_r( w.ctx, s, &ymax );
  const veerkracht::Kader kader { xmin, ymin, xmax, ymax };
  mIndex->zoek( kader, w.kandidaten );
  if ( isRechthoek( w.ctx, s, b.oppervlak, xmin, ymin, xmax, ymax ) )
  {
    // A grid cell wholly inside a target needs no intersection (targets do not overlap
    // each other); one that straddles is clipped.
    bool binnen = false;
    for ( std::size_t d : w.kandidaten )
    {
      const GEOSPreparedGeometry *doel = w.doel( d, mDoelWkb );
      if ( doel && GEOSPreparedContains_r( w.ctx, doel, s ) == 1 )
      {
        b.overlappen.assign( 1, { d, b.oppervlak } );
        binnen = true;
        break;
      }
    }
    if ( !binnen )
      for ( std::size_t d : w.kandidaten )
        voegToe( b, d, w.geosOverlap( d, s, &kader, mDoelWkb ) );
  }
  else
  {
    // Any other polygon: only the area of each overlap is needed, not its shape.
    const veerkracht::Vlak bronVlak = alsVlak( w.ctx, s );
    for ( std::size_t d : w.kandidaten )
    {
      std::optional<double> a = veerkracht::doorsnedeOppervlak( bronVlak, mDoelVlakken[d] );
      if ( !a )
      {
        ++w.naarGeos;
        a = w.geosOverlap( d, s, nullptr, mDoelWkb );
      }
      voegToe( b, d, a );
    }
  }
  GEOSGeom_destroy_r( w.ctx, s );
}
