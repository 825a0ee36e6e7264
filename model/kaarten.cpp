// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/kaarten.h"
#include "model/modelerror.h"
#include "model/statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace veerkracht {

const std::vector<std::string> &labels( Kaart kaart )
{
  static const std::vector<std::string> corporatie { "onvoldoende gegevens", "minder dan 10%", "10% tot een derde", "een derde tot de helft",
                                                     "de helft tot twee derde", "meer dan twee derde (corporatiebuurt)" };
  static const std::vector<std::string> niveau { "onvoldoende gegevens", "zeer laag", "laag", "gemiddeld", "hoog", "zeer hoog" };
  static const std::vector<std::string> ontwikkeling { "onvoldoende gegevens", "sterke afname", "afname", "stabiel", "toename", "sterke toename" };
  static const std::vector<std::string> signalen { "onvoldoende gegevens", "veerkracht onder druk", "veerkrachtig", "overlast neemt toe", "stabiel of verbeterend" };
  static const std::vector<std::string> focus { "onvoldoende gegevens", "focus: kwetsbaar én overlast", "kwetsbare bewoners", "overlast en onveiligheid", "geen signaal" };
  static const std::vector<std::string> traject { "onvoldoende gegevens", "steeds onder druk", "opnieuw onder druk", "nieuw onder druk", "herstellend",
                                                  "steeds meer overlast", "steeds veerkrachtig", "stabiel", "wisselend" };
  static const std::vector<std::string> clusters { "onvoldoende gegevens", "hoog-hoog", "laag-laag", "hoog-laag", "laag-hoog", "niet significant", "geen buren" };
  switch ( kaart )
  {
    case Kaart::Corporatiebezit:
      return corporatie;
    case Kaart::KwetsbareBewoners:
    case Kaart::Overlast:
    case Kaart::Veerkrachtscore:
      return niveau;
    case Kaart::OntwikkelingKwetsbaar:
    case Kaart::OntwikkelingOverlast:
      return ontwikkeling;
    case Kaart::SignaleringAbsoluut:
    case Kaart::SignaleringRelatief:
      return signalen;
    case Kaart::Clusters:
      return clusters;
    case Kaart::Traject:
      return traject;
    case Kaart::Focus:
      break;
  }
  return focus;
}

std::vector<bool> voldoendeGegevens( std::size_t areas, const std::vector<const Column *> &required, const Column &inhabitants, double minInhabitants )
{
  std::vector<bool> valid( areas, true );
  for ( std::size_t i = 0; i < areas; ++i )
  {
    for ( const Column *column : required )
      valid[i] = valid[i] && i < column->size() && ( *column )[i].has_value();
    if ( !inhabitants.empty() )
      valid[i] = valid[i] && i < inhabitants.size() && inhabitants[i] && *inhabitants[i] >= minInhabitants;
  }
  return valid;
}

std::vector<double> referenceValues( const Column &values, const std::vector<bool> &valid )
{
  std::vector<double> reference;
  for ( std::size_t i = 0; i < values.size(); ++i )
    if ( valid[i] && values[i] )
      reference.push_back( *values[i] );
  return reference;
}

NiveauKaart niveauKaart( const Column &values, const std::vector<bool> &valid, const std::string &subject )
{
  const std::vector<double> reference = referenceValues( values, valid );
  if ( reference.empty() )
    throw ModelError( subject, "no area has enough data for the quintiles" );
  NiveauKaart kaart;
  kaart.n = static_cast<int>( reference.size() );
  kaart.edges = quintileEdges( reference );
  kaart.classes.assign( values.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t i = 0; i < values.size(); ++i )
    if ( valid[i] && values[i] )
      kaart.classes[i] = classByEdges( *values[i], kaart.edges );
  return kaart;
}

int ontwikkelingsKlasse( double delta, double epsilon, double sd )
{
  if ( delta < -sd )
    return 1; // sterke afname
  if ( delta < -epsilon )
    return 2; // afname
  if ( delta <= epsilon )
    return 3; // stabiel
  if ( delta <= sd )
    return 4; // toename
  return 5;   // sterke toename
}

namespace {

double spreadOf( const std::vector<double> &reference, const std::string &subject )
{
  if ( reference.size() < 2 )
    throw ModelError( subject, "fewer than two areas have enough data; no standard deviation of the change" );
  const double sd = sampleSd( reference );
  if ( !varies( reference ) )
    throw ModelError( subject, "the change is the same in every area (zero variance); no dead band can be set" );
  return sd;
}

} // namespace

OntwikkelingsKaart ontwikkelingsKaart( const Column &delta, const std::vector<bool> &valid, double deadBand, const std::string &subject )
{
  const std::vector<double> reference = referenceValues( delta, valid );
  OntwikkelingsKaart kaart;
  kaart.n = static_cast<int>( reference.size() );
  kaart.sd = spreadOf( reference, subject );
  kaart.epsilon = deadBand * kaart.sd;
  kaart.classes.assign( delta.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t i = 0; i < delta.size(); ++i )
    if ( valid[i] && delta[i] )
      kaart.classes[i] = ontwikkelingsKlasse( *delta[i], kaart.epsilon, kaart.sd );
  return kaart;
}

int signaal( double deltaK, double deltaO, double epsilonK, double epsilonO )
{
  const bool moreVulnerable = deltaK > epsilonK;
  const bool moreNuisance = deltaO > epsilonO;
  if ( moreVulnerable )
    return moreNuisance ? 1 : 2;
  return moreNuisance ? 3 : 4;
}

SignaleringsKaart signaleringsKaart( const Column &deltaK, const Column &deltaO, const std::vector<bool> &valid, double deadBand )
{
  SignaleringsKaart kaart;
  kaart.deltaK = deltaK;
  kaart.deltaO = deltaO;
  std::vector<bool> both( valid.size() );
  for ( std::size_t i = 0; i < valid.size(); ++i )
    both[i] = valid[i] && deltaK[i] && deltaO[i];
  const std::vector<double> refK = referenceValues( deltaK, both );
  kaart.n = static_cast<int>( refK.size() );
  kaart.epsilonK = deadBand * spreadOf( refK, "dK" );
  kaart.epsilonO = deadBand * spreadOf( referenceValues( deltaO, both ), "dO" );
  kaart.classes.assign( valid.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t i = 0; i < valid.size(); ++i )
    if ( both[i] )
      kaart.classes[i] = signaal( *deltaK[i], *deltaO[i], kaart.epsilonK, kaart.epsilonO );
  return kaart;
}

SignaleringsKaart relatieveSignaleringsKaart( const Column &deltaK, const Column &deltaO, const std::vector<std::string> &groups,
    const std::vector<bool> &valid, double deadBand )
{
  std::map<std::string, std::vector<double>> groupK, groupO;
  for ( std::size_t i = 0; i < valid.size(); ++i )
  {
    if ( valid[i] && deltaK[i] && deltaO[i] )
    {
      groupK[groups[i]].push_back( *deltaK[i] );
      groupO[groups[i]].push_back( *deltaO[i] );
    }
  }
  std::map<std::string, std::pair<double, double>> medians;
  for ( const auto &[group, values] : groupK )
    medians[group] = { median( values ), median( groupO[group] ) };
  Column relK( valid.size() ), relO( valid.size() );
  for ( std::size_t i = 0; i < valid.size(); ++i )
  {
    if ( !( valid[i] && deltaK[i] && deltaO[i] ) )
      continue;
    relK[i] = *deltaK[i] - medians[groups[i]].first;
    relO[i] = *deltaO[i] - medians[groups[i]].second;
  }
  const std::vector<double> spreadK = referenceValues( relK, valid ), spreadO = referenceValues( relO, valid );
  if ( spreadK.size() < 2 || !( sampleSd( spreadK ) > 0 ) || !( sampleSd( spreadO ) > 0 ) )
  {
    SignaleringsKaart kaart;
    kaart.deltaK = relK;
    kaart.deltaO = relO;
    kaart.classes.assign( valid.size(), ONVOLDOENDE_GEGEVENS );
    kaart.n = static_cast<int>( spreadK.size() );
    kaart.undetermined = true;
    return kaart;
  }
  return signaleringsKaart( relK, relO, valid, deadBand );
}

int focusKlasse( double k, double o, double thresholdK, double thresholdO )
{
  const bool vulnerable = k >= thresholdK;
  const bool nuisance = o >= thresholdO;
  if ( vulnerable )
    return nuisance ? 1 : 2;
  return nuisance ? 3 : 4;
}

FocusKaart focusKaart( const Column &k1, const Column &o1, const std::vector<bool> &valid, double percentile )
{
  std::vector<bool> both( valid.size() );
  for ( std::size_t i = 0; i < valid.size(); ++i )
    both[i] = valid[i] && k1[i] && o1[i];
  const std::vector<double> refK = referenceValues( k1, both );
  if ( refK.empty() )
    throw ModelError( "focus", "no area has both levels and enough data" );
  FocusKaart kaart;
  kaart.n = static_cast<int>( refK.size() );
  kaart.thresholdK = quantile( refK, percentile / 100.0 );
  kaart.thresholdO = quantile( referenceValues( o1, both ), percentile / 100.0 );
  kaart.classes.assign( valid.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t i = 0; i < valid.size(); ++i )
    if ( both[i] )
      kaart.classes[i] = focusKlasse( *k1[i], *o1[i], kaart.thresholdK, kaart.thresholdO );
  return kaart;
}

int corporatieKlasse( double share )
{
  if ( share < 10 )
    return 1;
  if ( share < 100.0 / 3 )
    return 2;
  if ( share < 50 )
    return 3;
  if ( share <= 200.0 / 3 )
    return 4;
  return 5;
}

std::vector<int> corporatieKaart( const Column &share, const std::vector<bool> &valid )
{
  std::vector<int> classes( share.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t i = 0; i < share.size(); ++i )
    if ( valid[i] && share[i] )
      classes[i] = corporatieKlasse( *share[i] );
  return classes;
}

int scoreKlasse( double score )
{
  if ( score <= -1.5 )
    return 1;
  if ( score <= -0.5 )
    return 2;
  if ( score < 0.5 )
    return 3;
  if ( score < 1.5 )
    return 4;
  return 5;
}

ScoreKaart veerkrachtscoreKaart( const Column &x, const Column &y, const Column &weights, const std::vector<bool> &valid )
{
  std::vector<double> xs, ys, ws;
  std::vector<std::size_t> index;
  for ( std::size_t i = 0; i < valid.size(); ++i )
  {
    if ( !valid[i] || !x[i] || !y[i] )
      continue;
    if ( !weights.empty() && !( weights[i] && *weights[i] > 0 ) )
      continue;
    xs.push_back( *x[i] );
    ys.push_back( *y[i] );
    if ( !weights.empty() )
      ws.push_back( *weights[i] );
    index.push_back( i );
  }
  ScoreKaart kaart;
  kaart.fit = ols( xs, ys, ws );
  std::vector<double> residuals;
  for ( std::size_t k = 0; k < xs.size(); ++k )
    residuals.push_back( ys[k] - ( kaart.fit.a + kaart.fit.b * xs[k] ) );
  kaart.residualSd = sampleSd( residuals );
  double scale = 0;
  for ( double y : ys )
    scale = std::max( scale, std::fabs( y ) );
  if ( !spreadExceedsRounding( kaart.residualSd, scale ) )
    throw ModelError( "fit", "every area lies exactly on the fitted line (zero residual variance); no score can be given" );
  kaart.score.assign( valid.size(), std::nullopt );
  kaart.classes.assign( valid.size(), ONVOLDOENDE_GEGEVENS );
  for ( std::size_t k = 0; k < index.size(); ++k )
  {
    const double score = -residuals[k] / kaart.residualSd;
    kaart.score[index[k]] = score;
    kaart.classes[index[k]] = scoreKlasse( score );
  }
  return kaart;
}

} // namespace veerkracht
