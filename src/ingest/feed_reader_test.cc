#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

TEST(FeedReaderTest, ReadsRssItemsWithContentSourceAndTimes) {
  std::vector<std::string> warnings;
  auto story = ReadStory({Fixture("feeds/world.rss")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 3u);

  const Article& ferry = story->articles[0];
  EXPECT_EQ(ferry.id, "gazette-ferry-1");
  EXPECT_EQ(ferry.outlet, "Harbour Gazette");
  EXPECT_EQ(ferry.url, "https://gazette.example/ferry");
  EXPECT_EQ(ferry.title, "Ferry strike ends after & talks");
  EXPECT_EQ(ferry.published, "2016-12-14T05:05:00-05:00");
  EXPECT_EQ(ferry.language, "en");
  // content:encoded wins over the description; HTML reduced to text, script dropped.
  EXPECT_EQ(ferry.text, "The ferry strike ended on Wednesday.\n\nCrews return to work tomorrow.");
  EXPECT_EQ(ferry.source, Fixture("feeds/world.rss") + ":9");

  const Article& bridge = story->articles[1];
  EXPECT_EQ(bridge.id, "https://gazette.example/bridge");  // no guid: the link
  EXPECT_EQ(bridge.outlet, "Wire Service");                // the item's <source>
  EXPECT_EQ(bridge.published, "2016-12-15T08:00:00+01:00");
  EXPECT_EQ(bridge.text, "The old bridge was closed for repairs.\n\nIt reopens in May.");

  const Article& market = story->articles[2];
  EXPECT_EQ(market.id, "gazette-market");
  EXPECT_FALSE(market.title.has_value());
  EXPECT_EQ(market.published, "2016-12-16T09:30:00Z");
  EXPECT_EQ(market.language, "fr");
  EXPECT_EQ(market.text, "Le march\u00e9 ouvre ses portes.");

  // The link-only item is skipped, and said so.
  ASSERT_EQ(story->warnings.size(), 1u);
  EXPECT_NE(story->warnings[0].find("world.rss:24: feed item \"https://gazette.example/link-only\" "
                                    "has no text (no content or description); skipped"),
            std::string::npos)
      << story->warnings[0];
}

TEST(FeedReaderTest, ReadsAtomEntriesByTextConstructType) {
  auto story = ReadStory({Fixture("feeds/science.atom")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 3u);
  EXPECT_TRUE(story->warnings.empty());

  const Article& comet = story->articles[0];
  EXPECT_EQ(comet.id, "urn:example:science:comet");
  EXPECT_EQ(comet.outlet, "Science Desk");
  EXPECT_EQ(comet.url, "https://science.example/comet");  // rel=alternate, not self
  EXPECT_EQ(comet.title, "Comet seen again");
  EXPECT_EQ(comet.published, "2016-12-14T10:05:00+03:00");  // published before updated
  EXPECT_EQ(comet.language, "en");
  EXPECT_EQ(comet.text, "The comet was seen again.\n\nAstronomers were delighted.");

  const Article& probe = story->articles[1];
  EXPECT_EQ(probe.url, "https://science.example/probe");  // no rel: alternate
  EXPECT_EQ(probe.published, "2016-12-15T08:00:00Z");     // only updated
  EXPECT_EQ(probe.language, "de");
  EXPECT_EQ(probe.text, "Die Sonde ist gelandet.");

  const Article& plain = story->articles[2];
  EXPECT_EQ(plain.text, "Line one <not a tag> and line two.");  // type=text is not HTML
}

struct FeedCase {
  std::string_view content;
  std::string_view fragment;
};

TEST(FeedReaderTest, CorruptFeedIsAnErrorNamingFileAndLine) {
  const FeedCase kCases[] = {
      {"<rss version=\"2.0\"><channel>\n<item><title>x</title>\n<description>y</item>\n",
       "feed.rss:3: malformed feed XML: Opening and ending tag mismatch"},
      {"<?xml version=\"1.0\"?>\n<rss><channel><title>T</title></channel></rss>\n<rss/>",
       "feed.rss:3: malformed feed XML: Extra content at the end of the document"},
      {"", "feed.rss:1: malformed feed XML"},
      {"<rss version=\"2.0\">\n<item><description>x</description></item></rss>",
       "feed.rss:1: RSS feed has no <channel>"},
      {"<?xml version=\"1.0\"?>\n\n<opml><body/></opml>",
       "feed.rss:3: not an RSS or Atom feed: the root element is <opml>"},
      {"<rss><channel><title>T</title><item><title>only</title></item></channel></rss>",
       "feed.rss: feed has no items with text (1 item read)"},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>",
       "feed.rss: feed has no items with text (0 items read)"},
      // An undefined entity is an error, not a hole in the text.
      {"<rss><channel><item><description>a &bogus; b</description></item></channel></rss>",
       "feed.rss:1: malformed feed XML: Entity 'bogus' not defined"},
  };
  for (const auto& c : kCases) {
    auto articles = ParseContent(c.content, "feed.rss", InputFormat::kFeed, {}, nullptr);
    ASSERT_FALSE(articles.has_value()) << c.content;
    EXPECT_EQ(articles.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(articles.error().message().find(c.fragment), std::string::npos)
        << articles.error().message();
  }
}

TEST(FeedReaderTest, ExternalEntitiesAreNeitherFetchedNorExpanded) {
  ScratchDir dir;
  std::string secret = dir.Write("secret.txt", "TOP SECRET");
  std::string feed =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" + secret +
      "\">]>\n<rss><channel><item><description>before &xxe; after</description></item>"
      "</channel></rss>";
  auto articles = ParseContent(feed, "feed.rss", InputFormat::kFeed, {}, nullptr);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[0].text.find("SECRET"), std::string::npos) << (*articles)[0].text;
}

TEST(FeedReaderTest, EntityExpansionBombIsRefused) {
  std::string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">";
  char prev = 'a';
  for (char name = 'b'; name <= 'k'; ++name) {
    feed += std::string("<!ENTITY ") + name + " \"";
    for (int i = 0; i < 10; ++i) feed += std::string("&") + prev + ";";
    feed += "\">";
    prev = name;
  }
  feed += "]>\n<rss><channel><item><description>&k;</description></item></channel></rss>";
  auto articles = ParseContent(feed, "bomb.rss", InputFormat::kFeed, {}, nullptr);
  // Either refused or read without the 10^11 bytes: never a hang or an explosion.
  if (articles.has_value()) {
    EXPECT_LT((*articles)[0].text.size(), 1u << 20);
  } else {
    EXPECT_NE(articles.error().message().find("bomb.rss:"), std::string::npos);
  }
}

TEST(FeedReaderTest, DeepNestingHitsLibxmlDepthLimit) {
  std::string feed = "<rss><channel><item><description>";
  for (int i = 0; i < 100000; ++i) feed += "<x>";
  auto articles = ParseContent(feed, "deep.rss", InputFormat::kFeed, {}, nullptr);
  ASSERT_FALSE(articles.has_value());
  EXPECT_NE(articles.error().message().find("deep.rss:1: malformed feed XML"), std::string::npos)
      << articles.error().message();
}

TEST(FeedReaderTest, DeeplyNestedHtmlInsideADescriptionIsReadWithoutCrashing) {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "deep words";
  std::string feed = "<rss><channel><item><description><![CDATA[<p>Top words.</p>" + html +
                     "]]></description></item></channel></rss>";
  auto articles = ParseContent(feed, "deep-html.rss", InputFormat::kFeed, {}, nullptr);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_TRUE((*articles)[0].text.starts_with("Top words.")) << (*articles)[0].text.substr(0, 80);
}

TEST(FeedReaderTest, FeedsAreReadFromADirectoryBesideOtherFormats) {
  ScratchDir dir;
  dir.Write("a.txt", "A plain article.");
  dir.Write("b.xml",
            "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            "<title>Desk</title><entry><id>e1</id><content>Entry text.</content></entry></feed>");
  auto story = ReadStory({dir.path()});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 2u);
  EXPECT_EQ(story->articles[1].id, "e1");
  EXPECT_EQ(story->articles[1].outlet, "Desk");
  EXPECT_EQ(story->articles[1].text, "Entry text.");
}

}  // namespace
}  // namespace crosswire::ingest
