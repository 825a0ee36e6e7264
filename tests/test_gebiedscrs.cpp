// SPDX-License-Identifier: GPL-2.0-or-later
// The rule for the CRS of an area layer's coordinates (model/coordinates.h), without QGIS:
// what the user assigned, what the layer declares and what its numbers look like.

#include "model/coordinates.h"

#include <QtTest>

namespace veerkracht {

//! QCOMPARE's text for a choice (found by argument-dependent lookup).
char *toString( CrsChoice choice )
{
  switch ( choice )
  {
    case CrsChoice::SwappedAxes:
      return qstrdup( "SwappedAxes" );
    case CrsChoice::Assigned:
      return qstrdup( "Assigned" );
    case CrsChoice::GuessedLonLat:
      return qstrdup( "GuessedLonLat" );
    case CrsChoice::GuessedRdNew:
      return qstrdup( "GuessedRdNew" );
    case CrsChoice::NoGuess:
      return qstrdup( "NoGuess" );
    case CrsChoice::Declared:
      return qstrdup( "Declared" );
    case CrsChoice::DeclaredRdNumbers:
      return qstrdup( "DeclaredRdNumbers" );
  }
  return qstrdup( "?" );
}

} // namespace veerkracht

using namespace veerkracht;

namespace {

const CrsLabel none;                    // no CRS, or GDAL's "Undefined" placeholder
const CrsLabel degrees { true, true };  // e.g. EPSG:4326
const CrsLabel metres { true, false };  // e.g. EPSG:28992, EPSG:3857

} // namespace

class TestGebiedsCrs : public QObject
{
    Q_OBJECT

  private slots:
    void swappedAxesAreRefusedFirst();
    void assignedWins();
    void withoutCrsTheNumbersDecide();
    void declaredIsKept();
    void fromTheExtent();
};

void TestGebiedsCrs::swappedAxesAreRefusedFirst()
{
  // Latitude as x under no label or a label in degrees: refused, even over an assigned CRS in degrees.
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, none, none ), CrsChoice::SwappedAxes );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, none, degrees ), CrsChoice::SwappedAxes );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, degrees, none ), CrsChoice::SwappedAxes );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, degrees, degrees ), CrsChoice::SwappedAxes );
  // In metres the same numbers are a few metres off a projection's origin: not refused.
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, metres, none ), CrsChoice::Assigned );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, metres, degrees ), CrsChoice::Assigned );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, degrees, metres ), CrsChoice::Assigned );
  QCOMPARE( chooseCrs( LikelyCrs::LatLonSwapped, none, metres ), CrsChoice::Declared );
}

void TestGebiedsCrs::assignedWins()
{
  // Whatever the layer says and its numbers look like.
  for ( const LikelyCrs guess : { LikelyCrs::LonLat, LikelyCrs::RdNew, LikelyCrs::Unknown } )
  {
    QCOMPARE( chooseCrs( guess, metres, none ), CrsChoice::Assigned );
    QCOMPARE( chooseCrs( guess, metres, degrees ), CrsChoice::Assigned );
    QCOMPARE( chooseCrs( guess, degrees, metres ), CrsChoice::Assigned );
  }
}

void TestGebiedsCrs::withoutCrsTheNumbersDecide()
{
  QCOMPARE( chooseCrs( LikelyCrs::LonLat, none, none ), CrsChoice::GuessedLonLat );
  QCOMPARE( chooseCrs( LikelyCrs::RdNew, none, none ), CrsChoice::GuessedRdNew );
  QCOMPARE( chooseCrs( LikelyCrs::Unknown, none, none ), CrsChoice::NoGuess );
}

void TestGebiedsCrs::declaredIsKept()
{
  QCOMPARE( chooseCrs( LikelyCrs::LonLat, none, degrees ), CrsChoice::Declared );
  QCOMPARE( chooseCrs( LikelyCrs::LonLat, none, metres ), CrsChoice::Declared );
  QCOMPARE( chooseCrs( LikelyCrs::Unknown, none, metres ), CrsChoice::Declared );
  // RD numbers under a label: the label is to be checked (it may be RD New itself).
  QCOMPARE( chooseCrs( LikelyCrs::RdNew, none, metres ), CrsChoice::DeclaredRdNumbers );
  QCOMPARE( chooseCrs( LikelyCrs::RdNew, none, degrees ), CrsChoice::DeclaredRdNumbers );
}

void TestGebiedsCrs::fromTheExtent()
{
  // Utrecht with latitude as x, without a CRS: refused.
  QCOMPARE( chooseCrs( guessCrs( { 52.0, 5.0, 52.2, 5.2 } ), none, none ), CrsChoice::SwappedAxes );
  // Utrecht in WGS 84 without a CRS: taken as longitude/latitude.
  QCOMPARE( chooseCrs( guessCrs( { 5.0, 52.0, 5.2, 52.2 } ), none, none ), CrsChoice::GuessedLonLat );
  // The Ermelo 100 m grid in RD metres labelled EPSG:3857: kept, the label to be checked.
  QCOMPARE( chooseCrs( guessCrs( { 168000, 471000, 178000, 481000 } ), none, metres ), CrsChoice::DeclaredRdNumbers );
  // Web mercator metres of Utrecht without a CRS: nothing to go on.
  QCOMPARE( chooseCrs( guessCrs( { 560000, 6800000, 580000, 6820000 } ), none, none ), CrsChoice::NoGuess );
}

QTEST_APPLESS_MAIN( TestGebiedsCrs )
#include "test_gebiedscrs.moc"
