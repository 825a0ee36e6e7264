// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/outputs.h"
#include "support/postgis.h"
#include "support/veerkracht_version.h"

#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsdatasourceuri.h>
#include <qgsmaplayer.h>
#include <qgsmaplayerstore.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <gdal.h>
#include <ogr_api.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>

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

namespace {

// A path as the process will open it: relative to the working folder, "." and ".." resolved, and
// the folder's links resolved where it exists.
QString absoluteFile( const QString &path )
{
  const QFileInfo info( QDir::current().absoluteFilePath( path ) );
  if ( info.exists() )
    return info.canonicalFilePath();
  const QFileInfo folder( info.absolutePath() );
  const QString base = folder.exists() ? folder.canonicalFilePath() : QDir::cleanPath( folder.absoluteFilePath() );
  return base + QLatin1Char( '/' ) + info.fileName();
}

// A provider-prefixed destination or source ("postgres:…", "memory:…"); "C:/…" is a path.
bool hasProviderPrefix( const QString &text )
{
  static const QRegularExpression prefix( QStringLiteral( "^[A-Za-z_]{3,}:" ) );
  return prefix.match( text ).hasMatch() && !text.startsWith( QLatin1String( "ogr:" ) );
}

// The file behind one input value (a path, a layer source, a layer id of the project or the run).
QString inputFile( const QVariant &value, QgsProcessingContext &context )
{
  QString text;
  if ( QgsMapLayer *layer = qobject_cast<QgsMapLayer *>( value.value<QObject *>() ) )
    text = layer->source();
  else if ( value.canConvert<QgsProcessingFeatureSourceDefinition>() )
    text = value.value<QgsProcessingFeatureSourceDefinition>().source.staticValue().toString();
  else if ( value.canConvert<QgsProperty>() )
    text = value.value<QgsProperty>().staticValue().toString();
  else
    text = value.toString();
  if ( text.isEmpty() )
    return QString();
  if ( QgsMapLayer *layer = context.temporaryLayerStore()->mapLayer( text ) )
    text = layer->source();
  else if ( context.project() && context.project()->mapLayer( text ) )
    text = context.project()->mapLayer( text )->source();
  if ( hasProviderPrefix( text ) )
    return QString();
  if ( text.startsWith( QLatin1String( "ogr:" ) ) )
    text = text.mid( 4 );
  if ( text.contains( QLatin1String( "dbname=" ) ) )
    text = QgsDataSourceUri( text ).database();
  text = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), text ).value( QStringLiteral( "path" ), text ).toString();
  if ( text.isEmpty() || !QFileInfo::exists( QDir::current().absoluteFilePath( text ) ) )
    return QString();
  return absoluteFile( text );
}

// What a destination parameter's value says, as text (an output definition's sink, a property).
QString destinationText( const QVariant &value )
{
  if ( value.canConvert<QgsProcessingOutputLayerDefinition>() )
    return value.value<QgsProcessingOutputLayerDefinition>().sink.staticValue().toString().trimmed();
  if ( value.canConvert<QgsProperty>() )
    return value.value<QgsProperty>().staticValue().toString().trimmed();
  return value.toString().trimmed();
}

// Parameters whose values name files that are read.
bool readsFiles( const QgsProcessingParameterDefinition *definition )
{
  static const QStringList types { QStringLiteral( "source" ), QStringLiteral( "vector" ), QStringLiteral( "layer" ), QStringLiteral( "raster" ),
                                   QStringLiteral( "multilayer" ), QStringLiteral( "file" ), QStringLiteral( "mesh" ), QStringLiteral( "pointcloud" ) };
  return !definition->isDestination() && types.contains( definition->type() );
}

bool isVectorDestination( const QgsProcessingParameterDefinition *definition )
{
  return definition->type() == QgsProcessingParameterFeatureSink::typeName() || definition->type() == QgsProcessingParameterVectorDestination::typeName();
}

// Formats written as one file, which can be written under another name and renamed.
bool singleFileFormat( const QString &file )
{
  const QString driver = QgsVectorFileWriter::driverForExtension( QFileInfo( file ).suffix() );
  return driver == QLatin1String( "GPKG" ) || driver == QLatin1String( "GeoJSON" ) || driver == QLatin1String( "FlatGeobuf" ) || driver == QLatin1String( "SQLite" );
}

// UTF-8 whatever the locale (a wide string would go through the C locale and fail on "é").
std::filesystem::path fsPath( const QString &path )
{
  return std::filesystem::u8path( path.toUtf8().toStdString() );
}

// The output files locked by runs in this thread: an algorithm that runs another one on its own
// output (veerkrachtkaarten, the model) is one run, not a second writer.
thread_local QStringList tLockedHere;

// The longest file name ext4, XFS, APFS and NTFS take (bytes or UTF-16 units; UTF-8 bytes is the stricter).
constexpr int MAX_FILE_NAME = 255;

// SQLite keeps "NAME-journal" and "NAME-wal" beside a GeoPackage: their names must fit too.
int companionLength( const QString &path )
{
  const QString driver = QgsVectorFileWriter::driverForExtension( QFileInfo( path ).suffix() );
  return driver == QLatin1String( "GPKG" ) || driver == QLatin1String( "SQLite" ) ? 8 : 0;
}

bool nameTooLong( const QString &path )
{
  return QFileInfo( path ).fileName().toUtf8().size() + companionLength( path ) > MAX_FILE_NAME;
}

void removeDatabaseFile( const QString &path )
{
  QFile::remove( path );
  for ( const char *companion : { "-wal", "-shm", "-journal" } )
    QFile::remove( path + QLatin1String( companion ) );
}

} // namespace

QString destinationFile( const QgsProcessingParameterDefinition *definition, const QVariant &value )
{
  QString text = destinationText( value );
  if ( text.isEmpty() || text == QgsProcessing::TEMPORARY_OUTPUT || hasProviderPrefix( text ) )
    return QString();
  if ( text.startsWith( QLatin1String( "ogr:" ) ) )
  {
    text = text.mid( 4 );
    if ( text.contains( QLatin1String( "dbname=" ) ) )
      text = QgsDataSourceUri( text ).database();
    return text.isEmpty() ? QString() : absoluteFile( text );
  }
  if ( isVectorDestination( definition ) )
  {
    // As QgsProcessingUtils::parseDestinationString: an extension no driver knows gets ".gpkg".
    const int dot = text.lastIndexOf( QLatin1Char( '.' ) );
    if ( dot < 0 || QgsVectorFileWriter::driverForExtension( text.mid( dot + 1 ) ).isEmpty() )
      text += QLatin1String( ".gpkg" );
  }
  return absoluteFile( text );
}

bool sameFile( const QString &a, const QString &b )
{
  if ( a.isEmpty() || b.isEmpty() )
    return false;
  std::error_code error;
  const std::filesystem::path pa = fsPath( a ), pb = fsPath( b );
  if ( std::filesystem::exists( pa, error ) && std::filesystem::exists( pb, error ) )
    return std::filesystem::equivalent( pa, pb, error );
  return absoluteFile( a ) == absoluteFile( b );
}

QString specialFileKind( const QString &path )
{
  std::error_code error;
  const std::filesystem::file_type type = std::filesystem::status( fsPath( QDir::current().absoluteFilePath( path ) ), error ).type();
  if ( type == std::filesystem::file_type::fifo )
    return QCoreApplication::translate( "veerkracht", "a named pipe (FIFO)" );
  if ( type == std::filesystem::file_type::socket )
    return QCoreApplication::translate( "veerkracht", "a socket" );
  if ( type == std::filesystem::file_type::character || type == std::filesystem::file_type::block )
    return QCoreApplication::translate( "veerkracht", "a device" );
  return QString();
}

namespace {

//! The files an algorithm reads: parameter name and file, for every input, table, rule file and target.
QList<QPair<QString, QString>> inputFiles( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  QList<QPair<QString, QString>> inputs;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( !readsFiles( definition ) || !parameters.contains( definition->name() ) )
      continue;
    const QVariant value = parameters.value( definition->name() );
    const QVariantList values = value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList ? value.toList() : QVariantList { value };
    for ( const QVariant &one : values )
    {
      const QString file = inputFile( one, context );
      if ( !file.isEmpty() )
        inputs.append( { definition->name(), file } );
    }
  }
  return inputs;
}

} // namespace

namespace {

/**
 * The PostgreSQL tables among the inputs, as (parameter, "postgres://…" source): values that name
 * one, and with \a loadedLayers also layers of the project or the run that are one.
 */
QList<QPair<QString, QString>> postgresInputs( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, bool loadedLayers )
{
  QList<QPair<QString, QString>> tables;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( !readsFiles( definition ) || !parameters.contains( definition->name() ) )
      continue;
    const QVariant value = parameters.value( definition->name() );
    for ( const QVariant &entry : value.userType() == QMetaType::QVariantList ? value.toList() : QVariantList { value } )
    {
      QString text = entry.canConvert<QgsProcessingFeatureSourceDefinition>() ? entry.value<QgsProcessingFeatureSourceDefinition>().source.staticValue().toString() : entry.toString();
      QgsMapLayer *layer = qobject_cast<QgsMapLayer *>( entry.value<QObject *>() );
      if ( !layer && !text.isEmpty() )
        layer = context.temporaryLayerStore()->mapLayer( text );
      if ( !layer && !text.isEmpty() && context.project() )
        layer = context.project()->mapLayer( text );
      if ( layer )
      {
        if ( !loadedLayers || layer->providerType() != QLatin1String( "postgres" ) )
          continue;
        text = QStringLiteral( "postgres://" ) + layer->source();
      }
      text = withPostgresPrefix( text );
      if ( isPostgresText( text ) )
        tables.append( { definition->name(), text } );
    }
  }
  return tables;
}

} // namespace

void refuseUnreadableInputs( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  // A PostgreSQL table that cannot be read: say why (login, database, table) before QGIS says "not found".
  for ( const auto &[parameter, source] : postgresInputs( algorithm, parameters, context, false ) )
    checkPostgresSource( parameter, source );
  for ( const auto &[parameter, file] : inputFiles( algorithm, parameters, context ) )
  {
    const QString kind = specialFileKind( file );
    if ( !kind.isEmpty() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is %3, which GDAL would wait on for ever; expected a file (save the data to a file first)." )
                                    .arg( parameter, file, kind ) );
  }
}

void openInputsReadOnly( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  if ( !vkcompat::CanForceReadOnly )
    return;
  static const QStringList vectorTypes { QStringLiteral( "source" ), QStringLiteral( "vector" ), QStringLiteral( "multilayer" ) };
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    if ( definition->isDestination() || !vectorTypes.contains( definition->type() ) || !parameters.contains( definition->name() ) )
      continue;
    const QVariant value = parameters.value( definition->name() );
    const QVariantList values = value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList ? value.toList() : QVariantList { value };
    for ( const QVariant &one : values )
    {
      if ( one.userType() != QMetaType::QString || inputFile( one, context ).isEmpty() )
        continue; // a layer object, a layer id of the project, a database
      const QString source = one.toString();
      if ( context.temporaryLayerStore()->mapLayer( source ) || ( context.project() && context.project()->mapLayer( source ) ) )
        continue;
      const QList<QgsMapLayer *> loaded = context.temporaryLayerStore()->mapLayers().values();
      if ( std::any_of( loaded.begin(), loaded.end(), [&source]( const QgsMapLayer *l ) { return l->source() == source; } ) )
        continue; // the same file in two parameters (INPUT and TABLES): opened once
      // Processing finds a layer of the run's store by its source before it would load its own.
      auto layer = std::make_unique<QgsVectorLayer>( source, QFileInfo( inputFile( one, context ) ).completeBaseName(), QStringLiteral( "ogr" ),
                   vkcompat::readOnlyLayerOptions( context.transformContext() ) );
      if ( layer->isValid() )
        context.temporaryLayerStore()->addMapLayer( layer.release() );
    }
  }
}

namespace {

// An output table that is one of the inputs: replacing it would destroy what the run reads.
// The servers say who the tables are, however the connections are spelled (a service=, another
// name for the host); an output table that does not exist yet is no input.
void refuseInputTable( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, const QString &name, const PostgresTabel &output )
{
  const QList<QPair<QString, QString>> inputs = postgresInputs( algorithm, parameters, context, true );
  if ( inputs.isEmpty() )
    return;
  PostgresVerbinding target( output, name );
  const QString identity = tableIdentity( target, output );
  if ( identity.isEmpty() )
    return;
  for ( const auto &[parameter, source] : inputs )
  {
    const PostgresTabel input = postgresTabel( parameter, source );
    PostgresVerbinding verbinding( input, parameter );
    if ( tableIdentity( verbinding, input ) == identity )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the table %2 is input %3; expected a new table — inputs are never overwritten." )
                                    .arg( name, output.sqlName(), parameter ) );
  }
}

} // namespace

void refuseAliasedDestinations( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QList<QPair<QString, QString>> inputs = inputFiles( algorithm, parameters, context );

  QList<QPair<QString, QString>> destinations;
  for ( const QgsProcessingParameterDefinition *definition : algorithm.destinationParameterDefinitions() )
  {
    if ( definition->type() == QgsProcessingParameterFolderDestination::typeName() )
      continue;
    const QVariant value = parameters.value( definition->name() );
    if ( isVectorDestination( definition ) && isPostgresText( destinationText( value ) ) )
    {
      refuseInputTable( algorithm, parameters, context, definition->name(), postgresOutputTabel( definition->name(), destinationText( value ) ) );
      continue;
    }
    const QString file = destinationFile( definition, value );
    if ( file.isEmpty() )
      continue;
    // QGIS would write "folder.gpkg" beside a folder given as a vector output: refuse it instead.
    const QString given = destinationText( value );
    if ( QFileInfo( file ).isDir() || QFileInfo( QDir::current().absoluteFilePath( given ) ).isDir() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is a folder; expected the name of a file to write." ).arg( definition->name(), given ) );
    for ( const auto &input : std::as_const( inputs ) )
    {
      if ( sameFile( file, input.second ) )
        throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is the file of input %3; expected a new file — inputs are never overwritten." )
                                      .arg( definition->name(), file, input.first ) );
    }
    for ( const auto &other : std::as_const( destinations ) )
    {
      if ( sameFile( file, other.second ) )
        throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is also the file of %3; expected a file of its own for each output." )
                                      .arg( definition->name(), file, other.first ) );
    }
    destinations.append( { definition->name(), file } );
  }
}

bool writeWholeFile( const QString &path, const QByteArray &bytes, QString &error )
{
  QSaveFile file( path );
  const bool written = file.open( QIODevice::WriteOnly ) && file.write( bytes ) == bytes.size() && file.commit();
  error = file.errorString();
  if ( written && QFileInfo( path ).size() == bytes.size() )
    return true;
  if ( written )
  {
    QFile::remove( path );
    error = QCoreApplication::translate( "veerkracht", "the file holds fewer bytes than were written (is the disk full?)" );
  }
  return false;
}

DestinationLocks::DestinationLocks( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm.destinationParameterDefinitions() )
  {
    const bool isFolder = definition->type() == QgsProcessingParameterFolderDestination::typeName();
    const QString value = destinationText( parameters.value( definition->name() ) );
    if ( isVectorDestination( definition ) && isPostgresText( value ) )
    {
      mTables.push_back( std::make_unique<PostgresSchrijfslot>( definition->name(), value ) );
      continue;
    }
    const QString file = isFolder ? ( value.isEmpty() || value == QgsProcessing::TEMPORARY_OUTPUT ? QString() : absoluteFile( value ) )
                                  : destinationFile( definition, parameters.value( definition->name() ) );
    if ( file.isEmpty() || !QFileInfo( QFileInfo( file ).absolutePath() ).isDir() )
      continue;
    if ( tLockedHere.contains( file ) )
      continue;
    // Beside the output; a name near the file system's limit gets a short one of its hash.
    QString lockFile = file + QStringLiteral( ".veerkracht-lock" );
    if ( nameTooLong( lockFile ) )
      lockFile = QFileInfo( file ).absolutePath() + QStringLiteral( "/.%1.veerkracht-lock" )
                 .arg( QString::fromLatin1( QCryptographicHash::hash( QFileInfo( file ).fileName().toUtf8(), QCryptographicHash::Sha1 ).toHex().left( 16 ) ) );
    auto lock = std::make_unique<QLockFile>( lockFile );
    lock->setStaleLockTime( 0 ); // stale only when its process is gone, however long a run takes
    if ( !lock->tryLock( 0 ) && lock->error() != QLockFile::LockFailedError )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the lock file '%2' beside the output; expected a folder where files can be created." )
                                    .arg( definition->name(), lockFile ) );
    if ( lock->error() == QLockFile::LockFailedError )
    {
      qint64 pid = 0;
      QString host, application;
      lock->getLockInfo( &pid, &host, &application );
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' is being written by another run (process %3); expected one run at a time per output — wait for it or choose another file." )
                                    .arg( definition->name(), file ).arg( pid ) );
    }
    mLocks.push_back( std::move( lock ) );
    mFiles << file;
    tLockedHere << file;
  }
}

DestinationLocks::~DestinationLocks()
{
  for ( const QString &file : std::as_const( mFiles ) )
    tLockedHere.removeOne( file );
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
    if ( isPostgresText( text ) )
    {
      // Only layers go into a table; a file or folder of that name would carry the password.
      if ( !isVectorDestination( definition ) )
        throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: this output is a file or a folder, not a layer; expected a path, not a PostgreSQL table." )
                                      .arg( definition->name() ) );
      postgresTabel( definition->name(), text ); // names a table, or says what is missing
      continue;
    }
    const bool isFolder = definition->type() == QgsProcessingParameterFolderDestination::typeName();
    const QString file = isFolder ? absoluteFile( text ) : destinationFile( definition, parameters.value( definition->name() ) );
    if ( file.isEmpty() )
      continue; // a database or a service, not a file
    const QString folder = isFolder ? file : QFileInfo( file ).absolutePath();
    if ( nameTooLong( file ) )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the name '%2' is %3 bytes long; expected a file name of at most %4 bytes (the file system's limit%5)." )
                                    .arg( definition->name(), QFileInfo( file ).fileName().left( 40 ) + QStringLiteral( "…" ) )
                                    .arg( QFileInfo( file ).fileName().toUtf8().size() ).arg( MAX_FILE_NAME - companionLength( file ) )
                                    .arg( companionLength( file ) ? QCoreApplication::translate( "veerkracht", ", less room for SQLite's journal beside it" ) : QString() ) );
    if ( !QDir().mkpath( folder ) )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the folder '%2'; expected a path in a folder that can be created and written." )
                                    .arg( definition->name(), folder ) );
    if ( !QFileInfo( folder ).isWritable() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: the folder '%2' cannot be written; expected a writable folder." )
                                    .arg( definition->name(), folder ) );
  }
}

bool detail::CountingSink::addFeature( QgsFeature &feature, QgsFeatureSink::Flags flags )
{
  const bool ok = mSink->addFeature( feature, flags );
  if ( ok )
    ++mCount;
  return ok;
}

bool detail::CountingSink::addFeatures( QgsFeatureList &features, QgsFeatureSink::Flags flags )
{
  const bool ok = mSink->addFeatures( features, flags );
  if ( ok )
    mCount += features.size();
  return ok;
}

GuardedSink::GuardedSink( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context,
                          const QgsFields &fields, vkcompat::WkbType geometryType, const QgsCoordinateReferenceSystem &crs, QgsFeatureSink::SinkFlags flags )
  : mName( name )
  , mContext( context )
{
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( name );
  QVariant value = parameters.value( name );
  if ( !value.isValid() && definition )
    value = definition->defaultValueForGui();
  mFinalFile = definition ? destinationFile( definition, value ) : QString();
  const QString text = destinationText( value );
  mFileExisted = !mFinalFile.isEmpty() && QFileInfo::exists( mFinalFile );

  // A Shapefile cuts field names to 10 characters ("strat_wonen" → "strat_woni", "strat_wo_1"):
  // the styles and the map set would no longer find them.
  if ( !mFinalFile.isEmpty() && QgsVectorFileWriter::driverForExtension( QFileInfo( mFinalFile ).suffix() ) == QLatin1String( "ESRI Shapefile" ) )
  {
    QStringList tooLong;
    for ( const QgsField &field : fields )
      if ( field.name().toUtf8().size() > 10 )
        tooLong << field.name();
    if ( !tooLong.isEmpty() )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: a Shapefile keeps only 10 characters of a field name, and %n field(s) of this output are longer (%2); "
                                    "they would be cut and renamed, and styles and maps would not find them. Expected a GeoPackage (.gpkg), which keeps the names.", nullptr, static_cast<int>( tooLong.size() ) )
                                    .arg( name, tooLong.mid( 0, 5 ).join( QLatin1String( ", " ) ) ) );
  }

  QVariantMap createOptions;
  // QGIS's sink writes where the destination's sink now says; its other settings are kept.
  const auto redirect = [&value, &text]( const QString &to ) {
    QgsProcessingOutputLayerDefinition redirected = value.canConvert<QgsProcessingOutputLayerDefinition>()
        ? value.value<QgsProcessingOutputLayerDefinition>() : QgsProcessingOutputLayerDefinition( text );
    redirected.sink = QgsProperty::fromValue( to );
    value = QVariant::fromValue( redirected );
  };
  const QFileInfo final( mFinalFile );
  const QString temporary = final.absolutePath() + QStringLiteral( "/%1.%2.veerkracht-tmp.%3" )
                            .arg( final.completeBaseName(), QUuid::createUuid().toString( QUuid::Id128 ).left( 12 ), final.suffix() );
  // A name near the file system's limit is written in place: the temporary name would not fit.
  if ( !mFinalFile.isEmpty() && !text.startsWith( QLatin1String( "ogr:" ) ) && singleFileFormat( mFinalFile ) && !nameTooLong( temporary ) )
  {
    // The temporary file keeps the extension (it chooses the driver) and starts with the final
    // file's base name up to its first dot, which QGIS 3.22 names the layer after.
    mTemporaryFile = temporary;
    mLayerName = final.baseName();
    redirect( mTemporaryFile );
    createOptions.insert( QStringLiteral( "layerName" ), mLayerName );
  }
  if ( isPostgresText( text ) )
  {
    mPostgres = std::make_unique<PostgresUitvoer>( name, text, geometryType != vkcompat::WkbNoGeometry );
    redirect( mPostgres->sinkDestination() );
  }
  if ( definition )
  {
    try
    {
      mSink.reset( QgsProcessingParameters::parameterAsSink( definition, value, fields, geometryType, crs, context, mDestinationId, flags, createOptions ) );
    }
    catch ( const QgsProcessingException &e )
    {
      if ( !mPostgres )
        throw;
      // QGIS names the temporary table in its message; say which table and connection it was for.
      const QString reason = redactPasswords( QString( e.what() ).replace( mPostgres->sinkDestination(), QString() ) );
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the table %2 in PostgreSQL (%3): %4" )
                                    .arg( name, mPostgres->tabel().sqlName(), mPostgres->tabel().connection(), reason.simplified() ) );
    }
  }
  if ( mSink )
    mCounter = std::make_unique<detail::CountingSink>( mSink.get() );
}

GuardedSink::~GuardedSink()
{
  if ( !mFinished )
    discard();
}

void GuardedSink::discard()
{
  mCounter.reset();
  mSink.reset();
  if ( mPostgres )
  {
    mPostgres->discard(); // the earlier table, if any, was never touched
    return;
  }
  if ( !mTemporaryFile.isEmpty() )
  {
    removeDatabaseFile( mTemporaryFile ); // the earlier output, if any, was never touched
    return;
  }
  // A sink that failed to open may have left the file it began.
  const QString path = mDestinationId.isEmpty() ? mFinalFile : fileOfSource( mDestinationId );
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
  removeDatabaseFile( path );
  const QFileInfo info( path );
  if ( info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0 )
    for ( const char *ext : { "shx", "dbf", "prj", "cpg", "qix", "qmd" } )
      QFile::remove( info.dir().filePath( info.completeBaseName() + QLatin1Char( '.' ) + QLatin1String( ext ) ) );
}

QString GuardedSink::finish()
{
  const long long written = mCounter ? mCounter->count() : 0;
  const bool flushed = !mSink || mSink->flushBuffer();
  const QString flushError = mSink ? mSink->lastError() : QString();
  mCounter.reset();
  mSink.reset(); // closes the file: GDAL commits here
  if ( !flushed && mPostgres )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: writing the table %2 in PostgreSQL (%3) failed: %4" )
                                  .arg( mName, mPostgres->tabel().sqlName(), mPostgres->tabel().connection(), redactPasswords( flushError ).simplified() ) );
  if ( !flushed )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: writing '%2' failed: %3" ).arg( mName, mFinalFile.isEmpty() ? mDestinationId : mFinalFile, flushError ) );

  if ( mPostgres )
  {
    const QString destination = mPostgres->commit( written );
    moveLayerToLoad( destination );
    mFinished = true;
    return destination;
  }

  const QString writtenFile = fileOfSource( mDestinationId );
  if ( !writtenFile.isEmpty() && QFileInfo( writtenFile ).isFile() )
  {
    // What is in the file is what was written: a full disk or a failed commit leaves fewer.
    long long stored = -1;
    const QString layerName = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), mDestinationId ).value( QStringLiteral( "layerName" ) ).toString();
    if ( GDALDatasetH ds = GDALOpenEx( writtenFile.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) )
    {
      OGRLayerH layer = layerName.isEmpty() ? ( GDALDatasetGetLayerCount( ds ) == 1 ? GDALDatasetGetLayer( ds, 0 ) : nullptr )
                        : GDALDatasetGetLayerByName( ds, layerName.toUtf8().constData() );
      if ( !layer && !mLayerName.isEmpty() )
        layer = GDALDatasetGetLayerByName( ds, mLayerName.toUtf8().constData() );
      if ( layer )
        stored = OGR_L_GetFeatureCount( layer, TRUE );
      GDALClose( ds );
    }
    if ( stored != written )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: writing '%2' failed: the file holds %3 of the %4 features written (is the disk full?); the output was removed." )
                                    .arg( mName, mFinalFile.isEmpty() ? writtenFile : mFinalFile ).arg( std::max( stored, 0LL ) ).arg( written ) );
  }

  QString destination = mDestinationId;
  if ( !mTemporaryFile.isEmpty() )
  {
    // Never pair the new file with an old one's write-ahead log.
    for ( const char *companion : { "-wal", "-shm", "-journal" } )
      QFile::remove( mFinalFile + QLatin1String( companion ) );
    std::error_code error;
    std::filesystem::rename( fsPath( mTemporaryFile ), fsPath( mFinalFile ), error );
    if ( error )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot put the finished file in place as '%2': %3" ).arg( mName, mFinalFile, QString::fromStdString( error.message() ) ) );
    destination.replace( mTemporaryFile, mFinalFile );
    moveLayerToLoad( destination );
  }
  mFinished = true;
  return destination;
}

void GuardedSink::moveLayerToLoad( const QString &destination )
{
  // The desktop loads the final output; no post-processor is set yet (the algorithms set theirs
  // on the identifier finish() returns), and setLayersToLoadOnCompletion would delete one.
  if ( mContext.willLoadLayerOnCompletion( mDestinationId ) && !mContext.layerToLoadOnCompletionDetails( mDestinationId ).postProcessor() )
  {
    QMap<QString, QgsProcessingContext::LayerDetails> layers = mContext.layersToLoadOnCompletion();
    const QgsProcessingContext::LayerDetails details = layers.take( mDestinationId );
    layers.insert( destination, details );
    mContext.setLayersToLoadOnCompletion( layers );
  }
}

FolderOutput::FolderOutput( const QString &folder, const QString &parameter )
  : mFolder( absoluteFile( folder ) )
  , mParameter( parameter )
{
  if ( !QDir().mkpath( mFolder ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the folder '%2'." ).arg( parameter, mFolder ) );
  // This run holds the folder's lock (DestinationLocks): a staging folder found here is a killed run's.
  const QStringList stale = QDir( mFolder ).entryList( { QStringLiteral( ".veerkracht-tmp-*" ) }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot );
  for ( const QString &name : stale )
    QDir( QDir( mFolder ).filePath( name ) ).removeRecursively();
  mStaging = QDir( mFolder ).filePath( QStringLiteral( ".veerkracht-tmp-%1" ).arg( QUuid::createUuid().toString( QUuid::Id128 ).left( 12 ) ) );
  if ( !QDir().mkpath( mStaging ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create a folder in '%2'; expected a folder that can be written." ).arg( parameter, mFolder ) );
}

FolderOutput::~FolderOutput()
{
  QDir( mStaging ).removeRecursively();
}

QString FolderOutput::stage( const QString &name )
{
  if ( !mNames.contains( name ) )
    mNames << name;
  // A name may hold a subfolder ("GM0344/index.html"): made in the staging folder now.
  const QString path = QDir( mStaging ).filePath( name );
  QDir().mkpath( QFileInfo( path ).absolutePath() );
  return path;
}

QString FolderOutput::finalPath( const QString &name ) const
{
  return QDir( mFolder ).filePath( name );
}

void FolderOutput::commit( const QString &algorithmId )
{
  // The staged files must all be there and whole before any is moved.
  QJsonArray files;
  for ( const QString &name : std::as_const( mNames ) )
  {
    const QFileInfo staged( QDir( mStaging ).filePath( name ) );
    if ( !staged.isFile() || staged.size() == 0 )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: '%2' was not written (is the disk full?); the set is not complete and was not put in place." )
                                    .arg( mParameter, name ) );
    files.append( QJsonObject { { QStringLiteral( "name" ), name }, { QStringLiteral( "bytes" ), staged.size() } } );
  }
  const QString manifest = QDir( mFolder ).filePath( manifestName() );
  // A set made in parts (GEMEENTE per run, as bench/atlas.sh does) keeps the earlier parts' files,
  // where they are still there as listed.
  QFile earlier( manifest );
  if ( earlier.open( QIODevice::ReadOnly ) )
  {
    for ( const QJsonValue &entry : QJsonDocument::fromJson( earlier.readAll() ).object().value( QStringLiteral( "files" ) ).toArray() )
    {
      const QString name = entry.toObject().value( QStringLiteral( "name" ) ).toString();
      const QFileInfo kept( QDir( mFolder ).filePath( name ) );
      if ( !name.isEmpty() && !mNames.contains( name ) && kept.isFile() && kept.size() == static_cast<qint64>( entry.toObject().value( QStringLiteral( "bytes" ) ).toDouble() ) )
        files.append( entry );
    }
    earlier.close();
  }
  // Every subfolder is made before the first move, so that one that cannot be leaves the earlier set as it was.
  for ( const QString &name : std::as_const( mNames ) )
  {
    if ( !QDir().mkpath( QFileInfo( finalPath( name ) ).absolutePath() ) )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot create the folder of '%2'." ).arg( mParameter, finalPath( name ) ) );
  }
  if ( QFileInfo::exists( manifest ) && !QFile::remove( manifest ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot replace '%2'." ).arg( mParameter, manifest ) );
  for ( const QString &name : std::as_const( mNames ) )
  {
    std::error_code error;
    std::filesystem::rename( fsPath( QDir( mStaging ).filePath( name ) ), fsPath( finalPath( name ) ), error );
    if ( error )
      throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot put '%2' in place: %3" ).arg( mParameter, finalPath( name ), QString::fromStdString( error.message() ) ) );
  }
  const QJsonObject document { { QStringLiteral( "algorithm" ), algorithmId }, { QStringLiteral( "veerkracht" ), QStringLiteral( VEERKRACHT_VERSION ) },
    { QStringLiteral( "written" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) }, { QStringLiteral( "complete" ), true }, { QStringLiteral( "files" ), files } };
  QString error;
  if ( !writeWholeFile( manifest, QJsonDocument( document ).toJson(), error ) )
    throw QgsProcessingException( QCoreApplication::translate( "veerkracht", "%1: cannot write '%2': %3" ).arg( mParameter, manifest, error ) );
}

} // namespace veerkracht
