#!/usr/bin/env python3
"""Simulate duplicate-merging rules on `marsad eval DIR --json` output before coding them: each rule
merges a system event into an earlier one (or into the one of higher keep confidence) and the
script counts the true and false positives left. It cannot lend fields (a merged doer or place),
so it bounds a merge from below; the lost matches it lists say which copy a rule should keep.
Usage:
  marsad eval data/gold/corpus/train --json > /tmp/t.json
  python3 tools/corpus/merge-sim.py /tmp/t.json [/tmp/dev.json ...] [-v RULE]
"""
import collections
import json
import sys

from evaljson import doer, km


def day(e):
    return (e["date"] or {}).get("value")


def same_place(a, b):
    ga, gb = (a["location"] or {}).get("gazetteer_id"), (b["location"] or {}).get("gazetteer_id")
    return km(a["location"], b["location"]) <= 5 or (ga is not None and ga == gb)


def overlap(a, b):
    x, y = a["evidence"], b["evidence"]
    return x["start"] < y["end"] and y["start"] < x["end"]


def same_day(a, b):
    return day(a) == day(b) or None in (day(a), day(b))


VIOLENT = {"REMOTE", "ASSAULT", "ATTACK_CIVILIANS"}
RULES = {
    "any-doer-same-day": lambda a, b: a["type"] == b["type"] and same_place(a, b) and same_day(a, b),
    "doerless-same-day": lambda a, b: a["type"] == b["type"] and same_place(a, b) and None in (doer(a), doer(b)) and same_day(a, b),
    "same-doer-any-day": lambda a, b: a["type"] == b["type"] and same_place(a, b) and doer(a) == doer(b),
    "overlap-other-type": lambda a, b: overlap(a, b) and a["type"] != b["type"],
    "overlap-violent-other-type": lambda a, b: overlap(a, b) and a["type"] != b["type"] and {a["type"], b["type"]} <= VIOLENT,
}


def events(article):
    found = {}
    for g in article["gold_events"]:
        if g.get("matched") and g.get("system_index") is not None:
            found[g["system_index"]] = (g["system"], "opt" if g["gold"].get("optional") else "tp")
    for u in article["unmatched_system_events"]:
        found[u["index"]] = (u["event"], "fp")
    return [found[i] for i in sorted(found)]


def simulate(report, rule, keep):
    tp = fp = 0
    lost = []
    for a in report["articles"]:
        kept = []
        for e in events(a):
            into = next((k for k in kept if rule(k[0], e[0])), None)
            if into is None:
                kept.append(e)
                continue
            drop = e
            if keep == "conf" and e[0]["confidence"] > into[0]["confidence"]:
                kept[kept.index(into)] = e
                drop, into = into, e
            if drop[1] == "tp":
                lost.append((a["name"], drop, into))
        tp += sum(1 for e in kept if e[1] == "tp")
        fp += sum(1 for e in kept if e[1] == "fp")
    return tp, fp, lost


def main():
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    paths = [p for p in args if p.endswith(".json")]
    for path in paths:
        report = json.load(open(path, encoding="utf-8"))
        e = report["events"]
        print(f"{path}: TP {e['tp']} FP {e['fp']} F1 {e['f1']:.3f}")
        for name, rule in RULES.items():
            for keep in ("first", "conf"):
                tp, fp, lost = simulate(report, rule, keep)
                p, r = tp / max(1, tp + fp), tp / max(1, e["core"])
                print(f"  {name:28s} keep {keep:5s}: TP {tp} FP {fp} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
                if name == show:
                    why = collections.Counter(("kept copy " + into[1], "doer " + ("same" if doer(d[0]) == doer(into[0]) else "none" if None in (doer(d[0]), doer(into[0])) else "other")) for _, d, into in lost)
                    print("    lost matches:", dict(why))


if __name__ == "__main__":
    main()
