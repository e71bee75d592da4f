#!/usr/bin/env python3
"""Draw events at random from the extractor's output on the shared conflict corpora, for reading
by hand (docs/events.md: "40 events read by hand"). Articles of any gold set (data/gold/dev,
data/gold/corpus: all splits) are left out, so no test article is ever read against the system.

Usage: python3 tools/corpus/draw-events.py OUTPUT.jsonl [--seed N] [--n 40]
  OUTPUT.jsonl: `marsad extract --jsonl` over the 2015 and 2013 conflict corpora (one result a line,
  each with document.id). Prints one block per drawn event: article id, the event's fields, its
  evidence, and the sentence around it (from the cleaned body the output carries).
"""
import argparse
import glob
import json
import os
import random

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def gold_ids():
    ids = set()
    for path in glob.glob(os.path.join(ROOT, "data", "gold", "**", "*.json"), recursive=True):
        try:
            with open(path, encoding="utf-8") as f:
                ref = json.load(f).get("article_ref")
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(ref, dict) and ref.get("id"):
            ids.add(ref["id"])
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    skip = gold_ids()
    pool = []
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            doc = r.get("document") or {}
            if doc.get("id") in skip:
                continue
            for i, e in enumerate(r.get("events") or []):
                pool.append((doc, i, e))
    drawn = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print("pool: %d events (gold articles left out: %d ids)" % (len(pool), len(skip)))
    for k, (doc, i, e) in enumerate(drawn, 1):
        body = doc.get("body") or ""
        s, t = e["evidence"]["start"], e["evidence"]["end"]
        lo = max(body.rfind(".", 0, s), body.rfind("\n", 0, s)) + 1
        hi_dot, hi_nl = body.find(".", t), body.find("\n", t)
        hi = min(x for x in (hi_dot if hi_dot >= 0 else len(body), hi_nl if hi_nl >= 0 else len(body)))
        loc = e.get("location") or {}
        print("\n#%d  article %s (published %s via %s)  title: %s" % (k, doc.get("id"), doc.get("published"), doc.get("published_source"), doc.get("title")))
        print("  %s %s  actor1=%s  actor2=%s  place=%s (%s, %s)  date=%s  fatalities=%s  confidence=%s" % (
            e["type"], e["modality"], (e.get("actor1") or {}).get("id"), (e.get("actor2") or {}).get("id"),
            loc.get("name"), loc.get("country"), loc.get("precision"), (e.get("date") or {}).get("value"), e.get("fatalities"), e.get("confidence")))
        print("  evidence: %s" % e["evidence"]["text"])
        print("  sentence: %s" % body[lo:hi + 1].strip())


if __name__ == "__main__":
    main()
