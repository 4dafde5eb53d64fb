import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(241)
assert A == ["val-241-1", "val-241-2", "val-241-3"], A
NYT, NBC, DM = A
arts = [
 {"id": NYT, "outlet": "The New York Times (by style: 'Mr. Smith', 'the police said', 'Administration of Children's Services'; not named in the text)", "published": None},
 {"id": NBC, "outlet": "NBC New York (by style: video blurb 'Wale Aliyu reports', 'What to Know' box; not named in the text)", "published": "2018-09-29T00:00Z"},
 {"id": DM, "outlet": "Daily Mail (by style: video credits 'Source: The New York Post More', 'Source: 4NBC More'; not named in the text)", "published": None},
]
q = "quantity"
BOY = "Shimron Smith"
BRO = "Shawn J. Smith"
g = [
 # quantities
 G(q, "age of the boy", R("age", "years", holder=BOY), "agree", [
   C(NYT, "A 4-year-old boy was thrown to", "4-year-old"),
   C(NBC, "An older brother has been charged", "4-year-old"), C(NBC, "What to Know A 20-year-old man", "4-year-old"),
   C(NBC, "A 20-year-old man tossed his", "4-year-old"),
   C(DM, "A 20-year-old man has been", "four-year-old")], "NBC: standfirst, 'What to Know' box and body"),
 G(q, "age of the older brother", R("age", "years", holder=BRO), "agree", [
   C(NYT, "A 4-year-old boy was thrown to", "20-year-old"),
   C(NBC, "What to Know A 20-year-old man", "20-year-old"), C(NBC, "A 20-year-old man tossed his", "20-year-old"),
   C(DM, "A 20-year-old man has been", "20-year-old")]),
 G(q, "storeys of the apartment building", R("storeys", "floors", "the boys' apartment building"), "agree", [
   C(NYT, "A 4-year-old boy was thrown to", "seven-story"), C(NBC, "He's accused of throwing the boy", "seven-story"),
   C(DM, "A 20-year-old man has been", "seven-story"), C(DM, "Smith was charged with second-degree murder,", "seven-story")]),
 G(q, "siblings in the family", R("youngest of", "siblings", holder="the Smith family"), "agree", [
   C(NBC, "Shimron was the youngest of six", "six siblings"), C(DM, "Shimron was the youngest of six", "six children")],
   "'six siblings' (NBC) and 'six children' (Daily Mail) count the same children"),
 G(q, "officers the brother approached", R("approached", "uniformed officers", holder=BRO), "single_source", [
   C(NYT, "Around 3:30 a.m., Mr. Smith approached", "two uniformed officers")]),
 G(q, "distance from the 911 call to the apartment", R("distance from", "blocks", "70th Precinct"), "single_source", [
   C(NYT, "Around 3:30 a.m., Mr. Smith approached", "a few blocks")]),
 G(q, "injuries that killed the boy", R("died from", "blunt force injuries", holder="medical examiner"), "single_source", [
   C(NBC, "The medical examiner said he died", "multiple")]),
 # durations
 G("duration", "time since arriving from Guyana", R("in the US for", "year", holder="the Smith family"), "agree", [
   C(NBC, "His family says Shawn had been", "less than a year"), C(DM, "Shimron was the youngest of six", "less than a year ago")],
   "NBC: Shawn 'had been here less than a year from Guyana'; Daily Mail: the family 'arrived in Brooklyn from Guyana ... less than a year ago'; the same span, counted back from the report"),
 # times
 G("time", "brother approached the officers", R("approached officers at", "officers", "70th Precinct", holder=BRO), "single_source", [
   C(NYT, "Around 3:30 a.m., Mr. Smith approached", "Around 3:30 a.m.")]),
 G("time", "police found the boy", R("found at", "boy", "courtyard outside his home", holder="police"), "single_source", [
   C(NBC, "Police responding to a 911 call", "around 3:30 a.m.")],
   "not the same fact as the NYT's 3:30 a.m. (the brother walking up to officers on another 911 call)"),
 # dates (Saturday = 29 September 2018, from NBC's 'Published Saturday, Sept. 29, 2018')
 G("date", "day of the killing", R("killed on", "boy", holder=BOY), "agree", [
   C(NYT, "A 4-year-old boy was thrown to", "on Saturday"), C(NBC, "Police responding to a 911 call", "on Saturday"),
   C(DM, "Police responding to an emergency call", "early hours of Saturday morning")],
   "= Saturday 29 September 2018; NYT: thrown to his death on Saturday; NBC and Daily Mail: found by police early on Saturday"),
 # names
 N("person", BOY, [C(NYT, "The police said he had no", "Shimron Smith"), C(NBC, "Police found the little boy, Shimron", "Shimron Smith"),
   C(DM, "Police responding to an emergency call", "Shimron Smith")], note="all also 'Shimron' alone"),
 N("person", BRO, [C(NYT, "The brother, identified by the police", "Shawn J. Smith"), C(NBC, "Shimron's brother, Shawn J. Smith, was", "Shawn J. Smith"),
   C(DM, "Shimron’s brother Shawn J. Smith, who", "Shawn J. Smith")],
   note="NYT also 'Mr. Smith'; NBC also 'Shawn', 'Shawn Smith'; Daily Mail also 'Smith'"),
 N("person", "Savon Firth", [C(NBC, "The boy's aunt, Savon Firth, recalled", "Savon Firth")]),
 N("place", "Brooklyn", [C(NYT, "A 4-year-old boy was thrown to", "Brooklyn"), C(NBC, "An older brother has been charged", "Brooklyn"),
   C(DM, "Police responding to an emergency call", "Brooklyn")]),
 N("place", "East Midwood", [C(NYT, "Around 3:30 a.m., Mr. Smith approached", "East Midwood"), C(NBC, "Police responding to a 911 call", "East Midwood"),
   C(DM, "Shimron’s brother Shawn J. Smith, who", "Midwood")], verdict="variant",
   note="Daily Mail 'the Midwood building': the neighbourhood's short form, the same building as the others' East Midwood home"),
 N("place", "70th Precinct", [C(NYT, "Around 3:30 a.m., Mr. Smith approached", "70th Precinct")], note="police precinct as an area"),
 N("place", "63rd Precinct", [C(NYT, "Around 3:30 a.m., Mr. Smith approached", "63rd Precinct")], note="police precinct as an area"),
 N("place", "Nostrand Avenue", [C(NBC, "He's accused of throwing the boy", "Nostrand Avenue")]),
 N("place", "Avenues J and K", [C(NBC, "He's accused of throwing the boy", "Avenues J and K")], note="two streets, Avenue J and Avenue K, written as one phrase"),
 N("place", "Guyana", [C(NBC, "His family says Shawn had been", "Guyana"), C(DM, "Shimron was the youngest of six", "Guyana")]),
 N("place", "New York", [C(DM, "Police responding to an emergency call", "New York")], note="'his Brooklyn, New York, home'"),
 N("place", "South America", [C(DM, "Shimron was the youngest of six", "South America")]),
 N("place", "North Atlantic", [C(DM, "Shimron was the youngest of six", "North Atlantic")], note="'South America's North Atlantic coast'"),
 N("organization", "NYPD", [C(NBC, "Police responding to a 911 call", "NYPD"), C(DM, "The little boy was was pronounced", "NYPD")]),
 N("organization", "Administration of Children’s Services", [C(NYT, "The police said he had no", "Administration of Children’s Services")]),
 N("organization", "New York Post", [C(DM, "Shimron’s brother Shawn J. Smith, who", "New York post")],
   note="body text 'according to The New York post'; the video credit 'Source: The New York Post' not annotated"),
 # quotes
 G("quote", "brother: I need to talk to you", R("said", "quote", holder=BRO), "single_source", [
   C(NYT, "“I need to talk to you,”", "I need to talk to you,")]),
 G("quote", "brother: my brother may be hurt", R("said", "quote", holder=BRO), "single_source", [
   C(NYT, "The officers finished with their call", "My brother may be hurt. He might be dead.")]),
 G("quote", "aunt: his playfulness", R("said", "quote", holder="Savon Firth"), "single_source", [
   C(NBC, "The boy's aunt, Savon Firth, recalled", "his playfulness -- he plays all the time -- his fun, his laughter. It’s so painful I cannot talk anymore.")],
   "the quote is opened and never closed"),
 G("quote", "brother: I just killed my brother", R("told officers", "quote", holder=BRO), "single_source", [
   C(DM, "“I just killed my brother —", "I just killed my brother — I took my brother up to the roof and I threw him off,")]),
]
distinct = [
 ["age of the boy", "age of the older brother", "two people's ages in one sentence in every article"],
 [BOY, BRO, "two brothers with one surname; 'Smith' alone (Daily Mail, NYT's 'Mr. Smith') is the older brother"],
 ["brother approached the officers", "police found the boy", "both around 3:30 a.m., different facts in different outlets"],
 ["70th Precinct", "63rd Precinct", "the precinct of the other 911 call vs the boy's precinct"],
 ["New York", "New York Post", "city vs newspaper"],
 ["Brooklyn", "New York", "borough vs city"],
 ["siblings in the family", "storeys of the apartment building", "six vs seven, one digit apart"],
 ["officers the brother approached", "distance from the 911 call to the apartment", "two officers vs a few blocks, one sentence"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-241-brooklyn-rooftop", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 241, "split": "dev",
 "annotation": {"by": "gold6", "date": "2026-12-05", "blind": True,
   "procedure": "annotated blind on 2026-12-05: all 3 articles of Multi-News val.src line 241 read in full and this file written and committed before any crosswire output on the story was seen; a 20-year-old (Shawn J. Smith) charged with murdering his 4-year-old brother Shimron, thrown from the roof of their Brooklyn building early on Saturday 29 September 2018; outlets named by style and credit lines (none names itself); NBC's 'What to Know' box annotated as a standfirst; not annotated: NBC's video blurb credit 'Wale Aliyu reports' and its stamp '(Published Saturday, Sept. 29, 2018)', the Daily Mail's video captions ('A 20-year-old man has been charged ... Source: The New York Post More', 'Source: 4NBC More'), '911' in '911 call', ordinals ('second-degree'), NBC's two-word quote 'not really', 'schizophrenia'"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-241-brooklyn-rooftop.json"), story)
