// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The CRS an area layer's coordinates are in, for every algorithm that reads areas with INPUT_CRS.

#include <qgscoordinatereferencesystem.h>

class QgsFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

namespace veerkracht {

/**
 * The CRS the area layer's coordinates are in: \a assigned (INPUT_CRS) when given, else the
 * layer's own, else guessed from the coordinates (with a warning); a label that contradicts RD
 * coordinates is reported (the rule: chooseCrs in model/coordinates.h). GDAL's "Undefined" CRS
 * of a GeoPackage written without one counts as none. Throws QgsProcessingException for swapped
 * latitude/longitude and when there is nothing to go on.
 */
QgsCoordinateReferenceSystem gebiedsCrs( const QgsFeatureSource &areas, const QgsCoordinateReferenceSystem &assigned,
    QgsProcessingContext &context, QgsProcessingFeedback *feedback );

} // namespace veerkracht
