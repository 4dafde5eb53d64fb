// `crosswire bench`: every topic of a data set, every chosen method, scored
// with the ROUGE-1.5.5-compatible evaluator in one run.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.h"
#include "crosswire/benchmark.h"

namespace crosswire::cli {
namespace {

struct BenchOptions {
  std::string dataset = "duc";
  std::string path;
  std::string methods{kDefaultMethod};
  std::optional<int64_t> words;  // default: 250 (DUC), 300 (Multi-News)
  int64_t articles = 0;          // 0: every article of a topic
  bool query = false;
  bool all_notes = false;
  std::vector<std::string> peers;          // NAME=DIR
  std::vector<std::string> peer_commands;  // NAME=COMMAND
  double peer_timeout_s = kDefaultPeerTimeoutMs / 1000.0;
  std::string keep;
  std::string rouge_args;
  std::vector<std::string> parameters;  // NAME=VALUE, as typed
};

int Fail(const Error& e, int code) {
  std::cerr << "crosswire: error: " << e.message() << "\n";
  return code;
}

std::vector<std::string> SplitList(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, sep)) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

int Run(const BenchOptions& o) {
  const bool multinews = o.dataset == "multinews";
  if (o.dataset != "duc" && !multinews) {
    return Fail(
        Error(ErrorCode::kInvalidInput, "--dataset " + o.dataset + ": expected duc or multinews"),
        kExitUsage);
  }
  BenchmarkOptions options;
  auto budget = Budget::Words(o.words.value_or(multinews ? 300 : 250));
  if (!budget) return Fail(budget.error(), kExitUsage);
  options.budget = *budget;
  options.query = o.query;
  if (o.articles < 0) {
    return Fail(Error(ErrorCode::kInvalidInput,
                      "--articles " + std::to_string(o.articles) + ": expected a count >= 0"),
                kExitUsage);
  }
  options.max_articles = static_cast<size_t>(o.articles);
  options.methods = SplitList(o.methods, ',');
  for (const std::string& text : o.parameters) {
    auto parameter = ParseMethodParameter(text);
    if (!parameter) return Fail(parameter.error(), kExitUsage);
    options.method_parameters.push_back(*parameter);
  }
  for (const std::string& p : o.peers) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == p.size()) {
      return Fail(Error(ErrorCode::kInvalidInput,
                        "--peer \"" + Abbreviate(p) + "\": expected NAME=DIRECTORY"),
                  kExitUsage);
    }
    options.peers.emplace_back(p.substr(0, eq), p.substr(eq + 1));
  }
  for (const std::string& p : o.peer_commands) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == p.size()) {
      return Fail(Error(ErrorCode::kInvalidInput,
                        "--peer-command \"" + Abbreviate(p) + "\": expected NAME=COMMAND"),
                  kExitUsage);
    }
    options.peer_commands.push_back({p.substr(0, eq), p.substr(eq + 1)});
  }
  // Range checks are ValidateBenchmarkOptions's; here only what cannot be
  // represented in milliseconds is turned away.
  double timeout_ms = o.peer_timeout_s * 1000;
  options.peer_timeout_ms =
      std::isfinite(timeout_ms) && std::abs(timeout_ms) < 1e15 ? std::llround(timeout_ms) : -1;
  if (auto ok = ValidateBenchmarkOptions(options); !ok) return Fail(ok.error(), kExitUsage);
  std::vector<std::string> rouge_args = !o.rouge_args.empty() ? SplitList(o.rouge_args, ' ')
                                        : multinews ? MultiNewsRougeArguments(options.budget.limit)
                                                    : NistRougeArguments(options.budget.limit);
  auto rouge = ParseRougeOptions(rouge_args);
  if (!rouge) return Fail(rouge.error().WithContext("--rouge"), kExitUsage);
  options.rouge = *rouge;

  auto data = LoadRougeData(StemExceptions::kFull, "");
  if (!data) return Fail(data.error(), kExitFailure);

  namespace fs = std::filesystem;
  fs::path work = o.keep;
  bool temporary = work.empty();
  if (temporary) {
    work = fs::temp_directory_path() / ("crosswire-bench-" + std::to_string(::getpid()));
  }
  std::error_code ec;
  fs::create_directories(work, ec);
  if (ec)
    return Fail(Error(ErrorCode::kDataLoss, work.string() + ": " + ec.message()), kExitFailure);
  options.work_dir = work.string();
  std::vector<std::string> load_warnings;
  Result<std::vector<BenchmarkTopic>> topics;
  if (multinews) {
    fs::path references = work / "references";
    fs::create_directories(references, ec);
    topics = ec ? DataLoss(references.string() + ": " + ec.message())
                : LoadMultiNewsDataset(o.path, references.string(), &load_warnings);
  } else {
    topics = LoadDucDataset(o.path);
  }
  if (!topics) {
    if (temporary) fs::remove_all(work, ec);
    return Fail(topics.error(), kExitFailure);
  }
  auto result = RunBenchmark(*topics, options, *data);
  if (temporary) fs::remove_all(work, ec);
  if (!result) return Fail(result.error(), kExitFailure);

  std::cout << "data set: " << o.path << " (" << result->topics << " topics with human summaries"
            << (o.articles > 0 ? ", first " + std::to_string(o.articles) + " articles of each" : "")
            << "), " << options.budget.limit << " words, "
            << (o.query ? "query-focused" : "generic") << ", ROUGE";
  for (const std::string& a : rouge_args) std::cout << " " << a;
  std::cout << "\n\n"
            << FormatBenchmarkTable(*result, multinews ? TableScore::kF : TableScore::kRecall);
  std::cout << "\nscores: ROUGE " << (multinews ? "F" : "recall")
            << "; times: CPU (user + system) and wall ms per topic; methods: reading "
            << (multinews ? "(stories are read once, before timing), " : "the SGML, ")
            << "analysis, selection and attribution";
  if (!options.peer_commands.empty()) {
    std::cout << "; peer commands: all their processes, start-up included (Rscript loads R), "
                 "not our reading of the SGML";
  }
  std::cout << "\n";
  std::ostringstream memory;
  memory.precision(0);
  memory << std::fixed << "peak RSS: this process (reading, every method, scoring) "
         << result->process_peak_rss_mib << " MiB";
  for (const BenchmarkRow& row : result->rows) {
    if (row.kind == BenchmarkRow::Kind::kPeerCommand) {
      memory << "; " << row.system << " " << row.peak_rss_mib << " MiB (its largest process)";
    }
  }
  std::cout << memory.str() << "\n";
  std::cout << FormatBenchmarkNotes(*result, o.all_notes);
  for (const std::string& w : load_warnings) std::cerr << "crosswire: warning: " << w << "\n";
  for (const std::string& w : result->warnings) std::cerr << "crosswire: warning: " << w << "\n";
  return kExitOk;
}

}  // namespace

void AddBenchCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bench", "Summarize every topic of a data set and score the digests with ROUGE");
  cmd->add_option("--dataset", o->dataset,
                  "Layout of the data set: duc (NIST's DUC release) or multinews (DIR/val.src "
                  "and DIR/val.tgt)")
      ->capture_default_str();
  cmd->add_option("PATH", o->path, "The data set directory (e.g. ../shared/data/duc2006)")
      ->required();
  cmd->add_option("-m,--method", o->methods, "Method, comma-separated methods, or 'all'")
      ->capture_default_str();
  cmd->add_option("-w,--words", o->words,
                  "Digest length in words (default 250 for duc, 300 for multinews)");
  cmd->add_option("--articles", o->articles,
                  "Keep each topic's first N articles in publication order (0: all); with "
                  "--words 100 on DUC, the short-digest condition");
  cmd->add_flag("--all-notes", o->all_notes,
                "Print every note the methods gave, one line per topic (default: one line per "
                "method and kind of note, with how many topics it concerns)");
  cmd->add_flag("-q,--query", o->query,
                "Give each topic's narrative to the methods (query-focused)");
  cmd->add_option("--peer", o->peers,
                  "Score precomputed summaries too: NAME=DIR with files named <topic>...");
  cmd->add_option(
      "--peer-command", o->peer_commands,
      "Run another summarizer on every topic and score it too: NAME=COMMAND. COMMAND runs with "
      "/bin/sh -c, reads the topic's articles as plain text on stdin (one paragraph per line, a "
      "blank line between articles) and writes its summary on stdout; {words} in it becomes the "
      "--words budget. Environment: CROSSWIRE_TOPIC, CROSSWIRE_WORDS, CROSSWIRE_QUERY (with "
      "--query). Its summaries are kept as <topic>.<NAME>. Wrappers for OTS and lexRankr are in "
      "bench/peers/");
  cmd->add_option("--peer-timeout", o->peer_timeout_s,
                  "Time limit of one peer command on one topic, in seconds; past it the command "
                  "is killed and bench fails")
      ->capture_default_str();
  cmd->add_option("--keep", o->keep, "Keep the digests in this directory (<topic>.<method>)");
  cmd->add_option("--rouge", o->rouge_args,
                  "ROUGE options as for ROUGE-1.5.5 (default: NIST's DUC settings with -l WORDS)");
  cmd->add_option("--param", o->parameters,
                  "A method parameter, NAME=VALUE (repeatable), given to every method run; see "
                  "`crosswire methods`");
  cmd->footer(
      "Examples:\n  crosswire bench --dataset duc ../shared/data/duc2006 --method "
      "ilp,centroid,lead "
      "--words 250 --query\n"
      "  crosswire bench --dataset multinews ../shared/data/multinews --method ilp,centroid\n"
      "  crosswire bench --dataset duc ../shared/data/duc2006 --method ilp --words 250 \\\n"
      "      --peer-command 'ots=bench/peers/ots.sh {words}' \\\n"
      "      --peer-command 'lexrankr=Rscript bench/peers/lexrankr.R {words}'\n");
  cmd->callback([o, exit_code] { *exit_code = Run(*o); });
}

}  // namespace crosswire::cli
