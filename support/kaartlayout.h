// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The pages of the printable map set (veerkracht:kaartenset): one page per map of a gemeente in a
// QGIS print layout, with title, legend with class counts, scale bar, north arrow and source line.

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsrectangle.h>
#include <qgsrange.h>

#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <cstddef>

class QgsMapLayer;
class QgsPrintLayout;
class QgsVectorLayer;

namespace veerkracht {

//! The paper of the map set: A4 or A3, landscape or portrait.
struct KaartPagina
{
  QString name;   //!< "A4" or "A3", as QGIS's page size registry names them
  bool landscape; //!< true: landscape, false: portrait

  //! Width in millimetres.
  double width() const;
  //! Height in millimetres.
  double height() const;
};

//! What every page of a map set shows beside its map layer: the same on every page.
struct KaartOpmaak
{
  KaartPagina page;
  QString subheading;              //!< the line under the title
  QString sources;                 //!< the source line at the foot of the page
  QString northArrow;              //!< the SVG of the north arrow; empty: none
  QgsCoordinateReferenceSystem crs; //!< the map's CRS
  QList<QgsMapLayer *> background;  //!< drawn beneath the map layer
};

//! The extent the maps of \a areas show: every area, with a little room around.
QgsRectangle kaartExtent( const QgsFeatureList &areas );

//! Writes the class counts into the legend labels of a categorized layer: "veerkracht onder druk (5)".
void countClassesInLegend( QgsVectorLayer *layer, const QString &classField );

//! Writes the values of \a nameField on the areas of \a layer, small and with a halo.
void labelBuurten( QgsVectorLayer *layer, const QString &nameField );

//! Gives \a layout \a count pages of \a page's size (the first is the one initializeDefaults() made).
void addKaartPaginas( QgsPrintLayout &layout, std::size_t count, const KaartPagina &page );

/**
 * Fills page \a pageIndex of \a layout with the map of \a layer over \a extent: \a heading and the
 * subheading on top, the map with its legend beside it (landscape) or below it (portrait), a
 * scale bar, the north arrow and the source line.
 */
void layoutKaartPagina( QgsPrintLayout &layout, int pageIndex, QgsVectorLayer *layer, const QString &heading, const QgsRectangle &extent,
                        const KaartOpmaak &opmaak );

//! One panel of the film's sheet: its title (the period) and the time QGIS's temporal filter shows.
struct FilmPaneel
{
  QString titel;
  QgsDateTimeRange tijd;
};

/**
 * Fills the first page of \a layout (landscape) with the film of \a layer: \a heading and the
 * subheading on top, one small map per panel in a grid, each showing its period through the
 * layer's temporal properties, one legend beside them and the source line.
 */
void layoutFilmVel( QgsPrintLayout &layout, QgsVectorLayer *layer, const QList<FilmPaneel> &panelen, const QString &heading, const QgsRectangle &extent,
                    const KaartOpmaak &opmaak );

/**
 * One frame of the film's animation, \a width pixels wide: the period large on top, the map of
 * \a layer over \a extent at the panel's time (QGIS's own rendering, through the layer's
 * temporal properties), the legend's colours and labels and \a onderschrift at the foot.
 */
QImage filmBeeld( QgsVectorLayer *layer, const QgsRectangle &extent, const FilmPaneel &paneel, const QList<QPair<QColor, QString>> &legenda,
                  const QString &onderschrift, int width );

} // namespace veerkracht
