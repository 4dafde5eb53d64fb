#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

TEST(TextReaderTest, DirectoryIsOneStoryWithOneArticlePerFileSortedByName) {
  auto story = ReadStory({Fixture("story")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->id, "story");
  ASSERT_EQ(story->articles.size(), 2u);  // .notes.txt is hidden
  EXPECT_EQ(story->articles[0].id, "report-1");
  EXPECT_EQ(story->articles[1].id, "report-2");
  const Article& first = story->articles[0];
  EXPECT_EQ(first.outlet, "report-1");
  EXPECT_FALSE(first.title.has_value());
  EXPECT_FALSE(first.url.has_value());
  EXPECT_FALSE(first.published.has_value());
  EXPECT_EQ(first.language, "en");
  EXPECT_EQ(first.text,
            "Evacuation deal reached\n\nBuses arrived at 5 a.m. to take civilians out, the U.N. "
            "said.\n");
  EXPECT_EQ(first.source, Fixture("story") + "/report-1.txt");
  EXPECT_TRUE(story->warnings.empty());
}

TEST(TextReaderTest, SingleFileKeepsBytesAndUsesStemAsId) {
  ScratchDir dir;
  std::string path = dir.Write("note.text", "  Line one.\r\nLine two.");
  auto story = ReadStory({path});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->id, "note");
  ASSERT_EQ(story->articles.size(), 1u);
  EXPECT_EQ(story->articles[0].id, "note");
  EXPECT_EQ(story->articles[0].text, "  Line one.\r\nLine two.");
}

TEST(TextReaderTest, FileWithoutExtensionIsTextWhenContentSaysNothingElse) {
  ScratchDir dir;
  std::string path = dir.Write("README", "Plain words here.\n");
  auto story = ReadStory({path});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].id, "README");
}

TEST(TextReaderTest, ByteOrderMarkIsNotPartOfTheText) {
  ScratchDir dir;
  auto story = ReadStory({dir.Write("bom.txt", "\xEF\xBB\xBFHello.")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].text, "Hello.");
}

TEST(TextReaderTest, InvalidUtf8IsRepairedAndReportedWithFileAndByteOffset) {
  ScratchDir dir;
  std::string path = dir.Write("bad.txt", "caf\xC3 ok\nsecond \xFF line\n");
  auto story = ReadStory({path});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].text, "caf\xEF\xBF\xBD ok\nsecond \xEF\xBF\xBD line\n");
  ASSERT_EQ(story->warnings.size(), 1u);
  const std::string& warning = story->warnings[0];
  EXPECT_NE(warning.find(path), std::string::npos) << warning;
  EXPECT_NE(warning.find("2 invalid UTF-8 sequences"), std::string::npos) << warning;
  EXPECT_NE(warning.find("byte 3"), std::string::npos) << warning;
}

TEST(TextReaderTest, LanguageOptionAppliesToArticles) {
  ReadOptions options;
  options.language = "de";
  auto story = ReadStory({Fixture("story")}, options);
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].language, "de");
}

TEST(TextReaderTest, SubdirectoryIsSkippedWithAWarning) {
  ScratchDir dir;
  dir.Write("story/a.txt", "Text.");
  dir.Write("story/sub/b.txt", "More.");
  auto story = ReadStory({dir.Path("story")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles.size(), 1u);
  ASSERT_EQ(story->warnings.size(), 1u);
  EXPECT_NE(story->warnings[0].find("sub: subdirectory skipped"), std::string::npos);
}

TEST(TextReaderTest, FifoInDirectoryIsSkippedWithAWarningInsteadOfBlocking) {
  ScratchDir dir;
  dir.Write("story/a.txt", "Text.");
  ASSERT_EQ(mkfifo(dir.Path("story/pipe").c_str(), 0600), 0);
  auto story = ReadStory({dir.Path("story")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles.size(), 1u);
  ASSERT_EQ(story->warnings.size(), 1u);
  EXPECT_NE(story->warnings[0].find("pipe: not a regular file; skipped"), std::string::npos);
}

TEST(TextReaderTest, PipeGivenByNameIsReadAndDetectedFromContent) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  std::string jsonl = "{\"id\": \"p1\", \"text\": \"Through a pipe.\"}\n";
  ASSERT_EQ(write(fds[1], jsonl.data(), jsonl.size()), static_cast<ssize_t>(jsonl.size()));
  close(fds[1]);
  auto story = ReadStory({"/dev/fd/" + std::to_string(fds[0])});
  close(fds[0]);
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 1u);
  EXPECT_EQ(story->articles[0].id, "p1");
}

}  // namespace
}  // namespace crosswire::ingest
