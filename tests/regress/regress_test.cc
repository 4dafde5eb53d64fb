// Regression tests for issue 15 (reliability): one test, or one table of
// cases, per numbered reproducer of the issue, each written from its
// description. Each failed before its fix (a crash, runaway memory, a wrong
// span or unsafe output without an error) and now ends in a correct result or
// a clear error. Most run the built `crosswire` binary as a user would; the
// rest call the library entry point the reproducer reached. Run them under
// ASan/UBSan with `make asan`.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.h"
#include "crosswire/evaluate.h"
#include "crosswire/ingest.h"
#include "crosswire/render.h"
#include "crosswire/utf8.h"
#include "porter_stemmer.h"

namespace crosswire::testing {
namespace {

namespace fs = std::filesystem;

const std::string kExample = ShellQuote(SourcePath("examples/aleppo-2016-12-14"));

// A scratch directory removed at the end of each test.
class Scratch {
 public:
  Scratch() {
    static int n = 0;
    path_ = fs::temp_directory_path() /
            ("crosswire_regress_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::create_directories(path_);
  }
  ~Scratch() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `shell_prefix | crosswire args` (the prefix feeds standard input).
CliResult RunPiped(const std::string& shell_prefix, const std::string& args) {
  std::string err_path =
      fs::temp_directory_path() / ("crosswire_regress_err_" + std::to_string(::getpid()));
  std::string cmd = "set -o pipefail; " + shell_prefix + " | " + ShellQuote(CROSSWIRE_BINARY) +
                    " " + args + " 2>" + err_path;
  CliResult r;
  FILE* pipe = ::popen(("bash -c " + ShellQuote(cmd)).c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFile(err_path);
  fs::remove(err_path);
  return r;
}

// Every error the CLI prints is one "crosswire: error: ..." line, never a
// library's own wording or an abort.
void ExpectCleanError(const CliResult& r, int exit_code, const std::string& fragment) {
  EXPECT_EQ(r.exit_code, exit_code) << r.err;
  EXPECT_TRUE(r.err.starts_with("crosswire: error: ")) << r.err;
  EXPECT_NE(r.err.find(fragment), std::string::npos) << "expected \"" << fragment << "\" in\n"
                                                     << r.err;
}

const char kStory[] =
    "Officials said on Monday that 40 people were killed in the flood. "
    "The river rose two metres overnight, according to the Water Agency.\n\n"
    "Rescue teams from Lyon arrived on Tuesday. Mayor Anne Dupont said the city would "
    "rebuild the bridge within a year.\n";

// ---- 1. A file name that is not UTF-8 ---------------------------------------

TEST(Regress01NonUtf8FileName, JsonAndHtmlOutputAreValidUtf8) {
  Scratch dir;
  std::string file = dir.Write("\xff\xfe-report.txt", kStory);
  for (const char* format : {"json", "html", "text", "markdown"}) {
    CliResult r = RunCli("report " + ShellQuote(file) + " --format " + format);
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_TRUE(IsValidUtf8(r.out)) << format;
    if (std::string(format) == "json") {
      auto doc = nlohmann::json::parse(r.out);  // throws on invalid JSON
      EXPECT_EQ(doc["articles"].size(), 1u);
    }
  }
}

// ---- 2. A deeply nested ROUGE configuration ---------------------------------

TEST(Regress02DeepRougeConfig, NestingPastTheLimitIsAnErrorNotAStackOverflow) {
  Scratch dir;
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<a>";
  for (int i = 0; i < 20000; ++i) deep += "</a>";
  std::string config =
      dir.Write("deep.xml", "<ROUGE_EVAL version=\"1.5.5\">" + deep + "</ROUGE_EVAL>");
  auto evals = ReadRougeConfig(config);
  ASSERT_FALSE(evals.has_value());
  EXPECT_EQ(evals.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(evals.error().message().find("kMaxRougeConfigDepth"), std::string::npos);
  CliResult r = RunCli("evaluate -a " + ShellQuote(config));
  ExpectCleanError(r, 1, "kMaxRougeConfigDepth");
}

TEST(Regress02DeepRougeConfig, MalformedNumericReferencesDoNotThrow) {
  Scratch dir;
  for (const char* ref : {"&#xZZ;", "&#;", "&#99999999999999999999;", "&#x110000;", "&#xD800;"}) {
    std::string config =
        dir.Write("c.xml", std::string("<ROUGE_EVAL><EVAL ID=\"1\"><PEER-ROOT>p") + ref +
                               "</PEER-ROOT><MODEL-ROOT>m</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"/>"
                               "<PEERS><P ID=\"1\">x</P></PEERS><MODELS><M ID=\"A\">y</M></MODELS>"
                               "</EVAL></ROUGE_EVAL>");
    auto evals = ReadRougeConfig(config);
    ASSERT_TRUE(evals.has_value()) << ref << ": " << evals.error().message();
    EXPECT_TRUE(IsValidUtf8(evals->at(0).peers.at("1"))) << ref;
  }
}

// ---- 3. A 30,000-letter word under the Porter stemmer -----------------------

TEST(Regress03LongWordStem, StemmerIsLinearAndDoesNotRecurse) {
  for (const char* suffix : {"e", "ational", "ement", "ing", "ies"}) {
    std::string word(30000, 'b');
    for (size_t i = 0; i < word.size(); i += 2) word[i] = 'a';
    word += suffix;
    std::string stem = rouge::PorterStem(word);
    EXPECT_FALSE(stem.empty()) << suffix;
    EXPECT_LE(stem.size(), word.size()) << suffix;
  }
}

TEST(Regress03LongWordStem, EvaluateWithStemmingScoresALongWord) {
  Scratch dir;
  std::string word;
  for (int i = 0; i < 15000; ++i) word += "ba";
  dir.Write("sys/D1.s1", word + "ational\n");
  dir.Write("refs/D1.A", word + "e\n");
  CliResult r = RunCli("evaluate --system " + ShellQuote(dir.path() + "/sys") + " --references " +
                       ShellQuote(dir.path() + "/refs") + " -m -a -n 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ROUGE-1 Average_R"), std::string::npos) << r.out;
}

// ---- 4. Unbounded skip bigrams and bootstrap resamples ----------------------

std::string ManyWords(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i)
    text += "w" + std::to_string(i % 5000) + (i % 20 == 19 ? "\n" : " ");
  return text;
}

TEST(Regress04RougeLimits, UnlimitedSkipDistanceOnAHugeSummaryIsRefusedBeforeWork) {
  Scratch dir;
  dir.Write("sys/D1.s1", ManyWords(100000));
  dir.Write("refs/D1.A", ManyWords(1000));
  auto start = std::chrono::steady_clock::now();
  CliResult r = RunCli("evaluate --system " + ShellQuote(dir.path() + "/sys") + " --references " +
                       ShellQuote(dir.path() + "/refs") + " -2 -1 -b 0 -a");
  ExpectCleanError(r, 1, "kMaxSkipBigramsPerSummary");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(Regress04RougeLimits, HugeSentencesAreRefusedBeforeTheLcsTable) {
  Scratch dir;
  std::string line;
  for (int i = 0; i < 6000; ++i) line += "w" + std::to_string(i) + " ";
  dir.Write("sys/D1.s1", line + "\n");
  dir.Write("refs/D1.A", line + "\n");
  CliResult r = RunCli("evaluate --system " + ShellQuote(dir.path() + "/sys") + " --references " +
                       ShellQuote(dir.path() + "/refs") + " -a -n 1");
  ExpectCleanError(r, 1, "kMaxLcsCellsPerSentencePair");
}

TEST(Regress04RougeLimits, TooManyResamplesIsAUsageError) {
  CliResult r = RunCli("evaluate -r 100000000 -a config.xml");
  ExpectCleanError(r, 2, "kMaxRougeResamples");
  RougeOptions options;
  options.resamples = kMaxRougeResamples + 1;
  auto report = EvaluateRouge({}, options, RougeData{});
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code(), ErrorCode::kResourceExhausted);
}

// ---- 5. /dev/zero and huge standard input -----------------------------------

TEST(Regress05BoundedReads, DevZeroIsRefusedAsBinaryAfterItsHead) {
  auto start = std::chrono::steady_clock::now();
  CliResult r = RunCli("report /dev/zero");
  ExpectCleanError(r, 1, "binary");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  // Forced to text, it is read only as far as the article limit.
  r = RunCli("report --input-format text /dev/zero");
  ExpectCleanError(r, 1, "binary");
}

TEST(Regress05BoundedReads, HugeTextOnStdinStopsAtTheArticleLimit) {
  // 100 MB of text: refused once 8 MiB are read; `head` sees the pipe closed.
  CliResult r = RunPiped("yes 'The river rose again overnight.' | head -c 100000000", "report -");
  ExpectCleanError(r, 1, "max_article_bytes");
  EXPECT_NE(r.err.find("stopped reading"), std::string::npos) << r.err;
}

TEST(Regress05BoundedReads, LimitIsEnforcedWhileReadingAPipe) {
  Scratch dir;
  std::string fifo = dir.path() + "/fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // A writer that would send 64 MiB; the reader must stop after 8 MiB.
  std::string cmd = "(yes 'Flood waters rose.' | head -c 67108864 > " + ShellQuote(fifo) +
                    " 2>/dev/null &) ; true";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto story = ingest::ReadStory({fifo});
  ASSERT_FALSE(story.has_value());
  EXPECT_EQ(story.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(story.error().message().find("max_article_bytes"), std::string::npos);
}

// ---- 6. Byte spans index the file as read -----------------------------------

// Every summary sentence's byte_span, applied to the file on disk, gives back
// the sentence (after the same repair and whitespace folding).
void ExpectSpansIndexFile(const std::string& file_bytes, const std::string& file) {
  CliResult r = RunCli("report " + ShellQuote(file) + " --format json --sentences 20");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  auto sentences = doc["summary"]["sentences"];
  ASSERT_GE(sentences.size(), 3u);
  for (const auto& s : sentences) {
    size_t begin = s["byte_span"][0], end = s["byte_span"][1];
    ASSERT_LE(end, file_bytes.size());
    std::string raw = file_bytes.substr(begin, end - begin);
    EXPECT_EQ(DisplayText(RepairUtf8(raw).text), s["text"].get<std::string>())
        << "span [" << begin << ", " << end << ")";
  }
  for (const auto& f : doc["facts"]) {
    for (const auto& c : f["claims"]) {
      size_t begin = c["byte_span"][0], end = c["byte_span"][1];
      ASSERT_LE(end, file_bytes.size());
      EXPECT_EQ(DisplayText(RepairUtf8(file_bytes.substr(begin, end - begin)).text),
                c["text"].get<std::string>());
    }
  }
}

TEST(Regress06Spans, ByteOrderMarkDoesNotShiftSpans) {
  Scratch dir;
  std::string bytes = "\xEF\xBB\xBF" + std::string(kStory);
  ExpectSpansIndexFile(bytes, dir.Write("bom.txt", bytes));
}

TEST(Regress06Spans, RepairedBytesDoNotShiftSpans) {
  Scratch dir;
  // Latin-1 bytes (1 byte each, 3 after repair) and a truncated sequence.
  std::string bytes =
      "Officials in Montr\xe9"
      "al said on Monday that 40 people were killed in the flood. "
      "The river rose two m\xe8tres overnight, according to the Water Agency \xe2\x82.\n\n"
      "Rescue teams from Lyon arrived on Tuesday. Mayor Ren\xe9"
      "e Dupont said the city would "
      "rebuild the bridge within a year.\n";
  ExpectSpansIndexFile(bytes, dir.Write("latin1.txt", bytes));
}

// ---- 7. UTF-16 and binary input ---------------------------------------------

std::string ToUtf16(std::string_view ascii, bool big_endian, bool bom) {
  std::string out;
  if (bom) out += big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char c : ascii) {
    if (big_endian) out += '\0';
    out += c;
    if (!big_endian) out += '\0';
  }
  return out;
}

TEST(Regress07Encodings, Utf16IsDecodedToTheSameDigestAsUtf8) {
  Scratch dir;
  CliResult want = RunCli("summarize " + ShellQuote(dir.Write("u8/a.txt", kStory)));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  struct Case {
    const char* name;
    bool big_endian, bom;
  };
  for (Case c : {Case{"le-bom", false, true}, Case{"be-bom", true, true},
                 Case{"le-nobom", false, false}, Case{"be-nobom", true, false}}) {
    std::string file =
        dir.Write(std::string(c.name) + "/a.txt", ToUtf16(kStory, c.big_endian, c.bom));
    CliResult r = RunCli("summarize " + ShellQuote(file));
    EXPECT_EQ(r.exit_code, 0) << c.name << ": " << r.err;
    EXPECT_EQ(r.out, want.out) << c.name;
    EXPECT_EQ(r.err, "") << c.name;
  }
}

TEST(Regress07Encodings, BinaryFileIsRefusedNamingIt) {
  Scratch dir;
  std::string binary = ReadFile("/bin/ls");
  ASSERT_GT(binary.size(), 1000u);
  std::string file = dir.Write("ls.txt", binary);
  CliResult r = RunCli("report " + ShellQuote(file));
  ExpectCleanError(r, 1, "ls.txt: looks like a binary file");
  EXPECT_EQ(r.out, "");
  // The same through the library entry point the fuzzers use.
  auto parsed = ingest::ParseContent(binary, "ls.txt", ingest::InputFormat::kAuto, {}, nullptr);
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message().find("NUL byte at offset"), std::string::npos);
}

// ---- 8. Unsafe Markdown and HTML --------------------------------------------

TEST(Regress08SafeOutput, MarkdownEscapesHtmlFromArticles) {
  Scratch dir;
  std::string file = dir.Write(
      "a.txt",
      "Officials said <script>alert(1)</script> forty people died in the flood on Monday. "
      "Witnesses saw <img src=x onerror=alert(2)> the river rise two metres overnight. "
      "Click [here](javascript:alert(3)) said the mayor of the city on Tuesday.\n");
  CliResult r = RunCli("report " + ShellQuote(file) + " --format markdown --sentences 5");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("<script"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("<img"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("[here](javascript:"), std::string::npos) << r.out;  // no live link
  EXPECT_NE(r.out.find("\\[here\\](javascript:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("&lt;script&gt;"), std::string::npos) << r.out;
}

TEST(Regress08SafeOutput, HtmlLinksOnlyWebUrls) {
  Scratch dir;
  std::string file = dir.Write(
      "a.jsonl",
      "{\"id\":\"a\",\"url\":\"javascript:alert(1)\",\"text\":\"Officials said forty people "
      "died in the flood on Monday. The river rose two metres.\"}\n"
      "{\"id\":\"b\",\"url\":\" JavaScript:alert(2)\",\"text\":\"Forty people died in the flood, "
      "officials said on Monday.\"}\n"
      "{\"id\":\"c\",\"url\":\"https://example.org/flood\",\"text\":\"The flood killed forty "
      "people on Monday.\"}\n");
  CliResult r = RunCli("report " + ShellQuote(file) + " --format html");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("href=\"javascript:"), std::string::npos);
  EXPECT_EQ(r.out.find("href=\" JavaScript:"), std::string::npos);
  EXPECT_NE(r.out.find("href=\"https://example.org/flood\""), std::string::npos);
  EXPECT_NE(r.out.find("javascript:alert(1)"), std::string::npos);  // shown, not linked
}

// ---- 9. Unclosed DUC elements -----------------------------------------------

TEST(Regress09DucStructure, UnclosedOrNestedElementsAreErrorsNamingFileAndLine) {
  struct Case {
    const char* name;
    std::string sgml;
    std::string expected;
  };
  const std::string text = "<TEXT>\n<P>\nForty people died.\n</P>\n</TEXT>\n";
  const Case cases[] = {
      {"docno", "<DOC>\n<DOCNO> APW1\n" + text + "</DOC>\n", "doc.sgml:2: <DOCNO> is not closed"},
      {"headline", "<DOC>\n<DOCNO>APW1</DOCNO>\n<HEADLINE> Flood\n" + text + "</DOC>\n",
       "doc.sgml:3: <HEADLINE> is not closed"},
      {"text", "<DOC>\n<DOCNO>APW1</DOCNO>\n<TEXT>\n<P>Forty people died.</P>\n</DOC>\n",
       "doc.sgml:3: <TEXT> is not closed"},
      {"p",
       "<DOC>\n<DOCNO>APW1</DOCNO>\n<TEXT>\n<P>\nForty died.\n<P>\nMore.\n</P>\n</TEXT>\n</DOC>\n",
       "doc.sgml:4: <P> is not closed by </P> before the next <P>"},
      {"last p", "<DOC>\n<DOCNO>APW1</DOCNO>\n<TEXT>\n<P>\nForty died.\n</TEXT>\n</DOC>\n",
       "doc.sgml:4: <P> is not closed by </P> before </TEXT>"},
      {"nested", "<DOC>\n<DOCNO>APW1</DOCNO>\n<DOC>\n<DOCNO>APW2</DOCNO>\n" + text + "</DOC>\n",
       "doc.sgml:3: <DOC> inside the <DOC> of line 1"},
  };
  for (const Case& c : cases) {
    auto parsed =
        ingest::ParseContent(c.sgml, "doc.sgml", ingest::InputFormat::kDucSgml, {}, nullptr);
    ASSERT_FALSE(parsed.has_value()) << c.name;
    EXPECT_NE(parsed.error().message().find(c.expected), std::string::npos)
        << c.name << ": " << parsed.error().message();
  }
  Scratch dir;
  CliResult r = RunCli("report " + ShellQuote(dir.Write("doc.sgml", cases[0].sgml)));
  ExpectCleanError(r, 1, "doc.sgml:2: <DOCNO> is not closed");
}

// ---- 10. Configurations without models or peers -----------------------------

TEST(Regress10RougeConfig, NoModelsOrNoPeersIsAnError) {
  Scratch dir;
  dir.Write("p/x", "Forty people died.\n");
  dir.Write("m/y", "Forty people died in the flood.\n");
  const std::string head = "<ROUGE_EVAL><EVAL ID=\"D1\"><PEER-ROOT>" + dir.path() +
                           "/p</PEER-ROOT><MODEL-ROOT>" + dir.path() +
                           "/m</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"/>";
  std::string no_models =
      dir.Write("no-models.xml", head + "<PEERS><P ID=\"1\">x</P></PEERS></EVAL></ROUGE_EVAL>");
  std::string no_peers =
      dir.Write("no-peers.xml", head + "<MODELS><M ID=\"A\">y</M></MODELS></EVAL></ROUGE_EVAL>");
  ExpectCleanError(RunCli("evaluate -a " + ShellQuote(no_models)), 1,
                   "no-models.xml:1: <EVAL ID=\"D1\"> has no model summaries");
  ExpectCleanError(RunCli("evaluate -a " + ShellQuote(no_peers)), 1,
                   "no-peers.xml: no <EVAL> has peer summaries");
  std::string ok =
      dir.Write("ok.xml", head +
                              "<PEERS><P ID=\"1\">x</P></PEERS>"
                              "<MODELS><M ID=\"A\">y</M></MODELS></EVAL></ROUGE_EVAL>");
  CliResult r = RunCli("evaluate -a -n 1 " + ShellQuote(ok));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // A peer named on the command line that no evaluation has.
  ExpectCleanError(RunCli("evaluate -n 1 " + ShellQuote(ok) + " 7"), 1,
                   "no evaluation has a summary of peer 7");
}

// ---- 11. Write errors ---------------------------------------------------------

TEST(Regress11WriteErrors, FullDeviceIsReportedWithItsReason) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "/dev/full is absent on this system";
  for (const std::string& args :
       {"report " + kExample + " --words 50 --format json", "summarize " + kExample,
        std::string("--version"), std::string("help")}) {
    CliResult r = RunCli(args + " >/dev/full");
    ExpectCleanError(r, 1, "cannot write standard output: No space left on device");
  }
}

// ---- 12. Command-line friction ----------------------------------------------

TEST(Regress12Cli, UsageErrorsUseTheCrosswireForm) {
  struct Case {
    std::string args;
    std::string expected;
  };
  const Case cases[] = {
      {"report " + kExample + " --words 10 --bytes 50", "--words excludes --bytes"},
      {"report " + kExample + " --words ''", "--words: expected a whole number"},
      {"report " + kExample + " --words 0x10", "--words: expected a whole number"},
      {"report " + kExample + " --words 1e12", "--words: expected a whole number"},
      {"report " + kExample + " --words 99999999999999999999", "is out of range"},
      {"report " + kExample + " --bytes 12abc", "--bytes: expected a whole number"},
      {"report " + kExample + " -l english", "-l"},  // -l is evaluate's length limit only
      {"report", "INPUT is required"},
      {"frobnicate", "unknown command \"frobnicate\""},
      {"help frobnicate", "unknown command \"frobnicate\""},
      {"", "no command given"},
  };
  for (const Case& c : cases) {
    CliResult r = RunCli(c.args);
    SCOPED_TRACE(c.args);
    ExpectCleanError(r, 2, c.expected);
    EXPECT_EQ(r.out, "");
  }
}

TEST(Regress12Cli, VersionHelpAndLanguage) {
  CliResult r = RunCli("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("crosswire ")) << r.out;
  r = RunCli("help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("report"), std::string::npos);
  r = RunCli("help report");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--language"), std::string::npos);
  r = RunCli("help evaluate");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("-l"), std::string::npos);
  r = RunCli("report " + kExample + " --language english --words 30");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Regress12Cli, ReadmeExampleLinesAreRealOutput) {
  // The README's example report: every line it shows (bar the marked cut)
  // is printed by the command.
  std::string readme = ReadFile(SourcePath("README.md"));
  size_t begin = readme.find("$ crosswire report examples/aleppo-2016-12-14 --words 100\n");
  ASSERT_NE(begin, std::string::npos);
  size_t end = readme.find("```", begin);
  std::istringstream shown(readme.substr(begin, end - begin));
  CliResult r = RunCli("report examples/aleppo-2016-12-14 --words 100", "", SourcePath(""));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string line;
  std::getline(shown, line);  // the command
  while (std::getline(shown, line)) {
    if (line == "  \u2026") continue;
    EXPECT_NE(r.out.find(line), std::string::npos) << "README shows a line not printed: " << line;
  }
}

// Limits are documented: every named limit constant appears in docs/formats.md.
TEST(Regress12Cli, EveryLimitIsDocumented) {
  std::string doc = ReadFile(SourcePath("docs/formats.md"));
  for (const char* name :
       {"kMaxArticleBytes", "kMaxInputBytes", "kMaxArticlesPerStory", "kMaxHtmlDepth",
        "kMaxClaimsPerStory", "kMaxRougeFileBytes", "kMaxRougeConfigDepth", "kMaxRougeResamples",
        "kMaxSkipBigramsPerSummary", "kMaxLcsCellsPerSentencePair"}) {
    EXPECT_NE(doc.find(name), std::string::npos) << name << " is not in docs/formats.md";
  }
}

}  // namespace
}  // namespace crosswire::testing
