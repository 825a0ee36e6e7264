// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/prepareeralgorithm.h"
#include "model/areacode.h"
#include "model/coordinates.h"
#include "support/jointable.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/tabelbronnen.h"
#include "support/veerkracht_compat.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>


#include <algorithm>
#include <cmath>
#include <memory>

namespace {

QString extentText( const QgsRectangle &r )
{
  return QStringLiteral( "%1, %2 – %3, %4" ).arg( r.xMinimum(), 0, 'g', 8 ).arg( r.yMinimum(), 0, 'g', 8 ).arg( r.xMaximum(), 0, 'g', 8 ).arg( r.yMaximum(), 0, 'g', 8 );
}

} // namespace

QgsCoordinateReferenceSystem PrepareerAlgorithm::areaCrs( const QgsFeatureSource &areas, const QgsCoordinateReferenceSystem &assigned,
    QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsCoordinateReferenceSystem declared = areas.sourceCrs();
  // A GeoPackage written without a CRS carries GDAL's placeholder ("Undefined geographic SRS",
  // srs_id 0, or "Undefined Cartesian SRS", -1): that says nothing about the coordinates.
  if ( declared.isValid() && declared.authid().isEmpty() && declared.description().startsWith( QLatin1String( "Undefined " ), Qt::CaseInsensitive ) )
    declared = QgsCoordinateReferenceSystem();
  const QgsRectangle extent = areas.sourceExtent();
  const veerkracht::Extent numbers { extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum() };
  const QgsCoordinateReferenceSystem rd( QStringLiteral( "EPSG:28992" ) );

  // Latitude as x and longitude as y: read as WGS 84 that is the sea off Somalia.
  if ( veerkracht::guessCrs( numbers ) == veerkracht::LikelyCrs::LatLonSwapped
       && ( !assigned.isValid() || assigned.isGeographic() ) && ( !declared.isValid() || declared.isGeographic() ) )
    throw QgsProcessingException( tr( "INPUT: its coordinates (%1) are latitude/longitude with the axes swapped: x holds the latitudes of the Netherlands "
                                      "and y its longitudes, which in %2 lie off Somalia. Expected x = longitude, y = latitude: swap the X and Y "
                                      "coordinates of the layer first, or export it again with longitude first." )
                                  .arg( extentText( extent ), assigned.isValid() ? assigned.authid() : declared.isValid() ? declared.authid() : QStringLiteral( "EPSG:4326" ) ) );

  if ( assigned.isValid() )
  {
    if ( declared.isValid() && declared != assigned )
      feedback->pushWarning( tr( "INPUT says its CRS is %1; its coordinates are taken to be in %2 (INPUT_CRS)." ).arg( declared.authid(), assigned.authid() ) );
    return assigned;
  }
  if ( !declared.isValid() )
  {
    switch ( veerkracht::guessCrs( numbers ) )
    {
      case veerkracht::LikelyCrs::LonLat:
        feedback->pushWarning( tr( "INPUT has no CRS; its coordinates (%1) are longitude/latitude, taken as EPSG:4326. Set INPUT_CRS if that is wrong." ).arg( extentText( extent ) ) );
        return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
      case veerkracht::LikelyCrs::RdNew:
        feedback->pushWarning( tr( "INPUT has no CRS; its coordinates (%1) are RD New, taken as EPSG:28992. Set INPUT_CRS if that is wrong." ).arg( extentText( extent ) ) );
        return rd;
      case veerkracht::LikelyCrs::LatLonSwapped:
      case veerkracht::LikelyCrs::Unknown:
        break;
    }
    throw QgsProcessingException( tr( "INPUT_CRS: the area layer has no CRS and its coordinates (%1) are neither longitude/latitude nor RD New; expected INPUT_CRS to say which CRS they are in." )
                                  .arg( extentText( extent ) ) );
  }

  // A wrong label: the numbers are RD New, but read in the declared CRS they fall outside the Netherlands.
  if ( declared != rd && veerkracht::guessCrs( numbers ) == veerkracht::LikelyCrs::RdNew )
  {
    try
    {
      const QgsRectangle inRd = QgsCoordinateTransform( declared, rd, context.transformContext() ).transformBoundingBox( extent );
      if ( !veerkracht::within( { inRd.xMinimum(), inRd.yMinimum(), inRd.xMaximum(), inRd.yMaximum() }, veerkracht::RD_BOUNDS ) )
        feedback->pushWarning( tr( "INPUT says its CRS is %1, but its coordinates (%2) look like RD New and would lie outside the Netherlands in %1. "
                                   "If the layer is mislabelled, set INPUT_CRS to EPSG:28992." ).arg( declared.authid(), extentText( extent ) ) );
    }
    catch ( QgsCsException & )
    {
      feedback->pushWarning( tr( "INPUT says its CRS is %1, but its coordinates (%2) cannot be transformed from it; set INPUT_CRS if the layer is mislabelled." ).arg( declared.authid(), extentText( extent ) ) );
    }
  }
  return declared;
}

QString PrepareerAlgorithm::name() const
{
  return QStringLiteral( "prepareer" );
}

QString PrepareerAlgorithm::displayName() const
{
  return tr( "Prepare input data" );
}

QStringList PrepareerAlgorithm::tags() const
{
  return tr( "join,table,cbs,kwb,kerncijfers,leefbaarometer,buurt,buurtcode,pivot,voorbereiden,gegevens" ).split( QLatin1Char( ',' ) );
}

QString PrepareerAlgorithm::group() const
{
  return tr( "Data" );
}

QString PrepareerAlgorithm::groupId() const
{
  return QStringLiteral( "data" );
}

QString PrepareerAlgorithm::shortDescription() const
{
  return tr( "Joins CBS, Leefbaarometer and own tables onto the buurten by area code, as one clean layer in RD New." );
}

QString PrepareerAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Joins one or more attribute tables (CSV, XLSX, GeoPackage or any layer's attribute table) onto an "
             "area layer by area code, and writes one clean layer in RD New (EPSG:28992) for the veerkracht model.\n\n"
             "<b>Codes</b> are compared trimmed and in upper case; a number without prefix (3440111, as a spreadsheet "
             "leaves it) becomes a buurt code (BU03440111) with a warning. Duplicate codes in a table are an error.\n\n"
             "<b>Numbers</b> written as text are converted with the table's own decimal convention (1.9 or 1,9; "
             "detected, or set with DECIMAL_SEPARATOR). Every missing-value marker — empty, '.', 'NA', the CBS "
             "sentinels -99999999 … -99999995, -99997, -99998, -99995 and any in MISSING_VALUES — becomes NULL, never 0.\n\n"
             "<b>Long tables</b> such as the Leefbaarometer (one row per code and year) are pivoted when they have the "
             "YEAR_FIELD (default 'jaar'): 'onv' of 2020 becomes 'onv_2020'. YEARS keeps only the listed years.\n\n"
             "<b>Fields</b>: by default every numeric-looking field of every table; FIELDS names the ones to take. "
             "When two tables have a field of the same name (two KWB years), give TABLE_SUFFIXES, e.g. '_2021,_2023'. "
             "TABLE_CODE_FIELDS names each table's code field in the order of TABLES; leave an entry empty to detect "
             "it (gwb_code, bu_code, statcode, …).\n\n"
             "<b>Coordinates</b> are transformed to TARGET_CRS (default RD New). A layer without CRS is read as "
             "longitude/latitude or RD New by its coordinates; a layer whose CRS is wrong (RD coordinates labelled "
             "otherwise) is reported; INPUT_CRS overrides what the layer says.\n\n"
             "<b>Tables as downloaded</b>: a CBS OData JSON file ({\"value\": […]}) is read as a table; title rows above a "
             "spreadsheet's header are found and skipped. In a ';'-separated (Dutch) table, a column of whole numbers such "
             "as 1.810 is read with thousands points (1810); in other tables such a column is refused as ambiguous until "
             "DECIMAL_SEPARATOR says which it is. A value above 10^15 or NaN is refused with its field and row. A field with "
             "a value that is no number is not taken unless named in FIELDS: the log and DROPPED_FIELDS say which and why. "
             "TEXT_FIELDS carries text fields such as wijkcode (for GROUP_FIELD) as they are.\n\n"
             "A table that matches no area at all is an error. Only polygons are taken: a point or line among the areas is an error "
             "that names it. Swapped latitude/longitude is detected and refused.\n\n"
             "Invalid polygons are repaired and counted. The output keeps the area layer's fields, with a 'naam' "
             "field taken from the tables when the area layer has no name. The log lists matches per table, codes "
             "without an area, areas without a match and the values that became NULL. Inputs are never modified." ) );
}

PrepareerAlgorithm *PrepareerAlgorithm::createInstance() const
{
  return new PrepareerAlgorithm();
}

void PrepareerAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Area layer (buurten)" ),
                QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CODE_FIELD" ), tr( "Area code field (empty: detect)" ), QVariant(),
                QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NAME_FIELD" ), tr( "Area name field (empty: detect, or take from the tables)" ), QVariant(),
                QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterMultipleLayers( QStringLiteral( "TABLES" ), tr( "Tables to join (CSV, XLSX, GeoPackage, layers)" ),
                vkcompat::SourceAnyVector ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TABLE_CODE_FIELDS" ), tr( "Code field per table, comma-separated in the order of the tables (empty: detect)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TABLE_SUFFIXES" ), tr( "Suffix per table for its field names, comma-separated (e.g. _2021,_2023)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "FIELDS" ), tr( "Fields to take, comma-separated (empty: all numeric-looking fields)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TEXT_FIELDS" ), tr( "Text fields to carry as they are, comma-separated (e.g. wijkcode)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "YEAR_FIELD" ), tr( "Year field of long tables (pivoted to one field per year)" ),
                QStringLiteral( "jaar" ), false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "YEARS" ), tr( "Years to keep from long tables, comma-separated (empty: all)" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "DECIMAL_SEPARATOR" ), tr( "Decimal separator of text numbers" ),
                QStringList() << tr( "Detect per table" ) << tr( "Point (1.9)" ) << tr( "Comma (1,9)" ), false, 0 ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "MISSING_VALUES" ), tr( "Extra missing-value markers, comma-separated" ),
                QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterCrs( QStringLiteral( "INPUT_CRS" ), tr( "CRS of the area layer's coordinates (empty: as the layer says; set it when that is missing or wrong)" ),
                QVariant(), true ) );
  // Optional with its default: QGIS's check refuses a missing CRS even when it has a default
  // (processing.run without TARGET_CRS).
  addParameter( new QgsProcessingParameterCrs( QStringLiteral( "TARGET_CRS" ), tr( "Output CRS" ), QStringLiteral( "EPSG:28992" ), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Prepared areas" ), vkcompat::SourcePolygon ) );

  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "AREA_COUNT" ), tr( "Areas written" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "JOINED_FIELDS" ), tr( "Fields joined" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "UNMATCHED_AREAS" ), tr( "Areas without a row in any table" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "NULLED_VALUES" ), tr( "Values turned into NULL (missing-value markers and empty cells)" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "DROPPED_FIELDS" ), tr( "Fields not taken because a value is no number (table:field, comma-separated)" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "REPAIRED_GEOMETRIES" ), tr( "Invalid polygons repaired" ) ) );
}

bool PrepareerAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  std::vector<std::unique_ptr<QgsVectorLayer>> odata;
  QVariantMap checked = parameters;
  if ( checked.contains( QStringLiteral( "TABLES" ) ) )
    checked.insert( QStringLiteral( "TABLES" ), veerkracht::withODataTables( checked.value( QStringLiteral( "TABLES" ) ), odata ) );
  return VeerkrachtAlgorithm::checkParameterValues( checked, context, message );
}

QVariantMap PrepareerAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !areas )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QgsFields areaFields = areas->fields();

  QString codeField = parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context );
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( *areas );
  const int codeIndex = areaFields.lookupField( codeField );
  if ( codeIndex < 0 && !codeField.isEmpty() )
    throw QgsProcessingException( tr( "CODE_FIELD: the area layer has no field '%1'; its fields are: %2." ).arg( codeField, veerkracht::listFirst( areaFields.names(), 20 ) ) );
  if ( codeIndex < 0 )
    throw QgsProcessingException( tr( "CODE_FIELD: the area layer has no area code field; expected one of %1 or a text field of CBS codes (BU…, WK…, GM…), or choose it in CODE_FIELD." )
                                  .arg( JoinTable::codeFieldCandidates().join( QStringLiteral( ", " ) ) ) );
  QString nameField = parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context );
  if ( nameField.isEmpty() )
    nameField = JoinTable::findField( areaFields, JoinTable::nameFieldCandidates() );
  if ( nameField.compare( areaFields.at( codeIndex ).name(), Qt::CaseInsensitive ) == 0 )
    nameField.clear();

  // Tables: every entry must open; a path that does not would otherwise be silently left out.
  // A CBS OData JSON file is read here (GDAL does not know it).
  const QVariant rawTables = parameters.value( QStringLiteral( "TABLES" ) );
  const QVariantList tableEntries = rawTables.userType() == QMetaType::QVariantList || rawTables.userType() == QMetaType::QStringList
                                    ? rawTables.toList() : QVariantList { rawTables };
  std::vector<std::unique_ptr<QgsVectorLayer>> ownTables;
  QList<QgsMapLayer *> layers;
  const bool allPaths = std::all_of( tableEntries.begin(), tableEntries.end(), []( const QVariant &v ) { return v.userType() == QMetaType::QString; } );
  if ( allPaths )
  {
    for ( const QVariant &entry : tableEntries )
    {
      const QString text = entry.toString();
      if ( text.isEmpty() )
        continue;
      if ( std::unique_ptr<QgsVectorLayer> odata = veerkracht::openODataTable( text, QStringLiteral( "TABLES" ) ) )
      {
        feedback->pushInfo( tr( "'%1' is a CBS OData table: %2 rows, %3 fields." ).arg( text ).arg( odata->featureCount() ).arg( odata->fields().count() ) );
        layers << odata.get();
        ownTables.push_back( std::move( odata ) );
        continue;
      }
      QgsMapLayer *layer = QgsProcessingUtils::mapLayerFromString( text, context );
      if ( !layer )
        throw QgsProcessingException( tr( "TABLES: cannot open '%1'; expected a table readable by GDAL/OGR (CSV, XLSX, GeoPackage, …), a CBS OData JSON file or a loaded layer." ).arg( text ) );
      layers << layer;
    }
  }
  else
  {
    layers = parameterAsLayerList( parameters, QStringLiteral( "TABLES" ), context );
  }
  if ( layers.isEmpty() )
    throw QgsProcessingException( tr( "TABLES: no table given; expected at least one table to join." ) );

  const QStringList codeFields = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "TABLE_CODE_FIELDS" ), context ) );
  const QStringList suffixes = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "TABLE_SUFFIXES" ), context ) );
  if ( codeFields.size() > layers.size() )
    throw QgsProcessingException( tr( "TABLE_CODE_FIELDS names %1 code fields for %2 tables; expected at most one per table, in the order of TABLES." ).arg( codeFields.size() ).arg( layers.size() ) );
  if ( suffixes.size() > layers.size() )
    throw QgsProcessingException( tr( "TABLE_SUFFIXES gives %1 suffixes for %2 tables; expected at most one per table, in the order of TABLES." ).arg( suffixes.size() ).arg( layers.size() ) );

  JoinTable::Options common;
  common.yearField = parameterAsString( parameters, QStringLiteral( "YEAR_FIELD" ), context ).trimmed();
  common.wantedFields = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "FIELDS" ), context ) );
  common.wantedFields.removeAll( QString() );
  common.textFields = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "TEXT_FIELDS" ), context ) );
  common.textFields.removeAll( QString() );
  for ( const QString &year : veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "YEARS" ), context ) ) )
  {
    bool ok = false;
    const int y = year.toInt( &ok );
    if ( !ok )
      throw QgsProcessingException( tr( "YEARS: '%1' is not a year; expected whole years separated by commas, e.g. 2020,2024." ).arg( year ) );
    common.years.insert( y );
  }
  common.decimal = static_cast<JoinTable::Decimal>( parameterAsEnum( parameters, QStringLiteral( "DECIMAL_SEPARATOR" ), context ) );
  for ( const QString &marker : veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "MISSING_VALUES" ), context ) ) )
    common.missing.addMarker( marker.toStdString() );

  QgsCoordinateReferenceSystem targetCrs = parameterAsCrs( parameters, QStringLiteral( "TARGET_CRS" ), context );
  if ( !targetCrs.isValid() )
  {
    const QVariant given = parameters.value( QStringLiteral( "TARGET_CRS" ) );
    if ( given.userType() == QMetaType::QString && !given.toString().trimmed().isEmpty() )
      throw QgsProcessingException( tr( "TARGET_CRS: not a valid coordinate reference system; expected e.g. EPSG:28992." ) );
    targetCrs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ); // not given: RD New, the default
  }


  // Read the tables.
  std::vector<std::unique_ptr<JoinTable>> tables;
  std::vector<QgsFields> tableFields;
  for ( int t = 0; t < layers.size(); ++t )
  {
    QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( layers.at( t ) );
    if ( !layer )
      throw QgsProcessingException( tr( "TABLES: '%1' is not a table or vector layer." ).arg( layers.at( t )->name() ) );
    JoinTable::Options options = common;
    options.codeField = t < codeFields.size() ? codeFields.at( t ) : QString();
    options.suffix = t < suffixes.size() ? suffixes.at( t ) : QString();
    options.delimiter = veerkracht::tableDelimiter( *layer );
    // A text field the area layer has already (gm_naam in buurten and KWB) is kept from there.
    if ( options.suffix.isEmpty() )
      for ( const QString &name : common.textFields )
        if ( areaFields.lookupField( name ) >= 0 )
          options.textFields.removeAll( name );
    feedback->pushInfo( tr( "Reading table '%1'…" ).arg( layer->name() ) );
    // CBS spreadsheets have a title, the source and blank rows above the header.
    if ( options.codeField.isEmpty() && JoinTable::detectCodeField( *layer ).isEmpty() )
    {
      if ( std::unique_ptr<QgsVectorLayer> headed = veerkracht::withHeaderRow( *layer, feedback ) )
      {
        layer = headed.get();
        ownTables.push_back( std::move( headed ) );
      }
    }
    tableFields.push_back( layer->fields() );
    tables.push_back( std::make_unique<JoinTable>( *layer, layer->name(), options, feedback ) );
    if ( feedback->isCanceled() )
      return QVariantMap();
    feedback->setProgress( 40.0 * ( t + 1 ) / layers.size() );
  }
  for ( const auto &[parameter, names] : { std::pair { QStringLiteral( "FIELDS" ), common.wantedFields }, std::pair { QStringLiteral( "TEXT_FIELDS" ), common.textFields } } )
  {
    for ( const QString &wanted : names )
    {
      bool found = false;
      for ( const QgsFields &fields : tableFields )
        found = found || fields.lookupField( wanted ) >= 0;
      if ( parameter == QLatin1String( "TEXT_FIELDS" ) && areaFields.lookupField( wanted ) >= 0 )
        found = true; // the area layer's fields are kept anyway
      if ( !found )
        throw QgsProcessingException( tr( "%1: no table has a field '%2'; expected a field name of one of the tables." ).arg( parameter, wanted ) );
    }
  }

  // Output fields: the area layer's (its code as text), a name from the tables when it lacks one, the joined ones.
  QgsFields outFields;
  for ( int i = 0; i < areaFields.count(); ++i )
    outFields.append( i == codeIndex ? vkcompat::makeField( areaFields.at( i ).name(), QMetaType::QString ) : areaFields.at( i ) );
  const bool nameFromTables = nameField.isEmpty()
                              && std::any_of( tables.begin(), tables.end(), []( const auto &table ) { return table->hasNames(); } );
  if ( nameFromTables )
  {
    if ( areaFields.lookupField( QStringLiteral( "naam" ) ) >= 0 )
      throw QgsProcessingException( tr( "NAME_FIELD: the area layer has a field 'naam' that is not its name; choose the name field in NAME_FIELD." ) );
    outFields.append( vkcompat::makeField( QStringLiteral( "naam" ), QMetaType::QString ) );
  }
  QMap<QString, QString> fieldOrigin; // lower-case name -> table
  for ( const QgsField &f : outFields )
    fieldOrigin.insert( f.name().toLower(), tr( "the area layer" ) );
  int joinedFields = 0;
  for ( const auto &table : tables )
  {
    for ( const JoinTable::Column &column : table->columns() )
    {
      const QString key = column.name.toLower();
      if ( fieldOrigin.contains( key ) )
        throw QgsProcessingException( tr( "TABLE_SUFFIXES: the field '%1' of table '%2' already comes from %3; expected a suffix per table, e.g. '_2021,_2023', or fewer FIELDS." )
                                      .arg( column.name, table->tableName(), fieldOrigin.value( key ) ) );
      fieldOrigin.insert( key, QStringLiteral( "'%1'" ).arg( table->tableName() ) );
      outFields.append( vkcompat::makeField( column.name, column.integer ? QMetaType::LongLong : QMetaType::Double ) );
      ++joinedFields;
    }
    for ( const QString &name : table->textColumns() )
    {
      const QString key = name.toLower();
      if ( fieldOrigin.contains( key ) )
        throw QgsProcessingException( tr( "TEXT_FIELDS: the field '%1' of table '%2' already comes from %3; expected it once (the area layer's fields are kept), or a suffix per table in TABLE_SUFFIXES." )
                                      .arg( name, table->tableName(), fieldOrigin.value( key ) ) );
      fieldOrigin.insert( key, QStringLiteral( "'%1'" ).arg( table->tableName() ) );
      outFields.append( vkcompat::makeField( name, QMetaType::QString ) );
      ++joinedFields;
    }
  }

  // Read the areas: their codes must be unique.
  std::vector<QgsFeature> areaFeatures;
  std::map<std::string, int> codeCount;
  QStringList duplicateCodes;
  int prefixedAreaCodes = 0;
  int areasWithoutCode = 0;
  std::vector<std::string> areaCodes;
  {
    QgsFeature f;
    // Invalid polygons are repaired below, whatever the user's "invalid features filtering".
    QgsFeatureIterator it = areas->getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
    while ( it.nextFeature( f ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      const veerkracht::NormalisedCode code = veerkracht::normaliseAreaCode(
          vkcompat::isNull( f.attribute( codeIndex ) ) ? std::string() : f.attribute( codeIndex ).toString().toStdString() );
      if ( code.empty )
        ++areasWithoutCode;
      else if ( ++codeCount[code.code] == 2 )
        duplicateCodes << QString::fromStdString( code.code );
      prefixedAreaCodes += code.prefixAdded ? 1 : 0;
      areaCodes.push_back( code.code );
      areaFeatures.push_back( f );
    }
  }
  if ( !duplicateCodes.isEmpty() )
    throw QgsProcessingException( tr( "CODE_FIELD: the area layer has duplicate codes in '%1': %2. Expected one polygon per area code; dissolve the parts first." )
                                  .arg( areaFields.at( codeIndex ).name(), veerkracht::listFirst( duplicateCodes ) ) );
  if ( areasWithoutCode )
    feedback->pushWarning( tr( "%n area(s) have no code in '%1'; they are kept without joined values.", nullptr, static_cast<int>( areasWithoutCode ) ).arg( areaFields.at( codeIndex ).name() ) );
  if ( prefixedAreaCodes )
    feedback->pushWarning( tr( "%n area code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).", nullptr, static_cast<int>( prefixedAreaCodes ) ) );

  // Per-table report.
  int nulled = 0;
  QStringList dropped;
  for ( const auto &table : tables )
  {
    int matched = 0;
    for ( const std::string &code : areaCodes )
      matched += ( !code.empty() && table->valuesFor( code ) ) ? 1 : 0;
    QStringList withoutArea;
    for ( const std::string &code : table->codes() )
      if ( !codeCount.count( code ) )
        withoutArea << QString::fromStdString( code );
    const QString summary = tr( "Table '%1' (code field '%2', decimal %3%4): %5 of %6 areas matched, %7 field(s) joined." )
                        .arg( table->tableName(), table->codeField(),
                              table->decimalSeparator() == veerkracht::DecimalSeparator::Comma ? tr( "comma" ) : tr( "point" ),
                              table->isPivoted() ? tr( ", one field per year" ) : QString() )
                        .arg( matched ).arg( areaCodes.size() ).arg( table->columns().size() );
    if ( matched == 0 && !areaCodes.empty() )
    {
      QStringList tableCodes;
      for ( const std::string &code : table->codes() )
        tableCodes << QString::fromStdString( code );
      QStringList inputCodes;
      for ( const std::string &code : areaCodes )
        if ( !code.empty() && inputCodes.size() < 3 )
          inputCodes << QString::fromStdString( code );
      throw QgsProcessingException( tr( "TABLE_CODE_FIELDS: no code in '%1' of table '%2' is an area code of INPUT (the table has %3, INPUT has %4); "
                                        "expected the table's area codes in TABLE_CODE_FIELDS and INPUT's in CODE_FIELD, of the same level and year." )
                                    .arg( table->codeField(), table->tableName(), veerkracht::listFirst( tableCodes, 3 ), inputCodes.join( QLatin1String( ", " ) ) ) );
    }
    feedback->pushInfo( summary );
    for ( const JoinTable::DroppedField &d : table->droppedFields() )
    {
      dropped << QStringLiteral( "%1:%2" ).arg( table->tableName(), d.name );
      const QString why = tr( "  '%1': field '%2' is not taken: row %3 holds '%4', which is no number (%5 of its %6 values are numbers). "
                              "Name it in FIELDS to be told each such value, or in TEXT_FIELDS to carry it as text." )
                          .arg( table->tableName(), d.name ).arg( d.row ).arg( d.value.trimmed().left( 60 ) ).arg( d.numbers ).arg( d.values );
      // A column of numbers with a stray text is a loss to report; a column of names is not.
      if ( d.numbers > 0 )
        feedback->pushWarning( why );
      else
        feedback->pushInfo( why );
    }
    if ( !table->thousandsFields().isEmpty() )
      feedback->pushInfo( tr( "  '%1' is ';'-separated (Dutch): the points in %2 were read as thousands separators (1.810 = 1810); set DECIMAL_SEPARATOR to 'Point (1.9)' if they are decimals." )
                          .arg( table->tableName(), veerkracht::listFirst( table->thousandsFields() ) ) );
    if ( !withoutArea.isEmpty() )
      feedback->pushInfo( tr( "  %n code(s) in '%1' have no area: %2", nullptr, static_cast<int>( withoutArea.size() ) ).arg( table->tableName(), veerkracht::listFirst( withoutArea ) ) );
    if ( table->prefixedCodes() )
      feedback->pushWarning( tr( "  '%1': %n code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).", nullptr, static_cast<int>( table->prefixedCodes() ) ).arg( table->tableName() ) );
    if ( table->nulledMarkers() || table->emptyCells() )
      feedback->pushInfo( tr( "  '%1': %2 value(s) were missing-value markers ('.', 'NA', CBS sentinels) and %3 cell(s) were empty; all are NULL." )
                          .arg( table->tableName() ).arg( table->nulledMarkers() ).arg( table->emptyCells() ) );
    nulled += table->nulledMarkers() + table->emptyCells();
  }

  const QgsCoordinateReferenceSystem sourceCrs = areaCrs( *areas, parameterAsCrs( parameters, QStringLiteral( "INPUT_CRS" ), context ), context, feedback );
  const QgsCoordinateTransform transform( sourceCrs, targetCrs, context.transformContext() );

  veerkracht::GuardedSink sink( *this, parameters, QStringLiteral( "OUTPUT" ), context, outFields, vkcompat::WkbMultiPolygon, targetCrs, QgsFeatureSink::RegeneratePrimaryKey );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT" ) ) );

  int repaired = 0;
  int withoutGeometry = 0;
  QStringList notPolygons;
  int unmatched = 0;
  QStringList unmatchedCodes;
  const double step = areaFeatures.empty() ? 0 : 60.0 / areaFeatures.size();
  for ( std::size_t i = 0; i < areaFeatures.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const QgsFeature &in = areaFeatures[i];
    const std::string &code = areaCodes[i];
    QString label = code.empty() ? tr( "feature %1" ).arg( in.id() ) : QString::fromStdString( code );

    QgsGeometry geometry = in.geometry();
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      ++withoutGeometry;
      geometry = QgsGeometry();
    }
    else if ( geometry.type() != vkcompat::GeometryPolygon )
    {
      notPolygons << QStringLiteral( "%1 (%2)" ).arg( label, QgsWkbTypes::displayString( geometry.wkbType() ) );
      continue;
    }
    else
    {
      if ( !geometry.isGeosValid() )
      {
        geometry = geometry.makeValid();
        if ( geometry.type() != vkcompat::GeometryPolygon )
          geometry.convertGeometryCollectionToSubclass( vkcompat::GeometryPolygon );
        ++repaired;
        feedback->pushInfo( tr( "Repaired the invalid polygon of %1." ).arg( label ) );
      }
      if ( transform.isValid() )
      {
        try
        {
          geometry.transform( transform );
        }
        catch ( QgsCsException &e )
        {
          throw QgsProcessingException( tr( "INPUT: the polygon of %1 cannot be transformed to %2 (%3); expected coordinates valid in the layer's CRS." )
                                        .arg( label, targetCrs.authid(), e.what() ) );
        }
      }
      geometry.convertToMultiType();
    }

    QgsAttributes attributes = in.attributes();
    attributes.resize( outFields.count() );
    attributes[codeIndex] = code.empty() ? QVariant() : QVariant( QString::fromStdString( code ) );
    int column = areaFields.count();
    if ( nameFromTables )
    {
      QString name;
      for ( const auto &table : tables )
        if ( name.isEmpty() && !code.empty() )
          name = table->nameFor( code );
      attributes[column++] = name.isEmpty() ? QVariant() : QVariant( name );
    }
    bool anyMatch = false;
    for ( const auto &table : tables )
    {
      const auto *values = code.empty() ? nullptr : table->valuesFor( code );
      anyMatch = anyMatch || values;
      for ( int c = 0; c < table->columns().size(); ++c, ++column )
      {
        const std::optional<double> v = values ? ( *values )[static_cast<std::size_t>( c )] : std::nullopt;
        if ( !v )
          attributes[column] = QVariant();
        else if ( table->columns().at( c ).integer )
          attributes[column] = QVariant( static_cast<qlonglong>( std::llround( *v ) ) );
        else
          attributes[column] = QVariant( *v );
      }
      const QStringList *texts = code.empty() ? nullptr : table->textsFor( code );
      for ( int c = 0; c < table->textColumns().size(); ++c, ++column )
        attributes[column] = texts && !texts->at( c ).isEmpty() ? QVariant( texts->at( c ) ) : QVariant();
    }
    if ( !anyMatch )
    {
      ++unmatched;
      unmatchedCodes << label;
    }

    QgsFeature out( outFields );
    out.setGeometry( geometry );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ) ) );
    feedback->setProgress( 40.0 + step * ( i + 1 ) );
  }

  if ( !notPolygons.isEmpty() )
    throw QgsProcessingException( tr( "INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or buffer points first.", nullptr, static_cast<int>( notPolygons.size() ) )
                                  .arg( veerkracht::listFirst( notPolygons ) ) );
  if ( unmatched )
    feedback->pushWarning( tr( "%n area(s) have no row in any table: %1", nullptr, static_cast<int>( unmatched ) ).arg( veerkracht::listFirst( unmatchedCodes ) ) );
  if ( repaired )
    feedback->pushWarning( tr( "%n invalid polygon(s) were repaired (make valid).", nullptr, static_cast<int>( repaired ) ) );
  if ( withoutGeometry )
    feedback->pushWarning( tr( "%n area(s) have no geometry; they are kept without one.", nullptr, static_cast<int>( withoutGeometry ) ) );
  const QString destinationId = sink.finish();
  feedback->pushInfo( tr( "Wrote %1 areas with %2 joined field(s) in %3." ).arg( areaFeatures.size() ).arg( joinedFields ).arg( targetCrs.authid() ) );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), destinationId );
  outputs.insert( QStringLiteral( "AREA_COUNT" ), static_cast<int>( areaFeatures.size() ) );
  outputs.insert( QStringLiteral( "JOINED_FIELDS" ), joinedFields );
  outputs.insert( QStringLiteral( "UNMATCHED_AREAS" ), unmatched );
  outputs.insert( QStringLiteral( "NULLED_VALUES" ), nulled );
  outputs.insert( QStringLiteral( "DROPPED_FIELDS" ), dropped.join( QLatin1Char( ',' ) ) );
  outputs.insert( QStringLiteral( "REPAIRED_GEOMETRIES" ), repaired );
  return outputs;
}
