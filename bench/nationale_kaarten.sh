# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by bench/atlas.sh and bench/webatlas.sh: the national veerkrachtkaarten from SYNTHETIC
# seeded values per buurt code (no real national table has them) on the real geometry.
# nationale_kaarten VEERKRACHT BUURTEN WORK writes WORK/codes.csv, WORK/synthetic.csv, WORK/nl.gpkg
# (prepared) and WORK/kaarten.gpkg (every map).
nationale_kaarten() {
  local veerkracht=$1 buurten=$2 work=$3
  ogr2ogr -f CSV "$work/codes.csv" "$buurten" -select statcode 2>/dev/null
  awk -F, 'BEGIN { srand(20261128); print "statcode,inw,hh,hh1p_21,hh1p_23,bijstand_21,bijstand_23,onv_2020,onv_2024,p_corp" }
    NR > 1 { inw = int(50 + rand() * 6000); hh = int(inw / (1.6 + rand())); b = rand() * 0.08;
             printf "%s,%d,%d,%d,%d,%d,%d,%.4f,%.4f,%.1f\n", $1, inw, hh, hh * (0.2 + rand() * 0.5), hh * (0.2 + rand() * 0.5),
                    inw * b, inw * (b + (rand() - 0.5) * 0.02), (rand() - 0.5) * 0.4, (rand() - 0.5) * 0.4, rand() * 90 }' \
    "$work/codes.csv" > "$work/synthetic.csv"
  "$veerkracht" run veerkracht:prepareer -- INPUT="$buurten" TABLES="$work/synthetic.csv" OUTPUT="$work/nl.gpkg" > /dev/null 2>&1
  "$veerkracht" run veerkracht:veerkrachtkaarten -- INPUT="$work/nl.gpkg" \
    K_T0=bijstand_21 K_T0=hh1p_21 K_T1=bijstand_23 K_T1=hh1p_23 K_DENOMINATORS_T0=inw,hh K_DENOMINATORS_T1=inw,hh \
    O_T0=onv_2020 O_T1=onv_2024 INHABITANTS_FIELD=inw CORP_SHARE_FIELD=p_corp OUTPUT="$work/kaarten.gpkg" > /dev/null 2>&1
}
