// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/tabelbronnen.h"
#include "model/areacode.h"
#include "support/jointable.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingfeedback.h>
#include <qgsproviderregistry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace veerkracht {

namespace {

QString tr( const char *text, const char *disambiguation = nullptr, int n = -1 )
{
  return QCoreApplication::translate( "veerkracht", text, disambiguation, n );
}

//! Field names for a header row: trimmed, empty ones numbered, duplicates suffixed.
QStringList uniqueNames( const QStringList &cells )
{
  QStringList names;
  for ( int i = 0; i < cells.size(); ++i )
  {
    QString name = cells.at( i ).simplified();
    if ( name.isEmpty() )
      name = QStringLiteral( "veld_%1" ).arg( i + 1 );
    const QString base = name;
    for ( int n = 2; names.contains( name, Qt::CaseInsensitive ); ++n )
      name = QStringLiteral( "%1_%2" ).arg( base ).arg( n );
    names << name;
  }
  return names;
}

std::unique_ptr<QgsVectorLayer> memoryTable( const QString &name, const QgsFields &fields )
{
  return std::unique_ptr<QgsVectorLayer>( QgsMemoryProviderUtils::createMemoryLayer( name, fields, vkcompat::WkbNoGeometry, QgsCoordinateReferenceSystem() ) );
}

bool isCbsCode( const QString &text )
{
  const QString t = text.trimmed();
  if ( t.size() < 4 || !t.at( 0 ).isLetter() || !t.at( 1 ).isLetter() )
    return false;
  return areaLevel( normaliseAreaCode( t.toStdString() ).code ) != AreaLevel::Unknown;
}

} // namespace

QChar tableDelimiter( const QgsVectorLayer &layer )
{
  const QString provider = layer.providerType();
  QString path;
  if ( provider == QLatin1String( "delimitedtext" ) )
  {
    const QUrlQuery query( QUrl( layer.source() ) );
    const QString delimiter = query.queryItemValue( QStringLiteral( "delimiter" ) );
    if ( delimiter == QLatin1String( "\\t" ) || delimiter == QLatin1String( "tab" ) )
      return QLatin1Char( '\t' );
    return delimiter.size() == 1 ? delimiter.at( 0 ) : QChar();
  }
  if ( provider != QLatin1String( "ogr" ) )
    return QChar();
  path = QgsProviderRegistry::instance()->decodeUri( provider, layer.source() ).value( QStringLiteral( "path" ) ).toString();
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "csv" ) && suffix != QLatin1String( "txt" ) && suffix != QLatin1String( "tsv" ) )
    return QChar();
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QChar();
  // As GDAL's CSV driver: the separator that the header line has most of, outside quotes.
  const QByteArray header = file.readLine( 65536 );
  int comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for ( char c : header )
  {
    if ( c == '"' )
      quoted = !quoted;
    else if ( !quoted )
    {
      comma += c == ',';
      semicolon += c == ';';
      tab += c == '\t';
    }
  }
  if ( semicolon > comma && semicolon >= tab )
    return QLatin1Char( ';' );
  if ( tab > comma && tab > semicolon )
    return QLatin1Char( '\t' );
  return comma > 0 ? QLatin1Char( ',' ) : QChar();
}

std::unique_ptr<QgsVectorLayer> openODataTable( const QString &path, const QString &parameter )
{
  if ( QFileInfo( path ).suffix().compare( QLatin1String( "json" ), Qt::CaseInsensitive ) != 0 || !QFileInfo( path ).isFile() )
    return nullptr;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return nullptr;
  // A GeoJSON of all buurten is large: parse only what starts like an OData table.
  const QByteArray start = file.peek( 4096 );
  if ( !start.contains( "\"value\"" ) && !start.contains( "odata" ) )
    return nullptr;
  QJsonParseError error;
  const QByteArray raw = file.readAll();
  const QJsonDocument document = QJsonDocument::fromJson( raw, &error );
  if ( error.error != QJsonParseError::NoError || !document.isObject() )
    return nullptr;
  const QJsonObject root = document.object();
  if ( !root.value( QStringLiteral( "value" ) ).isArray() || root.contains( QStringLiteral( "type" ) ) )
    return nullptr; // not OData (GeoJSON has "type")
  const QJsonArray rows = root.value( QStringLiteral( "value" ) ).toArray();
  const QString name = QFileInfo( path ).completeBaseName();
  for ( const QString &next : { QStringLiteral( "odata.nextLink" ), QStringLiteral( "@odata.nextLink" ) } )
  {
    if ( root.contains( next ) )
      throw QgsProcessingException( tr( "%1: '%2' is one page of %3 rows of a longer CBS OData table (it links to the next page: %4); "
                                        "expected the whole table — download it with the bulk API (…/ODataFeed/…) or as CSV from StatLine." )
                                    .arg( parameter, path ).arg( rows.size() ).arg( root.value( next ).toString().left( 120 ) ) );
  }
  if ( rows.isEmpty() )
    throw QgsProcessingException( tr( "%1: the OData table '%2' has no rows ('value' is empty); expected the table's rows." ).arg( parameter, path ) );

  // Fields in the order of the first row, then any that later rows add; text where any row has text.
  QStringList keys;
  QHash<QString, bool> isText;
  for ( int r = 0; r < rows.size(); ++r )
  {
    if ( !rows.at( r ).isObject() )
      throw QgsProcessingException( tr( "%1: row %2 of the OData table '%3' is not an object of fields; expected {\"value\": [{…}, …]}." ).arg( parameter ).arg( r + 1 ).arg( path ) );
    const QJsonObject row = rows.at( r ).toObject();
    for ( auto it = row.begin(); it != row.end(); ++it )
    {
      if ( it.key() == QLatin1String( "ID" ) )
        continue; // CBS's row number, no measure
      if ( !isText.contains( it.key() ) )
      {
        keys << it.key();
        isText.insert( it.key(), false );
      }
      if ( it.value().isString() || it.value().isBool() || it.value().isObject() || it.value().isArray() )
        isText[it.key()] = true;
    }
  }
  // The first row fixes the order CBS gives; QJsonObject sorts keys, so use the file's text order.
  const int firstRow = raw.indexOf( '{', raw.indexOf( "\"value\"" ) );
  QHash<QString, int> position;
  for ( const QString &key : std::as_const( keys ) )
    position.insert( key, raw.indexOf( "\"" + key.toUtf8() + "\"", firstRow ) );
  std::stable_sort( keys.begin(), keys.end(), [&position]( const QString &a, const QString &b ) { return position.value( a ) < position.value( b ); } );
  QgsFields fields;
  for ( const QString &key : std::as_const( keys ) )
    fields.append( vkcompat::makeField( key, isText.value( key ) ? QMetaType::QString : QMetaType::Double ) );
  std::unique_ptr<QgsVectorLayer> table = memoryTable( name, fields );
  QgsFeatureList features;
  features.reserve( rows.size() );
  for ( const QJsonValue &value : rows )
  {
    const QJsonObject row = value.toObject();
    QgsFeature feature( fields );
    QgsAttributes attributes( fields.count() );
    for ( int i = 0; i < keys.size(); ++i )
    {
      const QJsonValue cell = row.value( keys.at( i ) );
      if ( cell.isNull() || cell.isUndefined() )
        attributes[i] = QVariant();
      else if ( isText.value( keys.at( i ) ) )
        attributes[i] = cell.isDouble() ? QString::number( cell.toDouble(), 'g', 17 ) : cell.toVariant().toString();
      else
        attributes[i] = cell.toDouble();
    }
    feature.setAttributes( attributes );
    features << feature;
  }
  table->dataProvider()->addFeatures( features );
  return table;
}

QVariant withODataTables( const QVariant &value, std::vector<std::unique_ptr<QgsVectorLayer>> &keep )
{
  const bool isList = value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList;
  QVariantList entries = isList ? value.toList() : QVariantList { value };
  bool changed = false;
  for ( QVariant &entry : entries )
  {
    if ( entry.userType() != QMetaType::QString )
      continue;
    try
    {
      if ( std::unique_ptr<QgsVectorLayer> table = openODataTable( entry.toString(), QString() ) )
      {
        entry = QVariant::fromValue( static_cast<QgsMapLayer *>( table.get() ) );
        keep.push_back( std::move( table ) );
        changed = true;
      }
    }
    catch ( QgsProcessingException & )
    {
    }
  }
  if ( !changed )
    return value;
  return isList ? QVariant( entries ) : entries.value( 0 );
}

namespace {

//! The cells of the first \a count rows of \a layer, as trimmed text.
std::vector<QStringList> firstRows( const QgsVectorLayer &layer, int count )
{
  const QgsFields fields = layer.fields();
  std::vector<QStringList> first;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ).setLimit( count ) );
  while ( it.nextFeature( feature ) )
  {
    QStringList cells;
    for ( int i = 0; i < fields.count(); ++i )
      cells << ( vkcompat::isNull( feature.attribute( i ) ) ? QString() : feature.attribute( i ).toString().trimmed() );
    first.push_back( cells );
  }
  return first;
}

//! The header among the first rows: the first row naming a known code field, else the row above the first CBS code; -1 when none.
int headerRow( const std::vector<QStringList> &first )
{
  const QStringList known = JoinTable::codeFieldCandidates();
  int header = -1;
  for ( int r = 0; r < static_cast<int>( first.size() ) && header < 0; ++r )
    for ( const QString &cell : first[static_cast<std::size_t>( r )] )
      if ( known.contains( cell, Qt::CaseInsensitive ) )
        header = r;
  if ( header < 0 )
  {
    for ( int r = 1; r < static_cast<int>( first.size() ) && header < 0; ++r )
    {
      const QStringList &row = first[static_cast<std::size_t>( r )];
      if ( std::any_of( row.begin(), row.end(), isCbsCode ) )
      {
        const QStringList &above = first[static_cast<std::size_t>( r - 1 )];
        const int named = static_cast<int>( std::count_if( above.begin(), above.end(), []( const QString &c ) { return !c.isEmpty(); } ) );
        if ( named >= 2 )
          header = r - 1;
        break;
      }
    }
  }
  return header;
}

/**
 * Per column of the table below \a header whether it holds numbers. In a spreadsheet GDAL gives a
 * number cell as text ("1.234" for 1.234) once a title row made the column text: a column of such
 * numbers is numbers again, not thousands groups to guess at.
 */
QVector<bool> numericColumns( const QgsVectorLayer &layer, const QStringList &names, int header )
{
  const QString path = QgsProviderRegistry::instance()->decodeUri( layer.providerType(), layer.source() ).value( QStringLiteral( "path" ) ).toString();
  const QString suffix = QFileInfo( path ).suffix().toLower();
  const bool spreadsheet = suffix == QLatin1String( "xlsx" ) || suffix == QLatin1String( "xls" ) || suffix == QLatin1String( "ods" );
  QVector<bool> numeric( names.size(), spreadsheet );
  for ( int i = 0; i < names.size(); ++i )
    if ( JoinTable::codeFieldCandidates().contains( names.at( i ), Qt::CaseInsensitive ) )
      numeric[i] = false; // codes keep their leading zeros
  if ( spreadsheet )
  {
    const MissingValues missing;
    int r = 0;
    QgsFeatureIterator cells = layer.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ) );
    QgsFeature cell;
    while ( cells.nextFeature( cell ) )
    {
      if ( r++ <= header )
        continue;
      for ( int i = 0; i < names.size(); ++i )
      {
        const QString text = vkcompat::isNull( cell.attribute( i ) ) ? QString() : cell.attribute( i ).toString();
        if ( numeric[i] && !missing.isMissingText( text.toStdString() ) && !parseNumber( text.toStdString(), DecimalSeparator::Point ) )
          numeric[i] = false;
      }
    }
  }
  return numeric;
}

//! The rows below \a header as features of \a newFields; blank and footnote rows are left out and counted in \a blank.
QgsFeatureList dataRows( const QgsVectorLayer &layer, const QgsFields &newFields, const QVector<bool> &numeric, int header, int &blank )
{
  QgsFeatureList features;
  int row = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ) );
  while ( it.nextFeature( feature ) )
  {
    if ( row++ <= header )
      continue;
    QgsAttributes attributes( newFields.count() );
    int filled = 0;
    QString only;
    for ( int i = 0; i < newFields.count(); ++i )
    {
      const QVariant v = feature.attribute( i );
      if ( !vkcompat::isNull( v ) && !v.toString().trimmed().isEmpty() )
      {
        const std::optional<double> number = numeric[i] ? parseNumber( v.toString().toStdString(), DecimalSeparator::Point ) : std::nullopt;
        // In a number column a marker ('.') is no value.
        attributes[i] = number ? QVariant( *number ) : numeric[i] ? QVariant() : QVariant( v.toString() );
        only = v.toString();
        ++filled;
      }
    }
    // Blank rows and footnotes ("Voetnoot: . = geheim") below the data: one cell that is no code.
    if ( filled == 0 || ( filled == 1 && newFields.count() > 1 && !isCbsCode( only ) ) )
    {
      ++blank;
      continue;
    }
    QgsFeature out( newFields );
    out.setAttributes( attributes );
    features << out;
  }
  return features;
}

} // namespace

std::unique_ptr<QgsVectorLayer> withHeaderRow( QgsVectorLayer &layer, QgsProcessingFeedback *feedback )
{
  constexpr int LOOK = 30;
  const std::vector<QStringList> first = firstRows( layer, LOOK );
  const int header = headerRow( first );
  if ( header < 0 )
    return nullptr;

  const QStringList names = uniqueNames( first[static_cast<std::size_t>( header )] );
  const QVector<bool> numeric = numericColumns( layer, names, header );
  QgsFields newFields;
  for ( int i = 0; i < names.size(); ++i )
    newFields.append( vkcompat::makeField( names.at( i ), numeric[i] ? QMetaType::Double : QMetaType::QString ) );
  std::unique_ptr<QgsVectorLayer> table = memoryTable( layer.name(), newFields );
  int blank = 0;
  QgsFeatureList features = dataRows( layer, newFields, numeric, header, blank );
  table->dataProvider()->addFeatures( features );
  if ( feedback )
    feedback->pushWarning( tr( "Table '%1' has %n title row(s) above its header; the header was found in its row %2 (%3) and the rows above it were skipped. "
                               "%4 blank or footnote row(s) below it were skipped too.", nullptr, header )
                           .arg( layer.name() ).arg( header + 1 ).arg( names.mid( 0, 4 ).join( QLatin1String( ", " ) ) ).arg( blank ) );
  return table;
}

} // namespace veerkracht
