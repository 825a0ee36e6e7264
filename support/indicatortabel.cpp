// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/indicatortabel.h"
#include "support/reporting.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace veerkracht
{

  bool IndicatorRij::operator==( const IndicatorRij &other ) const
  {
    return veldT0 == other.veldT0 && veldT1 == other.veldT1 && richting == other.richting && gewicht == other.gewicht
           && noemerT0 == other.noemerT0 && noemerT1 == other.noemerT1;
  }

  QVariantList indicatorWaarde( const QList<IndicatorRij> &rijen )
  {
    QVariantList cellen;
    for ( const IndicatorRij &rij : rijen )
      cellen << rij.veldT0 << rij.veldT1 << QString::number( rij.richting ) << QString::number( rij.gewicht, 'g', 15 ) << rij.noemerT0 << rij.noemerT1;
    return cellen;
  }

  namespace
  {
    /**
     * The rows of cells in \a value. A list whose items hold commas is one row per item (the CLI's
     * repeated key, Python): each must have six cells. Otherwise the cells run on, six per row.
     */
    QList<QStringList> rijenVan( const QVariant &value, QString &fout )
    {
      QList<QStringList> rijen;
      const auto zesPerRij = [&fout]( const QStringList &cellen, int rij ) {
        if ( cellen.size() == indicatorKolommen )
          return true;
        const int n = static_cast<int>( cellen.size() );
        const QString fault = QCoreApplication::translate( "veerkracht", "expected six cells per row (field t0, field t1, direction, weight, denominator t0, denominator t1), got %n cell(s)", nullptr, n );
        fout = rij > 0 ? QCoreApplication::translate( "veerkracht", "row %1: %2" ).arg( rij ).arg( fault ) : fault;
        return false;
      };
      QStringList cellen;
      if ( value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList )
      {
        const QVariantList items = value.toList();
        const bool perRij = std::any_of( items.begin(), items.end(), []( const QVariant &v ) { return v.toString().contains( QLatin1Char( ',' ) ); } );
        for ( int i = 0; i < items.size(); ++i )
        {
          if ( !perRij )
          {
            cellen << items.at( i ).toString().trimmed();
            continue;
          }
          const QStringList rij = commaList( items.at( i ).toString() );
          if ( !zesPerRij( rij, i + 1 ) )
            return {};
          rijen << rij;
        }
        if ( perRij )
          return rijen;
      }
      else
        cellen = commaList( value.toString() );
      if ( cellen.size() % indicatorKolommen != 0 )
      {
        zesPerRij( cellen, 0 );
        return {};
      }
      for ( int i = 0; i < cellen.size(); i += indicatorKolommen )
        rijen << cellen.mid( i, indicatorKolommen );
      return rijen;
    }
  } // namespace

  IndicatorTabel leesIndicatorTabel( const QVariant &value, int standaardRichting )
  {
    IndicatorTabel tabel;
    if ( !value.isValid() || ( value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty() ) )
      return tabel;
    // Every row is kept, so that a dialog shows what it was given; the first fault is reported.
    const auto fout = [&tabel]( const QString &text ) {
      if ( tabel.fout.isEmpty() )
        tabel.fout = text;
    };
    int metT1 = 0;
    int zonderT1 = 0;
    const QList<QStringList> rijen = rijenVan( value, tabel.fout );
    for ( int r = 0; r < rijen.size(); ++r )
    {
      const QStringList &cellen = rijen.at( r );
      const int rijNummer = r + 1;
      if ( std::all_of( cellen.begin(), cellen.end(), []( const QString &c ) { return c.isEmpty(); } ) )
        continue;
      IndicatorRij rij;
      rij.veldT0 = cellen.at( KolomVeldT0 );
      rij.veldT1 = cellen.at( KolomVeldT1 );
      rij.noemerT0 = cellen.at( KolomNoemerT0 );
      rij.noemerT1 = cellen.at( KolomNoemerT1 );
      if ( rij.veldT0.isEmpty() )
        fout( QCoreApplication::translate( "veerkracht", "row %1 has no field at t0; expected the indicator's field at t0 in every row" ).arg( rijNummer ) );
      QString richting = cellen.at( KolomRichting );
      richting.replace( QChar( 0x2212 ), QLatin1Char( '-' ) ).remove( QLatin1Char( '+' ) );
      bool ok = true;
      const int gelezenRichting = richting.isEmpty() ? standaardRichting : richting.toInt( &ok );
      if ( !ok || ( gelezenRichting != 1 && gelezenRichting != -1 ) )
        fout( QCoreApplication::translate( "veerkracht", "row %1 (%2): direction '%3'; expected 1 (higher is more) or -1 (higher is less)" ).arg( rijNummer ).arg( rij.veldT0, cellen.at( KolomRichting ) ) );
      else
        rij.richting = gelezenRichting;
      const QString gewicht = cellen.at( KolomGewicht );
      const double gelezenGewicht = gewicht.isEmpty() ? 1 : gewicht.toDouble( &ok );
      if ( !ok || !std::isfinite( gelezenGewicht ) || gelezenGewicht < minGewicht || gelezenGewicht > maxGewicht )
        fout( QCoreApplication::translate( "veerkracht", "row %1 (%2): weight '%3'; expected a number from %4 to %5 (decimal point)" )
              .arg( rijNummer ).arg( rij.veldT0, gewicht ).arg( minGewicht ).arg( maxGewicht ) );
      else
        rij.gewicht = gelezenGewicht;
      for ( const IndicatorRij &eerder : std::as_const( tabel.rijen ) )
        if ( !rij.veldT0.isEmpty() && eerder.veldT0.compare( rij.veldT0, Qt::CaseInsensitive ) == 0 )
          fout( QCoreApplication::translate( "veerkracht", "row %1 (%2) repeats an earlier row; expected each indicator once (a weight counts it more)" ).arg( rijNummer ).arg( rij.veldT0 ) );
      if ( !rij.veldT1.isEmpty() && rij.noemerT0.isEmpty() != rij.noemerT1.isEmpty() )
        fout( QCoreApplication::translate( "veerkracht", "row %1 (%2) has a denominator at one moment only; expected one at both moments or at neither" ).arg( rijNummer ).arg( rij.veldT0 ) );
      if ( rij.veldT1.isEmpty() && !rij.noemerT1.isEmpty() )
        fout( QCoreApplication::translate( "veerkracht", "row %1 (%2) has a denominator at t1 but no field at t1" ).arg( rijNummer ).arg( rij.veldT0 ) );
      ( rij.veldT1.isEmpty() ? zonderT1 : metT1 )++;
      if ( metT1 > 0 && zonderT1 > 0 )
        fout( QCoreApplication::translate( "veerkracht", "row %1 (%2): some rows have a field at t1 and some have none; expected t1 in every row (two moments) or in none (momentopname)" ).arg( rijNummer ).arg( rij.veldT0 ) );
      tabel.rijen << rij;
    }
    return tabel;
  }

  QList<Voorinstelling> voorinstellingen( IndicatorSoort soort )
  {
    const QStringList bijstand { QStringLiteral( "a_soz_wb" ), QStringLiteral( "n_pp_w_assitance" ) };
    const QStringList eenpersoons { QStringLiteral( "a_1p_hh" ), QStringLiteral( "Number.of.1.person.household" ) };
    const QStringList inwoners { QStringLiteral( "a_inw" ), QStringLiteral( "Number.of.inhabitants" ), QStringLiteral( "inwoners" ) };
    const QStringList huishoudens { QStringLiteral( "a_hh" ), QStringLiteral( "Number.of.households" ), QStringLiteral( "huishoudens" ) };
    const QStringList laagInkomen { QStringLiteral( "p_hh_li" ), QStringLiteral( "p_low_income_household" ) };
    const QStringList sociaalMinimum { QStringLiteral( "p_hh_osm" ), QStringLiteral( "p_household_smaller_bare_social_minimum" ) };
    if ( soort == IndicatorSoort::Kwetsbaarheid )
      return {
        { QStringLiteral( "kwb_bijstand_eenpersoons" ), QCoreApplication::translate( "veerkracht", "KWB: bijstand per 1000 inhabitants, one-person households per 1000 households" ), soort, { { bijstand, inwoners, 1 }, { eenpersoons, huishoudens, 1 } } },
        { QStringLiteral( "kwb_bijstand_eenpersoons_inkomen" ), QCoreApplication::translate( "veerkracht", "KWB: bijstand, one-person households and the share of low-income households" ), soort, { { bijstand, inwoners, 1 }, { eenpersoons, huishoudens, 1 }, { laagInkomen, {}, 1 } } },
        { QStringLiteral( "kwb_inkomen" ), QCoreApplication::translate( "veerkracht", "KWB: share of households with a low income, and at or below the social minimum" ), soort, { { laagInkomen, {}, 1 }, { sociaalMinimum, {}, 1 } } },
      };
    return {
      { QStringLiteral( "lbm_onv" ), QCoreApplication::translate( "veerkracht", "Leefbaarometer: nuisance and unsafety (onv, higher is safer)" ), soort, { { { QStringLiteral( "onv" ) }, {}, -1 } } },
      { QStringLiteral( "politie_misdrijven" ), QCoreApplication::translate( "veerkracht", "Police: registered crimes per 1000 inhabitants" ), soort, { { { QStringLiteral( "misdrijven" ) }, inwoners, 1 } } },
    };
  }

  namespace
  {
    //! Year → field for one of \a namen: 0 for the bare name; the first name wins in each year.
    QMap<int, QString> veldenPerJaar( const QStringList &namen, const QStringList &velden )
    {
      QMap<int, QString> perJaar;
      static const QRegularExpression jaar( QStringLiteral( "^_?((?:19|20)\\d\\d)$" ) );
      for ( const QString &naam : namen )
        for ( const QString &veld : velden )
        {
          if ( !veld.startsWith( naam, Qt::CaseInsensitive ) )
            continue;
          int j = -1;
          if ( veld.size() == naam.size() )
            j = 0;
          else if ( const QRegularExpressionMatch m = jaar.match( veld.mid( naam.size() ) ); m.hasMatch() )
            j = m.captured( 1 ).toInt();
          if ( j >= 0 && !perJaar.contains( j ) )
            perJaar.insert( j, veld );
        }
      return perJaar;
    }

    int dichtstbij( const QList<int> &jaren, int doel, bool laterBijGelijk )
    {
      int beste = jaren.first();
      for ( int j : jaren )
      {
        const int d = std::abs( j - doel );
        const int b = std::abs( beste - doel );
        if ( d < b || ( d == b && ( laterBijGelijk ? j > beste : j < beste ) ) )
          beste = j;
      }
      return beste;
    }
  } // namespace

  Invulling vulVoorinstelling( const Voorinstelling &preset, const QStringList &velden, const QList<int> &doelJaren )
  {
    Invulling invulling;
    struct Gevonden
    {
        QMap<int, QString> velden;
        QMap<int, QString> noemers;
    };
    QList<Gevonden> gevonden;
    QSet<int> gemeenschappelijk;
    QStringList gezocht;
    for ( int i = 0; i < preset.indicatoren.size(); ++i )
    {
      const VoorinstellingIndicator &indicator = preset.indicatoren.at( i );
      Gevonden g { veldenPerJaar( indicator.namen, velden ), veldenPerJaar( indicator.noemerNamen, velden ) };
      QSet<int> jaren;
      for ( auto it = g.velden.constBegin(); it != g.velden.constEnd(); ++it )
        // A denominator without a year (one table of inhabitants) serves every year.
        if ( indicator.noemerNamen.isEmpty() || g.noemers.contains( it.key() ) || g.noemers.contains( 0 ) )
          jaren.insert( it.key() );
      gemeenschappelijk = i == 0 ? jaren : gemeenschappelijk.intersect( jaren );
      gezocht << indicator.namen.first() + ( indicator.noemerNamen.isEmpty() ? QString() : QStringLiteral( " / " ) + indicator.noemerNamen.first() );
      gevonden << g;
    }
    QList<int> jaren( gemeenschappelijk.begin(), gemeenschappelijk.end() );
    std::sort( jaren.begin(), jaren.end() );
    if ( jaren.size() > 1 && jaren.first() == 0 )
      jaren.removeFirst(); // fields with a year are the moments; a bare name only when there is nothing else
    if ( jaren.isEmpty() )
    {
      invulling.ontbreekt = gezocht.join( QStringLiteral( ", " ) );
      return invulling;
    }
    if ( jaren.size() == 1 )
      invulling.jaren = { jaren.first() };
    else if ( doelJaren.size() == 1 )
      invulling.jaren = { dichtstbij( jaren, doelJaren.first(), true ) }; // the other table is a momentopname
    else if ( doelJaren.size() == 2 )
    {
      invulling.jaren = { dichtstbij( jaren, doelJaren.at( 0 ), false ), dichtstbij( jaren, doelJaren.at( 1 ), true ) };
      if ( invulling.jaren.at( 0 ) >= invulling.jaren.at( 1 ) )
      {
        // Both ends nearest the same year: the next one after it (or the one before the last).
        const int i = static_cast<int>( jaren.indexOf( invulling.jaren.at( 0 ) ) );
        invulling.jaren = i + 1 < jaren.size() ? QList<int> { jaren.at( i ), jaren.at( i + 1 ) } : QList<int> { jaren.at( i - 1 ), jaren.at( i ) };
      }
    }
    else
      invulling.jaren = { jaren.at( jaren.size() - 2 ), jaren.last() };

    const auto noemer = [&gevonden]( int i, int jaar ) {
      const QMap<int, QString> &noemers = gevonden.at( i ).noemers;
      return noemers.value( jaar, noemers.value( 0 ) );
    };
    for ( int i = 0; i < preset.indicatoren.size(); ++i )
    {
      IndicatorRij rij;
      const int t0 = invulling.jaren.first();
      rij.veldT0 = gevonden.at( i ).velden.value( t0 );
      rij.richting = preset.indicatoren.at( i ).richting;
      if ( !preset.indicatoren.at( i ).noemerNamen.isEmpty() )
        rij.noemerT0 = noemer( i, t0 );
      if ( invulling.jaren.size() == 2 )
      {
        const int t1 = invulling.jaren.last();
        rij.veldT1 = gevonden.at( i ).velden.value( t1 );
        if ( !preset.indicatoren.at( i ).noemerNamen.isEmpty() )
          rij.noemerT1 = noemer( i, t1 );
      }
      invulling.rijen << rij;
    }
    return invulling;
  }

  QList<int> jarenVanRijen( const QList<IndicatorRij> &rijen )
  {
    static const QRegularExpression jaar( QStringLiteral( "_?((?:19|20)\\d\\d)$" ) );
    for ( const IndicatorRij &rij : rijen )
    {
      const QRegularExpressionMatch m0 = jaar.match( rij.veldT0 );
      if ( !m0.hasMatch() )
        continue;
      const QRegularExpressionMatch m1 = jaar.match( rij.veldT1 );
      if ( m1.hasMatch() )
        return { m0.captured( 1 ).toInt(), m1.captured( 1 ).toInt() };
      return { m0.captured( 1 ).toInt() };
    }
    return {};
  }

} // namespace veerkracht
