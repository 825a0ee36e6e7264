// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/prepareeralgorithm.h"
#include "model/areacode.h"
#include "support/gebiedscrs.h"
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
#include <map>
#include <memory>
#include <optional>
#include <string>

struct PrepareerAlgorithm::TableSettings
{
  QStringList codeFields;    //!< TABLE_CODE_FIELDS: per table in the order of TABLES, empty: detect
  QStringList suffixes;      //!< TABLE_SUFFIXES: per table in the order of TABLES
  JoinTable::Options common; //!< the options of every table
};

namespace {

//! The output layer's fields: the area layer's (its code as text), a name from the tables when it lacks one, the joined ones.
struct OutputFields
{
  QgsFields fields;
  bool nameFromTables = false;
  int joinedFields = 0;
};

//! The areas as read, in the layer's order, with their normalised codes (empty: none).
struct AreaRows
{
  std::vector<QgsFeature> features;
  std::vector<std::string> codes;
  std::map<std::string, int> codeCount;
};

//! What the per-table report counted for the outputs.
struct TableReport
{
  int nulled = 0;
  QStringList dropped;
};

//! What writing the areas counted, for the log and the outputs.
struct WrittenAreas
{
  int repaired = 0;
  int withoutGeometry = 0;
  QStringList notPolygons;
  int unmatched = 0;
  QStringList unmatchedCodes;
};

//! CODE_FIELD (empty: detected) as an index of the area layer's fields.
int areaCodeIndex( const QgsFeatureSource &areas, const QgsFields &areaFields, QString codeField )
{
  if ( codeField.isEmpty() )
    codeField = JoinTable::detectCodeField( areas );
  const int codeIndex = areaFields.lookupField( codeField );
  if ( codeIndex < 0 && !codeField.isEmpty() )
    throw QgsProcessingException( PrepareerAlgorithm::tr( "CODE_FIELD: the area layer has no field '%1'; its fields are: %2." ).arg( codeField, veerkracht::listFirst( areaFields.names(), 20 ) ) );
  if ( codeIndex < 0 )
    throw QgsProcessingException( PrepareerAlgorithm::tr( "CODE_FIELD: the area layer has no area code field; expected one of %1 or a text field of CBS codes (BU…, WK…, GM…), or choose it in CODE_FIELD." )
                                  .arg( JoinTable::codeFieldCandidates().join( QStringLiteral( ", " ) ) ) );
  return codeIndex;
}

//! NAME_FIELD (empty: detected); empty when the area layer has no name other than its code.
QString areaNameField( const QgsFields &areaFields, int codeIndex, QString nameField )
{
  if ( nameField.isEmpty() )
    nameField = JoinTable::findField( areaFields, JoinTable::nameFieldCandidates() );
  if ( nameField.compare( areaFields.at( codeIndex ).name(), Qt::CaseInsensitive ) == 0 )
    nameField.clear();
  return nameField;
}

//! FIELDS and TEXT_FIELDS name fields some table has (TEXT_FIELDS also the area layer's).
void checkNamedFields( const JoinTable::Options &common, const std::vector<QgsFields> &tableFields, const QgsFields &areaFields )
{
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
        throw QgsProcessingException( PrepareerAlgorithm::tr( "%1: no table has a field '%2'; expected a field name of one of the tables." ).arg( parameter, wanted ) );
    }
  }
}

//! Reads every table into \a tables (title rows above a spreadsheet's header skipped); false when canceled.
bool readTables( const QList<QgsMapLayer *> &layers, const QStringList &codeFields, const QStringList &suffixes, const JoinTable::Options &common,
                 const QgsFields &areaFields, QgsProcessingFeedback *feedback, std::vector<std::unique_ptr<QgsVectorLayer>> &ownTables,
                 std::vector<std::unique_ptr<JoinTable>> &tables )
{
  std::vector<QgsFields> tableFields;
  for ( int t = 0; t < layers.size(); ++t )
  {
    QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( layers.at( t ) );
    if ( !layer )
      throw QgsProcessingException( PrepareerAlgorithm::tr( "TABLES: '%1' is not a table or vector layer." ).arg( layers.at( t )->name() ) );
    JoinTable::Options options = common;
    options.codeField = t < codeFields.size() ? codeFields.at( t ) : QString();
    options.suffix = t < suffixes.size() ? suffixes.at( t ) : QString();
    options.delimiter = veerkracht::tableDelimiter( *layer );
    // A text field the area layer has already (gm_naam in buurten and KWB) is kept from there.
    if ( options.suffix.isEmpty() )
      for ( const QString &name : common.textFields )
        if ( areaFields.lookupField( name ) >= 0 )
          options.textFields.removeAll( name );
    feedback->pushInfo( PrepareerAlgorithm::tr( "Reading table '%1'…" ).arg( layer->name() ) );
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
      return false;
    feedback->setProgress( 40.0 * ( t + 1 ) / layers.size() );
  }
  checkNamedFields( common, tableFields, areaFields );
  return true;
}

//! The joined fields of every table after the area layer's; a name that comes twice is an error naming both origins.
void appendJoinedFields( const std::vector<std::unique_ptr<JoinTable>> &tables, OutputFields &out )
{
  QMap<QString, QString> fieldOrigin; // lower-case name -> table
  for ( const QgsField &f : out.fields )
    fieldOrigin.insert( f.name().toLower(), PrepareerAlgorithm::tr( "the area layer" ) );
  for ( const auto &table : tables )
  {
    for ( const JoinTable::Column &column : table->columns() )
    {
      const QString key = column.name.toLower();
      if ( fieldOrigin.contains( key ) )
        throw QgsProcessingException( PrepareerAlgorithm::tr( "TABLE_SUFFIXES: the field '%1' of table '%2' already comes from %3; expected a suffix per table, e.g. '_2021,_2023', or fewer FIELDS." )
                                      .arg( column.name, table->tableName(), fieldOrigin.value( key ) ) );
      fieldOrigin.insert( key, QStringLiteral( "'%1'" ).arg( table->tableName() ) );
      out.fields.append( vkcompat::makeField( column.name, column.integer ? QMetaType::LongLong : QMetaType::Double ) );
      ++out.joinedFields;
    }
    for ( const QString &name : table->textColumns() )
    {
      const QString key = name.toLower();
      if ( fieldOrigin.contains( key ) )
        throw QgsProcessingException( PrepareerAlgorithm::tr( "TEXT_FIELDS: the field '%1' of table '%2' already comes from %3; expected it once (the area layer's fields are kept), or a suffix per table in TABLE_SUFFIXES." )
                                      .arg( name, table->tableName(), fieldOrigin.value( key ) ) );
      fieldOrigin.insert( key, QStringLiteral( "'%1'" ).arg( table->tableName() ) );
      out.fields.append( vkcompat::makeField( name, QMetaType::QString ) );
      ++out.joinedFields;
    }
  }
}

OutputFields outputFields( const QgsFields &areaFields, int codeIndex, const QString &nameField, const std::vector<std::unique_ptr<JoinTable>> &tables )
{
  OutputFields out;
  for ( int i = 0; i < areaFields.count(); ++i )
    out.fields.append( i == codeIndex ? vkcompat::makeField( areaFields.at( i ).name(), QMetaType::QString ) : areaFields.at( i ) );
  out.nameFromTables = nameField.isEmpty()
                       && std::any_of( tables.begin(), tables.end(), []( const auto &table ) { return table->hasNames(); } );
  if ( out.nameFromTables )
  {
    if ( areaFields.lookupField( QStringLiteral( "naam" ) ) >= 0 )
      throw QgsProcessingException( PrepareerAlgorithm::tr( "NAME_FIELD: the area layer has a field 'naam' that is not its name; choose the name field in NAME_FIELD." ) );
    out.fields.append( vkcompat::makeField( QStringLiteral( "naam" ), QMetaType::QString ) );
  }
  appendJoinedFields( tables, out );
  return out;
}

//! Reads the areas into \a rows: their codes must be unique; false when canceled.
bool readAreas( const QgsProcessingFeatureSource &areas, const QgsFields &areaFields, int codeIndex, QgsProcessingFeedback *feedback, AreaRows &rows )
{
  QStringList duplicateCodes;
  int prefixedAreaCodes = 0;
  int areasWithoutCode = 0;
  {
    QgsFeature f;
    // Invalid polygons are repaired below, whatever the user's "invalid features filtering".
    QgsFeatureIterator it = areas.getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
    while ( it.nextFeature( f ) )
    {
      if ( feedback->isCanceled() )
        return false;
      const veerkracht::NormalisedCode code = veerkracht::normaliseAreaCode(
          vkcompat::isNull( f.attribute( codeIndex ) ) ? std::string() : f.attribute( codeIndex ).toString().toStdString() );
      if ( code.empty )
        ++areasWithoutCode;
      else if ( ++rows.codeCount[code.code] == 2 )
        duplicateCodes << QString::fromStdString( code.code );
      prefixedAreaCodes += code.prefixAdded ? 1 : 0;
      rows.codes.push_back( code.code );
      rows.features.push_back( f );
    }
  }
  if ( !duplicateCodes.isEmpty() )
    throw QgsProcessingException( PrepareerAlgorithm::tr( "CODE_FIELD: the area layer has duplicate codes in '%1': %2. Expected one polygon per area code; dissolve the parts first." )
                                  .arg( areaFields.at( codeIndex ).name(), veerkracht::listFirst( duplicateCodes ) ) );
  if ( areasWithoutCode )
    feedback->pushWarning( PrepareerAlgorithm::tr( "%n area(s) have no code in '%1'; they are kept without joined values.", nullptr, static_cast<int>( areasWithoutCode ) ).arg( areaFields.at( codeIndex ).name() ) );
  if ( prefixedAreaCodes )
    feedback->pushWarning( PrepareerAlgorithm::tr( "%n area code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).", nullptr, static_cast<int>( prefixedAreaCodes ) ) );
  return true;
}

//! The error for a table none of whose codes is an area's: both sides' first codes, to compare.
QgsProcessingException noAreaMatched( const JoinTable &table, const std::vector<std::string> &areaCodes )
{
  QStringList tableCodes;
  for ( const std::string &code : table.codes() )
    tableCodes << QString::fromStdString( code );
  QStringList inputCodes;
  for ( const std::string &code : areaCodes )
    if ( !code.empty() && inputCodes.size() < 3 )
      inputCodes << QString::fromStdString( code );
  return QgsProcessingException( PrepareerAlgorithm::tr( "TABLE_CODE_FIELDS: no code in '%1' of table '%2' is an area code of INPUT (the table has %3, INPUT has %4); "
                                 "expected the table's area codes in TABLE_CODE_FIELDS and INPUT's in CODE_FIELD, of the same level and year." )
                                 .arg( table.codeField(), table.tableName(), veerkracht::listFirst( tableCodes, 3 ), inputCodes.join( QLatin1String( ", " ) ) ) );
}

//! The fields of \a table that are not taken, and why, into the log and \a dropped.
void reportDroppedFields( const JoinTable &table, QgsProcessingFeedback *feedback, QStringList &dropped )
{
  for ( const JoinTable::DroppedField &d : table.droppedFields() )
  {
    dropped << QStringLiteral( "%1:%2" ).arg( table.tableName(), d.name );
    const QString why = PrepareerAlgorithm::tr( "  '%1': field '%2' is not taken: row %3 holds '%4', which is no number (%5 of its %6 values are numbers). "
                        "Name it in FIELDS to be told each such value, or in TEXT_FIELDS to carry it as text." )
                        .arg( table.tableName(), d.name ).arg( d.row ).arg( d.value.trimmed().left( 60 ) ).arg( d.numbers ).arg( d.values );
    // A column of numbers with a stray text is a loss to report; a column of names is not.
    if ( d.numbers > 0 )
      feedback->pushWarning( why );
    else
      feedback->pushInfo( why );
  }
}

//! One table's report: its matches, what it left out and what became NULL; a table that matches no area is an error.
void reportTable( const JoinTable &table, const AreaRows &rows, QgsProcessingFeedback *feedback, TableReport &report )
{
  int matched = 0;
  for ( const std::string &code : rows.codes )
    matched += ( !code.empty() && table.valuesFor( code ) ) ? 1 : 0;
  QStringList withoutArea;
  for ( const std::string &code : table.codes() )
    if ( !rows.codeCount.count( code ) )
      withoutArea << QString::fromStdString( code );
  const QString summary = PrepareerAlgorithm::tr( "Table '%1' (code field '%2', decimal %3%4): %5 of %6 areas matched, %7 field(s) joined." )
                          .arg( table.tableName(), table.codeField(),
                                table.decimalSeparator() == veerkracht::DecimalSeparator::Comma ? PrepareerAlgorithm::tr( "comma" ) : PrepareerAlgorithm::tr( "point" ),
                                table.isPivoted() ? PrepareerAlgorithm::tr( ", one field per year" ) : QString() )
                          .arg( matched ).arg( rows.codes.size() ).arg( table.columns().size() );
  if ( matched == 0 && !rows.codes.empty() )
    throw noAreaMatched( table, rows.codes );
  feedback->pushInfo( summary );
  reportDroppedFields( table, feedback, report.dropped );
  if ( !table.thousandsFields().isEmpty() )
    feedback->pushInfo( PrepareerAlgorithm::tr( "  '%1' is ';'-separated (Dutch): the points in %2 were read as thousands separators (1.810 = 1810); set DECIMAL_SEPARATOR to 'Point (1.9)' if they are decimals." )
                        .arg( table.tableName(), veerkracht::listFirst( table.thousandsFields() ) ) );
  if ( !withoutArea.isEmpty() )
    feedback->pushInfo( PrepareerAlgorithm::tr( "  %n code(s) in '%1' have no area: %2", nullptr, static_cast<int>( withoutArea.size() ) ).arg( table.tableName(), veerkracht::listFirst( withoutArea ) ) );
  if ( table.prefixedCodes() )
    feedback->pushWarning( PrepareerAlgorithm::tr( "  '%1': %n code(s) without prefix were read as buurt codes (e.g. 3440111 → BU03440111).", nullptr, static_cast<int>( table.prefixedCodes() ) ).arg( table.tableName() ) );
  if ( table.nulledMarkers() || table.emptyCells() )
    feedback->pushInfo( PrepareerAlgorithm::tr( "  '%1': %2 value(s) were missing-value markers ('.', 'NA', CBS sentinels) and %3 cell(s) were empty; all are NULL." )
                        .arg( table.tableName() ).arg( table.nulledMarkers() ).arg( table.emptyCells() ) );
  report.nulled += table.nulledMarkers() + table.emptyCells();
}

/**
 * The output polygon of an area: repaired when invalid, transformed, as a multipolygon; a null
 * geometry for an area without one. None for a geometry that is no polygon (listed in \a written).
 */
std::optional<QgsGeometry> outputGeometry( const QgsFeature &in, const QString &label, const QgsCoordinateTransform &transform,
    const QgsCoordinateReferenceSystem &targetCrs, QgsProcessingFeedback *feedback, WrittenAreas &written )
{
  QgsGeometry geometry = in.geometry();
  if ( geometry.isNull() || geometry.isEmpty() )
  {
    ++written.withoutGeometry;
    geometry = QgsGeometry();
  }
  else if ( geometry.type() != vkcompat::GeometryPolygon )
  {
    written.notPolygons << QStringLiteral( "%1 (%2)" ).arg( label, QgsWkbTypes::displayString( geometry.wkbType() ) );
    return std::nullopt;
  }
  else
  {
    if ( !geometry.isGeosValid() )
    {
      geometry = geometry.makeValid();
      if ( geometry.type() != vkcompat::GeometryPolygon )
        geometry.convertGeometryCollectionToSubclass( vkcompat::GeometryPolygon );
      ++written.repaired;
      feedback->pushInfo( PrepareerAlgorithm::tr( "Repaired the invalid polygon of %1." ).arg( label ) );
    }
    if ( transform.isValid() )
    {
      try
      {
        geometry.transform( transform );
      }
      catch ( QgsCsException &e )
      {
        throw QgsProcessingException( PrepareerAlgorithm::tr( "INPUT: the polygon of %1 cannot be transformed to %2 (%3); expected coordinates valid in the layer's CRS." )
                                      .arg( label, targetCrs.authid(), e.what() ) );
      }
    }
    geometry.convertToMultiType();
  }
  return geometry;
}

//! The output attributes of an area: its own (its code normalised), the name and the joined values; an area without any row is counted in \a written.
QgsAttributes outputAttributes( const QgsFeature &in, const std::string &code, const QString &label, const std::vector<std::unique_ptr<JoinTable>> &tables,
                                const OutputFields &out, int areaFieldCount, int codeIndex, WrittenAreas &written )
{
  QgsAttributes attributes = in.attributes();
  attributes.resize( out.fields.count() );
  attributes[codeIndex] = code.empty() ? QVariant() : QVariant( QString::fromStdString( code ) );
  int column = areaFieldCount;
  if ( out.nameFromTables )
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
    ++written.unmatched;
    written.unmatchedCodes << label;
  }
  return attributes;
}

//! After writing: features that are no polygon are an error; areas without a row, repaired and without geometry are reported.
void reportWritten( const WrittenAreas &written, QgsProcessingFeedback *feedback )
{
  if ( !written.notPolygons.isEmpty() )
    throw QgsProcessingException( PrepareerAlgorithm::tr( "INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or buffer points first.", nullptr, static_cast<int>( written.notPolygons.size() ) )
                                  .arg( veerkracht::listFirst( written.notPolygons ) ) );
  if ( written.unmatched )
    feedback->pushWarning( PrepareerAlgorithm::tr( "%n area(s) have no row in any table: %1", nullptr, static_cast<int>( written.unmatched ) ).arg( veerkracht::listFirst( written.unmatchedCodes ) ) );
  if ( written.repaired )
    feedback->pushWarning( PrepareerAlgorithm::tr( "%n invalid polygon(s) were repaired (make valid).", nullptr, static_cast<int>( written.repaired ) ) );
  if ( written.withoutGeometry )
    feedback->pushWarning( PrepareerAlgorithm::tr( "%n area(s) have no geometry; they are kept without one.", nullptr, static_cast<int>( written.withoutGeometry ) ) );
}

} // namespace

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

QList<QgsMapLayer *> PrepareerAlgorithm::tableLayers( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
    std::vector<std::unique_ptr<QgsVectorLayer>> &ownTables ) const
{
  const QVariant rawTables = parameters.value( QStringLiteral( "TABLES" ) );
  const QVariantList tableEntries = rawTables.userType() == QMetaType::QVariantList || rawTables.userType() == QMetaType::QStringList
                                    ? rawTables.toList() : QVariantList { rawTables };
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
  return layers;
}

PrepareerAlgorithm::TableSettings PrepareerAlgorithm::tableSettings( const QVariantMap &parameters, QgsProcessingContext &context, int tableCount ) const
{
  TableSettings settings;
  settings.codeFields = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "TABLE_CODE_FIELDS" ), context ) );
  settings.suffixes = veerkracht::commaList( parameterAsString( parameters, QStringLiteral( "TABLE_SUFFIXES" ), context ) );
  if ( settings.codeFields.size() > tableCount )
    throw QgsProcessingException( tr( "TABLE_CODE_FIELDS names %1 code fields for %2 tables; expected at most one per table, in the order of TABLES." ).arg( settings.codeFields.size() ).arg( tableCount ) );
  if ( settings.suffixes.size() > tableCount )
    throw QgsProcessingException( tr( "TABLE_SUFFIXES gives %1 suffixes for %2 tables; expected at most one per table, in the order of TABLES." ).arg( settings.suffixes.size() ).arg( tableCount ) );

  JoinTable::Options &common = settings.common;
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
  return settings;
}

QgsCoordinateReferenceSystem PrepareerAlgorithm::outputCrs( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  QgsCoordinateReferenceSystem targetCrs = parameterAsCrs( parameters, QStringLiteral( "TARGET_CRS" ), context );
  if ( !targetCrs.isValid() )
  {
    const QVariant given = parameters.value( QStringLiteral( "TARGET_CRS" ) );
    if ( given.userType() == QMetaType::QString && !given.toString().trimmed().isEmpty() )
      throw QgsProcessingException( tr( "TARGET_CRS: not a valid coordinate reference system; expected e.g. EPSG:28992." ) );
    targetCrs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ); // not given: RD New, the default
  }
  return targetCrs;
}

QVariantMap PrepareerAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !areas )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QgsFields areaFields = areas->fields();
  const int codeIndex = areaCodeIndex( *areas, areaFields, parameterAsString( parameters, QStringLiteral( "CODE_FIELD" ), context ) );
  const QString nameField = areaNameField( areaFields, codeIndex, parameterAsString( parameters, QStringLiteral( "NAME_FIELD" ), context ) );

  std::vector<std::unique_ptr<QgsVectorLayer>> ownTables;
  const QList<QgsMapLayer *> layers = tableLayers( parameters, context, feedback, ownTables );
  const TableSettings settings = tableSettings( parameters, context, layers.size() );
  const QgsCoordinateReferenceSystem targetCrs = outputCrs( parameters, context );

  std::vector<std::unique_ptr<JoinTable>> tables;
  if ( !readTables( layers, settings.codeFields, settings.suffixes, settings.common, areaFields, feedback, ownTables, tables ) )
    return QVariantMap();
  const OutputFields out = outputFields( areaFields, codeIndex, nameField, tables );

  AreaRows rows;
  if ( !readAreas( *areas, areaFields, codeIndex, feedback, rows ) )
    return QVariantMap();
  TableReport report;
  for ( const auto &table : tables )
    reportTable( *table, rows, feedback, report );

  const QgsCoordinateReferenceSystem sourceCrs = veerkracht::gebiedsCrs( *areas, parameterAsCrs( parameters, QStringLiteral( "INPUT_CRS" ), context ), context, feedback );
  const QgsCoordinateTransform transform( sourceCrs, targetCrs, context.transformContext() );

  veerkracht::GuardedSink sink( *this, parameters, QStringLiteral( "OUTPUT" ), context, out.fields, vkcompat::WkbMultiPolygon, targetCrs, QgsFeatureSink::RegeneratePrimaryKey );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT" ) ) );

  WrittenAreas written;
  const double step = rows.features.empty() ? 0 : 60.0 / rows.features.size();
  for ( std::size_t i = 0; i < rows.features.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    const QgsFeature &in = rows.features[i];
    const std::string &code = rows.codes[i];
    const QString label = code.empty() ? tr( "feature %1" ).arg( in.id() ) : QString::fromStdString( code );
    const std::optional<QgsGeometry> geometry = outputGeometry( in, label, transform, targetCrs, feedback, written );
    if ( !geometry )
      continue;
    const QgsAttributes attributes = outputAttributes( in, code, label, tables, out, areaFields.count(), codeIndex, written );

    QgsFeature feature( out.fields );
    feature.setGeometry( *geometry );
    feature.setAttributes( attributes );
    if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ) ) );
    feedback->setProgress( 40.0 + step * ( i + 1 ) );
  }

  reportWritten( written, feedback );
  const QString destinationId = sink.finish();
  feedback->pushInfo( tr( "Wrote %1 areas with %2 joined field(s) in %3." ).arg( rows.features.size() ).arg( out.joinedFields ).arg( targetCrs.authid() ) );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), destinationId );
  outputs.insert( QStringLiteral( "AREA_COUNT" ), static_cast<int>( rows.features.size() ) );
  outputs.insert( QStringLiteral( "JOINED_FIELDS" ), out.joinedFields );
  outputs.insert( QStringLiteral( "UNMATCHED_AREAS" ), written.unmatched );
  outputs.insert( QStringLiteral( "NULLED_VALUES" ), report.nulled );
  outputs.insert( QStringLiteral( "DROPPED_FIELDS" ), report.dropped.join( QLatin1Char( ',' ) ) );
  outputs.insert( QStringLiteral( "REPAIRED_GEOMETRIES" ), written.repaired );
  return outputs;
}
