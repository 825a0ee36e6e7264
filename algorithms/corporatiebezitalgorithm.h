// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"

//! veerkracht:corporatiebezit — the share of corporation dwellings in five classes (map 1).
class CorporatiebezitAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( CorporatiebezitAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    CorporatiebezitAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Corporation units per area, counted from a point layer (points outside every area are reported).
    veerkracht::Column countUnits( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;
};
