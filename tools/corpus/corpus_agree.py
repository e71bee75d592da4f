#!/usr/bin/env python3
"""`corpus.py agree`: inter-coder agreement over the double-coded articles (SPEC §5 matching).
"""
import collections
import glob
import json
import math
import os

from corpus_data import CORPUS_DIR



def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def place_ok(gold, gev, sys_gold, sev):
    """SPEC §5: the system event's place lies within tol_km of the gold place or an alternative."""
    names = ([gev["place"]] if gev.get("place") else []) + gev.get("alternative_places", [])
    if not names:
        return True
    sp = {p["name"]: p for p in sys_gold["places"]}.get(sev.get("place"))
    if sp is None:
        return False
    gp = {p["name"]: p for p in gold["places"]}
    for n in names:
        p = gp[n]
        if "country" in p:
            if sp.get("country") == p["country"]:
                return True
            continue
        if "lat" in sp:
            if haversine((p["lat"], p["lon"]), (sp["lat"], sp["lon"])) <= p.get("tol_km", 25):
                return True
    return False


def matches(gold, gev, sys_gold, sev):
    return (gev["type"] == sev["type"] and gev["modality"] == sev["modality"]
            and (gev.get("actor1") is None or gev["actor1"] == sev.get("actor1"))
            and place_ok(gold, gev, sys_gold, sev))


def max_match(gold_events, sys_events, ok):
    """Maximum bipartite matching (augmenting paths), core gold events first as SPEC §5 says."""
    owner = {}

    def augment(g, seen):
        for s in range(len(sys_events)):
            if s in seen or not ok(gold_events[g], sys_events[s]):
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    order = [i for i, e in enumerate(gold_events) if not e.get("optional")] + [i for i, e in enumerate(gold_events) if e.get("optional")]
    matched_core = set()
    for g in order:
        augment(g, set())
    for s, g in owner.items():
        if not gold_events[g].get("optional"):
            matched_core.add(g)
    return owner, matched_core


def score_pair(gold, sysg):
    ge, se = gold["events"], sysg["events"]
    owner, matched_core = max_match(ge, se, lambda g, s: matches(gold, g, sysg, s))
    core = sum(1 for e in ge if not e.get("optional"))
    opt_taken = sum(1 for s, g in owner.items() if ge[g].get("optional"))
    return len(matched_core), core, len(se) - opt_taken


def overlap(a, b):
    return a and b and a[0] < b[1] and b[0] < a[1]


def cmd_agree(args):
    pairs = []
    for path in sorted(glob.glob(os.path.join(CORPUS_DIR, "agreement", "*.json"))):
        name = os.path.basename(path)
        prim = glob.glob(os.path.join(CORPUS_DIR, "*", name))
        prim = [p for p in prim if os.sep + "agreement" + os.sep not in p]
        if not prim:
            continue
        a = json.load(open(prim[0], encoding="utf-8"))
        b = json.load(open(path, encoding="utf-8"))
        if a.get("status") == "todo" or b.get("status") == "todo":
            continue
        pairs.append((name, a, b))
    if not pairs:
        print("no double-coded article is coded twice yet")
        return 0
    out = []
    variants = [("A as gold, B as system", 1, False), ("B as gold, A as system", 2, False),
                ("A as gold, B's core events as system", 1, True), ("B as gold, A's core events as system", 2, True)]
    for label, first, core_only in variants:
        tp = core = sysn = 0
        for name, a, b in pairs:
            g, s = (a, b) if first == 1 else (b, a)
            if core_only:
                s = dict(s, events=[e for e in s["events"] if not e.get("optional")])
            m, c, n = score_pair(g, s)
            tp, core, sysn = tp + m, core + c, sysn + n
        p = tp / sysn if sysn else 0.0
        r = tp / core if core else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.append("%s: P %.3f R %.3f F1 %.3f (matched %d of %d core, %d system events)" % (label, p, r, f, tp, core, sysn))
    # per-field agreement over events paired by overlapping trigger (else evidence) spans
    fields = collections.Counter()
    agree = collections.Counter()
    paired = 0
    for name, a, b in pairs:
        used = set()
        for ea in a["events"]:
            sa = ea.get("spans", {})
            best = None
            for j, eb in enumerate(b["events"]):
                if j in used:
                    continue
                sb = eb.get("spans", {})
                if overlap(sa.get("trigger"), sb.get("trigger")) or overlap(sa.get("evidence"), sb.get("evidence")):
                    best = j
                    break
            if best is None:
                continue
            used.add(best)
            eb = b["events"][best]
            paired += 1
            for fld in ("type", "modality", "actor1", "actor2", "fatalities"):
                fields[fld] += 1
                agree[fld] += ea.get(fld) == eb.get(fld)
            fields["place"] += 1
            agree["place"] += place_ok(a, ea, b, eb) if (ea.get("place") and eb.get("place")) else (not ea.get("place") and not eb.get("place"))
            fields["date"] += 1
            wa, wb = ea.get("when") or {}, eb.get("when") or {}
            agree["date"] += wa.get("date") == wb.get("date")
    out.append("articles coded twice: %d; event pairs aligned by span: %d" % (len(pairs), paired))
    for fld in ("type", "modality", "actor1", "actor2", "place", "fatalities", "date"):
        if fields[fld]:
            out.append("  %-10s %.3f (%d/%d)" % (fld, agree[fld] / fields[fld], agree[fld], fields[fld]))
    print("\n".join(out))
    return 0
