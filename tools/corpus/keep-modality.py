#!/usr/bin/env python3
"""How the keep model scores the candidates that are not asserted (issue 9, s21-keepmod): per keep
score bin, how many non-asserted candidates there are (and how many carry a modality cue), how many
of them are a core event right in every field that the keep model drops (the oracle's "dropped"),
how many are kept and right, and how many are kept and match nothing. A bin worth keeping holds
right candidates at a rate near half the split's F1 or more; below that a kept candidate costs more
precision than it brings recall.

Inputs, all from one build and one split (dev or train; never the test split):
  MARSAD_TRACE=1 marsad eval DIR --json > eval.json 2> trace.txt
  MARSAD_ORACLE_EVENTS=oracle.tsv marsad train --oracle --shared ../shared
Usage:
  python3 tools/corpus/keep-modality.py --trace trace.txt --eval eval.json --oracle oracle.tsv --split dev
"""
import argparse
import collections
import json
import re

BINS = [0.05, 0.10, 0.15, 0.20, 0.30, 2.0]
LABELS = ["< 0.05", "0.05–0.10", "0.10–0.15", "0.15–0.20", "0.20–0.30", "≥ 0.30"]
TRACE = re.compile(r"trace: (keep|drop) (\S+) (\S+) .*?«(.*?)» cue=«(.*?)».*score=(\S+)")


def bin_of(score):
    for i, top in enumerate(BINS):
        if score < top:
            return i
    return len(BINS) - 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trace", required=True)
    ap.add_argument("--eval", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()

    candidates = collections.Counter()
    with_cue = collections.Counter()
    by_modality = collections.Counter()
    with open(args.trace, encoding="utf-8") as f:
        for line in f:
            m = TRACE.match(line)
            if not m or m.group(3) == "asserted":
                continue
            b = bin_of(float(m.group(6)))
            candidates[b] += 1
            with_cue[b] += 1 if m.group(5) else 0
            by_modality[m.group(3)] += 1

    # A core event right in every field whose best candidate the keep model dropped: its best score.
    dropped = collections.Counter()
    with open(args.oracle, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 11 or cols[0] != args.split or cols[3] != "dropped" or cols[9] == "asserted":
                continue
            scores = [float(x.split(":")[1]) for x in cols[10].split() if ":" in x]
            if scores:
                dropped[bin_of(max(scores))] += 1

    kept_right = collections.Counter()
    kept_false = collections.Counter()
    with open(args.eval, encoding="utf-8") as f:
        report = json.load(f)
    for a in report["articles"]:
        for g in a["gold_events"]:
            s = g.get("system")
            if g.get("matched") and s and s["modality"] != "asserted":
                kept_right[bin_of(s.get("confidence") or 0)] += 1
        for u in a["unmatched_system_events"]:
            e = u["event"]
            if e["modality"] != "asserted":
                kept_false[bin_of(e.get("confidence") or 0)] += 1

    print("non-asserted candidates by modality: " + ", ".join("%s %d" % kv for kv in sorted(by_modality.items())))
    print()
    print("| keep score | candidates | with a cue | right, dropped | kept right | kept, no match |")
    print("|---|---:|---:|---:|---:|---:|")
    for i, label in enumerate(LABELS):
        print("| %s | %d | %d | %d | %d | %d |" % (label, candidates[i], with_cue[i], dropped[i], kept_right[i], kept_false[i]))
    print("| all | %d | %d | %d | %d | %d |" % (sum(candidates.values()), sum(with_cue.values()), sum(dropped.values()),
                                              sum(kept_right.values()), sum(kept_false.values())))


if __name__ == "__main__":
    main()
