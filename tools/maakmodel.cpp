// Writes models/veerkrachtkaarten.model3 from buildVeerkrachtModel(): the model file is generated,
// never edited by hand. Usage: veerkracht_maakmodel <path>
#include "veerkrachtmodel.h"
#include "veerkrachtprovider.h"
#include "veerkracht_version.h"

#include <qgsapplication.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>

#include <iostream>

int main( int argc, char *argv[] )
{
  if ( argc != 2 )
  {
    std::cerr << "usage: veerkracht_maakmodel <output.model3>" << std::endl;
    return 2;
  }
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    qputenv( "QGIS_PREFIX_PATH", VEERKRACHT_QGIS_PREFIX );
  QgsApplication app( argc, argv, false );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new VeerkrachtProvider() );
  const bool ok = buildVeerkrachtModel()->toFile( QString::fromLocal8Bit( argv[1] ) );
  QgsApplication::exitQgis();
  return ok ? 0 : 1;
}
