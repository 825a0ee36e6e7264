// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The indicator table as a processing parameter: a matrix of six columns (field t0, field t1,
// direction, weight, denominator t0, denominator t1) whose own type lets the plugin give it a
// table widget with presets in the dialog; everywhere else (qgis_process, the CLI, Python) it is
// a matrix, written as a flat list of cells.

#include "support/indicatortabel.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingparametertype.h>

#include "support/veerkracht_compat.h"

class IndicatorenParameter : public QgsProcessingParameterMatrix
{
  public:
    IndicatorenParameter( const QString &name, const QString &description = QString(), const QString &parentLayerParameterName = QStringLiteral( "INPUT" ),
                          veerkracht::IndicatorSoort soort = veerkracht::IndicatorSoort::Kwetsbaarheid, bool optional = true );

    static QString typeName() { return QStringLiteral( "veerkracht_indicatoren" ); }
    QString type() const override { return typeName(); }
    QgsProcessingParameterDefinition *clone() const override;
    bool checkValueIsAcceptable( const QVariant &input, QgsProcessingContext *context = nullptr ) const override;
    QStringList dependsOnOtherParameters() const override;
    QVariantMap toVariantMap() const override;
    bool fromVariantMap( const QVariantMap &map ) override;

    //! The layer whose fields the rows name.
    QString parentLayerParameterName() const { return mParentLayerParameterName; }
    veerkracht::IndicatorSoort soort() const { return mSoort; }
    //! The direction a new row starts with: 1 for K, -1 for O (the Leefbaarometer's onv).
    int standaardRichting() const { return veerkracht::standaardRichting( mSoort ); }

    //! The column headers, translated.
    static QStringList kolomKoppen();

  private:
    QString mParentLayerParameterName;
    veerkracht::IndicatorSoort mSoort;
};

//! Registers the parameter's type, so that a model or a saved dialog with the table can be read back.
class IndicatorenParameterType : public QgsProcessingParameterType
{
  public:
    QgsProcessingParameterDefinition *create( const QString &name ) const override;
    QString description() const override;
    QString name() const override;
    QString id() const override { return IndicatorenParameter::typeName(); }
    vkcompat::ParameterTypeFlags flags() const override;
    QStringList acceptedPythonTypes() const override;
    QStringList acceptedStringValues() const override;
#if _QGIS_VERSION_INT >= 34400
    // From 3.44 the Modeler asks the type what a value can come from.
    QStringList acceptedParameterTypes() const override;
    QStringList acceptedOutputTypes() const override;
#endif
};
