#include "crosswire/cluster_score.h"

#include <gtest/gtest.h>

#include <vector>

namespace crosswire {
namespace {

struct ScoreCase {
  const char* name;
  std::vector<uint64_t> gold;
  std::vector<uint64_t> predicted;
  double pair_p, pair_r, pair_f, b3_p, b3_r, b3_f;
};

// Hand-computed; see cluster_score.cc for the formulas.
const ScoreCase kCases[] = {
    {"identical", {1, 1, 2, 2}, {7, 7, 9, 9}, 1, 1, 1, 1, 1, 1},
    {"one gold cluster split into singletons", {1, 1, 1, 1}, {1, 2, 3, 4}, 1, 0, 0, 1, 0.25, 0.4},
    {"singletons merged into one", {1, 2, 3, 4}, {5, 5, 5, 5}, 0, 1, 0, 0.25, 1, 0.4},
    // cells (A,1)=2 (A,2)=1 (B,2)=2: TP=2 of 4 predicted and 4 gold pairs;
    // BCubed P = R = (4/2 + 1/3 + 4/3) / 5 = 11/15.
    {"one item misplaced",
     {1, 1, 1, 2, 2},
     {1, 1, 2, 2, 2},
     0.5,
     0.5,
     0.5,
     11.0 / 15,
     11.0 / 15,
     11.0 / 15},
    // gold {a,b} {c}; predicted {a} {b,c}: no true pair; BCubed P = (1+1/2+1/2)/3, R =
    // (1/2+1/2+1)/3.
    {"pair swapped", {1, 1, 2}, {1, 2, 2}, 0, 0, 0, 2.0 / 3, 2.0 / 3, 2.0 / 3},
    {"single item", {3}, {4}, 1, 1, 1, 1, 1, 1},
};

TEST(ClusterScoreTest, HandComputedCases) {
  for (const ScoreCase& c : kCases) {
    auto s = ScoreClustering(c.gold, c.predicted);
    ASSERT_TRUE(s.has_value()) << c.name;
    EXPECT_NEAR(s->pairwise.precision, c.pair_p, 1e-12) << c.name;
    EXPECT_NEAR(s->pairwise.recall, c.pair_r, 1e-12) << c.name;
    EXPECT_NEAR(s->pairwise.f1, c.pair_f, 1e-12) << c.name;
    EXPECT_NEAR(s->bcubed.precision, c.b3_p, 1e-12) << c.name;
    EXPECT_NEAR(s->bcubed.recall, c.b3_r, 1e-12) << c.name;
    EXPECT_NEAR(s->bcubed.f1, c.b3_f, 1e-12) << c.name;
  }
}

TEST(ClusterScoreTest, CountsClusters) {
  std::vector<uint64_t> gold = {1, 1, 2, 3}, predicted = {5, 5, 5, 6};
  auto s = ScoreClustering(gold, predicted);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->items, 4u);
  EXPECT_EQ(s->gold_clusters, 3u);
  EXPECT_EQ(s->predicted_clusters, 2u);
}

TEST(ClusterScoreTest, LengthMismatchIsAnError) {
  std::vector<uint64_t> gold = {1, 2}, predicted = {1};
  auto s = ScoreClustering(gold, predicted);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(s.error().message().find("2 gold labels but 1 predicted"), std::string::npos);
}

TEST(ClusterScoreTest, EmptyIsAnError) {
  auto s = ScoreClustering({}, {});
  ASSERT_FALSE(s.has_value());
  EXPECT_NE(s.error().message().find("no items"), std::string::npos);
}

}  // namespace
}  // namespace crosswire
