// SPDX-License-Identifier: GPL-2.0-or-later
// The buurtprofiel's rules without QgsApplication: the reference medians beside an area's numbers
// and the strategy choice, on hand-computed cases.

#include "model/profielreferentie.h"
#include "model/strategie.h"

#include <QtTest>

#include <optional>
#include <string>
#include <vector>

using namespace veerkracht;

namespace {

constexpr std::optional<double> geen = std::nullopt;

ProfielGebied gebied( const std::string &gemeente, std::vector<std::optional<double>> waarden )
{
  ProfielGebied g;
  g.gemeente = gemeente;
  g.waarden = std::move( waarden );
  return g;
}

Regel regel( const std::string &id, std::optional<bool> corporatie, std::set<int> signaal, std::array<int, 4> gewichten, const std::string &toelichting )
{
  Regel r;
  r.id = id;
  r.corporatiebuurt = corporatie;
  r.signaal = std::move( signaal );
  r.gewichten = gewichten;
  r.toelichting = toelichting;
  return r;
}

Profiel profiel( std::optional<bool> corporatie, int signaal )
{
  Profiel p;
  p.corporatiebuurt = corporatie;
  p.signaal = signaal;
  p.focus = 4;
  p.ontwikkelingK = 3;
  p.ontwikkelingO = 3;
  return p;
}

/**
 * A tiny table. R1 and R2 both take signal 1: R1 comes first. R3 only takes a corporatiebuurt.
 * R1's explanation holds a "%1", which must stay as it is.
 */
std::vector<Regel> tabel()
{
  return {
    regel( "R1", std::nullopt, { 1 }, { 2, 1, 0, 0 }, "Onder druk (%1 blijft staan)" ),
    regel( "R2", std::nullopt, { 1, 2 }, { 0, 2, 2, 0 }, "Tweede" ),
    regel( "R3", true, {}, { 0, 0, 1, 2 }, "Corporatie" ),
  };
}

} // namespace

class TestProfiel : public QObject
{
    Q_OBJECT

  private slots:
    void mediansPerGemeenteAndOverall();
    void emptyGemeenteCodeIsAGroup();
    void noAreas();
    void profileFromClasses();
    void firstRuleWins();
    void laterRuleWhenTheFirstMisses();
    void corporatiebuurtMustBeKnown();
    void noRuleApplies();
};

void TestProfiel::mediansPerGemeenteAndOverall()
{
  // Two rows; row 1 is missing in most areas, GM0003 has one buurt.
  const std::vector<ProfielGebied> gebieden {
    gebied( "GM0001", { 1.0, 10.0 } ),
    gebied( "GM0001", { 5.0, geen } ),
    gebied( "GM0001", { 2.0, 30.0 } ),
    gebied( "GM0002", { 4.0, geen } ),
    gebied( "GM0002", { 10.0 } ), // shorter than the rows: row 1 counts as missing
    gebied( "GM0003", { 0.5, geen } ),
  };
  const ProfielReferentie r = profielReferentie( gebieden, 2 );

  // GM0001 row 0: 1, 5, 2 → sorted 1, 2, 5; an odd count: the middle one, 2.
  QCOMPARE( r.gemeente( "GM0001", 0 ), std::optional<double>( 2.0 ) );
  // GM0001 row 1: 10 and 30 (the missing one left out); an even count: (10 + 30) / 2 = 20.
  QCOMPARE( r.gemeente( "GM0001", 1 ), std::optional<double>( 20.0 ) );
  // GM0002 row 0: 4 and 10 → (4 + 10) / 2 = 7.
  QCOMPARE( r.gemeente( "GM0002", 0 ), std::optional<double>( 7.0 ) );
  // GM0002 row 1: no value at all → none.
  QCOMPARE( r.gemeente( "GM0002", 1 ), geen );
  // GM0003, one buurt: its own value, 0.5; its missing row → none.
  QCOMPARE( r.gemeente( "GM0003", 0 ), std::optional<double>( 0.5 ) );
  QCOMPARE( r.gemeente( "GM0003", 1 ), geen );
  // A gemeente without areas in the layer, and a row beyond the profile → none.
  QCOMPARE( r.gemeente( "GM9999", 0 ), geen );
  QCOMPARE( r.gemeente( "GM0001", 2 ), geen );

  // Every area, row 0: 1, 5, 2, 4, 10, 0.5 → sorted 0.5, 1, 2, 4, 5, 10; six values: (2 + 4) / 2 = 3.
  QCOMPARE( r.alleGebieden.size(), std::size_t( 2 ) );
  QCOMPARE( r.alleGebieden[0], std::optional<double>( 3.0 ) );
  // Row 1: 10 and 30 → 20.
  QCOMPARE( r.alleGebieden[1], std::optional<double>( 20.0 ) );
  // One entry per gemeente of the layer, also where a row has no value.
  QCOMPARE( r.perGemeente.size(), std::size_t( 3 ) );
  QCOMPARE( r.perGemeente.at( "GM0002" ).size(), std::size_t( 2 ) );
}

void TestProfiel::emptyGemeenteCodeIsAGroup()
{
  // Areas without a buurt code have the gemeente code "": together they are one group.
  const std::vector<ProfielGebied> gebieden {
    gebied( "", { 3.0 } ),
    gebied( "", { 8.0 } ),
    gebied( "", { 9.0 } ),
    gebied( "", { geen } ),
    gebied( "GM0001", { -1.0 } ),
  };
  const ProfielReferentie r = profielReferentie( gebieden, 1 );
  // "": 3, 8, 9 → 8.
  QCOMPARE( r.gemeente( "", 0 ), std::optional<double>( 8.0 ) );
  QCOMPARE( r.gemeente( "GM0001", 0 ), std::optional<double>( -1.0 ) );
  // All: -1, 3, 8, 9 → (3 + 8) / 2 = 5.5.
  QCOMPARE( r.alleGebieden[0], std::optional<double>( 5.5 ) );
}

void TestProfiel::noAreas()
{
  const ProfielReferentie r = profielReferentie( {}, 3 );
  QVERIFY( r.perGemeente.empty() );
  QCOMPARE( r.alleGebieden, std::vector<std::optional<double>>( 3, geen ) );
}

void TestProfiel::profileFromClasses()
{
  std::vector<std::string> gevraagd;
  const auto klassen = [&gevraagd]( int corporatie ) {
    gevraagd.clear();
    return profielUitKlassen( [&gevraagd, corporatie]( const std::string &kenmerk ) {
      gevraagd.push_back( kenmerk );
      if ( kenmerk == "corporatiebuurt" )
        return corporatie;
      if ( kenmerk == "signaal" )
        return 1;
      if ( kenmerk == "focus" )
        return 2;
      return kenmerk == "ontwikkeling_k" ? 3 : 4;
    } );
  };
  // Class 5 of map 1 (more than two thirds corporation dwellings) is a corporatiebuurt.
  const Profiel p = klassen( 5 );
  QCOMPARE( p.corporatiebuurt, std::optional<bool>( true ) );
  QCOMPARE( p.signaal, 1 );
  QCOMPARE( p.focus, 2 );
  QCOMPARE( p.ontwikkelingK, 3 );
  QCOMPARE( p.ontwikkelingO, 4 );
  QCOMPARE( gevraagd, ( std::vector<std::string> { "corporatiebuurt", "signaal", "focus", "ontwikkeling_k", "ontwikkeling_o" } ) );
  // Class 4 is not; class 0 (onvoldoende gegevens) leaves it unknown.
  QCOMPARE( klassen( 4 ).corporatiebuurt, std::optional<bool>( false ) );
  QVERIFY( !klassen( 0 ).corporatiebuurt );
}

void TestProfiel::firstRuleWins()
{
  // Signal 1: R1 and R2 both apply; R1 is first.
  const StrategieKeuze k = kiesStrategie( tabel(), profiel( std::nullopt, 1 ) );
  QVERIFY( k.gevonden );
  QCOMPARE( k.regel, std::string( "R1" ) );
  QCOMPARE( k.gewichten, ( std::array<int, 4> { 2, 1, 0, 0 } ) );
  // The highest weight, 2, is leefomgeving's alone.
  QCOMPARE( k.hoofd, std::string( "leefomgeving" ) );
  QCOMPARE( k.toelichting, std::string( "Regel R1: Onder druk (%1 blijft staan)" ) );
}

void TestProfiel::laterRuleWhenTheFirstMisses()
{
  // Signal 2: not R1's, R2's.
  const StrategieKeuze k = kiesStrategie( tabel(), profiel( false, 2 ) );
  QVERIFY( k.gevonden );
  QCOMPARE( k.regel, std::string( "R2" ) );
  QCOMPARE( k.gewichten, ( std::array<int, 4> { 0, 2, 2, 0 } ) );
  // Weight 2 twice: sociale aanpak and woninggebruik, joined by " en ".
  QCOMPARE( k.hoofd, std::string( "sociale aanpak en woninggebruik" ) );
  QCOMPARE( k.toelichting, std::string( "Regel R2: Tweede" ) );
}

void TestProfiel::corporatiebuurtMustBeKnown()
{
  // Signal 3 misses R1 and R2; R3 wants a corporatiebuurt.
  const StrategieKeuze k = kiesStrategie( tabel(), profiel( true, 3 ) );
  QVERIFY( k.gevonden );
  QCOMPARE( k.regel, std::string( "R3" ) );
  // The highest weight, 2, is woningprogramma's alone.
  QCOMPARE( k.hoofd, std::string( "woningprogramma" ) );
  QCOMPARE( k.toelichting, std::string( "Regel R3: Corporatie" ) );
  // Not a corporatiebuurt, or unknown: no rule of the table applies.
  QVERIFY( !kiesStrategie( tabel(), profiel( false, 3 ) ).gevonden );
  QVERIFY( !kiesStrategie( tabel(), profiel( std::nullopt, 3 ) ).gevonden );
}

void TestProfiel::noRuleApplies()
{
  // Without a rule: weights 0, no rule id, no explanation, and the main strategy of four zeros.
  for ( const StrategieKeuze &k : { kiesStrategie( tabel(), profiel( std::nullopt, 3 ) ), kiesStrategie( {}, profiel( true, 1 ) ) } )
  {
    QVERIFY( !k.gevonden );
    QCOMPARE( k.gewichten, ( std::array<int, 4> { 0, 0, 0, 0 } ) );
    QVERIFY( k.regel.empty() );
    QVERIFY( k.toelichting.empty() );
    QCOMPARE( k.hoofd, std::string( "geen bijzondere aanpak" ) );
  }
}

QTEST_APPLESS_MAIN( TestProfiel )
#include "test_profiel.moc"
