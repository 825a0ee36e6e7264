#pragma once

#include "missingvalues.h"
#include "numbertext.h"

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
      QString suffix;            //!< appended to every joined field name of this table
      Decimal decimal = Decimal::Detect;
      veerkracht::MissingValues missing;
    };

    struct Column
    {
      QString name;          //!< output field name
      bool integer = false;  //!< every value present is a whole number
    };

    //! Reads the whole table; throws QgsProcessingException naming the field and what was expected.
    JoinTable( QgsFeatureSource &source, const QString &tableName, const Options &options, QgsProcessingFeedback *feedback );

    QString tableName() const { return mName; }
    QString codeField() const { return mCodeField; }
    bool isPivoted() const { return mPivoted; }
    const QVector<Column> &columns() const { return mColumns; }

    //! Values aligned with columns() for an area code, or nullptr when the table has no row for it.
    const std::vector<std::optional<double>> *valuesFor( const std::string &code ) const;

    //! The area name the table gives for a code (empty when it has no name field or row).
    QString nameFor( const std::string &code ) const;

    //! Whether the table has a field with area names.
    bool hasNames() const { return !mNameField.isEmpty(); }

    //! Normalised codes that have a row in the table.
    std::vector<std::string> codes() const;

    int rowCount() const { return mRowCount; }
    int prefixedCodes() const { return mPrefixedCodes; }
    int nulledMarkers() const { return mNulledMarkers; }
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
    int mRowCount = 0;
    int mPrefixedCodes = 0;
    int mNulledMarkers = 0;
    veerkracht::DecimalSeparator mSeparator = veerkracht::DecimalSeparator::Point;
};
