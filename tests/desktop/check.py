# Run inside the real QGIS desktop (tests/desktop/run.sh, under Xvfb): the plugin from the ZIP is
# enabled in a fresh profile. Checks what a user sees and writes one line per check to
# $VEERKRACHT_CHECK_OUT ("ok <what>" or "fail <what>: <why>"), then quits.
import os

import processing
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QMenu
from qgis.utils import iface

lines = []


def check(what, condition, why=""):
    lines.append(("ok %s" % what) if condition else ("fail %s: %s" % (what, why)))


def run():
    try:
        window = iface.mainWindow()
        menu = window.findChild(QMenu, "mVeerkrachtMenu")
        check("menu", menu is not None and menu.menuAction() in window.menuBar().actions(), "no Veerkracht menu in the menu bar")
        provider = QgsApplication.processingRegistry().providerById("veerkracht")
        check("provider", provider is not None and len(provider.algorithms()) == 16, "provider missing or incomplete")
        # "Voorbeeld laden" adds the Utrecht example, styled.
        before = len(QgsProject.instance().mapLayers())
        window.findChild(QAction, "mActionVoorbeeldLaden").trigger()
        added = len(QgsProject.instance().mapLayers()) - before
        check("voorbeeld", added == 4, "%d layers added" % added)
        # An algorithm run from Processing on it gets its map style in the desktop (the layer post-processor).
        sample = iface.activeLayer().source().split("|")[0]
        result = processing.runAndLoadResults("veerkracht:clusters", {"INPUT": sample, "FIELD": "score", "OUTPUT": "TEMPORARY_OUTPUT"})
        layer = QgsProject.instance().mapLayer(result["OUTPUT"])
        renderer = layer.renderer() if layer else None
        check("styled output", renderer is not None and renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "cluster_klasse",
              "renderer %s" % (renderer.type() if renderer else None))
    except Exception as e:  # noqa: BLE001 (report, never hang)
        lines.append("fail exception: %s" % e)
    with open(os.environ["VEERKRACHT_CHECK_OUT"], "w") as out:
        out.write("\n".join(lines) + "\n")
    QTimer.singleShot(200, QApplication.instance().quit)


QTimer.singleShot(3000, run)
