// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "support/veerkracht_compat.h"

#include "algorithms/veerkrachtalgorithm.h"

#include <qgsfeature.h>
#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

#include <map>
#include <vector>

class QgsFields;
class QgsPrintLayout;
struct KaartStijl;

namespace veerkracht {
class FolderOutput;
}

/**
 * veerkracht:kaartenset — the printable map set ("kaarten op tafel"): per gemeente every map as
 * a PNG and all of them as one multi-page PDF, with title, legend with class counts, scale bar,
 * north arrow, source line and date.
 */
class KaartensetAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( KaartensetAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    KaartensetAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    vkcompat::AlgorithmFlags flags() const override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    struct Kaartset; //!< what the pages of every gemeente share (in the .cpp)
    //! The pages rendered so far, of how many, for the progress.
    struct Voortgang
    {
      int pages = 0;
      int total = 0;
    };

    //! MAPS, or every map whose class field INPUT has; says which maps are left out and why.
    std::vector<const KaartStijl *> chosenMaps( const QVariantMap &parameters, QgsProcessingContext &context, const QgsFields &fields,
                                                QgsProcessingFeedback *feedback ) const;
    //! INPUT's areas per gemeente (from the buurt codes of CODE_FIELD), only those of GEMEENTE when given.
    std::map<QString, QgsFeatureList> areasPerGemeente( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeatureSource &source,
                                                         QgsProcessingFeedback *feedback ) const;
    //! The titles, labels, background, paper and resolution of the set.
    Kaartset readKaartset( const QVariantMap &parameters, QgsProcessingContext &context, const QgsProcessingFeatureSource &source,
                           std::vector<const KaartStijl *> maps ) const;
    //! The pages of one gemeente, staged in \a output; false when canceled.
    bool renderGemeente( const QString &gemeente, const QString &title, const QgsFeatureList &areas, const Kaartset &kaartset,
                         veerkracht::FolderOutput &output, Voortgang &voortgang, QgsProcessingFeedback *feedback ) const;
    //! The film of one gemeente: a sheet with map 7 per period (PNG and PDF) and an animated GIF; false when canceled.
    bool renderFilm( const QString &gemeente, const QString &title, const QgsFeatureList &areas, const Kaartset &kaartset,
                     veerkracht::FolderOutput &output, Voortgang &voortgang, QgsProcessingFeedback *feedback ) const;
    //! Every page of \a layout as a PNG, named to sort, and all pages as one PDF; false when canceled.
    bool exportGemeente( QgsPrintLayout &layout, const QString &gemeente, const Kaartset &kaartset, veerkracht::FolderOutput &output,
                         Voortgang &voortgang, QgsProcessingFeedback *feedback ) const;
};
