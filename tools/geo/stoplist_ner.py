#!/usr/bin/env python3
"""Writes data/geo/place_stoplist_ner.tsv: single-word names of the compiled gazetteer (and of
features.tsv, corpus_places.tsv and idrisi_places.tsv) that NewsFANE_Gold_2014_170K (shared/data/ner) tags as a
location less than 20% of the times it has them, when it has them at least 3 times: words such as
«من», «علي», «كيف» that some town also bears. Counts only; no text is copied.

Rerun it whenever the gazetteer gains names (`marsad gazetteer build`), so that a common word that
a new row brings is met by the stoplist.

Usage: python3 tools/geo/stoplist_ner.py [--check] [--gazetteer FILE]
"""
import argparse, collections, os, re, sys

from gazetteer_rows import gazetteer_rows

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "geo", "place_stoplist_ner.tsv")
NER = os.path.join(ROOT, "..", "shared", "data", "ner", "NewsFANE_Gold_2014_170K.txt")
LOCATION = ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District", "Continent",
            "Land", "Land-Region-Natural", "Water-Body", "Airport", "Path", "Building-Grounds", "Subarea-Facility")
HEADER = ("# source: derived by the Marsad team from NewsFANE_Gold_2014_170K (Alotaibi & Lee, COLING 2014; github bvanaken/visbert "
          "data/Finegrained/WikiFANE_2014_Gold_standard @ 8c0f4a8b8eb821dca6d947206c3e3cbad9cda693): single-word gazetteer names (folded) "
          "seen at least 3 times in that corpus and tagged as a location (Nation, Population-Center, State-or-Province, GPE-Cluster, "
          "County-or-District, Continent, Land, Land-Region-Natural, Water-Body, Airport, Path, Building-Grounds, Subarea-Facility) less than 20% of the time; "
          "counts only, no text; built by tools/geo/stoplist_ner.py\n"
          "# licence: CC BY-SA 3.0 (derived data; see data/ATTRIBUTION.md)\n"
          "name\tkind\ttokens\tlocation_tags\n")


def fold(s):
    s = re.sub("[إأآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي").replace("ـ", "")
    s = re.sub("[\u064B-\u0652\u0670\u200e\u200f\ufeff]", "", s)
    return s.strip()


def names(gazetteer):
    out = set()
    for cols in gazetteer_rows(gazetteer):
        out.update(fold(n) for n in cols[8].split("|") if n)
    for extra in ("features.tsv", "corpus_places.tsv", "idrisi_places.tsv"):
        with open(os.path.join(ROOT, "data", "geo", extra), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("id\t"):
                    continue
                out.update(fold(n) for n in line.split("\t")[1].split("|") if n)
    return {n for n in out if n and " " not in n}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, "data", "geo", "gazetteer.tsv.gz"))
    a = ap.parse_args()
    single = names(a.gazetteer)
    tokens, located, first = collections.Counter(), collections.Counter(), {}
    with open(NER, encoding="utf-8-sig") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            w = fold(parts[0])
            if w not in single:
                continue
            tokens[w] += 1
            first.setdefault(w, len(first))
            tag = parts[1]
            if tag != "O" and tag[2:] in LOCATION:
                located[w] += 1
    rows = [(w, tokens[w], located[w]) for w in tokens if tokens[w] >= 3 and located[w] < 0.2 * tokens[w]]
    rows.sort(key=lambda r: (-r[1], first[r[0]]))
    text = HEADER + "".join("%s\tcommon\t%d\t%d\n" % r for r in rows)
    if a.check:
        same = open(OUT, encoding="utf-8").read() == text
        print("%d rows: %s" % (len(rows), "same as committed" if same else "DIFFERENT from committed"))
        sys.exit(0 if same else 1)
    open(OUT, "w", encoding="utf-8").write(text)
    print("%d rows written to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
