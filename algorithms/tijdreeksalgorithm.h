// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"
#include "model/tijdreeks.h"

#include <memory>

/**
 * veerkracht:tijdreeks — the film: K and O at many moments, standardised with the parameters of
 * the first, the signal of map 7 per period and each area's trajectory over the whole span. Writes
 * a wide layer (one feature per area) and a long one (one per area and period) that QGIS's
 * Temporal Controller plays.
 */
class TijdreeksAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( TijdreeksAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    TijdreeksAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! One index (K or O) as its parameters give it: the fields per indicator and moment, read.
    struct Reeks
    {
      QString name;                    //!< "K" or "O"
      QStringList indicatorNames;      //!< per indicator, for the log: the pattern or the first field
      QVector<QStringList> fields;     //!< [moment][indicator], empty: not measured then
      veerkracht::IndexReeks reeks;
      veerkracht::ReeksIndex index;
    };

    //! One period's result.
    struct PeriodeUitkomst
    {
      veerkracht::Periode periode;
      veerkracht::Koppeling k, o;
      std::optional<int> kVan, kTot, oVan, oTot; //!< the years paired
      veerkracht::Column deltaK, deltaO;
      std::vector<int> signaal;
      double epsilonK = 0, epsilonO = 0;
    };

    //! The moments, fields, directions, weights and denominators of index \a p ("K" or "O"), read from \a areas.
    Reeks readReeks( const QString &p, const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const;

    /**
     * The field names of <p>_FIELDS (or <p>_DENOMINATORS when \a denominators) per moment: one
     * pattern per indicator with {jaar}, or one comma-separated list per moment separated by ';'.
     * Empty where a pattern names no field of the layer.
     */
    static QVector<QStringList> fieldsPerMoment( const QString &parameter, const QString &text, const QList<int> &moments, const QgsFields &fields,
        int indicators, bool denominators );

    //! The years of <p>_MOMENTS, ascending; throws when they are not distinct years.
    static QList<int> readMoments( const QString &parameter, const QString &text );

    //! The standardisation per indicator; a model error as one about its field.
    static void composeIndex( Reeks &reeks, const veerkracht::IndexSettings &settings, const std::vector<bool> &reference );

    //! ΔK, ΔO and the signal of one period, with the pairing in the log.
    PeriodeUitkomst periode( const veerkracht::Periode &periode, const Reeks &k, const Reeks &o, const std::vector<bool> &valid, int tolerance,
                             double deadBand, double minimumShare, QgsProcessingFeedback *feedback ) const;

    //! The change of one index over a period's paired moments, over the indicators measured at both.
    static veerkracht::Column change( const Reeks &reeks, veerkracht::Koppeling &koppeling, double minimumShare );

    //! The standardisation of each indicator and where it was measured, for the log.
    void reportReeks( const Reeks &reeks, const veerkracht::IndexSettings &settings, QgsProcessingFeedback *feedback ) const;

    //! OUTPUT's fields: the levels per moment, per period the changes and the signal, the trends and the trajectory.
    static OutputColumns wideColumns( const Reeks &k, const Reeks &o, const std::vector<PeriodeUitkomst> &uitkomsten, const std::vector<int> &traject,
                                      const std::vector<bool> &valid, double minimumShare );

    //! OUTPUT_LONG, one feature per area and period: its sink, opened, and its fields.
    struct FilmLaag;

    //! Opens OUTPUT_LONG.
    std::unique_ptr<FilmLaag> openLong( const QVariantMap &parameters, QgsProcessingContext &context, const AreaData &areas ) const;

    //! Adds the long layer's features (progress 40–50 %); false when canceled. The file is put in place by finishLong().
    static bool fillLong( FilmLaag &laag, const QVariantMap &parameters, const AreaData &areas, const std::vector<PeriodeUitkomst> &perioden,
                          const std::vector<int> &traject, QgsProcessingFeedback *feedback );

    //! Puts the long layer in place and gives it the film's style; returns its id.
    QString finishLong( FilmLaag &laag, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
};
