#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package as a user meets it: built in one fresh chroot (scripts/package.sh), then
# installed with `apt-get install ./veerkracht_….deb` in a second fresh chroot of the same release,
# where `veerkracht list`, `qgis_process.bin plugins enable veerkracht` + `list` and the desktop
# suite (QGIS under Xvfb, tests/desktop/run.sh --installed) must pass.
# Usage: scripts/debtest.sh RELEASE …  (bookworm, trixie, sid); logs and packages in
# $VEERKRACHT_DEBTEST_OUT (default build/debtest/RELEASE). Needs root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
((${#})) || { echo "usage: scripts/debtest.sh RELEASE …" >&2; exit 2; }
failed=0
for release in "$@"; do
  out=${VEERKRACHT_DEBTEST_OUT:-$root/build/debtest}/$release
  rm -rf "$out"
  mkdir -p "$out"
  echo "debtest: $release: building the package (log $out/build.log)" >&2
  VEERKRACHT_CHROOT_RESULTS=$out bash "$root/scripts/chroot.sh" "$release" \
    'bash scripts/package.sh /root/paket && cp /root/paket/veerkracht_*.deb /root/paket/veerkracht-*-qgis*.zip /root/paket/plugins.xml /results/' \
    >"$out/build.log" 2>&1 || { echo "debtest: $release: the package did not build" >&2; failed=1; continue; }
  echo "debtest: $release: installing $(cd "$out" && ls veerkracht_*.deb) in a fresh chroot (log $out/install.log)" >&2
  # The clone moves away first: the package's binaries also look in the source folder they were
  # built from (/root/veerkracht), which must not stand in for files missing from the package.
  VEERKRACHT_CHROOT_RESULTS=$out bash "$root/scripts/chroot.sh" "$release" '
    set -eo pipefail
    cd /root && mv veerkracht bron && cd bron
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /results/veerkracht_*.deb xvfb xauth >/dev/null
    echo "== installed: $(dpkg-query -W -f="\${Package} \${Version}" veerkracht), QGIS $(dpkg-query -W -f="\${Version}" qgis-providers)"
    echo "== veerkracht list"
    veerkracht list | grep -c "veerkracht:"
    export QT_QPA_PLATFORM=offscreen
    echo "== qgis_process.bin plugins enable veerkracht"
    qgis_process.bin plugins enable veerkracht
    qgis_process.bin list | grep "veerkracht:veerkrachtkaarten"
    echo "== desktop"
    bash tests/desktop/run.sh --installed /results/screenshots' >"$out/install.log" 2>&1 ||
    { echo "debtest: $release: the installed package failed (see $out/install.log)" >&2; failed=1; continue; }
  echo "debtest: $release: installed and loaded ($(grep -c '^ok ' "$out/install.log") desktop checks)" >&2
done
exit "$failed"
