// SPDX-License-Identifier: GPL-2.0-or-later
// Strategy suggestions: every default rule on an area that meets exactly its conditions (and not
// on one that misses one), rule tables with mistakes, and the algorithm on a small layer.

#include "algorithmrun.h"
#include "qgistestmain.h"
#include "support/strategieregels.h"
#include "support/voorbeeld.h"

#include <qgsvectordataprovider.h>

#include <QDomDocument>
#include <QTemporaryDir>

using veerkracht::Profiel;
Q_DECLARE_METATYPE( veerkracht::Profiel )

namespace {

Profiel profiel( std::optional<bool> corporatie, int signaal, int focus, int dk = 3, int dO = 3 )
{
  Profiel p;
  p.corporatiebuurt = corporatie;
  p.signaal = signaal;
  p.focus = focus;
  p.ontwikkelingK = dk;
  p.ontwikkelingO = dO;
  return p;
}

QString regelVoor( const StrategieRegels &tabel, const Profiel &p )
{
  const veerkracht::Regel *r = veerkracht::eersteRegel( tabel.regels(), p );
  return r ? QString::fromStdString( r->id ) : QString();
}

} // namespace

class TestStrategie : public QObject
{
    Q_OBJECT

  private slots:
    void everyDefaultRuleFires_data();
    void everyDefaultRuleFires();
    void mainStrategy();
    void malformedTables_data();
    void malformedTables();
    void jsonTable();
    void algorithmOnALayer();
    void buurtprofielOnUtrecht();
};

void TestStrategie::everyDefaultRuleFires_data()
{
  QTest::addColumn<QString>( "regel" );
  QTest::addColumn<Profiel>( "raak" );  // meets exactly the rule's conditions
  QTest::addColumn<Profiel>( "mis" );   // misses one of them
  QTest::addColumn<QString>( "anders" ); // the rule that fires instead
  // Signals: 1 veerkracht onder druk, 2 veerkrachtig, 3 overlast neemt toe, 4 stabiel of verbeterend, 0 onvoldoende.
  // Focus: 1 kwetsbaar én overlast, 2 kwetsbare bewoners, 3 overlast, 4 geen signaal. Development 5: sterke toename.
  QTest::newRow( "R1" ) << "R1" << profiel( true, 0, 1 ) << profiel( true, 4, 4 ) << "R10";
  QTest::newRow( "R2" ) << "R2" << profiel( true, 1, 1 ) << profiel( false, 1, 1 ) << "R5";
  QTest::newRow( "R2 focus" ) << "R2" << profiel( true, 1, 1 ) << profiel( true, 1, 2 ) << "R3";
  QTest::newRow( "R3" ) << "R3" << profiel( true, 1, 2 ) << profiel( false, 1, 2 ) << "R5";
  QTest::newRow( "R4" ) << "R4" << profiel( false, 1, 4, 5 ) << profiel( false, 1, 4, 4 ) << "R5";
  QTest::newRow( "R5" ) << "R5" << profiel( false, 1, 4 ) << profiel( false, 2, 4 ) << "R8";
  QTest::newRow( "R6" ) << "R6" << profiel( std::nullopt, 3, 3 ) << profiel( std::nullopt, 4, 3 ) << "R10";
  QTest::newRow( "R7" ) << "R7" << profiel( false, 2, 2 ) << profiel( false, 2, 3 ) << "R8";
  QTest::newRow( "R8" ) << "R8" << profiel( false, 2, 4 ) << profiel( false, 4, 4 ) << "R10";
  QTest::newRow( "R9" ) << "R9" << profiel( false, 4, 1 ) << profiel( false, 4, 2 ) << "R10";
  QTest::newRow( "R10" ) << "R10" << profiel( false, 4, 4 ) << profiel( false, 0, 4 ) << "R1";
}

void TestStrategie::everyDefaultRuleFires()
{
  QFETCH( QString, regel );
  QFETCH( Profiel, raak );
  QFETCH( Profiel, mis );
  QFETCH( QString, anders );
  const StrategieRegels tabel = StrategieRegels::standaard();
  QCOMPARE( static_cast<int>( tabel.regels().size() ), 10 );
  QCOMPARE( regelVoor( tabel, raak ), regel );
  QCOMPARE( regelVoor( tabel, mis ), anders );
}

void TestStrategie::mainStrategy()
{
  QCOMPARE( QString::fromStdString( veerkracht::hoofdstrategie( { 2, 1, 0, 0 } ) ), QStringLiteral( "leefomgeving" ) );
  QCOMPARE( QString::fromStdString( veerkracht::hoofdstrategie( { 1, 2, 2, 1 } ) ), QStringLiteral( "sociale aanpak en woninggebruik" ) );
  QCOMPARE( QString::fromStdString( veerkracht::hoofdstrategie( { 2, 2, 2, 2 } ) ), QStringLiteral( "alle vier de sporen" ) );
  QCOMPARE( QString::fromStdString( veerkracht::hoofdstrategie( { 0, 0, 0, 0 } ) ), QStringLiteral( "geen bijzondere aanpak" ) );
}

void TestStrategie::malformedTables_data()
{
  QTest::addColumn<QString>( "tekst" );
  QTest::addColumn<QString>( "melding" );
  const QString kop = QStringLiteral( "regel;corporatiebuurt;signaal;focus;ontwikkeling_k;ontwikkeling_o;leefomgeving;sociale_aanpak;woninggebruik;woningprogramma;toelichting\n" );
  QTest::newRow( "unknown column" ) << QStringLiteral( "regel;signal;leefomgeving;sociale_aanpak;woninggebruik;woningprogramma;toelichting\n" )
                                    << QStringLiteral( "RULES line 1: unknown column 'signal'" );
  QTest::newRow( "unknown class" ) << kop + QStringLiteral( "R1;*;veerkrachtig;*;*;*;0;1;0;0;Goed.\nR2;*;veerkrachtig-ish;*;*;*;0;1;0;0;Fout.\n" )
                                   << QStringLiteral( "RULES line 3, signaal: 'veerkrachtig-ish' is not a class of this map" );
  QTest::newRow( "class number out of range" ) << kop + QStringLiteral( "R1;*;7;*;*;*;0;1;0;0;Fout.\n" ) << QStringLiteral( "RULES line 2, signaal: '7'" );
  QTest::newRow( "weight" ) << kop + QStringLiteral( "\n# a comment\nR1;*;*;*;*;*;3;1;0;0;Te zwaar.\n" ) << QStringLiteral( "RULES line 4, leefomgeving: '3'; expected a weight 0, 1 or 2" );
  QTest::newRow( "fields" ) << kop + QStringLiteral( "R1;*;*;0;1;0;0\n" ) << QStringLiteral( "RULES line 2: 7 fields where the header has 11" );
  QTest::newRow( "corporatiebuurt" ) << kop + QStringLiteral( "R1;misschien;*;*;*;*;0;1;0;0;Fout.\n" ) << QStringLiteral( "RULES line 2, corporatiebuurt: 'misschien'" );
  QTest::newRow( "no explanation" ) << kop + QStringLiteral( "R1;*;*;*;*;*;0;1;0;0;\n" ) << QStringLiteral( "RULES line 2, toelichting: empty" );
  QTest::newRow( "missing column" ) << QStringLiteral( "regel;signaal;leefomgeving;sociale_aanpak;woninggebruik;toelichting\n" ) << QStringLiteral( "RULES line 1: the column 'woningprogramma' is missing" );
  QTest::newRow( "json syntax" ) << QStringLiteral( "[\n  {\"regel\": \"R1\",\n   \"signaal\": \"veerkrachtig\"\n   \"leefomgeving\": 1}\n]" ) << QStringLiteral( "RULES line 4: not valid JSON" );
  QTest::newRow( "json key" ) << QStringLiteral( "[{\"regel\": \"R1\", \"leefomgeving\": 0, \"sociale_aanpak\": 1, \"woninggebruik\": 0, \"woningprogramma\": 0, \"toelichting\": \"x\"},\n"
                                                 " {\"regel\": \"R2\", \"signal\": \"veerkrachtig\"}]" )
                              << QStringLiteral( "RULES rule 2: unknown column 'signal'" );
  // Found by fuzz_strategieregels (fuzz/corpus/fuzz_strategieregels/bevinding_procent_in_klasse.csv):
  // the cell is quoted as written, not expanded as a placeholder.
  QTest::newRow( "percent in a class" ) << kop + QStringLiteral( "R1;*;veerkra%2t onder druk;*;*;*;0;1;0;0;Fout.\n" )
                                        << QStringLiteral( "RULES line 2, signaal: 'veerkra%2t onder druk' is not a class of this map; expected a number 0–4 or one of: "
                                                           "onvoldoende gegevens, veerkracht onder druk, veerkrachtig, overlast neemt toe, stabiel of verbeterend (several" );
  QTest::newRow( "empty" ) << QString() << QStringLiteral( "RULES: empty" );
}

void TestStrategie::malformedTables()
{
  QFETCH( QString, tekst );
  QFETCH( QString, melding );
  QString fout;
  try
  {
    StrategieRegels::uitTekst( tekst, QStringLiteral( "RULES" ) );
  }
  catch ( const QgsProcessingException &e )
  {
    fout = e.what();
  }
  QVERIFY2( fout.startsWith( melding ), qPrintable( fout ) );
}

void TestStrategie::jsonTable()
{
  const StrategieRegels tabel = StrategieRegels::uitTekst( QStringLiteral( "[{\"regel\": \"A\", \"corporatiebuurt\": \"ja\", \"signaal\": [1, \"veerkrachtig\"], "
                                                                          "\"leefomgeving\": 2, \"sociale_aanpak\": 1, \"woninggebruik\": 0, \"woningprogramma\": 0, \"toelichting\": \"Een.\"},"
                                                                          " {\"regel\": \"B\", \"leefomgeving\": 0, \"sociale_aanpak\": 0, \"woninggebruik\": 0, \"woningprogramma\": 1, \"toelichting\": \"Twee.\"}]" ),
                                                           QStringLiteral( "RULES" ) );
  QCOMPARE( regelVoor( tabel, profiel( true, 2, 4 ) ), QStringLiteral( "A" ) );
  QCOMPARE( regelVoor( tabel, profiel( true, 3, 4 ) ), QStringLiteral( "B" ) );
  QCOMPARE( regelVoor( tabel, profiel( std::nullopt, 1, 4 ) ), QStringLiteral( "B" ) ); // corporatiebuurt unknown: "ja" does not hold
}

void TestStrategie::algorithmOnALayer()
{
  QgsProcessingContext context;
  auto *l = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&field=corp_klasse:integer&field=sign_abs_klasse:integer&field=focus_klasse:integer"
                                                "&field=dk_klasse:integer&field=do_klasse:integer" ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList list;
  const QList<QVariantList> rows { { "BU1", 5, 1, 1, 3, 3 }, { "BU2", 2, 3, 3, 3, 5 }, { "BU3", 1, 0, 0, 0, 0 } };
  for ( int i = 0; i < rows.size(); ++i )
  {
    QgsFeature f( l->fields() );
    f.setAttributes( QgsAttributes( rows.at( i ).toVector() ) );
    f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "POLYGON((%1 0, %2 0, %2 100, %1 100, %1 0))" ).arg( i * 100 ).arg( i * 100 + 100 ) ) );
    list << f;
  }
  l->dataProvider()->addFeatures( list );
  context.temporaryLayerStore()->addMapLayer( l );
  QString error;
  QgsVectorLayer *out = outputLayer( runAlgorithm( QStringLiteral( "veerkracht:strategie" ), { { "INPUT", l->id() } }, context, &error ), context );
  QVERIFY2( out, qPrintable( error ) );
  QMap<QString, QgsFeature> byCode;
  QgsFeature f;
  QgsFeatureIterator it = out->getFeatures();
  while ( it.nextFeature( f ) )
    byCode.insert( f.attribute( "code" ).toString(), f );
  QCOMPARE( byCode["BU1"].attribute( "strat_regel" ).toString(), QStringLiteral( "R2" ) );
  QCOMPARE( byCode["BU1"].attribute( "strat_woningprogramma" ).toInt(), 2 );
  QCOMPARE( byCode["BU1"].attribute( "strat_hoofd" ).toString(), QStringLiteral( "alle vier de sporen" ) );
  QVERIFY( byCode["BU1"].attribute( "strat_toelichting" ).toString().contains( QStringLiteral( "Corporatiebuurt" ) ) );
  QCOMPARE( byCode["BU2"].attribute( "strat_regel" ).toString(), QStringLiteral( "R6" ) );
  QCOMPARE( byCode["BU2"].attribute( "strat_hoofd" ).toString(), QStringLiteral( "leefomgeving" ) );
  QCOMPARE( byCode["BU3"].attribute( "strat_regel" ).toString(), QStringLiteral( "R1" ) );
  QCOMPARE( byCode["BU3"].attribute( "strat_hoofd" ).toString(), QStringLiteral( "geen bijzondere aanpak" ) );

  // A table that needs a map the layer does not have.
  QTemporaryDir dir;
  const QString rules = dir.filePath( QStringLiteral( "regels.csv" ) );
  QFile file( rules );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "regel,ontwikkeling_o,leefomgeving,sociale_aanpak,woninggebruik,woningprogramma,toelichting\nR1,sterke toename,2,0,0,0,Overlast stijgt sterk.\n" );
  file.close();
  auto *smal = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&field=sign_abs_klasse:integer" ), QStringLiteral( "smal" ), QStringLiteral( "memory" ) );
  QgsFeature g( smal->fields() );
  g.setAttributes( QgsAttributes() << QStringLiteral( "BU1" ) << 1 );
  g.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "POLYGON((0 0, 1 0, 1 1, 0 0))" ) ) );
  smal->dataProvider()->addFeature( g );
  context.temporaryLayerStore()->addMapLayer( smal );
  runAlgorithm( QStringLiteral( "veerkracht:strategie" ), { { "INPUT", smal->id() }, { "RULES", rules } }, context, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "RULES: the rules use ontwikkeling_o, but INPUT has no field do_klasse" ) ), qPrintable( error ) );
}

void TestStrategie::buurtprofielOnUtrecht()
{
  // The Utrecht veerkrachtkaarten as the demo computes them.
  QTemporaryDir dir;
  QgsProcessingContext context;
  QString error;
  const QString kaarten = Voorbeeld::maak( dir.path(), nullptr, QStringList() ).kaarten;

  const QString folder = dir.filePath( QStringLiteral( "profielen" ) );
  const QStringList codes { "BU03440723", "BU03440731", "BU03440111" };
  const QVariantMap r = runAlgorithm( QStringLiteral( "veerkracht:buurtprofiel" ),
                                      { { "INPUT", kaarten }, { "AREAS", codes.join( ',' ) }, { "PERIOD", "2021–2023" }, { "INHABITANTS_FIELD", "a_inw_2023" }, { "OUTPUT_FOLDER", folder } }, context, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( r.value( "PAGES" ).toInt(), 3 );

  // One PDF page per area.
  QFile pdf( r.value( "PDF" ).toString() );
  QVERIFY( pdf.open( QIODevice::ReadOnly ) );
  const QByteArray bytes = pdf.readAll();
  // Qt writes each page object as "/Type /Page" on its own line, the page tree as "/Type /Pages".
  QCOMPARE( bytes.count( "/Type /Page\n" ), 3 );
  QVERIFY( bytes.startsWith( "%PDF-" ) );

  QgsVectorLayer layer( kaarten, QStringLiteral( "k" ), QStringLiteral( "ogr" ) );
  for ( const QString &code : codes )
  {
    // The page as an image: A4 at 150 dpi, and drawn on (maps and text), not blank.
    const QImage page( QDir( folder ).filePath( code + QStringLiteral( "_buurtprofiel.png" ) ) );
    QCOMPARE( page.size(), QSize( 1240, 1754 ) );
    int ink = 0;
    for ( int y = 0; y < page.height(); y += 4 )
      for ( int x = 0; x < page.width(); x += 4 )
        ink += qGray( page.pixel( x, y ) ) < 235 ? 1 : 0;
    QVERIFY2( ink > ( page.width() / 4 ) * ( page.height() / 4 ) / 20, qPrintable( code ) );

    // The HTML is well formed and holds the area's code, name and numbers.
    QFile html( QDir( folder ).filePath( code + QStringLiteral( "_buurtprofiel.html" ) ) );
    QVERIFY( html.open( QIODevice::ReadOnly ) );
    QDomDocument document;
    QString parseError;
    int line = 0;
    QVERIFY2( document.setContent( &html, &parseError, &line ), qPrintable( QStringLiteral( "%1 line %2" ).arg( parseError ).arg( line ) ) );
    const QString text = document.documentElement().text();
    QgsFeature f;
    QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"statcode\" = '%1'" ).arg( code ) ) );
    QVERIFY( it.nextFeature( f ) );
    QVERIFY2( text.contains( code ), qPrintable( code ) );
    QVERIFY2( text.contains( f.attribute( "naam" ).toString() ), qPrintable( f.attribute( "naam" ).toString() ) );
    QVERIFY( text.contains( QLocale( QLocale::Dutch ).toString( f.attribute( "a_inw_2023" ).toDouble(), 'f', 0 ) ) );
    if ( !f.attribute( "k_t1" ).isNull() )
      QVERIFY( text.contains( QLocale( QLocale::Dutch ).toString( f.attribute( "k_t1" ).toDouble(), 'f', 2 ) ) );
    QVERIFY( text.contains( QStringLiteral( "Wat zien wij in de praktijk?" ) ) );
    QVERIFY( text.contains( QStringLiteral( "Regel R" ) ) );
    QCOMPARE( document.elementsByTagName( QStringLiteral( "img" ) ).size(), 4 );
  }

  // A wijk code takes all its buurten; an unknown code is an error that names AREAS.
  const QVariantMap wijk = runAlgorithm( QStringLiteral( "veerkracht:buurtprofiel" ), { { "INPUT", kaarten }, { "AREAS", "WK034401" }, { "OUTPUT_FOLDER", dir.filePath( "wijk" ) } }, context, &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  int inWijk = 0;
  QgsFeatureIterator wit = layer.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"statcode\" LIKE 'BU034401%'" ) ) );
  QgsFeature wf;
  while ( wit.nextFeature( wf ) )
    ++inWijk;
  QVERIFY( inWijk > 1 );
  QCOMPARE( wijk.value( "PAGES" ).toInt(), inWijk );
  runAlgorithm( QStringLiteral( "veerkracht:buurtprofiel" ), { { "INPUT", kaarten }, { "AREAS", "BU99999999" }, { "OUTPUT_FOLDER", dir.filePath( "niets" ) } }, context, &error );
  QVERIFY2( error.startsWith( QStringLiteral( "AREAS" ) ), qPrintable( error ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestStrategie )
#include "test_strategie.moc"
