#!/usr/bin/env python3
"""Check the development gold set (data/gold/dev) against SPEC §5.

For every NAME.json: the article resolves (NAME.txt beside it, or article_ref into the shared
corpus), every event's place and alternative places are listed in "places", types, modalities
and actor ids are well formed, ids run 1..n, and every evidence string occurs verbatim in the
article text (exact substring, nothing normalized). Exit status 1 on any problem.

Usage: python3 tools/check-dev-gold.py [--dir data/gold/dev] [--shared ../shared] [--stats]
--stats also prints the counts the README reports (articles, events per type and modality,
core/optional, countries of the places events are placed at).
"""
import argparse
import collections
import glob
import json
import os
import sys

# The event and place checks are the corpus checker's (tools/corpus/corpus_data.py): one SPEC §5
# schema, two gold sets.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus"))
from corpus_data import MAX_EVIDENCE_WORDS, MODALITIES, TYPES, event_field_errors, place_errors  # noqa: E402

EVENT_KEYS = {"id", "type", "modality", "actor1", "actor2", "place", "alternative_places", "route",
              "when", "fatalities", "evidence", "optional", "note"}


def load_corpus(path, cache):
    if path not in cache:
        texts = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                texts[rec["id"]] = rec.get("text") or ""
        cache[path] = texts
    return cache[path]


def check(path, shared, cache):
    errs = []
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    text = None
    if "article" in gold:
        txt = os.path.join(os.path.dirname(path), gold["article"])
        if not os.path.isfile(txt):
            errs.append("article file missing: %s" % gold["article"])
        else:
            with open(txt, encoding="utf-8") as f:
                text = f.read()
    elif "article_ref" in gold:
        ref = gold["article_ref"]
        corpus = os.path.join(shared, ref["corpus"])
        if not os.path.isfile(corpus):
            errs.append("corpus missing: %s" % ref["corpus"])
        else:
            texts = load_corpus(corpus, cache)
            if ref["id"] not in texts:
                errs.append("id %s not in %s" % (ref["id"], ref["corpus"]))
            else:
                text = texts[ref["id"]]
    else:
        errs.append("neither article nor article_ref")
    if "published" not in gold:
        errs.append("no published")
    md = gold.get("metadata")
    if not isinstance(md, dict) or not {"title", "author", "dateline", "boilerplate"} <= set(md):
        errs.append("metadata needs title, author, dateline, boilerplate")
    elif text is not None:
        for b in md["boilerplate"]:
            if b not in text:
                errs.append("boilerplate string not in article: %r" % b)
    places = {}
    for p in gold.get("places", []):
        if p["name"] in places:
            errs.append("place listed twice: %s" % p["name"])
        places[p["name"]] = p
        errs += place_errors(p["name"], p)
    actors = set(gold.get("actors", []))
    for i, e in enumerate(gold.get("events", []), 1):
        tag = "event %s" % e.get("id")
        errs += event_field_errors(e, i, actors, places, EVENT_KEYS)
        ev = e.get("evidence")
        if not ev:
            errs.append("%s: no evidence" % tag)
        elif text is not None and ev not in text:
            errs.append("%s: evidence not verbatim in article: %r" % (tag, ev))
        elif "article_ref" in gold and len(ev.split()) > MAX_EVIDENCE_WORDS:
            errs.append("%s: evidence longer than %d words (corpus text must not be copied)" % (tag, MAX_EVIDENCE_WORDS))
    return errs


def stats(files):
    kinds = collections.Counter()
    per_type = collections.Counter()
    per_mod = collections.Counter()
    core_type = collections.Counter()
    core_mod = collections.Counter()
    countries = collections.Counter()
    optional = total = 0
    zero = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        kind = "real" if "article_ref" in gold else "written"
        kinds[kind] += 1
        places = {p["name"]: p for p in gold["places"]}
        core = [e for e in gold["events"] if not e.get("optional")]
        if not core:
            zero.append(os.path.basename(path))
        for e in gold["events"]:
            total += 1
            per_type[e["type"]] += 1
            per_mod[e["modality"]] += 1
            if e.get("optional"):
                optional += 1
            else:
                core_type[e["type"]] += 1
                core_mod[e["modality"]] += 1
        for p in places.values():
            if "country" in p:
                countries[p["country"]] += 1
    print("articles: %s" % dict(kinds))
    print("events: %d (core %d, optional %d)" % (total, total - optional, optional))
    print("type\tall\tcore")
    for t in sorted(TYPES):
        print("%s\t%d\t%d" % (t, per_type[t], core_type[t]))
    print("modality\tall\tcore")
    for m in ("asserted", "intended", "predicted", "possible", "negated"):
        print("%s\t%d\t%d" % (m, per_mod[m], core_mod[m]))
    print("articles without core events: %s" % " ".join(zero))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(here, "..", "data", "gold", "dev"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    shared = args.shared if os.path.isdir(args.shared) else "/work/shared"
    cache = {}
    bad = 0
    files = sorted(glob.glob(os.path.join(args.dir, "*.json")))
    for path in files:
        errs = check(path, shared, cache)
        for err in errs:
            print("%s: %s" % (os.path.basename(path), err))
        bad += bool(errs)
    print("%d gold files, %d with problems" % (len(files), bad))
    if args.stats:
        stats(files)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
