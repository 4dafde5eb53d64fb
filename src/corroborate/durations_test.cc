#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct DurationCase {
  const char* text;
  const char* value;
  const char* normalized;
  const char* head;
};

TEST(ExtractDurationsTest, WordsEndingInLongAreNoDuration) {
  for (const char* text : {"They belong to the union.", "The talks will prolong the strike."}) {
    SentenceContext ctx = MakeSentenceContext(text);
    EXPECT_TRUE(ExtractDurations(&ctx).empty()) << text;
  }
}

TEST(ExtractDurationsTest, ReadsDurationsAndWhatTheyMeasure) {
  const DurationCase cases[] = {
      {"Russia declared that the four-year battle was over.", "four-year", "4 years", "battle"},
      {"a ceasefire ending five years of violence in the city", "five years", "5 years", "battle"},
      {"fighting for more than four years.", "four years", "more than 4 years", "battle"},
      {"expected the resistance to end within two to three days.", "two to three days", "2-3 days",
       "end"},
      {"will come to an end in the next couple of days.", "next couple of days", "2-3 days", "end"},
      {"likely to end in the next two or three days.", "next two or three days", "2-3 days", "end"},
      {"a 24-hour ceasefire", "24-hour", "24 hours", "ceasefire"},
      {"The shaking lasted about 45 seconds.", "45 seconds", "around 45 seconds", "lasted"},
      {"a 30-second tremor", "30-second", "30 seconds", "tremor"},
      {"had collapsed after less than a day when", "a day", "less than 1 day", "collapsed"},
      // "-long" compounds: about one unit
      {"died after a yearlong battle with cancer", "yearlong", "around 1 year", "battle"},
      {"a week-long strike by dockers", "week-long", "around 1 week", "strike"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto found = ExtractDurations(&ctx);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].fact.value, c.value) << c.text;
    EXPECT_EQ(found[0].fact.normalized_text, c.normalized) << c.text;
    EXPECT_EQ(found[0].head, c.head) << c.text;
  }
}

// A duration written in several units is one duration in its first unit;
// ", and" opens a clause and a part that points in time is no part.
TEST(ExtractDurationsTest, ADurationInSeveralUnitsIsOne) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"The flight lasted 19 days, 21 hours and 55 minutes.", {"19 days, 21 hours and 55 minutes"}},
      {"It took 2 hours 30 minutes to arrive.", {"2 hours 30 minutes"}},
      {"He served 3 years and 6 months in prison.", {"3 years and 6 months"}},
      {"The ceasefire held for 24 hours, and 30 minutes later shelling resumed.", {"24 hours"}},
      {"The siege lasted five years and two months ago it flared.", {"five years"}},
  };
  for (const auto& [text, expected] : cases) {
    SentenceContext ctx = MakeSentenceContext(text);
    std::vector<std::string> values;
    for (const Claim& c : ExtractDurations(&ctx)) values.push_back(c.fact.value);
    EXPECT_EQ(values, expected) << text;
  }
  SentenceContext ctx = MakeSentenceContext("It took 2 hours 30 minutes to arrive.");
  const auto found = ExtractDurations(&ctx);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_DOUBLE_EQ(found[0].low, 2.5 / 24);
}

TEST(ExtractDurationsTest, AgesAndPointsInTimeAreNotDurations) {
  for (const char* text :
       {"a four-year-old boy", "the 24-year old student", "he was five years old", "two years ago",
        "flew in a day after the referendum", "a second quake struck"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    EXPECT_TRUE(ExtractDurations(&ctx).empty()) << text;
  }
}

}  // namespace
}  // namespace crosswire::corroborate
