// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgscoordinatereferencesystem.h>
#include "algorithms/veerkrachtalgorithm.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

/**
 * veerkracht:prepareer — "Gegevens voorbereiden": joins one or more attribute tables onto an
 * area layer by area code and writes one clean layer in EPSG:28992 (specification.md §2 and §6).
 */
class PrepareerAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( PrepareerAlgorithm )

  public:
    PrepareerAlgorithm() = default;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PrepareerAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    //! As QGIS's check, with a CBS OData JSON file in TABLES taken as the table it is.
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

    /**
     * The CRS the area layer's coordinates are in: \a assigned when given, else the layer's own,
     * else guessed from the coordinates (with a warning); a label that contradicts RD coordinates
     * is reported. Throws when there is nothing to go on.
     */
    static QgsCoordinateReferenceSystem areaCrs( const QgsFeatureSource &areas, const QgsCoordinateReferenceSystem &assigned,
        QgsProcessingContext &context, QgsProcessingFeedback *feedback );

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
