#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct NumberCase {
  const char* text;
  double low, high;
  bool vague;
  size_t tokens;  // tokens consumed
};

TEST(MatchNumberTest, ReadsNumbersAsNewsWritesThem) {
  const NumberCase cases[] = {
      {"82 civilians", 82, 82, false, 1},
      {"15,000 people", 15000, 15000, false, 1},
      {"Eighty-two people", 82, 82, false, 1},
      {"two hundred and fifty men", 250, 250, false, 4},
      {"1.5 million refugees", 1.5e6, 1.5e6, false, 2},
      {"two to three days", 2, 3, false, 3},
      {"two or three days", 2, 3, false, 3},
      {"10-15 buses", 10, 15, false, 1},
      {"tens of thousands of residents", 20000, 99999, true, 3},
      {"hundreds of thousands", 200000, 999999, true, 3},
      {"thousands of civilians", 2000, 9999, true, 1},
      {"dozens of rockets", 24, 99, true, 1},
      {"a couple of days", 2, 3, false, 2},
      {"a dozen eggs", 12, 12, false, 2},
      {"half the population", 0.5, 0.5, false, 1},
  };
  for (const auto& c : cases) {
    const auto toks = Tokenize(c.text);
    auto m = MatchNumber(toks, 0);
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->low, c.low) << c.text;
    EXPECT_EQ(m->high, c.high) << c.text;
    EXPECT_EQ(m->vague, c.vague) << c.text;
    EXPECT_EQ(m->last - m->first, c.tokens) << c.text;
  }
}

TEST(MatchNumberTest, RejectsWordsThatAreNotNumbers) {
  for (const char* text : {"civilians", "a truce", "Aleppo", "15,00 people"}) {
    EXPECT_FALSE(MatchNumber(Tokenize(text), 0).has_value()) << text;
  }
}

TEST(QualifierTest, FindsQualifierBeforeNumber) {
  const std::pair<const char*, const char*> cases[] = {
      {"at least 82", "at least"},   {"More than 82", "more than"},   {"around 20", "around"},
      {"some tens", "around"},       {"up to 50", "up to"},           {"nearly 100", "nearly"},
      {"just over 10", "just over"}, {"just under 10", "just under"},
  };
  for (const auto& [text, expected] : cases) {
    const auto toks = Tokenize(text);
    auto q = MatchQualifierBefore(toks, toks.size() - 1);
    ASSERT_TRUE(q.has_value()) << text;
    EXPECT_EQ(q->text, expected) << text;
    EXPECT_EQ(q->first, 0u) << text;
  }
  EXPECT_FALSE(MatchQualifierBefore(Tokenize("killed 82"), 1).has_value());
  // A verb of passing a mark is "more than"; "all" is exact.
  const auto toks = Tokenize("the toll has surpassed 500 and all 12 were found");
  EXPECT_EQ(MatchQualifierBefore(toks, 4)->text, "more than");
  EXPECT_EQ(MatchQualifierBefore(toks, 4)->first, 3u);
  EXPECT_EQ(MatchQualifierBefore(toks, 7)->text, "all");
  double low = 12, high = 12;
  ApplyQualifier("all", &low, &high);
  EXPECT_EQ(low, 12);
  EXPECT_EQ(high, 12);
}

TEST(QualifierTest, WidensTheInterval) {
  double low = 82, high = 82;
  ApplyQualifier("at least", &low, &high);
  EXPECT_EQ(low, 82);
  EXPECT_GT(high, 82);
  low = high = 20;
  ApplyQualifier("around", &low, &high);
  EXPECT_LT(low, 20);
  EXPECT_GT(high, 20);
  // "just over 10" stays near 10: it must not overlap 30.
  low = high = 10;
  ApplyQualifier("just over", &low, &high);
  EXPECT_EQ(low, 10);
  EXPECT_GT(high, 10);
  EXPECT_LT(high, 27);
}

TEST(TokenizeTest, KeepsNameAndNumberPiecesTogether) {
  const auto toks = Tokenize("Russia\xE2\x80\x99s four-year battle, 15,000 at 5.00am (0300 GMT).");
  std::vector<std::string> words;
  for (const auto& t : toks) words.emplace_back(t.text);
  const std::vector<std::string> expected = {"Russia\xE2\x80\x99s",
                                             "four-year",
                                             "battle",
                                             ",",
                                             "15,000",
                                             "at",
                                             "5.00am",
                                             "(",
                                             "0300",
                                             "GMT",
                                             ")",
                                             "."};
  EXPECT_EQ(words, expected);
  EXPECT_TRUE(toks[0].capitalized);
  EXPECT_EQ(toks[4].kind, TokKind::kNumber);
}

TEST(NounKeyTest, FoldsPluralsAndPeopleNouns) {
  const std::pair<const char*, const char*> cases[] = {
      {"buses", "bus"},   {"civilians", "civilian"}, {"people", "person"},
      {"cities", "city"}, {"Russia's", "russia"},    {"fighters", "fighter"},
  };
  for (const auto& [word, key] : cases) EXPECT_EQ(NounKey(word), key) << word;
}

}  // namespace
}  // namespace crosswire::corroborate
