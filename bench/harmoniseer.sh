#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmark (not a test): areal interpolation at national scale, against QGIS's own algorithms
# in the same run (issue #6; figures in docs/performance.md).
#  1. every 100 m RD cell that intersects the national 2019 buurten (about 3.5 million, seeded
#     synthetic counts with 1 in 20 suppressed as −99997) onto the 13,594 buurten;
#  2. the 2014 buurten (coarse, many invalid polygons; a synthetic count derived from the code)
#     onto the 2019 buurten.
# Ours: veerkracht:harmoniseer through the CLI, time and peak memory (/usr/bin/time). QGIS:
# native:fixgeometries (both layers), field calculator (source area), native:intersection, field
# calculator (value × share), qgis:statisticsbycategories (sum per buurt) through qgis_process.bin.
# Case 1's native chain runs on a regional cut (RD 125–150 km × 440–470 km, around Utrecht);
# ours on the cut and on the whole country. Needs qgis (qgis_process.bin) and python3-gdal.
# Usage: bench/harmoniseer.sh [work folder, default a temporary one]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
work=${1:-$(mktemp -d)}
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
VEERKRACHT_BUILD_TARGET=veerkracht_cli "$root/scripts/setup.sh" >/dev/null
cmake --build "$build" --target veerkracht_maakraster >/dev/null
veerkracht="$build/cli/veerkracht"
cut="125000 440000 150000 470000"

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc -l; }
ours() { # source target field out → "seconds peakMB"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$veerkracht" run veerkracht:harmoniseer -- \
    INPUT="$1" TARGET="$2" EXTENSIVE_FIELDS="$3" OUTPUT="$4" >/dev/null 2>"$work/ours.log"
  awk '{printf "%.2f %d", $1, $2 / 1024}' "$work/time.txt"
}
native() { # source target field prefix → stats csv; prints seconds
  local s t f p
  s=$1 t=$2 f=$3 p=$work/$4
  seconds bash -c "
    qgis_process.bin run native:fixgeometries --INPUT='$s' --OUTPUT='$p-fs.gpkg' &&
    qgis_process.bin run native:fixgeometries --INPUT='$t' --OUTPUT='$p-ft.gpkg' &&
    qgis_process.bin run native:fieldcalculator --INPUT='$p-fs.gpkg' --FIELD_NAME=bron_opp --FIELD_TYPE=0 --FIELD_LENGTH=20 --FIELD_PRECISION=10 --FORMULA='area(\$geometry)' --OUTPUT='$p-fa.gpkg' &&
    qgis_process.bin run native:intersection --INPUT='$p-fa.gpkg' --OVERLAY='$p-ft.gpkg' --OVERLAY_FIELDS=statcode --OVERLAY_FIELDS_PREFIX=doel_ --OUTPUT='$p-fi.gpkg' &&
    qgis_process.bin run native:fieldcalculator --INPUT='$p-fi.gpkg' --FIELD_NAME=deel --FIELD_TYPE=0 --FIELD_LENGTH=20 --FIELD_PRECISION=10 --FORMULA='if(\"$f\" >= 0, \"$f\" * area(\$geometry) / \"bron_opp\", NULL)' --OUTPUT='$p-fd.gpkg' &&
    qgis_process.bin run qgis:statisticsbycategories --INPUT='$p-fd.gpkg' --VALUES_FIELD_NAME=deel --CATEGORIES_FIELD_NAME=doel_statcode --OUTPUT='$p-stats.csv'"
}

echo "preparing inputs in $work …" >&2
[ -s "$work/raster.gpkg" ] || "$build/tools/veerkracht_maakraster" "$root/data/nl/buurten_2019.topojson" "$work/raster.gpkg" >/dev/null
[ -s "$work/buurten2019.gpkg" ] || ogr2ogr -f GPKG "$work/buurten2019.gpkg" "$root/data/nl/buurten_2019.topojson" -s_srs EPSG:4326 -t_srs EPSG:28992 -nln buurten
[ -s "$work/buurten2014.gpkg" ] || ogr2ogr -f GPKG "$work/buurten2014.gpkg" "TopoJSON:$root/data/nl/buurten_2014_coarse.topojson" -s_srs EPSG:4326 -t_srs EPSG:28992 -nln buurten2014 \
  -dialect SQLite -sql "SELECT statcode, geometry, (CAST(substr(statcode, 3) AS INTEGER) * 2654435761) % 997 AS aantal FROM layer"
ogr2ogr -f GPKG -overwrite "$work/cut-cells.gpkg" "$work/raster.gpkg" -spat $cut -nln vierkanten
ogr2ogr -f GPKG -overwrite "$work/cut-buurten.gpkg" "$work/buurten2019.gpkg" -spat $cut -nln buurten
cells=$(ogrinfo -so "$work/raster.gpkg" vierkanten | awk '/Feature Count/ {print $3}')
cutcells=$(ogrinfo -so "$work/cut-cells.gpkg" vierkanten | awk '/Feature Count/ {print $3}')
cutbuurten=$(ogrinfo -so "$work/cut-buurten.gpkg" buurten | awk '/Feature Count/ {print $3}')

read -r o1s o1m <<<"$(ours "$work/cut-cells.gpkg" "$work/cut-buurten.gpkg" aantal_inwoners "$work/o1.gpkg")"
n1=$(native "$work/cut-cells.gpkg" "$work/cut-buurten.gpkg" aantal_inwoners n1)
read -r c1 d1 _ _ x1 <<<"$(/usr/bin/python3 "$root/bench/vergelijk.py" "$work/o1.gpkg" aantal_inwoners "$work/n1-stats.csv")"
read -r ons onm <<<"$(ours "$work/raster.gpkg" "$work/buurten2019.gpkg" aantal_inwoners "$work/onl.gpkg")"
read -r o2s o2m <<<"$(ours "$work/buurten2014.gpkg" "$work/buurten2019.gpkg" aantal "$work/o2.gpkg")"
n2=$(native "$work/buurten2014.gpkg" "$work/buurten2019.gpkg" aantal n2)
read -r c2 d2 _ _ x2 <<<"$(/usr/bin/python3 "$root/bench/vergelijk.py" "$work/o2.gpkg" aantal "$work/n2-stats.csv")"

printf 'Areal interpolation (2 cores; synthetic counts)\n'
printf '%-58s %9s %9s %9s %11s %14s\n' case "ours s" "peak MB" "QGIS s" "QGIS/ours" "max rel diff"
printf '%-58s %9.2f %9d %9.2f %10.1f× %14s\n' "1. grid → buurten, cut: $cutcells cells → $cutbuurten buurten" "$o1s" "$o1m" "$n1" "$(echo "$n1 / $o1s" | bc -l)" "$d1 ($c1)"
printf '%-58s %9.2f %9d %9s %11s %14s\n' "1. grid → buurten, whole country: $cells cells → 13594" "$ons" "$onm" "—" "—" "—"
printf '%-58s %9.2f %9d %9.2f %10.1f× %14s\n' "2. buurten 2014 (coarse) → buurten 2019, whole country" "$o2s" "$o2m" "$n2" "$(echo "$n2 / $o2s" | bc -l)" "$d2 ($c2)"
echo "(compared buurten in brackets; buurten with a value on one side only: $x1 and $x2)"
