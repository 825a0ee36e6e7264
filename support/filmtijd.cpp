// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/filmtijd.h"
#include "support/veerkracht_compat.h"

#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

namespace veerkracht {

void zetFilmTijd( QgsVectorLayer &layer )
{
  QgsVectorLayerTemporalProperties *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer.temporalProperties() );
  if ( !temporal )
    return;
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields );
  temporal->setStartField( QString::fromLatin1( filmVan ) );
  temporal->setEndField( QString::fromLatin1( filmTot ) );
  // datum_tot is the first day a period no longer shows. A date compared with a frame's date and
  // time as text (GeoPackage) or as a value agrees only when that end is excluded.
  temporal->setLimitMode( Qgis::VectorTemporalLimitMode::IncludeBeginExcludeEnd );
  temporal->setIsActive( true );
}

bool isFilm( const QgsFields &fields )
{
  if ( fields.lookupField( QStringLiteral( "periode" ) ) < 0 )
    return false;
  for ( const char *name : { filmVan, filmTot } )
  {
    const int index = fields.lookupField( QString::fromLatin1( name ) );
    if ( index < 0 || !vkcompat::isFieldOfType( fields.at( index ), QMetaType::QDate ) )
      return false;
  }
  return true;
}

bool herstelFilmTijd( QgsVectorLayer &layer )
{
  if ( !isFilm( layer.fields() ) )
    return false;
  if ( !layer.temporalProperties() || layer.temporalProperties()->isActive() || !layer.isValid() )
    return false;
  bool loaded = false;
  layer.loadNamedStyle( layer.source(), loaded, false, QgsMapLayer::Temporal );
  return loaded && layer.temporalProperties()->isActive();
}

} // namespace veerkracht
