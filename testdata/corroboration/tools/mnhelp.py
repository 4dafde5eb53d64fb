"""Helpers for per-story Multi-News gold scripts: articles of one val.src line
(split and NEWLINE_CHAR restored as ingest/multinews_reader.cc does, ids
"val-<line>-<slot>"), and a claim maker that checks the sentence opening is in
the article and the value lies within 400 characters after it."""
import os, re
from goldwrite import SHARED, claim_at
_arts = {}
def squash(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())
def load(line):
    text = open(os.path.join(SHARED, "multinews/val.src")).readlines()[line - 1]
    for slot, seg in enumerate(text.split("|||||"), 1):
        seg = seg.replace(" NEWLINE_CHAR ", "\n").replace("NEWLINE_CHAR", "\n").strip()
        if seg:
            _arts["val-%d-%d" % (line, slot)] = " ".join(seg.split())
    return sorted(_arts)
def C(art, opening, value):
    return claim_at(_arts, art, opening, value)
