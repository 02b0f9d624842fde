#!/usr/bin/env python3
"""Independent optimum of spec/allocation.md's tier stages for one scenario-year.

Usage: lps-dump-year PLAN SCENARIO YEAR | reference_milp.py
Prints each tier's funded total (minor units) and weighted value, stage by stage: each stage is
solved as a MILP with scipy's HiGHS, its weighted value held (less allocation.md's allowance of a
minor unit per service, weighted) in the stages after it. Money is continuous here: the engine's
whole-unit answer may be up to the allowance below these figures.
"""
import json
import math
import sys

import numpy as np
from scipy.optimize import LinearConstraint, milp, Bounds
from scipy.sparse import lil_matrix

year = json.load(sys.stdin)
R, S = year["resources"], year["services"]
pairs = [(r, s) for s, svc in enumerate(S) if svc["cost"] > 0 for r in svc["fundedBy"]
         if R[r]["available"] > 0 and (not R[r]["time"] or svc["hours"] > 0)]
binaries = [s for s, svc in enumerate(S) if svc["minimumShare"] > 0 and svc["cost"] > 0
            and any(p[1] == s for p in pairs)]
nx, nb = len(pairs), len(binaries)
n = nx + nb
col_of_bin = {s: nx + i for i, s in enumerate(binaries)}
rows, lo, hi = [], [], []

def row(terms, low, high):
    rows.append(terms); lo.append(low); hi.append(high)

by_res = {}
by_svc = {}
for j, (r, s) in enumerate(pairs):
    by_res.setdefault(r, []).append(j)
    by_svc.setdefault(s, []).append(j)
for r, cols in by_res.items():
    row([(j, 1.0) for j in cols], 0, R[r]["available"])
for s, cols in by_svc.items():
    cost = S[s]["cost"]
    if s in col_of_bin:
        y = col_of_bin[s]
        minimum = min(cost, math.ceil(S[s]["minimumShare"] * cost))
        row([(j, 1.0) for j in cols] + [(y, -cost)], -np.inf, 0)
        row([(j, 1.0) for j in cols] + [(y, -minimum)], 0, np.inf)
    else:
        row([(j, 1.0) for j in cols], 0, cost)
    hours = [(j, 1.0 / R[pairs[j][0]]["hourValue"]) for j in cols
             if R[pairs[j][0]]["time"] and R[pairs[j][0]]["hourValue"] > 0]
    if hours:
        row(hours, -np.inf, S[s]["hours"])
    for j in cols:
        r = pairs[j][0]
        if "matchRatio" in R[r]:
            k = R[r]["matchRatio"]
            matched = [(i, -k) for i in cols if i != j and R[pairs[i][0]]["sector"] == R[r]["matchSector"]]
            row([(j, 1.0)] + matched, -np.inf, 0)

upper = np.array([R[r].get("cap", np.inf) for r, s in pairs] + [1.0] * nb)
integrality = np.array([0] * nx + [1] * nb)

def weights(tier):
    c = np.zeros(n)
    for j, (r, s) in enumerate(pairs):
        if S[s]["tier"] == tier:
            c[j] = S[s]["priority"]
    return c

def matrix(extra):
    all_rows = rows + [t for t, _, _ in extra]
    A = lil_matrix((len(all_rows), n))
    for i, terms in enumerate(all_rows):
        for j, v in terms:
            A[i, j] += v
    return A.tocsr(), np.array(lo + [l for _, l, _ in extra]), np.array(hi + [h for _, _, h in extra])

holds = []
for tier, name in enumerate(["must", "need", "could"]):
    c = weights(tier)
    A, l, h = matrix(holds)
    res = milp(-c, constraints=LinearConstraint(A, l, h), integrality=integrality,
               bounds=Bounds(np.zeros(n), upper), options={"mip_rel_gap": 1e-9})
    if res.x is None:
        print(name, "no answer:", res.message)
        sys.exit(1)
    # Fix the binaries exactly and solve the LP again (HiGHS accepts binaries within 1e-6).
    fixed_lo, fixed_hi = np.zeros(n), upper.copy()
    for i in range(nb):
        fixed_lo[nx + i] = fixed_hi[nx + i] = round(res.x[nx + i])
    lp = milp(-c, constraints=LinearConstraint(A, l, h), bounds=Bounds(fixed_lo, fixed_hi))
    value = -lp.fun
    funded = sum(lp.x[j] for j, (r, s) in enumerate(pairs) if S[s]["tier"] == tier)
    count = sum(1 for svc in S if svc["tier"] == tier)
    print(f"{name}: weighted {value:.0f}  funded {funded:.0f}  (mip {'optimal' if res.status == 0 else res.message})")
    allowance = (count + 1) * 100
    holds.append(([(j, c[j]) for j in range(n) if c[j] != 0], value - allowance, np.inf))
