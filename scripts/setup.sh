#!/usr/bin/env bash
# Installs what Veerkracht needs on Debian 12 (only what is missing) and builds it.
# Usage: scripts/setup.sh [extra cmake arguments]; the build folder is $VEERKRACHT_BUILD_DIR or build/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}

packages=(cmake g++ make libqgis-dev qgis-providers qttools5-dev qttools5-dev-tools fonts-dejavu-core qgis python3-qgis xvfb xauth)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "veerkracht: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# VEERKRACHT_BUILD_TARGET builds one target (the demo needs only the CLI); default: everything.
cmake --build "$build" -j"$(nproc)" ${VEERKRACHT_BUILD_TARGET:+--target "$VEERKRACHT_BUILD_TARGET"}
