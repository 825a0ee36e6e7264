// SPDX-License-Identifier: GPL-2.0-or-later
// Writes styles/<id>.qml for every map from kaartStijlen(): the QML files are generated with the
// oldest supported QGIS (3.22) so that newer versions load them too; never edited by hand.
// Usage: veerkracht_maakstijlen <folder>
#include "support/kaartstijlen.h"
#include "support/headlessqgis.h"

#include <QDir>

#include <iostream>

int main( int argc, char *argv[] )
{
  if ( argc != 2 )
  {
    std::cerr << "usage: veerkracht_maakstijlen <folder>" << std::endl;
    return 2;
  }
  const HeadlessQgis qgis( argc, argv );
  const QDir folder( QString::fromLocal8Bit( argv[1] ) );
  int failures = 0;
  for ( const KaartStijl &style : kaartStijlen() )
    failures += writeStyleFile( style, folder.filePath( style.id + QStringLiteral( ".qml" ) ) ) ? 0 : 1;
  return failures ? 1 : 0;
}
