import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(33)
assert A == ["val-33-1", "val-33-2", "val-33-3", "val-33-4"], A
X1, ABC, ESPN, CBS = A
arts = [
 {"id": X1, "outlet": "unknown (a fragment; no outlet in the text)", "published": None},
 {"id": ABC, "outlet": "ABC News (from text)", "published": None},
 {"id": ESPN, "outlet": "ESPN (from text)", "published": None},
 {"id": CBS, "outlet": "CBS News (from text)", "published": None},
]
q = "quantity"
g = [
 G(q, "age of Will Smith", R("age", "years", holder="Will Smith"), "agree", [
   C(ABC, "Police have said the deadly shooting", "34"), C(ESPN, "Police said Smith, 34, was shot", "34")]),
 G(q, "age of Cardell Hayes", R("age", "years", holder="Cardell Hayes"), "agree", [
   C(ABC, "Hayes, 28, then drew a handgun", "28"), C(ESPN, "Hayes, 28, was arrested Sunday on", "28")]),
 G(q, "bond set for Hayes", R("bond set at", "dollars", holder="Cardell Hayes"), "agree", [
   C(ABC, "On Sunday, a judge set bond", "$1 million"), C(ESPN, "His bond was set at $1", "$1 million")]),
 G(q, "times Smith was shot", R("shot", "times", holder="Will Smith"), "agree", [
   C(ABC, "Hayes, 28, then drew a handgun", "several times"), C(CBS, "The two men exchanged words and", "multiple times")]),
 G(q, "times Smith's wife was shot", R("shot", "times", holder="Racquel Smith"), "conflict", [
   C(ESPN, "Smith was pronounced dead at the", "once"), C(CBS, "At some point, Smith's wife had", "twice")],
   "ESPN: shot once in the right leg; CBS: struck twice in the leg"),
 G(q, "distance from the bump to the shooting", R("distance from", "blocks", "Magazine St / St. Andrew St to Sophie Wright Pl / Felicity St"), "conflict", [
   C(X1, "The Hummer takes off after the", "a block and a half"), C(ESPN, "The video, which was broadcast Tuesday", "approximately two blocks"),
   C(ESPN, "The Hummer immediately pursues the Mercedes", "two blocks")],
   "fragment: Felicity Street 'a block and a half away' from Magazine and St. Andrew; ESPN: 'approximately two blocks', then 'two blocks away'"),
 G(q, "distance from the restaurant to the scene", R("distance from", "blocks", "restaurant that gave ABC the video"), "single_source", [
   C(ABC, "In the video, provided to ABC", "two blocks")]),
 G(q, "vehicles in the bump", R("stopped", "vehicles", "Magazine St / St. Andrew St"), "single_source", [
   C(X1, "The two vehicles stop for a", "two")]),
 G(q, "men who exchanged words", R("exchanged words", "men"), "single_source", [
   C(CBS, "The two men exchanged words and", "two")]),
 G(q, "cars in the accident", R("accident", "cars"), "single_source", [
   C(ESPN, "\"While he's on the phone with", "three-car")]),
 G(q, "guns the shell casings matched", R("casings matched", "guns", holder="New Orleans Police Department"), "single_source", [
   C(ESPN, "New Orleans Police Department spokesman Tyler", "one gun")]),
 # times
 G("time", "time of the bump", R("bump at", "Mercedes and Hummer", "Magazine St / St. Andrew St"), "single_source", [
   C(ESPN, "The surveillance video appears to show", "11:21 p.m.")]),
 G("time", "time of the shooting", R("shot at", "shooting", "Sophie Wright Pl / Felicity St"), "single_source", [
   C(ESPN, "The video, which was broadcast Tuesday", "around 11:30 p.m. ET")]),
 # dates (Saturday = 2016-04-09, the articles' Tuesday = 2016-04-12; no article states a date or year)
 G("date", "night of the shooting", R("shot on", "shooting", "New Orleans"), "agree", [
   C(ABC, "Police have said the deadly shooting", "Saturday night"), C(ESPN, "Surveillance video from a New Orleans", "Saturday"),
   C(ESPN, "Smith drove a Mercedes G63 SUV", "Saturday night"), C(CBS, "\"CBS This Morning\" has not been", "Saturday")],
   "Saturday 9 April 2016 (the text gives weekdays only); ESPN's 'drove ... on Saturday night' dates the same evening"),
 G("date", "day bond was set (initial court appearance)", R("bond set on", "court appearance", holder="Cardell Hayes"), "agree", [
   C(ABC, "On Sunday, a judge set bond", "Sunday"), C(ESPN, "Hayes, 28, was arrested Sunday on", "Sunday")],
   "= Sunday 10 April; ESPN's sentence has two Sundays: 'arrested Sunday' (next group) and 'initial court appearance Sunday' (this one)"),
 G("date", "day Hayes was arrested", R("arrested on", "arrest", holder="Cardell Hayes"), "single_source", [
   C(ESPN, "Hayes, 28, was arrested Sunday on", "Sunday")], "= Sunday 10 April; ABC says he stayed at the scene and was arrested (no day)"),
 G("date", "day Harrison spoke of getting video", R("said on", "statement", holder="Michael Harrison"), "single_source", [
   C(ESPN, "New Orleans Police superintendent Michael Harrison", "Sunday")]),
 G("date", "day Fuller spoke", R("said on", "statement", holder="John Fuller"), "agree", [
   C(ABC, "John Fuller, Hayes' attorney, said Monday", "Monday"), C(ESPN, "Hayes' attorney, John Fuller, said Monday", "Monday"),
   C(ESPN, "\"It would be safe to say", "Monday")], "= Monday 11 April"),
 G("date", "day the video was broadcast", R("broadcast on", "surveillance video", holder="ABC"), "single_source", [
   C(ESPN, "The video, which was broadcast Tuesday", "Tuesday"), C(ESPN, "Police have not yet confirmed that", "Tuesday")],
   "= Tuesday 12 April; ABC says 'this morning' of Gamble's statement, not of the broadcast"),
 G("date", "day Gamble spoke to ABC", R("said on", "statement", holder="Tyler Gamble"), "single_source", [
   C(ABC, "\"This is an ongoing criminal investigation", "this morning")], "= the ABC article's day (Tuesday 12 April, likely)"),
 G("date", "day the Saints announced the visitation", R("announced on", "announcement", holder="New Orleans Saints"), "single_source", [
   C(ESPN, "The Saints announced Tuesday that visitation", "Tuesday")]),
 G("date", "day of the Saints' visitation/tribute", R("held on", "Saints' visitation / tribute", holder="New Orleans Saints"), "agree", [
   C(ESPN, "The Saints announced Tuesday that visitation", "Friday"), C(CBS, "On Wednesday, a traditional brass-band parade", "Friday")],
   "ESPN: visitation at the Saints' practice facility Friday; CBS: the Saints' own tribute on Friday (taken as one event)"),
 G("date", "day of the brass-band parade", R("held on", "parade", "near the shooting scene"), "single_source", [
   C(CBS, "On Wednesday, a traditional brass-band parade", "Wednesday")]),
 G("date", "day of the preliminary hearing", R("scheduled for", "preliminary hearing", holder="Cardell Hayes"), "single_source", [
   C(ESPN, "The preliminary hearing for Hayes has", "April 28")]),
 # names
 N("person", "Will Smith", [C(ABC, "New surveillance video obtained by ABC", "Will Smith"), C(ESPN, "Surveillance video from a New Orleans", "Will Smith"),
   C(CBS, "Now, new video is raising questions", "Will Smith")], note="'Smith' as short form; ABC also 'former NFL star'"),
 N("person", "Cardell Hayes", [C(ABC, "The driver of the vehicle that", "Cardell Hayes"), C(ESPN, "Surveillance video from a New Orleans", "Cardell Hayes"),
   C(CBS, "Hours after police arrested and charged", "Cardell Hayes")]),
 N("person", "John Fuller", [C(ABC, "John Fuller, Hayes' attorney, said Monday", "John Fuller"), C(ESPN, "Hayes' attorney, John Fuller, said Monday", "John Fuller"),
   C(CBS, "\"This was not some situation where", "John Fuller")]),
 N("person", "Racquel Smith", [C(ABC, "Smith's wife, Racquel Smith, was also", "Racquel Smith"), C(ESPN, "Smith was pronounced dead at the", "Racquel")],
   verdict="variant", note="ESPN gives the first name alone ('his wife, Racquel'); CBS says only 'Smith's wife'"),
 N("person", "Tyler Gamble", [C(ABC, "\"This is an ongoing criminal investigation", "Tyler Gamble"), C(ESPN, "New Orleans Police Department spokesman Tyler", "Tyler Gamble")]),
 N("person", "Michael Harrison", [C(ESPN, "New Orleans Police superintendent Michael Harrison", "Michael Harrison")]),
 N("person", "Manuel Bojorquez", [C(CBS, "A surveillance video obtained by New", "Manuel Bojorquez")]),
 N("place", "New Orleans", [C(ABC, "New surveillance video obtained by ABC", "New Orleans"), C(ESPN, "Surveillance video from a New Orleans", "New Orleans"),
   C(CBS, "A surveillance video obtained by New", "New Orleans")]),
 N("place", "Lower Garden District", [C(ABC, "Police have said the deadly shooting", "Lower Garden District")]),
 N("place", "Magazine Street", [C(X1, "Then, near the intersection of Magazine", "Magazine"), C(ESPN, "The video, which was broadcast Tuesday", "Magazine Street")],
   verdict="variant", note="the fragment writes the street names without 'Street'"),
 N("place", "St. Andrew Street", [C(X1, "Then, near the intersection of Magazine", "St. Andrew"), C(ESPN, "The video, which was broadcast Tuesday", "St. Andrew Street")],
   verdict="variant"),
 N("place", "Sophie Wright Place", [C(X1, "The Hummer takes off after the", "Sophie Wright"), C(ESPN, "The Hummer immediately pursues the Mercedes", "Sophie Wright Place")],
   verdict="variant"),
 N("place", "Felicity Street", [C(X1, "The Hummer takes off after the", "Felicity Street"), C(ESPN, "The Hummer immediately pursues the Mercedes", "Felicity Street")]),
 N("organization", "ABC News", [C(ABC, "New surveillance video obtained by ABC", "ABC News"), C(ESPN, "The video, which was broadcast Tuesday", "ABC")],
   verdict="variant", note="ESPN: 'ABC's \"Good Morning America\"' (programme names not annotated)"),
 N("organization", "New Orleans Police Department", [C(ABC, "Police have not confirmed the video,", "New Orleans Police Department"),
   C(ESPN, "New Orleans Police Department spokesman Tyler", "New Orleans Police Department")],
   note="ESPN also 'New Orleans Police superintendent'; CBS says 'New Orleans police' (not a name)"),
 N("organization", "New Orleans Saints", [C(ABC, "Police have said the deadly shooting", "New Orleans Saints"), C(ESPN, "Surveillance video from a New Orleans", "Saints"),
   C(CBS, "Now, new video is raising questions", "Saints")], verdict="variant", note="ESPN and CBS use the short form 'Saints' alone"),
 N("organization", "NFL", [C(ABC, "New surveillance video obtained by ABC", "NFL")]),
 N("organization", "Fox 8", [C(CBS, "A surveillance video obtained by New", "Fox 8")]),
 N("organization", "CBS News", [C(CBS, "A surveillance video obtained by New", "CBS News")]),
 # quotes
 G("quote", "Gamble: ongoing investigation", R("said", "quote", holder="Tyler Gamble"), "single_source", [
   C(ABC, "\"This is an ongoing criminal investigation", "This is an ongoing criminal investigation and we don't have anything further to provide at this time")]),
 G("quote", "Fuller: the person failed to pull over", R("said", "quote", holder="John Fuller"), "single_source", [
   C(ESPN, "The person failed to pull over", "The person failed to pull over. My client trailed behind this person in an effort to get their license plate number. My client also called 911.")],
   "the preceding 'Someone hit him' has three words (not annotated)"),
 G("quote", "Fuller: on the phone with 911", R("said", "quote", holder="John Fuller"), "single_source", [
   C(ESPN, "\"While he's on the phone with", "While he's on the phone with 911, that's when the three-car accident occurs")]),
 G("quote", "Fuller: never talked to an operator", R("said", "quote", holder="John Fuller"), "single_source", [
   C(ESPN, "So he doesn't actually talk to", "So he doesn't actually talk to a 911 operator. But we're hoping that the incident was recorded after 911 picked up.")]),
 G("quote", "Fuller: client and citizens felt threatened", R("said", "quote", holder="John Fuller"), "variant", [
   C(ESPN, "\"It would be safe to say", "It would be safe to say that not only did my client feel threatened, but citizens that were out there on that block felt threatened as well"),
   C(CBS, "\"It'd be safe to say that", "It'd be safe to say that not only did my client feel threatened but citizens who were out on that block felt threatened as well")],
   "one quote written differently ('It would' / 'It'd', 'that were out there' / 'who were out')"),
 G("quote", "Fuller: a second gun will help the defence", R("said", "quote", holder="John Fuller"), "single_source", [
   C(ESPN, "And I think the uncovering or", "And I think the uncovering or unearthing of a second gun will lend itself to the defense of Mr. Hayes.")]),
 G("quote", "Fuller: not guilty of second-degree murder", R("said", "quote", holder="John Fuller"), "single_source", [
   C(ESPN, "\"Once everything becomes apparent, you'll see", "Once everything becomes apparent, you'll see why I'm saying that my client, legally speaking, is not guilty of second-degree murder.")]),
 G("quote", "Fuller: not a hunt", R("said", "quote", holder="John Fuller"), "single_source", [
   C(CBS, "\"This was not some situation where", "This was not some situation where my client hunted down Mr. Smith")]),
 G("quote", "Smith's wife: I need an ambulance", R("said", "quote", holder="Racquel Smith"), "single_source", [
   C(CBS, "\"I need an ambulance", "I need an ambulance. My leg has been shot!")]),
 G("quote", "witness: he shoots him in the back", R("said", "quote", holder="unnamed witness"), "single_source", [
   C(CBS, "\"I guess this guy was like,", "I guess this guy was like, 'Get out of here or I have a gun' And he goes, 'F*** y'all, I've got one too.' And he grabs the gun and then he shoots him in the back - dead")]),
]
distinct = [
 ["age of Will Smith", "age of Cardell Hayes", "two men's ages"],
 ["times Smith was shot", "times Smith's wife was shot", "two victims"],
 ["distance from the bump to the shooting", "distance from the restaurant to the scene", "both 'two blocks': from the bump site vs from the restaurant that gave ABC the video"],
 ["time of the bump", "time of the shooting", "11:21 p.m. bump vs about 11:30 p.m. shooting"],
 ["night of the shooting", "day Hayes was arrested", "Saturday shooting vs Sunday arrest"],
 ["day Hayes was arrested", "day bond was set (initial court appearance)", "both Sunday, different facts"],
 ["day Hayes was arrested", "day Harrison spoke of getting video", "both Sunday, different facts"],
 ["day the video was broadcast", "day the Saints announced the visitation", "both Tuesday, different facts"],
 ["day of the Saints' visitation/tribute", "day of the brass-band parade", "Friday tribute vs Wednesday parade (one CBS sentence)"],
 ["vehicles in the bump", "men who exchanged words", "the same 'two', different things"],
 ["Will Smith", "Racquel Smith", "husband and wife, shared surname"],
 ["ABC News", "CBS News", "two networks"],
 ["Magazine Street", "Felicity Street", "two streets"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-33-will-smith-shooting", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 33, "split": "dev",
 "annotation": {"by": "gold", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04: all 4 articles of Multi-News val.src line 33 read in full and this file written and committed before any crosswire output on the story was seen; killing of Will Smith in New Orleans, Saturday 9 April 2016 (weekdays only in the text); outlets named from the text (article 1 is an unattributed fragment); not annotated: ESPN's video blurb and '(3:31)', its 'Editor's Picks' teasers, photo caption and contributor line, ABC's 'Add Interest' call-out and Getty credit, programme names ('Good Morning America', 'CBS This Morning'), vehicle makes and models (Mercedes G63, Hummer H2, Chevy Impala), ordinals ('second-degree', 'second gun'), '911'"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-33-will-smith-shooting.json"), story)
