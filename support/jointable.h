// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/missingvalues.h"
#include "model/numbertext.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QgsFeatureSource;
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
