import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(247)
assert A == ["val-247-1", "val-247-2", "val-247-3"], A
CBS, USA, X = A
arts = [
 {"id": CBS, "outlet": "CBS Boston (from the dateline 'MILLIS (CBS)')", "published": None},
 {"id": USA, "outlet": "USA Today (by its share link 'usat.ly' and video furniture; not named in the text)", "published": None},
 {"id": X, "outlet": "unnamed (a Boston-area outlet; no credit in the text)", "published": None},
]
q = "quantity"
BJ = "Bryan Johnson"
g = [
 # quantities
 G(q, "age of Bryan Johnson", R("age", "years", holder=BJ), "agree", [
   C(CBS, "Bryan Johnson, 24, was found dead", "24"), C(USA, "Bryan Johnson, 24, was found dead", "24"),
   C(X, "Bryan Johnson, 24, was found at", "24")]),
 G(q, "charges against Johnson", R("indicted on", "indictments / charges", holder="grand jury"), "agree", [
   C(CBS, "A grand jury issued six indictments", "six indictments"), C(USA, "Johnson faced six charges stemming from", "six charges")],
   "the grand jury's six indictments are the six charges he faced"),
 G(q, "population of Millis", R("population", "people", "Millis"), "single_source", [
   C(USA, "Millis is a bedroom community of", "8,000 people")]),
 G(q, "distance from Boston", R("distance from", "miles", "Millis", holder=None), "single_source", [
   C(USA, "Millis is a bedroom community of", "about 30 miles")]),
 # durations
 G("duration", "time until police called it a hoax", R("decided within", "hours", holder="police"), "single_source", [
   C(USA, "But within hours, police decided it", "within hours")]),
 # times (Thursday 26 November 2015, Thanksgiving)
 G("time", "time Johnson was found", R("found dead at", BJ), "agree", [
   C(CBS, "Bryan Johnson, 24, was found dead", "around 3:30 a.m."), C(X, "Bryan Johnson, 24, was found at", "about 3:30 a.m.")]),
 # dates
 G("date", "day Johnson was found dead", R("found dead on", BJ), "agree", [
   C(CBS, "Bryan Johnson, 24, was found dead", "on Thanksgiving"), C(USA, "Bryan Johnson, 24, was found dead", "early Thanksgiving morning"),
   C(X, "A former Millis police officer —", "before dawn on Thanksgiving Day")],
   "= Thursday 26 November 2015 (Thanksgiving); USA Today's video blurb 'found dead in his home Thursday' is page furniture, not annotated"),
 G("date", "day of the DA's statement", R("said on", "statement", holder="Peggie Krippendorf"), "single_source", [
   C(CBS, "“No signs of foul play were", "Thursday afternoon")], "= Thursday 26 November, the day he was found"),
 G("date", "day of the indictments", R("indicted on", BJ, holder="grand jury"), "agree", [
   C(CBS, "A grand jury issued six indictments", "on November 19"), C(USA, "A grand jury indicted him Nov.", "Nov. 19"),
   C(X, "A former Millis police officer —", "last week")],
   "= Thursday 19 November 2015; the third article's 'indicted last week' fits"),
 G("date", "day of the faked shootout", R("reported shootout on", "hoax shootout", holder=BJ), "agree", [
   C(CBS, "MILLIS (CBS) – The Millis police", "last summer"), C(CBS, "Investigators say Johnson made up a", "in September"),
   C(USA, "Johnson faced six charges stemming from", "Sept. 2, 2015")],
   "= Wednesday 2 September 2015 (CBS: 'last summer', 'in September'); USA Today's photo caption date not annotated"),
 # names
 N("person", BJ, [C(CBS, "Bryan Johnson, 24, was found dead", BJ), C(USA, "Bryan Johnson, 24, was found dead", BJ),
   C(X, "Bryan Johnson, 24, was found at", BJ)], note="also 'Johnson'"),
 N("person", "Peggie Krippendorf", [C(CBS, "“No signs of foul play were", "Peggie Krippendorf")]),
 N("place", "Millis", [C(CBS, "MILLIS (CBS) – The Millis police", "Millis"), C(USA, "Bryan Johnson, 24, was found dead", "Millis"),
   C(X, "A former Millis police officer —", "Millis")], note="CBS also the dateline 'MILLIS'; USA Today 'Millis, Mass.'"),
 N("place", "Massachusetts", [C(USA, "A former part-time Massachusetts police officer", "Massachusetts")], note="also 'Mass.'"),
 N("place", "Boston", [C(USA, "Millis is a bedroom community of", "Boston")]),
 N("place", "Medfield", [C(USA, "Prosecutors said Johnson told dispatchers that", "Medfield")]),
 N("organization", "Norfolk District Attorney’s Office", [C(CBS, "Bryan Johnson, 24, was found dead", "Norfolk District Attorney’s Office"),
   C(USA, "Bryan Johnson, 24, was found dead", "Norfolk District Attorney’s Office"),
   C(X, "There were no signs of foul", "Norfolk District Attorney’s Office")], note="CBS also 'the D.A.'"),
 N("organization", "Office of the Chief Medical Examiner", [C(CBS, "“No signs of foul play were", "Office of the Chief Medical Examiner")],
   note="inside the quoted statement"),
 # quotes
 G("quote", "DA's office: no signs of foul play", R("said", "quote", holder="Peggie Krippendorf"), "single_source", [
   C(CBS, "“No signs of foul play were", "No signs of foul play were found at the scene.")],
   "the passage runs on: 'The death is not currently being investigated as a homicide. The Office of the Chief Medical Examiner has accepted the case for autopsy,'; the other two articles paraphrase it"),
]
distinct = [
 ["day Johnson was found dead", "day of the indictments", "Thursday 26 Nov vs Thursday 19 Nov"],
 ["day Johnson was found dead", "day of the DA's statement", "both Thursday 26 Nov, different facts"],
 ["population of Millis", "distance from Boston", "8,000 people vs about 30 miles, one sentence"],
 ["Millis", "Massachusetts", "town vs state"],
 ["Norfolk District Attorney’s Office", "Office of the Chief Medical Examiner", "two offices in one statement"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-247-millis-officer", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 247, "split": "dev",
 "annotation": {"by": "gold7", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06: all 3 articles of Multi-News val.src line 247 read in full and this file written and committed before any crosswire output on the story was seen; fired Millis, Mass. officer Bryan Johnson, 24, indicted for a faked shootout and hoax bomb threat, found dead at home on Thanksgiving, Thursday 26 November 2015 (CBS Boston, USA Today, an unnamed outlet); not annotated as page furniture: USA Today's video blurb ('CLOSE Skip in Skip x Embed x Share ... found dead in his home Thursday. Video provided by Newsy Newslook'), its photo caption ('A police officer watches as a cruiser is removed from Forest Road, Wednesday, Sept. 2, 2015 in Millis, Mass. ... (Photo: AP)') and 'Read or Share this story' link; CBS's dateline '(CBS)'; also not annotated: 'GPS', 'part-time', 'a little further', 'one of' phrases"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-247-millis-officer.json"), story)
