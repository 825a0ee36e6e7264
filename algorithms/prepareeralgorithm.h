// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgscoordinatereferencesystem.h>
#include "algorithms/veerkrachtalgorithm.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

class QgsMapLayer;
class QgsVectorLayer;

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

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    struct TableSettings;

    /**
     * TABLES as layers: every entry must open (a path that does not would otherwise be silently
     * left out); a CBS OData JSON file is read here into \a ownTables (GDAL does not know it).
     */
    QList<QgsMapLayer *> tableLayers( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                      std::vector<std::unique_ptr<QgsVectorLayer>> &ownTables ) const;
    //! TABLE_CODE_FIELDS and TABLE_SUFFIXES (at most one per table of \a tableCount) and the options every table is read with.
    TableSettings tableSettings( const QVariantMap &parameters, QgsProcessingContext &context, int tableCount ) const;
    //! TARGET_CRS; RD New when it is not given.
    QgsCoordinateReferenceSystem outputCrs( const QVariantMap &parameters, QgsProcessingContext &context ) const;
};
