#!/usr/bin/env python3
"""Writes data/geo/corpus_places.tsv: places the corpus TRAIN split's coders located by hand
(name, lat, lon, tolerance) that the shipped gazetteer does not find for them.

Only the train split is read (never dev or test). A place is taken when no row of the compiled
gazetteer or of features.tsv has its name within the coder's tolerance of the coded point;
country-only places, and names whose position depends on the
article («شمال …», «الحدود …»), and single words coded in one article only are left out. Codings of one name within their tolerance of each
other are one row (mean point, median tolerance); far-apart codings stay separate namesakes.
The country is that of the nearest gazetteer row within 40 km (none for wide regions).

Usage: python3 tools/geo/corpus_places.py [--check]
"""
import argparse, bisect, glob, hashlib, json, math, os, re, statistics, sys

from gazetteer_rows import gazetteer_rows

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "geo", "corpus_places.tsv")
# Heads of names that stand for a different thing in every article: a council, a front, the ring
# road, the military prison of whichever city the article is about.
GENERIC = ("مجلس", "الجبهة", "جبهة", "الطريق", "طريق", "السجن", "المجلس", "سفارة", "فرع", "المدينة", "المناطق",
           "الملعب", "المتحلق", "المسلك", "قصر الرئاسة", "اللواء", "العاصمة", "مقر")
RELATIVE = ("بين", "قرب", "محيط", "أطراف", "ضواحي", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "ريف", "الريف", "الحدود", "حدود", "الشمال", "الجنوب", "الشرق", "الغرب")


def fold(s):
    s = re.sub("[إأآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي").replace("ـ", "")
    s = re.sub("[\u064B-\u0652\u0670]", "", s)
    return " ".join(s.replace('"', " ").split())


def km(a, b, c, d):
    p = math.pi / 180
    x = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(x)))


def gazetteer_points(named):
    pts = []
    for cols in gazetteer_rows(os.path.join(ROOT, "data", "geo", "gazetteer.tsv.gz")):
        for n in cols[8].split("|"):
            if n:
                named.setdefault(fold(n), []).append((float(cols[2]), float(cols[3])))
        if cols[1] in ("locality", "localadmin", "county", "neighbourhood", "borough") and cols[4]:
            pts.append((float(cols[2]), float(cols[3]), cols[4]))
    pts.sort()
    return pts


def country_near(pts, lats, lat, lon, limit=40):
    i = bisect.bisect_left(lats, lat - 0.5)
    best, cc = limit, ""
    while i < len(pts) and pts[i][0] <= lat + 0.5:
        d = km(lat, lon, pts[i][0], pts[i][1])
        if d < best:
            best, cc = d, pts[i][2]
        i += 1
    return cc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=os.path.join(ROOT, "data", "gold", "corpus", "train"))
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    a = ap.parse_args()
    if os.path.basename(os.path.normpath(a.train)) != "train":
        sys.exit("only the train split may be read")
    codings = {}
    for path in sorted(glob.glob(os.path.join(a.train, "*.json"))):
        d = json.load(open(path, encoding="utf-8"))
        for p in d.get("places", []):
            if p.get("lat") is None or p.get("lon") is None:
                continue
            name = " ".join(p["name"].split())
            key = fold(name)
            words = key.split(" ")
            if len(key.replace(" ", "")) < 3 or words[0] in {fold(w) for w in RELATIVE + GENERIC} or key in {fold(w) for w in GENERIC} \
                    or any(w in ("قرب", "مع", "بين") for w in words[1:]):
                continue
            codings.setdefault(key, []).append((name, p["lat"], p["lon"], p.get("tol_km") or 10, os.path.basename(path)[:-5]))
    named = {}
    pts = gazetteer_points(named)
    lats = [p[0] for p in pts]
    with open(os.path.join(ROOT, "data", "geo", "features.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or cols[0] == "id":
                continue
            for n in cols[1].split("|"):
                named.setdefault(fold(n), []).append((float(cols[3]), float(cols[4])))
    # A name the gazetteer holds within the coder's tolerance is a recognition or a choice to fix,
    # not a missing row («حمص» coded as the governorate when the town was found).
    codings = {k: [c for c in v if not any(km(c[1], c[2], la, lo) <= c[3] for la, lo in named.get(k, []))] for k, v in codings.items()}
    rows = []
    for key in sorted(codings):
        for cl in cluster(sorted(codings[key], key=lambda c: (c[4], c[1], c[2])), 1, 2, 3, floor=10):
            # A single word coded once may be a common noun the coder read as a place in that one
            # article («الإقليم», «الإمام»); two articles agreeing make it a name.
            if " " not in key and len({x[4] for x in cl}) < 2:
                continue
            lat = round(statistics.fmean(x[1] for x in cl), 4)
            lon = round(statistics.fmean(x[2] for x in cl), 4)
            tol = statistics.median(x[3] for x in cl)
            kind = "region" if tol >= 40 else "locality" if tol > 5 else "district"
            cc = country_near(pts, lats, lat, lon) if tol < 200 else ""
            names = sorted({x[0] for x in cl}, key=lambda n: (-sum(x[0] == n for x in cl), n))
            rid = "corpus-" + hashlib.sha1(f"{key}|{lat}|{lon}".encode()).hexdigest()[:10]
            arts = sorted({x[4] for x in cl})
            src = f"corpus train coders, mean of {len(cl)} coding(s), tolerance {tol:g} km: " + " ".join(arts[:5]) + (" …" if len(arts) > 5 else "")
            rows.append((rid, "|".join(names), kind, f"{lat:.4f}", f"{lon:.4f}", cc, "", src))
    lines = [
        "# source: Marsad corpus train split (data/gold/corpus/train): places its coders located by hand that the gazetteer does not find; built by tools/geo/corpus_places.py",
        "# licence: CC BY 4.0 (Marsad annotation); coordinates are the coders' own (from published maps and gazetteers, or estimated as their notes say)",
        "# type: district (tolerance up to 5 km: quarters, squares, landmarks), locality, region (tolerance 40 km or more); country from the nearest gazetteer row within 40 km",
        "id\tnames_ar\ttype\tlat\tlon\tcountry\tadmin1\tcoord_source",
    ]
    write_rows(OUT, lines, rows, a.check)


def cluster(codings, lat, lon, tol, floor=0):
    """Greedy clusters of one name's codings, in the order given: a coding joins the first cluster
    whose mean point lies within its tolerance or the cluster's widest (at least floor km);
    lat, lon and tol are the codings' tuple indices. Far-apart codings stay namesakes."""
    clusters = []
    for c in codings:
        for cl in clusters:
            la = statistics.fmean(x[lat] for x in cl)
            lo = statistics.fmean(x[lon] for x in cl)
            if km(la, lo, c[lat], c[lon]) <= max(c[tol], max(x[tol] for x in cl), floor):
                cl.append(c)
                break
        else:
            clusters.append([c])
    return clusters


def write_rows(out, header, rows, check):
    """Writes header lines and TSV rows to out, or with check exits 1 unless out holds exactly them."""
    text = "\n".join(header + ["\t".join(r) for r in rows]) + "\n"
    if check:
        same = os.path.exists(out) and open(out, encoding="utf-8").read() == text
        print(f"{len(rows)} rows: {'same as committed' if same else 'DIFFERENT from committed'}")
        sys.exit(0 if same else 1)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{len(rows)} rows written to {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
