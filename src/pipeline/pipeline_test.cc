#include "crosswire/pipeline.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "crosswire/stream.h"

namespace crosswire {
namespace {

// A story of the given texts, as articles r1, r2, ... (outlets of the same
// names, sources r1.txt, ...).
Story StoryOf(const std::vector<std::string>& texts) {
  Story story;
  story.id = "t";
  for (size_t i = 0; i < texts.size(); ++i) {
    Article a;
    a.id = a.outlet = "r" + std::to_string(i + 1);
    a.source = a.id + ".txt";
    a.text = texts[i];
    story.articles.push_back(a);
  }
  return story;
}

Story TwoReports() {
  return StoryOf(
      {"Twenty buses waited at the crossing in eastern Aleppo to take people out of the city. "
       "The evacuation was delayed by several hours on Wednesday morning.",
       "Twenty buses were waiting at the crossing in eastern Aleppo to take people out. "
       "Officials said the convoy would leave once the ceasefire held."});
}

// Each row: a request that must be refused before anything is read, and a
// fragment of the message.
TEST(ValidateReportOptionsTest, RefusesBadOptionsNamingThem) {
  struct Case {
    const char* what;
    ReportRequest request;
    const char* message;
  };
  std::vector<Case> cases;
  auto with = [](auto change) {
    ReportRequest r;
    change(r);
    return r;
  };
  cases.push_back({"two budgets", with([](ReportRequest& r) { r.words = 10, r.bytes = 100; }),
                   "give one budget"});
  cases.push_back({"zero words", with([](ReportRequest& r) { r.words = 0; }), "out of range"});
  cases.push_back({"unknown method", with([](ReportRequest& r) { r.method = "magic"; }),
                   "unknown method \"magic\""});
  cases.push_back({"unknown parameter", with([](ReportRequest& r) {
                     r.method_parameters = {{"speed", 1}};
                   }),
                   "has no parameter \"speed\""});
  cases.push_back({"parameter out of range", with([](ReportRequest& r) {
                     r.method = "mmr";
                     r.method_parameters = {{"lambda", 3}};
                   }),
                   "out of range: got 3, expected 0 to 1"});
  cases.push_back({"parameter twice", with([](ReportRequest& r) {
                     r.method = "mmr";
                     r.method_parameters = {{"lambda", 0.5}, {"lambda", 0.6}};
                   }),
                   "given twice"});
  cases.push_back({"prefix of a language is not a language",
                   with([](ReportRequest& r) { r.language = "germ"; }),
                   "unknown language \"germ\""});
  cases.push_back(
      {"unknown language", with([](ReportRequest& r) { r.language = "klingon"; }), "german (de)"});
  cases.push_back({"input format", with([](ReportRequest& r) { r.input_format = "pdf"; }), "pdf"});
  cases.push_back({"output format", with([](ReportRequest& r) { r.output_format = "xml"; }),
                   "unknown format \"xml\""});
  cases.push_back(
      {"blank query", with([](ReportRequest& r) { r.query = " \n"; }), "query is empty"});
  cases.push_back(
      {"since is no time", with([](ReportRequest& r) { r.since = "last tuesday"; }), "--since"});
  for (const Case& c : cases) {
    auto options = ValidateReportOptions(c.request);
    ASSERT_FALSE(options.has_value()) << c.what;
    EXPECT_EQ(options.error().code(), ErrorCode::kInvalidInput) << c.what;
    EXPECT_NE(options.error().message().find(c.message), std::string::npos)
        << c.what << ": " << options.error().message();
  }
}

TEST(ValidateReportOptionsTest, AcceptsLanguageNamesAndCodesAlike) {
  for (const char* given : {"german", "de", "DE", "deu", "German"}) {
    ReportRequest request;
    request.language = given;
    auto options = ValidateReportOptions(request);
    ASSERT_TRUE(options.has_value()) << given << ": " << options.error().message();
    EXPECT_EQ(options->language().name, "german") << given;
    EXPECT_EQ(options->language().code, "de") << given;
  }
}

TEST(BuildReportTest, DigestCitationsAndFactsComeFromOneCall) {
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(TwoReports(), *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ASSERT_FALSE(report->summary.sentences.empty());
  EXPECT_TRUE(report->corroborated);
  // The wire sentence both outlets carry is cited for the other outlet.
  bool cited = false;
  for (const SummarySentence& s : report->summary.sentences) cited |= !s.support.empty();
  EXPECT_TRUE(cited);
}

// A fact-box line without final punctuation is a heading whose figures are
// statements ("Velmarsk 412 dead, 1,038 injured"); the names, dates and
// times of headings (datelines, bylines, credits) are not read as claims.
TEST(BuildReportTest, HeadingFiguresAreReadAndTheirNamesAreNot) {
  const Story story =
      StoryOf({"Figures released on Saturday on the earthquake in the north of the country.\n\n"
               "Velmarsk 412 dead, 1,038 injured\n\nBy Ilona Varga\n\n"
               "Rescuers searched the ruins of the town through the night.",
               "The earthquake killed 412 people in Velmarsk, officials said on Saturday. "
               "Rescuers searched the ruins through the night."});
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  bool heading_figure = false;
  for (const FactGroup& g : report->facts) {
    for (const Fact& f : g.claims) {
      if (f.article == 0 && f.value == "412") heading_figure = true;
      EXPECT_NE(f.about, "Ilona Varga");
    }
  }
  EXPECT_TRUE(heading_figure);
}

TEST(BuildReportTest, ReportOutlivesEverythingItWasBuiltFrom) {
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  Report kept;
  {
    Story story = TwoReports();
    auto report = BuildReport(story, *options);
    ASSERT_TRUE(report.has_value());
    kept = *report;  // a copy; the original and the story die here
  }
  std::string text = Render(kept, OutputFormat::kText);
  EXPECT_NE(text.find("Twenty buses"), std::string::npos) << text;
}

TEST(BuildReportTest, EmptyArticleIsSkippedWithAWarningUnlessStrict) {
  Story story = TwoReports();
  story.warnings.push_back(
      "r3.txt: article \"r3\" is empty (no text, or whitespace only); skipped");
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value());
  ASSERT_EQ(report->warnings.size(), 1u);
  EXPECT_NE(report->warnings[0].find("r3"), std::string::npos);

  ReportRequest strict;
  strict.strict = true;
  auto strict_options = ValidateReportOptions(strict);
  ASSERT_TRUE(strict_options.has_value());
  auto refused = BuildReport(story, *strict_options);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message().find("r3"), std::string::npos);
  EXPECT_NE(refused.error().message().find("--strict"), std::string::npos);
}

TEST(BuildReportTest, ArticleOfPageFurnitureOnlyIsListedWithAWarning) {
  Story story = TwoReports();
  Article furniture;
  furniture.id = furniture.outlet = "r3";
  furniture.source = "r3.txt";
  furniture.text =
      "Advertisement\n\nShare this article\n\nFollow us on Twitter\n\nSign up for our "
      "newsletter";
  story.articles.push_back(furniture);
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value());
  ASSERT_EQ(report->warnings.size(), 1u);
  EXPECT_NE(report->warnings[0].find("r3.txt: article \"r3\" has no running text"),
            std::string::npos)
      << report->warnings[0];
  // The two real reports raise no such warning.
  auto plain = BuildReport(TwoReports(), *options);
  ASSERT_TRUE(plain.has_value());
  EXPECT_TRUE(plain->warnings.empty());
}

TEST(BuildReportTest, StoryWithoutUsableArticleIsAnErrorSayingWhy) {
  Story story;
  story.warnings.push_back("a.txt: article \"a\" is empty (no text, or whitespace only); skipped");
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(story, *options);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(report.error().message().find("no usable article"), std::string::npos);
  EXPECT_NE(report.error().message().find("a.txt"), std::string::npos);
}

TEST(BuildReportTest, SentencesFormatIsTheDigestAlone) {
  ReportRequest request;
  request.output_format = "sentences";
  request.corroborate = false;
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options.has_value());
  auto report = BuildReport(TwoReports(), *options);
  ASSERT_TRUE(report.has_value());
  EXPECT_FALSE(report->corroborated);
  std::string lines = RenderReport(*report, *options);
  size_t newlines = std::count(lines.begin(), lines.end(), '\n');
  EXPECT_EQ(newlines, report->summary.sentences.size());
  EXPECT_EQ(lines.find('['), std::string::npos) << "no citations in the bare digest: " << lines;
}

// --since: the articles published at or before it are read; the digest
// quotes only later ones, and an undated article counts as unread, with a
// warning naming it.
TEST(BuildReportTest, SinceMakesAnUpdateDigestOfTheLaterArticles) {
  Story story = TwoReports();
  story.articles[0].published = "2016-12-14T08:00:00Z";
  story.articles[1].published = "2016-12-14T18:00:00Z";
  ReportRequest request;
  request.since = "2016-12-14T12:00:00Z";
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options.has_value()) << options.error().message();
  auto report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ASSERT_FALSE(report->summary.sentences.empty());
  for (const SummarySentence& s : report->summary.sentences) {
    EXPECT_EQ(report->analyzed.sentences[s.sentence].article, 1u);
    // "Twenty buses ... crossing" repeats what r1 said: not news.
    EXPECT_EQ(report->analyzed.text(report->analyzed.sentences[s.sentence]).find("Twenty buses"),
              std::string_view::npos);
  }
  ASSERT_FALSE(report->summary.notes.empty());
  EXPECT_NE(report->summary.notes.back().find("update digest"), std::string::npos);

  story.articles[1].published.reset();
  report = BuildReport(story, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ASSERT_EQ(report->warnings.size(), 1u);
  EXPECT_NE(report->warnings[0].find("\"r2\" has no usable publication time"), std::string::npos)
      << report->warnings[0];
}

TEST(BuildReportTest, UpdateWithNothingNewIsAnError) {
  auto options = ValidateReportOptions(ReportRequest{});
  ASSERT_TRUE(options.has_value());
  auto report = BuildUpdateReport(TwoReports(), {true, true}, *options);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(report.error().message().find("nothing is new"), std::string::npos);
}

// `crosswire cluster` with the story-merge step: the articles are reported
// once each, in arrival order, with the story ids after every merge (no id
// of a story merged away), so each event is one story.
TEST(ClusterInputsTest, ReportsStoriesAfterMerges) {
  ClusterOptions o;
  o.join_threshold = 0.999;  // the single pass opens a story for (nearly) every article
  o.merge_every = 3;
  std::vector<ClusteredArticle> seen;
  auto n = ClusterInputs({std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/cluster/stream"}, o, {},
                         [&](const ClusteredArticle* a, const std::vector<std::string>&) {
                           if (a != nullptr) seen.push_back(*a);
                         });
  ASSERT_TRUE(n.has_value()) << n.error().message();
  ASSERT_EQ(seen.size(), 9u);
  EXPECT_EQ(seen.front().id, "quake-1");
  auto event = [](const std::string& id) { return id.substr(0, id.find('-')); };
  for (const ClusteredArticle& a : seen) {
    for (const ClusteredArticle& b : seen) {
      EXPECT_EQ(event(a.id) == event(b.id), a.story == b.story) << a.id << " vs " << b.id;
    }
  }
  // One article opened each surviving story.
  std::map<size_t, int> opened;
  for (const ClusteredArticle& a : seen) opened[a.story] += a.opened ? 1 : 0;
  for (const auto& [story, count] : opened) EXPECT_EQ(count, 1) << story;
}

}  // namespace
}  // namespace crosswire
