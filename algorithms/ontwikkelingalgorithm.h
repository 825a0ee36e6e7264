// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

//! veerkracht:ontwikkeling — ΔK and ΔO in five development classes with a dead band (maps 3 and 5).
class OntwikkelingAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( OntwikkelingAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    OntwikkelingAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
