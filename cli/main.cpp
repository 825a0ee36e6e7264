// SPDX-License-Identifier: GPL-2.0-or-later
// veerkracht — the headless command line of the Veerkracht processing provider, modelled on
// qgis_process (which cannot load C++ providers). Exit codes: 0 success, 1 the algorithm
// failed or was canceled, 2 usage error.

#include "cli/commandline.h"
#include "support/indicatorenparameter.h"
#include "support/outputs.h"
#include "support/postgis.h"
#include "support/tabelbronnen.h"
#include "support/veerkracht_compat.h"
#include "provider/veerkrachtprovider.h"
#include "support/veerkrachtresources.h"
#include "support/veerkracht_version.h"

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsmaplayer.h>
#include <qgsexception.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

enum ExitCode { Success = 0, AlgorithmFailed = 1, UsageError = 2 };

std::atomic<bool> gInterrupted { false };

// Ctrl-C and SIGTERM (timeout, systemd, containers) cancel the run, so that its outputs are
// cleaned up; a second one stops at once.
extern "C" void onInterrupt( int signal )
{
  if ( gInterrupted.exchange( true ) )
    std::_Exit( 128 + signal ); // async-signal-safe, and standard C++ (no POSIX _exit)
}

//! Whether stdout is a terminal (a progress bar) or a pipe or file (plain percentages).
bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
  return _isatty( _fileno( stdout ) ) != 0;
#else
  return isatty( STDOUT_FILENO ) != 0;
#endif
}

// Everything the CLI prints passes here: a password given in a connection never reaches a log.
void out( const QString &text )
{
  std::cout << veerkracht::redactPasswords( text ).toStdString() << std::endl;
}

void err( const QString &text )
{
  std::cerr << veerkracht::redactPasswords( text ).toStdString() << std::endl;
}

//! \a value with every password in its strings replaced (before JSON escapes them, which a pattern over the text would not see through).
QJsonValue withoutPasswords( const QJsonValue &value )
{
  if ( value.isString() )
    return veerkracht::redactPasswords( value.toString() );
  if ( value.isArray() )
  {
    QJsonArray array;
    for ( const QJsonValue &item : value.toArray() )
      array.append( withoutPasswords( item ) );
    return array;
  }
  if ( value.isObject() )
  {
    QJsonObject object;
    const QJsonObject original = value.toObject();
    for ( auto it = original.constBegin(); it != original.constEnd(); ++it )
      object.insert( it.key(), withoutPasswords( it.value() ) );
    return object;
  }
  return value;
}

//! Prints a JSON document on stdout, every password in it replaced.
void outJson( const QJsonObject &document, QJsonDocument::JsonFormat format )
{
  std::cout << QJsonDocument( withoutPasswords( document ).toObject() ).toJson( format ).toStdString() << std::endl;
}

int usageError( const QString &message, bool json )
{
  err( QStringLiteral( "veerkracht: %1" ).arg( message ) );
  if ( json )
    outJson( QJsonObject { { QStringLiteral( "error" ), message }, { QStringLiteral( "exit_code" ), UsageError } }, QJsonDocument::Compact );
  return UsageError;
}

QString usage()
{
  return QStringLiteral(
           "Usage: veerkracht [--json] list\n"
           "       veerkracht [--json] help ALGORITHM\n"
           "       veerkracht [--json] run ALGORITHM -- KEY=VALUE [KEY=VALUE ...]\n"
           "\n"
           "Runs the Veerkracht processing algorithms (and QGIS's native ones) without a desktop.\n"
           "A key given more than once becomes a list (e.g. TABLES=a.csv TABLES=b.xlsx).\n"
           "Outputs that are not given are written to temporary files.\n"
           "\n"
           "Options:\n"
           "  --json     machine-readable output on stdout (log and progress stay on stderr)\n"
           "  --version  print the version\n"
           "  --help     this text\n"
           "\n"
           "Environment: QGIS_PREFIX_PATH (default %1), QT_QPA_PLATFORM (default offscreen without a display).\n"
           "Exit codes: 0 success, 1 the algorithm failed or was canceled, 2 usage error." )
         .arg( QStringLiteral( VEERKRACHT_QGIS_PREFIX ) );
}

QString plainText( const QString &html )
{
  QTextDocument doc;
  doc.setHtml( QString( html ).replace( QLatin1String( "\n" ), QLatin1String( "<br>" ) ) );
  return doc.toPlainText();
}

// What a parameter expects, in words, for help and for usage errors.
QString expectation( const QgsProcessingParameterDefinition *p )
{
  const QString type = p->type();
  if ( type == QLatin1String( "source" ) || type == QLatin1String( "vector" ) )
    return QStringLiteral( "a vector layer (file path, e.g. buurten.gpkg, or a PostgreSQL table, e.g. postgres://dbname=… table=\"public\".\"buurten\" (geom))" );
  if ( type == QLatin1String( "multilayer" ) )
    return QStringLiteral( "one or more layers or tables (repeat the key for each)" );
  if ( type == QLatin1String( "raster" ) )
    return QStringLiteral( "a raster layer (file path)" );
  if ( type == QLatin1String( "field" ) )
  {
    const auto *f = static_cast<const QgsProcessingParameterField *>( p );
    return QStringLiteral( "a field name of %1%2" ).arg( f->parentLayerParameterName(), f->allowMultiple() ? QStringLiteral( " (repeat the key for more)" ) : QString() );
  }
  if ( type == QLatin1String( "enum" ) )
  {
    const auto *e = static_cast<const QgsProcessingParameterEnum *>( p );
    QStringList options;
    for ( int i = 0; i < e->options().size(); ++i )
      options << QStringLiteral( "%1 = %2" ).arg( i ).arg( e->options().at( i ) );
    return QStringLiteral( "one of: %1" ).arg( options.join( QStringLiteral( "; " ) ) );
  }
  if ( type == QLatin1String( "crs" ) )
    return QStringLiteral( "a coordinate reference system, e.g. EPSG:28992" );
  if ( type == IndicatorenParameter::typeName() )
    return QStringLiteral( "one indicator per key, repeat the key for more: field_t0,field_t1,direction,weight,denominator_t0,denominator_t1 "
                           "(direction 1 or -1, empty: %1; weight empty: 1; no denominator: empty, e.g. onv_2020,onv_2024,-1,1,,)" )
           .arg( static_cast<const IndicatorenParameter *>( p )->standaardRichting() );
  if ( type == QLatin1String( "number" ) || type == QLatin1String( "distance" ) )
    return QStringLiteral( "a number" );
  if ( type == QLatin1String( "boolean" ) )
    return QStringLiteral( "true or false" );
  if ( type == QLatin1String( "string" ) )
    return QStringLiteral( "text" );
  if ( p->isDestination() )
  {
    const auto *d = static_cast<const QgsProcessingDestinationParameter *>( p );
    if ( type == QLatin1String( "sink" ) || type == QLatin1String( "vectorDestination" ) )
      return QStringLiteral( "an output path (e.g. result.%1) or a PostgreSQL table (e.g. postgis:dbname=… table=\"public\".\"result\" (geom), overwrite=true to replace one)" )
        .arg( d->defaultFileExtension() );
    return QStringLiteral( "an output path (e.g. result.%1)" ).arg( d->defaultFileExtension() );
  }
  return QStringLiteral( "a value of type '%1'" ).arg( type );
}

bool acceptsList( const QgsProcessingParameterDefinition *p )
{
  const QString type = p->type();
  if ( type == QLatin1String( "multilayer" ) || type == QLatin1String( "matrix" ) || type == IndicatorenParameter::typeName() )
    return true;
  if ( type == QLatin1String( "field" ) )
    return static_cast<const QgsProcessingParameterField *>( p )->allowMultiple();
  if ( type == QLatin1String( "enum" ) )
    return static_cast<const QgsProcessingParameterEnum *>( p )->allowMultiple();
  return false;
}

bool isLayerParameter( const QgsProcessingParameterDefinition *p )
{
  const QString type = p->type();
  return type == QLatin1String( "source" ) || type == QLatin1String( "vector" ) || type == QLatin1String( "raster" )
         || type == QLatin1String( "multilayer" ) || type == QLatin1String( "layer" ) || type == QLatin1String( "mesh" );
}

QJsonValue toJson( const QVariant &value )
{
  if ( vkcompat::isNull( value ) )
    return QJsonValue();
  if ( value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList )
  {
    QJsonArray array;
    for ( const QVariant &v : value.toList() )
      array.append( toJson( v ) );
    return array;
  }
  if ( value.userType() == QMetaType::QVariantMap )
  {
    QJsonObject object;
    const QVariantMap map = value.toMap();
    for ( auto it = map.constBegin(); it != map.constEnd(); ++it )
      object.insert( it.key(), toJson( it.value() ) );
    return object;
  }
  return QJsonValue::fromVariant( value );
}

//! Log to stderr, progress as a bar on a terminal or as plain percentages otherwise.
class CliFeedback : public QgsProcessingFeedback
{
  public:
    explicit CliFeedback( bool interactive )
      : mInteractive( interactive )
    {
      QObject::connect( this, &QgsFeedback::progressChanged, [this]( double progress ) { showProgress( progress ); } );
    }

    ~CliFeedback() override { endBar(); }

    void setProgressText( const QString &text ) override { log( QStringLiteral( "info" ), text ); }
    void reportError( const QString &error, bool fatal ) override
    {
      log( QStringLiteral( "error" ), error, QStringLiteral( "Error: " ) );
      QgsProcessingFeedback::reportError( error, fatal );
    }
    void pushWarning( const QString &warning ) override { log( QStringLiteral( "warning" ), warning, QStringLiteral( "Warning: " ) ); }
    void pushInfo( const QString &info ) override { log( QStringLiteral( "info" ), info ); }
    void pushCommandInfo( const QString &info ) override { log( QStringLiteral( "info" ), info ); }
    void pushDebugInfo( const QString & ) override {}
    void pushConsoleInfo( const QString &info ) override { log( QStringLiteral( "info" ), info ); }

    QJsonArray messages() const { return mMessages; }

  private:
    void log( const QString &level, const QString &text, const QString &prefix = QString() )
    {
      endBar();
      err( prefix + text );
      mMessages.append( QJsonObject { { QStringLiteral( "level" ), level }, { QStringLiteral( "message" ), text } } );
    }

    void showProgress( double progress )
    {
      const int percent = std::clamp( static_cast<int>( progress ), 0, 100 );
      if ( percent == mLastPercent )
        return;
      mLastPercent = percent;
      if ( mInteractive )
      {
        const int width = 40;
        const int filled = percent * width / 100;
        std::cerr << "\r[" << std::string( filled, '#' ) << std::string( width - filled, ' ' ) << "] " << percent << "%" << std::flush;
        mBarShown = true;
      }
      else
      {
        std::cerr << percent << "%" << std::endl;
      }
    }

    void endBar()
    {
      if ( mBarShown )
        std::cerr << std::endl;
      mBarShown = false;
    }

    bool mInteractive = false;
    bool mBarShown = false;
    int mLastPercent = -1;
    QJsonArray mMessages;
};

void prepareEnvironment()
{
  // Headless by default; a user who has a display or sets the platform keeps it.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) && qEnvironmentVariableIsEmpty( "DISPLAY" ) && qEnvironmentVariableIsEmpty( "WAYLAND_DISPLAY" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
#if defined( Q_OS_UNIX ) && !defined( Q_OS_DARWIN )
  // Qt warns on every start without a runtime folder (as for root in a container); give it a private one.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
  {
    // Made with mode 0700 at once, and used only when it is our own private folder (in a shared
    // /tmp another user could have made it first).
    const QByteArray runtime = QStringLiteral( "%1/veerkracht-runtime-%2" ).arg( QDir::tempPath() ).arg( getuid() ).toLocal8Bit();
    struct stat info;
    if ( ( ::mkdir( runtime.constData(), 0700 ) == 0 || errno == EEXIST ) && ::lstat( runtime.constData(), &info ) == 0
         && S_ISDIR( info.st_mode ) && info.st_uid == getuid() && ( info.st_mode & 077 ) == 0 )
      qputenv( "XDG_RUNTIME_DIR", runtime );
  }
#endif
  // Without the prefix path the data providers do not load outside QGIS's own bin folder.
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    qputenv( "QGIS_PREFIX_PATH", VEERKRACHT_QGIS_PREFIX );
}

/**
 * Starts QGIS's data providers (after QgsApplication::init()). A run that reads and writes only
 * local files needs neither the provider plugins (postgres, wfs, …: loading them and the GUI
 * library they link takes 0.12 s; ogr, gdal and memory are built into QGIS's core) nor, in QGIS
 * before 3.36, initQgis()'s authentication manager, which reads every system CA certificate
 * (0.15 s), and network access manager. Any other run gets initQgis() whole.
 */
void startQgis( bool alleenLokaal )
{
  const bool filter = alleenLokaal && qEnvironmentVariableIsEmpty( "QGIS_PROVIDER_FILE" );
  if ( filter )
    qputenv( "QGIS_PROVIDER_FILE", "^$" ); // matches no plugin file name
#if _QGIS_VERSION_INT < 33600
  if ( alleenLokaal )
  {
    QgsProviderRegistry::instance( QgsApplication::pluginPath() );
    QgsApplication::dataItemProviderRegistry();
    QgsProject::instance();
  }
  else
#endif
    QgsApplication::initQgis();
  if ( filter )
    qunsetenv( "QGIS_PROVIDER_FILE" ); // not for the processes a run starts
}

//! Whether every layer that \a alg reads or writes is a local file (then no network or authentication is needed).
bool onlyLocalFiles( const QgsProcessingAlgorithm *alg, const QVariantMap &parameters )
{
  for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
  {
    if ( !parameters.contains( p->name() ) || ( !isLayerParameter( p ) && !p->isDestination() ) )
      continue;
    const QVariant value = parameters.value( p->name() );
    for ( const QVariant &entry : value.userType() == QMetaType::QVariantList ? value.toList() : QVariantList { value } )
    {
      const QString text = veerkracht::withPostgresPrefix( entry.toString() );
      const QString path = text.section( QLatin1Char( '|' ), 0, 0 );
      const bool local = p->isDestination()
                         ? text == QLatin1String( "TEMPORARY_OUTPUT" ) || text.startsWith( QLatin1String( "memory:" ) ) || !text.contains( QLatin1Char( ':' ) )
                         : QFileInfo::exists( path ) && !text.contains( QLatin1String( "authcfg" ) );
      if ( !local )
        return false;
    }
  }
  return true;
}

int listAlgorithms( bool json )
{
  QJsonObject providers;
  for ( QgsProcessingProvider *provider : QgsApplication::processingRegistry()->providers() )
  {
    QJsonObject algorithms;
    if ( !json )
      out( QStringLiteral( "%1 (%2)" ).arg( provider->name(), provider->id() ) );
    for ( const QgsProcessingAlgorithm *alg : provider->algorithms() )
    {
      if ( json )
        algorithms.insert( alg->id(), QJsonObject { { QStringLiteral( "name" ), alg->displayName() }, { QStringLiteral( "group" ), alg->group() }, { QStringLiteral( "description" ), alg->shortDescription() } } );
      else
        out( QStringLiteral( "\t%1\t%2" ).arg( alg->id(), alg->displayName() ) );
    }
    if ( json )
      providers.insert( provider->id(), QJsonObject { { QStringLiteral( "name" ), provider->name() }, { QStringLiteral( "version" ), provider->versionInfo() }, { QStringLiteral( "algorithms" ), algorithms } } );
  }
  if ( json )
    out( QString::fromUtf8( QJsonDocument( QJsonObject { { QStringLiteral( "providers" ), providers } } ).toJson( QJsonDocument::Indented ) ) );
  return Success;
}

int showHelp( const QgsProcessingAlgorithm *alg, bool json )
{
  QJsonObject parameters;
  QStringList lines;
  lines << QStringLiteral( "%1 — %2" ).arg( alg->id(), alg->displayName() ) << QString();
  if ( !alg->shortHelpString().isEmpty() )
    lines << plainText( alg->shortHelpString() ) << QString();
  lines << QStringLiteral( "Parameters:" );
  for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
  {
    if ( vkcompat::isHidden( p ) )
      continue;
    const bool optional = vkcompat::isOptional( p );
    // The dialog's label carries the id ("… [MIN_INWONERS]"); here the id leads the line already.
    QString description = p->description();
    if ( description.endsWith( QStringLiteral( " [%1]" ).arg( p->name() ) ) )
      description.chop( p->name().size() + 3 );
    lines << QStringLiteral( "  %1: %2%3" ).arg( p->name(), description, optional ? QStringLiteral( " (optional)" ) : QString() );
    lines << QStringLiteral( "      expects %1" ).arg( expectation( p ) );
    if ( p->defaultValue().isValid() )
      lines << QStringLiteral( "      default: %1" ).arg( p->defaultValue().toString() );
    parameters.insert( p->name(), QJsonObject { { QStringLiteral( "description" ), description }, { QStringLiteral( "type" ), p->type() },
      { QStringLiteral( "optional" ), optional }, { QStringLiteral( "default" ), toJson( p->defaultValue() ) }, { QStringLiteral( "expects" ), expectation( p ) } } );
  }
  QJsonObject outputs;
  lines << QString() << QStringLiteral( "Outputs:" );
  for ( const QgsProcessingOutputDefinition *o : alg->outputDefinitions() )
  {
    lines << QStringLiteral( "  %1: %2 (%3)" ).arg( o->name(), o->description(), o->type() );
    outputs.insert( o->name(), QJsonObject { { QStringLiteral( "description" ), o->description() }, { QStringLiteral( "type" ), o->type() } } );
  }
  if ( json )
    out( QString::fromUtf8( QJsonDocument( QJsonObject { { QStringLiteral( "id" ), alg->id() }, { QStringLiteral( "name" ), alg->displayName() },
                                           { QStringLiteral( "help" ), plainText( alg->shortHelpString() ) }, { QStringLiteral( "parameters" ), parameters },
                                           { QStringLiteral( "outputs" ), outputs } } ).toJson( QJsonDocument::Indented ) ) );
  else
    out( lines.join( QLatin1Char( '\n' ) ) );
  return Success;
}

//! The problem a usage error reports, or nothing when the check passed.
using UsageProblem = std::optional<QString>;

//! Every key must be a parameter of \a alg, written as the parameter is.
UsageProblem unknownParameterProblem( const QgsProcessingAlgorithm *alg, const QVariantMap &parameters )
{
  QStringList known, shown; // a hidden parameter (the model's) is accepted but not offered
  for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
  {
    known << p->name();
    if ( !vkcompat::isHidden( p ) )
      shown << p->name();
  }
  for ( auto it = parameters.constBegin(); it != parameters.constEnd(); ++it )
  {
    // QGIS finds a parameter whatever its case; a key must be written as the parameter is.
    if ( !known.contains( it.key() ) && known.contains( it.key(), Qt::CaseInsensitive ) )
      return QStringLiteral( "unknown parameter '%1' for %2; did you mean %3? (parameter names are upper case)" )
        .arg( it.key(), alg->id(), it.key().toUpper() );
    if ( !known.contains( it.key() ) )
      return QStringLiteral( "unknown parameter '%1' for %2; expected one of: %3" ).arg( it.key(), alg->id(), shown.join( QStringLiteral( ", " ) ) );
  }
  return std::nullopt;
}

//! A parameter that was not given: a temporary file for an output, else its default value; a problem when it is required.
UsageProblem fillInMissingParameter( const QgsProcessingAlgorithm *alg, const QgsProcessingParameterDefinition *p, QVariantMap &parameters )
{
  const QString key = p->name();
  if ( p->isDestination() )
  {
    // Not given: a temporary file, so that the result outlives this process.
    const auto *d = static_cast<const QgsProcessingDestinationParameter *>( p );
    if ( !vkcompat::isOptional( p ) || d->createByDefault() )
      parameters.insert( key, QgsProcessingUtils::generateTempFilename( QStringLiteral( "%1.%2" ).arg( key.toLower(), d->defaultFileExtension() ) ) );
    return std::nullopt;
  }
  if ( p->defaultValue().isValid() )
    parameters.insert( key, p->defaultValue() );
  else if ( !vkcompat::isOptional( p ) )
    return QStringLiteral( "missing parameter %1 (%2) for %3; expected %4" ).arg( key, p->description(), alg->id(), expectation( p ) );
  return std::nullopt;
}

//! The index of the option of \a e whose text is \a text (whatever its case), or -1 when \a text is an index or no option.
int enumIndexByText( const QgsProcessingParameterEnum *e, const QString &text )
{
  bool isIndex = false;
  text.toInt( &isIndex );
  const int byName = e->options().indexOf( QRegularExpression( QStringLiteral( "^%1$" ).arg( QRegularExpression::escape( text ) ), QRegularExpression::CaseInsensitiveOption ) );
  return isIndex ? -1 : byName;
}

//! A layer's source as QGIS shows it ("dbname='…' host=… table=…"), in \a value or each of its entries, as a PostgreSQL table.
QVariant withPostgresPrefixes( const QVariant &value )
{
  if ( value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList )
  {
    QVariantList entries;
    for ( const QString &entry : value.toStringList() )
      entries << veerkracht::withPostgresPrefix( entry );
    return entries;
  }
  return veerkracht::withPostgresPrefix( value.toString() );
}

//! Why the layer source \a entry of \a p cannot be read, or nothing when it opens (as a layer or as a CBS OData table).
UsageProblem layerSourceProblem( const QgsProcessingParameterDefinition *p, const QString &entry, QgsProcessingContext &context )
{
  const QString key = p->name();
  if ( entry.startsWith( QLatin1String( "postgresql://" ) ) )
    return QStringLiteral( "parameter %1: a postgresql:// URL names a database, not a table; expected a table as QGIS names it, "
                           "e.g. postgres://dbname='…' host=… user=… table=\"public\".\"buurten\" (geom)" ).arg( key );
  // A pipe would block GDAL for ever; a CBS OData JSON table is read by the algorithm itself.
  const QString special = veerkracht::specialFileKind( entry );
  if ( !special.isEmpty() )
    return QStringLiteral( "parameter %1: '%2' is %3; expected a file" ).arg( key, entry, special );
  bool odata = false;
  try
  {
    odata = static_cast<bool>( veerkracht::openODataTable( entry, key ) );
  }
  catch ( const QgsProcessingException &e )
  {
    return e.what();
  }
  if ( odata || QgsProcessingUtils::mapLayerFromString( entry, context ) )
    return std::nullopt;
  // A table that does not open: say why (login, database, table), not only "cannot open".
  if ( veerkracht::isPostgresText( entry ) )
  {
    try
    {
      veerkracht::checkPostgresSource( key, entry );
    }
    catch ( const QgsProcessingException &e )
    {
      return e.what();
    }
  }
  return QStringLiteral( "parameter %1: cannot open '%2'; expected %3" ).arg( key, entry, expectation( p ) );
}

//! Why \a p does not accept its value in \a parameters, or nothing when it does; \a value is the value as given, for the message.
UsageProblem unacceptableValueProblem( const QgsProcessingParameterDefinition *p, const QVariant &value, const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString key = p->name();
  std::vector<std::unique_ptr<QgsVectorLayer>> odata;
  if ( p->checkValueIsAcceptable( veerkracht::withODataTables( parameters.value( key ), odata ), &context ) )
    return std::nullopt;
  // The table says which row and which cell; others show the value as given (every repeat of the key).
  if ( const auto *table = dynamic_cast<const IndicatorenParameter *>( p ) )
  {
    const QString fault = veerkracht::leesIndicatorTabel( value, table->standaardRichting() ).fout;
    if ( !fault.isEmpty() )
      return QStringLiteral( "parameter %1: %2; expected %3" ).arg( key, fault, expectation( p ) );
  }
  const QString shown = value.userType() == QMetaType::QVariantList ? value.toStringList().join( QStringLiteral( "' '" ) ) : value.toString();
  return QStringLiteral( "parameter %1: '%2' is not valid; expected %3" ).arg( key, shown, expectation( p ) );
}

//! Turns the value given for \a p into what the algorithm takes (in \a parameters), or says why it cannot be used.
UsageProblem prepareGivenParameter( const QgsProcessingParameterDefinition *p, QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString key = p->name();
  QVariant value = parameters.value( key );
  if ( value.userType() == QMetaType::QVariantList && !acceptsList( p ) )
    return QStringLiteral( "parameter %1 was given %2 times; expected one value: %3" ).arg( key ).arg( value.toList().size() ).arg( expectation( p ) );
  if ( value.toString().isEmpty() && value.userType() == QMetaType::QString )
  {
    if ( !vkcompat::isOptional( p ) )
      return QStringLiteral( "parameter %1 has no value; expected %2" ).arg( key, expectation( p ) );
    parameters.remove( key );
    return std::nullopt;
  }
  if ( p->type() == QLatin1String( "enum" ) && value.userType() == QMetaType::QString )
  {
    // Accept an option's text as well as its index.
    const int byName = enumIndexByText( static_cast<const QgsProcessingParameterEnum *>( p ), value.toString() );
    if ( byName >= 0 )
      parameters.insert( key, byName );
  }
  if ( isLayerParameter( p ) || ( p->isDestination() && value.userType() == QMetaType::QString ) )
  {
    value = withPostgresPrefixes( value );
    parameters.insert( key, value );
  }
  if ( isLayerParameter( p ) )
  {
    const QVariantList entries = value.userType() == QMetaType::QVariantList ? value.toList() : QVariantList { value };
    for ( const QVariant &entry : entries )
    {
      if ( const UsageProblem problem = layerSourceProblem( p, entry.toString(), context ) )
        return problem;
    }
  }
  return unacceptableValueProblem( p, value, parameters, context );
}

//! Checks the command line's \a parameters and completes them (defaults, temporary outputs) into what \a alg runs with.
UsageProblem prepareParameters( const QgsProcessingAlgorithm *alg, QVariantMap &parameters, QgsProcessingContext &context )
{
  if ( const UsageProblem problem = unknownParameterProblem( alg, parameters ) )
    return problem;
  for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
  {
    const UsageProblem problem = parameters.contains( p->name() ) ? prepareGivenParameter( p, parameters, context ) : fillInMissingParameter( alg, p, parameters );
    if ( problem )
      return problem;
  }
  QString message;
  if ( !alg->checkParameterValues( parameters, context, &message ) )
    return QStringLiteral( "%1: %2" ).arg( alg->id(), message );
  return std::nullopt;
}

//! What a run gave: its results, or why it failed (empty when it did not).
struct RunOutcome
{
  QVariantMap results;
  QString failure;
};

//! One run of \a alg; a failure is its exception's message.
RunOutcome runOnce( const QgsProcessingAlgorithm *alg, const QVariantMap &parameters, QgsProcessingContext &context, CliFeedback &feedback )
{
  RunOutcome outcome;
  try
  {
    bool ok = false;
    outcome.results = alg->run( parameters, context, &feedback, &ok, QVariantMap(), false );
    if ( !ok )
      outcome.failure = QStringLiteral( "the algorithm failed" );
  }
  catch ( QgsProcessingException &e )
  {
    outcome.failure = e.what();
  }
  return outcome;
}

//! Runs \a alg; Ctrl-C and SIGTERM cancel it through \a feedback (see onInterrupt).
RunOutcome runCancelable( const QgsProcessingAlgorithm *alg, const QVariantMap &parameters, QgsProcessingContext &context, CliFeedback &feedback )
{
  std::signal( SIGINT, onInterrupt );
  std::signal( SIGTERM, onInterrupt );
  // Polls for Ctrl-C (a signal handler may not cancel), and stops as soon as the run ends.
  std::mutex mutex;
  std::condition_variable done;
  bool finished = false;
  std::thread watcher( [&] {
    std::unique_lock<std::mutex> lock( mutex );
    while ( !finished )
    {
      if ( gInterrupted && !feedback.isCanceled() )
        feedback.cancel();
      done.wait_for( lock, std::chrono::milliseconds( 50 ) );
    }
  } );

  RunOutcome outcome = runOnce( alg, parameters, context, feedback );
  {
    const std::lock_guard<std::mutex> lock( mutex );
    finished = true;
  }
  done.notify_one();
  watcher.join();
  std::signal( SIGINT, SIG_DFL );
  std::signal( SIGTERM, SIG_DFL );
  if ( outcome.failure.isEmpty() && feedback.isCanceled() )
    outcome.failure = QStringLiteral( "canceled" );
  return outcome;
}

QJsonObject toJsonObject( const QVariantMap &map )
{
  QJsonObject object;
  for ( auto it = map.constBegin(); it != map.constEnd(); ++it )
    object.insert( it.key(), toJson( it.value() ) );
  return object;
}

//! The --json document of a run: the algorithm, its inputs and log, and its results or its error.
QJsonObject runReport( const QgsProcessingAlgorithm *alg, const QVariantMap &parameters, const QJsonArray &log, const RunOutcome &outcome )
{
  QJsonObject doc { { QStringLiteral( "algorithm" ), alg->id() }, { QStringLiteral( "provider_version" ), alg->provider() ? alg->provider()->versionInfo() : QString() },
    { QStringLiteral( "inputs" ), toJsonObject( parameters ) }, { QStringLiteral( "log" ), log } };
  if ( outcome.failure.isEmpty() )
  {
    doc.insert( QStringLiteral( "results" ), toJsonObject( outcome.results ) );
  }
  else
  {
    doc.insert( QStringLiteral( "error" ), outcome.failure );
    doc.insert( QStringLiteral( "exit_code" ), AlgorithmFailed );
  }
  return doc;
}

//! One line per result: its name and its value (a list joined by commas).
void printResults( const QVariantMap &results )
{
  for ( auto it = results.constBegin(); it != results.constEnd(); ++it )
    out( QStringLiteral( "%1:\t%2" ).arg( it.key(), it.value().userType() == QMetaType::QVariantList ? it.value().toStringList().join( QStringLiteral( ", " ) ) : it.value().toString() ) );
}

int runAlgorithm( const QgsProcessingAlgorithm *alg, const CommandLine &cl )
{
  const bool json = cl.json;
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QVariantMap parameters = cl.parameters();
  if ( const UsageProblem problem = prepareParameters( alg, parameters, context ) )
    return usageError( *problem, json );

  CliFeedback feedback( stdoutIsTerminal() && !json );
  const RunOutcome outcome = runCancelable( alg, parameters, context, feedback );
  if ( json )
    outJson( runReport( alg, parameters, feedback.messages(), outcome ), QJsonDocument::Indented );
  if ( !outcome.failure.isEmpty() )
  {
    err( QStringLiteral( "veerkracht: %1 failed: %2" ).arg( alg->id(), outcome.failure ) );
    return AlgorithmFailed;
  }
  if ( !json )
    printResults( outcome.results );
  return Success;
}

} // namespace

int main( int argc, char *argv[] )
{
  QStringList arguments;
  for ( int i = 1; i < argc; ++i )
  {
    arguments << QString::fromLocal8Bit( argv[i] );
    // A file name in another encoding (Latin-1 bytes under UTF-8) would be written as U+FFFD.
    if ( arguments.last().toLocal8Bit() != QByteArray( argv[i] ) )
      return usageError( QStringLiteral( "argument %1 ('%2') is not valid text in the system's encoding (UTF-8); expected names in that encoding — "
                                         "rename the file, or convert the name with convmv" )
                         .arg( i ).arg( QString::fromLatin1( QByteArray( argv[i] ).toPercentEncoding( "/=:._-" ) ) ),
                         std::any_of( argv + 1, argv + argc, []( const char *a ) { return qstrcmp( a, "--json" ) == 0; } ) );
  }
  const CommandLine cl = CommandLine::parse( arguments );
  if ( cl.showVersion )
  {
    out( QStringLiteral( "veerkracht %1 (QGIS %2)" ).arg( QStringLiteral( VEERKRACHT_VERSION ), QStringLiteral( _QGIS_VERSION ) ) );
    return Success;
  }
  if ( cl.showUsage )
  {
    out( usage() );
    return Success;
  }
  if ( !cl.error.isEmpty() )
  {
    err( usage() );
    return usageError( cl.error, cl.json );
  }

  prepareEnvironment();
  QgsApplication app( argc, argv, false, QString(), QStringLiteral( "external" ) );
  QgsApplication::init(); // what initQgis() does first
  installVeerkrachtTranslator(); // Dutch help and messages when QGIS's locale (or LANG) is Dutch
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  registry->addProvider( new VeerkrachtProvider( registry ) );
  const bool ours = cl.command != CommandLine::Command::List && cl.algorithm.startsWith( QLatin1String( "veerkracht:" ) );
  const QgsProcessingAlgorithm *eigen = ours ? registry->algorithmById( cl.algorithm ) : nullptr;
  startQgis( cl.command != CommandLine::Command::Run || ( eigen && onlyLocalFiles( eigen, cl.parameters() ) ) );
  // QGIS's own algorithms (0.07 s to register) only for a list, or a run or help of one of them.
  if ( !ours )
    registry->addProvider( new QgsNativeAlgorithms( registry ) );

  int code = Success;
  if ( cl.command == CommandLine::Command::List )
  {
    code = listAlgorithms( cl.json );
  }
  else
  {
    const QgsProcessingAlgorithm *alg = registry->algorithmById( cl.algorithm );
    if ( !alg )
      code = usageError( QStringLiteral( "unknown algorithm '%1'; run 'veerkracht list' for the available ones" ).arg( cl.algorithm ), cl.json );
    else if ( cl.command == CommandLine::Command::Help )
      code = showHelp( alg, cl.json );
    else
      code = runAlgorithm( alg, cl );
  }
  QgsApplication::exitQgis();
  return code;
}
