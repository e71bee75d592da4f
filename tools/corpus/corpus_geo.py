#!/usr/bin/env python3
"""`corpus.py geo`: look a place name up in the shared raw gazetteers (coordinates for coders).
"""
import collections
import glob
import os
import re

from corpus_data import ARABIC_LETTER, ROOT, find_shared



def norm(s):
    s = re.sub("[\u064B-\u0652\u0640]", "", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return s.strip()


GEO_INDEX = os.path.join(ROOT, "artifacts", "corpus-geo-index.pickle")


def geo_rows(shared):
    """Every gazetteer row as (keys, row tuple); rows are read from the raw shared TSVs."""
    for path in sorted(glob.glob(os.path.join(shared, "data", "gazetteer", "*.tsv"))):
        base = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split("\t")
            for line in f:
                r = dict(zip(head, line.rstrip("\n").split("\t")))
                if base.startswith("wof_"):
                    names = [r.get("name_ar_preferred", "")] + r.get("name_ar_variant", "").split("|") + [r.get("name", ""), r.get("name_en_preferred", "")]
                    cc, kind, lat, lon = r.get("country", ""), r.get("placetype", ""), r.get("lat"), r.get("lon")
                    where, pop = "%s / %s" % (r.get("region", ""), r.get("county", "")), ""
                elif base.startswith("geonames"):
                    names = r.get("arabic_names", "").split(",") + [r.get("name", "")]
                    cc, kind, lat, lon = r.get("country_code", ""), r.get("feature_code", ""), r.get("latitude"), r.get("longitude")
                    where, pop = "admin1 %s" % r.get("admin1_code", ""), r.get("population", "")
                else:
                    names = [r.get(k, "") for k in head if "name" in k]
                    cc, kind = r.get("iso_country", r.get("country", "")), "airport"
                    lat, lon = r.get("latitude_deg", r.get("lat")), r.get("longitude_deg", r.get("lon"))
                    where, pop = r.get("municipality", ""), ""
                keys = {norm(n) for n in names if n}
                keys |= {k[2:] for k in keys if k.startswith("ال")}
                yield keys, (base, cc, kind, lat, lon, where, pop, (names[0] or names[-1])[:40])


def geo_index(shared):
    import pickle
    if os.path.exists(GEO_INDEX):
        with open(GEO_INDEX, "rb") as f:
            return pickle.load(f)
    index = collections.defaultdict(list)
    for keys, row in geo_rows(shared):
        for k in keys:
            if ARABIC_LETTER.search(k):
                index[k].append(row)
    index = dict(index)
    os.makedirs(os.path.dirname(GEO_INDEX), exist_ok=True)
    tmp = GEO_INDEX + ".%d" % os.getpid()
    with open(tmp, "wb") as f:
        pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, GEO_INDEX)
    return index


def cmd_geo(args):
    index = geo_index(find_shared())
    for name in args.names:
        want = norm(name)
        rows = index.get(want, []) + (index.get(want[2:], []) if want.startswith("ال") else [])
        out, seen = [], set()
        for row in rows:
            if args.cc and row[1] != args.cc:
                continue
            key = (row[1], round(float(row[3] or 0), 2), round(float(row[4] or 0), 2))
            if key in seen:
                continue
            seen.add(key)
            out.append(row)
        # populous places first: what a reader most likely means, unless the context says otherwise
        kinds = {"locality": 0, "PPLC": 0, "PPLA": 0, "region": 1, "county": 2, "neighbourhood": 3}
        out.sort(key=lambda r: (-int(r[6]) if str(r[6]).isdigit() else 0, kinds.get(r[2], 4 if r[2] != "country" else -1)))
        print("== %s" % name)
        for o in out[: args.max]:
            print("%-30s %s %-14s lat %s lon %s  %s pop %s  %s" % o)
        if not out:
            print("no gazetteer entry%s: estimate the centre, widen tol_km and add a note" % (" in " + args.cc if args.cc else ""))
    return 0
