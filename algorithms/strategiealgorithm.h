// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

//! veerkracht:strategie — a suggested mix of the four strategies per area, from a rule table.
class StrategieAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( StrategieAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    //! With the map set and the profiles: what a planner runs, not a building block.
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    StrategieAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
