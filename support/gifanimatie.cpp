// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/gifanimatie.h"

#include <QCoreApplication>
#include <QFile>

#include <gif_lib.h>

namespace veerkracht {

namespace {

QString giflibError( int code )
{
  const char *text = GifErrorString( code );
  return text ? QString::fromLatin1( text ) : QStringLiteral( "giflib error %1" ).arg( code );
}

//! The NETSCAPE2.0 application extension: play the animation for ever.
bool putLoop( GifFileType *gif )
{
  static const unsigned char loopForEver[3] = { 1, 0, 0 };
  return EGifPutExtensionLeader( gif, APPLICATION_EXT_FUNC_CODE ) != GIF_ERROR && EGifPutExtensionBlock( gif, 11, "NETSCAPE2.0" ) != GIF_ERROR
         && EGifPutExtensionBlock( gif, 3, loopForEver ) != GIF_ERROR && EGifPutExtensionTrailer( gif ) != GIF_ERROR;
}

//! One frame: its own 256 colours from giflib's median-cut quantizer, then its delay and its pixels.
bool putFrame( GifFileType *gif, const QImage &frame, int centiseconds )
{
  const QImage rgb = frame.convertToFormat( QImage::Format_RGB888 );
  const int width = rgb.width(), height = rgb.height();
  const std::size_t pixels = static_cast<std::size_t>( width ) * static_cast<std::size_t>( height );
  std::vector<GifByteType> red( pixels ), green( pixels ), blue( pixels ), indices( pixels );
  for ( int y = 0; y < height; ++y )
  {
    const uchar *line = rgb.constScanLine( y );
    for ( int x = 0; x < width; ++x )
    {
      const std::size_t i = static_cast<std::size_t>( y ) * static_cast<std::size_t>( width ) + static_cast<std::size_t>( x );
      red[i] = line[3 * x];
      green[i] = line[3 * x + 1];
      blue[i] = line[3 * x + 2];
    }
  }
  int colours = 256;
  std::vector<GifColorType> palette( 256 );
  // GifQuantizeBuffer() sets no error code of its own: say which step failed.
  if ( GifQuantizeBuffer( static_cast<unsigned>( width ), static_cast<unsigned>( height ), &colours, red.data(), green.data(), blue.data(), indices.data(), palette.data() ) == GIF_ERROR )
  {
    gif->Error = E_GIF_ERR_NOT_ENOUGH_MEM;
    return false;
  }
  ColorMapObject *colourMap = GifMakeMapObject( 256, palette.data() );
  if ( !colourMap )
    return false;
  GraphicsControlBlock timing;
  timing.DisposalMode = DISPOSE_DO_NOT;
  timing.UserInputFlag = false;
  timing.DelayTime = centiseconds;
  timing.TransparentColor = NO_TRANSPARENT_COLOR;
  GifByteType extension[4];
  const std::size_t length = EGifGCBToExtension( &timing, extension );
  bool ok = EGifPutExtension( gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>( length ), extension ) != GIF_ERROR
            && EGifPutImageDesc( gif, 0, 0, width, height, false, colourMap ) != GIF_ERROR;
  for ( int y = 0; ok && y < height; ++y )
    ok = EGifPutLine( gif, indices.data() + static_cast<std::size_t>( y ) * static_cast<std::size_t>( width ), width ) != GIF_ERROR;
  GifFreeMapObject( colourMap );
  return ok;
}

} // namespace

GifAnimatie::GifAnimatie( int centiseconds )
  : mCentiseconds( centiseconds )
{
}

void GifAnimatie::addFrame( const QImage &frame )
{
  if ( !mFrames.empty() && frame.size() != mFrames.front().size() )
    throw std::invalid_argument( "every frame of an animation has the first frame's size" );
  mFrames.push_back( frame );
}

QString GifAnimatie::write( const QString &path ) const
{
  if ( mFrames.empty() )
    return QCoreApplication::translate( "GifAnimatie", "no frames to write" );
  const QString temporary = path + QStringLiteral( ".part" );
  {
    // Created by Qt, so that the file gets the umask's permissions (giflib would make it 0600).
    QFile file( temporary );
    if ( !file.open( QIODevice::WriteOnly ) )
      return file.errorString();
  }
  int error = D_GIF_SUCCEEDED;
  GifFileType *gif = EGifOpenFileName( QFile::encodeName( temporary ).constData(), false, &error );
  if ( !gif )
  {
    QFile::remove( temporary );
    return giflibError( error );
  }
  EGifSetGifVersion( gif, true ); // GIF89a: delays and the loop need it
  bool ok = EGifPutScreenDesc( gif, mFrames.front().width(), mFrames.front().height(), 8, 0, nullptr ) != GIF_ERROR && putLoop( gif );
  for ( const QImage &frame : mFrames )
    ok = ok && putFrame( gif, frame, mCentiseconds );
  const int writeError = ok ? D_GIF_SUCCEEDED : gif->Error;
  if ( EGifCloseFile( gif, &error ) == GIF_ERROR && ok ) // closing frees gif, also on an error
  {
    ok = false;
  }
  else if ( !ok )
  {
    error = writeError;
  }
  if ( !ok )
  {
    QFile::remove( temporary );
    return giflibError( error );
  }
  if ( QFile::exists( path ) && !QFile::remove( path ) )
  {
    QFile::remove( temporary );
    return QCoreApplication::translate( "GifAnimatie", "cannot replace %1" ).arg( path );
  }
  if ( !QFile::rename( temporary, path ) )
  {
    QFile::remove( temporary );
    return QCoreApplication::translate( "GifAnimatie", "cannot rename %1 to %2" ).arg( temporary, path );
  }
  return QString();
}

} // namespace veerkracht
