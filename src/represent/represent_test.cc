#include "crosswire/represent.h"

#include <gtest/gtest.h>

#include "story_fixture.h"

namespace crosswire {
namespace {

using testing::MakeStory;

TEST(RepresentTest, SentencesCarrySpansIntoTheArticleText) {
  Story story = MakeStory({{"a", "Rebels left Aleppo. Buses waited at dawn."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  ASSERT_EQ(analyzed->sentences.size(), 2u);
  EXPECT_EQ(analyzed->text(analyzed->sentences[0]), "Rebels left Aleppo.");
  EXPECT_EQ(analyzed->text(analyzed->sentences[1]), "Buses waited at dawn.");
  EXPECT_EQ(analyzed->sentences[1].index, 1u);
  EXPECT_EQ(analyzed->sentences[1].words, 4u);
}

// A sentence that trails off in an ellipsis is cut off (a scraped teaser);
// one with an ellipsis inside is whole.
TEST(RepresentTest, SentenceEndingInAnEllipsisIsCutOff) {
  Story story = MakeStory({{"a",
                            "Stormy Daniels is suing President... \n\nHe paused ... then "
                            "spoke. She said \u201cwe will see\u2026\u201d\n\nBuses waited."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  std::vector<std::pair<std::string, bool>> got;
  for (const Sentence& s : analyzed->sentences)
    got.emplace_back(std::string(analyzed->text(s)), s.cut_off);
  const std::vector<std::pair<std::string, bool>> want = {
      {"Stormy Daniels is suing President...", true},
      {"He paused ... then spoke.", false},
      {"She said \u201cwe will see\u2026\u201d", true},
      {"Buses waited.", false}};
  EXPECT_EQ(got, want);
}

// A sentence whose quotation marks do not pair up is a quote fragment:
// straight double quotes odd in number, or unequal counts of curly opening
// and closing marks. Other characters that start with the same UTF-8 byte
// as the curly marks (E2: the ellipsis, dashes, the apostrophe) are not
// quotation marks. Sentences written for this test.
TEST(RepresentTest, UnpairedQuotationMarksMakeAQuoteFragment) {
  Story story = MakeStory({{"a",
                            "He said \"we leave today\" and left.\n\n"
                            "\"We leave today, he said.\n\n"
                            "She said \u201cwe will stay\u201d and stayed.\n\n"
                            "\u201cWe will stay, she said.\n\n"
                            "They waited \u2014 it was cold \u2026 the buses\u2019 engines ran.\n\n"
                            "Then came the end of it all\u201d"}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  std::vector<bool> got;
  for (const Sentence& s : analyzed->sentences) got.push_back(s.quote_fragment);
  EXPECT_EQ(got, (std::vector<bool>{false, true, false, true, false, true}));
}

// Wire copies (the same text, or the same body with a changed word) share the
// voice of the earliest; a different report is its own voice.
TEST(RepresentTest, WireCopiesShareTheVoiceOfTheFirst) {
  const std::string wire =
      "Twenty buses waited at the crossing in eastern Aleppo on Wednesday to take the wounded "
      "out, but the convoy had not moved by nightfall, a United Nations official said. Rebels "
      "and government forces traded fire near the crossing through the afternoon, and the "
      "evacuation was suspended until the morning, the official added.";
  std::string edited = wire;
  edited.replace(edited.find("Twenty"), 6, "About twenty");
  Story story = MakeStory({{"own", "Moscow said the talks with Ankara would go on next week."},
                           {"agency", wire},
                           {"paper", edited},
                           {"site", wire}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  EXPECT_EQ(analyzed->voice, (std::vector<size_t>{0, 1, 1, 1}));
  EXPECT_EQ(analyzed->voice_of(2), 1u);
  EXPECT_EQ(analyzed->voice_of(9), 9u);  // out of range: its own
  EXPECT_EQ(analyzed->voices(), 2u);
  // Document frequencies count voices: the three copies are one document.
  auto buses = analyzed->vocabulary.Find("buse");
  if (buses < 0) buses = analyzed->vocabulary.Find("bus");
  ASSERT_GE(buses, 0);
  EXPECT_EQ(analyzed->document_frequency[buses], 1u);
  const auto moscow = analyzed->vocabulary.Find("moscow");
  ASSERT_GE(moscow, 0);
  EXPECT_EQ(analyzed->document_frequency[moscow], 1u);
  EXPECT_FLOAT_EQ(analyzed->idf[buses], analyzed->idf[moscow]);
}

TEST(RepresentTest, StopWordsAreKeptOutOfContentTerms) {
  Story story = MakeStory({{"a", "The buses were waiting at the crossing."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  const Sentence& s = analyzed->sentences[0];
  EXPECT_EQ(s.all_terms.size(), 7u);
  EXPECT_LT(s.terms.size(), s.all_terms.size());
  EXPECT_GE(analyzed->vocabulary.Find("wait"), 0);  // "waiting" stemmed
  EXPECT_EQ(analyzed->vocabulary.Find("waiting"), -1);
}

TEST(RepresentTest, DocumentFrequencyCountsArticlesNotOccurrences) {
  Story story = MakeStory(
      {{"a", "Aleppo fell. Aleppo burned."}, {"b", "Aleppo was quiet."}, {"c", "Moscow spoke."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  auto aleppo = analyzed->vocabulary.Find("aleppo");
  ASSERT_GE(aleppo, 0);
  EXPECT_EQ(analyzed->document_frequency[aleppo], 2u);
  EXPECT_GT(analyzed->idf[analyzed->vocabulary.Find("moscow")], analyzed->idf[aleppo]);
}

TEST(RepresentTest, CosineIsOneForSameTextAndZeroForDisjoint) {
  Story story = MakeStory({{"a", "Buses waited at the crossing."},
                           {"b", "Buses waited at the crossing."},
                           {"c", "Talks collapsed in Geneva."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  const auto& s = analyzed->sentences;
  EXPECT_NEAR(Cosine(s[0].tfidf, s[1].tfidf), 1.0, 1e-6);
  EXPECT_EQ(Cosine(s[0].tfidf, s[2].tfidf), 0.0f);
  EXPECT_EQ(Cosine(SparseVector{}, s[0].tfidf), 0.0f);
}

TEST(RepresentTest, EmptyStoryAndUnknownLanguageAreErrors) {
  Story empty;
  auto r = AnalyzeStory(empty);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(r.error().message().find("no articles"), std::string::npos);

  Story story = MakeStory({{"a", "Text."}});
  auto bad = AnalyzeStory(story, AnalysisOptions{"klingon"});
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message().find("klingon"), std::string::npos);
}

TEST(SimilarityGraphTest, KeepsOnlyEdgesAboveThresholdAndCapsNeighbors) {
  Story story = MakeStory({{"a",
                            "Buses waited at the crossing. Buses waited near the crossing. "
                            "Buses waited by the crossing. Talks collapsed in Geneva."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  std::vector<size_t> nodes = {0, 1, 2, 3};
  SimilarityGraph g = BuildSimilarityGraph(*analyzed, nodes, GraphOptions{0.3f, 1});
  ASSERT_EQ(g.row_begin.size(), 5u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(g.row_begin[i + 1] - g.row_begin[i], 1u) << i;
  EXPECT_EQ(g.row_begin[4] - g.row_begin[3], 0u);  // the Geneva sentence shares nothing
  for (const auto& [j, sim] : g.edges) {
    EXPECT_NE(j, 3u);
    EXPECT_GE(sim, 0.3f);
  }
}

}  // namespace
}  // namespace crosswire
