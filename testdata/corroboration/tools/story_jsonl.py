#!/usr/bin/env python3
"""Write a gold story's articles as one JSONL file that `crosswire report` reads.

    python3 testdata/corroboration/tools/story_jsonl.py \
        testdata/corroboration/stories/ecbplus-20-plus.json > /tmp/story.jsonl
    ./build/ci/cli/crosswire report /tmp/story.jsonl

Only needed for inputs of the form `<file>.jsonl#<doc_name>` (ECB+): the stored
ECB+ text is tokenised ("6. 1 - magnitude", "230, 000", "07: 37 a. m."), and this
repairs the tokenisation exactly as bench/corroboration_eval.cc and
tests/corroboration_gold_test.cc do (RepairEcbTokens): sentence 0 (the source URL)
is dropped, the others are joined by blank lines, and id, outlet and published come
from the gold file. Other inputs (files, directories) are read by crosswire directly.
"""
import json, os, re, sys

def repair(s):
    s = s.replace("`` ", "\"").replace(" ''", "\"").replace("``", "\"").replace("''", "\"")
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d)\. (\d)", r"\1.\2", s)                 # 6. 1
        s = re.sub(r"(\d), (\d{3})\b", r"\1,\2", s)             # 230, 000
        s = re.sub(r"(\d): (\d{2})\b", r"\1:\2", s)             # 07: 37
        s = re.sub(r"\b([A-Za-z])\. ([A-Za-z])\.", r"\1.\2.", s)  # U. S.  a. m.
        s = re.sub(r"([A-Za-z0-9]) - ([A-Za-z0-9])", r"\1-\2", s)  # 6.1 - magnitude
        s = re.sub(r"\( ", "(", s)
        s = re.sub(r" \)", ")", s)
    return s

def main():
    gold_path = sys.argv[1]
    shared = os.environ.get("CROSSWIRE_SHARED_DATA",
                            os.path.join(os.path.dirname(__file__), "../../../../shared/data"))
    story = json.load(open(gold_path))
    meta = {a["id"]: a for a in story["articles"]}
    docs = {}
    for inp in story["inputs"]:
        path, _, name = inp.partition("#")
        docs.setdefault(path, []).append(name)
    out = []
    for path, names in docs.items():
        wanted = set(names)
        found = {}
        for line in open(os.path.join(shared, path)):
            j = json.loads(line)
            if j.get("doc_name") in wanted:
                found[j["doc_name"]] = j
        for name in names:
            j = found[name]
            art_id = name.replace("ecbplus.xml", "").replace("ecb.xml", "")
            a = meta[art_id]
            text = "\n\n".join(repair(s) for s in j["sentences"][1 if j.get("corpus_part") == "ecbplus" else 0:])
            out.append({"id": art_id, "outlet": a["outlet"], "published": a["published"], "text": text})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))

if __name__ == "__main__":
    main()
