// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/gifanimatie.h"

#include <QCoreApplication>
#include <QFile>

#include <gif_lib.h>

#include <vector>

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

GifAnimatie::GifAnimatie( const QString &path, int centiseconds )
  : mPath( path )
  , mTemporary( path + QStringLiteral( ".part" ) )
  , mCentiseconds( centiseconds )
{
}

GifAnimatie::~GifAnimatie()
{
  abandon();
}

void GifAnimatie::abandon()
{
  if ( mGif )
  {
    int ignored = 0;
    EGifCloseFile( mGif, &ignored );
    mGif = nullptr;
  }
  if ( !mTemporary.isEmpty() )
    QFile::remove( mTemporary );
}

QString GifAnimatie::fail( const QString &error )
{
  abandon();
  mError = error;
  return mError;
}

QString GifAnimatie::addFrame( const QImage &frame )
{
  if ( !mError.isEmpty() )
    return mError;
  if ( mFrames == 0 )
  {
    {
      // Created by Qt, so that the file gets the umask's permissions (giflib would make it 0600).
      QFile file( mTemporary );
      if ( !file.open( QIODevice::WriteOnly ) )
        return fail( file.errorString() );
    }
    int error = D_GIF_SUCCEEDED;
    mGif = EGifOpenFileName( QFile::encodeName( mTemporary ).constData(), false, &error );
    if ( !mGif )
      return fail( giflibError( error ) );
    EGifSetGifVersion( mGif, true ); // GIF89a: delays and the loop need it
    mWidth = frame.width();
    mHeight = frame.height();
    if ( EGifPutScreenDesc( mGif, mWidth, mHeight, 8, 0, nullptr ) == GIF_ERROR || !putLoop( mGif ) )
      return fail( giflibError( mGif->Error ) );
  }
  else if ( frame.width() != mWidth || frame.height() != mHeight )
  {
    return fail( QCoreApplication::translate( "GifAnimatie", "frame %1 is %2 × %3 pixels, the first %4 × %5" )
                 .arg( mFrames + 1 ).arg( frame.width() ).arg( frame.height() ).arg( mWidth ).arg( mHeight ) );
  }
  if ( !putFrame( mGif, frame, mCentiseconds ) )
    return fail( giflibError( mGif->Error ) );
  ++mFrames;
  return QString();
}

QString GifAnimatie::finish()
{
  if ( !mError.isEmpty() )
    return mError;
  if ( mFrames == 0 )
    return fail( QCoreApplication::translate( "GifAnimatie", "no frames to write" ) );
  int error = D_GIF_SUCCEEDED;
  const int closed = EGifCloseFile( mGif, &error ); // frees mGif, also on an error
  mGif = nullptr;
  if ( closed == GIF_ERROR )
    return fail( giflibError( error ) );
  if ( QFile::exists( mPath ) && !QFile::remove( mPath ) )
    return fail( QCoreApplication::translate( "GifAnimatie", "cannot replace %1" ).arg( mPath ) );
  if ( !QFile::rename( mTemporary, mPath ) )
    return fail( QCoreApplication::translate( "GifAnimatie", "cannot rename %1 to %2" ).arg( mTemporary, mPath ) );
  mTemporary.clear();
  return QString();
}

} // namespace veerkracht
