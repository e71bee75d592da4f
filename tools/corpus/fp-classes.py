#!/usr/bin/env python3
"""Sort the false positives of `marsad eval DIR --json` into the classes of issue 9 (precision):
  a-dup-sametype-*   a system event of the same type within 5 km of (or at the same place name as)
                     an event that matched gold: same doer (then another date or modality), another
                     doer, or one of the two doerless;
  a-dup-overlap-*    its evidence overlaps a matched event's evidence (X>Y: matched X, extra Y);
  b-pair-FIELD       named in a near miss of an unmatched core gold event, one failed criterion
                     (2+: two or more);
  e-sametype-elsewhere-prec-P  a matched event of its type elsewhere in the article;
  rest               none of these: mostly no event at all (read them with -v rest).
Usage:
  marsad eval data/gold/corpus/train --json | python3 tools/corpus/fp-classes.py [-v PREFIX [N [SEED]]]
"""
import collections
import json
import random
import re
import sys

from evaljson import doer, km



def classify(article):
    matched = {g["system_index"]: g["system"] for g in article["gold_events"] if g.get("matched") and g.get("system_index") is not None}
    near = collections.defaultdict(list)
    for g in article["gold_events"]:
        if g.get("matched") or g["gold"].get("optional"):
            continue
        for miss in g.get("near_misses") or []:
            m = re.match(r"sys#(\d+): (.*)", miss)
            if m:
                near[int(m.group(1))].append(m.group(2).split("; "))
    for u in article["unmatched_system_events"]:
        e = u["event"]
        yield cls(e, matched, near.get(u["index"])), e


def cls(e, matched, near):
    place = (e["location"] or {}).get("name")
    for m in matched.values():
        if m["type"] == e["type"] and (km(m["location"], e["location"]) <= 5 or (m["location"] or {}).get("name") == place):
            if doer(m) == doer(e):
                return "a-dup-sametype-same-doer/" + ("date" if m["date"] != e["date"] else "modality" if m["modality"] != e["modality"] else "other")
            return "a-dup-sametype-" + ("doerless" if doer(m) is None or doer(e) is None else "other-doer")
    ev = e["evidence"]
    for m in matched.values():
        me = m["evidence"]
        if me["start"] < ev["end"] and ev["start"] < me["end"]:
            return "a-dup-overlap-same" if m["type"] == e["type"] else f"a-dup-overlap-{m['type']}>{e['type']}"
    if near:
        best = min(near, key=len)
        return "b-pair-" + (best[0].split(" ")[0] if len(best) == 1 else "2+")
    if any(m["type"] == e["type"] for m in matched.values()):
        return "e-sametype-elsewhere-prec-" + str((e["location"] or {}).get("precision"))
    return "rest"


def main():
    report = json.load(sys.stdin)
    rows = [(c, a["name"], e) for a in report["articles"] for c, e in classify(a)]
    counts = collections.Counter(c for c, _, _ in rows)
    for k, v in sorted(counts.items()):
        print(f"{v:4d} {k}")
    groups = collections.Counter(c if c == "rest" else "-".join(c.split("-")[:2]) for c in counts.elements())
    print(f"{len(rows)} false positives: " + ", ".join(f"{k} {v}" for k, v in sorted(groups.items())))
    if "-v" in sys.argv:
        args = sys.argv[sys.argv.index("-v") + 1:]
        prefix = args[0] if args else "rest"
        n = int(args[1]) if len(args) > 1 else 30
        random.seed(int(args[2]) if len(args) > 2 else 1)
        chosen = [r for r in rows if r[0].startswith(prefix)]
        for c, name, e in random.sample(chosen, min(n, len(chosen))):
            print(f"--- {name} {c} {e['type']} {e['modality']} a1={doer(e)} @{(e['location'] or {}).get('name')} conf={e['confidence']}")
            print("   ", e["evidence"]["text"][:300])


if __name__ == "__main__":
    main()
