// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/kaarten.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QgsCategorizedSymbolRenderer;
class QgsCoordinateReferenceSystem;
class QgsFeature;
class QgsFields;
class QgsProcessingFeedback;
class QgsVectorLayer;

/**
 * The standard style of one map: a categorized renderer on its class field, Dutch legend labels,
 * a colour-blind-safe palette, "onvoldoende gegevens" in a neutral grey hatch and thin white
 * buurt borders. The QML files in styles/ are generated from these (tools/maakstijlen.cpp) and
 * compiled into the library as :/veerkracht/styles/<id>.qml.
 */
struct KaartStijl
{
  QString id;          //!< "07_signaleringskaart_absoluut": sorts like the maps are numbered
  QString classField;  //!< "sign_abs_klasse"
  QString title;       //!< Dutch map title, "Signaleringskaart (absoluut)"
  veerkracht::Kaart kaart;
  QList<QColor> colours; //!< class 1 … n

  //! The QML in the Qt resources.
  QString resourcePath() const;
  //! The renderer this style stands for (built in code; used to generate the QML files).
  std::unique_ptr<QgsCategorizedSymbolRenderer> createRenderer() const;
};

//! "Onvoldoende gegevens": a light neutral grey under a darker grey hatch, in every map and the web atlas.
inline const char *const onvoldoendeKleur = "#e0e0e0";
inline const char *const onvoldoendeArcering = "#9e9e9e";

//! Every map's style, in map order (1–11, with 6 as level and development).
const std::vector<KaartStijl> &kaartStijlen();

//! The style with this id, or nullptr.
const KaartStijl *kaartStijl( const QString &id );

/**
 * Makes \a styleIds the styles of the layer file behind \a destination: in a GeoPackage they are
 * stored in its layer_styles table with the first as the default, so that QGIS opens the file
 * with that map; for other files the first is written as the sidecar .qml that QGIS loads by
 * default. Styles whose class field the layer lacks are skipped. \a aanvulling, when given, adds to
 * each style before it is stored (the film's temporal properties), and a sidecar then keeps them too.
 * Returns the ids stored.
 */
QStringList storeStyles( const QString &destination, const QStringList &styleIds, QgsProcessingFeedback *feedback,
                         const std::function<void( QgsVectorLayer & )> &aanvulling = nullptr );

/**
 * Stores the layer's current style as the default of its file: in a GeoPackage's layer_styles
 * (an earlier style of the same name replaced) or as the sidecar .qml. Returns an error, empty on success.
 */
QString saveAsDefaultStyle( QgsVectorLayer *layer, const QString &name, const QString &description, bool asDefault = true, bool withTemporal = false );

//! Writes the style's QML (its renderer, symbology only) to \a path; false on failure.
bool writeStyleFile( const KaartStijl &style, const QString &path );

//! Applies a style to a layer, optionally on another class field. Returns an error message, empty on success.
QString applyStyle( QgsVectorLayer *layer, const KaartStijl &style, const QString &classField = QString() );

/**
 * Gives the layer one named style per map it has the class field of, in QGIS's style manager (the
 * layer's right-click → Styles), with \a shownId (or the first map) current, and names the layer
 * after that map and its area. Marks the layer so that the desktop renames it when another map's
 * style is chosen. Returns the number of map styles added.
 */
int addMapStyles( QgsVectorLayer *layer, const QString &shownId = QString() );

//! The style whose Dutch title is \a title, or nullptr.
const KaartStijl *kaartStijlByTitle( const QString &title );

/**
 * The area a map layer covers, for its name: the gemeente name (gm_naam) when the layer holds one
 * gemeente, else its gemeente code, else the number of gemeenten; empty when no code tells.
 */
QString kaartGebied( const QgsVectorLayer &layer );

//! "Utrecht – Signaleringskaart (absoluut)": the name of a layer that shows \a style of \a area.
QString kaartLaagNaam( const QString &area, const KaartStijl &style );

//! The custom property that marks a layer as a Veerkracht map layer; its value is the area.
inline const char *const kaartGebiedProperty = "veerkracht/gebied";

/**
 * A memory layer named \a name with copies of \a features (fields \a fields, in \a crs), for a
 * map to style and render; the caller owns it (usually a QgsProject). A clone of a memory layer
 * would be empty, hence the copies.
 */
QgsVectorLayer *kaartLaag( const QgsFields &fields, const QgsCoordinateReferenceSystem &crs, const QList<QgsFeature> &features, const QString &name );
