#include "outputs.h"

#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsdatasourceuri.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsproviderregistry.h>

#include <gdal.h>
#include <ogr_api.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace veerkracht {

QString fileOfSource( const QString &source )
{
  QString path = source;
  if ( path.startsWith( QLatin1String( "ogr:" ) ) )
    path = path.mid( 4 );
  if ( path.contains( QLatin1String( "dbname=" ) ) )
    path = QgsDataSourceUri( path ).database(); // ogr:dbname='file.gpkg' table="layer"
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

void prepareDestinations( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext & )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm.destinationParameterDefinitions() )
  {
    QVariant value = parameters.value( definition->name() );
    if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
      value = value.value<QgsProcessingOutputLayerDefinition>().sink.staticValue();
    const QString text = value.toString();
    if ( text.isEmpty() || text == QgsProcessing::TEMPORARY_OUTPUT || text.startsWith( QLatin1String( "memory:" ) ) )
      continue;
    const bool isFolder = definition->type() == QgsProcessingParameterFolderDestination::typeName();
    const QString path = isFolder ? QFileInfo( text ).absoluteFilePath() : fileOfSource( text );
    if ( path.isEmpty() )
      continue; // a database or a service, not a file
    const QString folder = isFolder ? path : QFileInfo( path ).absolutePath();
    if ( !QDir().mkpath( folder ) )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the folder '%2'; expected a path in a folder that can be created and written." )
                                    .arg( definition->name(), folder ) );
    if ( !QFileInfo( folder ).isWritable() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the folder '%2' cannot be written; expected a writable folder." )
                                    .arg( definition->name(), folder ) );
  }
}

GuardedSink::GuardedSink( QgsFeatureSink *sink, const QString &destinationId, bool fileExisted )
  : mSink( sink )
  , mDestinationId( destinationId )
  , mFileExisted( fileExisted )
{
}

bool outputFileExists( const QString &destination )
{
  const QString path = fileOfSource( destination );
  return !path.isEmpty() && QFileInfo( path ).exists();
}

GuardedSink::~GuardedSink()
{
  if ( mFinished )
    return;
  mSink.reset();
  const QString path = fileOfSource( mDestinationId );
  if ( path.isEmpty() || !QFileInfo( path ).isFile() )
    return;
  if ( mFileExisted )
  {
    // A layer added to a file that was there before: take the layer out, keep the file.
    const QString layerName = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), mDestinationId ).value( QStringLiteral( "layerName" ) ).toString();
    if ( GDALDatasetH ds = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr ) )
    {
      for ( int i = 0; i < GDALDatasetGetLayerCount( ds ); ++i )
      {
        if ( QString::fromUtf8( OGR_L_GetName( GDALDatasetGetLayer( ds, i ) ) ) == layerName )
        {
          GDALDatasetDeleteLayer( ds, i );
          break;
        }
      }
      GDALClose( ds );
    }
    return;
  }
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

WrittenFiles::~WrittenFiles()
{
  if ( mKeep )
    return;
  for ( const QString &path : std::as_const( mPaths ) )
    QFile::remove( path );
}

} // namespace veerkracht
