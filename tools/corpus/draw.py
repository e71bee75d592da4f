#!/usr/bin/env python3
"""Draw the annotated corpus (issue 8) from the shared news and freeze its splits.

Reproducible: for each corpus, random.Random(SEED + k).shuffle over the ids in file order; the
drawn order is walked and articles are taken until the corpus quota is met. Skipped, and counted:
the 25 real dev-gold articles, texts under MIN_WORDS words, texts that are not Arabic (under half
of the letters Arabic), and texts identical (after whitespace folding) to one already taken.

Splits are 60/20/20 per corpus (stratified), assigned by a second seeded shuffle of the taken
articles. Forty articles of train and dev (15 sn, 17 nc, 8 ng: the quotas' shares) are marked for
double coding; test articles are never double coded, so no one reads test gold against other gold.

Writes data/gold/corpus/manifest.tsv (one row per taken article, in coding order) and prints the
skip counts. The manifest is written once: rerunning with the same seed must reproduce it byte for
byte (--check).

Usage: python3 tools/corpus/draw.py [--seed N] [--shared ../shared] [--check]
"""
import argparse
import glob
import json
import os
import random
import re
import sys

SEED = 20261202
# Wave 2 extends the corpus with conflict news only: wave 1's 400 articles gave about 1.5 core
# events an article and the negatives almost none. Each corpus's shuffled order is walked on from
# where wave 1 stopped, so wave 1 stays as it was written and the waves never share an article.
WAVE2 = [("sn", 110), ("nc", 130)]
CORPORA = [
    # prefix, path relative to the shared root, quota, double-coded
    ("sn", "data/news/saudinewsnet_2015_syria_iraq_conflict.jsonl", 150, 15),
    ("nc", "data/news/news_credibility_2013_syria_iraq_conflict.jsonl", 170, 17),
    ("ng", "data/news/news_credibility_2013_negatives_sample2000.jsonl", 80, 8),
]
MIN_WORDS = 40
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LETTER = re.compile(r"[^\W\d_]")


def here():
    return os.path.dirname(os.path.abspath(__file__))


def repo_root():
    return os.path.normpath(os.path.join(here(), "..", ".."))


def find_shared(arg):
    for cand in (arg, os.path.join(repo_root(), "..", "shared"), "/work/shared"):
        if cand and os.path.isdir(cand):
            return cand
    sys.exit("draw: no shared directory (give --shared)")


def dev_ids():
    ids = set()
    for path in glob.glob(os.path.join(repo_root(), "data", "gold", "dev", "*.json")):
        with open(path, encoding="utf-8") as f:
            ref = json.load(f).get("article_ref")
        if ref:
            ids.add(ref["id"])
    return ids


def fold(text):
    return " ".join(text.split())


def draw(shared, seed, wave=1):
    """Wave 1: CORPORA's quotas. Wave 2: WAVE2's quotas, walking each corpus's same shuffled order
    on from where wave 1 stopped, so the waves never share an article."""
    excluded = dev_ids()
    seen_texts = set()
    rows, skips = [], []
    quotas = {p: q for p, q in WAVE2} if wave == 2 else None
    for k, (prefix, rel, quota, double) in enumerate(CORPORA):
        recs = []
        with open(os.path.join(shared, rel), encoding="utf-8") as f:
            for line in f:
                recs.append(json.loads(line))
        order = list(range(len(recs)))
        random.Random(seed + k).shuffle(order)
        taken = []
        phase_quota = [quota] + ([quotas[prefix]] if quotas and prefix in quotas else [])
        for phase, want in enumerate(phase_quota, 1):
            taken = []
            while order and len(taken) < want:
                rank = len(recs) - len(order) + 1
                rec = recs[order.pop(0)]
                text = rec.get("text") or ""
                words = len(text.split())
                letters = LETTER.findall(text)
                reason = None
                if rec["id"] in excluded:
                    reason = "dev gold article"
                elif words < MIN_WORDS:
                    reason = "under %d words" % MIN_WORDS
                elif not letters or len(ARABIC.findall(text)) < 0.5 * len(letters):
                    reason = "not Arabic"
                elif fold(text) in seen_texts:
                    reason = "duplicate text"
                if reason:
                    if phase == wave:
                        skips.append((prefix, rank, rec["id"], words, reason))
                    continue
                seen_texts.add(fold(text))
                taken.append((rank, rec["id"], words))
            if len(taken) < want:
                sys.exit("draw: %s has only %d usable articles" % (prefix, len(taken)))
        if wave == 2 and len(phase_quota) == 1:
            continue
        quota = len(taken)
        # splits: a second seeded shuffle, 60/20/20 exactly
        idx = list(range(quota))
        random.Random(seed * 7 + k + (1000 if wave == 2 else 0)).shuffle(idx)
        n_train, n_dev = quota * 60 // 100, quota * 20 // 100
        split = {}
        for j, t in enumerate(idx):
            split[t] = "train" if j < n_train else "dev" if j < n_train + n_dev else "test"
        doubles = 0
        for t, (rank, aid, words) in enumerate(taken):
            dbl = wave == 1 and split[t] != "test" and doubles < double
            doubles += dbl
            rows.append({"name": "%s-%s" % (prefix, aid[:8]), "corpus": rel, "id": aid, "rank": rank,
                         "words": words, "split": split[t], "double": "yes" if dbl else "no", "quota": quota})
    # coding order: the corpora interleaved by drawn rank, so a partly coded corpus still
    # has every stratum and split in proportion
    for pos, r in enumerate(sorted(rows, key=lambda r: (r["rank"] / r["quota"], r["name"]))):
        r["order"] = pos + 1
    rows.sort(key=lambda r: r["order"])
    names = [r["name"] for r in rows]
    if len(set(names)) != len(names):
        sys.exit("draw: two articles share a file name prefix")
    return rows, skips


def render(rows, seed, wave):
    first = ("# Marsad annotated corpus: drawn by tools/corpus/draw.py --seed %d; texts stay in ../shared (publishers' copyright)" % seed
             if wave == 1 else
             "# Marsad annotated corpus, wave 2: drawn by tools/corpus/draw.py --seed %d --wave 2; texts stay in ../shared (publishers' copyright)" % seed)
    out = [first,
           "order\tname\tcorpus\tid\trank\twords\tsplit\tdouble"]
    for r in rows:
        out.append("%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s" % (r["order"], r["name"], r["corpus"], r["id"], r["rank"], r["words"], r["split"], r["double"]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--shared")
    ap.add_argument("--wave", type=int, choices=(1, 2), default=1)
    ap.add_argument("--check", action="store_true", help="prove the committed manifest is reproduced")
    args = ap.parse_args()
    shared = find_shared(args.shared)
    rows, skips = draw(shared, args.seed, args.wave)
    text = render(rows, args.seed, args.wave)
    path = os.path.join(repo_root(), "data", "gold", "corpus", "manifest.tsv" if args.wave == 1 else "manifest-wave2.tsv")
    for s in skips:
        print("skipped\t%s\trank %d\t%s\t%d words\t%s" % s, file=sys.stderr)
    counts = {}
    for r in rows:
        counts[(r["corpus"].split("/")[-1], r["split"])] = counts.get((r["corpus"].split("/")[-1], r["split"]), 0) + 1
    for k in sorted(counts):
        print("%s\t%s\t%d" % (k[0], k[1], counts[k]), file=sys.stderr)
    print("taken %d, skipped %d, double-coded %d" % (len(rows), len(skips), sum(r["double"] == "yes" for r in rows)), file=sys.stderr)
    if args.check:
        with open(path, encoding="utf-8") as f:
            same = f.read() == text
        print("manifest reproduced" if same else "manifest DIFFERS from the draw", file=sys.stderr)
        return 0 if same else 1
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("draw: %s exists and differs; splits are frozen (use --check)" % path)
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
