// End-to-end tests of `crosswire cluster`: the Aleppo example plus three
// invented stories (testdata/cluster/), both output formats, bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

const std::string kInputs = ShellQuote(SourcePath("examples/aleppo-2016-12-14")) + " " +
                            ShellQuote(SourcePath("testdata/cluster/stream"));

// The gold story of a fixture article: "report-3" -> "report", "quake-2" -> "quake".
std::string Gold(const std::string& id) {
  std::string g = id.substr(0, id.find('-'));
  return g == "quake" || g == "tremor" || g == "budget" || g == "report" ? g : id;
}

std::map<std::string, std::string> ParseTsv(const std::string& out) {
  std::map<std::string, std::string> story;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << line;
    story[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return story;
}

TEST(ClusterCliTest, ExampleAndFixturesFormFourStories) {
  CliResult r = RunCli("cluster " + kInputs);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto story = ParseTsv(r.out);
  ASSERT_EQ(story.size(), 14u) << r.out;
  for (const auto& [a, sa] : story) {
    for (const auto& [b, sb] : story) EXPECT_EQ(Gold(a) == Gold(b), sa == sb) << a << " " << b;
  }
  // Stream order: the example's reports come first and open story 0.
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "report-1\t0");
}

TEST(ClusterCliTest, JsonNamesTheOriginalOfAWireCopy) {
  CliResult r = RunCli("cluster " + kInputs + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 14u);
  EXPECT_EQ(j[0]["article"], "report-1");
  EXPECT_EQ(j[0]["opened"], true);
  size_t opened = 0;
  for (const auto& a : j) {
    opened += a["opened"].get<bool>();
    EXPECT_EQ(a["no_story_text"], false) << a.dump();  // every fixture page tells a story
    if (a["article"] == "quake-wire-copy") {
      EXPECT_EQ(a["duplicate_of"], "quake-1");
    } else {
      EXPECT_TRUE(a["duplicate_of"].is_null()) << a.dump();
    }
  }
  EXPECT_EQ(opened, 4u);
}

TEST(ClusterCliTest, IsDeterministic) {
  EXPECT_EQ(RunCli("cluster " + kInputs).out, RunCli("cluster " + kInputs).out);
}

// An unreadable publication time is the reader's to report (JSONL warns and
// leaves it unset); the article is still clustered, at the newest time seen.
TEST(ClusterCliTest, BadTimeIsAWarningNamingTheLine) {
  auto path =
      fs::temp_directory_path() / ("crosswire_cluster_" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path)
      << "{\"id\": \"a\", \"text\": \"Rain fell.\", \"published\": \"2016-12-14\"}\n"
      << "{\"id\": \"b\", \"text\": \"Snow fell.\", \"published\": \"yesterday\"}\n";
  CliResult r = RunCli("cluster " + ShellQuote(path.string()));
  fs::remove(path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(":2: publication time left unset"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("b\t"), std::string::npos) << r.out;
}

TEST(ClusterCliTest, DuplicateIdIsAnError) {
  std::string dir = ShellQuote(SourcePath("testdata/cluster/stream"));
  CliResult r = RunCli("cluster " + dir + " " + dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("article id \"quake-1\" already used by"), std::string::npos) << r.err;
}

TEST(ClusterCliTest, MissingInputAndBadFlagsFail) {
  CliResult missing = RunCli("cluster /nonexistent/crosswire-input");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/crosswire-input"), std::string::npos) << missing.err;
  EXPECT_EQ(RunCli("cluster " + kInputs + " --format xml").exit_code, 2);
  EXPECT_EQ(RunCli("cluster " + kInputs + " --window-days 0").exit_code, 2);
  EXPECT_EQ(RunCli("cluster").exit_code, 2);
}

}  // namespace
}  // namespace crosswire::testing
