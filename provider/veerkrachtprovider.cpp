// SPDX-License-Identifier: GPL-2.0-or-later
#include "provider/veerkrachtprovider.h"
#include "support/indicatorenparameter.h"
#include "algorithms/buurtprofielalgorithm.h"
#include "algorithms/clustersalgorithm.h"
#include "algorithms/corporatiebezitalgorithm.h"
#include "algorithms/ervarenoverlastalgorithm.h"
#include "algorithms/focuskaartalgorithm.h"
#include "algorithms/harmoniseeralgorithm.h"
#include "algorithms/kaartensetalgorithm.h"
#include "algorithms/kwetsbaarheidalgorithm.h"
#include "algorithms/ontwikkelingalgorithm.h"
#include "algorithms/overlastalgorithm.h"
#include "algorithms/prepareeralgorithm.h"
#include "algorithms/signaleringskaartalgorithm.h"
#include "algorithms/stijlalgorithm.h"
#include "algorithms/strategiealgorithm.h"
#include "algorithms/tijdreeksalgorithm.h"
#include "algorithms/webatlasalgorithm.h"
#include "algorithms/veerkrachtkaartenalgorithm.h"
#include "algorithms/veerkrachtmodel.h"
#include "algorithms/veerkrachtscorealgorithm.h"
#include "support/veerkracht_version.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QCoreApplication>
#include <QIcon>

// Resources of a static library are registered by name from the global namespace.
static void initVeerkrachtResources()
{
  Q_INIT_RESOURCE( veerkracht );
  Q_INIT_RESOURCE( veerkracht_styles );
  Q_INIT_RESOURCE( veerkracht_i18n );
}

VeerkrachtProvider::VeerkrachtProvider( QObject *parent )
  : QgsProcessingProvider( parent )
{
  initVeerkrachtResources();
  // The model's steps are found in the registry, which knows this provider only once it is
  // added: then the algorithms are loaded again, now with the model complete.
  if ( QgsApplication::processingRegistry() )
  {
    connect( QgsApplication::processingRegistry(), &QgsProcessingRegistry::providerAdded, this, [this]( const QString &id ) {
      if ( id == this->id() && QgsApplication::processingRegistry()->providerById( id ) == this )
        refreshAlgorithms();
    } );
  }
}

bool VeerkrachtProvider::load()
{
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( registry && !registry->parameterType( IndicatorenParameter::typeName() ) )
  {
    mIndicatorenType = new IndicatorenParameterType();
    registry->addParameterType( mIndicatorenType );
  }
  return QgsProcessingProvider::load();
}

void VeerkrachtProvider::unload()
{
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( registry && mIndicatorenType && registry->parameterType( IndicatorenParameter::typeName() ) == mIndicatorenType )
    registry->removeParameterType( mIndicatorenType );
  mIndicatorenType = nullptr;
  QgsProcessingProvider::unload();
}

QIcon VeerkrachtProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString VeerkrachtProvider::svgIconPath() const
{
  return QStringLiteral( ":/veerkracht/veerkracht.svg" );
}

QString VeerkrachtProvider::id() const
{
  return QString::fromLatin1( ID );
}

QString VeerkrachtProvider::name() const
{
  return QStringLiteral( "Veerkracht" );
}

QString VeerkrachtProvider::longName() const
{
  return QCoreApplication::translate( "VeerkrachtProvider", "Veerkracht %1 – neighbourhood resilience maps" ).arg( versionInfo() );
}

QString VeerkrachtProvider::helpId() const
{
  return QStringLiteral( "veerkracht" );
}

QString VeerkrachtProvider::versionInfo() const
{
  return QStringLiteral( VEERKRACHT_VERSION );
}

bool VeerkrachtProvider::supportsNonFileBasedOutput() const
{
  return true;
}

void VeerkrachtProvider::loadAlgorithms()
{
  addAlgorithm( new PrepareerAlgorithm() );
  addAlgorithm( new HarmoniseerAlgorithm() );
  addAlgorithm( new KwetsbaarheidAlgorithm() );
  addAlgorithm( new OverlastAlgorithm() );
  addAlgorithm( new OntwikkelingAlgorithm() );
  addAlgorithm( new SignaleringskaartAlgorithm() );
  addAlgorithm( new FocuskaartAlgorithm() );
  addAlgorithm( new ErvarenOverlastAlgorithm() );
  addAlgorithm( new ClustersAlgorithm() );
  addAlgorithm( new StrategieAlgorithm() );
  addAlgorithm( new BuurtprofielAlgorithm() );
  addAlgorithm( new CorporatiebezitAlgorithm() );
  addAlgorithm( new VeerkrachtscoreAlgorithm() );
  addAlgorithm( new VeerkrachtkaartenAlgorithm() );
  addAlgorithm( new TijdreeksAlgorithm() );
  addAlgorithm( new WebatlasAlgorithm() );
  if ( QgsApplication::processingRegistry() && QgsApplication::processingRegistry()->providerById( id() ) == this )
    addAlgorithm( new VeerkrachtModelAlgorithm() );
  addAlgorithm( new StijlAlgorithm() );
  addAlgorithm( new KaartensetAlgorithm() );
}
