#!/usr/bin/env python3
"""Draw the development gold sample from the shared conflict corpora.

The draw is reproducible: random.Random(SEED).sample over the article ids in file order,
one independent draw per corpus. Articles longer than MAX_WORDS words are skipped (reported
as such) and the next article in the drawn order is taken instead.

Usage: python3 tools/draw-dev-sample.py [--seed N] [--shared ../shared]
Prints one line per drawn article: corpus, rank, id, words, status (TAKEN or SKIPPED reason).
"""
import argparse
import json
import os
import random

CORPORA = [
    ("data/news/news_credibility_2013_syria_iraq_conflict.jsonl", 15),
    ("data/news/saudinewsnet_2015_syria_iraq_conflict.jsonl", 10),
]
MAX_WORDS = 1200
# how many ids to draw per corpus; only the first ones that fit are taken
DRAW = 60


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261125)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    args = ap.parse_args()
    shared = args.shared if os.path.isdir(args.shared) else "/work/shared"
    for rel, want in CORPORA:
        ids, texts = [], {}
        with open(os.path.join(shared, rel), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                ids.append(rec["id"])
                texts[rec["id"]] = rec.get("text") or ""
        drawn = random.Random(args.seed).sample(ids, DRAW)
        taken = 0
        for rank, aid in enumerate(drawn, 1):
            if taken == want:
                break
            words = len(texts[aid].split())
            if words > MAX_WORDS:
                status = "SKIPPED longer than %d words" % MAX_WORDS
            else:
                status = "TAKEN"
                taken += 1
            print("%s\t%d\t%s\t%d\t%s" % (rel, rank, aid, words, status))


if __name__ == "__main__":
    main()
