#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The demo on the embedded Utrecht sample (111 buurten): prepares the open data into one layer,
# then computes every veerkrachtkaart, prints a short summary, renders the printable map set, and
# writes the strategy suggestions and the profiles of three buurten for the table.
#   K: bijstand per 1000 inhabitants and one-person households per 1000 households, 2021 -> 2023
#   O: Leefbaarometer 'overlast en onveiligheid' (onv) 2020 -> 2024
#   corporation share: KWB 2023; small areas: fewer than 100 inhabitants (2023)
#   and the film: K 2021, 2023, 2024 and O 2014 → 2025 (onv and registered crime), four periods
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
  TABLES="$data/kwb_2024.csv" \
  TABLES="$data/leefbaarometer_buurten_2002_2024.csv" \
  TABLES="$data/misdrijven_2021_2025.csv" \
  TABLE_SUFFIXES=_2021,_2023,_2024 \
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
echo "== 4. Strategie (veerkracht:strategie)" >&2
"$veerkracht" run veerkracht:strategie -- \
  INPUT="$out/utrecht_veerkrachtkaarten.gpkg" \
  OUTPUT="$out/utrecht_strategie.gpkg" 2>/dev/null
echo "== 5. De film 2014 → 2024 (veerkracht:tijdreeks)" >&2
# K: the KWB years of the sample (2024 has no bijstand: its change compares one-person households alone);
# O: the Leefbaarometer onv 2014 → 2024 and registered crime per 1000 inhabitants 2021 → 2025.
"$veerkracht" run veerkracht:tijdreeks -- \
  INPUT="$out/utrecht_voorbereid.gpkg" \
  K_MOMENTS=2021,2023,2024 \
  "K_FIELDS=n_pp_w_assitance_2021,Number.of.1.person.household_2021; a_soz_wb_2023,a_1p_hh_2023; ,a_1p_hh_2024" \
  "K_DENOMINATORS=Number.of.inhabitants_2021,Number.of.households_2021; a_inw_2023,a_hh_2023; a_inw_2024,a_hh_2024" \
  O_MOMENTS=2014,2018,2020,2021,2022,2023,2024,2025 \
  "O_FIELDS=onv_{jaar},misdrijven_{jaar}" O_DIRECTIONS=-1,1 O_DENOMINATORS=,inwoners \
  "PERIODS=2014-2018; 2018-2020; 2020-2022 K 2021-2023; 2022-2024" \
  INHABITANTS_FIELD=a_inw_2023 \
  OUTPUT="$out/utrecht_film.gpkg" OUTPUT_LONG="$out/utrecht_film_perioden.gpkg" 2> "$out/utrecht_film.log"
grep '^Trajectories' "$out/utrecht_film.log" >&2
"$veerkracht" run veerkracht:kaartenset -- \
  INPUT="$out/utrecht_film_perioden.gpkg" AREA_NAME=Utrecht DPI=150 \
  OUTPUT_FOLDER="$out/film" 2>/dev/null
echo "== 6. Buurtprofielen met de film (veerkracht:buurtprofiel)" >&2
"$veerkracht" run veerkracht:buurtprofiel -- \
  INPUT="$out/utrecht_strategie.gpkg" FILM="$out/utrecht_film.gpkg" \
  AREAS=BU03440731,BU03440723,BU03440111 PERIOD=2021–2023 INHABITANTS_FIELD=a_inw_2023 \
  OUTPUT_FOLDER="$out/buurtprofielen" 2>/dev/null
echo "== 7. Webatlas (veerkracht:webatlas)" >&2
# One atlas for Utrecht that opens from file:// in any browser, linking the three profiles beside it.
"$veerkracht" run veerkracht:webatlas -- \
  INPUT="$out/utrecht_strategie.gpkg" GEMEENTE=GM0344 PER_GEMEENTE=false TITLE=Utrecht \
  PERIOD=2021–2023 INHABITANTS_FIELD=a_inw_2023 PROFILES="$out/buurtprofielen" \
  OUTPUT_FOLDER="$out/webatlas" 2>/dev/null
echo "veerkracht: wrote $out/utrecht_voorbereid.gpkg, $out/utrecht_veerkrachtkaarten.gpkg (log: $out/utrecht_veerkrachtkaarten.log), the map set in $out/kaartenset/, three buurt profiles in $out/buurtprofielen/ and the film in $out/utrecht_film.gpkg and $out/utrecht_film_perioden.gpkg (log: $out/utrecht_film.log), its sheet and animation in $out/film/, and the web atlas $out/webatlas/index.html" >&2
