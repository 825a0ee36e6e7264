#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds what a user installs, for the QGIS on this machine: the Debian package
# (veerkracht_<version>+qgis<QGIS>_<arch>.deb, installed under /usr and depending on exactly this
# QGIS's libqgis-core), the plugin ZIP for this QGIS minor version and a plugins.xml listing it.
# Usage: scripts/package.sh [OUTPUT_FOLDER]  (default build-package/; its own build, prefix /usr)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/build-package}
# dpkg-dev and file: CPack's dpkg-shlibdeps step finds the libraries' packages for the Depends.
VEERKRACHT_EXTRA_PACKAGES="dpkg-dev file" VEERKRACHT_BUILD_DIR="$out" \
  "$root/scripts/setup.sh" -DCMAKE_INSTALL_PREFIX=/usr -DVEERKRACHT_BUILD_TESTS=OFF
rm -f "$out"/veerkracht_*.deb "$out"/veerkracht-*-qgis*.zip
cmake --build "$out" --target plugins_xml >/dev/null
(cd "$out" && cpack -G DEB >/dev/null)
deb=$(ls "$out"/veerkracht_*.deb)
echo "package: $deb"
echo "  Depends: $(dpkg-deb -f "$deb" Depends)"
echo "zip: $(ls "$out"/veerkracht-*-qgis*.zip)"
echo "repository: $out/plugins.xml"
