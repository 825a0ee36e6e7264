// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/parametercontrole.h"
#include "support/parameterfout.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QCoreApplication>

#include <memory>

namespace veerkracht {

void checkFieldParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    const auto *field = dynamic_cast<const QgsProcessingParameterField *>( definition );
    if ( !field || field->parentLayerParameterName().isEmpty() )
      continue;
    const QStringList names = vkcompat::parameterAsStrings( field, parameters, context );
    if ( names.isEmpty() )
      continue;
    const QgsProcessingParameterDefinition *parent = algorithm.parameterDefinition( field->parentLayerParameterName() );
    if ( !parent || !parameters.contains( parent->name() ) )
      continue;
    std::unique_ptr<QgsProcessingFeatureSource> source( QgsProcessingParameters::parameterAsSource( parent, parameters, context ) );
    if ( !source )
      continue; // the algorithm names the layer itself
    for ( const QString &name : names )
    {
      if ( !name.isEmpty() && source->fields().lookupField( name ) < 0 )
        throw ParameterFout( { field->name(), parent->name() }, [name, fields = listFirst( source->fields().names(), 12 )]( const QStringList &p ) {
          return QCoreApplication::translate( "veerkracht", "%1: %2 has no field '%3'; expected one of its fields: %4." ).arg( p.at( 0 ), p.at( 1 ), name, fields );
        } );
    }
  }
}

std::vector<double> perIndicator( const QString &parameter, const QString &text, int indicators, double fallback, const std::function<bool( double )> &acceptable, const QString &expected )
{
  const QStringList items = commaList( QString( text ).replace( QChar( 0x2212 ), QLatin1Char( '-' ) ) );
  if ( !items.isEmpty() && items.size() != 1 && items.size() != indicators )
    throw ParameterFout( { parameter }, [given = items.size(), indicators]( const QStringList &p ) {
      return QCoreApplication::translate( "IndexAlgorithm", "%1 gives %2 values for %3 indicators; expected one value, or one per indicator in the order of the indicators' fields." )
             .arg( p.at( 0 ) ).arg( given ).arg( indicators );
    } );
  std::vector<double> values( static_cast<std::size_t>( indicators ), fallback );
  for ( int j = 0; j < indicators; ++j )
  {
    if ( items.isEmpty() )
      break;
    const QString item = items.size() == 1 ? items.first() : items.at( j );
    bool ok = false;
    const double v = item.toDouble( &ok );
    if ( !ok || !acceptable( v ) )
      throw ParameterFout( { parameter }, [item, expected]( const QStringList &p ) {
        return QCoreApplication::translate( "IndexAlgorithm", "%1: '%2' is not valid; expected %3." ).arg( p.at( 0 ), item, expected );
      } );
    values[static_cast<std::size_t>( j )] = v;
  }
  return values;
}

} // namespace veerkracht
