#!/usr/bin/env python3
"""Writes data/geo/country_points.tsv: the point OpenStreetMap gives a country, as IDRISI's
annotators resolved Arabic country mentions to it (shared/data/toponyms/idrisi_lmd_ar/*__train.jsonl:
a mention of IDRISI type Country whose OSM object is the country itself, Nominatim rank 4).

Why: a country has no one point. The compiled gazetteer gives WOF's label point; OSM's country
node lies 200–800 km from it for a large country (Saudi Arabia, Yemen, China, the USA). Both are
fair, neither is a place on the ground (`precision` says `country`), and the corpus gold judges a
country by its code; IDRISI, the only public Arabic resolution gold, measures a country mention by
its distance to OSM's point. Where IDRISI's training tweets give OSM's point, it replaces WOF's.

One row per country code: the point most of its mentions give (Nominatim moved a few), with every
tweet id it rests on after «tweets:»: `marsad toponyms` drops, in each fold, a point whose tweets
all fall in the held-out fold, as it drops idrisi_places.tsv rows.

Usage: python3 tools/geo/country_points.py [--shared ../shared] [--check]
"""
import argparse, collections, glob, json, os, sys

from corpus_places import write_rows

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "geo", "country_points.tsv")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.shared, "data", "toponyms", "idrisi_lmd_ar", "*__train.jsonl")))
    if not files:
        sys.exit(f"no IDRISI LMD train split under {a.shared}/data/toponyms/idrisi_lmd_ar")
    points = collections.defaultdict(list)
    for path in files:
        event = os.path.basename(path).replace("__train.jsonl", "")
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for m in d["location_mentions"]:
                    osm = m.get("osm_json")
                    if m["type"] != "Country" or not isinstance(osm, dict) or "lat" not in osm:
                        continue
                    address = osm.get("address") or {}
                    # The country itself: rank 4, an address of nothing but the country.
                    if osm.get("place_rank") != 4 or set(address) - {"country", "country_code"}:
                        continue
                    cc = address.get("country_code", "").upper()
                    if len(cc) != 2:
                        continue
                    point = (round(float(osm["lat"]), 4), round(float(osm["lon"]), 4))
                    ref = f"{osm.get('osm_type', '?')}/{osm.get('osm_id', '?')}"
                    points[cc].append((point, ref, str(d["tweet_id"]), event))
    rows = []
    for cc in sorted(points):
        ms = points[cc]
        counts = collections.Counter(p for p, _, _, _ in ms)
        best = max(counts, key=lambda p: (counts[p], p))
        chosen = [x for x in ms if x[0] == best]
        refs = sorted({x[1] for x in chosen})
        events = sorted({x[3] for x in chosen})
        tweets = sorted({x[2] for x in chosen})
        src = (f"IDRISI LMD Arabic train ({' '.join(events)}), class Country, OSM {' '.join(refs)} (ODbL 1.0), "
               f"{len(chosen)} of {len(ms)} mention(s); tweets: " + " ".join(tweets))
        rows.append((cc, f"{best[0]:.4f}", f"{best[1]:.4f}", src))
    lines = [
        "# source: IDRISI (Suwaileh et al.; github rsuwaileh/IDRISI @ 3dfd62d867b23b7143999ffb29fe137d6ca5989b), LMD/data/AR train splits: the OpenStreetMap country objects the annotators resolved country mentions to; built by tools/geo/country_points.py",
        "# licence: IDRISI annotations CC BY 4.0; coordinates from the OpenStreetMap/Nominatim records IDRISI embeds, © OpenStreetMap contributors, ODbL 1.0 (see data/ATTRIBUTION.md)",
        "# the point replaces the compiled gazetteer's (WOF) point of the country row; coord_source ends with the tweet ids the point rests on (the cross-validation drops a point whose tweets are all held out)",
        "country\tlat\tlon\tcoord_source",
    ]
    write_rows(OUT, lines, rows, a.check)


if __name__ == "__main__":
    main()
