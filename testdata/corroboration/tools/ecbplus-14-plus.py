import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from ecbhelp import load, C
A = ["14_1", "14_11", "14_7", "14_3", "14_8", "14_9"]
load([a + "ecbplus.xml" for a in A])
arts = [
 {"id": "14_1", "outlet": "www.bbc.co.uk", "published": "2013-07-21T11:11Z"},
 {"id": "14_11", "outlet": "www.wellington-today.co.uk", "published": "2013-07-21"},
 {"id": "14_7", "outlet": "www.middevongazette.co.uk", "published": "2013-07-21"},
 {"id": "14_3", "outlet": "www.bbc.co.uk", "published": "2013-07-22T17:50Z"},
 {"id": "14_8", "outlet": "www.fia.uk.com", "published": "2013-07-22"},
 {"id": "14_9", "outlet": "www.westerndailypress.co.uk", "published": "2013-07-22"},
]
q = "quantity"
W = "Waitrose store, Wellington"
RP = "Robert Pitman"
g = [
 # quantities
 G(q, "share of the entrance roof that collapsed", R("collapsed", "roof at the entrance", W), "agree", [
   C("14_1", 5, "Half"), C("14_3", 5, "Half")], "14_8 says only 'a part of the entrance building collapsed' (not a quantity)"),
 G(q, "people hurt", R("hurt", "people", W), "agree", [
   C("14_1", 10, "no-one"), C("14_3", 6, "No-one"), C("14_8", 13, "no one")],
   "14_1 in the Waitrose spokesman's quote, 14_8 paraphrasing the same spokesperson; zero counts"),
 G(q, "engines first sent", R("sent", "fire engines", W), "single_source", [
   C("14_7", 5, "Two engines")]),
 G(q, "further appliances called", R("called in after arrival", "fire engines", W, holder="first fire crews"), "conflict", [
   C("14_7", 6, "an additional six engines"), C("14_8", 6, "a further four appliances")],
   "both: the crews first at the scene called in more engines; Mid Devon Gazette six, FIA (citing ITV) four"),
 G(q, "crews that fought the blaze", R("fought", "fire crews", W), "single_source", [
   C("14_11", 4, "Eight crews")], "compatible with 14_7's 2 + 6 engines, which it never sums"),
 G(q, "firefighters at the blaze", R("tackled", "firefighters", W), "single_source", [
   C("14_9", 6, "Dozens of firefighters")]),
 G(q, "size of the burning corner", R("measured", "metres", "corner of the building"), "single_source", [
   C("14_7", 7, "50m by 50m")]),
 G(q, "storeys of the supermarket", R("storeys", "floors", W), "single_source", [
   C("14_8", 8, "one-storey")]),
 G(q, "age of Robert Pitman", R("age", "years", holder=RP), "agree", [
   C("14_3", 4, "24"), C("14_9", 4, "aged 24")]),
 G("duration", "maximum prison term for a poor fire risk assessment", R("can face", "prison", "England and Wales", holder="Responsible Person", event="background: general"), "single_source", [
   C("14_8", 16, "up to two years")]),
 # times (Sunday 21 July 2013, BST)
 G("time", "time the fire was reported", R("called at", "fire service", W), "agree", [
   C("14_1", 4, "06:00 BST"), C("14_7", 5, "6am"), C("14_8", 4, "approximately 06:00 BST"), C("14_9", 6, "about 6am"),
   C("14_3", 5, "shortly after 06:00 BST")],
   "the call (14_1, 14_8), the public's 999 calls (14_7), the alarm raised (14_9); 14_3 dates the blaze itself 'shortly after 06:00 BST', the same moment"),
 G("time", "time the fire was contained", R("contained by", "fire", W), "single_source", [
   C("14_7", 8, "By 6.30am")]),
 G("time", "time the support unit was requested", R("requested", "incident support unit", holder="fire crews"), "single_source", [
   C("14_7", 11, "Just before 8am")]),
 G("time", "time thermal cameras were in use", R("using", "thermal imaging cameras", holder="fire crews"), "single_source", [
   C("14_7", 12, "By 8.30am")]),
 G("time", "time the fire was largely out", R("largely out by", "fire", W), "single_source", [
   C("14_8", 9, "By about 09:30 BST")]),
 # dates
 G("date", "day of the fire", R("broke out on", "fire", W), "agree", [
   C("14_1", 4, "on Sunday"), C("14_11", 4, "Sunday morning"), C("14_7", 3, "this morning"),
   C("14_3", 5, "on Sunday"), C("14_8", 3, "yesterday (July 21st)"), C("14_9", 4, "at the weekend"), C("14_9", 6, "on Sunday morning")],
   "= Sunday 21 July 2013 (14_3 and 14_8 published Monday 22 July; 14_11 'the early hours of Sunday morning')"),
 G("date", "day of the magistrates' court appearance", R("to appear on", "Taunton Deane Magistrates' Court", holder=RP), "agree", [
   C("14_3", 4, "on Tuesday"), C("14_9", 5, "tomorrow morning")],
   "= Tuesday 23 July 2013 (both published Monday 22 July)"),
 # names
 N("organization", "Waitrose", [C("14_1", 2, "Waitrose"), C("14_11", 1, "Waitrose"), C("14_7", 3, "Waitrose"),
   C("14_3", 2, "Waitrose"), C("14_8", 1, "Waitrose"), C("14_9", 1, "Waitrose")]),
 N("place", "Wellington", [C("14_1", 2, "Wellington"), C("14_11", 1, "Wellington"), C("14_7", 3, "Wellington"),
   C("14_3", 2, "Wellington"), C("14_8", 1, "Wellington"), C("14_9", 1, "Wellington")]),
 N("place", "Somerset", [C("14_1", 3, "Somerset"), C("14_3", 3, "Somerset"), C("14_8", 3, "Somerset"), C("14_9", 3, "Somerset")]),
 N("place", "High Street", [C("14_1", 4, "High Street"), C("14_11", 3, "High Street"), C("14_3", 5, "High Street"),
   C("14_8", 4, "high street")], note="14_8 lowercase 'Wellington ’ s high street'; same up to case"),
 N("organization", "Devon and Somerset Fire and Rescue", [C("14_1", 3, "Devon and Somerset Fire and Rescue"),
   C("14_8", 6, "Devon and Somerset Fire and Rescue")]),
 N("place", "Tiverton", [C("14_7", 3, "Tiverton")]),
 N("place", "Cullompton", [C("14_7", 3, "Cullompton")]),
 N("place", "Yeovil", [C("14_7", 11, "Yeovil")]),
 N("place", "England", [C("14_8", 15, "England")]),
 N("place", "Wales", [C("14_8", 15, "Wales")]),
 N("organization", "ITV", [C("14_8", 6, "ITV")]),
 N("person", "Matt Goodman", [C("14_1", 6, "Matt Goodman"), C("14_8", 10, "Matt Goodman")]),
 N("person", RP, [C("14_3", 4, RP), C("14_9", 4, RP)]),
 N("organization", "Taunton Deane Magistrates' Court", [C("14_3", 4, "Taunton Deane Magistrates' Court"),
   C("14_9", 5, "Taunton Deane Magistrates Court")], note="same up to punctuation"),
 # quotes
 G("quote", "Goodman: started on the outside", R("said", "quote", holder="Matt Goodman"), "single_source", [
   C("14_1", 6, "It would appear the fire started on the outside of the building.")], "14_8 paraphrases it (not a quote)"),
 G("quote", "Goodman: quickly spread to the roof", R("said", "quote", holder="Matt Goodman"), "agree", [
   C("14_1", 7, "It then quickly spread to the roof so there is a significant amount of damage to the roof"),
   C("14_8", 11, "It then quickly spread to the roof so there is a significant amount of damage to the roof")]),
 G("quote", "Goodman: prevent it spreading", R("said", "quote", holder="Matt Goodman"), "agree", [
   C("14_1", 8, "We've been able to prevent it spreading to other areas of the building"),
   C("14_8", 12, "We've been able to prevent it spreading to other areas of the building")],
   "14_8 gives no speaker in the sentence; it continues Goodman's quote"),
 G("quote", "Waitrose: no-one hurt", R("said", "quote", holder="Waitrose spokesman"), "single_source", [
   C("14_1", 10, "Luckily no-one has been hurt and we are very grateful to the fire service and police for their prompt and professional help.")]),
]
distinct = [
 ["engines first sent", "further appliances called", "two first, then six (or four) more"],
 ["further appliances called", "crews that fought the blaze", "six/four more vs eight in all"],
 ["crews that fought the blaze", "firefighters at the blaze", "eight crews vs dozens of firefighters"],
 ["share of the entrance roof that collapsed", "storeys of the supermarket", "half vs one-storey"],
 ["time the fire was reported", "time the fire was contained", "6am vs 6.30am, one article"],
 ["time the fire was contained", "time the fire was largely out", "contained by 6.30am vs largely out by 09:30, different outlets"],
 ["time the support unit was requested", "time thermal cameras were in use", "just before 8am vs by 8.30am"],
 ["day of the fire", "day of the magistrates' court appearance", "Sunday 21 vs Tuesday 23 July"],
 ["Wellington", "High Street", "town vs its street"],
 ["Somerset", "Devon and Somerset Fire and Rescue", "county vs fire service"],
 ["Wellington", "Waitrose", "town vs the store"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-14-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#%secbplus.xml" % a for a in A], "split": "dev",
 "annotation": {"by": "gold7", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06: all 6 articles read in full (ECB+ sentences 1..end; sentence 0 is the source URL) and this file written and committed before any crosswire output on the story was seen; fire at the Waitrose supermarket on Wellington High Street, Somerset, early on Sunday 21 July 2013, and the arson charge against Robert Pitman (ECB+ topic 14, ECB+ part: BBC 21 and 22 Jul, Wellington Today, Mid Devon Gazette, FIA, Western Daily Press); 14_2, 14_4, 14_5, 14_6 and 14_10 left out (near-duplicates or one sentence); datelines ('21 July 2013 Last updated at 11:11 GMT', 'Monday, July 22, 2013') not annotated; not annotated: 'an aerial platform', 'an incident command vehicle' and 'a second aerial platform' (one of a thing, ordinal), the relative 'Half an hour later', the law's name 'Regulatory Reform (Fire Safety) Order 2005', the three-word 'suitable and sufficient'; sentence openings taken from the repaired text by tools/ecbhelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/ecbplus-14-plus.json"), story)
