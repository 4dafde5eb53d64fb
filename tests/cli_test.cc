// End-to-end tests of the crosswire command on the bundled example and on bad
// input: exit codes, messages naming the culprit, and the output contract.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli_runner.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

const std::string kExample = ShellQuote(SourcePath("examples/aleppo-2016-12-14"));

// A scratch directory removed at the end of each test.
class ScratchDir {
 public:
  ScratchDir() {
    static int n = 0;
    path_ = fs::temp_directory_path() /
            ("crosswire_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::create_directories(path_);
  }
  ~ScratchDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    fs::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

size_t CountWords(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  size_t n = 0;
  while (in >> w) ++n;
  return n;
}

// The digest part of `report` text output: lines before the first blank line.
std::vector<std::string> DigestLines(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line) && !line.empty()) lines.push_back(line);
  return lines;
}

TEST(CliReportTest, ExampleDigestFitsHundredWordsAndCitesEverySentence) {
  CliResult r = RunCli("report " + kExample + " --words 100");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = DigestLines(r.out);
  ASSERT_GE(lines.size(), 2u) << r.out;
  size_t words = 0;
  // A complete sentence (its closing punctuation, maybe inside a quote or
  // parenthesis; curly quotes are multi-byte, so alternatives, not a class)
  // followed by its citations.
  const std::regex cited("(.*(?:[.!?\"')]|\u201d|\u2019)) ((\\[[1-5]\\])+)$");
  for (const std::string& line : lines) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, cited)) << "no citation or incomplete: " << line;
    words += CountWords(m[1].str());
    EXPECT_EQ(line.find("Image credit"), std::string::npos) << line;
  }
  EXPECT_LE(words, 100u);
  EXPECT_GE(words, 60u) << "the budget should be mostly used";
  EXPECT_NE(r.out.find("Sources"), std::string::npos);
}

TEST(CliReportTest, SomeDigestSentenceIsCorroboratedByAnotherReport) {
  CliResult r = RunCli("report " + kExample + " --words 100");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(\]\[)"))) << r.out;
}

TEST(CliReportTest, JsonMatchesTheContract) {
  CliResult r = RunCli("report " + kExample + " --words 100 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["format"], "crosswire/1");
  ASSERT_EQ(doc["articles"].size(), 5u);
  std::map<std::string, std::string> texts;
  for (const auto& a : doc["articles"]) {
    for (const char* key : {"id", "outlet", "title", "url", "published", "source"}) {
      EXPECT_TRUE(a.contains(key)) << key;
    }
    std::ifstream in(a["source"].get<std::string>(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts[a["id"]] = ss.str();
  }
  EXPECT_EQ(doc["articles"][0]["id"], "report-1");
  EXPECT_EQ(doc["articles"][0]["outlet"], "report-1");
  EXPECT_EQ(doc["summary"]["budget"]["unit"], "words");
  EXPECT_EQ(doc["summary"]["budget"]["limit"], 100);
  ASSERT_FALSE(doc["summary"]["sentences"].empty());
  for (const auto& s : doc["summary"]["sentences"]) {
    // The byte span points at the sentence in the article as read.
    const std::string& body = texts[s["article"]];
    size_t b = s["byte_span"][0], e = s["byte_span"][1];
    ASSERT_LE(e, body.size());
    std::string span = body.substr(b, e - b);
    EXPECT_EQ(std::regex_replace(span, std::regex(R"(\s+)"), " "), s["text"]);
    for (const auto& sup : s["support"]) {
      EXPECT_NE(sup["article"], s["article"]);
      EXPECT_GT(sup["similarity"].get<double>(), 0.0);
      EXPECT_TRUE(sup["sentence_index"].is_number_unsigned());
    }
  }
  EXPECT_TRUE(doc["facts"].is_array());
  EXPECT_TRUE(doc["warnings"].is_array());
}

TEST(CliReportTest, HtmlAndMarkdownAreProduced) {
  ScratchDir dir;
  std::string out = dir.path() + "/digest.html";
  CliResult r = RunCli("report " + kExample + " --format html -o " + ShellQuote(out));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_NE(ss.str().find("<mark>"), std::string::npos);
  CliResult md = RunCli("report " + kExample + " --format markdown");
  ASSERT_EQ(md.exit_code, 0);
  EXPECT_EQ(md.out.rfind("# ", 0), 0u);
}

TEST(CliSummarizeTest, BytesBudgetAsRougeCountsIt) {
  CliResult r = RunCli("summarize " + kExample + " --bytes 665");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string joined = r.out;
  if (!joined.empty() && joined.back() == '\n') joined.pop_back();
  EXPECT_LE(joined.size(), 665u);
  EXPECT_GT(joined.size(), 400u);
}

TEST(CliSummarizeTest, ReadsStandardInput) {
  CliResult r =
      RunCli("summarize - --sentences 1", SourcePath("examples/aleppo-2016-12-14/report-3.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

// ---- Bad input: one test per path, each checking the exit code and message.

struct BadCase {
  std::string name;
  std::string args;  // after the command name
  int exit_code;
  std::string fragment;  // must appear on stderr
};

TEST(CliBadInputTest, UsageErrorsExitTwoAndNameTheOption) {
  const BadCase cases[] = {
      {"zero budget", kExample + " --words 0", 2, "budget of 0 words is out of range"},
      {"negative budget", kExample + " --words -5", 2, "-5"},
      {"absurd budget", kExample + " --bytes 99999999999", 2, "out of range"},
      {"two budgets", kExample + " --words 5 --bytes 10", 2, "excludes"},
      {"unknown method", kExample + " --method magic", 2, "unknown method \"magic\""},
      {"unknown format", kExample + " --format pdf", 2, "unknown format \"pdf\""},
      {"unknown language", kExample + " --language klingon", 2, "german (de)"},
      {"a prefix is no language", kExample + " --language germ", 2, "unknown language \"germ\""},
      {"unknown parameter", kExample + " --param speed=2", 2, "has no parameter \"speed\""},
      {"parameter not a number", kExample + " --param max-nodes=many", 2, "is not a number"},
      {"no input", "", 2, "INPUT"},
  };
  for (const BadCase& c : cases) {
    CliResult r = RunCli("report " + c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find(c.fragment), std::string::npos) << c.name << ": " << r.err;
  }
}

// `crosswire serve` runs `crosswire-serve` (cli/serve_run.h): its options
// reach the server, whose own checks answer.
TEST(CliServeTest, ServeRunsTheServerExecutableWithTheOptions) {
  CliResult r = RunCli("serve --store /nonexistent-dir/x.db --port 70000");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("port 70000 is out of range"), std::string::npos) << r.err;
}

// The start-up cost of every command other than serve: `crosswire` does not
// load the HTTP server's library, which brings TLS and compression with it.
TEST(CliServeTest, CrosswireDoesNotLinkTheHttpServer) {
  std::ifstream in(CROSSWIRE_BINARY, std::ios::binary);
  ASSERT_TRUE(in) << CROSSWIRE_BINARY;
  std::stringstream bytes;
  bytes << in.rdbuf();
  EXPECT_EQ(bytes.str().find("libcpp-httplib.so"), std::string::npos);
  EXPECT_EQ(bytes.str().find("libssl.so"), std::string::npos);
}

TEST(CliBadInputTest, MissingFileIsNamed) {
  CliResult r = RunCli("report /nonexistent/story.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("crosswire: error: "), std::string::npos);
  EXPECT_NE(r.err.find("/nonexistent/story.txt"), std::string::npos) << r.err;
}

TEST(CliBadInputTest, EmptyDirectoryIsAnError) {
  ScratchDir dir;
  CliResult r = RunCli("report " + ShellQuote(dir.path()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir.path()), std::string::npos) << r.err;
}

TEST(CliBadInputTest, EmptyArticleIsSkippedNamedAndFatalOnlyUnderStrict) {
  ScratchDir dir;
  dir.Write("a.txt", "Buses waited at the crossing in eastern Aleppo for hours on end.");
  dir.Write("b.txt", "  \n\n ");
  CliResult r = RunCli("report " + ShellQuote(dir.path()) + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("crosswire: warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("b.txt"), std::string::npos) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["articles"].size(), 1u);
  ASSERT_EQ(doc["warnings"].size(), 1u);
  EXPECT_NE(doc["warnings"][0].get<std::string>().find("b.txt"), std::string::npos);

  CliResult strict = RunCli("report " + ShellQuote(dir.path()) + " --strict");
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("b.txt"), std::string::npos) << strict.err;
  EXPECT_NE(strict.err.find("--strict"), std::string::npos) << strict.err;
}

TEST(CliBadInputTest, StoryOfEmptyArticlesIsAnError) {
  ScratchDir dir;
  dir.Write("b.txt", "  \n\n ");
  CliResult r = RunCli("report " + ShellQuote(dir.path()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no usable article"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("b.txt"), std::string::npos) << r.err;
}

TEST(CliBadInputTest, InvalidUtf8IsRepairedAndWarned) {
  ScratchDir dir;
  std::string file = dir.Write("bad.txt",
                               "Buses waited at the crossing in eastern \xFF"
                               "Aleppo for hours on end today.");
  CliResult r = RunCli("report " + ShellQuote(file) + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning"), std::string::npos);
  EXPECT_NE(r.err.find("bad.txt"), std::string::npos) << r.err;
  auto doc = nlohmann::json::parse(r.out);  // valid UTF-8, or parse would throw
  ASSERT_EQ(doc["warnings"].size(), 1u);
  EXPECT_NE(doc["summary"]["sentences"][0]["text"].get<std::string>().find("\xEF\xBF\xBD"),
            std::string::npos);
}

TEST(CliBadInputTest, HugeArticleNamesTheLimit) {
  ScratchDir dir;
  std::string big(50u << 20, 'a');
  for (size_t i = 80; i < big.size(); i += 81) big[i] = ' ';
  std::string file = dir.Write("huge.txt", big);
  CliResult r = RunCli("report " + ShellQuote(file));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("huge.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("MiB"), std::string::npos) << r.err;
}

TEST(CliBadInputTest, MalformedJsonlLineAmongAThousandIsNamed) {
  ScratchDir dir;
  std::string jsonl;
  for (int i = 1; i <= 1000; ++i) {
    if (i == 517) {
      jsonl += "{\"id\": \"x517\", \"text\": \"unterminated}\n";
    } else {
      jsonl += "{\"id\": \"a" + std::to_string(i) +
               "\", \"text\": \"Buses waited at the crossing in Aleppo number " +
               std::to_string(i) + ".\"}\n";
    }
  }
  std::string file = dir.Write("stream.jsonl", jsonl);
  CliResult r = RunCli("report " + ShellQuote(file));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("stream.jsonl:517"), std::string::npos) << r.err;
}

TEST(CliBadInputTest, HtmlWithoutTextIsAnError) {
  ScratchDir dir;
  std::string file = dir.Write(
      "empty.html",
      "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>");
  CliResult r = RunCli("report " + ShellQuote(file));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.html"), std::string::npos) << r.err;
}

TEST(CliBadInputTest, UnwritableOutputIsAnError) {
  CliResult r = RunCli("report " + kExample + " -o /nonexistent/dir/out.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/dir/out.txt"), std::string::npos) << r.err;
}

// ---- bench with peer commands, on a one-topic DUC-layout set written here
// (no DUC text: the data may not be copied). Needs neither OTS nor R.

std::string WriteMiniDuc(const ScratchDir& dir) {
  fs::path root = fs::path(dir.path()) / "duc";
  fs::create_directories(root / "docs" / "D0901A");
  fs::create_directories(root / "models");
  for (int d = 0; d < 2; ++d) {
    std::ofstream(root / "docs" / "D0901A" / ("DOC" + std::to_string(d)))
        << "<DOC>\n<DOCNO> D0901A-" << d << " </DOCNO>\n<TEXT>\n<P>\n"
        << "Rescue teams reached the flooded valley town on Monday morning after the storm.\n"
        << "</P>\n<P>\nOfficials said " << 10 + d
        << " people were missing and hundreds were homeless.\n</P>\n</TEXT>\n</DOC>\n";
  }
  std::ofstream(root / "models" / "D0901.M.250.A.A")
      << "Rescue teams reached the flooded town on Monday.\nMany people were missing.\n";
  return root.string();
}

TEST(CliBenchTest, PeerCommandIsScoredAndTimedBesideMethods) {
  ScratchDir dir;
  std::string data = WriteMiniDuc(dir);
  std::string keep = dir.path() + "/keep";
  CliResult r =
      RunCli("bench --dataset duc " + ShellQuote(data) + " --method lead --words 20" + " --keep " +
             ShellQuote(keep) + " --peer-command " + ShellQuote("first=head -c 100") +
             " --peer-command " + ShellQuote("budget=echo {words}; cat"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("| lead |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| first |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| CPU ms/topic | wall ms/topic |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("start-up included"), std::string::npos) << r.out;
  std::ifstream first(keep + "/D0901.first");
  std::string line;
  ASSERT_TRUE(std::getline(first, line));
  EXPECT_EQ(line,
            "Rescue teams reached the flooded valley town on Monday morning after the storm.");
  std::ifstream budget(keep + "/D0901.budget");
  ASSERT_TRUE(std::getline(budget, line));
  EXPECT_EQ(line, "20");
}

TEST(CliBenchTest, FailingPeerCommandNamesPeerTopicAndItsStderr) {
  ScratchDir dir;
  std::string data = WriteMiniDuc(dir);
  CliResult r = RunCli("bench --dataset duc " + ShellQuote(data) + " --method lead --words 20" +
                       " --peer-command " + ShellQuote("broken=echo no model here >&2; exit 4"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("crosswire: error: peer broken, topic D0901: exited with status 4"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("no model here"), std::string::npos) << r.err;
}

TEST(CliBenchTest, SlowPeerCommandIsKilled) {
  ScratchDir dir;
  std::string data = WriteMiniDuc(dir);
  CliResult r = RunCli("bench --dataset duc " + ShellQuote(data) + " --method lead --words 20" +
                       " --peer-timeout 0.2 --peer-command " + ShellQuote("slow=sleep 20"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("peer slow, topic D0901: ran past its time limit of 200 ms"),
            std::string::npos)
      << r.err;
}

TEST(CliBenchTest, PeerCommandUsageErrorsExitTwo) {
  ScratchDir dir;
  std::string data = ShellQuote(WriteMiniDuc(dir));
  const BadCase cases[] = {
      {"no command", data + " --peer-command ots", 2, "expected NAME=COMMAND"},
      {"no name", data + " --peer-command " + ShellQuote("=ots.sh"), 2, "expected NAME=COMMAND"},
      {"name taken", data + " --method lead --peer-command " + ShellQuote("lead=cat"), 2,
       "\"lead\" is used twice"},
      {"zero timeout", data + " --peer-timeout 0 --peer-command x=cat", 2,
       "peer time limit of 0 ms is out of range"},
  };
  for (const BadCase& c : cases) {
    CliResult r = RunCli("bench " + c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find(c.fragment), std::string::npos) << c.name << ": " << r.err;
  }
}

}  // namespace
}  // namespace crosswire::testing
