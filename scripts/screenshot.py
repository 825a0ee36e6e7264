# SPDX-License-Identifier: GPL-2.0-or-later
# Run inside QGIS (qgis --code scripts/screenshot.py): shows the Processing Toolbox with the
# Veerkracht group open and the Veerkracht menu unfolded, saves the screen and quits.
# Used by scripts/screenshot.sh for docs/img/desktop.png.
import os

from qgis.PyQt.QtCore import QTimer, Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QAction, QApplication, QMenu, QTreeView
from qgis.utils import iface

OUT = os.environ.get("VEERKRACHT_SCREENSHOT", "desktop.png")


def open_toolbox():
    window = iface.mainWindow()
    window.setGeometry(QGuiApplication.primaryScreen().geometry())  # Xvfb has no window manager to maximize
    # The Utrecht example, as "Voorbeeld laden" in the menu adds it.
    load = window.findChild(QAction, "mActionVoorbeeldLaden")
    if load is not None:
        load.trigger()
    toolbox = window.findChild(object, "ProcessingToolbox")
    if toolbox is None:
        from qgis.PyQt.QtWidgets import QDockWidget
        for dock in window.findChildren(QDockWidget):
            if "Processing" in dock.windowTitle() or "Toolbox" in dock.windowTitle():
                toolbox = dock
    if toolbox is not None:
        toolbox.setVisible(True)
        toolbox.raise_()
        search = toolbox.findChild(object, "searchBox")
        if search is not None:
            search.setText("veerkracht")
        for view in toolbox.findChildren(QTreeView):
            view.expandAll()
    QTimer.singleShot(1500, open_menu)


def open_menu():
    menu = iface.mainWindow().findChild(QMenu, "mVeerkrachtMenu")
    if menu is not None:
        bar = iface.mainWindow().menuBar()
        bar.setActiveAction(menu.menuAction())
    QTimer.singleShot(1500, grab)


def grab():
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(OUT)
    QTimer.singleShot(200, QApplication.instance().quit)


QTimer.singleShot(4000, open_toolbox)
