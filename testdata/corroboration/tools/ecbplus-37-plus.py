import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
A = ["37_11", "37_12", "37_3", "37_6", "37_9"]
arts = [
 {"id": "37_11", "outlet": "english.ahram.org.eg (AFP)", "published": "2013-07-02"},
 {"id": "37_12", "outlet": "www.ibtimes.com", "published": "2013-07-02T07:41"},
 {"id": "37_3", "outlet": "www.independent.co.uk", "published": "2013-07-03"},
 {"id": "37_6", "outlet": "www.bbc.co.uk", "published": "2013-07-03T13:38Z"},
 {"id": "37_9", "outlet": "www.straitstimes.com", "published": "2013-07-02T16:22"},
]
q = "quantity"
g = [
 G(q, "magnitude of the quake", R("magnitude", "earthquake", "Aceh"), "agree", [
   ("37_11", "6.1", "6.1-magnitude quake strikes Indonesia's Aceh: USGS"), ("37_11", "6.1", "A powerful 6.1-magnitude earthquake struck the"),
   ("37_11", "6.1", "A strong 6.1-magnitude earthquake struck the"), ("37_12", "6.1", "Earthquake Of Magnitude 6.1 Strikes Indonesia's"),
   ("37_12", "6.1", "A magnitude-6.1 earthquake struck Indonesia's Aceh"), ("37_3", "6.1", "Indonesia earthquake: 24 dead and over"),
   ("37_3", "6.1", "Soldiers and police are leading rescue"), ("37_6", "6.1", "Rescue operations are under way after"),
   ("37_9", "6.1", "Dozens injured as 6.1-magnitude quake hits"), ("37_9", "6.1", "A 6.1-magnitude earthquake which hit the")]),
 G(q, "depth of the quake", R("depth", "earthquake", "Aceh"), "agree", [
   ("37_11", "10 kilometres (6.2 miles)", "There were no immediate reports of"), ("37_12", "six miles", "The epicenter of the quake, which"),
   ("37_3", "six miles", "The quake struck yesterday afternoon at"), ("37_9", "10km", "The quake hit inland at a")],
   "10 km = 6.2 miles; 'six miles' is the rounded conversion"),
 G(q, "distance of the epicentre from Bireun", R("distance from", "epicentre", "Bireun"), "agree", [
   ("37_11", "55 kilometres", "There were no immediate reports of"), ("37_12", "34 miles", "The epicenter of the quake, which"),
   ("37_9", "55km", "The quake hit inland at a")], "34 miles = 55 km (37_12 says west, the others south)"),
 G(q, "distance of the epicentre from Reuleuet", R("distance from", "epicentre", "Reuleuet"), "agree", [
   ("37_11", "72 kilometres", "There were no immediate reports of"), ("37_9", "72 km", "The quake hit inland at a")]),
 G(q, "people killed by the quake (whole toll)", R("killed", "people", "Aceh"), "revised", [
   ("37_12", "One", "Earthquake Of Magnitude 6.1 Strikes Indonesia's"), ("37_12", "at least one", "A magnitude-6.1 earthquake struck Indonesia's Aceh"),
   ("37_9", "at least one", "A 6.1-magnitude earthquake which hit the"),
   ("37_3", "24", "Indonesia earthquake: 24 dead and over"), ("37_3", "24", "Soldiers and police are leading rescue"), ("37_3", "24", "Nugroho told Agence-France Presse: \"We have"),
   ("37_6", "at least 24", "Officials say at least 24 people"), ("37_6", "24", "\"We have recorded 24 people dead")],
   "1 on 2 July (day of the quake), 24 on 3 July: revised"),
 G(q, "people missing after the quake", R("missing", "people", "Aceh"), "single_source", [
   ("37_12", "two", "A magnitude-6.1 earthquake struck Indonesia's Aceh")]),
 G(q, "people injured by the quake (whole toll)", R("injured", "people", "Aceh"), "revised", [
   ("37_12", "dozens", "No tsunami warnings were issued following"), ("37_9", "Dozens", "Dozens injured as 6.1-magnitude quake hits"),
   ("37_9", "dozens", "A 6.1-magnitude earthquake which hit the"),
   ("37_3", "over 200", "Indonesia earthquake: 24 dead and over"), ("37_3", "over 200", "Soldiers and police are leading rescue"), ("37_3", "249", "Nugroho told Agence-France Presse: \"We have"),
   ("37_6", "more than 200", "Officials say at least 24 people"), ("37_6", "249", "\"We have recorded 24 people dead")],
   "dozens on 2 July, 249 on 3 July: revised"),
 G(q, "houses damaged in Takengon", R("damaged", "houses", "Takengon"), "single_source", [
   ("37_12", "several", "No tsunami warnings were issued following")]),
 G(q, "buildings damaged by the quake (whole)", R("damaged", "buildings", "Aceh"), "agree", [
   ("37_3", "more than 300", "Nugroho told Agence-France Presse: \"We have"), ("37_6", "more than 300", "He added that more than 300")]),
 G(q, "houses and buildings damaged in Central Aceh", R("damaged", "houses and buildings", "Central Aceh"), "single_source", [
   ("37_3", "about 1,500", "In neighbouring Central Aceh district, 10")]),
 G(q, "people killed in Bener Meriah", R("killed", "people", "Bener Meriah"), "single_source", [
   ("37_3", "Twelve", "Twelve people were killed and 70")]),
 G(q, "people injured in Bener Meriah", R("injured", "people", "Bener Meriah"), "single_source", [
   ("37_3", "70", "Twelve people were killed and 70")]),
 G(q, "people killed in Central Aceh", R("killed", "people", "Central Aceh"), "single_source", [
   ("37_3", "10", "In neighbouring Central Aceh district, 10")]),
 G(q, "people injured in Central Aceh", R("injured", "people", "Central Aceh"), "single_source", [
   ("37_3", "140", "In neighbouring Central Aceh district, 10")]),
 G(q, "people evacuated", R("evacuated", "people", "Aceh"), "single_source", [
   ("37_3", "hundreds", "The quake also triggered landslides and")]),
 G(q, "temporary shelters", R("evacuated to", "temporary shelters", "Aceh"), "single_source", [
   ("37_3", "10", "The quake also triggered landslides and")]),
 G(q, "people killed at an unstated place", R("killed", "people", None), "single_source", [
   ("37_3", "two", "Another two people are also reported")]),
 G(q, "injured hospitalised in intensive care in Bener Meriah", R("hospitalised", "injured", "Bener Meriah"), "single_source", [
   ("37_3", "at least 25", "He said at least 25 of")]),
 G(q, "age of Bensu Elianita", R("age", "years", holder="Bensu Elianita"), "single_source", [
   ("37_3", "22", "\"I see many houses were damaged")]),
 G(q, "children killed when a mosque collapsed", R("killed", "children", "Central Aceh (mosque)"), "single_source", [
   ("37_6", "six", "One report said six children were")]),
 G(q, "children trapped under the mosque", R("trapped", "children", "Central Aceh (mosque)"), "single_source", [
   ("37_6", "14", "One report said six children were")]),
 G(q, "people who slept outdoors in Bener Meriah", R("slept outdoors", "people", "Bener Meriah", time="Tuesday night"), "single_source", [
   ("37_6", "about 300", "In Bener Meriah, about 300 people")]),
 G(q, "distance of the collapsed houses from Banda Aceh", R("distance from", "district", "Banda Aceh"), "single_source", [
   ("37_9", "some 320km", "Houses collapsed in the district, some")]),
 G(q, "length of the Ring of Fire", R("length", "Ring of Fire", event="background: geology"), "single_source", [
   ("37_12", "25,000", "Indonesia is prone to seismic activity,")]),
 G(q, "2004 tsunami deaths across the region", R("killed", "people", "Indian Ocean / Asia", event="background: 2004 tsunami"), "agree", [
   ("37_12", "about 230,000", "The 2004 tsunami that killed about"), ("37_3", "230,000", "In 2004, a magnitude-9.1 earthquake off"),
   ("37_6", "some 230,000", "In 2004, a magnitude 9.1 quake")]),
 G(q, "2004 tsunami deaths in Aceh province", R("killed", "people", "Aceh", event="background: 2004 tsunami"), "single_source", [
   ("37_11", "170,000", "A massive quake struck off Aceh")]),
 G(q, "2004 tsunami deaths in other countries", R("killed", "people", "countries around the Indian Ocean", event="background: 2004 tsunami"), "single_source", [
   ("37_11", "tens of thousands", "A massive quake struck off Aceh")]),
 G(q, "countries hit by the 2004 tsunami", R("killed in", "countries", event="background: 2004 tsunami"), "single_source", [
   ("37_3", "14", "In 2004, a magnitude-9.1 earthquake off")]),
 G(q, "magnitude of the 2004 quake", R("magnitude", "earthquake", "off Aceh", event="background: 2004 tsunami"), "agree", [
   ("37_12", "9.1", "The 2004 tsunami that killed about"), ("37_3", "9.1", "In 2004, a magnitude-9.1 earthquake off"),
   ("37_6", "9.1", "In 2004, a magnitude 9.1 quake")]),
 G("duration", "how long the shaking lasted", R("shook for", "earthquake", "Aceh"), "conflict", [
   ("37_11", "around one minute", "People ran out of buildings in"), ("37_6", "around 15 seconds", "Officials say that the quake was")],
   "AFP journalist in Banda Aceh: about a minute; officials (BBC): about 15 seconds"),
 G("time", "time of the quake", R("struck at", "earthquake", "Aceh"), "single_source", [
   ("37_12", "07:37 a.m. UTC (3:37 a.m. EDT)", "A magnitude-6.1 earthquake struck Indonesia's Aceh")],
   "37_3 'yesterday afternoon' is compatible (14:37 local) but not a clock time"),
 G("date", "date of the quake", R("struck on", "earthquake", "Aceh"), "agree", [
   ("37_11", "Tuesday", "A strong 6.1-magnitude earthquake struck the"), ("37_12", "Tuesday", "A magnitude-6.1 earthquake struck Indonesia's Aceh"),
   ("37_3", "yesterday", "The quake struck yesterday afternoon at"), ("37_6", "Tuesday", "Officials say at least 24 people"),
   ("37_9", "Tuesday", "A 6.1-magnitude earthquake which hit the")],
   "all = 2013-07-02 from publication dates (37_3 published Wednesday 3 July: 'yesterday')"),
 G("date", "night people slept outdoors", R("slept outdoors", "people", "Bener Meriah"), "single_source", [
   ("37_6", "Tuesday night", "In Bener Meriah, about 300 people")], "= 2013-07-02"),
 G("date", "year of the tsunami", R("struck in", "tsunami", "Aceh", event="background: 2004 tsunami"), "agree", [
   ("37_11", "2004", "A massive quake struck off Aceh"), ("37_12", "2004", "The 2004 tsunami that killed about"),
   ("37_3", "2004", "In 2004, a magnitude-9.1 earthquake off"), ("37_6", "2004", "In 2004, a magnitude 9.1 quake"),
   ("37_9", "2004", "A 6.1-magnitude earthquake which hit the")]),
 # names
 N("person", "Sutopo Purwo Nugroho", [("37_3", "Sutopo Purwo Nugroho", "Twelve people were killed and 70"), ("37_6", "Sutopo Purwo Nugroho", "\"We have recorded 24 people dead")],
   note="37_3 also says 'Nugroho' (short form, same article)"),
 N("person", "Rusli M. Saleh", [("37_3", "Rusli M. Saleh", "\"We are now concentrating on searching")]),
 N("person", "Bensu Elianita", [("37_3", "Bensu Elianita", "\"I see many houses were damaged")]),
 N("person", "Ema Suryani", [("37_9", "Ema Suryani", "\"A child died when a wall")]),
 N("place", "Indonesia", [(a, "Indonesia", "") for a in A]),
 N("place", "Aceh", [(a, "Aceh", "") for a in A]),
 N("place", "Bireun", [("37_11", "Bireun", "There were no immediate reports of"), ("37_12", "Bireun", "The epicenter of the quake, which"), ("37_9", "Bireun", "The quake hit inland at a")]),
 N("place", "Reuleuet", [("37_11", "Reuleuet", "There were no immediate reports of"), ("37_9", "Reuleuet", "The quake hit inland at a")]),
 N("place", "Banda Aceh", [("37_11", "Banda Aceh", "People ran out of buildings in"), ("37_6", "Banda Aceh", "Officials say that the quake was"), ("37_9", "Banda Aceh", "Houses collapsed in the district, some")]),
 N("place", "Sumatra", [("37_11", "Sumatra", "A massive quake struck off Aceh"), ("37_12", "Sumatra", "The epicenter of the quake, which"), ("37_3", "Sumatra", "The quake struck yesterday afternoon at"), ("37_6", "Sumatra", "Officials say at least 24 people")]),
 N("place", "Takengon", [("37_12", "Takengon", "No tsunami warnings were issued following")]),
 N("place", "Central Aceh", [("37_12", "Central Aceh", "No tsunami warnings were issued following"), ("37_3", "Central Aceh", "In neighbouring Central Aceh district, 10"), ("37_6", "Central Aceh", "One report said six children were")]),
 N("place", "Bukit Sama", [("37_12", "Bukit Sama", "People ran out of their homes"), ("37_3", "Bukit Sama", "\"I see many houses were damaged")]),
 N("place", "Bener Meriah", [("37_3", "Bener Meriah", "Twelve people were killed and 70"), ("37_6", "Bener Meriah", "Officials say that the quake was"), ("37_9", "Bener Meriah", "\"A child died when a wall")]),
 N("place", "Lampahan", [("37_9", "Lampahan", "\"A child died when a wall")]),
 N("place", "Medan", [("37_3", "Medan", "The quake also caused concern among")]),
 N("place", "North Sumatra", [("37_3", "North Sumatra", "The quake also caused concern among")]),
 N("place", "Indian Ocean", [("37_11", "Indian Ocean", "A massive quake struck off Aceh"), ("37_6", "Indian Ocean", "In 2004, a magnitude 9.1 quake")]),
 N("place", "Asia", [("37_12", "Asia", "The 2004 tsunami that killed about")]),
 N("place", "Ring of Fire", [("37_11", "Ring of Fire", "Indonesia sits on the Pacific \"Ring"), ("37_12", "Ring of Fire", "Indonesia is prone to seismic activity,"), ("37_3", "Ring of Fire", "Indonesia is prone to seismic upheaval"), ("37_6", "Ring of Fire", "Indonesia is prone to earthquakes due")]),
 N("place", "Pacific Basin", [("37_12", "Pacific Basin", "Indonesia is prone to seismic activity,"), ("37_6", "Pacific Basin", "Indonesia is prone to earthquakes due")]),
 N("place", "Pacific Ocean", [("37_3", "Pacific Ocean", "Indonesia is prone to seismic upheaval")]),
 N("organization", "US Geological Survey", [("37_11", "US Geological Survey", "A strong 6.1-magnitude earthquake struck the"), ("37_12", "U.S. Geological Survey", "The epicenter of the quake, which"), ("37_9", "US Geological Survey", "The quake hit inland at a")],
   note="37_11 also 'USGS'"),
 N("organization", "Agence France-Presse", [("37_11", "AFP", "People ran out of buildings in"), ("37_3", "Agence-France Presse", "Nugroho told Agence-France Presse: \"We have"), ("37_6", "Agence-France Presse", "\"We have recorded 24 people dead")],
   verdict="variant", note="37_11 names it only by the abbreviation AFP; 37_6 gives both"),
 N("organization", "Associated Press", [("37_12", "Associated Press", "A magnitude-6.1 earthquake struck Indonesia's Aceh")], note="also 'AP'"),
 N("organization", "National Disaster Mitigation Agency", [("37_3", "National Disaster Mitigation Agency", "Twelve people were killed and 70")]),
 N("organization", "Asia Pacific Economic Cooperation forum", [("37_3", "Asia Pacific Economic Cooperation", "The quake also caused concern among")]),
 G("quote", "villager: houses damaged, roofs fell", R("said", "quote", holder="Bensu Elianita"), "agree", [
   ("37_12", "I see many houses were damaged and their roofs fell onto some people", "\"I see many houses were damaged"),
   ("37_3", "I see many houses were damaged and their roofs fell onto some people", "\"I see many houses were damaged")]),
 G("quote", "villager: difficult to evacuate injured", R("said", "quote", holder="Bensu Elianita"), "agree", [
   ("37_12", "Many people were injured but it is difficult to evacuate them due to traffic jams", "\"Many people were injured but it"),
   ("37_3", "Many people were injured, but it is difficult to evacuate them due to traffic jams", "\"Many people were injured, but it")]),
 G("quote", "Nugroho: 24 dead, 249 injured", R("said", "quote", holder="Sutopo Purwo Nugroho"), "agree", [
   ("37_3", "We have recorded 24 people dead and 249 people injured", "Nugroho told Agence-France Presse: \"We have"),
   ("37_6", "We have recorded 24 people dead and 249 people injured", "\"We have recorded 24 people dead")]),
 G("quote", "Saleh: searching under rubble", R("said", "quote", holder="Rusli M. Saleh"), "single_source", [
   ("37_3", "We are now concentrating on searching for people who may be trapped under the rubble", "\"We are now concentrating on searching")]),
 G("quote", "official: power outage", R("said", "quote", holder="local official"), "single_source", [
   ("37_6", "We have a power outage now and communications are unreliable", "\"We have a power outage now")]),
 G("quote", "doctor: child died", R("said", "quote", holder="Ema Suryani"), "single_source", [
   ("37_9", "A child died when a wall collapsed", "\"A child died when a wall")]),
]
first = {"Indonesia": {"37_11": "6.1-magnitude quake strikes Indonesia's Aceh: USGS", "37_12": "Earthquake Of Magnitude 6.1 Strikes Indonesia's", "37_3": "Indonesia earthquake: 24 dead and over", "37_6": "Indonesia Aceh rescue operation after deadly", "37_9": "Dozens injured as 6.1-magnitude quake hits"}}
first["Aceh"] = first["Indonesia"]
for grp in g:
    if grp["about"] in first:
        grp["claims"] = [[c[0], c[1], first[grp["about"]][c[0]]] for c in grp["claims"]]
d = [
 ["people killed by the quake (whole toll)", "2004 tsunami deaths across the region", "this quake vs the 2004 tsunami in a background paragraph"],
 ["people killed by the quake (whole toll)", "2004 tsunami deaths in Aceh province", "this quake vs the 2004 tsunami, same province"],
 ["2004 tsunami deaths across the region", "2004 tsunami deaths in Aceh province", "region-wide toll vs one province's share (170,000 is part of 230,000)"],
 ["magnitude of the quake", "magnitude of the 2004 quake", "this quake 6.1 vs the 2004 quake 9.1"],
 ["buildings damaged by the quake (whole)", "houses and buildings damaged in Central Aceh", "the whole toll (300+) vs one district (1,500): different places, not a conflict"],
 ["people killed by the quake (whole toll)", "people killed in Bener Meriah", "whole province vs one district"],
 ["people killed by the quake (whole toll)", "people killed in Central Aceh", "whole province vs one district"],
 ["people killed in Bener Meriah", "people killed in Central Aceh", "two neighbouring districts"],
 ["people injured by the quake (whole toll)", "people injured in Bener Meriah", "whole province vs one district"],
 ["people injured by the quake (whole toll)", "people injured in Central Aceh", "whole province vs one district"],
 ["people injured in Bener Meriah", "people injured in Central Aceh", "two neighbouring districts"],
 ["people who slept outdoors in Bener Meriah", "buildings damaged by the quake (whole)", "both about 300 / more than 300: people vs buildings"],
 ["people killed by the quake (whole toll)", "children killed when a mosque collapsed", "one collapse vs the whole toll"],
 ["children trapped under the mosque", "countries hit by the 2004 tsunami", "both 14"],
 ["temporary shelters", "people killed in Central Aceh", "both 10"],
 ["depth of the quake", "temporary shelters", "10 km vs 10 shelters"],
 ["injured hospitalised in intensive care in Bener Meriah", "people killed by the quake (whole toll)", "at least 25 hospitalised vs 24 dead"],
 ["people killed at an unstated place", "people missing after the quake", "both two; killed vs missing"],
 ["distance of the epicentre from Bireun", "distance of the epicentre from Reuleuet", "distances from two towns"],
 ["how long the shaking lasted", "time of the quake", "a duration vs a clock time"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-37-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#" + a + "ecbplus.xml" for a in A], "split": "dev",
 "annotation": {"by": "gold-a", "date": "2026-12-03", "blind": True,
   "procedure": "read all 5 articles in full (ECB+ sentences 1..end; sentence 0 is the source URL) before any crosswire output; 2013 Aceh earthquake (ECB+ topic 37, ECB+ part)"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": d}
write(sys.argv[1], story)
