#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The real QGIS desktop under Xvfb with the plugin ZIP unpacked in a fresh profile (CTest: desktop).
# Usage: run.sh <plugin zip | --installed> [screenshot folder]; exit 0 when every check of check.py
# (or of the script VEERKRACHT_DESKTOP_CHECK names)
# passes, 77 (skipped) without qgis or xvfb-run. --installed: the plugin the .deb installed under
# /usr (its sample and models in /usr/share/veerkracht), nothing unpacked into the profile.
set -uo pipefail
command -v qgis >/dev/null && command -v xvfb-run >/dev/null || { echo "qgis or xvfb-run missing: desktop test skipped"; exit 77; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
mkdir -p "$profiles/profiles/default/python/plugins" "$profiles/profiles/default/QGIS"
if [ "$1" = --installed ]; then
  export VEERKRACHT_DATA_ROOT=${VEERKRACHT_DATA_ROOT:-/usr/share/veerkracht}
else
  (cd "$profiles/profiles/default/python/plugins" && cmake -E tar xf "$1")
fi
printf '[PythonPlugins]\nveerkracht=true\nprocessing=true\n\n[qgis]\ncheckVersion=false\nallowVersionCheck=false\n' > "$profiles/profiles/default/QGIS/QGIS3.ini"
unset QT_QPA_PLATFORM # the desktop runs on Xvfb; offscreen would give it no windows
export VEERKRACHT_CHECK_OUT="$profiles/result.txt"
export VEERKRACHT_SHOTS="${2:-$profiles/shots}"
mkdir -p "$VEERKRACHT_SHOTS"
timeout 400 xvfb-run -a -s "-screen 0 1280x800x24" qgis --profiles-path "$profiles" --nologo --noversioncheck --code "${VEERKRACHT_DESKTOP_CHECK:-$here/check.py}" >"${VEERKRACHT_DESKTOP_LOG:-/dev/null}" 2>&1
status=$?
[ -s "$VEERKRACHT_CHECK_OUT" ] || { echo "QGIS wrote no result (exit $status)"; exit 1; }
cat "$VEERKRACHT_CHECK_OUT"
# A crash or a hang on the way out is a failure too, not only a failed check.
[ "$status" -eq 0 ] || { echo "fail QGIS exited with status $status"; exit 1; }
! grep -q '^fail' "$VEERKRACHT_CHECK_OUT"
