// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/indexalgorithm.h"

//! veerkracht:kwetsbaarheid — K, the concentration of vulnerable residents (specification.md §3).
class KwetsbaarheidAlgorithm : public IndexAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( KwetsbaarheidAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    KwetsbaarheidAlgorithm *createInstance() const override;

  protected:
    QString defaultPrefix() const override { return QStringLiteral( "k" ); }
    QString defaultDirections() const override { return QString(); }
    QString indexName() const override { return QStringLiteral( "K" ); }
};
