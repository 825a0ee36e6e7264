// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A QtTest main() with QGIS initialised headless and the Veerkracht provider registered.

#include "provider/veerkrachtprovider.h"
#include "support/headlessqgis.h"

#include <qgsprocessingregistry.h>

#include <QtTest>

#define VEERKRACHT_QGIS_TEST_MAIN( TestClass ) \
  int main( int argc, char *argv[] ) \
  { \
    const HeadlessQgis qgis( argc, argv ); \
    QgsApplication::processingRegistry()->addProvider( new VeerkrachtProvider() ); \
    TestClass test; \
    return QTest::qExec( &test, argc, argv ); \
  }
