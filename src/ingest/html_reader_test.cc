#include "html_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "crosswire/ingest.h"
#include "extraction_score.h"
#include "test_util.h"

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

// ---- Failure classes of issue 12, from hand-written pages -------------------

namespace crosswire::ingest {
namespace {

// Three paragraphs of story text, long enough to be prose.
constexpr std::string_view kStory =
    "<p>The city council voted on Tuesday to close the old bridge, citing a report that found "
    "cracks in two of its main supports, and ordered a detour for the buses.</p>"
    "<p>Engineers said repairs could take until spring, although the mayor, speaking after "
    "the vote, hoped to reopen one lane before the holidays.</p>"
    "<p>Residents who depend on the crossing, many of them commuters, packed the meeting and "
    "asked for a ferry service, which the council agreed to study.</p>";

// `body` inside a page with the usual furniture around it.
std::string Page(std::string_view body, std::string_view head = "") {
  return std::string(
             "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge closed | Gazette"
             "</title>") +
         std::string(head) +
         "</head><body><a class=\"skip-link\" href=\"#main\">Jump directly to the content</a>"
         "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>" +
         std::string(body) +
         "<footer><p>Copyright 2019 The Gazette. All rights reserved.</p></footer></body></html>";
}

Article Extract(const std::string& html, std::vector<std::string>* warnings = nullptr) {
  auto articles = ParseContent(html, "page.html", InputFormat::kHtml, {}, warnings);
  EXPECT_TRUE(articles.has_value()) << articles.error().message();
  if (!articles || articles->empty()) return {};
  return (*articles)[0];
}

struct Case {
  std::string_view name;
  std::string html;
  std::vector<std::string_view> kept;     // fragments the text must contain
  std::vector<std::string_view> dropped;  // fragments it must not contain
};

TEST(HtmlExtractionTest, FailureClassesFromTheIssue) {
  const std::string story(kStory);
  const Case cases[] = {
      {"wrapper whose class a prefix rule would match",
       Page("<div class=\"modal-enabled\"><div class=\"story\">" + story + "</div></div>"),
       {"cracks in two", "ferry service"},
       {"Jump directly", "Copyright"}},
      {"wrapper whose class holds an 'ad' token",
       Page("<div class=\"non-ad-column\">" + story + "</div><div class=\"ad\">Buy now</div>"),
       {"cracks in two", "ferry service"},
       {"Buy now", "Copyright"}},
      {"sidebar and navigation names on the wrapper of the article",
       Page("<div id=\"sidebar-layout\" class=\"nav-container\"><main>" + story +
            "</main></div><div class=\"sidebar\"><p>Most read: ten facts.</p></div>"),
       {"cracks in two", "mayor", "ferry service"},
       {"Most read", "Jump directly"}},
      {"whole layout inside a form (ASP.NET)",
       Page("<form id=\"aspnetForm\" method=\"post\"><input type=\"hidden\" name=\"__VIEWSTATE\" "
            "value=\"x\"><div id=\"page\"><div class=\"col\">" +
            story + "</div></div></form>"),
       {"cracks in two", "ferry service"},
       {"VIEWSTATE"}},
      {"call-outs and notes inside the article body",
       Page("<article>" + story.substr(0, story.find("</p>") + 4) +
            "<p><a href=\"/a\">Read More</a></p>"
            "<p>READ MORE: <a href=\"/b\">Bridge inspections to double next year</a></p>"
            "<p>DON'T MISS\u2026 <a href=\"/c\">The best bridges in the state</a></p>"
            "<p>Related: 7 Strange Signs Your Commute Is About to Change</p>" +
            story.substr(story.find("</p>") + 4) +
            "<p>Subscribe to our newsletters for the latest local news.</p>"
            "<p>We may earn a commission when you buy through links on our site.</p></article>"),
       {"cracks in two", "mayor", "ferry service"},
       {"Read More", "READ MORE", "DON'T MISS", "Related:", "Subscribe", "commission"}},
      {"byline, timestamp and caption around the text",
       Page("<article><h1>Bridge closed</h1><p>By Jane Doe</p>"
            "<p>Published 10:02 AM EST Nov 19, 2019</p>"
            "<figure><img src=\"b.jpg\"><figcaption>The bridge at dusk. Photo: John Roe"
            "</figcaption></figure>" +
            story + "<p>The old bridge was built in 1931. (Image: GETTY)</p></article>"),
       {"cracks in two", "ferry service"},
       {"Jane Doe", "10:02", "dusk", "GETTY", "Bridge closed"}},
      {"comment thread longer than the article",
       Page("<div class=\"article\"><div class=\"content\">" + story +
            "</div></div><div class=\"comments\">" +
            [] {
              std::string comments;
              for (int i = 0; i < 8; ++i) {
                comments +=
                    "<div class=\"comment\"><div class=\"content\"><p>I have driven over that "
                    "bridge for years, and honestly, the council should have acted sooner, "
                    "much sooner, before it came to this.</p></div></div>";
              }
              return comments;
            }() +
            "</div>"),
       {"cracks in two", "ferry service"},
       {"driven over that bridge"}},
      {"one block per paragraph (each paragraph its own card)",
       Page("<div class=\"collection\">"
            "<div class=\"card\"><div class=\"card-content\"><p>The city council voted on "
            "Tuesday to close the old bridge, citing cracks.</p></div></div>"
            "<div class=\"card\"><div class=\"card-content\"><p>Engineers said repairs could "
            "take until spring, the mayor said, and hoped for the best.</p></div></div>"
            "<div class=\"card\"><div class=\"card-content\"><p>Residents, many of them "
            "commuters, packed the meeting and asked for a ferry service.</p></div></div>"
            "</div>"),
       {"cracks", "until spring", "ferry service"},
       {"Jump directly"}},
      {"an embedded post is quoted text, whatever its wrapper is called",
       Page("<article>" + story +
            "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The "
            "bridge was shaking when I crossed it <a href=\"https://t.co/x\">https://t.co/x"
            "</a></p>\u2014 A Commuter (@commuter) <a href=\"https://twitter.com/c/1\">November "
            "18, 2019</a></blockquote></div><p>Officials did not comment on the posts, which "
            "were shared widely, late on Tuesday evening.</p>"
            "<div class=\"social-share\"><a href=\"/s\">Share on Facebook</a></div></article>"),
       {"cracks in two", "was shaking when I crossed", "(@commuter)", "did not comment"},
       {"Share on Facebook"}},
      {"a list of teaser cards beside the story is not the story",
       Page("<div id=\"wrap\"><div class=\"text\">" + story +
            "</div><div class=\"box\"><h2>Elsewhere today</h2>" +
            [] {
              std::string cards;
              for (int i = 0; i < 4; ++i) {
                cards += "<div class=\"tumb\"><div class=\"title\"><a href=\"/s" +
                         std::to_string(i) +
                         "\">Another story</a></div><div class=\"body\">A short blurb, "
                         "about another story, to lure a click.</div></div>";
              }
              return cards;
            }() +
            "</div></div>"),
       {"cracks in two", "ferry service"},
       {"Another story", "short blurb"}},
      {"itemprop=articleBody beats a longer block of teasers",
       Page("<div itemprop=\"articleBody\">" + story +
            "</div><div class=\"list\"><p>Another story, about a school board, that is long, "
            "wordy, full of commas, clauses, asides, and detail, so it scores.</p><p>A third "
            "story, about a stadium, equally long, wordy, full of commas, clauses, and detail."
            "</p><p>A fourth, about parking, long, wordy, commas, clauses, asides, detail, "
            "more.</p><p>A fifth, about taxes, long, wordy, commas, clauses, asides, detail, "
            "more.</p></div>"),
       {"cracks in two", "ferry service"},
       {"school board", "stadium"}},
      {"JSON-LD articleBody picks the matching block",
       Page("<div class=\"a\">" + story +
                "</div><div class=\"b\"><p>Elsewhere, the state, the county, and the town "
                "argued, at length, over taxes, parking, schools, and roads, all week.</p>"
                "<p>Meanwhile, the league, the team, and the fans, again, argued over the new "
                "stadium, its cost, its seats, and its name.</p><p>Later, they, we, you, and "
                "others, met, talked, ate, left, and returned, twice, again, once more.</p>"
                "<p>Finally, one, two, three, four, five, six, seven, eight, nine, ten, eleven, "
                "twelve, thirteen.</p></div>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
            "\"The city council voted on Tuesday to close the old bridge, citing a report that "
            "found cracks in two of its main supports, and ordered a detour for the buses. "
            "Engineers said repairs could take until spring, although the mayor, speaking "
            "after the vote, hoped to reopen one lane before the holidays. Residents who "
            "depend on the crossing, many of them commuters, packed the meeting and asked for "
            "a ferry service, which the council agreed to study.\"}</script>"),
       {"cracks in two", "ferry service"},
       {"Elsewhere", "stadium"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Article article = Extract(c.html);
    for (std::string_view kept : c.kept) {
      EXPECT_NE(article.text.find(kept), std::string::npos) << kept << " missing from:\n"
                                                            << article.text;
    }
    for (std::string_view dropped : c.dropped) {
      EXPECT_EQ(article.text.find(dropped), std::string::npos) << dropped << " kept in:\n"
                                                               << article.text;
    }
  }
}

TEST(HtmlExtractionTest, PageWhoseOnlyTextSitsInFurnitureIsStillRead) {
  // Every rule would remove this block; the fallback keeps the visible text.
  Article article = Extract(
      "<html><body><div class=\"sidebar related\"><p>The only text on this page is a short "
      "note about the bridge.</p></div></body></html>");
  EXPECT_EQ(article.text, "The only text on this page is a short note about the bridge.");
}

TEST(HtmlExtractionTest, BoilerplateParagraphs) {
  struct Row {
    std::string_view paragraph;
    bool boilerplate;
  } rows[] = {
      {"Read More", true},
      {"READ MORE: Bridge inspections to double next year", true},
      {"DON'T MISS\u2026 The best bridges in the state", true},
      {"Related: 7 Strange Signs Your Commute Is About to Change", true},
      {"Subscribe to our daily newsletters", true},
      {"Sign up for our newsletter and get the news in your inbox.", true},
      {"We may earn a commission when you buy through links on our site.", true},
      {"By Jane Doe", true},
      {"By Jane Doe and John Roe, The Gazette", true},
      {"Published 10:02 AM EST", true},
      {"Updated Nov. 19, 2019", true},
      {"Nov. 19, 2019 10:02 a.m.", true},
      {"segunda-feira, 22 de janeiro de 2018 \u00e0s 0:13", true},
      {"Photo: John Roe", true},
      {"The bridge at dusk (Image: GETTY)", true},
      {"(Jane Doe / Associated Press)", true},
      {"Image 2 of 5", true},
      {"Follow her on Twitter @janedoe.", true},
      {"\u00a9 2019 The Gazette", true},
      {"Advertisement", true},
      // Story sentences that share a first word with a call-out stay.
      {"By the end of the year, the council expects to have spent $3 million on repairs.", false},
      {"Related to the closure, a second bridge will be inspected next month.", false},
      {"Published reports said the cracks were first seen in 2017, but no one acted.", false},
      {"Updated figures show traffic fell by a third after the closure was announced.", false},
      {"The council voted 7-2 on Tuesday.", false},
      {"(Reporting by Jane Doe; Editing by John Roe)", false},
      {"Residents asked for a ferry service.", false},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(internal::IsBoilerplateParagraph(row.paragraph), row.boilerplate)
        << "\"" << row.paragraph << "\"";
  }
}

TEST(HtmlExtractionTest, MetadataFromStructuredDataAndMetaTags) {
  std::vector<std::string> warnings;
  Article article = Extract(
      "<html lang=\"de-DE\"><head><title>Br\u00fccke gesperrt - Gazette</title>"
      "<link rel=\"canonical\" href=\"javascript:alert(1)\">"
      "<meta property=\"og:url\" content=\"https://gazette.example/bridge\">"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
      "{\"@type\":\"NewsArticle\",\"headline\":\"Br\u00fccke gesperrt\","
      "\"datePublished\":\"2019-11-19T10:02:00-05:00\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}],"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Gazette\"}}]}</script>"
      "</head><body><article>" +
          std::string(kStory) +
          "</article><ul class=\"related\"><li><time datetime=\"2001-01-01\">old</time>"
          "<a href=\"/x\">Old story</a></li></ul></body></html>",
      &warnings);
  EXPECT_EQ(article.title, "Br\u00fccke gesperrt");
  EXPECT_EQ(article.published, "2019-11-19T10:02:00-05:00");
  EXPECT_EQ(article.author, "Jane Doe, John Roe");
  EXPECT_EQ(article.outlet, "The Gazette");
  EXPECT_EQ(article.url, "https://gazette.example/bridge");
  EXPECT_EQ(article.language, "de");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("page.html: URL \"javascript:alert(1)\" dropped"), std::string::npos)
      << warnings[0];
}

TEST(HtmlExtractionTest, MetadataFallbacks) {
  struct Row {
    std::string_view name;
    std::string head, body;
    std::optional<std::string> title, published, author;
    std::string outlet;
  } rows[] = {
      {"title tag without the site name; outlet from the host",
       "<title>Bridge closed for repairs | The Gazette</title>"
       "<meta property=\"og:url\" content=\"https://www.gazette.example/b\">",
       std::string(kStory), "Bridge closed for repairs", std::nullopt, std::nullopt,
       "gazette.example"},
      {"og:title and og:site_name; meta author; article:published_time",
       "<meta property=\"og:title\" content=\"Bridge closed\">"
       "<meta property=\"og:site_name\" content=\"Gazette\">"
       "<meta name=\"author\" content=\"Jane Doe\">"
       "<meta property=\"article:published_time\" content=\"2019-11-19T15:02:00Z\">",
       std::string(kStory), "Bridge closed", "2019-11-19T15:02:00Z", "Jane Doe", "Gazette"},
      {"a byline in meta author; og:site_name given as an address",
       "<title>T</title><meta name=\"author\" content=\"By Jane Doe\">"
       "<meta property=\"og:site_name\" content=\"https://www.gazette.example\">",
       std::string(kStory), "T", std::nullopt, "Jane Doe", "gazette.example"},
      {"itemprop with several words on a meta element",
       "<title>T</title><meta property=\"article:published\" itemprop=\"datePublished "
       "dateCreated\" content=\"2019-11-19T11:00:09.000Z\">",
       std::string(kStory), "T", "2019-11-19T11:00:09.000Z", std::nullopt, "page"},
      {"itemprop=datePublished on an element with text only, converted from words",
       "<title>T</title>",
       "<span itemprop=\"datePublished\">Fri 6:45 PM, Feb 16, 2018</span>" + std::string(kStory),
       "T", "2018-02-16T18:45", std::nullopt, "page"},
      {"a <time> in the article, not the one in a list of other stories", "<title>T</title>",
       "<ul><li><time datetime=\"2001-01-01\">x</time><a href=\"/o\">Old</a></li></ul>"
       "<article><p><time datetime=\"2019-11-19\">Nov 19</time></p>" +
           std::string(kStory) + "</article>",
       "T", "2019-11-19", std::nullopt, "page"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Article article =
        Extract("<html><head>" + row.head + "</head><body>" + row.body + "</body></html>");
    EXPECT_EQ(article.title, row.title);
    EXPECT_EQ(article.published, row.published);
    EXPECT_EQ(article.author, row.author);
    EXPECT_EQ(article.outlet, row.outlet);
  }
}

// The title is the headline the page displays, checked against the titles it
// states, so a site-name <h1>, a deck or a related story's heading is never
// taken, and a rewritten og:title does not replace the displayed headline.
TEST(HtmlExtractionTest, TitleIsTheDisplayedHeadline) {
  struct Row {
    std::string_view name;
    std::string head, before;  // <head> content; markup before the story
    std::string title;
  } rows[] = {
      {"h1 differs from a rewritten og:title but shares its words",
       "<meta property=\"og:title\" content=\"'Meth. We're On It': South Dakota campaign is "
       "working\">",
       "<h1>South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you OK?</h1>",
       "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you OK?"},
      {"the JSON-LD headline is a shortened one; the page shows the full headline",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
       "\"Bridge closed\"}</script>",
       "<h1>Bridge closed for repairs until spring</h1>", "Bridge closed for repairs until spring"},
      {"a site-name h1 first, the headline in a later h1",
       "<meta property=\"og:title\" content=\"September open thread - The Blog\">",
       "<h1>The Blog</h1><h1>September open thread</h1>", "September open thread"},
      {"the site name in h1, the headline in h2 after sidebar h2s",
       "<title>Do Not Hate a People | News of the World</title>",
       "<h1>News of the World</h1><h2>Blogroll</h2><h2>RSS Feed</h2>"
       "<h2>Do Not Hate a People</h2>",
       "Do Not Hate a People"},
      {"a deck in h2 right before the story is not the headline",
       "<meta property=\"og:title\" content=\"Council shuts the old bridge\">",
       "<h2>Engineers found cracks in two of its main supports after the flood</h2>",
       "Council shuts the old bridge"},
      {"a heading in navigation is never the headline",
       "<meta property=\"og:title\" content=\"Bridge closed\">",
       "<nav><h1>Bridge closed for repairs</h1></nav>", "Bridge closed"},
      {"no heading agrees: the stated title, without the site name",
       "<title>Bridge closed for repairs | The Gazette</title>", "<h1>Local News</h1>",
       "Bridge closed for repairs"},
      {"a title escaped twice in og:title is decoded",
       "<meta property=\"og:title\" content=\"Review &amp;#8211; shoots for the moon\">", "",
       "Review \u2013 shoots for the moon"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Article article = Extract("<html><head>" + row.head + "</head><body>" + row.before +
                              "<article>" + std::string(kStory) + "</article></body></html>");
    EXPECT_EQ(article.title, row.title);
  }
}

// The publication time: a stated time that names its zone beats the same
// instant stated without one, a CMS placeholder is no time, a time written in
// words is converted, and a page that states none in markup is read from the
// dateline under its headline — never from a related story or a script.
TEST(HtmlExtractionTest, PublicationTimeStatedOrDisplayed) {
  struct Row {
    std::string_view name;
    std::string head, before, after;  // <head>; markup before and after the story
    std::optional<std::string> published;
  } rows[] = {
      {"the zoned JSON-LD time beats a zoneless meta time",
       "<meta property=\"article:published_time\" content=\"2019-11-20T01:50:59\">"
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
       "\"datePublished\":\"2019-11-20T01:50:59Z\"}</script>",
       "", "", "2019-11-20T01:50:59Z"},
      {"a placeholder year 0001 is skipped",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
       "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>",
       "<h1>Bridge closed</h1><p>Published 10:02 AM EST Nov 19, 2019</p>", "",
       "2019-11-19T10:02-05:00"},
      {"a meta time written in words is converted",
       "<meta property=\"article:published_time\" content=\"November 19, 2019, 07:47 PM EST\">", "",
       "", "2019-11-19T19:47-05:00"},
      {"itemprop text with the time before the date", "",
       "<span itemprop=\"datePublished\">Fri 6:45 PM, Feb 16, 2018</span>", "", "2018-02-16T18:45"},
      {"a <time> without datetime is read from its text", "",
       "<h1>Bridge closed</h1><time>November 18, 2019</time>", "", "2019-11-18"},
      {"the dateline under the headline, with an ordinal and a.m.", "",
       "<h1>Bridge closed</h1><div>By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m."
       "</div>",
       "", "2019-11-18T11:08"},
      {"day before month, abbreviated, no time", "",
       "<h1>Bridge closed</h1><div>REUTERS 19 NOV 2019</div>", "", "2019-11-19"},
      {"a zone with one offset is kept; 12 PM is noon", "",
       "<h1>Bridge closed</h1><p>November 18, 2019 at 12:26 PM HST</p>", "",
       "2019-11-18T12:26-10:00"},
      {"an ambiguous zone (ET) leaves the time without offset", "",
       "<h1>Bridge closed</h1><p>Nov. 18, 2019 7:04 pm ET</p>", "", "2019-11-18T19:04"},
      {"an impossible date is not a date", "", "<h1>Bridge closed</h1><p>February 30, 2019</p>", "",
       std::nullopt},
      {"no dateline: a date in a related list after the story is not taken", "",
       "<h1>Bridge closed</h1>", "<ul><li>Old story, January 2, 2001</li></ul>", std::nullopt},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Article article = Extract("<html><head><title>Bridge closed</title>" + row.head +
                              "</head><body>" + row.before + "<article>" + std::string(kStory) +
                              "</article>" + row.after + "</body></html>");
    EXPECT_EQ(article.published, row.published);
  }
}

TEST(HtmlExtractionTest, ManySiblingBlocksAreReadInLinearTime) {
  // Joined siblings must not make the collection quadratic.
  std::string html = "<html><body><div id=\"list\">";
  for (int i = 0; i < 40000; ++i) {
    html += "<div class=\"entry\"><p>Entry " + std::to_string(i) +
            ", a paragraph of prose, with commas, long enough to score.</p></div>";
  }
  html += "</div></body></html>";
  auto start = std::chrono::steady_clock::now();
  auto articles = ParseContent(html, "flat.html", InputFormat::kHtml, {}, nullptr);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_NE((*articles)[0].text.find("Entry 39999,"), std::string::npos);
  EXPECT_LT(seconds, 20.0) << html.size() << " bytes took " << seconds << " s";
}

TEST(HtmlExtractionTest, TwentyMegabytePageIsReadInLinearTime) {
  std::string html = "<html><body><article>";
  std::string paragraph(kStory);
  while (html.size() < (20u << 20)) html += paragraph;
  html += "</article></body></html>";
  auto start = std::chrono::steady_clock::now();
  ReadOptions options;
  options.max_article_bytes = 64u << 20;
  auto articles = ParseContent(html, "big.html", InputFormat::kHtml, options, nullptr);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_GT((*articles)[0].text.size(), 15u << 20);
  EXPECT_LT(seconds, 30.0) << "20 MB took " << seconds << " s";
}

}  // namespace
}  // namespace crosswire::ingest

// ---- The Article Extraction Benchmark (../shared/data) -------------------------

namespace crosswire::ingest {
namespace {

// Measured on 2026-12-03 with build/ci/bench/extraction_bench: test split F1
// 0.9505 (precision 0.9320, recall 0.9698), all 121 pages F1 0.9720, no page
// without text. The floors sit just under, so a regression fails here.
constexpr double kTestSplitF1Floor = 0.94;
constexpr double kAllPagesF1Floor = 0.96;

TEST(HtmlBenchmarkTest, TestSplitF1StaysAboveTheFloorAndNoPageIsEmpty) {
  std::string dir = std::string(CROSSWIRE_SHARED_DATA) + "/article-extraction";
  if (!std::filesystem::exists(dir + "/ground-truth.json")) {
    GTEST_SKIP() << dir << " is absent (shared data not installed)";
  }
  auto pages = internal::LoadExtractionBenchmark(dir);
  ASSERT_TRUE(pages.has_value()) << pages.error().message();
  ASSERT_EQ(pages->size(), 121u);
  std::vector<internal::ShingleMatch> test, all;
  for (const internal::BenchmarkPage& page : *pages) {
    auto articles = ParseContent(page.html, page.id + ".html", InputFormat::kHtml, {}, nullptr);
    ASSERT_TRUE(articles.has_value()) << articles.error().message();
    EXPECT_FALSE((*articles)[0].text.empty()) << page.id << " " << page.url;
    all.push_back(internal::MatchShingles(page.truth, (*articles)[0].text));
    if (internal::IsTestPage(page.id)) test.push_back(all.back());
  }
  internal::ExtractionScore test_score = internal::MeanExtractionScore(test);
  internal::ExtractionScore all_score = internal::MeanExtractionScore(all);
  EXPECT_EQ(test_score.pages, 37u);
  EXPECT_GE(test_score.f1, kTestSplitF1Floor)
      << "precision " << test_score.precision << " recall " << test_score.recall;
  EXPECT_GE(all_score.f1, kAllPagesF1Floor)
      << "precision " << all_score.precision << " recall " << all_score.recall;
}

}  // namespace
}  // namespace crosswire::ingest
