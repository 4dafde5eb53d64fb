import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from goldwrite import *
A = ["7_LL", "7_M", "7_RR"]
arts = [
 {"id": "7_LL", "outlet": "HuffPost (Reuters)", "published": "2018-04-30"},
 {"id": "7_M", "outlet": "USA Today", "published": "2018-04-30"},
 {"id": "7_RR", "outlet": "Breitbart (AFP)", "published": None},
]
q = "quantity"; T = "US steel and aluminium tariffs"
def S(kind, about, ref, claims, note=None): return G(kind, about, ref, "single_source", claims, note)
def QU(about, holder, art, text, sent): return G("quote", about, R("said", "quote", holder=holder), "single_source", [(art, text, sent)])
g = [
 G(q, "steel tariff rate", R("tariff rate", "steel imports", "United States"), "agree", [
   ("7_RR", "25 percent", "The report came just hours before"), ("7_M", "25%", "The decision, which came hours before"),
   ("7_M", "25%", "Trump announced a 25% tariff on"), ("7_LL", "25 percent", "Trump on March 23 imposed a")]),
 G(q, "aluminium tariff rate", R("tariff rate", "aluminum imports", "United States"), "agree", [
   ("7_RR", "10 percent", "The report came just hours before"), ("7_M", "10%", "Trump announced a 25% tariff on"),
   ("7_LL", "10 percent", "Trump on March 23 imposed a")]),
 S(q, "US steel imports last year", R("imported", "metric tons of steel", "United States", time="2017"), [("7_M", "34.6 million metric tons", "The U.S. imported 34.6 million metric")]),
 S(q, "rise in US steel imports", R("increase from 2016", "steel imports", "United States"), [("7_M", "15 percent", "The U.S. imported 34.6 million metric")]),
 S(q, "target capacity utilisation", R("capacity utilization target", "percent", "United States"), [("7_LL", "above 80 percent", "The tariffs, which have increased frictions")]),
 S(q, "cut in South Korea's steel shipments", R("cut", "steel shipments", "South Korea"), [("7_LL", "about 30 percent", "South Korea earned its permanent exemption")]),
 S(q, "EU metal exports to the US", R("exports annually", "euros of metals", "European Union"), [("7_LL", "6.4 billion euros ($7.7 billion)", "If the EU is subject to")]),
 S(q, "EU retaliation", R("would set duties on", "euros of US exports", "European Union"), [("7_LL", "2.8 billion euros", "If the EU is subject to")]),
 S(q, "WTO challenges", R("prompted", "challenges", "World Trade Organization"), [
   ("7_LL", "several", "The tariffs have increased frictions with"), ("7_LL", "several", "The tariffs, which have increased frictions")]),
 S(q, "other allies given exemptions", R("exempted", "allies"), [("7_M", "a number of", "Trump announced a 25% tariff on")]),
 S(q, "nations in the Australian statement", R("friendship", "nations", holder="Malcolm Turnbull and Steven Ciobo"), [("7_LL", "two", "\"The exemption reflects the fair and")]),
 S(q, "countries Trudeau means", R("trade between", "countries", holder="Justin Trudeau"), [("7_LL", "two", "Any move by the United States")]),
 S(q, "US metals industries", R("increase capacity", "industries", "United States"), [("7_LL", "two", "The tariffs, which have increased frictions")]),
 S(q, "countries in the NAFTA talks", R("negotiating", "countries (Canada and Mexico)"), [("7_M", "two", "Canada and Mexico are negotiating a")]),
 G("duration", "length of the extension", R("extended for", "exemptions", "EU, Canada, Mexico"), "agree", [
   ("7_M", "30-day", "In a statement Monday, the White"), ("7_LL", "30 days", "\"The administration is also extending negotiations")]),
 S("duration", "decline of manufacturing", R("declined for", "manufacturing", "United States"), [("7_M", "decades-long", "The Trump administration has relied on")]),
 G("date", "new deadline for the EU, Canada and Mexico", R("postponed until", "tariffs", "EU, Canada, Mexico"), "agree", [
   ("7_RR", "June 1", "US to delay EU tariff decision"), ("7_RR", "June 1", "Washington (AFP) – US President Donald"),
   ("7_M", "June 1", "The decision, which came hours before"),
   ("7_LL", "June", "Trump Postpones Steel, Aluminum Tariffs Until"), ("7_LL", "June 1", "WASHINGTON, April 30 (Reuters) - President"),
   ("7_LL", "June 1", "A source familiar with the decision"), ("7_LL", "June 1", "President Donald Trump has postponed the")]),
 G("date", "when the tariffs were announced", R("announced", "tariffs", "United States"), "agree", [
   ("7_RR", "March 8", "Trump announced the tariffs on March"), ("7_M", "early March", "Trump announced a 25% tariff on"),
   ("7_LL", "earlier this year", "\"We're hopeful this extension moves us")]),
 G("date", "when the tariffs were imposed", R("imposed", "tariffs", "United States"), "agree", [
   ("7_M", "earlier this year", "The decision, which came hours before"), ("7_LL", "March 23", "Trump on March 23 imposed a")]),
 S("date", "when the EU was exempted", R("exempted", "European Union", "United States"), [("7_RR", "later that month", "Trump announced the tariffs on March")], "= March 2018"),
 G("date", "day the exemptions were to expire", R("expire", "temporary exemptions", "EU, Canada, Mexico"), "agree", [
   ("7_M", "Tuesday", "Trump announced a 25% tariff on"), ("7_LL", "Tuesday", "The decisions came just hours before")], "= 2018-05-01"),
 G("time", "time the exemptions were to expire", R("expire", "temporary exemptions", "EU, Canada, Mexico"), "agree", [
   ("7_RR", "midnight", "The report came just hours before"), ("7_LL", "12:01 a.m.", "The decisions came just hours before"),
   ("7_LL", "12:01 a.m.", "President Donald Trump has postponed the")], "midnight / 12:01 a.m. Tuesday: the same moment"),
 G("date", "day the delay was announced", R("announced", "delay", "United States", holder="White House"), "agree", [
   ("7_M", "Monday", "WASHINGTON — President Trump delayed steep"), ("7_M", "Monday", "In a statement Monday, the White"),
   ("7_LL", "Monday", "WASHINGTON, April 30 (Reuters) - President")], "= 2018-04-30"),
 S("date", "day the Wall Street Journal reported", R("reported", "delay", holder="Wall Street Journal"), [("7_RR", "Monday", "Washington (AFP) – US President Donald")], "= 2018-04-30"),
 G("date", "day the South Korea deal was announced", R("announced", "South Korea steel deal", "South Korea"), "agree", [
   ("7_RR", "later Monday", "The US official, speaking to the"), ("7_M", "Monday", "Officials said Monday that the administration")], "= 2018-04-30"),
 S("date", "day Trudeau spoke", R("said", "tariffs would be a very bad idea", holder="Justin Trudeau"), [("7_LL", "Monday", "Any move by the United States")]),
 S("date", "day Asian markets were closed", R("closed for a holiday", "Asian markets", "Asia"), [("7_LL", "Tuesday", "Most Asian markets were closed for")], "= 2018-05-01"),
 S("date", "when Seoul made concessions", R("made concessions", "Seoul", "South Korea"), [("7_RR", "Last month", "Last month, the government in Seoul")], "= March 2018"),
 S("date", "Trump-Kim summit", R("summit", "Trump and Kim Jong Un"), [("7_RR", "in the coming weeks", "Trump is working with South Korean")]),
 S("date", "Trump's meetings with Macron and Merkel", R("met", "Macron and Merkel", "White House"), [("7_M", "last week", "The tariffs were a central issue")]),
 G("date", "year of the trade law", R("enacted", "trade law", "United States", event="background: 1962 law"), "agree", [
   ("7_M", "1962", "The Trump administration has relied on"), ("7_LL", "1962", "Trump has invoked a 1962 trade")]),
 S("date", "year of NAFTA", R("approved", "NAFTA", event="background: NAFTA"), [("7_M", "1994", "Canada and Mexico are negotiating a")]),
 S("date", "year of the steel import figure", R("imported", "steel", "United States"), [("7_M", "last year", "The U.S. imported 34.6 million metric")], "= 2017"),
 S("date", "base year of the import rise", R("compared with", "steel imports", "United States"), [("7_M", "2016", "The U.S. imported 34.6 million metric")]),
 S("date", "base year of South Korea's cut", R("compared with", "steel shipments", "South Korea"), [("7_LL", "2017", "South Korea earned its permanent exemption")]),
 N("person", "Donald Trump", [("7_LL", "Donald Trump", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "Trump", "WASHINGTON — President Trump delayed steep"), ("7_RR", "Donald Trump", "Washington (AFP) – US President Donald")],
   verdict="variant", note="USA Today names him only as (President) Trump"),
 N("person", "Moon Jae-in", [("7_RR", "Moon Jae-in", "Trump is working with South Korean")]),
 N("person", "Kim Jong Un", [("7_RR", "Kim Jong Un", "Trump is working with South Korean")]),
 N("person", "Taro Kono", [("7_M", "Taro Kono", "Japan and China agree that a")]),
 N("person", "Emmanuel Macron", [("7_M", "Emmanuel Macron", "The tariffs were a central issue")]),
 N("person", "Angela Merkel", [("7_M", "Angela Merkel", "The tariffs were a central issue")]),
 N("person", "Malcolm Turnbull", [("7_LL", "Malcolm Turnbull", "Australia's Prime Minister Malcolm Turnbull and")]),
 N("person", "Steven Ciobo", [("7_LL", "Steven Ciobo", "Australia's Prime Minister Malcolm Turnbull and")]),
 N("person", "Mark Vassella", [("7_LL", "Mark Vassella", "\"Now it's time to refocus, and")]),
 N("person", "Todd Leebow", [("7_LL", "Todd Leebow", "Todd Leebow, president of Majestic Steel")]),
 N("person", "Kevin Brady", [("7_LL", "Kevin Brady", "House Ways and Means Committee Chairman")]),
 N("person", "Justin Trudeau", [("7_LL", "Justin Trudeau", "Any move by the United States")]),
 N("place", "Washington", [("7_LL", "Washington", "Australia's Prime Minister Malcolm Turnbull and"), ("7_RR", "Washington", "Last month, the government in Seoul")]),
 N("place", "European Union", [("7_LL", "European Union", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "European Union", "The decision, which came hours before"), ("7_RR", "European Union", "Washington (AFP) – US President Donald")], note="also 'EU'; USA Today once 'Europe Union'"),
 N("place", "Canada", [(a, "Canada", "") for a in A]),
 N("place", "Mexico", [(a, "Mexico", "") for a in A]),
 N("place", "South Korea", [("7_LL", "South Korea", "Trump on March 23 imposed a"), ("7_M", "South Korea", "The U.S. imported 34.6 million metric"), ("7_RR", "South Korea", "The US official, speaking to the")]),
 N("place", "Seoul", [("7_LL", "Seoul", "South Korea earned its permanent exemption"), ("7_RR", "Seoul", "Last month, the government in Seoul")]),
 N("place", "North Korea", [("7_RR", "North Korea", "Trump is working with South Korean")]),
 N("place", "Mexico City", [("7_RR", "Mexico City", "Extensions for Canada and Mexico had")]),
 N("place", "Ottawa", [("7_RR", "Ottawa", "Extensions for Canada and Mexico had")]),
 N("place", "Japan", [("7_M", "Japan", "Japan and China agree that a")]),
 N("place", "China", [("7_LL", "China", "Trump has invoked a 1962 trade"), ("7_M", "China", "Japan and China agree that a")]),
 N("place", "Argentina", [("7_LL", "Argentina", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "Argentina", "Officials also announced agreements in principle")]),
 N("place", "Australia", [("7_LL", "Australia", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "Australia", "Officials also announced agreements in principle")]),
 N("place", "Brazil", [("7_LL", "Brazil", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "Brazil", "Officials also announced agreements in principle")]),
 N("place", "Russia", [("7_M", "Russia", "The tariffs are already in effect")]),
 N("place", "Europe", [("7_M", "Europe", "Trump officials initially said there would")]),
 N("place", "Capitol Hill", [("7_M", "Capitol Hill", "Trump officials initially said there would")]),
 N("place", "United States", [("7_LL", "United States", "Australia's sole steel producer Bluescope, which"), ("7_M", "United States", "The decision, which came hours before"), ("7_RR", "US", "Washington (AFP) – US President Donald")],
   verdict="variant", note="Breitbart/AFP writes only US"),
 N("place", "Texas", [("7_LL", "Texas", "House Ways and Means Committee Chairman")]),
 N("place", "Cleveland", [("7_LL", "Cleveland", "Todd Leebow, president of Majestic Steel")]),
 N("place", "Great Lakes", [("7_LL", "Great Lakes", "Canada is the largest steel exporter")]),
 N("place", "United Kingdom", [("7_LL", "UK", "A British government spokeswoman in Washington")]),
 N("organization", "Wall Street Journal", [("7_RR", "The Wall Street Journal", "Washington (AFP) – US President Donald")], note="also 'the Journal'"),
 N("organization", "AFP", [("7_RR", "AFP", "Washington (AFP) – US President Donald")]),
 N("organization", "Reuters", [("7_LL", "Reuters", "WASHINGTON, April 30 (Reuters) - President")]),
 N("organization", "White House", [("7_LL", "White House", "WASHINGTON, April 30 (Reuters) - President"), ("7_M", "White House", "The tariffs were a central issue")]),
 N("organization", "World Trade Organization", [("7_LL", "World Trade Organization", "The tariffs have increased frictions with")]),
 N("organization", "Department of Commerce", [("7_M", "Department of Commerce", "The U.S. imported 34.6 million metric")]),
 N("organization", "Republican Party", [("7_LL", "Republican Party", "The metals tariffs have caused some")]),
 N("organization", "Bluescope", [("7_LL", "Bluescope", "Australia's sole steel producer Bluescope, which")]),
 N("organization", "Majestic Steel USA", [("7_LL", "Majestic Steel USA", "Todd Leebow, president of Majestic Steel")]),
 N("organization", "House Ways and Means Committee", [("7_LL", "House Ways and Means Committee", "House Ways and Means Committee Chairman")]),
 N("organization", "European Commission", [("7_LL", "European Commission", "The European Commission said the extension")]),
 N("organization", "London Metal Exchange", [("7_LL", "London Metal Exchange", "Most Asian markets were closed for")]),
 QU("White House: extending negotiations", "White House", "7_LL", "The administration is also extending negotiations with Canada, Mexico, and the European Union for a final 30 days", "\"The administration is also extending negotiations"),
 QU("Turnbull and Ciobo: fair and reciprocal", "Malcolm Turnbull and Steven Ciobo", "7_LL", "The exemption reflects the fair and reciprocal trade relationship", "\"The exemption reflects the fair and"),
 QU("Vassella: back to business", "Mark Vassella", "7_LL", "Now it's time to refocus, and get back to business", "\"Now it's time to refocus, and"),
 QU("White House: fair outcomes", "White House", "7_LL", "to reach fair outcomes with allies to protect our national security", "The White House said the agreements"),
 QU("Leebow: hopeful", "Todd Leebow", "7_LL", "We're hopeful this extension moves us toward the most productive path", "\"We're hopeful this extension moves us"),
 QU("Brady: narrow and targeted", "Kevin Brady", "7_LL", "are narrow and targeted to protect our workers and job creators", "House Ways and Means Committee Chairman"),
 QU("European Commission: fully exempted", "European Commission", "7_LL", "The EU should be fully and permanently exempted from these measures", "\"The EU should be fully and"),
 QU("UK spokeswoman: remain concerned", "British government spokeswoman", "7_LL", "We remain concerned about the impact of these tariffs on global trade", "\"We remain concerned about the impact"),
 QU("Trump: shuttered plants", "Donald Trump", "7_M", "shuttered plants and mills", "The Trump administration has relied on"),
 QU("Trump: single worst trade deal", "Donald Trump", "7_M", "the single worst trade deal", "Canada and Mexico are negotiating a"),
]
first = {"7_LL": "WASHINGTON, April 30 (Reuters) - President", "7_M": "The decision, which came hours before", "7_RR": "The report came just hours before"}
for grp in g:
    for c in grp["claims"]:
        if not c[2]: c[2] = first[c[0]]
d = [
 ["steel tariff rate", "aluminium tariff rate", "25 percent on steel vs 10 percent on aluminium"],
 ["when the tariffs were announced", "when the tariffs were imposed", "March 8 (announced) vs March 23 (imposed): not a conflict"],
 ["length of the extension", "cut in South Korea's steel shipments", "30 days vs about 30 percent"],
 ["day the exemptions were to expire", "day Asian markets were closed", "both Tuesday: different statements"],
 ["EU metal exports to the US", "EU retaliation", "6.4 billion euros of exports vs 2.8 billion euros of retaliation"],
 ["day the delay was announced", "day the Wall Street Journal reported", "both Monday: the White House's statement vs the Journal's report"],
 ["rise in US steel imports", "steel tariff rate", "percentages of different things"],
 ["countries in the NAFTA talks", "US metals industries", "both two"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "newswcl50-event_7", "root": "shared",
 "inputs": ["newswcl50/raw_articles/event_7/" + a + ".txt" for a in A], "split": "test",
 "annotation": {"by": "gold-a", "date": "2026-12-03", "blind": True,
   "procedure": "read all 3 articles in full before any crosswire output; US steel/aluminium tariff exemptions extended, 30 April 2018; NYT (7_L) and Fox (7_R) left out of this story for time; datelines ('WASHINGTON —') are page furniture; one quote claim per contiguous quoted passage"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": d}
write(sys.argv[1], story)
