#!/usr/bin/env python3
"""Write data/geo/country_capitals.tsv: for each country of place_nationalities.tsv, the
compiled gazetteer row of its capital (GeoNames feature code PPLC), so that «العاصمة» + a
country's nisba («العاصمة الجزائرية») reads as that capital (PlaceStage.NisbaCapital).
The row is the GeoNames town itself (gn:<id>) or, when Who's On First holds it, the WOF
locality of the same country within 30 km of the GeoNames point that bears one of its names.
Usage: tools/geo/country_capitals.py [--shared ../shared] [--check]"""
import argparse, gzip, math, sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=str(root.parent / "shared"))
ap.add_argument("--check", action="store_true")
a = ap.parse_args()

def table(path):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:] if l]

countries = sorted({r["country"] for r in table(root / "data/geo/place_nationalities.tsv")})
capitals = {}
for f in ["geonames_cities500_levant.tsv", "geonames_cities500_world_ar.tsv"]:
    for r in table(Path(a.shared) / "data/gazetteer" / f):
        if r["feature_code"] == "PPLC" and r["country_code"] in countries:
            capitals.setdefault(r["country_code"], r)

# A capital GeoNames gives no Arabic name, held as a curated feature (features.tsv).
FEATURES = {"US": ("ft:city-washington", "واشنطن")}
rows = []
with gzip.open(root / "data/geo/gazetteer.tsv.gz", "rt", encoding="utf-8") as g:
    lines = [l.rstrip("\n") for l in g if not l.startswith("#")]
head = lines[0].split("\t")
rows = [dict(zip(head, l.split("\t"))) for l in lines[1:]]
ids = {r["id"]: r for r in rows}

def km(la1, lo1, la2, lo2):
    p = math.pi / 180
    h = math.sin((la2 - la1) * p / 2) ** 2 + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))

out = ["# source: GeoNames cities500 (CC BY 4.0; shared/data/gazetteer): the town of feature code PPLC (capital of a political entity) of each country of place_nationalities.tsv, as its row of the compiled gazetteer; built by tools/geo/country_capitals.py",
       "# licence: GeoNames CC BY 4.0 (see data/ATTRIBUTION.md)",
       "# used for: «العاصمة» + a country's nisba with no name after it («في العاصمة الجزائرية», «وسط العاصمة التركية») is that country's capital (PlaceStage.NisbaCapital)",
       "country\tgazetteer_id\tname\tgeonames_id"]
for cc in countries:
    if cc in FEATURES:
        out.append(f"{cc}\t{FEATURES[cc][0]}\t{FEATURES[cc][1]}\t")
        continue
    c = capitals.get(cc)
    if c is None:
        print(f"no capital for {cc}", file=sys.stderr)
        continue
    la, lo = float(c["latitude"]), float(c["longitude"])
    row = ids.get("gn:" + c["geonameid"])
    if row is None:
        # The WOF locality of the same country near the point that bears one of GeoNames' names
        # for it (a capital's quarters lie nearer to its point than its own WOF record may).
        names = {c["name"], c["asciiname"], *c["alternatenames"].split(","), *c["arabic_names"].split(",")} - {""}
        near = [r for r in rows if r["cc"] == cc and r["type"] == "locality" and km(la, lo, float(r["lat"]), float(r["lon"])) < 30
                and (r["en"] in names or any(n in names for n in r["ar"].split("|")))]
        near.sort(key=lambda r: (-int(r["pop"] or 0), km(la, lo, float(r["lat"]), float(r["lon"]))))
        row = near[0] if near else None
    if row is None:
        print(f"no gazetteer row for {cc} {c['name']}", file=sys.stderr)
        continue
    out.append(f"{cc}\t{row['id']}\t{row['ar'].split('|')[0]}\t{c['geonameid']}")
text = "\n".join(out) + "\n"
dest = root / "data/geo/country_capitals.tsv"
if a.check:
    sys.exit(0 if dest.exists() and dest.read_text(encoding="utf-8") == text else 1)
dest.write_text(text, encoding="utf-8")
