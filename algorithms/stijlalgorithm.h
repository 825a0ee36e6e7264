// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "support/veerkracht_compat.h"

#include "algorithms/veerkrachtalgorithm.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

//! veerkracht:stijl — applies a map's standard style to any layer (fields computed your own way).
class StijlAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( StijlAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    StijlAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    vkcompat::AlgorithmFlags flags() const override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
