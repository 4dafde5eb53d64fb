#include "crosswire/summarize.h"

#include <gtest/gtest.h>

#include "story_fixture.h"

namespace crosswire {
namespace {

using testing::MakeStory;

TEST(BudgetTest, RejectsZeroNegativeAndAbsurdLimits) {
  struct Row {
    int64_t limit;
    bool ok;
  };
  const Row rows[] = {
      {1, true}, {100, true}, {0, false}, {-5, false}, {Budget::kMaxLimit + 1, false}};
  for (const Row& row : rows) {
    auto b = Budget::Words(row.limit);
    EXPECT_EQ(b.has_value(), row.ok) << row.limit;
    if (!b) {
      EXPECT_EQ(b.error().code(), ErrorCode::kInvalidInput);
      EXPECT_NE(b.error().message().find(std::to_string(row.limit)), std::string::npos);
    }
  }
}

TEST(MethodRegistryTest, UnknownMethodListsTheKnownOnes) {
  auto m = MakeSummarizer("nonsense");
  ASSERT_FALSE(m.has_value());
  EXPECT_NE(m.error().message().find("unknown method \"nonsense\""), std::string::npos);
  EXPECT_NE(m.error().message().find("centroid"), std::string::npos);
  for (const std::string& name : SummarizerNames()) {
    auto made = MakeSummarizer(name);
    ASSERT_TRUE(made.has_value()) << name;
    EXPECT_EQ((*made)->name(), name);
  }
}

// A story where three outlets repeat the same wire sentence and one adds a
// side detail: the shared statement must lead the digest, once.
Story WireStory() {
  return MakeStory({
      {"a",
       "Government forces and rebels agreed a ceasefire in eastern Aleppo on Tuesday night. "
       "A local baker said his shop had been closed for three weeks now."},
      {"b",
       "Government forces and rebels agreed a ceasefire in eastern Aleppo on Tuesday evening. "
       "Evacuation buses were expected to leave the eastern districts at dawn."},
      {"c",
       "Rebels and government forces agreed a ceasefire in eastern Aleppo late on Tuesday. "
       "Evacuation buses were expected to leave eastern Aleppo at dawn on Wednesday."},
  });
}

TEST(SummarizeTest, EveryMethodRespectsTheWordBudget) {
  Story story = WireStory();
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  for (const std::string& name : SummarizerNames()) {
    for (int64_t limit : {5, 15, 30, 1000}) {
      auto method = MakeSummarizer(name);
      SummaryRequest request(*Budget::Words(limit));
      auto summary = Summarize(*analyzed, **method, request);
      ASSERT_TRUE(summary.has_value()) << name;
      size_t words = 0;
      for (const auto& s : summary->sentences) words += analyzed->sentences[s.sentence].words;
      EXPECT_LE(words, static_cast<size_t>(limit)) << name << " " << limit;
    }
  }
}

TEST(SummarizeTest, CentroidPicksTheSharedStatementOnceAndSkipsTheAside) {
  Story story = WireStory();
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  auto method = MakeSummarizer("centroid");
  auto summary = Summarize(*analyzed, **method, SummaryRequest(*Budget::Sentences(2)));
  ASSERT_TRUE(summary.has_value());
  ASSERT_EQ(summary->sentences.size(), 2u);
  int ceasefire = 0;
  for (const auto& s : summary->sentences) {
    std::string_view text = analyzed->text(analyzed->sentences[s.sentence]);
    if (text.find("ceasefire") != std::string_view::npos) ++ceasefire;
    EXPECT_EQ(text.find("baker"), std::string_view::npos) << text;
  }
  EXPECT_EQ(ceasefire, 1);
}

TEST(SummarizeTest, BytesBudgetCountsSeparators) {
  Story story = WireStory();
  auto analyzed = AnalyzeStory(story);
  auto method = MakeSummarizer("centroid");
  auto summary = Summarize(*analyzed, **method, SummaryRequest(*Budget::Bytes(200)));
  ASSERT_TRUE(summary.has_value());
  size_t bytes = 0;
  for (const auto& s : summary->sentences) {
    const Sentence& sent = analyzed->sentences[s.sentence];
    bytes += sent.end - sent.begin;
  }
  if (!summary->sentences.empty()) bytes += summary->sentences.size() - 1;
  EXPECT_LE(bytes, 200u);
  EXPECT_GT(bytes, 0u);
}

TEST(SummarizeTest, ReadingOrderFollowsArticleThenPosition) {
  Story story = WireStory();
  auto analyzed = AnalyzeStory(story);
  auto method = MakeSummarizer("lead");
  auto summary = Summarize(*analyzed, **method, SummaryRequest(*Budget::Words(1000)));
  ASSERT_TRUE(summary.has_value());
  for (size_t i = 1; i < summary->sentences.size(); ++i) {
    const Sentence& a = analyzed->sentences[summary->sentences[i - 1].sentence];
    const Sentence& b = analyzed->sentences[summary->sentences[i].sentence];
    EXPECT_TRUE(a.article < b.article || (a.article == b.article && a.index < b.index));
  }
}

TEST(CandidateTest, HeadingsNoiseAndFragmentsAreNotCandidates) {
  Story story = MakeStory({{"a",
                            "Aleppo evacuation stalls\n\nImage credit: AFP\n\nShort one. "
                            "Government buses waited at the crossing for the whole night."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  std::vector<size_t> c = Candidates(*analyzed);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(analyzed->text(analyzed->sentences[c[0]]).substr(0, 10), "Government");
}

}  // namespace
}  // namespace crosswire

namespace crosswire {
namespace {

TEST(CandidateTest, PiecesOfMultiSentenceQuotesAreNotCandidates) {
  Story story = testing::MakeStory(
      {{"a",
        "\u201cThe civilians can stay where they are for now. Nobody is going to harm the "
        "civilians at all,\u201d the ambassador told the council. \"We will fight on until "
        "victory or death,\" the rebel commander added on Wednesday."}});
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  std::vector<size_t> c = Candidates(*analyzed);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(analyzed->text(analyzed->sentences[c[0]]).substr(0, 8), "\"We will");
}

}  // namespace
}  // namespace crosswire
