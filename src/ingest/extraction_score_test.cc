#include "extraction_score.h"

#include <gtest/gtest.h>

namespace crosswire::ingest::internal {
namespace {

TEST(ExtractionScoreTest, TokensAreUnicodeWordRuns) {
  struct Case {
    std::string_view text;
    std::vector<std::string> tokens;
  } cases[] = {
      {"", {}},
      {"  ,;  ", {}},
      {"Hello, world_1!", {"Hello", "world_1"}},
      {"caf\u00e9\u201442", {"caf\u00e9", "42"}},
      {"It\u2019s 3.5%", {"It", "s", "3", "5"}},
      {"\u4e2d\u6587 \u00bd", {"\u4e2d\u6587", "\u00bd"}},
      {"bad\xff"
       "byte",
       {"bad", "byte"}},
  };
  for (const Case& c : cases) EXPECT_EQ(BenchmarkTokens(c.text), c.tokens) << c.text;
}

TEST(ExtractionScoreTest, PageCountsAreNormalisedShingleOverlaps) {
  struct Case {
    std::string_view truth, predicted;
    double tp, fp, fn;
  } cases[] = {
      {"a b c d e", "a b c d e", 1, 0, 0},
      {"a b c d e", "a b c d", 0.5, 0, 0.5},  // truth: abcd bcde
      {"a b c d", "x a b c d", 0.5, 0.5, 0},  // xabc is extra
      {"one two", "one two", 1, 0, 0},        // a short text is one shingle
      {"one two", "one", 0, 0.5, 0.5},
      {"a b c d a b c d", "a b c d", 0.2, 0, 0.8},  // abcd twice in the truth
      {"A b c d", "a b c d", 0, 0.5, 0.5},          // case matters
      {"", "", 0, 0, 0},
      {"a b c d", "", 0, 0, 1},
  };
  for (const Case& c : cases) {
    ShingleMatch m = MatchShingles(c.truth, c.predicted);
    EXPECT_DOUBLE_EQ(m.tp, c.tp) << c.truth << " | " << c.predicted;
    EXPECT_DOUBLE_EQ(m.fp, c.fp) << c.truth << " | " << c.predicted;
    EXPECT_DOUBLE_EQ(m.fn, c.fn) << c.truth << " | " << c.predicted;
  }
}

TEST(ExtractionScoreTest, MeansLeaveOutPagesWithoutShingles) {
  // A perfect page and an empty prediction: the empty one counts for recall
  // only.
  std::vector<ShingleMatch> pages = {MatchShingles("a b c d e", "a b c d e"),
                                     MatchShingles("a b c d e", "")};
  ExtractionScore s = MeanExtractionScore(pages);
  EXPECT_EQ(s.pages, 2u);
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.f1, 2.0 / 3.0);

  pages.push_back(MatchShingles("", "x y z w"));  // nothing to find: precision only
  s = MeanExtractionScore(pages);
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.f1, 0.5);

  EXPECT_DOUBLE_EQ(MeanExtractionScore({}).f1, 0.0);
}

}  // namespace
}  // namespace crosswire::ingest::internal
