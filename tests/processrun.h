// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A program run as a user runs it, for the tests of the CLI and of qgis_process.

#include <QProcess>
#include <QString>
#include <QStringList>

struct ProcessRun
{
  int exitCode = -1; //!< -1: crashed or timed out
  QString out;
  QString err;
};

inline ProcessRun runProcess( const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs,
                              const QString &workingFolder = QString() )
{
  QProcess process;
  process.setProcessEnvironment( env );
  if ( !workingFolder.isEmpty() )
    process.setWorkingDirectory( workingFolder );
  process.start( program, arguments );
  ProcessRun run;
  if ( !process.waitForFinished( timeoutMs ) )
  {
    process.kill();
    process.waitForFinished();
    return run;
  }
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = QString::fromUtf8( process.readAllStandardOutput() );
  run.err = QString::fromUtf8( process.readAllStandardError() );
  return run;
}
