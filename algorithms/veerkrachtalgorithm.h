// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "support/outputs.h"
#include "support/parametercontrole.h"
#include "support/veerkrachtresources.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>

#include <QIcon>
#include <QRegularExpression>
#include <QUrl>

namespace veerkracht {

//! Help text for QGIS's HTML help: a '<' that starts no tag ("p < ALPHA") written as &lt;, so that neither the dialog nor the CLI's plain text drops what follows it.
inline QString helpHtml( QString text )
{
  static const QRegularExpression literal( QStringLiteral( "<(?![A-Za-z/!])" ) );
  return text.replace( literal, QStringLiteral( "&lt;" ) );
}

} // namespace veerkracht

//! What every Veerkracht algorithm shares: the provider's icon, checked field parameters and destinations, and a feedback that is never null.
class VeerkrachtAlgorithm : public QgsProcessingAlgorithm
{
  public:
    QIcon icon() const override { return QIcon( svgIconPath() ); }
    QString svgIconPath() const override { return QStringLiteral( ":/veerkracht/veerkracht.svg" ); }
    //! The dialog's Help button opens the shipped manual (QGIS's default is a docs.qgis.org page that does not exist).
    QString helpUrl() const override { return veerkrachtManualUrl().toString(); }

  protected:
    /**
     * QgsProcessingAlgorithm::addParameter() with the parameter's id beside the label of an input
     * ("Minimum inhabitants [MIN_INWONERS]"): the help, the CLI and scripts name parameters by id,
     * and the dialog shows the same name. Not on outputs: QGIS names their layers after the label.
     */
    bool addParameter( QgsProcessingParameterDefinition *definition, bool createOutput = true )
    {
      if ( definition && !definition->isDestination() && !definition->description().endsWith( QStringLiteral( "[%1]" ).arg( definition->name() ) ) )
      {
        QString label = definition->description();
        const QString named = QStringLiteral( " (%1)" ).arg( definition->name() ); // "Minimum inhabitants (MIN_INWONERS)" says it once
        if ( label.endsWith( named ) )
          label.chop( named.size() );
        definition->setDescription( QStringLiteral( "%1 [%2]" ).arg( label, definition->name() ) );
      }
      return QgsProcessingAlgorithm::addParameter( definition, createOutput );
    }

    // QgsProcessingAlgorithm::run() may be given no feedback (scripts do): the algorithms get a silent one.
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final
    {
      veerkracht::refuseUnreadableInputs( *this, parameters, context );
      veerkracht::openInputsReadOnly( *this, parameters, context );
      veerkracht::checkFieldParameters( *this, parameters, context );
      veerkracht::refuseAliasedDestinations( *this, parameters, context );
      veerkracht::prepareDestinations( *this, parameters, context );
      const veerkracht::DestinationLocks locks( *this, parameters );
      QgsProcessingFeedback silent;
      return processWithFeedback( parameters, context, feedback ? feedback : &silent );
    }

    //! The algorithm's work, with \a feedback never null.
    virtual QVariantMap processWithFeedback( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) = 0;
};
