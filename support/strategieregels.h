// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/strategie.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

/**
 * A strategy rule table (specification.md §4.12) read from CSV (`;` or `,`, a header line) or JSON (an
 * array of objects with the same keys). Conditions are class numbers or the maps' Dutch labels,
 * several joined by `|`; `*` or empty means any; `corporatiebuurt` is ja, nee or *. Errors name
 * the line (CSV, JSON syntax) or the rule (JSON) and what was expected.
 */
class StrategieRegels
{
    Q_DECLARE_TR_FUNCTIONS( StrategieRegels )

  public:
    //! The table shipped with the plugin (data/strategie/standaardregels.csv, compiled in).
    static StrategieRegels standaard();
    //! Reads \a path (.csv or .json); throws QgsProcessingException naming \a parameter.
    static StrategieRegels uitBestand( const QString &path, const QString &parameter );
    //! Parses \a text (CSV or JSON, by its first character); \a bron names it in errors.
    static StrategieRegels uitTekst( const QString &text, const QString &bron );
    //! The table of \a path, or the default table when \a path is empty (a RULES parameter).
    static StrategieRegels uitBestandOfStandaard( const QString &path, const QString &parameter );

    const std::vector<veerkracht::Regel> &regels() const { return mRegels; }
    //! The conditions any rule uses: "corporatiebuurt", "signaal", "focus", "ontwikkeling_k", "ontwikkeling_o".
    QSet<QString> gebruikteKenmerken() const;

    static QStringList kolommen();

    /**
     * The field of a veerkrachtkaarten layer that holds the class a condition reads ("" for an
     * unknown one): corp_klasse, the signal map's (sign_rel_klasse when \a relatief, else
     * sign_abs_klasse), focus_klasse, dk_klasse, do_klasse.
     */
    static QString kenmerkVeld( const QString &kenmerk, bool relatief );

  private:
    std::vector<veerkracht::Regel> mRegels;
};
