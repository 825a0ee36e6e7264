// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUrl>

/**
 * Where the files that ship beside the code (the Utrecht sample, the styles as files, the
 * manual) are, for a library that may live in a QGIS plugin folder (the ZIP package), under an
 * install prefix, or in the build tree. Looks in $VEERKRACHT_DATA_DIR, the folder of the loaded
 * library, the install prefix and the source tree, in that order; returns the first path that
 * exists, or an empty string.
 */
QString veerkrachtDataFile( const QString &relativePath );

//! The shipped manual (docs/handleiding.html) as a file URL, for the Help buttons and the menu; empty when it is not installed.
QUrl veerkrachtManualUrl();

/**
 * Installs the Dutch translation of every user-facing string when QGIS's locale is Dutch (the
 * user's locale setting, or the system's). Safe to call more than once; returns true when the
 * Dutch translation is active.
 */
bool installVeerkrachtTranslator();

//! Removes the translation again: a plugin must do so before its library (which holds the .qm) is unloaded.
void removeVeerkrachtTranslator();
