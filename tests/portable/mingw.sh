#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The QGIS-free model cross-compiled for Windows with Debian's MinGW-w64 and run under wine:
# it must build, pass its hand checks and print the same numbers as the native build.
# Usage: mingw.sh BUILD_DIR. Exit 77 (skipped) without the cross compiler, with the reason.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?build folder}"
if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null; then
  echo "skipped: x86_64-w64-mingw32-g++-posix not installed (apt-get install g++-mingw-w64-x86-64-posix)"
  exit 77
fi
cmake -S "$here" -B "$out/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$out/native" -j2 >/dev/null
cmake -S "$here" -B "$out/windows" -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$here/../../cmake/mingw-w64-x86_64.cmake" >/dev/null
cmake --build "$out/windows" -j2 >/dev/null
echo "built $out/windows/controle.exe ($(file -b "$out/windows/controle.exe" | cut -d, -f1))"
"$out/native/controle" > "$out/native.txt"
wine=""
for candidate in wine64 /usr/lib/wine/wine64 wine; do
  if command -v "$candidate" >/dev/null; then wine="$candidate"; break; fi
done
if [ -z "$wine" ]; then
  echo "compiled only: wine is not installed (apt-get install wine64), so the Windows build did not run"
  exit 0
fi
export WINEPREFIX="$out/wineprefix" WINEDEBUG=-all
"$wine" "$out/windows/controle.exe" 2>/dev/null | tr -d '\r' > "$out/windows.txt"
if ! diff -u "$out/native.txt" "$out/windows.txt"; then
  echo "the Windows build differs from the native one"
  exit 1
fi
grep -q '^controle: ok$' "$out/windows.txt"
echo "Windows build under $wine: the same $(wc -l < "$out/windows.txt") lines as the native build"
