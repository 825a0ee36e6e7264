#include "veerkrachtplugin.h"
#include "veerkrachtprovider.h"
#include "veerkracht_version.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

namespace {
const QString sName = QStringLiteral( "Veerkracht" );
const QString sDescription = QStringLiteral( "Neighbourhood resilience maps (veerkrachtkaarten) from open data, as Processing algorithms" );
const QString sCategory = QStringLiteral( "Analysis" );
const QString sVersion = QStringLiteral( VEERKRACHT_VERSION );
const QString sIcon = QStringLiteral( ":/veerkracht/veerkracht.svg" );
const QString sExperimental = QStringLiteral( "true" );
} // namespace

VeerkrachtPlugin::VeerkrachtPlugin( QgisInterface *iface )
  : QgisPlugin( sName, sDescription, sCategory, sVersion, QgisPlugin::UI )
  , mIface( iface )
{
}

void VeerkrachtPlugin::initGui()
{
  // Another copy (e.g. the qgis_process loader) may have registered the provider already.
  if ( QgsApplication::processingRegistry()->providerById( QString::fromLatin1( VeerkrachtProvider::ID ) ) )
    return;
  mProvider = new VeerkrachtProvider();
  if ( !QgsApplication::processingRegistry()->addProvider( mProvider ) )
    mProvider.clear();
}

void VeerkrachtPlugin::unload()
{
  if ( mProvider )
    QgsApplication::processingRegistry()->removeProvider( mProvider ); // deletes it
  mProvider.clear();
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
