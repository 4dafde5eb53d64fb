"""Helpers for per-story DUC gold scripts: the <TEXT> of one DUC SGML document
(tags dropped, whitespace collapsed; the scorer reads the file through
ingest/duc_reader.cc), and a claim maker that checks the sentence opening is in
the article and the value lies within 400 characters after it."""
import os, re
from goldwrite import SHARED, claim_at
_arts = {}
def load(paths):
    ids = []
    for p in paths:
        raw = open(os.path.join(SHARED, p), encoding="latin-1").read()
        m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        text = re.sub(r"<[^>]+>", " ", m.group(1))
        art = os.path.basename(p)
        _arts[art] = " ".join(text.split())
        ids.append(art)
    return ids
def C(art, opening, value):
    return claim_at(_arts, art, opening, value)
