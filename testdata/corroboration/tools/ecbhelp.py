"""Helpers for per-story ECB+ gold scripts: sentence openings taken from the
repaired text, so a claim's six words are exactly what the scorer sees."""
import json, os, re
from story_jsonl import repair
from goldwrite import SHARED
_docs = {}
def load(names):
    want = set(names)
    for line in open(os.path.join(SHARED, "ecbplus/ecbplus_docs.jsonl")):
        j = json.loads(line)
        if j["doc_name"] in want:
            _docs[j["doc_name"].replace("ecbplus.xml", "")] = [repair(s) for s in j["sentences"]]
def C(art, i, value):
    """claim: value as written in sentence i of article art (checked)"""
    s = _docs[art][i]
    assert value in s, (art, i, value, s)
    return (art, value, " ".join(s.split()[:6]))
