#include <gtest/gtest.h>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

// Sentences written for the rules in src/text/reference.cc, one row each.
TEST(LeansOnEarlierSentenceTest, FollowsTheRules) {
  struct Row {
    const char* sentence;
    bool leans;
  } rows[] = {
      // Rule 1: a pronoun or demonstrative subject, after connectives and a
      // short introductory phrase.
      {"He explained that the bridge would reopen in March.", true},
      {"In the call, he explained that the bridge would reopen.", true},
      {"But they were taken to a hospital in the capital.", true},
      {"However, these talks broke down within an hour.", true},
      {"This move angered the opposition parties.", true},
      {"The mayor explained that the bridge would reopen in March.", false},
      {"It is unclear whether the bridge will reopen.", false},
      {"This year the harvest was the largest on record.", false},
      {"Police said the driver, who was 34, had fled.", false},
      // Rule 2: first person outside a quotation.
      {"This year, I got about half.", true},
      {"We had no water for three days, the farmer's wife recalled.", true},
      // Rule 3: a quotation needs a speaker named outside the marks.
      {"\"We will rebuild every house,\" he said.", true},
      {"\u201CWe will rebuild every house.\u201D", true},
      {"\"We will rebuild every house,\" Mayor Ana Ruiz said.", false},
      {"\"We will rebuild every house,\" a spokesman for the city said.", false},
      {"The mayor promised that \"every house\" would be rebuilt.", false},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(LeansOnEarlierSentence(row.sentence, Language{}), row.leans) << row.sentence;
  }
}

TEST(LeansOnEarlierSentenceTest, OtherLanguagesHaveNoRulesYet) {
  auto german = FindLanguage("de");
  ASSERT_TRUE(german.has_value());
  EXPECT_FALSE(LeansOnEarlierSentence("Er sagte, die Brücke werde im März geöffnet.", *german));
}

}  // namespace
}  // namespace crosswire::text
