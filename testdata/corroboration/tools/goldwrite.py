import json, os, sys
SHARED = os.environ.get("CROSSWIRE_SHARED_DATA",
                        os.path.join(os.path.dirname(__file__), "../../../../shared/data"))
def claim_at(texts, art, opening, value):
    """A claim (art, value, opening) after checking that the sentence opening
    (at most six words) is in the article and the value lies within 400
    characters after it."""
    t = texts[art]
    at = t.find(opening)
    assert at >= 0, (art, opening)
    assert value in t[at:at + 400], (art, opening, value)
    assert len(opening.split()) <= 6, opening
    return (art, value, opening)
def R(pred=None, thing=None, place=None, event="this", holder=None, time=None):
    return {"predicate": pred, "thing": thing, "holder": holder, "place": place, "event": event, "time": time}
def G(kind, about, ref, verdict, claims, note=None):
    g = {"kind": kind, "about": about, "referent": ref, "verdict": verdict,
         "claims": [list(c) for c in claims]}
    if note: g["note"] = note
    return g
def N(kind, name, claims, verdict=None, note=None):
    # names: one claim per article
    arts = {c[0] for c in claims}
    if verdict is None:
        verdict = "single_source" if len(arts) < 2 else "agree"
    return G(kind, name, R(None, name, event=None), verdict, claims, note)
def write(path, story):
    # sanity: distinct pairs name existing groups, claims name articles
    abouts = [g["about"] for g in story["groups"]]
    assert len(abouts) == len(set(abouts)), [a for a in abouts if abouts.count(a) > 1]
    ids = {a["id"] for a in story["articles"]}
    for g in story["groups"]:
        arts = {c[0] for c in g["claims"]}
        assert arts <= ids, (g["about"], arts - ids)
        assert g["kind"] in story["kinds"], g
        if g["verdict"] == "single_source": assert len(arts) == 1, g["about"]
        else: assert len(arts) >= 2, g["about"]
        for c in g["claims"]: assert len(c) == 3, c
    for a, b, why in story["distinct"]:
        assert a in abouts and b in abouts, (a, b)
    with open(path, "w") as f:
        f.write("{\n")
        keys = list(story.keys())
        for i, k in enumerate(keys):
            v = story[k]
            if k in ("groups", "distinct", "articles"):
                f.write(' "%s": [\n' % k)
                f.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in v))
                f.write("\n ]")
            else:
                f.write(' "%s": %s' % (k, json.dumps(v, ensure_ascii=False)))
            f.write(",\n" if i + 1 < len(keys) else "\n")
        f.write("}\n")
    print(path, len(story["groups"]), "groups", sum(len(g["claims"]) for g in story["groups"]), "claims", len(story["distinct"]), "distinct")
