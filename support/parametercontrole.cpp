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

} // namespace veerkracht
