#include "crosswire/benchmark.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace crosswire {
namespace {

namespace fs = std::filesystem;

// A two-topic DUC-layout data set written by the test: docs, topics, models.
class MiniDucTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("crosswire_minduc_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    for (const char* set : {"D0901A", "D0902B"}) {
      fs::create_directories(root_ / "docs" / set);
      for (int d = 0; d < 2; ++d) {
        std::ofstream(root_ / "docs" / set / ("DOC" + std::to_string(d)))
            << "<DOC>\n<DOCNO> " << set << "-" << d << " </DOCNO>\n<TEXT>\n<P>\n"
            << "Rescue teams reached the flooded valley town on Monday morning after the storm. "
            << "Officials said " << 10 + d << " people were missing and hundreds were homeless.\n"
            << "</P>\n</TEXT>\n</DOC>\n";
      }
    }
    fs::create_directories(root_ / "models");
    std::ofstream(root_ / "models" / "D0901.M.250.A.A")
        << "Rescue teams reached the flooded town on Monday.\nMany people were missing.\n";
    std::ofstream(root_ / "topics.sgml")
        << "<topic>\n<num> D0901A </num>\n<title> floods </title>\n<narr>\nDescribe the "
           "rescue.\n</narr>\n</topic>\n";
    work_ = root_ / "work";
    fs::create_directories(work_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_, work_;
};

TEST_F(MiniDucTest, OnlyTopicsWithHumanSummariesAreLoaded) {
  auto topics = LoadDucDataset(root_.string());
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  ASSERT_EQ(topics->size(), 1u);
  EXPECT_EQ((*topics)[0].topic, "D0901");
  EXPECT_EQ((*topics)[0].set_id, "D0901A");
  EXPECT_EQ((*topics)[0].models.size(), 1u);
  EXPECT_EQ((*topics)[0].query, "floods. Describe the rescue.");
}

TEST_F(MiniDucTest, ScoresEveryMethodInOneRun) {
  auto topics = LoadDucDataset(root_.string());
  BenchmarkOptions options;
  options.methods = {"centroid", "lead"};
  options.budget = *Budget::Words(20);
  options.work_dir = work_.string();
  auto rouge = ParseRougeOptions(NistRougeArguments(20));
  ASSERT_TRUE(rouge.has_value()) << rouge.error().message();
  options.rouge = *rouge;
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto result = RunDucBenchmark(*topics, options, *data);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  ASSERT_EQ(result->rows.size(), 2u);
  EXPECT_EQ(result->rows[0].system, "centroid");
  ASSERT_FALSE(result->rows[0].metrics.empty());
  EXPECT_EQ(result->rows[0].metrics[0].name, "ROUGE-1");
  EXPECT_GT(std::stod(result->rows[0].metrics[0].average[0]), 0.3);
  EXPECT_TRUE(fs::exists(work_ / "D0901.centroid"));
  std::string table = FormatBenchmarkTable(*result);
  EXPECT_NE(table.find("| centroid |"), std::string::npos);
  EXPECT_NE(table.find("ROUGE-SU4"), std::string::npos);
}

TEST(DucDatasetTest, MissingDirectoryIsNamed) {
  auto topics = LoadDucDataset("/nonexistent/duc");
  ASSERT_FALSE(topics.has_value());
  EXPECT_EQ(topics.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(topics.error().message().find("/nonexistent/duc"), std::string::npos);
}

TEST(DucDatasetTest, FullDuc2006HasFiftyScorableTopics) {
  std::string dir = std::string(CROSSWIRE_SHARED_DATA) + "/duc2006";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no DUC 2006 data at " << dir;
  auto topics = LoadDucDataset(dir);
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  EXPECT_EQ(topics->size(), 50u);
  for (const DucTopic& t : *topics) {
    EXPECT_EQ(t.models.size(), 4u) << t.topic;
    EXPECT_FALSE(t.query.empty()) << t.topic;
  }
}

}  // namespace
}  // namespace crosswire
