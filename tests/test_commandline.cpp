// SPDX-License-Identifier: GPL-2.0-or-later
// The veerkracht command line parser, without QGIS.

#include "cli/commandline.h"

#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

  private slots:
    void list();
    void help();
    void runWithSeparator();
    void runQgisProcessStyle();
    void repeatedKeysBecomeLists();
    void valueKeepsEqualsSigns();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
};

void TestCommandLine::list()
{
  const CommandLine cl = CommandLine::parse( { "list" } );
  QVERIFY( cl.error.isEmpty() );
  QVERIFY( cl.command == CommandLine::Command::List );
  QVERIFY( !cl.json );
  QVERIFY( CommandLine::parse( { "--json", "list" } ).json );
  QVERIFY( CommandLine::parse( { "list", "--json" } ).json );
}

void TestCommandLine::help()
{
  const CommandLine cl = CommandLine::parse( { "help", "veerkracht:prepareer" } );
  QVERIFY( cl.error.isEmpty() );
  QVERIFY( cl.command == CommandLine::Command::Help );
  QCOMPARE( cl.algorithm, QStringLiteral( "veerkracht:prepareer" ) );
}

void TestCommandLine::runWithSeparator()
{
  const CommandLine cl = CommandLine::parse( { "--json", "run", "veerkracht:prepareer", "--", "INPUT=a b.geojson", "OUTPUT=/tmp/x.gpkg" } );
  QVERIFY2( cl.error.isEmpty(), qPrintable( cl.error ) );
  QVERIFY( cl.command == CommandLine::Command::Run );
  QVERIFY( cl.json );
  const QVariantMap p = cl.parameters();
  QCOMPARE( p.size(), 2 );
  QCOMPARE( p.value( "INPUT" ).toString(), QStringLiteral( "a b.geojson" ) );
  QCOMPARE( p.value( "OUTPUT" ).toString(), QStringLiteral( "/tmp/x.gpkg" ) );
}

void TestCommandLine::runQgisProcessStyle()
{
  const CommandLine cl = CommandLine::parse( { "run", "native:buffer", "--INPUT=a.gpkg", "DISTANCE=10" } );
  QVERIFY2( cl.error.isEmpty(), qPrintable( cl.error ) );
  QCOMPARE( cl.parameters().value( "INPUT" ).toString(), QStringLiteral( "a.gpkg" ) );
  QCOMPARE( cl.parameters().value( "DISTANCE" ).toString(), QStringLiteral( "10" ) );
}

void TestCommandLine::repeatedKeysBecomeLists()
{
  const CommandLine cl = CommandLine::parse( { "run", "veerkracht:prepareer", "--", "TABLES=a.csv", "INPUT=b.gpkg", "TABLES=c.xlsx", "TABLES=d.csv" } );
  QCOMPARE( cl.repeatedKeys(), QStringList { "TABLES" } );
  const QVariantMap p = cl.parameters();
  QCOMPARE( p.value( "TABLES" ).userType(), static_cast<int>( QMetaType::QVariantList ) );
  QCOMPARE( p.value( "TABLES" ).toStringList(), ( QStringList { "a.csv", "c.xlsx", "d.csv" } ) );
  QCOMPARE( p.value( "INPUT" ).userType(), static_cast<int>( QMetaType::QString ) );
}

void TestCommandLine::valueKeepsEqualsSigns()
{
  const CommandLine cl = CommandLine::parse( { "run", "native:extractbyexpression", "--", "EXPRESSION=\"a\"=1", "EMPTY=" } );
  QVERIFY( cl.error.isEmpty() );
  QCOMPARE( cl.parameters().value( "EXPRESSION" ).toString(), QStringLiteral( "\"a\"=1" ) );
  QCOMPARE( cl.parameters().value( "EMPTY" ).toString(), QString() );
}

void TestCommandLine::usageErrors_data()
{
  QTest::addColumn<QStringList>( "arguments" );
  QTest::addColumn<QString>( "mentions" );
  QTest::newRow( "nothing" ) << QStringList {} << "no command";
  QTest::newRow( "unknown command" ) << QStringList { "frobnicate" } << "frobnicate";
  QTest::newRow( "run without algorithm" ) << QStringList { "run" } << "algorithm id";
  QTest::newRow( "help without algorithm" ) << QStringList { "help" } << "algorithm id";
  QTest::newRow( "not an assignment" ) << QStringList { "run", "a:b", "--", "INPUT" } << "KEY=VALUE";
  QTest::newRow( "empty key" ) << QStringList { "run", "a:b", "--", "=x" } << "KEY=VALUE";
  // Found by fuzz_commandline (fuzz/corpus/fuzz_commandline/bevinding_sleutel_van_spaties).
  QTest::newRow( "key of spaces" ) << QStringList { "run", "a:b", "--", " \t=x" } << "KEY=VALUE";
  QTest::newRow( "key of spaces, no separator" ) << QStringList { "run", "-", "\t=" } << "KEY=VALUE";
  QTest::newRow( "stray argument" ) << QStringList { "run", "a:b", "c" } << "'c'";
  QTest::newRow( "unknown option" ) << QStringList { "--frob", "list" } << "--frob";
  QTest::newRow( "list with arguments" ) << QStringList { "list", "x" } << "'x'";
}

void TestCommandLine::usageErrors()
{
  QFETCH( QStringList, arguments );
  QFETCH( QString, mentions );
  const CommandLine cl = CommandLine::parse( arguments );
  QVERIFY2( cl.error.contains( mentions ), qPrintable( cl.error ) );
}

void TestCommandLine::versionAndHelp()
{
  QVERIFY( CommandLine::parse( { "--version" } ).showVersion );
  QVERIFY( CommandLine::parse( { "--help" } ).showUsage );
  QVERIFY( CommandLine::parse( { "-h" } ).showUsage );
  QVERIFY( CommandLine::parse( { "--version" } ).error.isEmpty() );
}

QTEST_APPLESS_MAIN( TestCommandLine )
#include "test_commandline.moc"
