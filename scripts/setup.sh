#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what Veerkracht needs on Debian 12, 13 or sid (only what is missing) and builds it.
# QGIS comes from the release's own archive: 3.22 on Debian 12, 3.40 LTR on Debian 13, 3.44 on sid.
# On Debian 12 whose apt sources already list bookworm-backports, a first install takes QGIS 3.40
# from there (set VEERKRACHT_QGIS_FROM=stable for 3.22); these sources are never changed here.
# Usage: scripts/setup.sh [extra cmake arguments]; the build folder is $VEERKRACHT_BUILD_DIR or build/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}

packages=(cmake g++ make libqgis-dev libgif-dev qgis-providers qttools5-dev qttools5-dev-tools fonts-dejavu-core qgis python3-qgis xvfb xauth)
# What only the tests need (scripts/test.sh): VEERKRACHT_EXTRA_PACKAGES, space-separated.
read -r -a extra <<<"${VEERKRACHT_EXTRA_PACKAGES:-}"
packages+=("${extra[@]}")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  apt_options=()
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  if [ "$codename" = sid ]; then
    apt_options+=(-o Acquire::Check-Valid-Until=false) # Debian's mirrors can serve sid's Release expired
  fi
  $sudo apt-get "${apt_options[@]}" update -qq
  if [ "$codename" = bookworm ] && [ "${VEERKRACHT_QGIS_FROM:-backports}" = backports ] &&
    ! dpkg-query -W -f='${Status}' qgis-providers 2>/dev/null | grep -q "install ok installed" &&
    apt-cache policy qgis-providers | grep -q 'bookworm-backports'; then
    apt_options+=(-t bookworm-backports)
  fi
  echo "veerkracht: installing ${missing[*]}${apt_options[*]:+ (apt-get ${apt_options[*]})}" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get "${apt_options[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# VEERKRACHT_BUILD_TARGET builds one target (the demo needs only the CLI); default: everything.
cmake --build "$build" -j"$(nproc)" ${VEERKRACHT_BUILD_TARGET:+--target "$VEERKRACHT_BUILD_TARGET"}
