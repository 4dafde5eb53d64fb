// `crosswire ingest`, `stories` and `report --store` end to end, on the
// bundled example plus a small stream of three unrelated stories (two of them
// earthquakes in different countries, which must stay apart).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

class StreamCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosswire_stream_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    store_ = ShellQuote((dir_ / "news.db").string());
    inputs_ = ShellQuote(SourcePath("examples/aleppo-2016-12-14")) + " " +
              ShellQuote(SourcePath("testdata/cluster/stream/stream.jsonl"));
  }
  void TearDown() override { fs::remove_all(dir_); }
  nlohmann::json Stories() {
    CliResult r = RunCli("stories --store " + store_ + " --format json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  fs::path dir_;
  std::string store_, inputs_;
};

TEST_F(StreamCliTest, IngestGroupsTheStoriesAndReingestAddsNothing) {
  CliResult first = RunCli("ingest " + inputs_ + " --store " + store_);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("14 articles read: 14 added"), std::string::npos) << first.err;
  nlohmann::json stories = Stories();
  ASSERT_EQ(stories.size(), 4u) << stories.dump(2);
  size_t aleppo = 0, quakes = 0;
  for (const auto& s : stories) {
    std::string title = s["title"];
    if (title.find("Aleppo") != std::string::npos) aleppo = s["articles"].get<size_t>();
    if (title.find("arthquake") != std::string::npos) ++quakes;
  }
  EXPECT_EQ(aleppo, 5u);
  EXPECT_EQ(quakes, 2u) << "two earthquakes in two countries are two stories";

  CliResult again = RunCli("ingest " + inputs_ + " --store " + store_);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 14 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Stories(), stories);
}

TEST_F(StreamCliTest, TimingsListEveryBatchWithRunningTotals) {
  std::string timings = (dir_ / "timings.tsv").string();
  CliResult r = RunCli("ingest " + inputs_ + " --store " + store_ + " --quiet --timings " +
                       ShellQuote(timings));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(timings);
  std::string header, line;
  ASSERT_TRUE(std::getline(in, header));
  EXPECT_EQ(header,
            "read\tadded\tstories_opened\tstories_merged\twall_s\tuser_s\tsys_s\tpeak_rss_mib");
  std::vector<std::vector<double>> rows;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::vector<double> row;
    for (double v = 0; fields >> v;) row.push_back(v);
    ASSERT_EQ(row.size(), 8u) << line;
    rows.push_back(row);
  }
  ASSERT_EQ(rows.size(), 1u) << "14 articles are one batch of 1,000";
  EXPECT_EQ(rows[0][0], 14);              // read
  EXPECT_EQ(rows[0][1], 14);              // added
  EXPECT_EQ(rows[0][2], 4);               // stories opened
  EXPECT_GT(rows[0][5] + rows[0][6], 0);  // CPU seconds
  EXPECT_GT(rows[0][7], 1);               // peak RSS, MiB

  CliResult bad = RunCli("ingest " + inputs_ + " --store " + store_ + " --timings " +
                         ShellQuote((dir_ / "no" / "such" / "dir.tsv").string()));
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("--timings: cannot write"), std::string::npos) << bad.err;
}

TEST_F(StreamCliTest, StoredStoryIsReportedAndSinceKeepsOnlyWhatIsNew) {
  ASSERT_EQ(RunCli("ingest " + inputs_ + " --store " + store_ + " --quiet").exit_code, 0);
  int64_t council = -1;
  for (const auto& s : Stories()) {
    if (s["title"].get<std::string>().find("Council") != std::string::npos) council = s["id"];
  }
  ASSERT_GE(council, 0);
  std::string story = " --store " + store_ + " --story " + std::to_string(council);
  CliResult all = RunCli("report" + story + " --format json");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  auto doc = nlohmann::json::parse(all.out);
  EXPECT_EQ(doc["articles"].size(), 3u);
  EXPECT_FALSE(doc["summary"]["sentences"].empty());

  // The update digest quotes only articles after --since; the report still
  // lists (and cites, and corroborates with) every article.
  CliResult update = RunCli("report" + story + " --since 2016-12-13T00:00 --format json");
  ASSERT_EQ(update.exit_code, 0) << update.err;
  auto newer = nlohmann::json::parse(update.out);
  EXPECT_EQ(newer["articles"].size(), 3u);
  std::set<std::string> later;
  for (const auto& a : newer["articles"]) {
    if (a["published"].is_string() && a["published"].get<std::string>() > "2016-12-13") {
      later.insert(a["id"].get<std::string>());
    }
  }
  ASSERT_GE(later.size(), 1u);
  ASSERT_LT(later.size(), 3u);
  ASSERT_FALSE(newer["summary"]["sentences"].empty());
  for (const auto& s : newer["summary"]["sentences"]) {
    EXPECT_TRUE(later.contains(s["article"].get<std::string>())) << s.dump();
  }

  CliResult none = RunCli("report" + story + " --since 2030-01-01");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("nothing is new"), std::string::npos) << none.err;
}

TEST_F(StreamCliTest, UsageErrorsAreNamed) {
  struct Case {
    std::string args, fragment;
  } cases[] = {
      {"report --story 3", "--store FILE --story ID"},
      {"report " + inputs_ + " --store " + store_ + " --story 1", "not both"},
      {"stories --store " + store_ + " --format xml", "unknown format \"xml\""},
  };
  for (const Case& c : cases) {
    CliResult r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << ": " << r.err;
    EXPECT_NE(r.err.find(c.fragment), std::string::npos) << c.args << ": " << r.err;
  }
  CliResult missing = RunCli("stories --store " + ShellQuote((dir_ / "none.db").string()));
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("none.db"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace crosswire::testing
