#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The demo on the embedded Utrecht sample (111 buurten): prepares the open data into one layer,
# then computes every veerkrachtkaart, prints a short summary, renders the printable map set, and
# writes the strategy suggestions and the profiles of three buurten for the table.
#   K: bijstand per 1000 inhabitants and one-person households per 1000 households, 2021 -> 2023
#   O: Leefbaarometer 'overlast en onveiligheid' (onv) 2020 -> 2024
#   corporation share: KWB 2023; small areas: fewer than 100 inhabitants (2023)
# Usage: scripts/demo.sh [output folder, default output/]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
out=${1:-$root/output}
veerkracht="$build/cli/veerkracht"

VEERKRACHT_BUILD_TARGET=veerkracht_cli "$root/scripts/setup.sh"
mkdir -p "$out"
data="$root/data/utrecht"

echo "== 1. Gegevens voorbereiden (veerkracht:prepareer)" >&2
"$veerkracht" run veerkracht:prepareer -- \
  INPUT="$data/buurten_2019.geojson" \
  TABLES="$data/kwb_2021_subset_en.csv" \
  TABLES="$data/kwb_2023.csv" \
  TABLES="$data/leefbaarometer_buurten_2002_2024.csv" \
  TABLE_SUFFIXES=_2021,_2023 \
  OUTPUT="$out/utrecht_voorbereid.gpkg" 2>/dev/null

echo "== 2. Veerkrachtkaarten (veerkracht:veerkrachtkaarten)" >&2
"$veerkracht" run veerkracht:veerkrachtkaarten -- \
  INPUT="$out/utrecht_voorbereid.gpkg" \
  K_INDICATORS=n_pp_w_assitance_2021,a_soz_wb_2023,1,1,Number.of.inhabitants_2021,a_inw_2023 \
  K_INDICATORS=Number.of.1.person.household_2021,a_1p_hh_2023,1,1,Number.of.households_2021,a_hh_2023 \
  O_INDICATORS=onv_2020,onv_2024,-1,1,, \
  INHABITANTS_FIELD=a_inw_2023 \
  CORP_SHARE_FIELD=p_wcorpw_2023 \
  OUTPUT="$out/utrecht_veerkrachtkaarten.gpkg" 2> "$out/utrecht_veerkrachtkaarten.log"
grep '^Summary' "$out/utrecht_veerkrachtkaarten.log" >&2

echo "== 3. Kaartenset (veerkracht:kaartenset)" >&2
"$veerkracht" run veerkracht:kaartenset -- \
  INPUT="$out/utrecht_veerkrachtkaarten.gpkg" \
  AREA_NAME=Utrecht PERIOD=2021–2023 LABELS=true DPI=150 \
  OUTPUT_FOLDER="$out/kaartenset" 2>/dev/null
echo "== 4. Strategie en buurtprofielen (veerkracht:strategie, veerkracht:buurtprofiel)" >&2
"$veerkracht" run veerkracht:strategie -- \
  INPUT="$out/utrecht_veerkrachtkaarten.gpkg" \
  OUTPUT="$out/utrecht_strategie.gpkg" 2>/dev/null
"$veerkracht" run veerkracht:buurtprofiel -- \
  INPUT="$out/utrecht_strategie.gpkg" \
  AREAS=BU03440731,BU03440723,BU03440111 PERIOD=2021–2023 INHABITANTS_FIELD=a_inw_2023 \
  OUTPUT_FOLDER="$out/buurtprofielen" 2>/dev/null
echo "veerkracht: wrote $out/utrecht_voorbereid.gpkg, $out/utrecht_veerkrachtkaarten.gpkg (log: $out/utrecht_veerkrachtkaarten.log), the map set in $out/kaartenset/ and three buurt profiles in $out/buurtprofielen/" >&2
