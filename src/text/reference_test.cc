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

// Long sentences: the rules read only the opening words, which are tokenized
// from a prefix that grows until it holds them (reference.cc); the answers
// must be those of the whole sentence, past the first prefix too.
TEST(LeansOnEarlierSentenceTest, LongSentencesAreJudgedByTheirOpening) {
  struct Row {
    const char* sentence;
    bool leans;
  } rows[] = {
      // Fifteen connectives fill the first 64 bytes; the subject comes after.
      {"And yet, however, but still and also then meanwhile instead so and but yet still, they "
       "waited at the crossing for the buses that never came to the northern side of the city.",
       true},
      {"And yet, however, but still and also then meanwhile instead so and but yet still, the "
       "refugees waited at the crossing for the buses that never came to the northern side.",
       false},
      // An introductory phrase of six words closed by a comma, then the subject.
      {"In the early hours of Tuesday, they crossed the river at the old bridge near the border "
       "town, officials of the regional government said on Wednesday evening.",
       true},
      // Seven words are no longer an introductory phrase: "in" is the opening word.
      {"In the very early hours of Tuesday, they crossed the river at the old bridge near the "
       "border town, officials of the regional government said on Wednesday evening.",
       false},
      // No comma among the first six words: "this" opens it, and the word after decides.
      {"This move by the ministry after weeks of talks with the unions and the employers "
       "angered the opposition parties in the capital and in the provinces alike.",
       true},
      {"This year the harvest after weeks of rain in the north and in the south of the "
       "country was the largest on record in the capital and in the provinces.",
       false},
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
