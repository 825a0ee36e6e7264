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
};
