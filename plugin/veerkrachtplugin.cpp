// SPDX-License-Identifier: GPL-2.0-or-later
#include "plugin/veerkrachtplugin.h"
#include "plugin/veerkrachtgui.h"
#include "plugin/indicatorenwidget.h"
#include "provider/veerkrachtprovider.h"
#include "support/veerkrachtresources.h"
#include "support/veerkracht_version.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsgui.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingregistry.h>

#include <QMainWindow>
#include <QMenu>

namespace {
const QString sName = QStringLiteral( "Veerkracht" );
const QString sDescription = QStringLiteral( "Neighbourhood resilience maps (veerkrachtkaarten) from open data, as Processing algorithms" );
const QString sCategory = QStringLiteral( "Analysis" );
const QString sVersion = QStringLiteral( VEERKRACHT_VERSION );
const QString sIcon = QStringLiteral( ":/veerkracht/veerkracht.svg" );
const QString sExperimental = QStringLiteral( "true" );

//! The copy started by the qgis_process/ZIP loader through veerkracht_load().
VeerkrachtPlugin *sLoaded = nullptr;
} // namespace

VeerkrachtPlugin::VeerkrachtPlugin( QgisInterface *iface )
  : QgisPlugin( sName, sDescription, sCategory, sVersion, QgisPlugin::UI )
  , mIface( iface )
{
}

VeerkrachtPlugin::~VeerkrachtPlugin()
{
  unload();
}

void VeerkrachtPlugin::initGui()
{
  installVeerkrachtTranslator();
  // Another copy (the C++ plugin and the Python loader both enabled) may have registered the
  // provider and the menu already.
  if ( !QgsApplication::processingRegistry()->providerById( QString::fromLatin1( VeerkrachtProvider::ID ) ) )
  {
    mProvider = new VeerkrachtProvider();
    if ( !QgsApplication::processingRegistry()->addProvider( mProvider ) )
      mProvider.clear();
  }
  if ( mIface && mIface->mainWindow() && !mIface->mainWindow()->findChild<QMenu *>( QStringLiteral( "mVeerkrachtMenu" ) ) )
    mGui = std::make_unique<VeerkrachtGui>( mIface );
  // The indicator tables' widget in the dialogs (the desktop, a script's own window); qgis_process
  // and QGIS Server show none.
  const QString platform = QgsApplication::platform();
  if ( !mWidgetFactory && platform != QLatin1String( "qgis_process" ) && platform != QLatin1String( "server" ) && QgsGui::processingGuiRegistry() )
  {
    auto *factory = new IndicatorenWidgetFactory();
    if ( QgsGui::processingGuiRegistry()->addParameterWidgetFactory( factory ) )
      mWidgetFactory = factory;
    else
      delete factory; // another copy's is registered (QGIS keeps the first)
  }
}

void VeerkrachtPlugin::unload()
{
  mGui.reset();
  if ( mWidgetFactory && QgsGui::processingGuiRegistry() )
    QgsGui::processingGuiRegistry()->removeParameterWidgetFactory( mWidgetFactory ); // deletes it
  mWidgetFactory = nullptr;
  if ( mProvider )
    QgsApplication::processingRegistry()->removeProvider( mProvider ); // deletes it
  mProvider.clear();
  // The translation lives in this library, which QGIS may unload next.
  if ( !QgsApplication::processingRegistry()->providerById( QString::fromLatin1( VeerkrachtProvider::ID ) ) )
    removeVeerkrachtTranslator();
}

// The QGIS plugin entry points.
QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  return new VeerkrachtPlugin( iface );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

QGISEXTERN const QString *description()
{
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

QGISEXTERN int type()
{
  return QgisPlugin::UI;
}

QGISEXTERN const QString *version()
{
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  return &sIcon;
}

QGISEXTERN const QString *experimental()
{
  return &sExperimental;
}

QGISEXTERN void unload( QgisPlugin *plugin )
{
  delete plugin;
}

/**
 * The one registration function of the Python loader (python/veerkracht/__init__.py), for
 * qgis_process and for installs from the Plugin Manager's ZIP: registers the provider and, when
 * \a iface is a QgisInterface (the desktop), the menu. Returns 1 when Veerkracht is loaded.
 */
QGISEXTERN int veerkracht_load( void *iface )
{
  if ( !sLoaded )
  {
    sLoaded = new VeerkrachtPlugin( static_cast<QgisInterface *>( iface ) );
    sLoaded->initGui();
  }
  return QgsApplication::processingRegistry()->providerById( QString::fromLatin1( VeerkrachtProvider::ID ) ) ? 1 : 0;
}

//! Undoes veerkracht_load(): the loader's unload().
QGISEXTERN void veerkracht_unload()
{
  delete sLoaded;
  sLoaded = nullptr;
}
