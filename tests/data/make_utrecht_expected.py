#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Expected values of veerkracht:prepareer on the embedded Utrecht sample, computed with pandas
(Debian's python3-pandas), independently of the C++ code.

    /usr/bin/python3 tests/data/make_utrecht_expected.py > tests/data/utrecht_expected.csv

Columns: code, naam, a_inw_2023, p_wcorpw_2023, inhabitants_2021 (KWB 2021 subset, code
without BU prefix), onv_<year> for every Leefbaarometer year. Empty = missing.
"""
import sys
from pathlib import Path

import pandas as pd

data = Path(__file__).resolve().parents[2] / "data" / "utrecht"

buurten = pd.read_json(data / "buurten_2019.geojson")["features"].apply(lambda f: f["properties"]["statcode"])
out = pd.DataFrame({"code": buurten.str.strip().str.upper()})

kwb23 = pd.read_csv(data / "kwb_2023.csv", dtype=str, keep_default_na=False)
kwb23 = kwb23[kwb23["recs"] == "Buurt"].set_index("gwb_code")
for field in ("regio", "a_inw", "p_wcorpw"):
    values = kwb23[field].where(kwb23[field] != ".")
    if field == "regio":
        out["naam"] = out["code"].map(values)
    else:
        out[f"{field}_2023"] = out["code"].map(pd.to_numeric(values))

kwb21 = pd.read_csv(data / "kwb_2021_subset_en.csv", dtype=str, keep_default_na=False)
kwb21["code"] = "BU" + kwb21["gwb_code_10"].str.strip().str.zfill(8)
out["inhabitants_2021"] = out["code"].map(pd.to_numeric(kwb21.set_index("code")["Number.of.inhabitants"]))

lbm = pd.read_csv(data / "leefbaarometer_buurten_2002_2024.csv", na_values=["NA"], keep_default_na=False)
onv = lbm.pivot(index="bu_code", columns="jaar", values="onv")
for year in sorted(onv.columns):
    out[f"onv_{year}"] = out["code"].map(onv[year])

out.sort_values("code").to_csv(sys.stdout, index=False, float_format="%.17g", lineterminator="\n")
