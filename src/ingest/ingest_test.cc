// ReadStory's error paths: each bad input gives one Error with a code and a
// message naming the file and the position.
#include "crosswire/ingest.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

void ExpectError(const Result<Story>& story, ErrorCode code, std::string_view fragment) {
  ASSERT_FALSE(story.has_value()) << "expected an error containing \"" << fragment << "\"";
  EXPECT_EQ(story.error().code(), code) << story.error().message();
  EXPECT_NE(story.error().message().find(fragment), std::string::npos)
      << "message: " << story.error().message() << "\nexpected fragment: " << fragment;
}

TEST(ReadStoryTest, MissingFileIsNotFound) {
  std::string path = Fixture("does-not-exist.txt");
  ExpectError(ReadStory({path}), ErrorCode::kNotFound, path + ": no such file");
}

TEST(ReadStoryTest, UnreadableFileIsAnErrorNamingIt) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not apply";
  ScratchDir dir;
  std::string path = dir.Write("secret.txt", "text");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  ExpectError(ReadStory({path}), ErrorCode::kDataLoss, path + ": cannot read");
}

TEST(ReadStoryTest, ReadErrorIsDataLossNamingTheFile) {
  // Reading /proc/self/mem at offset 0 fails with EIO, even for root.
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc on this system";
  ExpectError(ReadStory({"/proc/self/mem"}), ErrorCode::kDataLoss, "/proc/self/mem: read error");
}

TEST(ReadStoryTest, NoInputsIsInvalidInput) {
  ExpectError(ReadStory({}), ErrorCode::kInvalidInput, "no input");
}

TEST(ReadStoryTest, DirectoryWithNoArticlesIsAnError) {
  ExpectError(ReadStory({Fixture("empty_dir")}), ErrorCode::kInvalidInput,
              "empty_dir: directory has no articles");
}

// An empty article costs that article, not the story: it is skipped and the
// warning names it (the pipeline refuses a story left with no article).
TEST(ReadStoryTest, EmptyArticlesAreSkippedWithAWarningNamingThem) {
  ScratchDir dir;
  std::string blank = dir.Write("blank.txt", " \n\t\n");
  dir.Write("good.txt", "Buses waited at the crossing.");
  std::string zero = dir.Write("zero.txt", "");
  auto story = ReadStory({dir.path()});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 1u);
  EXPECT_EQ(story->articles[0].id, "good");
  ASSERT_EQ(story->warnings.size(), 2u);
  EXPECT_NE(story->warnings[0].find(blank + ": article \"blank\" is empty"), std::string::npos)
      << story->warnings[0];
  EXPECT_NE(story->warnings[1].find(zero + ": article \"zero\" is empty"), std::string::npos)
      << story->warnings[1];
}

TEST(ReadStoryTest, FiftyMegabyteArticleFailsFastNamingTheLimit) {
  ScratchDir dir;
  std::string path = dir.Write("huge.txt", "");
  std::filesystem::resize_file(path, 50u << 20);  // sparse: cheap to make
  auto start = std::chrono::steady_clock::now();
  auto story = ReadStory({path});
  auto elapsed = std::chrono::steady_clock::now() - start;
  ExpectError(story, ErrorCode::kResourceExhausted,
              path + ": article is 52428800 bytes, over the limit of 8 MiB (max_article_bytes)");
  EXPECT_LT(elapsed, std::chrono::milliseconds(50));
}

TEST(ReadStoryTest, ArticleLimitIsAnOption) {
  ScratchDir dir;
  ReadOptions options;
  options.max_article_bytes = 10;
  ExpectError(ReadStory({dir.Write("a.txt", "eleven byte")}, options),
              ErrorCode::kResourceExhausted, "over the limit of 10 bytes (max_article_bytes)");
  // Formats holding several articles are checked article by article.
  ExpectError(
      ReadStory({dir.Write("b.jsonl", "{\"id\":\"x\",\"text\":\"eleven byte\"}\n")}, options),
      ErrorCode::kResourceExhausted, "b.jsonl:1: article \"x\" is 11 bytes");
}

TEST(ReadStoryTest, ZeroArticleLimitIsInvalidOption) {
  ReadOptions options;
  options.max_article_bytes = 0;
  ExpectError(ReadStory({Fixture("story")}, options), ErrorCode::kInvalidInput,
              "max_article_bytes must be positive");
}

TEST(ReadStoryTest, DuplicateIdsAreAnErrorNamingBothSources) {
  ScratchDir dir;
  std::string first = dir.Write("one/report.txt", "First.");
  std::string second = dir.Write("two/report.txt", "Second.");
  ExpectError(ReadStory({dir.Path("one"), dir.Path("two")}), ErrorCode::kInvalidInput,
              fmt::format("duplicate article id \"report\": in {} and in {}", first, second));
}

TEST(ReadStoryTest, SeveralInputsMakeOneStoryNamedAfterTheFirst) {
  auto story = ReadStory({Fixture("story"), Fixture("duc/XIE20000101.0001")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->id, "story");
  EXPECT_EQ(story->articles.size(), 3u);
}

TEST(ReadStoryTest, ExplicitFormatOverridesDetection) {
  ScratchDir dir;
  ReadOptions options;
  options.format = InputFormat::kText;
  auto story = ReadStory({dir.Write("x.jsonl", "{not json")}, options);
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].text, "{not json");
}

TEST(ParseContentTest, AutoDetectsFromContentWhenSourceSaysNothing) {
  std::vector<std::string> warnings;
  auto articles = ParseContent("<DOC><DOCNO>A</DOCNO><TEXT>Words.</TEXT></DOC>", "-",
                               InputFormat::kAuto, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[0].id, "A");
  EXPECT_EQ((*articles)[0].text, "Words.");
}

TEST(ParseContentTest, StdinTextGetsIdStdin) {
  auto articles = ParseContent("Some text.", "-", InputFormat::kText, {}, nullptr);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[0].id, "stdin");
}

TEST(ReadStoryTest, DashReadsStandardInput) {
  ScratchDir dir;
  std::string path = dir.Write("in.jsonl", "{\"id\": \"s1\", \"text\": \"From stdin.\"}\n");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  auto story = ReadStory({"-"});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->id, "stdin");
  ASSERT_EQ(story->articles.size(), 1u);
  EXPECT_EQ(story->articles[0].id, "s1");
  EXPECT_EQ(story->articles[0].source, "-:1");
}

}  // namespace
}  // namespace crosswire::ingest
