// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/veerkrachtalgorithm.h"

#include <QCoreApplication>

//! veerkracht:harmoniseer — areal interpolation of counts and rates onto other zones (specification.md §5).
class HarmoniseerAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( HarmoniseerAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    HarmoniseerAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
