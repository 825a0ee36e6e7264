// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "support/veerkracht_version.h"

#include <qgsapplication.h>

#include <memory>

/**
 * QGIS started without a display for the tools and the tests: the offscreen platform unless
 * QT_QPA_PLATFORM says otherwise, the QGIS this build was made against unless QGIS_PREFIX_PATH
 * says otherwise (without a prefix a binary outside /usr/bin loads no data provider), and
 * exitQgis() when it goes. The caller registers the providers it needs.
 */
class HeadlessQgis
{
  public:
    HeadlessQgis( int &argc, char **argv )
      : mApplication( ( prepareEnvironment(), std::make_unique<QgsApplication>( argc, argv, false ) ) )
    {
      QgsApplication::initQgis();
    }
    ~HeadlessQgis() { QgsApplication::exitQgis(); }
    HeadlessQgis( const HeadlessQgis & ) = delete;
    HeadlessQgis &operator=( const HeadlessQgis & ) = delete;

  private:
    static void prepareEnvironment()
    {
      if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
        qputenv( "QT_QPA_PLATFORM", "offscreen" );
      if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
        qputenv( "QGIS_PREFIX_PATH", VEERKRACHT_QGIS_PREFIX );
    }

    std::unique_ptr<QgsApplication> mApplication;
};
