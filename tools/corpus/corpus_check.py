#!/usr/bin/env python3
"""`corpus.py check`: validate gold files and (re)compute every span from the coders' strings.
"""
import glob
import json
import os
import re

from corpus_data import (ACTOR_ID, CORPUS_DIR, EVENT_KEYS, MAX_EVIDENCE_WORDS, ROOT,
                         TOP_KEYS, Text, corpus_record, event_field_errors, known_actor_ids, nearest,
                         occurrences, place_errors)



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
        errs += place_errors(name, p)
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
        errs += event_field_errors(e, i, actors, places, EVENT_KEYS)
        if e.get("actor1") is not None and e.get("actor1") == e.get("actor2") and e.get("type") not in ("ASSAULT", "ACCUSE", "AGREE"):
            warns.append("%s: actor1 equals actor2" % tag)
        pl = e.get("place")
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
