#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The version matrix: per Debian release a fresh minimal chroot (scripts/chroot.sh), a clean clone
# of this repository, then the README's two Quick start commands exactly as written. Prints one
# table: release, QGIS version, build, tests passed/failed, the demo's two summary lines, wall time;
# on sid (QGIS 3.44) also the Qt 6 readiness build (preset qt6-ready, docs/building.md).
# Usage: scripts/matrix.sh [--tests-only] [RELEASE …]
#   RELEASE       bookworm, bookworm-backports, trixie, sid (default: all four)
#   --tests-only  only the test command (CI), not the demo nor the package test
# Without --tests-only each row also builds the .deb and installs it in a fresh chroot
# (scripts/debtest.sh: CLI, qgis_process and the desktop suite on the installed package).
# Logs of every row: $VEERKRACHT_MATRIX_LOGS (default build/matrix/). Exits 1 when a row fails.
# Needs root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
demo=1
releases=()
for argument in "$@"; do
  case $argument in
    --tests-only) demo=0 ;;
    bookworm | bookworm-backports | trixie | sid) releases+=("$argument") ;;
    *) echo "matrix.sh: unknown argument '$argument' (--tests-only, bookworm, bookworm-backports, trixie, sid)" >&2; exit 2 ;;
  esac
done
((${#releases[@]})) || releases=(bookworm bookworm-backports trixie sid)
logs=${VEERKRACHT_MATRIX_LOGS:-$root/build/matrix}
mkdir -p "$logs"

# What runs in the chroot: the Quick start as the README gives it, each command's output to a log.
quickstart='set +e
if [ "$VK_DEMO" = 1 ]; then bash scripts/demo.sh >/results/demo.log 2>&1; echo $? >/results/demo.rc; fi
bash scripts/test.sh >/results/test.log 2>&1; echo $? >/results/test.rc
if [ "$VK_QT6" = 1 ]; then
  { cmake --preset qt6-ready && cmake --build --preset qt6-ready -j"$(nproc)"; } >/results/qt6.log 2>&1; echo $? >/results/qt6.rc
fi
dpkg-query -W -f="\${Version}\n" qgis-providers >/results/qgis.version 2>/dev/null
exit 0'

rows=()
failed=0
for release in "${releases[@]}"; do
  out="$logs/$release"
  rm -rf "$out"
  mkdir -p "$out"
  echo "matrix.sh: $release (logs in $out)" >&2
  start=$(date +%s)
  qt6=0
  [ "$release" != sid ] || qt6=1
  VEERKRACHT_CHROOT_RESULTS=$out bash "$root/scripts/chroot.sh" "$release" "VK_DEMO=$demo; VK_QT6=$qt6; $quickstart" >"$out/chroot.log" 2>&1 ||
    echo "matrix.sh: the chroot for $release failed (see $out/chroot.log)" >&2
  package="-"
  if ((demo)) && [ "$release" != bookworm-backports ]; then
    if VEERKRACHT_DEBTEST_OUT=$out bash "$root/scripts/debtest.sh" "$release" >"$out/debtest.log" 2>&1; then package=ok; else package=failed; failed=1; fi
  fi
  seconds=$(($(date +%s) - start))

  qgis=$(cat "$out/qgis.version" 2>/dev/null || echo "?")
  # ctest's closing line: "95% tests passed, 1 tests failed out of 19"
  ctest_line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$out/test.log" 2>/dev/null | tail -n 1 || true)
  if [ -n "$ctest_line" ]; then
    build=ok
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$ctest_line")
    nfailed=$(sed -E 's/.*, ([0-9]+) tests? failed.*/\1/' <<<"$ctest_line")
    tests="$((total - nfailed))/$nfailed"
  else
    build=failed
    tests="-"
  fi
  [ "$(cat "$out/test.rc" 2>/dev/null)" = 0 ] || failed=1
  if ((demo)); then
    [ "$(cat "$out/demo.rc" 2>/dev/null)" = 0 ] || failed=1
    summary=$(grep -h '^Summary' "$out/demo.log" 2>/dev/null | sed 's/^Summary — //' | paste -sd'|' - | sed 's/|/ <br> /g')
    summary=${summary:-"(no summary: see demo.log)"}
  else
    summary="(tests only)"
  fi
  qt6_build="-"
  if ((qt6)); then
    if [ "$(cat "$out/qt6.rc" 2>/dev/null)" = 0 ]; then qt6_build=ok; else qt6_build=failed; failed=1; fi
  fi
  rows+=("| $release | $qgis | $build | $tests | $qt6_build | $package | $summary | $((seconds / 60)) min $((seconds % 60)) s |")
done

# One plugin repository over the releases' ZIPs (one per QGIS minor version), as it would be published.
# Only this run's ZIPs; two releases with the same QGIS build the same file name, one is enough.
zips=""
for release in "${releases[@]}"; do
  for zip in "$logs/$release/$release"/veerkracht-*-qgis*.zip; do
    [ -f "$zip" ] || continue
    case ";$zips;" in *"/$(basename "$zip");"*) continue ;; esac
    zips=${zips:+$zips;}$zip
  done
done
if [ -n "$zips" ]; then
  if cmake -DZIPS="$zips" -DURL="${VEERKRACHT_REPOSITORY_URL:-https://github.com/veerkracht/veerkracht/releases/download/latest}" \
    -DOUTPUT="$logs/plugins.xml" -P "$root/cmake/pluginsxml.cmake" >/dev/null; then
    echo "matrix.sh: $logs/plugins.xml lists ${zips//;/, }" >&2
  else
    echo "matrix.sh: plugins.xml could not be written" >&2
    failed=1
  fi
fi

echo
echo "Version matrix, $(date -u +%Y-%m-%d), $(nproc) cores:"
echo
echo "| Debian | QGIS | build | tests passed/failed | Qt 6 readiness build | .deb installed | demo summary | wall time |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit "$failed"
