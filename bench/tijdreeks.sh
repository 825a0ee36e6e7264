#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmark (not a test): the time series (veerkracht:tijdreeks) on the 13,594 national buurten of
# 2019 × 6 moments (2019–2024, 5 periods) from SYNTHETIC indicator values (seeded) on the real
# geometry: K = bijstand per 1000 inhabitants and one-person households per 1000 households, O = onv.
# The whole algorithm through the CLI, wall time including QGIS start-up, the median of N runs, and
# as a peer in the same run veerkracht:veerkrachtkaarten (two moments) on the same prepared layer.
# Prints seconds, peak memory, the ratio to the target (3 s) and the ratio tijdreeks/veerkrachtkaarten.
# The prepareer step (synthetic CSV joined to the geometry) is not timed.
# Usage: bench/tijdreeks.sh [runs, default 3]
# Needs data/nl/buurten_2019.topojson (or NL_BUURTEN=path) and gdal-bin (ogr2ogr, ogrinfo).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
veerkracht="$build/cli/veerkracht"
buurten=${NL_BUURTEN:-$root/data/nl/buurten_2019.topojson}
runs=${1:-3}
target=3
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f %M -o "$work/mem") || timer=()

# Seeded synthetic values per buurt code (labelled synthetic: no real national table has them).
ogr2ogr -f CSV "$work/codes.csv" "$buurten" -select statcode 2>/dev/null
awk -F, 'BEGIN { srand(20261203); printf "statcode,inw,hh";
                 for (j = 2019; j <= 2024; ++j) printf ",bijstand_%d,hh1p_%d,onv_%d", j, j, j; print "" }
  NR > 1 { inw = int(50 + rand() * 6000); hh = int(inw / (1.6 + rand())); b = rand() * 0.08; e = 0.2 + rand() * 0.5; o = (rand() - 0.5) * 0.4;
           printf "%s,%d,%d", $1, inw, hh;
           for (j = 2019; j <= 2024; ++j) { b += (rand() - 0.5) * 0.01; e += (rand() - 0.5) * 0.04; o += (rand() - 0.5) * 0.1;
             printf ",%d,%d,%.4f", inw * (b < 0 ? 0 : b), hh * (e < 0 ? 0 : e), o }
           print "" }' "$work/codes.csv" > "$work/synthetic.csv"
areas=$(($(wc -l < "$work/codes.csv") - 1))
"$veerkracht" run veerkracht:prepareer -- INPUT="$buurten" TABLES="$work/synthetic.csv" OUTPUT="$work/nl.gpkg" > "$work/prepareer.log" 2>&1 ||
  { echo "tijdreeks.sh: prepareer failed:" >&2; tail -n 5 "$work/prepareer.log" >&2; exit 1; }

moments=2019,2020,2021,2022,2023,2024
tijdreeks=(run veerkracht:tijdreeks -- INPUT="$work/nl.gpkg"
  K_MOMENTS="$moments" K_FIELDS="bijstand_{jaar},hh1p_{jaar}" K_DENOMINATORS="inw,hh"
  O_MOMENTS="$moments" O_FIELDS="onv_{jaar}" O_DIRECTIONS=-1
  PERIODS="2019-2020; 2020-2021; 2021-2022; 2022-2023; 2023-2024" INHABITANTS_FIELD=inw
  OUTPUT="$work/film.gpkg" OUTPUT_LONG="$work/film_long.gpkg")
kaarten=(run veerkracht:veerkrachtkaarten -- INPUT="$work/nl.gpkg"
  K_T0=bijstand_2019 K_T0=hh1p_2019 K_T1=bijstand_2024 K_T1=hh1p_2024 K_DENOMINATORS_T0=inw,hh K_DENOMINATORS_T1=inw,hh
  O_T0=onv_2019 O_T1=onv_2024 INHABITANTS_FIELD=inw OUTPUT="$work/kaarten.gpkg")

count() { ogrinfo -so -al "$1" 2>/dev/null | awk '/^Feature Count/ { print $3; exit }'; }
# measure name args… → appends "seconds peakKB" to $work/name.times; fails the bench on a failed run
measure() {
  local name=$1 s e; shift
  rm -f "$work"/film*.gpkg "$work/kaarten.gpkg" "$work/mem"
  s=$(date +%s.%N)
  "${timer[@]}" "$veerkracht" "$@" > "$work/$name.log" 2>&1 ||
    { echo "tijdreeks.sh: the $name run failed:" >&2; tail -n 5 "$work/$name.log" >&2; exit 1; }
  e=$(date +%s.%N)
  echo "$(echo "$e - $s" | bc -l) $(tail -n 1 "$work/mem" 2>/dev/null || echo 0)" >> "$work/$name.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for ((i = 1; i <= runs; ++i)); do
  measure tijdreeks "${tijdreeks[@]}"
  wide=$(count "$work/film.gpkg") long=$(count "$work/film_long.gpkg")
  [ "${wide:-0}" -eq "$areas" ] && [ "${long:-0}" -eq $((areas * 5)) ] ||
    { echo "tijdreeks.sh: expected $areas wide and $((areas * 5)) long features, got ${wide:-none} and ${long:-none}" >&2; exit 1; }
  measure veerkrachtkaarten "${kaarten[@]}"
  [ "$(count "$work/kaarten.gpkg")" = "$areas" ] || { echo "tijdreeks.sh: veerkrachtkaarten wrote no $areas features" >&2; exit 1; }
done

t=$(cut -d' ' -f1 "$work/tijdreeks.times" | median)
v=$(cut -d' ' -f1 "$work/veerkrachtkaarten.times" | median)
tm=$(cut -d' ' -f2 "$work/tijdreeks.times" | sort -n | tail -1)
vm=$(cut -d' ' -f2 "$work/veerkrachtkaarten.times" | sort -n | tail -1)
awk -v t="$t" -v v="$v" -v tm="$tm" -v vm="$vm" -v a="$areas" -v n="$runs" -v g="$target" -v c="$(nproc)" \
    -v all="$(cut -d' ' -f1 "$work/tijdreeks.times" | xargs printf "%.2f " | sed "s/ $//")" -v mem="${#timer[@]}" 'BEGIN {
  pt = mem ? sprintf(", peak memory %.0f MiB", tm / 1024) : ""; pv = mem ? sprintf(", peak memory %.0f MiB", vm / 1024) : "";
  printf "tijdreeks (synthetic values): %d buurten × 6 moments, 5 periods, %d cores, median of %d runs (%s s)\n", a, c, n, all;
  printf "veerkracht:tijdreeks          %6.2f s wall incl. QGIS start-up%s\n", t, pt;
  printf "veerkracht:veerkrachtkaarten  %6.2f s wall incl. QGIS start-up%s (two moments, same layer)\n", v, pv;
  printf "tijdreeks: %.2f × the %d s target; tijdreeks/veerkrachtkaarten %.2f\n", t / g, g, t / v }'
