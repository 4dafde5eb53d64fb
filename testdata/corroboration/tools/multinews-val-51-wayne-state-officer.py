import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(51)
assert A == ["val-51-1", "val-51-2", "val-51-3"], A
FP, WDIV, CNN = A
arts = [
 {"id": FP, "outlet": "Detroit Free Press (by 'named by the Free Press' and its freep.com share link)", "published": None},
 {"id": WDIV, "outlet": "WDIV ClickOnDetroit (by its copyright line)", "published": None},
 {"id": CNN, "outlet": "CNN (by its '(CNN)' dateline and 'Story highlights')", "published": None},
]
q = "quantity"
CR, DD = "Collin Rose", "DeAngelo Lamar Davis"
WSU = "Wayne State University"
g = [
 # quantities
 G(q, "age of Collin Rose", R("age", "years", holder=CR), "agree", [
   C(FP, "The 29-year-old police officer was shot", "29-year-old"), C(WDIV, "Rose is 29 years old and", "29 years old"),
   C(WDIV, "Collin is 29 years old and", "29 years old"), C(CNN, "Officer Collin Rose, 29, died Wednesday", "29")],
   "WDIV twice: its own text and Wayne State's message"),
 G(q, "age of DeAngelo Lamar Davis", R("age", "years", holder=DD), "single_source", [
   C(CNN, "Story highlights DeAngelo Lamar Davis, 31,", "31"), C(CNN, "DeAngelo Lamar Davis, 31, will remain", "31")],
   "highlights and body"),
 G(q, "shots that hit Rose", R("shot", "times", holder=CR), "single_source", [
   C(WDIV, "Police said Rose was stopping someone", "once")]),
 G(q, "further shots Evans heard", R("heard", "shots", "Lincoln Apartments", holder="Betty Evans"), "single_source", [
   C(FP, "\"He was outside, in front. The", "two more shots")], "after 'a shot' (the first)"),
 G(q, "dogs in Rose's car", R("in the car", "dogs", holder=CR), "single_source", [
   C(FP, "Rose was alone in the car", "two dogs")]),
 G(q, "size of the Wayne State police department", R("members", "officers", "Wayne State University police"), "single_source", [
   C(FP, "The shooting is hitting the 65-member", "65-member")]),
 G(q, "assault counts in 2011", R("charged with", "counts of felony assault", holder="the suspect", event="background: 2011 assault case"), "single_source", [
   C(FP, "In 2011, he was charged with", "two counts")], "'one causing injury' not annotated"),
 G(q, "credits Rose lacked for his master's", R("short of", "credits", holder=CR), "single_source", [
   C(FP, "He was a 2010 graduate of", "one credit")]),
 G(q, "distance of the scene from campus", R("distance from", "blocks", "Woodbridge"), "single_source", [
   C(FP, "The 29-year-old police officer was shot", "a few blocks")]),
 G(q, "distance of the ministry", R("distance from", "blocks", "I Am My Brother's Keeper Ministry"), "single_source", [
   C(FP, "People who live near the scene", "about a block")]),
 G(q, "meal evenings per week", R("hands out meals", "evenings per week", holder="I Am My Brother's Keeper Ministry"), "single_source", [
   C(FP, "People who live near the scene", "three evenings")]),
 # durations
 G("duration", "jail sentence in 2011", R("sentenced to", "days", holder="the suspect", event="background: 2011 assault case"), "single_source", [
   C(FP, "In 2011, he was charged with", "53-day")]),
 G("duration", "time Angelo L. had seen the suspect", R("seen in the area", "years", holder="Angelo L."), "single_source", [
   C(FP, "He said he'd seen the man", "the past five to six years")]),
 G("duration", "Rose's years on the force", R("member of the force", "years", WSU, holder=CR), "single_source", [
   C(WDIV, "Wayne State University offered this message", "five years")], "inside Wayne State's message"),
 G("duration", "years since an officer was wounded", R("since", "years", WSU, event="background: last Wayne State officer shot"), "single_source", [
   C(WDIV, "Wayne State said none of the", "36 years")],
   "FP's related link 'Thanksgiving 1977' is page furniture, not annotated"),
 G("duration", "span of the five officer shootings", R("shot within", "week", "United States"), "single_source", [
   C(CNN, "This is the fifth officer shot", "less than a week")], "CNN highlights"),
 # times
 G("time", "time of Wilson's message", R("message at", "campus community", holder="M. Roy Wilson"), "single_source", [
   C(FP, "“I am saddened to report that", "6 p.m.")]),
 G("time", "time of Rose's death", R("died at", CR), "single_source", [
   C(WDIV, "Holt said officer Collin Rose, of", "5:35 p.m.")]),
 # dates (Tuesday 22 / Wednesday 23 Nov 2016 by the events; no page gives a date)
 G("date", "day of the shooting", R("shot on", CR), "agree", [
   C(FP, "“I am saddened to report that", "yesterday evening"), C(FP, "The 29-year-old police officer was shot", "Tuesday evening"),
   C(WDIV, "DETROIT - A Wayne State University", "Tuesday night"), C(CNN, "Officer Collin Rose, 29, died Wednesday", "the previous night")],
   "= Tuesday; FP's 'yesterday evening' in Wilson's Wednesday message; CNN 'the previous night' (before Wednesday)"),
 G("date", "day of Rose's death", R("died on", CR), "agree", [
   C(WDIV, "Holt said officer Collin Rose, of", "Wednesday"), C(WDIV, "The New Baltimore Police Department was", "this evening"),
   C(CNN, "Officer Collin Rose, 29, died Wednesday", "Wednesday")],
   "WDIV's 'this evening' in New Baltimore police's statement; FP: Wilson's 6 p.m. Wednesday message says 'a short time ago' (relative, not annotated)"),
 G("date", "day of the arrest", R("arrested on", "suspect"), "agree", [
   C(FP, "The suspect, who is not being", "late Tuesday night"), C(WDIV, "A person of interest in the", "Tuesday night")]),
 G("date", "day of Wilson's message", R("message on", "campus community", holder="M. Roy Wilson"), "single_source", [
   C(FP, "“I am saddened to report that", "Wednesday")]),
 G("date", "day of the news conference", R("news conference on", WSU, holder="M. Roy Wilson"), "single_source", [
   C(FP, "The shooting is hitting the 65-member", "Wednesday")]),
 G("date", "day of Snyder's statement", R("statement on", "Rose", holder="Rick Snyder's office"), "single_source", [
   C(FP, "Gov. Rick Snyder's office issued a", "late Wednesday")]),
 G("date", "day of Wayne State's message to students", R("message on", "students", holder=WSU), "single_source", [
   C(WDIV, "Wayne State University offered this message", "Wednesday morning")]),
 G("date", "day of Davis's plea", R("pleaded not guilty on", "murder charges", holder=DD), "single_source", [
   C(CNN, "(CNN) A Detroit man pleaded not", "Friday")]),
 G("date", "day of the probable cause hearing", R("scheduled for", "probable cause hearing", holder=DD), "single_source", [
   C(CNN, "The probable cause hearing for Davis", "December 9")]),
 G("date", "day of the preliminary examination", R("scheduled for", "preliminary examination", holder=DD), "single_source", [
   C(CNN, "The probable cause hearing for Davis", "December 16")]),
 G("date", "year of the 2011 assault charges", R("charged in", "felony assault", holder="the suspect", event="background: 2011 assault case"), "single_source", [
   C(FP, "In 2011, he was charged with", "In 2011")]),
 G("date", "year of the 2014 incident", R("incident in", "police", holder="the suspect", event="background: 2014 incident"), "single_source", [
   C(FP, "There also was an incident in", "in 2014")]),
 G("date", "year Rose graduated from Ferris State", R("graduated in", "Ferris State University", holder=CR), "single_source", [
   C(FP, "He was a 2010 graduate of", "2010"), C(FP, "“Collin is a 2010 FSU Criminal", "2010")],
   "WDIV: 'He is a graduate of Ferris State University' (no year)"),
 G("date", "year Rose was a cadet in New Baltimore", R("cadet in", "New Baltimore Police Department", holder=CR), "single_source", [
   C(WDIV, "The New Baltimore Police Department, where", "in 2010"), C(WDIV, "Officer Rose served the New Baltimore", "in 2010")],
   "the second in the department's statement"),
 G("date", "month of the planned wedding", R("to be married", "wedding", holder=CR), "single_source", [
   C(WDIV, "Rose is 29 years old and", "next October")]),
 # names
 N("person", CR, [C(FP, "Wayne State University Police K9 Officer", CR), C(WDIV, "Holt said officer Collin Rose, of", CR),
   C(CNN, "Officer Collin Rose, 29, died Wednesday", CR)], note="all also 'Rose' alone; FP and WDIV 'Collin' alone inside statements"),
 N("person", "Tony Holt", [C(FP, "Wayne State University police Chief Tony", "Tony Holt"), C(WDIV, "DETROIT - A Wayne State University", "Tony Holt")],
   note="both then 'Holt'"),
 N("person", DD, [C(CNN, "Story highlights DeAngelo Lamar Davis, 31,", DD)], note="then 'Davis'; FP does not name the suspect"),
 N("person", "M. Roy Wilson", [C(FP, "“I am saddened to report that", "M. Roy Wilson")], note="then 'Wilson'"),
 N("person", "Betty Evans", [C(FP, "Police have not said whether Rose", "Betty Evans")], note="then 'Evans'"),
 N("person", "David Eisler", [C(FP, "“Collin is a 2010 FSU Criminal", "David Eisler")]),
 N("person", "Rick Snyder", [C(FP, "Gov. Rick Snyder's office issued a", "Rick Snyder")], note="then the slip 'Sndyer' in the same article"),
 N("person", "Angelo L.", [C(FP, "\"He'd just eat his food and", "Angelo L.")]),
 N("person", "Annette Covington", [C(FP, "Annette Covington, who was sitting in", "Annette Covington")]),
 N("person", "Thad L.", [C(FP, "A man who identified himself as", "Thad L.")]),
 N("organization", WSU, [C(FP, "Wayne State University Police K9 Officer", WSU), C(WDIV, "DETROIT - A Wayne State University", WSU),
   C(CNN, "(CNN) A Detroit man pleaded not", WSU)],
   note="FP and WDIV also 'Wayne State' alone; its police ('Wayne State University Police', 'Wayne State police') not annotated apart"),
 N("organization", "Ferris State University", [C(FP, "He was a 2010 graduate of", "Ferris State University"),
   C(WDIV, "He is a graduate of Ferris", "Ferris State University")], note="FP also 'Ferris State' and 'FSU'"),
 N("organization", "Wayne County Prosecutor's Office", [C(WDIV, "The Wayne County Prosecutor's Office has", "Wayne County Prosecutor's Office"),
   C(CNN, "The Wayne County prosecutor's office said", "Wayne County prosecutor's office")], note="same up to case"),
 N("organization", "New Baltimore Police Department", [C(WDIV, "The New Baltimore Police Department, where", "New Baltimore Police Department")]),
 N("organization", "Detroit Receiving Hospital", [C(WDIV, "Meanwhile, Rose underwent surgery at Detroit", "Detroit Receiving Hospital")]),
 N("organization", "GoFundMe", [C(WDIV, "A GoFundMe account has been set", "GoFundMe")]),
 N("organization", "Free Press", [C(FP, "The suspect, who is not being", "Free Press")]),
 N("organization", "FSU Criminal Justice and Law Enforcement Academy", [C(FP, "“Collin is a 2010 FSU Criminal", "FSU Criminal Justice and Law Enforcement Academy")]),
 N("organization", "I Am My Brother's Keeper Ministry", [C(FP, "People who live near the scene", "I Am My Brother's Keeper Ministry")]),
 N("organization", "Lincoln Apartments", [C(FP, "Police have not said whether Rose", "Lincoln Apartments")]),
 N("place", "Detroit", [C(FP, "The 29-year-old police officer was shot", "Detroit"), C(WDIV, "DETROIT - A Wayne State University", "DETROIT"),
   C(CNN, "(CNN) A Detroit man pleaded not", "Detroit")]),
 N("place", "Woodbridge", [C(FP, "The 29-year-old police officer was shot", "Woodbridge"), C(WDIV, "Rose was investigating car break-ins in", "Woodbridge")],
   note="both 'Detroit's Woodbridge neighborhood'"),
 N("place", "Martin Luther King Boulevard", [C(FP, "The 29-year-old police officer was shot", "Martin Luther King Boulevard")]),
 N("place", "Trumbull", [C(FP, "The 29-year-old police officer was shot", "Trumbull")]),
 N("place", "Lincoln", [C(CNN, "The Wayne County prosecutor's office said", "Lincoln")], note="'the area of Lincoln and Brainard' (streets)"),
 N("place", "Brainard", [C(CNN, "The Wayne County prosecutor's office said", "Brainard")]),
 N("place", "Richland", [C(FP, "His first job was with the", "Richland")], note="'the Richland police department'"),
 N("place", "Michigan", [C(FP, "His first job was with the", "Michigan")], note="'western Michigan'"),
 N("place", "St. Clair Shores", [C(WDIV, "Holt said officer Collin Rose, of", "St. Clair Shores")]),
 N("place", "United States", [C(CNN, "This is the fifth officer shot", "United States")]),
 # quotes
 G("quote", "Wilson: saddened to report", R("said", "quote", holder="M. Roy Wilson"), "single_source", [
   C(FP, "“I am saddened to report that", "I am saddened to report that a short time ago")]),
 G("quote", "Wilson: a tragedy felt by all", R("said", "quote", holder="M. Roy Wilson"), "single_source", [
   C(FP, "“This is a tragedy felt by", "This is a tragedy felt by all of us")]),
 G("quote", "Wilson: keep our officers in your thoughts", R("said", "quote", holder="M. Roy Wilson"), "single_source", [
   C(FP, "“Please keep all our police officers", "Please keep all our police officers in your thoughts as well.")]),
 G("quote", "Evans: we heard a shot", R("said", "quote", holder="Betty Evans"), "single_source", [
   C(FP, "\"He was outside, in front. The", "He was outside, in front.")]),
 G("quote", "Evans: I feel sorry for the officer", R("said", "quote", holder="Betty Evans"), "single_source", [
   C(FP, "\"I feel sorry for the officer.", "I feel sorry for the officer.")]),
 G("quote", "Eisler: a 2010 graduate", R("said", "quote", holder="David Eisler"), "single_source", [
   C(FP, "“Collin is a 2010 FSU Criminal", "Collin is a 2010 FSU Criminal Justice and Law Enforcement Academy graduate")]),
 G("quote", "Eisler: keep his family in your thoughts", R("said", "quote", holder="David Eisler"), "single_source", [
   C(FP, "“We ask that you keep his", "We ask that you keep his family in your thoughts and prayers.")]),
 G("quote", "Snyder: rest in peace", R("said", "quote", holder="Rick Snyder"), "single_source", [
   C(FP, "\"May he rest in peace knowing", "May he rest in peace knowing that Michiganders")]),
 G("quote", "Angelo L.: eat his food and took off", R("said", "quote", holder="Angelo L."), "single_source", [
   C(FP, "\"He'd just eat his food and", "He'd just eat his food and took off")]),
 G("quote", "Angelo L.: smoke a cigarette and vanish", R("said", "quote", holder="Angelo L."), "single_source", [
   C(FP, "\"(He would) go outside, smoke a", "(He would) go outside, smoke a cigarette and just vanish.")]),
 G("quote", "Angelo L.: very bad for him", R("said", "quote", holder="Angelo L."), "single_source", [
   C(FP, "Angelo L. said he was familiar", "very, very bad for him")]),
 G("quote", "Covington: we feed everybody", R("said", "quote", holder="Annette Covington"), "single_source", [
   C(FP, "She said they don't associate with", "we feed and help everybody in this neighborhood")]),
 G("quote", "New Baltimore police: saddened to hear", R("said", "quote", holder="New Baltimore Police Department"), "single_source", [
   C(WDIV, "The New Baltimore Police Department, where", "The New Baltimore Police Department was saddened to hear")]),
 G("quote", "New Baltimore police: a true hero", R("said", "quote", holder="New Baltimore Police Department"), "single_source", [
   C(WDIV, "\"Officer Rose is a true hero,", "Officer Rose is a true hero")]),
 G("quote", "Wayne State: member of our canine unit", R("said", "quote", holder=WSU), "single_source", [
   C(WDIV, "Wayne State University offered this message", "(Rose) is a member of our canine unit")]),
]
distinct = [
 ["age of Collin Rose", "age of DeAngelo Lamar Davis", "officer 29 vs suspect 31"],
 ["shots that hit Rose", "further shots Evans heard", "shot once vs two more shots heard"],
 ["dogs in Rose's car", "assault counts in 2011", "two dogs vs two counts"],
 ["distance of the scene from campus", "distance of the ministry", "a few blocks vs about a block"],
 ["Rose's years on the force", "time Angelo L. had seen the suspect", "five years vs five to six years"],
 ["time of Wilson's message", "time of Rose's death", "6 p.m. message vs 5:35 p.m. death"],
 ["day of the shooting", "day of the arrest", "both Tuesday night, different facts (WDIV uses 'Tuesday night' for both)"],
 ["day of Rose's death", "day of Wilson's message", "same Wednesday, different facts"],
 ["day of Rose's death", "day of the news conference", "same Wednesday, different facts"],
 ["day of Rose's death", "day of Wayne State's message to students", "same Wednesday, different facts"],
 ["year Rose graduated from Ferris State", "year Rose was a cadet in New Baltimore", "both 2010, different facts"],
 ["day of the probable cause hearing", "day of the preliminary examination", "December 9 vs 16"],
 ["Detroit", "Detroit Receiving Hospital", "city vs hospital"],
 ["Lincoln", "Lincoln Apartments", "street vs apartment building"],
 [WSU, "Ferris State University", "two universities"],
 ["Ferris State University", "FSU Criminal Justice and Law Enforcement Academy", "university vs its academy"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-51-wayne-state-officer", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 51, "split": "dev",
 "annotation": {"by": "gold8", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06 (session 15): all 3 scraped pages of Multi-News val line 51 read in full and this file written and committed before any crosswire or corroboration_eval output on the story was seen; Wayne State University police officer Collin Rose, 29, shot in the head in Detroit's Woodbridge neighbourhood on a Tuesday night (22 Nov 2016) and dead the next day; DeAngelo Lamar Davis, 31, pleads not guilty on the Friday: Detroit Free Press, WDIV ClickOnDetroit, CNN; no page states a publication date; page furniture not annotated: photo credit '(Photo: Wayne State University)', the '► Update' and '► Related' links (incl. 'Thanksgiving 1977'), contact line, staff credits (David Jesse, Bill Laitner, Robert Allen), share link, 'More: Read: Local News Headlines from ClickOnDetroit', copyright lines, 'Read More'; outlet name in CNN's dateline not annotated; not annotated: ordinals ('first', 'second', 'fifth officer'), 'K9', '911', 'one causing injury', 'the day before' and 'a short time ago' (relative points), nationality or demonym words ('Michiganders'); CNN's 'Story highlights' treated as a standfirst; sentence openings checked by tools/mnhelp.py"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-51-wayne-state-officer.json"), story)
