// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QgsProcessingFeedback;
class QgsProject;
class QgsVectorLayer;

//! The custom property of a layer with prepared input data (the example's), which 'Make resilience maps…' offers as INPUT.
inline const char *const voorbereidProperty = "veerkracht/voorbereid";

/**
 * The embedded Utrecht sample, computed as scripts/demo.sh computes it: the open data joined
 * onto the buurten (veerkracht:prepareer), then every map (veerkracht:veerkrachtkaarten).
 */
class Voorbeeld
{
    Q_DECLARE_TR_FUNCTIONS( Voorbeeld )

  public:
    QString voorbereid; //!< the prepared layer (GeoPackage)
    QString kaarten;    //!< the veerkrachtkaarten (GeoPackage, styles stored in it)

    /**
     * Computes the sample into a new subfolder of \a folder. Earlier folders that this QGIS session
     * made and that hold none of the files \a inUse (the layers open in the project) are removed,
     * so repeated clicks do not pile up; folders of earlier sessions are kept, since a saved
     * project may use them. Needs the Veerkracht provider in the processing registry. Throws QgsProcessingException when the sample data are not found or
     * an algorithm fails.
     */
    static Voorbeeld maak( const QString &folder, QgsProcessingFeedback *feedback, const QStringList &inUse );

    /**
     * Adds the result to \a project in a group "Veerkracht – voorbeeld Utrecht": the signal map
     * (shown), the focus map and the resilience score (hidden), and the prepared input (hidden),
     * each with its standard style. Returns the layers added, in that order.
     */
    QList<QgsVectorLayer *> laad( QgsProject *project ) const;
};
