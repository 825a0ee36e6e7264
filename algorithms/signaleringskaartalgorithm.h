// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

#include <utility>
#include <vector>

//! veerkracht:signaleringskaart — the signal per area, absolute and relative to the gemeente (maps 7 and 8).
class SignaleringskaartAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( SignaleringskaartAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    SignaleringskaartAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

    //! Output names and labels of the count per absolute signal: VEERKRACHT_ONDER_DRUK, …, ONVOLDOENDE_GEGEVENS.
    static std::vector<std::pair<QString, QString>> signalOutputs();

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
