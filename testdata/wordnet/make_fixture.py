#!/usr/bin/env python3
"""Writes a tiny WordNet (index.noun, data.noun, noun.exc) in WordNet 3.0's
format for src/tag/wordnet_test.cc. The synsets are made up for the test (a
few general nouns and two invented names); offsets are byte offsets, computed
here. Run from this folder: python3 make_fixture.py"""

HEADER = "  1 This is a made-up fixture in the format of WordNet 3.0's database files.\n" \
         "  2 It holds no WordNet content beyond a few common English nouns.\n"

# id: (lexname, [words], [(pointer symbol, target id)], gloss)
SYNSETS = {
    "entity": (3, ["entity"], [], "that which exists"),
    "group": (14, ["group", "grouping"], [("@", "entity")], "some things together"),
    "person": (18, ["person", "individual"], [("@", "entity")], "a human being"),
    "sailor": (18, ["sailor", "crewman"], [("@", "person"), ("#m", "crew")], "one who works on a ship"),
    "man": (18, ["man"], [("@", "person")], "an adult male"),
    "crew": (14, ["crew"], [("@", "group"), ("%m", "sailor")], "the people who work a ship"),
    "location": (15, ["location"], [("@", "entity")], "a point or area"),
    "country": (15, ["country", "state"], [("@", "location")], "a political area"),
    "city": (15, ["city"], [("@", "location")], "a large town"),
    "state_gov": (14, ["state"], [("@", "group")], "a government"),
    "organization": (14, ["organization"], [("@", "group")], "people working together"),
    "freedonia": (15, ["Freedonia"], [("@i", "country")], "an invented country"),
    "port_kessel": (15, ["Port_Kessel"], [("@i", "city")], "an invented city"),
    "acme": (14, ["Acme_Shipping_Company"], [("@i", "organization")], "an invented company"),
    "box": (6, ["box"], [("@", "entity")], "a container"),
    "city_2": (14, ["city"], [("@", "group")], "the people of a city"),
}
ORDER = list(SYNSETS)


def data_lines(offsets):
    lines = []
    for sid in ORDER:
        lex, words, ptrs, gloss = SYNSETS[sid]
        w = " ".join(f"{x} 0" for x in words)
        p = " ".join(f"{sym} {offsets[t]:08d} n 0000" for sym, t in ptrs)
        lines.append(f"{offsets[sid]:08d} {lex:02d} n {len(words):02x} {w} {len(ptrs):03d} {p} | {gloss}  \n".replace("  |", " |"))
    return lines


offsets = {sid: 0 for sid in ORDER}
for _ in range(3):  # offsets have a fixed width, so this settles at once
    pos = len(HEADER)
    for sid, line in zip(ORDER, data_lines(offsets)):
        offsets[sid] = pos
        pos += len(line)
with open("data.noun", "w") as f:
    f.write(HEADER + "".join(data_lines(offsets)))

senses = {}
for sid in ORDER:  # ORDER lists a lemma's most frequent sense first
    for w in SYNSETS[sid][1]:
        senses.setdefault(w.lower(), []).append(sid)
with open("index.noun", "w") as f:
    f.write(HEADER)
    for lemma in sorted(senses):
        ids = senses[lemma]
        syms = sorted({s for sid in ids for s, _ in SYNSETS[sid][2]})
        f.write(f"{lemma} n {len(ids)} {len(syms)} {' '.join(syms)}{' ' if syms else ''}"
                f"{len(ids)} 0 {' '.join(f'{offsets[i]:08d}' for i in ids)}  \n")
with open("noun.exc", "w") as f:
    f.write("men man\n")
