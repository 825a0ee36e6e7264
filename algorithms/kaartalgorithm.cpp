// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/kaartalgorithm.h"
#include "support/jointable.h"
#include "support/kaartstijlen.h"
#include "model/modelerror.h"
#include "model/numbertext.h"
#include "support/outputs.h"
#include "support/reporting.h"
#include "support/veerkracht_compat.h"
#include "support/veldgetal.h"

#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>


#include <map>

using veerkracht::Column;

veerkracht::Column AreaData::numeric( const QString &field, const QString &parameter ) const
{
  const int index = fields.lookupField( field );
  if ( index < 0 )
    throw veerkracht::ParameterFout( { parameter }, [field, names = veerkracht::listFirst( fields.names(), 12 )]( const QStringList &p ) {
      return tr( "%1: INPUT has no field '%2'; expected a numeric field of INPUT (its fields: %3)." ).arg( p.at( 0 ), field, names );
    } );
  const QgsField definition = fields.at( index );
  Column values( features.size() );
  bool any = false;
  const bool numeriek = definition.isNumeric();
  for ( std::size_t i = 0; i < features.size(); ++i )
  {
    const QVariant v = features[i].attribute( index );
    bool geenGetal = false;
    values[i] = veldGetal( v, numeriek, missing, geenGetal );
    if ( values[i] && !veerkracht::isPlausibleValue( *values[i] ) )
      throw veerkracht::ParameterFout( { parameter }, [field, area = i + 1, value = v.toString()]( const QStringList &p ) {
        return tr( "%1: field '%2', area %3 holds %4; expected a finite number of at most 10^15 in magnitude (an export or unit fault: correct or empty it)." )
               .arg( p.at( 0 ), field ).arg( area ).arg( value );
      } );
    if ( geenGetal )
      throw veerkracht::ParameterFout( { parameter }, [field, area = i + 1, value = v.toString()]( const QStringList &p ) {
        return tr( "%1: field '%2' is not numeric: area %3 holds '%4'; expected numbers (run 'Prepare input data' to convert text numbers)." )
               .arg( p.at( 0 ), field ).arg( area ).arg( value );
      } );
    any = any || values[i].has_value();
  }
  if ( !any && !features.empty() )
    throw veerkracht::ParameterFout( { parameter }, [field]( const QStringList &p ) {
      return tr( "%1: field '%2' has no value in any area (all NULL or missing-value markers); expected a field with data." ).arg( p.at( 0 ), field );
    } );
  return values;
}

std::vector<std::string> AreaData::text( const QString &field, const QString &parameter ) const
{
  const int index = fields.lookupField( field );
  if ( index < 0 )
    throw veerkracht::ParameterFout( { parameter }, [field, names = veerkracht::listFirst( fields.names(), 12 )]( const QStringList &p ) {
      return tr( "%1: INPUT has no field '%2' (its fields: %3)." ).arg( p.at( 0 ), field, names );
    } );
  std::vector<std::string> values;
  values.reserve( features.size() );
  for ( const QgsFeature &f : features )
    values.push_back( vkcompat::isNull( f.attribute( index ) ) ? std::string() : f.attribute( index ).toString().trimmed().toStdString() );
  return values;
}

void OutputColumns::addNumber( const QString &name, const Column &values )
{
  mFields.append( vkcompat::makeField( name, QMetaType::Double ) );
  std::vector<QVariant> column;
  column.reserve( values.size() );
  for ( const auto &v : values )
    column.push_back( v ? QVariant( *v ) : QVariant() );
  mValues.push_back( std::move( column ) );
}

void OutputColumns::addInteger( const QString &name, const std::vector<int> &values )
{
  mFields.append( vkcompat::makeField( name, QMetaType::Int ) );
  mValues.emplace_back( values.begin(), values.end() );
}

void OutputColumns::addText( const QString &name, const std::vector<QString> &values )
{
  mFields.append( vkcompat::makeField( name, QMetaType::QString ) );
  mValues.emplace_back( values.begin(), values.end() );
}

void OutputColumns::addFlag( const QString &name, const std::vector<bool> &values )
{
  std::vector<int> asInt( values.size() );
  for ( std::size_t i = 0; i < values.size(); ++i )
    asInt[i] = values[i] ? 1 : 0;
  addInteger( name, asInt );
}

void OutputColumns::addInsufficientFlag( const std::vector<bool> &valid )
{
  std::vector<bool> insufficient( valid.size() );
  for ( std::size_t i = 0; i < valid.size(); ++i )
    insufficient[i] = !valid[i];
  addFlag( QStringLiteral( "onvoldoende" ), insufficient );
}

void OutputColumns::addClass( const QString &classField, const QString &labelField, const std::vector<int> &classes, veerkracht::Kaart kaart )
{
  addInteger( classField, classes );
  mFields.append( vkcompat::makeField( labelField, QMetaType::QString ) );
  const std::vector<std::string> &names = veerkracht::labels( kaart );
  std::vector<QVariant> column;
  column.reserve( classes.size() );
  for ( int c : classes )
    column.push_back( QString::fromStdString( names.at( static_cast<std::size_t>( c ) ) ) );
  mValues.push_back( std::move( column ) );
}

QString KaartAlgorithm::group() const
{
  return tr( "Building blocks (single maps)" );
}

QString KaartAlgorithm::groupId() const
{
  return QStringLiteral( "bouwstenen" );
}

void KaartAlgorithm::addAreaInput()
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Areas (buurten, e.g. from 'Prepare input data')" ),
                QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
}

void KaartAlgorithm::addFieldParameter( const QString &name, const QString &description, const QString &defaultField, bool optional )
{
  addParameter( new QgsProcessingParameterField( name, description, defaultField.isEmpty() ? QVariant() : QVariant( defaultField ),
                QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, optional ) );
}

void KaartAlgorithm::addSmallAreaParameters()
{
  addFieldParameter( QStringLiteral( "INHABITANTS_FIELD" ), tr( "Inhabitants field, for small areas and weights (t1; empty: no small-area rule)" ), QString(), true );
  auto *minimum = new QgsProcessingParameterNumber( QStringLiteral( "MIN_INWONERS" ), tr( "Minimum inhabitants (MIN_INWONERS)" ), vkcompat::NumberInteger, 100, false, 0 );
  addParameter( minimum );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "REQUIRED_FIELDS" ), tr( "Other fields that must have a value (else 'onvoldoende gegevens')" ), QVariant(),
                QStringLiteral( "INPUT" ), vkcompat::FieldAny, true, true ) );
}

void KaartAlgorithm::addDeadBandParameter()
{
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DEAD_BAND" ), tr( "Dead band (DEAD_BAND × sd of the change)" ), vkcompat::NumberDouble, 0.25, false, 0, 1 ) );
}

void KaartAlgorithm::addAreaOutput( const QString &description )
{
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), description, vkcompat::SourcePolygon ) );
}

AreaData KaartAlgorithm::readAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  AreaData areas;
  areas.fields = source->fields();
  areas.crs = source->sourceCrs();
  const int codeIndex = areas.fields.lookupField( JoinTable::detectCodeField( *source ) );
  QStringList notPolygons;
  QgsFeature f;
  // The maps need the areas' attributes, not valid rings: QGIS's default "stop at invalid
  // geometry" would refuse the CBS buurten, which have a few.
  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), vkcompat::SkipGeometryChecks );
  while ( it.nextFeature( f ) )
  {
    if ( feedback->isCanceled() )
      break;
    // A point among the areas (a layer of mixed geometries) cannot be written as a polygon.
    if ( f.hasGeometry() && !f.geometry().isEmpty() && f.geometry().type() != vkcompat::GeometryPolygon )
      notPolygons << QStringLiteral( "%1 (%2)" ).arg( codeIndex >= 0 ? f.attribute( codeIndex ).toString() : tr( "feature %1" ).arg( f.id() ),
                                                      QgsWkbTypes::displayString( f.geometry().wkbType() ) );
    areas.features.push_back( f );
  }
  if ( !notPolygons.isEmpty() )
    throw QgsProcessingException( tr( "INPUT: %n feature(s) are not polygons: %1. Expected areas as polygons only; remove those features, or run 'Prepare input data' on polygons.", nullptr, static_cast<int>( notPolygons.size() ) )
                                  .arg( veerkracht::listFirst( notPolygons ) ) );
  if ( areas.features.empty() )
    throw QgsProcessingException( tr( "INPUT has no areas; expected a layer with at least one area." ) );
  return areas;
}

Column KaartAlgorithm::inhabitants( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const QString field = parameterAsString( parameters, QStringLiteral( "INHABITANTS_FIELD" ), context );
  return field.isEmpty() ? Column() : areas.numeric( field, QStringLiteral( "INHABITANTS_FIELD" ) );
}

std::vector<bool> KaartAlgorithm::sufficientData( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context,
    const std::vector<const Column *> &used, QgsProcessingFeedback *feedback ) const
{
  std::vector<Column> required;
  for ( const QString &field : vkcompat::parameterAsStrings( *this, parameters, QStringLiteral( "REQUIRED_FIELDS" ), context ) )
  {
    // A required field may be all NULL for a good reason (a later moment not yet known): read it without the "no value" check.
    const int index = areas.fields.lookupField( field );
    if ( index < 0 )
      throw QgsProcessingException( tr( "REQUIRED_FIELDS: INPUT has no field '%1'." ).arg( field ) );
    Column column( areas.size() );
    for ( std::size_t i = 0; i < areas.size(); ++i )
    {
      const QVariant v = areas.features[i].attribute( index );
      if ( !vkcompat::isNull( v ) && !areas.missing.isMissingText( v.toString().toStdString() ) )
        column[i] = 0.0;
    }
    required.push_back( std::move( column ) );
  }
  std::vector<const Column *> all( used );
  for ( const Column &column : required )
    all.push_back( &column );
  const double minimum = parameterAsDouble( parameters, QStringLiteral( "MIN_INWONERS" ), context );
  const std::vector<bool> valid = veerkracht::voldoendeGegevens( areas.size(), all, inhabitants( areas, parameters, context ), minimum );
  const auto count = std::count( valid.begin(), valid.end(), false );
  if ( count )
    feedback->pushInfo( tr( "%n of %1 area(s) have too few inhabitants (fewer than %2) or missing data: 'onvoldoende gegevens' on every map, left out of every fit, percentile and sd.", nullptr, static_cast<int>( count ) )
                        .arg( valid.size() ).arg( minimum ) );
  return valid;
}

std::vector<bool> KaartAlgorithm::referenceSet( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                                const std::vector<bool> *sufficient ) const
{
  std::vector<bool> reference = sufficient ? *sufficient : sufficientData( areas, parameters, context, {}, feedback );
  // Read as text: parameterAsExpression() silently drops an expression that does not parse.
  const QString filter = parameterAsString( parameters, QStringLiteral( "REFERENCE_FILTER" ), context );
  if ( filter.trimmed().isEmpty() )
    return reference;
  QgsExpression expression( filter );
  if ( expression.hasParserError() )
    throw QgsProcessingException( QCoreApplication::translate( "IndexAlgorithm", "REFERENCE_FILTER: '%1' is not a valid expression: %2" ).arg( filter, expression.parserErrorString() ) );
  QgsExpressionContext expressionContext = createExpressionContext( parameters, context );
  expressionContext.setFields( areas.fields );
  expression.prepare( &expressionContext );
  int inFilter = 0;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    expressionContext.setFeature( areas.features[i] );
    const bool pass = expression.evaluate( &expressionContext ).toBool();
    if ( expression.hasEvalError() )
      throw QgsProcessingException( QCoreApplication::translate( "IndexAlgorithm", "REFERENCE_FILTER: '%1' fails on area %2: %3" ).arg( filter ).arg( i + 1 ).arg( expression.evalErrorString() ) );
    reference[i] = reference[i] && pass;
    inFilter += pass ? 1 : 0;
  }
  feedback->pushInfo( QCoreApplication::translate( "IndexAlgorithm", "REFERENCE_FILTER keeps %1 of %2 areas in the reference set." ).arg( inFilter ).arg( areas.size() ) );
  return reference;
}

namespace {

// A kept input field is copied as it is, except a CBS sentinel, NaN or infinity in a numeric field:
// that is missing (specification.md §2) and is written as NULL, never as a number.
QVariant keptValue( const QVariant &value, const QgsField &field, const veerkracht::MissingValues &missing )
{
  if ( !field.isNumeric() || vkcompat::isNull( value ) )
    return value;
  bool ok = false;
  const double number = value.toDouble( &ok );
  return ok && missing.isMissingNumber( number ) ? vkcompat::nullOfType( field ) : value;
}

} // namespace

QString KaartAlgorithm::writeAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                    const AreaData &areas, const OutputColumns &columns ) const
{
  // Input fields, less the ones this algorithm writes anew, then the written ones.
  QgsFields outFields;
  std::vector<int> kept;
  for ( int i = 0; i < areas.fields.count(); ++i )
  {
    if ( columns.fields().lookupField( areas.fields.at( i ).name() ) >= 0 )
      continue;
    outFields.append( areas.fields.at( i ) );
    kept.push_back( i );
  }
  for ( const QgsField &field : columns.fields() )
    outFields.append( field );

  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );

  veerkracht::GuardedSink sink( *this, parameters, QStringLiteral( "OUTPUT" ), context, outFields,
                                source ? source->wkbType() : vkcompat::WkbMultiPolygon, areas.crs, QgsFeatureSink::RegeneratePrimaryKey );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, QStringLiteral( "OUTPUT" ) ) );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    if ( feedback->isCanceled() )
      return QString();
    const QgsFeature &in = areas.features[i];
    QgsAttributes attributes;
    attributes.reserve( outFields.count() );
    for ( int k : kept )
      attributes << keptValue( in.attribute( k ), areas.fields.at( k ), areas.missing );
    for ( int c = 0; c < columns.fields().count(); ++c )
      attributes << columns.value( c, i );
    QgsFeature out( outFields );
    out.setGeometry( in.geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ) ) );
    feedback->setProgress( 50.0 + 50.0 * static_cast<double>( i + 1 ) / static_cast<double>( areas.size() ) );
  }
  return sink.finish();
}

namespace {

//! Applies a map style to an output layer when the desktop loads it.
class StylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
  public:
    explicit StylePostProcessor( const QString &styleId )
      : mStyleId( styleId )
    {}

    void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &context, QgsProcessingFeedback * ) override
    {
      auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
      const KaartStijl *style = kaartStijl( mStyleId );
      if ( !vectorLayer || !style || vectorLayer->fields().lookupField( style->classField ) < 0 )
        return;
      // Every map of the layer in its Styles menu, named after the map and the area, its legend open.
      addMapStyles( vectorLayer, mStyleId );
      if ( QgsProject *project = context.project() )
      {
        if ( QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( vectorLayer ) )
          node->setExpanded( true );
      }
    }

  private:
    QString mStyleId;
};

} // namespace

void KaartAlgorithm::styleOutput( const QString &destination, const QStringList &styleIds, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  storeStyles( destination, styleIds, feedback );
  if ( !styleIds.isEmpty() && context.willLoadLayerOnCompletion( destination ) )
    context.layerToLoadOnCompletionDetails( destination ).setPostProcessor( new StylePostProcessor( styleIds.first() ) );
}

veerkracht::ParameterFout KaartAlgorithm::parameterError( const veerkracht::ModelError &error, const QMap<QString, veerkracht::ParameterTekst> &subjects )
{
  const QString subject = QString::fromStdString( error.subject() );
  const veerkracht::ParameterTekst about = subjects.value( subject, veerkracht::ParameterTekst::vast( subject ) );
  return veerkracht::ParameterFout( about.parameters(), [about, what = QString::fromUtf8( error.what() )]( const QStringList &names ) {
    return QStringLiteral( "%1: %2." ).arg( about.metNamen( names ), what );
  } );
}

QString KaartAlgorithm::classCounts( const std::vector<int> &classes, veerkracht::Kaart kaart )
{
  std::map<int, int> counts;
  for ( int c : classes )
    ++counts[c];
  QStringList parts;
  const auto &names = veerkracht::labels( kaart );
  for ( std::size_t c = 1; c < names.size(); ++c )
    parts << QStringLiteral( "%1: %2" ).arg( QString::fromStdString( names[c] ) ).arg( counts[static_cast<int>( c )] );
  parts << QStringLiteral( "%1: %2" ).arg( QString::fromStdString( names[0] ) ).arg( counts[0] );
  return parts.join( QStringLiteral( "; " ) );
}
