#pragma once

#include "kaartalgorithm.h"

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

  protected:
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
