import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from ecbhelp import load, C
A = ["41_11", "41_10", "41_2", "41_4", "41_3"]
load([a + "ecbplus.xml" for a in A])
arts = [
 {"id": "41_11", "outlet": "www.trust.org (Reuters)", "published": "2011-11-10T14:45"},
 {"id": "41_10", "outlet": "usatoday30.usatoday.com", "published": "2011-11-10"},
 {"id": "41_2", "outlet": "www.unhcr.org", "published": "2011-11-11"},
 {"id": "41_4", "outlet": "www.nonviolentpeaceforce.org", "published": "2011-11-15"},
 {"id": "41_3", "outlet": "www.bbc.co.uk", "published": "2011-11-11T12:41Z"},
]
q = "quantity"
Y = "Yida refugee camp"
g = [
 # quantities
 G(q, "people killed in the bombing", R("killed", "people", Y), "conflict", [
   C("41_11", 4, "no casualties"), C("41_10", 3, "no casualties"), C("41_10", 12, "no casualties"),
   C("41_2", 5, "no casualties"), C("41_4", 8, "no casualties or fatalities"),
   C("41_3", 5, "at least 12 people"), C("41_3", 14, "12 people")],
   "zero counts: Reuters witness 'There appeared to be no casualties', USA Today (activist Ryan Boyette, aid workers), UNHCR's Adrian Edwards, Nonviolent Peaceforce; BBC: local official Miabek Lang 'at least 12 people had been killed' (its own reporter 'did not see any casualties', not annotated as a claim); USA Today also 'A government official initially reported deaths' (no figure)"),
 G(q, "people wounded in the bombing", R("wounded", "people", Y, holder="Miabek Lang"), "single_source", [
   C("41_3", 5, "20 wounded")]),
 G(q, "bombs dropped", R("dropped", "bombs", "Yida camp and airstrip"), "conflict", [
   C("41_10", 12, "four bombs"), C("41_4", 4, "Four bombs"), C("41_3", 13, "Five bombs")],
   "USA Today (aid workers via Boyette) and NP four; BBC (refugees) five, of which four exploded"),
 G(q, "bombs that exploded", R("exploded", "bombs", "Yida camp", holder="refugees"), "single_source", [
   C("41_3", 13, "four")]),
 G(q, "further explosions at 3 p.m.", R("heard", "explosions", "Yida camp", holder="witnesses at the camp"), "single_source", [
   C("41_11", 6, "three other explosions")], "besides the 'large explosion' the correspondent heard"),
 G(q, "bombs that fell inside the camp", R("fell inside", "bombs", "Yida camp"), "agree", [
   C("41_2", 4, "Two of the bombs"), C("41_4", 4, "two landed inside the camp")]),
 G(q, "bombs near the school", R("fell close to", "bombs", "school in Yida camp", holder="Adrian Edwards"), "single_source", [
   C("41_2", 4, "one close to the school")], "Reuters and NP describe the same unexploded bomb without a count"),
 G(q, "bombs near the airstrip", R("dropped near", "bombs", "airstrip"), "single_source", [
   C("41_4", 4, "the other two bombs")]),
 G(q, "bombing raids", R("launched", "bombing raids", holder="refugees"), "single_source", [
   C("41_3", 12, "two bombing raids")]),
 G(q, "width of the crater", R("width", "metres", "crater", holder="Reuters correspondent"), "single_source", [
   C("41_11", 5, "about two metres (6.6 feet)")]),
 G(q, "distance of the camp from the border", R("distance from", "border with Sudan", Y), "agree", [
   C("41_11", 3, "less than 50 km (30 miles)"), C("41_10", 4, "10 miles")],
   "compatible: 10 miles is less than 50 km"),
 G(q, "distance of New Guffa from the border", R("distance from", "border", "New Guffa"), "single_source", [
   C("41_2", 12, "nine kilometres")]),
 G(q, "refugees in the camp", R("sheltering", "refugees", Y), "agree", [
   C("41_2", 3, "more than 20,000 civilians"), C("41_4", 3, "nearly 23,000"), C("41_3", 16, "Thousands of people")],
   "UNHCR 'more than 20,000', NP 'nearly 23,000 Nuban refugees', BBC 'Thousands' (vague): compatible"),
 G(q, "distance of the bomb from the NP compound", R("detonated from", "miles", "NP compound"), "single_source", [
   C("41_4", 5, "about a quarter mile")]),
 G(q, "students in the school", R("attending class", "students", "school in Yida camp"), "single_source", [
   C("41_4", 6, "300 students")]),
 G(q, "international NP officers", R("team", "international protection officers", holder="Nonviolent Peaceforce"), "single_source", [
   C("41_4", 11, "3 international")]),
 G(q, "local NP officers", R("team", "local protection officers", holder="Nonviolent Peaceforce"), "single_source", [
   C("41_4", 11, "3 local")]),
 G(q, "unaccompanied children", R("supported", "unaccompanied children", Y), "single_source", [
   C("41_4", 11, "more than 1200")]),
 G(q, "citizen journalists led by Boyette", R("leads", "citizen journalists", holder="Ryan Boyette"), "single_source", [
   C("41_10", 12, "15 citizen journalists")]),
 G(q, "aid workers Boyette talked to", R("talked to", "aid workers", holder="Ryan Boyette"), "single_source", [
   C("41_10", 12, "five aid workers")]),
 G(q, "civil wars", R("battled", "civil wars", "Sudan", event="background: north-south wars"), "single_source", [
   C("41_10", 9, "two civil wars")]),
 G(q, "dead in the latest civil war", R("died", "people", "Sudan", event="background: 1983-2005 war"), "single_source", [
   C("41_10", 9, "some 2 million")]),
 G(q, "civilians uprooted since June", R("uprooted", "civilians", "Sudan-South Sudan border areas"), "single_source", [
   C("41_2", 8, "hundreds of thousands")]),
 G(q, "civilians moving south in Blue Nile", R("moving southwards", "civilians", "Blue Nile state"), "single_source", [
   C("41_2", 10, "As many as 55,000")]),
 G(q, "Sudanese refugees in Ethiopia", R("found refuge", "Sudanese", "Ethiopia"), "single_source", [
   C("41_2", 13, "more than 30,000")]),
 G(q, "refugees supplied at Bunj", R("supplies for", "refugees", "Bunj"), "single_source", [
   C("41_2", 15, "15,000 refugees")]),
 # durations
 G("duration", "north-south conflict", R("lasted", "decades", "Sudan", event="background: north-south wars"), "agree", [
   C("41_10", 9, "more than five decades"), C("41_3", 29, "decades")]),
 G("duration", "span of the bombing", R("dropped within", "moments", Y), "single_source", [
   C("41_4", 4, "a few moments")]),
 # times
 G("time", "time of the bombing", R("bombed at", "bombs", Y, time="Thursday 10 November"), "agree", [
   C("41_11", 6, "3 p.m. (1200 GMT)"), C("41_4", 2, "approximately 3:00 pm"), C("41_3", 7, "about 12:00 GMT")],
   "Reuters: three other explosions at 3 p.m. (1200 GMT); NP: bombed at approximately 3:00 pm; BBC: its reporter arrived at about 12:00 GMT as a second round of bombs hit (local time = GMT+3)"),
 # dates
 G("date", "day of the bombing", R("bombed on", Y), "agree", [
   C("41_11", 3, "on Thursday"), C("41_10", 2, "Thursday"), C("41_2", 6, "on Thursday"),
   C("41_4", 2, "Thursday, November 10th"), C("41_3", 7, "on Thursday")],
   "= Thursday 10 November 2011 (UNHCR and BBC published Friday 11 Nov, NP Tuesday 15 Nov with the date written out)"),
 G("date", "day UNHCR condemned the bombing", R("condemned on", "bombing", holder="UNHCR"), "single_source", [
   C("41_2", 3, "on Friday")], "= Friday 11 November"),
 G("date", "day Khartoum gave no comment", R("no comment on", "bombing", holder="Sudanese government"), "single_source", [
   C("41_10", 8, "on Thursday")], "= Thursday 10 November"),
 G("date", "South Sudan's independence", R("became independent", "South Sudan"), "agree", [
   C("41_10", 5, "four months ago"), C("41_10", 10, "in July"), C("41_3", 29, "in July")], "= July 2011"),
 G("date", "years of the latest civil war", R("fought", "civil war", "Sudan", event="background: 1983-2005 war"), "single_source", [
   C("41_10", 9, "from 1983-2005")]),
 G("date", "start of the uprooting", R("uprooted since", "civilians", "border areas"), "single_source", [
   C("41_2", 8, "since June")], "= June 2011"),
 G("date", "reports of bombing in New Guffa", R("reported", "bombing", "New Guffa"), "single_source", [
   C("41_2", 9, "this week")]),
 G("date", "UN assessment trip to Maban", R("planning to travel", "UN assessment teams", "Maban"), "single_source", [
   C("41_2", 16, "over the weekend")], "= 12-13 November 2011"),
 G("date", "NP team's arrival in Yida", R("arrived", "NP protection team", "Yida"), "single_source", [
   C("41_4", 10, "one month ago")], "about mid-October 2011, counted from 15 November"),
 # names
 N("place", "South Sudan", [C("41_11", 3, "South Sudan"), C("41_10", 2, "South Sudan"), C("41_2", 3, "South Sudan"),
   C("41_4", 2, "South Sudan"), C("41_3", 2, "South Sudan")], note="USA Today also 'the Republic of South Sudan' in Kiir's quote"),
 N("place", "Sudan", [C("41_11", 3, "Sudan"), C("41_10", 2, "Sudan"), C("41_2", 3, "Sudan"),
   C("41_4", 3, "Sudan"), C("41_3", 4, "Sudan")]),
 N("place", "Unity state", [C("41_11", 3, "Unity state"), C("41_2", 6, "Unity state"), C("41_3", 4, "Unity State")],
   note="same up to case"),
 N("place", Y, [C("41_11", 5, "Yida refugee camp"), C("41_10", 4, "Yida refugee camp"), C("41_2", 4, "Yida camp"),
   C("41_4", 2, "Yida Refugee Camp"), C("41_3", 4, "Yida camp")], verdict="variant",
   note="with and without 'refugee'; NP also 'Yida' alone"),
 N("place", "Khartoum", [C("41_10", 5, "Khartoum"), C("41_3", 28, "Khartoum")], note="both for the Sudanese government"),
 N("place", "South Kordofan", [C("41_4", 3, "South Kordofan"), C("41_3", 16, "South Kordofan")]),
 N("place", "Nuba Mountains", [C("41_2", 3, "Nuba Mountains")]),
 N("place", "Geneva", [C("41_2", 5, "Geneva")]),
 N("place", "New Guffa", [C("41_2", 9, "New Guffa")]),
 N("place", "Upper Nile state", [C("41_2", 9, "Upper Nile state")]),
 N("place", "Damazine", [C("41_2", 10, "Damazine")]),
 N("place", "Kurmuk", [C("41_2", 10, "Kurmuk")], note="also 'Kurmuk town'"),
 N("place", "Blue Nile state", [C("41_2", 10, "Blue Nile state")]),
 N("place", "Chali", [C("41_2", 11, "Chali")]),
 N("place", "Bunj", [C("41_2", 12, "Bunj")]),
 N("place", "Maban county", [C("41_2", 12, "Maban county")], note="also 'Maban' alone"),
 N("place", "Ethiopia", [C("41_2", 13, "Ethiopia")]),
 N("place", "Pariang county", [C("41_3", 14, "Pariang county")]),
 N("organization", "UN", [C("41_2", 3, "UN"), C("41_4", 4, "UN"), C("41_3", 8, "UN")],
   note="'The UN refugee agency', 'UN assessment teams'; 'a UN helicopter' (NP, BBC)"),
 N("organization", "UNHCR", [C("41_2", 1, "UNHCR")], note="the UN refugee agency"),
 N("organization", "Reuters", [C("41_11", 3, "Reuters")]),
 N("organization", "U.S. State Department", [C("41_10", 4, "U.S. State Department")]),
 N("organization", "Nonviolent Peaceforce", [C("41_4", 3, "Nonviolent Peaceforce")], note="then 'NP'"),
 N("organization", "BBC", [C("41_3", 4, "BBC")]),
 N("organization", "Sudan Armed Forces", [C("41_3", 23, "Sudan Armed Forces")]),
 N("organization", "AFP", [C("41_3", 25, "AFP")]),
 N("organization", "South Sudan Liberation Army", [C("41_3", 28, "South Sudan Liberation Army")]),
 N("person", "Salva Kiir", [C("41_10", 6, "Salva Kiir")]),
 N("person", "Ryan Boyette", [C("41_10", 12, "Ryan Boyette")]),
 N("person", "Adrian Edwards", [C("41_2", 4, "Adrian Edwards")], note="then 'Edwards'"),
 N("person", "Tiffany Ornelas", [C("41_4", 7, "Tiffany Ornelas")]),
 N("person", "James Copnall", [C("41_3", 4, "James Copnall")]),
 N("person", "Miabek Lang", [C("41_3", 5, "Miabek Lang")], note="then 'Mr Lang'"),
 N("person", "Omar al-Bashir", [C("41_3", 19, "Omar al-Bashir")], note="also 'Mr Bashir', and 'Omar Bashir' in Deng's quote"),
 N("person", "Taban Deng", [C("41_3", 20, "Taban Deng")], note="then 'Mr Deng'"),
 N("person", "Sawarmi Khaled Saad", [C("41_3", 23, "Sawarmi Khaled Saad")]),
 # quotes
 G("quote", "Kiir: allegations baseless", R("said", "quote", holder="Salva Kiir"), "single_source", [
   C("41_10", 6, "Whatever allegations Khartoum labels against the Republic of South Sudan are baseless")]),
 G("quote", "Kiir: committed to peaceful resolutions", R("said", "quote", holder="Salva Kiir"), "single_source", [
   C("41_10", 7, "We are committed to peaceful resolutions to any conflict")]),
 G("quote", "Edwards: two bombs fell within the camp", R("said", "quote", holder="Adrian Edwards"), "single_source", [
   C("41_2", 4, "Two of the bombs fell within the Yida camp, including one close to the school")]),
 G("quote", "Edwards: no casualties in the camp", R("said", "quote", holder="Adrian Edwards"), "single_source", [
   C("41_2", 5, "Fortunately there were no casualties in the camp")]),
 G("quote", "Edwards: hampered by heavy rains", R("said", "quote", holder="Adrian Edwards"), "single_source", [
   C("41_2", 7, "We had hoped to begin the relocation of refugees")]),
 G("quote", "Ornelas: people were terrified", R("said", "quote", holder="Tiffany Ornelas"), "single_source", [
   C("41_4", 7, "people were terrified; they were running and screaming in all directions")]),
 G("quote", "Deng: why does Bashir do this", R("said", "quote", holder="Taban Deng"), "single_source", [
   C("41_3", 21, "Why does Omar Bashir do this?")], "runs on: 'He has a lot to answer'"),
 G("quote", "Saad: completely false", R("said", "quote", holder="Sawarmi Khaled Saad"), "single_source", [
   C("41_3", 24, "This information is completely false.")], "runs on: 'We didn't bomb any camps ...'"),
 G("quote", "Saad: belongs to the southerners", R("said", "quote", holder="Sawarmi Khaled Saad"), "single_source", [
   C("41_3", 26, "What is going on in South Sudan belongs to the southerners.")], "runs on: 'We don't have any links to this.'"),
]
distinct = [
 ["people killed in the bombing", "people wounded in the bombing", "12 killed vs 20 wounded (Lang)"],
 ["bombs dropped", "bombs that exploded", "four or five dropped vs four exploded"],
 ["bombs dropped", "further explosions at 3 p.m.", "four bombs vs three other explosions"],
 ["bombs that fell inside the camp", "bombs near the airstrip", "two inside vs the other two near the airstrip"],
 ["bombs that fell inside the camp", "bombing raids", "two bombs vs two raids"],
 ["bombs that fell inside the camp", "civil wars", "two bombs vs two civil wars"],
 ["distance of the camp from the border", "distance of New Guffa from the border", "Yida 10 miles vs New Guffa nine km"],
 ["refugees in the camp", "civilians moving south in Blue Nile", "20,000-23,000 in Yida vs 55,000 in Blue Nile"],
 ["refugees in the camp", "Sudanese refugees in Ethiopia", "Yida vs Ethiopia"],
 ["refugees in the camp", "refugees supplied at Bunj", "Yida vs Bunj"],
 ["international NP officers", "local NP officers", "3 and 3"],
 ["day of the bombing", "day UNHCR condemned the bombing", "Thursday 10 vs Friday 11 November"],
 ["day of the bombing", "day Khartoum gave no comment", "same Thursday, different facts"],
 ["day of the bombing", "reports of bombing in New Guffa", "Yida vs New Guffa bombing"],
 ["South Sudan", "Sudan", "two countries"],
 ["Sudan", "Sudan Armed Forces", "country vs its army"],
 ["South Sudan", "South Sudan Liberation Army", "country vs rebel group"],
 ["UN", "UNHCR", "the UN vs its refugee agency"],
 ["Unity state", "Upper Nile state", "two states"],
 ["Unity state", "Blue Nile state", "two states"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-41-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#%secbplus.xml" % a for a in A], "split": "dev",
 "annotation": {"by": "gold8", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06 (session 15): all 5 articles read in full (ECB+ sentences 1..end; sentence 0 is the source URL) and this file written and committed before any crosswire or corroboration_eval output on the story was seen; Sudanese aircraft bomb the Yida refugee camp in Unity state, South Sudan, on Thursday 10 November 2011 (ECB+ topic 41, ECB+ part: trust.org/Reuters 10 Nov, USA Today 10 Nov, UNHCR 11 Nov, Nonviolent Peaceforce 15 Nov, BBC 11 Nov); 41_1, 41_5..41_9 left out (near-duplicates of these or for time); headlines' quoted fragments (\"'Completely false'\", \"'bombs refugees'\"), page dates ('Thu, 10 Nov 2011 02:45 PM', '11 November 2011 Last updated at 12:41 GMT', 'Date Published: Tuesday, November 15, 2011') not annotated; not annotated: the aircraft make (Antonov), nationality words (Sudanese, Nuban, American, Arab), ordinals ('a second round of bombs'), 'one day after' (relative point), 'In the days following', 'an unexploded bomb' (article), 'Both sides'; zero counts ('no casualties') annotated as quantities; sentence openings taken from the repaired text by tools/ecbhelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/ecbplus-41-plus.json"), story)
