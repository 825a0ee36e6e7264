#include "veerkrachtmodel.h"
#include "veerkracht_compat.h"

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingmodelchildalgorithm.h>
#include <qgsprocessingmodelchildparametersource.h>
#include <qgsprocessingmodeloutput.h>
#include <qgsprocessingmodelparameter.h>
#include <qgsprocessingparameters.h>

#include <QCoreApplication>

namespace {

using Source = QgsProcessingModelChildParameterSource;

QgsProcessingModelChildAlgorithm child( const QString &algorithm, const QString &id, const QString &input, const QPointF &position )
{
  QgsProcessingModelChildAlgorithm c( QStringLiteral( "veerkracht:%1" ).arg( algorithm ) );
  c.setChildId( id );
  c.setDescription( id );
  c.setPosition( position );
  c.addParameterSources( QStringLiteral( "INPUT" ), { input.isEmpty() ? Source::fromModelParameter( QStringLiteral( "INPUT" ) ) : Source::fromChildOutput( input, QStringLiteral( "OUTPUT" ) ) } );
  c.addParameterSources( QStringLiteral( "INHABITANTS_FIELD" ), { Source::fromModelParameter( QStringLiteral( "INHABITANTS_FIELD" ) ) } );
  c.addParameterSources( QStringLiteral( "MIN_INWONERS" ), { Source::fromModelParameter( QStringLiteral( "MIN_INWONERS" ) ) } );
  return c;
}

void fromModel( QgsProcessingModelChildAlgorithm &c, const QString &childParameter, const QString &modelParameter )
{
  c.addParameterSources( childParameter, { Source::fromModelParameter( modelParameter ) } );
}

void fixed( QgsProcessingModelChildAlgorithm &c, const QString &childParameter, const QVariant &value )
{
  c.addParameterSources( childParameter, { Source::fromStaticValue( value ) } );
}

} // namespace

std::unique_ptr<QgsProcessingModelAlgorithm> buildVeerkrachtModel()
{
  auto model = std::make_unique<QgsProcessingModelAlgorithm>( QStringLiteral( "Veerkrachtkaarten (model)" ), QStringLiteral( "Veerkracht" ), QStringLiteral( "veerkracht" ) );
  model->setHelpContent( { { QStringLiteral( "ALG_DESC" ), QCoreApplication::translate( "VeerkrachtModel", "The veerkrachtkaarten for two moments, as a chain of the Veerkracht building blocks. "
                             "The same as the algorithm 'Resilience maps (all maps in one run)'. Method: docs/method.md." ) } } );

  double y = 60;
  const auto parameter = [&]( QgsProcessingParameterDefinition *definition ) {
    QgsProcessingModelParameter component( definition->name() );
    component.setPosition( QPointF( 120, y ) );
    y += 60;
    model->addModelParameter( definition, component );
  };
  parameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), QCoreApplication::translate( "VeerkrachtModel", "Areas (prepared)" ), QList<int>() << static_cast<int>( vkcompat::SourcePolygon ) ) );
  for ( const char *name : { "K_T0", "K_T1", "O_T0", "O_T1" } )
    parameter( new QgsProcessingParameterField( QString::fromLatin1( name ), QString::fromLatin1( name ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, true, false ) );
  for ( const char *name : { "K_DENOMINATORS_T0", "K_DENOMINATORS_T1" } )
    parameter( new QgsProcessingParameterString( QString::fromLatin1( name ), QString::fromLatin1( name ), QVariant(), false, true ) );
  parameter( new QgsProcessingParameterField( QStringLiteral( "INHABITANTS_FIELD" ), QCoreApplication::translate( "VeerkrachtModel", "Inhabitants field" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, true ) );
  parameter( new QgsProcessingParameterField( QStringLiteral( "CORP_SHARE_FIELD" ), QCoreApplication::translate( "VeerkrachtModel", "Corporation share field (%)" ), QVariant(), QStringLiteral( "INPUT" ), vkcompat::FieldAny, false, false ) );
  parameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_INWONERS" ), QCoreApplication::translate( "VeerkrachtModel", "Minimum inhabitants" ), vkcompat::NumberInteger, 100, false, 0 ) );
  parameter( new QgsProcessingParameterNumber( QStringLiteral( "DEAD_BAND" ), QCoreApplication::translate( "VeerkrachtModel", "Dead band" ), vkcompat::NumberDouble, 0.25, false, 0 ) );
  parameter( new QgsProcessingParameterNumber( QStringLiteral( "PERCENTILE" ), QCoreApplication::translate( "VeerkrachtModel", "Focus percentile" ), vkcompat::NumberDouble, 80, false, 0, 100 ) );

  const QVariant sameAreas = QStringList { QStringLiteral( "delta_k" ), QStringLiteral( "delta_o" ) };
  double x = 420;
  const auto place = [&x]() { const QPointF p( x, 200 ); x += 220; return p; };

  QgsProcessingModelChildAlgorithm k = child( QStringLiteral( "kwetsbaarheid" ), QStringLiteral( "kwetsbaarheid" ), QString(), place() );
  fromModel( k, QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "K_T0" ) );
  fromModel( k, QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "K_T1" ) );
  fromModel( k, QStringLiteral( "DENOMINATORS_T0" ), QStringLiteral( "K_DENOMINATORS_T0" ) );
  fromModel( k, QStringLiteral( "DENOMINATORS_T1" ), QStringLiteral( "K_DENOMINATORS_T1" ) );
  model->addChildAlgorithm( k );

  QgsProcessingModelChildAlgorithm o = child( QStringLiteral( "overlast" ), QStringLiteral( "overlast" ), QStringLiteral( "kwetsbaarheid" ), place() );
  fromModel( o, QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "O_T0" ) );
  fromModel( o, QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "O_T1" ) );
  model->addChildAlgorithm( o );

  QgsProcessingModelChildAlgorithm d = child( QStringLiteral( "ontwikkeling" ), QStringLiteral( "ontwikkeling" ), QStringLiteral( "overlast" ), place() );
  fromModel( d, QStringLiteral( "DEAD_BAND" ), QStringLiteral( "DEAD_BAND" ) );
  model->addChildAlgorithm( d );

  QgsProcessingModelChildAlgorithm s = child( QStringLiteral( "signaleringskaart" ), QStringLiteral( "signaleringskaart" ), QStringLiteral( "ontwikkeling" ), place() );
  fromModel( s, QStringLiteral( "DEAD_BAND" ), QStringLiteral( "DEAD_BAND" ) );
  model->addChildAlgorithm( s );

  QgsProcessingModelChildAlgorithm f = child( QStringLiteral( "focuskaart" ), QStringLiteral( "focuskaart" ), QStringLiteral( "signaleringskaart" ), place() );
  fromModel( f, QStringLiteral( "PERCENTILE" ), QStringLiteral( "PERCENTILE" ) );
  fixed( f, QStringLiteral( "REQUIRED_FIELDS" ), sameAreas );
  model->addChildAlgorithm( f );

  QgsProcessingModelChildAlgorithm c = child( QStringLiteral( "corporatiebezit" ), QStringLiteral( "corporatiebezit" ), QStringLiteral( "focuskaart" ), place() );
  fromModel( c, QStringLiteral( "SHARE_FIELD" ), QStringLiteral( "CORP_SHARE_FIELD" ) );
  fixed( c, QStringLiteral( "REQUIRED_FIELDS" ), sameAreas );
  model->addChildAlgorithm( c );

  QgsProcessingModelChildAlgorithm v = child( QStringLiteral( "veerkrachtscore" ), QStringLiteral( "veerkrachtscore" ), QStringLiteral( "corporatiebezit" ), place() );
  fixed( v, QStringLiteral( "REQUIRED_FIELDS" ), sameAreas );
  QgsProcessingModelOutput output( QStringLiteral( "Veerkrachtkaarten" ), QCoreApplication::translate( "VeerkrachtModel", "Veerkrachtkaarten" ) );
  output.setChildId( QStringLiteral( "veerkrachtscore" ) );
  output.setChildOutputName( QStringLiteral( "OUTPUT" ) );
  output.setPosition( QPointF( x, 300 ) );
  v.setModelOutputs( { { QStringLiteral( "Veerkrachtkaarten" ), output } } );
  model->addChildAlgorithm( v );
  model->updateDestinationParameters();
  return model;
}
