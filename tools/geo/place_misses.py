#!/usr/bin/env python3
"""Classify the gold places `marsad eval --json` reports as missed, by cause.

Usage: ./marsad eval data/gold/corpus/dev --json > dev.json
       python3 tools/geo/place_misses.py dev.json data/gold/corpus/dev [--shared ../shared] [--list]

For every gold place not found, the first class that applies:
  resolved-far    a system mention named like it (scorer's word rule) exists but lies outside
                  its tolerance (a namesake, a fallback point, a wrong country)
  gaz-near        the gazetteer (compiled file, features, corpus and IDRISI rows) has the name,
                  bare or after a cue word, within tolerance: recognition said no
  gaz-far         the gazetteer has the name only far from the gold point (namesakes elsewhere)
  source-near     not compiled, but a shared WOF/GeoNames row has the name within tolerance
  absent          no row anywhere names it
Mentions the article text does not contain are flagged «text?» (span or gold mistake).
The news texts are read from the shared folder at run time; nothing is copied.
"""
import argparse
import csv
import gzip
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

HARAKAT = re.compile('[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]')


def fold(s):
    s = HARAKAT.sub('', s)
    s = re.sub('[\u0622\u0623\u0625\u0671\u0672\u0673]', '\u0627', s)
    s = s.replace('\u0649', '\u064A').replace('\u06CC', '\u064A').replace('\u0629', '\u0647').replace('\u06A9', '\u0643')
    s = re.sub(r'[«»"\'\u201C\u201D()\[\]،,.:؛]', ' ', s)
    return ' '.join(s.split())


def km(a, b, c, d):
    r = math.pi / 180
    h = math.sin((c - a) * r / 2) ** 2 + math.cos(a * r) * math.cos(c * r) * math.sin((d - b) * r / 2) ** 2
    return 12742 * math.asin(min(1, math.sqrt(h)))


def strip_clitic(w):
    # The scorer's rule for the first word: optional و/ف, optional ب/ل/ك, optional ال (لل).
    out = {w}
    for a in ('', 'و', 'ف'):
        if not w.startswith(a):
            continue
        x = w[len(a):]
        for b in ('', 'ب', 'ل', 'ك'):
            if not x.startswith(b):
                continue
            y = x[len(b):]
            for c in ('', 'ال'):
                if y.startswith(c) and len(y) - len(c) >= 2:
                    out.add(y[len(c):])
            if x.startswith('لل') and len(x) > 3:
                out.add(x[2:])
    return out


def named_like(mention, gold):
    m, g = fold(mention).split(), fold(gold).split()
    if not m or not g:
        return False

    def contains(big, small):
        for i in range(len(big) - len(small) + 1):
            if big[i + 1:i + len(small)] == small[1:] and (strip_clitic(big[i]) & strip_clitic(small[0])):
                return True
        return False
    return contains(m, g) or contains(g, m)


def load_names(path, name_cols, lat_col, lon_col, sep='|', opener=open):
    rows = defaultdict(list)
    with opener(path, 'rt', encoding='utf-8') as f:
        header = None
        for line in f:
            if line.startswith('#'):
                continue
            cells = line.rstrip('\n').split('\t')
            if header is None:
                header = cells
                continue
            rec = dict(zip(header, cells))
            try:
                lat, lon = float(rec[lat_col]), float(rec[lon_col])
            except (KeyError, ValueError):
                continue
            for col in name_cols:
                for n in (rec.get(col) or '').split(sep):
                    if n.strip():
                        rows[fold(n)].append((lat, lon, rec.get('id') or rec.get('wof_id') or rec.get('geonameid'), rec.get('cc') or rec.get('country') or rec.get('country_code')))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('eval_json')
    ap.add_argument('gold_dir')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--list', action='store_true')
    args = ap.parse_args()

    cues = [fold(r[0]) for r in csv.reader(open('data/geo/place_cues.tsv', encoding='utf-8'), delimiter='\t') if r and not r[0].startswith('#') and r[0] != 'cue']
    heads = [fold(r[0]) for r in csv.reader(open('data/geo/place_facility_heads.tsv', encoding='utf-8'), delimiter='\t') if r and not r[0].startswith('#') and r[0] != 'word']
    cue_words = set(cues) | set(heads) | {'منطقه', 'حي', 'بلده', 'قريه', 'مدينه', 'مخيم', 'محافظه'}

    gaz = defaultdict(list)
    for path, cols, la, lo, op in [
        ('data/geo/gazetteer.tsv.gz', ['ar'], 'lat', 'lon', gzip.open),
        ('data/geo/features.tsv', ['names_ar'], 'lat', 'lon', open),
        ('data/geo/corpus_places.tsv', ['names_ar'], 'lat', 'lon', open),
        ('data/geo/idrisi_places.tsv', ['names_ar'], 'lat', 'lon', open)]:
        for k, v in load_names(path, cols, la, lo, opener=op).items():
            gaz[k].extend(v)
    src = defaultdict(list)
    gdir = os.path.join(args.shared, 'data/gazetteer')
    for fn in sorted(os.listdir(gdir)):
        p = os.path.join(gdir, fn)
        if fn.startswith('wof_'):
            part = load_names(p, ['name_ar_preferred', 'name_ar_variant'], 'lat', 'lon')
        elif fn.startswith('geonames_'):
            part = load_names(p, ['arabic_names'], 'latitude', 'longitude')
        else:
            continue
        for k, v in part.items():
            src[k].extend(v)

    texts = {}

    def article_text(gold):
        ref = gold['article_ref']
        path = os.path.join(args.shared, ref['corpus'])
        if path not in texts:
            texts[path] = {}
            with open(path, encoding='utf-8') as f:
                for line in f:
                    try:
                        o = json.loads(line)
                    except ValueError:
                        continue
                    texts[path][str(o.get('id'))] = fold(' '.join(str(o.get(k) or '') for k in ('title', 'text', 'body', 'content')))
        return texts[path].get(ref['id'], '')

    def variants(name):
        w = fold(name).split()
        out = {' '.join(w)}
        if len(w) > 1 and w[0] in cue_words:
            out.add(' '.join(w[1:]))
        for x in list(out):
            ws = x.split()
            if ws:
                for s in strip_clitic(ws[0]):
                    out.add(' '.join([s] + ws[1:]))
                    out.add(' '.join(['ال' + s] + ws[1:]))
        return out

    def nearest(index, names, lat, lon):
        best = None
        for n in names:
            for (la, lo, rid, cc) in index.get(n, []):
                d = km(lat, lon, la, lo)
                if best is None or d < best[0]:
                    best = (d, n, rid, cc)
        return best

    ev = json.load(open(args.eval_json, encoding='utf-8'))
    classes = Counter()
    lines = []
    for art in ev['articles']:
        gold = json.load(open(os.path.join(args.gold_dir, art['name'] + '.json'), encoding='utf-8'))
        gplaces = {fold(p['name']): p for p in gold['places']}
        sysm = list(art.get('unmatched_place_mentions') or [])
        sysm += [o['found_by'] for o in art['place_outcomes'] if o.get('found_by')]
        body = None
        for o in art['place_outcomes']:
            if o['found']:
                continue
            g = o['gold']
            gp = gplaces.get(fold(g['name']), {})
            names = [g['name']] + list(gp.get('mentions') or [])
            tol = g['tol_km']
            if g.get('lat') is None:
                classes['gold-no-point'] += 1
                lines.append(f"gold-no-point\t{art['name']}\t{g['name']}")
                continue
            like = [m for m in sysm if any(named_like(m['text'], n) or named_like(m.get('name') or '', n) for n in names)]
            cls = None
            detail = ''
            if like:
                m = min(like, key=lambda m: km(g['lat'], g['lon'], m['lat'], m['lon']) if m.get('lat') is not None else 1e9)
                d = km(g['lat'], g['lon'], m['lat'], m['lon']) if m.get('lat') is not None else -1
                cls = 'resolved-far'
                detail = f"«{m['text']}»→{m.get('name')} {m.get('country')} {d:.0f} km (tol {tol})"
            allv = set()
            for n in names:
                allv |= variants(n)
            if cls is None:
                b = nearest(gaz, allv, g['lat'], g['lon'])
                if b and b[0] <= max(tol, 1) * 1.0:
                    cls, detail = 'gaz-near', f"{b[1]} {b[2]} {b[0]:.1f} km"
                elif b:
                    cls, detail = 'gaz-far', f"{b[1]} {b[2]} {b[3]} {b[0]:.0f} km"
            if cls is None or cls == 'gaz-far':
                s = nearest(src, allv, g['lat'], g['lon'])
                if s and s[0] <= tol:
                    cls, detail = 'source-near', f"{s[1]} {s[2]} {s[0]:.1f} km" + (' | ' + detail if detail else '')
            if cls is None:
                cls = 'absent'
            if body is None:
                body = article_text(gold)
            missing = [m for m in gp.get('mentions') or [] if fold(m) not in body]
            if body and missing:
                detail += ' text?' + '|'.join(missing)
            classes[cls] += 1
            lines.append(f"{cls}\t{art['name']}\t{g['name']}\t{g['lat']:.3f},{g['lon']:.3f}\t{detail}")
    total = sum(classes.values())
    for c, n in classes.most_common():
        print(f"{c}\t{n}")
    print(f"total\t{total}")
    if args.list:
        for l in sorted(lines):
            print(l)


if __name__ == '__main__':
    sys.exit(main())
