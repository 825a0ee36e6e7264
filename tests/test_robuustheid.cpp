// SPDX-License-Identifier: GPL-2.0-or-later
// Issue #9: every veerkracht:* algorithm against hostile inputs (docs/reliability.md). Each run
// must end in a correct result or a QgsProcessingException that names the parameter or field;
// no NaN or CBS sentinel is written as a number; the input files stay byte-for-byte the same;
// a failed or canceled run leaves no output that looks complete. The table of behaviours in
// docs/reliability.md is written from these results: the test fails when it is out of date, and
// VEERKRACHT_UPDATE_DOCS=1 rewrites it.

#include "algorithmrun.h"
#include "processrun.h"
#include "qgistestmain.h"
#include "model/missingvalues.h"
#include "support/veerkracht_compat.h"
#include "support/voorbeeld.h"

#include <qgsexception.h>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsmultipolygon.h>
#include <qgspolygon.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace {

const QString sData = QStringLiteral( VEERKRACHT_SOURCE_DIR "/data/utrecht/" );

//! What a case must give; Eender: a correct result or a clear message.
enum class Verwacht { Eender, Resultaat, Melding };

//! How a changed input layer is written.
enum class Formaat { GeoPackage, GeoJsonLatin1, Geheugen };

//! The base files the setups start from (made once, in initTestCase).
struct Basis
{
  QString ruw;        //!< the Utrecht buurten as CBS publishes them (WGS 84, code only)
  QString tabel;      //!< a KWB table without geometry (GeoPackage)
  QString voorbereid; //!< the prepared sample (veerkracht:prepareer)
  QString kaarten;    //!< every map of the sample (veerkracht:veerkrachtkaarten)
  QString doelen;     //!< four target zones over Utrecht (for harmoniseer)
  QString grootVoorbereid; //!< the prepared sample forty times over, for long runs
  QString grootKaarten;    //!< its maps
};

/**
 * One algorithm with parameters that work on the sample, and what a case may change: the layer
 * of LAYER_PARAMETER (its first layer when it is a list) and, in it, a numeric field the
 * algorithm uses (named by FIELD_PARAMETER, or read by its name when that is empty).
 */
struct Opstelling
{
  Opstelling() = default;
  Opstelling( const QString &algoritme, const QVariantMap &parameters, const QString &veld, const QString &veldParameter )
    : algoritme( algoritme ), parameters( parameters ), veld( veld ), veldParameter( veldParameter ) {}

  QString algoritme;
  QVariantMap parameters; //!< layer parameters hold Basis paths; destinations are filled in per run
  QString laagParameter = QStringLiteral( "INPUT" );
  QString veld;
  QString veldParameter;
  QString tweedeLaag;     //!< a second layer parameter, for mixed CRSs
  bool behoudtGebieden = true; //!< OUTPUT has one feature per input area
  QString veldLaag;       //!< the layer parameter holding the field, when not LAYER_PARAMETER
};

//! The inputs of one run while a case changes them.
class Werk
{
  public:
    Werk( const Opstelling &opstelling, const QString &doel, QgsProcessingContext &context )
      : o( opstelling ), doel( doel ), parameters( opstelling.parameters ), mContext( context ) {}

    const Opstelling &o;
    const QString doel; //!< the parameter whose layer the case changes
    QVariantMap parameters;
    Formaat formaat = Formaat::GeoPackage;
    QStringList schuldigen; //!< extra words a message may name (besides the case's own)
    std::function<void( const QString &folder )> naInvoer; //!< after the inputs are written (outputs that exist, …)

    //! The path of the case's layer in the parameters.
    QString laagPad() const
    {
      const QVariant v = parameters.value( doel );
      return v.userType() == QMetaType::QVariantList || v.userType() == QMetaType::QStringList ? v.toStringList().value( 0 ) : v.toString();
    }

    //! A memory copy of the case's layer, to change.
    QgsVectorLayer *laag()
    {
      if ( !mLaag )
      {
        QgsVectorLayer bron( laagPad(), QStringLiteral( "bron" ), QStringLiteral( "ogr" ) );
        mLaag.reset( bron.materialize( QgsFeatureRequest() ) );
      }
      return mLaag.get();
    }
    bool veranderd() const { return static_cast<bool>( mLaag ); }
    void vervangLaag( QgsVectorLayer *l ) { mLaag.reset( l ); }
    std::unique_ptr<QgsVectorLayer> neemLaag() { return std::move( mLaag ); }

    //! Sets \a veld to \a value( feature index ) in every feature.
    void zetVeld( const QString &veld, const std::function<QVariant( int )> &value )
    {
      QgsVectorLayer *l = laag();
      const int index = l->fields().lookupField( veld );
      QVERIFY2( index >= 0, qPrintable( veld ) );
      QgsChangedAttributesMap changes;
      int i = 0;
      QgsFeature f;
      QgsFeatureIterator it = l->getFeatures();
      while ( it.nextFeature( f ) )
        changes[f.id()][index] = value( i++ );
      l->dataProvider()->changeAttributeValues( changes );
    }

    //! Replaces \a veld by a text field holding \a value( feature index ).
    void maakTekstVeld( const QString &veld, const std::function<QString( int )> &value )
    {
      QgsFields fields = laag()->fields();
      const int index = fields.lookupField( veld );
      QVERIFY2( index >= 0, qPrintable( veld ) );
      QgsFields nieuw;
      for ( int i = 0; i < fields.count(); ++i )
        nieuw.append( i == index ? vkcompat::makeField( veld, QMetaType::QString ) : fields.at( i ) );
      kopieer( nieuw, [&]( QgsFeature &f, int i ) { f.setAttribute( index, value( i ) ); } );
    }

    //! Drops \a veld from the layer.
    void verwijderVeld( const QString &veld )
    {
      const int index = laag()->fields().lookupField( veld );
      QVERIFY2( index >= 0, qPrintable( veld ) );
      laag()->dataProvider()->deleteAttributes( { index } );
      laag()->updateFields();
    }

    //! Sets the geometry of feature \a i.
    void zetGeometrie( int i, const QgsGeometry &g )
    {
      QgsGeometryMap changes;
      changes.insert( featureId( i ), g );
      laag()->dataProvider()->changeGeometryValues( changes );
    }

    QgsFeatureId featureId( int i )
    {
      QgsFeature f;
      QgsFeatureIterator it = laag()->getFeatures();
      for ( int k = 0; it.nextFeature( f ); ++k )
        if ( k == i )
          return f.id();
      return FID_NULL;
    }

    //! Keeps the first \a n features.
    void houdEerste( int n )
    {
      QgsFeatureIds weg;
      QgsFeature f;
      QgsFeatureIterator it = laag()->getFeatures();
      for ( int k = 0; it.nextFeature( f ); ++k )
        if ( k >= n )
          weg << f.id();
      laag()->dataProvider()->deleteFeatures( weg );
    }

    //! A copy of the layer with \a fields of type \a geometry, each feature passed through \a change.
    void kopieer( const QgsFields &fields, const std::function<void( QgsFeature &, int )> &change, const QString &geometry = QString() )
    {
      QgsVectorLayer *oud = laag();
      const QString type = geometry.isEmpty() ? QgsWkbTypes::displayString( oud->wkbType() ) : geometry;
      auto nieuw = std::make_unique<QgsVectorLayer>( QStringLiteral( "%1?crs=%2" ).arg( type, oud->crs().authid() ), QStringLiteral( "invoer" ), QStringLiteral( "memory" ) );
      nieuw->dataProvider()->addAttributes( fields.toList() );
      nieuw->updateFields();
      QgsFeatureList list;
      QgsFeature f;
      QgsFeatureIterator it = oud->getFeatures();
      for ( int i = 0; it.nextFeature( f ); ++i )
      {
        QgsFeature g( nieuw->fields() );
        QgsAttributes attributes = f.attributes();
        attributes.resize( nieuw->fields().count() );
        g.setAttributes( attributes );
        g.setGeometry( f.geometry() );
        change( g, i );
        list << g;
      }
      nieuw->dataProvider()->addFeatures( list );
      mLaag = std::move( nieuw );
    }

    QgsProcessingContext &context() { return mContext; }

  private:
    std::unique_ptr<QgsVectorLayer> mLaag;
    QgsProcessingContext &mContext;
};

//! A hostile input: what it changes, and what it must give.
struct Geval
{
  enum Schuldige { Laag, Veld, Uitvoer };
  Geval( const QString &klasse, const QString &id, const QString &omschrijving, const std::function<void( Werk & )> &maak,
         Verwacht verwacht = Verwacht::Eender, Schuldige schuldige = Laag, bool alleenMetVeld = false )
    : klasse( klasse ), id( id ), omschrijving( omschrijving ), maak( maak ), verwacht( verwacht ), schuldige( schuldige ), alleenMetVeld( alleenMetVeld ) {}

  QString klasse; //!< the class of issue #9 ("1" … "8")
  QString id;
  QString omschrijving;
  std::function<void( Werk & )> maak;
  Verwacht verwacht = Verwacht::Eender;
  Schuldige schuldige = Laag; //!< what a message must name
  bool alleenMetVeld = false; //!< changes the used field (in the layer that holds it)
};

//! A polygon shaped like the first feature's bounding box corner, drawn with \a wkt around its own centre.
QgsGeometry rond( QgsVectorLayer *l, int i, const QString &wkt )
{
  QgsFeature f;
  QgsFeatureIterator it = l->getFeatures();
  for ( int k = 0; it.nextFeature( f ) && k < i; ++k )
    ;
  const QgsPointXY c = f.geometry().centroid().asPoint();
  QgsGeometry g = QgsGeometry::fromWkt( wkt );
  g.translate( c.x(), c.y() );
  return g;
}

//! Transforms a memory layer's geometries to \a authid and labels it so.
void naarCrs( QgsVectorLayer *l, const QString &authid )
{
  const QgsCoordinateReferenceSystem crs( authid );
  const QgsCoordinateTransform ct( l->crs(), crs, QgsProject::instance() );
  QgsGeometryMap changes;
  QgsFeature f;
  QgsFeatureIterator it = l->getFeatures();
  while ( it.nextFeature( f ) )
  {
    QgsGeometry geometry = f.geometry();
    geometry.transform( ct );
    changes.insert( f.id(), geometry );
  }
  l->dataProvider()->changeGeometryValues( changes );
  l->setCrs( crs );
}

QList<Geval> gevallen()
{
  using V = Verwacht;
  QList<Geval> g;
  const auto veld = []( Werk &w ) { return w.o.veld; };

  // 1. empty, one feature, a used field all missing
  g << Geval { "1", "leeg", "empty layer", []( Werk &w ) { w.houdEerste( 0 ); } };
  g << Geval { "1", "een", "one feature", []( Werk &w ) { w.houdEerste( 1 ); } };
  g << Geval { "1", "veld-leeg", "used field all missing (NULL)", [veld]( Werk &w ) { w.zetVeld( veld( w ), []( int ) { return QVariant(); } ); }, V::Eender, Geval::Veld, true };

  // 2. the used field: absent, text, sentinels, mixed
  g << Geval { "2", "veld-weg", "used field does not exist", [veld]( Werk &w ) { w.verwijderVeld( veld( w ) ); }, V::Melding, Geval::Veld, true };
  g << Geval { "2", "veld-tekst", "used field is text with non-numbers", [veld]( Werk &w ) {
    w.maakTekstVeld( veld( w ), []( int i ) { return i % 2 ? QStringLiteral( "veel" ) : QStringLiteral( "n.v.t." ); } ); }, V::Eender, Geval::Veld, true };
  g << Geval { "2", "veld-sentinels", "used field all CBS sentinels", [veld]( Werk &w ) {
    w.zetVeld( veld( w ), []( int i ) { return QVariant( i % 2 ? -99999997.0 : -99997.0 ); } ); }, V::Eender, Geval::Veld, true };
  g << Geval { "2", "veld-gemengd", "used field mixes '.', 'NA', empty and numbers (text)", [veld]( Werk &w ) {
    w.maakTekstVeld( veld( w ), []( int i ) { return QStringList { ".", "NA", "", "12,5", "7.25", " 3 " }.at( i % 6 ); } ); }, V::Eender, Geval::Veld, true };

  // 3. area codes
  const auto codes = []( Werk &w, const std::function<QString( const QString &, int )> &change ) {
    QgsVectorLayer *l = w.laag();
    for ( const QString name : { "statcode", "code", "gwb_code_10", "buurtcode" } )
    {
      const int index = l->fields().lookupField( name );
      if ( index < 0 )
        continue;
      QgsChangedAttributesMap changes;
      QgsFeature f;
      QgsFeatureIterator it = l->getFeatures();
      for ( int i = 0; it.nextFeature( f ); ++i )
        changes[f.id()][index] = change( f.attribute( index ).toString(), i );
      l->dataProvider()->changeAttributeValues( changes );
      w.schuldigen << name;
      return;
    }
  };
  g << Geval { "3", "codes-dubbel", "duplicate area codes", [codes]( Werk &w ) {
    QString first;
    codes( w, [&]( const QString &c, int i ) { if ( i == 0 ) first = c; return i == 1 ? first : c; } ); } };
  g << Geval { "3", "codes-zonder-bu", "codes with and without BU", [codes]( Werk &w ) {
    codes( w, []( const QString &c, int i ) { return i % 2 && c.startsWith( "BU" ) ? c.mid( 2 ) : c; } ); } };
  g << Geval { "3", "codes-spaties", "codes with spaces and lower case", [codes]( Werk &w ) {
    codes( w, []( const QString &c, int ) { return QStringLiteral( " %1 " ).arg( c.toLower() ); } ); } };

  // 4. geometries
  g << Geval { "4", "bowtie", "a bow-tie polygon", []( Werk &w ) {
    w.zetGeometrie( 0, rond( w.laag(), 0, "POLYGON((-100 -100, 100 100, 100 -100, -100 100, -100 -100))" ) ); } };
  g << Geval { "4", "zelfrakend", "a self-touching ring", []( Werk &w ) {
    w.zetGeometrie( 1, rond( w.laag(), 1, "POLYGON((-100 -100, 100 -100, 0 0, 100 100, -100 100, 0 0, -100 -100))" ) ); } };
  g << Geval { "4", "dubbele-punten", "duplicate points", []( Werk &w ) {
    w.zetGeometrie( 2, rond( w.laag(), 2, "POLYGON((-100 -100, -100 -100, 100 -100, 100 -100, 100 100, -100 100, -100 100, -100 -100))" ) ); } };
  g << Geval { "4", "leeg-geometrie", "an empty geometry", []( Werk &w ) {
    w.zetGeometrie( 0, QgsGeometry( new QgsMultiPolygon() ) ); } };
  g << Geval { "4", "geen-geometrie", "a NULL geometry", []( Werk &w ) { w.zetGeometrie( 1, QgsGeometry() ); } };
  g << Geval { "4", "punten", "points where polygons are expected", []( Werk &w ) {
    w.kopieer( w.laag()->fields(), []( QgsFeature &f, int ) { f.setGeometry( f.geometry().pointOnSurface() ); }, QStringLiteral( "Point" ) ); } };
  g << Geval { "4", "lijnen", "lines where polygons are expected", []( Werk &w ) {
    w.kopieer( w.laag()->fields(), []( QgsFeature &f, int ) {
      const QgsGeometry g = f.geometry();
      f.setGeometry( QgsGeometry( g.constGet()->boundary() ) ); }, QStringLiteral( "MultiLineString" ) ); } };
  g << Geval { "4", "gemengd", "a point among the polygons (mixed geometries, issue #16)", []( Werk &w ) {
    w.laag(); // the copy is written as a GeoPackage; then GDAL puts a point into its polygon layer
    w.naInvoer = [&w]( const QString & ) {
      GDALDatasetH ds = GDALOpenEx( w.laagPad().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
      QVERIFY( ds );
      OGRLayerH layer = GDALDatasetGetLayer( ds, 0 );
      OGR_L_ResetReading( layer );
      OGRFeatureH feature = nullptr;
      for ( int i = 0; i < 4; ++i )
      {
        if ( feature )
          OGR_F_Destroy( feature );
        feature = OGR_L_GetNextFeature( layer );
      }
      QVERIFY( feature );
      OGRGeometryH point = OGR_G_CreateGeometry( wkbPoint );
      OGR_G_Centroid( OGR_F_GetGeometryRef( feature ), point );
      OGR_F_SetGeometryDirectly( feature, point );
      CPLPushErrorHandler( CPLQuietErrorHandler ); // "a geometry of type POINT is inserted into a MULTIPOLYGON layer"
      const OGRErr written = OGR_L_SetFeature( layer, feature );
      CPLPopErrorHandler();
      OGR_F_Destroy( feature );
      GDALClose( ds );
      QCOMPARE( written, OGRERR_NONE );
    }; } };
  g << Geval { "4", "leeg-deel", "multi-part with an empty part", []( Werk &w ) {
    QgsGeometry g = w.laag()->getFeature( w.featureId( 0 ) ).geometry();
    auto *multi = new QgsMultiPolygon();
    for ( const QgsGeometry &part : g.asGeometryCollection() )
      multi->addGeometry( part.constGet()->clone() );
    multi->addGeometry( new QgsPolygon() );
    w.zetGeometrie( 0, QgsGeometry( multi ) ); } };

  // 5. coordinate reference systems
  g << Geval { "5", "geen-crs", "layer without CRS", []( Werk &w ) { w.laag()->setCrs( QgsCoordinateReferenceSystem() ); } };
  g << Geval { "5", "crs-verkeerd", "mislabelled CRS (RD coordinates labelled EPSG:3857)", []( Werk &w ) {
    QgsVectorLayer *l = w.laag();
    if ( l->crs().authid() != QLatin1String( "EPSG:28992" ) )
      naarCrs( l, QStringLiteral( "EPSG:28992" ) ); // the raw buurten are in WGS 84: first to RD, then the wrong label
    l->setCrs( QgsCoordinateReferenceSystem( "EPSG:3857" ) ); } };
  g << Geval { "5", "wgs84", "layer in EPSG:4326 (next to one in EPSG:28992)", []( Werk &w ) {
    naarCrs( w.laag(), QStringLiteral( "EPSG:4326" ) ); } };

  // 6. numbers
  g << Geval { "6", "nan-inf", "NaN and ±infinity in a double field", [veld]( Werk &w ) {
    w.formaat = Formaat::Geheugen; // a GeoPackage cannot hold NaN
    w.zetVeld( veld( w ), [&w]( int i ) {
      const double inf = std::numeric_limits<double>::infinity();
      const QVariant original = w.laag()->getFeature( w.featureId( i ) ).attribute( w.o.veld );
      return i % 4 == 0 ? QVariant( std::nan( "" ) ) : i % 4 == 1 ? QVariant( inf ) : i % 4 == 2 ? QVariant( -inf ) : original; } ); }, V::Eender, Geval::Veld, true };
  g << Geval { "6", "groot-klein", "very large and very small values", [veld]( Werk &w ) {
    w.zetVeld( veld( w ), []( int i ) { return QVariant( i % 2 ? 1e300 * ( i % 3 + 1 ) : 1e-300 * ( i % 5 + 1 ) ); } ); }, V::Eender, Geval::Veld, true };
  g << Geval { "6", "enorm", "1e308 in one area of the used field (issue #16)", [veld]( Werk &w ) {
    w.zetVeld( veld( w ), [&w]( int i ) { return i == 3 ? QVariant( 1e308 ) : w.laag()->getFeature( w.featureId( i ) ).attribute( w.o.veld ); } ); }, V::Eender, Geval::Veld, true };
  g << Geval { "6", "geen-variantie", "zero variance", [veld]( Werk &w ) { w.zetVeld( veld( w ), []( int ) { return QVariant( 42.0 ); } ); }, V::Eender, Geval::Veld, true };

  // 7. characters
  g << Geval { "7", "tekens", "odd characters in names (' \" ; é emoji)", []( Werk &w ) {
    QgsVectorLayer *l = w.laag();
    int index = l->fields().lookupField( QStringLiteral( "naam" ) );
    if ( index < 0 )
    {
      l->dataProvider()->addAttributes( { vkcompat::makeField( QStringLiteral( "naam" ), QMetaType::QString ) } );
      l->updateFields();
      index = l->fields().lookupField( QStringLiteral( "naam" ) );
    }
    QgsChangedAttributesMap changes;
    QgsFeature f;
    QgsFeatureIterator it = l->getFeatures();
    for ( int i = 0; it.nextFeature( f ); ++i )
      changes[f.id()][index] = QStringList { "'t Zand", "\"De Kom\"", "a;b;c", "Café Één", QString::fromUtf8( "Zon \xF0\x9F\x8C\x9E wijk" ) }.at( i % 5 );
    l->dataProvider()->changeAttributeValues( changes ); }, V::Resultaat };
  g << Geval { "7", "latin1", "a file in Latin-1 (not UTF-8) with é in names", []( Werk &w ) {
    w.formaat = Formaat::GeoJsonLatin1;
    QgsVectorLayer *l = w.laag();
    l->dataProvider()->addAttributes( { vkcompat::makeField( QStringLiteral( "omschrijving" ), QMetaType::QString ) } );
    l->updateFields();
    w.zetVeld( QStringLiteral( "omschrijving" ), []( int i ) { return QVariant( QStringLiteral( "Café nummer %1 – één" ).arg( i ) ); } ); } };
  g << Geval { "7", "pad-tekens", "output path with spaces, quotes and é", []( Werk &w ) {
    for ( auto it = w.parameters.begin(); it != w.parameters.end(); ++it )
      if ( it.value().toString().contains( QStringLiteral( "/uitvoer/" ) ) )
        it.value() = it.value().toString().replace( QStringLiteral( "/uitvoer/" ), QStringLiteral( "/uit voer 'é';\"x\"/" ) ); }, V::Resultaat, Geval::Uitvoer };

  // 8. outputs
  g << Geval { "8", "onschrijfbaar", "output path is unwritable", []( Werk &w ) {
    for ( auto it = w.parameters.begin(); it != w.parameters.end(); ++it )
      if ( it.value().toString().contains( QStringLiteral( "/uitvoer/" ) ) ) // a folder under a file: not even root can write there
        it.value() = it.value().toString().replace( QStringLiteral( "/uitvoer/" ), QStringLiteral( "/invoer/blokkade.txt/" ) );
    w.naInvoer = []( const QString &folder ) {
      QFile blok( folder + QStringLiteral( "/invoer/blokkade.txt" ) );
      QVERIFY( blok.open( QIODevice::WriteOnly ) );
      blok.write( "geen map" );
    }; }, V::Melding, Geval::Uitvoer };
  g << Geval { "8", "bestaat", "output exists already", []( Werk &w ) {
    w.naInvoer = [&w]( const QString & ) {
      for ( const QVariant &v : std::as_const( w.parameters ) )
      {
        const QString path = v.toString();
        if ( !path.contains( QStringLiteral( "/uitvoer/" ) ) )
          continue;
        QDir().mkpath( QFileInfo( path ).absolutePath() );
        if ( path.endsWith( QLatin1String( ".gpkg" ) ) )
          QVERIFY( QFile::copy( w.laagPad(), path ) );
        else if ( QFileInfo( path ).suffix().isEmpty() )
          QDir().mkpath( path );
        else
        {
          QFile f( path );
          QVERIFY( f.open( QIODevice::WriteOnly ) );
          f.write( "oud" );
        }
      }
    }; }, V::Resultaat, Geval::Uitvoer };
  g << Geval { "8", "is-invoer", "output equals an input", []( Werk &w ) {
    bool any = false;
    for ( auto it = w.parameters.begin(); it != w.parameters.end(); ++it )
      if ( it.value().toString().contains( QStringLiteral( "/uitvoer/" ) ) && it.value().toString().endsWith( QLatin1String( ".gpkg" ) ) )
      {
        it.value() = QStringLiteral( "@INVOER@" ); // replaced by the input's path once it is written
        any = true;
      }
    if ( !any )
      w.schuldigen << QStringLiteral( "-" ); }, V::Melding, Geval::Uitvoer };
  return g;
}

QByteArray checksum( const QString &path )
{
  QFile f( path );
  if ( !f.open( QIODevice::ReadOnly ) )
    return QByteArray();
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  hash.addData( &f );
  return hash.result().toHex();
}

std::map<QString, QByteArray> checksums( const QString &folder )
{
  std::map<QString, QByteArray> sums;
  QDirIterator it( folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories );
  while ( it.hasNext() )
  {
    const QString path = it.next();
    sums[path] = checksum( path );
  }
  return sums;
}

//! The files that differ between two checksum runs, for the failure message.
QString veranderd( const std::map<QString, QByteArray> &voor, const std::map<QString, QByteArray> &na )
{
  QStringList namen;
  for ( const auto &[path, sum] : voor )
    if ( na.count( path ) == 0 || na.at( path ) != sum )
      namen << QFileInfo( path ).fileName();
  for ( const auto &[path, sum] : na )
    if ( voor.count( path ) == 0 )
      namen << QFileInfo( path ).fileName() + QStringLiteral( " (new)" );
  return QStringLiteral( "input files changed: " ) + namen.join( QLatin1String( ", " ) );
}

//! What a run gave, for the table.
struct Uitkomst
{
  QString geval;
  QString algoritme;
  bool resultaat = false;
  QString melding;
};

//! A message with the run's folders taken out, to compare and to show.
QString algemeen( QString message, const QString &folder )
{
  message.replace( folder, QStringLiteral( "…" ) );
  return message.simplified();
}

} // namespace

class TestRobuustheid : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void vijandigeInvoer_data();
    void vijandigeInvoer();
    void annuleren_data();
    void annuleren();
    void opdrachtregel_data();
    void opdrachtregel();
    void betrouwbaarheidstabel();

  private:
    QList<Opstelling> opstellingen() const;
    Opstelling opstelling( const QString &algoritme ) const;
    void controleerUitvoer( const QVariantMap &results, const Opstelling &o, int invoerGebieden, const QString &melding );

    QTemporaryDir mDir { QDir::tempPath() + QStringLiteral( "/veerkracht robuust é-XXXXXX" ) };
    Basis mBasis;
    QList<Uitkomst> mUitkomsten;
    QMap<QString, QString> mAnnuleren; //!< algorithm → what canceling gave
};

void TestRobuustheid::initTestCase()
{
  QVERIFY( mDir.isValid() );
  mDir.setAutoRemove( !qEnvironmentVariableIsSet( "VEERKRACHT_KEEP" ) ); // to look at the files of a failing case
  const QDir basis( mDir.filePath( QStringLiteral( "basis" ) ) );
  QVERIFY( QDir().mkpath( basis.path() ) );
  QgsProcessingFeedback feedback;
  Voorbeeld voorbeeld;
  try
  {
    voorbeeld = Voorbeeld::maak( basis.path(), &feedback, QStringList() ); // made once: nothing earlier to keep
  }
  catch ( QgsProcessingException &e )
  {
    QFAIL( qPrintable( e.what() ) );
  }
  mBasis.voorbereid = voorbeeld.voorbereid;
  mBasis.kaarten = voorbeeld.kaarten;

  // The raw buurten and a KWB table as GeoPackages (the cases write their changed copies).
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  QString message;
  QgsVectorLayer ruw( sData + QStringLiteral( "buurten_2019.geojson" ), QStringLiteral( "buurten" ), QStringLiteral( "ogr" ) );
  mBasis.ruw = basis.filePath( QStringLiteral( "ruw.gpkg" ) );
  options.layerName = QStringLiteral( "buurten" );
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &ruw, mBasis.ruw, QgsCoordinateTransformContext(), options, &message ), QgsVectorFileWriter::NoError );

  QgsVectorLayer kwb( QStringLiteral( "file://%1?delimiter=,&geomType=none" ).arg( sData + QStringLiteral( "kwb_2023.csv" ) ), QStringLiteral( "kwb" ), QStringLiteral( "delimitedtext" ) );
  QVERIFY( kwb.isValid() );
  mBasis.tabel = basis.filePath( QStringLiteral( "kwb.gpkg" ) );
  options.layerName = QStringLiteral( "kwb" );
  options.attributes = { kwb.fields().lookupField( "gwb_code_10" ), kwb.fields().lookupField( "regio" ), kwb.fields().lookupField( "a_inw" ),
                         kwb.fields().lookupField( "a_hh" ), kwb.fields().lookupField( "p_wcorpw" ) };
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &kwb, mBasis.tabel, QgsCoordinateTransformContext(), options, &message ), QgsVectorFileWriter::NoError );
  options.attributes.clear();

  // Four target zones over the sample's extent, for harmoniseer.
  QgsVectorLayer kaarten( mBasis.voorbereid, QStringLiteral( "v" ), QStringLiteral( "ogr" ) );
  const QgsRectangle e = kaarten.extent();
  QgsVectorLayer doelen( QStringLiteral( "Polygon?crs=EPSG:28992&field=code:string" ), QStringLiteral( "doelen" ), QStringLiteral( "memory" ) );
  QgsFeatureList zones;
  const double w = e.width() / 2 + 1, h = e.height() / 2 + 1;
  for ( int i = 0; i < 4; ++i )
  {
    QgsFeature f( doelen.fields() );
    f.setAttributes( QgsAttributes() << QStringLiteral( "Z%1" ).arg( i ) );
    f.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" )
                                         .arg( e.xMinimum() - 1 + ( i % 2 ) * w, 0, 'f', 3 ).arg( e.yMinimum() - 1 + ( i / 2 ) * h, 0, 'f', 3 )
                                         .arg( e.xMinimum() - 1 + ( i % 2 + 1 ) * w, 0, 'f', 3 ).arg( e.yMinimum() - 1 + ( i / 2 + 1 ) * h, 0, 'f', 3 ) ) );
    zones << f;
  }
  doelen.dataProvider()->addFeatures( zones );
  mBasis.doelen = basis.filePath( QStringLiteral( "doelen.gpkg" ) );
  options.layerName = QStringLiteral( "doelen" );
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &doelen, mBasis.doelen, QgsCoordinateTransformContext(), options, &message ), QgsVectorFileWriter::NoError );

  // The long run: the sample forty times over, side by side, as forty gemeenten.
  QgsVectorLayer groot( QStringLiteral( "MultiPolygon?crs=EPSG:28992" ), QStringLiteral( "groot" ), QStringLiteral( "memory" ) );
  groot.dataProvider()->addAttributes( kaarten.fields().toList() );
  groot.updateFields();
  const int code = kaarten.fields().lookupField( QStringLiteral( "statcode" ) );
  QVERIFY( code >= 0 );
  QgsFeatureList kopieen;
  for ( int c = 0; c < 40; ++c )
  {
    QgsFeature f;
    QgsFeatureIterator it = kaarten.getFeatures();
    while ( it.nextFeature( f ) )
    {
      QgsFeature g( groot.fields() );
      QgsAttributes attributes = f.attributes();
      attributes[code] = QStringLiteral( "BU%1%2" ).arg( 1000 + c ).arg( f.attribute( code ).toString().right( 4 ) );
      const int fid = kaarten.fields().lookupField( QStringLiteral( "fid" ) );
      if ( fid >= 0 )
        attributes[fid] = QVariant(); // the GeoPackage numbers the copies
      g.setAttributes( attributes );
      QgsGeometry geometry = f.geometry();
      geometry.translate( ( c % 8 ) * ( e.width() + 500 ), ( c / 8 ) * ( e.height() + 500 ) );
      g.setGeometry( geometry );
      kopieen << g;
    }
  }
  groot.dataProvider()->addFeatures( kopieen );
  mBasis.grootVoorbereid = basis.filePath( QStringLiteral( "groot.gpkg" ) );
  options.layerName = QStringLiteral( "groot" );
  QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( &groot, mBasis.grootVoorbereid, QgsCoordinateTransformContext(), options, &message ), QgsVectorFileWriter::NoError );
  QVariantMap parameters = opstelling( QStringLiteral( "veerkrachtkaarten" ) ).parameters;
  parameters.insert( QStringLiteral( "INPUT" ), mBasis.grootVoorbereid );
  mBasis.grootKaarten = basis.filePath( QStringLiteral( "groot_kaarten.gpkg" ) );
  parameters.insert( QStringLiteral( "OUTPUT" ), mBasis.grootKaarten );
  {
    QgsProcessingContext context;
    context.setProject( QgsProject::instance() );
    QString error;
    QVERIFY2( !runAlgorithm( QStringLiteral( "veerkracht:veerkrachtkaarten" ), parameters, context, &error ).isEmpty(), qPrintable( error ) );
  }

  // QGIS 3.22 keeps the update-mode (WAL) dataset it stored the styles with open until the file is
  // opened again, and then closes it, which rewrites the header. Open each file once here, so that
  // the checksums taken before a case see the files as they stay.
  QDirIterator it( basis.path(), { QStringLiteral( "*.gpkg" ) }, QDir::Files );
  while ( it.hasNext() )
  {
    const QgsVectorLayer settle( it.next(), QStringLiteral( "settle" ), QStringLiteral( "ogr" ) );
    QVERIFY( settle.isValid() );
  }
}

QList<Opstelling> TestRobuustheid::opstellingen() const
{
  const QString v = mBasis.voorbereid, k = mBasis.kaarten;
  QList<Opstelling> o;
  Opstelling prepareer { "prepareer", { { "INPUT", mBasis.ruw }, { "TABLES", QStringList { mBasis.tabel } }, { "FIELDS", "a_inw,a_hh,p_wcorpw" } }, "a_inw", "FIELDS" };
  prepareer.veldLaag = QStringLiteral( "TABLES" );
  prepareer.tweedeLaag = QStringLiteral( "TABLES" );
  o << prepareer;
  Opstelling harmoniseer { "harmoniseer", { { "INPUT", v }, { "TARGET", mBasis.doelen }, { "EXTENSIVE_FIELDS", QStringList { "a_inw_2023" } }, { "INTENSIVE_FIELDS", QStringList { "p_wcorpw_2023" } } },
                           "a_inw_2023", "EXTENSIVE_FIELDS" };
  harmoniseer.tweedeLaag = QStringLiteral( "TARGET" );
  harmoniseer.behoudtGebieden = false;
  o << harmoniseer;
  o << Opstelling { "kwetsbaarheid", { { "INPUT", v }, { "INDICATORS_T0", QStringList { "n_pp_w_assitance_2021", "Number.of.1.person.household_2021" } },
                    { "INDICATORS_T1", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } }, { "DENOMINATORS_T0", "Number.of.inhabitants_2021,Number.of.households_2021" },
                    { "DENOMINATORS_T1", "a_inw_2023,a_hh_2023" } }, "a_soz_wb_2023", "INDICATORS_T1" };
  o << Opstelling { "overlast", { { "INPUT", v }, { "INDICATORS_T0", QStringList { "onv_2020" } }, { "INDICATORS_T1", QStringList { "onv_2024" } } }, "onv_2024", "INDICATORS_T1" };
  o << Opstelling { "ontwikkeling", { { "INPUT", k } }, "k_t1", "K_T1" };
  o << Opstelling { "signaleringskaart", { { "INPUT", k } }, "delta_k", "DELTA_K" };
  o << Opstelling { "focuskaart", { { "INPUT", k } }, "o_t1", "O_T1" };
  o << Opstelling { "ervarenoverlast", { { "INPUT", v }, { "E_T1", "onv_2024" }, { "E_T0", "onv_2020" } }, "onv_2024", "E_T1" };
  o << Opstelling { "clusters", { { "INPUT", k }, { "PERMUTATIONS", 99 } }, "score", "FIELD" };
  o << Opstelling { "corporatiebezit", { { "INPUT", v }, { "SHARE_FIELD", "p_wcorpw_2023" } }, "p_wcorpw_2023", "SHARE_FIELD" };
  o << Opstelling { "veerkrachtscore", { { "INPUT", k } }, "delta_k", "K_FIELD" };
  o << Opstelling { "veerkrachtkaarten", { { "INPUT", v }, { "K_T0", QStringList { "n_pp_w_assitance_2021", "Number.of.1.person.household_2021" } },
                    { "K_T1", QStringList { "a_soz_wb_2023", "a_1p_hh_2023" } }, { "K_DENOMINATORS_T0", "Number.of.inhabitants_2021,Number.of.households_2021" },
                    { "K_DENOMINATORS_T1", "a_inw_2023,a_hh_2023" }, { "O_T0", QStringList { "onv_2020" } }, { "O_T1", QStringList { "onv_2024" } },
                    { "INHABITANTS_FIELD", "a_inw_2023" }, { "CORP_SHARE_FIELD", "p_wcorpw_2023" } }, "onv_2024", "O_T1" };
  o << Opstelling { "strategie", { { "INPUT", k } }, "sign_abs_klasse", QString() };
  o << Opstelling { "buurtprofiel", { { "INPUT", k }, { "AREAS", "BU03440731,BU03440111" }, { "INHABITANTS_FIELD", "a_inw_2023" } }, "a_inw_2023", "INHABITANTS_FIELD" };
  o << Opstelling { "stijl", { { "INPUT", k }, { "MAP", 7 } }, "sign_abs_klasse", QString() };
  o << Opstelling { "kaartenset", { { "INPUT", k }, { "MAPS", QVariantList { 7 } }, { "DPI", 36 } }, "sign_abs_klasse", QString() };
  o << Opstelling { "webatlas", { { "INPUT", k }, { "INHABITANTS_FIELD", "a_inw_2023" } }, "a_inw_2023", "INHABITANTS_FIELD" };
  for ( Opstelling &e : o )
    if ( e.algoritme == QLatin1String( "buurtprofiel" ) || e.algoritme == QLatin1String( "stijl" ) || e.algoritme == QLatin1String( "kaartenset" ) || e.algoritme == QLatin1String( "webatlas" ) )
      e.behoudtGebieden = false; // no area layer out
  return o;
}

Opstelling TestRobuustheid::opstelling( const QString &algoritme ) const
{
  for ( const Opstelling &o : opstellingen() )
    if ( o.algoritme == algoritme )
      return o;
  return Opstelling();
}

void TestRobuustheid::vijandigeInvoer_data()
{
  QTest::addColumn<int>( "geval" );
  QTest::addColumn<QString>( "algoritme" );
  const QList<Geval> g = gevallen();
  for ( int i = 0; i < g.size(); ++i )
    for ( const Opstelling &o : opstellingen() )
      QTest::newRow( qPrintable( QStringLiteral( "%1 %2 × %3" ).arg( g[i].klasse, g[i].id, o.algoritme ) ) ) << i << o.algoritme;
}

void TestRobuustheid::vijandigeInvoer()
{
  QFETCH( int, geval );
  QFETCH( QString, algoritme );
  const Geval g = gevallen().at( geval );
  const Opstelling o = opstelling( algoritme );
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:" ) + algoritme ) );
  QVERIFY( alg );

  const QString folder = mDir.filePath( QStringLiteral( "%1 %2" ).arg( g.id, algoritme ) );
  QVERIFY( QDir().mkpath( folder + QStringLiteral( "/invoer" ) ) );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  // As the desktop runs it with QGIS's default settings: stop at an invalid geometry (issue #21).
  context.setInvalidGeometryCheck( vkcompat::GeometryAbortOnInvalid );
  Werk w( o, g.alleenMetVeld && !o.veldLaag.isEmpty() ? o.veldLaag : o.laagParameter, context );

  // Destinations in uitvoer/, inputs copied into invoer/ (so each case has its own files to check).
  for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
  {
    const QString name = p->name() == QLatin1String( "OUTPUT" ) ? QStringLiteral( "resultaat.gpkg" )
                         : p->name() == QLatin1String( "GAL_OUTPUT" ) ? QStringLiteral( "buren.gal" )
                         : p->name() == QLatin1String( "OUTPUT_STYLE" ) ? QStringLiteral( "stijl.qml" )
                         : p->name().toLower();
    w.parameters.insert( p->name(), QStringLiteral( "%1/uitvoer/%2" ).arg( folder, name ) );
  }
  const auto copyInput = [&]( const QString &path ) {
    const QString copy = QStringLiteral( "%1/invoer/%2" ).arg( folder, QFileInfo( path ).fileName() );
    if ( !QFile::exists( copy ) )
      QFile::copy( path, copy );
    return copy;
  };
  for ( auto it = w.parameters.begin(); it != w.parameters.end(); ++it )
  {
    if ( it.value().userType() == QMetaType::QStringList )
    {
      QStringList list = it.value().toStringList();
      for ( QString &s : list )
        if ( s.startsWith( mDir.path() + QStringLiteral( "/basis/" ) ) )
          s = copyInput( s );
      it.value() = list;
    }
    else if ( it.value().toString().startsWith( mDir.path() + QStringLiteral( "/basis/" ) ) )
      it.value() = copyInput( it.value().toString() );
  }

  if ( g.alleenMetVeld && o.veld.isEmpty() )
    QSKIP( "this algorithm reads no numeric field" );
  g.maak( w );
  if ( QTest::currentTestFailed() )
    return;
  if ( w.schuldigen.contains( QStringLiteral( "-" ) ) )
    QSKIP( "this algorithm writes no GeoPackage" );

  // The changed layer replaces the copy of the case's layer.
  QString laagPad = w.laagPad();
  if ( w.veranderd() )
  {
    std::unique_ptr<QgsVectorLayer> l = w.neemLaag();
    QString nieuw;
    if ( w.formaat == Formaat::Geheugen )
    {
      nieuw = l->id();
      context.temporaryLayerStore()->addMapLayer( l.release() );
    }
    else
    {
      QFile::remove( laagPad );
      QgsVectorFileWriter::SaveVectorOptions options;
      options.driverName = w.formaat == Formaat::GeoPackage ? QStringLiteral( "GPKG" ) : QStringLiteral( "GeoJSON" );
      options.layerName = QStringLiteral( "invoer" );
      options.fileEncoding = QStringLiteral( "UTF-8" );
      nieuw = QStringLiteral( "%1/invoer/invoer.%2" ).arg( folder, w.formaat == Formaat::GeoPackage ? QStringLiteral( "gpkg" ) : QStringLiteral( "geojson" ) );
      QString message;
      QCOMPARE( QgsVectorFileWriter::writeAsVectorFormatV3( l.get(), nieuw, QgsCoordinateTransformContext(), options, &message ), QgsVectorFileWriter::NoError );
      if ( w.formaat == Formaat::GeoJsonLatin1 )
      { // the same text in Latin-1: a file as an old Windows program writes it
        QFile f( nieuw );
        QVERIFY( f.open( QIODevice::ReadOnly ) );
        const QString text = QString::fromUtf8( f.readAll() );
        f.close();
        QVERIFY( f.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
        f.write( text.toLatin1() );
      }
    }
    const QVariant v = w.parameters.value( w.doel );
    if ( v.userType() == QMetaType::QStringList )
    {
      QStringList list = v.toStringList();
      list[0] = nieuw;
      w.parameters.insert( w.doel, list );
    }
    else
      w.parameters.insert( w.doel, nieuw );
    laagPad = nieuw;
  }
  for ( auto it = w.parameters.begin(); it != w.parameters.end(); ++it )
    if ( it.value().toString() == QLatin1String( "@INVOER@" ) )
      it.value() = laagPad;
  if ( w.naInvoer )
    w.naInvoer( folder );
  int invoerGebieden = -1; // the areas of the algorithm's main layer, as the run reads them
  {
    const QVariant v = w.parameters.value( o.laagParameter );
    const QString bron = v.userType() == QMetaType::QStringList ? v.toStringList().value( 0 ) : v.toString();
    if ( QgsVectorLayer *l = qobject_cast<QgsVectorLayer *>( context.getMapLayer( bron ) ) )
      invoerGebieden = static_cast<int>( l->featureCount() );
    else
      invoerGebieden = static_cast<int>( QgsVectorLayer( bron, QStringLiteral( "l" ), QStringLiteral( "ogr" ) ).featureCount() );
  }
  if ( QTest::currentTestFailed() )
    return;

  const std::map<QString, QByteArray> voor = checksums( folder + QStringLiteral( "/invoer" ) );
  QMap<QString, bool> bestond;
  for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
    bestond.insert( p->name(), QFileInfo::exists( w.parameters.value( p->name() ).toString() ) );

  QString melding;
  const QVariantMap results = runAlgorithm( QStringLiteral( "veerkracht:" ) + algoritme, w.parameters, context, &melding );
  const bool resultaat = !results.isEmpty();

  // Inputs byte for byte unchanged, none removed, none added.
  const std::map<QString, QByteArray> na = checksums( folder + QStringLiteral( "/invoer" ) );
  QVERIFY2( voor == na, qPrintable( veranderd( voor, na ) ) );

  mUitkomsten << Uitkomst { g.klasse + QStringLiteral( " " ) + g.id, algoritme, resultaat, algemeen( melding, folder ) };
  if ( resultaat )
  {
    QVERIFY2( g.verwacht != Verwacht::Melding, "expected a refusal, got a result" );
    controleerUitvoer( results, o, invoerGebieden, melding );
    return;
  }

  // A refusal: it names the parameter or field, and leaves no output behind.
  QVERIFY2( g.verwacht != Verwacht::Resultaat, qPrintable( QStringLiteral( "expected a result, got: %1" ).arg( melding ) ) );
  QVERIFY2( !melding.isEmpty(), "failed without a message" );
  QStringList namen = w.schuldigen;
  switch ( g.schuldige )
  {
    case Geval::Veld:
      namen << o.veld << o.veldParameter;
      break;
    case Geval::Uitvoer:
      for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
        namen << p->name();
      break;
    case Geval::Laag: // the layer, or what the change left short: any parameter or field it reads
      for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
        namen << p->name();
      break;
  }
  namen << w.doel << o.tweedeLaag;
  namen.removeAll( QString() );
  const bool genoemd = std::any_of( namen.cbegin(), namen.cend(), [&]( const QString &n ) { return melding.contains( n ); } );
  QVERIFY2( genoemd, qPrintable( QStringLiteral( "the message names none of %1: %2" ).arg( namen.join( ", " ), melding ) ) );
  for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
  {
    const QString path = w.parameters.value( p->name() ).toString();
    if ( bestond.value( p->name() ) || path == laagPad )
      continue;
    const QFileInfo info( path );
    QVERIFY2( !info.exists() || ( info.isDir() && QDir( path ).isEmpty() ), qPrintable( QStringLiteral( "a failed run left %1" ).arg( path ) ) );
  }
}

void TestRobuustheid::controleerUitvoer( const QVariantMap &results, const Opstelling &o, int invoerGebieden, const QString &melding )
{
  Q_UNUSED( melding )
  const veerkracht::MissingValues missing;
  for ( auto it = results.cbegin(); it != results.cend(); ++it )
  {
    const QString path = it.value().toString();
    if ( !path.section( '|', 0, 0 ).endsWith( QLatin1String( ".gpkg" ) ) )
    {
      if ( it.key().startsWith( QLatin1String( "OUTPUT" ) ) && !path.isEmpty() && QFileInfo( path ).isDir() )
        QVERIFY2( !QDir( path ).isEmpty(), qPrintable( it.key() + QStringLiteral( " is empty" ) ) );
      continue;
    }
    QgsVectorLayer l( path, QStringLiteral( "uit" ), QStringLiteral( "ogr" ) );
    QVERIFY2( l.isValid(), qPrintable( path ) );
    if ( it.key() == QLatin1String( "OUTPUT" ) && o.behoudtGebieden && invoerGebieden >= 0 )
      QCOMPARE( static_cast<int>( l.featureCount() ), invoerGebieden );
    QgsFeature f;
    QgsFeatureIterator features = l.getFeatures();
    while ( features.nextFeature( f ) )
    {
      for ( int i = 0; i < l.fields().count(); ++i )
      {
        if ( !l.fields().at( i ).isNumeric() || f.attribute( i ).isNull() )
          continue;
        const double value = f.attribute( i ).toDouble();
        QVERIFY2( !missing.isMissingNumber( value ), qPrintable( QStringLiteral( "%1 = %2 written as a number" ).arg( l.fields().at( i ).name() ).arg( value ) ) );
      }
    }
  }
}

void TestRobuustheid::annuleren_data()
{
  QTest::addColumn<QString>( "algoritme" );
  QTest::addColumn<double>( "bij" );
  for ( const Opstelling &o : opstellingen() )
    for ( double bij : { 10.0, 50.0, 90.0 } )
      QTest::newRow( qPrintable( QStringLiteral( "9 %1 × %2" ).arg( bij ).arg( o.algoritme ) ) ) << o.algoritme << bij;
}

namespace {

//! Cancels once the progress reaches a share; remembers what came after.
class AnnuleerBij : public QgsProcessingFeedback
{
  public:
    explicit AnnuleerBij( double bij )
      : mBij( bij )
    {
      QObject::connect( this, &QgsFeedback::progressChanged, [this]( double progress ) {
        if ( isCanceled() )
          naAnnuleren = std::max( naAnnuleren, progress );
        else if ( progress >= mBij )
        {
          klok.start();
          cancel();
        }
      } );
    }
    QElapsedTimer klok;
    double naAnnuleren = -1; //!< the highest progress reported after the cancel

  private:
    double mBij;
};

} // namespace

void TestRobuustheid::annuleren()
{
  QFETCH( QString, algoritme );
  QFETCH( double, bij );
  Opstelling o = opstelling( algoritme );
  const QString folder = mDir.filePath( QStringLiteral( "annuleren %1 %2" ).arg( algoritme ).arg( bij ) );
  QVERIFY( QDir().mkpath( folder ) );

  // The long run: the sample forty times over, every map, every area, every permutation.
  for ( auto it = o.parameters.begin(); it != o.parameters.end(); ++it )
  {
    if ( it.value().toString() == mBasis.voorbereid || it.value().toString() == mBasis.ruw )
      it.value() = mBasis.grootVoorbereid;
    else if ( it.value().toString() == mBasis.kaarten )
      it.value() = mBasis.grootKaarten;
  }
  if ( algoritme == QLatin1String( "buurtprofiel" ) )
    o.parameters.insert( QStringLiteral( "AREAS" ), QStringLiteral( "GM1000" ) ); // one gemeente: a page takes a while
  else
    o.parameters.remove( QStringLiteral( "AREAS" ) );
  o.parameters.remove( QStringLiteral( "MAPS" ) );
  o.parameters.insert( QStringLiteral( "PERMUTATIONS" ), 999 );
  if ( algoritme == QLatin1String( "prepareer" ) )
  {
    // The Utrecht table matches none of the forty copies (a table that matches no area is an
    // error): the copies' own fields are the table.
    o.parameters.insert( QStringLiteral( "TABLES" ), QStringList { mBasis.grootVoorbereid } );
    o.parameters.insert( QStringLiteral( "TABLE_SUFFIXES" ), QStringLiteral( "_tabel" ) );
    o.parameters.remove( QStringLiteral( "FIELDS" ) );
  }
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:" ) + algoritme ) );
  QStringList uitvoer;
  for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
  {
    const QString path = QStringLiteral( "%1/%2%3" ).arg( folder, p->name().toLower(),
                         p->name() == QLatin1String( "OUTPUT" ) ? QStringLiteral( ".gpkg" ) : p->name() == QLatin1String( "GAL_OUTPUT" ) ? QStringLiteral( ".gal" )
                         : p->name() == QLatin1String( "OUTPUT_STYLE" ) ? QStringLiteral( ".qml" ) : QString() );
    o.parameters.insert( p->name(), path );
    uitvoer << path;
  }
  const std::map<QString, QByteArray> voor = checksums( mDir.filePath( QStringLiteral( "basis" ) ) );

  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  AnnuleerBij feedback( bij );
  QString melding;
  const QVariantMap results = runAlgorithm( QStringLiteral( "veerkracht:" ) + algoritme, o.parameters, context, &melding, &feedback );
  const qint64 ms = feedback.isCanceled() ? feedback.klok.elapsed() : -1;
  const std::map<QString, QByteArray> na = checksums( mDir.filePath( QStringLiteral( "basis" ) ) );
  QVERIFY2( na == voor, qPrintable( veranderd( voor, na ) ) );

  QString uitkomst;
  if ( !feedback.isCanceled() )
  {
    QVERIFY2( !results.isEmpty(), qPrintable( melding ) );
    uitkomst = QStringLiteral( "klaar" );
  }
  else
  {
    for ( const QString &path : std::as_const( uitvoer ) )
    {
      const QFileInfo info( path );
      QVERIFY2( !info.exists() || ( info.isDir() && QDir( path ).isEmpty() ), qPrintable( QStringLiteral( "a canceled run left %1" ).arg( path ) ) );
    }
    QVERIFY2( feedback.naAnnuleren < 100, "the run went on to 100 % after the cancel" );
    uitkomst = QStringLiteral( "gestopt" );
    qInfo().noquote() << algoritme << "canceled at" << bij << "% stopped after" << ms << "ms";
  }
  mAnnuleren.insert( QStringLiteral( "%1 %2" ).arg( algoritme ).arg( bij ), uitkomst );
}

void TestRobuustheid::opdrachtregel_data()
{
  QTest::addColumn<QString>( "algoritme" );
  QTest::addColumn<QString>( "geval" );
  for ( const Opstelling &o : opstellingen() )
    for ( const QString geval : { "onbekend", "geen-waarde", "lijst", "bestaat-niet" } )
      QTest::newRow( qPrintable( QStringLiteral( "10 %1 × %2" ).arg( geval, o.algoritme ) ) ) << o.algoritme << geval;
}

void TestRobuustheid::opdrachtregel()
{
  QFETCH( QString, algoritme );
  QFETCH( QString, geval );
  const Opstelling o = opstelling( algoritme );
  const QString folder = mDir.filePath( QStringLiteral( "cli %1 %2" ).arg( algoritme, geval ) );
  QVERIFY( QDir().mkpath( folder ) );
  QStringList arguments { QStringLiteral( "--json" ), QStringLiteral( "run" ), QStringLiteral( "veerkracht:" ) + algoritme, QStringLiteral( "--" ) };
  for ( auto it = o.parameters.cbegin(); it != o.parameters.cend(); ++it )
  {
    if ( it.key() == QLatin1String( "INPUT" ) )
      continue;
    const QStringList values = it.value().userType() == QMetaType::QStringList || it.value().userType() == QMetaType::QVariantList ? it.value().toStringList() : QStringList { it.value().toString() };
    for ( const QString &value : values )
      arguments << QStringLiteral( "%1=%2" ).arg( it.key(), value );
  }
  const QString input = o.parameters.value( QStringLiteral( "INPUT" ) ).toString();
  QString genoemd = QStringLiteral( "INPUT" );
  if ( geval == QLatin1String( "onbekend" ) )
  {
    arguments << QStringLiteral( "INPUT=" ) + input << QStringLiteral( "INPUTT=" ) + input;
    genoemd = QStringLiteral( "INPUTT" );
  }
  else if ( geval == QLatin1String( "geen-waarde" ) )
    arguments << QStringLiteral( "INPUT" );
  else if ( geval == QLatin1String( "lijst" ) )
    arguments << QStringLiteral( "INPUT=" ) + input << QStringLiteral( "INPUT=" ) + input;
  else
    arguments << QStringLiteral( "INPUT=%1/bestaat niet.gpkg" ).arg( folder );
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "veerkracht:" ) + algoritme ) );
  for ( const QgsProcessingParameterDefinition *p : alg->destinationParameterDefinitions() )
    arguments << QStringLiteral( "%1=%2/%3" ).arg( p->name(), folder, p->name().toLower() );

  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove( QStringLiteral( "QGIS_PREFIX_PATH" ) );
  const ProcessRun r = runProcess( QStringLiteral( VEERKRACHT_CLI ), arguments, env, 120000 );
  QVERIFY2( r.exitCode == 2, qPrintable( QStringLiteral( "exit code %1: %2" ).arg( r.exitCode ).arg( r.err ) ) );
  QVERIFY2( r.err.contains( genoemd ), qPrintable( r.err ) );
  const QJsonObject json = QJsonDocument::fromJson( r.out.toUtf8() ).object();
  QCOMPARE( json.value( QStringLiteral( "exit_code" ) ).toInt(), 2 );
  QVERIFY( QDir( folder ).isEmpty() );
  mUitkomsten << Uitkomst { QStringLiteral( "10 " ) + geval, algoritme, false, algemeen( json.value( QStringLiteral( "error" ) ).toString(), folder ) };
}

void TestRobuustheid::betrouwbaarheidstabel()
{
  const QList<Geval> g = gevallen();
  const QList<Opstelling> alle = opstellingen();
  // Only a whole run writes the table (a run of some rows would shorten it).
  if ( !QTest::currentDataTag() && mUitkomsten.size() < g.size() * alle.size() / 2 )
    QSKIP( "the table is written by a run of the whole suite" );

  QStringList meldingen; // numbered in the order they first appear
  QMap<QString, QString> cel;
  for ( const Uitkomst &u : std::as_const( mUitkomsten ) )
  {
    QString text = QStringLiteral( "✓" );
    if ( !u.resultaat )
    {
      if ( !meldingen.contains( u.melding ) )
        meldingen << u.melding;
      text = QStringLiteral( "M%1" ).arg( meldingen.indexOf( u.melding ) + 1 );
    }
    cel.insert( u.geval + QStringLiteral( "|" ) + u.algoritme, text );
  }

  QString md;
  md += QStringLiteral( "# Reliability: hostile inputs\n\n"
                        "<!-- Generated by tests/test_robuustheid.cpp; do not edit. Rewrite it with\n"
                        "     VEERKRACHT_UPDATE_DOCS=1 ctest --test-dir build -R robuustheid -->\n\n"
                        "Every `veerkracht:*` algorithm is run against every class of hostile input of issue #9, on\n"
                        "the embedded Utrecht sample. A run must give a correct result or refuse with a message that\n"
                        "names the parameter or field and what was expected; it must never crash, write a CBS sentinel,\n"
                        "NaN or infinity as a number, change an input file, or leave an output behind that looks\n"
                        "complete. The suite checks all of that on every cell below; the same suite runs under\n"
                        "AddressSanitizer and UndefinedBehaviorSanitizer (`cmake --preset asan`, docs/fuzzing.md).\n\n"
                        "✓ a result (checked: one row per area, no sentinel or NaN, inputs unchanged) · "
                        "M*n* refused with message *n* (listed below the table) · – not applicable (the algorithm reads\n"
                        "no numeric field, or writes no GeoPackage)\n\n" );
  md += QStringLiteral( "| class | case |" );
  QString line = QStringLiteral( "|---|---|" );
  for ( const Opstelling &o : alle )
  {
    md += QStringLiteral( " %1 |" ).arg( o.algoritme );
    line += QStringLiteral( "---|" );
  }
  md += QStringLiteral( "\n" ) + line + QStringLiteral( "\n" );
  QList<QPair<QString, QString>> rijen;
  for ( const Geval &e : g )
    rijen << qMakePair( e.klasse + QStringLiteral( " " ) + e.id, e.omschrijving );
  rijen << qMakePair( QStringLiteral( "10 onbekend" ), QStringLiteral( "CLI: unknown parameter" ) )
        << qMakePair( QStringLiteral( "10 geen-waarde" ), QStringLiteral( "CLI: parameter without a value" ) )
        << qMakePair( QStringLiteral( "10 lijst" ), QStringLiteral( "CLI: a list where one value is expected" ) )
        << qMakePair( QStringLiteral( "10 bestaat-niet" ), QStringLiteral( "CLI: a file that does not exist" ) );
  for ( const auto &rij : std::as_const( rijen ) )
  {
    md += QStringLiteral( "| %1 | %2 |" ).arg( rij.first.section( ' ', 0, 0 ), rij.second.toHtmlEscaped().replace( '|', QStringLiteral( "\\|" ) ) );
    for ( const Opstelling &o : alle )
      md += QStringLiteral( " %1 |" ).arg( cel.value( rij.first + QStringLiteral( "|" ) + o.algoritme, QStringLiteral( "–" ) ) );
    md += QStringLiteral( "\n" );
  }
  md += QStringLiteral( "\n## 9. Canceling a long run\n\nThe sample forty times over (4,440 areas; every map, area and gemeente; 999 permutations),\n"
                        "canceled when the progress reaches 10 %, 50 % and 90 %. *gestopt*: the run stopped, reported no\n"
                        "further progress to 100 % and left no output; *klaar*: it finished before reaching that share\n"
                        "(its output is complete). How long stopping takes is measured by `bench/annuleren.sh`.\n\n"
                        "| algorithm | 10 % | 50 % | 90 % |\n|---|---|---|---|\n" );
  for ( const Opstelling &o : alle )
    md += QStringLiteral( "| %1 | %2 | %3 | %4 |\n" ).arg( o.algoritme, mAnnuleren.value( o.algoritme + QStringLiteral( " 10" ), QStringLiteral( "–" ) ),
          mAnnuleren.value( o.algoritme + QStringLiteral( " 50" ), QStringLiteral( "–" ) ), mAnnuleren.value( o.algoritme + QStringLiteral( " 90" ), QStringLiteral( "–" ) ) );
  md += QStringLiteral( "\n## 10. Outputs under hostile conditions\n\n"
                        "`tests/test_uitvoer.cpp` (CTest `uitvoer`) runs the command line as a user would, for real:\n"
                        "an output that is an input spelled otherwise (`./`, an absolute path, `../`, no extension, a\n"
                        "symbolic or hard link), an output that is a folder, two outputs or a rule table or target and\n"
                        "an output on one file — each refused before any work, naming both parameters, the input\n"
                        "unchanged; a full disk (a 100 kB tmpfs, as root) for a GeoPackage and a style file — the run\n"
                        "fails naming the output, and the earlier file is all that remains; a second run on an output\n"
                        "that a long run is writing — refused at once; SIGTERM to that long run — it cancels, exits 1,\n"
                        "and leaves the earlier output byte for byte. Layers are written under a temporary name beside\n"
                        "the output and renamed when complete and checked (features in the file = features written).\n"
                        "A map set or buurt profiles killed (SIGKILL) or stopped (SIGTERM) half-way leave the earlier set\n"
                        "byte for byte, and a first set nothing: pages are written into a hidden staging folder and moved\n"
                        "into place when all are there, with `veerkracht-manifest.json` written last as the sign that the\n"
                        "set is complete. A named pipe as an input is refused at once (GDAL would wait for ever); a file\n"
                        "name longer than the file system takes (less SQLite's journal for a GeoPackage) and a Shapefile\n"
                        "that would cut field names to 10 characters are refused naming OUTPUT; a name that is not valid\n"
                        "UTF-8 is refused by the CLI instead of being written as U+FFFD.\n"
                        "\n## 11. Tables and numbers as they are downloaded\n\n"
                        "`tests/test_prepareer.cpp` (CTest `prepareer`): in a `;`-separated (Dutch) table a column of whole\n"
                        "numbers with thousands points (`1.810`) is read as 1810, in a `,`-separated one it is refused as\n"
                        "ambiguous until DECIMAL_SEPARATOR says which; `1e308`, NaN and ±infinity are refused naming field\n"
                        "and row; a column with one text cell is left out and named with its row and value in the log and\n"
                        "in DROPPED_FIELDS; a CBS spreadsheet with title rows above its header, and a CBS OData JSON file,\n"
                        "give the same values as the CSV (one page of a paged OData table is refused); a table that matches\n"
                        "no area is an error; swapped latitude/longitude and points among the areas are refused; empty\n"
                        "cells count in NULLED_VALUES; text fields are carried with TEXT_FIELDS. `veerkracht:harmoniseer`\n"
                        "measures overlaps in RD New whatever the layers' CRS (`tests/test_harmoniseer.cpp`: the same counts\n"
                        "with the buurten in WGS 84 and in RD New, to 1e-9).\n" );
  md += QStringLiteral( "\n## Messages\n\n" );
  for ( int i = 0; i < meldingen.size(); ++i )
    md += QStringLiteral( "%1. M%1 — %2\n" ).arg( i + 1 ).arg( QString( meldingen[i] ).replace( '\n', ' ' ) );

  QFile generated( QDir( QCoreApplication::applicationDirPath() ).filePath( QStringLiteral( "reliability.md" ) ) );
  QVERIFY( generated.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  generated.write( md.toUtf8() );
  generated.close();
  const QString docs = QStringLiteral( VEERKRACHT_SOURCE_DIR "/docs/reliability.md" );
  if ( qEnvironmentVariableIsSet( "VEERKRACHT_UPDATE_DOCS" ) )
  {
    QFile f( docs );
    QVERIFY( f.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
    f.write( md.toUtf8() );
    return;
  }
  QFile committed( docs );
  QVERIFY2( committed.open( QIODevice::ReadOnly ), "docs/reliability.md is missing: run the suite with VEERKRACHT_UPDATE_DOCS=1" );
  QVERIFY2( QString::fromUtf8( committed.readAll() ) == md,
            qPrintable( QStringLiteral( "docs/reliability.md is out of date (the new table is %1): run the suite with VEERKRACHT_UPDATE_DOCS=1" ).arg( generated.fileName() ) ) );
}

VEERKRACHT_QGIS_TEST_MAIN( TestRobuustheid )
#include "test_robuustheid.moc"
