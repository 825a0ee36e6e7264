// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/kwetsbaarheidalgorithm.h"

QString KwetsbaarheidAlgorithm::name() const
{
  return QStringLiteral( "kwetsbaarheid" );
}

QString KwetsbaarheidAlgorithm::displayName() const
{
  return tr( "Vulnerable residents (K)" );
}

QStringList KwetsbaarheidAlgorithm::tags() const
{
  return tr( "kwetsbaarheid,kwetsbare bewoners,K,index,bijstand,laag inkomen,standaardisatie,zscore" ).split( QLatin1Char( ',' ) );
}

QString KwetsbaarheidAlgorithm::shortDescription() const
{
  return tr( "K per area: the concentration of vulnerable residents, from indicator fields at one or two moments." );
}

QString KwetsbaarheidAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Computes K, the concentration of vulnerable residents, per area for one or two moments (t0, t1), and writes "
             "it as k_t0 and k_t1 (FIELD_PREFIX). Higher K means more vulnerable residents.\n\n"
             "Typical indicators from the CBS Kerncijfers: persons with bijstand per 1000 inhabitants (a_soz_wb with "
             "denominator a_inw), the share of one-person households, of households with a low income (p_hh_li) or "
             "around the social minimum (p_hh_osm).\n\n" ) + parameterHelp( ) );
}

KwetsbaarheidAlgorithm *KwetsbaarheidAlgorithm::createInstance() const
{
  return new KwetsbaarheidAlgorithm();
}
