#pragma once
// What every algorithm owes its outputs: never an input overwritten, never a half-written file.

#include "veerkracht_compat.h"

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
 * another run holds it (a lock of a process that died is taken over).
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
 * naming the parameter). Unless finish() succeeds — the algorithm threw or was canceled — the
 * sink is closed and what it wrote removed, so no output that looks complete is left behind.
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

    QString mName;
    QgsProcessingContext &mContext;
    std::unique_ptr<QgsFeatureSink> mSink;
    std::unique_ptr<detail::CountingSink> mCounter;
    QString mDestinationId; //!< as the sink reports it (the temporary file where there is one)
    QString mFinalFile;     //!< where the output goes; empty when it is not a file
    QString mTemporaryFile; //!< empty when written in place
    QString mLayerName;
    bool mFileExisted = false;
    bool mFinished = false;
};

/**
 * The files an algorithm with a folder output wrote so far. Unless keep() is called — the
 * algorithm threw or was canceled — they are removed again, so a canceled run leaves no set of
 * pages that looks complete. Declare it before the writers of those files (it must outlive them).
 */
class WrittenFiles
{
  public:
    WrittenFiles() = default;
    ~WrittenFiles();
    WrittenFiles( const WrittenFiles & ) = delete;
    WrittenFiles &operator=( const WrittenFiles & ) = delete;

    //! Call before the file is opened for writing.
    void add( const QString &path ) { mPaths << path; }
    //! The run finished: the files stay.
    void keep() { mKeep = true; }

  private:
    QStringList mPaths;
    bool mKeep = false;
};

} // namespace veerkracht
