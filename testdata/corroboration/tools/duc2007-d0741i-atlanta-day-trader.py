import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from goldwrite import *
from duchelp import load, C
D = "duc2007/main/docs/D0741I/"
inputs = [D + "APW19990729.0204", D + "APW19990731.0172", D + "NYT19990731.0195", D + "NYT19990801.0138", D + "APW19990806.0099"]
A1, A2, N1, N2, A3 = load(inputs)
arts = [
 {"id": A1, "outlet": "APW", "published": "1999-07-29T19:02"},
 {"id": A2, "outlet": "APW", "published": "1999-07-31T02:00"},
 {"id": N1, "outlet": "NYT (Cox Newspapers)", "published": "1999-07-31T18:56"},
 {"id": N2, "outlet": "NYT (Cox Newspapers, Atlanta Journal-Constitution)", "published": "1999-08-01T19:56"},
 {"id": A3, "outlet": "APW", "published": "1999-08-06T03:40"},
]
q = "quantity"
MB = "Mark Barton"
g = [
 # quantities
 G(q, "killed at the two offices", R("killed", "people", "two brokerage offices", holder=MB), "agree", [
   C(A1, "The bodies of Mrs. Barton and", "nine people"), C(A2, "Besides trying to understand why Barton", "nine people"),
   C(N2, "But there was evidence the nation", "nine dead"), C(A3, "Walden said it was not known", "nine")],
   "family killed before, counted apart; APW 31 Jul splits it four + five"),
 G(q, "killed at the first office", R("killed", "people", "Securities Centre (Momentum Securities)", holder=MB), "single_source", [
   C(A2, "Four died after Barton opened fire.", "Four")]),
 G(q, "killed at the second office", R("killed", "people", "Piedmont Center (All-Tech)", holder=MB), "single_source", [
   C(A2, "At Piedmont Center, Barton opened fire", "five more")]),
 G(q, "injured at the offices", R("injured", "people", "two brokerage offices", holder=MB), "revised", [
   C(N2, "But there was evidence the nation", "12 injured"), C(A3, "Walden said it was not known", "injuring 13")],
   "12 on Sunday 1 Aug (NYT/AJC), 13 on Friday 6 Aug (AP): later article, higher figure"),
 G(q, "offices attacked", R("opened fire at", "offices", "Atlanta", holder=MB), "agree", [
   C(A1, "The bodies of Mrs. Barton and", "two brokerage offices"), C(A2, "Besides trying to understand why Barton", "two Atlanta brokerages"),
   C(N2, "But there was evidence the nation", "two Buckhead office buildings"), C(A3, "ATLANTA (AP) -- Colleagues who had", "two day trading offices"),
   C(A3, "Walden said it was not known", "two offices")]),
 G(q, "age of Mark Barton", R("age", "years", holder=MB), "agree", [
   C(A1, "Mark Barton, the 44-year-old day trader", "44-year-old"), C(A2, "Barton's first stop was Securities Centre,", "44-year-old")]),
 G(q, "children of Barton killed", R("children", "children", holder=MB), "agree", [
   C(A1, "Barton, who had split up with", "two children"), C(N1, "About $150,000 went to Barton's two", "two children"),
   C(A3, "In the days leading up to", "two children"), C(A1, "The couple had two children, who", "two children")],
   "APW 29 Jul: 'his two children from a previous marriage', and 'The couple had two children' (the same two, of the first marriage)"),
 G(q, "people who moved out of the Morrow house", R("moved out", "people", "Morrow"), "single_source", [
   C(A1, "The three of them moved out", "three")], "Barton and the two children"),
 G(q, "age of Matthew", R("age", "years", holder="Matthew Barton", time="July 1999"), "conflict", [
   C(A1, "Police said the children, Michelle and", "12"), C(N2, "Why a man would kill his", "11")],
   "AP 29 Jul 'Michelle and Matthew, were ages 7 and 12 respectively' vs NYT/AJC 1 Aug 'Matthew, 11'; NYT 31 Jul's 'then 9' in 1997 fits 11"),
 G(q, "age of Mychelle", R("age", "years", holder="Mychelle Barton", time="July 1999"), "conflict", [
   C(A1, "Police said the children, Michelle and", "7"), C(N2, "Why a man would kill his", "8")],
   "AP 29 Jul 7 vs NYT/AJC 1 Aug 8; NYT 31 Jul's 'then 6' in 1997 fits 8"),
 G(q, "age of Matthew in 1997", R("age", "years", holder="Matthew Barton", event="background: 1997 insurance settlement", time="1997"), "single_source", [
   C(N1, "About $150,000 went to Barton's two", "then 9")]),
 G(q, "age of Mychelle in 1997", R("age", "years", holder="Mychelle Barton", event="background: 1997 insurance settlement", time="1997"), "single_source", [
   C(N1, "About $150,000 went to Barton's two", "then 6")]),
 G(q, "age of Leigh Ann Barton", R("age", "years", holder="Leigh Ann Barton"), "single_source", [
   C(N2, "Why a man would kill his", "27-year-old")]),
 G(q, "storeys of Barton's house", R("storeys", "floors", "Barton's rented house in Morrow"), "single_source", [
   C(A1, "Barton had lived in Morrow for", "two-story")]),
 G(q, "distance of Johnson's house", R("lived away", "doors", holder="Christine Johnson"), "single_source", [
   C(A1, "Barton had lived in Morrow for", "two doors")]),
 G(q, "age of Christine Johnson", R("age", "years", holder="Christine Johnson"), "single_source", [
   C(A1, "Barton had lived in Morrow for", "58")]),
 G(q, "age of Cindy Northcutt", R("age", "years", holder="Cindy Northcutt"), "single_source", [
   C(A1, "Cindy Northcutt, 38, who lived on", "38")]),
 G(q, "insurance settlement", R("settlement", "dollars", holder=MB, event="background: 1993 slayings"), "single_source", [
   C(N1, "Part of that work later included", "$450,000")]),
 G(q, "insurance policy on the first wife", R("policy", "dollars", holder=MB, event="background: 1993 slayings"), "single_source", [
   C(N1, "Part of that work later included", "$600,000")]),
 G(q, "settlement money to the children", R("went to", "dollars", holder="Barton's two children", event="background: 1993 slayings"), "single_source", [
   C(N1, "About $150,000 went to Barton's two", "About $150,000")]),
 G(q, "storeys of Securities Centre", R("storeys", "floors", "Securities Centre"), "single_source", [
   C(A2, "The seven-story building features unarmed guards", "seven-story")]),
 G(q, "storeys of the second building", R("storeys", "floors", "Piedmont Center"), "single_source", [
   C(A2, "The same is true at Barton's", "seven-story")]),
 G(q, "elevators in Securities Centre", R("has", "elevators", "Securities Centre", holder="Beth Lavender"), "single_source", [
   C(A2, "``There are four elevators and they", "four elevators")]),
 G(q, "doors of Securities Centre", R("has", "doors", "Securities Centre", holder="Beth Lavender"), "single_source", [
   C(A2, "``And there are two doors in", "two doors")]),
 G(q, "handguns Barton carried", R("carried", "handguns", holder=MB), "single_source", [
   C(A2, "It was unclear how Barton carried", "two handguns")]),
 G(q, "other guns in the minivan", R("found", "guns", "Barton's minivan"), "single_source", [
   C(A2, "Two other guns -- a .25", "Two other guns")]),
 G(q, "ammunition in the minivan", R("found", "rounds", "Barton's minivan"), "single_source", [
   C(A2, "Two other guns -- a .25", "200 rounds")]),
 G(q, "handcuffs in the minivan", R("found", "pairs of handcuffs", "Barton's minivan"), "single_source", [
   C(A2, "Two other guns -- a .25", "two pairs of handcuffs")]),
 G(q, "Barton's trading losses", R("lost", "dollars", "All-Tech and Momentum", holder="Wall Street Journal; Atlanta Journal-Constitution"), "single_source", [
   C(A3, "The Wall Street Journal and The", "$400,000 to $450,000")], "'in the past year'"),
 G(q, "losses at Momentum since June", R("lost", "dollars", "Momentum Securities", holder="Momentum officials"), "single_source", [
   C(A3, "Momentum officials previously disclosed that Barton", "$105,000")]),
 G(q, "losses just before the shooting", R("lost", "dollars", "Momentum Securities", holder="Momentum officials"), "single_source", [
   C(A3, "Momentum officials previously disclosed that Barton", "$20,000")]),
 G(q, "times Herder lent Barton money", R("lent", "times", holder="Fred Herder"), "single_source", [
   C(A3, "Herder, who sat next to Barton", "once")]),
 G(q, "killed in Pelham", R("shot to death", "people", "Pelham, Ala.", holder="Alan Eugene Miller", event="background: Pelham shooting"), "single_source", [
   C(A3, "In Pelham, Ala., a man shot", "two people")], "then 'a third' at another business"),
 G(q, "age of Alan Eugene Miller", R("age", "years", holder="Alan Eugene Miller", event="background: Pelham shooting"), "single_source", [
   C(A3, "Police charged 34-year-old Alan Eugene Miller", "34-year-old")]),
 G(q, "murder counts against Miller", R("charged with", "counts of capital murder", holder="Alan Eugene Miller", event="background: Pelham shooting"), "single_source", [
   C(A3, "Police charged 34-year-old Alan Eugene Miller", "three counts")]),
 G(q, "mourners at the funeral", R("attended", "mourners", "Lizella Baptist Church"), "single_source", [
   C(N2, "Instead of being angry at Mark", "about 200 mourners")]),
 G(q, "reporters at the church", R("lined the roadside", "news reporters and photographers", "Lizella Baptist Church"), "single_source", [
   C(N2, "About 20 news reporters and photographers", "About 20")]),
 G(q, "pallbearers", R("carried coffin", "pallbearers", "Lizella Baptist Church"), "single_source", [
   C(N2, "After the service a half-dozen pallbearers", "a half-dozen")]),
 G(q, "distance of the burial church from Macon", R("distance from", "miles", "Old Valley Grove Primitive Baptist Church"), "single_source", [
   C(N2, "The blue hearse transported Barton's body", "about 110 miles")]),
 G(q, "age of Dana Reeves", R("age", "years", holder="Dana Reeves"), "single_source", [
   C(N2, "Between the hymns of ``I'll Fly", "32")]),
 # durations
 G("duration", "manhunt", R("lasted", "hours", "Atlanta", holder="police"), "single_source", [
   C(A2, "He then fled, spurring a five-hour", "five-hour")],
   "AP 6 Aug 'killing himself five hours later' is a relative point, not annotated"),
 G("duration", "time Barton loitered before firing", R("loitered", "minutes", "Securities Centre", holder="Beverly Harvard"), "single_source", [
   C(A2, "Ms. Harvard said Barton loitered at", "about 30 minutes")]),
 G("duration", "police response time", R("responded within", "minutes", holder="Atlanta police"), "single_source", [
   C(A2, "Authorities responded to the first call", "within four minutes")]),
 G("duration", "Barton's meeting with his lawyer", R("lasted", "minutes", holder="Joe Fowler"), "single_source", [
   C(N1, "``It's odd that someone who has", "15-minute")]),
 G("duration", "time Barton lived in Morrow", R("lived in", "year", "Morrow", holder=MB), "single_source", [
   C(A1, "Barton had lived in Morrow for", "about a year")]),
 G("duration", "time Herder sat next to Barton", R("sat next to", "months", "All-Tech", holder="Fred Herder"), "single_source", [
   C(A3, "Herder, who sat next to Barton", "nine months")]),
 G("duration", "years of memories of Leigh Ann", R("memories of", "years", holder="Doug Davis"), "single_source", [
   C(N2, "``We have 27 years of wonderful", "27 years")], "her lifetime, in the pastor's words"),
 G("duration", "hours of shocking memories", R("memories of", "hours", holder="Doug Davis"), "single_source", [
   C(N2, "``We have 27 years of wonderful", "a few hours")]),
 # dates (Thursday = 29 Jul 1999)
 G("date", "day of the rampage", R("opened fire on", "shooting spree", holder=MB), "agree", [
   C(A1, "Mark Barton, the 44-year-old day trader", "Thursday's"), C(N2, "But there was evidence the nation", "Thursday"),
   C(N2, "Instead of being angry at Mark", "last week's"),
   C(A3, "ATLANTA (AP) -- Colleagues who had", "last week"), C(A3, "Walden said it was not known", "July 29")],
   "= Thursday 29 July 1999"),
 G("date", "day Barton visited his lawyer", R("visited lawyer on", "will", holder=MB), "single_source", [
   C(N1, "ATLANTA _ With his slain wife", "Thursday morning"), C(N1, "He returned for the short visit", "Thursday")],
   "= Thursday 29 July, the morning of the rampage"),
 G("date", "earlier visit to change the will", R("visited lawyer on", "will", holder=MB), "single_source", [
   C(N1, "Barton had also come to Fowler's", "Monday")], "= Monday 26 July"),
 G("date", "day the police called Fowler", R("contacted on", "Joe Fowler", holder="Henry County police"), "single_source", [
   C(N1, "On Thursday afternoon, Fowler was contacted", "On Thursday afternoon")], "= 29 July"),
 G("date", "day the wife was killed", R("killed on", "Leigh Ann Barton", holder="Henry County police"), "single_source", [
   C(A1, "Police in Henry County, where Stockbridge", "Tuesday")], "= Tuesday 27 July"),
 G("date", "day the children were killed", R("killed on", "children", holder="Henry County police"), "single_source", [
   C(A1, "Police in Henry County, where Stockbridge", "Wednesday")], "= Wednesday 28 July"),
 G("date", "day of the missed Girl Scout outing", R("expected at outing on", "Leigh Ann Barton"), "single_source", [
   C(A1, "On Wednesday, she was expected at", "On Wednesday")], "= Wednesday 28 July"),
 G("date", "when Barton split from his wife", R("split up", "marriage", holder=MB), "single_source", [
   C(A1, "Barton, who had split up with", "earlier this year")]),
 G("date", "weekend they moved out", R("moved out", "Morrow house"), "single_source", [
   C(A1, "The three of them moved out", "July 4th weekend")]),
 G("date", "year of the first slayings", R("slain in", "Debra Barton and Eloise Spivey", event="background: 1993 slayings"), "agree", [
   C(A1, "In 1993, Barton's first wife and", "In 1993"), C(N1, "Barton first approached Fowler not long", "1993")]),
 G("date", "year of the insurance settlement", R("settled in", "insurance", event="background: 1993 slayings"), "single_source", [
   C(N1, "Part of that work later included", "1997")]),
 G("date", "day authorities assessed the escape", R("assessed on", "escape", holder="authorities"), "single_source", [
   C(A2, "Besides trying to understand why Barton", "Friday")], "= Friday 30 July"),
 G("date", "year the Glock was bought", R("purchased in", "Glock", holder="ATF"), "single_source", [
   C(A2, "Barton purchased the Glock at a", "1993")]),
 G("date", "year the revolver was bought", R("purchased in", "H&R revolver", holder="ATF"), "single_source", [
   C(A2, "Barton purchased the Glock at a", "1976")]),
 G("date", "year the .45 was bought", R("purchased in", "Colt .45", holder="ATF"), "single_source", [
   C(A2, "The .45, with which Barton later", "1983")]),
 G("date", "year the Raven was bought", R("purchased in", "Raven pistol", holder="ATF"), "single_source", [
   C(A2, "And the Raven was bought at", "1992")]),
 G("date", "day of the funeral", R("buried on", "Leigh Ann Barton"), "single_source", [
   C(N2, "LIZELLA, Ga. _ Leigh Ann Barton's", "Sunday")], "= Sunday 1 August"),
 G("date", "day Walden spoke", R("said on", "statement", holder="Mark Walden"), "single_source", [
   C(A3, "``We have no way of knowing", "Thursday")], "= Thursday 5 August"),
 G("date", "day of the Pelham shooting", R("shot on", "Pelham shooting", event="background: Pelham shooting"), "single_source", [
   C(A3, "Also Thursday, one week after Barton's", "Also Thursday")], "= Thursday 5 August"),
 G("date", "day Herder left hospital", R("released on", "Fred Herder"), "single_source", [
   C(A3, "``To a degree it's really frightening", "Wednesday")], "= Wednesday 4 August"),
 G("date", "period of the trading losses", R("lost in", "trading losses", holder="Wall Street Journal; Atlanta Journal-Constitution"), "single_source", [
   C(A3, "The Wall Street Journal and The", "in the past year")]),
 G("date", "start of the Momentum losses", R("lost since", "trading losses", holder="Momentum officials"), "single_source", [
   C(A3, "Momentum officials previously disclosed that Barton", "since June")]),
 # names
 N("person", MB, [C(A1, "Mark Barton, the 44-year-old day trader", MB), C(A2, "ATLANTA (AP) -- Nothing in the", MB),
   C(N1, "ATLANTA _ With his slain wife", MB), C(N2, "Instead of being angry at Mark", "Mark O. Barton"),
   C(A3, "ATLANTA (AP) -- Colleagues who had", MB)], verdict="variant",
   note="NYT/AJC 1 Aug 'Mark O. Barton' (also 'Mark Barton' in a quote); all also 'Barton'"),
 N("person", "Leigh Ann Barton", [C(A1, "The three of them moved out", "Lee Ann Barton"), C(N2, "LIZELLA, Ga. _ Leigh Ann Barton's", "Leigh Ann Barton")],
   verdict="variant", note="AP 29 Jul 'Lee Ann Barton' (per a neighbour), also 'Mrs. Barton'; NYT/AJC 'Leigh Ann Barton'"),
 N("person", "Mychelle", [C(A1, "Police said the children, Michelle and", "Michelle"), C(N1, "About $150,000 went to Barton's two", "Mychelle"),
   C(N2, "Why a man would kill his", "Mychelle")], verdict="variant", note="AP spells it 'Michelle'"),
 N("person", "Matthew", [C(A1, "Police said the children, Michelle and", "Matthew"), C(N1, "About $150,000 went to Barton's two", "Matthew"),
   C(N2, "Why a man would kill his", "Matthew")]),
 N("person", "Debra", [C(N1, "Barton first approached Fowler not long", "Debra")], note="the first wife; AP 29 Jul only 'Barton's first wife'"),
 N("person", "Eloise Spivey", [C(N1, "Barton first approached Fowler not long", "Eloise Spivey")], note="AP 29 Jul only 'mother-in-law'"),
 N("person", "Christine Johnson", [C(A1, "Barton had lived in Morrow for", "Christine Johnson")], note="also 'Mrs. Johnson'"),
 N("person", "Marsha Jean DeFreese", [C(A1, "Another acquaintance in Morrow, Marsha Jean", "Marsha Jean DeFreese")]),
 N("person", "Cindy Northcutt", [C(A1, "Cindy Northcutt, 38, who lived on", "Cindy Northcutt")]),
 N("person", "Joe Fowler", [C(N1, "``He did not have beady eyes", "Joe Fowler")], note="also 'Fowler'"),
 N("person", "Beverly Harvard", [C(A2, "``We don't know how he got", "Beverly Harvard")], note="also 'Ms. Harvard'"),
 N("person", "Magnes Welsh", [C(A2, "``Mr. Barton was a regular client,", "Magnes Welsh")]),
 N("person", "Beth Lavender", [C(A2, "``There are four elevators and they", "Beth Lavender")]),
 N("person", "Mark Walden", [C(A3, "``We have no way of knowing", "Mark Walden")], note="also 'Walden'"),
 N("person", "Alan Eugene Miller", [C(A3, "Police charged 34-year-old Alan Eugene Miller", "Alan Eugene Miller")]),
 N("person", "Fred Herder", [C(A3, "``To a degree it's really frightening", "Fred Herder")], note="also 'Herder'"),
 N("person", "Doug Davis", [C(N2, "Instead of being angry at Mark", "Doug Davis")], note="also 'Davis', 'Pastor Davis'"),
 N("person", "Dana Reeves", [C(N2, "Between the hymns of ``I'll Fly", "Dana Reeves")]),
 N("place", "Atlanta", [C(A1, "Mark Barton, the 44-year-old day trader", "Atlanta"), C(A2, "ATLANTA (AP) -- Nothing in the", "ATLANTA"),
   C(N1, "ATLANTA _ With his slain wife", "ATLANTA"), C(A3, "ATLANTA (AP) -- Colleagues who had", "ATLANTA")],
   note="datelines; APW 29 Jul 'the Atlanta suburb', 'northern Atlanta'; NYT/AJC's 'Atlanta' only in the byline"),
 N("place", "Morrow", [C(A1, "Mark Barton, the 44-year-old day trader", "Morrow")]),
 N("place", "Stockbridge", [C(A1, "The three of them moved out", "Stockbridge"), C(A3, "In the days leading up to", "Stockbridge")]),
 N("place", "Henry County", [C(A1, "Police in Henry County, where Stockbridge", "Henry County"), C(N1, "On Thursday afternoon, Fowler was contacted", "Henry County")]),
 N("place", "Alabama", [C(A1, "In 1993, Barton's first wife and", "Alabama"), C(A3, "In Pelham, Ala., a man shot", "Ala.")], verdict="variant",
   note="AP 6 Aug 'Pelham, Ala.' (postal abbreviation)"),
 N("place", "Georgia", [C(N1, "Some four hours later, Barton went", "Georgia"), C(A2, "And the Raven was bought at", "Georgia"),
   C(N2, "LIZELLA, Ga. _ Leigh Ann Barton's", "Ga.")], verdict="variant", note="NYT/AJC 1 Aug only 'Ga.' ('LIZELLA, Ga.', 'Acworth, Ga.')"),
 N("place", "Douglas County", [C(N1, "``He did not have beady eyes", "Douglas County")]),
 N("place", "Buckhead", [C(A2, "It was unclear how Barton carried", "Buckhead"), C(N2, "But there was evidence the nation", "Buckhead")]),
 N("place", "Piedmont Avenue", [C(A2, "He then crossed Piedmont Avenue, one", "Piedmont Avenue")]),
 N("place", "Chicago", [C(A2, "``Mr. Barton was a regular client,", "Chicago")]),
 N("place", "Warner Robins", [C(A2, "Barton purchased the Glock at a", "Warner Robins")]),
 N("place", "South Carolina", [C(A2, "Barton purchased the Glock at a", "South Carolina")]),
 N("place", "Texas", [C(A2, "The .45, with which Barton later", "Texas")]),
 N("place", "Pelham", [C(A3, "In Pelham, Ala., a man shot", "Pelham")]),
 N("place", "Billingsley", [C(A3, "Police charged 34-year-old Alan Eugene Miller", "Billingsley")]),
 N("place", "Montvale", [C(A3, "Officials with the two day trading", "Montvale")], note="'Montvale, N.J.-based'"),
 N("place", "Houston", [C(A3, "Officials with the two day trading", "Houston")]),
 N("place", "Lizella", [C(N2, "LIZELLA, Ga. _ Leigh Ann Barton's", "LIZELLA")]),
 N("place", "Acworth", [C(N2, "But there was evidence the nation", "Acworth")], note="where Barton shot himself; AP 29 Jul says only 'a gas station in northern Atlanta'"),
 N("place", "Macon", [C(N2, "About 20 news reporters and photographers", "Macon")]),
 N("place", "Irwin County", [C(N2, "The family decided to bury Barton", "Irwin County")]),
 N("organization", "Momentum Securities", [C(A2, "Barton's first stop was Securities Centre,", "Momentum Securities"),
   C(A3, "Officials with the two day trading", "Momentum Securities")]),
 N("organization", "All-Tech Investment Group", [C(A2, "At Piedmont Center, Barton opened fire", "All-Tech Investment Group"),
   C(A3, "Officials with the two day trading", "All-Tech Investment Group")], note="AP 6 Aug also 'All-Tech'"),
 N("organization", "Securities Centre", [C(A2, "Barton's first stop was Securities Centre,", "Securities Centre"),
   C(A2, "``Mr. Barton was a regular client,", "Security Centre")],
   note="one article: 'Securities Centre' and, in a spokeswoman's line, 'Security Centre' (a slip); the building"),
 N("organization", "Piedmont Center", [C(A2, "At Piedmont Center, Barton opened fire", "Piedmont Center"),
   C(A2, "The same is true at Barton's", "Perimeter Center")],
   note="one article calls the second building 'Perimeter Center' and then 'Piedmont Center'; taken as one building"),
 N("organization", "Jones Lang Lasalle", [C(A2, "``Mr. Barton was a regular client,", "Jones Lang Lasalle")]),
 N("organization", "Financial Development Corp.", [C(A2, "``There are four elevators and they", "Financial Development Corp.")]),
 N("organization", "Bureau of Alcohol, Tobacco and Firearms", [C(A2, "Barton purchased the Glock at a", "Bureau of Alcohol, Tobacco and Firearms")]),
 N("organization", "Georgia State Bar Association", [C(N1, "The attorney said Georgia State Bar", "Georgia State Bar Association")]),
 N("organization", "Girl Scouts", [C(A1, "Neighbors in Morrow said Mrs. Barton", "Girl Scouts"), C(N2, "One friend among a group of", "Girl Scouts")]),
 N("organization", "Lizella Baptist Church", [C(N2, "Instead of being angry at Mark", "Lizella Baptist Church")]),
 N("organization", "Old Valley Grove Primitive Baptist Church", [C(N2, "The blue hearse transported Barton's body", "Old Valley Grove Primitive Baptist Church")]),
 N("organization", "Wall Street Journal", [C(A3, "The Wall Street Journal and The", "Wall Street Journal")]),
 N("organization", "Atlanta Journal-Constitution", [C(A3, "The Wall Street Journal and The", "Atlanta Journal-Constitution")],
   note="NYT/AJC 1 Aug names it only in the byline"),
 # quotes
 G("quote", "Johnson: kept to himself", R("said", "quote", holder="Christine Johnson"), "single_source", [
   C(A1, "``He kept to himself,'' Mrs. Johnson", "He kept to himself,")]),
 G("quote", "Johnson: threw his hand up", R("said", "quote", holder="Christine Johnson"), "single_source", [
   C(A1, "``If he drove by in his", "If he drove by in his van he threw his hand up. But that was about it.")]),
 G("quote", "DeFreese: looked odd", R("said", "quote", holder="Marsha Jean DeFreese"), "single_source", [
   C(A1, "``He looked odd to me,'' she", "He looked odd to me,")]),
 G("quote", "DeFreese: something's weird", R("said", "quote", holder="Marsha Jean DeFreese"), "single_source", [
   C(A1, "``He looked odd to me,'' she", "I thought something's weird about this man.")]),
 G("quote", "Northcutt: other things on his mind", R("said", "quote", holder="Cindy Northcutt"), "single_source", [
   C(A1, "``He had other things on his", "He had other things on his mind,")]),
 G("quote", "Northcutt: didn't seem friendly", R("said", "quote", holder="Cindy Northcutt"), "single_source", [
   C(A1, "``He didn't seem friendly at all.", "He didn't seem friendly at all. He was making an effort to have something to do with you.")]),
 G("quote", "Fowler: no beady eyes", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``He did not have beady eyes", "He did not have beady eyes or a stubbly beard or anything like that,")]),
 G("quote", "Fowler: seemed real normal", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``He just seemed real normal, just", "He just seemed real normal, just talking.")],
   "the passage runs on: 'I guess he easily could have had a weapon with him. The people in the office ... are just freaking out.'"),
 G("quote", "Fowler: such coldness", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``It's odd that someone who has", "It's odd that someone who has done this would be able to act with such deliberateness, such coldness,")]),
 G("quote", "Fowler: heard the talk", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``Yeah, I heard the talk and", "Yeah, I heard the talk and Mark did, too,")]),
 G("quote", "Fowler: as a lawyer", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``As a lawyer, you can't separate", "As a lawyer, you can't separate it.")]),
 G("quote", "Fowler: a man in grief", R("said", "quote", holder="Joe Fowler"), "single_source", [
   C(N1, "``I saw him as a man", "I saw him as a man in grief and my job was to help him with the details to carry on living.")]),
 G("quote", "Harvard: how he got away", R("said", "quote", holder="Beverly Harvard"), "single_source", [
   C(A2, "``We don't know how he got", "We don't know how he got away,")]),
 G("quote", "Harvard: did everything", R("said", "quote", holder="Beverly Harvard"), "single_source", [
   C(A2, "``We did everything exactly as it", "We did everything exactly as it should have been done, and the officers did an excellent job, especially when it came to response time.")]),
 G("quote", "Welsh: regular client", R("said", "quote", holder="Magnes Welsh"), "single_source", [
   C(A2, "``Mr. Barton was a regular client,", "Mr. Barton was a regular client, and one of those people who would have never been stopped,")]),
 G("quote", "Welsh: nothing unusual", R("said", "quote", holder="Magnes Welsh"), "single_source", [
   C(A2, "``There was nothing unusual about his", "There was nothing unusual about his arrival at all.")]),
 G("quote", "Barton: bad trading day", R("said", "quote", holder=MB), "single_source", [
   C(A2, "She said witnesses recalled him saying", "It's a bad trading day, and it's going to get worse.")], "as recalled by witnesses, per Harvard"),
 G("quote", "Lavender: four elevators", R("said", "quote", holder="Beth Lavender"), "single_source", [
   C(A2, "``There are four elevators and they", "There are four elevators and they come pretty quick,")]),
 G("quote", "Lavender: two doors", R("said", "quote", holder="Beth Lavender"), "single_source", [
   C(A2, "``And there are two doors in", "And there are two doors in and out, so he probably was able to get out fast.")]),
 G("quote", "Harvard: end of the business day", R("said", "quote", holder="Beverly Harvard"), "single_source", [
   C(A2, "``You've got to remember that it", "You've got to remember that it was the end of the business day,")]),
 G("quote", "Harvard: Piedmont Avenue", R("said", "quote", holder="Beverly Harvard"), "single_source", [
   C(A2, "``And we are talking about Piedmont", "And we are talking about Piedmont Avenue, one of the busiest streets of the city.")],
   "runs on: 'There were a lot of people coming and going.'"),
 G("quote", "Walden: no way of knowing", R("said", "quote", holder="Mark Walden"), "single_source", [
   C(A3, "``We have no way of knowing", "We have no way of knowing if he had paid them back or whether he was going to pay them,")]),
 G("quote", "Herder: someone is copying this", R("said", "quote", holder="Fred Herder"), "single_source", [
   C(A3, "``To a degree it's really frightening", "To a degree it's really frightening that all of a sudden ... someone is copying this,")]),
 G("quote", "Barton's note: just long enough", R("wrote", "quote", holder=MB), "single_source", [
   C(A3, "In a note left in the", "just long enough to kill ... the people that greedily sought my destruction.")]),
 G("quote", "Walden: lost a considerable amount", R("said", "quote", holder="Mark Walden"), "single_source", [
   C(A3, "``We know that he lost a", "We know that he lost a considerable amount of money and that money may have been one of the issues that possibly caused this to happen,")]),
 G("quote", "Walden: questions never answered", R("said", "quote", holder="Mark Walden"), "single_source", [
   C(A3, "``But there are a lot of", "But there are a lot of questions that will never be answered.")]),
 G("quote", "Davis: 27 years of memories", R("said", "quote", holder="Doug Davis"), "single_source", [
   C(N2, "``We have 27 years of wonderful", "We have 27 years of wonderful memories of her life and only a few hours of shocking memories of her death,")]),
 G("quote", "Davis: remember and celebrate", R("said", "quote", holder="Doug Davis"), "single_source", [
   C(N2, "``Let us remember and celebrate her", "Let us remember and celebrate her life today and in the days to come, and not allow her murder to forever cloud our memories.")]),
 G("quote", "Davis: loved to take photographs", R("said", "quote", holder="Doug Davis"), "single_source", [
   C(N2, "``Leigh Ann loved to take photographs,''", "Leigh Ann loved to take photographs,")]),
 G("quote", "Davis: many pictures", R("said", "quote", holder="Doug Davis"), "single_source", [
   C(N2, "``As a result, the family has", "As a result, the family has many pictures of Matthew and Mychelle being accepted and cared for by this large extended family.")],
   "runs on: 'Indeed, Matthew and Mychelle were just as much a part of this family ...'"),
 G("quote", "Reeves: so very sorry", R("wrote", "quote", holder="Dana Reeves"), "single_source", [
   C(N2, "``I am so very sorry for", "I am so very sorry for what has happened to you.")], "read by Davis; the quote is not closed"),
 G("quote", "Davis: God's love", R("said", "quote", holder="Doug Davis"), "single_source", [
   C(N2, "Pastor Davis' words back in Lizella", "God's love is stronger than pain.")]),
]
distinct = [
 ["killed at the two offices", "killed at the first office", "nine in all vs four at Momentum (one sentence apart)"],
 ["killed at the first office", "killed at the second office", "four vs five, two buildings"],
 ["killed at the two offices", "injured at the offices", "nine dead vs 12/13 injured, same sentences"],
 ["offices attacked", "children of Barton killed", "two offices vs two children"],
 ["offices attacked", "handguns Barton carried", "two and two, different things"],
 ["age of Matthew", "age of Matthew in 1997", "11 or 12 in 1999 vs 9 in 1997"],
 ["age of Mychelle", "age of Mychelle in 1997", "7 or 8 in 1999 vs 6 in 1997"],
 ["age of Matthew", "age of Mychelle", "two children's ages in one sentence"],
 ["age of Leigh Ann Barton", "years of memories of Leigh Ann", "27-year-old vs '27 years of wonderful memories'"],
 ["age of Mark Barton", "age of Christine Johnson", "two people's ages, one article"],
 ["age of Leigh Ann Barton", "age of Dana Reeves", "two sisters' ages, one article"],
 ["insurance settlement", "Barton's trading losses", "$450,000 settlement in 1997 vs losses of $400,000 to $450,000"],
 ["storeys of Securities Centre", "storeys of the second building", "two buildings, both seven-story"],
 ["doors of Securities Centre", "distance of Johnson's house", "'two doors in and out' vs 'two doors away'"],
 ["year of the first slayings", "year the Glock was bought", "1993 slayings vs 1993 purchase"],
 ["day of the rampage", "day Barton visited his lawyer", "both Thursday 29 July, different facts"],
 ["day of the rampage", "day of the Pelham shooting", "Thursday 29 July vs Thursday 5 August"],
 ["day of the rampage", "day Walden spoke", "Thursday 29 July vs Thursday 5 August"],
 ["day the children were killed", "day of the missed Girl Scout outing", "both Wednesday 28 July, different facts"],
 ["killed at the two offices", "killed in Pelham", "Barton's toll vs the Pelham shooting's"],
 ["manhunt", "time Barton loitered before firing", "five hours vs 30 minutes"],
 [MB, "Matthew", "father and son"],
 ["Atlanta Journal-Constitution", "Atlanta", "newspaper vs city"],
 ["Georgia", "Georgia State Bar Association", "state vs its bar association"],
 ["Securities Centre", "Momentum Securities", "the building vs the firm in it"],
 ["Piedmont Center", "Piedmont Avenue", "the building vs the street"],
 ["Piedmont Center", "All-Tech Investment Group", "the building vs the firm in it"],
]
story = {"format": "crosswire-corroboration-gold/2", "id": "duc2007-d0741i-atlanta-day-trader", "root": "shared",
 "inputs": inputs, "split": "dev",
 "annotation": {"by": "gold7", "date": "2026-12-06", "blind": True,
   "procedure": "annotated blind on 2026-12-06: all 5 articles (DUC 2007 topic D0741I, day trader Mark Barton's killings at two Atlanta brokerages, Thursday 29 July 1999: AP 29 Jul, AP 31 Jul, NYT/Cox 31 Jul, NYT/Cox (Atlanta Journal-Constitution) 1 Aug, AP 6 Aug) read in full and this file written and committed before any crosswire output on the story was seen; headlines absent from the text; not annotated: bylines and credit lines ('Story Filed By Cox Newspapers ...', 'Duane Stanford writes for ...'), gun makes and models (Glock, Colt .45, Raven, Harrington & Richardson: product names), hymn titles, calibres ('9 mm', '.45', '.25 caliber'), ordinals ('third floor', 'first call'), relative points ('some four hours later', 'five hours later', 'one week after', 'two months before', 'in a week or so', 'the next day'), the recurring 'every Tuesday', one- to three-word quotes ('routine', 'temptation', 'horrific event', 'always seemed preoccupied', 'My dearest honey')"},
 "articles": arts,
 "kinds": ["quantity", "date", "time", "duration", "person", "place", "organization", "quote"],
 "groups": g, "distinct": distinct}
write(__import__("os").path.join(__import__("os").path.dirname(__file__), "../stories/duc2007-d0741i-atlanta-day-trader.json"), story)
