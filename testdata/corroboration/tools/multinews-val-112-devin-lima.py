import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(112)
assert A == ["val-112-1", "val-112-2", "val-112-3"], A
US, TMZ, EN = A
arts = [
 {"id": US, "outlet": "Us Weekly (names itself: 'Us Weekly confirms', 'tells Us', newsletter footer)", "published": None},
 {"id": TMZ, "outlet": "TMZ (names itself: 'TMZ has learned')", "published": None},
 {"id": EN, "outlet": "E! News (by 'he told E! News in a statement'; not certain)", "published": None},
]
q = "quantity"
DL = "Devin Lima"
g = [
 # quantities
 G(q, "age of Devin Lima at death", R("age", "years", holder=DL), "agree", [
   C(US, "LFO singer Devin Lima died on", "41"),
   C(TMZ, "LFO's Devin Lima Dead at 41", "41"), C(TMZ, "Devin was 41.", "41"),
   C(EN, "The 41-year-old died on Wednesday after", "41-year-old")],
   "TMZ: headline ('Dead at 41', twice in the run-on headline) and 'Devin was 41.'"),
 G(q, "age of Rich Cronin at death", R("age", "years", holder="Rich Cronin", event="background: Cronin's death"), "agree", [
   C(US, "The trio’s lead singer, Rich Cronin,", "36"), C(EN, "His death comes eight years after", "36")]),
 G(q, "age of Brad Fischetti", R("age", "years", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“Devin asked me to give you", "43")], "his age given beside the 2017 video"),
 G(q, "albums recorded", R("recorded", "albums", holder="LFO", event="background: career"), "single_source", [
   C(TMZ, "They recorded 2 albums, \"LFO\" and", "2 albums")]),
 G(q, "Lima's children", R("father of", "children", holder=DL), "single_source", [
   C(EN, "Fischetti continued, \"Devin, as the world", "six children")], "in Fischetti's quoted statement"),
 # durations
 G("duration", "length of Lima's illness", R("battled", "cancer", holder=DL), "agree", [
   C(US, "“His fiancée was living with him", "13 months"), C(TMZ, "EXCLUSIVE LFO singer Devin Lima has", "yearlong"),
   C(EN, "The 41-year-old died on Wednesday after", "yearlong")],
   "Us: in his mother's quote, '13 months since his cancer diagnosis' (October 2017 to November 2018); TMZ and E!: 'a yearlong battle'"),
 G("duration", "gap before the 2017 song", R("first new song in", "years", holder="LFO", event="background: career"), "single_source", [
   C(US, "In July 2017, the band released", "15 years")]),
 G("duration", "difficult days in hospital", R("spent", "days", "hospital", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“But he asked me to send", "a few really difficult days")], "in Fischetti's 2017 video, quoted"),
 # times
 G("time", "time of death", R("died at", DL, holder="Filomena Lima"), "single_source", [
   C(US, "“His fiancée was living with him", "2:45 in the morning")]),
 # dates (Wednesday = 21 November 2018)
 G("date", "day of Lima's death", R("died on", DL), "agree", [
   C(US, "LFO singer Devin Lima died on", "Wednesday, November 21"), C(TMZ, "Devin died early Wednesday morning ...", "early Wednesday morning"),
   C(EN, "\"It is with a truly broken", "early this morning"), C(EN, "The 41-year-old died on Wednesday after", "on Wednesday")],
   "= Wednesday 21 November 2018; E!: 'early this morning' in Fischetti's statement"),
 G("date", "month of the cancer diagnosis", R("diagnosed in", "stage IV adrenal cancer", holder=DL), "single_source", [
   C(US, "Lima (real name Harold Lima) had", "October 2017")]),
 G("date", "year of Fischetti's video", R("posted in", "YouTube video", holder="Brad Fischetti"), "single_source", [
   C(US, "“I wish we had better news", "2017")]),
 G("date", "year the publicist spoke to Billboard", R("told Billboard in", "statement", holder="Alaina Bendi"), "single_source", [
   C(TMZ, "The band's publicist, Alaina Bendi, told", "2017")]),
 G("date", "year of Summer Girls", R("released in", "Summer Girls", holder="LFO", event="background: career"), "agree", [
   C(US, "LFO are best known for their", "1999"), C(TMZ, "Their biggest hit was \"Summer Girls\"", "1999")]),
 G("date", "release of Perfect 10", R("released in", "Perfect 10", holder="LFO", event="background: career"), "agree", [
   C(US, "In July 2017, the band released", "In July 2017"), C(TMZ, "The group released the song, \"Perfect", "in the summer of last year")],
   "TMZ 'the summer of last year' = summer 2017 (article of November 2018)"),
 G("date", "planned tour", R("planned tour in", "tour", holder="LFO"), "single_source", [
   C(TMZ, "LFO planned to do a tour", "in the spring of 2018"), C(TMZ, "\"We were really hoping that if", "in February")],
   "the publicist's 'get on tour in February' is the same tour"),
 G("date", "Cronin's death", R("died in", "Rich Cronin", event="background: Cronin's death"), "single_source", [
   C(US, "The trio’s lead singer, Rich Cronin,", "September 2010")],
   "E!'s 'eight years after' (a relative point, not annotated) fits"),
 G("date", "decade of the band's popularity", R("popular in", "LFO", event="background: career"), "single_source", [
   C(TMZ, "The boy band was popular in", "'90s")]),
 # names
 N("person", DL, [C(US, "LFO singer Devin Lima died on", DL), C(TMZ, "LFO's Devin Lima Dead at 41", DL),
   C(EN, "Musician Brad Fischetti, the last surviving", DL)],
   note="every article first says 'Devin Lima'; Us adds 'real name Harold Lima', E!'s quoted statement 'Harold 'Devin' Lima' (judgement call: agree, the same form in all three)"),
 N("person", "Brad Fischetti", [C(US, "His bandmate Brad Fischetti announced the", "Brad Fischetti"),
   C(TMZ, "Devin was half of a duo", "Brad Fischetti"), C(EN, "Musician Brad Fischetti, the last surviving", "Brad Fischetti")],
   note="also 'Fischetti'; E! also 'Brad'"),
 N("person", "Rich Cronin", [C(US, "The trio’s lead singer, Rich Cronin,", "Rich Cronin"), C(TMZ, "The group originally was a trio,", "Rich Cronin"),
   C(EN, "His death comes eight years after", "Rich Cronin")]),
 N("person", "Filomena Lima", [C(US, "“My son has passed away,” his", "Filomena Lima")]),
 N("person", "Alaina Bendi", [C(TMZ, "The band's publicist, Alaina Bendi, told", "Alaina Bendi")]),
 N("organization", "LFO", [C(US, "LFO singer Devin Lima died on", "LFO"), C(TMZ, "LFO's Devin Lima Dead at 41", "LFO"),
   C(EN, "Musician Brad Fischetti, the last surviving", "LFO")], note="the band"),
 N("organization", "Us Weekly", [C(US, "LFO singer Devin Lima died on", "Us Weekly")], note="the outlet naming itself"),
 N("organization", "YouTube", [C(US, "His bandmate Brad Fischetti announced the", "YouTube")]),
 N("organization", "TMZ", [C(TMZ, "EXCLUSIVE LFO singer Devin Lima has", "TMZ")], note="the outlet naming itself"),
 N("organization", "Billboard", [C(TMZ, "The band's publicist, Alaina Bendi, told", "Billboard")], note="also the chart 'Billboard Hot 100'"),
 N("organization", "E! News", [C(EN, "\"It is with a truly broken", "E! News")]),
 # quotes
 G("quote", "mother: my son has passed away", R("said", "quote", holder="Filomena Lima"), "single_source", [
   C(US, "“My son has passed away,” his", "My son has passed away,")]),
 G("quote", "mother: he passed at 2:45", R("said", "quote", holder="Filomena Lima"), "single_source", [
   C(US, "“His fiancée was living with him", "His fiancée was living with him and let us know that he passed at 2:45 in the morning.")],
   "the passage runs on: 'He was struggling for 13 months ... The family is not good.'"),
 G("quote", "Fischetti: update without him", R("said", "quote", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“Devin asked me to give you", "Devin asked me to give you this update without him because, frankly, he’s just not feeling very well,")]),
 G("quote", "Fischetti: send you his love", R("said", "quote", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“But he asked me to send", "But he asked me to send you his love and gratitude for all the love and prayers you guys have sent his way.")]),
 G("quote", "Fischetti: better news", R("said", "quote", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“I wish we had better news", "I wish we had better news to share,")]),
 G("quote", "Fischetti: devastating news", R("said", "quote", holder="Brad Fischetti", time="2017"), "single_source", [
   C(US, "“It’s devastating news, but at the", "It’s devastating news, but at the same time, there’s nobody I know stronger than Devin Lima.")]),
 G("quote", "Bendi: really hoping", R("told Billboard", "quote", holder="Alaina Bendi", time="2017"), "single_source", [
   C(TMZ, "\"We were really hoping that if", "We were really hoping that if this wasn't cancer that we could actually get Devin back in shape")]),
 G("quote", "Fischetti: broken heart", R("said", "quote", holder="Brad Fischetti"), "single_source", [
   C(EN, "\"It is with a truly broken", "It is with a truly broken heart that that I confirm")]),
 G("quote", "Fischetti: extraordinary talent", R("said", "quote", holder="Brad Fischetti"), "single_source", [
   C(EN, "Fischetti continued, \"Devin, as the world", "Devin, as the world knows him, was an extraordinary talent")]),
]
distinct = [
 ["age of Devin Lima at death", "age of Rich Cronin at death", "two band members' deaths, 41 vs 36"],
 ["age of Devin Lima at death", "age of Brad Fischetti", "two band members, 41 vs 43, one article"],
 ["year of Fischetti's video", "year the publicist spoke to Billboard", "both 2017, different statements"],
 ["month of the cancer diagnosis", "release of Perfect 10", "October 2017 vs July 2017"],
 ["length of Lima's illness", "gap before the 2017 song", "13 months vs 15 years"],
 ["day of Lima's death", "Cronin's death", "2018 vs September 2010"],
 [DL, "Filomena Lima", "son and mother"],
 ["LFO", "Us Weekly", "band vs outlet"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-112-devin-lima", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 112, "split": "dev",
 "annotation": {"by": "gold7", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06: all 3 articles of Multi-News val.src line 112 read in full and this file written and committed before any crosswire output on the story was seen; LFO singer Devin Lima dead of cancer at 41, Wednesday 21 November 2018 (Us Weekly, TMZ, E! News); TMZ's run-on headline annotated as a statement; not annotated: Us Weekly's newsletter and app footer, song and album titles ('Summer Girls', 'Girl on TV', 'Every Other Time', 'Perfect 10', 'LFO', 'Life is Good'), the chart rank '#3', cancer stages ('stage IV', 'stage 4', 'stage four': a classification, like an ordinal), band sizes as nouns ('trio', 'duo', 'half of a duo'), vague 'a long battle' / 'a long fight', the relative 'eight years after', 'RIP', product names (iPhone)"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-112-devin-lima.json"), story)
