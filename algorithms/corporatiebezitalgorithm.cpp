// SPDX-License-Identifier: GPL-2.0-or-later
#include "algorithms/corporatiebezitalgorithm.h"
#include "support/veerkracht_compat.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometryengine.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsspatialindex.h>

#include <memory>
#include <optional>

using veerkracht::Column;

namespace {

//! The areas' polygons in a spatial index, to find the area a point lies in.
class AreaLookup
{
  public:
    explicit AreaLookup( const AreaData &areas )
      : mEngines( areas.size() )
    {
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        const QgsGeometry &g = areas.features[i].geometry();
        if ( g.isNull() )
          continue;
        QgsFeature indexed( static_cast<QgsFeatureId>( i ) );
        indexed.setGeometry( g );
        mIndex.addFeature( indexed );
        mEngines[i].reset( QgsGeometry::createGeometryEngine( g.constGet() ) );
        mEngines[i]->prepareGeometry();
      }
    }

    //! Whether area \a i has a geometry, and so can contain points.
    bool hasGeometry( std::size_t i ) const { return static_cast<bool>( mEngines[i] ); }

    //! The first area, in the index's order, that \a point intersects.
    std::optional<std::size_t> areaOf( const QgsGeometry &point ) const
    {
      for ( QgsFeatureId id : mIndex.intersects( point.boundingBox() ) )
        if ( mEngines[static_cast<std::size_t>( id )]->intersects( point.constGet() ) )
          return static_cast<std::size_t>( id );
      return std::nullopt;
    }

  private:
    QgsSpatialIndex mIndex;
    std::vector<std::unique_ptr<QgsGeometryEngine>> mEngines;
};

} // namespace

QString CorporatiebezitAlgorithm::name() const
{
  return QStringLiteral( "corporatiebezit" );
}

QString CorporatiebezitAlgorithm::displayName() const
{
  return tr( "Corporation housing (map 1)" );
}

QStringList CorporatiebezitAlgorithm::tags() const
{
  return tr( "corporatiebezit,woningcorporatie,corporatiebuurt,sociale huur,VHE,p_wcorpw,kaart 1" ).split( QLatin1Char( ',' ) );
}

QString CorporatiebezitAlgorithm::shortDescription() const
{
  return tr( "The share of dwellings owned by housing corporations per area, in five classes (map 1)." );
}

QString CorporatiebezitAlgorithm::shortHelpString() const
{
  return veerkracht::helpHtml( tr( "Classifies the share of dwellings owned by housing corporations (%), written as corp_aandeel, "
             "corp_klasse and corp_label:\n"
             "1 minder dan 10% · 2 10% tot een derde · 3 een derde tot de helft · 4 de helft tot twee derde · "
             "5 meer dan twee derde (corporatiebuurt) · 0 onvoldoende gegevens.\n\n"
             "The share comes either from SHARE_FIELD (e.g. p_wcorpw of the CBS Kerncijfers), or is counted from a point "
             "layer of the corporation's units (UNITS; UNIT_COUNT_FIELD is the number of dwellings per point, 1 when empty) "
             "and divided by the dwellings of the area (DWELLINGS_FIELD, e.g. a_woning). Points are assigned to the area "
             "that contains them, in the areas' CRS; points outside every area are counted in the log.\n\n"
             "Small areas (INHABITANTS_FIELD < MIN_INWONERS) and areas missing a REQUIRED_FIELDS value get 'onvoldoende "
             "gegevens'. Method: docs/method.md (specification.md §4, map 1)." ) );
}

CorporatiebezitAlgorithm *CorporatiebezitAlgorithm::createInstance() const
{
  return new CorporatiebezitAlgorithm();
}

void CorporatiebezitAlgorithm::initAlgorithm( const QVariantMap & )
{
  addAreaInput();
  addFieldParameter( QStringLiteral( "SHARE_FIELD" ), tr( "Share of corporation dwellings (%)" ), QString(), true );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "UNITS" ), tr( "Or: corporation units (points)" ),
                QList<int>() << static_cast<int>( vkcompat::SourcePoint ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "UNIT_COUNT_FIELD" ), tr( "Dwellings per unit point (empty: 1 each)" ), QVariant(), QStringLiteral( "UNITS" ),
                vkcompat::FieldAny, false, true ) );
  addFieldParameter( QStringLiteral( "DWELLINGS_FIELD" ), tr( "Dwellings per area (with UNITS)" ), QString(), true );
  addSmallAreaParameters();
  // For the shipped model, whose corporation input is optional: without a source the areas pass on without map 1.
  auto *skip = new QgsProcessingParameterBoolean( QStringLiteral( "SKIP_WITHOUT_SHARE" ), tr( "Without SHARE_FIELD and UNITS, pass the areas on without map 1" ), false, true );
  skip->setFlags( skip->flags() | vkcompat::FlagHidden );
  addParameter( skip );
  addAreaOutput( tr( "Areas with corporation housing" ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "CORPORATIEBUURTEN" ), tr( "Areas with more than two thirds corporation dwellings" ) ) );
}

Column CorporatiebezitAlgorithm::countUnits( const AreaData &areas, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const
{
  std::unique_ptr<QgsProcessingFeatureSource> units( parameterAsSource( parameters, QStringLiteral( "UNITS" ), context ) );
  if ( !units )
    throw veerkracht::ParameterFout( { QStringLiteral( "UNITS" ) }, [parameters]( const QStringList &p ) {
      // QGIS's own message, with the value under the name it is given.
      QVariantMap named;
      if ( parameters.contains( QStringLiteral( "UNITS" ) ) )
        named.insert( p.at( 0 ), parameters.value( QStringLiteral( "UNITS" ) ) );
      return invalidSourceError( named, p.at( 0 ) );
    } );
  const QString countField = parameterAsString( parameters, QStringLiteral( "UNIT_COUNT_FIELD" ), context );
  const int countIndex = countField.isEmpty() ? -1 : units->fields().lookupField( countField );
  if ( !countField.isEmpty() && countIndex < 0 )
    throw veerkracht::ParameterFout( { QStringLiteral( "UNIT_COUNT_FIELD" ), QStringLiteral( "UNITS" ) }, [countField]( const QStringList &p ) {
      return tr( "%1: %2 has no field '%3'." ).arg( p.at( 0 ), p.at( 1 ), countField );
    } );

  const AreaLookup lookup( areas );
  const QgsCoordinateTransform transform( units->sourceCrs(), areas.crs, context.transformContext() );

  Column counts( areas.size() );
  for ( std::size_t i = 0; i < areas.size(); ++i )
    if ( lookup.hasGeometry( i ) )
      counts[i] = 0.0; // an area without geometry cannot contain units: no count, not 0 %
  int outside = 0, withoutCount = 0;
  double outsideUnits = 0;
  QgsFeature point;
  QgsFeatureIterator it = units->getFeatures();
  while ( it.nextFeature( point ) )
  {
    if ( feedback->isCanceled() )
      break;
    double n = 1;
    if ( countIndex >= 0 )
    {
      bool ok = false;
      n = point.attribute( countIndex ).toDouble( &ok );
      if ( !ok || vkcompat::isNull( point.attribute( countIndex ) ) || areas.missing.isMissingNumber( n ) || n < 0 )
      {
        ++withoutCount;
        continue;
      }
    }
    QgsGeometry g = point.geometry();
    if ( g.isNull() )
      continue;
    try
    {
      g.transform( transform );
    }
    catch ( QgsCsException & )
    {
      throw veerkracht::ParameterFout( { QStringLiteral( "UNITS" ) }, [id = point.id()]( const QStringList &p ) {
        return tr( "%1: point %2 cannot be transformed to the areas' CRS." ).arg( p.at( 0 ) ).arg( id );
      } );
    }
    if ( const std::optional<std::size_t> area = lookup.areaOf( g ) )
    {
      *counts[*area] += n;
    }
    else
    {
      ++outside;
      outsideUnits += n;
    }
  }
  if ( outside )
    feedback->pushWarning( tr( "%n unit point(s) (%1 dwellings) lie outside every area and are not counted.", nullptr, outside ).arg( outsideUnits ) );
  if ( withoutCount )
    feedback->pushWarning( tr( "%n unit point(s) have no valid count in '%1' and are not counted.", nullptr, withoutCount ).arg( countField ) );
  return counts;
}

QVariantMap CorporatiebezitAlgorithm::processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString shareField = parameterAsString( parameters, QStringLiteral( "SHARE_FIELD" ), context );
  const bool fromUnits = parameters.value( QStringLiteral( "UNITS" ) ).isValid() && !parameterAsString( parameters, QStringLiteral( "UNITS" ), context ).isEmpty();
  if ( shareField.isEmpty() && !fromUnits && parameterAsBool( parameters, QStringLiteral( "SKIP_WITHOUT_SHARE" ), context ) )
  {
    feedback->pushInfo( tr( "No corporation share given (SHARE_FIELD or UNITS): map 1 is left out." ) );
    const AreaData areas = readAreas( parameters, context, feedback );
    const QString destination = writeAreas( parameters, context, feedback, areas, OutputColumns() );
    return destination.isEmpty() ? QVariantMap() : QVariantMap { { QStringLiteral( "OUTPUT" ), destination } };
  }
  if ( shareField.isEmpty() == !fromUnits )
    throw veerkracht::ParameterFout( { QStringLiteral( "SHARE_FIELD" ), QStringLiteral( "UNITS" ), QStringLiteral( "DWELLINGS_FIELD" ) },
                                     tr( "%1 or %2: expected exactly one of them — a share field, or a point layer of units with %3." ) );
  const AreaData areas = readAreas( parameters, context, feedback );

  Column share;
  if ( !shareField.isEmpty() )
  {
    share = areas.numeric( shareField, QStringLiteral( "SHARE_FIELD" ) );
  }
  else
  {
    const QString dwellingsField = parameterAsString( parameters, QStringLiteral( "DWELLINGS_FIELD" ), context );
    if ( dwellingsField.isEmpty() )
      throw veerkracht::ParameterFout( { QStringLiteral( "DWELLINGS_FIELD" ), QStringLiteral( "UNITS" ) },
                                       tr( "%1: counting %2 needs the number of dwellings per area; expected a field such as a_woning." ) );
    const Column dwellings = areas.numeric( dwellingsField, QStringLiteral( "DWELLINGS_FIELD" ) );
    const Column units = countUnits( areas, parameters, context, feedback );
    share.resize( areas.size() );
    int above = 0;
    for ( std::size_t i = 0; i < areas.size(); ++i )
    {
      if ( units[i] && dwellings[i] && *dwellings[i] > 0 )
      {
        share[i] = 100.0 * *units[i] / *dwellings[i];
        above += *share[i] > 100 ? 1 : 0;
      }
    }
    if ( above )
      feedback->pushWarning( tr( "%n area(s) have more corporation units than dwellings (share above 100%); check the units and DWELLINGS_FIELD.", nullptr, above ) );
  }
  const std::vector<bool> valid = sufficientData( areas, parameters, context, { &share }, feedback );
  const std::vector<int> classes = veerkracht::corporatieKaart( share, valid );
  feedback->pushInfo( tr( "Map 1: %1" ).arg( classCounts( classes, veerkracht::Kaart::Corporatiebezit ) ) );

  OutputColumns columns;
  columns.addNumber( QStringLiteral( "corp_aandeel" ), share );
  columns.addClass( QStringLiteral( "corp_klasse" ), QStringLiteral( "corp_label" ), classes, veerkracht::Kaart::Corporatiebezit );
  feedback->setProgress( 50 );
  const QString destination = writeAreas( parameters, context, feedback, areas, columns );
  if ( destination.isEmpty() )
    return QVariantMap();
  styleOutput( destination, { QStringLiteral( "01_corporatiebezit" ) }, context, feedback );
  return { { QStringLiteral( "OUTPUT" ), destination }, { QStringLiteral( "CORPORATIEBUURTEN" ), static_cast<int>( std::count( classes.begin(), classes.end(), 5 ) ) } };
}
