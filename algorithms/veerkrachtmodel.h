// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsprocessingmodelalgorithm.h>

#include <memory>

/**
 * The veerkrachtkaarten chain (two moments) as a Processing model of the building blocks:
 * kwetsbaarheid → overlast → ontwikkeling → signaleringskaart → focuskaart → corporatiebezit →
 * veerkrachtscore. Every parameter of every step is set (from a model input or the step's own
 * default), so the Graphical Modeler opens it valid. Its texts are in the current language.
 * Saved as models/veerkrachtkaarten.model3 (and _nl) for the Modeler; the provider's algorithms
 * must be registered to run it.
 */
std::unique_ptr<QgsProcessingModelAlgorithm> buildVeerkrachtModel();

/**
 * The model in the Processing Toolbox (veerkracht:veerkrachtkaartenmodel): a stable id, a name in
 * the user's language, and the model built anew for every run.
 */
class VeerkrachtModelAlgorithm : public QgsProcessingModelAlgorithm
{
  public:
    VeerkrachtModelAlgorithm();
    QString name() const override;
    QString displayName() const override;
    QString group() const override;
    QString groupId() const override;
    QString helpUrl() const override;

  protected:
    VeerkrachtModelAlgorithm *createInstance() const override;
};
