#!/usr/bin/env bash
# The demo: prepares the embedded Utrecht sample (111 buurten, KWB 2021 and 2023, Leefbaarometer
# per year) into one GeoPackage. Usage: scripts/demo.sh [output folder, default output/]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
out=${1:-$root/output}

"$root/scripts/setup.sh"
mkdir -p "$out"
data="$root/data/utrecht"
"$build/cli/veerkracht" run veerkracht:prepareer -- \
  INPUT="$data/buurten_2019.geojson" \
  TABLES="$data/kwb_2021_subset_en.csv" \
  TABLES="$data/kwb_2023.csv" \
  TABLES="$data/leefbaarometer_buurten_2002_2024.csv" \
  TABLE_SUFFIXES=_2021,_2023 \
  OUTPUT="$out/utrecht_voorbereid.gpkg"
echo "veerkracht: wrote $out/utrecht_voorbereid.gpkg" >&2
