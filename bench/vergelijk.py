# SPDX-License-Identifier: GPL-2.0-or-later
"""Compares Veerkracht's harmonised counts with the QGIS-native chain's (bench/harmoniseer.sh).
Usage: /usr/bin/python3 bench/vergelijk.py <ours.gpkg> <field> <native statistics.csv>
Prints: targets compared, max relative difference, and the two totals."""
import csv
import sys

from osgeo import ogr

ours = {}
ds = ogr.Open(sys.argv[1])
layer = ds.GetLayer(0)
for f in layer:
    value = f.GetField(sys.argv[2])
    if value is not None:
        ours[f.GetField("statcode")] = value
theirs = {}
with open(sys.argv[3], newline="") as handle:
    for row in csv.DictReader(handle):
        if row["sum"] not in ("", "NULL"):
            theirs[row["doel_statcode"]] = float(row["sum"])
common = sorted(set(ours) & set(theirs))
worst = 0.0
for code in common:
    a, b = ours[code], theirs[code]
    worst = max(worst, abs(a - b) / max(1.0, abs(b)))
only = len(set(ours) ^ set(theirs))
print(f"{len(common)} {worst:.3g} {sum(ours.values()):.6f} {sum(theirs.values()):.6f} {only}")
