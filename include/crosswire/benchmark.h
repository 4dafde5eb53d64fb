// crosswire/benchmark.h — summarize every topic of a data set and score the
// digests with the ROUGE-1.5.5-compatible evaluator, several methods (and
// peers: precomputed summaries, or other summarizers run per topic) in one
// run, so their numbers are comparable.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/evaluate.h"
#include "crosswire/pipeline.h"

namespace crosswire {

// A DUC-layout data set (NIST's release layout, as in ../shared/data):
//   DIR/docs/<set>/<DOCNO> or DIR/main/docs/<set>/<DOCNO>   the articles (SGML)
//   DIR/<...>topics.sgml                                     titles and narratives
//   DIR/models/ or DIR/main/models_from_pyramids/            human summaries <TOPIC>.M.250.A.<id>
//   DIR/docs/<set>/<set>-A/<DOCNO>, <set>-B, ...                the update task's successive
//                                                            sets: topics "<topic>-A", ...
// Only topics that have human summaries are part of the benchmark.
struct BenchmarkTopic {
  std::string set_id;    // "D0601A" (the docs directory), "val-17" (Multi-News line)
  std::string topic;     // "D0601" (how summaries are named)
  std::string docs_dir;  // where the articles are read from, when `story` is null
  // The update task (DUC 2007 update/: docs/D0703A/D0703A-{A,B,C}): the
  // earlier sets' directories, whose articles the reader has read; the digest
  // of this set tells what it adds (BuildUpdateReport). Empty otherwise.
  std::vector<std::string> known_dirs;
  std::shared_ptr<const Story> story;  // the articles, when already read (Multi-News)
  std::string query;  // title + narrative, for query-focused runs ("" when unknown)
  std::vector<std::pair<std::string, std::string>> models;  // (assessor id, path)
};

// Errors: kNotFound naming the missing directory; kInvalidInput when no topic
// has human summaries.
Result<std::vector<BenchmarkTopic>> LoadDucDataset(const std::string& dir);

// A Multi-News split (Fabbri et al. 2019, as in ../shared/data/multinews):
// DIR/<split>.src holds one story per line (articles separated by "|||||"),
// DIR/<split>.tgt the human summary of each, on the same line (a leading
// "– " is dropped). Each summary is written to references_dir/<topic>.A (the
// directory must exist), since ROUGE reads its models from files. Topics are
// "<split>-<line>"; stories whose articles are all empty are left out (the
// warning says which).
// Errors: kNotFound for a missing file; kInvalidInput when a story's line
// has no summary line.
Result<std::vector<BenchmarkTopic>> LoadMultiNewsDataset(const std::string& dir,
                                                         const std::string& references_dir,
                                                         std::vector<std::string>* warnings,
                                                         const std::string& split = "val");

// The options Multi-News results are usually given with (Fabbri et al.
// 2019): -n 2 -m -a -l <words> -x -c 95 -r 1000 -f A -p 0.5 -t 0.
std::vector<std::string> MultiNewsRougeArguments(size_t words);

// A summarizer outside crosswire (OTS, lexRankr, ...), run once per topic;
// see RunPeerCommand for how it is run and bench/peers/ for wrappers.
struct PeerCommand {
  // The row's name and the digest's file suffix (<work_dir>/<topic>.<name>):
  // letters, digits, '-', '_' and '.', not starting with '.'.
  std::string name;
  // A /bin/sh command line, in which every "{words}" is replaced by the word
  // budget. It reads the topic's articles (FormatPeerInput) on standard input
  // and writes its summary on standard output. Environment: CROSSWIRE_TOPIC
  // (e.g. "D0601"), CROSSWIRE_WORDS, and CROSSWIRE_QUERY in query-focused
  // runs (the topic's title and narrative).
  std::string command;
};

// The default time limit of one peer command on one topic. Generous: lexRankr
// takes about 20 s of CPU on a DUC topic of 25 articles.
inline constexpr int64_t kDefaultPeerTimeoutMs = 120'000;
inline constexpr int64_t kMaxPeerTimeoutMs = 24 * 3600 * 1000;
// The most a peer command may write on standard output (a summary).
inline constexpr size_t kMaxPeerOutputBytes = 16u << 20;

struct BenchmarkOptions {
  // Method names (SummarizerNames()); "all" stands for every method.
  std::vector<std::string> methods = {std::string(kDefaultMethod)};
  // NAME=VALUE parameters given to every method (ReportRequest::method_parameters):
  // a method that does not declare one is a usage error.
  std::vector<std::pair<std::string, double>> method_parameters;
  Budget budget;         // the digest length (DUC 2006/2007: 250 words)
  bool query = false;    // give each topic's narrative as SummaryRequest::query
  std::string work_dir;  // where digests are written (<topic>.<method>); must exist
  // Precomputed summaries scored beside ours: (name, directory with files
  // named <topic>... e.g. D0601.ots). A topic without a file is an error.
  std::vector<std::pair<std::string, std::string>> peers;
  // Summarizers run on every topic with the same word budget, timed, and
  // scored like the rest. Needs a word budget when a command uses {words}.
  std::vector<PeerCommand> peer_commands;
  // Time limit of one peer command on one topic, in ms (1..kMaxPeerTimeoutMs);
  // past it the command's process group is killed and the run fails.
  int64_t peer_timeout_ms = kDefaultPeerTimeoutMs;
  RougeOptions rouge;  // scoring options (see NistRougeArguments)
  std::string language = "english";
  // Keep only each story's first N articles in publication order (articles
  // without a time after the dated ones, ties by id); 0 keeps all. Methods and
  // peer commands see the same articles; an update topic's earlier sets are
  // kept whole. The short-digest condition is DUC cut to 10 articles at 100
  // words.
  size_t max_articles = 0;
};

// The options NIST used for DUC 2006/2007: -n 2 -x -m -2 4 -u -c 95 -r 1000
// -f A -p 0.5 -t 0 -l <words> (ROUGE-2 and ROUGE-SU4 were the official scores).
std::vector<std::string> NistRougeArguments(size_t words);

struct BenchmarkRow {
  enum class Kind {
    kMethod,       // ours: times cover reading the SGML, analysis and selection
    kPeerCommand,  // run by us: times cover the command's processes, start-up
                   // included (Rscript loading R), but not our reading of the SGML
    kPrecomputed,  // summaries read from a directory: no times
  };
  std::string system;  // method or peer name
  Kind kind = Kind::kMethod;
  std::vector<RougeMetricResult> metrics;
  // Mean per topic. CPU is user + system time (of the command's process and
  // the descendants it waited for, for peer commands); 0 for kPrecomputed.
  double cpu_ms_per_topic = 0;
  double wall_ms_per_topic = 0;
  // Peer commands: the largest PeerRun::peak_rss_mib over the topics; 0
  // otherwise (methods share one process: see BenchmarkResult).
  double peak_rss_mib = 0;
  std::vector<std::string> notes;  // fallbacks methods reported
};

struct BenchmarkResult {
  size_t topics = 0;
  std::vector<BenchmarkRow> rows;     // in the order methods, then peers, were given
  std::vector<std::string> warnings;  // from reading and scoring
  // Peak resident set of this process when the run ended, in MiB: reading,
  // every method on every topic, and scoring together.
  double process_peak_rss_mib = 0;
};

// Checks what can be checked without reading anything: kInvalidInput when
// there is nothing to run, a peer name is not a plain file suffix or is used
// twice (methods included), a command is empty or uses {words} without a word
// budget, or the peer time limit is out of range. Methods are checked by
// MakeSummarizer.
Result<void> ValidateBenchmarkOptions(const BenchmarkOptions& options);

// Runs every method and peer command over every topic, writes the digests,
// and scores them with the precomputed peers' summaries.
// Errors: those of ValidateBenchmarkOptions and MakeSummarizer, before any
// work; kNotFound for a missing work directory or peer summary; and during
// the run the errors of RunPeerCommand, prefixed "peer NAME, topic T: ", or
// kInvalidInput when a peer command writes nothing.
Result<BenchmarkResult> RunBenchmark(const std::vector<BenchmarkTopic>& topics,
                                     const BenchmarkOptions& options, const RougeData& data);

// Which ROUGE figure a table shows: recall (DUC's official score) or F
// (what Multi-News results are given in).
enum class TableScore { kRecall = 0, kF = 2 };

// A Markdown table: system, then the score with its confidence interval for
// ROUGE-1, ROUGE-2 and ROUGE-SU4 (those that were computed), then CPU and
// wall ms per topic ("(precomputed)" for precomputed peers).
std::string FormatBenchmarkTable(const BenchmarkResult& result,
                                 TableScore score = TableScore::kRecall);

// The rows' notes, one line per method and kind of note (the words before a
// note's first ':'), "note: METHOD: KIND on N of M topics (first: TOPIC: NOTE)",
// so a run over hundreds of topics stays readable; `all` prints every note.
std::string FormatBenchmarkNotes(const BenchmarkResult& result, bool all = false);

// What a peer command reads: each article's text with its lines trimmed and
// blank lines dropped (for DUC: one paragraph per line), articles separated by
// one blank line, in story order, ending with a newline.
std::string FormatPeerInput(const Story& story);

// One finished run of a command.
struct PeerRun {
  std::string output;  // standard output
  double cpu_ms = 0;   // user + system, of the command and the descendants it waited for
  double wall_ms = 0;  // from start to exit
  // Peak resident set of the command or of the largest descendant it waited
  // for (wait4's ru_maxrss), in MiB: what it needed, R and its packages included.
  double peak_rss_mib = 0;
};

// Runs `command` as `/bin/sh -c command` in a new process group, with `input`
// on its standard input, `environment` ("NAME=value") added to ours (replacing
// a variable of the same name), and SIGPIPE at its default. Blocks the calling
// thread until the command exits; SIGPIPE is blocked in that thread meanwhile,
// so a command that stops reading early does not kill us. Descendants still
// running when the command exits are killed with its group. Reentrant:
// threads may run commands at the same time.
// Errors: kInvalidInput when the command exits non-zero or dies of a signal
// (the message gives the status and the end of its standard error);
// kResourceExhausted when it runs past `timeout_ms` or writes more than
// kMaxPeerOutputBytes (its process group is killed), or when it cannot be
// started (no pipes or processes left).
Result<PeerRun> RunPeerCommand(const std::string& command, std::string_view input,
                               int64_t timeout_ms,
                               const std::vector<std::string>& environment = {});

}  // namespace crosswire
