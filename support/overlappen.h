// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/doorsnede.h"
#include "model/harmonisatie.h"
#include "model/kaderindex.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <vector>

/**
 * The overlaps of source polygons with a fixed set of target polygons, with GEOS's reentrant C
 * API: per thread its own GEOS context and prepared target geometries, one index of the
 * targets' boxes for all. A grid cell wholly inside a target needs no intersection and one that straddles is
 * clipped; for other sources only the overlap's area is computed (doorsnedeOppervlak), and GEOS
 * intersects the pairs whose boundaries touch. Invalid polygons are repaired (GEOS make-valid,
 * polygonal parts kept) and counted.
 */
class Overlappen
{
  public:
    //! \a doelen: the targets as WKB, in the working CRS. \a threads 0: every core.
    Overlappen( const std::vector<QByteArray> &doelen, unsigned threads );
    ~Overlappen();
    Overlappen( const Overlappen & ) = delete;
    Overlappen &operator=( const Overlappen & ) = delete;

    struct Bron
    {
      double oppervlak = 0;
      std::vector<veerkracht::Overlap> overlappen; //!< by target index, ascending
      bool hersteld = false;     //!< repaired (it was invalid)
      bool mislukt = false;      //!< GEOS could not read or intersect it
    };

    /**
     * The overlaps of each source (WKB, same CRS as the targets), computed in parallel; the
     * result is the same whatever the number of threads. Stops early when \a stop is set.
     */
    std::vector<Bron> bereken( const std::vector<QByteArray> &bronnen, const std::atomic<bool> *stop = nullptr );

    const std::vector<double> &doelOppervlak() const { return mDoelOppervlak; }
    int hersteldeDoelen() const { return mHersteldeDoelen; }
    //! Targets that GEOS could not read or repair (they get no sources).
    int onleesbareDoelen() const { return mOnleesbareDoelen; }
    unsigned threads() const { return static_cast<unsigned>( mWerkers.size() ); }
    //! Source–target pairs whose overlap GEOS computed because they touch (so far).
    std::size_t paarenViaGeos() const;

  private:
    struct Werker;
    //! Repairs the targets into mDoelOppervlak, mDoelVlakken and mDoelWkb, and counts them.
    void herstelDoelen( const std::vector<QByteArray> &doelen );
    //! The overlaps of one (non-empty) source into \a b, on worker \a w.
    void berekenBron( Werker &w, const QByteArray &wkb, Bron &b ) const;

    std::vector<std::unique_ptr<Werker>> mWerkers;
    std::vector<double> mDoelOppervlak;
    std::vector<veerkracht::Vlak> mDoelVlakken; //!< read by every worker
    std::vector<QByteArray> mDoelWkb;           //!< valid; each worker reads the targets it needs as GEOS geometries
    std::unique_ptr<veerkracht::Kaderindex> mIndex;
    int mHersteldeDoelen = 0;
    int mOnleesbareDoelen = 0;
};
