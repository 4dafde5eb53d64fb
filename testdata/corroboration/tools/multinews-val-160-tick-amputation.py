import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(160)
assert A == ["val-160-1", "val-160-2", "val-160-3"], A
ABC, GFM, OK = A
arts = [
 {"id": ABC, "outlet": "ABC News (by 'told ABC News' and its medical contributor; no dateline)", "published": None},
 {"id": GFM, "outlet": "GoFundMe page by Jo Rogers' cousin (by its text and share furniture)", "published": None},
 {"id": OK, "outlet": "Oklahoma State Department of Health fact page (by its content; not named in the text)", "published": None},
]
q = "quantity"
JR, KR = "Jo Rogers", "Keith Rogers"
RMSF = "Rocky Mountain Spotted Fever"
g = [
 # quantities
 G(q, "age of Jo Rogers", R("age", "years", holder=JR), "agree", [
   C(ABC, "A 40-year-old woman from Shawnee, Oklahoma,", "40-year-old"), C(GFM, "She just turned 40 last march,", "40")]),
 G(q, "sons of the Rogers", R("have", "sons", holder="Jo and Keith Rogers"), "agree", [
   C(ABC, "\"I go in there, sit and", "two boys"), C(GFM, "She just turned 40 last march,", "2 young sons")],
   "ABC inside Keith Rogers' quote: 'our two boys'"),
 G(q, "age of the elder son", R("age", "years", holder="elder son"), "single_source", [
   C(GFM, "She just turned 40 last march,", "17")], "'ages 17 and 12'"),
 G(q, "age of the younger son", R("age", "years", holder="younger son"), "single_source", [
   C(GFM, "She just turned 40 last march,", "12")]),
 G(q, "dogs of Jo Rogers", R("has", "dogs", holder=JR), "single_source", [
   C(ABC, "\"I go in there, sit and", "two dogs")]),
 G(q, "hospitals Jo Rogers has been in", R("treated in", "hospitals", holder=JR), "single_source", [
   C(GFM, "She has been in the 3", "3 different hospitals")]),
 G(q, "share of ticks infected", R("infected with R. rickettsii", "American dog ticks", "Oklahoma", event="background: general"), "single_source", [
   C(OK, "Tick bites due to the American", "1–3%")]),
 G(q, "share of RMSF patients who die", R("die", "persons with RMSF", event="background: general"), "single_source", [
   C(OK, "Treatment should be started immediately whenever", "3–5%")]),
 G(q, "age linked to worse outcomes", R("risk factor", "age", event="background: general"), "single_source", [
   C(OK, "Factors associated with worse outcomes include", "over 40 years")]),
 # durations
 G("duration", "remaining hospital stay", R("in hospital for", "months", holder=JR), "agree", [
   C(ABC, "Keith Rogers said he's not sure", "a few more months or a year"), C(GFM, "Although she will have insurance for", "many more months")],
   "compatible vague spans"),
 G("duration", "insurance left", R("insured for", "months", holder=JR), "single_source", [
   C(GFM, "Although she will have insurance for", "a couple more months")]),
 G("duration", "attachment needed to pass on the infection", R("attachment required", "hours", event="background: general"), "single_source", [
   C(OK, "At least 4–6 hours of tick", "At least 4–6 hours")]),
 G("duration", "incubation", R("symptoms begin after", "days", event="background: general"), "single_source", [
   C(OK, "The symptoms of RMSF usually begin", "3–14 days")]),
 G("duration", "rash after the fever", R("rash appears after", "days", event="background: general"), "single_source", [
   C(OK, "A fine, bumpy red rash often", "about 3–5 days")]),
 G("duration", "wait for convalescent samples", R("samples taken after", "weeks", event="background: general"), "single_source", [
   C(OK, "Blood samples taken in the early", "2–4 weeks")]),
 G("duration", "time for laboratory results", R("results take", "days to weeks", event="background: general"), "single_source", [
   C(OK, "However laboratory testing can take days", "days to weeks")]),
 # dates (no publication date on any page)
 G("date", "day of the hike", R("hiked on", "Natural Falls State Park", holder="Jo and Keith Rogers"), "single_source", [
   C(ABC, "The couple went hiking at Natural", "this past Fourth of July")], "= 4 July (2017, by the page's context; no year given)"),
 G("date", "day Jo Rogers entered hospital", R("in hospitals since", "hospitals", holder=JR), "single_source", [
   C(GFM, "She has been in the 3", "since July 9th")],
   "ABC: 'a week later' (after the hike) he took her to the emergency room — a relative point, not annotated; compatible"),
 G("date", "day of the amputations", R("amputated", "legs and arms", holder=JR), "single_source", [
   C(ABC, "\"So, two weeks ago, they had", "two weeks ago")], "GoFundMe: 'Since then she has had surgeries' (no date)"),
 G("date", "day of the tracheotomy", R("tracheotomy on", "blood clots in her lungs", holder=JR), "single_source", [
   C(ABC, "Keith Rogers said that he visits", "last Friday")],
   "the GoFundMe page's 'Last Friday, it was found that she has a blood clot in her lung' is kept apart: neither page is dated, so the two 'last Friday's cannot be tied"),
 G("date", "day the blood clot was found", R("found", "blood clot in her lung", holder=JR), "single_source", [
   C(GFM, "Last Friday, it was found that", "Last Friday")]),
 G("date", "day Keith Rogers spoke to ABC", R("told ABC News on", "interview", holder=KR), "single_source", [
   C(ABC, "The patient, Jo Rogers, is currently", "Friday")]),
 G("date", "Jo Rogers' 40th birthday", R("turned 40", "birthday", holder=JR), "single_source", [
   C(GFM, "She just turned 40 last march,", "last march")]),
 G("date", "day of the wedding anniversary", R("anniversary on", "wedding anniversary", holder="Jo and Keith Rogers"), "single_source", [
   C(GFM, "She just turned 40 last march,", "today")]),
 # names
 N("person", JR, [C(ABC, "The patient, Jo Rogers, is currently", JR), C(GFM, "This is my precious, beautiful cousin,", JR)],
   note="ABC also 'Jo' alone ('Jo's medical care')"),
 N("person", KR, [C(ABC, "The patient, Jo Rogers, is currently", KR), C(GFM, "She just turned 40 last march,", "Keith")],
   verdict="variant", note="GoFundMe gives the given name alone ('her husband, Keith's')"),
 N("person", "Jennifer Ashton", [C(ABC, "Dr. Jennifer Ashton, a senior medical", "Jennifer Ashton")], note="then 'Ashton'"),
 N("place", "Oklahoma", [C(ABC, "A 40-year-old woman from Shawnee, Oklahoma,", "Oklahoma"), C(GFM, "She has been in the 3", "Oklahoma"),
   C(OK, "Rocky Mountain Spotted Fever Rocky Mountain", "Oklahoma")], note="GoFundMe 'NE Oklahoma'"),
 N("place", "Oklahoma City", [C(ABC, "The patient, Jo Rogers, is currently", "Oklahoma City"), C(GFM, "Shortly after being moved to an", "Oklahoma City")]),
 N("place", "Shawnee", [C(ABC, "A 40-year-old woman from Shawnee, Oklahoma,", "Shawnee")]),
 N("place", "Natural Falls State Park", [C(ABC, "The couple went hiking at Natural", "Natural Falls State Park")]),
 N("place", "Arkansas", [C(ABC, "The couple went hiking at Natural", "Arkansas")], note="'the Oklahoma-Arkansas border'"),
 N("place", "United States", [C(ABC, "\"In addition, Oklahoma has one of", "United States")]),
 N("organization", "Integris' Baptist Medical Center", [C(ABC, "The patient, Jo Rogers, is currently", "Integris' Baptist Medical Center")]),
 N("organization", "ABC News", [C(ABC, "The patient, Jo Rogers, is currently", "ABC News")]),
 N("organization", "U.S. Centers for Disease Control and Prevention", [
   C(ABC, "RMSF is a potentially fatal tick-borne", "U.S. Centers for Disease Control and Prevention"),
   C(OK, "Rocky Mountain Spotted Fever Fact Sheets", "CDC")], verdict="variant",
   note="the health page's resource links '(CDC)' abbreviate it"),
 N("organization", "GoFundMe", [C(ABC, "A GoFundMe page to help cover", "GoFundMe")]),
 N("organization", "Health Department", [C(ABC, "\"RMSF is the most commonly reported", "Health Department")],
   note="'the state Health Department' (of Oklahoma), whose page is the third article but does not name itself"),
 # quotes
 G("quote", "Keith Rogers: hands and feet going black", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"After things started going bad and", "After things started going bad and she went into septic shock")]),
 G("quote", "Keith Rogers: two weeks ago they had to cut", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"So, two weeks ago, they had", "So, two weeks ago, they had to cut off her right leg")]),
 G("quote", "Keith Rogers: every day a new challenge", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"Every day is a new challenge,\"", "Every day is a new challenge")]),
 G("quote", "Keith Rogers: sit and talk to her", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"I go in there, sit and", "I go in there, sit and talk to her")]),
 G("quote", "Keith Rogers: she thought it was the flu", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"But when we came back, she", "But when we came back, she started feeling sick")]),
 G("quote", "Keith Rogers: not making any sense", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "Though his wife initially resisted going", "she wasn't making any sense")]),
 G("quote", "Keith Rogers: bit at the falls or at home", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"We're not sure if she was", "We're not sure if she was bit by the tick")]),
 G("quote", "Keith Rogers: up and down every day", R("said", "quote", holder=KR), "single_source", [
   C(ABC, "\"I don't think it's really set", "I don't think it's really set in with my family yet")]),
 G("quote", "Health Department: most commonly reported", R("said", "quote", holder="Oklahoma Health Department"), "single_source", [
   C(ABC, "\"RMSF is the most commonly reported", "RMSF is the most commonly reported tick-borne illness in Oklahoma")],
   "the health page's own text says 'RMSF is a reportable disease in Oklahoma', not this sentence"),
 G("quote", "Health Department: highest rates", R("said", "quote", holder="Oklahoma Health Department"), "single_source", [
   C(ABC, "\"In addition, Oklahoma has one of", "In addition, Oklahoma has one of the highest rates of RMSF")]),
 G("quote", "Ashton: urban areas", R("said", "quote", holder="Jennifer Ashton"), "single_source", [
   C(ABC, "\"It's been reported in urban areas", "It's been reported in urban areas and even found in people")]),
 G("quote", "Ashton: start doxycycline", R("said", "quote", holder="Jennifer Ashton"), "single_source", [
   C(ABC, "\"If there is a suspicion that", "If there is a suspicion that these symptoms could be related to a tick bite")]),
]
distinct = [
 ["age of Jo Rogers", "age linked to worse outcomes", "her age 40 vs the risk threshold 'over 40 years'"],
 ["age of Jo Rogers", "Jo Rogers' 40th birthday", "age vs the day she turned it"],
 ["sons of the Rogers", "dogs of Jo Rogers", "two boys vs two dogs"],
 ["age of the elder son", "age of the younger son", "17 vs 12, two sons in one phrase"],
 ["share of ticks infected", "share of RMSF patients who die", "1-3% vs 3-5%"],
 ["incubation", "rash after the fever", "3-14 days vs 3-5 days"],
 ["remaining hospital stay", "insurance left", "months in hospital vs months insured"],
 ["day of the amputations", "day of the tracheotomy", "two weeks ago vs last Friday"],
 ["day of the hike", "day Jo Rogers entered hospital", "4 July vs 9 July"],
 [JR, KR, "wife and husband share the surname"],
 ["Oklahoma", "Oklahoma City", "state vs city"],
 ["Oklahoma", "Arkansas", "two states on one border"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-160-tick-amputation", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 160, "split": "dev",
 "annotation": {"by": "gold8", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06 (session 15): all 3 scraped pages of Multi-News val line 160 read in full and this file written and committed before any crosswire or corroboration_eval output on the story was seen; Jo Rogers, 40, of Shawnee, Oklahoma, loses parts of both arms and legs to Rocky Mountain Spotted Fever after a Fourth of July hike (2017): ABC News report, the GoFundMe page her cousin set up, the Oklahoma State Department of Health's RMSF page (general background); no page states a publication date; not annotated: disease, bacterium and tick names (Rocky Mountain Spotted Fever / RMSF, West Nile Virus, Rickettsia rickettsii, Dermacentor, Amblyomma), the health page's file links and their sizes ('Fact Sheet (91k.pdf)', 'Year 2012-2016'), share furniture ('Share Tweet 3.2k total shares'), ordinals ('14th wedding anniversary'), 'both arms and both legs', 'every day', the relative point 'a week later'; limb levels ('just above the knee' vs 'mid-thigh') are not a kind scored here; sentence openings checked by tools/mnhelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-160-tick-amputation.json"), story)
