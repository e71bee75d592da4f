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
