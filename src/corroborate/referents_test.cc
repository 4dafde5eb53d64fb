// Rules of claims with referents (issue 10 items 1-3, 6), one row per rule,
// on sentences written for these tests.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <tuple>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

// The quantity claims of one sentence with their referents read as
// ExtractStory reads them.
std::vector<Claim> Quantities(std::string_view text, std::optional<int> published_year = 2026,
                              const std::map<std::string, FactKind>* names = nullptr) {
  SentenceContext ctx = MakeSentenceContext(text);
  std::vector<Claim> found = ExtractDurations(&ctx);
  found = ExtractQuantities(&ctx);
  for (Claim& c : found) {
    size_t tf = 0;
    while (tf < ctx.toks.size() && ctx.toks[tf].begin < c.fact.begin) ++tf;
    size_t tl = tf;
    while (tl < ctx.toks.size() && ctx.toks[tl].end <= c.fact.end) ++tl;
    ReadReferent(ctx.toks, tf, tl, published_year, names, &c.fact.referent);
  }
  return found;
}

struct ReferentCase {
  const char* text;
  const char* predicate;
  const char* thing;
  const char* holder;
  const char* place;
  const char* event;
  bool background;
};

TEST(ReferentTest, ReadsSlotsFromTheSentence) {
  const ReferentCase cases[] = {
      // predicate after the noun phrase, place after a locative
      {"At least 57 people were killed in Peru on Monday.", "kill", "person", "", "Peru", "",
       false},
      // predicate before the number
      {"The blast tore through the market, killing 12 people.", "kill", "person", "", "", "",
       false},
      // every form of a verb is one predicate ("injuring" as "injured")
      {"He opened fire at the office, injuring 13 people.", "wound", "person", "", "", "", false},
      // a noun that names the event
      {"Officials confirmed 30 deaths by nightfall.", "kill", "person", "", "", "", false},
      {"Doctors treated 40 injuries overnight.", "wound", "person", "", "", "", false},
      // a toll with the number alone
      {"The death toll rose to 57 on Tuesday.", "kill", "person", "", "", "", false},
      // capitalised possessive: a place
      {"Chile's 14 missing miners were found.", "", "miner", "", "Chile", "", false},
      // lower-case possessive: a holder
      {"The ferry's 300 passengers were rescued.", "rescue", "passenger", "ferry", "", "", false},
      // sentence-opening locative clause
      {"In Lima, 20 people were injured.", "wound", "person", "", "Lima", "", false},
      {"In neighbouring Dorn district, 10 people were killed.", "kill", "person", "", "Dorn", "",
       false},
      // background: a past year in the clause
      {"In 1994, 57 people died in a similar storm.", "kill", "person", "", "", "1994", true},
      // background: "when" clause after a dated clause
      {"It was the worst since 1994, when 57 people died.", "kill", "person", "", "", "1994", true},
      // the event's own figure in a clause apart from the history
      {"At least 82 people died, the worst since 1994.", "kill", "person", "", "", "", false},
      {"The previous record of 40 deaths stood for decades.", "kill", "person", "", "", "previous",
       true},
      // background: last year's event
      {"Last year's floods killed 300 people.", "kill", "person", "", "", "last year", true},
      // background: a "when" clause after a comparison with a past event
      {"It was the deadliest sinking since the Estonia went down, when 852 people died.", "kill",
       "person", "", "", "since", true},
      // ... but not a figure in the comparison's own clause
      {"It was the deadliest day since the truce, and 40 people died.", "kill", "person", "", "",
       "", false},
      // background: a participle clause continues a dated one
      {"A cyclone hit the coast in 1991, leaving 90 fishermen dead.", "kill", "fishermen", "", "",
       "1991", true},
      // background: a relative clause in the past after a dated noun; not
      // one in the present
      {"The worst was a quake in 1939, which killed 20,000 people.", "kill", "person", "", "",
       "1939", true},
      {"It follows the 1997 treaty, which calls for 40 nations to cut emissions.", "", "nation", "",
       "", "", false},
      // background: "the last ... to" names the event before this one
      {"The last big flood to hit the valley left 40 people dead.", "kill", "person", "", "",
       "last", true},
      // a general statement ("can") is no figure of the event
      {"A magnitude 6 quake can cause severe damage.", "magnitude", "", "", "", "general", true},
      // a region's adjective is not part of the place's name
      {"Nine people died in northern Chile.", "kill", "person", "", "Chile", "", false},
      // lengths: what they measure and from where
      {"The tremor struck at a depth of just 12 kilometres.", "depth", "", "", "", "", false},
      {"The tremor began 8 miles beneath the seabed.", "depth", "", "", "", "", false},
      {"The epicentre lay 40 km north-east of Tabriz.", "distance", "", "Tabriz", "", "", false},
      {"The camp is 25 miles from Mosul.", "distance", "", "Mosul", "", "", false},
  };
  for (const auto& c : cases) {
    auto found = Quantities(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    const Referent& r = found[0].fact.referent;
    EXPECT_EQ(r.predicate, c.predicate) << c.text;
    EXPECT_EQ(r.thing, c.thing) << c.text;
    EXPECT_EQ(r.holder, c.holder) << c.text;
    EXPECT_EQ(r.place, c.place) << c.text;
    EXPECT_EQ(r.event, c.event) << c.text;
    EXPECT_EQ(r.background, c.background) << c.text;
  }
}

// A row of a fact box names the place of each of its figures; a sentence
// that opens with a word of grammar and a year, or is long, is no row.
TEST(ReferentTest, AFactBoxRowNamesThePlaceOfItsFigures) {
  auto places = [](std::string_view text) {
    std::vector<std::string> out;
    for (const Claim& c : Quantities(text)) out.push_back(c.fact.referent.place);
    return out;
  };
  EXPECT_EQ(places("Dornbirn 4,179 dead, 10,759 injured"),
            (std::vector<std::string>{"Dornbirn", "Dornbirn"}));
  EXPECT_EQ(places("In 1996 for example 1,226 of the suspects were arrested"),
            (std::vector<std::string>{""}));
  EXPECT_EQ(places("Channel 11 said that the storm had left 40 people dead across the whole "
                   "of the valley by Monday night"),
            (std::vector<std::string>{""}));
}

// A month of the article's year before its own month dates an earlier
// event: "in February" in a November article; "in December" does not.
TEST(ReferentTest, AnEarlierMonthOfTheYearIsBackground) {
  const std::tuple<const char*, int, bool> cases[] = {
      {"A quake hit the town of Dorn in February, killing 612 people.", 11, true},
      {"It was in February, when a magnitude-6.4 temblor rocked Dorn.", 11, true},
      {"A quake hit the town of Dorn in December, killing 612 people.", 11, false},
      {"A quake hit the town of Dorn in February 3, killing 612 people.", 11, false},
  };
  for (const auto& [text, month, background] : cases) {
    SentenceContext ctx = MakeSentenceContext(text);
    auto found = ExtractQuantities(&ctx);
    ASSERT_FALSE(found.empty()) << text;
    size_t tf = 0;
    while (tf < ctx.toks.size() && ctx.toks[tf].begin < found[0].fact.begin) ++tf;
    size_t tl = tf;
    while (tl < ctx.toks.size() && ctx.toks[tl].end <= found[0].fact.end) ++tl;
    ReadReferent(ctx.toks, tf, tl, 2005, nullptr, &found[0].fact.referent, month);
    EXPECT_EQ(found[0].fact.referent.background, background) << text;
  }
}

// "The last flood to hit the valley was in May. It killed 40 people.": the
// second sentence continues the first one's past event.
TEST(ReferentTest, APronounSentenceContinuesThePreviousEvent) {
  EXPECT_EQ(OpeningBackground(Tokenize("The last flood to hit the valley was in May."), 2026),
            "last");
  EXPECT_EQ(OpeningBackground(Tokenize("The flood hit the valley, the last of the year."), 2026),
            "");
  EXPECT_TRUE(OpensWithPronoun(Tokenize("It killed 40 people.")));
  EXPECT_TRUE(OpensWithPronoun(Tokenize("\"They left at dawn.")));
  EXPECT_FALSE(OpensWithPronoun(Tokenize("Its banks burst.")));
}

TEST(ReferentTest, KnownPersonPossessiveIsAHolder) {
  const std::map<std::string, FactKind> names = {{"Smith", FactKind::kPerson}};
  auto found = Quantities("Smith's 12 horses were sold.", 2026, &names);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.referent.holder, "Smith");
  EXPECT_EQ(found[0].fact.referent.place, "");
}

struct IntervalCase {
  const char* text;
  double low;
  double high;  // infinity for open intervals
  const char* unit;
};

TEST(IntervalTest, QualifiersRangesAndUnits) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const IntervalCase cases[] = {
      {"at least 57 people were killed", 57, kInf, ""},
      {"more than 200 people were evacuated", 200, kInf, ""},
      {"about 20 buses arrived", 18, 22, ""},
      {"between 1,000 and 1,500 homes were destroyed", 1000, 1500, ""},
      {"dozens of homes were destroyed", 24, 99, ""},
      // measures, in the base unit, with 5% slack for rounded conversions
      {"the waves were 30 feet high", 30 * 0.3048 * 0.95, 30 * 0.3048 * 1.05, "m"},
      {"winds of 80 knots battered the coast", 80 * 1.852 * 0.95, 80 * 1.852 * 1.05, "km/h"},
      {"winds of 150 km/h battered the coast", 150 * 0.95, 150 * 1.05, "km/h"},
      {"gusts of 90 miles per hour", 90 * 1.609344 * 0.95, 90 * 1.609344 * 1.05, "km/h"},
      {"the road is 12 miles long", 12 * 1609.344 * 0.95, 12 * 1609.344 * 1.05, "m"},
  };
  for (const auto& c : cases) {
    auto found = Quantities(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_NEAR(found[0].low, c.low, 1e-6) << c.text;
    if (std::isinf(c.high)) {
      EXPECT_TRUE(std::isinf(found[0].high)) << c.text;
    } else {
      EXPECT_NEAR(found[0].high, c.high, 1e-6) << c.text;
    }
    EXPECT_EQ(found[0].fact.unit, c.unit) << c.text;
  }
}

// A unit glued to its number ("200ft", "80m") is read as the unit, and ECB+'s
// tokenised thousands ("2, 000ft") as one number; after a currency sign "m"
// is a scale, not metres.
struct GluedUnitCase {
  const char* text;
  const char* value;  // the claim's value text, "" when no measure is read
  double metres;      // the stated value in metres
};

TEST(IntervalTest, UnitGluedToTheNumber) {
  const GluedUnitCase cases[] = {
      {"He fell 200ft from a ridge.", "200ft", 200 * 0.3048},
      {"They were within 80m of the hut.", "80m", 80},
      {"The summit is 700m above the valley.", "700m", 700},
      {"He fell 2,000ft while climbing.", "2,000ft", 2000 * 0.3048},
      {"He fell around 2, 000ft while climbing.", "2, 000ft", 2000 * 0.3048},
      {"The road runs 15km along the coast.", "15km", 15000},
      {"The bridge cost $80m to build.", "", 0},
  };
  for (const auto& c : cases) {
    const Claim* measure = nullptr;
    auto found = Quantities(c.text);
    for (const Claim& q : found) {
      if (q.fact.unit == "m") measure = &q;
    }
    if (*c.value == '\0') {
      EXPECT_EQ(measure, nullptr) << c.text;
      continue;
    }
    ASSERT_NE(measure, nullptr) << c.text;
    EXPECT_EQ(measure->fact.value, c.value) << c.text;
    EXPECT_NEAR(measure->fact.normalized.value_or(-1), c.metres, 1e-6) << c.text;
  }
}

// A length fallen or travelled is a distance, however it is worded.
TEST(IntervalTest, LengthMovedOverIsADistance) {
  for (const char* text :
       {"He fell 200ft from a ridge.", "He died after falling about 200 feet from a ridge.",
        "He slipped and fell approximately 200 metres.", "They were within 80m of the hut."}) {
    auto found = Quantities(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].fact.referent.predicate, "distance") << text;
  }
}

std::string AlignPair(const char* a, const char* b);

// A level reached or held is a height (an altitude), whichever words say so.
TEST(IntervalTest, ALevelFlownOrReachedIsAHeight) {
  const std::pair<const char*, const char*> cases[] = {
      {"The airliner was flying at 35,000 feet.", "height"},
      {"It began its descent from 11,000 metres.", "height"},
      {"The balloon then dropped back to 900 metres.", "height"},
      {"The jet dived, down to 4,000 feet.", "height"},
      {"The glider climbed to 2,500 feet.", "height"},
      {"The jet reached a cruise altitude of 11,000 metres.", "height"},
      // not levels: a length moved over, a length from a place, a size
      {"He fell 200ft from a ridge.", "distance"},
      {"The camp is 25 miles from Mosul.", "distance"},
      {"The runway was extended to 3,000 metres.", "length"},
  };
  for (const auto& [text, predicate] : cases) {
    auto found = Quantities(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].fact.referent.predicate, predicate) << text;
  }
  EXPECT_EQ(AlignPair("The airliner was flying at 35,000 feet when it vanished.",
                      "The airliner lost contact at its cruise altitude of 10,700 meters."),
            "agree");
}

TEST(IntervalTest, ParentheticalConversionIsOneClaim) {
  auto found = Quantities("The waves reached 30 feet (9 meters) high.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.unit, "m");
  EXPECT_LE(found[0].low, 9.0);
  EXPECT_GE(found[0].high, 30 * 0.3048);
}

TEST(IntervalTest, CompoundMeasureNamesWhatItMeasures) {
  auto found = Quantities("A 40-foot boat capsized.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].fact.referent.thing, "boat");
  EXPECT_EQ(found[0].fact.referent.predicate, "length");
}

// Alignment of two sentences from two articles: the verdict, or no group
// joining them ("apart").
struct PairCase {
  const char* a;
  const char* b;
  const char* expected;  // "agree", "conflict", "apart"
};

std::string AlignPair(const char* a, const char* b) {
  std::vector<Claim> claims;
  for (size_t art = 0; art < 2; ++art) {
    for (Claim c : Quantities(art == 0 ? a : b)) {
      c.fact.article = art;
      c.context = art == 0 ? a : b;
      claims.push_back(std::move(c));
    }
  }
  for (const FactGroup& g : Align(std::move(claims))) {
    if (g.claims.size() == 2 && g.claims[0].article != g.claims[1].article) {
      return std::string(VerdictName(g.verdict));
    }
  }
  return "apart";
}

// The same number in another unit is a conflict even when the articles'
// publication times order the values: no toll rises from 200 m to 200 ft.
TEST(AlignReferentTest, SameFigureInAnotherUnitIsNoRevision) {
  std::vector<Claim> claims;
  const char* texts[] = {"The climber fell approximately 200 metres down a steep gully.",
                         "Rait died after slipping and falling about 200ft from a ridge.",
                         "He fell around 200ft from a ridge near the glacier."};
  for (size_t art = 0; art < 3; ++art) {
    for (Claim c : Quantities(texts[art])) {
      c.fact.article = art;
      c.context = texts[art];
      c.published = 1000 * static_cast<long long>(art + 1);
      c.published_text = "2013-09-1" + std::to_string(5 + art);
      claims.push_back(std::move(c));
    }
  }
  const auto groups = Align(std::move(claims));
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(VerdictName(groups[0].verdict), std::string("conflict"));
}

TEST(AlignReferentTest, ComparesOnlyClaimsAboutOneReferent) {
  const PairCase cases[] = {
      // same referent, overlapping intervals
      {"At least 57 people were killed in Peru.", "Sixty people were killed in Peru.", "agree"},
      {"About 20 people were injured.", "Twenty-one people were injured.", "agree"},
      // unit conversion
      {"Waves 30 feet high hit the town.", "Waves 9 meters high hit the town.", "agree"},
      {"Winds of 80 knots hit the coast.", "Winds of 150 km/h hit the coast.", "agree"},
      {"They were within 80m of the hut.", "They got within 80 meters of the hut.", "agree"},
      {"He fell 2, 000ft on the mountain.", "He fell about 2,000 feet on the mountain.", "agree"},
      // one figure, two units: 200 ft is 61 m
      {"He slipped and fell 200ft from a ridge.", "He slipped and fell 200 metres from a ridge.",
       "conflict"},
      // the same figure in another unit conflicts however differently worded
      {"Rait died after slipping and falling about 200ft from a ridge near the glacier.",
       "The climber, from Melbourne, fell approximately 200 metres down a steep gully.",
       "conflict"},
      // different figures in different wordings stay apart
      {"Rait died after slipping and falling about 200ft from a ridge near the glacier.",
       "The climber, from Melbourne, fell approximately 700 metres down a steep gully.", "apart"},
      // same referent, disjoint exact values
      {"The storm killed 57 people in Peru.", "The storm killed 75 people in Peru.", "conflict"},
      // different places never align
      {"57 people were killed in Peru.", "57 people were killed in Ecuador.", "apart"},
      {"57 people were killed in Peru.", "12 people were killed in Ecuador.", "apart"},
      // different predicates never align
      {"57 people were killed in the storm.", "57 people were injured in the storm.", "apart"},
      // background never aligns with the event
      {"At least 57 people died in the storm.", "In 1994, 57 people died in a storm.", "apart"},
      // different measured dimensions never align
      {"Waves 30 feet high hit the town.", "The ship is 30 feet long.", "apart"},
      // place at two precisions is compatible
      {"20 people were killed in East Aleppo.", "20 people were killed in Aleppo.", "agree"},
      // a magnitude belongs to its measurer: an unattributed reading joins neither agency
      {"The U.S. Geological Survey put the magnitude at 6.1.",
       "A magnitude-6.1 quake shook the island.", "apart"},
      {"The U.S. Geological Survey put the magnitude at 6.1.",
       "Tehran's seismologic center put the quake's magnitude at 6.1.", "apart"},
      {"A magnitude-6.1 quake shook the island.", "The 6.1-magnitude quake struck the island.",
       "agree"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(AlignPair(c.a, c.b), c.expected) << c.a << " | " << c.b;
  }
}

Claim Toll(size_t article, double value, long long published, std::string iso) {
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  c.fact.article = article;
  c.fact.value = std::to_string(static_cast<int>(value));
  c.fact.about = "people killed";
  c.fact.referent.predicate = "kill";
  c.fact.referent.thing = "person";
  c.low = c.high = value;
  c.head = "person";
  c.verb = "kill";
  c.context = "The storm killed people in the region";
  c.published = published;
  c.published_text = std::move(iso);
  return c;
}

TEST(RevisionTest, RisingTollIsRevisedNotConflict) {
  auto groups = Align({Toll(0, 20, 1000, "2026-01-01"), Toll(1, 35, 90000, "2026-01-02"),
                       Toll(2, 57, 180000, "2026-01-03")});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].verdict, Verdict::kRevised);
  ASSERT_EQ(groups[0].timeline.size(), 3u);
  EXPECT_EQ(groups[0].timeline[0].value, "20");
  EXPECT_EQ(groups[0].timeline[2].value, "57");
  EXPECT_EQ(groups[0].timeline[2].published, "2026-01-03");
}

TEST(RevisionTest, NonMonotonicOrSameTimeStaysConflict) {
  auto up_down = Align({Toll(0, 20, 1000, "2026-01-01"), Toll(1, 57, 90000, "2026-01-02"),
                        Toll(2, 30, 180000, "2026-01-03")});
  ASSERT_EQ(up_down.size(), 1u);
  EXPECT_EQ(up_down[0].verdict, Verdict::kConflict);
  auto same_time = Align({Toll(0, 20, 1000, "2026-01-01"), Toll(1, 57, 1000, "2026-01-01")});
  ASSERT_EQ(same_time.size(), 1u);
  EXPECT_EQ(same_time[0].verdict, Verdict::kConflict);
}

Claim Weekday(size_t article, std::string iso) {
  Claim c;
  c.fact.kind = FactKind::kDate;
  c.fact.article = article;
  c.fact.value = "Wednesday";
  c.fact.about = "Wednesday";
  c.fact.normalized_text = "Wednesday";
  c.published_text = std::move(iso);
  return c;
}

TEST(WeekdayTest, UnresolvedWeekdaysOfDifferentDatesNeverAgree) {
  auto different = Align({Weekday(0, "2026-01-01T10:00:00Z"), Weekday(1, "2026-01-09")});
  EXPECT_EQ(different.size(), 2u);
  auto same = Align({Weekday(0, "2026-01-01T10:00:00Z"), Weekday(1, "2026-01-01T18:00:00Z")});
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].verdict, Verdict::kAgree);
}

TEST(SalienceTest, CasualtiesFirstThenTimesThenNames) {
  Claim place;
  place.fact.kind = FactKind::kPlace;
  place.fact.about = place.fact.value = "Lima";
  Claim place2 = place;
  place2.fact.article = 1;
  Claim time;
  time.fact.kind = FactKind::kTime;
  time.low = time.high = 300;
  Claim time2 = time;
  time2.fact.article = 1;
  auto groups = Align(
      {place, place2, time, time2, Toll(0, 57, 1, "2026-01-01"), Toll(1, 57, 2, "2026-01-01")});
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].kind, FactKind::kQuantity);
  EXPECT_EQ(groups[1].kind, FactKind::kTime);
  EXPECT_EQ(groups[2].kind, FactKind::kPlace);
}

}  // namespace
}  // namespace crosswire::corroborate
