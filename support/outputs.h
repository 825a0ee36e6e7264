// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What every algorithm owes its outputs: never an input overwritten, never a half-written file.

#include "support/veerkracht_compat.h"

#include <qgsfeaturesink.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

class QLockFile;
class QgsCoordinateReferenceSystem;
class QgsFields;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingParameterDefinition;

namespace veerkracht {

class PostgresSchrijfslot;
class PostgresUitvoer;

//! The file behind a layer source or an output destination ("ogr:" prefixes and "|layername=" cut off); empty when it is not a file.
QString fileOfSource( const QString &source );

/**
 * The file a destination parameter's value will be written to, named as QGIS will name it: a
 * relative path taken from the working folder, and ".gpkg" appended to a vector destination
 * whose extension no vector driver knows (as QgsProcessingUtils does). Empty when the value is
 * not a file (a temporary output, a memory layer, a database).
 */
QString destinationFile( const QgsProcessingParameterDefinition *definition, const QVariant &value );

//! Whether two paths name the same file: the same device and inode where both exist, the same absolute path otherwise.
bool sameFile( const QString &a, const QString &b );

//! What a path is when it is no file to read but a named pipe, a socket or a device; empty otherwise.
QString specialFileKind( const QString &path );

/**
 * Throws a QgsProcessingException naming the parameter when an input is a named pipe, a socket
 * or a device: GDAL would block on it for ever instead of reading a file.
 */
void refuseUnreadableInputs( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * Opens every vector input given as a file path without write access (QGIS 3.28 and later) and
 * puts it in the run's layer store, where Processing finds it before it would open the file for
 * writing: reading an input never changes its bytes (no WAL switch on a GeoPackage).
 */
void openInputsReadOnly( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * Throws a QgsProcessingException naming the parameter when a file destination of \a algorithm
 * is an existing folder, the file of any input (layer, table, rule file, target), or the file of
 * another destination — however the paths are spelled (relative, "./", "../", links).
 */
void refuseAliasedDestinations( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * Writes \a bytes as the file \a path, in place only when complete (QSaveFile), and checks that
 * the file then holds every byte (a full disk has been seen to leave an empty file behind a
 * successful commit). On failure nothing is left at \a path and \a error says why.
 */
bool writeWholeFile( const QString &path, const QByteArray &bytes, QString &error );

/**
 * One writer at a time per output file: holds a lock file beside every file destination of an
 * algorithm while it runs, and throws a QgsProcessingException naming the parameter at once when
 * another run holds it (a lock of a process that died is taken over). A PostgreSQL destination
 * gets the same from PostgresSchrijfslot (which also refuses an existing table without overwrite).
 */
class DestinationLocks
{
  public:
    DestinationLocks( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters );
    ~DestinationLocks();
    DestinationLocks( const DestinationLocks & ) = delete;
    DestinationLocks &operator=( const DestinationLocks & ) = delete;

  private:
    std::vector<std::unique_ptr<QLockFile>> mLocks;
    std::vector<std::unique_ptr<PostgresSchrijfslot>> mTables;
    QStringList mFiles;
};

/**
 * Creates the folders the file and folder destinations of \a algorithm will be written in, and
 * throws a QgsProcessingException naming the parameter when one cannot be created or written:
 * a clear message before any work, instead of a driver's error after it.
 */
void prepareDestinations( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

namespace detail {

//! Passes features on to a sink and counts the ones it took.
class CountingSink : public QgsFeatureSink
{
  public:
    explicit CountingSink( QgsFeatureSink *sink )
      : mSink( sink )
    {}
    bool addFeature( QgsFeature &feature, QgsFeatureSink::Flags flags = QgsFeatureSink::Flags() ) override;
    bool addFeatures( QgsFeatureList &features, QgsFeatureSink::Flags flags = QgsFeatureSink::Flags() ) override;
    bool flushBuffer() override { return mSink->flushBuffer(); }
    QString lastError() const override { return mSink->lastError(); }
    long long count() const { return mCount; }

  private:
    QgsFeatureSink *mSink = nullptr;
    long long mCount = 0;
};

} // namespace detail

/**
 * Creates and owns the feature sink of a destination parameter while an algorithm writes it.
 * A GeoPackage, GeoJSON, FlatGeobuf or SQLite file is written under a temporary name beside its
 * destination and renamed to it by finish(), so an earlier output survives until the new one is
 * complete. finish() checks that the file holds every feature added (a full disk fails the run,
 * naming the parameter). A PostgreSQL destination ("postgis:…") is written as a temporary table
 * and put in place in one transaction (PostgresUitvoer). Unless finish() succeeds — the algorithm
 * threw or was canceled — the sink is closed and what it wrote removed, so no output that looks
 * complete is left behind.
 */
class GuardedSink
{
  public:
    GuardedSink( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context,
                 const QgsFields &fields, vkcompat::WkbType geometryType, const QgsCoordinateReferenceSystem &crs,
                 QgsFeatureSink::SinkFlags flags = QgsFeatureSink::SinkFlags() );
    ~GuardedSink();
    GuardedSink( const GuardedSink & ) = delete;
    GuardedSink &operator=( const GuardedSink & ) = delete;

    QgsFeatureSink *get() const { return mCounter.get(); }
    QgsFeatureSink *operator->() const { return mCounter.get(); }
    explicit operator bool() const { return static_cast<bool>( mSink ); }

    /**
     * Closes the sink, checks the file and puts it in place; returns the destination identifier
     * for the algorithm's results (the final file, not the temporary one).
     */
    QString finish();

  private:
    void discard();
    void moveLayerToLoad( const QString &destination );

    QString mName;
    QgsProcessingContext &mContext;
    std::unique_ptr<QgsFeatureSink> mSink;
    std::unique_ptr<detail::CountingSink> mCounter;
    std::unique_ptr<PostgresUitvoer> mPostgres;
    QString mDestinationId; //!< as the sink reports it (the temporary file where there is one)
    QString mFinalFile;     //!< where the output goes; empty when it is not a file
    QString mTemporaryFile; //!< empty when written in place
    QString mLayerName;
    bool mFileExisted = false;
    bool mFinished = false;
};

/**
 * The pages of an algorithm with a folder output (the map set, the buurt profiles), written
 * complete or not at all: every file goes to a hidden staging folder inside the output folder
 * first; commit() moves them into place (renames, on the same disk) and then writes
 * veerkracht-manifest.json, which lists every file of the set with its size (and the files an
 * earlier run into the same folder listed, where they are still there: a set made in parts). A run that was
 * killed, canceled or failed leaves no new page in the output folder, and an earlier set with
 * its manifest untouched until the moves begin (the manifest is removed first, so a set without
 * one is incomplete). Staging folders left by a killed run are removed by the next run.
 */
class FolderOutput
{
  public:
    //! Throws a QgsProcessingException naming \a parameter when the folder cannot be prepared.
    FolderOutput( const QString &folder, const QString &parameter );
    ~FolderOutput();
    FolderOutput( const FolderOutput & ) = delete;
    FolderOutput &operator=( const FolderOutput & ) = delete;

    //! Where to write the file \a name now (in the staging folder).
    QString stage( const QString &name );
    //! Where the file \a name will be once the set is complete.
    QString finalPath( const QString &name ) const;
    //! Moves every staged file into place and writes the manifest; throws when one cannot be.
    void commit( const QString &algorithmId );

    static QString manifestName() { return QStringLiteral( "veerkracht-manifest.json" ); }

  private:
    QString mFolder;
    QString mStaging;
    QString mParameter;
    QStringList mNames;
};

} // namespace veerkracht
