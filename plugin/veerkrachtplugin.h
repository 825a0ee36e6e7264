// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgisplugin.h>

#include <QObject>
#include <QPointer>

#include <memory>

class QgisInterface;
class VeerkrachtGui;
class VeerkrachtProvider;

/**
 * The desktop plugin: registers the Veerkracht processing provider while loaded and, in the
 * desktop, adds the Veerkracht menu and toolbar button.
 */
class VeerkrachtPlugin : public QObject, public QgisPlugin
{
    Q_OBJECT

  public:
    explicit VeerkrachtPlugin( QgisInterface *iface );
    ~VeerkrachtPlugin() override;

    void initGui() override;
    void unload() override;

    //! The menu and toolbar button, while loaded in the desktop (nullptr otherwise).
    VeerkrachtGui *gui() const { return mGui.get(); }

  private:
    QgisInterface *mIface = nullptr;
    QPointer<VeerkrachtProvider> mProvider; // owned by the processing registry once added
    std::unique_ptr<VeerkrachtGui> mGui;
    class IndicatorenWidgetFactory *mWidgetFactory = nullptr; //!< registered by this copy, owned by QGIS's processing GUI registry
};
