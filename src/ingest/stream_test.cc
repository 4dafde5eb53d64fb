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

}  // namespace
}  // namespace crosswire::ingest
