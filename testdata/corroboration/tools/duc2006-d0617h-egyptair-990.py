import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from duchelp import load, C
D = "duc2006/docs/D0617H/"
inputs = [D + "APW19991031.0036", D + "XIE19991101.0310", D + "XIE19991102.0164", D + "NYT19991103.0509"]
A, X1, X2, Y = load(inputs)
arts = [
 {"id": A, "outlet": "APW", "published": "1999-10-31T21:01"},
 {"id": X1, "outlet": "XIE", "published": "1999-11-01T00:00"},
 {"id": X2, "outlet": "XIE", "published": "1999-11-02T10:27"},
 {"id": Y, "outlet": "NYT (Seattle Post-Intelligencer)", "published": "1999-11-03T23:59"},
]
q = "quantity"
g = [
 # quantities
 G(q, "people on board", R("aboard", "people", "Flight 990"), "agree", [
   C(A, "1:03 a.m. EST -- Leaves gate", "217"), C(X1, "All the 217 people on board", "217"),
   C(X2, "The 217 people on board, including", "217"), C(Y, "All 217 people aboard the plane", "All 217")],
   "AP: 'with 217 people aboard'; Xinhua: all feared dead; NYT: all killed"),
 G(q, "crew on board", R("aboard", "crew members", "Flight 990"), "single_source", [
   C(X2, "The 217 people on board, including", "15 crew members")]),
 G(q, "Egyptian passengers on board", R("aboard", "Egyptian passengers", "Flight 990"), "single_source", [
   C(X2, "The 217 people on board, including", "62 Egyptian passengers")]),
 G(q, "victims' relatives flown to the US", R("flew", "family members of Egyptian victims", holder="Egyptian delegation"), "single_source", [
   C(X2, "Aboard the same plane were 73", "73 family members")]),
 G(q, "cruise altitude", R("altitude", "feet", "Flight 990", time="before the dive"), "agree", [
   C(A, "1:50 a.m. EST -- Plane begins", "33,000 feet"), C(X1, "The information provided by Jim Hall,", "9,900 meters"),
   C(Y, "A half hour out of Kennedy,", "33,000 feet")],
   "9,900 m = 32,480 ft, 33,000 ft = 10,058 m: the same cruise level rounded in another unit (within 2%), taken as agreeing"),
 G(q, "altitude at the end of the first dive", R("dived to", "feet", "Flight 990", holder="NTSB"), "revised", [
   C(X1, "The information provided by Jim Hall,", "5,730 meters"), C(Y, "A half hour out of Kennedy,", "16,700 feet")],
   "Sunday 31 Oct (NTSB, civilian radar): from 9,900 m down to 5,730 m (= 18,800 ft) in 36 s; Wednesday 3 Nov (NTSB, with Air Force radar): down to 16,700 ft, where the transponder data was lost"),
 G(q, "lowest altitude of the first dive (Air Force radar)", R("dived to", "feet", "Flight 990", holder="Air Force radar"), "single_source", [
   C(Y, "The Air Force radar, though, continued", "16,000 feet"), C(Y, "Early in its 17,000-foot dive, the", "16,000 feet")]),
 G(q, "length of the first dive", R("dive", "feet", "Flight 990"), "single_source", [
   C(Y, "Early in its 17,000-foot dive, the", "17,000-foot")], "33,000 to 16,000 ft"),
 G(q, "height lost in the plunge", R("plunged", "miles", "Flight 990"), "single_source", [
   C(Y, "NEWPORT, R.I. _ The mystery of", "more than three miles")]),
 G(q, "height regained in the climb", R("climbed", "feet", "Flight 990"), "single_source", [
   C(Y, "NEWPORT, R.I. _ The mystery of", "8,000 feet")]),
 G(q, "altitude reached in the climb", R("climbed back to", "feet", "Flight 990"), "single_source", [
   C(Y, "The Boeing 767 climbed back to", "24,000 feet"), C(Y, "Then the plane, its transponder still", "24,000 feet")]),
 G(q, "altitude of the break-up", R("broke up at", "feet", "Flight 990"), "single_source", [
   C(Y, "The Boeing 767 climbed back to", "about 10,000 feet"), C(Y, "Then the plane, its transponder still", "10,000 feet")]),
 G(q, "depth of the black boxes", R("depth", "feet", "off Nantucket Island"), "single_source", [
   C(Y, "But it could be next week", "nearly 300 feet")]),
 G(q, "black boxes on the jet", R("carried", "black boxes", "Flight 990"), "single_source", [
   C(Y, "At a late-night news briefing here", "two black boxes"), C(Y, "Information from the plane's flight data", "two black boxes")]),
 G(q, "height of the waves", R("waves", "feet", "crash area"), "single_source", [
   C(Y, "A storm that is churning up", "22-foot")]),
 G(q, "pieces of debris collected", R("collected", "pieces of surface debris", "crash area"), "single_source", [
   C(Y, "A storm that is churning up", "a few pieces")]),
 G(q, "emergency slides collected", R("collected", "passenger emergency slides", "crash area"), "single_source", [
   C(Y, "A storm that is churning up", "five passenger emergency slides")]),
 G(q, "sea height the Navy needs", R("needs seas of no more than", "feet", holder="Navy"), "single_source", [
   C(Y, "The Navy has said it needs", "about eight feet")]),
 # durations
 G("duration", "radar contact after the dive began", R("radar contact lasted", "seconds", "Flight 990", holder="NTSB"), "single_source", [
   C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "about 90 seconds")]),
 G("duration", "time of the first plunge", R("plunged in", "seconds", "Flight 990", holder="NTSB"), "single_source", [
   C(X1, "The information provided by Jim Hall,", "36 seconds")]),
 G("duration", "debris visible on radar after the break-up", R("visible on radar", "minutes", "Flight 990 debris"), "single_source", [
   C(Y, "The Boeing 767 climbed back to", "2 minutes and 40 seconds")]),
 G("duration", "time from take-off to the dive", R("flown before the dive", "minutes", "Flight 990"), "single_source", [
   C(Y, "Veteran aerospace journalists who have covered", "some 30 minutes"), C(Y, "A half hour out of Kennedy,", "A half hour")],
   "an elapsed flight time rather than a relative point; AP's timeline implies 31 minutes (1:19 to 1:50) but states no duration"),
 G("duration", "search for the black box and debris", R("operations within", "hours", holder="Mohamed Fahim Rayan"), "single_source", [
   C(X2, "The rescue operations for survivors black", "the next 15 hours")], "garbled sentence in the original"),
 G("duration", "time before a final report", R("final report in", "months or years", holder="NTSB"), "single_source", [
   C(Y, "While the black boxes can provide", "many months or even years")]),
 G("duration", "rough seas expected", R("continue through", "weekend", "crash area", holder="Burt March"), "single_source", [
   C(Y, "High winds and rough seas are", "through the weekend")]),
 # times
 G("time", "take-off from Kennedy", R("departed at", "Flight 990", "John F. Kennedy International Airport"), "agree", [
   C(A, "1:19 a.m. EST -- Plane departs", "1:19 a.m. EST"), C(X1, "Flight 990 of EgyptAir, Egypt's national", "1:19 a.m. local time (0519 GMT)")],
   "same local clock time; AP labels it EST (which would be 0619 GMT) though its own timeline gives 12:48 a.m. EDT fifteen minutes earlier (summer time ended at 2 a.m. that night); Xinhua's 0519 GMT is EDT; taken as agreeing, the EST a label slip"),
 G("time", "last radar contact", R("disappeared from radar at", "Flight 990"), "conflict", [
   C(A, "1:52 a.m. EST -- Last radar", "1:52 a.m. EST"), C(X1, "Flight 990 of EgyptAir, Egypt's national", "2 a.m. (0600 GMT)")],
   "AP 1:52 a.m. vs Xinhua 2 a.m. (0600 GMT), same night"),
 G("time", "final radio communication (AP)", R("final radio communication at", "Flight 990", holder="AP"), "single_source", [
   C(A, "1:43 a.m. EST -- Pilots make", "1:43 a.m. EST")]),
 G("time", "final radio communication (NTSB)", R("final radio communication at", "Flight 990", holder="NTSB"), "single_source", [
   C(A, "1:43 a.m. EST -- Pilots make", "1:47 a.m.")], "AP's timeline: '(NTSB said 1:47 a.m.)'"),
 G("time", "start of the descent", R("began descent at", "Flight 990"), "single_source", [
   C(A, "1:50 a.m. EST -- Plane begins", "1:50 a.m. EST")]),
 G("time", "left the gate at Kennedy", R("left gate at", "Flight 990", "Kennedy Airport"), "single_source", [
   C(A, "1:03 a.m. EST -- Leaves gate", "1:03 a.m. EST")]),
 G("time", "landed at Kennedy", R("landed at", "Flight 990", "JFK airport"), "single_source", [
   C(A, "12:48 a.m. EDT -- Plane lands", "12:48 a.m. EDT")]),
 G("time", "landed at Newark", R("landed at", "Flight 990", "Newark International Airport"), "single_source", [
   C(A, "8:02 a.m. EDT -- Plane, diverted", "8:02 a.m. EDT")]),
 G("time", "left Newark", R("departed at", "Flight 990", "Newark"), "single_source", [
   C(A, "10:25 a.m. EDT -- Plane leaves", "10:25 a.m. EDT")]),
 G("time", "landed in Los Angeles", R("landed at", "Flight 990", "Los Angeles"), "single_source", [
   C(A, "1:46 p.m. PDT -- Plane lands", "1:46 p.m. PDT")]),
 G("time", "left Los Angeles", R("departed at", "Flight 990", "Los Angeles"), "single_source", [
   C(A, "4:30 p.m. PDT -- Plane departs", "4:30 p.m. PDT")]),
 G("time", "scheduled departure from Los Angeles", R("scheduled to depart at", "Flight 990", "Los Angeles"), "single_source", [
   C(A, "The scheduled time of departure from", "12:30 p.m.")]),
 # dates (Sunday = 1999-10-31)
 G("date", "day of the crash", R("crashed on", "Flight 990"), "agree", [
   C(A, "*Sunday", "Sunday"), C(X1, "All the 217 people on board", "early Sunday"), C(X2, "Aboard the same plane were 73", "early Sunday")],
   "= Sunday 31 October 1999; AP's timeline heading '*Sunday' dates the departure and loss; NYT states no day"),
 G("date", "day the plane left Cairo", R("left on", "Flight 990", "Cairo"), "single_source", [
   C(A, "*Friday", "Friday")], "= Friday 29 October"),
 G("date", "day of the Newark and Los Angeles legs", R("flew on", "Flight 990", "Newark / Los Angeles"), "single_source", [
   C(A, "*Saturday", "Saturday")], "= Saturday 30 October"),
 G("date", "day the NTSB gave the radar data", R("said on", "statement", holder="NTSB"), "single_source", [
   C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "Sunday")], "= Sunday 31 October (also the dateline's 'October 31', not annotated)"),
 G("date", "day the delegation flew to the US", R("flew on", "Egyptian delegation"), "single_source", [
   C(X2, "CAIRO, November 2 (Xinhua) -- A", "Tuesday")], "= Tuesday 2 November"),
 G("date", "day of the NTSB briefing on new radar data", R("said on", "briefing", holder="NTSB"), "single_source", [
   C(Y, "NEWPORT, R.I. _ The mystery of", "Wednesday"), C(Y, "At a late-night news briefing here", "Wednesday"),
   C(Y, "John Clark, deputy director of the", "Wednesday night"), C(Y, "In addition to the new radar", "Wednesday night"),
   C(Y, "But Jim Hall, chairman of the", "Wednesday night")], "= Wednesday 3 November"),
 G("date", "day debris was collected", R("collected on", "surface debris", "crash area"), "single_source", [
   C(Y, "A storm that is churning up", "Wednesday")], "= Wednesday 3 November"),
 G("date", "when the black boxes may be recovered", R("recovered by", "black boxes"), "single_source", [
   C(Y, "But it could be next week", "next week")]),
 G("date", "year the plane was bought", R("purchased in", "Boeing 767", holder="EgyptAir", event="background: purchase of the plane"), "single_source", [
   C(X2, "The Egyptian officials and experts, who", "1989")]),
 G("date", "year of the TWA Flight 800 crash", R("crashed in", "TWA Flight 800", event="background: TWA Flight 800"), "single_source", [
   C(Y, "The Navy has said it needs", "1996"), C(Y, "The safety board is still investigating", "1996")]),
 G("date", "year of the Swissair Flight 111 crash", R("crashed in", "Swiss Air Flight 111", event="background: Swissair Flight 111"), "single_source", [
   C(Y, "The Navy has said it needs", "last year")], "= 1998"),
 G("date", "year of the Thailand 767 crash", R("crashed in", "Boeing 767", "Thailand", event="background: 1991 Thailand crash"), "single_source", [
   C(Y, "Because another 767 crashed in Thailand", "1991")]),
 G("date", "when the TWA 800 report is expected", R("expected by", "final report", holder="NTSB", event="background: TWA Flight 800"), "single_source", [
   C(Y, "The safety board is still investigating", "the spring of next year")], "= spring 2000"),
 # names
 N("organization", "EgyptAir", [C(A, "Timeline for EgyptAir Flight 990:", "EgyptAir"), C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "EgyptAir"),
   C(X2, "CAIRO, November 2 (Xinhua) -- A", "EgyptAir"), C(Y, "NEWPORT, R.I. _ The mystery of", "EgyptAir")]),
 N("organization", "National Transportation Safety Board", [C(A, "1:43 a.m. EST -- Pilots make", "NTSB"),
   C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "National Transportation Safety Board"),
   C(Y, "At a late-night news briefing here", "National Transportation Safety Board")], verdict="variant",
   note="AP uses the abbreviation NTSB alone; Xinhua gives both; NYT also 'NTSB', 'the safety board'"),
 N("organization", "U.S. Coast Guard", [C(X1, "The U.S. Coast Guard said there", "U.S. Coast Guard")]),
 N("organization", "Civil Aviation Authority", [C(X2, "The delegation, led by EgyptAir Chairman", "Civil Aviation Authority")]),
 N("organization", "Middle East News Agency", [C(X2, "The delegation, led by EgyptAir Chairman", "Middle East News Agency")]),
 N("organization", "Navy", [C(Y, "High winds and rough seas are", "Navy")], note="'Navy Capt.', 'The Navy' (U.S. Navy)"),
 N("organization", "Air Force", [C(Y, "The new radar data came from", "Air Force")]),
 N("organization", "TWA", [C(Y, "The Navy has said it needs", "TWA")], note="in 'TWA Flight 800'"),
 N("organization", "Swiss Air", [C(Y, "The Navy has said it needs", "Swiss Air")], note="in 'Swiss Air Flight 111' (Swissair)"),
 N("person", "Jim Hall", [C(X1, "The information provided by Jim Hall,", "Jim Hall"), C(Y, "But Jim Hall, chairman of the", "Jim Hall")],
   note="NTSB chairman; 'Hall' as short form"),
 N("person", "Mohamed Fahim Rayan", [C(X2, "The delegation, led by EgyptAir Chairman", "Mohamed Fahim Rayan")], note="'Rayan' as short form"),
 N("person", "Burt March", [C(Y, "High winds and rough seas are", "Burt March")]),
 N("person", "John Clark", [C(Y, "John Clark, deputy director of the", "John Clark")]),
 N("person", "Greg Phillips", [C(Y, "Greg Phillips, the NTSB's chief crash", "Greg Phillips")]),
 N("place", "Cairo", [C(A, "EgyptAir Boeing 767, leaves Cairo, Egypt,", "Cairo"), C(X1, "Flight 990 of EgyptAir, Egypt's national", "Cairo"),
   C(X2, "CAIRO, November 2 (Xinhua) -- A", "CAIRO"), C(Y, "Veteran aerospace journalists who have covered", "Cairo")]),
 N("place", "Egypt", [C(A, "EgyptAir Boeing 767, leaves Cairo, Egypt,", "Egypt"), C(X1, "Flight 990 of EgyptAir, Egypt's national", "Egypt")],
   note="Xinhua 2 and NYT use only the adjective 'Egyptian'"),
 N("place", "Kennedy International Airport", [C(A, "EgyptAir Boeing 767, leaves Cairo, Egypt,", "Kennedy International Airport"),
   C(X1, "Flight 990 of EgyptAir, Egypt's national", "John F. Kennedy International Airport"),
   C(X2, "Aboard the same plane were 73", "John F. Kennedy International Airport"),
   C(Y, "Veteran aerospace journalists who have covered", "Kennedy Airport")], verdict="variant",
   note="AP also 'JFK airport', 'Kennedy Airport'; NYT also 'Kennedy' alone"),
 N("place", "New York", [C(A, "EgyptAir Boeing 767, leaves Cairo, Egypt,", "New York"), C(X1, "Flight 990 of EgyptAir, Egypt's national", "New York"),
   C(X2, "The Egyptian family members will later", "Yew York"), C(Y, "Veteran aerospace journalists who have covered", "New York")],
   verdict="variant", note="Xinhua 2 misspells it 'Yew York' (one-letter slip)"),
 N("place", "Newark International Airport", [C(A, "8:02 a.m. EDT -- Plane, diverted", "Newark International Airport")]),
 N("place", "Newark", [C(A, "10:25 a.m. EDT -- Plane leaves", "Newark, N.J."), C(Y, "It was deactivated before the plane", "Newark")],
   verdict="variant", note="the city (AP 'Newark, N.J.'; NYT 'Newark'); not the airport; 'N.J.' not annotated apart"),
 N("place", "Los Angeles International Airport", [C(A, "10:25 a.m. EDT -- Plane leaves", "Los Angeles International Airport")]),
 N("place", "Los Angeles", [C(A, "1:46 p.m. PDT -- Plane lands", "Los Angeles"), C(Y, "It then flew to Los Angeles", "Los Angeles")]),
 N("place", "Washington", [C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "WASHINGTON")], note="dateline"),
 N("place", "Atlantic Ocean", [C(X1, "WASHINGTON, October 31 (Xinhua) -- Radar", "Atlantic Ocean"), C(X2, "Aboard the same plane were 73", "Atlantic Ocean"),
   C(Y, "The Boeing 767 climbed back to", "Atlantic")], verdict="variant", note="NYT: 'the Atlantic' alone"),
 N("place", "Nantucket", [C(X1, "All the 217 people on board", "Nantucket"), C(Y, "But it could be next week", "Nantucket Island")],
   verdict="variant", note="Xinhua 'off Nantucket', NYT 'Nantucket Island'"),
 N("place", "Massachusetts", [C(X1, "All the 217 people on board", "Massachusetts State")], note="written 'Massachusetts State'"),
 N("place", "United States", [C(X1, "All the 217 people on board", "United States"), C(X2, "CAIRO, November 2 (Xinhua) -- A", "United States")],
   note="both also 'U.S.' as an adjective"),
 N("place", "Rhode Island", [C(X2, "The Egyptian family members will later", "Rhode Island"), C(Y, "NEWPORT, R.I. _ The mystery of", "R.I.")],
   verdict="variant", note="NYT's dateline abbreviation 'R.I.'"),
 N("place", "Newport", [C(Y, "NEWPORT, R.I. _ The mystery of", "NEWPORT")], note="dateline"),
 N("place", "Boston", [C(Y, "The new radar data came from", "Boston")]),
 N("place", "Thailand", [C(Y, "Because another 767 crashed in Thailand", "Thailand")]),
 # quotes
 G("quote", "Hall: cause not known", R("said", "quote", holder="Jim Hall"), "single_source", [
   C(X1, "\"We do not know at this", "We do not know at this point what caused the crash")]),
 G("quote", "Hall: a long investigation", R("said", "quote", holder="Jim Hall"), "single_source", [
   C(X1, "\"We are beginning what may be", "We are beginning what may be a long investigation.")]),
 G("quote", "Clark: stopped being a flying airplane", R("said", "quote", holder="John Clark"), "single_source", [
   C(Y, "``It stopped being a flying airplane,''", "It stopped being a flying airplane")]),
 G("quote", "Hall: no evidence on the thrust reverser", R("said", "quote", holder="Jim Hall"), "single_source", [
   C(Y, "But Jim Hall, chairman of the", "We have no evidence at this time that the thrust reverser system played any role in this accident.")]),
]
distinct = [
 ["people on board", "Egyptian passengers on board", "all 217 vs the 62 Egyptians among them"],
 ["crew on board", "search for the black box and debris", "the same 15: crew members vs hours"],
 ["cruise altitude", "altitude reached in the climb", "33,000 ft cruise vs 24,000 ft after the climb"],
 ["altitude at the end of the first dive", "lowest altitude of the first dive (Air Force radar)", "16,700 ft (transponder lost) vs 16,000 ft (Air Force radar)"],
 ["altitude at the end of the first dive", "altitude of the break-up", "first dive vs break-up at 10,000 ft"],
 ["height regained in the climb", "altitude reached in the climb", "8,000 ft climbed vs to 24,000 ft"],
 ["length of the first dive", "altitude at the end of the first dive", "17,000-foot dive vs down to 16,700 ft"],
 ["radar contact after the dive began", "debris visible on radar after the break-up", "about 90 s of contact after the dive began vs 2 min 40 s of debris after the break-up"],
 ["radar contact after the dive began", "time of the first plunge", "90 s vs 36 s, one Xinhua paragraph apart"],
 ["final radio communication (AP)", "final radio communication (NTSB)", "two holders' times in one AP line"],
 ["take-off from Kennedy", "left the gate at Kennedy", "1:19 take-off vs 1:03 gate"],
 ["last radar contact", "start of the descent", "1:52 vs 1:50"],
 ["day of the crash", "day the NTSB gave the radar data", "both Sunday, different facts"],
 ["day of the NTSB briefing on new radar data", "day debris was collected", "both Wednesday, different facts"],
 ["year of the TWA Flight 800 crash", "year of the Swissair Flight 111 crash", "two background crashes"],
 ["Kennedy International Airport", "Newark International Airport", "two airports"],
 ["Newark", "Newark International Airport", "city vs airport"],
 ["Los Angeles", "Los Angeles International Airport", "city vs airport"],
 ["New York", "Kennedy International Airport", "city vs airport in it"],
 ["Nantucket", "Massachusetts", "island vs state"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "duc2006-d0617h-egyptair-990", "root": "shared",
 "inputs": inputs, "split": "dev",
 "annotation": {"by": "gold3", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04: all 4 articles (DUC 2006 topic D0617H, crash of EgyptAir Flight 990 off Nantucket, Sunday 31 October 1999: AP timeline, two Xinhua reports, NYT News Service/Seattle Post-Intelligencer) read in full and this file written and committed before any crosswire output on the story was seen; headlines, slugs, bylines and the NYT syndication lines not annotated; not annotated: aircraft types and ship names (Boeing 767, USS Grapple), flight names as such ('Flight 990', 'TWA Flight 800'), 'twin-engine', ordinals ('first leg'), datelines' dates ('October 31', 'November 2'), the outlets' own names in datelines (Xinhua), the NTSB's 'office of Research and Engineering'"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/duc2006-d0617h-egyptair-990.json"), story)
