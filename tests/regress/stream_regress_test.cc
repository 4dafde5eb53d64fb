// One test per bug fixed under the stream issue (issue 13). Each names the
// bug it pins; each failed before its fix.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli_runner.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

// Bug: two byte-identical files in one story "agreed" with each other on
// every figure, and an outlet running the same copy counted as independent
// support. Copies are now one voice: what only they say is single-source,
// each copy still listed, and the report names the copy.
TEST(Issue13Regress, ByteIdenticalFilesAreOneVoice) {
  const fs::path dir =
      fs::temp_directory_path() / ("crosswire_copies_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string example = SourcePath("examples/aleppo-2016-12-14");
  fs::copy_file(example + "/report-1.txt", dir / "a-report.txt");
  fs::copy_file(example + "/report-1.txt", dir / "b-same-copy.txt");
  fs::copy_file(example + "/report-2.txt", dir / "c-other.txt");
  CliResult json = RunCli("report " + ShellQuote(dir.string()) + " --format json");
  CliResult text = RunCli("report " + ShellQuote(dir.string()));
  fs::remove_all(dir);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto doc = nlohmann::json::parse(json.out);
  EXPECT_TRUE(doc["articles"][0]["copy_of"].is_null());
  EXPECT_EQ(doc["articles"][1]["copy_of"], "a-report");
  EXPECT_TRUE(doc["articles"][2]["copy_of"].is_null());
  size_t agreed = 0, copies_alone = 0;
  for (const auto& group : doc["facts"]) {
    std::set<std::string> articles;
    for (const auto& claim : group["claims"]) articles.insert(claim["article"]);
    const bool only_copies = !articles.count("c-other");
    if (group["verdict"] == "agree") {
      ++agreed;
      EXPECT_FALSE(only_copies) << group.dump();
    }
    copies_alone += only_copies && articles.size() == 2;
  }
  EXPECT_GT(agreed, 0u);        // the other report still corroborates
  EXPECT_GT(copies_alone, 5u);  // the copy's own figures are listed under both
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("[2] b-same-copy"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("the same wire copy as [1]"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("[1=2]"), std::string::npos) << text.out;
}

}  // namespace
}  // namespace crosswire::testing
