// SPDX-License-Identifier: GPL-2.0-or-later
// parallelFor without QgsApplication: every item once, the same results for every thread count,
// progress from the calling thread, and cancelling.

#include "model/parallel.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace veerkracht;

namespace {

//! A chunk size of 0: one fixed share per thread; otherwise chunks handed out as threads come free.
const std::vector<std::size_t> kBlokken { 16, 0, 64 };

QString verdelingNaam( std::size_t blok )
{
  return blok == 0 ? QStringLiteral( "fixed shares" ) : QStringLiteral( "chunks of %1" ).arg( blok );
}

//! Something per item that takes a few rounding steps, so that a mix-up of items would show.
double waardeVan( std::size_t i )
{
  double v = 0;
  for ( std::size_t k = 0; k <= i % 17; ++k )
    v += std::sin( static_cast<double>( i + k ) ) / static_cast<double>( k + 1 );
  return v;
}

} // namespace

class TestParallel : public QObject
{
    Q_OBJECT

  private slots:
    void everyItemOnce_data();
    void everyItemOnce();
    void sameResultsForEveryThreadCount();
    void threadZeroIsTheCaller();
    void fixedShares();
    void chunksStayTogether();
    void progress_data();
    void progress();
    void cancelByProgress_data();
    void cancelByProgress();
    void cancelByStop_data();
    void cancelByStop();
    void threadCount();
};

//! Every count of items with every thread count and both ways of handing out work.
static void alleGevallen()
{
  QTest::addColumn<int>( "n" );
  QTest::addColumn<unsigned>( "threads" );
  QTest::addColumn<int>( "blok" );
  for ( int n : { 0, 1, 7, 1000 } )
    for ( unsigned threads : { 1u, 2u, 8u } )
      for ( std::size_t blok : kBlokken )
        QTest::newRow( qPrintable( QStringLiteral( "%1 items, %2 threads, %3" ).arg( n ).arg( threads ).arg( verdelingNaam( blok ) ) ) )
            << n << threads << static_cast<int>( blok );
}

void TestParallel::everyItemOnce_data()
{
  alleGevallen();
}

void TestParallel::everyItemOnce()
{
  QFETCH( int, n );
  QFETCH( unsigned, threads );
  QFETCH( int, blok );
  std::vector<std::atomic<int>> bezocht( static_cast<std::size_t>( n ) );
  for ( std::atomic<int> &b : bezocht )
    b = 0;
  std::atomic<int> buitenBereik { 0 };
  std::atomic<int> verkeerdeThread { 0 };
  ParallelOpties opties;
  opties.threads = threads;
  opties.blok = static_cast<std::size_t>( blok );
  const bool klaar = parallelFor( static_cast<std::size_t>( n ), opties, [&]( std::size_t i, unsigned thread ) {
    if ( i >= bezocht.size() )
      ++buitenBereik;
    else
      ++bezocht[i];
    if ( thread >= threads )
      ++verkeerdeThread;
  } );
  QVERIFY( klaar );
  QCOMPARE( buitenBereik.load(), 0 );
  QCOMPARE( verkeerdeThread.load(), 0 );
  for ( std::size_t i = 0; i < bezocht.size(); ++i )
    QCOMPARE( bezocht[i].load(), 1 );
}

void TestParallel::sameResultsForEveryThreadCount()
{
  // Each item into its own slot, summed in item order afterwards: as moran() and Overlappen do.
  const auto bereken = []( std::size_t n, unsigned threads, std::size_t blok ) {
    std::vector<double> uit( n, 0.0 );
    ParallelOpties opties;
    opties.threads = threads;
    opties.blok = blok;
    parallelFor( n, opties, [&uit]( std::size_t i, unsigned ) { uit[i] = waardeVan( i ); } );
    double som = 0;
    for ( double v : uit )
      som += v;
    uit.push_back( som );
    return uit;
  };
  for ( std::size_t n : { 0, 1, 7, 1000 } )
  {
    const std::vector<double> verwacht = bereken( n, 1, 16 );
    for ( unsigned threads : { 1u, 2u, 8u } )
      for ( std::size_t blok : kBlokken )
      {
        const std::vector<double> uit = bereken( n, threads, blok );
        QCOMPARE( uit.size(), verwacht.size() );
        for ( std::size_t i = 0; i < uit.size(); ++i )
          QVERIFY2( std::memcmp( &uit[i], &verwacht[i], sizeof( double ) ) == 0,
                    qPrintable( QStringLiteral( "n %1, %2 threads, %3: slot %4" ).arg( n ).arg( threads ).arg( verdelingNaam( blok ) ).arg( i ) ) );
      }
  }
}

void TestParallel::threadZeroIsTheCaller()
{
  // Per-thread state (a GEOS context per worker) is indexed by the thread number: each number
  // must be one thread, and 0 the calling one.
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex slot;
  std::map<unsigned, std::thread::id> idVan;
  bool tweeThreadsEenNummer = false;
  ParallelOpties opties;
  opties.threads = 8;
  opties.blok = 4;
  parallelFor( 1000, opties, [&]( std::size_t, unsigned thread ) {
    const std::lock_guard<std::mutex> slotDicht( slot );
    const auto [waar, nieuw] = idVan.emplace( thread, std::this_thread::get_id() );
    if ( !nieuw && waar->second != std::this_thread::get_id() )
      tweeThreadsEenNummer = true;
  } );
  QVERIFY( !tweeThreadsEenNummer );
  if ( idVan.count( 0 ) )
    QVERIFY( idVan[0] == caller );
  for ( const auto &[thread, id] : idVan )
    if ( thread != 0 )
      QVERIFY( id != caller );
}

void TestParallel::fixedShares()
{
  // blok 0: thread t does items t·⌈n/threads⌉ … (t + 1)·⌈n/threads⌉ − 1, whatever the timing.
  for ( std::size_t n : { 1, 7, 1000 } )
  {
    for ( unsigned threads : { 1u, 2u, 8u } )
    {
      std::vector<unsigned> door( n, 99 );
      ParallelOpties opties;
      opties.threads = threads;
      opties.blok = 0;
      QVERIFY( parallelFor( n, opties, [&door]( std::size_t i, unsigned thread ) { door[i] = thread; } ) );
      const std::size_t per = ( n + threads - 1 ) / threads;
      for ( std::size_t i = 0; i < n; ++i )
        QCOMPARE( door[i], static_cast<unsigned>( i / per ) );
    }
  }
}

void TestParallel::chunksStayTogether()
{
  // Handed-out chunks are whole: the items of one chunk are done by one thread, in order.
  std::vector<unsigned> door( 1000, 99 );
  std::vector<std::size_t> rang( 1000, 0 );
  std::vector<std::size_t> gedaan( 8, 0 );
  ParallelOpties opties;
  opties.threads = 8;
  opties.blok = 16;
  QVERIFY( parallelFor( door.size(), opties, [&]( std::size_t i, unsigned thread ) {
    door[i] = thread;
    rang[i] = gedaan[thread]++;
  } ) );
  for ( std::size_t i = 0; i < door.size(); ++i )
  {
    const std::size_t begin = i / 16 * 16;
    QCOMPARE( door[i], door[begin] );
    QCOMPARE( rang[i], rang[begin] + ( i - begin ) );
  }
}

void TestParallel::progress_data()
{
  alleGevallen();
}

void TestParallel::progress()
{
  QFETCH( int, n );
  QFETCH( unsigned, threads );
  QFETCH( int, blok );
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<std::size_t> gedaan { 0 };
  std::vector<std::size_t> gemeld;
  bool teVroeg = false;
  bool elders = false;
  ParallelOpties opties;
  opties.threads = threads;
  opties.blok = static_cast<std::size_t>( blok );
  opties.voortgang = [&]( std::size_t klaar ) {
    // Never more than what the work has finished.
    if ( klaar > gedaan.load() )
      teVroeg = true;
    if ( std::this_thread::get_id() != caller )
      elders = true;
    gemeld.push_back( klaar );
    return true;
  };
  QVERIFY( parallelFor( static_cast<std::size_t>( n ), opties, [&gedaan]( std::size_t, unsigned ) { ++gedaan; } ) );
  QVERIFY( !teVroeg );
  QVERIFY( !elders );
  for ( std::size_t k = 1; k < gemeld.size(); ++k )
    QVERIFY( gemeld[k] > gemeld[k - 1] );
  for ( std::size_t klaar : gemeld )
    QVERIFY( klaar >= 1 && klaar <= static_cast<std::size_t>( n ) );
  if ( n == 0 )
    QVERIFY( gemeld.empty() );
  if ( threads == 1 && n > 0 )
  {
    // Alone, the calling thread reports after each chunk and ends at the last item.
    const std::size_t stuk = blok == 0 ? static_cast<std::size_t>( n ) : static_cast<std::size_t>( blok );
    QCOMPARE( gemeld.size(), ( static_cast<std::size_t>( n ) + stuk - 1 ) / stuk );
    QCOMPARE( gemeld.back(), static_cast<std::size_t>( n ) );
  }
}

void TestParallel::cancelByProgress_data()
{
  QTest::addColumn<unsigned>( "threads" );
  for ( unsigned threads : { 1u, 2u, 8u } )
    QTest::newRow( qPrintable( QStringLiteral( "%1 threads" ).arg( threads ) ) ) << threads;
}

void TestParallel::cancelByProgress()
{
  // The other threads wait in their first item until the cancel, so that the calling thread
  // surely gets chunks and reports, whatever the timing.
  QFETCH( unsigned, threads );
  std::atomic<bool> geannuleerd { false };
  std::atomic<std::size_t> gedaan { 0 };
  int meldingen = 0;
  ParallelOpties opties;
  opties.threads = threads;
  opties.blok = 16;
  opties.voortgang = [&]( std::size_t ) {
    if ( ++meldingen < 2 )
      return true;
    geannuleerd = true;
    return false;
  };
  const std::size_t n = 100000;
  QVERIFY( !parallelFor( n, opties, [&]( std::size_t, unsigned thread ) {
    while ( thread != 0 && !geannuleerd.load() )
      std::this_thread::yield();
    ++gedaan;
  } ) );
  // Not asked again after the cancel; chunks begun are finished, and soon no new ones begin (a
  // waiting thread is let go just before parallelFor marks the cancel, so it may take one more).
  QCOMPARE( meldingen, 2 );
  QCOMPARE( gedaan.load() % 16, std::size_t( 0 ) );
  QVERIFY( gedaan.load() < n );
  if ( threads == 1 )
    QCOMPARE( gedaan.load(), std::size_t( 32 ) );
}

void TestParallel::cancelByStop_data()
{
  cancelByProgress_data();
}

void TestParallel::cancelByStop()
{
  QFETCH( unsigned, threads );
  std::atomic<bool> stop { true };
  std::atomic<std::size_t> gedaan { 0 };
  ParallelOpties opties;
  opties.threads = threads;
  opties.blok = 64;
  opties.stop = &stop;
  // Set before: nothing is done.
  QVERIFY( !parallelFor( 1000, opties, [&gedaan]( std::size_t, unsigned ) { ++gedaan; } ) );
  QCOMPARE( gedaan.load(), std::size_t( 0 ) );

  // Set by the calling thread's first item (the others wait for it): the chunks at hand are
  // finished, then every thread stops.
  stop = false;
  const std::size_t n = 100000;
  QVERIFY( !parallelFor( n, opties, [&]( std::size_t, unsigned thread ) {
    if ( thread == 0 )
      stop = true;
    while ( !stop.load() )
      std::this_thread::yield();
    ++gedaan;
  } ) );
  QCOMPARE( gedaan.load() % 64, std::size_t( 0 ) );
  QVERIFY( gedaan.load() <= threads * 64 );
  if ( threads == 1 )
    QCOMPARE( gedaan.load(), std::size_t( 64 ) );
}

void TestParallel::threadCount()
{
  QCOMPARE( aantalThreads( 3 ), 3u );
  QCOMPARE( aantalThreads( 1 ), 1u );
  QVERIFY( aantalThreads( 0 ) >= 1u );
}

QTEST_APPLESS_MAIN( TestParallel )
#include "test_parallel.moc"
