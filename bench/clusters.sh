#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmark (not a test): Local Moran's I on the 13,594 national buurten of 2019, 999
# permutations, queen contiguity — Veerkracht (veerkracht:clusters through the CLI) against
# R spdep (poly2nb + localmoran_perm + moran.test) measured in the same run, on the same values
# (synthetic: log of each buurt's area). Prints seconds and ratios; docs/performance.md has the figures.
# Usage: bench/clusters.sh [permutations, default 999]   (needs r-cran-spdep, r-cran-sf)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
permutations=${1:-999}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

VEERKRACHT_BUILD_TARGET=veerkracht_cli "$root/scripts/setup.sh" >/dev/null
cores=$(nproc)
spdep1=$(Rscript "$root/bench/clusters_spdep.R" "$root/data/nl/buurten_2019.topojson" "$work/nl.gpkg" "$permutations" 1 2>/dev/null | tail -1)
spdepN=$(Rscript "$root/bench/clusters_spdep.R" "$root/data/nl/buurten_2019.topojson" "$work/nl.gpkg" "$permutations" "$cores" 2>/dev/null | tail -1)

start=$(date +%s.%N)
/usr/bin/time -v "$build/cli/veerkracht" run veerkracht:clusters -- INPUT="$work/nl.gpkg" FIELD=x \
  PERMUTATIONS="$permutations" OUTPUT="$work/clusters.gpkg" > "$work/ours.out" 2> "$work/ours.log"
end=$(date +%s.%N)
ours=$(grep -o 'Neighbours of .*' "$work/ours.log")
weights=$(sed -E 's/.* in ([0-9.]+) s;.*/\1/' <<<"$ours")
statistics=$(sed -E 's/.*permutations in ([0-9.]+) s.*/\1/' <<<"$ours")
peak=$(grep 'Maximum resident' "$work/ours.log" | awk '{print $NF}')
ourI=$(grep '^GLOBAL_I' "$work/ours.out" | cut -f2)

read -r _ version _ w1 _ s1 _ I1 <<<"$spdep1"
read -r _ _ _ wN _ sN _ _ <<<"$spdepN"
wall=$(echo "$end - $start" | bc -l)
printf 'Local Moran'"'"'s I, 13,594 buurten (2019), queen, %s permutations, %s cores (synthetic values)\n' "$permutations" "$cores"
printf '%-34s %10s %12s %10s\n' "" "weights s" "statistics s" "total s"
printf '%-34s %10.2f %12.2f %10.2f\n' "spdep $version, 1 core" "$w1" "$s1" "$(echo "$w1 + $s1" | bc -l)"
printf '%-34s %10.2f %12.2f %10.2f\n' "spdep $version, $cores cores" "$wN" "$sN" "$(echo "$wN + $sN" | bc -l)"
printf '%-34s %10.2f %12.2f %10.2f   (whole CLI run %.2f s, peak %d MB)\n' "Veerkracht, $cores threads" "$weights" "$statistics" \
  "$(echo "$weights + $statistics" | bc -l)" "$wall" "$((peak / 1024))"
printf 'ratio spdep (best) / Veerkracht: weights + statistics %.1f×, statistics %.1f×\n' \
  "$(echo "($( [ "$(echo "$wN + $sN < $w1 + $s1" | bc)" = 1 ] && echo "$wN + $sN" || echo "$w1 + $s1" )) / ($weights + $statistics)" | bc -l)" \
  "$(echo "($( [ "$(echo "$sN < $s1" | bc)" = 1 ] && echo "$sN" || echo "$s1" )) / $statistics" | bc -l)"
printf 'global I: spdep %s, Veerkracht %s\n' "$I1" "$ourI"
