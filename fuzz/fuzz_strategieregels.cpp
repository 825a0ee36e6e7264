// SPDX-License-Identifier: GPL-2.0-or-later
// The strategy rule table (specification.md §4.12) as a user's RULES file reaches it: bytes as UTF-8
// text into StrategieRegels::uitTekst, CSV or JSON. A QgsProcessingException is the expected
// answer to a bad table; any other exception, a crash, a sanitizer report or a broken property
// below is a finding.

#include "fuzzcontrole.h"
#include "model/kaarten.h"
#include "support/strategieregels.h"

#include <qgsexception.h>

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

using veerkracht::Kaart;

void binnenKaart( const std::set<int> &klassen, Kaart kaart )
{
  const int aantal = static_cast<int>( veerkracht::labels( kaart ).size() );
  for ( const int k : klassen )
    VEREIST( k >= 0 && k < aantal );
}

//! A table that was accepted must be one the strategie algorithm can apply to every area.
void controleer( const StrategieRegels &tabel )
{
  VEREIST( !tabel.regels().empty() );
  for ( const veerkracht::Regel &r : tabel.regels() )
  {
    VEREIST( !r.id.empty() );
    VEREIST( !r.toelichting.empty() );
    for ( const int gewicht : r.gewichten )
      VEREIST( gewicht >= 0 && gewicht <= 2 );
    binnenKaart( r.signaal, Kaart::SignaleringAbsoluut );
    binnenKaart( r.focus, Kaart::Focus );
    binnenKaart( r.ontwikkelingK, Kaart::OntwikkelingKwetsbaar );
    binnenKaart( r.ontwikkelingO, Kaart::OntwikkelingOverlast );
    VEREIST( !veerkracht::hoofdstrategie( r.gewichten ).empty() );
  }
  tabel.gebruikteKenmerken();
  for ( const std::optional<bool> corporatie : { std::optional<bool>(), std::optional<bool>( true ), std::optional<bool>( false ) } )
    for ( int signaal = 0; signaal < 5; ++signaal )
      for ( int focus = 0; focus < 5; ++focus )
        veerkracht::eersteRegel( tabel.regels(), { corporatie, signaal, focus, signaal, focus } );
}

struct Uitkomst
{
  bool gelezen = false;
  QString melding; //!< the error for the user, empty when the table was read
};

Uitkomst lees( const QByteArray &bytes )
{
  try
  {
    controleer( StrategieRegels::uitTekst( QString::fromUtf8( bytes ), QStringLiteral( "RULES" ) ) );
    return { true, QString() };
  }
  catch ( const QgsProcessingException &e )
  {
    VEREIST( !e.what().isEmpty() );
    return { false, e.what() };
  }
}

} // namespace

// Qt 5.15's QJsonDocument::fromJson leaks on some broken documents (see CMakeLists.txt); not at
// exit either, then.
extern "C" const char *__asan_default_options()
{
  return "detect_leaks=0";
}

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QByteArray bytes( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  const Uitkomst uitkomst = lees( bytes );

  // '%' is an ordinary character in a table: a message quotes it and never expands it as a
  // QString::arg placeholder. So the same table with '&' for '%' gives the same answer ('&' is
  // next to '%' in ASCII, so JSON keys keep their order; only checked when there is no '&' yet).
  if ( bytes.contains( '%' ) && !bytes.contains( '&' ) )
  {
    const Uitkomst zonder = lees( QByteArray( bytes ).replace( '%', '&' ) );
    VEREIST( zonder.gelezen == uitkomst.gelezen );
    VEREIST( QString( uitkomst.melding ).replace( QLatin1Char( '%' ), QLatin1Char( '&' ) ) == zonder.melding );
  }
  return 0;
}
