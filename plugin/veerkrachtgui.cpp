// SPDX-License-Identifier: GPL-2.0-or-later
#include "plugin/veerkrachtgui.h"
#include "support/filmtijd.h"
#include "support/kaartstijlen.h"
#include "support/veerkracht_compat.h"
#include "support/veerkracht_version.h"
#include "support/veerkrachtresources.h"
#include "provider/veerkrachtprovider.h"
#include "support/voorbeeld.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgsmessagelog.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgspythonrunner.h>
#include <qgstemporalcontrollerwidget.h>
#include <qgsmaplayertemporalproperties.h>
#include <qgsvectorlayer.h>
#include <qgslayertreeview.h>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QIcon>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QScrollArea>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include <functional>
#include <vector>

namespace {

QString pythonString( const QString &text )
{
  QString quoted = text;
  quoted.replace( QLatin1Char( '\\' ), QLatin1String( "\\\\" ) ).replace( QLatin1Char( '\'' ), QLatin1String( "\\'" ) );
  return QStringLiteral( "'%1'" ).arg( quoted );
}

} // namespace

VeerkrachtGui::VeerkrachtGui( QgisInterface *iface, QObject *parent )
  : QObject( parent )
  , mIface( iface )
{
  const QIcon icon( QStringLiteral( ":/veerkracht/veerkracht.svg" ) );
  mMenu = new QMenu( tr( "&Veerkracht" ), window() );
  // QGIS's parameter labels do not wrap, so the longest sets the panel's width and the default
  // dialog cuts every label off on the right; ours wrap (see eventFilter).
  qApp->installEventFilter( this );
  mMenu->setObjectName( QStringLiteral( "mVeerkrachtMenu" ) );

  const auto add = [this]( const QString &name, const QString &text, const QString &tip, void ( VeerkrachtGui::*slot )() ) {
    QAction *action = mMenu->addAction( text );
    action->setObjectName( name );
    action->setToolTip( tip );
    action->setStatusTip( tip );
    connect( action, &QAction::triggered, this, slot );
    return action;
  };
  add( QStringLiteral( "mActionGegevensVoorbereiden" ), tr( "Prepare input data…" ),
       tr( "Joins CBS, Leefbaarometer and police tables onto the buurten (Processing dialog)" ), &VeerkrachtGui::gegevensVoorbereiden );
  QAction *maken = add( QStringLiteral( "mActionVeerkrachtkaartenMaken" ), tr( "Make resilience maps…" ),
                        tr( "Computes every veerkrachtkaart from a prepared buurten layer (Processing dialog)" ), &VeerkrachtGui::veerkrachtkaartenMaken );
  maken->setIcon( icon );
  add( QStringLiteral( "mActionKaartensetExporteren" ), tr( "Export map set…" ),
       tr( "Exports every map per gemeente as PNG and one PDF (Processing dialog)" ), &VeerkrachtGui::kaartensetExporteren );
  add( QStringLiteral( "mActionBuurtprofielen" ), tr( "Buurt profiles…" ),
       tr( "Writes one page per buurt with its numbers beside the gemeente's (Processing dialog)" ), &VeerkrachtGui::buurtprofielen );
  add( QStringLiteral( "mActionWebatlasExporteren" ), tr( "Export web atlas…" ),
       tr( "Writes an interactive atlas per gemeente that opens in any browser, offline (Processing dialog)" ), &VeerkrachtGui::webatlasExporteren );
  add( QStringLiteral( "mActionStijlToepassen" ), tr( "Apply map style…" ),
       tr( "Applies the standard style of a map to the active layer" ), &VeerkrachtGui::stijlToepassen );
  mMenu->addSeparator();
  add( QStringLiteral( "mActionVoorbeeldLaden" ), tr( "Load example" ),
       tr( "Computes the embedded Utrecht example and adds it to the project, styled" ), &VeerkrachtGui::voorbeeldLaden );
  add( QStringLiteral( "mActionHandleiding" ), tr( "Manual" ),
       tr( "Opens the Veerkracht manual" ), &VeerkrachtGui::handleidingOpenen );

  // A map layer's name follows the map chosen in its Styles menu.
  connect( QgsProject::instance(), &QgsProject::layersAdded, this, &VeerkrachtGui::watchLayers );
  // A project being read restores each layer's own temporal choice: leave it (loadingLayer comes
  // before a project's layers, readProject after them).
  connect( QgsProject::instance(), &QgsProject::loadingLayer, this, [this] { mReadingProject = true; } );
  connect( QgsProject::instance(), &QgsProject::readProject, this, [this] { mReadingProject = false; } );
  connect( QgsProject::instance(), &QgsProject::cleared, this, [this] { mReadingProject = false; } );
  watchLayers( QgsProject::instance()->mapLayers().values() );

  mToolButton = new QToolButton();
  mToolButton->setObjectName( QStringLiteral( "mVeerkrachtToolButton" ) );
  mToolButton->setMenu( mMenu );
  mToolButton->setDefaultAction( maken );
  mToolButton->setPopupMode( QToolButton::MenuButtonPopup );

  if ( mIface )
  {
    // A menu of its own in the menu bar, before Help, as QGIS's own analysis plugins do.
    if ( auto *mainWindow = qobject_cast<QMainWindow *>( mIface->mainWindow() ) )
      mainWindow->menuBar()->insertMenu( mIface->firstRightStandardMenu()->menuAction(), mMenu );
    mToolBarAction = mIface->addToolBarWidget( mToolButton ); // the toolbar takes the button
  }
}

VeerkrachtGui::~VeerkrachtGui()
{
  qApp->removeEventFilter( this );
  if ( mIface && mToolBarAction )
    mIface->pluginToolBar()->removeAction( mToolBarAction );
  delete mToolButton;
  delete mMenu;
}

bool VeerkrachtGui::eventFilter( QObject *watched, QEvent *event )
{
  // QgsProcessingAlgorithmDialogBase's header needs QGIS's build tree (ui_*.h), so the dialog is
  // known by its class name and its title, which QGIS sets to the algorithm's display name.
  if ( event->type() == QEvent::Show && watched->isWidgetType() && watched->inherits( "QgsProcessingAlgorithmDialogBase" ) )
  {
    auto *dialog = static_cast<QWidget *>( watched );
    const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QString::fromLatin1( VeerkrachtProvider::ID ) );
    const QList<const QgsProcessingAlgorithm *> algorithms = provider ? provider->algorithms() : QList<const QgsProcessingAlgorithm *>();
    const bool ours = std::any_of( algorithms.begin(), algorithms.end(), [dialog]( const QgsProcessingAlgorithm *a ) { return a->displayName() == dialog->windowTitle(); } );
    if ( ours )
      for ( QScrollArea *parameters : dialog->findChildren<QScrollArea *>() )
        for ( QLabel *label : parameters->findChildren<QLabel *>() )
          label->setWordWrap( true );
  }
  return QObject::eventFilter( watched, event );
}

QAction *VeerkrachtGui::action( const QString &objectName ) const
{
  return mMenu ? mMenu->findChild<QAction *>( objectName ) : nullptr;
}

QWidget *VeerkrachtGui::window() const
{
  return mIface ? mIface->mainWindow() : nullptr;
}

void VeerkrachtGui::tell( const QString &message, bool ok )
{
  if ( mIface && mIface->messageBar() )
  {
    if ( ok )
      mIface->messageBar()->pushSuccess( QStringLiteral( "Veerkracht" ), message );
    else
      mIface->messageBar()->pushWarning( QStringLiteral( "Veerkracht" ), message );
  }
  QgsMessageLog::logMessage( message, QStringLiteral( "Veerkracht" ), ok ? Qgis::MessageLevel::Info : Qgis::MessageLevel::Warning );
}

void VeerkrachtGui::watchLayers( const QList<QgsMapLayer *> &layers )
{
  for ( QgsMapLayer *layer : layers )
  {
    if ( auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer ) )
    {
      connect( vectorLayer->styleManager(), &QgsMapLayerStyleManager::currentStyleChanged, this, [this, vectorLayer]() { followStyle( vectorLayer ); } );
      if ( !mReadingProject && veerkracht::isFilm( vectorLayer->fields() ) && vectorLayer->temporalProperties() )
      {
        veerkracht::herstelFilmTijd( *vectorLayer ); // a film opened from its file plays in the Temporal Controller
        // A film loaded by Processing becomes temporal after it was added (the layer post-processor).
        connect( vectorLayer->temporalProperties(), &QgsTemporalProperty::changed, this, [this, vectorLayer]() { filmStap( vectorLayer ); } );
        filmStap( vectorLayer );
      }
    }
  }
}

void VeerkrachtGui::filmStap( QgsVectorLayer *layer )
{
  if ( mReadingProject || !layer->temporalProperties() || !layer->temporalProperties()->isActive() || !mIface || !mIface->mainWindow() )
    return;
  // The Temporal Controller starts at steps of one hour: a film whose periods lie years apart would
  // seem to stand still. Its step box is set to one year, as a user would, unless a step was chosen.
  // (The step box has no API; its name is that of QGIS's own form, 3.22 to 3.44.)
  auto *controller = mIface->mainWindow()->findChild<QgsTemporalControllerWidget *>();
  auto *unit = controller ? controller->findChild<QComboBox *>( QStringLiteral( "mTimeStepsComboBox" ) ) : nullptr;
  auto *step = controller ? controller->findChild<QDoubleSpinBox *>( QStringLiteral( "mStepSpinBox" ) ) : nullptr;
  if ( !unit || !step || unit->currentData().toInt() != vkcompat::TemporalHours || !qgsDoubleNear( step->value(), 1.0 ) )
    return;
  const int years = unit->findData( vkcompat::TemporalYears );
  if ( years < 0 )
    return;
  unit->setCurrentIndex( years );
  QgsMessageLog::logMessage( tr( "The Temporal Controller steps one year at a time for the film '%1'." ).arg( layer->name() ), QStringLiteral( "Veerkracht" ), Qgis::MessageLevel::Info );
}

void VeerkrachtGui::followStyle( QgsVectorLayer *layer )
{
  const QVariant area = layer->customProperty( QString::fromLatin1( kaartGebiedProperty ) );
  const KaartStijl *style = kaartStijlByTitle( layer->styleManager()->currentStyle() );
  if ( area.isValid() && style )
    layer->setName( kaartLaagNaam( area.toString(), *style ) );
}

QgsVectorLayer *VeerkrachtGui::inputLayer( Invoer invoer, QgsVectorLayer *active, const QgsProject *project )
{
  const auto polygons = []( QgsVectorLayer *layer ) { return layer && layer->isValid() && layer->geometryType() == vkcompat::GeometryPolygon; };
  const auto isMap = []( QgsVectorLayer *layer ) { return layer->customProperty( QString::fromLatin1( kaartGebiedProperty ) ).isValid(); };
  const auto find = [&]( const std::function<bool( QgsVectorLayer * )> &wanted ) -> QgsVectorLayer * {
    if ( !project )
      return nullptr;
    for ( QgsMapLayer *layer : project->mapLayers().values() )
    {
      auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
      if ( polygons( vectorLayer ) && wanted( vectorLayer ) )
        return vectorLayer;
    }
    return nullptr;
  };
  if ( !polygons( active ) )
    active = nullptr;
  switch ( invoer )
  {
    case Invoer::Gebieden:
      return active;
    case Invoer::Voorbereid:
      // After 'Load example' the map is active; the maps are made from the prepared data.
      if ( active && !isMap( active ) )
        return active;
      if ( QgsVectorLayer *prepared = find( []( QgsVectorLayer *layer ) { return layer->customProperty( QString::fromLatin1( voorbereidProperty ) ).toBool(); } ) )
        return prepared;
      return active;
    case Invoer::Kaarten:
      if ( active && isMap( active ) )
        return active;
      if ( QgsVectorLayer *map = find( isMap ) )
        return map;
      return active;
  }
  return active;
}

void VeerkrachtGui::openAlgorithmDialog( const QString &algorithmId, Invoer invoer )
{
  // The Processing algorithm dialog is part of QGIS's Python Processing plugin.
  if ( !QgsPythonRunner::isValid() )
  {
    tell( tr( "The Processing dialog needs QGIS's Python support; run %1 from the Processing Toolbox or with the veerkracht command instead." ).arg( algorithmId ), false );
    return;
  }
  QString parameters = QStringLiteral( "{}" );
  if ( mIface )
  {
    if ( QgsVectorLayer *layer = inputLayer( invoer, qobject_cast<QgsVectorLayer *>( mIface->activeLayer() ), QgsProject::instance() ) )
      parameters = QStringLiteral( "{'INPUT': %1}" ).arg( pythonString( layer->id() ) );
  }
  QgsPythonRunner::run( QStringLiteral( "import processing\nprocessing.execAlgorithmDialog(%1, %2)" ).arg( pythonString( algorithmId ), parameters ) );
}

void VeerkrachtGui::gegevensVoorbereiden()
{
  openAlgorithmDialog( QStringLiteral( "veerkracht:prepareer" ), Invoer::Gebieden );
}

void VeerkrachtGui::veerkrachtkaartenMaken()
{
  openAlgorithmDialog( QStringLiteral( "veerkracht:veerkrachtkaarten" ), Invoer::Voorbereid );
}

void VeerkrachtGui::kaartensetExporteren()
{
  openAlgorithmDialog( QStringLiteral( "veerkracht:kaartenset" ), Invoer::Kaarten );
}

void VeerkrachtGui::buurtprofielen()
{
  openAlgorithmDialog( QStringLiteral( "veerkracht:buurtprofiel" ), Invoer::Kaarten );
}

void VeerkrachtGui::webatlasExporteren()
{
  openAlgorithmDialog( QStringLiteral( "veerkracht:webatlas" ), Invoer::Kaarten );
}

void VeerkrachtGui::stijlToepassen()
{
  auto *layer = mIface ? qobject_cast<QgsVectorLayer *>( mIface->activeLayer() ) : nullptr;
  if ( !layer )
  {
    tell( tr( "Select a vector layer in the Layers panel first; its map style is then replaced." ), false );
    return;
  }
  // The maps whose class field the layer has; all of them when it has none (its own class field is asked for).
  std::vector<const KaartStijl *> offered;
  for ( const KaartStijl &style : kaartStijlen() )
    if ( layer->fields().lookupField( style.classField ) >= 0 )
      offered.push_back( &style );
  if ( offered.empty() )
    for ( const KaartStijl &style : kaartStijlen() )
      offered.push_back( &style );
  // The map it shows now first: its current named style, else the class field its renderer draws.
  int current = 0;
  const auto *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>( layer->renderer() );
  for ( int i = 0; i < static_cast<int>( offered.size() ); ++i )
  {
    if ( offered[i]->title == layer->styleManager()->currentStyle() || ( renderer && renderer->classAttribute() == offered[i]->classField ) )
    {
      current = i;
      break;
    }
  }
  QStringList titles;
  for ( const KaartStijl *style : offered )
    titles << style->title;
  bool ok = false;
  const QString title = QInputDialog::getItem( window(), tr( "Apply map style" ), tr( "Map style for “%1”:" ).arg( layer->name() ), titles, current, false, &ok );
  if ( !ok )
    return;
  const KaartStijl &style = *offered[static_cast<size_t>( titles.indexOf( title ) )];
  // A map the layer has in its Styles menu is switched to there, so the menu and the name follow.
  if ( layer->styleManager()->styles().contains( style.title ) )
  {
    // The current one again: its standard style, over whatever was changed since.
    if ( layer->styleManager()->currentStyle() == style.title )
      applyStyle( layer, style );
    else
      layer->styleManager()->setCurrentStyle( style.title );
    if ( mIface && mIface->layerTreeView() )
      mIface->layerTreeView()->refreshLayerSymbology( layer->id() );
    tell( tr( "Style “%1” applied to “%2”." ).arg( style.title, layer->name() ), true );
    return;
  }
  QString field = style.classField;
  if ( layer->fields().lookupField( field ) < 0 )
  {
    QStringList numeric;
    for ( const QgsField &f : layer->fields() )
    {
      if ( f.isNumeric() )
        numeric << f.name();
    }
    if ( numeric.isEmpty() )
    {
      tell( tr( "“%1” has no numeric field to hold the classes of %2 (expected %3 or another integer class field)." ).arg( layer->name(), style.title, style.classField ), false );
      return;
    }
    field = QInputDialog::getItem( window(), tr( "Apply map style" ), tr( "“%1” has no field %2. Which field holds the classes (1–%3, 0 = onvoldoende gegevens)?" ).arg( layer->name(), style.classField ).arg( style.colours.size() ), numeric, 0, false, &ok );
    if ( !ok )
      return;
  }
  const QString error = applyStyle( layer, style, field );
  if ( !error.isEmpty() )
  {
    tell( error, false );
    return;
  }
  layer->triggerRepaint();
  if ( mIface && mIface->layerTreeView() )
    mIface->layerTreeView()->refreshLayerSymbology( layer->id() );
  tell( tr( "Style “%1” applied to “%2”." ).arg( style.title, layer->name() ), true );
}

void VeerkrachtGui::voorbeeldLaden()
{
  const QString folder = QDir( QgsApplication::qgisSettingsDirPath() ).filePath( QStringLiteral( "veerkracht" ) );
  QgsProcessingFeedback feedback;
  QProgressDialog progress( tr( "Computing the Utrecht example…" ), tr( "Cancel" ), 0, 100, window() );
  progress.setWindowModality( Qt::WindowModal );
  progress.setMinimumDuration( 500 );
  connect( &feedback, &QgsFeedback::progressChanged, &progress, [&progress]( double value ) {
    progress.setValue( static_cast<int>( value ) );
    QCoreApplication::processEvents();
  } );
  connect( &progress, &QProgressDialog::canceled, &feedback, &QgsFeedback::cancel );
  try
  {
    QApplication::setOverrideCursor( Qt::WaitCursor );
    // Earlier examples that no open layer uses are removed.
    QStringList inUse;
    for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers().values() )
      inUse << layer->source().section( QLatin1Char( '|' ), 0, 0 );
    const Voorbeeld voorbeeld = Voorbeeld::maak( folder, &feedback, inUse );
    const QList<QgsVectorLayer *> layers = voorbeeld.laad( QgsProject::instance() );
    QApplication::restoreOverrideCursor();
    if ( mIface && mIface->mapCanvas() && !layers.isEmpty() )
    {
      mIface->setActiveLayer( layers.first() );
      mIface->mapCanvas()->setExtent( mIface->mapCanvas()->mapSettings().layerExtentToOutputExtent( layers.first(), layers.first()->extent() ) );
      mIface->mapCanvas()->refresh();
    }
    // The folder is a button on the message, not a long path that wraps out of sight.
    const QString written = QFileInfo( voorbeeld.kaarten ).absolutePath();
    QgsMessageLog::logMessage( tr( "The Utrecht example is in the project (files in %1)." ).arg( written ), QStringLiteral( "Veerkracht" ), Qgis::MessageLevel::Info );
    if ( mIface && mIface->messageBar() )
    {
      QgsMessageBarItem *item = mIface->messageBar()->createMessage( QStringLiteral( "Veerkracht" ), tr( "The Utrecht example is in the project." ) );
      auto *open = new QPushButton( tr( "Open folder" ), item );
      open->setToolTip( written );
      connect( open, &QPushButton::clicked, open, [written]() { QDesktopServices::openUrl( QUrl::fromLocalFile( written ) ); } );
      item->layout()->addWidget( open );
      mIface->messageBar()->pushWidget( item, Qgis::MessageLevel::Success, 10 );
    }
  }
  catch ( const QgsProcessingException &e )
  {
    QApplication::restoreOverrideCursor();
    tell( e.what(), false );
  }
}

void VeerkrachtGui::handleidingOpenen()
{
  const QUrl manual = veerkrachtManualUrl();
  QDesktopServices::openUrl( manual.isEmpty() ? QUrl( QStringLiteral( VEERKRACHT_HOMEPAGE ) ) : manual );
}
