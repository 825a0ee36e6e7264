// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/veerkrachtalgorithm.h"

#include <QCoreApplication>

//! veerkracht:buurtprofiel — one printable A4 profile per area (PDF) and the same as HTML.
class BuurtprofielAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( BuurtprofielAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    BuurtprofielAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
