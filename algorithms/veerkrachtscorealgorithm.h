// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

//! veerkracht:veerkrachtscore — the residual of ΔO on ΔK as a continuous score (map 10).
class VeerkrachtscoreAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( VeerkrachtscoreAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    VeerkrachtscoreAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
