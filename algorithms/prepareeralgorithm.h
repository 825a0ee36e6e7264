#pragma once

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

/**
 * veerkracht:prepareer — "Gegevens voorbereiden": joins one or more attribute tables onto an
 * area layer by area code and writes one clean layer in EPSG:28992 (METHOD.md §2 and §6).
 */
class PrepareerAlgorithm : public QgsProcessingAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( PrepareerAlgorithm )

  public:
    PrepareerAlgorithm() = default;

    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;
    PrepareerAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
