#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "crosswire/ingest.h"
#include "crosswire/timestamp.h"
#include "reader_util.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

namespace fs = std::filesystem;
using testing::Fixture;
using testing::ScratchDir;

TEST(DucReaderTest, ReadsFileWithoutExtensionByContent) {
  auto story = ReadStory({Fixture("duc/XIE20000101.0001")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 1u);
  const Article& article = story->articles[0];
  EXPECT_EQ(article.id, "XIE20000101.0001");
  EXPECT_EQ(article.outlet, "XIE");
  EXPECT_EQ(article.title, "Wetland reserve opens & grows");
  EXPECT_EQ(article.published, "2000-01-01T08:30:27");
  EXPECT_EQ(article.source, Fixture("duc/XIE20000101.0001"));
  // Paragraphs joined by blank lines; <ANNOTATION> and typesetting codes dropped.
  EXPECT_EQ(article.text,
            "GENEVA (Xinhua) -- A new wetland reserve opened on Saturday, officials said.\n\n"
            "The reserve covers 300 square kilometers.\n\n"
            "Birds ``return every year,'' one ranger said.");
}

TEST(DucReaderTest, ReadsSeveralDocumentsPerFileWithAndWithoutParagraphTags) {
  auto story = ReadStory({Fixture("duc/two_docs.sgml")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 2u);
  const Article& first = story->articles[0];
  EXPECT_EQ(first.id, "APW19980101.0002");
  EXPECT_EQ(first.published, "1998-01-02T13:29:00");
  EXPECT_EQ(first.title, "Paragraphs without P tags");
  EXPECT_EQ(first.source, Fixture("duc/two_docs.sgml") + ":1");
  EXPECT_EQ(first.text,
            "BERLIN (AP) _ The first paragraph starts indented and continues on a second line.\n\n"
            "The second paragraph also starts indented.\n\n"
            "A third one starts with a tab code.");
  const Article& second = story->articles[1];
  EXPECT_EQ(second.id, "NYT19980102.0003");
  EXPECT_EQ(second.published, "1998-01-02");
  EXPECT_EQ(second.source, Fixture("duc/two_docs.sgml") + ":22");
  EXPECT_TRUE(second.text.starts_with("By A. WRITER\n\nThe story of this document sits before"))
      << second.text;
  EXPECT_NE(second.text.find("\n\nIt has a second paragraph too."), std::string::npos);
  EXPECT_TRUE(second.text.ends_with("NEWS SERVICE")) << second.text;
}

TEST(DucReaderTest, DropsNytDeskMarkersButKeepsTheStory) {
  ScratchDir dir;
  const std::string file =
      dir.Write("NYT19990827.0397",
                "<DOC>\n<DOCNO> NYT19990827.0397 </DOCNO>\n"
                "<DATE_TIME> 1999-08-27 </DATE_TIME>\n<BODY>\n<TEXT>\n"
                "<P>\n   The council voted on Tuesday.\n</P>\n"
                "<P>\n   nn\n</P>\n"
                "<P>\n   (BEGIN OPTIONAL TRIM)\n</P>\n"
                "<P>\n   Critics said the vote (nn in all) came too late.\n</P>\n"
                "<P>\n   (END OPTIONAL TRIM)\n</P>\n"
                "</TEXT>\n</BODY>\n</DOC>\n");
  auto story = ReadStory({file});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 1u);
  EXPECT_EQ(story->articles[0].text,
            "The council voted on Tuesday.\n\nCritics said the vote (nn in all) came too late.");
}

// ReadFirstArticles gives what ReadStory and KeepFirstArticles give, reading
// the text of only the kept articles.
void ExpectSameStory(const Story& got, const Story& want) {
  EXPECT_EQ(got.id, want.id);
  ASSERT_EQ(got.articles.size(), want.articles.size());
  for (size_t a = 0; a < want.articles.size(); ++a) {
    EXPECT_EQ(got.articles[a].id, want.articles[a].id);
    EXPECT_EQ(got.articles[a].source, want.articles[a].source);
    EXPECT_EQ(got.articles[a].published, want.articles[a].published);
    EXPECT_EQ(got.articles[a].title, want.articles[a].title);
    EXPECT_EQ(got.articles[a].outlet, want.articles[a].outlet);
    EXPECT_EQ(got.articles[a].text, want.articles[a].text);
  }
  EXPECT_EQ(got.warnings, want.warnings);
}

Story ReadThenKeep(const std::string& dir, size_t count) {
  auto story = ReadStory({dir});
  EXPECT_TRUE(story.has_value()) << story.error().message();
  KeepFirstArticles(&story->articles, count);
  return *story;
}

std::string DucDocument(std::string_view docno, std::string_view date, std::string_view text) {
  return fmt::format("<DOC>\n<DOCNO> {} </DOCNO>\n{}<BODY>\n<TEXT>\n{}\n</TEXT>\n</BODY>\n</DOC>\n",
                     docno, date.empty() ? "" : fmt::format("<DATE_TIME> {} </DATE_TIME>\n", date),
                     text);
}

TEST(DucReaderTest, FirstArticlesAreThoseOfTheWholeStoryInPublicationOrder) {
  ScratchDir dir;
  // Named against publication order; one undated, two at the same minute
  // (the id decides), one whose day and month are swapped (repaired, with a
  // warning), one with an empty text (skipped with a warning when read).
  dir.Write("APW19980601.0001", DucDocument("APW19980601.0001", "", "<P> Undated. </P>"));
  dir.Write("APW19980603.0002", DucDocument("APW19980603.0002", "1998-03-06 11:28:00",
                                            "<P> Swapped day and month. </P>"));
  dir.Write("NYT19980602.0003",
            DucDocument("NYT19980602.0003", "1998-06-02 09:00", "<P> Second at nine. </P>"));
  dir.Write("NYT19980602.0001",
            DucDocument("NYT19980602.0001", "1998-06-02 09:00", "<P> First at nine. </P>"));
  dir.Write("XIE19980601.0004", DucDocument("XIE19980601.0004", "1998-06-01 08:00", "<P> </P>"));
  dir.Write("XIE19980604.0005",
            DucDocument("XIE19980604.0005", "1998-06-04 10:00", "<P> Latest dated. </P>"));
  for (size_t count : {1u, 2u, 3u, 4u, 5u, 6u, 0u}) {
    SCOPED_TRACE(count);
    auto first = ReadFirstArticles(dir.path(), count);
    ASSERT_TRUE(first.has_value()) << first.error().message();
    // The empty article is the earliest: it is read, skipped and reported.
    ExpectSameStory(*first, ReadThenKeep(dir.path(), count));
  }
  auto two = ReadFirstArticles(dir.path(), 2);
  ASSERT_TRUE(two.has_value());
  ASSERT_EQ(two->articles.size(), 2u);
  EXPECT_EQ(two->articles[0].id, "NYT19980602.0001");
  EXPECT_EQ(two->articles[1].id, "NYT19980602.0003");
}

TEST(DucReaderTest, FirstArticlesReadWholeWhatIsNotOneDucDocumentPerFile) {
  ScratchDir dir;
  dir.Write("b.sgml", DucDocument("B1", "1998-06-02", "<P> Two. </P>") +
                          DucDocument("B2", "1998-06-01", "<P> One. </P>"));
  dir.Write("a.txt", "A plain text file written on a later day.");
  dir.Write("c", DucDocument("C1", "1998-06-03", "<P> Three. </P>"));
  auto first = ReadFirstArticles(dir.path(), 2);
  ASSERT_TRUE(first.has_value()) << first.error().message();
  ExpectSameStory(*first, ReadThenKeep(dir.path(), 2));
  ASSERT_EQ(first->articles.size(), 2u);
  EXPECT_EQ(first->articles[0].id, "B2");
}

TEST(DucReaderTest, FirstArticlesOfAStoryNoLargerThanAskedKeepFileOrder) {
  ScratchDir dir;
  dir.Write("A", DucDocument("A", "1998-06-03", "<P> Latest. </P>"));
  dir.Write("B", DucDocument("B", "1998-06-01", "<P> Earliest. </P>"));
  dir.Write("C", DucDocument("C", "1998-06-02", "<P> </P>"));  // empty: two articles remain
  auto first = ReadFirstArticles(dir.path(), 2);
  ASSERT_TRUE(first.has_value()) << first.error().message();
  ExpectSameStory(*first, ReadThenKeep(dir.path(), 2));
  ASSERT_EQ(first->articles.size(), 2u);
  EXPECT_EQ(first->articles[0].id, "A");
}

TEST(DucReaderTest, NormalizesKnownDateForms) {
  const std::pair<std::string_view, std::optional<std::string>> kCases[] = {
      {" 1999-07-07 08:30:27 ", "1999-07-07T08:30:27"},
      {"1998-06-12 22:16", "1998-06-12T22:16"},
      {"1999-07-07", "1999-07-07"},
      {"08/12/1998 13:29:00", "1998-08-12T13:29:00"},
      {"19980812", "1998-08-12"},
      {"  ", std::nullopt},
      {"June 5, 1998", std::nullopt},  // not a form we read: unset, with a warning
  };
  for (const auto& [raw, expected] : kCases) {
    std::vector<std::string> warnings;
    EXPECT_EQ(internal::NormalizePublished(raw, "doc:3", &warnings), expected) << raw;
    if (raw == "June 5, 1998") {
      ASSERT_EQ(warnings.size(), 1u);
      EXPECT_EQ(warnings[0],
                "doc:3: publication time left unset: invalid timestamp \"June 5, 1998\": "
                "\"June\" is not a day name");
    } else {
      EXPECT_TRUE(warnings.empty()) << raw;
    }
  }
}

TEST(DucReaderTest, DayAndMonthSwappedAreRepairedWhenTheDocnoConfirms) {
  struct Case {
    std::string_view docno, date_time;
    std::optional<std::string> published;
    std::string_view warning;  // fragment; empty: none
  };
  const Case kCases[] = {
      {"APW19980627.0401", "1998-27-06 10:27:00", "1998-06-27T10:27:00",
       "doc.sgml:1: <DATE_TIME> \"1998-27-06 10:27:00\" has day and month swapped (the DOCNO "
       "says 1998-06-27); read as 1998-06-27 10:27:00"},
      // Parses as 6 March, but the DOCNO says 3 June.
      {"APW19980603.0227", "1998-03-06 05:43:00", "1998-06-03T05:43:00", "day and month swapped"},
      // Agrees with the DOCNO, or a day off (time zones): taken as written.
      {"APW19980603.0227", "1998-06-03 05:43:00", "1998-06-03T05:43:00", ""},
      {"NYT19980603.0227", "1998-06-02 23:43", "1998-06-02T23:43", ""},
      // Unreadable: the DOCNO's day, with a warning.
      {"APW19980603.0227", "soon", "1998-06-03",
       "publication time left unset: invalid timestamp \"soon\": \"soon\" is not a day name; the "
       "date 1998-06-03 is taken from the DOCNO"},
      // Unreadable and no date in the DOCNO: unset, with a warning.
      {"XIE-1", "soon", std::nullopt, "doc.sgml:1: publication time left unset"},
  };
  for (const auto& c : kCases) {
    std::vector<std::string> warnings;
    std::string doc = fmt::format(
        "<DOC>\n<DOCNO> {} </DOCNO>\n<DATE_TIME> {} </DATE_TIME>\n<TEXT> Words. </TEXT>\n</DOC>\n",
        c.docno, c.date_time);
    auto articles = ParseContent(doc, "doc.sgml", InputFormat::kDucSgml, {}, &warnings);
    ASSERT_TRUE(articles.has_value()) << articles.error().message();
    EXPECT_EQ((*articles)[0].published, c.published) << c.date_time;
    if (c.warning.empty()) {
      EXPECT_TRUE(warnings.empty()) << c.date_time << ": " << warnings[0];
    } else {
      ASSERT_EQ(warnings.size(), 1u) << c.date_time;
      EXPECT_NE(warnings[0].find(c.warning), std::string::npos) << warnings[0];
    }
  }
}

TEST(DucReaderTest, UnreadableDateIsWarnedAboutAndLeftUnset) {
  std::vector<std::string> warnings;
  auto articles = ParseContent(
      "<DOC>\n<DOCNO> APW1 </DOCNO>\n<DATE_TIME> soon </DATE_TIME>\n<TEXT> Words. "
      "</TEXT>\n</DOC>\n",
      "doc.sgml", InputFormat::kDucSgml, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  EXPECT_FALSE((*articles)[0].published.has_value());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("doc.sgml:1: publication time left unset"), std::string::npos)
      << warnings[0];
}

struct DucErrorCase {
  std::string_view content;
  std::string_view fragment;
};

TEST(DucReaderTest, EmptyDocumentIsSkippedWithAWarningNamingIt) {
  std::vector<std::string> warnings;
  auto articles = ParseContent(
      "<DOC>\n<DOCNO> A1 </DOCNO>\n<TEXT>\n<P> </P>\n</TEXT>\n</DOC>\n"
      "<DOC>\n<DOCNO> A2 </DOCNO>\n<TEXT>\n<P> Words here. </P>\n</TEXT>\n</DOC>\n",
      "doc", InputFormat::kDucSgml, {}, &warnings);
  ASSERT_TRUE(articles.has_value()) << articles.error().message();
  ASSERT_EQ(articles->size(), 1u);
  EXPECT_EQ((*articles)[0].id, "A2");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("doc:1: article \"A1\" is empty"), std::string::npos) << warnings[0];
}

TEST(DucReaderTest, BrokenStructureIsAnErrorNamingTheLine) {
  const DucErrorCase kCases[] = {
      {"<DOC>\n<DOCNO> A1 </DOCNO>\n<TEXT> words\n", "doc:1: <DOC> is not closed by </DOC>"},
      {"\n\n<DOC>\n<TEXT> words </TEXT>\n</DOC>\n", "doc:3: <DOC> has no <DOCNO>"},
      {"<DOC>\n<DOCNO> A1 </DOCNO>\n</DOC>\n", "doc:1: document \"A1\" has no <TEXT>"},
  };
  for (const auto& c : kCases) {
    auto articles = ParseContent(c.content, "doc", InputFormat::kDucSgml, {}, nullptr);
    ASSERT_FALSE(articles.has_value()) << c.content;
    EXPECT_EQ(articles.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(articles.error().message().find(c.fragment), std::string::npos)
        << articles.error().message();
  }
}

TEST(DucReaderTest, TopicsFileGivenAsArticlesIsAnError) {
  auto story = ReadStory({Fixture("duc/topics.sgml")});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(story.error().message().find("topics file"), std::string::npos)
      << story.error().message();
}

TEST(DucTopicsTest, ReadsNumTitleAndNarrative) {
  auto topics = ReadDucTopics(Fixture("duc/topics.sgml"));
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  ASSERT_EQ(topics->size(), 2u);
  EXPECT_EQ((*topics)[0].id, "D0601A");
  EXPECT_EQ((*topics)[0].title, "Native American Reservation System - pros and cons");
  EXPECT_EQ((*topics)[0].narrative,
            "Discuss conditions on reservations. Include legal privileges and problems.");
  EXPECT_EQ((*topics)[1].id, "D0602B");
  EXPECT_EQ((*topics)[1].narrative, "Discuss the prevalence of steroid use.");
}

TEST(DucTopicsTest, MissingFileIsNotFound) {
  auto topics = ReadDucTopics(Fixture("duc/no-such-topics.sgml"));
  ASSERT_FALSE(topics.has_value());
  EXPECT_EQ(topics.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(topics.error().message().find("no-such-topics.sgml: no such file"), std::string::npos);
}

TEST(DucTopicsTest, FileWithoutTopicsIsAnError) {
  ScratchDir dir;
  auto topics = ReadDucTopics(dir.Write("t.sgml", "nothing here\n"));
  ASSERT_FALSE(topics.has_value());
  EXPECT_EQ(topics.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(topics.error().message().find("no <topic> found"), std::string::npos);
}

// ---- The real data sets (skipped when ../shared/data is absent) ------------

std::string SharedData(std::string_view path) {
  return std::string(CROSSWIRE_SHARED_DATA) + "/" + std::string(path);
}

TEST(DucDataTest, FirstArticlesOfEveryDuc2006TopicAreThoseOfTheWholeTopic) {
  std::string docs = SharedData("duc2006/docs");
  if (!fs::is_directory(docs)) GTEST_SKIP() << docs << " is absent (shared data not installed)";
  for (const auto& entry : fs::directory_iterator(docs)) {
    for (size_t count : {1u, 10u, 24u}) {
      SCOPED_TRACE(entry.path().string() + " " + std::to_string(count));
      auto first = ReadFirstArticles(entry.path().string(), count);
      ASSERT_TRUE(first.has_value()) << first.error().message();
      ExpectSameStory(*first, ReadThenKeep(entry.path().string(), count));
    }
  }
}

TEST(DucDataTest, ReadsAllFiftyDuc2006TopicsWithTwentyFiveArticlesEach) {
  std::string docs = SharedData("duc2006/docs");
  if (!fs::is_directory(docs)) GTEST_SKIP() << docs << " is absent (shared data not installed)";
  std::vector<std::string> topics;
  for (const auto& entry : fs::directory_iterator(docs)) topics.push_back(entry.path().string());
  std::sort(topics.begin(), topics.end());
  ASSERT_EQ(topics.size(), 50u);
  size_t articles = 0;
  size_t date_warnings = 0;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& topic : topics) {
    auto story = ReadStory({topic});
    ASSERT_TRUE(story.has_value()) << story.error().message();
    EXPECT_EQ(story->articles.size(), 25u) << topic;
    // One file in the set swaps day and month in <DATE_TIME>; its DOCNO
    // gives the date, and the repair is reported.
    for (const std::string& warning : story->warnings) {
      EXPECT_NE(warning.find("has day and month swapped (the DOCNO says 1998-06-"),
                std::string::npos)
          << warning;
      ++date_warnings;
    }
    for (const Article& article : story->articles) {
      ++articles;
      // The file is named after its DOCNO.
      EXPECT_EQ(article.id, fs::path(article.source).filename().string());
      EXPECT_GT(article.text.size(), 100u) << article.source;
      ASSERT_TRUE(article.published.has_value()) << article.source;
      EXPECT_TRUE(ParseTimestamp(*article.published).has_value()) << *article.published;
      EXPECT_EQ(article.text.find('<'), std::string::npos) << article.source;
      EXPECT_EQ(article.text.find("&HT;"), std::string::npos) << article.source;
    }
  }
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(articles, 1250u);
  EXPECT_GT(date_warnings, 0u);
  // About 50 ms on an idle core; the bound only catches a gross regression
  // (say, something quadratic) without failing on a busy machine.
  EXPECT_LT(elapsed, std::chrono::seconds(3));
  std::cout << "read " << articles << " DUC 2006 articles in "
            << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
}

TEST(DucDataTest, ReadsDuc2006AndDuc2007Topics) {
  struct TopicsFile {
    std::string_view path;
    size_t count;
    std::string_view first_id;
  };
  const TopicsFile kFiles[] = {
      {"duc2006/duc2006_topics.sgml", 50, "D0601A"},
      {"duc2007/main/duc2007_topics.sgml", 45, "D0701A"},
      {"duc2007/update/duc2007_UPDATEtopics.sgml", 10, "D0703A"},
  };
  for (const auto& file : kFiles) {
    std::string path = SharedData(file.path);
    if (!fs::exists(path)) GTEST_SKIP() << path << " is absent (shared data not installed)";
    auto topics = ReadDucTopics(path);
    ASSERT_TRUE(topics.has_value()) << topics.error().message();
    ASSERT_EQ(topics->size(), file.count) << path;
    EXPECT_EQ(topics->front().id, file.first_id);
    for (const Topic& topic : *topics) {
      EXPECT_FALSE(topic.title.empty()) << topic.id;
      EXPECT_FALSE(topic.narrative.empty()) << topic.id;
    }
  }
}

}  // namespace
}  // namespace crosswire::ingest
