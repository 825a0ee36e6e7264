// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/commandline.h"

#include <QSet>

CommandLine CommandLine::parse( const QStringList &arguments )
{
  CommandLine cl;
  bool afterSeparator = false;
  QStringList positional;
  for ( const QString &arg : arguments )
  {
    if ( !afterSeparator && arg == QLatin1String( "--" ) )
    {
      afterSeparator = true;
      continue;
    }
    if ( !afterSeparator && arg == QLatin1String( "--json" ) )
      cl.json = true;
    else if ( !afterSeparator && ( arg == QLatin1String( "--help" ) || arg == QLatin1String( "-h" ) ) )
      cl.showUsage = true;
    else if ( !afterSeparator && arg == QLatin1String( "--version" ) )
      cl.showVersion = true;
    else if ( afterSeparator || ( positional.size() >= 2 && arg.contains( QLatin1Char( '=' ) ) ) )
    {
      // KEY=VALUE, also written --KEY=VALUE as qgis_process does.
      QString assignment = arg;
      if ( assignment.startsWith( QLatin1String( "--" ) ) )
        assignment = assignment.mid( 2 );
      const int eq = assignment.indexOf( QLatin1Char( '=' ) );
      // A key of only spaces is as empty as none: it names no parameter.
      const QString key = eq > 0 ? assignment.left( eq ).trimmed() : QString();
      if ( key.isEmpty() )
      {
        cl.error = QStringLiteral( "expected KEY=VALUE after the algorithm, got '%1'" ).arg( arg );
        return cl;
      }
      cl.assignments.append( qMakePair( key, assignment.mid( eq + 1 ) ) );
    }
    else if ( arg.startsWith( QLatin1Char( '-' ) ) && arg.size() > 1 )
    {
      cl.error = QStringLiteral( "unknown option '%1'; expected --json, --help or --version" ).arg( arg );
      return cl;
    }
    else
    {
      positional << arg;
    }
  }

  if ( cl.showUsage || cl.showVersion )
    return cl;
  if ( positional.isEmpty() )
  {
    cl.error = QStringLiteral( "no command given; expected list, help ALG or run ALG -- KEY=VALUE ..." );
    return cl;
  }
  const QString command = positional.takeFirst();
  if ( command == QLatin1String( "list" ) )
    cl.command = Command::List;
  else if ( command == QLatin1String( "help" ) )
    cl.command = Command::Help;
  else if ( command == QLatin1String( "run" ) )
    cl.command = Command::Run;
  else
  {
    cl.error = QStringLiteral( "unknown command '%1'; expected list, help or run" ).arg( command );
    return cl;
  }

  if ( cl.command == Command::List )
  {
    if ( !positional.isEmpty() || !cl.assignments.isEmpty() )
      cl.error = QStringLiteral( "'list' takes no arguments, got '%1'" ).arg( positional.value( 0, cl.assignments.value( 0 ).first ) );
    return cl;
  }
  if ( positional.isEmpty() )
  {
    cl.error = QStringLiteral( "'%1' needs an algorithm id, e.g. veerkracht:prepareer" ).arg( command );
    return cl;
  }
  cl.algorithm = positional.takeFirst();
  if ( !positional.isEmpty() )
  {
    cl.error = QStringLiteral( "unexpected argument '%1'; expected KEY=VALUE after '--'" ).arg( positional.first() );
    return cl;
  }
  if ( cl.command == Command::Help && !cl.assignments.isEmpty() )
    cl.error = QStringLiteral( "'help' takes no KEY=VALUE arguments" );
  return cl;
}

QVariantMap CommandLine::parameters() const
{
  QVariantMap result;
  const QStringList repeated = repeatedKeys();
  for ( const auto &[key, value] : assignments )
  {
    if ( repeated.contains( key ) )
    {
      QVariantList list = result.value( key ).toList();
      list << value;
      result.insert( key, list );
    }
    else
    {
      result.insert( key, value );
    }
  }
  return result;
}

QStringList CommandLine::repeatedKeys() const
{
  QSet<QString> seen;
  QStringList repeated;
  for ( const auto &assignment : assignments )
  {
    if ( seen.contains( assignment.first ) && !repeated.contains( assignment.first ) )
      repeated << assignment.first;
    seen.insert( assignment.first );
  }
  return repeated;
}
