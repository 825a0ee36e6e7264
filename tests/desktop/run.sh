#!/usr/bin/env bash
# The real QGIS desktop under Xvfb with the plugin ZIP unpacked in a fresh profile (CTest: desktop).
# Usage: run.sh <plugin zip> <veerkracht CLI> <source dir>; exit 0 when every check of check.py
# passes, 77 (skipped) without qgis or xvfb-run.
set -uo pipefail
command -v qgis >/dev/null && command -v xvfb-run >/dev/null || { echo "qgis or xvfb-run missing: desktop test skipped"; exit 77; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
mkdir -p "$profiles/profiles/default/python/plugins" "$profiles/profiles/default/QGIS"
(cd "$profiles/profiles/default/python/plugins" && cmake -E tar xf "$1")
printf '[PythonPlugins]\nveerkracht=true\nprocessing=true\n\n[qgis]\ncheckVersion=false\nallowVersionCheck=false\n' > "$profiles/profiles/default/QGIS/QGIS3.ini"
# The Utrecht veerkrachtkaarten as the demo makes them, for an algorithm to run on.
data="$3/data/utrecht"
"$2" run veerkracht:prepareer -- INPUT="$data/buurten_2019.geojson" TABLES="$data/kwb_2021_subset_en.csv" TABLES="$data/kwb_2023.csv" \
  TABLES="$data/leefbaarometer_buurten_2002_2024.csv" TABLE_SUFFIXES=_2021,_2023 OUTPUT="$profiles/voorbereid.gpkg" >/dev/null 2>&1 || { echo "prepareer failed"; exit 1; }
"$2" run veerkracht:veerkrachtkaarten -- INPUT="$profiles/voorbereid.gpkg" K_T0=n_pp_w_assitance_2021 K_T0=Number.of.1.person.household_2021 \
  K_T1=a_soz_wb_2023 K_T1=a_1p_hh_2023 K_DENOMINATORS_T0=Number.of.inhabitants_2021,Number.of.households_2021 K_DENOMINATORS_T1=a_inw_2023,a_hh_2023 \
  O_T0=onv_2020 O_T1=onv_2024 INHABITANTS_FIELD=a_inw_2023 CORP_SHARE_FIELD=p_wcorpw_2023 OUTPUT="$profiles/kaarten.gpkg" >/dev/null 2>&1 || { echo "veerkrachtkaarten failed"; exit 1; }
export VEERKRACHT_CHECK_OUT="$profiles/result.txt" VEERKRACHT_CHECK_INPUT="$profiles/kaarten.gpkg"
timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$here/check.py" >/dev/null 2>&1
[ -s "$VEERKRACHT_CHECK_OUT" ] || { echo "QGIS wrote no result"; exit 1; }
cat "$VEERKRACHT_CHECK_OUT"
! grep -q '^fail' "$VEERKRACHT_CHECK_OUT"
