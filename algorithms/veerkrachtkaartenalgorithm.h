// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

/**
 * veerkracht:veerkrachtkaarten — the whole chain in one run: K, O, their development, the signal
 * maps, the levels and focus, corporation housing and the resilience score, in one layer. It runs
 * the building blocks one after the other, so that it gives exactly what the same chain in the
 * Graphical Modeler (models/veerkrachtkaarten.model3) gives.
 */
class VeerkrachtkaartenAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( VeerkrachtkaartenAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    //! With the map set and the profiles: what a planner runs, not a building block.
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    VeerkrachtkaartenAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    /**
     * \a given with the indicator tables K_INDICATORS and O_INDICATORS written out as the lists
     * K_T0 … O_DENOMINATORS_T1 the building blocks take; \a fromTable says which of K and O came
     * from a table. Throws when a table is malformed, when a table and the lists are both given,
     * or when K or O has no indicator at all.
     */
    QVariantMap withIndicatorTables( const QVariantMap &given, QgsProcessingContext &context, QMap<QString, int> *fromTable = nullptr ) const;

    class Chain; //!< the building blocks of one run, in order (veerkrachtkaartenalgorithm.cpp)

    //! Logs, for K and O, the indicators \a fromTable says came from a table.
    void reportIndicatorTables( const QVariantMap &parameters, const QMap<QString, int> &fromTable, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    //! The building blocks for \a parameters (as withIndicatorTables() writes them out), in the order they run.
    Chain buildChain( const QVariantMap &parameters, const QMap<QString, int> &fromTable, bool twoMoments, QgsProcessingContext &context ) const;

    //! Map 6, when survey fields E_T0 or E_T1 are given: the survey's index the way O is made, then its level and development.
    void addSurveySteps( Chain &chain, const QVariantMap &parameters, const QVariant &sameAreas, QgsProcessingContext &context ) const;

    /**
     * Runs the steps of \a chain, each step's OUTPUT the next one's INPUT: \a results are the last
     * step's outputs, \a collected every step's. False when a step failed or the run was cancelled.
     * A step's error is thrown with this algorithm's parameter names.
     */
    bool runChain( Chain &chain, QgsProcessingContext &context, QgsProcessingFeedback *feedback, QVariantMap &results, QVariantMap &collected ) const;

    //! Styles the output, logs the summary (the signals and the fit) and gives this algorithm's outputs.
    QVariantMap summarise( const QString &destination, const QVariantMap &collected, bool twoMoments, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
};
