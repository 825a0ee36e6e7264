// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The `veerkracht` command line, parsed without QGIS so that it is tested (and fuzzed) alone.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct CommandLine
{
    enum class Command { None, List, Help, Run };

    Command command = Command::None;
    QString algorithm;                         //!< for help and run
    bool json = false;                         //!< --json: machine-readable output
    bool showUsage = false;                    //!< --help / -h
    bool showVersion = false;                  //!< --version
    QList<QPair<QString, QString>> assignments; //!< KEY=VALUE in the order given
    QString error;                             //!< a usage error, empty when none

    /**
     * Parses the arguments after the program name:
     * `[--json] list`, `[--json] help ALG`, `[--json] run ALG [--] KEY=VALUE ...` (also `--KEY=VALUE`).
     */
    static CommandLine parse( const QStringList &arguments );

    /**
     * The assignments as Processing parameters: a key given once maps to its text, a key
     * repeated maps to the list of its texts (in order).
     */
    QVariantMap parameters() const;

    //! Keys given more than once.
    QStringList repeatedKeys() const;
};
