// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Numbers written as text in CSV and spreadsheet exports: "1865", "1,9" or "1.9" depending on
// the file's convention, never with a locale-dependent parser.

#include <optional>
#include <string>
#include <vector>

namespace veerkracht {

enum class DecimalSeparator { Point, Comma };

//! The text without white space (std::isspace) at either end.
std::string trimmed( const std::string &s );

/**
 * Decides a column's (or file's) convention from its values: comma when some value has a
 * decimal comma ("1,9") and every value with a point reads as thousands groups ("1.865,5").
 * Point otherwise, which is also the answer when nothing tells.
 */
DecimalSeparator detectDecimalSeparator( const std::vector<std::string> &values );

/**
 * Parses a plain decimal number: optional sign, digits, one decimal separator, optional
 * exponent. With the comma convention, points between groups of three digits are thousands
 * separators. Returns nothing for anything else ("abc", "1,9" under Point, "nan", "inf").
 */
std::optional<double> parseNumber( const std::string &text, DecimalSeparator separator );

/**
 * Whether the values of one column read as whole numbers with thousands points, Dutch style
 * ("845", "1.810", "12.345"): at least one value has a point, every value with a point is
 * groups of three digits after a first group of one to three (not starting with 0), and no
 * value has a decimal comma. Such a column is ambiguous under the point convention: "1.810" may
 * be 1810 or 1.81. Values that are no number at all (markers) are not looked at.
 */
bool looksLikeThousandsColumn( const std::vector<std::string> &values );

/**
 * The largest magnitude taken as a measured value (10^15: more than the euros of all Dutch
 * houses together, and below 2^53, where whole numbers stop being exact). A larger value is an
 * export or unit fault, and so is NaN or infinity.
 */
constexpr double MAX_PLAUSIBLE_MAGNITUDE = 1e15;
bool isPlausibleValue( double value );

/**
 * A text of digits with a leading zero ("0344", "03440111") is a code, not a number: such a
 * column is never taken as numeric, or it would lose its zeros.
 */
bool looksLikeZeroPaddedCode( const std::string &text );

} // namespace veerkracht
