// One test per failure pattern of issue 12 (real web pages), each built from a
// tiny page written for it under testdata/pages/ (not a benchmark page). Each
// names the bug it pins; each fails if that behaviour regresses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "crosswire/ingest.h"

namespace crosswire::testing {
namespace {

// The three sentences every fixture's story is made of.
constexpr std::string_view kStorySentences[] = {
    "The river authority opened the northern floodgates on Thursday",
    "Engineers said the southern gates would stay closed",
    "Farmers downstream were told to move livestock to higher fields",
};

std::string PagePath(const std::string& name) { return SourcePath("testdata/pages/" + name); }

// Reads one fixture page as crosswire reads any HTML input.
Article ReadPage(const std::string& name, std::vector<std::string>* warnings = nullptr) {
  std::ifstream in(PagePath(name), std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  auto articles =
      ingest::ParseContent(content.str(), name, ingest::InputFormat::kHtml, {}, warnings);
  EXPECT_TRUE(articles.has_value()) << name << ": " << articles.error().message();
  if (!articles || articles->empty()) return {};
  return (*articles)[0];
}

void ExpectWholeStory(const Article& article) {
  for (std::string_view sentence : kStorySentences) {
    EXPECT_NE(article.text.find(sentence), std::string::npos)
        << "missing \"" << sentence << "\" in:\n"
        << article.text;
  }
}

// Bug: a removal rule matched a class token of the wrapper holding the article
// ("modal-enabled" by a "modal" prefix rule, "non-ad-column" by an "ad" token
// rule), so the article was removed with it: one page kept only its skip-link
// ("Jump directly to the content"), another only its copyright footer.
TEST(Issue12Regress, WrapperWhoseClassMatchesARemovalRuleKeepsItsArticle) {
  for (const char* name : {"modal-enabled.html", "non-ad-column.html"}) {
    SCOPED_TRACE(name);
    Article article = ReadPage(name);
    ExpectWholeStory(article);
    EXPECT_EQ(article.text.find("Jump directly to the content"), std::string::npos);
    EXPECT_EQ(article.text.find("Copyright 2019"), std::string::npos);
    EXPECT_EQ(article.text.find("Buy a boat"), std::string::npos);
  }
}

// Bug: a page whose whole layout sits inside one <form> (ASP.NET) gave "HTML
// page has no text", because form content was dropped as page furniture.
TEST(Issue12Regress, LayoutInsideAFormGivesText) {
  Article article = ReadPage("form-layout.html");
  ExpectWholeStory(article);
  EXPECT_EQ(article.text.find("Copyright"), std::string::npos);
}

// Bug: furniture inside the article body was kept as story text: "Read More",
// "READ MORE: ..." links, "Subscribe to our newsletters", the byline and the
// "Published 10:02 AM EST" timestamp (which then led the digest).
TEST(Issue12Regress, InBodyBoilerplateIsDropped) {
  Article article = ReadPage("boilerplate.html");
  ExpectWholeStory(article);
  for (std::string_view furniture :
       {"Read More", "READ MORE", "Heavy rain closes the valley road",
        "Subscribe to our newsletters", "By Jane Doe", "Published 10:02 AM EST"}) {
    EXPECT_EQ(article.text.find(furniture), std::string::npos)
        << "kept \"" << furniture << "\" in:\n"
        << article.text;
  }
}

// Bug: one page with no article ("HTML page has no text") aborted its whole
// story. Now that page is skipped with a warning naming it and the story is
// built from the other pages, in the library and in `crosswire report`.
TEST(Issue12Regress, PageWithoutArticleIsSkippedAndTheStoryBuiltFromTheRest) {
  std::string dir = PagePath("story");
  std::string bad = dir + "/c-no-article.html";
  auto story = ingest::ReadStory({dir});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 2u);
  EXPECT_EQ(story->articles[0].id, "a-courier");
  EXPECT_EQ(story->articles[1].id, "b-herald");
  ASSERT_EQ(story->warnings.size(), 1u);
  EXPECT_NE(story->warnings[0].find(bad + ": HTML page has no text"), std::string::npos)
      << story->warnings[0];
  EXPECT_NE(story->warnings[0].find("skipped"), std::string::npos) << story->warnings[0];

  // The same pages named one by one.
  auto named = ingest::ReadStory({dir + "/a-courier.html", bad, dir + "/b-herald.html"});
  ASSERT_TRUE(named.has_value()) << named.error().message();
  EXPECT_EQ(named->articles.size(), 2u);
  ASSERT_EQ(named->warnings.size(), 1u);
  EXPECT_NE(named->warnings[0].find(bad), std::string::npos) << named->warnings[0];

  CliResult report = RunCli("report " + ShellQuote(dir) + " --words 60");
  EXPECT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(report.out.find("floodgates"), std::string::npos) << report.out;
  EXPECT_NE(report.err.find("c-no-article.html: HTML page has no text"), std::string::npos)
      << report.err;
  // Under --strict the warning is an error, as every warning is.
  CliResult strict = RunCli("report " + ShellQuote(dir) + " --words 60 --strict");
  EXPECT_EQ(strict.exit_code, 1) << strict.err;
  EXPECT_NE(strict.err.find("c-no-article.html"), std::string::npos) << strict.err;
}

// Bug: a `javascript:` canonical URL was kept as the article's URL, so a
// renderer could print a script link from input. Now it is dropped with a
// warning naming the page.
TEST(Issue12Regress, JavascriptCanonicalUrlIsDroppedWithAWarning) {
  std::vector<std::string> warnings;
  Article article = ReadPage("javascript-canonical.html", &warnings);
  ExpectWholeStory(article);
  EXPECT_FALSE(article.url.has_value()) << *article.url;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("javascript-canonical.html: URL \"javascript:"), std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[0].find("dropped"), std::string::npos) << warnings[0];
}

}  // namespace
}  // namespace crosswire::testing
