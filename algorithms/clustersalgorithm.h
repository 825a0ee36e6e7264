// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"
#include "model/buren.h"

#include <optional>
#include <vector>

namespace veerkracht {
struct GlobaleMoran;
struct MoranOpties;
struct MoranUitkomst;
} // namespace veerkracht

//! veerkracht:clusters — Local Moran's I on contiguity (or k nearest) weights: map 11.
class ClustersAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( ClustersAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    ClustersAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    struct Gebiedscodes;    //!< the areas' names in the log and the GAL file (in the .cpp)
    struct Analysegebieden; //!< the areas Moran's I runs on, with their values (in the .cpp)

    //! CODE_FIELD, or the detected code field, as the areas' names.
    Gebiedscodes readCodes( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Areas without geometry cannot have neighbours that mean anything: no longer \a valid (onvoldoende gegevens), and listed in the log.
    void excludeWithoutGeometry( const AreaData &areas, const Gebiedscodes &codes, std::vector<bool> &valid, QgsProcessingFeedback *feedback ) const;
    //! The \a valid areas and their \a values; throws for fewer than 4.
    Analysegebieden analysegebieden( const std::vector<bool> &valid, const veerkracht::Column &values, const QString &field ) const;
    //! The neighbours of the analysed areas by WEIGHTS, K, SNAP and GROUP_FIELD; nothing when canceled.
    std::optional<veerkracht::Buren> findNeighbours( const AreaData &areas, const std::vector<std::size_t> &index, const QVariantMap &parameters,
                                                     QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
    //! The centroids of the analysed areas in metres: a geographic layer's are taken to RD New.
    std::vector<veerkracht::Punt> centroidsInMetres( const AreaData &areas, const std::vector<std::size_t> &index, QgsProcessingContext &context,
                                                     QgsProcessingFeedback *feedback ) const;
    //! The names of the areas without neighbours, warned about; throws when no area has one.
    QStringList areasWithoutNeighbours( const veerkracht::Buren &buren, const std::vector<std::size_t> &index, const Gebiedscodes &codes,
                                        QgsProcessingFeedback *feedback ) const;
    //! PERMUTATIONS, SEED and THREADS.
    veerkracht::MoranOpties readMoranOpties( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    //! Local and global Moran's I with row standardised weights, with progress from 10 to 95 %.
    veerkracht::MoranUitkomst runMoran( const std::vector<double> &x, const veerkracht::Buren &buren, const veerkracht::MoranOpties &opties,
                                        const QString &field, QgsProcessingFeedback *feedback ) const;
    //! Map 11's classes of the analysed areas by ALPHA and FDR.
    std::vector<int> classify( const veerkracht::MoranUitkomst &uitkomst, const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback ) const;
    //! The global Moran's I and the class counts of every area (\a klasse) in the log.
    void logSummary( const QString &field, const veerkracht::GlobaleMoran &globaal, const veerkracht::MoranOpties &opties, const std::vector<int> &klasse,
                     QgsProcessingFeedback *feedback ) const;
};
