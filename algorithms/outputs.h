#pragma once
// What every algorithm owes its outputs: never an input overwritten, never a half-written file.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class QgsFeatureSink;
class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace veerkracht {

//! The file behind a layer source or an output destination ("ogr:" prefixes and "|layername=" cut off); empty when it is not a file.
QString fileOfSource( const QString &source );

/**
 * Throws a QgsProcessingException naming \a parameter when the destination file is the file of
 * one of \a inputSources: inputs are never overwritten.
 */
void refuseToOverwriteInputs( const QString &parameter, const QString &destination, const QStringList &inputSources );

/**
 * Creates the folders the file and folder destinations of \a algorithm will be written in, and
 * throws a QgsProcessingException naming the parameter when one cannot be created or written:
 * a clear message before any work, instead of a driver's error after it.
 */
void prepareDestinations( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

//! Whether the file an output destination names exists already (call before creating the sink).
bool outputFileExists( const QString &destination );

/**
 * Owns a feature sink while an algorithm writes it. Unless finish() is called — the algorithm
 * threw or was canceled — the sink is closed and its file removed, so no output that looks
 * complete is left behind.
 */
class GuardedSink
{
  public:
    //! \a fileExisted: the destination file was there before the sink (outputFileExists()); then only the layer is removed.
    GuardedSink( QgsFeatureSink *sink, const QString &destinationId, bool fileExisted );
    ~GuardedSink();
    GuardedSink( const GuardedSink & ) = delete;
    GuardedSink &operator=( const GuardedSink & ) = delete;

    QgsFeatureSink *get() const { return mSink.get(); }
    QgsFeatureSink *operator->() const { return mSink.get(); }
    explicit operator bool() const { return static_cast<bool>( mSink ); }

    //! Closes the sink and keeps its output.
    void finish();

  private:
    std::unique_ptr<QgsFeatureSink> mSink;
    QString mDestinationId;
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
