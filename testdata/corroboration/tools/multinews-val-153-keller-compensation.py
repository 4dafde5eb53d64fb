import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from mnhelp import load, C
A = load(153)
assert A == ["val-153-1", "val-153-2", "val-153-3"], A
W, S, K = A
arts = [
 {"id": W, "outlet": "not named (a wire-style rewrite crediting the Austin American-Statesman and CBS affiliate KEYE; dateline 'AUSTIN, Texas --')", "published": None},
 {"id": S, "outlet": "Austin American-Statesman (by its 'Lone Star Politics' page line; not named in the text)", "published": None},
 {"id": K, "outlet": "KXAN (from the dateline 'AUSTIN (KXAN)')", "published": None},
]
q = "quantity"
g = [
 # quantities
 G(q, "total compensation to the Kellers", R("will receive", "dollars", holder="Dan and Fran Keller"), "agree", [
   C(W, "AUSTIN, Texas -- Texas will pay", "$3.4 million"), C(S, "Dan and Fran Keller, who spent", "$3.4 million"),
   C(S, "The Kellers’ lawyer, Keith Hampton, said", "$3.44 million")], "$3.4 million is $3.44 million rounded"),
 G(q, "compensation per person", R("will receive", "dollars", holder="each of the Kellers"), "single_source", [
   C(K, "In the couple’s case, they were", "approximately $1.84 million")],
   "KXAN: 23 years x $80,000 = $1.84 million each; twice that ($3.68 million) does not fit the $3.4 million total of the other two, but the referent (each person, as computed) differs, so kept apart"),
 G(q, "compensation per year in prison", R("pays", "dollars per year", holder="state compensation fund"), "agree", [
   C(W, "The determination of outright innocence made", "$80,000"), C(S, "The state’s wrongful conviction compensation fund", "$80,000"),
   C(K, "The Kellers are entitled to $80,000", "$80,000")]),
 G(q, "annuity interest rate", R("annual payments of", "percent interest", holder="state compensation fund"), "agree", [
   C(W, "They'll also receive a matching annuity", "5 percent"), C(S, "The state’s wrongful conviction compensation fund", "5 percent")]),
 G(q, "share paid as a lump sum", R("paid as a lump sum", "share of the money", holder="Tim Cole Act"), "single_source", [
   C(K, "The Tim Cole Act states half", "half")]),
 G(q, "checks collected", R("will collect", "checks", holder="Dan and Fran Keller"), "single_source", [
   C(S, "The Kellers’ lawyer, Keith Hampton, said", "two checks")]),
 G(q, "age of Dan Keller", R("age", "years", holder="Dan Keller"), "agree", [
   C(W, "The determination of outright innocence made", "75"), C(S, "Their to-do list includes buying a", "75"),
   C(K, "According to the motion to dismiss,", "75")]),
 G(q, "age of Fran Keller", R("age", "years", holder="Fran Keller"), "agree", [
   C(W, "The determination of outright innocence made", "67"), C(S, "“This means we don’t have to", "67"),
   C(K, "According to the motion to dismiss,", "67")], "KXAN: 'now 75 and 67 respectively'"),
 G(q, "age of the child the Kellers were convicted of abusing", R("age", "years", holder="alleged victim"), "agree", [
   C(W, "The couple was convicted in 1992", "3-year-old"), C(S, "Taped interviews of a Keller accuser,", "a 3-year-old girl")]),
 G(q, "children who accused the Kellers", R("accused", "children", event="background: 1991 accusations"), "single_source", [
   C(S, "The Keller case made national news", "three children")]),
 G(q, "suspect list of ritual abusers", R("suspect list", "ritual abusers", event="background: 1991 investigation"), "single_source", [
   C(S, "The Kellers also were harmed, he", "26 ritual abusers")]),
 G(q, "accusers who opposed the move", R("opposed", "children who accused the Kellers", holder="Margaret Moore"), "single_source", [
   C(S, "Now adults, several of the children", "several")]),
 # durations
 G("duration", "time the Kellers spent in prison", R("imprisoned for", "years", holder="Dan and Fran Keller"), "agree", [
   C(W, "AUSTIN, Texas -- Texas will pay", "more than two decades"), C(S, "Dan and Fran Keller, who spent", "more than 21 years"),
   C(K, "In the couple’s case, they were", "23 years")],
   "intervals overlap ('more than 21 years' fits 23), so agree by rule 6, though convicted 1992 and freed 2013 gives about 21"),
 G("duration", "the Kellers' prison sentence", R("sentenced to", "years", holder="Dan and Fran Keller"), "agree", [
   C(W, "They were each sentenced to 48", "48 years"), C(K, "A jury found them guilty and", "48 years")]),
 G("duration", "Greg Kelley's sentence", R("serving", "years", holder="Greg Kelley"), "single_source", [
   C(S, "READ: Greg Kelley is released on", "25-year")], "the sentence runs on from the 'READ:' link line, which has no full stop"),
 # dates
 G("date", "day the Kellers learned of the payment", R("learned on", "news of the payment", holder="Dan and Fran Keller"), "agree", [
   C(W, "Dan and Fran Keller learned Tuesday", "Tuesday"), C(S, "Shortly after receiving the news Tuesday,", "Tuesday"),
   C(S, "The Kellers received news of the", "on Tuesday"), C(K, "AUSTIN (KXAN) — As attorney Keith", "on Tuesday")],
   "the same Tuesday in all three (undated pages; the news was published the next day, Wednesday); KXAN: Hampton signed off on the package while getting Kelley out of jail on Tuesday"),
 G("date", "day of Greg Kelley's release", R("released on", "release", holder="Greg Kelley"), "single_source", [
   C(K, "At his release on Tuesday, they", "Tuesday")], "the same Tuesday"),
 G("date", "day the checks are collected", R("will collect on", "checks", holder="Dan and Fran Keller"), "single_source", [
   C(S, "The Kellers’ lawyer, Keith Hampton, said", "Wednesday")]),
 G("date", "day Hampton was unavailable", R("not available on", "comment", holder="Keith Hampton"), "single_source", [
   C(W, "Their attorney, Keith Hampton, was not", "Wednesday")]),
 G("date", "month innocence was declared", R("declared innocent in", "declaration of innocence", holder="Margaret Moore"), "agree", [
   C(W, "A judge in June approved a", "in June"), C(S, "The couple’s circumstances changed in June,", "in June"),
   C(K, "In June of this year, Travis", "In June")],
   "Moore's motion (Statesman, KXAN) and the judge's approval of it (wire) in the same June"),
 G("date", "month Moore spoke of the victim's interview", R("said in", "statement", holder="Margaret Moore"), "single_source", [
   C(W, "Further bolstering the Kellers' case was", "in June")]),
 G("date", "year of the conviction", R("convicted in", "conviction", holder="Dan and Fran Keller"), "single_source", [
   C(W, "The couple was convicted in 1992", "1992")]),
 G("date", "year the Kellers were freed", R("freed in", "release", holder="Dan and Fran Keller"), "agree", [
   C(W, "The Kellers were freed in 2013", "in 2013"), C(S, "Freed on signature bonds in 2013,", "in 2013"),
   C(K, "In 2013, a court ruled they", "In 2013")]),
 G("date", "year of the alleged victim's interview", R("interviewed in", "interview", holder="alleged victim"), "single_source", [
   C(W, "Further bolstering the Kellers' case was", "in 2013")]),
 G("date", "year the appeals court overturned the convictions", R("overturned in", "convictions", holder="Texas Court of Criminal Appeals"), "single_source", [
   C(S, "In 2015, the Texas Court of", "In 2015")]),
 G("date", "time of the accusations", R("accused in", "accusations", event="background: 1991 accusations"), "agree", [
   C(S, "The Keller case made national news", "in 1991"), C(K, "The couple was accused of satanic", "in the early 90s"),
   C(K, "According to the motion to dismiss,", "in 1991")], "Statesman: children accused them in 1991; KXAN: accused in the early 90s, abuse alleged in 1991"),
 G("date", "decade the day care hysteria began", R("began in", "hysteria", event="background: satanic panic", holder="Keith Hampton"), "single_source", [
   C(W, "Their attorney, Keith Hampton, was not", "the 1980s")]),
 G("date", "years the satanic panic swept the nation", R("swept the nation in", "satanic panic", event="background: satanic panic", holder="Keith Hampton"), "single_source", [
   C(S, "Dan, Fran Keller were victims of", "early 1990s"), C(S, "Hampton argued that the Kellers were", "early 1990s")]),
 G("date", "month of Kelley's hearing", R("hearing in", "hearing", holder="Greg Kelley"), "single_source", [
   C(K, "On the first day of Greg", "earlier this month")]),
 # names
 N("person", "Dan Keller", [C(W, "The determination of outright innocence made", "Dan Keller"), C(S, "Their to-do list includes buying a", "Dan Keller"),
   C(K, "AUSTIN (KXAN) — As attorney Keith", "Dan")], "variant", "KXAN only 'Dan and Fran Keller'; all also 'the Kellers'"),
 N("person", "Fran Keller", [C(W, "The determination of outright innocence made", "Fran Keller"), C(S, "Shortly after receiving the news Tuesday,", "Fran Keller"),
   C(K, "AUSTIN (KXAN) — As attorney Keith", "Fran Keller")], note="KXAN 'Dan and Fran Keller'"),
 N("person", "Margaret Moore", [C(W, "A judge in June approved a", "Margaret Moore"), C(S, "The couple’s circumstances changed in June,", "Margaret Moore"),
   C(K, "In June of this year, Travis", "Margaret Moore")], note="also 'Moore'"),
 N("person", "Keith Hampton", [C(W, "Their attorney, Keith Hampton, was not", "Keith Hampton"), C(S, "The Kellers’ lawyer, Keith Hampton, said", "Keith Hampton"),
   C(K, "AUSTIN (KXAN) — As attorney Keith", "Keith Hampton")], note="also 'Hampton'"),
 N("person", "Greg Kelley", [C(S, "The Kellers received news of the", "Greg Kelley"), C(K, "AUSTIN (KXAN) — As attorney Keith", "Greg Kelley")], note="also 'Kelley'"),
 N("person", "Tim Cole", [C(K, "The Tim Cole Act states half", "Tim Cole")], note="in the name of the Tim Cole Act"),
 N("place", "Austin", [C(W, "AUSTIN, Texas -- Texas will pay", "AUSTIN"), C(S, "The Kellers also were harmed, he", "Austin"),
   C(K, "AUSTIN (KXAN) — As attorney Keith", "AUSTIN")], note="datelines of the wire and KXAN, which also has 'Austin home' (wire); Statesman 'Austin police captain' and 'South Austin'"),
 N("place", "South Austin", [C(S, "Dan and Fran Keller, who spent", "South Austin")]),
 N("place", "Texas", [C(W, "AUSTIN, Texas -- Texas will pay", "Texas")]),
 N("place", "Travis County", [C(W, "A judge in June approved a", "Travis County"), C(S, "Taped interviews of a Keller accuser,", "Travis County"),
   C(K, "In June of this year, Travis", "Travis County")], note="in the district attorney's title and the sheriff's office"),
 N("place", "U.S.", [C(W, "Their attorney, Keith Hampton, was not", "U.S.")]),
 N("organization", "Austin American-Statesman", [C(W, "Dan and Fran Keller learned Tuesday", "Austin American-Statesman")], note="also 'the Statesman'"),
 N("organization", "KEYE", [C(W, "\"There was not enough evidence left,\"", "KEYE")], note="'CBS affiliate KEYE'"),
 N("organization", "CBS", [C(W, "\"There was not enough evidence left,\"", "CBS")]),
 N("organization", "Associated Press", [C(W, "Their attorney, Keith Hampton, was not", "Associated Press")]),
 N("organization", "Texas Court of Criminal Appeals", [C(W, "The Kellers were freed in 2013", "Texas Court of Criminal Appeals"),
   C(S, "In 2015, the Texas Court of", "Texas Court of Criminal Appeals")], note="Statesman also 'the state’s highest criminal court'"),
 N("organization", "Williamson County Jail", [C(S, "The Kellers received news of the", "Williamson County Jail")]),
 # quotes
 G("quote", "Moore: not enough evidence", R("said", "quote", holder="Margaret Moore"), "single_source", [
   C(W, "\"There was not enough evidence left,\"", "There was not enough evidence left,")]),
 G("quote", "Moore: we work every day", R("said", "quote", holder="Margaret Moore"), "single_source", [
   C(W, "\"We work every day to insure", "We work every day to insure that the cases we bring are appropriately brought and that's all I can answer is for what we do now.")]),
 G("quote", "Fran Keller: no more pinching pennies", R("said", "quote", holder="Fran Keller"), "agree", [
   C(W, "\"This means we don't have to", "This means we don't have to worry about pinching pennies on Social Security, and late bills. It means we will actually be free. We can start living -- and no more nightmares,"),
   C(S, "“This means we don’t have to", "This means we don’t have to worry about pinching pennies on Social Security, and late bills. It means we will actually be free. We can start living — and no more nightmares,")],
   "the wire takes it from the Statesman ('told the newspaper'); only the apostrophes and dash differ"),
 G("quote", "Hampton: day care panic", R("said", "quote", holder="Keith Hampton"), "single_source", [
   C(W, "\"Day care panic or the satanic", "Day care panic or the satanic panic began to occur and it reached a fever pitch around the time the Kellers were prosecuted,")]),
 G("quote", "Hampton: like most hysterias", R("said", "quote", holder="Keith Hampton"), "single_source", [
   C(W, "\"And like most hysterias, it thereafter", "And like most hysterias, it thereafter died away.")]),
 G("quote", "Hampton: they're happy", R("said", "quote", holder="Keith Hampton"), "single_source", [
   C(S, "“They’re happy, and I’m happy for", "They’re happy, and I’m happy for them,")]),
 G("quote", "Hampton: now compensated", R("said", "quote", holder="Keith Hampton"), "single_source", [
   C(K, "“They are now compensated and no", "They are now compensated and no longer must fear homelessness or lack of health insurance,")]),
 G("quote", "Hampton: buying a home", R("said", "quote", holder="Keith Hampton"), "single_source", [
   C(K, "“They are buying a home and", "They are buying a home and can live out their lives in peace and quiet. I am very happy for them.")]),
]
distinct = [
 ["total compensation to the Kellers", "compensation per person", "the couple's total vs each person's share"],
 ["total compensation to the Kellers", "compensation per year in prison", "total vs rate per year"],
 ["time the Kellers spent in prison", "the Kellers' prison sentence", "years served vs years sentenced (48)"],
 ["the Kellers' prison sentence", "Greg Kelley's sentence", "48 years (Kellers) vs 25 years (Kelley)"],
 ["age of Dan Keller", "age of Fran Keller", "two ages in one sentence"],
 ["age of the child the Kellers were convicted of abusing", "children who accused the Kellers", "3-year-old vs three children"],
 ["children who accused the Kellers", "checks collected", "small counts about different things"],
 ["day the Kellers learned of the payment", "day the checks are collected", "Tuesday news vs Wednesday checks"],
 ["day the checks are collected", "day Hampton was unavailable", "both Wednesday, different facts"],
 ["day the Kellers learned of the payment", "day of Greg Kelley's release", "same Tuesday, different facts"],
 ["year the Kellers were freed", "year of the alleged victim's interview", "both 2013, different facts"],
 ["year the Kellers were freed", "year the appeals court overturned the convictions", "2013 release vs 2015 ruling"],
 ["time of the accusations", "years the satanic panic swept the nation", "the Kellers' accusers (1991, early 90s) vs the national panic (early 1990s)"],
 ["decade the day care hysteria began", "years the satanic panic swept the nation", "began in the 1980s (wire) vs swept in the early 1990s (Statesman): different predicates"],
 ["month innocence was declared", "month Moore spoke of the victim's interview", "both June, different facts"],
 ["Dan Keller", "Fran Keller", "husband and wife, one surname"],
 ["Austin", "South Austin", "the city vs its part"],
 ["Austin", "Austin American-Statesman", "the city vs the newspaper named after it"],
 ["CBS", "KEYE", "network vs its affiliate"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "multinews-val-153-keller-compensation", "root": "shared",
 "inputs": ["multinews/val.src"], "multinews_line": 153, "split": "test",
 "annotation": {"by": "gold4", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04 before any crosswire output on it was seen: all 3 articles of Multi-News val.src line 153 read in full and this file written and committed before crosswire was run on the story; Texas pays $3.4 million to Dan and Fran Keller, wrongly imprisoned in the 'satanic panic' day care case (news on a Tuesday in 2017, pages undated); outlets by dateline and page lines; not annotated: the Statesman's link and page lines ('READ: ... after 3-year legal slog', 'LIKE US ON FACEBOOK ...'; the 25-year sentence after the link line is annotated since it is body text), the outlets' own names in datelines (KXAN), the Tim Cole Act as a law (its person name is), Social Security (a programme, inside a quote), lowercase offices (state comptroller's office, Travis County sheriff's office), quotes under four words ('satanic panic', 'actually innocent', 'no credible evidence'), the relative 'about two decades later' and 'at the time'"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/multinews-val-153-keller-compensation.json"), story)
