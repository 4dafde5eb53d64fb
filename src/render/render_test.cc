#include "crosswire/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "crosswire/attribute.h"
#include "story_fixture.h"

namespace crosswire {
namespace {

using testing::MakeStory;

class RenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    story_ = MakeStory({
        {"r1", "Twenty buses waited at the crossing in eastern Aleppo to take people out."},
        {"r2", "Twenty buses were waiting at the crossing in eastern Aleppo to take people out."},
    });
    story_.articles[1].title = "Evacuation <stalls>";
    story_.warnings.push_back("r2.txt: 1 invalid UTF-8 sequence replaced");
    report_.analyzed = *AnalyzeStory(story_);
    report_.summary.method = "centroid";
    report_.summary.budget = *Budget::Words(100);
    report_.summary.sentences.push_back({0, {}});
    Attribute(report_.analyzed, &report_.summary);
    report_.warnings = story_.warnings;
  }
  Story story_;
  Report report_;
};

TEST_F(RenderTest, TextCitesOwnAndSupportingArticles) {
  std::string text = Render(report_, OutputFormat::kText);
  EXPECT_NE(text.find("take people out. [1][2]\n"), std::string::npos) << text;
  EXPECT_NE(text.find("[2] r2 \u2014 Evacuation <stalls>"), std::string::npos) << text;
}

TEST_F(RenderTest, JsonFollowsTheContract) {
  auto doc = nlohmann::json::parse(Render(report_, OutputFormat::kJson));
  EXPECT_EQ(doc["format"], "crosswire/1");
  ASSERT_EQ(doc["articles"].size(), 2u);
  EXPECT_EQ(doc["articles"][0]["id"], "r1");
  EXPECT_TRUE(doc["articles"][0]["title"].is_null());
  EXPECT_EQ(doc["articles"][1]["title"], "Evacuation <stalls>");
  EXPECT_EQ(doc["summary"]["method"], "centroid");
  EXPECT_EQ(doc["summary"]["budget"]["unit"], "words");
  EXPECT_EQ(doc["summary"]["budget"]["limit"], 100);
  const auto& s = doc["summary"]["sentences"][0];
  EXPECT_EQ(s["article"], "r1");
  EXPECT_EQ(s["sentence_index"], 0);
  EXPECT_EQ(s["byte_span"][0], 0);
  EXPECT_EQ(s["byte_span"][1], story_.articles[0].text.size());
  ASSERT_EQ(s["support"].size(), 1u);
  EXPECT_EQ(s["support"][0]["article"], "r2");
  EXPECT_GT(s["support"][0]["similarity"].get<double>(), 0.5);
  EXPECT_TRUE(doc["facts"].is_array());
  EXPECT_EQ(doc["warnings"][0], "r2.txt: 1 invalid UTF-8 sequence replaced");
}

TEST_F(RenderTest, HtmlIsSelfContainedEscapedAndHighlightsCitedSentences) {
  std::string html = Render(report_, OutputFormat::kHtml);
  EXPECT_NE(html.find("Evacuation &lt;stalls&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<stalls>"), std::string::npos);
  EXPECT_NE(html.find("href=\"#a2-s0\""), std::string::npos);
  EXPECT_NE(html.find("<span id=\"a2-s0\"><mark>"), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

// Articles that ran one wire copy share a citation bracket and say so in the
// sources; JSON names the original.
TEST_F(RenderTest, WireCopiesShareABracketAndAreNamed) {
  report_.analyzed.voice = {0, 0};
  std::string text = Render(report_, OutputFormat::kText);
  EXPECT_NE(text.find("take people out. [1=2]\n"), std::string::npos) << text;
  EXPECT_NE(text.find("the same wire copy as [1]"), std::string::npos) << text;
  auto doc = nlohmann::json::parse(Render(report_, OutputFormat::kJson));
  EXPECT_TRUE(doc["articles"][0]["copy_of"].is_null());
  EXPECT_EQ(doc["articles"][1]["copy_of"], "r1");
  EXPECT_NE(Render(report_, OutputFormat::kHtml).find("the same wire copy as <a href=\"#a1\">"),
            std::string::npos);
}

// A quote that two outlets give to two speakers names the second one.
TEST_F(RenderTest, AQuoteGivenToAnotherSpeakerNamesIt) {
  FactGroup g;
  g.kind = FactKind::kQuote;
  g.about = "Nora Talbot";
  g.verdict = Verdict::kAgree;
  Fact first;
  first.kind = FactKind::kQuote;
  first.article = 0;
  first.begin = 0;
  first.end = 12;
  first.normalized_text = "Nora Talbot";
  Fact second = first;
  second.article = 1;
  second.normalized_text = "Owen Marsk";
  g.claims = {first, second};
  report_.facts = {g};
  report_.corroborated = true;
  const std::string text = Render(report_, OutputFormat::kText);
  EXPECT_NE(
      text.find("Nora Talbot (quote): \u201cTwenty buses\u201d [1] / \u201cTwenty buses\u201d "
                "(Owen Marsk) [2]"),
      std::string::npos)
      << text;
}

TEST(RenderFormatTest, UnknownFormatIsAnError) {
  auto f = ParseOutputFormat("pdf");
  ASSERT_FALSE(f.has_value());
  EXPECT_NE(f.error().message().find("unknown format \"pdf\""), std::string::npos);
  EXPECT_EQ(*ParseOutputFormat("md"), OutputFormat::kMarkdown);
}

TEST(DisplayTextTest, FoldsWhitespaceRuns) { EXPECT_EQ(DisplayText("  a\n b\t\tc  "), "a b c"); }

}  // namespace
}  // namespace crosswire
