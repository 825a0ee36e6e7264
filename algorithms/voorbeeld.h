#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QgsProcessingFeedback;
class QgsProject;
class QgsVectorLayer;

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
     * Computes the sample into a new subfolder of \a folder. Needs the Veerkracht provider in the
     * processing registry. Throws QgsProcessingException when the sample data are not found or
     * an algorithm fails.
     */
    static Voorbeeld maak( const QString &folder, QgsProcessingFeedback *feedback );

    /**
     * Adds the result to \a project in a group "Veerkracht – voorbeeld Utrecht": the signal map
     * (shown), the focus map and the resilience score (hidden), and the prepared input (hidden),
     * each with its standard style. Returns the layers added, in that order.
     */
    QList<QgsVectorLayer *> laad( QgsProject *project ) const;
};
