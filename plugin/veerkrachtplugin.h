#pragma once

#include <qgisplugin.h>

#include <QObject>
#include <QPointer>

class QgisInterface;
class VeerkrachtProvider;

/**
 * The desktop plugin: registers the Veerkracht processing provider while loaded.
 */
class VeerkrachtPlugin : public QObject, public QgisPlugin
{
    Q_OBJECT

  public:
    explicit VeerkrachtPlugin( QgisInterface *iface );

    void initGui() override;
    void unload() override;

  private:
    QgisInterface *mIface = nullptr;
    QPointer<VeerkrachtProvider> mProvider; // owned by the processing registry once added
};
