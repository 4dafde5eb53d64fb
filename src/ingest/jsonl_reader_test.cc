#include <fmt/format.h>
#include <gtest/gtest.h>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

TEST(JsonlReaderTest, ReadsFieldsIgnoresUnknownOnesAndDefaultsTheId) {
  auto story = ReadStory({Fixture("articles.jsonl")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 3u);
  const Article& first = story->articles[0];
  EXPECT_EQ(first.id, "wire-1");
  EXPECT_EQ(first.outlet, "Reuters");
  EXPECT_EQ(first.url, "https://example.org/r/1");
  EXPECT_EQ(first.title, "Deal reached");
  EXPECT_EQ(first.published, "2016-12-14");
  EXPECT_EQ(first.text, "Rebels agreed to leave eastern Aleppo.\n\nBuses arrived at dawn.");
  EXPECT_EQ(first.source, Fixture("articles.jsonl") + ":1");
  const Article& second = story->articles[1];
  EXPECT_EQ(second.id, "articles-2");  // <file stem>-<line>
  EXPECT_EQ(second.outlet, "AP");
  EXPECT_FALSE(second.title.has_value());  // null is absent
  const Article& third = story->articles[2];
  EXPECT_EQ(third.id, "wire-3");
  EXPECT_EQ(third.outlet, "wire-3");
  EXPECT_EQ(third.source, Fixture("articles.jsonl") + ":4");  // blank line 3 skipped
  EXPECT_EQ(third.text, "Caf\u00e9 owners said the city was quiet.");
}

TEST(JsonlReaderTest, PublishedIsNormalisedAndAnUnreadableOneWarned) {
  std::vector<std::string> warnings;
  auto articles = ParseContent(
      "{\"id\": \"a\", \"text\": \"x\", \"published\": \"Wed, 14 Dec 2016 05:05:00 EST\"}\n"
      "{\"id\": \"b\", \"text\": \"y\", \"published\": \"2016-12-14 10:05:00Z\"}\n"
      "{\"id\": \"c\", \"text\": \"z\", \"published\": \"2 hours ago\"}\n",
      "a.jsonl", InputFormat::kJsonl, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[0].published, "2016-12-14T05:05:00-05:00");
  EXPECT_EQ((*articles)[1].published, "2016-12-14T10:05:00Z");
  EXPECT_FALSE((*articles)[2].published.has_value());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "a.jsonl:3: publication time left unset: invalid timestamp \"2 hours ago\": "
            "\"hours\" is not a month name");
}

TEST(JsonlReaderTest, OneMalformedLineAmongAThousandIsAnErrorNamingIt) {
  std::string content;
  for (int line = 1; line <= 1000; ++line) {
    if (line == 517) {
      content += "{\"id\": \"a517\", \"text\": \"unterminated}\n";
    } else {
      content += fmt::format("{{\"id\": \"a{}\", \"text\": \"Article {}.\"}}\n", line, line);
    }
  }
  ScratchDir dir;
  std::string path = dir.Write("file.jsonl", content);
  auto story = ReadStory({path});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(story.error().message().find(path + ":517: invalid JSON: "), std::string::npos)
      << story.error().message();
}

struct JsonlErrorCase {
  std::string_view content;
  std::string_view fragment;
};

TEST(JsonlReaderTest, BadRecordsAreErrorsNamingLineAndField) {
  const JsonlErrorCase kCases[] = {
      {"{\"text\": \"ok\"}\n{\"text\": 3}\n",
       "articles.jsonl:2: field \"text\" must be a string, got number"},
      {"{\"id\": \"x\"}\n", "articles.jsonl:1: field \"text\" is required"},
      {"{\"id\": \"x\", \"text\": null}\n", "articles.jsonl:1: field \"text\" is required"},
      {"{\"id\": 7, \"text\": \"a\"}\n",
       "articles.jsonl:1: field \"id\" must be a string, got number"},
      {"{\"text\": \"a\", \"title\": [\"t\"]}\n",
       "articles.jsonl:1: field \"title\" must be a string, got array"},
      {"{\"text\": \"a\", \"published\": true}\n",
       "articles.jsonl:1: field \"published\" must be a string, got boolean"},
      {"{\"text\": \"a\", \"outlet\": {}}\n",
       "articles.jsonl:1: field \"outlet\" must be a string, got object"},
      {"[\"text\"]\n", "articles.jsonl:1: a line must be a JSON object, got array"},
      {"{\"text\": \"a\"} trailing\n", "articles.jsonl:1: invalid JSON: "},
      {"\n  \n", "articles.jsonl: JSONL input has no articles"},
  };
  for (const auto& c : kCases) {
    auto articles = ParseContent(c.content, "articles.jsonl", InputFormat::kJsonl, {}, nullptr);
    ASSERT_FALSE(articles.has_value()) << c.content;
    EXPECT_EQ(articles.error().code(), ErrorCode::kInvalidInput) << c.content;
    EXPECT_NE(articles.error().message().find(c.fragment), std::string::npos)
        << "message: " << articles.error().message() << "\nexpected: " << c.fragment;
  }
}

TEST(JsonlReaderTest, DuplicateIdsAcrossLinesAreAnError) {
  ScratchDir dir;
  std::string path =
      dir.Write("d.jsonl", "{\"id\": \"x\", \"text\": \"a\"}\n{\"id\": \"x\", \"text\": \"b\"}\n");
  auto story = ReadStory({path});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(story.error().message().find(
                fmt::format("duplicate article id \"x\": in {}:1 and in {}:2", path, path)),
            std::string::npos)
      << story.error().message();
}

TEST(JsonlReaderTest, InvalidUtf8InsideAStringIsRepairedWithAWarning) {
  std::vector<std::string> warnings;
  auto articles = ParseContent("{\"text\": \"ok\"}\n{\"text\": \"bad \xC0 byte\"}\n", "w.jsonl",
                               InputFormat::kJsonl, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[1].text, "bad \xEF\xBF\xBD byte");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("w.jsonl: 1 invalid UTF-8 sequence replaced with U+FFFD, first at "
                             "byte 29 (line 2)"),
            std::string::npos)
      << warnings[0];
}

}  // namespace
}  // namespace crosswire::ingest
