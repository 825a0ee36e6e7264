#include "outputs.h"

#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsproviderregistry.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace veerkracht {

QString fileOfSource( const QString &source )
{
  QString path = source;
  if ( path.startsWith( QLatin1String( "ogr:" ) ) )
    path = path.mid( 4 );
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), path );
  path = parts.value( QStringLiteral( "path" ), path ).toString();
  if ( path.isEmpty() || !QDir::isAbsolutePath( path ) )
    return QString();
  const QFileInfo info( path );
  return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

void refuseToOverwriteInputs( const QString &parameter, const QString &destination, const QStringList &inputSources )
{
  const QString target = fileOfSource( destination );
  if ( target.isEmpty() )
    return;
  for ( const QString &input : inputSources )
  {
    if ( fileOfSource( input ) == target )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is one of the inputs; expected a new file — inputs are never overwritten." )
                                    .arg( parameter, target ) );
  }
}

GuardedSink::GuardedSink( QgsFeatureSink *sink, const QString &destinationId )
  : mSink( sink )
  , mDestinationId( destinationId )
{
}

GuardedSink::~GuardedSink()
{
  if ( mFinished )
    return;
  mSink.reset();
  const QString path = fileOfSource( mDestinationId );
  if ( path.isEmpty() || !QFileInfo( path ).isFile() )
    return;
  QFile::remove( path );
  for ( const char *companion : { "-wal", "-shm", "-journal" } )
    QFile::remove( path + QLatin1String( companion ) );
  const QFileInfo info( path );
  if ( info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0 )
    for ( const char *ext : { "shx", "dbf", "prj", "cpg", "qix", "qmd" } )
      QFile::remove( info.dir().filePath( info.completeBaseName() + QLatin1Char( '.' ) + QLatin1String( ext ) ) );
}

void GuardedSink::finish()
{
  mSink.reset();
  mFinished = true;
}

} // namespace veerkracht
