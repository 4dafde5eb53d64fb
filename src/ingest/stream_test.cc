#include <fmt/format.h>
#include <gtest/gtest.h>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

std::vector<std::string> Ids(ArticleStream& stream) {
  std::vector<std::string> ids;
  while (true) {
    auto next = stream.Next();
    EXPECT_TRUE(next.has_value()) << next.error().message();
    if (!next || !*next) break;
    ids.push_back((*next)->id);
  }
  return ids;
}

TEST(ArticleStreamTest, ReadsInputsInOrderAndDirectoriesByName) {
  ScratchDir dir;
  dir.Write("b.txt", "Second file.");
  dir.Write("a.txt", "First file.");
  dir.Write(".hidden", "Skipped.");
  dir.Write("sub/c.txt", "Not read.");
  dir.Write("d.jsonl", "{\"id\": \"j1\", \"text\": \"x\"}\n{\"id\": \"j2\", \"text\": \"y\"}\n");
  ArticleStream stream({Fixture("feeds/science.atom"), dir.path()});
  EXPECT_EQ(Ids(stream),
            (std::vector<std::string>{"urn:example:science:comet", "urn:example:science:probe",
                                      "urn:example:science:plain", "a", "b", "j1", "j2"}));
  EXPECT_EQ(stream.inputs_read(), 4u);
  auto warnings = stream.TakeWarnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("sub: subdirectory skipped"), std::string::npos) << warnings[0];
  EXPECT_TRUE(stream.TakeWarnings().empty());
}

TEST(ArticleStreamTest, RepeatedIdsAcrossInputsAreAllowed) {
  ArticleStream stream({Fixture("feeds/world.rss"), Fixture("feeds/world.rss")});
  auto ids = Ids(stream);
  ASSERT_EQ(ids.size(), 6u);
  EXPECT_EQ(ids[0], ids[3]);
}

TEST(ArticleStreamTest, ABadInputIsAnErrorAndTheStreamGoesOn) {
  ScratchDir dir;
  std::string bad = dir.Write("bad.rss", "<rss><channel><item>\n</channel></rss>");
  std::string good = dir.Write("good.txt", "Good text.");
  ArticleStream stream({bad, dir.path() + "/missing.txt", good});
  auto first = stream.Next();
  ASSERT_FALSE(first.has_value());
  EXPECT_NE(first.error().message().find("bad.rss:2: malformed feed XML"), std::string::npos)
      << first.error().message();
  auto second = stream.Next();
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code(), ErrorCode::kNotFound);
  auto third = stream.Next();
  ASSERT_TRUE(third.has_value()) << third.error().message();
  ASSERT_TRUE(third->has_value());
  EXPECT_EQ((*third)->id, "good");
  auto end = stream.Next();
  ASSERT_TRUE(end.has_value());
  EXPECT_FALSE(end->has_value());
}

// A JSONL file far larger than the line limit comes out article by article,
// with no more than a line and the read buffer held at once; a text file
// beside it is held whole (what peak_input_bytes measures).
TEST(ArticleStreamTest, AJsonlFileIsReadLineByLineNotWhole) {
  ScratchDir dir;
  constexpr size_t kLines = 5000;
  std::string content;
  for (size_t i = 0; i < kLines; ++i) {
    content += fmt::format(R"({{"id": "a{}", "text": "Article {} says {}."}})", i, i,
                           std::string(200, 'x'));
    content += "\n";
  }
  std::string path = dir.Write("big.jsonl", content);
  ReadOptions options;
  options.max_line_bytes = 1024;  // far under the file's ~1.2 MB
  ArticleStream stream({path}, options);
  auto ids = Ids(stream);
  ASSERT_EQ(ids.size(), kLines);
  EXPECT_EQ(ids.front(), "a0");
  EXPECT_EQ(ids.back(), fmt::format("a{}", kLines - 1));
  EXPECT_GT(content.size(), 10 * stream.peak_input_bytes());
  EXPECT_LE(stream.peak_input_bytes(), (64u << 10) + 2 * options.max_line_bytes);

  ArticleStream whole({dir.Write("big.txt", content)}, options);
  ASSERT_EQ(Ids(whole).size(), 1u);
  EXPECT_EQ(whole.peak_input_bytes(), content.size());
}

// Per-line errors keep the file and line; a line over the limit is an error
// (not held whole), the articles before it were given, the stream goes on.
TEST(ArticleStreamTest, AStreamedJsonlLineOverTheLimitOrMalformedNamesFileAndLine) {
  ScratchDir dir;
  std::string over = dir.Write(
      "over.jsonl", "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n\n{\"id\": \"long\", \"text\": \"" +
                        std::string(5000, 'y') + "\"}\n{\"id\": \"after\", \"text\": \"x\"}\n");
  std::string bad = dir.Write("bad.jsonl", "{\"id\": \"b1\", \"text\": \"B.\"}\n{\"id\": 7,\n");
  std::string utf = dir.Write("utf.jsonl", "{\"id\": \"u1\", \"text\": \"caf\xE9 au lait\"}\n");
  std::string good = dir.Write("good.txt", "Good text.");
  ReadOptions options;
  options.max_line_bytes = 1000;
  ArticleStream stream({over, bad, utf, good}, options);

  auto first = stream.Next();
  ASSERT_TRUE(first.has_value() && first->has_value());
  EXPECT_EQ((*first)->id, "ok1");
  EXPECT_EQ((*first)->source, over + ":1");
  auto too_long = stream.Next();
  ASSERT_FALSE(too_long.has_value());
  EXPECT_EQ(too_long.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(too_long.error().message().find("over.jsonl:3: line is 5"), std::string::npos)
      << too_long.error().message();
  EXPECT_NE(too_long.error().message().find("max_line_bytes"), std::string::npos);

  auto b1 = stream.Next();
  ASSERT_TRUE(b1.has_value() && b1->has_value());
  EXPECT_EQ((*b1)->id, "b1");
  auto malformed = stream.Next();
  ASSERT_FALSE(malformed.has_value());
  EXPECT_NE(malformed.error().message().find("bad.jsonl:2: invalid JSON"), std::string::npos)
      << malformed.error().message();

  auto u1 = stream.Next();
  ASSERT_TRUE(u1.has_value() && u1->has_value());
  EXPECT_EQ((*u1)->text, "caf\uFFFD au lait");
  auto warnings = stream.TakeWarnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("utf.jsonl: 1 invalid UTF-8 sequence replaced"), std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[0].find("(line 1)"), std::string::npos) << warnings[0];

  auto last = stream.Next();
  ASSERT_TRUE(last.has_value() && last->has_value());
  EXPECT_EQ((*last)->id, "good");
  auto end = stream.Next();
  ASSERT_TRUE(end.has_value());
  EXPECT_FALSE(end->has_value());
}

}  // namespace
}  // namespace crosswire::ingest
