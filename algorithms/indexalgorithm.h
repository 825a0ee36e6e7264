// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

/**
 * Shared by `kwetsbaarheid` (K) and `overlast` (O): a weighted mean of standardised indicators
 * for one or two moments, standardised with the t0 parameters of the reference set (specification.md §3).
 */
class IndexAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( IndexAlgorithm )

  public:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    //! "k" or "o": the output fields are <prefix>_t0 and <prefix>_t1.
    virtual QString defaultPrefix() const = 0;
    //! The default DIRECTIONS ("" = all +1).
    virtual QString defaultDirections() const = 0;
    //! What the index is called in messages ("K", "O").
    virtual QString indexName() const = 0;

    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

    //! The parameter help shared by both index algorithms.
    QString parameterHelp() const;

  private:
    //! The indicators of a run, in the order of INDICATORS_T0.
    struct Indicators
    {
      QStringList fieldsT0;
      QStringList fieldsT1; //!< empty for one moment
      std::vector<double> directions;
      std::vector<double> weights;
      QStringList denominatorsT0;
      QStringList denominatorsT1;
    };

    /**
     * INDICATORS_T0/T1, DIRECTIONS, WEIGHTS and DENOMINATORS_T0/T1; throws a veerkracht::ParameterFout
     * when they are missing or do not fit together.
     */
    Indicators readIndicators( const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! At most one denominator per indicator, and one at both moments or at neither.
    static void checkDenominators( const Indicators &indicators );

    //! The indicators of one moment per area, a count divided by its denominator (a rate per 1000) where one is given.
    static std::vector<veerkracht::Column> readMoment( const AreaData &areas, const QStringList &fields, const QStringList &denominators,
        const QString &parameter, const QString &denominatorParameter );

    //! The index at t0 and t1; a model error about an indicator as a ParameterFout that names its INDICATORS_T0 field.
    static veerkracht::IndexResult composeIndex( const std::vector<veerkracht::Column> &t0, const std::vector<veerkracht::Column> &t1, const Indicators &indicators,
        const veerkracht::IndexSettings &settings, const std::vector<bool> &reference );

    //! Each indicator's standardisation and the missing counts, for the log.
    void reportIndicators( const Indicators &indicators, const veerkracht::IndexSettings &settings, const veerkracht::IndexResult &result, bool twoMoments,
                           QgsProcessingFeedback *feedback ) const;
};
