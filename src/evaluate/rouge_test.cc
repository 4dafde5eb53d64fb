// Unit tests of the ROUGE pieces: stemmer, random numbers, reading rules,
// metrics, options and every error path.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "crosswire/evaluate.h"
#include "perl_drand48.h"
#include "porter_stemmer.h"
#include "rouge_metrics.h"
#include "rouge_text.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;

TEST(PorterStemmerTest, MatchesRougeStemmer) {
  const std::pair<const char*, const char*> kCases[] = {
      {"caresses", "caress"},
      {"ponies", "poni"},
      {"cats", "cat"},
      {"feed", "feed"},
      {"agreed", "agre"},
      {"plastered", "plaster"},
      {"motoring", "motor"},
      {"hopping", "hop"},
      {"filing", "file"},
      {"happy", "happi"},
      {"relational", "relat"},
      {"conditional", "condit"},
      {"generalization", "gener"},
      {"hopefulness", "hope"},
      {"electrical", "electr"},
      {"adjustment", "adjust"},
      {"replacement", "replac"},
      {"controll", "control"},
      {"yelling", "yell"},
      {"youth", "youth"},
      {"agreement", "agreem"},
  };
  for (const auto& [word, stem] : kCases) EXPECT_EQ(rouge::PorterStem(word), stem) << word;
}

TEST(PerlDrand48Test, MatchesPerlRand) {
  // perl -e 'srand(0); print rand()' prints 0.17082803610629.
  rouge::PerlDrand48 r0(0);
  EXPECT_NEAR(r0.Next(), 0.17082803610629, 1e-14);
  rouge::PerlDrand48 r1(1);
  EXPECT_NEAR(r1.Next(), 0.0416303447718782, 1e-15);
}

TEST(RougeTextTest, PerlSplitKeepsLeadingEmptyField) {
  EXPECT_EQ(rouge::PerlSplitWhitespace(" a b").size(), 3u);
  EXPECT_EQ(rouge::PerlSplitWhitespace("a  b ").size(), 2u);
  EXPECT_EQ(rouge::PerlSplitWhitespace("   ").size(), 0u);
  EXPECT_EQ(rouge::PerlSplitWhitespace("").size(), 0u);
}

TEST(RougeTextTest, WordLimitCountsRawFields) {
  std::vector<std::string> s = {"(ap) - when a", "b c"};
  EXPECT_EQ(*rouge::TruncateJoined(s, 5, 0), "(ap) - when a b");
  EXPECT_EQ(*rouge::TruncateJoined(s, 0, 6), "(ap) -");
}

TEST(RougeTextTest, LcsByteLimitKeepsRougeQuirk) {
  std::vector<std::string> s = {"abcd", "efgh", "ijklmnop"};
  // Each sentence shorter than the limit is kept whole; the first one at least
  // as long is cut to the limit.
  EXPECT_EQ(rouge::TruncateUnits(s, 0, 6), (std::vector<std::string>{"abcd", "efgh", "ijklmn"}));
}

TEST(RougeMetricsTest, SkipBigramsWithUnigramsSkipLastToken) {
  auto table = rouge::BuildSkipBigramTable({1, 2, 3}, 4, true);
  EXPECT_EQ(table.total, 5);  // 1, 2 and (1,2), (1,3), (2,3)
}

TEST(RougeMetricsTest, UnionLcsClipsByUnigramCounts) {
  std::vector<rouge::Sentence> model = {{1, 2, 3, 4}};
  std::vector<rouge::Sentence> peer = {{1, 2}, {3, 4}};
  auto counts = rouge::BuildUnigramCounts({1, 2, 3, 4});
  auto r = rouge::UnionLcs(model, peer, counts, counts);
  EXPECT_EQ(r.hit, 4);
  EXPECT_EQ(r.base, 4);
}

class RougeFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("crosswire_rouge_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sys");
    fs::create_directories(dir_ / "ref");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) {
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }
  Result<RougeReport> Run(const std::vector<std::string>& args) {
    auto cl = ParseRougeArguments(args);
    if (!cl) return std::unexpected(cl.error());
    auto data = LoadRougeData(cl->exceptions, "");
    if (!data) return std::unexpected(data.error());
    auto evals = PairSummaryDirectories((dir_ / "sys").string(), (dir_ / "ref").string(),
                                        RougeInputFormat::kSpl);
    if (!evals) return std::unexpected(evals.error());
    return EvaluateRouge(*evals, cl->rouge, *data);
  }
  fs::path dir_;
};

TEST_F(RougeFilesTest, IdenticalSummaryScoresOne) {
  Write("sys/T1.s1", "The cat sat on the mat.\n");
  Write("ref/T1.A", "The cat sat on the mat.\n");
  auto report = Run({"--system", "x", "--references", "y", "-n", "2", "-d"});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->systems[0].metrics[0].average[0], "1.00000");
  EXPECT_EQ(report->systems[0].metrics[1].per_eval[0].first, "T1.s1");
}

TEST_F(RougeFilesTest, EmptySummaryScoresZeroWithWarning) {
  Write("sys/T1.s1", "");
  Write("ref/T1.A", "The cat sat on the mat.\n");
  auto report = Run({"--system", "x", "--references", "y", "-n", "1"});
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->systems[0].metrics[0].average[0], "0.00000");
  ASSERT_FALSE(report->warnings.empty());
  EXPECT_NE(report->warnings[0].find("empty summary"), std::string::npos);
}

TEST_F(RougeFilesTest, InvalidUtf8IsAnErrorInUnicodeMode) {
  Write("sys/T1.s1", "caf\xe9 au lait\n");
  Write("ref/T1.A", "caf\xc3\xa9 au lait\n");
  auto report = Run({"--system", "x", "--references", "y", "-n", "1", "--unicode"});
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(report.error().message().find("T1.s1: byte 3 is not valid UTF-8"), std::string::npos)
      << report.error().message();
}

TEST_F(RougeFilesTest, InvalidUtf8IsReadAsBytesByDefault) {
  Write("sys/T1.s1", "caf\xe9 au lait\n");
  Write("ref/T1.A", "caf au lait\n");
  auto report = Run({"--system", "x", "--references", "y", "-n", "1"});
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->systems[0].metrics[0].average[0], "1.00000");
  EXPECT_NE(report->warnings[0].find("not valid UTF-8"), std::string::npos);
}

TEST_F(RougeFilesTest, UnicodeModeKeepsNonLatinWords) {
  Write("sys/T1.s1", "Москва столица\n");
  Write("ref/T1.A", "москва большая\n");
  auto report = Run({"--system", "x", "--references", "y", "-n", "1", "--unicode"});
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->systems[0].metrics[0].average[0], "0.50000");
}

TEST_F(RougeFilesTest, MissingModelFileIsNamed) {
  Write("sys/T1.s1", "a b c\n");
  Write("ref/T1.A", "a b c\n");
  auto data = LoadRougeData(StemExceptions::kFull, "");
  std::vector<RougeEval> evals(1);
  evals[0].id = "T1";
  evals[0].peers["s1"] = (dir_ / "sys/T1.s1").string();
  evals[0].models.emplace_back("A", (dir_ / "ref/missing.A").string());
  auto report = EvaluateRouge(evals, RougeOptions{}, *data);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(report.error().message().find("missing.A"), std::string::npos);
}

TEST_F(RougeFilesTest, MissingSummaryFileIsNamed) {
  Write("ref/T1.A", "a b c\n");
  auto data = LoadRougeData(StemExceptions::kFull, "");
  std::vector<RougeEval> evals(1);
  evals[0].id = "T1";
  evals[0].peers["s1"] = (dir_ / "sys/nothere.s1").string();
  evals[0].models.emplace_back("A", (dir_ / "ref/T1.A").string());
  auto report = EvaluateRouge(evals, RougeOptions{}, *data);
  ASSERT_FALSE(report.has_value());
  EXPECT_NE(report.error().message().find("cannot open summary file"), std::string::npos);
  EXPECT_NE(report.error().message().find("nothere.s1"), std::string::npos);
}

TEST_F(RougeFilesTest, ConfigNamingMissingFileIsReported) {
  Write("ref/T1.A", "a b c\n");
  Write(
      "config.xml",
      "<ROUGE_EVAL version=\"1.5.5\">\n<EVAL ID=\"T1\">\n<PEER-ROOT>sys</PEER-ROOT>\n"
      "<MODEL-ROOT>" +
          (dir_ / "ref").string() +
          "</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\"/>\n"
          "<PEERS><P ID=\"1\">T1.1</P></PEERS>\n<MODELS><M ID=\"A\">T1.nope</M></MODELS>\n</EVAL>\n"
          "</ROUGE_EVAL>\n");
  auto evals = ReadRougeConfig((dir_ / "config.xml").string());
  ASSERT_TRUE(evals.has_value()) << evals.error().message();
  auto data = LoadRougeData(StemExceptions::kFull, "");
  auto report = EvaluateRouge(*evals, RougeOptions{}, *data);
  ASSERT_FALSE(report.has_value());
  EXPECT_NE(report.error().message().find("cannot find model summary"), std::string::npos);
  EXPECT_NE(report.error().message().find("T1.nope"), std::string::npos);
}

TEST_F(RougeFilesTest, MalformedConfigNamesFileAndLine) {
  Write("bad.xml", "<ROUGE_EVAL>\n<EVAL ID=\"T1\">\n<PEERS>\n</EVAL>\n");
  auto evals = ReadRougeConfig((dir_ / "bad.xml").string());
  ASSERT_FALSE(evals.has_value());
  EXPECT_NE(evals.error().message().find("bad.xml:4:"), std::string::npos)
      << evals.error().message();
}

TEST_F(RougeFilesTest, MissingConfigIsNotFound) {
  auto evals = ReadRougeConfig((dir_ / "none.xml").string());
  ASSERT_FALSE(evals.has_value());
  EXPECT_EQ(evals.error().code(), ErrorCode::kNotFound);
}

TEST_F(RougeFilesTest, SystemFileWithoutTopicDotIsRejected) {
  Write("sys/nodot", "a\n");
  Write("ref/T1.A", "a\n");
  auto evals = PairSummaryDirectories((dir_ / "sys").string(), (dir_ / "ref").string(),
                                      RougeInputFormat::kSpl);
  ASSERT_FALSE(evals.has_value());
  EXPECT_NE(evals.error().message().find("has no system id"), std::string::npos);
}

TEST(RougeOptionsTest, ParsesRougeStyleCommandLine) {
  auto cl = ParseRougeArguments(
      {"-n", "4", "-w", "1.2", "-m", "-2", "-1", "-U", "-am", "-l100", "-c", "95", "x.xml"});
  ASSERT_TRUE(cl.has_value()) << cl.error().message();
  EXPECT_EQ(cl->rouge.max_ngram, 4);
  EXPECT_EQ(cl->rouge.wlcs_weight_text, "1.2");
  EXPECT_EQ(*cl->rouge.skip_distance, -1);
  EXPECT_TRUE(cl->rouge.skip_both);
  EXPECT_TRUE(cl->all_systems);
  EXPECT_EQ(cl->rouge.length_limit_words, 100);
}

TEST(RougeOptionsTest, OutOfRangeOptionsNameTheOption) {
  const std::pair<std::vector<std::string>, const char*> kCases[] = {
      {{"-p", "1.5", "-a", "c"}, "option -p: alpha must be within 0 and 1"},
      {{"-c", "101", "-a", "c"}, "option -c: confidence must be within 0 and 100"},
      {{"-w", "0", "-a", "c"}, "option -w: ROUGE-W weight must be greater than 0"},
      {{"-n", "x", "-a", "c"}, "option -n: expected an integer"},
      {{"-t", "3", "-a", "c"}, "option -t: counting unit must be 0, 1 or 2"},
      {{"-r", "0", "-a", "c"}, "option -r: resamples must be >= 1"},
      {{"-r", "100000001", "-a", "c"}, "over the limit of 100000 (kMaxRougeResamples)"},
      {{"-f", "C", "-a", "c"}, "option -f: scoring formula must be A or B"},
      {{"-l", "10", "-b", "10", "-a", "c"}, "options -l and -b"},
      {{"-z", "XML", "c"}, "option -z: input format must be"},
      {{"-u", "-a", "c"}, "option -u: needs -2"},
      {{"-q", "-a", "c"}, "unknown option -q"},
      {{"-n"}, "option -n: needs a value"},
      {{"--stem-exceptions", "some", "-a", "c"}, "option --stem-exceptions: expected full or none"},
      {{"--format", "xml", "-a", "c"}, "option --format: expected text or json"},
      {{"-n", "2", "c"}, "give a system ID to evaluate or -a"},
      {{"-n", "2"}, "give a ROUGE configuration file"},
  };
  for (const auto& [args, fragment] : kCases) {
    auto cl = ParseRougeArguments(args);
    ASSERT_FALSE(cl.has_value()) << fragment;
    EXPECT_EQ(cl.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(cl.error().message().find(fragment), std::string::npos) << cl.error().message();
  }
}

TEST(RougeDataTest, ExceptionListLaterEntriesReplaceEarlier) {
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  EXPECT_EQ(data->exceptions.at("best"), "good");
  EXPECT_EQ(data->exceptions.at("is"), "be");
  EXPECT_EQ(data->exceptions.at("testes"), "testes");
  EXPECT_EQ(data->exceptions.at("involucra"), "involucrum");
  EXPECT_TRUE(data->stopwords.contains("the"));
  auto none = LoadRougeData(StemExceptions::kNone, "");
  EXPECT_TRUE(none->exceptions.empty());
}

TEST(RougeDataTest, MissingDataDirectoryIsNotFound) {
  auto data = LoadRougeData(StemExceptions::kFull, "/nonexistent/rouge-data");
  ASSERT_FALSE(data.has_value());
  EXPECT_EQ(data.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(data.error().message().find("smart_common_words.txt"), std::string::npos);
}

}  // namespace
}  // namespace crosswire
