import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from duchelp import load, C
D = "duc2007/main/docs/D0742J/"
inputs = [D + "XIE19990718.0013", D + "XIE19990721.0312", D + "APW19990724.0051", D + "APW19990724.0065", D + "NYT19990718.0204"]
X1, X2, A1, A2, Y = load(inputs)
arts = [
 {"id": X1, "outlet": "XIE", "published": "1999-07-18T00:00"},
 {"id": X2, "outlet": "XIE", "published": "1999-07-21T00:00"},
 {"id": A1, "outlet": "APW", "published": "1999-07-24T14:10"},
 {"id": A2, "outlet": "APW", "published": "1999-07-24T11:50"},
 {"id": Y, "outlet": "NYT", "published": "1999-07-18T20:39"},
]
q = "quantity"
g = [
 # quantities
 G(q, "age of John F. Kennedy Jr.", R("age", "years", holder="John F. Kennedy Jr."), "agree", [
   C(X1, "Kennedy, 38, is the only surviving", "38"), C(X2, "The plane crashed while carrying Kennedy,", "38")]),
 G(q, "age of Carolyn Bessette Kennedy", R("age", "years", holder="Carolyn Bessette Kennedy"), "single_source", [
   C(X2, "The plane crashed while carrying Kennedy,", "33")]),
 G(q, "age of Lauren Bessette", R("age", "years", holder="Lauren Bessette"), "single_source", [
   C(X2, "The plane crashed while carrying Kennedy,", "34")]),
 G(q, "wedding guests", R("invited", "guests", holder="Rory Kennedy"), "single_source", [
   C(X1, "According to an earlier announcement from", "275 guests")]),
 G(q, "distance of the crash site from the coast", R("distance from", "kilometers", "off Martha's Vineyard"), "agree", [
   C(X2, "The heightened activity took place after", "11 kilometers"), C(A1, "Officials are also examining radar data", "about 7 miles")],
   "Xinhua: the site searched Tuesday night, 11 km southwest of the Martha's Vineyard coast, the likely splash point; AP: crashed about 7 miles off the coast of Aquinnah (western tip of Martha's Vineyard); 11 km = 6.8 miles, taken as agreeing"),
 G(q, "trucks carrying the wreckage", R("transported", "flatbed trucks"), "single_source", [
   C(A1, "OTIS AIR FORCE BASE, Mass. (AP)", "Two flatbed trucks")]),
 G(q, "investigators usually assigned to a small plane crash", R("assigned", "regional investigator", event="background: general"), "single_source", [
   C(A1, "Ordinarily, only one regional investigator would", "only one")]),
 G(q, "size of the investigation team", R("investigate", "people", holder="NTSB"), "single_source", [
   C(A1, "In the Kennedy crash, a team", "eight or nine people")]),
 G(q, "states whose radar data is examined", R("radar data from", "states"), "single_source", [
   C(A1, "Officials are also examining radar data", "five states")]),
 G(q, "share of the wreckage recovered", R("removed from the ocean floor", "percent of the wreckage", holder="Victor Beck"), "single_source", [
   C(A1, "About 90 percent of the wreckage", "About 90 percent")]),
 G(q, "cost of the Coast Guard search", R("cost", "dollars", holder="U.S. Coast Guard"), "single_source", [
   C(A2, "WASHINGTON (AP) -- The U.S. Coast", "$287,402")]),
 G(q, "speed of the plane at impact", R("traveling at", "feet per minute", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "His plane would have been traveling", "at least 4,500 feet per minute")]),
 G(q, "depth of the water at the crash site", R("depth", "feet", "where the plane plunged"), "single_source", [
   C(Y, "And the depth of the water", "25 feet to 100 feet")]),
 G(q, "depth below which objects are hard to see", R("hard to see below", "feet", event="background: general"), "single_source", [
   C(Y, "From above the water's surface, it", "10 feet")]),
 # durations
 G("duration", "time Kennedy had to pull out of the dive", R("had", "seconds", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "But Kennedy, who had already started", "less than 30 seconds")]),
 G("duration", "time to locate wreckage in similar crashes", R("took", "weeks", "off Martha's Vineyard", event="background: similar crashes", holder="Len Carroll"), "single_source", [
   C(Y, "In similar crashes off the Martha's", "weeks")]),
 G("duration", "time the search could take", R("could take", "months", holder="federal investigators"), "single_source", [
   C(Y, "Federal investigators cautioned Sunday that the", "months")]),
 G("duration", "days of search the cost covers", R("search lasted", "days", holder="U.S. Coast Guard"), "single_source", [
   C(A2, "WASHINGTON (AP) -- The U.S. Coast", "first two days")]),
 # times
 G("time", "time the plane left", R("left", "clock time", "New Jersey"), "single_source", [
   C(X1, "The plane left an airfield in", "8:45 p.m.")], "'8:45 p.m.( local time) Friday'"),
 # dates (crash: Friday 16 July 1999)
 G("date", "day of the crash", R("crashed on", "crash"), "agree", [
   C(X2, "There was no immediate information about", "July 16"), C(A1, "The National Transportation Safety Board, which", "July 16"),
   C(Y, "But experts in airplane crashes said", "Friday night")],
   "= Friday 16 July 1999; NYT (Sunday 18 July): the plane disappeared Friday night"),
 G("date", "day the plane left", R("left on", "departure", "New Jersey"), "single_source", [
   C(X1, "The plane left an airfield in", "Friday")], "= Friday 16 July"),
 G("date", "night the plane was due at Martha's Vineyard", R("due on", "arrival", "Martha's Vineyard Airport", holder="Jamie Gaspar"), "single_source", [
   C(X1, "Jamie Gaspar, an operations specialist at", "Friday night")], "= Friday 16 July"),
 G("date", "day the plane was reported missing and the search began", R("reported missing / search began", "search"), "agree", [
   C(X1, "WASHINGTON, July 17 (Xinhua) --", "early Saturday"), C(A2, "The search and rescue effort began", "early Saturday morning")],
   "= Saturday 17 July (AP, published Saturday 24 July, means the week before)"),
 G("date", "day of the cousin's wedding", R("to be married on", "wedding", "Martha's Vineyard", holder="Rory Kennedy"), "single_source", [
   C(X1, "According to an earlier announcement from", "Saturday")], "= Saturday 17 July"),
 G("date", "night the crash site was scoured", R("scoured on", "search", "southwest of Martha's Vineyard"), "single_source", [
   C(X2, "The heightened activity took place after", "Tuesday night")], "= Tuesday 20 July"),
 G("date", "day the wreckage and body were located", R("located on", "wreckage"), "single_source", [
   C(X2, "WASHINGTON, July 21 (Xinhua) --", "Wednesday")], "= Wednesday 21 July"),
 G("date", "night the wreckage arrived at the hangar", R("arrived on", "wreckage", "Otis Air Force Base"), "single_source", [
   C(A1, "Kennedy's single-engine Piper Saratoga, described as", "late Friday night")], "= Friday 23 July"),
 G("date", "night CBS reported pilot error", R("reported on", "report", holder="CBS"), "single_source", [
   C(A1, "CBS news reported Friday night that", "Friday night")], "= Friday 23 July"),
 G("date", "day the Coast Guard gave the cost", R("said on", "statement", holder="U.S. Coast Guard"), "single_source", [
   C(A2, "WASHINGTON (AP) -- The U.S. Coast", "Friday")], "= Friday 23 July"),
 G("date", "weekend debris washed ashore", R("washed ashore during", "debris", "Martha's Vineyard"), "single_source", [
   C(Y, "As the weekend wore on, the", "the weekend")], "= 17-18 July"),
 G("date", "day investigators cautioned", R("cautioned on", "statement", holder="federal investigators"), "single_source", [
   C(Y, "Federal investigators cautioned Sunday that the", "Sunday")], "= Sunday 18 July"),
 # names
 N("person", "John F. Kennedy Jr.", [C(X1, "WASHINGTON, July 17 (Xinhua) --", "John F. Kennedy Jr."), C(X2, "WASHINGTON, July 21 (Xinhua) --", "John F. Kennedy Jr."),
   C(A1, "OTIS AIR FORCE BASE, Mass. (AP)", "John F. Kennedy Jr."), C(A2, "WASHINGTON (AP) -- The U.S. Coast", "John F. Kennedy Jr."),
   C(Y, "As the weekend wore on, the", "John F. Kennedy Jr.")], note="all also 'Kennedy' alone; Xinhua also 'John Kennedy' inside a quote"),
 N("person", "Carolyn Bessette Kennedy", [C(X1, "The plane left an airfield in", "Carolyn Bessette"), C(X2, "The plane crashed while carrying Kennedy,", "Carolyn Bessette Kennedy")],
   "variant", "Xinhua 17 July without the married name; AP and NYT say only 'his wife'"),
 N("person", "Lauren Bessette", [C(X2, "The plane crashed while carrying Kennedy,", "Lauren Bessette")]),
 N("person", "Jamie Gaspar", [C(X1, "Jamie Gaspar, an operations specialist at", "Jamie Gaspar")], note="also 'Gaspar'"),
 N("person", "Eddie Martin", [C(X1, "Eddie Martin, who described himself as", "Eddie Martin")]),
 N("person", "Rory", [C(X1, "Eddie Martin, who described himself as", "Rory")], note="Rory Kennedy, named by first name only"),
 N("person", "Robert F. Kennedy", [C(X1, "Eddie Martin, who described himself as", "Robert F. Kennedy")]),
 N("person", "Edward M. Kennedy", [C(X1, "According to an earlier announcement from", "Edward M. Kennedy")]),
 N("person", "Jim Hall", [C(X2, "Jim Hall, chairman of the National", "Jim Hall")]),
 N("person", "Richard Larrabee", [C(X2, "Jim Hall, chairman of the National", "Richard Larrabee")], note="'Coast Guard Rear Adm. Richard Larrabee'"),
 N("person", "Paul Schlamm", [C(A1, "Ordinarily, only one regional investigator would", "Paul Schlamm")], note="also 'Schlamm'"),
 N("person", "Victor Beck", [C(A1, "No more of the plane's debris", "Victor Beck")], note="'Navy Lt. Cmdr. Victor Beck', also 'Beck'"),
 N("person", "Mike Lapinski", [C(A2, "That initial search involved patrol boats,", "Mike Lapinski")], note="also 'Lapinski'"),
 N("person", "Arthur Alan Wolk", [C(Y, "``If you're finding the airplane in", "Arthur Alan Wolk")], note="also 'Wolk'"),
 N("person", "Len Carroll", [C(Y, "``It's almost like landing on pavement", "Len Carroll")], note="also 'Carroll'"),
 N("place", "Martha's Vineyard", [C(X1, "The plane left an airfield in", "Martha's Vineyard"), C(X2, "WASHINGTON, July 21 (Xinhua) --", "Martha's Vineyard"),
   C(A1, "The National Transportation Safety Board, which", "Martha's Vineyard"), C(A2, "The search and rescue effort began", "Martha's Vineyard"),
   C(Y, "As the weekend wore on, the", "Martha's Vineyard")]),
 N("place", "Massachusetts", [C(X1, "The plane left an airfield in", "Massachusetts"), C(X2, "WASHINGTON, July 21 (Xinhua) --", "Massachusetts"),
   C(A1, "OTIS AIR FORCE BASE, Mass. (AP)", "Mass."), C(A2, "The search and rescue effort began", "Mass."),
   C(Y, "``It's almost like landing on pavement", "Mass.")], "variant", "Xinhua 'Massachusetts State'; AP and NYT the abbreviation 'Mass.'"),
 N("place", "Washington", [C(X1, "WASHINGTON, July 17 (Xinhua) --", "WASHINGTON"), C(X2, "WASHINGTON, July 21 (Xinhua) --", "WASHINGTON"),
   C(A2, "WASHINGTON (AP) -- The U.S. Coast", "WASHINGTON")], note="datelines"),
 N("place", "New York", [C(X1, "WASHINGTON, July 17 (Xinhua) --", "New York"), C(A2, "That initial search involved patrol boats,", "N.Y")],
   "variant", "the state: Xinhua 'New York's Long Island', AP 'Montauk, N.Y'"),
 N("place", "Long Island", [C(X1, "WASHINGTON, July 17 (Xinhua) --", "Long Island")]),
 N("place", "New Jersey", [C(X1, "The plane left an airfield in", "New Jersey")], note="'New Jersey State'"),
 N("place", "United States", [C(X1, "WASHINGTON, July 17 (Xinhua) --", "U.S."), C(X2, "WASHINGTON, July 21 (Xinhua) --", "United States")],
   "variant", "Xinhua 17 July 'the former U.S. president' (adjective); 21 July 'the United States'; AP's 'U.S. Coast Guard' is part of the name"),
 N("place", "Hyannis Port", [C(X2, "Kennedy, the pilot, planned to drop", "Hyannis Port")]),
 N("place", "Otis Air Force Base", [C(A1, "OTIS AIR FORCE BASE, Mass. (AP)", "OTIS AIR FORCE BASE")], note="dateline"),
 N("place", "Aquinnah", [C(A1, "Officials are also examining radar data", "Aquinnah")]),
 N("place", "Atlantic", [C(A2, "The search and rescue effort began", "Atlantic")]),
 N("place", "East Coast", [C(A2, "That initial search involved patrol boats,", "East Coast")]),
 N("place", "Cape Cod", [C(A2, "That initial search involved patrol boats,", "Cape Cod")]),
 N("place", "Montauk", [C(A2, "That initial search involved patrol boats,", "Montauk")]),
 N("place", "Newport", [C(A2, "That initial search involved patrol boats,", "Newport")]),
 N("place", "Rhode Island", [C(A2, "That initial search involved patrol boats,", "R.I.")], note="'Newport, R.I.'"),
 N("place", "Woods Hole", [C(A2, "That initial search involved patrol boats,", "Woods Hole")]),
 N("place", "Philadelphia", [C(Y, "``If you're finding the airplane in", "Philadelphia")]),
 N("place", "Norwood", [C(Y, "``It's almost like landing on pavement", "Norwood")]),
 N("organization", "U.S. Coast Guard", [C(X1, "The U.S. Coast Guard confirmed it", "U.S. Coast Guard"), C(X2, "Jim Hall, chairman of the National", "Coast Guard"),
   C(A1, "OTIS AIR FORCE BASE, Mass. (AP)", "Coast Guard"), C(A2, "WASHINGTON (AP) -- The U.S. Coast", "U.S. Coast Guard")],
   "variant", "Xinhua 21 July and AP 24 July (wreckage) 'Coast Guard' alone"),
 N("organization", "Air National Guard", [C(X1, "The U.S. Coast Guard confirmed it", "Air National Guard")]),
 N("organization", "Federal Aviation Administration", [C(X1, "The Kennedy family contacted the U.S.", "Federal Aviation Administration")], note="'U.S. Federal Aviation Administration (FAA)'"),
 N("organization", "Martha's Vineyard Airport", [C(X1, "Jamie Gaspar, an operations specialist at", "Martha's Vineyard Airport")]),
 N("organization", "Brown University", [C(X1, "After graduating from Brown University, he", "Brown University")]),
 N("organization", "National Transportation Safety Board", [C(X2, "Jim Hall, chairman of the National", "National Transportation Safety Board"),
   C(A1, "The National Transportation Safety Board, which", "National Transportation Safety Board")], note="AP also 'NTSB' and 'the safety board'"),
 N("organization", "Navy", [C(X2, "The heightened activity took place after", "Navy"), C(A1, "No more of the plane's debris", "Navy")]),
 N("organization", "National Oceanographic and Atmospheric Administration", [C(X2, "The heightened activity took place after", "National Oceanographic and Atmospheric Administration")]),
 N("organization", "CBS", [C(A1, "CBS news reported Friday night that", "CBS")]),
 N("organization", "Boston Herald", [C(A1, "Ordinarily, only one regional investigator would", "Boston Herald")]),
 N("organization", "Wiggins Airport", [C(Y, "``It's almost like landing on pavement", "Wiggins Airport")]),
 # quotes
 G("quote", "Gaspar: a little worried", R("said", "quote", holder="Jamie Gaspar"), "single_source", [
   C(X1, "\"I'm a little worried, because I", "I'm a little worried, because I know him personally,")]),
 G("quote", "source: fuselage found with Kennedy in it", R("said", "quote", holder="government source"), "single_source", [
   C(X2, "\"They've got the fuselage and John", "They've got the fuselage and John Kennedy's in it,")]),
 G("quote", "Schlamm: impact break or crack", R("said", "quote", holder="Paul Schlamm"), "single_source", [
   C(A1, "``Was it an impact break?", "Was it an impact break? Was there a crack? Was there something pre-existing?")]),
 G("quote", "Beck: everything's aboard", R("said", "quote", holder="Victor Beck"), "single_source", [
   C(A1, "``Everything's aboard that's coming aboard,'' Beck", "Everything's aboard that's coming aboard,")]),
 G("quote", "Beck: the Navy's work is done", R("said", "quote", holder="Victor Beck"), "single_source", [
   C(A1, "``The Navy's work here is done.''", "The Navy's work here is done.")]),
 G("quote", "Wolk: the airplane has come apart", R("said", "quote", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "``If you're finding the airplane in", "If you're finding the airplane in parts, that means it has come apart,")]),
 G("quote", "Wolk: no longer a single airplane", R("said", "quote", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "``It's no longer a single airplane.''", "It's no longer a single airplane.")]),
 G("quote", "Carroll: like landing on pavement", R("said", "quote", holder="Len Carroll"), "single_source", [
   C(Y, "``It's almost like landing on pavement", "It's almost like landing on pavement at that point,")]),
 G("quote", "Wolk: small planes malfunction", R("said", "quote", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "``All of these small planes have", "All of these small planes have a long history of malfunction of various components,")]),
 G("quote", "Wolk: something overcame him", R("said", "quote", holder="Arthur Alan Wolk"), "single_source", [
   C(Y, "Kennedy's plane may have crashed, he", "something that suddenly overcame him.")]),
 G("quote", "Carroll: mechanical things rare", R("said", "quote", holder="Len Carroll"), "single_source", [
   C(Y, "``Mechanical things don't happen a lot,''", "Mechanical things don't happen a lot,")]),
 G("quote", "Carroll: something a pilot does", R("said", "quote", holder="Len Carroll"), "single_source", [
   C(Y, "``Most of it's something a pilot", "Most of it's something a pilot does.")]),
]
distinct = [
 ["age of John F. Kennedy Jr.", "age of Lauren Bessette", "three ages in one sentence"],
 ["age of John F. Kennedy Jr.", "age of Carolyn Bessette Kennedy", "three ages in one sentence"],
 ["age of Carolyn Bessette Kennedy", "age of Lauren Bessette", "two sisters' ages, 33 and 34"],
 ["day of the crash", "night the wreckage arrived at the hangar", "Friday 16 July vs Friday 23 July"],
 ["day of the crash", "night CBS reported pilot error", "Friday 16 July vs Friday 23 July"],
 ["day of the crash", "day the Coast Guard gave the cost", "Friday 16 July vs Friday 23 July"],
 ["day the plane was reported missing and the search began", "day of the cousin's wedding", "both Saturday 17 July, different facts"],
 ["weekend debris washed ashore", "day investigators cautioned", "weekend vs its Sunday, different facts"],
 ["distance of the crash site from the coast", "depth of the water at the crash site", "7 miles off the coast vs 25-100 feet deep"],
 ["depth of the water at the crash site", "depth below which objects are hard to see", "this site vs a general statement"],
 ["size of the investigation team", "investigators usually assigned to a small plane crash", "eight or nine vs only one (background)"],
 ["time the search could take", "time to locate wreckage in similar crashes", "months (this search) vs weeks (past crashes)"],
 ["John F. Kennedy Jr.", "Robert F. Kennedy", "different Kennedys"],
 ["John F. Kennedy Jr.", "Edward M. Kennedy", "different Kennedys"],
 ["John F. Kennedy Jr.", "Carolyn Bessette Kennedy", "husband and wife, shared surname"],
 ["Carolyn Bessette Kennedy", "Lauren Bessette", "two sisters"],
 ["Martha's Vineyard", "Martha's Vineyard Airport", "the island vs its airport"],
 ["New York", "Long Island", "the state vs the island"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "duc2007-d0742j-jfk-jr-crash", "root": "shared",
 "inputs": inputs, "split": "test",
 "annotation": {"by": "gold4", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04 before any crosswire output on it was seen: all 5 articles (DUC 2007 topic D0742J, crash of John F. Kennedy Jr.'s plane off Martha's Vineyard, Friday 16 July 1999: Xinhua 17/18 July and 21 July, AP 24 July (wreckage to Otis; search cost), NYT 18 July (crash experts)) read in full and this file written and committed before crosswire was run on the story; DUC headlines are outside <TEXT> and not annotated; not annotated: datelines' dates ('July 17'), the outlets' own names in datelines (Xinhua, AP), aircraft and ship names (Piper Saratoga, USS Grasp), ordinals ('35th president'), the relative point 'two months before his father's inauguration', quotes under four words ('twisted metal', 'graveyard spiral', 'artificial horizon'), the NYT's 'A wheel. A headrest.' list"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/duc2007-d0742j-jfk-jr-crash.json"), story)
