#pragma once
// Every QGIS-version-dependent name the project uses, in one place, keyed on _QGIS_VERSION_INT.
// 3.22 (Debian 12, Qt 5) is the oldest supported; 3.30 moved WKB and geometry types into Qgis::,
// 3.36 moved the Processing enums into Qgis::, 3.38 typed fields by QMetaType.

#include <qgsconfig.h>
#include <qgis.h>
#include <qgsfeaturerequest.h>
#include <qgsfield.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgswkbtypes.h>
#include <qgsunittypes.h>

#include <QMetaType>
#include <QVariant>

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
#endif

#if _QGIS_VERSION_INT >= 33000
constexpr auto WkbMultiPolygon = Qgis::WkbType::MultiPolygon;
constexpr auto GeometryPolygon = Qgis::GeometryType::Polygon;
constexpr auto GeometryPoint = Qgis::GeometryType::Point;
constexpr auto GeometryLine = Qgis::GeometryType::Line;
constexpr auto RenderMillimeters = Qgis::RenderUnit::Millimeters;
constexpr auto DistanceMeters = Qgis::DistanceUnit::Meters;
constexpr auto DistanceKilometers = Qgis::DistanceUnit::Kilometers;
constexpr auto LayoutMillimeters = Qgis::LayoutUnit::Millimeters;
constexpr auto RenderPoints = Qgis::RenderUnit::Points;
#else
constexpr auto WkbMultiPolygon = QgsWkbTypes::MultiPolygon;
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
#else
constexpr auto RequestNoGeometry = QgsFeatureRequest::NoGeometry;
constexpr auto GeometryNoCheck = QgsFeatureRequest::GeometryNoCheck;
#endif

//! QgsField::type() is a QVariant::Type before 3.38 and a QMetaType::Type after; both share the numbers.
inline bool isTextField( const QgsField &field )
{
  return static_cast<int>( field.type() ) == static_cast<int>( QMetaType::QString );
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

} // namespace vkcompat
