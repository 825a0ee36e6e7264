// SPDX-License-Identifier: GPL-2.0-or-later
// Model math without QgsApplication: area codes, missing values, numbers written as text.

#include "model/areacode.h"
#include "model/coordinates.h"
#include "model/missingvalues.h"
#include "model/numbertext.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace veerkracht;

class TestModel : public QObject
{
    Q_OBJECT

  private slots:
    void normaliseCode_data();
    void normaliseCode();
    void emptyCode();
    void derivedCodes();
    void missingMarkers_data();
    void missingMarkers();
    void missingNumbers();
    void extraMarkers();
    void parseNumber_data();
    void parseNumber();
    void detectSeparator_data();
    void detectSeparator();
    void zeroPaddedCodes();
    void likelyCrs();
    void thousandsColumn_data();
    void thousandsColumn();
    void plausibleValues();
};

void TestModel::normaliseCode_data()
{
  QTest::addColumn<QString>( "raw" );
  QTest::addColumn<QString>( "expected" );
  QTest::addColumn<bool>( "prefixAdded" );
  QTest::newRow( "as is" ) << "BU03440114" << "BU03440114" << false;
  QTest::newRow( "spaces and lower case" ) << "  bu03440114 \t" << "BU03440114" << false;
  QTest::newRow( "eight digits" ) << "03440111" << "BU03440111" << true;
  QTest::newRow( "leading zero lost" ) << "3440111" << "BU03440111" << true;
  QTest::newRow( "short number" ) << "12" << "BU00000012" << true;
  QTest::newRow( "wijk" ) << "wk034401" << "WK034401" << false;
  QTest::newRow( "gemeente" ) << "GM0344" << "GM0344" << false;
  QTest::newRow( "nine digits are not a buurt" ) << "123456789" << "123456789" << false;
  QTest::newRow( "digits grouped by spaces" ) << "BU 0344 0111" << "BU03440111" << false;
  QTest::newRow( "number grouped by spaces" ) << "344 0111" << "BU03440111" << true;
  QTest::newRow( "words keep their spaces" ) << "Oud West" << "OUD WEST" << false;
}

void TestModel::normaliseCode()
{
  QFETCH( QString, raw );
  QFETCH( QString, expected );
  QFETCH( bool, prefixAdded );
  const NormalisedCode code = normaliseAreaCode( raw.toStdString() );
  QCOMPARE( QString::fromStdString( code.code ), expected );
  QCOMPARE( code.prefixAdded, prefixAdded );
  QVERIFY( !code.empty );
}

void TestModel::emptyCode()
{
  QVERIFY( normaliseAreaCode( "" ).empty );
  QVERIFY( normaliseAreaCode( "   " ).empty );
  QVERIFY( normaliseAreaCode( "   " ).code.empty() );
}

void TestModel::derivedCodes()
{
  QCOMPARE( QString::fromStdString( gemeenteCode( "BU03440114" ) ), QStringLiteral( "GM0344" ) );
  QCOMPARE( QString::fromStdString( wijkCode( "BU03440114" ) ), QStringLiteral( "WK034401" ) );
  QCOMPARE( QString::fromStdString( gemeenteCode( "WK034401" ) ), QStringLiteral( "GM0344" ) );
  QCOMPARE( QString::fromStdString( gemeenteCode( "XX1" ) ), QString() );
  QCOMPARE( QString::fromStdString( wijkCode( "GM0344" ) ), QString() );
  QVERIFY( areaLevel( "BU03440114" ) == AreaLevel::Buurt );
  QVERIFY( areaLevel( "BU0344011" ) == AreaLevel::Unknown );
  QVERIFY( areaLevel( "WK034401" ) == AreaLevel::Wijk );
  QVERIFY( areaLevel( "GM0344" ) == AreaLevel::Gemeente );
}

void TestModel::missingMarkers_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "missing" );
  QTest::newRow( "empty" ) << "" << true;
  QTest::newRow( "blank" ) << "  " << true;
  QTest::newRow( "dot" ) << "." << true;
  QTest::newRow( "dot padded" ) << " . " << true;
  QTest::newRow( "NA" ) << "NA" << true;
  QTest::newRow( "na" ) << "na" << true;
  QTest::newRow( "-99999999" ) << "-99999999" << true;
  QTest::newRow( "-99999998" ) << "-99999998" << true;
  QTest::newRow( "-99999997" ) << "-99999997" << true;
  QTest::newRow( "-99999996" ) << "-99999996" << true;
  QTest::newRow( "-99999995" ) << "-99999995" << true;
  QTest::newRow( "-99997" ) << "-99997" << true;
  QTest::newRow( "-99998" ) << "-99998" << true;
  QTest::newRow( "-99995" ) << "-99995" << true;
  QTest::newRow( "-99997.0" ) << "-99997.0" << true;
  QTest::newRow( "zero is a value" ) << "0" << false;
  QTest::newRow( "-99996 is a value" ) << "-99996" << false;
  QTest::newRow( "-9999999 is a value" ) << "-9999999" << false;
  QTest::newRow( "a number" ) << "1865" << false;
  QTest::newRow( "text" ) << "NAB" << false;
}

void TestModel::missingMarkers()
{
  QFETCH( QString, text );
  QFETCH( bool, missing );
  QCOMPARE( MissingValues().isMissingText( text.toStdString() ), missing );
}

void TestModel::missingNumbers()
{
  const MissingValues mv;
  for ( double sentinel : { -99999999.0, -99999998.0, -99999997.0, -99999996.0, -99999995.0, -99997.0, -99998.0, -99995.0 } )
    QVERIFY2( mv.isMissingNumber( sentinel ), qPrintable( QString::number( sentinel, 'f', 0 ) ) );
  QVERIFY( mv.isMissingNumber( std::numeric_limits<double>::quiet_NaN() ) );
  QVERIFY( mv.isMissingNumber( std::numeric_limits<double>::infinity() ) );
  QVERIFY( mv.isMissingNumber( -std::numeric_limits<double>::infinity() ) );
  QVERIFY( !mv.isMissingNumber( 0.0 ) );
  QVERIFY( !mv.isMissingNumber( -99996.0 ) );
  QVERIFY( !mv.isMissingNumber( 58.0 ) );
  QCOMPARE( static_cast<int>( mv.numericSentinels().size() ), 8 );
}

void TestModel::extraMarkers()
{
  MissingValues mv;
  QVERIFY( !mv.isMissingText( "x" ) );
  QVERIFY( !mv.isMissingNumber( -1 ) );
  mv.addMarker( "x" );
  mv.addMarker( " -1 " );
  mv.addMarker( "geheim" );
  QVERIFY( mv.isMissingText( "X" ) );
  QVERIFY( mv.isMissingText( "GEHEIM" ) );
  QVERIFY( mv.isMissingText( "-1" ) );
  QVERIFY( mv.isMissingText( "-1.0" ) );
  QVERIFY( mv.isMissingNumber( -1.0 ) );
  QVERIFY( !mv.isMissingNumber( 1.0 ) );
}

void TestModel::parseNumber_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<bool>( "comma" );
  QTest::addColumn<bool>( "ok" );
  QTest::addColumn<double>( "value" );
  QTest::newRow( "integer" ) << "1865" << false << true << 1865.0;
  QTest::newRow( "integer, comma file" ) << "1865" << true << true << 1865.0;
  QTest::newRow( "point decimal" ) << "1.9" << false << true << 1.9;
  QTest::newRow( "comma decimal" ) << "1,9" << true << true << 1.9;
  QTest::newRow( "comma in point file" ) << "1,9" << false << false << 0.0;
  QTest::newRow( "grouped comma file" ) << "1.865,5" << true << true << 1865.5;
  QTest::newRow( "grouped no decimals" ) << "12.345.678" << true << true << 12345678.0;
  QTest::newRow( "negative" ) << "-0.0431345576881173" << false << true << -0.0431345576881173;
  QTest::newRow( "plus sign" ) << "+4" << false << true << 4.0;
  QTest::newRow( "exponent" ) << "1.5e3" << false << true << 1500.0;
  QTest::newRow( "padded" ) << " 58 " << false << true << 58.0;
  QTest::newRow( "leading point" ) << ".5" << false << true << 0.5;
  QTest::newRow( "dot alone" ) << "." << false << false << 0.0;
  QTest::newRow( "text" ) << "abc" << false << false << 0.0;
  QTest::newRow( "nan" ) << "nan" << false << false << 0.0;
  QTest::newRow( "inf" ) << "inf" << false << false << 0.0;
  QTest::newRow( "two points" ) << "1.2.3" << false << false << 0.0;
  QTest::newRow( "unit" ) << "12 %" << false << false << 0.0;
  QTest::newRow( "empty" ) << "" << false << false << 0.0;
}

void TestModel::parseNumber()
{
  QFETCH( QString, text );
  QFETCH( bool, comma );
  QFETCH( bool, ok );
  QFETCH( double, value );
  const auto parsed = veerkracht::parseNumber( text.toStdString(), comma ? DecimalSeparator::Comma : DecimalSeparator::Point );
  QCOMPARE( parsed.has_value(), ok );
  if ( ok )
    QCOMPARE( *parsed, value );
}

void TestModel::detectSeparator_data()
{
  QTest::addColumn<QStringList>( "values" );
  QTest::addColumn<bool>( "comma" );
  QTest::newRow( "points" ) << QStringList { "1865", "1.9", "." } << false;
  QTest::newRow( "commas" ) << QStringList { "1865", "1,9", "." } << true;
  QTest::newRow( "commas and groups" ) << QStringList { "1.865,5", "2,1" } << true;
  QTest::newRow( "only groups" ) << QStringList { "1.865,5" } << true;
  QTest::newRow( "mixed" ) << QStringList { "1,9", "2.25" } << false;
  QTest::newRow( "nothing tells" ) << QStringList { "1", "NA", "" } << false;
  QTest::newRow( "none" ) << QStringList {} << false;
}

void TestModel::detectSeparator()
{
  QFETCH( QStringList, values );
  QFETCH( bool, comma );
  std::vector<std::string> texts;
  for ( const QString &v : values )
    texts.push_back( v.toStdString() );
  QCOMPARE( detectDecimalSeparator( texts ) == DecimalSeparator::Comma, comma );
}

void TestModel::zeroPaddedCodes()
{
  QVERIFY( looksLikeZeroPaddedCode( "0344" ) );
  QVERIFY( looksLikeZeroPaddedCode( "03440111" ) );
  QVERIFY( !looksLikeZeroPaddedCode( "0" ) );
  QVERIFY( !looksLikeZeroPaddedCode( "0.5" ) );
  QVERIFY( !looksLikeZeroPaddedCode( "344" ) );
}

void TestModel::likelyCrs()
{
  // Utrecht in WGS84 and in RD New; the Ermelo 100 m grid's RD numbers; web mercator metres of Utrecht.
  QVERIFY( guessCrs( { 5.0, 52.0, 5.2, 52.2 } ) == LikelyCrs::LonLat );
  QVERIFY( guessCrs( { 126433.9, 448707.7, 141836.7, 461608.5 } ) == LikelyCrs::RdNew );
  QVERIFY( guessCrs( { 168000, 471000, 178000, 481000 } ) == LikelyCrs::RdNew );
  QVERIFY( guessCrs( { 560000, 6800000, 580000, 6820000 } ) == LikelyCrs::Unknown );
  QVERIFY( guessCrs( { 1, 1, 0, 0 } ) == LikelyCrs::Unknown ); // an empty extent
  // Small numbers fit both; RD New wins only where they are plausible RD metres, which ±180 are not.
  QVERIFY( guessCrs( { -7000, 289000, 300000, 629000 } ) == LikelyCrs::RdNew );
  QVERIFY( guessCrs( { -7001, 289000, 300000, 629000 } ) == LikelyCrs::Unknown );
  // Utrecht with latitude as x: in WGS 84 that is the sea off Somalia.
  QVERIFY( guessCrs( { 52.0, 5.0, 52.2, 5.2 } ) == LikelyCrs::LatLonSwapped );
  QVERIFY( guessCrs( { 45.0, 5.0, 46.0, 6.0 } ) == LikelyCrs::LonLat );
  QVERIFY( within( { 1, 1, 2, 2 }, { 0, 0, 3, 3 } ) );
  QVERIFY( !within( { 1, 1, 4, 2 }, { 0, 0, 3, 3 } ) );
}

void TestModel::thousandsColumn_data()
{
  QTest::addColumn<QStringList>( "values" );
  QTest::addColumn<bool>( "thousands" );
  QTest::newRow( "inwoners" ) << QStringList { "845", "1.810", "12.345", "." } << true;
  QTest::newRow( "only groups" ) << QStringList { "1.810", "2.000" } << true;
  QTest::newRow( "millions" ) << QStringList { "1.234.567" } << true;
  QTest::newRow( "negative" ) << QStringList { "-1.810", "12" } << true;
  QTest::newRow( "two decimals" ) << QStringList { "845", "1.81" } << false;
  QTest::newRow( "leading zero" ) << QStringList { "0.810", "1.810" } << false;
  QTest::newRow( "four digits" ) << QStringList { "1.8105" } << false;
  QTest::newRow( "decimal comma" ) << QStringList { "1.810", "2,5" } << false;
  QTest::newRow( "no point" ) << QStringList { "845", "1810" } << false;
  QTest::newRow( "exponent" ) << QStringList { "1.810e3" } << false;
}

void TestModel::thousandsColumn()
{
  QFETCH( QStringList, values );
  QFETCH( bool, thousands );
  std::vector<std::string> texts;
  for ( const QString &v : values )
    texts.push_back( v.toStdString() );
  QCOMPARE( looksLikeThousandsColumn( texts ), thousands );
}

void TestModel::plausibleValues()
{
  QVERIFY( isPlausibleValue( 0 ) );
  QVERIFY( isPlausibleValue( -1e15 ) );
  QVERIFY( isPlausibleValue( 1e-300 ) );
  QVERIFY( !isPlausibleValue( 1.0000001e15 ) );
  QVERIFY( !isPlausibleValue( 1e308 ) );
  QVERIFY( !isPlausibleValue( std::nan( "" ) ) );
  QVERIFY( !isPlausibleValue( -std::numeric_limits<double>::infinity() ) );
}

QTEST_APPLESS_MAIN( TestModel )
#include "test_model.moc"
