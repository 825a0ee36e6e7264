// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/veerkrachtalgorithm.h"

#include <QCoreApplication>

//! veerkracht:webatlas — an interactive atlas per gemeente (or one for all) that opens in a browser from file://.
class WebatlasAlgorithm : public VeerkrachtAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( WebatlasAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    WebatlasAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
