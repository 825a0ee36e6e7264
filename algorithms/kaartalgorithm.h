// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/kaarten.h"
#include "model/missingvalues.h"
#include "model/samengesteldeindex.h"

#include <qgsfeature.h>
#include <qgsfields.h>
#include "algorithms/veerkrachtalgorithm.h"
#include "support/parameterfout.h"

#include <qgsprocessingalgorithm.h>
#include <qgscoordinatereferencesystem.h>

#include <QCoreApplication>
#include <QMap>

#include <vector>

namespace veerkracht {
class ModelError;
}

/**
 * The area layer of a map algorithm, read once: its features, and its fields as numbers
 * (missing-value markers and CBS sentinels as missing, never 0) or text.
 */
class AreaData
{
    Q_DECLARE_TR_FUNCTIONS( AreaData )

  public:
    QgsFields fields;
    QgsCoordinateReferenceSystem crs;
    std::vector<QgsFeature> features;
    veerkracht::MissingValues missing;

    std::size_t size() const { return features.size(); }

    /**
     * A field as numbers. Throws a veerkracht::ParameterFout that names \a parameter and the field
     * when it does not exist, holds text that is not a number, or has no value at all.
     */
    veerkracht::Column numeric( const QString &field, const QString &parameter ) const;

    //! A field as trimmed text (empty for NULL); throws a veerkracht::ParameterFout when it does not exist.
    std::vector<std::string> text( const QString &field, const QString &parameter ) const;
};

//! Fields a map algorithm adds, with their values per area, in order.
class OutputColumns
{
  public:
    void addNumber( const QString &name, const veerkracht::Column &values );
    void addInteger( const QString &name, const std::vector<int> &values );
    void addFlag( const QString &name, const std::vector<bool> &values );
    void addText( const QString &name, const std::vector<QString> &values );
    //! The small-area flag `onvoldoende`: 1 where an area has too few inhabitants or missing data.
    void addInsufficientFlag( const std::vector<bool> &valid );
    //! A class field (integer code, 0 = onvoldoende gegevens) and its Dutch label field beside it.
    void addClass( const QString &classField, const QString &labelField, const std::vector<int> &classes, veerkracht::Kaart kaart );

    const QgsFields &fields() const { return mFields; }
    QVariant value( int column, std::size_t area ) const { return mValues[static_cast<std::size_t>( column )][area]; }

  private:
    QgsFields mFields;
    std::vector<std::vector<QVariant>> mValues;
};

/**
 * Base of the algorithms that add map fields to an area layer: the area input, the rule for
 * small areas (specification.md §3), the output that keeps every input field (fields of the same name
 * as a written field are replaced), and errors that name the parameter.
 */
class KaartAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( KaartAlgorithm )

  public:
    QString group() const override;
    QString groupId() const override;

  protected:
    void addAreaInput();
    //! INHABITANTS_FIELD, MIN_INWONERS (default 100) and REQUIRED_FIELDS.
    void addSmallAreaParameters();
    void addAreaOutput( const QString &description );
    //! A field parameter of INPUT (numeric by use, any type accepted so that text numbers get a clear message).
    void addFieldParameter( const QString &name, const QString &description, const QString &defaultField, bool optional = false );
    void addDeadBandParameter();

    AreaData readAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    /**
     * The areas with enough data: not small (when INHABITANTS_FIELD is given) and with a value
     * for each of \a used and each REQUIRED_FIELDS field. Their count goes to the log.
     */
    std::vector<bool> sufficientData( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context,
                                      const std::vector<const veerkracht::Column *> &used, QgsProcessingFeedback *feedback ) const;

    //! The areas with enough data (\a sufficient when already known) that pass REFERENCE_FILTER (its count goes to the log).
    std::vector<bool> referenceSet( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                    const std::vector<bool> *sufficient = nullptr ) const;

    //! The inhabitants per area (empty when INHABITANTS_FIELD is not given).
    veerkracht::Column inhabitants( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! Writes the areas with the added columns to OUTPUT; returns the destination id.
    QString writeAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                        const AreaData &areas, const OutputColumns &columns ) const;

    /**
     * Gives the output its map styles (specification.md §4 ids of kaartStijlen(), the first the default):
     * stored in the GeoPackage (or as a sidecar .qml), and applied by a post-processor when the
     * desktop loads the layer.
     */
    void styleOutput( const QString &destination, const QStringList &styleIds, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    /**
     * A model error as a ParameterFout about the parameters \a subjects maps its subject to ("%1: %2."
     * with the subject's text and the error); a subject not in \a subjects is named as it is.
     */
    static veerkracht::ParameterFout parameterError( const veerkracht::ModelError &error, const QMap<QString, veerkracht::ParameterTekst> &subjects );

    //! "map  class: count, …" for the log.
    static QString classCounts( const std::vector<int> &classes, veerkracht::Kaart kaart );
};
