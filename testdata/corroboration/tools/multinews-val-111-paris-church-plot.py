import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(111)
assert A == ["val-111-1", "val-111-2", "val-111-3"], A
BBC, AP, RT = A
arts = [
 {"id": BBC, "outlet": "BBC News (by its style: 'Image copyright AFP Image caption', 'Mr Cazeneuve'; not named in the text)", "published": None},
 {"id": AP, "outlet": "AP (from the dateline 'PARIS (AP)')", "published": None},
 {"id": RT, "outlet": "Reuters (by its credit line and captions; not named in the text)", "published": "2015-04-22T00:00Z"},
]
q = "quantity"
g = [
 # quantities
 G(q, "churches targeted", R("planned to attack", "churches", holder="Bernard Cazeneuve"), "agree", [
   C(BBC, "French police have arrested a man", "one or two churches"), C(AP, "PARIS (AP) — An Islamic extremist", "one or more"),
   C(RT, "\"Detailed documents that were found established", "one or two churches")],
   "AP 'one or more French churches' fits 'one or two'"),
 G(q, "age of the suspect", R("age", "years", holder="Sid Ahmed Ghlam"), "agree", [
   C(BBC, "Sid Ahmed Ghlam, a 24-year-old Algerian", "24-year-old"), C(AP, "The 24-year-old computer science student was", "24-year-old"),
   C(RT, "The 24-year old electronics student, who", "24-year old")]),
 G(q, "age of the murdered woman", R("age", "years", holder="Aurelie Chatelain"), "agree", [
   C(BBC, "The 32-year-old was visiting the Paris", "32-year-old"), C(AP, "Aurelie Chatelain, a 32-year-old Frenchwoman visiting", "32-year-old"),
   C(RT, "The 24-year old electronics student, who", "32-year-old")]),
 G(q, "weapons found", R("found", "war weapons", "suspect's car and home", holder="Bernard Cazeneuve"), "single_source", [
   C(BBC, "\"Several war weapons, hand guns, ammunition", "Several war weapons")]),
 G(q, "security checks on the suspect", R("checked", "times", holder="French authorities"), "single_source", [
   C(BBC, "The authorities have carried out security", "twice")]),
 G(q, "French citizens gone to fight in Syria and Iraq", R("travelled to fight", "French citizens", "Syria and Iraq", event="background: general"), "single_source", [
   C(BBC, "Hundreds of French citizens have travelled", "Hundreds")]),
 G(q, "dead in the January attacks, gunmen included", R("dead", "people", "Paris", event="background: January 2015 attacks"), "single_source", [
   C(AP, "France has been on edge since", "20 people")], "AP: '20 people dead, including the three gunmen'"),
 G(q, "gunmen among the January dead", R("dead", "gunmen", "Paris", event="background: January 2015 attacks"), "single_source", [
   C(AP, "France has been on edge since", "three gunmen")]),
 G(q, "killed by the militants in January", R("killed", "people", "Paris", event="background: January 2015 attacks"), "single_source", [
   C(RT, "France heightened surveillance of potential suspects", "17 people")],
   "Reuters: 'Islamist militants killed 17 people' (victims only); compatible with AP's 20 including the 3 gunmen, but a different count"),
 # durations
 G("duration", "time the suspect lived in France", R("lived in France", "years", holder="Sid Ahmed Ghlam"), "single_source", [
   C(AP, "A French security official, who was", "several years")]),
 # dates (Sunday = 19 April 2015, Wednesday = 22 April 2015)
 G("date", "day of the arrest", R("arrested on", "arrest", holder="Sid Ahmed Ghlam"), "agree", [
   C(BBC, "Sid Ahmed Ghlam, a 24-year-old Algerian", "Sunday"), C(BBC, "When police arrived at the scene", "Sunday"),
   C(AP, "A French security official, who was", "Sunday"), C(RT, "The 24-year old electronics student, who", "Sunday")],
   "= Sunday 19 April 2015; BBC's 'police arrived at the scene on Sunday' is the same call-out that ended in the arrest"),
 G("date", "day the woman was killed", R("killed on", "murder", holder="Aurelie Chatelain"), "agree", [
   C(BBC, "He is also being questioned over", "Sunday"), C(BBC, "It is not known yet what", "Sunday"),
   C(AP, "Aurelie Chatelain, a 32-year-old Frenchwoman visiting", "Sunday morning"), C(RT, "Le Monde newspaper said police believe", "Sunday")],
   "= Sunday 19 April; BBC: murder on Sunday, found dead on Sunday; AP: found shot dead Sunday morning; Reuters (after Le Monde): the suspect tried on Sunday to steal her car"),
 G("date", "day the arrest was announced", R("said on", "announcement", holder="Bernard Cazeneuve"), "agree", [
   C(AP, "PARIS (AP) — An Islamic extremist", "Wednesday"), C(RT, "PARIS An Algerian man suspected of", "on Wednesday")], "= Wednesday 22 April"),
 G("date", "day Valls spoke", R("warned on", "statement", holder="Manuel Valls"), "single_source", [
   C(BBC, "\"Terrorists are targeting France to divide", "Wednesday")]),
 G("date", "day a person close to the suspect was held", R("held on", "questioning", holder="person close to the suspect"), "single_source", [
   C(RT, "A person close to the suspect", "Wednesday")]),
 G("date", "years of the security checks", R("checked in", "security checks", holder="French authorities"), "agree", [
   C(BBC, "The authorities have carried out security", "in recent years"), C(RT, "Police had made checks on him", "2014"),
   C(RT, "Police had made checks on him", "2015")], "vague 'in recent years' fits 2014 and 2015"),
 G("date", "year the suspect was flagged as a risk", R("flagged on", "risk", holder="security officials"), "single_source", [
   C(AP, "The 24-year-old computer science student was", "last year")],
   "= 2014; being flagged is not said to be one of the checks, so kept apart from them"),
 G("date", "dates of the January attacks", R("attacked on", "Charlie Hebdo and a supermarket", "Paris", event="background: January 2015 attacks"), "agree", [
   C(AP, "France has been on edge since", "Jan. 7-9"), C(RT, "France heightened surveillance of potential suspects", "in January")]),
 # names
 N("person", "Sid Ahmed Ghlam", [C(BBC, "Sid Ahmed Ghlam, a 24-year-old Algerian", "Sid Ahmed Ghlam")], note="AP and Reuters do not name him ('He was not named')"),
 N("person", "Bernard Cazeneuve", [C(BBC, "Ghlam was known to security services", "Bernard Cazeneuve"), C(AP, "The 24-year-old computer science student was", "Bernard Cazeneuve"),
   C(RT, "\"Detailed documents that were found established", "Bernard Cazeneuve")], note="BBC also 'Mr Cazeneuve'"),
 N("person", "Francois Molins", [C(BBC, "Documents linked to al-Qaeda and Islamic", "Francois Molins"), C(RT, "Paris chief prosecutor Francois Molins said", "Francois Molins")],
   note="Reuters also 'Molins'"),
 N("person", "Aurelie Chatelain", [C(BBC, "It is not known yet what", "Aurelie Chatelain"), C(AP, "Aurelie Chatelain, a 32-year-old Frenchwoman visiting", "Aurelie Chatelain")],
   note="Reuters names her only in a photo caption (not annotated)"),
 N("person", "Manuel Valls", [C(BBC, "\"Terrorists are targeting France to divide", "Manuel Valls")]),
 N("place", "Paris", [C(BBC, "French police have arrested a man", "Paris"), C(AP, "PARIS (AP) — An Islamic extremist", "PARIS"),
   C(RT, "PARIS An Algerian man suspected of", "PARIS")], note="all three also 'Paris' in the body"),
 N("place", "France", [C(BBC, "France has stepped up security in", "France"), C(AP, "PARIS (AP) — An Islamic extremist", "France"),
   C(RT, "France heightened surveillance of potential suspects", "France")]),
 N("place", "Syria", [C(BBC, "Ghlam was known to security services", "Syria"), C(RT, "He said the man had previously", "Syria")]),
 N("place", "Iraq", [C(BBC, "Hundreds of French citizens have travelled", "Iraq")]),
 N("place", "Villejuif", [C(BBC, "It is not known yet what", "Villejuif")]),
 N("place", "Seine", [C(RT, "Molins said the Algerian had made", "Seine")], note="'the river Seine'"),
 N("organization", "Charlie Hebdo", [C(BBC, "France has stepped up security in", "Charlie Hebdo"), C(AP, "France has been on edge since", "Charlie Hebdo"),
   C(RT, "France heightened surveillance of potential suspects", "Charlie Hebdo")]),
 N("organization", "al-Qaeda", [C(BBC, "Documents linked to al-Qaeda and Islamic", "al-Qaeda"), C(RT, "Police found weapons and bullet-proof vests", "Al-Qaeda")],
   note="same spelling up to case"),
 N("organization", "Islamic State", [C(BBC, "Documents linked to al-Qaeda and Islamic", "Islamic State"), C(RT, "Police found weapons and bullet-proof vests", "Islamic State")]),
 N("organization", "Le Monde", [C(RT, "Le Monde newspaper said police believe", "Le Monde")]),
 # quotes
 G("quote", "Cazeneuve: weapons found", R("said", "quote", holder="Bernard Cazeneuve"), "single_source", [
   C(BBC, "\"Several war weapons, hand guns, ammunition", "Several war weapons, hand guns, ammunition [and] bullet-proof vests,")]),
 G("quote", "Cazeneuve: thoughts with her family", R("said", "quote", holder="Bernard Cazeneuve"), "single_source", [
   C(BBC, "\"Our thoughts and sorrow are with", "Our thoughts and sorrow are with her relatives, her family, and her daughter now deprived of her presence.")]),
 G("quote", "Valls: terrorists target France", R("said", "quote", holder="Manuel Valls"), "single_source", [
   C(BBC, "\"Terrorists are targeting France to divide", "Terrorists are targeting France to divide us,")]),
 G("quote", "Cazeneuve: documents established an imminent attack", R("said", "quote", holder="Bernard Cazeneuve"), "single_source", [
   C(RT, "\"Detailed documents that were found established", "Detailed documents that were found established beyond doubt that the individual was planning an imminent attack, probably on one or two churches,")],
   "BBC quotes only 'beyond doubt' and 'one or two churches' (under four words each)"),
 G("quote", "Molins: in touch with a person in Syria", R("said", "quote", holder="Francois Molins"), "single_source", [
   C(RT, "Paris chief prosecutor Francois Molins said", "revealed that he was in touch with another person, who could be in Syria, with whom he was discussing ways to carry out an attack and who had specifically asked him to target a church.")]),
]
distinct = [
 ["age of the suspect", "age of the murdered woman", "two people's ages, often in one sentence"],
 ["dead in the January attacks, gunmen included", "killed by the militants in January", "20 dead including the gunmen vs 17 killed by them"],
 ["day of the arrest", "day the woman was killed", "both Sunday, different facts"],
 ["day of the arrest", "day the arrest was announced", "Sunday arrest vs Wednesday announcement"],
 ["day the arrest was announced", "day Valls spoke", "both Wednesday, different speakers"],
 ["day the arrest was announced", "day a person close to the suspect was held", "both Wednesday, different facts"],
 ["years of the security checks", "year the suspect was flagged as a risk", "checks in 2014 and 2015 vs flagged last year"],
 ["security checks on the suspect", "churches targeted", "'twice' checks vs 'one or two' churches"],
 ["Syria", "Iraq", "two countries in one phrase"],
 ["Paris", "Villejuif", "the suburb where the woman was found vs the city"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-111-paris-church-plot", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 111, "split": "dev",
 "annotation": {"by": "gold3", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04: all 3 articles of Multi-News val.src line 111 read in full and this file written and committed before any crosswire output on the story was seen; arrest of an Algerian student (Sid Ahmed Ghlam) planning an attack on Paris churches, arrested Sunday 19 April 2015, announced Wednesday 22 April 2015; outlets named by style and credit lines (none names itself); not annotated: photo captions and image credits (BBC 'Image copyright AFP Image caption ...', Reuters' five opening captions with Caudry, Christian Flaesch, Francois Hollande, Notre Dame, Hotel Dieu), Reuters' reporting credits, the BBC subhead 'Victim', nationality adjectives (Algerian, French), 'a church', 'computer science student' (AP) vs 'electronics student' (Reuters), a conflict of no annotated kind"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-111-paris-church-plot.json"), story)
