// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/jointable.h"
#include "model/areacode.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfields.h>
#include <qgsprocessingfeedback.h>
#include <qgsexception.h>

#include <cmath>

namespace {

using veerkracht::listFirst;

bool isWholeNumber( double v )
{
  return std::floor( v ) == v && std::fabs( v ) < 9007199254740992.0; // 2^53
}

} // namespace

struct JoinTable::RawRow
{
  std::string code;
  int year = 0;
  QVector<QVariant> values;
  QStringList texts;
  QString name;
  long long featureId = 0;
  int rowNumber = 0; //!< the data row of the table, counted from 1

};

struct JoinTable::FieldSelection
{
  int codeIndex = -1;
  int yearIndex = -1;        //!< -1 when the table is not pivoted
  int nameIndex = -1;
  QVector<int> textIndices;  //!< aligned with mTextColumns
  QVector<int> candidates;   //!< the fields to convert to numbers
};

//! One candidate field read as numbers, and what was no number in it.
struct JoinTable::FieldConversion
{
  std::vector<std::optional<double>> values; // one per row
  int markers = 0;
  int empty = 0;
  int numbers = 0;
  int present = 0;
  QString offending;  //!< the first value that is no number
  int offendingRow = 0;
  QString example;    //!< the first number written with a point
};

struct JoinTable::ConvertedField
{
  int fieldIndex;
  std::vector<std::optional<double>> values; // one per row
};

//! Where an output column comes from: a converted field, and the year when pivoted.
struct JoinTable::Placement
{
  std::size_t converted;
  int year;
};

QStringList JoinTable::codeFieldCandidates()
{
  return { QStringLiteral( "statcode" ), QStringLiteral( "buurtcode" ), QStringLiteral( "bu_code" ),
           QStringLiteral( "gwb_code" ), QStringLiteral( "gwb_code_10" ), QStringLiteral( "wijkcode" ),
           QStringLiteral( "wk_code" ), QStringLiteral( "gemeentecode" ), QStringLiteral( "gm_code" ),
           QStringLiteral( "code" ) };
}

QStringList JoinTable::nameFieldCandidates()
{
  return { QStringLiteral( "buurtnaam" ), QStringLiteral( "bu_naam" ), QStringLiteral( "statnaam" ),
           QStringLiteral( "regio" ), QStringLiteral( "naam" ), QStringLiteral( "name" ) };
}

QString JoinTable::findField( const QgsFields &fields, const QStringList &candidates )
{
  for ( const QString &candidate : candidates )
  {
    const int index = fields.lookupField( candidate );
    if ( index >= 0 )
      return fields.at( index ).name();
  }
  return QString();
}

QString JoinTable::detectCodeField( const QgsFeatureSource &source )
{
  const QgsFields fields = source.fields();
  const QString byName = findField( fields, codeFieldCandidates() );
  if ( !byName.isEmpty() )
    return byName;

  constexpr int SAMPLE = 200;
  QVector<bool> allCodes( fields.count(), true );
  QVector<int> seen( fields.count(), 0 );
  QgsFeature feature;
  QgsFeatureIterator it = source.getFeatures( QgsFeatureRequest().setFlags( vkcompat::RequestNoGeometry ).setLimit( SAMPLE ) );
  while ( it.nextFeature( feature ) )
  {
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QVariant v = feature.attribute( i );
      if ( !allCodes[i] || vkcompat::isNull( v ) || v.toString().trimmed().isEmpty() )
        continue;
      const veerkracht::NormalisedCode code = veerkracht::normaliseAreaCode( v.toString().toStdString() );
      // A bare number only counts when written with all of a buurt code's digits ("00140000").
      const bool bareButComplete = !code.prefixAdded || v.toString().trimmed().size() == 8;
      allCodes[i] = veerkracht::areaLevel( code.code ) != veerkracht::AreaLevel::Unknown && bareButComplete;
      ++seen[i];
    }
  }
  for ( int i = 0; i < fields.count(); ++i )
    if ( allCodes[i] && seen[i] > 0 && vkcompat::isTextField( fields.at( i ) ) )
      return fields.at( i ).name();
  return QString();
}

namespace {

// A database table's own row number (the primary key of a PostgreSQL table, "ogc_fid" or "id",
// which its data provider declares unique and not null): no data to join.
bool isRowKey( const QgsField &field )
{
  const QgsFieldConstraints constraints = field.constraints();
  return field.isNumeric() && constraints.constraintOrigin( QgsFieldConstraints::ConstraintUnique ) == QgsFieldConstraints::ConstraintOriginProvider
         && constraints.constraintOrigin( QgsFieldConstraints::ConstraintNotNull ) == QgsFieldConstraints::ConstraintOriginProvider;
}

} // namespace

JoinTable::JoinTable( QgsFeatureSource &source, const QString &tableName, const Options &options, QgsProcessingFeedback *feedback )
  : mName( tableName )
{
  const QgsFields fields = source.fields();
  const FieldSelection selection = selectFields( source, fields, options );

  std::vector<RawRow> rows;
  if ( !readRows( source, fields, selection, options, feedback, rows ) )
    return; // canceled

  mSeparator = decimalSeparatorOf( rows, options.decimal );
  // Decimal points elsewhere in the file ("2.05", as pandas writes a ';' file) mean that its
  // points are decimals: then "1.810" is ambiguous even in a ';' file.
  const bool pointDecimalsInFile = options.decimal == Decimal::Detect && hasPointDecimals( rows );
  const std::vector<ConvertedField> converted = convertFields( fields, selection.candidates, rows, options, pointDecimalsInFile );

  const RowIndex rowOf = indexRows( rows );
  const std::vector<Placement> placements = placeColumns( fields, converted, yearsIn( rows ), options.suffix );
  fillValues( rows, converted, placements, rowOf, static_cast<int>( selection.textIndices.size() ) );
}

JoinTable::FieldSelection JoinTable::selectFields( const QgsFeatureSource &source, const QgsFields &fields, const Options &options )
{
  FieldSelection selection;
  selection.codeIndex = resolveCodeField( source, fields, options );

  selection.yearIndex = options.yearField.isEmpty() ? -1 : fields.lookupField( options.yearField );
  mPivoted = selection.yearIndex >= 0;

  mNameField = findField( fields, nameFieldCandidates() );
  if ( mNameField.compare( mCodeField, Qt::CaseInsensitive ) == 0 )
    mNameField.clear();
  selection.nameIndex = mNameField.isEmpty() ? -1 : fields.lookupField( mNameField );

  // Text fields to carry as they are.
  for ( const QString &wanted : options.textFields )
  {
    const int index = fields.lookupField( wanted );
    if ( index >= 0 && index != selection.codeIndex && index != selection.yearIndex )
    {
      selection.textIndices << index;
      mTextColumns << fields.at( index ).name() + options.suffix;
    }
  }

  selection.candidates = candidateFields( fields, options, selection );
  return selection;
}

int JoinTable::resolveCodeField( const QgsFeatureSource &source, const QgsFields &fields, const Options &options )
{
  mCodeField = options.codeField.isEmpty() ? detectCodeField( source ) : options.codeField;
  const int codeIndex = fields.lookupField( mCodeField );
  if ( mCodeField.isEmpty() || codeIndex < 0 )
  {
    if ( options.codeField.isEmpty() )
      throw QgsProcessingException( tr( "TABLE_CODE_FIELDS: table '%1' has no area code field; expected one of %2 or a text field of CBS codes (BU…, WK…, GM…), or name it in TABLE_CODE_FIELDS." )
                                    .arg( mName, codeFieldCandidates().join( QStringLiteral( ", " ) ) ) );
    throw QgsProcessingException( tr( "TABLE_CODE_FIELDS: table '%1' has no field '%2'; its fields are: %3." )
                                  .arg( mName, options.codeField, listFirst( fields.names() ) ) );
  }
  mCodeField = fields.at( codeIndex ).name();
  return codeIndex;
}

QVector<int> JoinTable::candidateFields( const QgsFields &fields, const Options &options, const FieldSelection &selection )
{
  QVector<int> candidates;
  const QStringList keyNames = codeFieldCandidates() + nameFieldCandidates();
  for ( int i = 0; i < fields.count(); ++i )
  {
    if ( i == selection.codeIndex || i == selection.yearIndex || i == selection.nameIndex || selection.textIndices.contains( i ) )
      continue;
    const QString fieldName = fields.at( i ).name();
    if ( !options.wantedFields.isEmpty() )
    {
      if ( options.wantedFields.contains( fieldName, Qt::CaseInsensitive ) )
        candidates << i;
    }
    else if ( !keyNames.contains( fieldName, Qt::CaseInsensitive ) && !fieldName.startsWith( QLatin1String( "gwb_code" ), Qt::CaseInsensitive ) && !isRowKey( fields.at( i ) ) )
    {
      candidates << i;
    }
  }
  return candidates;
}

bool JoinTable::readRows( QgsFeatureSource &source, const QgsFields &fields, const FieldSelection &selection, const Options &options,
                          QgsProcessingFeedback *feedback, std::vector<RawRow> &rows )
{
  const int codeIndex = selection.codeIndex;
  QStringList emptyCodeRows;
  QgsFeature feature;
  QgsFeatureIterator it = source.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return false;
    ++mRowCount;
    RawRow row;
    row.featureId = feature.id();
    row.rowNumber = mRowCount;
    const veerkracht::NormalisedCode code = veerkracht::normaliseAreaCode( feature.attribute( codeIndex ).toString().toStdString() );
    if ( code.empty || vkcompat::isNull( feature.attribute( codeIndex ) ) )
    {
      emptyCodeRows << QString::number( mRowCount );
      continue;
    }
    if ( code.prefixAdded )
      ++mPrefixedCodes;
    row.code = code.code;
    if ( mPivoted )
    {
      row.year = yearOf( feature, fields, selection.yearIndex, mRowCount );
      if ( !options.years.empty() && !options.years.count( row.year ) )
        continue;
    }
    row.values.reserve( selection.candidates.size() );
    for ( int index : selection.candidates )
      row.values << feature.attribute( index );
    for ( int index : selection.textIndices )
      row.texts << ( vkcompat::isNull( feature.attribute( index ) ) ? QString() : feature.attribute( index ).toString().trimmed() );
    if ( selection.nameIndex >= 0 )
      row.name = feature.attribute( selection.nameIndex ).toString().trimmed();
    rows.push_back( std::move( row ) );
  }
  if ( !emptyCodeRows.isEmpty() && feedback )
    feedback->reportError( tr( "Table '%1': %n row(s) without an area code in '%2' were skipped (rows %3).", nullptr, static_cast<int>( emptyCodeRows.size() ) )
                           .arg( mName, mCodeField, listFirst( emptyCodeRows ) ) );
  return true;
}

int JoinTable::yearOf( const QgsFeature &feature, const QgsFields &fields, int yearIndex, int rowNumber ) const
{
  bool ok = false;
  const QVariant yearValue = feature.attribute( yearIndex );
  const int year = yearValue.toString().trimmed().toInt( &ok );
  if ( !ok )
    throw QgsProcessingException( tr( "YEAR_FIELD: table '%1', row %2: the year field '%3' holds '%4'; expected a whole year such as 2020." )
                                  .arg( mName ).arg( rowNumber ).arg( fields.at( yearIndex ).name(), yearValue.toString() ) );
  return year;
}

veerkracht::DecimalSeparator JoinTable::decimalSeparatorOf( const std::vector<RawRow> &rows, Decimal decimal )
{
  if ( decimal != Decimal::Detect )
    return decimal == Decimal::Comma ? veerkracht::DecimalSeparator::Comma : veerkracht::DecimalSeparator::Point;
  std::vector<std::string> texts;
  for ( const RawRow &row : rows )
    for ( const QVariant &v : row.values )
      if ( v.userType() == QMetaType::QString )
        texts.push_back( v.toString().toStdString() );
  return veerkracht::detectDecimalSeparator( texts );
}

bool JoinTable::hasPointDecimals( const std::vector<RawRow> &rows )
{
  for ( const RawRow &row : rows )
  {
    for ( const QVariant &v : row.values )
    {
      if ( v.userType() != QMetaType::QString || !v.toString().contains( QLatin1Char( '.' ) ) )
        continue;
      const std::string text = v.toString().toStdString();
      if ( veerkracht::parseNumber( text, veerkracht::DecimalSeparator::Point ) && !veerkracht::looksLikeThousandsColumn( { text } ) )
        return true;
    }
  }
  return false;
}

std::vector<JoinTable::ConvertedField> JoinTable::convertFields( const QgsFields &fields, const QVector<int> &candidates, const std::vector<RawRow> &rows,
    const Options &options, bool pointDecimalsInFile )
{
  std::vector<ConvertedField> converted;
  for ( int c = 0; c < candidates.size(); ++c )
  {
    const QgsField field = fields.at( candidates[c] );
    bool ambiguous = false;
    const veerkracht::DecimalSeparator separator = fieldSeparator( field, rows, c, options, pointDecimalsInFile, ambiguous );
    FieldConversion conversion = convertValues( field, rows, c, separator, options.missing );
    // A field that is not numeric is an error when asked for, else left out and reported.
    if ( !conversion.offending.isEmpty() )
    {
      if ( options.wantedFields.isEmpty() )
      {
        mDropped.append( { field.name(), conversion.offendingRow, conversion.offending, conversion.numbers, conversion.present } );
        continue; // not a numeric field: not taken by default, and said so
      }
      throwNotNumeric( field, conversion, separator );
    }
    if ( ambiguous && conversion.numbers > 0 )
      throwAmbiguous( field, conversion.example );
    if ( separator != mSeparator )
      mThousands << field.name();
    mNulledMarkers += conversion.markers;
    mEmptyCells += conversion.empty;
    converted.push_back( { candidates[c], std::move( conversion.values ) } );
  }
  return converted;
}

veerkracht::DecimalSeparator JoinTable::fieldSeparator( const QgsField &field, const std::vector<RawRow> &rows, int candidate,
    const Options &options, bool pointDecimalsInFile, bool &ambiguous ) const
{
  // "1.810" in a column of whole numbers: 1810 in a Dutch ';' table, ambiguous elsewhere.
  veerkracht::DecimalSeparator separator = mSeparator;
  ambiguous = false;
  if ( options.decimal == Decimal::Detect && mSeparator == veerkracht::DecimalSeparator::Point && !field.isNumeric() )
  {
    std::vector<std::string> texts;
    texts.reserve( rows.size() );
    for ( const RawRow &row : rows )
      if ( !vkcompat::isNull( row.values[candidate] ) )
        texts.push_back( row.values[candidate].toString().toStdString() );
    if ( veerkracht::looksLikeThousandsColumn( texts ) )
    {
      if ( options.delimiter == QLatin1Char( ';' ) && !pointDecimalsInFile )
        separator = veerkracht::DecimalSeparator::Comma;
      else
        ambiguous = true;
    }
  }
  return separator;
}

JoinTable::FieldConversion JoinTable::convertValues( const QgsField &field, const std::vector<RawRow> &rows, int candidate,
    veerkracht::DecimalSeparator separator, const veerkracht::MissingValues &missing ) const
{
  FieldConversion result;
  result.values.reserve( rows.size() );
  for ( std::size_t r = 0; r < rows.size(); ++r )
  {
    const QVariant &v = rows[r].values[candidate];
    if ( vkcompat::isNull( v ) || ( !field.isNumeric() && v.toString().trimmed().isEmpty() ) )
    {
      ++result.empty;
      result.values.emplace_back();
      continue;
    }
    ++result.present;
    std::optional<double> number;
    if ( field.isNumeric() )
    {
      bool ok = false;
      const double d = v.toDouble( &ok );
      if ( ok )
        number = d;
    }
    else
    {
      const std::string text = v.toString().toStdString();
      if ( missing.isMissingText( text ) )
      {
        ++result.markers;
        result.values.emplace_back();
        continue;
      }
      number = veerkracht::looksLikeZeroPaddedCode( text ) ? std::nullopt : veerkracht::parseNumber( text, separator );
      if ( !number )
      {
        if ( result.offending.isEmpty() )
        {
          result.offending = v.toString();
          result.offendingRow = rows[r].rowNumber;
        }
        result.values.emplace_back();
        continue;
      }
      if ( result.example.isEmpty() && v.toString().contains( QLatin1Char( '.' ) ) )
        result.example = v.toString().trimmed();
    }
    if ( !number )
    {
      ++result.markers;
      result.values.emplace_back();
      continue;
    }
    // A declared marker is missing however large (a float NoData, -3.4028235e38), and a CBS
    // sentinel written with the file's decimals ("-99999999,0") too.
    if ( std::isfinite( *number ) && missing.isMissingNumber( *number ) )
    {
      ++result.markers;
      result.values.emplace_back();
      continue;
    }
    if ( !veerkracht::isPlausibleValue( *number ) )
      throw QgsProcessingException( tr( "TABLES: field '%1' of table '%2', row %3 holds %4; expected a finite number of at most 10^15 in magnitude. "
                                        "Such a value is an export or unit fault: correct or empty that cell." )
                                    .arg( field.name(), mName ).arg( rows[r].rowNumber ).arg( v.toString() ) );
    ++result.numbers;
    result.values.push_back( number );
  }
  return result;
}

void JoinTable::throwNotNumeric( const QgsField &field, const FieldConversion &conversion, veerkracht::DecimalSeparator separator ) const
{
  throw QgsProcessingException( tr( "FIELDS: field '%1' of table '%2' is not numeric: row %3 holds '%4'; expected a number (decimal %5) or a missing-value marker." )
                                .arg( field.name(), mName ).arg( conversion.offendingRow ).arg( conversion.offending,
                                    separator == veerkracht::DecimalSeparator::Comma ? tr( "comma" ) : tr( "point" ) ) );
}

void JoinTable::throwAmbiguous( const QgsField &field, const QString &example ) const
{
  const double asThousands = veerkracht::parseNumber( example.toStdString(), veerkracht::DecimalSeparator::Comma ).value_or( 0 );
  const double asDecimal = veerkracht::parseNumber( example.toStdString(), veerkracht::DecimalSeparator::Point ).value_or( 0 );
  throw QgsProcessingException( tr( "DECIMAL_SEPARATOR: field '%1' of table '%2' is ambiguous: every value with a point has three digits after it, "
                                    "so '%3' is %4 with a Dutch thousands point and %5 with a decimal point. Set DECIMAL_SEPARATOR to 'Comma (1,9)' "
                                    "when the points separate thousands, or to 'Point (1.9)' when they are decimals." )
                                .arg( field.name(), mName, example, QString::number( asThousands, 'f', 0 ), QString::number( asDecimal, 'g', 10 ) ) );
}

JoinTable::RowIndex JoinTable::indexRows( const std::vector<RawRow> &rows ) const
{
  // One row per code (per code and year for a pivoted table).
  RowIndex rowOf;
  QStringList duplicates;
  for ( std::size_t r = 0; r < rows.size(); ++r )
  {
    const auto key = std::make_pair( rows[r].code, rows[r].year );
    if ( !rowOf.emplace( key, r ).second )
      duplicates << ( mPivoted ? QStringLiteral( "%1 (%2)" ).arg( QString::fromStdString( key.first ) ).arg( key.second ) : QString::fromStdString( key.first ) );
  }
  if ( !duplicates.isEmpty() )
  {
    duplicates.removeDuplicates();
    throw QgsProcessingException( mPivoted
                                  ? tr( "Table '%1' has more than one row per area code and year in '%2': %3. Expected one row per code and year." ).arg( mName, mCodeField, listFirst( duplicates ) )
                                  : tr( "Table '%1' has duplicate area codes in '%2': %3. Expected one row per code; for a long table with one row per year, set YEAR_FIELD." ).arg( mName, mCodeField, listFirst( duplicates ) ) );
  }
  return rowOf;
}

std::set<int> JoinTable::yearsIn( const std::vector<RawRow> &rows )
{
  std::set<int> years;
  for ( const RawRow &row : rows )
    years.insert( row.year );
  return years;
}

std::vector<JoinTable::Placement> JoinTable::placeColumns( const QgsFields &fields, const std::vector<ConvertedField> &converted,
    const std::set<int> &yearsPresent, const QString &suffix )
{
  // Output columns: per field, then per year when pivoted (onv_2014, onv_2016, …).
  std::vector<Placement> placements;
  for ( std::size_t c = 0; c < converted.size(); ++c )
  {
    const QString base = fields.at( converted[c].fieldIndex ).name();
    if ( mPivoted )
    {
      for ( int year : yearsPresent )
      {
        mColumns.append( { QStringLiteral( "%1_%2%3" ).arg( base, QString::number( year ), suffix ), true } );
        placements.push_back( { c, year } );
      }
    }
    else
    {
      mColumns.append( { base + suffix, true } );
      placements.push_back( { c, 0 } );
    }
  }
  return placements;
}

void JoinTable::fillValues( const std::vector<RawRow> &rows, const std::vector<ConvertedField> &converted,
                            const std::vector<Placement> &placements, const RowIndex &rowOf, int textCount )
{
  std::vector<bool> hasValue( placements.size(), false );
  for ( const auto &[key, r] : rowOf )
  {
    auto &values = mValues[key.first];
    values.resize( placements.size() );
    for ( std::size_t s = 0; s < placements.size(); ++s )
    {
      if ( placements[s].year != key.second )
        continue;
      const std::optional<double> &v = converted[placements[s].converted].values[r];
      values[s] = v;
      if ( v )
        hasValue[s] = true;
      if ( v && !isWholeNumber( *v ) )
        mColumns[static_cast<int>( s )].integer = false;
    }
    if ( !rows[r].name.isEmpty() && !mNames.count( key.first ) )
      mNames[key.first] = rows[r].name;
    // Text per code; in a long table the latest year's non-empty text.
    if ( textCount > 0 )
    {
      QStringList &texts = mTexts[key.first];
      texts.reserve( textCount );
      while ( texts.size() < textCount )
        texts << QString();
      for ( int t = 0; t < textCount; ++t )
        if ( !rows[r].texts.at( t ).isEmpty() )
          texts[t] = rows[r].texts.at( t );
    }
  }
  // A field without any value says nothing about being whole: keep it a real number.
  for ( std::size_t s = 0; s < placements.size(); ++s )
    if ( !hasValue[s] )
      mColumns[static_cast<int>( s )].integer = false;
}

const std::vector<std::optional<double>> *JoinTable::valuesFor( const std::string &code ) const
{
  const auto it = mValues.find( code );
  return it == mValues.end() ? nullptr : &it->second;
}

const QStringList *JoinTable::textsFor( const std::string &code ) const
{
  const auto it = mTexts.find( code );
  return it == mTexts.end() ? nullptr : &it->second;
}

QString JoinTable::nameFor( const std::string &code ) const
{
  const auto it = mNames.find( code );
  return it == mNames.end() ? QString() : it->second;
}

std::vector<std::string> JoinTable::codes() const
{
  std::vector<std::string> result;
  result.reserve( mValues.size() );
  for ( const auto &entry : mValues )
    result.push_back( entry.first );
  return result;
}
