// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/indexalgorithm.h"

//! veerkracht:overlast — O, nuisance and unsafety (specification.md §3); higher is worse.
class OverlastAlgorithm : public IndexAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( OverlastAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    OverlastAlgorithm *createInstance() const override;

  protected:
    QString defaultPrefix() const override { return QStringLiteral( "o" ); }
    //! The Leefbaarometer's onv is higher when safer: O = −onv.
    QString defaultDirections() const override { return QStringLiteral( "-1" ); }
    QString indexName() const override { return QStringLiteral( "O" ); }
};
