// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The film's long layer in QGIS's Temporal Controller: every feature shows from its period's end
// (datum) until the next period's end (datum_tot, excluded), so pressing play steps through the periods.

#include <QString>

class QgsFields;
class QgsVectorLayer;

namespace veerkracht {

inline const char *const filmVan = "datum";      //!< the period's end, 1 January
inline const char *const filmTot = "datum_tot";  //!< the next period's end, 1 January, excluded (the last: a year later)

//! Whether \a fields are the film's: periode, and filmVan and filmTot as dates.
bool isFilm( const QgsFields &fields );

//! Sets the layer's temporal properties: active, start and end from filmVan and filmTot, the end excluded.
void zetFilmTijd( QgsVectorLayer &layer );

/**
 * Applies the temporal part of \a layer's stored default style when the layer has the film's
 * fields and its temporal properties are not active. QGIS reads a stored style's temporal
 * properties only on an explicit load: on opening a file it resets them from the data provider
 * (which has none for a GeoPackage), so the desktop calls this for every layer added. Returns
 * whether it made them active.
 */
bool herstelFilmTijd( QgsVectorLayer &layer );

} // namespace veerkracht
