// SPDX-License-Identifier: GPL-2.0-or-later
// Writes models/veerkrachtkaarten.model3 (English) and models/veerkrachtkaarten_nl.model3 (Dutch)
// from buildVeerkrachtModel(): the model files are generated, never edited by hand.
// Usage: veerkracht_maakmodel <models folder>
#include "algorithms/veerkrachtmodel.h"
#include "provider/veerkrachtprovider.h"
#include "support/headlessqgis.h"

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>

#include <QDir>
#include <QTranslator>

#include <iostream>

int main( int argc, char *argv[] )
{
  if ( argc != 2 )
  {
    std::cerr << "usage: veerkracht_maakmodel <models folder>" << std::endl;
    return 2;
  }
  const HeadlessQgis qgis( argc, argv );
  QgsApplication::processingRegistry()->addProvider( new VeerkrachtProvider() );
  const QDir folder( QString::fromLocal8Bit( argv[1] ) );
  bool ok = buildVeerkrachtModel()->toFile( folder.filePath( QStringLiteral( "veerkrachtkaarten.model3" ) ) );
  QTranslator dutch;
  ok = ok && dutch.load( QStringLiteral( ":/veerkracht/i18n/veerkracht_nl.qm" ) ) && QCoreApplication::installTranslator( &dutch );
  ok = ok && buildVeerkrachtModel()->toFile( folder.filePath( QStringLiteral( "veerkrachtkaarten_nl.model3" ) ) );
  return ok ? 0 : 1;
}
