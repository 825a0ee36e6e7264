// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// An animated GIF from rendered frames, encoded by giflib: each frame reduced to its own 256
// colours by giflib's quantizer, shown for a fixed time, the animation looping.

#include <QImage>
#include <QString>

#include <vector>

namespace veerkracht {

class GifAnimatie
{
  public:
    //! Frames shown \a centiseconds each (GIF counts hundredths of a second).
    explicit GifAnimatie( int centiseconds );

    //! Adds a frame; every frame must have the first frame's size.
    void addFrame( const QImage &frame );

    int frameCount() const { return static_cast<int>( mFrames.size() ); }

    /**
     * Writes the animation to \a path through a temporary file renamed when complete. Returns an
     * empty string, or what went wrong (giflib's message, or the file's).
     */
    QString write( const QString &path ) const;

  private:
    int mCentiseconds;
    std::vector<QImage> mFrames;
};

} // namespace veerkracht
