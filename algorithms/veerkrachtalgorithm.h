#pragma once

#include <qgsprocessingalgorithm.h>

#include <QIcon>

//! What every Veerkracht algorithm shares: the provider's icon.
class VeerkrachtAlgorithm : public QgsProcessingAlgorithm
{
  public:
    QIcon icon() const override { return QIcon( svgIconPath() ); }
    QString svgIconPath() const override { return QStringLiteral( ":/veerkracht/veerkracht.svg" ); }
};
