#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmark (not a test): the web atlas of the whole country — the 13,594 buurten of 2019 with
# SYNTHETIC indicator values (seeded, as bench/atlas.sh) on the real geometry — through the CLI,
# QGIS start-up included. Prints the export time and the size of one national atlas and of the
# atlases per gemeente, against the targets (5 s, 8 MB; 300 kB per gemeente), and beside a peer
# measured in the same run: GDAL's ogr2ogr writing the same buurten simplified to GeoJSON in WGS84
# (the usual route to a web map; it holds the geometry and class fields only, no page).
# Usage: bench/webatlas.sh [runs, default 3] [tolerance in metres, default 10]
# Needs gdal-bin (ogr2ogr); the buurten are data/nl/buurten_2019.topojson (or NL_BUURTEN=path).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}
veerkracht="$build/cli/veerkracht"
buurten=${NL_BUURTEN:-$root/data/nl/buurten_2019.topojson}
runs=${1:-3}
tolerance=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/nationale_kaarten.sh
source "$root/bench/nationale_kaarten.sh"
nationale_kaarten "$veerkracht" "$buurten" "$work"
areas=$(ogrinfo -ro -so "$work/kaarten.gpkg" kaarten 2>/dev/null | sed -n "s/^Feature Count: //p")

seconds() { local s e; s=$(date +%s.%N); "$@" > "$work/last.log" 2>&1 || { tail -n 5 "$work/last.log" >&2; exit 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/one.times"; : > "$work/per.times"; : > "$work/peer.times"
for run in $(seq "$runs"); do
  rm -rf "$work/one" "$work/per" "$work/peer.geojson"
  seconds "$veerkracht" run veerkracht:webatlas -- INPUT="$work/kaarten.gpkg" PER_GEMEENTE=false TOLERANCE="$tolerance" OUTPUT_FOLDER="$work/one" >> "$work/one.times"
  seconds "$veerkracht" run veerkracht:webatlas -- INPUT="$work/kaarten.gpkg" PER_GEMEENTE=true TOLERANCE="$tolerance" OUTPUT_FOLDER="$work/per" >> "$work/per.times"
  # The peer: the same buurten, simplified (GEOS, topology-preserving), to WGS84 at 5 decimals.
  seconds ogr2ogr -f GeoJSON "$work/peer.geojson" "$work/kaarten.gpkg" kaarten -simplify "$tolerance" -t_srs EPSG:4326 \
    -lco COORDINATE_PRECISION=5 -lco RFC7946=YES -select statcode,k_klasse,o_klasse,sign_abs_klasse,focus_klasse,score_klasse >> "$work/peer.times"
done
one=$(median < "$work/one.times"); per=$(median < "$work/per.times"); peer=$(median < "$work/peer.times")
bytes=$(find "$work/one" -type f ! -name veerkracht-manifest.json -printf '%s\n' | awk '{ s += $1 } END { print s }')
peerBytes=$(stat -c %s "$work/peer.geojson")
find "$work/per" -mindepth 1 -maxdepth 1 -type d -name 'GM*' | while read -r g; do
  find "$g" -type f -printf '%s\n' | awk -v g="$(basename "$g")" '{ s += $1 } END { print s, g }'
done | sort -n > "$work/gemeenten.sizes"
gemeenten=$(wc -l < "$work/gemeenten.sizes")
largest=$(tail -1 "$work/gemeenten.sizes")
middle=$(cut -d' ' -f1 "$work/gemeenten.sizes" | median)
utrecht=$(awk '$2 == "GM0344" { print $1 }' "$work/gemeenten.sizes")
awk -v a="$areas" -v t="$tolerance" -v r="$runs" -v one="$one" -v per="$per" -v peer="$peer" -v b="$bytes" -v pb="$peerBytes" \
    -v g="$gemeenten" -v l="$largest" -v m="$middle" -v u="$utrecht" 'BEGIN {
  split(l, big, " ");
  printf "web atlas (synthetic values): %d buurten, tolerance %g m, median of %d runs through the CLI (QGIS start-up included)\n", a, t, r;
  printf "one national atlas: %.2f s = %.2f × the 5 s target; %.2f MB = %.2f × the 8 MB target\n", one, one / 5, b / 1e6, b / 8e6;
  printf "per gemeente (%d atlases and the list): %.2f s; median atlas %.0f kB, largest %s %.0f kB = %.2f × the 300 kB target; Utrecht %.0f kB\n", g, per, m / 1e3, big[2], big[1] / 1e3, big[1] / 3e5, u / 1e3;
  printf "peer ogr2ogr to GeoJSON (geometry, code and 5 class fields, no page): %.2f s, %.2f MB; the atlas takes %.2f × its time, %.2f × its size\n", peer, pb / 1e6, one / peer, b / pb }'
