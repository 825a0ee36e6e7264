// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A field value as a number, by the missing-value rules of specification.md §2: one place for every
// algorithm that reads numbers from a layer.

#include "model/missingvalues.h"
#include "model/numbertext.h"
#include "support/veerkracht_compat.h"

#include <QVariant>

#include <cmath>
#include <optional>

/**
 * The number in \a value: none for NULL and a missing-value marker ('.', 'NA', empty, CBS sentinels,
 * extra markers) — never 0. NaN, ±infinity and absurd magnitudes are returned as they are, for the
 * caller to refuse with isPlausibleValue() naming the field and the row. A text field may hold numbers as text (decimal
 * point); when it holds text that is no number, \a geenGetal is set so that the caller can name
 * the field in its message.
 */
inline std::optional<double> veldGetal( const QVariant &value, bool numeriekVeld, const veerkracht::MissingValues &missing, bool &geenGetal )
{
  geenGetal = false;
  if ( vkcompat::isNull( value ) )
    return std::nullopt;
  std::optional<double> number;
  if ( numeriekVeld )
  {
    bool ok = false;
    number = value.toDouble( &ok );
    if ( !ok )
      return std::nullopt;
  }
  else
  {
    const std::string text = value.toString().toStdString();
    if ( missing.isMissingText( text ) )
      return std::nullopt;
    number = veerkracht::parseNumber( text, veerkracht::DecimalSeparator::Point );
    if ( !number )
    {
      geenGetal = true;
      return std::nullopt;
    }
  }
  // A declared marker is missing, however large (-3.4028235e38, a float NoData); NaN, infinity
  // and other absurd values are kept for the caller to refuse with the field's name.
  if ( std::isfinite( *number ) && missing.isMissingNumber( *number ) )
    return std::nullopt;
  return number;
}
