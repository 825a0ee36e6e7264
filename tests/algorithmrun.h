// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Running a Veerkracht algorithm in a test as the toolbox and the CLI do, and opening its output.

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsvectorlayer.h>

#include <QDebug>

#include <memory>

/**
 * Runs \a algorithmId with \a parameters (defaults filled in for what is not given, OUTPUT a
 * temporary file unless given). Returns the results; on a QgsProcessingException the message goes
 * to \a error (or the test log) and the results are empty.
 */
inline QVariantMap runAlgorithm( const QString &algorithmId, QVariantMap parameters, QgsProcessingContext &context,
                                 QString *error = nullptr, QgsProcessingFeedback *feedback = nullptr )
{
  std::unique_ptr<QgsProcessingAlgorithm> alg( QgsApplication::processingRegistry()->createAlgorithmById( algorithmId ) );
  if ( !alg )
    return QVariantMap();
  for ( const QgsProcessingParameterDefinition *p : alg->parameterDefinitions() )
  {
    if ( !parameters.contains( p->name() ) && p->defaultValue().isValid() )
      parameters.insert( p->name(), p->defaultValue() );
  }
  if ( !parameters.contains( QStringLiteral( "OUTPUT" ) ) )
    parameters.insert( QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT );
  QgsProcessingFeedback own;
  bool ok = false;
  try
  {
    const QVariantMap results = alg->run( parameters, context, feedback ? feedback : &own, &ok, QVariantMap(), false );
    if ( error )
      error->clear();
    return results;
  }
  catch ( QgsProcessingException &e )
  {
    if ( error )
      *error = e.what();
    else
      qWarning() << algorithmId << "failed:" << e.what();
  }
  return QVariantMap();
}

//! The OUTPUT layer of \a results (a layer of the context, or a file opened and kept in the context); nullptr when invalid.
inline QgsVectorLayer *outputLayer( const QVariantMap &results, QgsProcessingContext &context )
{
  const QString id = results.value( QStringLiteral( "OUTPUT" ) ).toString();
  if ( QgsMapLayer *l = context.getMapLayer( id ) )
    return qobject_cast<QgsVectorLayer *>( l );
  auto *l = new QgsVectorLayer( id, QStringLiteral( "output" ), QStringLiteral( "ogr" ) );
  context.temporaryLayerStore()->addMapLayer( l );
  return l->isValid() ? l : nullptr;
}
