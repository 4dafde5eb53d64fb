#include <gtest/gtest.h>

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

TEST(ExtractQuantitiesTest, CoordinatedCountsShareTheVerb) {
  SentenceContext ctx =
      MakeSentenceContext("the ministry said 6,000 civilians and 366 fighters had left Aleppo");
  auto found = ExtractQuantities(&ctx);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].fact.about, "civilians left");
  EXPECT_EQ(found[1].fact.about, "fighters left");
  EXPECT_EQ(found[0].verb, "leave");
}

TEST(ExtractQuantitiesTest, SkipsDatesTimesAndPronouns) {
  for (const char* text : {"no one left the city", "since 2012 the city", "several times",
                           "A Number 10 spokesperson said"}) {
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
