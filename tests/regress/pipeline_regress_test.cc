// One test per bug fixed in the pipeline issue (issue 9). Each names the bug
// it pins; each failed before its fix.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.h"
#include "crosswire/pipeline.h"

namespace crosswire::testing {
namespace {

const std::string kExample = SourcePath("examples/aleppo-2016-12-14");

// Bug: --language took the first two letters of whatever was typed, so
// "german" became "ge" and "germ" was accepted.
TEST(Issue9Regress, LanguageIsResolvedByNameOrCodeNeverByPrefix) {
  auto german = text::FindLanguage("german");
  ASSERT_TRUE(german.has_value());
  EXPECT_EQ(german->code, "de");
  EXPECT_FALSE(text::FindLanguage("germ").has_value());
  EXPECT_FALSE(text::FindLanguage("ge").has_value());
}

// Bug: the language was checked only after the input was read, so a typo in
// it cost the whole read and exited 1 (failed work) instead of 2 (usage).
TEST(Issue9Regress, LanguageIsCheckedBeforeAnyInputIsRead) {
  CliResult r = RunCli("report /nonexistent/story --language klingon");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("klingon"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("/nonexistent"), std::string::npos) << r.err;
}

// Bug: the default method (ilp) stopped GLPK at a 3-second wall-clock cap, so
// the digest could change with machine load. Now the limit counts
// branch-and-bound nodes: the same input gives the same bytes under load.
TEST(Issue9Regress, DefaultDigestIsByteIdenticalUnderABusyCpu) {
  CliResult quiet = RunCli("report " + ShellQuote(kExample) + " --words 250 --format json");
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  std::vector<pid_t> burners;
  for (unsigned i = 0; i < std::max(2u, std::thread::hardware_concurrency()); ++i) {
    pid_t pid = ::fork();
    if (pid == 0) {
      volatile unsigned long spin = 0;
      for (;;) spin = spin + 1;
    }
    if (pid > 0) burners.push_back(pid);
  }
  CliResult busy = RunCli("report " + ShellQuote(kExample) + " --words 250 --format json");
  for (pid_t pid : burners) ::kill(pid, SIGKILL);
  for (pid_t pid : burners) ::waitpid(pid, nullptr, 0);
  ASSERT_EQ(busy.exit_code, 0) << busy.err;
  EXPECT_EQ(quiet.out, busy.out);
}

// Bug: one empty article ("article \"C10\" is empty") failed the whole story.
TEST(Issue9Regress, EmptyArticleCostsThatArticleOnly) {
  Story story;
  for (const char* id : {"a", "b", "c"}) {
    Article article;
    article.id = article.outlet = id;
    article.source = std::string(id) + ".txt";
    story.articles.push_back(article);
  }
  story.articles[0].text = "Twenty buses waited at the crossing in eastern Aleppo on Wednesday.";
  story.articles[2].text = "Twenty buses were waiting at the crossing in eastern Aleppo today.";
  // What ReadStory leaves for an empty file: the article skipped, a warning.
  story.articles.erase(story.articles.begin() + 1);
  story.warnings.push_back("b.txt: article \"b\" is empty (no text, or whitespace only); skipped");
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->analyzed.story->articles.size(), 2u);
  EXPECT_EQ(report->warnings, story.warnings);
}

// Bug: Summarize() trusted each method to respect the budget (lead had its
// own loop). A method that overshoots is now a reported internal error.
class Overspender : public Summarizer {
 public:
  std::string_view name() const override { return "overspender"; }
  Result<Selection> Select(const AnalyzedStory& analyzed, const SummaryRequest&) const override {
    Selection all;
    for (size_t i = 0; i < analyzed.sentences.size(); ++i) all.sentences.push_back(i);
    return all;
  }
};

TEST(Issue9Regress, MethodOverItsBudgetIsAnInternalError) {
  Story story;
  Article article;
  article.id = article.outlet = "a";
  article.source = "a.txt";
  article.text = "One sentence is here today. Another one is here too. And a third one follows.";
  story.articles.push_back(article);
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value());
  auto summary = Summarize(*analyzed, Overspender(), SummaryRequest(*Budget::Words(5)));
  ASSERT_FALSE(summary.has_value());
  EXPECT_EQ(summary.error().code(), ErrorCode::kInternal);
  EXPECT_NE(summary.error().message().find("over the budget of 5"), std::string::npos)
      << summary.error().message();
}

// Bug: method parameters were compile-time constants; now they are options,
// validated with the rest, and they change the digest.
TEST(Issue9Regress, MethodParametersReachTheMethod) {
  CliResult plain = RunCli("summarize " + ShellQuote(kExample) + " --method mmr --words 60");
  CliResult relevance_only =
      RunCli("summarize " + ShellQuote(kExample) + " --method mmr --words 60 --param lambda=1");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(relevance_only.exit_code, 0) << relevance_only.err;
  EXPECT_NE(plain.out, relevance_only.out);
}

// Bug: `extract --language` passed whatever was typed to the articles
// ("german" tagged them "german", "klingon" was accepted); it now goes
// through the one language table, as `report` does.
TEST(Issue9Regress, ExtractResolvesTheLanguageLikeReport) {
  const std::string page = ShellQuote(kExample + "/report-1.txt");
  CliResult german = RunCli("extract " + page + " --format json --language german");
  ASSERT_EQ(german.exit_code, 0) << german.err;
  EXPECT_NE(german.out.find("\"language\":\"de\""), std::string::npos) << german.out;
  CliResult klingon = RunCli("extract " + page + " --language klingon");
  EXPECT_EQ(klingon.exit_code, 2);
  EXPECT_NE(klingon.err.find("unknown language \"klingon\""), std::string::npos) << klingon.err;
  EXPECT_EQ(RunCli("ingest " + page + " --store /nonexistent/x.db --language klingon").exit_code,
            2);
}

// The front end only parses, calls the application layer and prints: the
// command files include the front-end headers (pipeline, stream, serve,
// benchmark, evaluate) and base's values, nothing of the modules below.
TEST(Issue9Regress, CommandLineCallsOnlyTheApplicationLayer) {
  const std::set<std::string> allowed = {"pipeline.h", "stream.h", "serve.h",    "benchmark.h",
                                         "evaluate.h", "error.h",  "timestamp.h"};
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("cli"))) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cc" && ext != ".h") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      const std::string prefix = "#include \"crosswire/";
      if (!line.starts_with(prefix)) continue;
      std::string header =
          line.substr(prefix.size(), line.find('"', prefix.size()) - prefix.size());
      EXPECT_TRUE(allowed.count(header)) << entry.path().filename() << " includes crosswire/"
                                         << header << ", below the application layer";
    }
  }
  EXPECT_GE(files, 10u);
}

}  // namespace
}  // namespace crosswire::testing
