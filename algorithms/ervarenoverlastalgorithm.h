// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

//! veerkracht:ervarenoverlast — experienced nuisance from a survey: level and development (map 6).
class ErvarenOverlastAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( ErvarenOverlastAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    ErvarenOverlastAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
