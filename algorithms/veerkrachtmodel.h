#pragma once

#include <memory>

class QgsProcessingModelAlgorithm;

/**
 * The veerkrachtkaarten chain (two moments) as a Processing model of the building blocks:
 * kwetsbaarheid → overlast → ontwikkeling → signaleringskaart → focuskaart → corporatiebezit →
 * veerkrachtscore. Saved as models/veerkrachtkaarten.model3 for the Graphical Modeler; the
 * provider's algorithms must be registered to run it.
 */
std::unique_ptr<QgsProcessingModelAlgorithm> buildVeerkrachtModel();
