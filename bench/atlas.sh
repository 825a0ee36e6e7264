#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmark (not a test): the national atlas — every gemeente of the 2019 buurten × every map, PNG at
# 150 dpi — from SYNTHETIC indicator values (seeded) on the real geometry. QGIS layouts render in
# the main thread, so the gemeenten are split over one process per core. Prints pages per second,
# wall time, peak memory per process and the ratio to the target (the whole atlas in 600 s).
# Usage: bench/atlas.sh [number of gemeenten, default all] [dpi, default 150] [processes, default nproc]
# Needs ../shared/data/nl/buurten_2019.topojson (or NL_BUURTEN=path) and gdal-bin (ogr2ogr).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
veerkracht="$build/cli/veerkracht"
buurten=${NL_BUURTEN:-$root/../shared/data/nl/buurten_2019.topojson}
limit=${1:-0}
dpi=${2:-150}
processes=${3:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/nationale_kaarten.sh
source "$root/bench/nationale_kaarten.sh"
nationale_kaarten "$veerkracht" "$buurten" "$work"

cut -d, -f1 "$work/codes.csv" | tail -n +2 | cut -c3-6 | sort -u | sed 's/^/GM/' > "$work/gemeenten"
total=$(wc -l < "$work/gemeenten")
[ "$limit" -gt 0 ] && head -n "$limit" "$work/gemeenten" > "$work/chosen" || cp "$work/gemeenten" "$work/chosen"
count=$(wc -l < "$work/chosen")
split -n "r/$processes" -d "$work/chosen" "$work/part."

start=$(date +%s.%N)
# One output folder per process: a run writing into a folder that another run holds is refused.
pids=()
parts=("$work"/part.??)
for part in "${parts[@]}"; do
  /usr/bin/time -f "%M" -o "$part.mem" "$veerkracht" run veerkracht:kaartenset -- INPUT="$work/kaarten.gpkg" \
    GEMEENTE="$(paste -sd, "$part")" DPI="$dpi" OUTPUT_FOLDER="$part.atlas" > "$part.log" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { echo "atlas.sh: the run for $(paste -sd, "${parts[$i]}") failed:" >&2; tail -n 5 "${parts[$i]}.log" >&2; exit 1; }
done
end=$(date +%s.%N)
peak=$(cat "$work"/part.*.mem | sort -n | tail -1)
pages=$(find "$work" -path '*.atlas/*.png' | wc -l)
pdfs=$(find "$work" -path '*.atlas/*.pdf' | wc -l)
awk -v s="$start" -v e="$end" -v p="$pages" -v f="$pdfs" -v g="$count" -v t="$total" -v m="$peak" -v d="$dpi" -v n="$processes" 'BEGIN {
  w = e - s; projected = w * t / g;
  printf "atlas (synthetic values): %d of %d gemeenten, %d PNG pages + %d PDFs at %d dpi in %.1f s with %d processes: %.2f pages/s, peak memory %.0f MiB per process\n", g, t, p, f, d, w, n, p / w, m / 1024;
  printf "whole atlas: %.0f s = %.2f × the 600 s target\n", projected, projected / 600 }'
