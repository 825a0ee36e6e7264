// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/voorbeeld.h"
#include "support/kaartstijlen.h"
#include "support/veerkrachtresources.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmessagelog.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include <memory>
#include <vector>

namespace {

QVariantMap runAlgorithm( const QString &id, const QVariantMap &parameters, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( id ) );
  if ( !algorithm )
    throw QgsProcessingException( Voorbeeld::tr( "The algorithm %1 is not available: is the Veerkracht provider loaded?" ).arg( id ) );
  QgsProcessingContext context;
  QgsProcessingFeedback quiet;
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, context, feedback ? feedback : &quiet, &ok, QVariantMap(), false );
  if ( !ok )
    throw QgsProcessingException( Voorbeeld::tr( "%1 failed on the Utrecht sample; see the log." ).arg( id ) );
  return results;
}

} // namespace

Voorbeeld Voorbeeld::maak( const QString &folder, QgsProcessingFeedback *feedback, const QStringList &inUse )
{
  const QString data = veerkrachtDataFile( QStringLiteral( "data/utrecht" ) );
  if ( data.isEmpty() )
    throw QgsProcessingException( tr( "The Utrecht sample (data/utrecht) was not found beside the plugin; reinstall the plugin or set VEERKRACHT_DATA_DIR." ) );
  // A new folder each time, since an earlier result may still be open in the project. The folders
  // this session made that no open layer uses are removed, so clicks do not pile up.
  static QStringList madeThisSession;
  for ( auto it = madeThisSession.begin(); it != madeThisSession.end(); )
  {
    const QString path = *it;
    const bool used = std::any_of( inUse.begin(), inUse.end(), [&path]( const QString &file ) {
      return QFileInfo( file ).absoluteFilePath().startsWith( path + QLatin1Char( '/' ) );
    } );
    if ( used || QFileInfo( path ).isSymLink() || !QFileInfo( path ).isDir() )
    {
      ++it;
      continue;
    }
    if ( QDir( path ).removeRecursively() )
      QgsMessageLog::logMessage( tr( "Removed the earlier example %1 (no layer uses it)." ).arg( path ), QStringLiteral( "Veerkracht" ), Qgis::MessageLevel::Info );
    it = madeThisSession.erase( it );
  }
  const QString name = QStringLiteral( "voorbeeld-utrecht-%1" ).arg( QDateTime::currentDateTime().toString( QStringLiteral( "yyyyMMdd-HHmmss-zzz" ) ) );
  if ( !QDir().mkpath( QDir( folder ).filePath( name ) ) )
    throw QgsProcessingException( tr( "Cannot create the folder %1 for the sample's result." ).arg( QDir( folder ).filePath( name ) ) );
  const QDir out( QDir( folder ).filePath( name ) );
  madeThisSession << out.absolutePath();
  const QDir in( data );

  Voorbeeld result;
  result.voorbereid = out.filePath( QStringLiteral( "utrecht_voorbereid.gpkg" ) );
  result.kaarten = out.filePath( QStringLiteral( "utrecht_veerkrachtkaarten.gpkg" ) );

  // The same choices as scripts/demo.sh and the README.
  runAlgorithm( QStringLiteral( "veerkracht:prepareer" ),
                { { QStringLiteral( "INPUT" ), in.filePath( QStringLiteral( "buurten_2019.geojson" ) ) },
                  { QStringLiteral( "TABLES" ), QStringList { in.filePath( QStringLiteral( "kwb_2021_subset_en.csv" ) ), in.filePath( QStringLiteral( "kwb_2023.csv" ) ), in.filePath( QStringLiteral( "leefbaarometer_buurten_2002_2024.csv" ) ) } },
                  { QStringLiteral( "TABLE_SUFFIXES" ), QStringLiteral( "_2021,_2023" ) },
                  { QStringLiteral( "OUTPUT" ), result.voorbereid } },
                feedback );
  if ( feedback && feedback->isCanceled() )
    throw QgsProcessingException( tr( "Canceled." ) );
  runAlgorithm( QStringLiteral( "veerkracht:veerkrachtkaarten" ),
                { { QStringLiteral( "INPUT" ), result.voorbereid },
                  { QStringLiteral( "K_T0" ), QStringList { QStringLiteral( "n_pp_w_assitance_2021" ), QStringLiteral( "Number.of.1.person.household_2021" ) } },
                  { QStringLiteral( "K_T1" ), QStringList { QStringLiteral( "a_soz_wb_2023" ), QStringLiteral( "a_1p_hh_2023" ) } },
                  { QStringLiteral( "K_DENOMINATORS_T0" ), QStringLiteral( "Number.of.inhabitants_2021,Number.of.households_2021" ) },
                  { QStringLiteral( "K_DENOMINATORS_T1" ), QStringLiteral( "a_inw_2023,a_hh_2023" ) },
                  { QStringLiteral( "O_T0" ), QStringList { QStringLiteral( "onv_2020" ) } },
                  { QStringLiteral( "O_T1" ), QStringList { QStringLiteral( "onv_2024" ) } },
                  { QStringLiteral( "INHABITANTS_FIELD" ), QStringLiteral( "a_inw_2023" ) },
                  { QStringLiteral( "CORP_SHARE_FIELD" ), QStringLiteral( "p_wcorpw_2023" ) },
                  { QStringLiteral( "OUTPUT" ), result.kaarten } },
                feedback );
  return result;
}

QList<QgsVectorLayer *> Voorbeeld::laad( QgsProject *project ) const
{
  std::vector<std::unique_ptr<QgsVectorLayer>> owned;
  const auto add = [&]( const QString &file, const QString &styleId ) {
    auto layer = std::make_unique<QgsVectorLayer>( file, QStringLiteral( "Utrecht – voorbereide gegevens" ), QStringLiteral( "ogr" ) );
    if ( !layer->isValid() )
      throw QgsProcessingException( tr( "Cannot open %1." ).arg( file ) );
    if ( styleId.isEmpty() )
    {
      layer->setCustomProperty( QString::fromLatin1( voorbereidProperty ), true ); // what 'Make resilience maps…' offers first
    }
    else
    {
      // Every map in the layer's Styles menu, this one shown; the name follows the map.
      layer->setCustomProperty( QString::fromLatin1( kaartGebiedProperty ), QStringLiteral( "Utrecht" ) );
      if ( !addMapStyles( layer.get(), styleId ) )
        throw QgsProcessingException( tr( "Cannot apply the map styles to %1." ).arg( file ) );
    }
    owned.push_back( std::move( layer ) );
  };
  add( kaarten, QStringLiteral( "07_signaleringskaart_absoluut" ) );
  add( kaarten, QStringLiteral( "09_focuskaart" ) );
  add( kaarten, QStringLiteral( "10_veerkrachtscore" ) );
  add( voorbereid, QString() );

  QList<QgsVectorLayer *> layers;
  QgsLayerTreeGroup *group = project->layerTreeRoot()->insertGroup( 0, QStringLiteral( "Veerkracht – voorbeeld Utrecht" ) );
  for ( std::unique_ptr<QgsVectorLayer> &layer : owned )
  {
    project->addMapLayer( layer.get(), false );
    QgsLayerTreeLayer *node = group->addLayer( layer.get() );
    node->setItemVisibilityChecked( layers.isEmpty() );
    node->setExpanded( layers.isEmpty() ); // only the shown map's legend open
    layers << layer.release();
  }
  return layers;
}
