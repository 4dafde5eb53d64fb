import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
A = ["20_11", "20_1", "20_3", "20_5", "20_7"]
arts = [
 {"id": "20_11", "outlet": "articles.latimes.com", "published": "2005-11-28"},
 {"id": "20_1", "outlet": "news.bbc.co.uk", "published": "2005-11-28T02:24Z"},
 {"id": "20_3", "outlet": "usatoday30.usatoday.com", "published": "2005-11-27T15:41"},
 {"id": "20_5", "outlet": "news.softpedia.com", "published": "2005-11-28T09:11Z"},
 {"id": "20_7", "outlet": "www.cbc.ca", "published": "2005-11-27T20:10-05:00"},
]
q = "quantity"; bgZ = "background: February 2005 Zarand quake"
g = [
 G(q, "people killed by the quake", R("killed", "people", "Qeshm"), "agree", [
   ("20_11", "Ten", "Ten people are killed and about"), ("20_11", "Ten", "Ten people were killed and at"), ("20_11", "10", "State television quoted the disaster center"),
   ("20_1", "Ten", "Ten dead in southern Iran quake"), ("20_1", "at least 10", "A powerful earthquake has hit southern"),
   ("20_3", "10", "An earthquake measuring at least magnitude-5.9"), ("20_5", "10", "A 5.9 magnitude earthquake has leveled"),
   ("20_7", "at least 10", "An earthquake with a magnitude of")]),
 G(q, "people injured by the quake", R("injured", "people", "Qeshm"), "conflict", [
   ("20_11", "about 50", "Ten people are killed and about"), ("20_11", "at least 50", "Ten people were killed and at"), ("20_11", "50", "Qeshm Gov. Heidar Alishvandi said 50"),
   ("20_1", "dozens", "A powerful earthquake has hit southern"), ("20_5", "70", "A 5.9 magnitude earthquake has leveled"),
   ("20_7", "many", "An earthquake with a magnitude of")],
   "governor/LAT 'about 50' vs Softpedia (citing AP) 70, same day; 'dozens'/'many' fit both"),
 G(q, "injured shown on Iranian television", R("taken to hospitals", "injured", "Qeshm"), "single_source", [
   ("20_3", "a few", "Iranian television ran video from Qeshm")]),
 G(q, "magnitude per the US Geological Survey", R("magnitude", "earthquake", "Qeshm", holder="USGS"), "agree", [
   ("20_11", "6.1", "U.S. Geological Survey puts the magnitude"), ("20_11", "6.1", "Tehran's seismologic center put the quake's"),
   ("20_3", "6.1", "Tehran's seismologic center said the quake")]),
 G(q, "magnitude per Iran's seismologic center", R("magnitude", "earthquake", "Qeshm", holder="Tehran seismologic center"), "agree", [
   ("20_11", "5.9", "Tehran's seismologic center put the quake's"), ("20_3", "5.9", "Tehran's seismologic center said the quake")]),
 G(q, "magnitude as the outlet states it (unattributed)", R("magnitude", "earthquake", "Qeshm"), "conflict", [
   ("20_1", "6.1", "The 6.1-magnitude quake struck Qeshm island,"), ("20_3", "at least magnitude-5.9", "An earthquake measuring at least magnitude-5.9"),
   ("20_5", "5.9", "5.9 Earthquake Jolts Iran"), ("20_5", "5.9", "A 5.9 magnitude earthquake has leveled"),
   ("20_7", "at least 5.9", "An earthquake with a magnitude of")],
   "BBC gives 6.1 (USGS figure), Softpedia 5.9 (Iranian figure); 'at least 5.9' fits both"),
 G(q, "magnitude that can cause severe damage (generic)", R("can cause severe damage", "magnitude", event="background: general"), "agree", [
   ("20_11", "6", "A magnitude 6 quake can cause"), ("20_3", "6.0", "A magnitude-6.0 quake can cause severe")]),
 G(q, "aftershocks", R("aftershocks", "aftershocks", "Qeshm"), "conflict", [
   ("20_11", "three", "State media said three strong aftershocks"), ("20_1", "at least four", "The initial tremor lasted just over"),
   ("20_5", "at least four", "The main temblor was followed by")], "state media (LAT): three strong; BBC, IRNA (Softpedia): at least four"),
 G(q, "magnitude of the aftershocks", R("magnitude", "aftershocks", "Qeshm"), "agree", [
   ("20_1", "around 4.0", "The initial tremor lasted just over"), ("20_5", "3.6 to 4.3", "The main temblor was followed by")]),
 G(q, "population of Qeshm island", R("population", "residents", "Qeshm"), "conflict", [
   ("20_11", "more than 100,000", "Qeshm is the biggest island in"), ("20_1", "120,000", "The 6.1-magnitude quake struck Qeshm island,"),
   ("20_3", "about 200,000", "The island, which has about 200,000"), ("20_5", "more than 100,000", "Qeshm, a 1,500-square-kilometer island off the"),
   ("20_7", "200,000", "The quake was centred near Qeshm")], "120,000 (BBC) vs 200,000 (USA Today, CBC); 'more than 100,000' fits both"),
 G(q, "population of Bandar Abbas", R("population", "people", "Bandar Abbas"), "single_source", [
   ("20_3", "500,000", "Shahram Alamdari, head of the rescue")]),
 G(q, "villages damaged or flattened", R("damaged", "villages", "Qeshm"), "conflict", [
   ("20_1", "five", "On Qeshm island, between half and"), ("20_1", "five", "Heydar Alishbandi, Governor of Qeshm island,"),
   ("20_3", "seven", "An earthquake measuring at least magnitude-5.9"), ("20_5", "seven", "A 5.9 magnitude earthquake has leveled")],
   "five badly hit (BBC, governor) vs seven flattened (USA Today, Softpedia)"),
 G(q, "hardest-hit villages named", R("hardest hit", "villages", "Qeshm"), "single_source", [
   ("20_11", "four", "Mohsen Kazemi from Iran's Red Crescent")]),
 G(q, "share of homes damaged in the five villages", R("damaged", "homes", "Qeshm (five villages)"), "single_source", [
   ("20_1", "between half and two-thirds", "On Qeshm island, between half and")]),
 G(q, "distance of the epicentre from Bandar Abbas", R("distance from", "epicentre", "Bandar Abbas", holder="USGS"), "agree", [
   ("20_1", "about 58km (36 miles)", "The US Geological Survey put the"), ("20_3", "35 miles", "The USGS said the quake was")]),
 G(q, "distance of Qeshm from Tehran", R("distance from", "Qeshm", "Tehran"), "agree", [
   ("20_3", "about 940 miles", "The island, which has about 200,000"), ("20_5", "1,500 kilometers", "Qeshm, a 1,500-square-kilometer island off the")],
   "1,500 km = 932 miles"),
 G(q, "area of Qeshm island", R("area", "island", "Qeshm"), "single_source", [
   ("20_5", "1,500-square-kilometer", "Qeshm, a 1,500-square-kilometer island off the")]),
 G(q, "helicopters evacuating injured", R("evacuating injured", "helicopters", "Qeshm"), "single_source", [
   ("20_3", "two", "Shahram Alamdari, head of the rescue")]),
 G(q, "emirates of the UAE", R("emirates", "emirates", "UAE", event="background: general"), "single_source", [
   ("20_3", "seven", "In Dubai, one of the seven")]),
 G(q, "slight quakes a day in Iran", R("quakes per day", "quakes", "Iran", event="background: general"), "single_source", [
   ("20_3", "at least one", "Iran is located on a number")]),
 G(q, "age of Sara Sadeqi", R("age", "years", holder="Sara Sadeqi"), "single_source", [
   ("20_11", "22", "My husband immediately rushed off to")]),
 G(q, "magnitude of the 2003 Bam quake", R("magnitude", "earthquake", "Bam", event="background: 2003 Bam quake"), "single_source", [
   ("20_1", "6.7", "A 6.7-strength quake killed more than")]),
 G(q, "people killed in the 2003 Bam quake", R("killed", "people", "Bam", event="background: 2003 Bam quake"), "single_source", [
   ("20_1", "more than 26,000", "A 6.7-strength quake killed more than")]),
 G(q, "magnitude of the Zarand quake", R("magnitude", "earthquake", "Zarand", event=bgZ), "agree", [
   ("20_1", "6.4", "A 6.4-magnitude quake hit the town"), ("20_3", "6.4", "The last major quake to hit")]),
 G(q, "people killed in the Zarand quake", R("killed", "people", "Zarand", event=bgZ), "agree", [
   ("20_1", "hundreds", "A 6.4-magnitude quake hit the town"), ("20_3", "612", "It killed 612 people and injured")]),
 G(q, "people injured in the Zarand quake", R("injured", "people", "Zarand", event=bgZ), "single_source", [
   ("20_3", "more than 1,400", "It killed 612 people and injured")]),
 G(q, "people left homeless by the Zarand quake", R("homeless", "people", "Zarand", event=bgZ), "single_source", [
   ("20_3", "thousands", "It killed 612 people and injured")]),
 G(q, "population of Zarand", R("population", "people", "Zarand", event=bgZ), "single_source", [
   ("20_3", "about 15,000", "The last major quake to hit")]),
 G(q, "distance of Zarand from Tehran", R("distance from", "Zarand", "Tehran"), "single_source", [
   ("20_3", "602 miles", "The last major quake to hit")]),
 G(q, "people killed in the China quake", R("killed", "people", "eastern China", event="background: 26 Nov 2005 China quake"), "single_source", [
   ("20_7", "more than a dozen", "On Saturday, more than a dozen")]),
 G(q, "buildings destroyed in the China quake", R("destroyed", "buildings", "eastern China", event="background: 26 Nov 2005 China quake"), "single_source", [
   ("20_7", "thousands", "It destroyed thousands of buildings and")]),
 G(q, "people left homeless in the China quake", R("homeless", "people", "eastern China", event="background: 26 Nov 2005 China quake"), "single_source", [
   ("20_7", "nearly half a million", "It destroyed thousands of buildings and")]),
 G("duration", "how long the tremor lasted in Dubai", R("lasted", "tremor", "Dubai"), "agree", [
   ("20_3", "around 30 seconds", "\"It lasted around 30 seconds or"), ("20_7", "30 seconds", "An office worker in Dubai said")]),
 G("duration", "how long the initial tremor lasted (Iran)", R("lasted", "tremor", "Iran"), "single_source", [
   ("20_1", "just over 10 seconds", "The initial tremor lasted just over")]),
 G("duration", "time since the area's last quake", R("not hit by a quake for", "area", "Qeshm / Bandar Abbas"), "single_source", [
   ("20_1", "more than 25 years", "The surrounding area has not been")]),
 G("time", "time of the quake", R("struck at", "earthquake", "Qeshm"), "single_source", [
   ("20_1", "1353 (1023 GMT)", "The quake, which struck at 1353")]),
 G("date", "date of the quake", R("struck on", "earthquake", "Qeshm"), "agree", [
   ("20_11", "Sunday", "Ten people were killed and at"), ("20_1", "Sunday's", "The US Geological Survey put the"),
   ("20_3", "Sunday", "An earthquake measuring at least magnitude-5.9"), ("20_7", "Sunday", "An earthquake with a magnitude of")],
   "= 2005-11-27 from publication dates (27 and 28 November)"),
 G("date", "date of the Bam quake", R("struck on", "earthquake", "Bam", event="background: 2003 Bam quake"), "single_source", [
   ("20_1", "December 2003", "A 6.7-strength quake killed more than")]),
 G("date", "date of the Zarand quake", R("struck on", "earthquake", "Zarand", event=bgZ), "agree", [
   ("20_1", "February", "A 6.4-magnitude quake hit the town"), ("20_3", "February", "The last major quake to hit")], "= February 2005"),
 G("date", "date of the China quake", R("struck on", "earthquake", "eastern China", event="background: 26 Nov 2005 China quake"), "single_source", [
   ("20_7", "Saturday", "On Saturday, more than a dozen")], "= 2005-11-26 from publication date"),
 N("person", "Heidar Alishvandi (governor of Qeshm)", [("20_11", "Heidar Alishvandi", "Qeshm Gov. Heidar Alishvandi said 50"), ("20_1", "Heydar Alishbandi", "Heydar Alishbandi, Governor of Qeshm island,"),
   ("20_3", "Heidar Alishvandi", "Heidar Alishvandi, the governor of Qeshm,"), ("20_5", "Heidar Alishvandi", "Qeshm's governor, Heidar Alishvandi, told the")],
   verdict="variant", note="transliteration: BBC writes Heydar Alishbandi; same role (governor of Qeshm)"),
 N("person", "Sara Sadeqi", [("20_11", "Sara Sadeqi", "My husband immediately rushed off to")]),
 N("person", "Mohsen Kazemi", [("20_11", "Mohsen Kazemi", "Mohsen Kazemi from Iran's Red Crescent")]),
 N("person", "Frances Harrison", [("20_1", "Frances Harrison", "The BBC's Frances Harrison in Tehran")]),
 N("person", "Ghasem Karami", [("20_3", "Ghasem Karami", "Another provincial official, Ghasem Karami, told")]),
 N("person", "Masoud Dalman", [("20_3", "Masoud Dalman", "Masoud Dalman, head of Hormozgan province's")]),
 N("person", "Shahram Alamdari", [("20_3", "Shahram Alamdari", "Shahram Alamdari, head of the rescue")]),
 N("person", "Alireza Khorshidzadeh", [("20_3", "Alireza Khorshidzadeh", "\"Power and water supplies were not")]),
 N("person", "Bina Mathews", [("20_3", "Bina Mathews", "\"It lasted around 30 seconds or")]),
 N("place", "Iran", [("20_11", "Iran", "Ten people were killed and at"), ("20_1", "Iran", "Ten dead in southern Iran quake"), ("20_3", "Iran", "Strong earthquake jolts southern Iran, felt"), ("20_5", "Iran", "5.9 Earthquake Jolts Iran"), ("20_7", "Iran", "An earthquake with a magnitude of")]),
 N("place", "Qeshm", [("20_11", "Qeshm", "Earthquake Levels Villages on Iranian Island"), ("20_1", "Qeshm", "The 6.1-magnitude quake struck Qeshm island,"), ("20_3", "Qeshm", "Heidar Alishvandi, the governor of Qeshm,"), ("20_5", "Qeshm", "According to Iran's seismologic center, the"), ("20_7", "Qeshm", "The quake was centred near Qeshm")]),
 N("place", "Persian Gulf", [("20_11", "Persian Gulf", "Ten people were killed and at"), ("20_1", "Persian gulf", "Qeshm is a popular tourist destination"), ("20_3", "Persian Gulf", "Iran's seismologic center said the epicenter"), ("20_5", "Persian Gulf", "According to Iran's seismologic center, the")]),
 N("place", "Oman", [("20_11", "Oman", "The temblor was felt across the"), ("20_1", "Oman", "The quake, which struck at 1353"), ("20_3", "Oman", "Strong earthquake jolts southern Iran, felt"), ("20_7", "Oman", "In Oman and the United Arab")]),
 N("place", "United Arab Emirates", [("20_11", "United Arab Emirates", "The temblor was felt across the"), ("20_1", "UAE", "The quake, which struck at 1353"), ("20_3", "United Arab Emirates", "The temblor was felt as far"), ("20_7", "United Arab Emirates", "In Oman and the United Arab")],
   verdict="variant", note="BBC uses only the abbreviation UAE (USA Today uses both)"),
 N("place", "Tehran", [("20_11", "Tehran", "Tehran's seismologic center put the quake's"), ("20_1", "Tehran", "The BBC's Frances Harrison in Tehran"), ("20_3", "Tehran", "Tehran's seismologic center said the quake"), ("20_5", "Tehran", "Qeshm, a 1,500-square-kilometer island off the")]),
 N("place", "Golden, Colorado", [("20_11", "Golden, Colo.", "Tehran's seismologic center put the quake's"), ("20_3", "Golden, Colo.", "Tehran's seismologic center said the quake")]),
 N("place", "Hormozgan", [("20_11", "Hormozgan", "State television quoted the disaster center"), ("20_3", "Hormozgan", "Masoud Dalman, head of Hormozgan province's")]),
 N("place", "Qeshm City", [("20_11", "Qeshm City", "My husband immediately rushed off to"), ("20_7", "Qeshm City", "Buildings were toppled in the island's")]),
 N("place", "Bandar Abbas", [("20_1", "Bandar Abbas", "The 6.1-magnitude quake struck Qeshm island,"), ("20_3", "Bandar Abbas", "Iran's seismologic center said the epicenter"), ("20_5", "Bandar Abbas", "According to Iran's seismologic center, the"), ("20_7", "Bandar Abbas", "The quake also shook the major")]),
 N("place", "Bam", [("20_1", "Bam", "A 6.7-strength quake killed more than")]),
 N("place", "Zarand", [("20_1", "Zarand", "A 6.4-magnitude quake hit the town"), ("20_3", "Zarand", "The last major quake to hit")]),
 N("place", "Kerman", [("20_1", "Kerman", "A 6.4-magnitude quake hit the town"), ("20_3", "Kerman", "The last major quake to hit")]),
 N("place", "Dubai", [("20_3", "Dubai", "In Dubai, one of the seven"), ("20_7", "Dubai", "An office worker in Dubai said")]),
 N("place", "China", [("20_7", "China", "On Saturday, more than a dozen")]),
 N("place", "Tonban", [("20_11", "Tonban", "Mohsen Kazemi from Iran's Red Crescent"), ("20_5", "Tonban", "According to the same agency, the"), ("20_7", "Tonban", "Buildings were toppled in the island's")]),
 N("place", "Gavarzin", [("20_11", "Gavarzin", "Mohsen Kazemi from Iran's Red Crescent"), ("20_7", "Gavarzin", "Buildings were toppled in the island's")]),
 N("place", "Khaledin", [("20_11", "Khaledin", "Mohsen Kazemi from Iran's Red Crescent"), ("20_7", "Khaledi", "Buildings were toppled in the island's")],
   verdict="variant", note="one-letter difference in a list of the same villages (Tonban, Gavarzin, Khaledi[n])"),
 N("place", "Gourian", [("20_11", "Gourian", "Mohsen Kazemi from Iran's Red Crescent")], note="not linked to Softpedia's 'Goursin': nothing in the text ties them"),
 N("place", "Goursin", [("20_5", "Goursin", "According to the same agency, the")]),
 N("place", "Deyrestan", [("20_5", "Deyrestan", "According to the same agency, the")]),
 N("place", "Karavan", [("20_3", "Karavan", "The report said the villages of")]),
 N("place", "Kousheh", [("20_3", "Kousheh", "The report said the villages of")]),
 N("place", "Emirates Towers", [("20_3", "Emirates Towers", "They included the twin Emirates Towers,")]),
 N("organization", "US Geological Survey", [("20_11", "U.S. Geological Survey", "U.S. Geological Survey puts the magnitude"), ("20_1", "US Geological Survey", "The US Geological Survey put the"), ("20_3", "U.S. Geological Survey", "Tehran's seismologic center said the quake"), ("20_7", "U.S. Geological Survey", "The quake was centred near Qeshm")], note="20_3 also 'USGS'"),
 N("organization", "Iran's seismologic center", [("20_11", "Tehran's seismologic center", "Tehran's seismologic center put the quake's"), ("20_3", "Tehran's seismologic center", "Tehran's seismologic center said the quake"), ("20_5", "Iran's seismologic center", "According to Iran's seismologic center, the")],
   verdict="variant", note="'Tehran's' / 'Iran's seismologic center'; 20_3 writes both"),
 N("organization", "Red Crescent", [("20_11", "Red Crescent", "Mohsen Kazemi from Iran's Red Crescent"), ("20_3", "Iranian Red Crescent", "Shahram Alamdari, head of the rescue")], verdict="variant", note="'Iran's Red Crescent' / 'the Iranian Red Crescent'"),
 N("organization", "Associated Press", [("20_3", "The Associated Press", "Another provincial official, Ghasem Karami, told"), ("20_5", "AP", "A 5.9 magnitude earthquake has leveled")], verdict="variant", note="full name vs abbreviation"),
 N("organization", "AFP", [("20_1", "AFP", "Mr Alishbandi told the AFP news")]),
 N("organization", "IRNA", [("20_5", "IRNA", "A reporter of the Iranian news"), ("20_7", "IRNA", "The main hospital on Qeshm was")]),
 N("organization", "BBC", [("20_1", "BBC", "The BBC's Frances Harrison in Tehran")]),
 G("quote", "Sadeqi: quake really strong", R("said", "quote", holder="Sara Sadeqi"), "single_source", [
   ("20_11", "The earthquake was really strong, and people poured into the streets in panic", "\"The earthquake was really strong, and")]),
 G("quote", "Sadeqi: husband rushed off", R("said", "quote", holder="Sara Sadeqi"), "single_source", [
   ("20_11", "My husband immediately rushed off to one of the stricken villages", "My husband immediately rushed off to")]),
 G("quote", "woman in Qeshm: injured person with blood", R("said", "quote", holder="woman in Qeshm"), "single_source", [
   ("20_1", "I saw an injured person with blood on their clothes being taken to a local hospital", "I saw an injured person with")]),
 G("quote", "Khorshidzadeh: power and water not affected", R("said", "quote", holder="Alireza Khorshidzadeh"), "single_source", [
   ("20_3", "Power and water supplies were not affected", "\"Power and water supplies were not")]),
 G("quote", "Khorshidzadeh: people poured into streets", R("said", "quote", holder="Alireza Khorshidzadeh"), "single_source", [
   ("20_3", "People poured into the streets, fearing aftershocks", "\"People poured into the streets, fearing")]),
 G("quote", "Mathews: lasted around 30 seconds", R("said", "quote", holder="Bina Mathews"), "single_source", [
   ("20_3", "It lasted around 30 seconds or so", "\"It lasted around 30 seconds or")]),
]
d = [
 ["magnitude per the US Geological Survey", "magnitude per Iran's seismologic center", "two agencies' measurements (holder differs), both reported side by side in 20_11 and 20_3"],
 ["people killed by the quake", "people killed in the Zarand quake", "this quake vs February's Zarand quake (background)"],
 ["people killed by the quake", "people killed in the 2003 Bam quake", "this quake vs the 2003 Bam quake"],
 ["people killed by the quake", "people killed in the China quake", "this quake vs the previous day's quake in China"],
 ["people injured by the quake", "people injured in the Zarand quake", "this quake vs the Zarand quake"],
 ["magnitude per the US Geological Survey", "magnitude of the Zarand quake", "6.1 vs 6.4: different quakes"],
 ["magnitude as the outlet states it (unattributed)", "magnitude of the 2003 Bam quake", "different quakes"],
 ["magnitude as the outlet states it (unattributed)", "magnitude of the aftershocks", "main shock vs aftershocks"],
 ["magnitude as the outlet states it (unattributed)", "magnitude that can cause severe damage (generic)", "a general statement, not this quake"],
 ["how long the tremor lasted in Dubai", "how long the initial tremor lasted (Iran)", "felt in Dubai (30 s) vs in Iran (just over 10 s): different places"],
 ["population of Qeshm island", "population of Bandar Abbas", "island vs city"],
 ["population of Qeshm island", "population of Zarand", "different places"],
 ["villages damaged or flattened", "hardest-hit villages named", "all damaged villages vs the four hardest hit"],
 ["distance of Qeshm from Tehran", "area of Qeshm island", "1,500 km vs 1,500 square km"],
 ["distance of Qeshm from Tehran", "distance of Zarand from Tehran", "two places' distances from Tehran"],
 ["distance of the epicentre from Bandar Abbas", "distance of Qeshm from Tehran", "both distances in miles"],
 ["people injured in the Zarand quake", "area of Qeshm island", "1,400 vs 1,500"],
 ["people left homeless by the Zarand quake", "people left homeless in the China quake", "two background quakes"],
 ["date of the quake", "date of the China quake", "Sunday vs Saturday"],
 ["emirates of the UAE", "villages damaged or flattened", "both seven"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "ecbplus-20-plus", "root": "shared",
 "inputs": ["ecbplus/ecbplus_docs.jsonl#" + a + "ecbplus.xml" for a in A], "split": "dev",
 "annotation": {"by": "gold-a", "date": "2026-12-03", "blind": True,
   "procedure": "read all 5 articles in full (ECB+ sentences 1..end; sentence 0 is the source URL) before any crosswire output; 27 Nov 2005 Qeshm (Iran) earthquake (ECB+ topic 20, ECB+ part)"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": d}
write(sys.argv[1], story)
