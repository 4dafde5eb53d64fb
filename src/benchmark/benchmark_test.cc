#include "crosswire/benchmark.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosswire {
namespace {

namespace fs = std::filesystem;

// A two-topic DUC-layout data set written by the test: docs, topics, models.
class MiniDucTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("crosswire_minduc_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    for (const char* set : {"D0901A", "D0902B"}) {
      fs::create_directories(root_ / "docs" / set);
      for (int d = 0; d < 2; ++d) {
        std::ofstream(root_ / "docs" / set / ("DOC" + std::to_string(d)))
            << "<DOC>\n<DOCNO> " << set << "-" << d << " </DOCNO>\n<TEXT>\n<P>\n"
            << "Rescue teams reached the flooded valley town on Monday morning after the storm. "
            << "Officials said " << 10 + d << " people were missing and hundreds were homeless.\n"
            << "</P>\n</TEXT>\n</DOC>\n";
      }
    }
    fs::create_directories(root_ / "models");
    std::ofstream(root_ / "models" / "D0901.M.250.A.A")
        << "Rescue teams reached the flooded town on Monday.\nMany people were missing.\n";
    std::ofstream(root_ / "topics.sgml")
        << "<topic>\n<num> D0901A </num>\n<title> floods </title>\n<narr>\nDescribe the "
           "rescue.\n</narr>\n</topic>\n";
    work_ = root_ / "work";
    fs::create_directories(work_);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_, work_;
};

TEST_F(MiniDucTest, OnlyTopicsWithHumanSummariesAreLoaded) {
  auto topics = LoadDucDataset(root_.string());
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  ASSERT_EQ(topics->size(), 1u);
  EXPECT_EQ((*topics)[0].topic, "D0901");
  EXPECT_EQ((*topics)[0].set_id, "D0901A");
  EXPECT_EQ((*topics)[0].models.size(), 1u);
  EXPECT_EQ((*topics)[0].query, "floods. Describe the rescue.");
}

TEST_F(MiniDucTest, ScoresEveryMethodInOneRun) {
  auto topics = LoadDucDataset(root_.string());
  BenchmarkOptions options;
  options.methods = {"centroid", "lead"};
  options.budget = *Budget::Words(20);
  options.work_dir = work_.string();
  auto rouge = ParseRougeOptions(NistRougeArguments(20));
  ASSERT_TRUE(rouge.has_value()) << rouge.error().message();
  options.rouge = *rouge;
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto result = RunBenchmark(*topics, options, *data);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  ASSERT_EQ(result->rows.size(), 2u);
  EXPECT_EQ(result->rows[0].system, "centroid");
  ASSERT_FALSE(result->rows[0].metrics.empty());
  EXPECT_EQ(result->rows[0].metrics[0].name, "ROUGE-1");
  EXPECT_GT(std::stod(result->rows[0].metrics[0].average[0]), 0.3);
  EXPECT_TRUE(fs::exists(work_ / "D0901.centroid"));
  std::string table = FormatBenchmarkTable(*result);
  EXPECT_NE(table.find("| centroid |"), std::string::npos);
  EXPECT_NE(table.find("ROUGE-SU4"), std::string::npos);
}

// The update task's layout: docs/<set>/<set>-A, -B; part B's digest is an
// update digest whose read articles are part A's.
TEST(UpdateDatasetTest, PartsAreTopicsThatKnowTheEarlierParts) {
  fs::path root = fs::temp_directory_path() / ("crosswire_update_" + std::to_string(::getpid()));
  fs::remove_all(root);
  const char* texts[] = {
      "Rescue teams reached the flooded valley town on Monday morning after the storm.",
      "Engineers began repairing the broken dam above the valley town on Wednesday."};
  for (int part = 0; part < 2; ++part) {
    std::string name = std::string("D0901A-") + "AB"[part];
    fs::create_directories(root / "docs" / "D0901A" / name);
    for (int d = 0; d < 2; ++d) {
      std::ofstream(root / "docs" / "D0901A" / name / ("DOC" + std::to_string(part * 2 + d)))
          << "<DOC>\n<DOCNO> " << name << "-" << d << " </DOCNO>\n<TEXT>\n<P>\n"
          << texts[part] << " Officials said " << 10 + d
          << " people were missing in the valley.\n</P>\n</TEXT>\n</DOC>\n";
    }
  }
  fs::create_directories(root / "models");
  std::ofstream(root / "models" / "D0901-A.M.100.A.A") << "Rescue teams reached the town.\n";
  std::ofstream(root / "models" / "D0901-B.M.100.A.A") << "Engineers repaired the dam.\n";
  auto topics = LoadDucDataset(root.string());
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  ASSERT_EQ(topics->size(), 2u);
  EXPECT_EQ((*topics)[0].topic, "D0901-A");
  EXPECT_TRUE((*topics)[0].known_dirs.empty());
  EXPECT_EQ((*topics)[1].topic, "D0901-B");
  ASSERT_EQ((*topics)[1].known_dirs.size(), 1u);
  EXPECT_EQ(fs::path((*topics)[1].known_dirs[0]).filename(), "D0901A-A");

  fs::path work = root / "work";
  fs::create_directories(work);
  BenchmarkOptions options;
  options.methods = {"ilp"};
  options.budget = *Budget::Words(100);
  options.work_dir = work.string();
  options.rouge = *ParseRougeOptions(NistRougeArguments(100));
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto result = RunBenchmark(*topics, options, *data);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  std::ifstream in(work / "D0901-B.ilp");
  std::stringstream digest;
  digest << in.rdbuf();
  EXPECT_NE(digest.str().find("Engineers"), std::string::npos) << digest.str();
  EXPECT_EQ(digest.str().find("Rescue teams"), std::string::npos) << digest.str();
  fs::remove_all(root);
}

// The MiniDuc benchmark with peer commands only (no method), scored at 20 words.
class MiniDucPeerTest : public MiniDucTest {
 protected:
  Result<BenchmarkResult> Run(std::vector<PeerCommand> commands, int64_t timeout_ms = 10'000) {
    auto topics = LoadDucDataset(root_.string());
    if (!topics) return std::unexpected(topics.error());
    BenchmarkOptions options;
    options.methods = {"lead"};
    options.budget = *Budget::Words(20);
    options.work_dir = work_.string();
    options.peer_commands = std::move(commands);
    options.peer_timeout_ms = timeout_ms;
    options.rouge = *ParseRougeOptions(NistRougeArguments(20));
    auto data = LoadRougeData(StemExceptions::kFull, "");
    if (!data) return std::unexpected(data.error());
    return RunBenchmark(*topics, options, *data);
  }
  std::string ReadWork(const std::string& name) {
    std::ifstream in(work_ / name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
};

TEST_F(MiniDucPeerTest, CommandIsRunPerTopicTimedWrittenAndScored) {
  // `head` exists everywhere: the first sentence of the first article, give or take.
  auto result = Run({{"head", "head -c 100"}, {"budget", "echo {words} words; cat"}});
  ASSERT_TRUE(result.has_value()) << result.error().message();
  ASSERT_EQ(result->rows.size(), 3u);
  const BenchmarkRow& head = result->rows[1];
  EXPECT_EQ(head.system, "head");
  EXPECT_EQ(head.kind, BenchmarkRow::Kind::kPeerCommand);
  ASSERT_FALSE(head.metrics.empty());
  EXPECT_GT(std::stod(head.metrics[0].average[0]), 0.1);
  EXPECT_GT(head.wall_ms_per_topic, 0);
  EXPECT_GT(head.peak_rss_mib, 0);
  EXPECT_GT(result->process_peak_rss_mib, 0);
  EXPECT_EQ(ReadWork("D0901.head").substr(0, 40), "Rescue teams reached the flooded valley ");
  // {words} is the budget; the articles come one paragraph per line.
  EXPECT_EQ(ReadWork("D0901.budget").substr(0, 9), "20 words\n");
  EXPECT_NE(ReadWork("D0901.budget").find("homeless.\n\nRescue teams"), std::string::npos);
  std::string table = FormatBenchmarkTable(*result);
  EXPECT_NE(table.find("| head |"), std::string::npos) << table;
  EXPECT_NE(table.find("CPU ms/topic | wall ms/topic"), std::string::npos) << table;
}

// --articles: methods and peers see the same first articles in publication
// order, not in file-name order.
TEST_F(MiniDucPeerTest, FirstArticlesArePublicationOrderForMethodsAndPeers) {
  const char* dates[2] = {"1999-08-27 10:00:00", "1999-08-26 09:00:00"};  // DOC1 first
  for (int d = 0; d < 2; ++d) {
    std::ofstream(root_ / "docs" / "D0901A" / ("DOC" + std::to_string(d)))
        << "<DOC>\n<DOCNO> D0901A-" << d << " </DOCNO>\n<DATE_TIME> " << dates[d]
        << " </DATE_TIME>\n<TEXT>\n<P>\nOfficials said " << 10 + d
        << " people were missing after the storm hit the valley town on Monday.\n</P>\n</TEXT>\n"
        << "</DOC>\n";
  }
  auto topics = LoadDucDataset(root_.string());
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  BenchmarkOptions options;
  options.methods = {"lead"};
  options.budget = *Budget::Words(20);
  options.work_dir = work_.string();
  options.peer_commands = {{"cat", "cat"}};
  options.rouge = *ParseRougeOptions(NistRougeArguments(20));
  options.max_articles = 1;
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto result = RunBenchmark(*topics, options, *data);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_NE(ReadWork("D0901.cat").find("11 people"), std::string::npos) << ReadWork("D0901.cat");
  EXPECT_EQ(ReadWork("D0901.cat").find("10 people"), std::string::npos) << ReadWork("D0901.cat");
  EXPECT_NE(ReadWork("D0901.lead").find("11 people"), std::string::npos);
  EXPECT_EQ(ReadWork("D0901.lead").find("10 people"), std::string::npos);
}

TEST_F(MiniDucPeerTest, FailingCommandNamesPeerTopicAndStderr) {
  auto result = Run({{"broken", "cat >/dev/null; echo 'model file missing' >&2; exit 3"}});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidInput);
  const std::string& m = result.error().message();
  EXPECT_NE(m.find("peer broken, topic D0901"), std::string::npos) << m;
  EXPECT_NE(m.find("status 3"), std::string::npos) << m;
  EXPECT_NE(m.find("model file missing"), std::string::npos) << m;
}

TEST_F(MiniDucPeerTest, SilentCommandIsAnError) {
  auto result = Run({{"mute", "true"}});
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message().find("peer mute, topic D0901: the command wrote no summary"),
            std::string::npos)
      << result.error().message();
}

TEST_F(MiniDucPeerTest, SlowCommandIsKilledAtTheTimeLimit) {
  auto start = std::chrono::steady_clock::now();
  auto result = Run({{"slow", "sleep 20"}}, 300);
  auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(
      result.error().message().find("peer slow, topic D0901: ran past its time limit of 300 ms"),
      std::string::npos)
      << result.error().message();
  EXPECT_LT(took, std::chrono::seconds(10));
}

TEST_F(MiniDucPeerTest, BadOptionsAreRejectedBeforeAnyWork) {
  struct Case {
    std::vector<PeerCommand> commands;
    std::string fragment;
  };
  const Case cases[] = {
      {{{"lead", "cat"}}, "\"lead\" is used twice"},
      {{{"a", "cat"}, {"a", "cat"}}, "\"a\" is used twice"},
      {{{"../x", "cat"}}, "name \"../x\": use letters"},
      {{{"", "cat"}}, "name \"\""},
      {{{"blank", "  "}}, "peer command blank: the command is empty"},
  };
  for (const Case& c : cases) {
    auto result = Run(c.commands);
    ASSERT_FALSE(result.has_value()) << c.fragment;
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(result.error().message().find(c.fragment), std::string::npos)
        << c.fragment << ": " << result.error().message();
  }
  EXPECT_FALSE(fs::exists(work_ / "D0901.lead")) << "work started before the options were checked";
  auto timeout = Run({{"x", "cat"}}, 0);
  ASSERT_FALSE(timeout.has_value());
  EXPECT_NE(timeout.error().message().find("out of range"), std::string::npos);

  BenchmarkOptions bytes;
  bytes.budget = *Budget::Bytes(665);
  bytes.peer_commands = {{"ots", "ots.sh {words}"}};
  auto ok = ValidateBenchmarkOptions(bytes);
  ASSERT_FALSE(ok.has_value());
  EXPECT_NE(ok.error().message().find("{words} needs a budget in words, not bytes"),
            std::string::npos)
      << ok.error().message();
}

TEST(PeerInputTest, ParagraphPerLineBlankLineBetweenArticles) {
  struct Case {
    std::vector<std::string> texts;
    std::string expected;
  };
  const Case cases[] = {
      {{"One.\n\nTwo.", "Three."}, "One.\nTwo.\n\nThree.\n"},
      {{"  indented \t\n\n\n\n  next  \r\n"}, "indented\nnext\n"},
      {{"A.", " \n\n ", "B."}, "A.\n\nB.\n"},  // a blank article would merge nothing
      {{}, ""},
  };
  for (const Case& c : cases) {
    Story story;
    for (const std::string& t : c.texts) {
      Article article;
      article.text = t;
      story.articles.push_back(article);
    }
    EXPECT_EQ(FormatPeerInput(story), c.expected);
  }
}

TEST(PeerCommandTest, InputInOutputOutTimesTaken) {
  auto run = RunPeerCommand("tr a-z A-Z", "rescue teams\n", 10'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "RESCUE TEAMS\n");
  EXPECT_LE(run->cpu_ms, run->wall_ms + 10);  // one process cannot use more CPU than time
  EXPECT_GT(run->wall_ms, 0);
  EXPECT_GT(run->peak_rss_mib, 0);
}

TEST(PeerCommandTest, CpuTimeOfTheCommandIsCounted) {
  // A shell loop that burns CPU for about 0.3 s.
  auto run =
      RunPeerCommand("i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done; echo done", "", 60'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "done\n");
  EXPECT_GT(run->cpu_ms, 10);
}

TEST(PeerCommandTest, MegabytesBothWaysDoNotDeadlock) {
  // Larger than any pipe buffer in both directions at once.
  std::string input(4u << 20, 'x');
  auto run = RunPeerCommand("cat", input, 20'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output.size(), input.size());
}

TEST(PeerCommandTest, CommandThatStopsReadingEarlyIsFine) {
  // Our writes then fail with EPIPE; SIGPIPE must not kill the test.
  std::string input(1u << 20, 'y');
  auto run = RunPeerCommand("head -c 400", input, 10'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, std::string(400, 'y'));
}

TEST(PeerCommandTest, HostWithoutStandardInputStillFeedsTheCommand) {
  // With fd 0 closed our own pipe gets fd 0, and dup2(0, 0) must still clear
  // close-on-exec in the child (POSIX 2024; glibc since 2.29).
  int saved = ::dup(STDIN_FILENO);
  ASSERT_GE(saved, 0);
  ::close(STDIN_FILENO);
  auto run = RunPeerCommand("cat", "fed\n", 10'000);
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "fed\n");
}

TEST(PeerCommandTest, CommandThatClosesItsStreamsIsWaitedFor) {
  auto run = RunPeerCommand("exec </dev/null >/dev/null 2>&1; sleep 0.3", "text\n", 10'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "");
  EXPECT_GE(run->wall_ms, 250);
}

TEST(PeerCommandTest, EnvironmentIsAdded) {
  auto run = RunPeerCommand("printf '%s|%s' \"$CROSSWIRE_TOPIC\" \"$HOME\"", "", 10'000,
                            {"CROSSWIRE_TOPIC=D0601", "HOME=/nowhere"});
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "D0601|/nowhere");
}

TEST(PeerCommandTest, FailuresSayHowAndQuoteTheEndOfStderr) {
  struct Case {
    std::string command;
    ErrorCode code;
    std::string fragment;
  };
  const Case cases[] = {
      {"echo first >&2; echo 'Error in lexRank(x) :' >&2; echo '  bad input' >&2; exit 1",
       ErrorCode::kInvalidInput,
       "exited with status 1; its standard error ends: first | Error in "
       "lexRank(x) : |   bad input"},
      {"no-such-summarizer-here", ErrorCode::kInvalidInput, "status 127 (command not found?)"},
      {"kill -KILL $$", ErrorCode::kInvalidInput, "killed by signal 9"},
      {"exit 2", ErrorCode::kInvalidInput, "its standard error was empty"},
      {"sleep 20", ErrorCode::kResourceExhausted,
       "ran past its time limit of 200 ms and was killed"},
  };
  for (const Case& c : cases) {
    auto run = RunPeerCommand(c.command, "text\n", 200);
    ASSERT_FALSE(run.has_value()) << c.command;
    EXPECT_EQ(run.error().code(), c.code) << c.command;
    EXPECT_NE(run.error().message().find(c.fragment), std::string::npos)
        << c.command << ": " << run.error().message();
  }
}

TEST(PeerCommandTest, LongStderrIsQuotedFromItsEnd) {
  auto run = RunPeerCommand("seq 1 5000 >&2; echo 'the real reason' >&2; exit 1", "", 10'000);
  ASSERT_FALSE(run.has_value());
  const std::string& m = run.error().message();
  EXPECT_NE(m.find("..."), std::string::npos) << m;
  EXPECT_NE(m.find("5000 | the real reason"), std::string::npos) << m;
  EXPECT_LT(m.size(), 1000u) << m;
}

TEST(PeerCommandTest, DescendantLeftRunningDoesNotHoldUsUp) {
  auto start = std::chrono::steady_clock::now();
  auto run = RunPeerCommand("sleep 20 & echo done", "", 30'000);
  ASSERT_TRUE(run.has_value()) << run.error().message();
  EXPECT_EQ(run->output, "done\n");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

// Two Multi-News stories, the second with one empty article slot, and their
// summaries (one with the data set's leading dash).
// Notes are grouped per method and kind, so hundreds of topics give a few
// lines; a kind seen once keeps its whole text; --all-notes prints each.
TEST(BenchmarkNotesTest, GroupedByMethodAndKindUnlessAllAreAsked) {
  BenchmarkResult result;
  result.topics = 50;
  BenchmarkRow ilp;
  ilp.system = "ilp";
  ilp.notes = {"D1: self-contained: 1 added, 0 left out", "D2: ilp: no concept shared by 3",
               "D3: self-contained: 0 added, 2 left out"};
  BenchmarkRow lead;
  lead.system = "lead";
  result.rows = {ilp, lead};
  EXPECT_EQ(FormatBenchmarkNotes(result),
            "note: ilp: self-contained on 2 of 50 topics (first: D1: self-contained: 1 added, 0 "
            "left out)\n"
            "note: ilp: D2: ilp: no concept shared by 3\n");
  std::string all = FormatBenchmarkNotes(result, true);
  EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 3) << all;
  EXPECT_NE(all.find("note: ilp: D3: self-contained: 0 added, 2 left out\n"), std::string::npos);
}

TEST(MultiNewsDatasetTest, StoriesAndSummariesArePairedByLineAndScored) {
  fs::path root = fs::temp_directory_path() / ("crosswire_mn_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "refs");
  fs::create_directories(root / "work");
  std::ofstream(root / "val.src")
      << "Rescue teams reached the flooded valley town on Monday after the storm. NEWLINE_CHAR "
         "Ten people were missing. ||||| Rescuers reached the flooded town on Monday morning. "
         "Officials said ten people were still missing.\n"
      << "The council approved the new bridge over the river on Tuesday evening. |||||  ||||| "
         "A new bridge over the river was approved by the council on Tuesday.\n";
  std::ofstream(root / "val.tgt") << "\u2013 Rescuers reached the town; ten are missing.\n"
                                  << "The council approved a bridge.\n";
  std::vector<std::string> warnings;
  auto topics = LoadMultiNewsDataset(root.string(), (root / "refs").string(), &warnings);
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  ASSERT_EQ(topics->size(), 2u);
  EXPECT_EQ((*topics)[0].topic, "val-1");
  ASSERT_NE((*topics)[1].story, nullptr);
  EXPECT_EQ((*topics)[1].story->articles.size(), 2u);
  ASSERT_EQ(warnings.size(), 1u);  // the empty slot
  std::ifstream model((*topics)[0].models[0].second);
  std::string first;
  std::getline(model, first);
  EXPECT_EQ(first, "Rescuers reached the town; ten are missing.");

  BenchmarkOptions options;
  options.methods = {"ilp", "centroid"};
  options.budget = *Budget::Words(20);
  options.work_dir = (root / "work").string();
  auto rouge = ParseRougeOptions(MultiNewsRougeArguments(20));
  ASSERT_TRUE(rouge.has_value());
  options.rouge = *rouge;
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto result = RunBenchmark(*topics, options, *data);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  ASSERT_EQ(result->rows.size(), 2u);
  EXPECT_TRUE(fs::exists(root / "work" / "val-2.ilp"));
  EXPECT_NE(FormatBenchmarkTable(*result, TableScore::kF).find("ROUGE-1 F"), std::string::npos);
  fs::remove_all(root);
}

TEST(MultiNewsDatasetTest, MismatchedOrMissingFilesAreNamed) {
  std::vector<std::string> warnings;
  auto missing = LoadMultiNewsDataset("/nonexistent", "/tmp", &warnings);
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().message().find("/nonexistent/val.src"), std::string::npos);
}

TEST(DucDatasetTest, MissingDirectoryIsNamed) {
  auto topics = LoadDucDataset("/nonexistent/duc");
  ASSERT_FALSE(topics.has_value());
  EXPECT_EQ(topics.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(topics.error().message().find("/nonexistent/duc"), std::string::npos);
}

TEST(DucDatasetTest, FullDuc2006HasFiftyScorableTopics) {
  std::string dir = std::string(CROSSWIRE_SHARED_DATA) + "/duc2006";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no DUC 2006 data at " << dir;
  auto topics = LoadDucDataset(dir);
  ASSERT_TRUE(topics.has_value()) << topics.error().message();
  EXPECT_EQ(topics->size(), 50u);
  for (const BenchmarkTopic& t : *topics) {
    EXPECT_EQ(t.models.size(), 4u) << t.topic;
    EXPECT_FALSE(t.query.empty()) << t.topic;
  }
}

}  // namespace
}  // namespace crosswire
