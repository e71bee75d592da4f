#!/usr/bin/env python3
"""Tally which field loses each missed core gold event, from `marsad eval --json` output.

For every core gold event the system missed, the near miss that differs in the fewest fields is
taken (the scorer lists them: type, modality, actor1, location/country); its differing fields are
counted once each. A miss with no near miss at all is "no candidate" (nothing of its type, actor
and place came near). Usage: marsad eval DIR --json | python3 tools/corpus/miss-fields.py
"""
import collections
import json
import sys


def field(reason):
    word = reason.strip().split(" ")[0]
    return "place" if word in ("location", "country", "no") else word


def tally(report):
    """(field counts, counts where that field alone was wrong, missed core events) over a report."""
    counts = collections.Counter()
    single = collections.Counter()
    misses = 0
    for article in report["articles"]:
        for g in article["gold_events"]:
            if g["matched"] or g["gold"].get("optional"):
                continue
            misses += 1
            near = g.get("near_misses") or []
            if not near:
                counts["no candidate"] += 1
                continue
            best = min((sorted({field(r) for r in n.split(":", 1)[1].split(";")}) for n in near), key=len)
            for f in best:
                counts[f] += 1
            if len(best) == 1:
                single[best[0]] += 1
    return counts, single, misses


def main():
    counts, single, misses = tally(json.load(sys.stdin))
    print("missed core events: %d" % misses)
    for f, n in counts.most_common():
        print("  %-13s %3d%s" % (f, n, "  (the only wrong field in %d)" % single[f] if single[f] else ""))


if __name__ == "__main__":
    main()
