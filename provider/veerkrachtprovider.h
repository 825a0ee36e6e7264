// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsprocessingprovider.h>

/**
 * The Veerkracht processing provider (id `veerkracht`): the algorithms that compute the
 * veerkrachtkaarten from open data.
 */
class VeerkrachtProvider : public QgsProcessingProvider
{
  public:
    static constexpr const char *ID = "veerkracht";

    explicit VeerkrachtProvider( QObject *parent = nullptr );

    QIcon icon() const override;
    QString svgIconPath() const override;
    QString id() const override;
    QString name() const override;
    QString longName() const override;
    QString helpId() const override;
    QString versionInfo() const override;
    bool supportsNonFileBasedOutput() const override;
    //! Registers the indicator table's parameter type (once per registry) with the algorithms.
    bool load() override;
    void unload() override;

  protected:
    void loadAlgorithms() override;

  private:
    class QgsProcessingParameterType *mIndicatorenType = nullptr; //!< registered by this provider, owned by the registry
};
