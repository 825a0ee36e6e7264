// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "algorithms/kaartalgorithm.h"
#include "support/strategieregels.h"

#include <functional>
#include <optional>

//! veerkracht:strategie — a suggested mix of the four strategies per area, from a rule table.
class StrategieAlgorithm : public KaartAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( StrategieAlgorithm )

  public:
    QString name() const override;
    QString displayName() const override;
    //! With the map set and the profiles: what a planner runs, not a building block.
    QString group() const override;
    QString groupId() const override;
    QStringList tags() const override;
    QString shortDescription() const override;
    QString shortHelpString() const override;
    StrategieAlgorithm *createInstance() const override;
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

    //! The field of each profile condition in a veerkrachtkaarten layer (signaal: absolute or relative).
    static QMap<QString, QString> kenmerkVelden( bool relatief );

    /**
     * An area's profile from its class codes; \a klasse gives the class of a condition
     * ("signaal", "focus", …; 0 when missing or not in the layer). Corporatiebuurt: class 5 of map 1.
     */
    static veerkracht::Profiel profiel( const std::function<int( const QString &kenmerk )> &klasse );

    //! What the first applicable rule suggests.
    struct Suggestie
    {
      std::array<int, 4> gewichten { 0, 0, 0, 0 };
      QString hoofd;       //!< the main strategy in Dutch
      QString regel;       //!< the rule's id
      QString toelichting; //!< "Regel R5: …"
    };

    //! The suggestion of the first rule that applies to \a profiel, none when no rule does.
    static std::optional<Suggestie> suggestie( const StrategieRegels &regels, const veerkracht::Profiel &profiel );

  protected:
    QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};
