import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from duchelp import load, C
D = "duc2007/main/docs/D0740I/"
inputs = [D + "APW19990319.0175", D + "XIE19990321.0075", D + "NYT19990321.0149", D + "XIE19990325.0390"]
A, X1, Y, X2 = load(inputs)
arts = [
 {"id": A, "outlet": "APW", "published": "1999-03-19T15:52"},
 {"id": X1, "outlet": "XIE", "published": "1999-03-21T10:51"},
 {"id": Y, "outlet": "NYT", "published": "1999-03-21T19:13"},
 {"id": X2, "outlet": "XIE", "published": "1999-03-25T00:00"},
]
q = "quantity"
BP, BJ = "Bertrand Piccard", "Brian Jones"
B3 = "Breitling Orbiter 3"
g = [
 # quantities
 G(q, "balloonists aboard", R("crew", "balloonists", B3), "agree", [
   C(A, "GENEVA (AP) -- One of two", "two"), C(Y, "The two men said that the", "two men")],
   "AP 19 Mar 'One of two exhausted balloonists'; NYT 'The two men' (also 'Both men')"),
 G(q, "height of the balloon", R("height", "feet", B3), "agree", [
   C(A, "On Friday, their 180-foot-high Breitling Orbiter", "180-foot-high"), C(X1, "The 54-meter-high silver balloon floated over", "54-meter-high"),
   C(Y, "The huge silver balloon, 180 feet", "180 feet")], "54 m = 177 ft, the same height rounded"),
 G(q, "distance of the landing site from Cairo", R("distance from", "kilometres", "landing site", time="Sunday 21 March"), "agree", [
   C(X1, "The Breitling Orbiter 3 balloon landed", "485 kilometers"), C(Y, "The landing, some 300 miles southwest", "some 300 miles")],
   "300 mi = 483 km; both southwest of Cairo"),
 G(q, "distance of the landing site from Mut", R("distance from", "miles", "landing site"), "single_source", [
   C(Y, "The huge silver balloon, 180 feet", "about 45 miles")],
   "NYT: 'about 45 miles north of the desert town of Mut'; Xinhua says it landed 'at Mut' (no figure)"),
 G(q, "longitude of the finish line", R("longitude", "degrees", "finish line over Mauritania"), "agree", [
   C(A, "Their control center in Geneva said", "9 degrees west"), C(X1, "The 54-meter-high silver balloon floated over", "9 degrees west")],
   "AP: on course to cross it (forecast, 19 Mar); Xinhua: crossed it Saturday"),
 G(q, "age of Bertrand Piccard", R("age", "years", holder=BP), "agree", [
   C(A, "``There's a lot of stress,'' said", "41"), C(X1, "Piccard, a 41-year-old psychiatrist, and Jones,", "41-year-old")]),
 G(q, "age of Brian Jones", R("age", "years", holder=BJ), "agree", [
   C(A, "``It is right down to the", "51-year-old"), C(X1, "Piccard, a 41-year-old psychiatrist, and Jones,", "51-year-old"),
   C(Y, "But Jones, a 51-year-old former member", "51-year-old")]),
 G(q, "total journey planned to Egypt", R("total journey", "miles", "to a landing in Egypt", holder="controllers"), "single_source", [
   C(A, "Piccard broke into tears when controllers", "29,206 miles")]),
 G(q, "length of the circumnavigation", R("circumnavigation", "kilometres", B3), "single_source", [
   C(X1, "The 54-meter-high silver balloon floated over", "41,841-kilometer-plus")]),
 G(q, "speed of the jet stream", R("swept along at", "mph", "Atlantic", time="Friday 19 March"), "single_source", [
   C(A, "On Friday, their 180-foot-high Breitling Orbiter", "up to 100 mph")]),
 G(q, "share of the Atlantic crossed by Friday", R("crossed", "Atlantic", time="Friday 19 March"), "single_source", [
   C(A, "On Friday, their 180-foot-high Breitling Orbiter", "more than halfway")]),
 G(q, "cabin temperature over Central America", R("chilled to", "degrees", "cabin over Central America"), "single_source", [
   C(A, "There the pilots developed breathing problems", "46 degrees")]),
 G(q, "British balloonists who set the endurance record", R("set endurance record", "balloonists", event="background: earlier British attempt"), "single_source", [
   C(A, "Early Friday, they beat the endurance", "two British balloonists")]),
 G(q, "mansions in the desert", R("there are", "mansions", "desert", holder="Alan Noble"), "single_source", [
   C(A, "There are quite a few mansions", "quite a few mansions")], "inside Noble's quote"),
 G(q, "aborted landing attempts", R("aborted", "landing attempts", "Sahara"), "single_source", [
   C(Y, "Instead, they scuttled to a stop", "two aborted attempts")]),
 G(q, "size of the capsule", R("measured", "feet", "capsule"), "single_source", [
   C(Y, "Both men said they became firm", "16{ by 10 feet")], "'16{' is the archive's garbled 16 1/2"),
 G(q, "age of the Pyramids", R("age", "years", "Pyramids of Giza", event="background: general"), "single_source", [
   C(Y, "After a trip that took them", "5,000-year-old")]),
 G(q, "score given to the landing", R("rated", "on a scale of 1 to 10", holder="team members"), "single_source", [
   C(Y, "Members of the record-setting team described", "a 10")]),
 G(q, "stages of mutual support", R("supported each other in", "stages", holder=BP), "single_source", [
   C(Y, "``In several stages, we were able", "several stages")], "inside Piccard's quote"),
 # durations
 G("duration", "length of the flight", R("lasted", "days", B3), "agree", [
   C(X1, "CAIRO, March 21 (Xinhua) -- After", "nearly a 20-day"), C(Y, "The landing, some 300 miles southwest", "nearly three weeks"),
   C(Y, "Then, after 19 days, 21 hours", "19 days, 21 hours and 55 minutes")],
   "19 d 21 h 55 min aloft, i.e. nearly 20 days, nearly three weeks"),
 G("duration", "flight so far on 19 March", R("lasted so far", "days", B3, time="Friday 19 March"), "single_source", [
   C(A, "In a satellite telephone linkup, Piccard", "19-day")]),
 G("duration", "time gained by Friday", R("gained", "hours", holder="control center in Geneva"), "single_source", [
   C(A, "Their control center in Geneva said", "about six hours")]),
 G("duration", "delays before the start", R("delayed", "weeks", B3), "single_source", [
   C(A, "After weeks of frustrating delays, Piccard", "weeks")]),
 G("duration", "wait in the desert", R("waited", "hours", "desert plateau"), "single_source", [
   C(Y, "CAIRO, Egypt _ After a final", "hours"), C(Y, "Then, after 19 days, 21 hours", "seven hours")],
   "until an Egyptian army helicopter arrived"),
 # times
 G("time", "time of the landing", R("landed at", "balloon", "Egyptian desert", time="Sunday 21 March"), "agree", [
   C(X1, "The Breitling Orbiter 3 balloon landed", "08:03 local time (0603 GMT)"), C(Y, "Dr. Bertrand Piccard, a Swiss psychiatrist,", "just after 8 a.m. local time")]),
 G("time", "expected time of crossing the finish line", R("expected to cross", "longitude 9 degrees west", holder="control center in Geneva"), "single_source", [
   C(A, "Their control center in Geneva said", "about midday Saturday (7 a.m. EST)")]),
 # dates (AP published Friday 19 March 1999)
 G("date", "day the circumnavigation was completed", R("completed", "circumnavigation", B3), "agree", [
   C(A, "If all goes as planned, Swiss", "on Saturday"), C(X1, "The 54-meter-high silver balloon floated over", "Saturday"),
   C(Y, "The pair completed their circumnavigation on", "on Saturday")],
   "= Saturday 20 March 1999; AP (19 Mar) as the plan"),
 G("date", "day of the landing", R("landed on", "balloon", "Egypt"), "agree", [
   C(A, "Once at its destination, the balloon", "dawn Sunday"), C(X1, "CAIRO, March 21 (Xinhua) -- After", "Sunday morning"),
   C(Y, "CAIRO, Egypt _ After a final", "early Sunday morning")],
   "= Sunday 21 March 1999; AP (19 Mar) as the expected final descent"),
 G("date", "day Piccard was told the fuel would last", R("told", "enough fuel", holder=BP), "single_source", [
   C(A, "GENEVA (AP) -- One of two", "Friday")], "= Friday 19 March"),
 G("date", "day the balloon was halfway across the Atlantic", R("halfway across", "Atlantic", B3), "single_source", [
   C(A, "On Friday, their 180-foot-high Breitling Orbiter", "On Friday")], "= Friday 19 March"),
 G("date", "day the endurance record was beaten", R("beat", "endurance record", B3), "single_source", [
   C(A, "Early Friday, they beat the endurance", "Early Friday")], "= Friday 19 March"),
 G("date", "day the endurance record was set", R("set", "endurance record", event="background: earlier British attempt"), "single_source", [
   C(A, "Early Friday, they beat the endurance", "two weeks ago")], "= about 5 March"),
 G("date", "day the jet stream was picked up again", R("picked up", "jet stream", B3), "single_source", [
   C(A, "The balloon finally picked up a", "Thursday")], "= Thursday 18 March"),
 G("date", "day of the departure", R("set off", "Swiss Alps", B3), "single_source", [
   C(A, "That's the same line where they", "nearly three weeks ago"), C(A, "After weeks of frustrating delays, Piccard", "on March 1")],
   "= 1 March 1999 (Chateau d'Oex, not named in these four)"),
 G("date", "day of the Cairo news conference", R("spoke at", "news conference", "Cairo", holder=BP), "single_source", [
   C(Y, "``In several stages, we were able", "Sunday night")], "= Sunday 21 March"),
 G("date", "day the IOC announced the award", R("announced", "Olympic Order", holder="International Olympic Committee"), "single_source", [
   C(X2, "GENEVA, March 24 (Xinhua) -- The", "Wednesday")], "= Wednesday 24 March 1999"),
 # names
 N("person", BP, [C(A, "If all goes as planned, Swiss", BP), C(X1, "CAIRO, March 21 (Xinhua) -- After", BP),
   C(Y, "Dr. Bertrand Piccard, a Swiss psychiatrist,", BP), C(X2, "GENEVA, March 24 (Xinhua) -- The", BP)],
   note="NYT 'Dr. Bertrand Piccard' (title); all also 'Piccard' alone"),
 N("person", BJ, [C(A, "If all goes as planned, Swiss", BJ), C(X1, "CAIRO, March 21 (Xinhua) -- After", BJ),
   C(Y, "Dr. Bertrand Piccard, a Swiss psychiatrist,", BJ), C(X2, "GENEVA, March 24 (Xinhua) -- The", BJ)],
   note="all also 'Jones' alone; Xinhua 24 Mar 'Briton Jones'"),
 N("person", "Alan Noble", [C(A, "But if they're too tired, they", "Alan Noble")], note="then 'Noble'"),
 N("person", "Nabil Osman", [C(Y, "The Egyptian government spokesman, Nabil Osman,", "Nabil Osman")], note="then 'Osman'"),
 N("person", "Neil Armstrong", [C(X2, "Piccard of Switzerland and Briton Jones", "Neil Armstrong")]),
 N("person", "Charles Lindbergh", [C(X2, "Piccard of Switzerland and Briton Jones", "Charles Lindbergh")]),
 N("place", "Geneva", [C(A, "GENEVA (AP) -- One of two", "GENEVA"), C(X2, "GENEVA, March 24 (Xinhua) -- The", "GENEVA")],
   note="datelines; AP also 'control center in Geneva'"),
 N("place", "Cairo", [C(X1, "CAIRO, March 21 (Xinhua) -- After", "CAIRO"), C(Y, "CAIRO, Egypt _ After a final", "CAIRO")],
   note="both also 'southwest of Cairo'"),
 N("place", "Egypt", [C(A, "They plan to push on, over", "Egypt"), C(X1, "CAIRO, March 21 (Xinhua) -- After", "Egypt"),
   C(Y, "CAIRO, Egypt _ After a final", "Egypt")]),
 N("place", "Mauritania", [C(A, "At that point, the balloonists are", "Mauritania"), C(X1, "The 54-meter-high silver balloon floated over", "Mauritania"),
   C(Y, "The pair completed their circumnavigation on", "Mauritania")]),
 N("place", "North Africa", [C(A, "They drifted down to North Africa", "North Africa"), C(Y, "CAIRO, Egypt _ After a final", "North Africa")]),
 N("place", "Central America", [C(A, "They then picked up a fast", "Central America"), C(Y, "After a trip that took them", "Central America")]),
 N("place", "Atlantic", [C(A, "On Friday, their 180-foot-high Breitling Orbiter", "Atlantic"), C(Y, "After a trip that took them", "Atlantic")],
   note="both 'the Atlantic'"),
 N("place", "Pacific Ocean", [C(A, "They then picked up a fast", "Pacific"), C(Y, "After a trip that took them", "Pacific Ocean")],
   verdict="variant", note="AP 'the Pacific' alone, NYT 'the Pacific Ocean'"),
 N("place", "Mut", [C(X1, "The Breitling Orbiter 3 balloon landed", "Mut"), C(Y, "The huge silver balloon, 180 feet", "Mut")]),
 N("place", "Dakhla", [C(X1, "The Breitling Orbiter 3 balloon landed", "Kakhla Oasis"), C(Y, "Speaking to reporters in the oasis", "Dakhla")],
   verdict="variant", note="Xinhua 'the Kakhla Oasis' (one-letter slip, with the generic word), NYT 'the oasis town of Dakhla' (twice)"),
 N("place", "Africa", [C(A, "GENEVA (AP) -- One of two", "Africa")], note="'the finish line in Africa'; also 'Africa's northwest coast'"),
 N("place", "Algeria", [C(A, "They plan to push on, over", "Algeria")]),
 N("place", "Libya", [C(A, "They plan to push on, over", "Libya")]),
 N("place", "Mali", [C(A, "But if they're too tired, they", "Mali")]),
 N("place", "Swiss Alps", [C(A, "After weeks of frustrating delays, Piccard", "Swiss Alps")]),
 N("place", "Asia", [C(A, "They drifted down to North Africa", "Asia")]),
 N("place", "China", [C(A, "Unlike rival balloonists, the Breitling Orbiter", "China")], note="'southern China'"),
 N("place", "Japan", [C(A, "Early Friday, they beat the endurance", "Japan")]),
 N("place", "Sahara", [C(Y, "Instead, they scuttled to a stop", "Sahara")]),
 N("place", "South Asia", [C(Y, "After a trip that took them", "South Asia")]),
 N("place", "Pyramids of Giza", [C(Y, "The balloonists, aboard the huge Breitling", "Pyramids of Giza")],
   note="NYT also 'the 5,000-year-old Pyramids', 'the Pyramids'; AP and Xinhua lowercase 'the pyramids' (common noun, not annotated)"),
 N("place", "Switzerland", [C(X2, "Piccard of Switzerland and Briton Jones", "Switzerland")]),
 N("organization", "Middle East News Agency", [C(X1, "The Breitling Orbiter 3 balloon landed", "Middle East News Agency")]),
 N("organization", "International Olympic Committee", [C(X2, "GENEVA, March 24 (Xinhua) -- The", "International Olympic Committee")]),
 # quotes
 G("quote", "Noble: lions and jackals", R("said", "quote", holder="Alan Noble"), "single_source", [
   C(A, "``If they want to put down", "If they want to put down in some part of the desert surrounded by lions, jackals and other dangerous animals, then we will do it")]),
 G("quote", "Noble: near the pyramids", R("said", "quote", holder="Alan Noble"), "single_source", [
   C(A, "``But what we would dearly like", "But what we would dearly like to do is to get them down in Egypt near the pyramids.")]),
 G("quote", "Noble: night vision goggles", R("said", "quote", holder="Alan Noble"), "single_source", [
   C(A, "``We do have night vision goggles", "We do have night vision goggles onboard, which are fairly powerful.")]),
 G("quote", "Piccard: a lot of stress", R("said", "quote", holder=BP), "single_source", [
   C(A, "``There's a lot of stress,'' said", "There's a lot of stress")]),
 G("quote", "Piccard: not a picnic", R("said", "quote", holder=BP), "single_source", [
   C(A, "``It's really not a picnic.''", "It's really not a picnic.")]),
 G("quote", "Jones: down to the wire", R("said", "quote", holder=BJ), "single_source", [
   C(A, "``It is right down to the", "It is right down to the wire")]),
 G("quote", "Jones: hopeful and secretly confident", R("said", "quote", holder=BJ), "single_source", [
   C(A, "``Of course we're hopeful and we're", "Of course we're hopeful and we're secretly confident")]),
 G("quote", "Piccard: very stressed and very cold", R("said", "quote", holder=BP), "single_source", [
   C(A, "``We were very stressed and very", "We were very stressed and very cold")]),
 G("quote", "Piccard: a bad dream", R("said", "quote", holder=BP), "single_source", [
   C(A, "``But now it's all going well", "But now it's all going well again and we've put it behind us as a bad dream.")]),
 G("quote", "Jones: most amazing experience", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "Speaking to reporters in the oasis", "was the most amazing experience.")]),
 G("quote", "Jones: would not do it again", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``If you ask me now whether", "If you ask me now whether I'd do it again, I'd say no")]),
 G("quote", "Jones: ask me later", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``But ask me later.''", "But ask me later.")]),
 G("quote", "Piccard: support each other", R("said", "quote", holder=BP), "single_source", [
   C(Y, "``In several stages, we were able", "In several stages, we were able to support each other")]),
 G("quote", "Piccard: about to give up", R("said", "quote", holder=BP), "single_source", [
   C(Y, "``When one of us was about", "When one of us was about to give up, the other would support him.")]),
 G("quote", "Jones: water froze", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``All of our water froze at", "All of our water froze at night, so we waited till day to fill the kettles")]),
 G("quote", "Jones: very cold up there", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``It was very, very cold up", "It was very, very cold up there.")]),
 G("quote", "Piccard: metaphor of life", R("said", "quote", holder=BP), "single_source", [
   C(Y, "Piccard added, speaking of the trials", "It was not a matter of setting records; it was a fabulous metaphor of life.")]),
 G("quote", "Jones: not heroes", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``We are not heroes,'' Jones said", "We are not heroes")]),
 G("quote", "Jones: dreams could come true", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``We just proved that dreams could", "We just proved that dreams could come true.")]),
 G("quote", "Jones: completely deflated", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "Asked about the state of their", "It's completely deflated, like me, really.")]),
 G("quote", "Jones: run around with knives", R("said", "quote", holder=BJ), "single_source", [
   C(Y, "``We had to run around the", "We had to run around the balloon with our knives to make holes")]),
 G("quote", "Osman: no delay", R("said", "quote", holder="Nabil Osman"), "single_source", [
   C(Y, "``There was no delay,'' Osman said.", "There was no delay")]),
 G("quote", "Osman: how to react", R("said", "quote", holder="Nabil Osman"), "single_source", [
   C(Y, "``It was a combination of how", "It was a combination of how to react and how to get the helicopters to that area.")]),
]
distinct = [
 ["total journey planned to Egypt", "length of the circumnavigation", "29,206 miles to a landing in Egypt vs 41,841 km around to the start line"],
 ["distance of the landing site from Cairo", "distance of the landing site from Mut", "300 mi / 485 km from Cairo vs 45 mi from Mut"],
 ["longitude of the finish line", "cabin temperature over Central America", "9 degrees west vs 46 degrees"],
 ["length of the flight", "flight so far on 19 March", "nearly 20 days at landing vs 19 days on Friday"],
 ["time gained by Friday", "wait in the desert", "about six hours gained vs seven hours waiting"],
 ["balloonists aboard", "British balloonists who set the endurance record", "the two of this flight vs two British rivals"],
 ["balloonists aboard", "aborted landing attempts", "two men vs two attempts"],
 ["age of Bertrand Piccard", "age of Brian Jones", "41 vs 51, two people in one sentence"],
 ["age of Brian Jones", "age of the Pyramids", "51-year-old man vs 5,000-year-old Pyramids"],
 ["day the circumnavigation was completed", "day of the landing", "Saturday 20 vs Sunday 21 March"],
 ["day Piccard was told the fuel would last", "day the endurance record was beaten", "the same Friday, different facts"],
 ["day the balloon was halfway across the Atlantic", "day the endurance record was beaten", "the same Friday, different facts"],
 ["time of the landing", "expected time of crossing the finish line", "landing just after 8 a.m. Sunday vs crossing about midday Saturday"],
 ["Africa", "North Africa", "continent vs its north"],
 ["Asia", "South Asia", "continent vs its south"],
 ["Mut", "Dakhla", "town vs the oasis"],
 ["Egypt", "Cairo", "country vs capital"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "duc2007-d0740i-balloon-circumnavigation", "root": "shared",
 "inputs": inputs, "split": "dev",
 "annotation": {"by": "gold8", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06 (session 15): all 4 articles (DUC 2007 topic D0740I, the Breitling Orbiter 3 of Bertrand Piccard and Brian Jones completes the first nonstop balloon flight around the world on Saturday 20 March 1999 and lands in the Egyptian desert on Sunday 21 March: AP 19 Mar, Xinhua 21 Mar, NYT 21 Mar, Xinhua 24 Mar (IOC award)) read in full and this file written and committed before any crosswire or corroboration_eval output on the story was seen; datelines' dates ('March 21') and outlet names in datelines not annotated; not annotated: balloon and craft names (Breitling Orbiter 3, Breitling Orbiter), the award name (Olympic Order), nationality words (Swiss, British, Briton, Egyptian, American), ordinals ('third round-the-world bid', '20th'), lowercase 'the pyramids', 'British air force' (no name), 'Both men', 'another night', NYT's 'postponed for hours' (the press conference); forecasts in AP 19 Mar (completion Saturday, final descent at dawn Sunday, longitude 9 W) grouped with the reports of the fact; sentence openings checked by tools/duchelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/duc2007-d0740i-balloon-circumnavigation.json"), story)
