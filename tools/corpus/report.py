#!/usr/bin/env python3
"""Markdown tables from `marsad eval DIR --json` output (docs/events.md): events overall and by
stratum (sn-, nc-, ng- articles), by type, by modality, the field that loses each missed core
event, and place, actor, date and fatality accuracy. Aggregates only: it prints no article's
events, so it can report the test split without opening it for error analysis.

Usage: marsad eval DIR --json | python3 tools/corpus/report.py [--title T]
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MISS = __import__("miss-fields")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    return p, r, f


def row(name, c):
    p, r, f = prf(c["tp"], c["fp"], c["fn"])
    return "| %s | %.3f | %.3f | %.3f | %d | %d | %d |" % (name, p, r, f, c["tp"], c["fp"], c["fn"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--title", default="")
    args = ap.parse_args()
    rep = json.load(sys.stdin)
    out = []
    if args.title:
        out.append("**%s**\n" % args.title)
    out.append("| | P | R | F1 | tp | fp | fn |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    out.append(row("all (%d articles)" % len(rep["articles"]), rep["events"]))
    strata = collections.defaultdict(lambda: collections.Counter())
    for a in rep["articles"]:
        s = a["name"].split("-")[0]
        for k in ("tp", "fp", "fn"):
            strata[s][k] += a["events"][k]
        strata[s]["n"] += 1
    for s in sorted(strata):
        out.append(row("%s- (%d)" % (s, strata[s]["n"]), strata[s]))
    out.append("")
    out.append("| type | P | R | F1 | tp | fp | fn |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for t, c in sorted(rep["by_type"].items()):
        out.append(row(t, c))
    out.append("")
    out.append("| modality | P | R | F1 | tp | fp | fn |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for m, c in sorted(rep["by_modality"].items()):
        out.append(row(m, c))
    out.append("")
    tally, single, misses = MISS.tally(rep)
    out.append("Missed core events: %d; the field that loses them (nearest system event; a miss may lose on several): %s." % (
        misses, ", ".join("%s %d%s" % (f, n, " (only %d)" % single[f] if single[f] else "") for f, n in tally.most_common())))
    frac = lambda d: "%d/%d (%.1f %%)" % (d["hits"], d["total"], 100.0 * d["hits"] / d["total"] if d["total"] else 0)
    out.append("Places recall %s, actors recall %s, fatalities right %s of matched events that state them, dates right %s of matched events with a checkable date." % (
        frac(rep["places"]), frac(rep["actors"]), frac(rep["fatalities"]), frac(rep["dates"])))
    print("\n".join(out))


if __name__ == "__main__":
    main()
