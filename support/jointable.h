// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/missingvalues.h"
#include "model/numbertext.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

class QgsFeature;
class QgsFeatureSource;
class QgsField;
class QgsFields;
class QgsProcessingFeedback;

/**
 * One attribute table to be joined onto the areas by area code: read once, its codes
 * normalised, its text numbers converted by the file's decimal convention, every missing-value
 * marker turned into "no value", and — for a long table with one row per code and year —
 * pivoted so that `onv` of 2020 becomes `onv_2020`.
 */
class JoinTable
{
    Q_DECLARE_TR_FUNCTIONS( JoinTable )

  public:
    enum class Decimal { Detect, Point, Comma };

    struct Options
    {
      QString codeField;         //!< empty: detect from known CBS/PDOK names
      QString yearField;         //!< a table that has this field is pivoted per year
      std::set<int> years;       //!< keep only these years (empty: all)
      QStringList wantedFields;  //!< take these fields when present (empty: all numeric-looking)
      QStringList textFields;    //!< carry these fields as text (wijkcode, gemeentenaam) when present
      QString suffix;            //!< appended to every joined field name of this table
      Decimal decimal = Decimal::Detect;
      QChar delimiter;           //!< the file's field separator when it is a delimited text file (';' is Dutch)
      veerkracht::MissingValues missing;
    };

    struct Column
    {
      QString name;          //!< output field name
      bool integer = false;  //!< every value present is a whole number
    };

    //! A field that looked like a candidate but is not taken, and why.
    struct DroppedField
    {
      QString name;
      int row = 0;        //!< the first data row that is no number
      QString value;      //!< what that row holds
      int numbers = 0;    //!< how many values of the field were numbers
      int values = 0;     //!< how many values the field has (not missing)
    };

    //! Reads the whole table; throws QgsProcessingException naming the field and what was expected.
    JoinTable( QgsFeatureSource &source, const QString &tableName, const Options &options, QgsProcessingFeedback *feedback );

    QString tableName() const { return mName; }
    QString codeField() const { return mCodeField; }
    bool isPivoted() const { return mPivoted; }
    const QVector<Column> &columns() const { return mColumns; }
    //! The fields carried as text (TEXT_FIELDS), in their own name.
    const QStringList &textColumns() const { return mTextColumns; }
    //! Fields not taken because a value is no number (only when FIELDS is not given).
    const QVector<DroppedField> &droppedFields() const { return mDropped; }
    //! Fields whose points were read as thousands separators ("1.810" = 1810, in a ';' table).
    const QStringList &thousandsFields() const { return mThousands; }

    //! Values aligned with columns() for an area code, or nullptr when the table has no row for it.
    const std::vector<std::optional<double>> *valuesFor( const std::string &code ) const;

    //! Text values aligned with textColumns() for an area code, or nullptr when the table has no row for it.
    const QStringList *textsFor( const std::string &code ) const;

    //! The area name the table gives for a code (empty when it has no name field or row).
    QString nameFor( const std::string &code ) const;

    //! Whether the table has a field with area names.
    bool hasNames() const { return !mNameField.isEmpty(); }

    //! Normalised codes that have a row in the table.
    std::vector<std::string> codes() const;

    int rowCount() const { return mRowCount; }
    int prefixedCodes() const { return mPrefixedCodes; }
    int nulledMarkers() const { return mNulledMarkers; }
    //! Empty and NULL cells in the fields taken (they are NULL in the output, as the markers).
    int emptyCells() const { return mEmptyCells; }
    veerkracht::DecimalSeparator decimalSeparator() const { return mSeparator; }

    /**
     * The first field among the candidates (case-insensitive) that \a fields has; empty if none.
     */
    static QString findField( const QgsFields &fields, const QStringList &candidates );

    /**
     * The area code field of a table or layer: the first known code field name, else the first
     * field whose first values (up to 200) all read as CBS area codes (BU/WK/GM codes, or
     * buurt codes without prefix). Empty when none does.
     */
    static QString detectCodeField( const QgsFeatureSource &source );

    //! Field names CBS, PDOK and the Leefbaarometer use for area codes, most specific first.
    static QStringList codeFieldCandidates();
    //! Field names that hold the area's name.
    static QStringList nameFieldCandidates();

  private:
    struct RawRow;
    struct FieldSelection;
    struct FieldConversion;
    struct ConvertedField;
    struct Placement;
    //! The row of each (code, year); year 0 when the table is not pivoted.
    using RowIndex = std::map<std::pair<std::string, int>, std::size_t>;

    //! The code, year, name and text fields and the candidate fields to take; sets the field members.
    FieldSelection selectFields( const QgsFeatureSource &source, const QgsFields &fields, const Options &options );
    //! Sets mCodeField to the table's code field and returns its index; throws when there is none.
    int resolveCodeField( const QgsFeatureSource &source, const QgsFields &fields, const Options &options );
    //! The fields to take: the ones asked for, or every field that is not a key, name or year.
    static QVector<int> candidateFields( const QgsFields &fields, const Options &options, const FieldSelection &selection );

    //! Reads every row with a code (of the wanted years) into \a rows; false when canceled.
    bool readRows( QgsFeatureSource &source, const QgsFields &fields, const FieldSelection &selection, const Options &options,
                   QgsProcessingFeedback *feedback, std::vector<RawRow> &rows );
    //! The year of a row of a pivoted table; throws when it is no whole number.
    int yearOf( const QgsFeature &feature, const QgsFields &fields, int yearIndex, int rowNumber ) const;

    //! The file's decimal convention, from every text value of the fields to take.
    static veerkracht::DecimalSeparator decimalSeparatorOf( const std::vector<RawRow> &rows, Decimal decimal );
    //! Whether a text value with a point reads as a decimal number ("2.05"), not as thousands.
    static bool hasPointDecimals( const std::vector<RawRow> &rows );

    //! Every candidate field converted to numbers; fields that are not numeric are dropped or an error.
    std::vector<ConvertedField> convertFields( const QgsFields &fields, const QVector<int> &candidates, const std::vector<RawRow> &rows,
                                               const Options &options, bool pointDecimalsInFile );
    //! The decimal separator of one field; \a ambiguous when its points may be thousands or decimals.
    veerkracht::DecimalSeparator fieldSeparator( const QgsField &field, const std::vector<RawRow> &rows, int candidate,
                                                 const Options &options, bool pointDecimalsInFile, bool &ambiguous ) const;
    //! The values of candidate \a candidate as numbers, with what was missing or no number.
    FieldConversion convertValues( const QgsField &field, const std::vector<RawRow> &rows, int candidate,
                                   veerkracht::DecimalSeparator separator, const veerkracht::MissingValues &missing ) const;
    [[noreturn]] void throwNotNumeric( const QgsField &field, const FieldConversion &conversion, veerkracht::DecimalSeparator separator ) const;
    [[noreturn]] void throwAmbiguous( const QgsField &field, const QString &example ) const;

    //! The row of each code (and year); throws when a code (and year) has more than one row.
    RowIndex indexRows( const std::vector<RawRow> &rows ) const;
    //! The years the rows have (only 0 when the table is not pivoted).
    static std::set<int> yearsIn( const std::vector<RawRow> &rows );
    //! Appends the output columns, per field and then per year when pivoted; returns where each comes from.
    std::vector<Placement> placeColumns( const QgsFields &fields, const std::vector<ConvertedField> &converted,
                                         const std::set<int> &yearsPresent, const QString &suffix );
    //! Fills the values, names and texts per code and marks which columns are whole numbers.
    void fillValues( const std::vector<RawRow> &rows, const std::vector<ConvertedField> &converted,
                     const std::vector<Placement> &placements, const RowIndex &rowOf, int textCount );

    QString mName;
    QString mCodeField;
    QString mNameField;
    bool mPivoted = false;
    QVector<Column> mColumns;
    std::map<std::string, std::vector<std::optional<double>>> mValues;
    std::map<std::string, QString> mNames;
    QStringList mTextColumns;
    std::map<std::string, QStringList> mTexts;
    QVector<DroppedField> mDropped;
    QStringList mThousands;
    int mEmptyCells = 0;
    int mRowCount = 0;
    int mPrefixedCodes = 0;
    int mNulledMarkers = 0;
    veerkracht::DecimalSeparator mSeparator = veerkracht::DecimalSeparator::Point;
};
