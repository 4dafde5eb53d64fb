// crosswire/benchmark.h — summarize every topic of a data set and score the
// digests with the ROUGE-1.5.5-compatible evaluator, several methods (and
// precomputed peer summaries) in one run, so their numbers are comparable.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "crosswire/evaluate.h"
#include "crosswire/summarize.h"

namespace crosswire {

// A DUC-layout data set (NIST's release layout, as in ../shared/data):
//   DIR/docs/<set>/<DOCNO> or DIR/main/docs/<set>/<DOCNO>   the articles (SGML)
//   DIR/<...>topics.sgml                                     titles and narratives
//   DIR/models/ or DIR/main/models_from_pyramids/            human summaries <TOPIC>.M.250.A.<id>
// Only topics that have human summaries are part of the benchmark.
struct DucTopic {
  std::string set_id;     // "D0601A" (the docs directory)
  std::string topic;      // "D0601" (how summaries are named)
  std::string docs_dir;
  std::string query;      // title + narrative, for query-focused runs ("" when unknown)
  std::vector<std::pair<std::string, std::string>> models;  // (assessor id, path)
};

// Errors: kNotFound naming the missing directory; kInvalidInput when no topic
// has human summaries.
Result<std::vector<DucTopic>> LoadDucDataset(const std::string& dir);

struct BenchmarkOptions {
  std::vector<std::string> methods = {std::string(kDefaultMethod)};
  Budget budget;                      // the digest length (DUC 2006/2007: 250 words)
  bool query = false;                 // give each topic's narrative as SummaryRequest::query
  std::string work_dir;               // where digests are written (<topic>.<method>); must exist
  // Precomputed summaries scored beside ours: (name, directory with files
  // named <topic>... e.g. D0601.ots). A topic without a file is an error.
  std::vector<std::pair<std::string, std::string>> peers;
  RougeOptions rouge;                 // scoring options (see NistRougeArguments)
  std::string language = "english";
};

// The options NIST used for DUC 2006/2007: -n 2 -x -m -2 4 -u -c 95 -r 1000
// -f A -p 0.5 -t 0 -l <words> (ROUGE-2 and ROUGE-SU4 were the official scores).
std::vector<std::string> NistRougeArguments(size_t words);

struct BenchmarkRow {
  std::string system;                  // method or peer name
  std::vector<RougeMetricResult> metrics;
  double cpu_ms_per_topic = 0;         // digest time (reading, analysis, selection); 0 for peers
  std::vector<std::string> notes;      // fallbacks methods reported
};

struct BenchmarkResult {
  size_t topics = 0;
  std::vector<BenchmarkRow> rows;      // in the order methods, then peers, were given
  std::vector<std::string> warnings;   // from reading and scoring
};

// Runs every method over every topic, writes the digests, and scores them.
Result<BenchmarkResult> RunDucBenchmark(const std::vector<DucTopic>& topics,
                                        const BenchmarkOptions& options, const RougeData& data);

// A Markdown table: system, then recall with its confidence interval for
// ROUGE-1, ROUGE-2 and ROUGE-SU4 (those that were computed), then ms per topic.
std::string FormatBenchmarkTable(const BenchmarkResult& result);

}  // namespace crosswire
