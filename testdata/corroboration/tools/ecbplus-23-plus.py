import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from ecbhelp import load, C
A = ["23_10", "23_11", "23_3", "23_5", "23_7"]
load([a + "ecbplus.xml" for a in A])
arts = [
 {"id": "23_10", "outlet": "www.theguardian.com", "published": "2013-09-16T02:31Z"},
 {"id": "23_11", "outlet": "news.sky.com", "published": "2013-09-16T07:05Z"},
 {"id": "23_3", "outlet": "www.telegraph.co.uk", "published": "2013-09-16T07:44Z"},
 {"id": "23_5", "outlet": "www.bbc.co.uk", "published": "2013-09-16T12:42Z"},
 {"id": "23_7", "outlet": "www.odt.co.nz", "published": "2013-09-15"},
]
q = "quantity"
g = [
 G(q, "age of Robert Buckley", R("age", "years", holder="Robert Buckley"), "agree", [
   C("23_10", 5, "32"), C("23_11", 3, "32-year-old"), C("23_11", 5, "32"), C("23_3", 10, "32-year-old"), C("23_5", 4, "32")]),
 G(q, "age of Duncan Rait", R("age", "years", holder="Duncan Rait"), "agree", [
   C("23_10", 13, "36-year-old"), C("23_11", 12, "36-year-old"), C("23_3", 6, "36-year-old"), C("23_5", 13, "36-year-old"),
   C("23_7", 8, "36-year-old")], "23_7 does not name him ('the 36-year-old ... living in Melbourne'); same man"),
 G(q, "distance Buckley fell", R("fell", "distance", "Mount Sefton", holder="Robert Buckley"), "conflict", [
   C("23_10", 5, "about 2,000 feet"), C("23_11", 4, "around 2, 000ft"), C("23_3", 10, "about 2, 000ft"), C("23_3", 14, "some 700 metres"),
   C("23_5", 3, "2, 000ft")],
   "2,000 ft = 610 m (the ECB+ repair leaves '2, 000ft' as written); the police statement quoted by 23_3 says 'some 700 metres' (2,300 ft): incompatible with 'about 2,000 feet' of 23_10/23_11/23_5 (23_3 carries both)"),
 G(q, "distance Rait fell", R("fell", "distance", "Tasman Glacier", holder="Duncan Rait"), "conflict", [
   C("23_10", 13, "about 200 feet"), C("23_11", 12, "around 200ft"), C("23_3", 6, "about 200ft"), C("23_5", 13, "200ft"),
   C("23_7", 8, "approximately 200 metres")],
   "same number, different units: 200 ft (61 m) in the UK outlets vs 200 metres in the ODT"),
 G(q, "how far Buckley's party was from the bivvy", R("distance from", "party", "Sefton Bivvy"), "agree", [
   C("23_10", 7, "80m"), C("23_3", 13, "80 meters")]),
 G(q, "climbers with Buckley", R("companions", "climbers", "Mount Sefton", holder="Robert Buckley"), "agree", [
   C("23_10", 12, "three"), C("23_11", 8, "Three"), C("23_3", 10, "three"), C("23_5", 11, "Three")]),
 G(q, "men in Buckley's party", R("party size", "men", "Mount Sefton"), "single_source", [
   C("23_10", 6, "four")], "Buckley plus three companions: compatible with the 'three' group, but a different count"),
 G(q, "men who died at Mt Cook that weekend", R("killed", "people", "Aoraki/Mount Cook National Park"), "single_source", [
   C("23_7", 3, "Two")]),
 G(q, "separate incidents in the park", R("incidents", "incidents", "Aoraki/Mount Cook National Park"), "single_source", [
   C("23_3", 4, "two")]),
 G(q, "Australian climbers killed", R("killed", "Australian climbers", "New Zealand"), "single_source", [
   C("23_3", 2, "One")]),
 G(q, "English climbers killed", R("killed", "English climbers", "New Zealand"), "single_source", [
   C("23_3", 2, "one")]),
 G(q, "temperature during the Rait rescue", R("temperature", "air", "Tasman Glacier", time="Friday"), "single_source", [
   C("23_7", 18, "-15C")]),
 # durations
 G("duration", "walk carrying Rait to the helicopter", R("walked", "rescue team", "Tasman Glacier"), "single_source", [
   C("23_7", 12, "two hours")]),
 G("duration", "Rait's planned ski tour", R("planned tour", "ski tour", "Tasman Saddle Hut", holder="Duncan Rait"), "single_source", [
   C("23_7", 15, "four-day")]),
 G("duration", "night Buckley's companions spent on the mountain", R("spent", "night", "Mount Sefton"), "agree", [
   C("23_11", 8, "the night"), C("23_5", 11, "the night")]),
 G("duration", "night Rait's brother spent in a hut", R("spent", "night", "Tasman Saddle Hut", holder="Rait's brother"), "single_source", [
   C("23_7", 9, "the night")]),
 # dates
 G("date", "day Buckley fell", R("fell on", "fall", "Mount Sefton", holder="Robert Buckley"), "agree", [
   C("23_10", 5, "Saturday"), C("23_11", 5, "Saturday"), C("23_3", 10, "Saturday"), C("23_5", 4, "Saturday"), C("23_7", 5, "yesterday")],
   "all = 2013-09-14 (23_7 published Sunday 15 Sep: 'yesterday')"),
 G("date", "day Rait fell", R("fell on", "fall", "Tasman Glacier", holder="Duncan Rait"), "agree", [
   C("23_3", 6, "Friday"), C("23_7", 7, "Friday morning")], "= 2013-09-13; 23_10/23_11/23_5 say 'the day before' / 'a day after' (relative, not claims)"),
 G("date", "day of the rescue bid for Rait", R("rescue bid on", "rescue", "Tasman Glacier"), "single_source", [
   C("23_7", 17, "Friday")], "= 2013-09-13"),
 G("date", "day Buckley's body was recovered", R("recovered on", "body", "Mount Sefton"), "agree", [
   C("23_10", 10, "later in the day"), C("23_11", 7, "Sunday afternoon"), C("23_5", 10, "Sunday afternoon"), C("23_7", 4, "today")],
   "= 2013-09-15 (23_7 published that day: 'today'; 23_10 'later in the day' = the day of 'the next morning')"),
 G("date", "day Buckley's companions were rescued", R("rescued on", "companions", "Mount Sefton"), "single_source", [
   C("23_10", 9, "the next morning")], "= 2013-09-15 (the morning after the Saturday fall)"),
 G("date", "day of the failed recovery attempts", R("recovery failed on", "recovery attempts", "Mount Sefton"), "agree", [
   C("23_5", 10, "Saturday"), C("23_7", 4, "yesterday")], "= 2013-09-14"),
 G("date", "weekend of the two deaths", R("died in", "climbers", "Aoraki/Mount Cook National Park"), "agree", [
   C("23_10", 2, "the weekend"), C("23_7", 3, "this weekend")], "= 13-15 Sep 2013; 23_7 restates it in sentence 7 ('this weekend')"),
 G("time", "time of the rescue bid for Rait", R("rescue bid at", "rescue", "Tasman Glacier"), "single_source", [
   C("23_7", 17, "shortly after 11am")]),
 # names
 N("person", "Robert Buckley", [C("23_10", 2, "Robert Buckley"), C("23_11", 5, "Robert Buckley"), C("23_3", 10, "Robert Buckley"), C("23_5", 4, "Robert Buckley")],
   note="'Buckley' / 'Mr Buckley' as short forms"),
 N("person", "Duncan Rait", [C("23_10", 13, "Duncan Rait"), C("23_11", 12, "Duncan Raite"), C("23_3", 6, "Duncan Rait"), C("23_5", 13, "Duncan Rait")],
   verdict="variant", note="Sky writes 'Raite'; the Telegraph writes 'Duncan Rait' and later 'Raite' (same man: 36, fell from a ridge near the Tasman Glacier)"),
 N("person", "Dave Gaskin", [C("23_10", 15, "Dave Gaskin"), C("23_11", 6, "Dave Gaskin"), C("23_3", 4, "Dave Gaskin"), C("23_5", 5, "Dave Gaskin")],
   note="police spokesman (23_10) / police inspector (others)"),
 N("person", "Jim Campbell", [C("23_7", 10, "Jim Campbell")]),
 N("person", "Joseph Rush", [C("23_7", 18, "Joseph Rush")]),
 N("place", "New Zealand", [C("23_10", 1, "New Zealand"), C("23_11", 1, "New Zealand"), C("23_3", 1, "New Zealand"), C("23_5", 3, "New Zealand")],
   note="23_7 uses it only as an adjective ('a New Zealand climber')"),
 N("place", "Aoraki/Mount Cook National Park", [C("23_10", 2, "Aoraki-Mount Cook national park"), C("23_11", 5, "Aoraki-Mt Cook National Park"),
   C("23_3", 4, "Aoraki-Mt. Cook National Park"), C("23_5", 2, "Aoraki Mount Cook National Park")],
   verdict="variant", note="Mount / Mt / Mt. and hyphen or space: one park"),
 N("place", "Mt Cook", [C("23_7", 3, "Mt Cook")], note="the ODT's 'at Mt Cook' (the area/base); not linked to the park name"),
 N("place", "Mount Sefton", [C("23_10", 5, "Mount Sefton"), C("23_11", 5, "Mount Sefton"), C("23_3", 10, "Mount Sefton"), C("23_5", 4, "Mount Sefton")]),
 N("place", "Sefton Bivvy", [C("23_10", 6, "Sefton Bivvy"), C("23_7", 5, "Mt Sefton Bivvy")], verdict="variant",
   note="the hut Buckley's party was climbing to; 23_3 says 'the bivvy'"),
 N("place", "Mount Cook Village", [C("23_10", 6, "Mount Cook Village"), C("23_7", 14, "Mt Cook Village")], verdict="variant"),
 N("place", "Christchurch", [C("23_10", 6, "Christchurch"), C("23_3", 10, "Christchurch"), C("23_7", 13, "Christchurch")]),
 N("place", "Tasman Glacier", [C("23_10", 14, "Tasman Glacier"), C("23_11", 13, "Tasman Glacier"), C("23_3", 6, "Tasman Glacier"), C("23_5", 14, "Tasman Glacier")]),
 N("place", "Australia", [C("23_10", 14, "Australia"), C("23_11", 13, "Australia"), C("23_5", 14, "Australia")]),
 N("place", "Essex", [C("23_3", 10, "Essex"), C("23_5", 9, "Essex")]),
 N("place", "UK", [C("23_5", 9, "UK")]),
 N("place", "Melbourne", [C("23_7", 8, "Melbourne")]),
 N("place", "Tasman Saddle Hut", [C("23_7", 8, "Tasman Saddle Hut")]),
 N("place", "Twizel", [C("23_7", 17, "Twizel")]),
 N("place", "Fairlie", [C("23_7", 17, "Fairlie")]),
 N("organization", "Foreign Office", [C("23_10", 17, "Foreign Office"), C("23_11", 16, "Foreign Office"), C("23_5", 6, "Foreign Office")]),
 N("organization", "Timaru Herald", [C("23_10", 16, "Timaru Herald"), C("23_5", 16, "Timaru Herald")]),
 N("organization", "Press Association", [C("23_5", 9, "Press Association")]),
 N("organization", "Herald on Sunday", [C("23_7", 10, "Herald on Sunday")]),
 N("organization", "Aoraki Mt Cook Alpine Rescue Team", [C("23_7", 4, "Aoraki Mt Cook Alpine Rescue Team")],
   note="sentence 17: 'Aoraki Mt Cook Department of Conservation Alpine Rescue Team' (same article)"),
 N("organization", "The Helicopter Line", [C("23_7", 17, "The Helicopter Line")], note="sentence 10: 'Helicopter Line'"),
 N("organization", "Westpac Rescue Helicopter", [C("23_7", 13, "Westpac Rescue Helicopter")], note="sentence 17: 'Westpac Rescue paramedics'"),
 N("organization", "Alpine Guides", [C("23_7", 17, "Alpine Guides")]),
 # quotes
 G("quote", "Foreign Office: aware of the death", R("said", "quote", holder="Foreign Office spokeswoman"), "agree", [
   C("23_10", 17, "We are aware of the death of a British man in New Zealand"), C("23_11", 16, "We are aware of the death of a British man in New Zealand"),
   C("23_5", 6, "We are aware of the death of a British man in New Zealand")]),
 G("quote", "Foreign Office: consular assistance", R("said", "quote", holder="Foreign Office spokeswoman"), "agree", [
   C("23_10", 18, "We are providing consular assistance at this time"), C("23_11", 17, "We are providing consular assistance at this time"),
   C("23_5", 7, "We are providing consular assistance at this time")],
   "continues the previous quotation in a sentence of its own; annotated per sentence in all three articles"),
 G("quote", "Gaskin: lack of experience", R("said", "quote", holder="Dave Gaskin"), "agree", [
   C("23_10", 16, "I cant speak for the first death, but in this case it looks like to be a lack of experience"),
   C("23_11", 15, "I can't speak for the first death, but in this case it looks like to be a lack of experience"),
   C("23_5", 16, "I can't speak for the first death but in this case it looks like to be a lack of experience")],
   "23_10 opens it with a single quote and writes 'cant'"),
 G("quote", "Gaskin: snow and ice", R("said", "quote", holder="Dave Gaskin"), "single_source", [
   C("23_11", 10, "There was a lot of snow and ice in very steep conditions")]),
 G("quote", "Gaskin: insufficiently equipped", R("said", "quote", holder="Dave Gaskin"), "single_source", [
   C("23_11", 11, "It appears as if the party were insufficiently equipped and inexperienced for the climb they had undertaken")],
   "23_10 sentence 11 and 23_3 sentence 12 paraphrase it (reported speech, not quotes)"),
 G("quote", "police: hired equipment, within 80 meters", R("said", "quote", holder="police"), "single_source", [
   C("23_3", 13, "They had hired some climbing equipment early that day and had managed to get within 80 meters of the bivvy")]),
 G("quote", "police: slipped and fell 700 metres", R("said", "quote", holder="police"), "single_source", [
   C("23_3", 14, "At this stage... one of the party has slipped on the ice and has fallen some 700 metres to his death")]),
 G("quote", "Campbell: badly hurt and cold", R("said", "quote", holder="Jim Campbell"), "single_source", [
   C("23_7", 11, "He was very badly hurt and he'd lost his hat and gloves in the fall so he was very cold")]),
]
distinct = [
 ["distance Buckley fell", "distance Rait fell", "two men, two falls (2,000 ft on Mount Sefton, 200 ft/m near the Tasman Glacier)"],
 ["age of Robert Buckley", "age of Duncan Rait", "two men's ages"],
 ["day Buckley fell", "day Rait fell", "two falls on consecutive days (Saturday / Friday)"],
 ["day Rait fell", "day of the rescue bid for Rait", "the fall and the rescue bid: both Friday, different facts"],
 ["day Buckley fell", "day of the failed recovery attempts", "both Saturday, different facts"],
 ["day Buckley fell", "day Buckley's body was recovered", "fall on Saturday, body recovered on Sunday"],
 ["day Buckley's companions were rescued", "day Buckley's body was recovered", "both Sunday, different facts"],
 ["climbers with Buckley", "men in Buckley's party", "three companions vs a party of four including Buckley"],
 ["men who died at Mt Cook that weekend", "separate incidents in the park", "same number (two), deaths vs incidents"],
 ["night Buckley's companions spent on the mountain", "night Rait's brother spent in a hut", "two different nights, two different people"],
 ["Mount Sefton", "Sefton Bivvy", "the mountain vs the hut on it"],
 ["Aoraki/Mount Cook National Park", "Mount Cook Village", "the park vs the village"],
 ["Mount Cook Village", "Mt Cook", "village vs the ODT's area name"],
 ["Timaru Herald", "Herald on Sunday", "two newspapers sharing 'Herald'"],
 ["how far Buckley's party was from the bivvy", "distance Buckley fell", "two distances about Buckley's climb (80 m short of the bivvy vs the fall)"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-23-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#%secbplus.xml" % a for a in A], "split": "dev",
 "annotation": {"by": "gold", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04: all 5 articles read in full (ECB+ sentences 1..end; sentence 0 is the source URL) and this file written and committed before any crosswire output on the story was seen; two climbing deaths in Aoraki/Mount Cook National Park, 13-14 Sep 2013 (ECB+ topic 23, ECB+ part); sentence openings taken from the repaired text by tools/ecbhelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/ecbplus-23-plus.json"), story)
