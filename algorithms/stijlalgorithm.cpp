// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/stijlalgorithm.h"
#include "support/kaartstijlen.h"
#include "support/outputs.h"
#include "support/veerkracht_compat.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsvectorlayer.h>
#include <qgsreadwritecontext.h>
#include <qgswkbtypes.h>

#include <QDomDocument>


QString StijlAlgorithm::name() const
{
  return QStringLiteral( "stijl" );
}

QString StijlAlgorithm::displayName() const
{
  return tr( "Apply a map style" );
}

QStringList StijlAlgorithm::tags() const
{
  return tr( "stijl,style,qml,legenda,kaart,signaleringskaart,focuskaart" ).split( QLatin1Char( ',' ) );
}

QString StijlAlgorithm::group() const
{
  return tr( "Veerkrachtkaarten" );
}

QString StijlAlgorithm::groupId() const
{
  return QStringLiteral( "kaarten" );
}

QString StijlAlgorithm::shortDescription() const
{
  return tr( "Gives a layer the standard style of one of the veerkrachtkaarten." );
}

QString StijlAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Applies the standard style of a map (Dutch legend, colour-blind-safe colours, grey hatch for 'onvoldoende "
             "gegevens', thin white borders) to INPUT. The style colours an integer class field: by default the field the "
             "map algorithms write (e.g. sign_abs_klasse for the signaleringskaart); give CLASS_FIELD when you computed the "
             "classes your own way — class 0 is 'onvoldoende gegevens', 1 … n the classes in the order of the method.\n\n"
             "SAVE_AS_DEFAULT also stores the style in the layer's GeoPackage (or as its .qml), so that the file opens with "
             "this map; the data are not touched. OUTPUT_STYLE writes the style as a .qml file." ) );
}

StijlAlgorithm *StijlAlgorithm::createInstance() const
{
  return new StijlAlgorithm();
}

void StijlAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterVectorLayer( QStringLiteral( "INPUT" ), tr( "Layer" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  QStringList maps;
  for ( const KaartStijl &style : kaartStijlen() )
    maps << QStringLiteral( "%1 — %2" ).arg( style.id.section( QLatin1Char( '_' ), 0, 0 ), style.title );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "MAP" ), tr( "Map" ), maps, false, 7 ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "CLASS_FIELD" ), tr( "Class field (empty: the map's own)" ), QVariant(), QStringLiteral( "INPUT" ),
                vkcompat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "SAVE_AS_DEFAULT" ), tr( "Store as the layer file's default style" ), false ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_STYLE" ), tr( "Style file" ), tr( "QGIS style (*.qml)" ), QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputVectorLayer( QStringLiteral( "OUTPUT" ), tr( "Styled layer" ) ) );
}

QVariantMap StijlAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsVectorLayer *layer = parameterAsVectorLayer( parameters, QStringLiteral( "INPUT" ), context );
  if ( !layer )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  if ( layer->geometryType() != vkcompat::GeometryPolygon )
    throw QgsProcessingException( tr( "INPUT: '%1' has %2 geometries; expected polygons (buurten), which the map styles fill." )
                                  .arg( layer->name(), QgsWkbTypes::geometryDisplayString( layer->geometryType() ) ) );
  const int index = parameterAsEnum( parameters, QStringLiteral( "MAP" ), context );
  const KaartStijl &style = kaartStijlen().at( static_cast<std::size_t>( index ) );
  QString classField = parameterAsString( parameters, QStringLiteral( "CLASS_FIELD" ), context );
  if ( classField.isEmpty() )
    classField = style.classField;
  const int fieldIndex = layer->fields().lookupField( classField );
  if ( fieldIndex < 0 )
    throw QgsProcessingException( tr( "CLASS_FIELD: the layer has no field '%1'; expected the class field of '%2' (%3) or another integer class field." )
                                  .arg( classField, style.title, style.classField ) );
  if ( !layer->fields().at( fieldIndex ).isNumeric() )
    throw QgsProcessingException( tr( "CLASS_FIELD: '%1' is not numeric; expected integer classes (0 = onvoldoende gegevens, 1 … n)." ).arg( classField ) );

  const QString error = applyStyle( layer, style, classField );
  if ( !error.isEmpty() )
    throw QgsProcessingException( tr( "MAP: the style '%1' could not be applied: %2" ).arg( style.title, error ) );
  feedback->pushInfo( tr( "Applied '%1' on '%2'." ).arg( style.title, classField ) );

  if ( parameterAsBoolean( parameters, QStringLiteral( "SAVE_AS_DEFAULT" ), context ) )
  {
    const QString saveError = saveAsDefaultStyle( layer, style.title, QStringLiteral( "Veerkracht: %1 (%2)" ).arg( style.title, classField ) );
    if ( !saveError.isEmpty() )
      throw QgsProcessingException( tr( "SAVE_AS_DEFAULT: the style could not be stored with the layer: %1" ).arg( saveError ) );
    feedback->pushInfo( tr( "Stored as the default style of %1." ).arg( layer->source() ) );
  }
  QVariantMap results { { QStringLiteral( "OUTPUT" ), layer->id() } };
  const QString qml = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_STYLE" ), context );
  if ( !qml.isEmpty() )
  {
    // Written by us rather than saveNamedStyle, which does not report a full disk: the file is in
    // place only when complete.
    QDomDocument document;
    QString message;
    layer->exportNamedStyle( document, message, QgsReadWriteContext(), QgsMapLayer::Symbology );
    QString error = message;
    if ( !message.isEmpty() || !veerkracht::writeWholeFile( qml, document.toByteArray(), error ) )
      throw QgsProcessingException( tr( "OUTPUT_STYLE: cannot write '%1': %2" ).arg( qml, error ) );
    results.insert( QStringLiteral( "OUTPUT_STYLE" ), qml );
  }
  return results;
}

vkcompat::AlgorithmFlags StijlAlgorithm::flags() const
{
  // It changes a layer of the project: in the main thread.
  return QgsProcessingAlgorithm::flags() | vkcompat::FlagNoThreading;
}
