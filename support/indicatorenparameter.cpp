// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/indicatorenparameter.h"

#include <qgsprocessingoutputs.h>

#include <QCoreApplication>

IndicatorenParameter::IndicatorenParameter( const QString &name, const QString &description, const QString &parentLayerParameterName, veerkracht::IndicatorSoort soort, bool optional )
  : QgsProcessingParameterMatrix( name, description, 0, false, kolomKoppen(), QVariant(), optional )
  , mParentLayerParameterName( parentLayerParameterName )
  , mSoort( soort )
{
}

QStringList IndicatorenParameter::kolomKoppen()
{
  return { QCoreApplication::translate( "veerkracht", "Field t0" ), QCoreApplication::translate( "veerkracht", "Field t1" ),
           QCoreApplication::translate( "veerkracht", "Direction" ), QCoreApplication::translate( "veerkracht", "Weight" ),
           QCoreApplication::translate( "veerkracht", "Denominator t0" ), QCoreApplication::translate( "veerkracht", "Denominator t1" ) };
}

QgsProcessingParameterDefinition *IndicatorenParameter::clone() const
{
  return new IndicatorenParameter( *this );
}

bool IndicatorenParameter::checkValueIsAcceptable( const QVariant &input, QgsProcessingContext * ) const
{
  const veerkracht::IndicatorTabel tabel = veerkracht::leesIndicatorTabel( input, standaardRichting() );
  if ( !tabel.fout.isEmpty() )
    return false;
  return !tabel.rijen.isEmpty() || vkcompat::isOptional( this );
}

QStringList IndicatorenParameter::dependsOnOtherParameters() const
{
  return mParentLayerParameterName.isEmpty() ? QStringList() : QStringList { mParentLayerParameterName };
}

QVariantMap IndicatorenParameter::toVariantMap() const
{
  QVariantMap map = QgsProcessingParameterMatrix::toVariantMap();
  map.insert( QStringLiteral( "parent_layer" ), mParentLayerParameterName );
  map.insert( QStringLiteral( "soort" ), mSoort == veerkracht::IndicatorSoort::Overlast ? QStringLiteral( "O" ) : QStringLiteral( "K" ) );
  return map;
}

bool IndicatorenParameter::fromVariantMap( const QVariantMap &map )
{
  QgsProcessingParameterMatrix::fromVariantMap( map );
  setHeaders( kolomKoppen() );
  mParentLayerParameterName = map.value( QStringLiteral( "parent_layer" ), QStringLiteral( "INPUT" ) ).toString();
  mSoort = map.value( QStringLiteral( "soort" ) ).toString() == QLatin1String( "O" ) ? veerkracht::IndicatorSoort::Overlast : veerkracht::IndicatorSoort::Kwetsbaarheid;
  return true;
}

QgsProcessingParameterDefinition *IndicatorenParameterType::create( const QString &name ) const
{
  return new IndicatorenParameter( name );
}

QString IndicatorenParameterType::description() const
{
  return QCoreApplication::translate( "veerkracht", "A table of indicators for a veerkracht index: per row the field at t0 and t1, direction, weight and denominators." );
}

QString IndicatorenParameterType::name() const
{
  return QCoreApplication::translate( "veerkracht", "Indicator table (Veerkracht)" );
}

vkcompat::ParameterTypeFlags IndicatorenParameterType::flags() const
{
  // Not offered as a new model input: it needs the layer parameter it names fields of.
  return vkcompat::ParameterTypeFlags();
}

QStringList IndicatorenParameterType::acceptedPythonTypes() const
{
  return { QStringLiteral( "list[str]: six cells per row" ), QStringLiteral( "str: cells separated by commas" ) };
}

QStringList IndicatorenParameterType::acceptedStringValues() const
{
  return { QCoreApplication::translate( "veerkracht", "Cells separated by commas, six per row: field t0, field t1, direction (1 or -1), weight, denominator t0, denominator t1" ) };
}

#if _QGIS_VERSION_INT >= 34400
QStringList IndicatorenParameterType::acceptedParameterTypes() const
{
  return { IndicatorenParameter::typeName(), QgsProcessingParameterMatrix::typeName(), QgsProcessingParameterString::typeName() };
}

QStringList IndicatorenParameterType::acceptedOutputTypes() const
{
  return { QgsProcessingOutputString::typeName() };
}
#endif
