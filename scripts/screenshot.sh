#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's desktop screenshot: QGIS under Xvfb with the plugin (the staged ZIP folder) in a
# fresh profile, the Processing Toolbox and the Veerkracht menu open. Needs xvfb and qgis.
# Usage: scripts/screenshot.sh [output.png, default docs/img/desktop.png]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
out=$(realpath -m "${1:-$root/docs/img/desktop.png}")
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT

cmake --build "$build" --target python_plugin >/dev/null
mkdir -p "$profiles/profiles/default/python/plugins" "$profiles/profiles/default/QGIS"
cp -r "$build/python/veerkracht" "$profiles/profiles/default/python/plugins/"
# Enabled, Dutch, no welcome page or news feed.
cat > "$profiles/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
veerkracht=true
processing=true

[locale]
overrideFlag=true
userLocale=${VEERKRACHT_SCREENSHOT_LOCALE:-nl_NL}

[qgis]
checkVersion=false
showTips322=false
allowVersionCheck=false
INI
VEERKRACHT_SCREENSHOT="$out" xvfb-run -a -s "-screen 0 1440x900x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$root/scripts/screenshot.py" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "screenshot: QGIS wrote no $out" >&2; exit 1; }
echo "screenshot: wrote $out" >&2
