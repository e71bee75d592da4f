#!/usr/bin/env python3
"""Coding tools for the annotated corpus (data/gold/corpus, issue 8). Python 3 stdlib only.

  claim CODER        take the next article to code; writes a skeleton gold file and prints its path
  show NAME          print an article (metadata fields and text, paragraphs numbered) for coding
  geo NAME [--cc SY] look a place name up in the shared raw gazetteers (coordinates for coders)
  actor ID "WHO"     register a new actor id (data/gold/corpus/actor-ids.tsv) after checking it is new
  check [FILE…]      validate gold files and (re)compute every span from the coders' strings
  stats              counts per split, type, modality; coding progress
  agree              inter-coder agreement over the double-coded articles (SPEC §5 matching)

Gold files live in data/gold/corpus/{train,dev,test}/NAME.json; the second coding of a
double-coded article lives in data/gold/corpus/agreement/NAME.json. Texts stay in ../shared:
files refer to them by corpus and id, and spans are UTF-16 offsets into the corpus `text` field.
"""
import argparse
import collections
import fcntl
import glob
import json
import os
import sys

from corpus_agree import cmd_agree
from corpus_check import cmd_check
from corpus_data import (ACTOR_ID, ACTOR_IDS, CLAIMS, CORPUS_DIR, ROOT, WAVE2_CODERS, corpus_record,
                         manifest)
from corpus_geo import cmd_geo


# ---------------------------------------------------------------- claim / show

def skeleton(row, coder):
    rec = corpus_record(row["corpus"], row["id"])
    if row["corpus"].endswith("saudinewsnet_2015_syria_iraq_conflict.jsonl"):
        pub = (rec.get("date_extracted") or "")[:10] or None
        note = "date_extracted date"
    else:
        pub = (rec.get("crawled_at") or "")[:10] or None
        note = "crawled_at date (an upper bound): replace with the date the text gives, if any"
    return {
        "article_ref": {"corpus": row["corpus"], "id": row["id"]},
        "coder": coder,
        "status": "todo",
        "published": pub,
        "published_note": note,
        "metadata": {"title": rec.get("title"), "author": None, "dateline": None, "boilerplate": []},
        "places": [],
        "actors": [],
        "actor_mentions": {},
        "events": [],
    }


def cmd_claim(args):
    os.makedirs(os.path.dirname(CLAIMS), exist_ok=True)
    with open(CLAIMS, "a+", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        claims = collections.defaultdict(list)
        for line in f:
            name, coder = line.rstrip("\n").split("\t")[:2]
            claims[name].append(coder)
        wave2 = None
        if os.path.exists(WAVE2_CODERS):
            with open(WAVE2_CODERS, encoding="utf-8") as w:
                wave2 = {l.strip() for l in w if l.strip()}
        for row in manifest():
            name = row["name"]
            if row["wave"] == 2 and wave2 is not None and args.coder not in wave2:
                continue
            taken = claims.get(name, [])
            if not taken:
                path = os.path.join(CORPUS_DIR, row["split"], name + ".json")
            elif row["double"] == "yes" and len(taken) == 1 and taken[0] != args.coder:
                path = os.path.join(CORPUS_DIR, "agreement", name + ".json")
            else:
                continue
            if os.path.exists(path):
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as g:
                json.dump(skeleton(row, args.coder), g, ensure_ascii=False, indent=1)
                g.write("\n")
            f.write("%s\t%s\n" % (name, args.coder))
            f.flush()
            print(os.path.relpath(path, ROOT))
            return 0
    print("nothing left to claim")
    return 1


def cmd_show(args):
    row = next((r for r in manifest() if r["name"] == args.name or r["id"] == args.name), None)
    if row is None:
        raise SystemExit("no article %s in the manifest" % args.name)
    rec = corpus_record(row["corpus"], row["id"])
    for k in ("title", "source", "section", "author", "date_extracted", "crawled_at", "url"):
        if rec.get(k):
            print("%s: %s" % (k, rec[k]))
    print("words: %s" % row["words"])
    print("-" * 60)
    for n, para in enumerate((rec.get("text") or "").split("\n"), 1):
        if para.strip():
            print("[%d] %s" % (n, para))
    return 0


# ---------------------------------------------------------------- actor registry

def cmd_actor(args):
    if not ACTOR_ID.match(args.id):
        raise SystemExit("actor ids look like ABC or ABC-DEF (upper case, digits, hyphens)")
    with open(ACTOR_IDS, "a+", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        for line in f:
            if line.split("\t")[0] == args.id:
                print("%s is already registered: %s" % (args.id, line.rstrip()))
                return 0
        f.write("%s\t%s\t%s\t%s\n" % (args.id, args.who, args.country or "", args.coder or ""))
    print("registered %s" % args.id)
    return 0


# ---------------------------------------------------------------- stats

def cmd_stats(args):
    rows = manifest()
    by_split = collections.Counter()
    coded = collections.Counter()
    core = collections.Counter()
    allev = collections.Counter()
    types = collections.Counter()
    mods = collections.Counter()
    for r in rows:
        by_split[r["split"]] += 1
        path = os.path.join(CORPUS_DIR, r["split"], r["name"] + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        if g.get("status") == "todo":
            continue
        coded[r["split"]] += 1
        for e in g["events"]:
            allev[r["split"]] += 1
            if not e.get("optional"):
                core[r["split"]] += 1
                types[e["type"]] += 1
                mods[e["modality"]] += 1
    agreement = [p for p in glob.glob(os.path.join(CORPUS_DIR, "agreement", "*.json"))
                 if json.load(open(p, encoding="utf-8")).get("status") != "todo"]
    print("waves: %s" % ", ".join("%d: %d articles" % (w, sum(1 for r in rows if r["wave"] == w)) for w in (1, 2)))
    print("split\tdrawn\tcoded\tevents\tcore")
    for s in ("train", "dev", "test"):
        print("%s\t%d\t%d\t%d\t%d" % (s, by_split[s], coded[s], allev[s], core[s]))
    print("all\t%d\t%d\t%d\t%d" % (len(rows), sum(coded.values()), sum(allev.values()), sum(core.values())))
    print("double-coded (second coding done): %d" % len(agreement))
    if args.verbose:
        print("core events per type: " + ", ".join("%s %d" % kv for kv in types.most_common()))
        print("core events per modality: " + ", ".join("%s %d" % kv for kv in mods.most_common()))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("claim"); p.add_argument("coder"); p.set_defaults(fn=cmd_claim)
    p = sub.add_parser("show"); p.add_argument("name"); p.set_defaults(fn=cmd_show)
    p = sub.add_parser("geo"); p.add_argument("names", nargs="+"); p.add_argument("--cc"); p.add_argument("--max", type=int, default=12); p.set_defaults(fn=cmd_geo)
    p = sub.add_parser("actor"); p.add_argument("id"); p.add_argument("who"); p.add_argument("--country"); p.add_argument("--coder"); p.set_defaults(fn=cmd_actor)
    p = sub.add_parser("check"); p.add_argument("files", nargs="*"); p.add_argument("--no-fix", action="store_true")
    p.add_argument("--warnings", action="store_true"); p.add_argument("--strict", action="store_true"); p.set_defaults(fn=cmd_check)
    p = sub.add_parser("stats"); p.add_argument("--verbose", action="store_true"); p.set_defaults(fn=cmd_stats)
    p = sub.add_parser("agree"); p.set_defaults(fn=cmd_agree)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
