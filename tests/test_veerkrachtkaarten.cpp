// SPDX-License-Identifier: GPL-2.0-or-later
// The map algorithms in QGIS: hand-made layers, clear errors, the Utrecht sample against an
// independent computation (tests/data/make_utrecht_model_expected.py), and the .model3 chain.

#include "algorithmrun.h"
#include "qgistestmain.h"
#include "model/kaarten.h"
#include "algorithms/veerkrachtmodel.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsproject.h>
#include <qgsprocessingregistry.h>
#include <qgsapplication.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>
#include <QTranslator>

#include <cmath>
#include <memory>

namespace {

// What a model file says of ours: its children, their wiring and outputs, its inputs. The
// bookkeeping QGIS adds and how it names the model's own output parameters changed between
// versions (3.40 added internal_version, outputGroup and outputOrder, and names the output of
// child veerkrachtscore "veerkrachtkaarten" where 3.22 wrote "veerkrachtscore:Veerkrachtkaarten"),
// so the file, written with 3.22, is compared on the rest.
QVariantMap modelContent( const QgsProcessingModelAlgorithm &model )
{
  QVariantMap content = model.toVariant().toMap();
  for ( const char *key : { "internal_version", "outputGroup", "outputOrder", "parameterDefinitions" } )
    content.remove( QString::fromLatin1( key ) );
  return content;
}

QVariantMap modelInputs( const QgsProcessingModelAlgorithm &model )
{
  QVariantMap inputs;
  int destinations = 0;
  for ( const QgsProcessingParameterDefinition *definition : model.parameterDefinitions() )
  {
    if ( definition->isDestination() )
      ++destinations;
    else
      inputs.insert( definition->name(), definition->toVariantMap() );
  }
  inputs.insert( QStringLiteral( "(destinations)" ), destinations );
  return inputs;
}

QString square( double x, double y, double size = 100 )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + size ).arg( y + size );
}

const QString sData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );

QVariantMap utrechtParameters( const QString &prepared )
{
  return { { "INPUT", prepared },
    { "K_T0", QStringList { "n_pp_w_assitance_2021", "Number.of.1.person.household_2021" } },
    { "K_T1", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } },
    { "K_DENOMINATORS_T0", "Number.of.inhabitants_2021,Number.of.households_2021" },
    { "K_DENOMINATORS_T1", "a_inw_2023,a_hh_2023" },
    { "O_T0", QStringList { "onv_2020" } }, { "O_T1", QStringList { "onv_2024" } },
    { "INHABITANTS_FIELD", "a_inw_2023" }, { "CORP_SHARE_FIELD", "p_wcorpw_2023" } };
}

} // namespace

class TestVeerkrachtkaarten : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();

    void kwetsbaarheidByHand();
    void overlastDefaultsToMinusOnv();
    void indexErrors();
    void ontwikkelingAndSignalsByHand();
    void smallAreasAreInsufficientOnEveryMap();
    void scoreNeedsThreeAreas();
    void ervarenOverlastByHand();
    void corporatiebezitFromPoints();
    void momentopname();
    void allInOneNamesItsOwnParameters();
    void indicatorTablesEqualTheLists();
    void outputsNeverReplaceInputs();
    void denominatorsAtBothMoments();
    void relativeSignalWithOneAreaPerGroup();
    void utrechtAgainstIndependentComputation();
    void modelFileComposesTheBuildingBlocks();
    void runsWithoutFeedback();

  private:
    QgsVectorLayer *layer( const QString &fields, const QList<QVariantList> &rows );
    QVariantMap run( const QString &algorithm, QVariantMap parameters, QString *error = nullptr, QgsProcessingFeedback *feedback = nullptr );
    QgsVectorLayer *output( const QVariantMap &results );
    QList<QgsFeature> features( QgsVectorLayer *layer );
    QString prepareUtrecht( const QString &folder );

    std::unique_ptr<QgsProcessingContext> mContext;
};

void TestVeerkrachtkaarten::init()
{
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
}

void TestVeerkrachtkaarten::cleanup()
{
  mContext.reset();
}

// Areas side by side; the first value of each row is the code.
QgsVectorLayer *TestVeerkrachtkaarten::layer( const QString &fields, const QList<QVariantList> &rows )
{
  auto *l = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string&%1" ).arg( fields ), QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList list;
  for ( int i = 0; i < rows.size(); ++i )
  {
    QgsFeature f( l->fields() );
    f.setAttributes( QgsAttributes( rows.at( i ).toVector() ) );
    f.setGeometry( QgsGeometry::fromWkt( square( i * 100, 0 ) ) );
    list << f;
  }
  l->dataProvider()->addFeatures( list );
  mContext->temporaryLayerStore()->addMapLayer( l );
  return l;
}

QVariantMap TestVeerkrachtkaarten::run( const QString &algorithm, QVariantMap parameters, QString *error, QgsProcessingFeedback *feedback )
{
  return runAlgorithm( QStringLiteral( "veerkracht:" ) + algorithm, parameters, *mContext, error, feedback );
}

QgsVectorLayer *TestVeerkrachtkaarten::output( const QVariantMap &results )
{
  return outputLayer( results, *mContext );
}

QList<QgsFeature> TestVeerkrachtkaarten::features( QgsVectorLayer *l )
{
  QMap<QString, QgsFeature> byCode;
  QgsFeature f;
  QgsFeatureIterator it = l->getFeatures();
  const QString codeField = l->fields().lookupField( "code" ) >= 0 ? QStringLiteral( "code" ) : QStringLiteral( "statcode" );
  while ( it.nextFeature( f ) )
    byCode.insert( f.attribute( codeField ).toString(), f );
  return byCode.values();
}

void TestVeerkrachtkaarten::kwetsbaarheidByHand()
{
  // Worked out in docs/method.md: A (+1, weight 1: mean 2, sd 1) and B (−1, weight 3: −B mean −20, sd 10);
  // B is a count per 1000 inhabitants (inw0 at t0, inw at t1).
  QgsVectorLayer *l = layer( "field=a0:double&field=b0:double&field=a1:double&field=b1:double&field=inw0:double&field=inw:double",
  {
    { "BU1", 1.0, 10.0, 3.0, 1.0, 1000.0, 100.0 },
    { "BU2", 2.0, 20.0, QVariant(), 8.0, 1000.0, 200.0 },
    { "BU3", 3.0, 30.0, 2.0, QVariant(), 1000.0, 300.0 },
  } );
  QgsVectorLayer *out = output( run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a0", "b0" } },
    { "INDICATORS_T1", QStringList { "a1", "b1" } }, { "DIRECTIONS", "1,-1" }, { "WEIGHTS", "1,3" }, { "DENOMINATORS_T0", ",inw0" }, { "DENOMINATORS_T1", ",inw" } } ) );
  QVERIFY( out );
  const QList<QgsFeature> f = features( out );
  QCOMPARE( f.at( 0 ).attribute( "k_t0" ).toDouble(), 0.5 );
  QCOMPARE( f.at( 1 ).attribute( "k_t0" ).toDouble(), 0.0 );
  QCOMPARE( f.at( 2 ).attribute( "k_t0" ).toDouble(), -0.5 );
  QCOMPARE( f.at( 0 ).attribute( "k_t1" ).toDouble(), 1.0 );  // A 3 → z 1; B 1/100·1000 = 10 → z 1
  QCOMPARE( f.at( 1 ).attribute( "k_t1" ).toDouble(), -2.0 ); // only B: 8/200·1000 = 40 → z −2
  QCOMPARE( f.at( 2 ).attribute( "k_t1" ).toDouble(), 0.0 );  // only A: 2 → z 0
  QCOMPARE( out->fields().names().mid( out->fields().count() - 2 ), ( QStringList { "k_t0", "k_t1" } ) );

  // MIN_SHARE 0.75: one indicator of two is not enough.
  out = output( run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a0", "b0" } }, { "INDICATORS_T1", QStringList { "a1", "b1" } },
    { "DIRECTIONS", "1,-1" }, { "WEIGHTS", "1,3" }, { "DENOMINATORS_T0", ",inw0" }, { "DENOMINATORS_T1", ",inw" }, { "MIN_SHARE", 0.75 } } ) );
  QVERIFY( vkcompat::isNull( features( out ).at( 1 ).attribute( "k_t1" ) ) );
  QVERIFY( vkcompat::isNull( features( out ).at( 2 ).attribute( "k_t1" ) ) );

  // A reference filter changes the t0 parameters: only BU1 and BU2 → A mean 1.5, sd √½.
  out = output( run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a0" } }, { "REFERENCE_FILTER", "\"code\" <> 'BU3'" } } ) );
  QVERIFY( std::fabs( features( out ).at( 2 ).attribute( "k_t0" ).toDouble() - 1.5 / std::sqrt( 0.5 ) ) < 1e-12 );
  QVERIFY( out->fields().lookupField( "k_t1" ) < 0 ); // one moment
}

void TestVeerkrachtkaarten::overlastDefaultsToMinusOnv()
{
  QgsVectorLayer *l = layer( "field=onv_2020:double&field=onv_2024:double", { { "BU1", 0.1, 0.3 }, { "BU2", 0.2, 0.2 }, { "BU3", 0.3, 0.1 } } );
  QgsVectorLayer *out = output( run( "overlast", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "onv_2020" } }, { "INDICATORS_T1", QStringList { "onv_2024" } } } ) );
  QVERIFY( out );
  const QList<QgsFeature> f = features( out );
  // −onv at t0: −0.1, −0.2, −0.3 → mean −0.2, sd 0.1. Safer (higher onv) is lower O.
  QVERIFY( std::fabs( f.at( 0 ).attribute( "o_t0" ).toDouble() - 1.0 ) < 1e-12 );
  QVERIFY( std::fabs( f.at( 2 ).attribute( "o_t0" ).toDouble() + 1.0 ) < 1e-12 );
  QVERIFY( std::fabs( f.at( 0 ).attribute( "o_t1" ).toDouble() + 1.0 ) < 1e-12 );
}

void TestVeerkrachtkaarten::indexErrors()
{
  QgsVectorLayer *l = layer( "field=a:double&field=b:double&field=tekst:string&field=leeg:double&field=vast:double",
  { { "BU1", 1.0, 2.0, "12", QVariant(), 5.0 }, { "BU2", 2.0, 3.0, "veel", -99999999.0, 5.0 }, { "BU3", 3.0, 1.0, "3", QVariant(), 5.0 } } );
  QString error;
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "bestaat_niet" } } }, &error );
  QVERIFY2( error.contains( "INDICATORS_T0" ) && error.contains( "bestaat_niet" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "tekst" } } }, &error );
  QVERIFY2( error.contains( "INDICATORS_T0" ) && error.contains( "'tekst' is not numeric" ) && error.contains( "veel" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a", "b" } }, { "INDICATORS_T1", QStringList { "a" } } }, &error );
  QVERIFY2( error.startsWith( "INDICATORS_T1 has 1 field(s) and INDICATORS_T0 2" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "leeg" } } }, &error );
  QVERIFY2( error.contains( "'leeg' has no value in any area" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a", "vast" } } }, &error );
  QVERIFY2( error.contains( "INDICATORS_T0: field 'vast'" ) && error.contains( "zero variance" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a", "b" } }, { "DIRECTIONS", "1,2" } }, &error );
  QVERIFY2( error.startsWith( "DIRECTIONS" ) && error.contains( "1 or -1" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a", "b" } }, { "WEIGHTS", "1,2,3" } }, &error );
  QVERIFY2( error.startsWith( "WEIGHTS gives 3 values for 2 indicators" ), qPrintable( error ) );
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a" } }, { "REFERENCE_FILTER", "\"a\" >" } }, &error );
  QVERIFY2( error.startsWith( "REFERENCE_FILTER" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::ontwikkelingAndSignalsByHand()
{
  // ΔK = −2, −1, 0, 1, 2 and ΔO = 1, −1, 2, −2, 0: both sd √2.5, ε = 0.25·√2.5 (as in test_kaarten).
  QgsVectorLayer *l = layer( "field=k_t0:double&field=k_t1:double&field=o_t0:double&field=o_t1:double",
  { { "BU00010001", 0.0, -2.0, 0.0, 1.0 }, { "BU00010002", 0.0, -1.0, 0.0, -1.0 }, { "BU00010003", 0.0, 0.0, 0.0, 2.0 },
    { "BU00020001", 0.0, 1.0, 0.0, -2.0 }, { "BU00020002", 0.0, 2.0, 0.0, 0.0 } } );
  const QVariantMap development = run( "ontwikkeling", { { "INPUT", l->id() } } );
  QVERIFY( std::fabs( development.value( "EPSILON_K" ).toDouble() - 0.25 * std::sqrt( 2.5 ) ) < 1e-12 );
  QgsVectorLayer *d = output( development );
  QVERIFY( d );
  QList<int> dk, dO;
  for ( const QgsFeature &f : features( d ) )
  {
    dk << f.attribute( "dk_klasse" ).toInt();
    dO << f.attribute( "do_klasse" ).toInt();
    QCOMPARE( f.attribute( "dk_label" ).toString(), QString::fromStdString( veerkracht::labels( veerkracht::Kaart::OntwikkelingKwetsbaar )[static_cast<std::size_t>( dk.last() )] ) );
  }
  QCOMPARE( dk, ( QList<int> { 1, 2, 3, 4, 5 } ) );
  QCOMPARE( dO, ( QList<int> { 4, 2, 5, 1, 3 } ) );

  const QVariantMap signals_ = run( "signaleringskaart", { { "INPUT", d->id() } } );
  QCOMPARE( signals_.value( "GROUPS" ).toInt(), 2 ); // GM0001 and GM0002, from the codes
  QgsVectorLayer *s = output( signals_ );
  QVERIFY( s );
  QList<int> absolute, relative;
  QStringList labels;
  for ( const QgsFeature &f : features( s ) )
  {
    absolute << f.attribute( "sign_abs_klasse" ).toInt();
    relative << f.attribute( "sign_rel_klasse" ).toInt();
    labels << f.attribute( "sign_abs_label" ).toString();
  }
  QCOMPARE( absolute, ( QList<int> { 3, 4, 3, 2, 2 } ) );
  QCOMPARE( labels.at( 3 ), QStringLiteral( "veerkrachtig" ) );
  // Relative: GM0001 ΔK −2, −1, 0 (median −1) → −1, 0, 1; ΔO 1, −1, 2 (median 1) → 0, −2, 1.
  //           GM0002 ΔK 1, 2 (median 1.5) → −0.5, 0.5; ΔO −2, 0 (median −1) → −1, 1.
  const QList<QgsFeature> rf = features( s );
  const QList<double> relK { -1, 0, 1, -0.5, 0.5 }, relO { 0, -2, 1, -1, 1 };
  for ( int i = 0; i < 5; ++i )
  {
    QVERIFY( std::fabs( rf.at( i ).attribute( "delta_k_rel" ).toDouble() - relK.at( i ) ) < 1e-12 );
    QVERIFY( std::fabs( rf.at( i ).attribute( "delta_o_rel" ).toDouble() - relO.at( i ) ) < 1e-12 );
  }
  // sd(relK) = √(2.5/4) ≈ 0.79 → ε ≈ 0.198; sd(relO) = √(6.8/4) ≈ 1.30 → ε ≈ 0.326.
  QCOMPARE( relative, ( QList<int> { 4, 4, 1, 4, 1 } ) );

  // A group field instead of the codes: one group → the medians of all five.
  const QVariantMap oneGroup = run( "signaleringskaart", { { "INPUT", d->id() }, { "GROUP_FIELD", "onvoldoende" } } );
  QCOMPARE( oneGroup.value( "GROUPS" ).toInt(), 1 );
}

void TestVeerkrachtkaarten::smallAreasAreInsufficientOnEveryMap()
{
  QgsVectorLayer *l = layer( "field=k_t0:double&field=k_t1:double&field=o_t0:double&field=o_t1:double&field=inw:integer",
  { { "BU1", 0.0, -2.0, 0.0, 1.0, 500 }, { "BU2", 0.0, -1.0, 0.0, -1.0, 99 }, { "BU3", 0.0, 0.0, 0.0, 2.0, 100 },
    { "BU4", 0.0, 1.0, QVariant(), -2.0, 800 }, { "BU5", 0.0, 2.0, 0.0, 0.0, 300 }, { "BU6", 0.5, 1.5, 0.2, 0.1, 250 } } );
  QgsProcessingFeedback feedback;
  const QVariantMap results = run( "ontwikkeling", { { "INPUT", l->id() }, { "INHABITANTS_FIELD", "inw" } }, nullptr, &feedback );
  QCOMPARE( results.value( "INSUFFICIENT" ).toInt(), 2 ); // BU2 (99 inhabitants) and BU4 (no O at t0)
  QVERIFY2( feedback.textLog().contains( "2 of 6 area(s) have too few inhabitants (fewer than 100) or missing data" ), qPrintable( feedback.textLog() ) );
  const QList<QgsFeature> f = features( output( results ) );
  QCOMPARE( f.at( 1 ).attribute( "dk_klasse" ).toInt(), 0 );
  QCOMPARE( f.at( 1 ).attribute( "dk_label" ).toString(), QStringLiteral( "onvoldoende gegevens" ) );
  QCOMPARE( f.at( 1 ).attribute( "onvoldoende" ).toInt(), 1 );
  QCOMPARE( f.at( 3 ).attribute( "do_klasse" ).toInt(), 0 );
  QCOMPARE( f.at( 2 ).attribute( "onvoldoende" ).toInt(), 0 ); // exactly 100 is enough
  // The sd leaves the two out: ΔK of BU1, BU3, BU5, BU6 = −2, 0, 2, 1.
  const double sd = std::sqrt( ( 2.25 * 2.25 + 0.25 * 0.25 + 1.75 * 1.75 + 0.75 * 0.75 ) / 3 );
  QVERIFY( std::fabs( results.value( "SD_K" ).toDouble() - sd ) < 1e-12 );
}

void TestVeerkrachtkaarten::scoreNeedsThreeAreas()
{
  QgsVectorLayer *l = layer( "field=delta_k:double&field=delta_o:double", { { "BU1", 1.0, 2.0 }, { "BU2", 2.0, 1.0 }, { "BU3", QVariant(), 1.0 } } );
  QString error;
  run( "veerkrachtscore", { { "INPUT", l->id() } }, &error );
  QVERIFY2( error.contains( "at least 3" ) && error.contains( "K_FIELD/O_FIELD" ), qPrintable( error ) );
  run( "veerkrachtscore", { { "INPUT", l->id() }, { "WEIGHTED", true } }, &error );
  QVERIFY2( error.startsWith( "WEIGHTED" ), qPrintable( error ) );

  // The hand-worked fit of docs/method.md.
  QgsVectorLayer *four = layer( "field=delta_k:double&field=delta_o:double", { { "BU1", 0.0, 1.0 }, { "BU2", 1.0, 3.0 }, { "BU3", 2.0, 5.0 }, { "BU4", 3.0, 7.5 } } );
  const QVariantMap fit = run( "veerkrachtscore", { { "INPUT", four->id() } } );
  QVERIFY( std::fabs( fit.value( "B" ).toDouble() - 2.15 ) < 1e-12 );
  QVERIFY( std::fabs( fit.value( "A" ).toDouble() - 0.9 ) < 1e-12 );
  QVERIFY( std::fabs( fit.value( "R2" ).toDouble() - ( 1 - 0.075 / 23.1875 ) ) < 1e-12 );
  QCOMPARE( fit.value( "N" ).toInt(), 4 );
  QList<int> classes;
  for ( const QgsFeature &f : features( output( fit ) ) )
    classes << f.attribute( "score_klasse" ).toInt();
  QCOMPARE( classes, ( QList<int> { 2, 3, 4, 2 } ) );

  // Weighted by inhabitants: a weight of 2 is the row twice.
  QgsVectorLayer *weighted = layer( "field=delta_k:double&field=delta_o:double&field=inw:integer",
                                    { { "BU1", 0.0, 1.0, 1 }, { "BU2", 1.0, 3.0, 2 }, { "BU3", 2.0, 5.0, 1 }, { "BU4", 3.0, 7.5, 3 } } );
  QgsVectorLayer *repeated = layer( "field=delta_k:double&field=delta_o:double",
  { { "BU1", 0.0, 1.0 }, { "BU2a", 1.0, 3.0 }, { "BU2b", 1.0, 3.0 }, { "BU3", 2.0, 5.0 }, { "BU4a", 3.0, 7.5 }, { "BU4b", 3.0, 7.5 }, { "BU4c", 3.0, 7.5 } } );
  const QVariantMap w = run( "veerkrachtscore", { { "INPUT", weighted->id() }, { "WEIGHTED", true }, { "INHABITANTS_FIELD", "inw" }, { "MIN_INWONERS", 0 } } );
  const QVariantMap r = run( "veerkrachtscore", { { "INPUT", repeated->id() } } );
  QVERIFY( std::fabs( w.value( "B" ).toDouble() - r.value( "B" ).toDouble() ) < 1e-12 );
  QVERIFY( std::fabs( w.value( "A" ).toDouble() - r.value( "A" ).toDouble() ) < 1e-12 );
  QVERIFY( std::fabs( w.value( "R2" ).toDouble() - r.value( "R2" ).toDouble() ) < 1e-12 );
  QCOMPARE( w.value( "N" ).toInt(), 4 );
}

void TestVeerkrachtkaarten::ervarenOverlastByHand()
{
  // E(t1) = 1…6: quintile edges 2, 3, 4, 5. ΔE = −2, −1, 0, 1, 2, 0: sd √2, ε = 0.25·√2.
  QgsVectorLayer *l = layer( "field=e_t0:double&field=e_t1:double",
  { { "BU1", 3.0, 1.0 }, { "BU2", 3.0, 2.0 }, { "BU3", 3.0, 3.0 }, { "BU4", 3.0, 4.0 }, { "BU5", 3.0, 5.0 }, { "BU6", 6.0, 6.0 } } );
  const QVariantMap results = run( "ervarenoverlast", { { "INPUT", l->id() }, { "E_T0", "e_t0" } } );
  QVERIFY( std::fabs( results.value( "EPSILON_E" ).toDouble() - 0.25 * std::sqrt( 2.0 ) ) < 1e-12 );
  QList<int> level, development;
  for ( const QgsFeature &f : features( output( results ) ) )
  {
    level << f.attribute( "e_klasse" ).toInt();
    development << f.attribute( "de_klasse" ).toInt();
  }
  QCOMPARE( level, ( QList<int> { 1, 2, 3, 4, 5, 5 } ) );
  QCOMPARE( development, ( QList<int> { 1, 2, 3, 4, 5, 3 } ) );
  // Level only.
  QgsVectorLayer *out = output( run( "ervarenoverlast", { { "INPUT", l->id() } } ) );
  QVERIFY( out->fields().lookupField( "e_klasse" ) >= 0 );
  QVERIFY( out->fields().lookupField( "de_klasse" ) < 0 );
}

void TestVeerkrachtkaarten::corporatiebezitFromPoints()
{
  QgsVectorLayer *areas = layer( "field=woningen:integer&field=p_corp:double", { { "BU1", 10, 5.0 }, { "BU2", 4, 70.0 } } );
  auto *units = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:28992&field=vhe:integer" ), QStringLiteral( "units" ), QStringLiteral( "memory" ) );
  QgsFeatureList points;
  for ( const auto &[wkt, count] : std::vector<std::pair<QString, QVariant>> { { "POINT(10 10)", 2 }, { "POINT(50 50)", 3 }, { "POINT(60 60)", QVariant() },
          { "POINT(150 50)", 3 }, { "POINT(900 900)", 7 } } )
  {
    QgsFeature f( units->fields() );
    f.setAttributes( QgsAttributes() << count );
    f.setGeometry( QgsGeometry::fromWkt( wkt ) );
    points << f;
  }
  units->dataProvider()->addFeatures( points );
  mContext->temporaryLayerStore()->addMapLayer( units );
  QgsProcessingFeedback feedback;
  const QVariantMap results = run( "corporatiebezit", { { "INPUT", areas->id() }, { "UNITS", units->id() }, { "UNIT_COUNT_FIELD", "vhe" }, { "DWELLINGS_FIELD", "woningen" } }, nullptr, &feedback );
  const QList<QgsFeature> f = features( output( results ) );
  QCOMPARE( f.at( 0 ).attribute( "corp_aandeel" ).toDouble(), 50.0 ); // (2 + 3) / 10
  QCOMPARE( f.at( 0 ).attribute( "corp_klasse" ).toInt(), 4 );
  QCOMPARE( f.at( 1 ).attribute( "corp_aandeel" ).toDouble(), 75.0 ); // 3 / 4
  QCOMPARE( f.at( 1 ).attribute( "corp_label" ).toString(), QStringLiteral( "meer dan twee derde (corporatiebuurt)" ) );
  QCOMPARE( results.value( "CORPORATIEBUURTEN" ).toInt(), 1 );
  QVERIFY2( feedback.textLog().contains( "1 unit point(s) (7 dwellings) lie outside every area" ), qPrintable( feedback.textLog() ) );
  QVERIFY( feedback.textLog().contains( "1 unit point(s) have no valid count" ) );

  // From a share field; exactly one of the two sources.
  const QList<QgsFeature> s = features( output( run( "corporatiebezit", { { "INPUT", areas->id() }, { "SHARE_FIELD", "p_corp" } } ) ) );
  QCOMPARE( s.at( 0 ).attribute( "corp_klasse" ).toInt(), 1 );
  QCOMPARE( s.at( 1 ).attribute( "corp_klasse" ).toInt(), 5 );
  QString error;
  run( "corporatiebezit", { { "INPUT", areas->id() } }, &error );
  QVERIFY2( error.startsWith( "SHARE_FIELD or UNITS" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::momentopname()
{
  QTemporaryDir dir;
  QVariantMap parameters = utrechtParameters( prepareUtrecht( dir.path() ) );
  parameters.remove( "K_T1" );
  parameters.remove( "O_T1" );
  parameters.insert( "K_T0", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } );
  parameters.insert( "K_DENOMINATORS_T0", "a_inw_2023,a_hh_2023" );
  parameters.remove( "K_DENOMINATORS_T1" );
  parameters.insert( "O_T0", QStringList { "onv_2024" } );
  const QVariantMap results = run( "veerkrachtkaarten", parameters );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  for ( const char *field : { "k_t0", "o_t0", "k_klasse", "o_klasse", "focus_klasse", "corp_klasse", "score", "score_klasse", "onvoldoende" } )
    QVERIFY2( out->fields().lookupField( field ) >= 0, field );
  for ( const char *field : { "k_t1", "delta_k", "dk_klasse", "sign_abs_klasse" } )
    QVERIFY2( out->fields().lookupField( field ) < 0, field );
  QVERIFY( results.value( "N" ).toInt() > 100 );

  QString error;
  parameters.insert( "K_T1", QStringList { "a_soz_wb_2023" } );
  run( "veerkrachtkaarten", parameters, &error );
  QVERIFY2( error.startsWith( "K_T1 and O_T1" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::allInOneNamesItsOwnParameters()
{
  QgsVectorLayer *l = layer( "field=a:double&field=onv:double", { { "BU1", 1.0, 0.1 }, { "BU2", 2.0, 0.2 }, { "BU3", 3.0, 0.3 } } );
  QString error;
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_T0", QStringList { "a" } }, { "O_T0", QStringList { "onv" } }, { "K_WEIGHTS", "1,2" } }, &error );
  QVERIFY2( error.contains( "K_WEIGHTS gives 2 values for 1 indicators" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::indicatorTablesEqualTheLists()
{
  // Two K indicators, the second a count per 1000 of n, reversed and weighted twice; a momentopname.
  QgsVectorLayer *l = layer( "field=a:double&field=b:double&field=n:double&field=onv:double",
                             { { "BU1", 1.0, 10.0, 100.0, 0.1 }, { "BU2", 2.0, 30.0, 100.0, 0.3 }, { "BU3", 4.0, 20.0, 200.0, 0.2 }, { "BU4", 3.0, 10.0, 100.0, 0.5 } } );
  QTemporaryDir dir;
  const QVariantMap lists = run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_T0", QStringList { "a", "b" } }, { "K_DIRECTIONS", "1,-1" }, { "K_WEIGHTS", "1,2" },
                                                        { "K_DENOMINATORS_T0", ",n" }, { "O_T0", QStringList { "onv" } }, { "OUTPUT", dir.filePath( "lijsten.gpkg" ) } } );
  const QVariantMap table = run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", QVariantList { "a", "", "1", "1", "", "", "b", "", "-1", "2", "n", "" } },
                                                        { "O_INDICATORS", "onv,,-1,1,," }, { "OUTPUT", dir.filePath( "tabel.gpkg" ) } } );
  QgsVectorLayer *a = output( lists );
  QgsVectorLayer *b = output( table );
  QVERIFY( a && b );
  const QList<QgsFeature> fa = features( a );
  const QList<QgsFeature> fb = features( b );
  QCOMPARE( fb.size(), 4 );
  for ( int i = 0; i < fa.size(); ++i )
    for ( const char *field : { "k_t0", "o_t0", "k_klasse", "o_klasse", "score" } )
      QCOMPARE( fb[i].attribute( field ), fa[i].attribute( field ) );
  // By hand: z of a (mean 2.5, sd √(5/3)) and of −b/n·1000 (100, 300, 100, 100: mean 150, sd 100), weights 1 and 2.
  const double sdA = std::sqrt( 5.0 / 3.0 );
  QCOMPARE( fb[1].attribute( "k_t0" ).toDouble(), ( ( 2 - 2.5 ) / sdA + 2 * -( 300 - 150 ) / 100.0 ) / 3 );

  // Faults name the table and its column; a table and the lists together are refused.
  QString error;
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", "a,,1,1,,,zz,,1,1,," }, { "O_INDICATORS", "onv,,-1,1,," } }, &error );
  QVERIFY2( error.contains( "K_INDICATORS (Field t0): INPUT has no field 'zz'" ), qPrintable( error ) );
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", "a,b,1,1,," }, { "O_INDICATORS", "onv,,-1,1,," } }, &error );
  QVERIFY2( error.startsWith( "K_INDICATORS (Field t1) and O_INDICATORS (Field t1): give both" ), qPrintable( error ) );
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", "a,,1,1,," }, { "O_INDICATORS", "onv,,-1,1,," }, { "O_T0", QStringList { "onv" } } }, &error );
  QVERIFY2( error.contains( "O_INDICATORS and O_T0: give the indicators either in the table or in the separate lists, not both" ), qPrintable( error ) );
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", "a,,1,1,," } }, &error );
  QVERIFY2( error.contains( "O_INDICATORS: expected at least one indicator" ), qPrintable( error ) );
  run( "veerkrachtkaarten", { { "INPUT", l->id() }, { "K_INDICATORS", "a,,1,-2,," }, { "O_T0", QStringList { "onv" } } }, &error );
  QVERIFY2( error.contains( "K_INDICATORS" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::outputsNeverReplaceInputs()
{
  QTemporaryDir dir;
  const QString prepared = prepareUtrecht( dir.path() );
  QFile file( prepared );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  const QByteArray before = file.readAll();
  file.close();
  QVariantMap parameters = utrechtParameters( prepared );
  parameters.insert( "OUTPUT", prepared );
  QString error;
  run( "veerkrachtkaarten", parameters, &error );
  QVERIFY2( error.startsWith( "OUTPUT" ) && error.contains( "never overwritten" ), qPrintable( error ) );
  // Also when the output names a layer inside the input's GeoPackage.
  parameters.insert( "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"kaarten\" (geom)" ).arg( prepared ) );
  run( "veerkrachtkaarten", parameters, &error );
  QVERIFY2( error.startsWith( "OUTPUT" ), qPrintable( error ) );
  run( "focuskaart", { { "INPUT", prepared }, { "K_T1", "a_inw_2023" }, { "O_T1", "onv_2024" }, { "OUTPUT", QStringLiteral( "ogr:dbname='%1' table=\"focus\" (geom)" ).arg( prepared ) } }, &error );
  QVERIFY2( error.startsWith( "OUTPUT" ), qPrintable( error ) );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  QCOMPARE( file.readAll(), before );
}

void TestVeerkrachtkaarten::denominatorsAtBothMoments()
{
  QgsVectorLayer *l = layer( "field=a0:double&field=a1:double&field=n:double", { { "BU1", 1.0, 2.0, 10.0 }, { "BU2", 2.0, 2.0, 20.0 }, { "BU3", 3.0, 5.0, 30.0 } } );
  QString error;
  run( "kwetsbaarheid", { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a0" } }, { "INDICATORS_T1", QStringList { "a1" } }, { "DENOMINATORS_T0", "n" } }, &error );
  QVERIFY2( error.startsWith( "DENOMINATORS_T0 and DENOMINATORS_T1" ) && error.contains( "a0" ), qPrintable( error ) );
}

void TestVeerkrachtkaarten::relativeSignalWithOneAreaPerGroup()
{
  // A layer of gemeenten: each is its own group, so the relative map cannot be made; the absolute one can.
  QgsVectorLayer *l = layer( "field=delta_k:double&field=delta_o:double",
                             { { "GM0001", -2.0, 1.0 }, { "GM0002", -1.0, -1.0 }, { "GM0003", 0.0, 2.0 }, { "GM0004", 1.0, -2.0 }, { "GM0005", 2.0, 0.0 } } );
  QgsProcessingFeedback feedback;
  const QVariantMap results = run( "signaleringskaart", { { "INPUT", l->id() } }, nullptr, &feedback );
  QCOMPARE( results.value( "GROUPS" ).toInt(), 5 );
  QVERIFY2( feedback.textLog().contains( "Map 8 cannot be made" ), qPrintable( feedback.textLog() ) );
  QList<int> absolute, relative;
  for ( const QgsFeature &f : features( output( results ) ) )
  {
    absolute << f.attribute( "sign_abs_klasse" ).toInt();
    relative << f.attribute( "sign_rel_klasse" ).toInt();
  }
  QCOMPARE( absolute, ( QList<int> { 3, 4, 3, 2, 2 } ) );
  QCOMPARE( relative, ( QList<int> { 0, 0, 0, 0, 0 } ) );
}

QString TestVeerkrachtkaarten::prepareUtrecht( const QString &folder )
{
  const QString prepared = folder + "/utrecht_voorbereid.gpkg";
  run( "prepareer", { { "INPUT", sData + "buurten_2019.geojson" },
    { "TABLES", QVariantList { sData + "kwb_2021_subset_en.csv", sData + "kwb_2023.csv", sData + "leefbaarometer_buurten_2002_2024.csv" } },
    { "TABLE_SUFFIXES", "_2021,_2023" }, { "OUTPUT", prepared } } );
  return prepared;
}

void TestVeerkrachtkaarten::utrechtAgainstIndependentComputation()
{
  QTemporaryDir dir;
  QVariantMap parameters = utrechtParameters( prepareUtrecht( dir.path() ) );
  parameters.insert( "OUTPUT", dir.filePath( "veerkrachtkaarten.gpkg" ) );
  const QVariantMap results = run( "veerkrachtkaarten", parameters );

  QgsVectorLayer fit( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/utrecht_model_fit.csv" ), "fit", "ogr" );
  QgsFeature expectedFit;
  QVERIFY( fit.getFeatures().nextFeature( expectedFit ) );
  QVERIFY( std::fabs( results.value( "A" ).toDouble() - expectedFit.attribute( "a" ).toDouble() ) < 1e-9 );
  QVERIFY( std::fabs( results.value( "B" ).toDouble() - expectedFit.attribute( "b" ).toDouble() ) < 1e-9 );
  QVERIFY( std::fabs( results.value( "R2" ).toDouble() - expectedFit.attribute( "r2" ).toDouble() ) < 1e-9 );
  QCOMPARE( results.value( "N" ).toInt(), expectedFit.attribute( "n" ).toInt() );

  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QMap<QString, QgsFeature> got;
  for ( const QgsFeature &f : features( out ) )
    got.insert( f.attribute( "statcode" ).toString(), f );
  QCOMPARE( got.size(), 111 );

  QgsVectorLayer expected( QStringLiteral( VEERKRACHT_SOURCE_DIR "/tests/data/utrecht_model_expected.csv" ), "expected", "ogr" );
  QVERIFY( expected.isValid() );
  const QStringList numbers { "k_t0", "k_t1", "o_t0", "o_t1", "delta_k", "delta_o", "score" };
  const QStringList classes { "onvoldoende", "dk_klasse", "do_klasse", "sign_abs_klasse", "sign_rel_klasse", "k_klasse", "o_klasse", "focus_klasse", "corp_klasse", "score_klasse" };
  const QMap<QString, veerkracht::Kaart> maps { { "dk_klasse", veerkracht::Kaart::OntwikkelingKwetsbaar }, { "do_klasse", veerkracht::Kaart::OntwikkelingOverlast },
    { "sign_abs_klasse", veerkracht::Kaart::SignaleringAbsoluut }, { "sign_rel_klasse", veerkracht::Kaart::SignaleringRelatief },
    { "k_klasse", veerkracht::Kaart::KwetsbareBewoners }, { "o_klasse", veerkracht::Kaart::Overlast }, { "focus_klasse", veerkracht::Kaart::Focus },
    { "corp_klasse", veerkracht::Kaart::Corporatiebezit }, { "score_klasse", veerkracht::Kaart::Veerkrachtscore } };
  QMap<QString, QMap<int, int>> counts;
  QgsFeature e;
  QgsFeatureIterator it = expected.getFeatures();
  int rows = 0;
  while ( it.nextFeature( e ) )
  {
    ++rows;
    const QString code = e.attribute( "code" ).toString();
    QVERIFY2( got.contains( code ), qPrintable( code ) );
    const QgsFeature f = got.value( code );
    for ( const QString &field : numbers )
    {
      const QString want = e.attribute( field ).toString();
      const QVariant value = f.attribute( field );
      const QString where = QStringLiteral( "%1 %2: expected '%3', got '%4'" ).arg( code, field, want, value.toString() );
      if ( want.isEmpty() )
        QVERIFY2( vkcompat::isNull( value ), qPrintable( where ) );
      else
        QVERIFY2( !vkcompat::isNull( value ) && std::fabs( value.toDouble() - want.toDouble() ) < 1e-9, qPrintable( where ) );
    }
    for ( const QString &field : classes )
    {
      const int want = e.attribute( field ).toInt();
      QVERIFY2( f.attribute( field ).toInt() == want, qPrintable( QStringLiteral( "%1 %2: expected %3, got %4" ).arg( code, field ).arg( want ).arg( f.attribute( field ).toInt() ) ) );
      ++counts[field][want];
      if ( maps.contains( field ) )
      {
        const QString labelField = QString( field ).replace( "_klasse", "_label" );
        QCOMPARE( f.attribute( labelField ).toString(), QString::fromStdString( veerkracht::labels( maps.value( field ) )[static_cast<std::size_t>( want )] ) );
      }
    }
  }
  QCOMPARE( rows, 111 );
  // The class counts of maps 7–10 as the independent computation gives them.
  QCOMPARE( counts["sign_abs_klasse"], ( QMap<int, int> { { 0, 9 }, { 1, 5 }, { 2, 23 }, { 3, 27 }, { 4, 47 } } ) );
  QCOMPARE( results.value( "VEERKRACHT_ONDER_DRUK" ).toInt(), 5 );
  QCOMPARE( results.value( "VEERKRACHTIG" ).toInt(), 23 );
  QCOMPARE( results.value( "OVERLAST_NEEMT_TOE" ).toInt(), 27 );
  QCOMPARE( results.value( "STABIEL_OF_VERBETEREND" ).toInt(), 47 );
  QCOMPARE( results.value( "INSUFFICIENT" ).toInt(), 9 );
  QCOMPARE( counts["sign_rel_klasse"], ( QMap<int, int> { { 0, 9 }, { 1, 7 }, { 2, 19 }, { 3, 29 }, { 4, 47 } } ) );
  QCOMPARE( counts["focus_klasse"], ( QMap<int, int> { { 0, 9 }, { 1, 12 }, { 2, 9 }, { 3, 9 }, { 4, 72 } } ) );
  QCOMPARE( counts["score_klasse"], ( QMap<int, int> { { 0, 9 }, { 1, 4 }, { 2, 34 }, { 3, 38 }, { 4, 18 }, { 5, 8 } } ) );

  // With a survey score (here the Leefbaarometer's social dimension stands in for one) map 6 is added
  // and every other map stays as it was.
  parameters.insert( "E_T0", QStringList { "soc_2020" } );
  parameters.insert( "E_T1", QStringList { "soc_2024" } );
  parameters.insert( "OUTPUT", dir.filePath( "met_enquete.gpkg" ) );
  const QVariantMap withSurvey = run( "veerkrachtkaarten", parameters );
  QgsVectorLayer *survey = output( withSurvey );
  QVERIFY( survey );
  for ( const char *field : { "e_t0", "e_t1", "delta_e", "e_klasse", "e_label", "de_klasse", "de_label" } )
    QVERIFY2( survey->fields().lookupField( field ) >= 0, field );
  QCOMPARE( withSurvey.value( "VEERKRACHT_ONDER_DRUK" ).toInt(), 5 );
  for ( const QgsFeature &f : features( survey ) )
    QCOMPARE( f.attribute( "sign_rel_klasse" ), got.value( f.attribute( "statcode" ).toString() ).attribute( "sign_rel_klasse" ) );
}

void TestVeerkrachtkaarten::modelFileComposesTheBuildingBlocks()
{
  const QStringList order { "INPUT", "K_T0", "K_T1", "K_DENOMINATORS_T0", "K_DENOMINATORS_T1", "O_T0", "O_T1", "INHABITANTS_FIELD",
                            "MIN_INWONERS", "DEAD_BAND", "PERCENTILE", "CORP_SHARE_FIELD" };
  QTranslator dutch;
  QVERIFY( dutch.load( QStringLiteral( ":/veerkracht/i18n/veerkracht_nl.qm" ) ) );
  QString englishInput;
  for ( const QString &file : { QStringLiteral( "veerkrachtkaarten.model3" ), QStringLiteral( "veerkrachtkaarten_nl.model3" ) } )
  {
    const bool nl = file.contains( QLatin1String( "_nl" ) );
    if ( nl )
      QCoreApplication::installTranslator( &dutch );
    QgsProcessingModelAlgorithm model;
    QVERIFY( model.fromFile( QStringLiteral( VEERKRACHT_SOURCE_DIR "/models/" ) + file ) );
    // The committed file is what buildVeerkrachtModel() makes in that language (tools/maakmodel.cpp regenerates it).
    const std::unique_ptr<QgsProcessingModelAlgorithm> built = buildVeerkrachtModel();
    if ( nl )
      QCoreApplication::removeTranslator( &dutch );
    QCOMPARE( modelContent( model ), modelContent( *built ) );
    QCOMPARE( modelInputs( model ), modelInputs( *built ) );
    QCOMPARE( model.childAlgorithms().size(), 7 );
    for ( const QgsProcessingModelChildAlgorithm &child : model.childAlgorithms() )
      QVERIFY2( child.algorithm(), qPrintable( child.algorithmId() ) );
    // The Modeler opens it valid: every required parameter of every step has a source.
    QStringList issues;
    QVERIFY2( model.validate( issues ), qPrintable( issues.join( '\n' ) ) );
    QVERIFY( issues.isEmpty() );
    // The inputs in the order of the all-in-one's dialog, optional where the chain does without.
    QStringList inputs;
    for ( const QgsProcessingParameterDefinition *definition : model.parameterDefinitions() )
      if ( !definition->isDestination() )
        inputs << definition->name();
    QCOMPARE( inputs, order );
    for ( const char *optional : { "K_DENOMINATORS_T0", "K_DENOMINATORS_T1", "INHABITANTS_FIELD", "CORP_SHARE_FIELD" } )
      QVERIFY2( vkcompat::isOptional( model.parameterDefinition( optional ) ), optional );
    for ( const char *required : { "INPUT", "K_T0", "K_T1", "O_T0", "O_T1" } )
      QVERIFY2( !vkcompat::isOptional( model.parameterDefinition( required ) ), required );
    const QString input = model.parameterDefinition( "INPUT" )->description();
    if ( nl )
      QVERIFY2( input != englishInput && !input.isEmpty(), qPrintable( input ) ); // Dutch, not the English source
    else
      englishInput = input;
  }

  QTemporaryDir dir;
  const QString prepared = prepareUtrecht( dir.path() );
  QVariantMap parameters = utrechtParameters( prepared );
  parameters.insert( "OUTPUT", dir.filePath( "alles_in_een.gpkg" ) );
  const QVariantMap direct = run( "veerkrachtkaarten", parameters );
  QVariantMap withoutCorporation = parameters;
  withoutCorporation.remove( "CORP_SHARE_FIELD" );
  withoutCorporation.insert( "OUTPUT", dir.filePath( "zonder_corporatie.gpkg" ) );
  const QVariantMap directWithoutCorporation = run( "veerkrachtkaarten", withoutCorporation );

  QVariantMap modelParameters { { "INPUT", prepared }, { "K_T0", parameters.value( "K_T0" ) }, { "K_T1", parameters.value( "K_T1" ) },
    { "K_DENOMINATORS_T0", parameters.value( "K_DENOMINATORS_T0" ) }, { "K_DENOMINATORS_T1", parameters.value( "K_DENOMINATORS_T1" ) },
    { "O_T0", parameters.value( "O_T0" ) }, { "O_T1", parameters.value( "O_T1" ) }, { "INHABITANTS_FIELD", "a_inw_2023" },
    { "CORP_SHARE_FIELD", "p_wcorpw_2023" }, { "MIN_INWONERS", 100 }, { "DEAD_BAND", 0.25 }, { "PERCENTILE", 80 } };
  // The model as the toolbox has it; its one output parameter is named differently by QGIS versions.
  std::unique_ptr<QgsProcessingAlgorithm> registered( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:veerkrachtkaartenmodel" ) );
  QVERIFY( registered );
  for ( const QgsProcessingModelChildAlgorithm &child : dynamic_cast<QgsProcessingModelAlgorithm *>( registered.get() )->childAlgorithms() )
    QVERIFY2( child.algorithm() && child.isActive(), qPrintable( child.childId() + ( child.algorithm() ? " inactive" : " unattached" ) ) );
  QString destination;
  for ( const QgsProcessingParameterDefinition *definition : registered->parameterDefinitions() )
    if ( definition->isDestination() )
      destination = definition->name();
  QVERIFY( !destination.isEmpty() );
  const auto compare = [&]( const QVariantMap &modelParameters, const QVariantMap &direct, const QString &file ) {
    QVariantMap p = modelParameters;
    p.insert( destination, dir.filePath( file ) );
    QgsProcessingFeedback feedback;
    bool ok = false;
    std::unique_ptr<QgsProcessingAlgorithm> model( QgsApplication::processingRegistry()->createAlgorithmById( "veerkracht:veerkrachtkaartenmodel" ) );
    // A context of its own per run: from QGIS 3.40 a context remembers which steps of a model ran.
    QgsProcessingContext context;
    context.setProject( QgsProject::instance() );
    const QVariantMap modelResults = model->run( p, context, &feedback, &ok, QVariantMap(), false );
    QVERIFY2( ok, qPrintable( feedback.textLog() ) );
    const QString written = modelResults.value( modelResults.contains( destination ) ? destination : QStringLiteral( "veerkrachtscore:Veerkrachtkaarten" ) ).toString();
    QgsVectorLayer viaModel( written, "model", "ogr" );
    QgsVectorLayer viaAlgorithm( direct.value( "OUTPUT" ).toString(), "direct", "ogr" );
    QVERIFY2( viaModel.isValid() && viaAlgorithm.isValid(), qPrintable( destination + " | " + QStringList( modelResults.keys() ).join( ", " ) ) );
    QCOMPARE( viaModel.fields().names(), viaAlgorithm.fields().names() );
    const QList<QgsFeature> a = features( &viaModel ), b = features( &viaAlgorithm );
    QCOMPARE( a.size(), 111 );
    QCOMPARE( a.size(), b.size() );
    for ( int i = 0; i < a.size(); ++i )
      QCOMPARE( a.at( i ).attributes().mid( 1 ), b.at( i ).attributes().mid( 1 ) ); // all but the GeoPackage fid
  };
  compare( modelParameters, direct, "model.gpkg" );
  // Without a corporation share the model leaves map 1 out, as the all-in-one does.
  modelParameters.remove( "CORP_SHARE_FIELD" );
  compare( modelParameters, directWithoutCorporation, "model_zonder_corporatie.gpkg" );
}

void TestVeerkrachtkaarten::runsWithoutFeedback()
{
  // Scripts may call run() without a feedback object: no crash, the same result.
  QgsVectorLayer *l = layer( "field=a0:double&field=inw:double", { { "BU1", 1.0, 500.0 }, { "BU2", 2.0, 500.0 }, { "BU3", 4.0, 500.0 } } );
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:kwetsbaarheid" ) ) );
  bool ok = false;
  const QVariantMap results = alg->run( { { "INPUT", l->id() }, { "INDICATORS_T0", QStringList { "a0" } }, { "OUTPUT", QgsProcessing::TEMPORARY_OUTPUT } }, *mContext, nullptr, &ok );
  QVERIFY( ok );
  QgsVectorLayer *out = output( results );
  QVERIFY( out );
  QCOMPARE( out->featureCount(), 3LL );
}

VEERKRACHT_QGIS_TEST_MAIN( TestVeerkrachtkaarten )
#include "test_veerkrachtkaarten.moc"
