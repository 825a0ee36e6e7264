// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/veerkrachtmodel.h"
#include "algorithms/corporatiebezitalgorithm.h"
#include "algorithms/focuskaartalgorithm.h"
#include "algorithms/kwetsbaarheidalgorithm.h"
#include "algorithms/ontwikkelingalgorithm.h"
#include "algorithms/overlastalgorithm.h"
#include "algorithms/signaleringskaartalgorithm.h"
#include "algorithms/veerkrachtkaartenalgorithm.h"
#include "algorithms/veerkrachtscorealgorithm.h"
#include "support/veerkracht_compat.h"

#include <qgsprocessingmodelchildalgorithm.h>
#include <qgsprocessingmodelchildparametersource.h>
#include <qgsprocessingmodeloutput.h>
#include <qgsprocessingmodelparameter.h>
#include <qgsprocessingparameters.h>

#include "support/veerkrachtresources.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

using Source = QgsProcessingModelChildParameterSource;

//! A step of the chain, created directly: the model is also built while the provider loads, before the registry knows it.
std::unique_ptr<QgsProcessingAlgorithm> step( const QString &name )
{
  std::unique_ptr<QgsProcessingAlgorithm> prototype;
  if ( name == QLatin1String( "kwetsbaarheid" ) )
    prototype = std::make_unique<KwetsbaarheidAlgorithm>();
  else if ( name == QLatin1String( "overlast" ) )
    prototype = std::make_unique<OverlastAlgorithm>();
  else if ( name == QLatin1String( "ontwikkeling" ) )
    prototype = std::make_unique<OntwikkelingAlgorithm>();
  else if ( name == QLatin1String( "signaleringskaart" ) )
    prototype = std::make_unique<SignaleringskaartAlgorithm>();
  else if ( name == QLatin1String( "focuskaart" ) )
    prototype = std::make_unique<FocuskaartAlgorithm>();
  else if ( name == QLatin1String( "corporatiebezit" ) )
    prototype = std::make_unique<CorporatiebezitAlgorithm>();
  else
    prototype = std::make_unique<VeerkrachtscoreAlgorithm>();
  return std::unique_ptr<QgsProcessingAlgorithm>( prototype->create() );
}

class ChildBuilder
{
  public:
    ChildBuilder( const QString &algorithm, const QString &input, const QPointF &position )
      : mAlgorithm( step( algorithm ) )
      , mChild( QStringLiteral( "veerkracht:%1" ).arg( algorithm ) )
    {
      mChild.setChildId( algorithm );
      mChild.setDescription( mAlgorithm->displayName() );
      mChild.setPosition( position );
      mChild.addParameterSources( QStringLiteral( "INPUT" ), { input.isEmpty() ? Source::fromModelParameter( QStringLiteral( "INPUT" ) ) : Source::fromChildOutput( input, QStringLiteral( "OUTPUT" ) ) } );
      fromModel( QStringLiteral( "INHABITANTS_FIELD" ) );
      fromModel( QStringLiteral( "MIN_INWONERS" ) );
    }

    ChildBuilder &fromModel( const QString &childParameter, const QString &modelParameter = QString() )
    {
      mChild.addParameterSources( childParameter, { Source::fromModelParameter( modelParameter.isEmpty() ? childParameter : modelParameter ) } );
      return *this;
    }

    ChildBuilder &fixed( const QString &childParameter, const QVariant &value )
    {
      mChild.addParameterSources( childParameter, { Source::fromStaticValue( value ) } );
      return *this;
    }

    //! The step with every other parameter at the step's own default, written out so the Modeler shows it and validates.
    QgsProcessingModelChildAlgorithm finish()
    {
      for ( const QgsProcessingParameterDefinition *definition : mAlgorithm->parameterDefinitions() )
      {
        if ( definition->isDestination() || mChild.parameterSources().contains( definition->name() ) || vkcompat::isHidden( definition ) )
          continue;
        if ( definition->defaultValue().isValid() )
          fixed( definition->name(), definition->defaultValue() );
      }
      return mChild;
    }

  private:
    std::unique_ptr<QgsProcessingAlgorithm> mAlgorithm;
    QgsProcessingModelChildAlgorithm mChild;
};

} // namespace

std::unique_ptr<QgsProcessingModelAlgorithm> buildVeerkrachtModel()
{
  auto model = std::make_unique<QgsProcessingModelAlgorithm>( QCoreApplication::translate( "VeerkrachtModel", "Resilience maps (model of the building blocks)" ), QCoreApplication::translate( "KaartAlgorithm", "Building blocks (single maps)" ), QStringLiteral( "bouwstenen" ) );
  model->setHelpContent( { { QStringLiteral( "ALG_DESC" ), QCoreApplication::translate( "VeerkrachtModel", "The veerkrachtkaarten for two moments, as a chain of the Veerkracht building blocks. "
                             "The same as the algorithm 'All resilience maps (one run)'. Method: docs/method.md." ) } } );

  // The inputs are the all-in-one algorithm's own, so that the two agree in names, texts and defaults.
  const std::unique_ptr<QgsProcessingAlgorithm> allInOne( VeerkrachtkaartenAlgorithm().create() );
  QStringList order;
  double y = 60;
  const auto input = [&]( const QString &name, const QString &description = QString(), bool required = false ) {
    std::unique_ptr<QgsProcessingParameterDefinition> definition( allInOne->parameterDefinition( name )->clone() );
    if ( !description.isEmpty() )
      definition->setDescription( QStringLiteral( "%1 [%2]" ).arg( description, name ) ); // the id beside the label, as in the algorithms
    // The model asks for its few inputs up front, none under 'Advanced' as some are in the all-in-one.
    auto flags = definition->flags();
    flags.setFlag( vkcompat::FlagAdvanced, false );
    if ( required )
      flags.setFlag( vkcompat::FlagOptional, false );
    definition->setFlags( flags );
    QgsProcessingModelParameter component( name );
    component.setPosition( QPointF( 120, y ) );
    y += 60;
    model->addModelParameter( definition.release(), component );
    order << name;
  };
  input( QStringLiteral( "INPUT" ) );
  input( QStringLiteral( "K_T0" ), QString(), true ); // the all-in-one also takes a table instead
  input( QStringLiteral( "K_T1" ), QCoreApplication::translate( "VeerkrachtModel", "Vulnerable residents: indicator fields at t1 (same order as at t0)" ), true );
  input( QStringLiteral( "K_DENOMINATORS_T0" ) );
  input( QStringLiteral( "K_DENOMINATORS_T1" ) );
  input( QStringLiteral( "O_T0" ), QString(), true );
  input( QStringLiteral( "O_T1" ), QCoreApplication::translate( "VeerkrachtModel", "Nuisance and unsafety: fields at t1 (same order as at t0)" ), true );
  input( QStringLiteral( "INHABITANTS_FIELD" ) );
  input( QStringLiteral( "MIN_INWONERS" ) );
  input( QStringLiteral( "DEAD_BAND" ) );
  input( QStringLiteral( "PERCENTILE" ) );
  input( QStringLiteral( "CORP_SHARE_FIELD" ) );
  model->setParameterOrder( order );

  const auto add = [&model]( QgsProcessingModelChildAlgorithm child ) { model->addChildAlgorithm( child ); };
  const QVariant sameAreas = QStringList { QStringLiteral( "delta_k" ), QStringLiteral( "delta_o" ) };
  double x = 420;
  const auto place = [&x]() { const QPointF p( x, 200 ); x += 220; return p; };

  add( ChildBuilder( QStringLiteral( "kwetsbaarheid" ), QString(), place() )
                            .fromModel( QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "K_T0" ) )
                            .fromModel( QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "K_T1" ) )
                            .fromModel( QStringLiteral( "DENOMINATORS_T0" ), QStringLiteral( "K_DENOMINATORS_T0" ) )
                            .fromModel( QStringLiteral( "DENOMINATORS_T1" ), QStringLiteral( "K_DENOMINATORS_T1" ) )
                            .fixed( QStringLiteral( "FIELD_PREFIX" ), QStringLiteral( "k" ) )
                            .finish() );
  add( ChildBuilder( QStringLiteral( "overlast" ), QStringLiteral( "kwetsbaarheid" ), place() )
                            .fromModel( QStringLiteral( "INDICATORS_T0" ), QStringLiteral( "O_T0" ) )
                            .fromModel( QStringLiteral( "INDICATORS_T1" ), QStringLiteral( "O_T1" ) )
                            .fixed( QStringLiteral( "FIELD_PREFIX" ), QStringLiteral( "o" ) )
                            .finish() );
  add( ChildBuilder( QStringLiteral( "ontwikkeling" ), QStringLiteral( "overlast" ), place() )
                            .fromModel( QStringLiteral( "DEAD_BAND" ) )
                            .finish() );
  add( ChildBuilder( QStringLiteral( "signaleringskaart" ), QStringLiteral( "ontwikkeling" ), place() )
                            .fromModel( QStringLiteral( "DEAD_BAND" ) )
                            .finish() );
  add( ChildBuilder( QStringLiteral( "focuskaart" ), QStringLiteral( "signaleringskaart" ), place() )
                            .fromModel( QStringLiteral( "PERCENTILE" ) )
                            .fixed( QStringLiteral( "REQUIRED_FIELDS" ), sameAreas )
                            .finish() );
  // Without CORP_SHARE_FIELD the step passes the areas on without map 1, as the all-in-one leaves it out.
  add( ChildBuilder( QStringLiteral( "corporatiebezit" ), QStringLiteral( "focuskaart" ), place() )
                            .fromModel( QStringLiteral( "SHARE_FIELD" ), QStringLiteral( "CORP_SHARE_FIELD" ) )
                            .fixed( QStringLiteral( "REQUIRED_FIELDS" ), sameAreas )
                            .fixed( QStringLiteral( "SKIP_WITHOUT_SHARE" ), true )
                            .finish() );
  QgsProcessingModelChildAlgorithm score = ChildBuilder( QStringLiteral( "veerkrachtscore" ), QStringLiteral( "corporatiebezit" ), place() )
                                           .fixed( QStringLiteral( "REQUIRED_FIELDS" ), sameAreas )
                                           .finish();
  QgsProcessingModelOutput output( QStringLiteral( "Veerkrachtkaarten" ), QCoreApplication::translate( "VeerkrachtModel", "Veerkrachtkaarten" ) );
  output.setChildId( QStringLiteral( "veerkrachtscore" ) );
  output.setChildOutputName( QStringLiteral( "OUTPUT" ) );
  output.setPosition( QPointF( x, 300 ) );
  score.setModelOutputs( { { QStringLiteral( "Veerkrachtkaarten" ), output } } );
  model->addChildAlgorithm( score );
  model->updateDestinationParameters();
  return model;
}

VeerkrachtModelAlgorithm::VeerkrachtModelAlgorithm()
{
  loadVariant( buildVeerkrachtModel()->toVariant() );
}

QString VeerkrachtModelAlgorithm::name() const
{
  return QStringLiteral( "veerkrachtkaartenmodel" );
}

QString VeerkrachtModelAlgorithm::displayName() const
{
  return QCoreApplication::translate( "VeerkrachtModel", "Resilience maps (model of the building blocks)" );
}

QString VeerkrachtModelAlgorithm::group() const
{
  return QCoreApplication::translate( "KaartAlgorithm", "Building blocks (single maps)" );
}

QString VeerkrachtModelAlgorithm::groupId() const
{
  return QStringLiteral( "bouwstenen" ); // a model file does not keep its group id
}

QString VeerkrachtModelAlgorithm::helpUrl() const
{
  return veerkrachtManualUrl().toString();
}

VeerkrachtModelAlgorithm *VeerkrachtModelAlgorithm::createInstance() const
{
  auto *instance = new VeerkrachtModelAlgorithm();
  instance->setProvider( provider() );
  return instance;
}
