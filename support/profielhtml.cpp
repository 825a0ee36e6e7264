// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/profielhtml.h"
#include "model/strategie.h"

#include <QBuffer>
#include <QLocale>
#include <QXmlStreamWriter>

namespace {

QString pngData( const QImage &image )
{
  QByteArray bytes;
  QBuffer buffer( &bytes );
  buffer.open( QIODevice::WriteOnly );
  image.save( &buffer, "PNG" );
  return QStringLiteral( "data:image/png;base64," ) + QString::fromLatin1( bytes.toBase64() );
}

void schrijfHead( QXmlStreamWriter &x, const Buurtprofiel &p )
{
  x.writeStartElement( QStringLiteral( "head" ) );
  x.writeEmptyElement( QStringLiteral( "meta" ) );
  x.writeAttribute( QStringLiteral( "charset" ), QStringLiteral( "utf-8" ) );
  x.writeTextElement( QStringLiteral( "title" ), p.titel() );
  x.writeTextElement( QStringLiteral( "style" ), QStringLiteral( "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:52em;margin:1.5em auto;padding:0 1em;color:#222}"
                                                                "table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd}td.n{text-align:right}"
                                                                ".kaarten{display:flex;gap:1em;flex-wrap:wrap}.kaarten figure{margin:0}.kaarten img{width:15em;border:1px solid #999}"
                                                                ".strategie{background:#f0f5fa;border:2px solid #1b4f72;padding:.5em 1em}.praktijk{border:1px solid #444;min-height:10em;padding:.5em 1em}"
                                                                "small{color:#555}" ) );
  x.writeEndElement(); // head
}

void schrijfKaarten( QXmlStreamWriter &x, const Buurtprofiel &p, const QList<QImage> &kaarten )
{
  x.writeStartElement( QStringLiteral( "div" ) );
  x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "kaarten" ) );
  const QStringList bijschriften = QStringList { Buurtprofiel::liggingBijschrift() } + p.kaartTitels;
  for ( int k = 0; k < kaarten.size(); ++k )
  {
    x.writeStartElement( QStringLiteral( "figure" ) );
    x.writeEmptyElement( QStringLiteral( "img" ) );
    x.writeAttribute( QStringLiteral( "src" ), pngData( kaarten[k] ) );
    x.writeAttribute( QStringLiteral( "alt" ), bijschriften[k] );
    x.writeTextElement( QStringLiteral( "figcaption" ), k == 0 ? bijschriften[k] : QStringLiteral( "%1 — deze buurt: %2" ).arg( bijschriften[k], p.kaartKlassen[k - 1] ) );
    x.writeEndElement();
  }
  x.writeEndElement(); // div
}

void schrijfGetallen( QXmlStreamWriter &x, const Buurtprofiel &p )
{
  x.writeStartElement( QStringLiteral( "table" ) );
  x.writeStartElement( QStringLiteral( "tr" ) );
  for ( const QString &kop : { QString(), QStringLiteral( "Buurt" ), QStringLiteral( "Gemeente" ), QStringLiteral( "Alle buurten" ) } )
    x.writeTextElement( QStringLiteral( "th" ), kop );
  x.writeEndElement();
  for ( int r = 0; r < p.rijNamen.size(); ++r )
  {
    x.writeStartElement( QStringLiteral( "tr" ) );
    x.writeTextElement( QStringLiteral( "td" ), p.klasseLabels[r].isEmpty() ? p.rijNamen[r] : QStringLiteral( "%1 (%2)" ).arg( p.rijNamen[r], p.klasseLabels[r] ) );
    for ( const QString &waarde : { p.buurt[r], p.gemeenteWaarde[r], p.alles[r] } )
    {
      x.writeStartElement( QStringLiteral( "td" ) );
      x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "n" ) );
      x.writeCharacters( waarde );
      x.writeEndElement();
    }
    x.writeEndElement();
  }
  x.writeEndElement(); // table
}

//! The film's numbers behind the chart: per index the area and its gemeente's median, per year.
void schrijfVerloop( QXmlStreamWriter &x, const Buurtprofiel &p )
{
  if ( p.verloop.empty() )
    return;
  x.writeTextElement( QStringLiteral( "h2" ), Buurtprofiel::verloopKop() );
  for ( const Verloop &v : p.verloop )
  {
    x.writeStartElement( QStringLiteral( "table" ) );
    x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "verloop" ) );
    x.writeStartElement( QStringLiteral( "tr" ) );
    x.writeTextElement( QStringLiteral( "th" ), v.naam );
    for ( int jaar : v.jaren )
      x.writeTextElement( QStringLiteral( "th" ), QString::number( jaar ) );
    x.writeEndElement();
    for ( const bool buurt : { true, false } )
    {
      x.writeStartElement( QStringLiteral( "tr" ) );
      x.writeTextElement( QStringLiteral( "td" ), buurt ? QStringLiteral( "Buurt" ) : QStringLiteral( "Mediaan gemeente" ) );
      for ( const std::optional<double> &waarde : buurt ? v.buurt : v.gemeente )
      {
        x.writeStartElement( QStringLiteral( "td" ) );
        x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "n" ) );
        x.writeCharacters( waarde ? QLocale( QLocale::Dutch ).toString( *waarde, 'f', 2 ) : QStringLiteral( "–" ) );
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeEndElement(); // table
  }
}

void schrijfStrategie( QXmlStreamWriter &x, const Buurtprofiel &p )
{
  x.writeStartElement( QStringLiteral( "div" ) );
  x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "strategie" ) );
  x.writeTextElement( QStringLiteral( "h2" ), p.suggestieKop() );
  x.writeStartElement( QStringLiteral( "ul" ) );
  for ( int s = 0; s < 4; ++s )
    x.writeTextElement( QStringLiteral( "li" ), QStringLiteral( "%1: %2" ).arg( QString::fromStdString( veerkracht::strategieNamen()[static_cast<std::size_t>( s )] ) ).arg( p.gewichten[static_cast<std::size_t>( s )] ) );
  x.writeEndElement();
  x.writeTextElement( QStringLiteral( "p" ), p.toelichting );
  x.writeEndElement(); // div
}

void schrijfPraktijkEnBronnen( QXmlStreamWriter &x, const Buurtprofiel &p )
{
  x.writeStartElement( QStringLiteral( "div" ) );
  x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "praktijk" ) );
  x.writeTextElement( QStringLiteral( "h2" ), Buurtprofiel::praktijkVraag() );
  x.writeEndElement();
  x.writeStartElement( QStringLiteral( "p" ) );
  x.writeTextElement( QStringLiteral( "small" ), p.bronnen + QStringLiteral( ". " ) + Buurtprofiel::voorbehoud() );
  x.writeEndElement();
}

} // namespace

std::optional<QByteArray> profielHtml( const Buurtprofiel &profiel, const QList<QImage> &kaarten )
{
  QByteArray html;
  QXmlStreamWriter x( &html );
  x.setAutoFormatting( true );
  x.writeDTD( QStringLiteral( "<!DOCTYPE html>" ) );
  x.writeStartElement( QStringLiteral( "html" ) );
  x.writeAttribute( QStringLiteral( "xmlns" ), QStringLiteral( "http://www.w3.org/1999/xhtml" ) );
  x.writeAttribute( QStringLiteral( "lang" ), QStringLiteral( "nl" ) );
  schrijfHead( x, profiel );
  x.writeStartElement( QStringLiteral( "body" ) );
  x.writeTextElement( QStringLiteral( "h1" ), profiel.titel() );
  x.writeStartElement( QStringLiteral( "p" ) );
  x.writeAttribute( QStringLiteral( "class" ), QStringLiteral( "code" ) );
  x.writeCharacters( profiel.ondertitel() );
  x.writeEndElement();
  schrijfKaarten( x, profiel, kaarten );
  schrijfGetallen( x, profiel );
  schrijfVerloop( x, profiel );
  schrijfStrategie( x, profiel );
  schrijfPraktijkEnBronnen( x, profiel );
  x.writeEndElement(); // body
  x.writeEndElement(); // html
  if ( x.hasError() )
    return std::nullopt;
  return html;
}
