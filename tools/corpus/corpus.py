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
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPUS_DIR = os.path.join(ROOT, "data", "gold", "corpus")
MANIFESTS = [os.path.join(CORPUS_DIR, "manifest.tsv"), os.path.join(CORPUS_DIR, "manifest-wave2.tsv")]
# Who may claim wave-2 articles (one coder id a line); without the file, anyone may.
WAVE2_CODERS = os.path.join(ROOT, "artifacts", "corpus-wave2-coders")
ACTOR_IDS = os.path.join(CORPUS_DIR, "actor-ids.tsv")
CLAIMS = os.path.join(ROOT, "artifacts", "corpus-claims.tsv")

TYPES = {"ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "AGREE",
         "ATTACK_CIVILIANS", "ARREST", "PROTEST", "SUPPORT", "AID", "ACCUSE", "THREATEN"}
MODALITIES = {"asserted", "intended", "predicted", "possible", "negated"}
EVENT_KEYS = {"id", "type", "modality", "actor1", "actor2", "place", "alternative_places", "route",
              "when", "fatalities", "attribution", "evidence", "evidence_occurrence", "trigger", "actor1_text",
              "actor2_text", "place_text", "optional", "note", "spans"}
TOP_KEYS = {"article_ref", "coder", "published", "published_note", "metadata", "places", "actors",
            "actor_mentions", "events", "note", "place_mentions", "actor_spans", "status"}
ARABIC_LETTER = re.compile("[\u0600-\u06FF]")
ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")
MAX_EVIDENCE_WORDS = 20
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}


# ---------------------------------------------------------------- shared data

def find_shared():
    for cand in (os.environ.get("MARSAD_SHARED"), os.path.join(ROOT, "..", "shared"), "/work/shared"):
        if cand and os.path.isdir(cand):
            return cand
    return None


def manifest():
    """Wave 1's rows, then wave 2's (each row says its wave)."""
    rows = []
    for wave, path in enumerate(MANIFESTS, 1):
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        head = lines[0].rstrip("\n").split("\t")
        for line in lines[1:]:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            row["wave"] = wave
            rows.append(row)
    return rows


_corpora = {}


def corpus_record(rel, aid):
    if rel not in _corpora:
        shared = find_shared()
        if shared is None:
            raise SystemExit("no ../shared: the article texts are there")
        recs = {}
        with open(os.path.join(shared, rel), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                recs[r["id"]] = r
        _corpora[rel] = recs
    return _corpora[rel][aid]


def known_actor_ids():
    ids = {}
    with open(ACTOR_IDS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            if parts and parts[0]:
                ids[parts[0]] = parts[1:] if len(parts) > 1 else []
    return ids


# ---------------------------------------------------------------- offsets

class Text:
    """The corpus text with UTF-16 offsets (the pipeline's unit) for Python string indexes."""

    def __init__(self, s):
        self.s = s
        self.astral = any(ord(c) > 0xFFFF for c in s)
        if self.astral:
            acc, self.u16 = 0, []
            for c in s:
                self.u16.append(acc)
                acc += 2 if ord(c) > 0xFFFF else 1
            self.u16.append(acc)

    def off(self, i):
        return self.u16[i] if self.astral else i


def is_word_char(c):
    return c.isalpha() or unicodedata.category(c) == "Mn" or c == "\u0640"


def occurrences(text, needle, clitics=True):
    """Every index where needle stands as a word: at a word start or after a proclitic, and not
    followed by a letter. Falls back to plain substring hits when there are none."""
    hits, plain = [], []
    start = text.find(needle)
    while start >= 0:
        plain.append(start)
        end = start + len(needle)
        w = start
        while w > 0 and is_word_char(text[w - 1]):
            w -= 1
        prefix = "".join(ch for ch in text[w:start] if ch.isalpha())
        if (not clitics and w == start or clitics and prefix in PROCLITICS) and (end >= len(text) or not text[end].isalpha()):
            hits.append(start)
        start = text.find(needle, start + 1)
    return hits or plain


def nearest(positions, length, lo, hi):
    """The position closest to [lo, hi): inside counts as distance 0, earlier wins ties."""
    best = None
    for p in positions:
        d = 0 if p >= lo and p + length <= hi else min(abs(p - lo), abs(p + length - hi))
        if best is None or d < best[0]:
            best = (d, p)
    return best[1] if best else None


# ---------------------------------------------------------------- check

def check_file(path, fix=True):
    errs, warns = [], []
    with open(path, encoding="utf-8") as f:
        try:
            gold = json.load(f)
        except json.JSONDecodeError as e:
            return ["not valid JSON: %s" % e], []
    for k in set(gold) - TOP_KEYS:
        errs.append("unknown top-level key %r" % k)
    ref = gold.get("article_ref") or {}
    try:
        rec = corpus_record(ref["corpus"], ref["id"])
    except (KeyError, TypeError):
        return ["article_ref does not name a corpus article"], []
    raw = rec.get("text") or ""
    T = Text(raw)
    if gold.get("status") == "todo":
        return ["still a skeleton (status todo): not coded yet"], []
    pub = gold.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", pub):
        errs.append("published must be YYYY-MM-DD")
    md = gold.get("metadata")
    if not isinstance(md, dict) or not {"title", "author", "dateline", "boilerplate"} <= set(md):
        errs.append("metadata needs title, author, dateline, boilerplate")
    else:
        for b in md["boilerplate"]:
            if b not in raw:
                errs.append("boilerplate string not in the text: %r" % b)
    ids = known_actor_ids()
    actors = gold.get("actors", [])
    for a in actors:
        if not ACTOR_ID.match(a):
            errs.append("actor id %r is not of the form ABC or ABC-DEF" % a)
        elif a not in ids:
            errs.append("actor id %s is not registered (tools/corpus/corpus.py actor %s \"who\")" % (a, a))
    # places and their mentions
    places = {}
    place_mentions = []
    for p in gold.get("places", []):
        name = p.get("name")
        if not name:
            errs.append("a place has no name")
            continue
        if name in places:
            errs.append("place listed twice: %s" % name)
        places[name] = p
        if "country" in p:
            if not re.fullmatch(r"[A-Z]{2}", p["country"]):
                errs.append("place %s: country must be an ISO alpha-2 code" % name)
        elif not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))
                  and -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            errs.append("place %s needs lat/lon or country" % name)
        if "tol_km" in p and not (isinstance(p["tol_km"], (int, float)) and 0 < p["tol_km"] <= 1000):
            errs.append("place %s: tol_km out of range" % name)
        seen = set()
        for m in p.get("mentions", []):
            hits = occurrences(raw, m)
            if not hits:
                errs.append("place %s: mention %r not in the text" % (name, m))
            for h in hits:
                if (h, h + len(m)) not in seen:
                    seen.add((h, h + len(m)))
                    place_mentions.append({"place": name, "text": m, "start": T.off(h), "end": T.off(h + len(m))})
    place_mentions.sort(key=lambda x: (x["start"], -x["end"]))
    # drop a mention nested in a longer one of the same place («ريف حلب» holds «حلب» only when coded so)
    actor_spans = []
    am = gold.get("actor_mentions", {})
    if not isinstance(am, dict):
        errs.append("actor_mentions must map an actor id to its surface strings")
        am = {}
    for aid, forms in am.items():
        if aid not in actors:
            errs.append("actor_mentions names %s, which is not in actors" % aid)
        for m in forms:
            hits = occurrences(raw, m)
            if not hits:
                errs.append("actor %s: mention %r not in the text" % (aid, m))
            for h in hits:
                actor_spans.append({"id": aid, "text": m, "start": T.off(h), "end": T.off(h + len(m))})
    actor_spans.sort(key=lambda x: (x["start"], -x["end"]))
    for a in actors:
        if a not in am:
            warns.append("actor %s has no actor_mentions (fine only when no words name it)" % a)
    # events
    for i, e in enumerate(gold.get("events", []), 1):
        tag = "event %s" % e.get("id")
        if e.get("id") != i:
            errs.append("%s: ids must run 1..n (expected %d)" % (tag, i))
        extra = set(e) - EVENT_KEYS
        if extra:
            errs.append("%s: unknown keys %s" % (tag, sorted(extra)))
        if e.get("type") not in TYPES:
            errs.append("%s: bad type %r" % (tag, e.get("type")))
        if e.get("modality") not in MODALITIES:
            errs.append("%s: bad modality %r" % (tag, e.get("modality")))
        for a in ("actor1", "actor2"):
            if a not in e:
                errs.append("%s: %s missing (use null)" % (tag, a))
            elif e[a] is not None and e[a] not in actors:
                errs.append("%s: %s %s not in actors" % (tag, a, e[a]))
        if e.get("actor1") is not None and e.get("actor1") == e.get("actor2") and e.get("type") not in ("ASSAULT", "ACCUSE", "AGREE"):
            warns.append("%s: actor1 equals actor2" % tag)
        pl = e.get("place")
        if pl is not None and pl not in places:
            errs.append("%s: place %r not in places" % (tag, pl))
        for alt in e.get("alternative_places", []):
            if alt not in places:
                errs.append("%s: alternative place %r not in places" % (tag, alt))
        route = e.get("route")
        if route is not None and (e.get("type") not in ("BLOCKADE", "REOPEN") or len(route) != 2):
            errs.append("%s: route only for BLOCKADE/REOPEN, two ends" % tag)
        fat = e.get("fatalities")
        if fat is not None and (not isinstance(fat, int) or isinstance(fat, bool) or fat < 0):
            errs.append("%s: fatalities must be a non-negative integer or null" % tag)
        w = e.get("when")
        if w is not None:
            if not isinstance(w, dict):
                errs.append("%s: when must be an object" % tag)
            else:
                if w.get("date") is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", w["date"]):
                    errs.append("%s: when.date must be YYYY, YYYY-MM or YYYY-MM-DD" % tag)
                if w.get("precision") not in (None, "day", "month", "year", "unknown"):
                    errs.append("%s: when.precision must be day, month, year or unknown" % tag)
                if w.get("text") is not None and w["text"] not in raw:
                    errs.append("%s: when.text not verbatim in the text: %r" % (tag, w["text"]))
        ev = e.get("evidence")
        spans = {}
        if not ev:
            errs.append("%s: no evidence" % tag)
            continue
        if len(ev.split()) > MAX_EVIDENCE_WORDS:
            errs.append("%s: evidence longer than %d words (corpus text must not be copied)" % (tag, MAX_EVIDENCE_WORDS))
        hits = [m.start() for m in re.finditer(re.escape(ev), raw)]
        if not hits:
            errs.append("%s: evidence not verbatim in the text: %r" % (tag, ev))
            continue
        k = e.get("evidence_occurrence", 1)
        if len(hits) > 1 and "evidence_occurrence" not in e:
            warns.append("%s: evidence occurs %d times; the first is used (set evidence_occurrence)" % (tag, len(hits)))
        if not isinstance(k, int) or not 1 <= k <= len(hits):
            errs.append("%s: evidence_occurrence %r out of range" % (tag, k))
            continue
        lo, hi = hits[k - 1], hits[k - 1] + len(ev)
        spans["evidence"] = [T.off(lo), T.off(hi)]
        trig = e.get("trigger")
        if not trig:
            errs.append("%s: no trigger (the word or words that carry the event, inside the evidence)" % tag)
        else:
            t = ev.find(trig)
            if t < 0:
                errs.append("%s: trigger %r not inside the evidence" % (tag, trig))
            else:
                spans["trigger"] = [T.off(lo + t), T.off(lo + t + len(trig))]
        for role, key in (("actor1", "actor1_text"), ("actor2", "actor2_text"), ("place", "place_text")):
            s = e.get(key)
            if s is None:
                spans[role] = None
                if e.get(role) is not None and role != "place":
                    warns.append("%s: %s %s has no %s" % (tag, role, e[role], key))
                continue
            if e.get(role) is None:
                errs.append("%s: %s given but %s is null" % (tag, key, role))
            pos = occurrences(raw, s)
            if not pos:
                errs.append("%s: %s %r not in the text" % (tag, key, s))
                spans[role] = None
                continue
            p = nearest(pos, len(s), lo, hi)
            spans[role] = [T.off(p), T.off(p + len(s))]
        if pl is not None and e.get("place_text") is None:
            warns.append("%s: place %s has no place_text" % (tag, pl))
        if fix:
            e["spans"] = spans
        elif e.get("spans") != spans:
            errs.append("%s: stored spans differ from the spans its strings give (run check without --no-fix)" % tag)
    if not fix and not errs and (gold.get("place_mentions") != place_mentions or gold.get("actor_spans") != actor_spans):
        errs.append("stored mention spans differ from the spans the mention strings give (run check without --no-fix)")
    if fix and not errs:
        gold["place_mentions"] = place_mentions
        gold["actor_spans"] = actor_spans
        with open(path, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return errs, warns


def gold_files(dirs=("train", "dev", "test", "agreement")):
    files = []
    for d in dirs:
        files += sorted(glob.glob(os.path.join(CORPUS_DIR, d, "*.json")))
    return files


def cmd_check(args):
    files = args.files or gold_files()
    bad = todo = 0
    for path in files:
        errs, warns = check_file(path, fix=not args.no_fix)
        if errs and errs[0].startswith("still a skeleton"):
            todo += 1
            continue
        for w in warns if args.warnings else []:
            print("%s: warning: %s" % (os.path.relpath(path, ROOT), w))
        for err in errs:
            print("%s: %s" % (os.path.relpath(path, ROOT), err))
        bad += bool(errs)
    print("%d gold files, %d with problems, %d not coded yet" % (len(files), bad, todo))
    return 1 if bad or (args.strict and todo) else 0


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


# ---------------------------------------------------------------- geo

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


# ---------------------------------------------------------------- agreement

def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def place_ok(gold, gev, sys_gold, sev):
    """SPEC §5: the system event's place lies within tol_km of the gold place or an alternative."""
    names = ([gev["place"]] if gev.get("place") else []) + gev.get("alternative_places", [])
    if not names:
        return True
    sp = {p["name"]: p for p in sys_gold["places"]}.get(sev.get("place"))
    if sp is None:
        return False
    gp = {p["name"]: p for p in gold["places"]}
    for n in names:
        p = gp[n]
        if "country" in p:
            if sp.get("country") == p["country"]:
                return True
            continue
        if "lat" in sp:
            if haversine((p["lat"], p["lon"]), (sp["lat"], sp["lon"])) <= p.get("tol_km", 25):
                return True
    return False


def matches(gold, gev, sys_gold, sev):
    return (gev["type"] == sev["type"] and gev["modality"] == sev["modality"]
            and (gev.get("actor1") is None or gev["actor1"] == sev.get("actor1"))
            and place_ok(gold, gev, sys_gold, sev))


def max_match(gold_events, sys_events, ok):
    """Maximum bipartite matching (augmenting paths), core gold events first as SPEC §5 says."""
    owner = {}

    def augment(g, seen):
        for s in range(len(sys_events)):
            if s in seen or not ok(gold_events[g], sys_events[s]):
                continue
            seen.add(s)
            if s not in owner or augment(owner[s], seen):
                owner[s] = g
                return True
        return False

    order = [i for i, e in enumerate(gold_events) if not e.get("optional")] + [i for i, e in enumerate(gold_events) if e.get("optional")]
    matched_core = set()
    for g in order:
        augment(g, set())
    for s, g in owner.items():
        if not gold_events[g].get("optional"):
            matched_core.add(g)
    return owner, matched_core


def score_pair(gold, sysg):
    ge, se = gold["events"], sysg["events"]
    owner, matched_core = max_match(ge, se, lambda g, s: matches(gold, g, sysg, s))
    core = sum(1 for e in ge if not e.get("optional"))
    opt_taken = sum(1 for s, g in owner.items() if ge[g].get("optional"))
    return len(matched_core), core, len(se) - opt_taken


def overlap(a, b):
    return a and b and a[0] < b[1] and b[0] < a[1]


def cmd_agree(args):
    pairs = []
    for path in sorted(glob.glob(os.path.join(CORPUS_DIR, "agreement", "*.json"))):
        name = os.path.basename(path)
        prim = glob.glob(os.path.join(CORPUS_DIR, "*", name))
        prim = [p for p in prim if os.sep + "agreement" + os.sep not in p]
        if not prim:
            continue
        a = json.load(open(prim[0], encoding="utf-8"))
        b = json.load(open(path, encoding="utf-8"))
        if a.get("status") == "todo" or b.get("status") == "todo":
            continue
        pairs.append((name, a, b))
    if not pairs:
        print("no double-coded article is coded twice yet")
        return 0
    out = []
    variants = [("A as gold, B as system", 1, False), ("B as gold, A as system", 2, False),
                ("A as gold, B's core events as system", 1, True), ("B as gold, A's core events as system", 2, True)]
    for label, first, core_only in variants:
        tp = core = sysn = 0
        for name, a, b in pairs:
            g, s = (a, b) if first == 1 else (b, a)
            if core_only:
                s = dict(s, events=[e for e in s["events"] if not e.get("optional")])
            m, c, n = score_pair(g, s)
            tp, core, sysn = tp + m, core + c, sysn + n
        p = tp / sysn if sysn else 0.0
        r = tp / core if core else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.append("%s: P %.3f R %.3f F1 %.3f (matched %d of %d core, %d system events)" % (label, p, r, f, tp, core, sysn))
    # per-field agreement over events paired by overlapping trigger (else evidence) spans
    fields = collections.Counter()
    agree = collections.Counter()
    paired = 0
    for name, a, b in pairs:
        used = set()
        for ea in a["events"]:
            sa = ea.get("spans", {})
            best = None
            for j, eb in enumerate(b["events"]):
                if j in used:
                    continue
                sb = eb.get("spans", {})
                if overlap(sa.get("trigger"), sb.get("trigger")) or overlap(sa.get("evidence"), sb.get("evidence")):
                    best = j
                    break
            if best is None:
                continue
            used.add(best)
            eb = b["events"][best]
            paired += 1
            for fld in ("type", "modality", "actor1", "actor2", "fatalities"):
                fields[fld] += 1
                agree[fld] += ea.get(fld) == eb.get(fld)
            fields["place"] += 1
            agree["place"] += place_ok(a, ea, b, eb) if (ea.get("place") and eb.get("place")) else (not ea.get("place") and not eb.get("place"))
            fields["date"] += 1
            wa, wb = ea.get("when") or {}, eb.get("when") or {}
            agree["date"] += wa.get("date") == wb.get("date")
    out.append("articles coded twice: %d; event pairs aligned by span: %d" % (len(pairs), paired))
    for fld in ("type", "modality", "actor1", "actor2", "place", "fatalities", "date"):
        if fields[fld]:
            out.append("  %-10s %.3f (%d/%d)" % (fld, agree[fld] / fields[fld], agree[fld], fields[fld]))
    print("\n".join(out))
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
