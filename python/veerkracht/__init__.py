# SPDX-License-Identifier: GPL-2.0-or-later
"""Veerkracht: the loader of the native plugin for qgis_process and Plugin Manager installs.

All logic is in C++ (libveerkrachtplugin.so); this file only loads that library and calls its
registration function veerkracht_load(), with the desktop's interface when there is one.
"""

import ctypes
import os
import sys

_LIBRARY_NAMES = {
    "win32": "veerkrachtplugin.dll",
    "darwin": "libveerkrachtplugin.so",
}


def _library_path():
    """The native library: beside this file (ZIP install), or in QGIS's plugin folder (cmake --install)."""
    name = _LIBRARY_NAMES.get(sys.platform, "libveerkrachtplugin.so")
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [
        os.path.join(here, name),
        # share/qgis/python/plugins/veerkracht -> lib/qgis/plugins under the same prefix
        os.path.normpath(os.path.join(here, "..", "..", "..", "..", "..", "lib", "qgis", "plugins", name)),
    ]
    try:
        from qgis.core import QgsApplication

        candidates.append(os.path.join(QgsApplication.pluginPath(), name))
    except ImportError:
        pass
    for candidate in candidates:
        if os.path.exists(candidate):
            return candidate
    raise ImportError("Veerkracht: the native library {} was not found in {}".format(name, ", ".join(candidates)))


class VeerkrachtLoader:
    def __init__(self, iface):
        self._iface = iface
        self._library = ctypes.CDLL(_library_path())
        self._library.veerkracht_load.argtypes = [ctypes.c_void_p]
        self._library.veerkracht_load.restype = ctypes.c_int
        self._library.veerkracht_unload.argtypes = []
        self._library.veerkracht_unload.restype = None
        self._loaded = False

    def _load(self, iface):
        if self._loaded:
            return
        pointer = None
        if iface is not None:
            from qgis.PyQt import sip

            pointer = sip.unwrapinstance(iface)
        if not self._library.veerkracht_load(pointer):
            raise RuntimeError("Veerkracht: the processing provider could not be registered")
        self._loaded = True

    def initProcessing(self):  # qgis_process
        self._load(None)

    def initGui(self):  # the desktop
        self._load(self._iface)

    def unload(self):
        if self._loaded:
            self._library.veerkracht_unload()
            self._loaded = False


def classFactory(iface):  # noqa: N802 (the name QGIS calls)
    return VeerkrachtLoader(iface)
