// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/veerkrachtresources.h"
#include "support/veerkracht_version.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

#include <memory>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#elif defined( Q_OS_WIN )
#include <windows.h>
#endif

namespace {

//! The folder of the binary this code is in: the plugin's folder when QGIS loaded it from a ZIP install.
QString libraryFolder()
{
#ifdef Q_OS_UNIX
  Dl_info info;
  if ( dladdr( reinterpret_cast<void *>( &libraryFolder ), &info ) && info.dli_fname )
    return QFileInfo( QString::fromLocal8Bit( info.dli_fname ) ).absolutePath();
#elif defined( Q_OS_WIN )
  // Not built here: the module (DLL) that holds this function, as dladdr finds it on Unix.
  HMODULE module = nullptr;
  if ( GetModuleHandleExW( GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                           reinterpret_cast<LPCWSTR>( &libraryFolder ), &module ) )
  {
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW( module, path, MAX_PATH );
    if ( length > 0 && length < MAX_PATH )
      return QFileInfo( QString::fromWCharArray( path, static_cast<int>( length ) ) ).absolutePath();
  }
#endif
  return QCoreApplication::applicationDirPath();
}

} // namespace

QString veerkrachtDataFile( const QString &relativePath )
{
  QStringList folders;
  if ( !qEnvironmentVariableIsEmpty( "VEERKRACHT_DATA_DIR" ) )
    folders << qEnvironmentVariable( "VEERKRACHT_DATA_DIR" );
  folders << libraryFolder() << QStringLiteral( VEERKRACHT_INSTALL_DATADIR ) << QStringLiteral( VEERKRACHT_SOURCE_DIR );
  for ( const QString &folder : std::as_const( folders ) )
  {
    const QString path = QDir( folder ).filePath( relativePath );
    if ( QFileInfo::exists( path ) )
      return QDir::cleanPath( path );
  }
  return QString();
}

QUrl veerkrachtManualUrl()
{
  const QString manual = veerkrachtDataFile( QStringLiteral( "docs/handleiding.html" ) );
  return manual.isEmpty() ? QUrl() : QUrl::fromLocalFile( manual );
}

namespace {
QTranslator *sTranslator = nullptr;
}

bool installVeerkrachtTranslator()
{
  if ( sTranslator )
    return true;
  if ( !QCoreApplication::instance() || !QgsApplication::locale().startsWith( QLatin1String( "nl" ) ) )
    return false;
  auto dutch = std::make_unique<QTranslator>( QCoreApplication::instance() );
  if ( !dutch->load( QStringLiteral( ":/veerkracht/i18n/veerkracht_nl.qm" ) ) )
    return false;
  QCoreApplication::installTranslator( dutch.get() );
  sTranslator = dutch.release();
  return true;
}

void removeVeerkrachtTranslator()
{
  if ( !sTranslator )
    return;
  QCoreApplication::removeTranslator( sTranslator );
  delete sTranslator;
  sTranslator = nullptr;
}
