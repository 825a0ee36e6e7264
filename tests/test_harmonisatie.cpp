// SPDX-License-Identifier: GPL-2.0-or-later
// The arithmetic of areal interpolation (specification.md §5) without geometry: overlaps given by hand.

#include "model/harmonisatie.h"

#include <QtTest>

using namespace veerkracht;

class TestHarmonisatie : public QObject
{
    Q_OBJECT

  private slots:
    void extensiveAndIntensive();
    void missingWeightAndValue();
    void mergedAccumulatorsEqualOne();
};

void TestHarmonisatie::extensiveAndIntensive()
{
  // Targets of 100 and 300 m². Source 1 (area 200, count 40, rate 3) lies 100 in each;
  // source 2 (area 200, count 10, rate 9) lies 200 in the second.
  Harmonisatie h( { 100, 300 }, 1, 1 );
  Bron een;
  een.oppervlak = 200;
  een.extensief = { 40.0 };
  een.intensief = { 3.0 };
  h.voegToe( een, { { 0, 100 }, { 1, 100 } } );
  Bron twee;
  twee.oppervlak = 200;
  twee.extensief = { 10.0 };
  twee.intensief = { 9.0 };
  h.voegToe( twee, { { 1, 200 } } );
  const HarmonisatieUitkomst u = h.uitkomst();
  QCOMPARE( *u.extensief[0][0], 20.0 );          // 40 · 100/200
  QCOMPARE( *u.extensief[0][1], 20.0 + 10.0 );   // 40 · 100/200 + 10 · 200/200
  QCOMPARE( *u.intensief[0][0], 3.0 );
  QCOMPARE( *u.intensief[0][1], ( 3.0 * 100 + 9.0 * 200 ) / 300 ); // by overlap area: 7
  QCOMPARE( u.bedekt[1], 1.0 );
  QCOMPARE( u.bronnen, ( std::vector<int> { 1, 2 } ) );
  QCOMPARE( u.bronnenBuiten, std::size_t( 0 ) );
  QCOMPARE( u.extensiefNietToegekend[0], 0.0 );
}

void TestHarmonisatie::missingWeightAndValue()
{
  Harmonisatie h( { 100 }, 1, 1 );
  Bron gewogen;
  gewogen.oppervlak = 100;
  gewogen.extensief = { 5.0 };
  gewogen.intensief = { 2.0 };
  gewogen.metGewichtVeld = true;
  gewogen.gewicht = 10.0;
  h.voegToe( gewogen, { { 0, 100 } } );
  Bron zonderGewicht = gewogen; // weight unknown: no say in the rate; its count still counts
  zonderGewicht.gewicht.reset();
  zonderGewicht.intensief = { 100.0 };
  h.voegToe( zonderGewicht, { { 0, 50 } } );
  Bron zonderWaarde;
  zonderWaarde.oppervlak = 100;
  zonderWaarde.extensief = { std::nullopt };
  zonderWaarde.intensief = { std::nullopt };
  zonderWaarde.metGewichtVeld = true;
  zonderWaarde.gewicht = 1000.0;
  h.voegToe( zonderWaarde, { { 0, 100 } } );
  Bron buiten;
  buiten.oppervlak = 100;
  buiten.extensief = { 7.0 };
  buiten.intensief = { 1.0 };
  h.voegToe( buiten, {} );
  const HarmonisatieUitkomst u = h.uitkomst();
  QCOMPARE( *u.intensief[0][0], 2.0 );
  QCOMPARE( *u.extensief[0][0], 5.0 + 5.0 * 0.5 );
  QCOMPARE( u.bronnenBuiten, std::size_t( 1 ) );
  QCOMPARE( u.extensiefBuiten[0], 7.0 );
  QCOMPARE( u.extensiefNietToegekend[0], 7.0 + 5.0 * 0.5 ); // the outside source and half of the second
  // Overlapping sources cover 2.5 times the target: the covered share is all of it, and the
  // target is counted as covered more than once (issue #16: dekking never exceeds 1).
  QCOMPARE( u.bedekt[0], 1.0 );
  QCOMPARE( u.meervoudigBedekt, std::size_t( 1 ) );
}

void TestHarmonisatie::mergedAccumulatorsEqualOne()
{
  const auto bron = []( double count ) {
    Bron b;
    b.oppervlak = 10;
    b.extensief = { count };
    b.intensief = { count / 2 };
    return b;
  };
  Harmonisatie alles( { 10, 10 }, 1, 1 );
  Harmonisatie a( { 10, 10 }, 1, 1 );
  Harmonisatie b( { 10, 10 }, 1, 1 );
  for ( int i = 0; i < 6; ++i )
  {
    const std::vector<Overlap> o { { static_cast<std::size_t>( i % 2 ), 4.0 }, { 1, 1.0 } };
    alles.voegToe( bron( i ), o );
    ( i < 3 ? a : b ).voegToe( bron( i ), o );
  }
  a.voegSamen( b );
  QCOMPARE( *a.uitkomst().extensief[0][0], *alles.uitkomst().extensief[0][0] );
  QCOMPARE( *a.uitkomst().intensief[0][1], *alles.uitkomst().intensief[0][1] );
  QCOMPARE( a.uitkomst().bronnen, alles.uitkomst().bronnen );
}

QTEST_APPLESS_MAIN( TestHarmonisatie )
#include "test_harmonisatie.moc"
