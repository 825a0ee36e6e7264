#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds with warnings as errors and runs the whole test suite (QtTest under CTest).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}

# MinGW-w64 and wine: the QGIS-free model is also built for Windows and run there (tests/portable).
# PostgreSQL with PostGIS and ogr2ogr: the PostGIS tests start a throwaway server (tests/postgis).
# Chromium and Python's websocket client: the web atlas is tested in a real headless browser (tests/browser).
VEERKRACHT_EXTRA_PACKAGES="g++-mingw-w64-x86-64-posix wine64 file postgresql postgresql-postgis gdal-bin chromium python3-websocket" "$root/scripts/setup.sh" -DVEERKRACHT_WERROR=ON
ctest --test-dir "$build" --output-on-failure
