#include <gtest/gtest.h>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

TEST(MultiNewsReaderTest, EachLineIsAStoryAndNewlineTokensBecomeNewlines) {
  auto stories = ReadMultiNews(Fixture("multinews.src"));
  ASSERT_TRUE(stories.has_value()) << stories.error().message();
  ASSERT_EQ(stories->size(), 2u);  // the blank line 2 is not a story
  const Story& first = (*stories)[0];
  EXPECT_EQ(first.id, "multinews-1");
  ASSERT_EQ(first.articles.size(), 2u);
  EXPECT_EQ(first.articles[0].id, "multinews-1-1");
  EXPECT_EQ(first.articles[0].text, "First article line one.\n\nSecond paragraph of it.");
  EXPECT_EQ(first.articles[1].text, "Second article here.");
  EXPECT_EQ(first.articles[1].outlet, "multinews-1-2");
  EXPECT_TRUE(first.warnings.empty());  // a trailing separator is not an article

  const Story& second = (*stories)[1];
  EXPECT_EQ(second.id, "multinews-3");
  ASSERT_EQ(second.articles.size(), 2u);
  EXPECT_EQ(second.articles[1].id, "multinews-3-3");
  EXPECT_EQ(second.articles[1].text, "Another one after an empty slot.");
  ASSERT_EQ(second.warnings.size(), 1u);
  EXPECT_NE(second.warnings[0].find("multinews.src:3: article 2 is empty; skipped"),
            std::string::npos)
      << second.warnings[0];
}

TEST(MultiNewsReaderTest, ReadStoryTakesASingleLineFileAsOneStory) {
  ScratchDir dir;
  std::string path = dir.Write("one.src", "Alpha text. ||||| Beta text.\n");
  auto story = ReadStory({path});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 2u);
  EXPECT_EQ(story->articles[1].text, "Beta text.");
  EXPECT_EQ(story->articles[1].source, path + ":1 article 2");
}

TEST(MultiNewsReaderTest, ReadStoryRejectsAFileOfManyStories) {
  auto story = ReadStory({Fixture("multinews.src")}, {.format = InputFormat::kMultiNews});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(story.error().message().find("found 2 non-blank lines"), std::string::npos)
      << story.error().message();
}

TEST(MultiNewsReaderTest, LineWithoutAnyArticleIsAnError) {
  ScratchDir dir;
  std::string path = dir.Write("e.src", "a ||||| b\n |||||  ||||| \n");
  auto stories = ReadMultiNews(path);
  ASSERT_FALSE(stories.has_value());
  EXPECT_EQ(stories.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(stories.error().message().find(path + ":2: Multi-News line has no article text"),
            std::string::npos)
      << stories.error().message();
}

TEST(MultiNewsReaderTest, MissingFileIsNotFound) {
  auto stories = ReadMultiNews(Fixture("nope.src"));
  ASSERT_FALSE(stories.has_value());
  EXPECT_EQ(stories.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(stories.error().message().find("nope.src: no such file"), std::string::npos);
}

TEST(MultiNewsReaderTest, EmptyFileIsAnError) {
  ScratchDir dir;
  auto stories = ReadMultiNews(dir.Write("empty.src", "\n\n"));
  ASSERT_FALSE(stories.has_value());
  EXPECT_EQ(stories.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(stories.error().message().find("has no stories"), std::string::npos);
}

}  // namespace
}  // namespace crosswire::ingest
