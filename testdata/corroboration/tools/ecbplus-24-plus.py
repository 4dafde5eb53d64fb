import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from ecbhelp import load, C
A = ["24_10", "24_2", "24_3", "24_4", "24_6"]
load([a + "ecbplus.xml" for a in A])
I, T, NB, B, S = A
arts = [
 {"id": I, "outlet": "www.i24news.tv", "published": "2013-09-09"},
 {"id": T, "outlet": "www.telegraph.co.uk", "published": "2013-09-09T11:48Z"},
 {"id": NB, "outlet": "worldnews.nbcnews.com", "published": "2013-09-09"},
 {"id": B, "outlet": "www.bbc.co.uk", "published": "2013-09-09T14:39Z"},
 {"id": S, "outlet": "news.sky.com", "published": "2013-09-09T10:39Z"},
]
q = "quantity"
g = [
 # quantities: this heist
 G(q, "value of the jewellery stolen from Casty", R("stole", "euros", "Casty store, Paris"), "conflict", [
   C(I, 1, "$2.5 million"), C(I, 3, "two-million-euro ($2.6-million)"), C(I, 5, "two million euros"),
   C(T, 1, "Two million euro"), C(T, 2, "two million-euro"), C(T, 5, "two million euros (£1.7 million)"),
   C(NB, 1, "$2.6 million"), C(NB, 2, "over $2.6 million"), C(NB, 4, "2 million euros ($2.6 million)"),
   C(B, 5, "2m euros (£1.7m; $2.6m)"), C(S, 4, "£1.7m")],
   "2m euros = $2.6m = £1.7m in every article that converts; i24news' headline '$2.5 million' disagrees with its own body ($2.6 million) and with NBC's 'over $2.6 million'"),
 G(q, "robbers in the Casty raid", R("robbed", "men", "Casty store, Paris"), "agree", [
   C(I, 3, "Four men"), C(T, 4, "Four men"), C(NB, 2, "four robbers"), C(S, 3, "Four men"), C(S, 5, "Four men")]),
 # quantities: background
 G(q, "value stolen at the Carlton hotel, Cannes", R("stole", "euros", "Carlton hotel, Cannes", event="background: July 2013 Carlton heist"), "agree", [
   C(I, 8, "103 million euros"), C(NB, 5, "$136M"), C(B, 6, "£88m"), C(S, 9, "£88m")],
   "103m euros = $136m = £88m (conversions)"),
 G(q, "value stolen from the Chopard employee", R("stole", "dollars", "Cannes", event="background: May 2013 Chopard theft"), "conflict", [
   C(NB, 8, "almost $2 million"), C(S, 11, "£910,000")], "£910,000 is about $1.4 million, not 'almost $2 million'"),
 G(q, "value of the necklace stolen after the festival theft", R("stolen", "dollars", "Cap d'Antibes", event="background: May 2013 necklace theft"), "conflict", [
   C(NB, 9, "$2.5 million"), C(S, 11, "£1.2m")], "£1.2m is about $1.9 million, not $2.5 million"),
 G(q, "value stolen at the Grand Hotel du Cap", R("stole", "pounds", "Saint-Jean-Cap-Ferrat", event="background: August 2013 Grand Hotel du Cap theft"), "single_source", [
   C(S, 10, "£35,000")]),
 G(q, "safes cracked at the Grand Hotel du Cap", R("cracked", "safes", "Saint-Jean-Cap-Ferrat", event="background: August 2013 Grand Hotel du Cap theft"), "single_source", [
   C(S, 10, "two safes")]),
 G(q, "men in the Harry Winston robbery", R("robbed", "men", "Harry Winston store, Paris", event="background: December 2008 Harry Winston robbery"), "agree", [
   C(I, 10, "three men"), C(S, 13, "three men")]),
 G(q, "share of the Harry Winston haul recovered", R("recovered", "percent of the haul", holder="police", event="background: December 2008 Harry Winston robbery"), "agree", [
   C(I, 11, "80 percent"), C(S, 14, "80%")]),
 G(q, "robberies attributed to the Pink Panther gang", R("carried out", "robberies", holder="Pink Panther gang", event="background: Pink Panther gang"), "single_source", [
   C(B, 9, "300 similar robberies")]),
 G(q, "cars used in the Dubai raid", R("drove", "cars", "Dubai", event="background: 2007 Dubai raid"), "single_source", [
   C(B, 11, "two cars")]),
 G(q, "value stolen in the Dubai raid", R("escaped with", "euros", "Dubai", event="background: 2007 Dubai raid"), "single_source", [
   C(B, 11, "11m euros")]),
 # durations
 G("duration", "length of the Casty robbery", R("lasted", "minutes", "Casty store, Paris"), "single_source", [
   C(T, 7, "a matter of minutes")]),
 G("duration", "length of the Dubai raid", R("lasted", "minutes", "Dubai", event="background: 2007 Dubai raid"), "single_source", [
   C(B, 11, "less than a minute")]),
 # times
 G("time", "time of the Casty raid", R("rammed at", "clock time", "Casty store, Paris"), "agree", [
   C(T, 5, "around 4.30am"), C(NB, 3, "around 4:30 a.m. local time (11.30 p.m. ET)")]),
 # dates
 G("date", "day of the Casty raid", R("robbed on", "raid", "Casty store, Paris"), "agree", [
   C(I, 3, "Monday"), C(T, 2, "Monday morning"), C(NB, 2, "early Monday"), C(B, 4, "Monday"), C(B, 7, "Monday")],
   "= Monday 9 September 2013; BBC 'In the early hours of Monday' and 'After Monday's robbery'"),
 G("date", "month of the Carlton hotel heist", R("robbed in", "heist", "Carlton hotel, Cannes", event="background: July 2013 Carlton heist"), "agree", [
   C(I, 8, "At the end of July"), C(B, 6, "In July"), C(S, 9, "At the end of July")], "= July 2013"),
 G("date", "month of the Chopard theft", R("stole in", "theft", "Cannes", event="background: May 2013 Chopard theft"), "single_source", [
   C(S, 11, "In May")], "= May 2013"),
 G("date", "month of the Grand Hotel du Cap theft", R("stole in", "theft", "Saint-Jean-Cap-Ferrat", event="background: August 2013 Grand Hotel du Cap theft"), "single_source", [
   C(S, 10, "last month")], "= August 2013"),
 G("date", "date of the Harry Winston robbery", R("robbed in", "robbery", "Harry Winston store, Paris", event="background: December 2008 Harry Winston robbery"), "agree", [
   C(I, 10, "December 2008"), C(S, 13, "December 2008")]),
 G("date", "year the Harry Winston haul was recovered", R("recovered in", "haul", holder="police", event="background: December 2008 Harry Winston robbery"), "agree", [
   C(I, 11, "2009"), C(S, 14, "2009")]),
 G("date", "season of the series of thefts", R("thefts in", "series of thefts", "France"), "single_source", [
   C(B, 3, "this summer")], "= summer 2013"),
 G("date", "period of the spate of robberies", R("seen in", "spate of robberies", "France"), "single_source", [
   C(B, 8, "in recent weeks")]),
 G("date", "start of the Pink Panther robberies", R("since", "robberies", holder="Pink Panther gang", event="background: Pink Panther gang"), "single_source", [
   C(B, 9, "since 1999")]),
 G("date", "year of the Dubai raid", R("raided in", "raid", "Dubai", event="background: 2007 Dubai raid"), "single_source", [
   C(B, 11, "In 2007")]),
 # names
 N("place", "Paris", [C(I, 1, "Paris"), C(T, 1, "Paris"), C(NB, 1, "Paris"), C(B, 3, "Paris"), C(S, 1, "Paris")]),
 N("place", "France", [C(I, 4, "France"), C(T, 4, "France"), C(B, 2, "France"), C(S, 3, "France")], note="NBC only 'the French capital'"),
 N("place", "Place Vendome", [C(I, 4, "Place Vendome"), C(T, 4, "Place Vendôme"), C(NB, 3, "Place Vendome"), C(B, 4, "Place Vendome"), C(S, 8, "Place Vendome")],
   "variant", "Telegraph with the accent"),
 N("place", "Rue de Castiglione", [C(I, 7, "Rue de Castiglione"), C(T, 8, "Rue de Castiglione"), C(S, 5, "Rue de Castiglione")]),
 N("place", "Cannes", [C(I, 4, "Cannes"), C(NB, 5, "Cannes"), C(B, 6, "Cannes"), C(S, 8, "Cannes")]),
 N("place", "Riviera", [C(T, 4, "Riviera"), C(NB, 5, "French Riviera")], "variant", "Telegraph 'the Riviera'"),
 N("place", "La Croisette", [C(NB, 6, "La Croisette")]),
 N("place", "Cap d'Antibes", [C(NB, 9, "Cap d ’ Antibes")], note="as tokenised: 'Cap d ’ Antibes'"),
 N("place", "Switzerland", [C(NB, 8, "Switzerland")]),
 N("place", "Dubai", [C(B, 11, "Dubai")]),
 N("place", "Yugoslavia", [C(B, 10, "Yugoslavia")]),
 N("place", "Saint-Jean-Cap-Ferrat", [C(S, 10, "Saint-Jean-Cap-Ferrat")]),
 N("place", "Nice", [C(S, 10, "Nice")]),
 N("organization", "Casty", [C(I, 7, "Casty"), C(T, 4, "Casty"), C(NB, 3, "Casty"), C(S, 1, "Casty")], note="the store; BBC does not name it"),
 N("organization", "Carlton hotel", [C(I, 8, "Carlton hotel"), C(NB, 5, "Carlton Intercontinental Hotel"), C(B, 6, "Carlton Hotel"), C(S, 9, "Carlton Hotel")],
   "variant", "NBC's full 'Carlton Intercontinental Hotel'"),
 N("organization", "Harry Winston", [C(I, 10, "Harry Winston"), C(S, 13, "Harry Winston")], note="the jewellery store"),
 N("organization", "Chopard", [C(NB, 8, "Chopard"), C(S, 11, "Chopard")]),
 N("organization", "Grand Hotel du Cap", [C(S, 10, "Grand Hotel du Cap")]),
 N("organization", "Le Monde", [C(NB, 4, "Le Monde")]),
 N("organization", "France Info", [C(T, 9, "France Info")]),
 N("organization", "Interpol", [C(B, 10, "Interpol")]),
 N("organization", "Pink Panther", [C(B, 9, "Pink Panther")], note="'the Pink Panther gang'"),
 N("person", "Gérard Bénézat", [C(T, 9, "Gérard Bénézat")]),
 N("person", "Christian Fraser", [C(B, 8, "Christian Fraser")]),
 # quotes
 G("quote", "Bénézat: not afraid of anything", R("said", "quote", holder="Gérard Bénézat"), "single_source", [
   C(T, 9, "They are absolutely not afraid of anything,")]),
 G("quote", "Bénézat: almost routine", R("said", "quote", holder="Gérard Bénézat"), "single_source", [
   C(T, 10, "It's become almost routine and yet everyone knows what needs to be done to be protected.")]),
]
distinct = [
 ["value of the jewellery stolen from Casty", "value of the necklace stolen after the festival theft", "$2.5 million each (i24news headline, NBC), different thefts"],
 ["value of the jewellery stolen from Casty", "value stolen from the Chopard employee", "two million euros vs 'almost $2 million', different thefts"],
 ["value of the jewellery stolen from Casty", "value stolen at the Carlton hotel, Cannes", "this heist vs the July Cannes heist"],
 ["value of the jewellery stolen from Casty", "value stolen in the Dubai raid", "2m euros vs 11m euros, different raids"],
 ["value stolen from the Chopard employee", "value of the necklace stolen after the festival theft", "two May thefts in one sentence"],
 ["value stolen at the Grand Hotel du Cap", "value stolen at the Carlton hotel, Cannes", "two Riviera hotels"],
 ["robbers in the Casty raid", "men in the Harry Winston robbery", "four men now vs three men in 2008"],
 ["cars used in the Dubai raid", "safes cracked at the Grand Hotel du Cap", "'two' of different things"],
 ["length of the Casty robbery", "length of the Dubai raid", "minutes vs less than a minute, different raids"],
 ["date of the Harry Winston robbery", "year the Harry Winston haul was recovered", "2008 robbery vs 2009 recovery"],
 ["month of the Carlton hotel heist", "month of the Chopard theft", "July vs May"],
 ["month of the Carlton hotel heist", "month of the Grand Hotel du Cap theft", "July vs August"],
 ["start of the Pink Panther robberies", "year of the Dubai raid", "1999 vs 2007"],
 ["Carlton hotel", "Grand Hotel du Cap", "two hotels"],
 ["Paris", "Place Vendome", "the city vs the square"],
 ["Cannes", "Cap d'Antibes", "two Riviera resorts"],
 ["Riviera", "Cannes", "the coast vs a town on it"],
 ["Place Vendome", "Rue de Castiglione", "the square vs the street the store is on"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-24-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#%secbplus.xml" % a for a in A], "split": "test",
 "annotation": {"by": "gold4", "date": "2026-12-04", "blind": True,
   "procedure": "annotated blind on 2026-12-04 before any crosswire output on it was seen: all 5 articles read in full (ECB+ sentences 1..end; sentence 0 is the source URL) and this file written and committed before crosswire was run on the story; ram raid on the Casty jewellery store near Place Vendome, Paris, Monday 9 September 2013 (ECB+ topic 24, ECB+ part: i24news, Telegraph, NBC News, BBC, Sky News); sentence openings taken from the repaired text by tools/ecbhelp.py; not annotated: page furniture (BBC 'Last updated at' line, Telegraph and Sky time stamps), the BBC naming itself ('the BBC's Christian Fraser'), events as names (Cannes Film Festival), vehicle words ('4x4', 'four-by-four', 'SUV'), 'a second car', the relative 'little over a month after' and 'Days later', nationality adjectives"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/ecbplus-24-plus.json"), story)
