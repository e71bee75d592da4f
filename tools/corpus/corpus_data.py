#!/usr/bin/env python3
"""Shared ground of the corpus tools (tools/corpus/corpus.py): paths, the gold schema's keys, the
manifest, the shared article texts, and UTF-16 offsets. Python 3 stdlib only.
"""
import json
import os
import re
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


# ---------------------------------------------------------------- checks every gold set shares

def place_errors(name, p):
    """A listed place needs a country code or coordinates in range (corpus and dev gold alike)."""
    if "country" in p:
        if not re.fullmatch(r"[A-Z]{2}", str(p["country"])):
            return ["place %s: country must be an ISO alpha-2 code" % name]
        return []
    if not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))
            and -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
        return ["place %s needs lat/lon or country" % name]
    return []


def event_field_errors(e, i, actors, places, keys):
    """The SPEC §5 fields of the i-th event (1-based): id, keys, type, modality, actor ids, places,
    route and fatalities. Evidence, spans and dates differ by gold set and stay with their checker."""
    errs = []
    tag = "event %s" % e.get("id")
    if e.get("id") != i:
        errs.append("%s: ids must run 1..n (expected %d)" % (tag, i))
    extra = set(e) - keys
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
    return errs


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
