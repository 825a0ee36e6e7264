// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/parameterfout.h"

namespace veerkracht {

namespace {

// The innermost ParameterFoutOpvang of this thread: a step runs on the thread of the algorithm that runs it.
thread_local ParameterFoutOpvang *sOpvang = nullptr;

// %1, %2, … of \a sjabloon filled with the names, as QString::arg() fills them one after the other.
ParameterTekst::Opmaak namenInSjabloon( const QString &sjabloon )
{
  return [sjabloon]( const QStringList &names ) {
    QString text = sjabloon;
    for ( const QString &name : names )
      text = text.arg( name );
    return text;
  };
}

} // namespace

ParameterTekst::ParameterTekst( const QStringList &parameters, const Opmaak &opmaak )
  : mParameters( parameters )
  , mOpmaak( opmaak )
{}

ParameterTekst::ParameterTekst( const QStringList &parameters, const QString &sjabloon )
  : ParameterTekst( parameters, namenInSjabloon( sjabloon ) )
{}

ParameterTekst::ParameterTekst( const QString &parameter )
  : ParameterTekst( QStringList { parameter }, QStringLiteral( "%1" ) )
{}

ParameterTekst ParameterTekst::vast( const QString &text )
{
  return ParameterTekst( QStringList(), [text]( const QStringList & ) { return text; } );
}

QString ParameterTekst::tekst() const
{
  return metNamen( mParameters );
}

QString ParameterTekst::metNamen( const QStringList &names ) const
{
  return mOpmaak ? mOpmaak( names ) : QString();
}

QString ParameterTekst::tekst( const QMap<QString, QString> &names ) const
{
  QStringList named;
  named.reserve( mParameters.size() );
  for ( const QString &parameter : mParameters )
    named << names.value( parameter, parameter );
  return metNamen( named );
}

ParameterFout::ParameterFout( const ParameterTekst &tekst )
  : QgsProcessingException( tekst.tekst() )
  , mTekst( tekst )
{
  if ( sOpvang )
    sOpvang->mLaatste.emplace( *this );
}

ParameterFout::ParameterFout( const QStringList &parameters, const ParameterTekst::Opmaak &opmaak )
  : ParameterFout( ParameterTekst( parameters, opmaak ) )
{}

ParameterFout::ParameterFout( const QStringList &parameters, const QString &sjabloon )
  : ParameterFout( ParameterTekst( parameters, sjabloon ) )
{}

ParameterFoutOpvang::ParameterFoutOpvang()
  : mBuiten( sOpvang )
{
  sOpvang = this;
}

ParameterFoutOpvang::~ParameterFoutOpvang()
{
  sOpvang = mBuiten;
}

const ParameterFout *ParameterFoutOpvang::fout( const QgsProcessingException &error ) const
{
  return mLaatste && mLaatste->what() == error.what() ? &*mLaatste : nullptr;
}

} // namespace veerkracht
