// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Every QGIS-version-dependent name the project uses, in one place, keyed on _QGIS_VERSION_INT.
// Supported: 3.22 (Debian 12), 3.40 LTR (Debian 13, bookworm-backports), 3.44 (Debian sid), Qt 5;
// every branch names the QGIS version that changed the API. Built and tested on all three by
// scripts/matrix.sh (docs/building.md).

#include <qgsconfig.h>
#include <qgis.h>
#include <qgsfeaturerequest.h>
#include <qgsfield.h>
#include <qgsfillsymbol.h>
#include <qgslegendstyle.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingparametertype.h>
#include <qgsprocessingutils.h>
#include <qgswkbtypes.h>
#include <qgsunittypes.h>
#include <qgsvectorlayer.h>

#include <QMetaType>
#include <QVariant>

#include <memory>

#if _QGIS_VERSION_INT >= 32800
#include <qgsvariantutils.h>
#endif

namespace vkcompat {

#if _QGIS_VERSION_INT >= 33600
constexpr auto SourcePolygon = Qgis::ProcessingSourceType::VectorPolygon;
constexpr auto SourcePoint = Qgis::ProcessingSourceType::VectorPoint;
constexpr auto SourceAnyMap = Qgis::ProcessingSourceType::MapLayer;
constexpr auto SourceAnyVector = Qgis::ProcessingSourceType::Vector; // tables too
constexpr auto FieldAny = Qgis::ProcessingFieldParameterDataType::Any;
constexpr auto FieldNumeric = Qgis::ProcessingFieldParameterDataType::Numeric;
constexpr auto NumberInteger = Qgis::ProcessingNumberParameterType::Integer;
constexpr auto NumberDouble = Qgis::ProcessingNumberParameterType::Double;
constexpr auto FlagOptional = Qgis::ProcessingParameterFlag::Optional;
constexpr auto FlagHidden = Qgis::ProcessingParameterFlag::Hidden;
constexpr auto FlagAdvanced = Qgis::ProcessingParameterFlag::Advanced;
using AlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
constexpr auto FlagNoThreading = Qgis::ProcessingAlgorithmFlag::NoThreading;
constexpr auto FileBehaviorFile = Qgis::ProcessingFileParameterBehavior::File;
constexpr auto FileBehaviorFolder = Qgis::ProcessingFileParameterBehavior::Folder;
using ParameterTypeFlags = Qgis::ProcessingParameterTypeFlags;
#else
constexpr auto SourcePolygon = QgsProcessing::TypeVectorPolygon;
constexpr auto SourcePoint = QgsProcessing::TypeVectorPoint;
constexpr auto SourceAnyMap = QgsProcessing::TypeMapLayer;
constexpr auto SourceAnyVector = QgsProcessing::TypeVector;
constexpr auto FieldAny = QgsProcessingParameterField::Any;
constexpr auto FieldNumeric = QgsProcessingParameterField::Numeric;
constexpr auto NumberInteger = QgsProcessingParameterNumber::Integer;
constexpr auto NumberDouble = QgsProcessingParameterNumber::Double;
constexpr auto FlagOptional = QgsProcessingParameterDefinition::FlagOptional;
constexpr auto FlagHidden = QgsProcessingParameterDefinition::FlagHidden;
constexpr auto FlagAdvanced = QgsProcessingParameterDefinition::FlagAdvanced;
using AlgorithmFlags = QgsProcessingAlgorithm::Flags;
constexpr auto FlagNoThreading = QgsProcessingAlgorithm::FlagNoThreading;
constexpr auto FileBehaviorFile = QgsProcessingParameterFile::File;
constexpr auto FileBehaviorFolder = QgsProcessingParameterFile::Folder;
using ParameterTypeFlags = QgsProcessingParameterType::ParameterFlags;
#endif

#if _QGIS_VERSION_INT >= 33000
using WkbType = Qgis::WkbType;
constexpr auto WkbMultiPolygon = Qgis::WkbType::MultiPolygon;
constexpr auto WkbNoGeometry = Qgis::WkbType::NoGeometry;
constexpr auto GeometryPolygon = Qgis::GeometryType::Polygon;
constexpr auto GeometryPoint = Qgis::GeometryType::Point;
constexpr auto GeometryLine = Qgis::GeometryType::Line;
constexpr auto RenderMillimeters = Qgis::RenderUnit::Millimeters;
constexpr auto DistanceMeters = Qgis::DistanceUnit::Meters;
constexpr auto DistanceKilometers = Qgis::DistanceUnit::Kilometers;
constexpr auto LayoutMillimeters = Qgis::LayoutUnit::Millimeters;
constexpr auto RenderPoints = Qgis::RenderUnit::Points;
#else
using WkbType = QgsWkbTypes::Type;
constexpr auto WkbMultiPolygon = QgsWkbTypes::MultiPolygon;
constexpr auto WkbNoGeometry = QgsWkbTypes::NoGeometry;
constexpr auto GeometryPolygon = QgsWkbTypes::PolygonGeometry;
constexpr auto GeometryPoint = QgsWkbTypes::PointGeometry;
constexpr auto GeometryLine = QgsWkbTypes::LineGeometry;
constexpr auto RenderMillimeters = QgsUnitTypes::RenderMillimeters;
constexpr auto DistanceMeters = QgsUnitTypes::DistanceMeters;
constexpr auto DistanceKilometers = QgsUnitTypes::DistanceKilometers;
constexpr auto LayoutMillimeters = QgsUnitTypes::LayoutMillimeters;
constexpr auto RenderPoints = QgsUnitTypes::RenderPoints;
#endif

#if _QGIS_VERSION_INT >= 33600
constexpr auto RequestNoGeometry = Qgis::FeatureRequestFlag::NoGeometry;
constexpr auto GeometryNoCheck = Qgis::InvalidGeometryCheck::NoCheck;
constexpr auto GeometryAbortOnInvalid = Qgis::InvalidGeometryCheck::AbortOnInvalid;
//! Reads a Processing source whatever the user's "invalid features filtering" (the algorithms repair or tolerate them).
constexpr Qgis::ProcessingFeatureSourceFlags SkipGeometryChecks = Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
#else
constexpr auto RequestNoGeometry = QgsFeatureRequest::NoGeometry;
constexpr auto GeometryNoCheck = QgsFeatureRequest::GeometryNoCheck;
constexpr auto GeometryAbortOnInvalid = QgsFeatureRequest::GeometryAbortOnInvalid;
const QgsProcessingFeatureSource::Flags SkipGeometryChecks = QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
#endif

// The Temporal Controller's step units (its step box holds them as int); Qgis::TemporalUnit since 3.30.
#if _QGIS_VERSION_INT >= 33000
constexpr int TemporalHours = static_cast<int>( Qgis::TemporalUnit::Hours );
constexpr int TemporalYears = static_cast<int>( Qgis::TemporalUnit::Years );
#else
constexpr int TemporalHours = static_cast<int>( QgsUnitTypes::TemporalHours );
constexpr int TemporalYears = static_cast<int>( QgsUnitTypes::TemporalYears );
#endif

// 3.36 moved the Processing enums into Qgis:: (above); 3.42 moved the legend components there.
#if _QGIS_VERSION_INT >= 34200
constexpr auto LegendHidden = Qgis::LegendComponent::Hidden;
#else
constexpr auto LegendHidden = QgsLegendStyle::Hidden;
#endif

//! QgsField::type() is a QVariant::Type before 3.38 and a QMetaType::Type after; both share the numbers.
inline bool isFieldOfType( const QgsField &field, QMetaType::Type type )
{
  return static_cast<int>( field.type() ) == static_cast<int>( type );
}

inline bool isTextField( const QgsField &field )
{
  return isFieldOfType( field, QMetaType::QString );
}

inline bool isOptional( const QgsProcessingParameterDefinition *parameter )
{
  return static_cast<bool>( parameter->flags() & FlagOptional );
}

inline bool isHidden( const QgsProcessingParameterDefinition *parameter )
{
  return static_cast<bool>( parameter->flags() & FlagHidden );
}

//! NULL in the QGIS sense: an invalid QVariant, a null QVariant or a null string.
inline bool isNull( const QVariant &value )
{
#if _QGIS_VERSION_INT >= 32800
  return QgsVariantUtils::isNull( value );
#else
  return value.isNull();
#endif
}

inline QgsField makeField( const QString &name, QMetaType::Type type )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsField( name, type );
#else
  return QgsField( name, static_cast<QVariant::Type>( type ) );
#endif
}

//! A NULL of the field's type: 3.38 typed fields by QMetaType, which a QVariant is not built from.
inline QVariant nullOfType( const QgsField &field )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsVariantUtils::createNullVariant( field.type() );
#else
  return QVariant( field.type() );
#endif
}

//! A field parameter's names: 3.40 deprecated parameterAsFields for parameterAsStrings.
inline QStringList parameterAsStrings( const QgsProcessingParameterDefinition *definition, const QVariantMap &parameters, QgsProcessingContext &context )
{
#if _QGIS_VERSION_INT >= 34000
  return QgsProcessingParameters::parameterAsStrings( definition, parameters, context );
#else
  return QgsProcessingParameters::parameterAsFields( definition, parameters, context );
#endif
}

inline QStringList parameterAsStrings( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context )
{
  return parameterAsStrings( algorithm.parameterDefinition( name ), parameters, context );
}

//! QgsFillSymbol::createSimple returns a raw pointer to own until 3.44, a std::unique_ptr from 3.44 on
//! (QGIS PR 67391); a unique_ptr built from either takes ownership.
inline std::unique_ptr<QgsFillSymbol> simpleFillSymbol( const QVariantMap &properties )
{
  return std::unique_ptr<QgsFillSymbol>( QgsFillSymbol::createSimple( properties ) );
}

//! Stores a style in the layer's database (a QgsVectorLayer: 3.22 has it there, later QgsMapLayer);
//! 3.44 deprecated saveStyleToDatabase for saveStyleToDatabaseV2.
template <typename Layer>
void saveStyleToDatabase( Layer *layer, const QString &name, const QString &description, bool asDefault, QString &message )
{
#if _QGIS_VERSION_INT >= 34400
  layer->saveStyleToDatabaseV2( name, description, asDefault, QString(), message );
#else
  layer->saveStyleToDatabase( name, description, asDefault, QString(), message );
#endif
}

//! Options that open a layer without write access (no GDAL update mode, no WAL switch on a
//! GeoPackage): LayerOptions::forceReadOnly from 3.28 on. On 3.22 the OGR provider itself reopens
//! a local GeoPackage read-only (with GDAL >= 3.4.2), so reading still leaves the file as it was.
constexpr bool CanForceReadOnly = _QGIS_VERSION_INT >= 32800;
inline QgsVectorLayer::LayerOptions readOnlyLayerOptions( const QgsCoordinateTransformContext &transformContext )
{
  QgsVectorLayer::LayerOptions options( transformContext );
  options.loadDefaultStyle = false;
  options.skipCrsValidation = true;
#if _QGIS_VERSION_INT >= 32800
  options.forceReadOnly = true;
#endif
  return options;
}

} // namespace vkcompat

#ifdef VEERKRACHT_WITH_GUI
// The processing GUI, for the plugin's widgets only (targets that define VEERKRACHT_WITH_GUI link QGIS::Gui).
#include <qgsprocessinggui.h>

namespace vkcompat {
//! The dialog a parameter widget is made for: QgsProcessingGui::WidgetType until 3.44, then Qgis::ProcessingMode.
#if _QGIS_VERSION_INT >= 34400
using ProcessingMode = Qgis::ProcessingMode;
constexpr auto ModeStandard = Qgis::ProcessingMode::Standard;
constexpr auto ModeBatch = Qgis::ProcessingMode::Batch;
constexpr auto ModeModeler = Qgis::ProcessingMode::Modeler;
#else
using ProcessingMode = QgsProcessingGui::WidgetType;
constexpr auto ModeStandard = QgsProcessingGui::Standard;
constexpr auto ModeBatch = QgsProcessingGui::Batch;
constexpr auto ModeModeler = QgsProcessingGui::Modeler;
#endif
} // namespace vkcompat
#endif
