// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/gebiedscrs.h"
#include "model/coordinates.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsrectangle.h>

#include <QCoreApplication>

// The messages were written for 'Prepare input data' and keep its translation context.

namespace veerkracht {

namespace {

QString extentText( const QgsRectangle &r )
{
  return QStringLiteral( "%1, %2 – %3, %4" ).arg( r.xMinimum(), 0, 'g', 8 ).arg( r.yMinimum(), 0, 'g', 8 ).arg( r.xMaximum(), 0, 'g', 8 ).arg( r.yMaximum(), 0, 'g', 8 );
}

//! The layer's own CRS; none for the placeholder of a GeoPackage written without one.
QgsCoordinateReferenceSystem declaredCrs( const QgsFeatureSource &areas )
{
  QgsCoordinateReferenceSystem declared = areas.sourceCrs();
  // A GeoPackage written without a CRS carries GDAL's placeholder ("Undefined geographic SRS",
  // srs_id 0, or "Undefined Cartesian SRS", -1): that says nothing about the coordinates.
  if ( declared.isValid() && declared.authid().isEmpty() && declared.description().startsWith( QLatin1String( "Undefined " ), Qt::CaseInsensitive ) )
    declared = QgsCoordinateReferenceSystem();
  return declared;
}

CrsLabel label( const QgsCoordinateReferenceSystem &crs )
{
  return CrsLabel { crs.isValid(), crs.isValid() && crs.isGeographic() };
}

//! A wrong label: the numbers are RD New, but read in the declared CRS they fall outside the Netherlands.
void checkRdLabel( const QgsCoordinateReferenceSystem &declared, const QgsRectangle &extent, const QgsCoordinateReferenceSystem &rd,
                   QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  try
  {
    const QgsRectangle inRd = QgsCoordinateTransform( declared, rd, context.transformContext() ).transformBoundingBox( extent );
    if ( !within( { inRd.xMinimum(), inRd.yMinimum(), inRd.xMaximum(), inRd.yMaximum() }, RD_BOUNDS ) )
      feedback->pushWarning( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT says its CRS is %1, but its coordinates (%2) look like RD New and would lie outside the Netherlands in %1. "
                             "If the layer is mislabelled, set INPUT_CRS to EPSG:28992." ).arg( declared.authid(), extentText( extent ) ) );
  }
  catch ( QgsCsException & )
  {
    feedback->pushWarning( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT says its CRS is %1, but its coordinates (%2) cannot be transformed from it; set INPUT_CRS if the layer is mislabelled." )
                           .arg( declared.authid(), extentText( extent ) ) );
  }
}

} // namespace

QgsCoordinateReferenceSystem gebiedsCrs( const QgsFeatureSource &areas, const QgsCoordinateReferenceSystem &assigned,
    QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QgsCoordinateReferenceSystem declared = declaredCrs( areas );
  const QgsRectangle extent = areas.sourceExtent();
  const Extent numbers { extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum() };
  const QgsCoordinateReferenceSystem rd( QStringLiteral( "EPSG:28992" ) );

  switch ( chooseCrs( guessCrs( numbers ), label( assigned ), label( declared ) ) )
  {
    case CrsChoice::SwappedAxes:
      throw QgsProcessingException( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT: its coordinates (%1) are latitude/longitude with the axes swapped: x holds the latitudes of the Netherlands "
                                    "and y its longitudes, which in %2 lie off Somalia. Expected x = longitude, y = latitude: swap the X and Y "
                                    "coordinates of the layer first, or export it again with longitude first." )
                                    .arg( extentText( extent ), assigned.isValid() ? assigned.authid() : declared.isValid() ? declared.authid() : QStringLiteral( "EPSG:4326" ) ) );
    case CrsChoice::Assigned:
      if ( declared.isValid() && declared != assigned )
        feedback->pushWarning( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT says its CRS is %1; its coordinates are taken to be in %2 (INPUT_CRS)." )
                               .arg( declared.authid(), assigned.authid() ) );
      return assigned;
    case CrsChoice::GuessedLonLat:
      feedback->pushWarning( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT has no CRS; its coordinates (%1) are longitude/latitude, taken as EPSG:4326. Set INPUT_CRS if that is wrong." )
                             .arg( extentText( extent ) ) );
      return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
    case CrsChoice::GuessedRdNew:
      feedback->pushWarning( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT has no CRS; its coordinates (%1) are RD New, taken as EPSG:28992. Set INPUT_CRS if that is wrong." )
                             .arg( extentText( extent ) ) );
      return rd;
    case CrsChoice::NoGuess:
      throw QgsProcessingException( QCoreApplication::translate( "PrepareerAlgorithm", "INPUT_CRS: the area layer has no CRS and its coordinates (%1) are neither longitude/latitude nor RD New; "
                                    "expected INPUT_CRS to say which CRS they are in." ).arg( extentText( extent ) ) );
    case CrsChoice::DeclaredRdNumbers:
      if ( declared != rd )
        checkRdLabel( declared, extent, rd, context, feedback );
      return declared;
    case CrsChoice::Declared:
      break;
  }
  return declared;
}

} // namespace veerkracht
