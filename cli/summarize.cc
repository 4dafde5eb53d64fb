// `crosswire summarize` (the digest) and `crosswire report` (the digest with
// citations, sources and, when available, corroboration).
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.h"
#include "crosswire/attribute.h"
#include "crosswire/ingest.h"
#include "crosswire/render.h"
#include "crosswire/summarize.h"

namespace crosswire::cli {
namespace {

struct DigestOptions {
  std::vector<std::string> inputs;
  std::string method{kDefaultMethod};
  std::optional<int64_t> words, bytes, sentences;
  std::string format = "text";
  std::string output;
  std::string language = "english";
  std::string input_format = "auto";
  std::optional<std::string> query;
  uint64_t seed = 1;
};

void PrintError(const Error& e) { std::cerr << "crosswire: error: " << e.message() << "\n"; }

// Validates every option before any input is read.
Result<Budget> BudgetFrom(const DigestOptions& o) {
  if (o.bytes) return Budget::Bytes(*o.bytes);
  if (o.sentences) return Budget::Sentences(*o.sentences);
  return Budget::Words(o.words.value_or(100));
}

// Maps a language name or code to what the stemmer and the readers expect.
std::string IsoLanguage(std::string_view language) {
  if (language == "english" || language == "en") return "en";
  return std::string(language.substr(0, 2));
}

int Run(const DigestOptions& o, bool report) {
  auto budget = BudgetFrom(o);
  if (!budget) return PrintError(budget.error()), kExitUsage;
  auto method = MakeSummarizer(o.method);
  if (!method) return PrintError(method.error()), kExitUsage;
  auto format = ParseOutputFormat(o.format);
  if (!format) return PrintError(format.error()), kExitUsage;
  auto input_format = ingest::ParseInputFormat(o.input_format);
  if (!input_format) return PrintError(input_format.error()), kExitUsage;
  if (o.query && o.query->find_first_not_of(" \t\n") == std::string::npos) {
    return PrintError(Error(ErrorCode::kInvalidInput, "--query is empty")), kExitUsage;
  }

  ingest::ReadOptions read_options;
  read_options.format = *input_format;
  read_options.language = IsoLanguage(o.language);
  auto story = ingest::ReadStory(o.inputs, read_options);
  if (!story) return PrintError(story.error()), kExitFailure;
  auto cluster = AnalyzeStory(*story, AnalysisOptions{o.language});
  if (!cluster) return PrintError(cluster.error()), kExitFailure;

  SummaryRequest request(*budget);
  request.query = o.query;
  request.seed = o.seed;
  request.language = o.language;
  auto summary = Summarize(*cluster, **method, request);
  if (!summary) return PrintError(summary.error()), kExitFailure;
  Attribute(*cluster, &*summary);

  Report out;
  out.cluster = &*cluster;
  out.summary = std::move(*summary);
  out.warnings = story->warnings;
  if (report) {
    auto facts = Corroborate(*cluster);
    if (!facts) return PrintError(facts.error()), kExitFailure;
    out.facts = std::move(*facts);
    out.corroborated = true;
  }
  for (const std::string& w : out.warnings) std::cerr << "crosswire: warning: " << w << "\n";

  std::string rendered;
  if (!report && *format == OutputFormat::kText) {
    // `summarize` prints bare sentences, one per line (ROUGE's SPL input).
    for (const SummarySentence& s : out.summary.sentences) {
      rendered += DisplayText(cluster->text(cluster->sentences[s.sentence])) + "\n";
    }
  } else {
    rendered = Render(out, *format);
  }
  if (o.output.empty() || o.output == "-") {
    std::cout << rendered << std::flush;
    return std::cout ? kExitOk : kExitFailure;
  }
  std::ofstream file(o.output, std::ios::binary);
  file << rendered;
  if (!file.flush()) {
    PrintError(Error(ErrorCode::kDataLoss, o.output + ": cannot write the output file"));
    return kExitFailure;
  }
  return kExitOk;
}

void AddDigestCommand(CLI::App& app, int* exit_code, const char* name, const char* help,
                      bool report) {
  auto options = std::make_shared<DigestOptions>();
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("INPUT", options->inputs,
                  "Files or directories of one story (a directory is one story, one article "
                  "per file or JSONL line); '-' reads standard input")
      ->required();
  std::string methods;
  for (const std::string& m : SummarizerNames()) methods += (methods.empty() ? "" : ", ") + m;
  cmd->add_option("-m,--method", options->method, "Summarization method: " + methods)
      ->capture_default_str();
  auto* words = cmd->add_option("-w,--words", options->words,
                                "Budget in words, counted as ROUGE -l counts them (default 100)");
  auto* bytes = cmd->add_option("-b,--bytes", options->bytes,
                                "Budget in bytes, counted as ROUGE -b counts them");
  auto* sentences = cmd->add_option("-s,--sentences", options->sentences, "Budget in sentences");
  words->excludes(bytes, sentences);
  bytes->excludes(sentences);
  cmd->add_option("-f,--format", options->format, "Output: text, markdown, json or html")
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write to this file instead of standard output");
  cmd->add_option("--language", options->language,
                  "Language of the reports (Snowball stemmer name or ISO code)")
      ->capture_default_str();
  cmd->add_option("--input-format", options->input_format,
                  "auto, text, jsonl, html, duc or multinews")
      ->capture_default_str();
  cmd->add_option("-q,--query", options->query,
                  "Focus the digest on this question or narrative (query-focused methods)");
  cmd->add_option("--seed", options->seed, "Seed for randomised methods")->capture_default_str();
  cmd->footer(std::string("Examples:\n  crosswire ") + name +
              " examples/aleppo-2016-12-14 --words 100\n  crosswire " + name +
              " story.jsonl --bytes 665 --format json -o digest.json\n");
  cmd->callback([options, exit_code, report] { *exit_code = Run(*options, report); });
}

}  // namespace

void AddSummarizeCommands(CLI::App& app, int* exit_code) {
  AddDigestCommand(app, exit_code, "summarize",
                   "Print the digest of one story: its sentences, one per line", false);
  AddDigestCommand(app, exit_code, "report",
                   "Print the digest with citations, the sources and what the outlets agree "
                   "and disagree on (the main job)",
                   true);
}

}  // namespace crosswire::cli
