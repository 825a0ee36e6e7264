#pragma once

#include "kaartalgorithm.h"
#include "strategieregels.h"

//! veerkracht:strategie — a suggested mix of the four strategies per area, from a rule table.
class StrategieAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( StrategieAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    StrategieAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

    //! The field of each profile condition in a veerkrachtkaarten layer (signaal: absolute or relative).
    static QMap<QString, QString> kenmerkVelden( bool relatief );

    //! The Dutch sentence that explains a suggestion: which rule fired and why.
    static QString uitleg( const veerkracht::Regel &regel );

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
