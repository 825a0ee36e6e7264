// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The indicator table of the all-in-one algorithm (K_INDICATORS, O_INDICATORS): one row per
// indicator, read from and written as a flat list of six cells per row, and the presets that
// fill it from the field names a prepared layer has. Qt only, no QGIS: the dialog, the CLI and
// the algorithm share these rules.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace veerkracht
{

  //! One row of the table: an indicator at t0 and t1, its direction, weight and denominators.
  struct IndicatorRij
  {
      QString veldT0;
      QString veldT1;   //!< empty: momentopname
      int richting = 1; //!< 1: a higher value is more vulnerable (more nuisance); -1: the reverse
      double gewicht = 1;
      QString noemerT0; //!< empty: the value is used as it is; else a rate per 1000 of this field
      QString noemerT1;
      bool operator==( const IndicatorRij &other ) const;
  };

  //! The cells of a row, in their order.
  enum IndicatorKolom
  {
    KolomVeldT0 = 0,
    KolomVeldT1,
    KolomRichting,
    KolomGewicht,
    KolomNoemerT0,
    KolomNoemerT1,
  };
  constexpr int indicatorKolommen = KolomNoemerT1 + 1;

  //! The weights an indicator may have: relative, so a wider range adds nothing but overflow.
  constexpr double minGewicht = 0.001;
  constexpr double maxGewicht = 1000;

  //! The table as a parameter value: six strings per row.
  QVariantList indicatorWaarde( const QList<IndicatorRij> &rijen );

  struct IndicatorTabel
  {
      QList<IndicatorRij> rijen; //!< every row read (a faulty cell keeps its default), for a dialog to show
      QString fout;              //!< the first fault (translated), empty when the table is sound
  };

  /**
   * The rows in \a value: a flat list of cells, a list of rows each written "t0,t1,1,1,n0,n1"
   * (the CLI's repeated key) or one comma-separated text. Empty rows are skipped; a row with t1
   * must not stand beside one without, the direction is 1 or -1 (empty: \a standaardRichting,
   * -1 for O as the Leefbaarometer's onv), the weight from minGewicht to maxGewicht (empty: 1),
   * a denominator is given at both moments or at neither, and no field at t0 comes twice.
   */
  IndicatorTabel leesIndicatorTabel( const QVariant &value, int standaardRichting = 1 );

  //! What a table is for: its presets and the direction a new row starts with.
  enum class IndicatorSoort
  {
    Kwetsbaarheid, //!< K, vulnerable residents
    Overlast,      //!< O, nuisance and unsafety
  };

  //! The direction a new row or an empty cell means: 1 for K, -1 for O (the Leefbaarometer's onv).
  constexpr int standaardRichting( IndicatorSoort soort )
  {
    return soort == IndicatorSoort::Overlast ? -1 : 1;
  }

  //! One indicator of a preset: the names it goes by (CBS code, the English KWB names), year apart.
  struct VoorinstellingIndicator
  {
      QStringList namen;
      QStringList noemerNamen; //!< empty: no denominator
      int richting = 1;
  };

  struct Voorinstelling
  {
      QString id;
      QString titel; //!< translated
      IndicatorSoort soort;
      QList<VoorinstellingIndicator> indicatoren;
  };

  //! The presets for tables of \a soort.
  QList<Voorinstelling> voorinstellingen( IndicatorSoort soort );

  struct Invulling
  {
      QList<IndicatorRij> rijen; //!< empty when the layer lacks the preset's fields
      QList<int> jaren;          //!< the years used: t0 (and t1); 0 for fields without a year
      QString ontbreekt;         //!< which names were looked for, when nothing was found
  };

  /**
   * Fills \a preset from \a velden, the layer's field names. A field is one of an indicator's names,
   * bare or followed by a year (`a_soz_wb_2023`, `onv_2024`). Years are those in which every
   * indicator (and its denominator) is present; t1 is the latest, t0 the one before. With
   * \a doelJaren (the years of the other table) t0 is the year nearest doelJaren[0] (ties: the
   * earlier) and t1 the year nearest doelJaren[1] (ties: the later), so that K 2021→2023 meets
   * O 2020→2024 as wide as the data go; with one year, one moment nearest it (a momentopname).
   */
  Invulling vulVoorinstelling( const Voorinstelling &preset, const QStringList &velden, const QList<int> &doelJaren = {} );

  //! The years in the field names of \a rijen (t0, t1), as vulVoorinstelling reads them; empty when none has one.
  QList<int> jarenVanRijen( const QList<IndicatorRij> &rijen );

} // namespace veerkracht
