# SPDX-License-Identifier: GPL-2.0-or-later
# Run inside the real QGIS desktop (tests/desktop/run.sh with VEERKRACHT_DESKTOP_CHECK set to this
# file, started by tests/postgis/run.sh against its throwaway server): a PostGIS layer of the
# project is the input, "Save to Database Table" (a postgres:// destination, as QGIS's output
# widget writes it) the output; the result is loaded styled, and a fresh layer on the table opens
# with the stored default style. One line per check to $VEERKRACHT_CHECK_OUT, then quits.
import os
import traceback

import processing
from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

lines = []


def check(what, condition, why=""):
    lines.append(("ok %s" % what) if condition else ("fail %s: %s" % (what, why)))


def run():
    try:
        connection = os.environ["VEERKRACHT_PG_CONNECTION"]
        source = QgsVectorLayer(connection + ' table="public"."kaarten" (geom)', "kaarten", "postgres")
        check("postgis layer in the project", source.isValid(), "the table kaarten cannot be opened")
        QgsProject.instance().addMapLayer(source)
        destination = QgsProcessingOutputLayerDefinition("postgres://" + connection + ' table="public"."strategie_desktop" (geom)')
        result = processing.runAndLoadResults("veerkracht:strategie", {"INPUT": source.id(), "OUTPUT": destination})
        loaded = [l for l in QgsProject.instance().mapLayers().values()
                  if l.providerType() == "postgres" and '"strategie_desktop"' in l.source()]
        check("postgis output loaded", len(loaded) == 1, str(result))
        if loaded:
            layer = loaded[0]
            check("postgis output complete", layer.featureCount() == source.featureCount(), "%d of %d" % (layer.featureCount(), source.featureCount()))
            renderer = layer.renderer()
            check("postgis output styled", renderer is not None and renderer.type() == "categorizedSymbol", renderer.type() if renderer else "none")
            check("postgis output styles menu", "Veerkrachtscore" in layer.styleManager().styles(), ", ".join(layer.styleManager().styles()))
        # Opened again as a planner opens the table: QGIS loads the default style from layer_styles.
        fresh = QgsVectorLayer(connection + ' table="public"."strategie_desktop" (geom)', "opnieuw", "postgres")
        renderer = fresh.renderer() if fresh.isValid() else None
        check("postgis table opens styled", renderer is not None and renderer.type() == "categorizedSymbol"
              and renderer.classAttribute() == "sign_abs_klasse", "%s %s" % (renderer.type() if renderer else None,
                                                                        renderer.classAttribute() if renderer and hasattr(renderer, "classAttribute") else ""))
    except Exception as e:  # noqa: BLE001 (report, never hang)
        lines.append("fail exception: %s %s" % (e, traceback.format_exc().replace("\n", " | ")))
    with open(os.environ["VEERKRACHT_CHECK_OUT"], "w") as out:
        out.write("\n".join(lines) + "\n")
    QgsProject.instance().clear()
    QTimer.singleShot(200, QApplication.instance().quit)


QTimer.singleShot(3000, run)
