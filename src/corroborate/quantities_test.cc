#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct QuantityCase {
  const char* text;
  const char* value;
  const char* qualifier;
  const char* about;
  const char* head;
};

TEST(ExtractQuantitiesTest, FindsCountsAndWhatTheyCount) {
  const QuantityCase cases[] = {
      {"More than 82 civilians were killed on Tuesday", "82", "more than", "civilians killed",
       "person"},
      {"Eighty-two people were reportedly killed when", "Eighty-two", "", "people killed",
       "person"},
      {"at least 82 civilians were killed while", "82", "at least", "civilians killed", "person"},
      {"the 20 buses waiting to take people", "20", "", "buses", "bus"},
      {"around 20 buses were parked on a main road", "20", "around", "buses", "bus"},
      {"Around 15,000 people will be able to leave", "15,000", "around", "people", "person"},
      {"to host 80,000 people fleeing eastern Aleppo", "80,000", "", "people fleeing", "person"},
      {"evacuation of tens of thousands of residents from", "tens of thousands", "", "residents",
       "person"},
      {"with dozens of rockets.", "dozens", "", "rockets", "rocket"},
      {"tens of thousands of demonstrators took to the streets", "tens of thousands", "",
       "demonstrators", "demonstrator"},
      {"travel ban on seven largely Muslim countries", "seven", "", "countries", "country"},
      {"more than half the country's prewar population displaced", "half", "more than",
       "population displaced", "population"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].fact.qualifier, c.qualifier) << c.text;
    EXPECT_EQ(found[0].fact.about, c.about) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
  }
}

// A currency sign before a figure makes it a sum of money, with or without a
// noun after it; after the sign a glued "m" or "bn" is a scale.
// A count of none says what did not happen; without an event it is no count.
TEST(ExtractQuantitiesTest, CountsOfNone) {
  const struct {
    const char* text;
    const char* value;  // "" when nothing is counted
    const char* verb;
  } cases[] = {
      {"No one was hurt in the fire, police said.", "No one", "wound"},
      {"No-one was injured.", "No-one", "wound"},
      {"Nobody died in the blaze.", "Nobody", "kill"},
      {"No civilians were killed.", "No civilians", "kill"},
      {"There were no casualties.", "no casualties", "casualty"},
      {"Fortunately there were no deaths.", "no deaths", "kill"},
      {"No one knows why it happened.", "", ""},
      {"There were no reports of damage.", "", ""},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    if (std::string(c.value).empty()) {
      EXPECT_TRUE(found.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].low, 0) << c.text;
    EXPECT_EQ(found[0].high, 0) << c.text;
    EXPECT_EQ(found[0].verb, c.verb) << c.text;
  }
}

TEST(ExtractQuantitiesTest, CurrencySignMakesASum) {
  const struct {
    const char* text;
    const char* value;
    const char* qualifier;
    const char* head;
    double amount;
  } cases[] = {
      {"Bail was set at $250,000 on Monday.", "$250,000", "", "dollar", 250000},
      {"The club paid more than $3 million for the striker.", "$3 million", "more than", "dollar",
       3e6},
      {"The council borrowed \xC2\xA3"
       "12m last year.",
       "\xC2\xA3"
       "12m",
       "", "pound", 12e6},
      {"A \xE2\x82\xAC"
       "1.5bn rescue was agreed.",
       "\xE2\x82\xAC"
       "1.5bn",
       "", "euro", 1.5e9},
      {"The fine came to about $ 40 million.", "$ 40 million", "around", "dollar", 40e6},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].fact.qualifier, c.qualifier) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
    EXPECT_DOUBLE_EQ(found[0].fact.normalized.value_or(-1), c.amount) << c.text;
  }
}

// The object of a casualty verb is people, so a count right after one needs
// no noun ("killing at least three and injuring dozens"); after another verb a
// bare count says nothing about what it counts.
TEST(ExtractQuantitiesTest, CountAfterCasualtyVerbIsPeople) {
  const struct {
    const char* text;
    std::vector<std::string> values;  // each counts people
  } cases[] = {
      {"The blast killed at least three and injured dozens, the mayor said.", {"three", "dozens"}},
      {"A landslide buried the road, injuring 12 before dawn.", {"12"}},
      {"The flood wounded hundreds in the lower town.", {"hundreds"}},
      {"The storm damaged dozens and flooded more.", {}},
      {"Rescuers searched 40 before noon.", {}},
      {"The quake killed at least one, officials said.", {"one"}},
      // "Dead" and "died" take no object.
      {"They reunited the Dead one last time.", {}},
      {"Most of those who died 20 years ago were miners.", {}},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    std::vector<std::string> values;
    for (const Claim& q : ExtractQuantities(&ctx)) {
      values.push_back(q.fact.value);
      EXPECT_EQ(q.head, "person") << c.text;
      EXPECT_FALSE(q.verb.empty()) << c.text;
    }
    EXPECT_EQ(values, c.values) << c.text;
  }
}

TEST(ExtractQuantitiesTest, CoordinatedCountsShareTheVerb) {
  SentenceContext ctx =
      MakeSentenceContext("the ministry said 6,000 civilians and 366 fighters had left Aleppo");
  auto found = ExtractQuantities(&ctx);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].fact.about, "civilians left");
  EXPECT_EQ(found[1].fact.about, "fighters left");
  EXPECT_EQ(found[0].verb, "leave");
}

// What happened to the counted things, where grammar puts it: after verbs of
// report and belief, as the complement of a toll that is the clause's
// subject, or right after the number in a table row.
TEST(ExtractQuantitiesTest, FindsWhatHappenedAcrossReportingVerbsAndTolls) {
  const struct {
    const char* text;
    const char* value;
    const char* predicate;
    const char* head;
  } cases[] = {
      {"At least 40 miners have been confirmed dead after the blast", "40", "kill", "miner"},
      {"Nine hikers were feared killed in the avalanche", "Nine", "kill", "hiker"},
      {"three fishermen are listed as missing off the coast", "three", "missing", "fishermen"},
      {"The death toll from the floods in the north has climbed to 1,204 on Sunday", "1,204",
       "kill", "person"},
      {"The toll in the 6.1-magnitude tremor stood at 310", "310", "kill", "person"},
      {"Valparaiso 2,310 dead", "2,310", "kill", "person"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto found = ExtractQuantities(&ctx);
    const Claim* claim = nullptr;
    for (const Claim& f : found) {
      if (f.fact.value == c.value) claim = &f;
    }
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->fact.referent.predicate, c.predicate) << c.text;
    EXPECT_EQ(claim->head, c.head) << c.text;
  }
  // Past the clause, a toll is not the subject: "the toll, officials said,
  // ... 30 ambulances" counts ambulances, and a model number stays a name.
  SentenceContext ctx = MakeSentenceContext("The toll rose, and 30 ambulances came");
  auto found = ExtractQuantities(&ctx);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].head, "ambulance");
  SentenceContext name = MakeSentenceContext("A Boeing 747 landed");
  EXPECT_TRUE(ExtractQuantities(&name).empty());
}

// Ages: the apposition after a name and "N-year-old", with the person's
// surname as holder.
struct AgeCase {
  const char* text;
  const char* value;
  double years;
  const char* holder;
};

TEST(ExtractQuantitiesTest, ReadsAgesWithWhoseAgeTheyAre) {
  const AgeCase cases[] = {
      {"Robert Buckley, 32, fell about 2,000 feet.", "32", 32, "Buckley"},
      {"Ana Velk, a former Marel City captain, 34, was shot.", "34", 34, "Velk"},
      {"Police said Smith, 34, was shot several times.", "34", 34, "Smith"},
      {"Hayes, 28, then drew a handgun.", "28", 28, "Hayes"},
      {"another climber, 36-year-old Duncan Rait, died.", "36-year-old", 36, "Rait"},
      {"On Saturday, 32-year-old Englishman Robert Buckley fell.", "32-year-old", 32, "Buckley"},
      {"Cardell Hayes, a 28-year-old tow truck driver, was arrested.", "28-year-old", 28, "Hayes"},
      {"A 32-year-old British climber dies after a fall.", "32-year-old", 32, ""},
      {"The 41-year old nurse was released.", "41-year old", 41, ""},
      {"Maria Lopez, a 19-year old student, was hurt.", "19-year old", 19, "Lopez"},
      {"Ann Marsh, aged 34, was arrested.", "34", 34, "Marsh"},
      {"Singer Orvin Talec Dead at 41", "41", 41, "Talec"},
      {"Talec died at 41 after a long illness.", "41", 41, "Talec"},
      {"She began climbing at age 36.", "36", 36, ""},
      {"He retired at the age of 62 in Leeds.", "62", 62, ""},
      {"He was 41.", "41", 41, ""},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const Claim* age = nullptr;
    const auto found = ExtractQuantities(&ctx);
    for (const Claim& q : found) {
      if (q.fact.referent.predicate == "age") age = &q;
    }
    ASSERT_NE(age, nullptr) << c.text;
    EXPECT_EQ(age->fact.value, c.value) << c.text;
    EXPECT_EQ(age->low, c.years) << c.text;
    EXPECT_EQ(age->fact.referent.holder, c.holder) << c.text;
  }
  // Not ages: a date's day and year, a count between commas after a verb.
  // Nor a count that a pronoun's verb happens to precede, before more words.
  for (const char* text :
       {"on December 13, 2016, the talks", "Police said, 12, were hurt.",
        "He was 41 points behind.", "The toll was 41.", "In Marel, the capital, 41 were hurt."}) {
    SentenceContext ctx = MakeSentenceContext(text);
    for (const Claim& q : ExtractQuantities(&ctx)) {
      EXPECT_NE(q.fact.referent.predicate, "age") << text;
    }
  }
}

TEST(ExtractQuantitiesTest, ReadsMagnitudesAsStated) {
  for (const char* text :
       {"a 6.1-magnitude tremor shook the valley", "the tremor, magnitude 6.1, shook the valley",
        "it measured 6.1 on the Richter scale",
        "The earthquake, measuring 6.1 on the Richter "
        "scale, struck",
        "the center said the quake measured magnitude-6.1, but",
        "the agency put the quake's magnitude at 6.1.", "A magnitude-6.1 quake can cause damage.",
        "a 6.1-degree quake jolted the region", "A 6.1-strength quake killed more than 30",
        "A 6.1 magnitude earthquake has leveled villages"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    auto found = ExtractQuantities(&ctx);
    if (found.empty()) {
      ADD_FAILURE() << "no magnitude in: " << text;
      continue;
    }
    EXPECT_EQ(found[0].fact.referent.predicate, "magnitude") << text;
    // No conversion, no rounding slack: 6.1 and 6.4 are different readings.
    EXPECT_DOUBLE_EQ(found[0].low, 6.1) << text;
    EXPECT_DOUBLE_EQ(found[0].high, 6.1) << text;
  }
  // A qualifier before the number or before "magnitude-" keeps the reading.
  for (const char* text : {"An earthquake with a magnitude of at least 5.9 hit",
                           "An earthquake measuring at least magnitude-5.9 shook"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    auto found = ExtractQuantities(&ctx);
    if (found.empty()) {
      ADD_FAILURE() << "no magnitude in: " << text;
      continue;
    }
    EXPECT_EQ(found[0].fact.referent.predicate, "magnitude") << text;
    EXPECT_DOUBLE_EQ(found[0].low, 5.9) << text;
    EXPECT_EQ(found[0].fact.qualifier, "at least") << text;
  }
  // Whose reading: the named body that opens the sentence and states it.
  const std::pair<const char*, const char*> holders[] = {
      {"Tehran's seismologic center put the quake's magnitude at 5.9, but",
       "tehran's seismologic center"},
      {"Tehran's center put it at 5.9, but the U.S. Geological Survey in Golden, Colo., said it "
       "was a magnitude-6.1 temblor.",
       "u s geological survey"},
      {"U.S. Geological Survey puts the magnitude at 6.1.", "u s geological survey"},
      {"The quake measured 6.1 on the Richter scale.", ""},
      {"A 6.1-magnitude quake struck the island, state media said.", ""},
  };
  for (const auto& [text, holder] : holders) {
    SentenceContext ctx = MakeSentenceContext(text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found[0].fact.referent.holder, holder) << text;
  }
  // Degrees of anything but a quake are no magnitude.
  SentenceContext heat = MakeSentenceContext("a 40-degree heat wave");
  for (const Claim& c : ExtractQuantities(&heat)) EXPECT_NE(c.fact.referent.predicate, "magnitude");
}

// "25 of the injured" counts a part of the injured: its thing is marked so,
// and it never aligns with the count of the whole.
TEST(ExtractQuantitiesTest, APartitiveCountsAPart) {
  SentenceContext part = MakeSentenceContext("at least 25 of the injured were flown out");
  auto found = ExtractQuantities(&part);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.referent.thing.rfind("part of ", 0), 0u) << found[0].fact.referent.thing;
  SentenceContext whole = MakeSentenceContext("tens of thousands of residents were flown out");
  found = ExtractQuantities(&whole);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.referent.thing, "person");
}

// A fraction's "of the" names its whole, not a group it is a part of:
// "half of the roof" is "half the roof".
TEST(ExtractQuantitiesTest, AFractionOfTheWholeIsNoPartitive) {
  for (const char* text : {"half of the roof collapsed during the blaze",
                           "half the roof collapsed during the blaze"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].fact.referent.thing, "roof") << text;
  }
}

// Any possessive determiner opens a partitive, a speaker's own ("thousands
// of our members") as much as a third party's ("three of their children").
TEST(ExtractQuantitiesTest, EveryPossessiveOpensAPartitive) {
  const struct {
    const char* text;
    const char* value;
    const char* thing;
  } cases[] = {
      {"we and thousands of our members will march", "thousands", "part of member"},
      {"two of my neighbours were hurt", "two", "part of neighbour"},
      {"hundreds of your readers wrote in", "hundreds", "part of reader"},
      {"three of their cousins were hurt", "three", "part of cousin"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].fact.referent.thing, c.thing) << c.text;
  }
}

// Compound adjectives "N-noun" before the noun they describe, the number in
// digits or words: sizes of crews and forces, storeys, measures with or
// without "-long"/"-tall", and ages of people not named.
TEST(ExtractQuantitiesTest, ReadsHyphenatedCompoundFigures) {
  const struct {
    const char* text;
    const char* value;
    double low;
    const char* head;
    const char* thing;
  } cases[] = {
      {"All of the 107-man crew were lost.", "107-man", 107, "crew", "crew"},
      {"the submarine's 118-member crew was trapped", "118-member", 118, "crew", "crew"},
      {"a ninety-man crew set sail at dawn", "ninety-man", 90, "crew", "crew"},
      {"A 5,000-strong force crossed the river.", "5,000-strong", 5000, "force", "force"},
      {"A seven-story building collapsed on Friday.", "seven-story", 7, "storey", "building"},
      {"the 12-storey block stood empty", "12-storey", 12, "storey", "block"},
      {"they widened the four-lane road last year", "four-lane", 4, "lane", "road"},
      {"The 18,000-ton submarine sank.", "18,000-ton", 18000000, "weight", "submarine"},
      {"a 500-foot ship ran aground", "500-foot", 152.4, "length", "ship"},
      {"a five-foot wall surrounds the yard", "five-foot", 1.524, "length", "wall"},
      {"a 500-foot-long ship ran aground", "500-foot-long", 152.4, "length", ""},
      {"a thirty-foot-tall statue was toppled", "thirty-foot-tall", 9.144, "height", ""},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_NEAR(found[0].fact.normalized.value_or(-1), c.low, 0.01) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
    if (*c.thing != '\0') {
      EXPECT_EQ(found[0].fact.referent.thing, c.thing) << c.text;
    }
  }
  // Not counts: fractions, multipliers, a single one, a duration, a verb after.
  for (const char* text :
       {"a two-thirds majority in the house", "the three-time champion", "a two-fold rise in cases",
        "a one-man show opened", "the 40-odd people inside"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    EXPECT_TRUE(ExtractQuantities(&ctx).empty()) << text;
  }
  SentenceContext meeting = MakeSentenceContext("after a two-hour meeting with the crew");
  const auto durations = ExtractDurations(&meeting);
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_NEAR(durations[0].low * 24, 2, 1e-9);
  EXPECT_TRUE(ExtractQuantities(&meeting).empty());
}

// Ages in words as in digits. The noun the age describes ("boy", "suspect",
// "student") is not a slot: outlets call one person by different nouns, and
// two people's ages are kept apart by LinkAges (align.cc).
TEST(ExtractQuantitiesTest, ReadsSpelledAges) {
  const struct {
    const char* text;
    double years;
    const char* holder;
  } cases[] = {
      {"a four-year-old boy was pulled from the rubble", 4, ""},
      {"The twenty-one-year-old student was charged.", 21, ""},
      {"A Four-year-old girl dies in the fire", 4, ""},
      {"ninety-year-old Ada Smith lived there", 90, "Smith"},
      {"Ada Smith, a ninety-year-old widow, lived there", 90, "Smith"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.referent.predicate, "age") << c.text;
    EXPECT_EQ(found[0].low, c.years) << c.text;
    EXPECT_EQ(found[0].fact.referent.holder, c.holder) << c.text;
  }
  // Not ages: a period of years, a vague number.
  for (const char* text : {"a four-year battle for the city", "a dozens-year-old feud"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    for (const Claim& q : ExtractQuantities(&ctx)) {
      EXPECT_NE(q.fact.referent.predicate, "age") << text;
    }
  }
}

// Identifiers are not counts: a label after its singular noun, a number
// before a singular noun (a model, a line, a code), a number called; counts
// keep their plural or invariant nouns.
TEST(ExtractQuantitiesTest, IdentifiersAreNotCounts) {
  for (const char* text :
       {"Relatives waited for news of flight 417 at the airport.",
        "The bus on route 9 crashed, police said.", "a 767 jet was grounded",
        "The 911 operator kept her on the line.", "Neighbours called 911 and waited.",
        "He dialled 999 twice.", "The convoy used highway 12 through the pass.",
        "Flight 990 took off at 1:19 a.m.", "The Boeing 767 crashed into the sea.",
        "Witnesses said the Tupolev 154 broke apart.", "You are the No. 1 show here, he said.",
        "That is why you are No. 1 now.", "The team ranked #2 lost."}) {
    SentenceContext ctx = MakeSentenceContext(text);
    ExtractTimes(&ctx);
    for (const Claim& q : ExtractQuantities(&ctx)) {
      ADD_FAILURE() << text << " → counted " << q.fact.value << " " << q.fact.about;
    }
  }
  const struct {
    const char* text;
    const char* value;
    const char* head;
  } counts[] = {
      {"The airline flew 417 passengers home.", "417", "passenger"},
      {"The ferry's 300 passengers were rescued.", "300", "passenger"},
      {"Rescuers pulled 20 crew from the water.", "20", "crew"},
      {"three fishermen are listed as missing", "three", "fishermen"},
      {"a 12 percent probability of a quake", "12", "probability"},
      {"the storm destroyed another 40 homes", "40", "home"},
  };
  for (const auto& c : counts) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
  }
}

// "a crew of 118": a number ending its phrase counts the singular noun
// before "of", unless that noun names an amount ("a total of 20").
TEST(ExtractQuantitiesTest, CountsTheNounBeforeOf) {
  const struct {
    const char* text;
    const char* value;
    const char* head;
  } cases[] = {
      {"The submarine had a crew of 118 when it sank.", "118", "crew"},
      {"they sent a force of some 2,000 to the border", "2,000", "force"},
      {"an island with a population of about 120,000, officials said", "120,000", "person"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
  }
  // ("at the age of 70" is an age: ReadsAgesWithWhoseAgeTheyAre.)
  for (const char* text :
       {"a total of 20, the mayor said", "a margin of 5 in the vote", "the scale of 10 was used"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    for (const Claim& q : ExtractQuantities(&ctx)) {
      ADD_FAILURE() << text << " → counted " << q.fact.value << " " << q.head;
    }
  }
  // The compound and the "of" phrase count the same crew.
  SentenceContext a = MakeSentenceContext("the 118-member crew");
  SentenceContext b = MakeSentenceContext("a crew of 118");
  const auto ca = ExtractQuantities(&a), cb = ExtractQuantities(&b);
  ASSERT_EQ(ca.size(), 1u);
  ASSERT_EQ(cb.size(), 1u);
  EXPECT_EQ(ca[0].head, cb[0].head);
  EXPECT_EQ(ca[0].low, cb[0].low);
}

// "One" counts a person only with what happened to that person; otherwise
// it is a pronoun or a number nobody disputes.
TEST(ExtractQuantitiesTest, OneCountsOnlyACasualty) {
  const struct {
    const char* text;
    const char* value;  // "" when nothing is counted
    const char* head;
  } cases[] = {
      {"One soldier was killed near the border on Friday.", "One", "soldier"},
      {"The blast injured one worker at the plant.", "one", "worker"},
      {"One man said he saw the flames.", "", ""},
      {"One of the victims was killed in the street.", "", ""},
      {"That is one reason the toll rose.", "", ""},
      // "One hundred and three" is a number, not the pronoun
      {"One hundred and three people were killed in the flood.", "One hundred and three", "person"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    const auto found = ExtractQuantities(&ctx);
    if (*c.value == '\0') {
      EXPECT_TRUE(found.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
    EXPECT_FALSE(found[0].verb.empty()) << c.text;
  }
}

TEST(ExtractQuantitiesTest, SkipsDatesTimesAndPronouns) {
  for (const char* text : {"no one left the city", "since 2012 the city", "several times",
                           "A Number 10 spokesperson said", "Ninety seconds later the jet dove",
                           "two weeks ago the plant closed", "for three nights the crew waited"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    ExtractDates(&ctx);
    EXPECT_TRUE(ExtractQuantities(&ctx).empty()) << text;
  }
  SentenceContext ctx = MakeSentenceContext("on December 13, 2016 three buses left");
  ExtractDates(&ctx);
  auto found = ExtractQuantities(&ctx);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.value, "three");
}

}  // namespace
}  // namespace crosswire::corroborate
