#!/usr/bin/env python3
"""Writes data/geo/idrisi_places.tsv: the places of IDRISI's Arabic location-mention-disambiguation
training splits (shared/data/toponyms/idrisi_lmd_ar/*__train.jsonl: a mention, its IDRISI type
and the OSM object the annotators resolved it to) that the shipped gazetteer does not find there.

A mention's name is its text without hashtag marks, a leading conjunction or preposition letter
(«وبمستشفى» → «مستشفى», «ببيروت» → «بيروت» when the bare form is a name seen elsewhere) and
a leading settlement or area cue («منطقة X» → «X»: the cue still makes «منطقة X» fire). A name is
left out when the compiled gazetteer, features.tsv or corpus_places.tsv holds it within the OSM
object's extent (half its bounding box's diagonal, 5 to 300 km: then the miss is one of
recognition or choice), when it is a country (its misses are spellings, not places), when its
position depends on the tweet («شمال …», «طريق …» alone), when a word of it is a month or a
weekday («السادس من أكتوبر» is a date in news), or when it is one word seen in one tweet text only
or one word another gazetteer row bears (a namesake: ambiguous in news) (a common noun the annotator read as a place once). Mentions of one folded name that lie
within each other's extent are one row (mean point). Type from IDRISI's class and the extent:
Province → region; Road/street → road when it spans more than 5 km, else district; the others
district (≤ 5 km: hospitals, streets, quarters), locality (< 40 km), region (≥ 40 km).

coord_source names IDRISI, the OSM object and, after «tweets:», every tweet id the row rests on:
`marsad toponyms` drops, for each fold, the rows whose tweets all fall in the held-out fold.

Usage: python3 tools/geo/idrisi_places.py [--shared ../shared] [--check]
"""
import argparse, glob, hashlib, json, math, os, re, statistics, sys

from corpus_places import GENERIC, RELATIVE, cluster, fold, km, write_rows
from gazetteer_rows import gazetteer_rows

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "geo", "idrisi_places.tsv")
# Cues that announce a settlement or an area and are no part of its name («منطقة الوفرة» is
# «الوفرة»); «جبل», «وادي», «مخيم», «مطار» are kept: «جبل X» is not the town X.
# Heads of a title or an institution (a person, an actor), not of a place.
NOT_PLACES = ("محافظ", "وزارة", "وزير", "مدير", "رئيس", "امير", "أمير")
# Countries these news are about (as the gazetteer build keeps every town of them): a hospital
# or a stadium of IDRISI's tweets elsewhere is outside what Marsad reads.
REGION = set("SY IQ LB JO PS IL TR IR SA YE OM AE QA BH KW EG LY TN DZ MA MR SD SS SO DJ KM ER ET ML NE TD AF PK EH CY".split())
CUES = ("مدينة", "بلدة", "قرية", "حي", "ضاحية", "محافظة", "ولاية", "إقليم", "منطقة", "ناحية", "قضاء", "بلدية", "العاصمة", "مدينه", "محافظه", "منطقه")


def clean(text):
    s = text.replace("#", " ").replace("_", " ")
    s = re.sub(r"[^\u0621-\u064A\u0660-\u0669\u0670 0-9]", " ", s)
    s = re.sub("[\u064B-\u0652\u0670]", "", s)
    return " ".join(s.split())


def strip_clitic(name, attested, heads):
    """Drops a leading «و»/«ف» and a «ب»/«ل»/«ك» before the article, before a cue or facility
    head («بمستشفى»), or before a word the bare form of which is attested as a name; «لل» is
    «ل» + «ال»; the colloquial «عالـ» is «على الـ»."""
    words = name.split(" ")
    w = words[0]
    if w.startswith("عال") and len(w) >= 6:
        w = w[1:]
    for _ in range(2):
        if len(w) < 3 or w[0] not in "وفبلك":
            break
        rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
        bare = " ".join([rest] + words[1:])
        if rest.startswith("ال") and len(rest) >= 4 or fold(bare) in attested or fold(rest) in heads and len(words) > 1 \
                or w[0] in "وف" and rest[0] in "بلك" and len(rest) >= 4:
            w = rest
            continue
        break
    return " ".join([w] + words[1:])


def half_diagonal(osm):
    bb = osm.get("boundingbox")
    if not bb or len(bb) != 4:
        return 5.0
    s, n, w, e = (float(x) for x in bb)
    return km(s, w, n, e) / 2


def named_points():
    named = {}
    for cols in gazetteer_rows(os.path.join(ROOT, "data", "geo", "gazetteer.tsv.gz")):
        for n in cols[8].split("|"):
            if n:
                named.setdefault(fold(n), []).append((float(cols[2]), float(cols[3])))
    for tsv in ("features.tsv", "corpus_places.tsv"):
        with open(os.path.join(ROOT, "data", "geo", tsv), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or cols[0] == "id":
                    continue
                for n in cols[1].split("|"):
                    named.setdefault(fold(n), []).append((float(cols[3]), float(cols[4])))
    return named


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.shared, "data", "toponyms", "idrisi_lmd_ar", "*__train.jsonl")))
    if not files:
        sys.exit(f"no IDRISI LMD train split under {a.shared}/data/toponyms/idrisi_lmd_ar")
    named = named_points()
    # A name made of calendar words («أكتوبر», «السادس من أكتوبر»: the Egyptian city) reads as a
    # date in news; months.tsv and weekdays.tsv hold them.
    dates = set()
    for lex in ("months.tsv", "weekdays.tsv"):
        with open(os.path.join(ROOT, "data", "lexicons", lex), encoding="utf-8") as f:
            dates |= {fold(line.split("\t")[0]) for line in f if not line.startswith("#") and not line.startswith("name\t")}
    heads = {fold(c) for c in CUES + RELATIVE}
    with open(os.path.join(ROOT, "data", "geo", "place_cues.tsv"), encoding="utf-8") as f:
        heads |= {fold(line.split("\t")[0]) for line in f if not line.startswith("#")}
    with open(os.path.join(ROOT, "data", "geo", "place_facility_heads.tsv"), encoding="utf-8") as f:
        heads |= {fold(line.split("\t")[0]) for line in f if not line.startswith("#")}
    mentions = []
    for path in files:
        event = os.path.basename(path).replace("__train.jsonl", "")
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for m in d["location_mentions"]:
                    osm = m.get("osm_json")
                    if m["type"] == "Country" or not isinstance(osm, dict) or "lat" not in osm:
                        continue
                    name = clean(m["text"])
                    if name:
                        mentions.append((name, m["type"], osm, str(d["tweet_id"]), event, " ".join(d["text"].split())))
    attested = {fold(x[0]) for x in mentions} | set(named)
    codings = {}
    cue_keys = {fold(c) for c in CUES}
    skip_heads = {fold(w) for w in RELATIVE + GENERIC + NOT_PLACES}
    for name, kind, osm, tweet, event, text in mentions:
        name = strip_clitic(name, attested, heads)
        words = name.split(" ")
        if len(words) > 1 and fold(words[0]) in cue_keys:
            name = strip_clitic(" ".join(words[1:]), attested, heads)
            words = name.split(" ")
        key = fold(name)
        # Abbreviations («ط» for «طريق»), block numbers («قطعة 5») and a word the tweet split in two
        # («عم ان» for «عمان»: two common words in news) are no names to look for.
        # «السفارة القطرية», «السوق المركزي»: a definite head noun describes one of many, it is no name.
        if len(key.replace(" ", "")) < 3 or fold(words[0]) in skip_heads or len(words) > 1 and words[0].startswith("ال") and fold(words[0][2:]) in heads or key in skip_heads or len(words) > 6 \
                or any(len(w) < 2 for w in words) or re.search("[0-9\u0660-\u0669]", name) \
                or any(fold(x + y) in attested for x, y in zip(words, words[1:])) \
                or any(fold(w) in dates or fold(w).removeprefix("ال") in dates for w in words):
            continue
        lat, lon = float(osm["lat"]), float(osm["lon"])
        tol = min(max(half_diagonal(osm), 5.0), 300.0)
        if any(km(lat, lon, la, lo) <= tol for la, lo in named.get(key, [])):
            continue
        cc = (osm.get("address") or {}).get("country_code", "").upper()
        if cc not in REGION:
            continue
        ref = f"{osm.get('osm_type', '?')}/{osm.get('osm_id', '?')}"
        codings.setdefault(key, []).append((name, kind, lat, lon, tol, cc, ref, tweet, event, text))
    rows = []
    for key in sorted(codings):
        for cl in cluster(sorted(codings[key], key=lambda c: (c[7], c[2], c[3])), 2, 3, 4):
            # A single word another gazetteer row already bears is ambiguous in news («الزرقاء»:
            # Zarqa in Jordan, and «the blue»); one seen in one tweet text may be a common noun.
            if " " not in key and (len({x[9] for x in cl}) < 2 or key in named):
                continue
            lat = round(statistics.fmean(x[2] for x in cl), 4)
            lon = round(statistics.fmean(x[3] for x in cl), 4)
            tol = statistics.median(x[4] for x in cl)
            classes = sorted({x[1] for x in cl}, key=lambda k: (-sum(x[1] == k for x in cl), k))
            if classes[0] == "Province":
                kind = "region"
            elif classes[0] == "Road/street":
                kind = "road" if tol > 5 else "district"
            else:
                kind = "region" if tol >= 40 else "locality" if tol > 5 else "district"
            ccs = sorted({x[5] for x in cl if x[5]}, key=lambda k: (-sum(x[5] == k for x in cl), k))
            names = sorted({x[0] for x in cl}, key=lambda n: (-sum(x[0] == n for x in cl), n))
            refs = sorted({x[6] for x in cl})
            tweets = sorted({x[7] for x in cl})
            events = sorted({x[8] for x in cl})
            rid = "idrisi-" + hashlib.sha1(f"{key}|{lat}|{lon}".encode()).hexdigest()[:10]
            src = (f"IDRISI LMD Arabic train ({' '.join(events)}), class {'/'.join(classes)}, OSM {' '.join(refs[:3])}{' …' if len(refs) > 3 else ''}"
                   f" (ODbL 1.0), mean of {len(cl)} mention(s), extent {tol:.0f} km; tweets: " + " ".join(tweets))
            rows.append((rid, "|".join(names), kind, f"{lat:.4f}", f"{lon:.4f}", ccs[0] if ccs else "", "", src))
    lines = [
        "# source: IDRISI (Suwaileh et al.; github rsuwaileh/IDRISI @ 3dfd62d867b23b7143999ffb29fe137d6ca5989b), LMD/data/AR train splits: location mentions the annotators resolved to OpenStreetMap objects, the ones the gazetteer does not find there; built by tools/geo/idrisi_places.py",
        "# licence: IDRISI annotations CC BY 4.0; coordinates and extents from the OpenStreetMap/Nominatim records IDRISI embeds, © OpenStreetMap contributors, ODbL 1.0 (see data/ATTRIBUTION.md)",
        "# type: region (IDRISI Province, or an extent of 40 km or more), road (a Road/street over 5 km), locality (extent under 40 km), district (5 km or less: hospitals, streets, quarters); coord_source ends with the tweet ids the row rests on (the cross-validation drops a row whose tweets are all held out)",
        "id\tnames_ar\ttype\tlat\tlon\tcountry\tadmin1\tcoord_source",
    ]
    write_rows(OUT, lines, rows, a.check)


if __name__ == "__main__":
    main()
