#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The veerkrachtkaarten of the embedded Utrecht sample computed independently of the C++ code,
with pandas, numpy and statsmodels from Debian's packages, straight from the raw files.

    /usr/bin/python3 tests/data/make_utrecht_model_expected.py tests/data

writes utrecht_model_expected.csv (per buurt) and utrecht_model_fit.csv (the score's fit).

The analysis (specification.md §3–4, data/utrecht/README.md):
  K: bijstand per 1000 inhabitants and one-person households per 1000 households, 2021 -> 2023
  O: Leefbaarometer onv 2020 -> 2024, direction -1 (O = -onv)
  small areas: fewer than 100 inhabitants in 2023 (a_inw); corporation share p_wcorpw 2023
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import statsmodels.api as sm

DEAD_BAND = 0.25
FOCUS_P = 80
MIN_INWONERS = 100

root = Path(__file__).resolve().parents[2]
data = root / "data" / "utrecht"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def numbers(series):
    return pd.to_numeric(series.replace({".": np.nan, "": np.nan}), errors="raise")


codes = pd.read_json(data / "buurten_2019.geojson")["features"].apply(lambda f: f["properties"]["statcode"])
areas = pd.DataFrame(index=pd.Index(codes.str.strip().str.upper(), name="code")).sort_index()

kwb23 = pd.read_csv(data / "kwb_2023.csv", dtype=str, keep_default_na=False).set_index("gwb_code")
for field in ("a_inw", "a_hh", "a_1p_hh", "a_soz_wb", "p_wcorpw"):
    areas[field] = numbers(kwb23[field]).reindex(areas.index)

kwb21 = pd.read_csv(data / "kwb_2021_subset_en.csv", dtype=str, keep_default_na=False)
kwb21.index = "BU" + kwb21["gwb_code_10"].str.strip().str.zfill(8)
for field, name in (("Number.of.inhabitants", "inw21"), ("Number.of.households", "hh21"),
                    ("Number.of.1.person.household", "hh1p21"), ("n_pp_w_assitance", "bijstand21")):
    areas[name] = numbers(kwb21[field]).reindex(areas.index)

lbm = pd.read_csv(data / "leefbaarometer_buurten_2002_2024.csv", na_values=["NA"], keep_default_na=False)
onv = lbm.pivot(index="bu_code", columns="jaar", values="onv")
areas["onv2020"] = onv[2020].reindex(areas.index)
areas["onv2024"] = onv[2024].reindex(areas.index)


def per1000(count, base):
    return (1000 * count / base).where(base > 0)


not_small = areas["a_inw"] >= MIN_INWONERS  # NaN inhabitants compare False: small


def index(t0_columns, t1_columns, directions):
    """Weighted (equal) mean of z-scores with t0 reference parameters; missing below half available."""
    z0, z1 = [], []
    for c0, c1, d in zip(t0_columns, t1_columns, directions):
        v0, v1 = d * c0, d * c1
        ref = v0[not_small & v0.notna()]
        mean, sd = ref.mean(), ref.std(ddof=1)
        z0.append((v0 - mean) / sd)
        z1.append((v1 - mean) / sd)
    result = []
    for zs in (z0, z1):
        frame = pd.concat(zs, axis=1)
        available = frame.notna().sum(axis=1)
        result.append(frame.mean(axis=1).where(available >= 0.5 * len(zs)))
    return result


areas["k_t0"], areas["k_t1"] = index(
    [per1000(areas["bijstand21"], areas["inw21"]), per1000(areas["hh1p21"], areas["hh21"])],
    [per1000(areas["a_soz_wb"], areas["a_inw"]), per1000(areas["a_1p_hh"], areas["a_hh"])],
    [1, 1])
areas["o_t0"], areas["o_t1"] = index([areas["onv2020"]], [areas["onv2024"]], [-1])
areas["delta_k"] = areas["k_t1"] - areas["k_t0"]
areas["delta_o"] = areas["o_t1"] - areas["o_t0"]

valid = not_small & areas[["k_t0", "k_t1", "o_t0", "o_t1"]].notna().all(axis=1)
areas["onvoldoende"] = (~valid).astype(int)


def development(delta):
    sd = delta[valid].std(ddof=1)
    eps = DEAD_BAND * sd
    classes = np.select([delta < -sd, delta < -eps, delta <= eps, delta <= sd], [1, 2, 3, 4], 5)
    return pd.Series(np.where(valid, classes, 0), index=delta.index)


areas["dk_klasse"] = development(areas["delta_k"])
areas["do_klasse"] = development(areas["delta_o"])


def signal(dk, do):
    eps_k = DEAD_BAND * dk[valid].std(ddof=1)
    eps_o = DEAD_BAND * do[valid].std(ddof=1)
    up_k, up_o = dk > eps_k, do > eps_o
    classes = np.select([up_k & up_o, up_k, up_o], [1, 2, 3], 4)
    return pd.Series(np.where(valid, classes, 0), index=dk.index)


areas["sign_abs_klasse"] = signal(areas["delta_k"], areas["delta_o"])
gemeente = "GM" + areas.index.str[2:6]
rel = {}
for name in ("delta_k", "delta_o"):
    medians = areas.loc[valid, name].groupby(gemeente[valid]).median()
    rel[name] = areas[name] - gemeente.map(medians).to_numpy()
areas["sign_rel_klasse"] = signal(rel["delta_k"], rel["delta_o"])


def quintiles(values):
    edges = np.quantile(values[valid], [0.2, 0.4, 0.6, 0.8])  # numpy's default: linear, R type 7
    classes = 1 + (values.to_numpy()[:, None] >= edges[None, :]).sum(axis=1)
    return pd.Series(np.where(valid, classes, 0), index=values.index)


areas["k_klasse"] = quintiles(areas["k_t1"])
areas["o_klasse"] = quintiles(areas["o_t1"])
tk = np.quantile(areas.loc[valid, "k_t1"], FOCUS_P / 100)
to = np.quantile(areas.loc[valid, "o_t1"], FOCUS_P / 100)
hk, ho = areas["k_t1"] >= tk, areas["o_t1"] >= to
areas["focus_klasse"] = np.where(valid, np.select([hk & ho, hk, ho], [1, 2, 3], 4), 0)

share = areas["p_wcorpw"]
corp = np.select([share < 10, share < 100 / 3, share < 50, share <= 200 / 3], [1, 2, 3, 4], 5)
areas["corp_klasse"] = np.where(valid & share.notna(), corp, 0)

fit = sm.OLS(areas.loc[valid, "delta_o"], sm.add_constant(areas.loc[valid, "delta_k"])).fit()
residuals = fit.resid
score = -residuals / residuals.std(ddof=1)
areas["score"] = score.reindex(areas.index)
s = areas["score"]
areas["score_klasse"] = np.where(valid, np.select([s <= -1.5, s <= -0.5, s < 0.5, s < 1.5], [1, 2, 3, 4], 5), 0)

columns = ["k_t0", "k_t1", "o_t0", "o_t1", "delta_k", "delta_o", "onvoldoende", "dk_klasse", "do_klasse",
           "sign_abs_klasse", "sign_rel_klasse", "k_klasse", "o_klasse", "focus_klasse", "corp_klasse",
           "score", "score_klasse"]
areas[columns].to_csv(out_dir / "utrecht_model_expected.csv", float_format="%.17g", lineterminator="\n")
pd.DataFrame({"a": [fit.params["const"]], "b": [fit.params["delta_k"]], "r2": [fit.rsquared], "n": [int(fit.nobs)]}) \
    .to_csv(out_dir / "utrecht_model_fit.csv", index=False, float_format="%.17g", lineterminator="\n")
print(f"a={fit.params['const']:.6g} b={fit.params['delta_k']:.6g} R2={fit.rsquared:.4g} n={int(fit.nobs)}", file=sys.stderr)
for name in ("sign_abs_klasse", "sign_rel_klasse", "focus_klasse", "score_klasse"):
    print(name, areas[name].value_counts().sort_index().to_dict(), file=sys.stderr)
