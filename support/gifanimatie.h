// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An animated GIF from rendered frames, encoded by giflib as they come (one frame in memory at a
// time): each frame reduced to its own 256 colours by giflib's quantizer, shown for a fixed time,
// the animation looping. Written to a temporary file, renamed when finished.

#include <QImage>
#include <QString>

struct GifFileType;

namespace veerkracht {

class GifAnimatie
{
  public:
    //! An animation to be written to \a path, each frame shown \a centiseconds (GIF counts hundredths of a second).
    GifAnimatie( const QString &path, int centiseconds );
    //! Without finish(), the temporary file is removed.
    ~GifAnimatie();
    GifAnimatie( const GifAnimatie & ) = delete;
    GifAnimatie &operator=( const GifAnimatie & ) = delete;

    /**
     * Encodes \a frame; every frame must have the first frame's size. Returns an empty string, or
     * what went wrong (then the animation is abandoned).
     */
    QString addFrame( const QImage &frame );

    int frameCount() const { return mFrames; }

    //! Closes the file and renames it to its path; an empty string, or what went wrong.
    QString finish();

  private:
    //! Closes and removes the temporary file, if any (after finish() there is none).
    void abandon();
    QString fail( const QString &error );

    QString mPath, mTemporary;
    int mCentiseconds;
    GifFileType *mGif = nullptr;
    int mWidth = 0, mHeight = 0, mFrames = 0;
    QString mError;
};

} // namespace veerkracht
