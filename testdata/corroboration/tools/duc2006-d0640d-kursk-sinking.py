import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from duchelp import load, C
D = "duc2006/docs/D0640D/"
inputs = [D + "XIE20000814.0065", D + "NYT20000815.0170", D + "APW20000819.0058", D + "XIE20000821.0156"]
X1, Y, A, X2 = load(inputs)
arts = [
 {"id": X1, "outlet": "XIE", "published": "2000-08-14T00:00"},
 {"id": Y, "outlet": "NYT", "published": "2000-08-15T15:25"},
 {"id": A, "outlet": "APW", "published": "2000-08-19T13:11"},
 {"id": X2, "outlet": "XIE", "published": "2000-08-21T00:00"},
]
q = "quantity"
K = "Kursk"
g = [
 # quantities
 G(q, "people on board", R("aboard", "sailors", K), "revised", [
   C(Y, "MOSCOW _ Fighting heaving, icy seas,", "116 sailors"), C(Y, "Russian officials at first said the", "116 sailors"),
   C(X2, "The Kursk, with 118 crew on", "118 crew")],
   "116 on Tuesday 15 Aug (NYT), 118 on Monday 21 Aug (Xinhua): the later article gives the higher figure"),
 G(q, "standard crew of the submarine", R("carries", "crew", K, holder="Interfax", event="background: general"), "single_source", [
   C(X1, "It can operate autonomously for up", "107-man crew")],
   "in the class description (displacement, diving depth, autonomy): the crew it carries, not a count of those aboard on the day"),
 G(q, "depth of the sunken submarine", R("lies at depth", "meters", K), "agree", [
   C(X1, "\"Kursk\" remains on the Barents Sea", "about 100 meters"), C(Y, "The sailors are trapped 354 feet", "354 feet"),
   C(X2, "With the sub stranded at 100", "100 meters")],
   "354 ft = 108 m; Xinhua's 'about 100 meters' (depth of the sea where it lies) and '100 meters' are the same depth rounded, taken as agreeing"),
 G(q, "maximum diving depth", R("can dive to", "meters", K, event="background: general"), "agree", [
   C(X1, "It has a displacement of 14,700", "up to 500 meters"), C(X2, "It has a displacement of 14,700-23,860", "up to 500 meters")],
   "Xinhua repeats its own class description"),
 G(q, "displacement", R("displacement", "tons", K, event="background: general"), "agree", [
   C(X1, "It has a displacement of 14,700", "14,700 - 23,860 tons"), C(X2, "It has a displacement of 14,700-23,860", "14,700-23,860 tons")]),
 G(q, "submarines sent to the rescue", R("came to rescue", "submarines", K), "single_source", [
   C(X1, "Three submarines and five submersible attack", "Three submarines")]),
 G(q, "submersible vessels sent to the rescue", R("came to rescue", "submersible attack vessels", K), "single_source", [
   C(X1, "Three submarines and five submersible attack", "five submersible attack vessels")]),
 G(q, "ships in the exercise", R("involved", "warships, submarines and auxiliary vessels", holder="Northern Fleet"), "single_source", [
   C(X1, "The maneuvers, which involved 20 warships,", "20 warships")]),
 G(q, "coast units in the exercise", R("involved", "coast units", holder="Northern Fleet"), "single_source", [
   C(X1, "The maneuvers, which involved 20 warships,", "10 coast units")]),
 G(q, "distance from the coast", R("sank at distance from", "miles", K, "coast"), "single_source", [
   C(Y, "It sank in international waters, about", "about 35 miles")]),
 G(q, "missiles carried", R("carries", "missiles", K, event="background: general"), "single_source", [
   C(Y, "Besides torpedoes, it normally carries 24", "24 missiles")]),
 G(q, "reactors powering the submarine", R("powered by", "nuclear reactors", K), "single_source", [
   C(Y, "The submarine was not carrying nuclear", "two nuclear reactors")]),
 G(q, "air pockets found by the divers", R("located", "spaces not filled with water", K, holder="divers", time="Sunday"), "single_source", [
   C(X2, "On Sunday, the divers located some", "some spaces")]),
 # durations
 G("duration", "autonomy of the submarine", R("operate autonomously for", "days", K, event="background: general"), "single_source", [
   C(X1, "It can operate autonomously for up", "up to 120 days")]),
 G("duration", "oxygen left", R("oxygen to run out in", "days", K, holder="one of the submarine's designers"), "single_source", [
   C(Y, "Oxygen supplies were running low and", "about two days")], "projection made before the Saturday sinking was known"),
 G("duration", "time the navy said the submarine had been missing", R("missing for", "days", K, holder="Russian navy"), "single_source", [
   C(A, "Aug. 14 -- The navy announces", "one day")], "the navy's first version (14 Aug); in fact two days"),
 G("duration", "length of the drama", R("lasted", "week", K), "single_source", [
   C(A, "MOSCOW (AP) -- A look at", "weeklong")], "12 to 19 Aug"),
 G("duration", "time the submarine had been stranded", R("stranded for", "week", K), "single_source", [
   C(X2, "With the sub stranded at 100", "more than a week")], "12 to 21 Aug"),
 G("duration", "time in which most of the crew died", R("died within", "minutes", "crew of the Kursk", holder="Russian navy"), "agree", [
   C(A, "Russian navy says virtually certainly that", "first few moments"), C(X2, "Russian authorities said most of those", "within minutes")],
   "AP (19 Aug): 'most perishing in first few moments of disaster'; Xinhua (21 Aug): 'died within minutes when the accident occurred'"),
 # times (Monday 21 August 2000, Moscow summer time = GMT+4)
 G("time", "inner hatch opened", R("opened at", "inner hatch of the ninth compartment", K, holder="Norwegian divers", time="Monday"), "single_source", [
   C(X2, "MOSCOW, August 21 (Xinhua) -- Norwegian", "1 p.m. Moscow time (0900 GMT)")]),
 G("time", "emergency hatch opened", R("opened at", "emergency hatch of the ninth compartment", K, holder="Norwegian divers", time="Monday"), "single_source", [
   C(X2, "Earlier Monday, the Norwegian divers opened", "7:45 a.m. Moscow time (0345 GMT)")]),
 # dates (Saturday = 12 Aug 2000, Sunday = 13 Aug, Monday = 14 Aug, Tuesday = 15 Aug)
 G("date", "day of the sinking", R("sank on", K), "agree", [
   C(Y, "Russian officials at first said the", "on Saturday"), C(Y, "But that projection was made before", "Saturday"),
   C(Y, "The Foreign Ministry of Norway said", "Saturday"), C(A, "Aug. 12.", "Aug. 12"), C(X2, "The Kursk, with 118 crew on", "August 12")],
   "= Saturday 12 August 2000; NYT: per news reports and Norway's Foreign Ministry"),
 G("date", "day of the sinking as first given by Russian officials", R("sank on", K, holder="Russian officials (first version)"), "single_source", [
   C(Y, "Russian officials at first said the", "Sunday")], "= Sunday 13 August, superseded in the same sentence"),
 G("date", "day the Kursk was found", R("found on", K, holder="Russia (report to Norway)"), "single_source", [
   C(Y, "The Foreign Ministry of Norway said", "on Sunday")], "= Sunday 13 August"),
 G("date", "day ships hunted for the submarine", R("hunted on", "missing submarine", holder="Russian ships"), "single_source", [
   C(A, "Aug. 13.", "Aug. 13")], "AP's timeline: ships hunt, loss not announced; not said to be the day it was found"),
 G("date", "day the loss was made public", R("announced on", "loss of the submarine"), "agree", [
   C(X1, "MOSCOW, August 14 (Xinhua) -- A", "Monday"), C(Y, "No explanation was given for why", "on Monday"),
   C(A, "Aug. 14 -- The navy announces", "Aug. 14")],
   "= Monday 14 August; Xinhua: 'the Interfax news agency reported Monday' (the first report), NYT: 'only made public on Monday', AP: 'The navy announces'"),
 G("date", "day the capsule rescue got under way", R("lowered capsule on", "rescue capsule", K), "agree", [
   C(Y, "MOSCOW _ Fighting heaving, icy seas,", "Tuesday"), C(A, "Aug. 15 -- Navy says rescue", "Aug. 15")],
   "= Tuesday 15 August; NYT: 'lowered a diving capsule Tuesday', AP: 'rescue effort underway with underwater capsules'"),
 G("date", "day the earlier sinking date came out", R("reported on", "sinking on Saturday", holder="news reports; Norway's Foreign Ministry"), "single_source", [
   C(Y, "Russian officials at first said the", "Tuesday"), C(Y, "But that projection was made before", "Tuesday"),
   C(Y, "The Foreign Ministry of Norway said", "Tuesday")], "= Tuesday 15 August"),
 G("date", "day Kuroyedov spoke", R("said on", "statement", holder="Vladimir Kuroyedov"), "single_source", [
   C(Y, "``The projection of possible consequences of", "Tuesday")], "= Tuesday 15 August"),
 G("date", "day the exercises began", R("started on", "exercises", holder="Northern Fleet"), "single_source", [
   C(X1, "The Russian Northern Fleet started its", "last Thursday")], "= Thursday 10 August"),
 G("date", "day the exercises were to end", R("scheduled to end on", "exercises", holder="Northern Fleet"), "single_source", [
   C(X1, "The maneuvers, which involved 20 warships,", "Sunday")], "= Sunday 13 August"),
 G("date", "day of contradictory reports and the call for British and Norwegian help", R("asked for help on", "rescue", holder="Moscow"), "single_source", [
   C(A, "Aug. 16 -- Rescue efforts continue.", "Aug. 16")]),
 G("date", "day the commission said the Kursk collided", R("said on", "collision", holder="government commission"), "single_source", [
   C(A, "Aug. 17 -- Government commission says", "Aug. 17")], "also the day British and Norwegian crews set out"),
 G("date", "day the capsule first reached the hatch", R("reached hatch on", "rescue capsule", K), "single_source", [
   C(A, "Aug. 18 -- Russian rescue capsule", "Aug. 18")]),
 G("date", "day the navy said the crew was dead", R("said on", "crew dead", holder="Russian navy"), "single_source", [
   C(A, "Aug. 19 -- Attempts to dock", "Aug. 19")], "also the British team's arrival and Putin's return"),
 G("date", "day the divers found air pockets", R("located on", "air pockets", holder="divers"), "single_source", [
   C(X2, "On Sunday, the divers located some", "On Sunday")], "= Sunday 20 August"),
 G("date", "day the hatches were opened", R("opened on", "hatches of the ninth compartment", holder="Norwegian divers"), "single_source", [
   C(X2, "MOSCOW, August 21 (Xinhua) -- Norwegian", "Monday"), C(X2, "Earlier Monday, the Norwegian divers opened", "Earlier Monday")],
   "= Monday 21 August (inner hatch at 1 p.m., emergency hatch at 7:45 a.m.)"),
 G("date", "year the Kursk was commissioned", R("commissioned in", K, event="background: commissioning"), "agree", [
   C(X1, "The \"Kursk\" was commissioned for the", "1995"), C(X2, "The \"Kursk\" was commissioned for the", "1995")]),
 G("date", "year the Kursk was completed", R("completed in", K, event="background: construction"), "single_source", [
   C(Y, "The submarine, called the Kursk, is", "1994")], "completed 1994 and commissioned 1995 are both possible: not a conflict"),
 # names (the submarine 'Kursk', the cruiser 'Pyotr Veliky', LR-5 and 'Granite' missiles are vessel or weapon names: not annotated)
 N("place", "Moscow", [C(X1, "MOSCOW, August 14 (Xinhua) -- A", "MOSCOW"), C(Y, "MOSCOW _ Fighting heaving, icy seas,", "MOSCOW"),
   C(A, "MOSCOW (AP) -- A look at", "MOSCOW"), C(X2, "MOSCOW, August 21 (Xinhua) -- Norwegian", "MOSCOW")], note="datelines; AP also 'Moscow asks', 'returns to Moscow'"),
 N("place", "Barents Sea", [C(X1, "MOSCOW, August 14 (Xinhua) -- A", "Barents Sea"), C(Y, "The sailors are trapped 354 feet", "Barents Sea"),
   C(A, "Aug. 12.", "Barents Sea"), C(X2, "The Kursk, with 118 crew on", "Barents Sea")]),
 N("place", "Arctic circle", [C(Y, "The sailors are trapped 354 feet", "Arctic circle")]),
 N("place", "Russia", [C(Y, "The Foreign Ministry of Norway said", "Russia"), C(A, "Aug. 17 -- Government commission says", "Russia"),
   C(X2, "If it is established that air", "Russia")], note="Xinhua 1 only 'Russian'"),
 N("place", "Norway", [C(Y, "But Russian officials said the reactors", "Norway"), C(A, "Aug. 16 -- Rescue efforts continue.", "Norway")],
   note="NYT also 'Foreign Ministry of Norway'; Xinhua only 'Norwegian'"),
 N("place", "Britain", [C(A, "Aug. 16 -- Rescue efforts continue.", "Britain")], note="Xinhua 2 only 'British'"),
 N("organization", "Russian Navy", [C(X1, "Communications with crew members were re-established", "Russian Navy"), C(Y, "``The projection of possible consequences of", "Russian navy"),
   C(A, "Russian navy says virtually certainly that", "Russian navy"), C(X2, "The \"Kursk\" was commissioned for the", "Russian Navy")],
   note="same name up to case; NYT and AP also 'the navy'"),
 N("organization", "Northern Fleet", [C(X1, "The multipurpose \"Kursk,\" which was on", "Russian Northern Fleet"),
   C(X2, "Earlier Monday, the Norwegian divers opened", "Russian Northern Fleet")], note="both also 'Northern Fleet' alone"),
 N("organization", "Interfax", [C(X1, "MOSCOW, August 14 (Xinhua) -- A", "Interfax"), C(Y, "Oxygen supplies were running low and", "Interfax"),
   C(X2, "They are now considering the possibility", "Interfax")]),
 N("organization", "Itar-Tass", [C(Y, "Rescuers aborted their first attempt to", "Itar-Tass"), C(X2, "If it is established that air", "Itar-Tass")]),
 N("organization", "NTV", [C(X1, "According to the independent NTV channel,", "NTV")]),
 N("organization", "RTR", [C(X2, "Earlier Monday, the Norwegian divers opened", "RTR")], note="'the RTR state television'"),
 N("organization", "Foreign Ministry of Norway", [C(Y, "The Foreign Ministry of Norway said", "Foreign Ministry of Norway")]),
 N("organization", "CNN", [C(Y, "CNN reported that the Russians had", "CNN")]),
 N("organization", "NATO", [C(Y, "CNN reported that the Russians had", "NATO")]),
 N("person", "Vyacheslav Popov", [C(X1, "Northern Fleet Commander Admiral Vyacheslav Popov", "Vyacheslav Popov"),
   C(X2, "Earlier Monday, the Norwegian divers opened", "Vyacheslav Popov")]),
 N("person", "Vladimir Kuroyedov", [C(Y, "``The projection of possible consequences of", "Vladimir Kuroyedov"),
   C(X2, "The operation is supervised by commander-in-chief", "Vladimir Kuroyedov")], note="NYT 'Adm. Vladimir Kuroyedov'"),
 N("person", "Vladimir Putin", [C(A, "Aug. 16 -- Rescue efforts continue.", "Vladimir Putin")], note="also 'Putin'"),
 N("person", "Vladimir Navrotsky", [C(X2, "They are now considering the possibility", "Vladimir Navrotsky")], note="first as 'Navrotsky' alone, one sentence earlier"),
 N("person", "Ilya Klebanov", [C(X2, "The operation is supervised by commander-in-chief", "Ilya Klebanov")]),
 # quotes
 G("quote", "Kuroyedov: extremely grave", R("said", "quote", holder="Vladimir Kuroyedov"), "single_source", [
   C(Y, "``The projection of possible consequences of", "The projection of possible consequences of the accident in the Kursk for the lives of its crew remains extremely grave,")]),
]
distinct = [
 ["people on board", "standard crew of the submarine", "116/118 aboard vs the 107-man crew of the class description"],
 ["depth of the sunken submarine", "maximum diving depth", "lies at about 100 m vs can dive to 500 m"],
 ["submarines sent to the rescue", "submersible vessels sent to the rescue", "three vs five in one sentence"],
 ["ships in the exercise", "coast units in the exercise", "20 vs 10 in one sentence"],
 ["oxygen left", "time the navy said the submarine had been missing", "two days of oxygen vs missing one day"],
 ["length of the drama", "time the submarine had been stranded", "weeklong drama to 19 Aug vs more than a week stranded by 21 Aug"],
 ["inner hatch opened", "emergency hatch opened", "two hatches, 1 p.m. vs 7:45 a.m. the same morning"],
 ["day of the sinking", "day of the sinking as first given by Russian officials", "Saturday vs the officials' first 'Sunday', one sentence"],
 ["day of the sinking as first given by Russian officials", "day the Kursk was found", "both Sunday, different facts"],
 ["day the Kursk was found", "day the exercises were to end", "both Sunday 13 Aug, different facts, different outlets"],
 ["day the Kursk was found", "day the divers found air pockets", "Sunday 13 Aug vs Sunday 20 Aug"],
 ["day the Kursk was found", "day ships hunted for the submarine", "both 13 Aug, different facts"],
 ["day the loss was made public", "day the hatches were opened", "Monday 14 Aug vs Monday 21 Aug"],
 ["day the capsule rescue got under way", "day the earlier sinking date came out", "both Tuesday 15 Aug, different facts"],
 ["day the capsule rescue got under way", "day Kuroyedov spoke", "both Tuesday, different facts"],
 ["day the capsule rescue got under way", "day the capsule first reached the hatch", "capsules lowered 15 Aug vs reached the hatch 18 Aug"],
 ["year the Kursk was commissioned", "year the Kursk was completed", "commissioned 1995 vs completed 1994"],
 ["Russia", "Moscow", "country vs capital (AP's 'Moscow asks' names the government)"],
 ["Norway", "Foreign Ministry of Norway", "country vs its ministry"],
 ["Russian Navy", "Northern Fleet", "the navy vs one of its fleets"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "duc2006-d0640d-kursk-sinking", "root": "shared",
 "inputs": inputs, "split": "dev",
 "annotation": {"by": "gold6", "date": "2026-12-05", "blind": True,
   "procedure": "annotated blind on 2026-12-05: all 4 articles (DUC 2006 topic D0640D, sinking of the Russian submarine Kursk in the Barents Sea, Saturday 12 August 2000: Xinhua 14 Aug, NYT 15 Aug, AP timeline of key events 19 Aug, Xinhua 21 Aug) read in full and this file written and committed before any crosswire output on the story was seen; headlines, bylines and datelines' dates ('August 14') not annotated; not annotated: vessel and weapon names (Kursk, Pyotr Veliky, LR-5, Oscar II class, 'Granite' missiles), the outlets' own names in datelines (Xinhua, AP), nationality adjectives (Russian, Norwegian, British, U.S.), ordinals ('ninth unit', 'second attempt'), generic 'government commission'"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/duc2006-d0640d-kursk-sinking.json"), story)
