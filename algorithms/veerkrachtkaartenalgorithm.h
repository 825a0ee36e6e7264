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
};
