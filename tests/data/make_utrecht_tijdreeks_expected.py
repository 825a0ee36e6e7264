#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The film (veerkracht:tijdreeks) of the embedded Utrecht sample computed independently of the
C++ code, with pandas and numpy from Debian's packages, straight from the raw files.

    /usr/bin/python3 tests/data/make_utrecht_tijdreeks_expected.py tests/data

writes utrecht_tijdreeks_expected.csv (per buurt, code sorted; empty = NULL).

The analysis (docs/method.md, "The film"; data/utrecht/README.md):
  K at 2021, 2023, 2024: bijstand per 1000 inhabitants (not measured in 2024: KWB 2024 has no
    a_soz_wb) and one-person households per 1000 households; direction 1, weight 1
  O at 2014, 2018, 2020, 2021, 2022, 2023, 2024, 2025: Leefbaarometer onv (direction -1; measured
    2014, 2018, 2020, 2022, 2024) and registered crime per 1000 inwoners (direction 1; 2021-2025)
  PERIODS "2014-2018; 2018-2020; 2020-2022 K 2021-2023; 2022-2024", MOMENT_TOLERANCE 1, zscore,
    MIN_SHARE 0.5, DEAD_BAND 0.25
  small areas: fewer than 100 inhabitants in 2023 (a_inw), unknown inhabitants count as small;
    the reference set of the standardisation is every area that is not small
Each indicator is standardised with mean and sd (ddof=1) of its first measured moment in the
reference set, reused at every later moment. The level at a moment is the mean over the indicators
measured then; a period's change compares the index over the indicators measured at both ends.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

DEAD_BAND = 0.25
MIN_INWONERS = 100
MIN_SHARE = 0.5
TOLERANCE = 1
PERIODS = [(2014, 2018, None), (2018, 2020, None), (2020, 2022, (2021, 2023)), (2022, 2024, None)]  # (begin, end, K moments)

root = Path(__file__).resolve().parents[2]
data = root / "data" / "utrecht"
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def numbers(series):
    return pd.to_numeric(series.replace({".": np.nan, "": np.nan}), errors="raise")


def per1000(count, base):
    return (1000 * count / base).where(base > 0)


codes = pd.read_json(data / "buurten_2019.geojson")["features"].apply(lambda f: f["properties"]["statcode"])
index = pd.Index(codes.str.strip().str.upper(), name="code").sort_values()


def column(table, field):
    return numbers(table[field]).reindex(index)


kwb21 = pd.read_csv(data / "kwb_2021_subset_en.csv", dtype=str, keep_default_na=False)
kwb21.index = "BU" + kwb21["gwb_code_10"].str.strip().str.zfill(8)
kwb23 = pd.read_csv(data / "kwb_2023.csv", dtype=str, keep_default_na=False).set_index("gwb_code")
kwb24 = pd.read_csv(data / "kwb_2024.csv", dtype=str, keep_default_na=False).set_index("gwb_code")
assert numbers(kwb24["a_soz_wb"]).isna().all(), "KWB 2024 was expected to have no bijstand"
lbm = pd.read_csv(data / "leefbaarometer_buurten_2002_2024.csv", na_values=["NA"], keep_default_na=False)
onv = lbm.pivot(index="bu_code", columns="jaar", values="onv").reindex(index)
crime = pd.read_csv(data / "misdrijven_2021_2025.csv", dtype=str, keep_default_na=False)
crime.index = crime["buurtcode"].str.strip().str.upper()

inhabitants23 = column(kwb23, "a_inw")
valid = inhabitants23 >= MIN_INWONERS  # NaN compares False: small
reference = valid

# Per index: moments, and per indicator (direction, {moment: values}); a moment absent = not measured.
K_MOMENTS = [2021, 2023, 2024]
K = [
    (1, {2021: per1000(column(kwb21, "n_pp_w_assitance"), column(kwb21, "Number.of.inhabitants")),
         2023: per1000(column(kwb23, "a_soz_wb"), column(kwb23, "a_inw"))}),
    (1, {2021: per1000(column(kwb21, "Number.of.1.person.household"), column(kwb21, "Number.of.households")),
         2023: per1000(column(kwb23, "a_1p_hh"), column(kwb23, "a_hh")),
         2024: per1000(column(kwb24, "a_1p_hh"), column(kwb24, "a_hh"))}),
]
O_MOMENTS = [2014, 2018, 2020, 2021, 2022, 2023, 2024, 2025]
measured_onv = [y for y in O_MOMENTS if y in onv.columns and onv[y].notna().any()]
O = [
    (-1, {y: onv[y] for y in measured_onv}),
    (1, {y: per1000(column(crime, f"misdrijven_{y}"), column(crime, "inwoners")) for y in range(2021, 2026)}),
]


def standardise(indicators, moments, name):
    """z-scores per indicator and moment, with the parameters of the first measured moment."""
    z, params = [], []
    for j, (direction, series) in enumerate(indicators):
        first = min(series)
        ref = (direction * series[first])[reference & series[first].notna()]
        mean, sd = ref.mean(), ref.std(ddof=1)
        print(f"{name} indicator {j + 1}: first moment {first}, n = {len(ref)}, mean {mean:.6g}, sd {sd:.6g}", file=sys.stderr)
        z.append({y: (direction * v - mean) / sd for y, v in series.items() if y in moments})
        params.append((len(ref), mean, sd))
    return z, params


def level(z, moment, which):
    """Equal-weight mean over the indicators `which`, missing below MIN_SHARE of them available."""
    frame = pd.concat([z[j][moment] for j in which], axis=1)
    return frame.mean(axis=1).where(frame.notna().sum(axis=1) >= MIN_SHARE * len(which))


(zk, pk), (zo, po) = standardise(K, K_MOMENTS, "K"), standardise(O, O_MOMENTS, "O")
# What the C++ run logged, as a sanity check of the values derived above (not used in them).
assert [p[0] for p in pk] == [102, 102] and [p[0] for p in po] == [105, 106], "reference n"
assert round(pk[0][1], 4) == 27.6819 and round(pk[0][2], 4) == 27.4685, "K1 mean and sd"

out = pd.DataFrame(index=index)
for prefix, z, moments in (("k", zk, K_MOMENTS), ("o", zo, O_MOMENTS)):
    for y in moments:
        out[f"{prefix}_{y}"] = level(z, y, [j for j in range(len(z)) if y in z[j]])


def nearest(year, moments, is_begin):
    """Same year, else nearest within TOLERANCE; a tie goes inside the period."""
    near = [m for m in moments if abs(m - year) <= TOLERANCE]
    if not near:
        return None
    # inside the period: later for the begin, earlier for the end
    return min(near, key=lambda m: (abs(m - year), -m if is_begin else m))


def change(z, moments, begin, end, given):
    if given:
        b, e = given
        assert b in moments and e in moments
    else:
        b, e = nearest(begin, moments, True), nearest(end, moments, False)
    if b is None or e is None or b == e:
        return None, "not paired"
    common = [j for j in range(len(z)) if b in z[j] and e in z[j]]
    if not common:
        return None, "no common indicator"
    return level(z, e, common) - level(z, b, common), f"{b} -> {e} (indicators {[j + 1 for j in common]})"


def signal(dk, do):
    both = valid & dk.notna() & do.notna()
    if both.sum() < 2:
        return pd.Series(0, index=dk.index)
    eps_k = DEAD_BAND * dk[both].std(ddof=1)
    eps_o = DEAD_BAND * do[both].std(ddof=1)
    up_k, up_o = dk > eps_k, do > eps_o
    classes = np.select([up_k & up_o, up_k, up_o], [1, 2, 3], 4)
    return pd.Series(np.where(both, classes, 0), index=dk.index)


signals = []
for begin, end, k_given in PERIODS:
    key = f"{begin}_{end}"
    dk, why_k = change(zk, K_MOMENTS, begin, end, k_given)
    do, why_o = change(zo, O_MOMENTS, begin, end, None)
    print(f"period {key}: K {why_k}; O {why_o}", file=sys.stderr)
    out[f"dk_{key}"] = dk if dk is not None else np.nan
    out[f"do_{key}"] = do if do is not None else np.nan
    s = signal(dk, do) if dk is not None and do is not None else pd.Series(0, index=index)
    out[f"sign_{key}_klasse"] = s
    signals.append(s)
    print(f"  signals {s.value_counts().sort_index().to_dict()}", file=sys.stderr)


def trajectory(seq):
    """0 onvoldoende, 1 steeds onder druk, 2 opnieuw onder druk, 3 nieuw onder druk, 4 herstellend,
    5 steeds meer overlast, 6 steeds veerkrachtig, 7 stabiel, 8 wisselend (docs/method.md)."""
    if not seq or seq[-1] == 0:
        return 0
    d = [s for s in seq if s != 0]
    if len(d) < 2:
        return 0
    pressure, resilient, nuisance, stable = 1, 2, 3, 4
    if all(s == pressure for s in d):
        return 1
    if d[-1] == pressure:
        # pressure, then a period without it, then pressure again
        earlier = "".join("p" if s == pressure else "x" for s in d).rstrip("p")
        return 2 if "p" in earlier else 3
    if pressure in d and d[-1] in (resilient, stable):
        return 4
    if all(s == nuisance for s in d):
        return 5
    if all(s == resilient for s in d):
        return 6
    if all(s == stable for s in d):
        return 7
    return 8


def slope(row, years):
    x = np.array(years, dtype=float)
    y = row.to_numpy(dtype=float)
    keep = ~np.isnan(y)
    if keep.sum() < 2:
        return np.nan
    x, y = x[keep], y[keep]
    return ((x - x.mean()) * (y - y.mean())).sum() / ((x - x.mean()) ** 2).sum()


def trend(z):
    """Like for like: the mean of each indicator's own slope over its moments (two or more of them),
    missing below MIN_SHARE of those indicators (docs/method.md, Trend)."""
    slopes = []
    for series in z:
        years = sorted(series)
        if len(years) >= 2:
            frame = pd.concat([series[y] for y in years], axis=1)
            slopes.append(frame.apply(lambda r: slope(r, years), axis=1))
    frame = pd.concat(slopes, axis=1)
    return frame.mean(axis=1).where(frame.notna().sum(axis=1) >= MIN_SHARE * len(slopes))


sig = pd.concat(signals, axis=1)
for prefix, z in (("k", zk), ("o", zo)):
    out[f"trend_{prefix}"] = trend(z).where(valid)
out["traject_klasse"] = [trajectory(list(r)) if v else 0 for r, v in zip(sig.itertuples(index=False), valid)]
out["onvoldoende"] = (~valid).astype(int)
print("traject", out["traject_klasse"].value_counts().sort_index().to_dict(), file=sys.stderr)

out.to_csv(out_dir / "utrecht_tijdreeks_expected.csv", float_format="%.17g", lineterminator="\n")
