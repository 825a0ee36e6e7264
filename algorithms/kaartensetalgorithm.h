// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "support/veerkracht_compat.h"

#include "algorithms/veerkrachtalgorithm.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

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
};
