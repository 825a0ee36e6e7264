// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The buurtprofiel's A4 page — on the PDF and as a PNG beside it — and its maps, for
// BuurtprofielAlgorithm. Its texts are Dutch in every locale (docs/decisions.md, 32).

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>

#include <QImage>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>
#include <memory>

class QgsFields;
class QgsProject;
class QgsVectorLayer;
class QColor;
class QPainter;
class QPdfWriter;
class QRectF;

//! The ids (kaartStijl()) of the three maps around the area on every profile, beside the locator.
const QStringList &profielKaartIds();

//! One index over the film's moments, for the profile's line chart: the area's level beside its gemeente's median.
struct Verloop
{
  QString naam;                                  //!< "K (kwetsbare bewoners)"
  std::vector<int> jaren;                        //!< ascending
  std::vector<std::optional<double>> buurt, gemeente; //!< per year; none: no value
};

//! One area's content: what the PDF page, the PNG and the HTML show.
struct Buurtprofiel
{
  QString code, naam, gemeente, periode;
  //! Per row: its title, the area's value, the medians of the gemeente and of all areas, the area's class label (may be empty).
  QStringList rijNamen, buurt, gemeenteWaarde, alles, klasseLabels;
  std::array<int, 4> gewichten { 0, 0, 0, 0 }; //!< per strategy, in the order of veerkracht::strategieNamen()
  QString hoofd, toelichting;                  //!< the main strategy (empty: none) and why
  QStringList kaartTitels, kaartKlassen;       //!< per map of profielKaartIds(): its title and the area's class label
  QString bronnen;                             //!< the sources line at the foot
  std::vector<Verloop> verloop;                //!< K and O over the film's moments (FILM); empty: no chart

  //! "Buurtprofiel <naam>"
  QString titel() const;
  //! "<code> · gemeente <gemeente> · periode <periode>", leaving out what is empty.
  QString ondertitel() const;
  //! "Suggestie voor het gesprek: <hoofd>" ("geen" without a main strategy).
  QString suggestieKop() const;
  static QString liggingBijschrift();
  static QString praktijkVraag();
  static QString voorbehoud();
  static QString verloopKop();
};

//! The layers the profiles' maps render, every area on each: one styled layer per map of profielKaartIds(), and the grey locator.
class ProfielLagen
{
  public:
    ProfielLagen( const QgsFields &fields, const QgsCoordinateReferenceSystem &crs, const QgsFeatureList &gebieden );
    ~ProfielLagen();
    ProfielLagen( const ProfielLagen & ) = delete;
    ProfielLagen &operator=( const ProfielLagen & ) = delete;

    //! The maps, in the order of profielKaartIds().
    const QList<QgsVectorLayer *> &kaarten() const { return mKaarten; }
    QgsVectorLayer *ligging() const { return mLigging; }

    //! Renders \a layer around \a extent into \a painter's \a rect, with \a gebied outlined (and filled with \a vulling when valid).
    void teken( QPainter &painter, const QRectF &rect, QgsVectorLayer *layer, const QgsRectangle &extent, const QgsGeometry &gebied, const QColor &vulling ) const;

  private:
    std::unique_ptr<QgsProject> mProject; //!< owns the layers
    QgsCoordinateReferenceSystem mCrs;
    QList<QgsVectorLayer *> mKaarten;
    QgsVectorLayer *mLigging = nullptr;
};

//! One area's page: the A4 sheet (PDF and PNG) and the images of its maps for the HTML.
class ProfielPagina
{
  public:
    //! The page of \a profiel, the maps of \a lagen around \a gebied, the locator showing \a gemeenteExtent.
    ProfielPagina( const Buurtprofiel &profiel, const ProfielLagen &lagen, const QgsGeometry &gebied, const QgsRectangle &gemeenteExtent );

    //! Sets \a pdf up for the pages: A4 without margins at the PDF's resolution, with its title and creator.
    static void richtIn( QPdfWriter &pdf );
    //! Device pixels per millimetre on a PDF set up by richtIn().
    static double pdfPixelsPerMm();

    //! Paints the page on \a painter, \a mm device pixels per millimetre.
    void teken( QPainter &painter, double mm ) const;
    //! The page as an image: A4 at 150 dpi, antialiased.
    QImage png() const;
    //! The locator, then the maps of ProfielLagen::kaarten(): the images of the HTML.
    QList<QImage> kaartAfbeeldingen() const;

  private:
    class Vel;

    void tekenLigging( QPainter &painter, const QRectF &rect ) const;
    void tekenKaart( QPainter &painter, const QRectF &rect, int kaart ) const;

    void tekenKop( Vel &vel ) const;
    void tekenLiggingskaart( Vel &vel ) const;
    void tekenGetallen( Vel &vel ) const;
    void tekenKaarten( Vel &vel ) const;
    void tekenStrategie( Vel &vel ) const;
    void tekenPraktijk( Vel &vel ) const;
    void tekenVerloop( Vel &vel ) const;
    void tekenVoet( Vel &vel ) const;

    const Buurtprofiel &mProfiel;
    const ProfielLagen &mLagen;
    QgsGeometry mGebied;
    QgsRectangle mOmgeving; //!< the maps: the area's box, three times as large
    QgsRectangle mLigging;  //!< the locator: the area's gemeente
};
