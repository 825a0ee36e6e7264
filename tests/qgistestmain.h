// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A QtTest main() with QGIS initialised headless and the Veerkracht provider registered.

#include "veerkrachtprovider.h"
#include "veerkracht_version.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QtTest>

#define VEERKRACHT_QGIS_TEST_MAIN( TestClass ) \
  int main( int argc, char *argv[] ) \
  { \
    if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) ) \
      qputenv( "QT_QPA_PLATFORM", "offscreen" ); \
    if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) ) \
      qputenv( "QGIS_PREFIX_PATH", VEERKRACHT_QGIS_PREFIX ); \
    QgsApplication app( argc, argv, false ); \
    QgsApplication::initQgis(); \
    QgsApplication::processingRegistry()->addProvider( new VeerkrachtProvider() ); \
    TestClass test; \
    const int result = QTest::qExec( &test, argc, argv ); \
    QgsApplication::exitQgis(); \
    return result; \
  }
