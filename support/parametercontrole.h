// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Checks every Veerkracht algorithm runs before its work (VeerkrachtAlgorithm::processAlgorithm).

#include <QVariantMap>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace veerkracht {

/**
 * Throws a ParameterFout naming the parameter when a field parameter of \a algorithm
 * names a field its layer does not have: QGIS does not check this, and a field read by its name
 * would otherwise silently count as empty.
 */
void checkFieldParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

} // namespace veerkracht
