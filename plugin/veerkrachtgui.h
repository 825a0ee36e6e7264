#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QToolButton>

class QAction;
class QgisInterface;

/**
 * The desktop's Veerkracht menu and toolbar button: make the maps, export the map set, apply a
 * map style to the active layer, load the Utrecht example, open the manual. Without an
 * interface (tests) the menu is built but not placed in a main window.
 */
class VeerkrachtGui : public QObject
{
    Q_OBJECT

  public:
    explicit VeerkrachtGui( QgisInterface *iface, QObject *parent = nullptr );
    ~VeerkrachtGui() override;

    QMenu *menu() const { return mMenu; }
    //! The action for the menu entry with this object name (e.g. "mActionVoorbeeldLaden").
    QAction *action( const QString &objectName ) const;

  public slots:
    void veerkrachtkaartenMaken();
    void kaartensetExporteren();
    void stijlToepassen();
    void voorbeeldLaden();
    void handleidingOpenen();

  private:
    void openAlgorithmDialog( const QString &algorithmId );
    void tell( const QString &message, bool ok );
    QWidget *window() const;

    QgisInterface *mIface = nullptr;
    QPointer<QMenu> mMenu;
    QPointer<QToolButton> mToolButton;
    QAction *mToolBarAction = nullptr; // owned by the plugin toolbar
};
