// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace veerkracht {

//! The first few items of a list for a log line or an error, with the total when cut.
inline QString listFirst( const QStringList &items, int shown = 5 )
{
  QString text = items.mid( 0, shown ).join( QStringLiteral( ", " ) );
  if ( items.size() > shown )
    text += QCoreApplication::translate( "veerkracht", ", … (%1 in all)" ).arg( items.size() );
  return text;
}

//! A comma-separated parameter text as its items, trimmed; empty items are kept (they mean "default" for that position).
inline QStringList commaList( const QString &text )
{
  QStringList items;
  if ( text.trimmed().isEmpty() )
    return items;
  for ( const QString &item : text.split( QLatin1Char( ',' ) ) )
    items << item.trimmed();
  return items;
}

} // namespace veerkracht
