#include "select.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "story_fixture.h"

namespace crosswire {
namespace {

using testing::MakeStory;

constexpr std::string_view kWire =
    "Government forces and rebels agreed a ceasefire in eastern Aleppo on Tuesday night.";

// A distinct sentence per i: two of 26 invented place names and a ceasefire
// word, so it scores below the wire copy but is no copy of it.
std::string Distinct(size_t i) {
  static const char* const kPlaces[] = {
      "Avalon",   "Brenmoor", "Caldera", "Dunmore",  "Eastvale", "Fairhold", "Glenrock",
      "Harrow",   "Ironwood", "Jasper",  "Kingsley", "Lorwick",  "Marden",   "Northby",
      "Oakhurst", "Pelham",   "Quinton", "Redcliff", "Stanmore", "Thornby",  "Umberly",
      "Valemont", "Westford", "Yarrow",  "Zennor",   "Ashcombe"};
  return std::string("Relief convoys from ") + kPlaces[i % 26] + " reached " +
         kPlaces[(i / 26 + i + 1) % 26] + " after the ceasefire. ";
}

std::string WireCopies(size_t copies) {
  std::string text;
  for (size_t i = 0; i < copies; ++i) text += std::string(kWire) + " ";
  return text;
}

TEST(BoundCandidatesTest, CopiesOfOneSentenceCountOnce) {
  // The wire sentence is in every article (highest document frequency) and
  // five times in the first; the others are told once.
  Story story = MakeStory({{"a", WireCopies(5)},
                           {"b", WireCopies(1) + Distinct(0)},
                           {"c", WireCopies(1) + Distinct(1)},
                           {"d", WireCopies(1) + Distinct(2)}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  std::vector<size_t> candidates = Candidates(*analyzed);
  ASSERT_EQ(candidates.size(), 11u);
  std::vector<size_t> kept = BoundCandidates(*analyzed, candidates, 3);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[0], candidates[0]) << "the first copy of the wire sentence stands for all";
  std::set<std::string_view> texts;
  for (size_t id : kept) texts.insert(analyzed->text(analyzed->sentences[id]));
  EXPECT_EQ(texts.size(), 3u);
}

TEST(BoundCandidatesTest, ReturnsFewerWhenFewerAreDistinct) {
  Story story = MakeStory({{"a", WireCopies(4)}, {"b", WireCopies(4)}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  EXPECT_EQ(BoundCandidates(*analyzed, Candidates(*analyzed), 2).size(), 1u);
}

TEST(BoundCandidatesTest, AtOrBelowTheLimitEverythingIsKept) {
  Story story = MakeStory({{"a", WireCopies(3)}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  std::vector<size_t> candidates = Candidates(*analyzed);
  EXPECT_EQ(BoundCandidates(*analyzed, candidates, 3), candidates);
}

// Regression: in a story where one wire sentence is carried more than
// kMaxGraphCandidates times, the bounded graph (BoundCandidates) and the
// ILP's bounded sentence set held only its copies, and those methods returned
// that one sentence whatever the budget (found by bench/method_scaling: 29
// words of a 250-word budget, at 10,000 articles for the graph methods and
// from 1,000 for the ILP).
TEST(BoundedMethodsTest, FillTheBudgetWhenWireCopyRepeatsThousandsOfTimes) {
  constexpr size_t kArticles = 25;
  constexpr size_t kCopiesPerArticle = kMaxGraphCandidates / kArticles + 10;
  // Besides the wire copy, 20 other sentences, each told by 3 articles so
  // that its bigrams are ILP concepts (document frequency >= 3).
  constexpr size_t kOthers = 20;
  std::vector<std::pair<std::string, std::string>> articles;
  for (size_t a = 0; a < kArticles; ++a) {
    std::string text = WireCopies(kCopiesPerArticle);
    for (size_t i = 0; i < kOthers; ++i) {
      if ((a + kArticles - i) % kArticles < 3) text += Distinct(i);
    }
    articles.emplace_back("a" + std::to_string(a), text);
  }
  Story story = MakeStory(articles);
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  ASSERT_GT(Candidates(*analyzed).size(), kMaxGraphCandidates);
  for (const char* name : {"lexrank", "lexrank-threshold", "textrank", "submodular", "ilp"}) {
    auto method = MakeSummarizer(name);
    ASSERT_TRUE(method.has_value());
    auto summary = Summarize(*analyzed, **method, SummaryRequest(*Budget::Words(60)));
    ASSERT_TRUE(summary.has_value()) << name;
    size_t words = 0;
    for (const SummarySentence& s : summary->sentences) {
      words += analyzed->sentences[s.sentence].words;
    }
    EXPECT_GE(summary->sentences.size(), 4u) << name;
    EXPECT_GE(words, 40u) << name;
  }
}

}  // namespace
}  // namespace crosswire
