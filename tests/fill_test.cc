// Every method fills its budget when the story has the text for it: after the
// digest, no candidate sentence that is not a near-copy of a chosen one, and
// that can be read alone there, still fits in what is left. Checked over story sizes 1-25 articles
// and budgets 50-400 words, on a DUC 2006 topic (real newswire; skipped without the data) and on
// the bundled example story.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "crosswire/pipeline.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;

// A sentence that would still fit and says something new, or -1.
int64_t UnusedFittingCandidate(const Report& report) {
  const AnalyzedStory& analyzed = report.analyzed;
  const Budget& budget = report.summary.budget;
  std::vector<size_t> chosen;
  size_t used = 0;
  for (const SummarySentence& s : report.summary.sentences) {
    used += budget.AddedCost(analyzed, analyzed.sentences[s.sentence], chosen.size());
    chosen.push_back(s.sentence);
  }
  for (size_t id : Candidates(analyzed)) {
    if (std::find(chosen.begin(), chosen.end(), id) != chosen.end()) continue;
    if (used + budget.AddedCost(analyzed, analyzed.sentences[id], chosen.size()) > budget.limit) {
      continue;
    }
    bool copy = false;
    for (size_t k : chosen) {
      copy |=
          Cosine(analyzed.sentences[k].tfidf, analyzed.sentences[id].tfidf) >= kDuplicateSimilarity;
    }
    // A sentence that leans on one the digest lacks is left out on purpose
    // (KeepSelfContained).
    if (!copy && StandsAlone(analyzed, id, chosen)) return static_cast<int64_t>(id);
  }
  return -1;
}

void ExpectFilled(const Story& full, const std::string& what) {
  // lead is the in-order baseline: it stops at the first sentence that does
  // not fit, by definition.
  for (const std::string& method : SummarizerNames()) {
    if (method == "lead") continue;
    for (size_t articles : {1, 2, 3, 5, 10, 25}) {
      if (articles > full.articles.size()) continue;
      Story story = full;
      story.articles.resize(articles);
      for (int64_t words : {50, 100, 250, 400}) {
        ReportRequest request;
        request.method = method;
        request.words = words;
        request.corroborate = false;
        auto options = ValidateReportOptions(request);
        ASSERT_TRUE(options.has_value()) << options.error().message();
        auto report = BuildReport(story, *options);
        ASSERT_TRUE(report.has_value()) << report.error().message();
        int64_t left = UnusedFittingCandidate(*report);
        EXPECT_EQ(left, -1) << what << ": " << method << ", " << articles << " articles, " << words
                            << " words: a fitting new sentence was left out: "
                            << (left < 0 ? ""
                                         : std::string(report->analyzed.text(
                                               report->analyzed.sentences[left])));
      }
    }
  }
}

TEST(FillTest, EveryMethodFillsItsBudgetOnTheExampleStory) {
  ReportRequest request;
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options.has_value());
  auto report = BuildReportFromInputs(
      {std::string(CROSSWIRE_SOURCE_DIR) + "/examples/aleppo-2016-12-14"}, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ExpectFilled(*report->analyzed.story, "example");
}

TEST(FillTest, EveryMethodFillsItsBudgetOnNewswireOfEverySize) {
  fs::path topic = fs::path(CROSSWIRE_SHARED_DATA) / "duc2006" / "docs" / "D0601A";
  if (!fs::is_directory(topic)) GTEST_SKIP() << "no DUC 2006 data at " << topic;
  ReportRequest request;
  request.corroborate = false;
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options.has_value());
  auto report = BuildReportFromInputs({topic.string()}, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ExpectFilled(*report->analyzed.story, "D0601A");
}

}  // namespace
}  // namespace crosswire
