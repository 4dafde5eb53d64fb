#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <set>

#include "background_checks.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

TEST(SpellingVariantTest, TellsVariantsFromDifferentNames) {
  const std::tuple<const char*, const char*, bool> cases[] = {
      {"Sergei", "Sergey", true},  {"Kafraya", "Kefraya", true}, {"Fua", "Foua", true},
      {"Iran", "Iraq", false},     {"Russia", "Prussia", false}, {"Assad", "Assad", false},
      {"Simsek", "Simsek", false}, {"Zouhir", "Zuhair", true},   {"Trump", "Tramp", true},
      {"Kim", "Tim", false},       {"Syria", "Serbia", false},
  };
  for (const auto& [a, b, expected] : cases) {
    EXPECT_EQ(IsSpellingVariant(a, b), expected) << a << " / " << b;
  }
}

TEST(EditDistanceTest, CountsTranspositionsOnce) {
  EXPECT_EQ(EditDistance("kafraya", "kefraya"), 1u);
  EXPECT_EQ(EditDistance("ab", "ba"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
}

Claim Quantity(size_t article, double low, double high, std::string head, std::string verb,
               std::string context) {
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  c.fact.article = article;
  c.fact.about = head;
  c.low = low;
  c.high = high;
  c.head = std::move(head);
  c.verb = std::move(verb);
  c.context = std::move(context);
  return c;
}

Claim Name(size_t article, FactKind kind, std::string name) {
  Claim c;
  c.fact.kind = kind;
  c.fact.article = article;
  c.fact.about = name;
  c.fact.value = name;
  return c;
}

TEST(AlignTest, QualifiedNumbersAgree) {
  auto groups = Align({Quantity(0, 82, 164, "person", "kill", "more than 82 civilians killed"),
                       Quantity(1, 82, 82, "person", "kill", "Eighty-two people were killed"),
                       Quantity(2, 82, 164, "person", "kill", "at least 82 civilians killed")});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].verdict, Verdict::kAgree);
  EXPECT_EQ(groups[0].claims.size(), 3u);
}

// A figure whose holder is unknown links to figures of either of two known
// holders, but never joins the two ("60 miles of Orvel" / "60 miles away" /
// "60 miles of Marel").
TEST(AlignTest, AnUnknownSlotDoesNotJoinTwoKnownHolders) {
  auto distance = [](size_t article, const char* holder) {
    Claim c = Quantity(article, 60, 60, "distance", "", "the town lies 60 miles away");
    c.fact.referent.holder = holder;
    return c;
  };
  const auto groups = Align({distance(0, "Orvel"), distance(1, ""), distance(2, "Marel")});
  for (const FactGroup& g : groups) {
    std::set<std::string> holders;
    for (const Fact& f : g.claims) {
      if (!f.referent.holder.empty()) holders.insert(f.referent.holder);
    }
    EXPECT_LE(holders.size(), 1u);
  }
  EXPECT_EQ(groups.size(), 2u);
}

// Two round figures agree when one lies within the other's allowance
// ("about 21" / "some 20"), not when the allowances merely touch ("about
// 12,000" / "some 10,000").
TEST(AlignTest, RoundFiguresAgreeOnlyWithinOneAllowance) {
  auto around = [](size_t article, double v) {
    Claim c = Quantity(article, v * 0.9, v * 1.1, "year", "", "the settlement is years old");
    c.fact.qualifier = "around";
    c.fact.normalized = v;
    return c;
  };
  EXPECT_EQ(Align({around(0, 21), around(1, 20)}).size(), 1u);
  EXPECT_EQ(Align({around(0, 12000), around(1, 10000)}).size(), 2u);
}

TEST(AlignTest, DifferentEventsStayApart) {
  auto groups = Align({Quantity(0, 6000, 6000, "person", "leave", "6,000 civilians had left"),
                       Quantity(1, 15000, 15000, "person", "", "15,000 people will leave")});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].verdict, Verdict::kSingleSource);
  EXPECT_EQ(groups[1].verdict, Verdict::kSingleSource);
}

TEST(AlignTest, SameEventDifferentNumbersConflict) {
  auto groups =
      Align({Quantity(0, 82, 82, "person", "kill", "82 civilians were killed in Aleppo on Tuesday"),
             Quantity(1, 60, 60, "person", "kill", "60 civilians were killed in Aleppo Tuesday")});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].verdict, Verdict::kConflict);
}

// Two counted nouns WordNet relates count the same things: one synset
// ("sailors" / "crewmen"), or a group and its members ("crew" has crewmen);
// unrelated nouns stay apart whatever the numbers. Needs the installed WordNet.
TEST(AlignTest, CountedNounsWordNetRelatesAlign) {
  if (!CountedNounsRelated("sailor", "crewman")) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  EXPECT_TRUE(CountedNounsRelated("crew", "sailor"));
  EXPECT_FALSE(CountedNounsRelated("sailor", "sailor"));  // equal: callers compare first
  EXPECT_FALSE(CountedNounsRelated("sailor", "ship"));
  EXPECT_FALSE(CountedNounsRelated("part of person", "person"));  // several words
  // Intervals that meet but differ, so the rule for one exact number in much
  // the same words (which ignores the nouns) does not apply.
  auto same = Align({Quantity(0, 36, 44, "sailor", "rescue", "about 40 sailors were rescued"),
                     Quantity(1, 40, 40, "crewman", "rescue", "helicopters rescued 40 crewmen")});
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].verdict, Verdict::kAgree);
  auto crew = Align({Quantity(0, 27, 33, "crew", "rescue", "a crew of about 30 was rescued"),
                     Quantity(1, 30, 30, "sailor", "rescue", "helicopters rescued 30 sailors")});
  ASSERT_EQ(crew.size(), 1u);
  EXPECT_EQ(crew[0].verdict, Verdict::kAgree);
  // (In much the same words one exact number links whatever the nouns, so
  // the sentences differ here.)
  auto apart = Align({Quantity(0, 40, 40, "sailor", "", "40 sailors joined the strike"),
                      Quantity(1, 40, 40, "ship", "", "the fleet had 40 ships in port")});
  EXPECT_EQ(apart.size(), 2u);
}

// Outlets that ran one wire copy are one voice: what only they say is
// single-source; a third outlet makes it agreed; an edited copy that changed a
// figure still conflicts.
TEST(AlignTest, WireCopiesAreOneVoice) {
  const std::vector<size_t> copies = {0, 0, 2};  // article 1 is a copy of article 0
  auto one_voice =
      Align({Quantity(0, 82, 82, "person", "kill", "82 civilians were killed in Aleppo"),
             Quantity(1, 82, 82, "person", "kill", "82 civilians were killed in Aleppo")},
            copies);
  ASSERT_EQ(one_voice.size(), 1u);
  EXPECT_EQ(one_voice[0].verdict, Verdict::kSingleSource);
  EXPECT_EQ(one_voice[0].claims.size(), 2u);  // each outlet still listed

  auto two_voices =
      Align({Quantity(0, 82, 82, "person", "kill", "82 civilians were killed in Aleppo"),
             Quantity(1, 82, 82, "person", "kill", "82 civilians were killed in Aleppo"),
             Quantity(2, 82, 82, "person", "kill", "Eighty-two civilians were killed in Aleppo")},
            copies);
  ASSERT_EQ(two_voices.size(), 1u);
  EXPECT_EQ(two_voices[0].verdict, Verdict::kAgree);

  auto edited =
      Align({Quantity(0, 82, 82, "person", "kill", "82 civilians were killed in Aleppo on Tuesday"),
             Quantity(1, 60, 60, "person", "kill", "60 civilians were killed in Aleppo Tuesday")},
            copies);
  ASSERT_EQ(edited.size(), 1u);
  EXPECT_EQ(edited[0].verdict, Verdict::kConflict);

  // Without voices every article is its own.
  auto plain = Align({Quantity(0, 82, 82, "person", "kill", "82 civilians were killed in Aleppo"),
                      Quantity(1, 82, 82, "person", "kill", "82 civilians were killed in Aleppo")});
  EXPECT_EQ(plain[0].verdict, Verdict::kAgree);
}

Claim Published(Claim c, long long day, std::string place = "") {
  c.published = day * 86400;
  c.published_text = "2020-01-0" + std::to_string(day);
  c.fact.referent.place = std::move(place);
  return c;
}

// "At least 600" agrees with 7,085 and with 12,000, which disagree: linked
// through the open interval, the three are not one agreement.
TEST(AlignTest, AnOpenIntervalDoesNotMakeDifferentFiguresAgree) {
  auto groups = Align({Quantity(0, 600, INFINITY, "person", "kill", "at least 600 people died"),
                       Quantity(1, 7085, 7085, "person", "kill", "officials counted 7,085"),
                       Quantity(2, 12000, 12000, "person", "kill", "rescuers put it at 12,000")});
  for (const FactGroup& g : groups) {
    if (g.verdict != Verdict::kAgree) continue;
    std::set<double> values;
    for (const Fact& f : g.claims) values.insert(f.low);
    EXPECT_FALSE(values.count(7085) && values.count(12000)) << g.about;
  }
}

// The same figures published on successive days are one toll revised; a
// figure for a named place is a part of it, apart from the whole.
TEST(AlignTest, ARisingTollIsRevisedAndAPlaceFigureStaysApart) {
  auto groups = Align(
      {Published(Quantity(0, 600, INFINITY, "person", "kill", "at least 600 people died"), 1),
       Published(Quantity(1, 7085, 7085, "person", "kill", "officials counted 7,085"), 3),
       Published(Quantity(1, 3261, 3261, "person", "kill", "3,261 died in the port city"), 3,
                 "Izmit"),
       Published(Quantity(2, 12000, 12000, "person", "kill", "rescuers put it at 12,000"), 5)});
  const FactGroup* revised = nullptr;
  for (const FactGroup& g : groups) {
    if (g.verdict == Verdict::kRevised) revised = &g;
    for (const Fact& f : g.claims) {
      if (f.referent.place == "Izmit") {
        EXPECT_EQ(g.claims.size(), 1u);
      }
    }
  }
  ASSERT_NE(revised, nullptr);
  ASSERT_EQ(revised->timeline.size(), 3u);
  EXPECT_EQ(revised->timeline.front().low, 600);
  EXPECT_EQ(revised->timeline.back().low, 12000);
}

// A floor one day ("at least 600") that a later day's figure passes is the
// toll revised, not an agreement; the same floor restated, or passed by a
// figure of the same day, is not.
TEST(AlignTest, AFloorPassedLaterIsARevision) {
  const std::tuple<double, long long, double, long long, Verdict> cases[] = {
      {600, 1, 7085, 3, Verdict::kRevised},
      {600, 1, 620, 3, Verdict::kAgree},   // within 10% of the floor: restated
      {600, 1, 1500, 1, Verdict::kAgree},  // one day: no revision
  };
  for (const auto& [floor, floor_day, later, later_day, verdict] : cases) {
    auto g =
        Align({Published(Quantity(0, floor, INFINITY, "person", "kill", "at least 600 people died"),
                         floor_day),
               Published(Quantity(1, later, later, "person", "kill", "officials said people died"),
                         later_day)});
    ASSERT_EQ(g.size(), 1u) << later;
    EXPECT_EQ(g[0].verdict, verdict) << later << " on day " << later_day;
  }
}

// A dispute and a revision are about one stretch of coverage: a figure from
// a report more than a week after the other is another state of things, not
// a rival or revised figure. Two figures at one time, or a later lower one,
// are a dispute.
TEST(AlignTest, RevisionsAndDisputesNeedOneStretchOfCoverage) {
  auto verdicts = [](long long day_a, long long day_b) {
    std::set<Verdict> out;
    for (const FactGroup& g : Align(
             {Published(Quantity(0, 40, 40, "person", "kill", "40 people were killed in the flood"),
                        day_a),
              Published(Quantity(1, 65, 65, "person", "kill", "65 people were killed in the flood"),
                        day_b)})) {
      out.insert(g.verdict);
    }
    return out;
  };
  EXPECT_TRUE(verdicts(1, 3).contains(Verdict::kRevised));
  EXPECT_TRUE(verdicts(1, 1).contains(Verdict::kConflict));
  EXPECT_TRUE(verdicts(3, 1).contains(Verdict::kConflict));  // falling: a disagreement
  EXPECT_EQ(verdicts(1, 9), std::set<Verdict>{Verdict::kSingleSource});
}

// A floor reaches a stated count up to ten times itself, unless the count
// came later (a toll rises): "at least 12 people died" and "2 million died"
// in one day's reports, or the 2 million first, are two facts.
TEST(AlignTest, AFloorIsNoReadingOfAFarLargerCount) {
  auto groups = [](long long floor_day, long long count_day) {
    return Align({Published(Quantity(0, 12, INFINITY, "person", "die", "at least 12 people died"),
                            floor_day),
                  Published(Quantity(1, 2e6, 2e6, "person", "die",
                                     "2 million died in the long north-south civil war"),
                            count_day)})
        .size();
  };
  EXPECT_EQ(groups(1, 1), 2u);
  EXPECT_EQ(groups(3, 1), 2u);
  EXPECT_EQ(groups(1, 3), 1u);  // a toll revised
  EXPECT_EQ(Align({Quantity(0, 12, INFINITY, "person", "die", "at least 12 people died"),
                   Quantity(1, 100, 100, "person", "die", "100 people died")})
                .size(),
            1u);
}

// Two floors far apart count two things ("at least 144 killed on Monday",
// "more than 7,500 have died in the crackdown"); floors close together are
// one count.
TEST(AlignTest, FloorsFarApartAreTwoCounts) {
  auto groups = [](double a, double b) {
    return Align({Quantity(0, a, INFINITY, "person", "kill", "at least people were killed"),
                  Quantity(1, b, INFINITY, "person", "kill", "more than people have died")})
        .size();
  };
  EXPECT_EQ(groups(144, 7500), 2u);
  EXPECT_EQ(groups(600, 700), 1u);
}

// A count of people that does not say what happened to them is no evidence
// about one that does, unless the sentences are alike.
TEST(AlignTest, APeopleCountWithoutItsEventStaysApart) {
  EXPECT_EQ(Align({Quantity(0, 12000, 12000, "person", "", "food was handed out to 12,000 people"),
                   Quantity(1, 7500, INFINITY, "person", "kill",
                            "more than 7,500 people have died in the crackdown")})
                .size(),
            2u);
}

// A share says nothing without what it is a share of: two percentages are
// one fact only in alike sentences (or with one verb).
TEST(AlignTest, SharesOfDifferentThingsStayApart) {
  EXPECT_EQ(Align({Quantity(0, 82, 82, "percent", "", "the party won 82 percent of the seats"),
                   Quantity(1, 60, INFINITY, "percent", "",
                            "inflation is running at more than 60 percent")})
                .size(),
            2u);
  EXPECT_EQ(Align({Quantity(0, 82, 82, "percent", "", "the party won 82 percent of the seats"),
                   Quantity(1, 82, 82, "percent", "", "the party took 82 percent of the seats")})
                .size(),
            1u);
}

// An age is not revised while a story runs: "7-year-old" one day and
// "8-year-old" two days later is no revised figure.
TEST(AlignTest, AnAgeIsNeverRevised) {
  for (const FactGroup& g :
       Align({Published(Quantity(0, 7, 7, "age", "", "the 7-year-old girl was hurt"), 1),
              Published(Quantity(1, 8, 8, "age", "", "the 8-year-old girl was hurt"), 3)})) {
    EXPECT_NE(g.verdict, Verdict::kRevised);
  }
}

// Two figures one article gives under one noun are two facts that article
// tells apart ("nine were killed ... four of the dead were children"): another
// outlet's "four" is one of them, not a dispute. Without the first article's
// second figure, the two outlets disagree.
TEST(AlignTest, FiguresOneArticleTellsApartAreNoDispute) {
  auto verdicts = [](std::vector<Claim> claims) {
    std::set<Verdict> out;
    for (const FactGroup& g : Align(std::move(claims))) out.insert(g.verdict);
    return out;
  };
  const Claim nine = Quantity(0, 9, 9, "person", "kill", "nine people were killed in the shooting");
  const Claim four_here = Quantity(0, 4, 4, "person", "kill",
                                   "four of the people killed in the shooting were children");
  const Claim four_there =
      Quantity(1, 4, 4, "person", "kill", "four people were killed in the shooting");
  EXPECT_TRUE(verdicts({nine, four_there}).contains(Verdict::kConflict));
  const std::set<Verdict> apart = verdicts({nine, four_here, four_there});
  EXPECT_FALSE(apart.contains(Verdict::kConflict));
  EXPECT_TRUE(apart.contains(Verdict::kAgree));
}

// Two measures one article states exactly in one unit are two facts, however
// close ("a 17,000-foot dive ... leveled off at 16,000 feet"); the rounding
// slack joins other outlets' readings of each, not the two. A reading and its
// conversion in one article stay one ("180 mph (290 kph)").
TEST(AlignTest, TwoMeasuresOneArticleStatesAreTwoFacts) {
  auto measure = [](size_t article, double feet, const char* value) {
    const double metres = feet * 0.3048;
    Claim c = Quantity(article, metres * 0.95, metres * 1.05, "length", "",
                       "the jet dove and leveled off over the ocean");
    c.fact.value = value;
    c.fact.normalized = metres;
    c.fact.unit = "m";
    c.unit = "m";
    return c;
  };
  const auto groups = Align({measure(0, 17000, "17,000-foot"), measure(0, 16000, "16,000 feet"),
                             measure(1, 17000, "17,000-foot"), measure(1, 16000, "16,000 feet")});
  ASSERT_EQ(groups.size(), 2u);
  for (const FactGroup& g : groups) EXPECT_EQ(g.verdict, Verdict::kAgree);
  Claim mph = measure(0, 0, "180 mph"), kph = measure(0, 0, "290 kph");
  for (Claim* c : {&mph, &kph}) {
    c->fact.normalized = 80.5;
    c->low = 80.5 * 0.95;
    c->high = 80.5 * 1.05;
    c->fact.unit = c->unit = "m/s";
  }
  kph.fact.normalized = 80.6;
  EXPECT_EQ(Align({mph, kph}).size(), 1u);
}

// Two converted measures meet when one's stated value lies within the
// other's rounding allowance, not when the two allowances merely touch.
TEST(AlignTest, ConvertedMeasuresMeetWithinOneAllowance) {
  auto pounds = [](size_t article, double low, double high, const char* value,
                   const char* context) {
    const double kg = 0.45359237;
    Claim c = Quantity(article, low * kg * 0.95, high * kg * 1.05, "weight", "", context);
    c.slack = 0.05;
    c.fact.value = value;
    c.fact.normalized = low * kg;
    c.fact.unit = c.unit = "kg";
    return c;
  };
  EXPECT_EQ(Align({pounds(0, 180, 245, "180 to 245 pounds", "the pitcher filled out in two years"),
                   pounds(1, 167, 167, "167 pounds", "a teammate grew in six months")})
                .size(),
            2u);
  EXPECT_EQ(Align({pounds(0, 180, 180, "180 pounds", "the pitcher filled out in two years"),
                   pounds(1, 175, 175, "175 pounds", "a teammate grew in six months")})
                .size(),
            1u);
}

// An open figure is read as a reporter means it, at most double, when one
// article gives it beside another: "$66,000 for 21 days, more than $3,100 a
// day" are two facts, and another outlet's "$66,000" agrees with the first
// alone.
TEST(AlignTest, AnOpenFigureBesideALargerOneIsAnotherFact) {
  Claim total = Quantity(0, 66000, 66000, "dollar", "bill", "billed $66,000 for 21 days");
  Claim rate = Quantity(0, 3100, INFINITY, "dollar", "bill", "more than $3,100 a day");
  Claim other = Quantity(1, 66000, 66000, "dollar", "bill", "billed a $66,000 bill for 21 days");
  for (Claim* c : {&total, &rate, &other}) c->unit = "dollar";
  for (const FactGroup& g : Align({total, rate, other})) {
    if (g.verdict != Verdict::kAgree) continue;
    for (const Fact& f : g.claims) EXPECT_EQ(f.low, 66000) << g.about;
  }
}

// The same holds for clock times: an article that gives two times of one
// kind of event ("the first call at 9:30 p.m.", "the second call at 10
// p.m.") tells them apart, and another outlet's 8:30 p.m. is no dispute.
TEST(AlignTest, TimesOneArticleTellsApartAreNoDispute) {
  std::vector<Claim> claims;
  const std::pair<size_t, const char*> sentences[] = {
      {0, "Police received the first call at 9:30 p.m."},
      {0, "Police received the second call at 10 p.m."},
      {1, "Police received the call at 8:30 p.m."}};
  for (const auto& [article, text] : sentences) {
    SentenceContext ctx = MakeSentenceContext(text);
    std::vector<Claim> found = ExtractTimes(&ctx);
    ASSERT_EQ(found.size(), 1u) << text;
    found[0].fact.article = article;
    claims.push_back(std::move(found[0]));
  }
  for (const FactGroup& g : Align(claims)) EXPECT_NE(g.verdict, Verdict::kConflict) << g.about;
  claims.erase(claims.begin() + 1);  // without the second call: a dispute
  bool conflict = false;
  for (const FactGroup& g : Align(claims)) conflict |= g.verdict == Verdict::kConflict;
  EXPECT_TRUE(conflict);
}

// Two outlets disagree on the toll; a third outlet's figure for one town is
// part of it, not a third side of the dispute.
TEST(AlignTest, APlaceFigureLeavesAConflictAboutTheWhole) {
  Claim town = Quantity(2, 12, 12, "person", "kill", "12 people were killed in the hill town");
  town.fact.referent.place = "Takengon";
  auto groups =
      Align({Quantity(0, 24, 24, "person", "kill", "24 people were killed by the quake"),
             Quantity(1, 31, 31, "person", "kill", "31 people were killed by the quake"), town});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].verdict, Verdict::kConflict);
  EXPECT_EQ(groups[0].claims.size(), 2u);
  EXPECT_EQ(groups[1].claims.size(), 1u);
  EXPECT_EQ(groups[1].claims[0].referent.place, "Takengon");
}

TEST(AlignTest, SpellingVariantsAreOneEntity) {
  auto groups = Align(
      {Name(0, FactKind::kPerson, "Sergei Lavrov"), Name(1, FactKind::kPerson, "Sergey Lavrov"),
       Name(0, FactKind::kPlace, "Kafraya"), Name(1, FactKind::kPlace, "Kefraya"),
       Name(0, FactKind::kPerson, "Bashar al-Assad"), Name(1, FactKind::kPerson, "Bashar al Assad"),
       Name(2, FactKind::kPlace, "Iraq"), Name(1, FactKind::kPlace, "Iran")});
  ASSERT_EQ(groups.size(), 5u);
  EXPECT_EQ(groups[0].verdict, Verdict::kAgree);  // Bashar al-Assad / Bashar al Assad
  EXPECT_EQ(groups[1].verdict, Verdict::kVariant);
  EXPECT_EQ(groups[1].about, "Sergei Lavrov");
  EXPECT_EQ(groups[2].verdict, Verdict::kVariant);
  EXPECT_EQ(groups[3].verdict, Verdict::kSingleSource);
}

// A long name typed two ways by the extractor still slips a letter when two
// other words agree; a short one of two kinds does not.
TEST(AlignTest, ALongNameOfTwoKindsMaySlip) {
  auto long_name =
      Align({Name(0, FactKind::kPerson, "Velmar Center for Coastal Weather Studies"),
             Name(1, FactKind::kOrganization, "Velmar Centre for Coastal Weather Studies")});
  ASSERT_EQ(long_name.size(), 1u);
  EXPECT_EQ(long_name[0].verdict, Verdict::kVariant);
  EXPECT_EQ(
      Align({Name(0, FactKind::kPerson, "Dana Velmar"), Name(1, FactKind::kPlace, "Dana Velmor")})
          .size(),
      2u);
}

// Each outlet counts with its own fullest form: a shortened form an article
// gives after its full name is not a second spelling, while a short form an
// article uses alone is.
TEST(AlignTest, AnArticlesOwnShortFormIsNotAVariant) {
  auto same = Align({Name(0, FactKind::kPerson, "Ruben K. Dallow"),
                     Name(1, FactKind::kPerson, "Ruben K. Dallow"),
                     Name(1, FactKind::kPerson, "Ruben Dallow")});
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].verdict, Verdict::kAgree);
  auto initials = Align({Name(0, FactKind::kOrganization, "Norland River Valley"),
                         Name(1, FactKind::kOrganization, "Norland River Valley"),
                         Name(1, FactKind::kOrganization, "NRV")});
  ASSERT_EQ(initials.size(), 1u);
  EXPECT_EQ(initials[0].verdict, Verdict::kAgree);
  auto alone = Align(
      {Name(0, FactKind::kPerson, "Ruben K. Dallow"), Name(1, FactKind::kPerson, "Ruben Dallow")});
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].verdict, Verdict::kVariant);
}

// Alignment compares the names NameLink could link: an organisation's head
// noun moved before what it is of shares neither its first nor its last
// word's letter with the other order, and is one organisation all the same;
// a name with an accented first letter meets the same name without it.
TEST(AlignTest, NamesWithRotatedOrAccentedWordsAreCompared) {
  auto rotated = Align({Name(0, FactKind::kOrganization, "Ministry of Fisheries"),
                        Name(1, FactKind::kOrganization, "Fisheries Ministry")});
  ASSERT_EQ(rotated.size(), 1u);
  EXPECT_EQ(rotated[0].verdict, Verdict::kVariant);
  auto accented =
      Align({Name(0, FactKind::kPerson, "\u00c1lvaro Drummel"),
             Name(1, FactKind::kPerson, "Alvaro Drummel"),
             Name(2, FactKind::kPlace, "\u00d6stervik"), Name(3, FactKind::kPlace, "Ostervik")});
  ASSERT_EQ(accented.size(), 2u);
  EXPECT_EQ(accented[0].verdict, Verdict::kVariant);
  EXPECT_EQ(accented[1].verdict, Verdict::kVariant);
  auto apart = Align({Name(0, FactKind::kOrganization, "Ministry of Fisheries"),
                      Name(1, FactKind::kOrganization, "Health Ministry")});
  EXPECT_EQ(apart.size(), 2u);
}

// Short place names one vowel apart are one place in two romanisations,
// unless one article writes both.
TEST(AlignTest, ShortPlacesOneVowelApartAreOnePlaceUnlessOneArticleWritesBoth) {
  auto linked = Align({Name(0, FactKind::kPlace, "Idlib"), Name(1, FactKind::kPlace, "Idleb")});
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].verdict, Verdict::kVariant);
  auto apart = Align({Name(0, FactKind::kPlace, "Kessel"), Name(0, FactKind::kPlace, "Kassel"),
                      Name(1, FactKind::kPlace, "Kassel")});
  ASSERT_EQ(apart.size(), 2u);
}

// An organisation named after a country's or a body's initials, and by its
// own first words elsewhere: the two share no first or last word, and are
// still compared.
TEST(AlignTest, AnOrganisationAfterInitialsIsComparedByItsOwnName) {
  auto groups =
      Align({Name(0, FactKind::kOrganization, "U.S. Bureau of Velmar Fisheries and Wildlife"),
             Name(1, FactKind::kOrganization, "Bureau of Velmar Fisheries"),
             Name(2, FactKind::kOrganization, "V.N. Fisheries Council"),
             Name(3, FactKind::kOrganization, "Fisheries Council")});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].verdict, Verdict::kVariant);
  EXPECT_EQ(groups[1].verdict, Verdict::kVariant);
}

// A place with or without its natural feature's word is one place ("Velmar"
// / "Velmar Island"); a town and the airport named after it are two.
TEST(AlignTest, AnIslandIsThePlaceATownsAirportIsNot) {
  auto island =
      Align({Name(0, FactKind::kPlace, "Velmar"), Name(1, FactKind::kPlace, "Velmar Island")});
  ASSERT_EQ(island.size(), 1u);
  EXPECT_EQ(island[0].verdict, Verdict::kVariant);
  auto airport =
      Align({Name(0, FactKind::kPlace, "Velmar"), Name(1, FactKind::kPlace, "Velmar Airport")});
  EXPECT_EQ(airport.size(), 2u);
}

// A standard abbreviation in one outlet's name ("Mt", "St.") is the same
// name as the word written out in another's, and the report says why.
TEST(AlignTest, StandardAbbreviationsAreOneEntity) {
  const std::tuple<FactKind, const char*, const char*, const char*> cases[] = {
      {FactKind::kPlace, "Mt Varnel Village", "Mount Varnel Village",
       "Mt Varnel Village / Mount Varnel Village: standard abbreviation mt/mount"},
      {FactKind::kPlace, "St. Orlan Street", "Saint Orlan Street",
       "St. Orlan Street / Saint Orlan Street: standard abbreviation st/saint"},
      {FactKind::kPerson, "Sgt. Petra Vell", "Sergeant Petra Vell",
       "Sgt. Petra Vell / Sergeant Petra Vell: standard abbreviation sgt/sergeant"},
  };
  for (const auto& [kind, a, b, reason] : cases) {
    auto g = Align({Name(0, kind, a), Name(1, kind, b)});
    ASSERT_EQ(g.size(), 1u) << a << " / " << b;
    EXPECT_EQ(g[0].verdict, Verdict::kVariant) << a;
    EXPECT_EQ(g[0].reasons, std::vector<std::string>{reason});
  }
}

// A variant says why, even when the first pair of its written forms (a
// claim typed otherwise) gives no reason and a later pair does.
TEST(AlignTest, AVariantGetsItsReasonFromAnyPairOfItsForms) {
  auto g = Align({Name(0, FactKind::kPlace, "Orvel"), Name(1, FactKind::kPerson, "Orvel"),
                  Name(2, FactKind::kPerson, "Dana Orvel")});
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].verdict, Verdict::kVariant);
  EXPECT_EQ(g[0].reasons,
            std::vector<std::string>{"Orvel / Dana Orvel: shortened form: surname alone"});
}

// A firm's legal form is no part of its name: "Brillmark" and "Brillmark
// Inc." agree, and the group is an organisation whatever the bare name was
// typed.
TEST(AlignTest, AFirmWithAndWithoutItsLegalFormAgree) {
  auto g = Align({Name(0, FactKind::kPlace, "Brillmark"), Name(1, FactKind::kPlace, "Brillmark"),
                  Name(2, FactKind::kOrganization, "Brillmark Inc.")});
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].verdict, Verdict::kAgree);
  EXPECT_EQ(g[0].kind, FactKind::kOrganization);
}

// Evidence decides which full name a short form joins: initials need one
// candidate in the story or an article giving them beside the full name; a
// surname alone needs one fuller person. Kinds may differ across outlets.
TEST(AlignTest, ShortFormsLinkOnlyWithEvidence) {
  auto group_of = [](const std::vector<FactGroup>& groups, size_t article, std::string_view name) {
    for (size_t k = 0; k < groups.size(); ++k) {
      for (const Fact& f : groups[k].claims) {
        if (f.article == article && f.about == name) return k;
      }
    }
    return groups.size();
  };
  {  // One candidate: linked, whatever the kinds.
    auto g = Align({Name(0, FactKind::kPlace, "NRV"),
                    Name(1, FactKind::kOrganization, "Norland River Valley")});
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].verdict, Verdict::kVariant);
    EXPECT_EQ(g[0].reasons, std::vector<std::string>{"NRV / Norland River Valley: abbreviation"});
  }
  {  // Two candidates, no evidence: the initials stay alone.
    auto g = Align({Name(0, FactKind::kOrganization, "NRV"),
                    Name(1, FactKind::kOrganization, "Norland River Valley"),
                    Name(2, FactKind::kOrganization, "Nordic Rail Ventures")});
    EXPECT_EQ(g.size(), 3u);
  }
  {  // Two candidates, one given with the initials in its article: that one.
    Claim evidenced = Name(2, FactKind::kOrganization, "Nordic Rail Ventures");
    evidenced.initials = {"NRV"};
    auto g = Align({Name(0, FactKind::kOrganization, "NRV"),
                    Name(1, FactKind::kOrganization, "Norland River Valley"), evidenced});
    ASSERT_EQ(g.size(), 2u);
    EXPECT_EQ(group_of(g, 0, "NRV"), group_of(g, 2, "Nordic Rail Ventures"));
  }
  {  // A surname beside two people who bear it joins neither.
    auto g =
        Align({Name(0, FactKind::kPerson, "Maria Ortega"),
               Name(1, FactKind::kPerson, "Luis Ortega"), Name(2, FactKind::kPerson, "Ortega")});
    EXPECT_EQ(g.size(), 3u);
    auto one =
        Align({Name(0, FactKind::kPerson, "Maria Ortega"),
               Name(1, FactKind::kPerson, "Maria Ortega"), Name(2, FactKind::kPerson, "Ortega")});
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].verdict, Verdict::kVariant);
    EXPECT_EQ(one[0].about, "Maria Ortega");
  }
  {  // A given name alone joins the one person of that given name, never
     // one of two.
    auto one =
        Align({Name(0, FactKind::kPerson, "Petra Vellmann"), Name(1, FactKind::kPerson, "Petra")});
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].verdict, Verdict::kVariant);
    EXPECT_EQ(one[0].reasons,
              std::vector<std::string>{"Petra Vellmann / Petra: shortened form: given name alone"});
    auto g =
        Align({Name(0, FactKind::kPerson, "Petra Vellmann"),
               Name(1, FactKind::kPerson, "Petra Oskarsson"), Name(2, FactKind::kPerson, "Petra")});
    EXPECT_EQ(g.size(), 3u);
  }
  {  // A country is no shortened organisation named after it.
    auto g = Align({Name(0, FactKind::kPlace, "Norland"),
                    Name(1, FactKind::kOrganization, "Air Norland"),
                    Name(2, FactKind::kOrganization, "Norland Air")});
    EXPECT_EQ(g.size(), 3u);
  }
}

// A name that is the first words of a longer name in its own article is
// another entity there ("New Orleans" beside "New Orleans Police
// Department"), and in every article that writes it alone.
struct ContainmentCase {
  std::vector<std::pair<size_t, const char*>> names;  // (article, organisation name)
  size_t groups;                                      // expected number of groups
};

TEST(AlignTest, ANameBesideTheLongerNameItBeginsIsApart) {
  const ContainmentCase cases[] = {
      // no article writes both: the short form joins
      {{{0, "Brill"}, {1, "Brill Bank"}}, 1},
      // first and last words begin with different letters: still compared
      {{{0, "Norland"}, {1, "Norland Airlines"}}, 1},
      // initials alone and the initials with a generic word
      {{{0, "VBC"}, {1, "VBC News"}}, 1},
      {{{0, "VBC"}, {0, "VBC News"}, {1, "VBC News"}}, 2},
      // one article writes both: apart
      {{{0, "New Orleans"},
        {0, "New Orleans Police Department"},
        {1, "New Orleans Police Department"}},
       2},
      // and another outlet's lone "New Orleans" stays with the city
      {{{0, "New Orleans"},
        {0, "New Orleans Police Department"},
        {1, "New Orleans Police Department"},
        {2, "New Orleans"}},
       2},
      // a chain of shortenings is one entity, and an article that writes two
      // of its forms has not told them apart (neither begins the other)
      {{{0, "Maria T. Dorrel International Airport"},
        {1, "Dorrel International Airport"},
        {1, "Dorrel Airport"},
        {2, "Dorrel Airport"}},
       1},
  };
  for (const auto& c : cases) {
    std::vector<Claim> claims;
    std::string label;
    for (const auto& [article, name] : c.names) {
      claims.push_back(Name(article, FactKind::kOrganization, name));
      label += std::to_string(article) + ":" + name + " ";
    }
    EXPECT_EQ(Align(std::move(claims)).size(), c.groups) << label;
  }
}

// A clock time belongs to what happened at it. Two outlets' readings of one
// event agree within the rounding slack and conflict beyond it; readings of
// different events stay apart however close, unless two outlets give the
// same minute (the event told in other words); one article's two readings
// are two moments.
TEST(AlignTest, ClockTimesGroupByTheirEvent) {
  struct Case {
    const char* first;
    const char* second;
    bool same_article;
    size_t groups;
    Verdict verdict;  // of the first group
  };
  const Case cases[] = {
      {"The ferry lost power at 3:10 p.m.", "Its last distress call came at 3:14 p.m.", false, 2,
       Verdict::kSingleSource},
      {"The ferry sank at 3:40 p.m.", "Witnesses said the vessel sank at 3:43 p.m.", false, 1,
       Verdict::kAgree},
      {"The ferry lost power at 3:10 p.m.", "Later the ferry sank at 3:40 p.m.", false, 2,
       Verdict::kSingleSource},
      {"The ferry sank at 3:40 p.m.", "The ferry went down at 3:41 p.m.", false, 1,
       Verdict::kAgree},
      {"The ferry sank at 3:40 p.m.", "Witnesses said the vessel sank at 4:05 p.m.", false, 1,
       Verdict::kConflict},
      {"3:20 p.m. -- Ferry sends its last distress call.",
       "The last distress call was heard at 3:22 p.m.", false, 1, Verdict::kAgree},
      {"The storm reached the coast at 6 a.m.", "It reached the coast at 6:20 a.m.", false, 1,
       Verdict::kAgree},
      {"The alarm sounded at 9:02 p.m.", "The roof collapsed at 9:05 p.m.", true, 2,
       Verdict::kSingleSource},
      {"The alarm sounded at 9:02 p.m.", "The roof collapsed at 9:05 p.m.", false, 2,
       Verdict::kSingleSource},
      // One clock time for two facts is two claims.
      {"The alarm sounded at 9 p.m.", "The search started at 9 p.m.", false, 2,
       Verdict::kSingleSource},
      {"The alarm sounded at 9 p.m.", "The roof collapsed at 9 p.m.", true, 2,
       Verdict::kSingleSource},
      {"The alarm sounded at 9 p.m.", "It was 9 p.m.", true, 1, Verdict::kSingleSource},
  };
  for (const Case& c : cases) {
    std::vector<Claim> claims;
    size_t article = 0;
    for (const char* text : {c.first, c.second}) {
      SentenceContext ctx = MakeSentenceContext(text);
      std::vector<Claim> found = ExtractTimes(&ctx);
      ASSERT_EQ(found.size(), 1u) << text;
      found[0].fact.article = article;
      if (!c.same_article) ++article;
      claims.push_back(std::move(found[0]));
    }
    const std::vector<FactGroup> groups = Align(std::move(claims));
    ASSERT_EQ(groups.size(), c.groups) << c.first << " / " << c.second;
    EXPECT_EQ(groups[0].verdict, c.verdict) << c.first << " / " << c.second;
  }
}

// The dates of one sentence per article, each article published on day
// `published` (days since 1970-01-01).
std::vector<Claim> DatesOfArticles(std::initializer_list<const char*> texts, int published) {
  std::vector<Claim> claims;
  size_t art = 0;
  for (const char* text : texts) {
    SentenceContext ctx = MakeSentenceContext(text, published);
    for (Claim c : ExtractDates(&ctx)) {
      c.fact.article = art;
      c.context = text;
      claims.push_back(std::move(c));
    }
    ++art;
  }
  return claims;
}

// Two outlets that write the same weekday said the same thing: when their
// tenses resolve it to days a week apart, that is no dispute.
TEST(AlignTest, OneWeekdayReadTwoWaysIsNoConflict) {
  std::vector<Claim> claims =
      DatesOfArticles({"The study will appear in the journal on Wednesday, its authors said.",
                       "The study appeared in the journal on Wednesday, its authors said."},
                      *ParseIsoDays("1999-10-26"));
  ASSERT_EQ(claims.size(), 2u);
  ASSERT_NE(claims[0].fact.normalized_text, claims[1].fact.normalized_text);
  for (const FactGroup& g : Align(std::move(claims))) EXPECT_NE(g.verdict, Verdict::kConflict);
}

// A span's first and last days are two facts, not one fact dated two ways.
TEST(AlignTest, ASpansFirstAndLastDaysAreTwoFacts) {
  const auto groups = Align(
      DatesOfArticles({"The firm monitored the site from Friday, April 28, to Sunday, April 30.",
                       "The firm monitored the site from April 28 to April 30 and counted users."},
                      *ParseIsoDays("2000-05-03")));
  ASSERT_EQ(groups.size(), 2u);
  for (const FactGroup& g : groups) EXPECT_EQ(g.verdict, Verdict::kAgree) << g.about;
}

// A date is grouped with the fact it dates, not with its day: two facts of one
// day are two claims; two outlets dating one fact to different days
// conflict; a day whose fact the text does not say joins that day's dates
// only when they date one fact. Both articles published on a Monday.
TEST(AlignTest, DatesGroupByTheFactTheyDate) {
  struct Case {
    std::vector<std::vector<const char*>> articles;  // sentences of each article
    size_t groups;
    Verdict verdict;  // of the first group
  };
  const Case cases[] = {
      {{{"The submarine sank on Saturday."}, {"The rescue began on Monday."}},
       2,
       Verdict::kSingleSource},
      {{{"The submarine sank on Saturday."}, {"The submarine sank on Saturday, officials said."}},
       1,
       Verdict::kAgree},
      {{{"The submarine sank on Saturday."}, {"The submarine sank on Sunday near the base."}},
       1,
       Verdict::kConflict},
      {{{"The submarine sank on Saturday."}, {"The rescue began on Saturday."}},
       2,
       Verdict::kSingleSource},
      // A day that dates one fact in each article is one fact, whatever the
      // words.
      {{{"The submarine sank on Saturday."}, {"The vessel went down on Saturday."}},
       1,
       Verdict::kAgree},
      // A day an article gives for two facts is grouped by fact in that
      // article; articles that give it for one fact each agree on it in any
      // words.
      {{{"The submarine sank on Saturday.", "The navy lost contact with it on Saturday."},
        {"The vessel went down on Saturday."},
        {"The submarine sank on Saturday off the coast."}},
       1,
       Verdict::kAgree},
      {{{"The navy lost contact with the submarine on Saturday.",
         "The submarine sank on Saturday."},
        {"The vessel went down on Saturday."},
        {"The vessel went down on Saturday off the coast."}},
       2,
       Verdict::kAgree},
      // One article names a day once (the first fact it dates).
      {{{"The submarine sank on Saturday.", "The rescue began on Saturday."},
        {"The submarine sank on Saturday."}},
       1,
       Verdict::kAgree},
      // Statement days group by day; a statement day never joins an event.
      {{{"Police said on Saturday that the crew was safe."},
        {"The navy said Saturday that divers were ready."}},
       1,
       Verdict::kAgree},
      {{{"Police said on Saturday that the crew was safe."}, {"The submarine sank on Saturday."}},
       2,
       Verdict::kSingleSource},
      // Sentences of one story share words whatever they date: on a day of
      // two facts, the aid's arrival is not the quake's day because both
      // sentences tell of the quake (regression: a DUC quake story's
      // "Tuesday" of the quake, of an aftershock report and of an offer of
      // help were one group).
      {{{"The powerful quake struck western Dornland early on Tuesday, killing hundreds of "
         "people.",
         "Neighbouring states offered help on Tuesday."},
        {"Hundreds of people were killed by the powerful quake in western Dornland and aid "
         "arrived on Tuesday."}},
       2,
       Verdict::kSingleSource},
      // A day whose fact the text does not say joins the one fact of that
      // day; when the day dates two facts it joins neither.
      {{{"The submarine sank on Saturday."}, {"It was Saturday."}}, 1, Verdict::kAgree},
      {{{"The submarine sank on Saturday."},
        {"The rescue began on Saturday."},
        {"It was Saturday."}},
       3,
       Verdict::kSingleSource},
      // A month dates many facts: two outlets' months are one fact's only
      // when their clauses share a word or the sentences are alike.
      {{{"The board was sued in September over the toxic spill."},
        {"The board was sued in September, months after the spill."}},
       1,
       Verdict::kAgree},
      {{{"She announced in September that the shop would close."},
        {"The union filed its complaint in September."}},
       2,
       Verdict::kSingleSource},
  };
  const int published = *ParseIsoDays("2016-12-12");  // a Monday
  for (const Case& c : cases) {
    std::vector<Claim> claims;
    std::string label;
    for (size_t article = 0; article < c.articles.size(); ++article) {
      for (const char* text : c.articles[article]) {
        label += std::string(text) + " | ";
        SentenceContext ctx = MakeSentenceContext(text, published);
        std::vector<Claim> found = ExtractDates(&ctx);
        ASSERT_EQ(found.size(), 1u) << text;
        found[0].fact.article = article;
        found[0].published_text = "2016-12-12";
        found[0].context_bag = ContentBag(ctx.toks);
        claims.push_back(std::move(found[0]));
      }
    }
    const std::vector<FactGroup> groups = Align(std::move(claims));
    ASSERT_EQ(groups.size(), c.groups) << label;
    EXPECT_EQ(groups[0].verdict, c.verdict) << label;
  }
}

// A past event's figures ("the 1994 sinking killed 852") are history: outlets
// that quote them differently do not dispute the news, later articles do not
// revise them, and they never meet this event's own figures.
TEST(AlignTest, DifferentFiguresForAPastEventAreNotADispute) {
  auto past = [](Claim c) {
    c.fact.referent.background = true;
    c.fact.referent.event = "1994";
    return c;
  };
  auto groups = Align({
      Published(past(Quantity(0, 852, 852, "person", "kill", "the 1994 sinking killed 852 people")),
                1),
      Published(past(Quantity(1, 757, 757, "person", "kill", "the 1994 sinking killed 757 people")),
                2),
      Published(past(Quantity(2, 900, INFINITY, "person", "kill",
                              "more than 900 people were killed in the 1994 sinking")),
                3),
      Published(Quantity(0, 41, 41, "person", "kill", "the sinking killed 41 people"), 1),
      Published(Quantity(1, 41, 41, "person", "kill", "the sinking killed 41 people"), 2),
  });
  const auto background = CheckedBackgroundGroups(groups);
  EXPECT_FALSE(background.empty());
  for (const FactGroup* g : background) EXPECT_TRUE(g->timeline.empty()) << g->about;
  // The same two figures of this event's own, or without a year, do conflict.
  auto own = Align({Quantity(0, 852, 852, "person", "kill", "the sinking killed 852 people"),
                    Quantity(1, 757, 757, "person", "kill", "the sinking killed 757 people")});
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].verdict, Verdict::kConflict);
}

// A place and a site in it are two places: the town a site is named after is
// not its short form, and a figure for the site is a share of the town's,
// not a rival figure.
TEST(AlignTest, APlaceAndASiteInItAreNotAConflict) {
  auto names = Align({Name(0, FactKind::kPlace, "Dornholm"),
                      Name(1, FactKind::kPlace, "Dornholm International Airport"),
                      Name(2, FactKind::kPlace, "Dornholm")});
  ASSERT_EQ(names.size(), 2u);
  for (const FactGroup& g : names) EXPECT_NE(g.verdict, Verdict::kVariant) << g.about;
  // A person's surname still shortens the full name.
  auto people =
      Align({Name(0, FactKind::kPerson, "Ilona Varga"), Name(1, FactKind::kPerson, "Varga")});
  ASSERT_EQ(people.size(), 1u);

  Claim town = Quantity(0, 12, 12, "person", "kill", "12 people were killed in Dornholm");
  town.fact.referent.place = "Dornholm";
  Claim site = Quantity(1, 3, 3, "person", "kill", "3 people were killed at Dornholm airport");
  site.fact.referent.place = "Dornholm airport";
  auto figures = Align({town, site});
  ASSERT_EQ(figures.size(), 2u);
  for (const FactGroup& g : figures) EXPECT_NE(g.verdict, Verdict::kConflict);
}

// Ages belong to a person: two people's ages never group, and an age whose
// holder is not named joins a named one only when the story gives one
// person's age or one person of that age.
TEST(AlignTest, AgesOfDifferentPeopleStayApart) {
  auto age = [](size_t article, double years, std::string holder, std::string context) {
    Claim c = Quantity(article, years, years, "age", "", std::move(context));
    c.fact.referent.predicate = "age";
    c.fact.referent.holder = std::move(holder);
    return c;
  };
  struct Case {
    std::vector<Claim> claims;
    size_t groups;
    size_t conflicts;
    size_t largest;  // claims in the largest group
  };
  const Case cases[] = {
      // Two unnamed ages in similar sentences: two people, not a conflict.
      {{age(0, 41, "", "The 41-year-old nurse was taken to hospital on Monday"),
        age(1, 19, "", "The 19-year-old student was taken to hospital on Monday")},
       2,
       0,
       1},
      // Two named people, each with an unnamed mention of the same age.
      {{age(0, 41, "Lopez", "Ana Lopez, 41, a nurse"), age(0, 19, "Diaz", "Luis Diaz, 19"),
        age(1, 41, "", "The 41-year-old nurse"), age(1, 19, "", "the 19-year-old student")},
       2,
       0,
       2},
      // Two named people of one age: an unnamed 30-year-old could be either.
      {{age(0, 30, "Lopez", "Ana Lopez, 30"), age(0, 30, "Diaz", "Luis Diaz, 30"),
        age(1, 30, "", "The 30-year-old nurse")},
       3,
       0,
       1},
      // One named person: the outlets disagree on her age.
      {{age(0, 41, "Lopez", "Ana Lopez, 41, a nurse"), age(1, 43, "Lopez", "Lopez, 43")}, 1, 1, 2},
  };
  for (const Case& c : cases) {
    const std::vector<FactGroup> groups = Align(c.claims);
    size_t conflicts = 0, largest = 0;
    for (const FactGroup& g : groups) {
      conflicts += g.verdict == Verdict::kConflict;
      largest = std::max(largest, g.claims.size());
    }
    EXPECT_EQ(groups.size(), c.groups) << c.claims[0].context;
    EXPECT_EQ(conflicts, c.conflicts) << c.claims[0].context;
    EXPECT_EQ(largest, c.largest) << c.claims[0].context;
  }
}

TEST(AlignTest, OutputIsDeterministic) {
  std::vector<Claim> claims = {Name(1, FactKind::kPlace, "Aleppo"),
                               Name(0, FactKind::kPlace, "Aleppo"),
                               Name(0, FactKind::kPlace, "Idlib")};
  auto a = Align(claims);
  std::reverse(claims.begin(), claims.end());
  auto b = Align(claims);
  ASSERT_EQ(a.size(), b.size());
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].about, b[k].about);
    EXPECT_EQ(a[k].claims.size(), b[k].claims.size());
  }
}

Claim QuoteOf(size_t article, std::string speaker, std::string text) {
  Claim c;
  c.fact.kind = FactKind::kQuote;
  c.fact.article = article;
  c.fact.about = text;
  c.fact.value = std::move(text);
  c.speaker = std::move(speaker);
  return c;
}

// Outlets cut one statement to different lengths: the shorter excerpt is
// the same quote. Words of one topic in two statements are not, nor are one
// excerpt's words in another speaker's quote.
TEST(AlignTest, AnExcerptOfAQuoteIsThatQuote) {
  const std::string longer =
      "Everybody in the building is scared to take that elevator. There are always problems "
      "with it, and the repairs never come.";
  auto excerpt = Align({QuoteOf(0, "Dana Pilsner",
                                "Everybody in the building is scared to take "
                                "the elevator"),
                        QuoteOf(1, "Dana Pilsner", longer)});
  ASSERT_EQ(excerpt.size(), 1u);
  EXPECT_EQ(excerpt[0].verdict, Verdict::kVariant);
  auto unnamed = Align({QuoteOf(0, "", "scared to take the elevator in the building"),
                        QuoteOf(1, "Dana Pilsner", longer)});
  EXPECT_EQ(unnamed.size(), 1u);
  auto topic = Align({QuoteOf(0, "Dana Pilsner",
                              "Nobody has repaired anything in our building "
                              "since the spring"),
                      QuoteOf(1, "Dana Pilsner", longer)});
  EXPECT_EQ(topic.size(), 2u);
  auto speakers = Align({QuoteOf(0, "Ruben Dallow",
                                 "In the building everybody is scared to "
                                 "take the elevator"),
                         QuoteOf(1, "Dana Pilsner", longer)});
  EXPECT_EQ(speakers.size(), 2u);
}

// Outlets cut overlapping slices of one statement: a run of six words in
// common makes them one, for one speaker or an unnamed one; five do not.
TEST(AlignTest, OverlappingSlicesOfAQuoteAreOneStatement) {
  auto slices = Align({QuoteOf(0, "Dana Pilsner",
                               "Everyone forgets that I am the real victim here, whatever the "
                               "papers say. I was the one who was hurt by them"),
                       QuoteOf(1, "Dana Pilsner",
                               "I was the one who was hurt by them, so I fought back and walked "
                               "out the winner that night in Velmar")});
  ASSERT_EQ(slices.size(), 1u);
  EXPECT_EQ(slices[0].verdict, Verdict::kVariant);
  EXPECT_EQ(Align({QuoteOf(0, "", "Nobody told us the road was closed before we left home"),
                   QuoteOf(1, "Dana Pilsner",
                           "We drove for an hour and the road was closed before the bridge")})
                .size(),
            2u);
}

// Eight words in common, word for word, make one statement whoever each
// outlet names as its speaker (a letter quoted as its writer's and as its
// reader's); six need one speaker.
TEST(AlignTest, ALongRunInCommonIsOneStatementWhateverTheSpeakers) {
  EXPECT_EQ(Align({QuoteOf(0, "Ruben Dallow", "There is no reason for me to lie to you now."),
                   QuoteOf(1, "Dana Pilsner", "there is no reason for me to lie to you now")})
                .size(),
            1u);
  EXPECT_EQ(Align({QuoteOf(0, "Ruben Dallow", "We knew the road was closed before dawn, he said"),
                   QuoteOf(1, "Dana Pilsner", "Nobody knew the road was closed before dawn today")})
                .size(),
            2u);
}

// A short quote said whole inside another outlet's longer one is an excerpt
// of it (one speaker, or an unnamed one); a quoted title is not.
TEST(AlignTest, AShortQuoteInsideALongerOneIsAnExcerpt) {
  EXPECT_EQ(Align({QuoteOf(0, "", "twenty minutes of action"),
                   QuoteOf(1, "Dana Pilsner", "a steep price to pay for twenty minutes of action")})
                .size(),
            1u);
  EXPECT_EQ(Align({QuoteOf(0, "", "Gone with the Wind"),
                   QuoteOf(1, "Dana Pilsner",
                           "I have sent a synopsis of Gone with the Wind by airmail today")})
                .size(),
            2u);
}

// A long passage in the same words is one statement whoever each outlet
// names as its speaker (one names the channel that aired it, or the nearest
// name is not the speaker); a short one needs the same speaker.
TEST(AlignTest, ALongVerbatimQuoteIsOneStatementWhateverTheSpeakers) {
  const std::string statement =
      "With most ballots still to count, we remain confident that the rural counties will carry "
      "Nora Talbot to victory";
  auto two_speakers = Align({QuoteOf(0, "Nora Talbot", statement),
                             QuoteOf(1, "Owen Marsk",
                                     "With most ballots still to count we remain confident that "
                                     "the rural counties will carry Nora Talbot")});
  ASSERT_EQ(two_speakers.size(), 1u);
  EXPECT_EQ(two_speakers[0].claims.size(), 2u);
  auto short_passage = Align({QuoteOf(0, "Nora Talbot", "we remain confident of victory"),
                              QuoteOf(1, "Owen Marsk", "we remain confident of victory")});
  EXPECT_EQ(short_passage.size(), 2u);
}

TEST(ContentSimilarityTest, TranslationsOfOneQuoteAreSimilar) {
  EXPECT_GT(ContentSimilarity("Over the last hour we have received information that the military "
                              "activities in east Aleppo have stopped",
                              "According to the latest information that we received in the last "
                              "hour, military actions in eastern Aleppo are over."),
            0.4);
  EXPECT_LT(ContentSimilarity("Nobody is going to harm the civilians",
                              "military actions in eastern Aleppo are over"),
            0.2);
}

}  // namespace
}  // namespace crosswire::corroborate
