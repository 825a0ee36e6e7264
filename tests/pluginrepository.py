# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin repository of a build: plugins.xml lists the ZIP with the QGIS range of the library
inside it, as QGIS's Plugin Manager reads it (tag names and three-part versions), and the ZIP's
metadata.txt says the same range; QGIS's own Plugin Manager check (isCompatible) offers it to this
QGIS and to no other version (its library links QGIS's libraries by a soname with the patch). Usage: pluginrepository.py CMAKE ZIP QGIS_VERSION OUT_FOLDER"""
import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

cmake, zip_path, qgis_version, out = sys.argv[1:5]
major, minor_number, patch = (int(n) for n in qgis_version.split("."))
os.makedirs(out, exist_ok=True)
xml_path = os.path.join(out, "plugins.xml")
url = "https://example.invalid/veerkracht/downloads"
subprocess.run([cmake, "-DZIPS=" + zip_path, "-DURL=" + url, "-DOUTPUT=" + xml_path, "-P",
                os.path.join(os.path.dirname(__file__), "..", "cmake", "pluginsxml.cmake")], check=True, cwd=out)

failures = []


def check(what, ok, got):
    if not ok:
        failures.append("%s: got %r" % (what, got))


with zipfile.ZipFile(zip_path) as archive:
    metadata = configparser.ConfigParser()
    metadata.read_string(archive.read("veerkracht/metadata.txt").decode("utf-8"))
general = metadata["general"]
# The library links libqgis_core.so.<x.y.z>: it loads in exactly this QGIS.
check("ZIP qgisMinimumVersion", general["qgisMinimumVersion"] == qgis_version, general["qgisMinimumVersion"])
check("ZIP qgisMaximumVersion", general["qgisMaximumVersion"] == qgis_version, general["qgisMaximumVersion"])
check("ZIP name says the QGIS", os.path.basename(zip_path).endswith("-qgis%s.zip" % qgis_version), os.path.basename(zip_path))

plugins = ET.parse(xml_path).getroot().findall("pyqgis_plugin")
check("one plugin entry", len(plugins) == 1, len(plugins))
if plugins:
    p = plugins[0]
    text = {child.tag: (child.text or "") for child in p}
    check("name", p.get("name") == general["name"], p.get("name"))
    check("version", p.get("version") == general["version"] == text.get("version"), (p.get("version"), text.get("version")))
    check("qgis_minimum_version", text.get("qgis_minimum_version") == qgis_version, text.get("qgis_minimum_version"))
    check("qgis_maximum_version", text.get("qgis_maximum_version") == qgis_version, text.get("qgis_maximum_version"))
    check("file_name", text.get("file_name") == os.path.basename(zip_path), text.get("file_name"))
    check("download_url", text.get("download_url") == url + "/" + os.path.basename(zip_path), text.get("download_url"))
    for tag in ("description", "about", "author_name", "homepage", "experimental", "deprecated", "tracker", "repository"):
        check(tag, text.get(tag, "").strip() != "", text.get(tag))
# The Plugin Manager's own version check, from QGIS's Python (python3-qgis); the module alone, as
# the package's __init__ starts the installer, which needs a running desktop.
import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location("version_compare", "/usr/share/qgis/python/pyplugin_installer/version_compare.py")
version_compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(version_compare)
isCompatible = version_compare.isCompatible

if plugins:
    low, high = text.get("qgis_minimum_version"), text.get("qgis_maximum_version")
    check("offered to this QGIS " + qgis_version, isCompatible(qgis_version, low, high), (low, high))
    for other in ("%d.%d.%d" % (major, minor_number, patch + 1), "%d.%d.%d" % (major, minor_number, max(patch - 1, 0)) if patch else "%d.%d.99" % (major, minor_number - 1),
                  "%d.%d.0" % (major, minor_number + 1), "%d.%d.99" % (major, minor_number - 1)):
        check("not offered to QGIS " + other, not isCompatible(other, low, high), (low, high))
if failures:
    print("\n".join("fail " + f for f in failures))
    sys.exit(1)
print("plugins.xml lists %s for QGIS %s only" % (os.path.basename(zip_path), qgis_version))
