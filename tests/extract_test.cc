// End-to-end tests of `crosswire extract`: what the readers found, as JSONL or
// text, with errors naming the input and the other inputs still printed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

const std::string kPage = SourcePath("testdata/ingest/article.html");

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(CliExtractTest, JsonHasOneObjectPerArticleWithEveryField) {
  CliResult r = RunCli("extract " + ShellQuote(kPage) + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  const nlohmann::json& a = lines[0];
  EXPECT_EQ(a["id"], "article");
  EXPECT_EQ(a["url"], "https://example.org/world/aleppo-deal");
  EXPECT_EQ(a["outlet"], "The Daily Example");
  EXPECT_EQ(a["title"], "Evacuation deal reached for eastern Aleppo");
  EXPECT_EQ(a["published"], "2016-12-14T09:30:00Z");
  EXPECT_TRUE(a["author"].is_null());
  EXPECT_EQ(a["language"], "en");
  EXPECT_TRUE(a["text"].get<std::string>().starts_with("Rebels and Syrian government forces"))
      << a["text"];
  EXPECT_EQ(a["text"].get<std::string>().find("By A. Reporter"), std::string::npos);
  EXPECT_EQ(a["warnings"], nlohmann::json::array());
}

TEST(CliExtractTest, TextPrintsTitleThenBody) {
  CliResult r = RunCli("extract " + ShellQuote(kPage));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Evacuation deal reached for eastern Aleppo\n\nRebels and Syrian"))
      << r.out;
  EXPECT_TRUE(r.out.ends_with("later on Wednesday.\n")) << r.out;
}

TEST(CliExtractTest, ReadsEveryInputFormatAndKeepsGoingPastABadInput) {
  CliResult r = RunCli("extract " + ShellQuote(kPage) + " /no/such/page.html " +
                       ShellQuote(SourcePath("testdata/ingest/story")) + " " +
                       ShellQuote(SourcePath("testdata/ingest/articles.jsonl")) + " --format json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("crosswire: error: /no/such/page.html: no such file"), std::string::npos)
      << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;  // 1 page + 2 text reports + 3 JSONL articles
  EXPECT_EQ(lines[0]["id"], "article");
  EXPECT_EQ(lines[1]["id"], "report-1");
  EXPECT_TRUE(lines[1]["title"].is_null());
}

TEST(CliExtractTest, ScriptUrlIsDroppedWithAWarning) {
  fs::path dir = fs::temp_directory_path() / ("crosswire_extract_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string page = (dir / "p.html").string();
  std::ofstream(page) << "<html><head><link rel=canonical href=\"javascript:alert(1)\">"
                         "<title>T</title></head><body><p>The only paragraph of the page, "
                         "long enough to be read as the story.</p></body></html>";
  CliResult r = RunCli("extract " + ShellQuote(page) + " --format json");
  fs::remove_all(dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0]["url"].is_null());
  ASSERT_EQ(lines[0]["warnings"].size(), 1u);
  EXPECT_NE(lines[0]["warnings"][0].get<std::string>().find("dropped (only http and https"),
            std::string::npos);
  EXPECT_NE(r.err.find("crosswire: warning: "), std::string::npos);
}

TEST(CliExtractTest, BadOptionsAndEmptyPagesAreErrors) {
  CliResult format = RunCli("extract " + ShellQuote(kPage) + " --format xml");
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("--format must be text or json, got \"xml\""), std::string::npos)
      << format.err;
  std::string no_text = SourcePath("testdata/ingest/bad/no_text.html");
  CliResult empty = RunCli("extract " + ShellQuote(no_text));
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find(no_text + ": HTML page has no text"), std::string::npos) << empty.err;
  EXPECT_EQ(RunCli("extract").exit_code, 2);
}

}  // namespace
}  // namespace crosswire::testing
