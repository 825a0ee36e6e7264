// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A veerkrachtkaarten layer's numbers per buurt as the buurtprofiel and the web atlas show them:
// the rows, how a value is read from a feature, and the strategy suggestion of the area.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QgsFeature;
class StrategieRegels;

namespace veerkracht {

//! One number of a buurt beside its gemeente's median.
struct BuurtGetal
{
  QString naam;   //!< Dutch row title
  QString name;   //!< English row title (the web atlas in English)
  QString veld;   //!< field in the layer
  int decimalen;
  QString klasse; //!< the class label field shown beside the value, if any
};

//! The numbers of a veerkrachtkaarten layer: K and O now, their development, the corporation share and the score.
const QList<BuurtGetal> &buurtGetallen();

//! The rows of a profile: the inhabitants first when \a inhabitantsField is given, then buurtGetallen().
QList<BuurtGetal> profielRijen( const QString &inhabitantsField );

/**
 * The number in \a veld of \a f; none when the field is missing, empty or not a finite number.
 * Throws a QgsProcessingException naming INPUT and the field for an implausible magnitude (an
 * export or unit fault), so that no page shows it.
 */
std::optional<double> getal( const QgsFeature &f, const QString &veld );

//! The text in \a veld of \a f; empty when the field is missing or empty.
QString tekst( const QgsFeature &f, const QString &veld );

//! \a v in Dutch notation with \a decimalen decimals ("0,53"), "–" when missing.
QString opmaak( std::optional<double> v, int decimalen );

//! The codes a comma-separated list of buurt, wijk and gemeente codes (AREAS, GEMEENTEN) names, normalised.
QStringList gewensteCodes( const QString &codes );

//! The strategy suggestion of one area: the weights of the four strategies, the main one and its rule sentence.
struct StrategieSuggestie
{
  std::array<int, 4> gewichten {};
  QString hoofd;       //!< empty: no rule applies
  QString toelichting;
};

//! The strategy 'Strategy suggestions' wrote into the layer (its strat_ fields).
StrategieSuggestie strategieUitLaag( const QgsFeature &area );

//! The strategy \a regels choose for the area's classes (the absolute signal map); empty when no rule applies.
StrategieSuggestie strategieUitRegels( const QgsFeature &area, const StrategieRegels &regels );

} // namespace veerkracht
