#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

TEST(StopWordsTest, EnglishFunctionWordsAreStopWords) {
  struct Case {
    std::string_view word;
    bool stop;
  };
  const std::vector<Case> cases = {
      {"the", true},   {"and", true},        {"of", true},      {"don't", true},
      {"it's", true},  {"themselves", true}, {"however", true}, {"aleppo", false},
      {"said", false}, {"ceasefire", false}, {"killed", false}, {"The", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsStopWord(c.word), c.stop) << c.word;
}

TEST(StopWordsTest, OtherLanguagesByNameOrCode) {
  EXPECT_TRUE(IsStopWord("und", "german"));
  EXPECT_TRUE(IsStopWord("und", "de"));
  EXPECT_TRUE(IsStopWord("les", "french"));
  EXPECT_TRUE(IsStopWord("que", "es"));
  EXPECT_TRUE(IsStopWord("della", "italian"));
  EXPECT_TRUE(IsStopWord("não", "pt"));
  EXPECT_TRUE(IsStopWord("het", "dutch"));
  EXPECT_FALSE(IsStopWord("und", "english"));
  EXPECT_FALSE(IsStopWord("the", "german"));
}

TEST(StopWordsTest, UnknownLanguageHasNoStopWords) { EXPECT_FALSE(IsStopWord("the", "klingon")); }

}  // namespace
}  // namespace crosswire::text
