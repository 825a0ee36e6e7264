// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QToolButton>

class QAction;
class QgisInterface;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

/**
 * The desktop's Veerkracht menu and toolbar button: prepare the data, make the maps, export the
 * map set and the buurt profiles, apply a map style to the active layer, load the Utrecht example,
 * open the manual. Map layers are renamed after the map chosen in their Styles menu. Without an
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

    //! What a dialog's INPUT is: areas to prepare, prepared areas, or computed maps.
    enum class Invoer
    {
      Gebieden,
      Voorbereid,
      Kaarten,
    };

    /**
     * The layer a dialog of this kind offers as INPUT: the active polygon layer, except that for
     * prepared input a map layer gives way to the prepared layer of the example, and for maps a
     * map layer is preferred. Null when no polygon layer fits.
     */
    static class QgsVectorLayer *inputLayer( Invoer invoer, QgsVectorLayer *active, const QgsProject *project );

    //! Lets the labels of a Veerkracht algorithm's dialog wrap when it is shown.
    bool eventFilter( QObject *watched, QEvent *event ) override;

  public slots:
    void gegevensVoorbereiden();
    void veerkrachtkaartenMaken();
    void kaartensetExporteren();
    void buurtprofielen();
    void webatlasExporteren();
    void stijlToepassen();
    void voorbeeldLaden();
    void handleidingOpenen();

  private:
    void openAlgorithmDialog( const QString &algorithmId, Invoer invoer );
    //! Sets the Temporal Controller's step to a year when \a layer, a film, plays and the step is QGIS's default.
    void filmStap( QgsVectorLayer *layer );
    //! Renames a map layer after the map whose style the user chose in its Styles menu.
    void followStyle( QgsVectorLayer *layer );
    void watchLayers( const QList<QgsMapLayer *> &layers );
    void tell( const QString &message, bool ok );
    QWidget *window() const;

    QgisInterface *mIface = nullptr;
    bool mReadingProject = false; //!< between QgsProject::loadingLayer and readProject
    QPointer<QMenu> mMenu;
    QPointer<QToolButton> mToolButton;
    QAction *mToolBarAction = nullptr; // owned by the plugin toolbar
};
