// SPDX-License-Identifier: GPL-2.0-or-later
// The `veerkracht` command line as main() hands it to CommandLine::parse. The bytes are the
// arguments after the program name, each ended by NUL as in /proc/<pid>/cmdline (an argument can
// hold anything but NUL), decoded as UTF-8 (Debian's locale). A usage error is an expected
// answer; a crash, a sanitizer report or a broken property below is a finding.

#include "cli/commandline.h"
#include "fuzzcontrole.h"

#include <QByteArray>
#include <QMap>

#include <cstddef>
#include <cstdint>

namespace {

QStringList argumenten( const QByteArray &bytes )
{
  QList<QByteArray> delen = bytes.split( '\0' );
  if ( delen.last().isEmpty() ) // after the last NUL, or no bytes at all
    delen.removeLast();
  QStringList uit;
  for ( const QByteArray &deel : delen )
    uit << QString::fromUtf8( deel );
  return uit;
}

//! What main() relies on when there is no error: a command it can carry out as given.
void controleer( const CommandLine &cl )
{
  if ( !cl.error.isEmpty() || cl.showUsage || cl.showVersion )
    return;
  VEREIST( cl.command != CommandLine::Command::None );
  if ( cl.command == CommandLine::Command::List )
    VEREIST( cl.algorithm.isEmpty() && cl.assignments.isEmpty() );
  if ( cl.command == CommandLine::Command::Help )
    VEREIST( cl.assignments.isEmpty() );

  // Every key names a parameter: not empty, no '=', no surrounding spaces.
  QMap<QString, int> keer;
  for ( const auto &[key, value] : cl.assignments )
  {
    VEREIST( !key.isEmpty() );
    VEREIST( !key.contains( QLatin1Char( '=' ) ) );
    VEREIST( key == key.trimmed() );
    ++keer[key];
  }
  // A key given once is its text, a key repeated the list of its texts in the order given.
  const QVariantMap parameters = cl.parameters();
  VEREIST( parameters.size() == keer.size() );
  for ( auto it = keer.constBegin(); it != keer.constEnd(); ++it )
  {
    const QVariant waarde = parameters.value( it.key() );
    VEREIST( ( waarde.userType() == QMetaType::QVariantList ) == ( it.value() > 1 ) );
    VEREIST( cl.repeatedKeys().contains( it.key() ) == ( it.value() > 1 ) );
    if ( it.value() > 1 )
      VEREIST( waarde.toList().size() == it.value() );
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QByteArray bytes( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  const CommandLine cl = CommandLine::parse( argumenten( bytes ) );
  controleer( cl );

  // '%' is an ordinary character in an argument: an error message quotes it and never expands
  // it as a QString::arg placeholder. So the same arguments with '&' for '%' give the same answer.
  if ( bytes.contains( '%' ) && !bytes.contains( '&' ) )
  {
    const CommandLine zonder = CommandLine::parse( argumenten( QByteArray( bytes ).replace( '%', '&' ) ) );
    VEREIST( QString( cl.error ).replace( QLatin1Char( '%' ), QLatin1Char( '&' ) ) == zonder.error );
    VEREIST( zonder.command == cl.command );
  }
  return 0;
}
