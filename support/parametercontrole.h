// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Checks every Veerkracht algorithm runs before its work (VeerkrachtAlgorithm::processAlgorithm).

#include <QString>
#include <QVariantMap>

#include <functional>
#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

namespace veerkracht {

/**
 * Throws a ParameterFout naming the parameter when a field parameter of \a algorithm
 * names a field its layer does not have: QGIS does not check this, and a field read by its name
 * would otherwise silently count as empty.
 */
void checkFieldParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

/**
 * One number per indicator from a comma-separated \a text: none given = \a fallback for each, one
 * = for all, \a indicators = one each. Throws a ParameterFout naming \a parameter for another
 * count or a value that is not \a acceptable (\a expected says what is).
 */
std::vector<double> perIndicator( const QString &parameter, const QString &text, int indicators, double fallback,
                                  const std::function<bool( double )> &acceptable, const QString &expected );

} // namespace veerkracht
