// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/overlastalgorithm.h"

QString OverlastAlgorithm::name() const
{
  return QStringLiteral( "overlast" );
}

QString OverlastAlgorithm::displayName() const
{
  return tr( "Nuisance and unsafety (O)" );
}

QStringList OverlastAlgorithm::tags() const
{
  return tr( "overlast,onveiligheid,O,leefbaarometer,onv,misdrijven,index,standaardisatie" ).split( QLatin1Char( ',' ) );
}

QString OverlastAlgorithm::shortDescription() const
{
  return tr( "O per area: nuisance and unsafety, from any nuisance field at one or two moments (higher is worse)." );
}

QString OverlastAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Computes O, nuisance and unsafety, per area for one or two moments, and writes it as o_t0 and o_t1 "
             "(FIELD_PREFIX). As for K, higher O is worse.\n\n"
             "The default is the Leefbaarometer dimension 'overlast en onveiligheid' (onv, e.g. onv_2020 → onv_2024 after "
             "'Prepare input data'). onv is higher where it is <i>safer</i>, so its DIRECTIONS default is -1 (O = −onv). "
             "For registered crime per 1000 inhabitants or complaint counts, use direction 1. With FIELD_PREFIX 'e' the same "
             "algorithm gives the experienced nuisance of a survey (map 6).\n\n" ) + parameterHelp( ) );
}

OverlastAlgorithm *OverlastAlgorithm::createInstance() const
{
  return new OverlastAlgorithm();
}
