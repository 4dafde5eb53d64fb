#include "crosswire/attribute.h"

#include <gtest/gtest.h>

#include "story_fixture.h"

namespace crosswire {
namespace {

using testing::MakeStory;

TEST(AttributeTest, CitesArticlesThatStateTheSameAndOnlyThose) {
  Story story = MakeStory({
      {"a", "Twenty buses waited at the crossing in eastern Aleppo to take people out."},
      {"b", "Twenty buses were waiting at the crossing in eastern Aleppo to take people out."},
      {"c", "The United Nations called an emergency session in New York."},
  });
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  Summary summary;
  summary.sentences.push_back({0, {}});
  Attribute(*analyzed, &summary);
  ASSERT_EQ(summary.sentences[0].support.size(), 1u);
  const Support& s = summary.sentences[0].support[0];
  EXPECT_EQ(s.article, 1u);
  EXPECT_EQ(s.sentence, 1u);
  EXPECT_GE(s.similarity, AttributionOptions{}.min_similarity);
  EXPECT_LE(s.similarity, 1.0f);
}

TEST(AttributeTest, ThresholdDecidesWhatCountsAsTheSame) {
  Story story = MakeStory({
      {"a", "Twenty buses waited at the crossing in eastern Aleppo to take people out."},
      {"b", "Buses left eastern Aleppo on Thursday with wounded fighters aboard."},
  });
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  float sim = Cosine(analyzed->sentences[0].tfidf, analyzed->sentences[1].tfidf);
  ASSERT_GT(sim, 0.0f);
  Summary summary;
  summary.sentences.push_back({0, {}});
  Attribute(*analyzed, &summary, AttributionOptions{sim + 0.01f});
  EXPECT_TRUE(summary.sentences[0].support.empty());
  Attribute(*analyzed, &summary, AttributionOptions{sim - 0.01f});
  EXPECT_EQ(summary.sentences[0].support.size(), 1u);
}

TEST(AttributeTest, NeverCitesTheSentenceOwnArticle) {
  // Article a repeats its sentence; article b says the same once. Only b may
  // be cited, although a's second copy matches exactly.
  Story story = MakeStory({
      {"a", "Buses waited at the crossing. Buses waited at the crossing."},
      {"b", "Buses waited at the crossing."},
  });
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  Summary summary;
  summary.sentences.push_back({0, {}});
  Attribute(*analyzed, &summary);
  ASSERT_EQ(summary.sentences[0].support.size(), 1u);
  EXPECT_EQ(summary.sentences[0].support[0].article, 1u);
}

}  // namespace
}  // namespace crosswire
