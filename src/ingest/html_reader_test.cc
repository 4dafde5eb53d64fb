#include <gtest/gtest.h>

#include <chrono>

#include "crosswire/ingest.h"
#include "ingest/test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;
using testing::ScratchDir;

TEST(HtmlReaderTest, KeepsArticleTextAndMetadataDropsFurniture) {
  auto story = ReadStory({Fixture("article.html")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 1u);
  const Article& article = story->articles[0];
  EXPECT_EQ(article.id, "article");
  EXPECT_EQ(article.outlet, "The Daily Example");
  EXPECT_EQ(article.title, "Evacuation deal reached for eastern Aleppo");
  EXPECT_EQ(article.url, "https://example.org/world/aleppo-deal");
  EXPECT_EQ(article.published, "2016-12-14T09:30:00Z");
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.text,
            "Rebels and Syrian government forces agreed on Tuesday to a deal that would let "
            "civilians and fighters leave the last rebel-held districts of eastern Aleppo.\n\n"
            "The evacuation was due to start at dawn, officials said \u2014 but shelling was "
            "reported in the early hours & buses waited.\n\n"
            "\u201cWe are ready,\u201d said a spokesman for the Red Cross.\n\n"
            "What happens next\n\n"
            "The United Nations Security Council is to meet later on Wednesday.");
}

TEST(HtmlReaderTest, NoFurnitureLeaksIntoText) {
  auto story = ReadStory({Fixture("article.html")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  const std::string& text = story->articles[0].text;
  for (std::string_view furniture :
       {"cookies", "Sign in", "Sport", "Share on", "Image credit", "Advertisement", "JavaScript",
        "older story", "First!", "Subscribe", "rights reserved", "injected", "tracking",
        "font-family"}) {
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture << " in:\n" << text;
  }
}

TEST(HtmlReaderTest, WithoutArticleElementTheDensestParagraphsWin) {
  auto story = ReadStory({Fixture("divs.htm")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  const Article& article = story->articles[0];
  EXPECT_EQ(article.title, "No article element");
  EXPECT_FALSE(article.url.has_value());
  EXPECT_FALSE(article.published.has_value());
  EXPECT_EQ(article.outlet, "divs");
  EXPECT_EQ(article.text,
            "The first paragraph of a story laid out with divs only.\n\n"
            "The second paragraph, long enough to make this container the densest one on the "
            "page.");
}

TEST(HtmlReaderTest, PageWithoutParagraphsUsesBodyText) {
  ScratchDir dir;
  auto story = ReadStory({dir.Write("plain.html",
                                    "<html><body>Just a line<br>and another"
                                    "<script>x()</script></body></html>")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].text, "Just a line\n\nand another");
}

TEST(HtmlReaderTest, OgUrlAndTimeElementAreFallbacks) {
  ScratchDir dir;
  auto story = ReadStory({dir.Write(
      "p.html",
      "<html><head><title>T</title><meta property='og:url' content='https://x.org/a'></head>"
      "<body><article><p>Text <time datetime='2020-01-02'>Jan 2</time>.</p></article></body>"
      "</html>")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->articles[0].url, "https://x.org/a");
  EXPECT_EQ(story->articles[0].published, "2020-01-02");
  EXPECT_EQ(story->articles[0].title, "T");
}

TEST(HtmlReaderTest, PageWithNoTextIsAnErrorNamingTheFile) {
  std::string path = Fixture("bad/no_text.html");
  auto story = ReadStory({path});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(story.error().message().find(path + ": HTML page has no text"), std::string::npos)
      << story.error().message();
}

TEST(HtmlReaderTest, NestingUpToTheLimitIsRead) {
  std::string html = "<html><body>";
  for (int i = 0; i < 1500; ++i) html += "<div><p>x</p><br><img src=a.png/>";
  html += "<p>Deep text.</p></body></html>";
  auto articles = ParseContent(html, "deep.html", InputFormat::kHtml, {}, nullptr);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_TRUE((*articles)[0].text.ends_with("x\n\nDeep text."))
      << (*articles)[0].text.substr(0, 80);
}

TEST(HtmlReaderTest, PathologicallyDeepNestingFailsFastNamingTheLimit) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Deep text.</p></body></html>";
  auto start = std::chrono::steady_clock::now();
  auto articles = ParseContent(html, "deep.html", InputFormat::kHtml, {}, nullptr);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  ASSERT_FALSE(articles.has_value());
  EXPECT_EQ(articles.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(articles.error().message().find("deep.html: HTML nests elements about 100000 deep, "
                                            "over the limit of 2000 (kMaxHtmlDepth)"),
            std::string::npos)
      << articles.error().message();
}

TEST(HtmlReaderTest, InvalidUtf8IsRepairedBeforeParsing) {
  std::vector<std::string> warnings;
  auto articles = ParseContent("<html><body><p>Caf\xE9 noir.</p></body></html>", "c.html",
                               InputFormat::kAuto, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_EQ((*articles)[0].text, "Caf\xEF\xBF\xBD noir.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("c.html: 1 invalid UTF-8 sequence replaced"), std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[0].find("byte 18"), std::string::npos) << warnings[0];
}

}  // namespace
}  // namespace crosswire::ingest
