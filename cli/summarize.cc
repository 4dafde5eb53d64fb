// `crosswire summarize` (the digest) and `crosswire report` (the digest with
// citations, sources and, when available, corroboration).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.h"
#include "crosswire/pipeline.h"
#include "crosswire/stream.h"

namespace crosswire::cli {
namespace {

struct DigestArguments {
  std::vector<std::string> inputs;
  std::string store;  // report --store: a stored story instead of inputs
  std::optional<int64_t> story;
  ReportRequest request;
  std::vector<std::string> parameters;  // NAME=VALUE, as typed
  std::string output;
};

void PrintError(const Error& e) { std::cerr << "crosswire: error: " << e.message() << "\n"; }

int Run(DigestArguments& args, bool report) {
  // `summarize` prints bare sentences (ROUGE's SPL input) where `report`
  // prints the digest with citations.
  if (!report && args.request.output_format == "text") args.request.output_format = "sentences";
  args.request.corroborate = report;
  for (const std::string& text : args.parameters) {
    auto parameter = ParseMethodParameter(text);
    if (!parameter) return PrintError(parameter.error()), kExitUsage;
    args.request.method_parameters.push_back(*parameter);
  }
  auto options = ValidateReportOptions(args.request);
  if (!options) return PrintError(options.error()), kExitUsage;

  const bool stored = !args.store.empty();
  if (!stored && !args.story && args.inputs.empty()) {
    PrintError(Error(ErrorCode::kInvalidInput,
                     "INPUT is required (or --store FILE --story ID for a stored story)"));
    return kExitUsage;
  }
  if (stored != args.story.has_value() || (stored && !args.inputs.empty()) ||
      (!stored && args.inputs.empty())) {
    PrintError(
        Error(ErrorCode::kInvalidInput, "give INPUT..., or --store FILE --story ID, not both"));
    return kExitUsage;
  }
  Result<Report> built;
  if (stored) {
    store::OpenOptions open;
    open.read_only = true;
    auto store = store::OpenStore(args.store, open);
    if (!store) return PrintError(store.error()), kExitFailure;
    // A story the merge step folded into another is reported as that one
    // (its articles are there), saying so.
    if (auto detail = (*store)->GetStory(*args.story); detail && detail->story.merged_into) {
      std::cerr << "crosswire: note: story " << *args.story << " was merged into story "
                << *detail->story.merged_into << "; reporting story " << *detail->story.merged_into
                << "\n";
    }
    built = BuildStoredStoryReport(**store, *args.story, *options);
  } else {
    built = BuildReportFromInputs(args.inputs, *options);
  }
  if (!built) return PrintError(built.error()), kExitFailure;
  for (const std::string& w : built->warnings) std::cerr << "crosswire: warning: " << w << "\n";

  std::string rendered = RenderReport(*built, *options);
  if (args.output.empty() || args.output == "-") {
    std::cout << rendered << std::flush;
    return std::cout ? kExitOk : kExitFailure;
  }
  std::ofstream file(args.output, std::ios::binary);
  file << rendered;
  if (!file.flush()) {
    PrintError(Error(ErrorCode::kDataLoss, args.output + ": cannot write the output file"));
    return kExitFailure;
  }
  return kExitOk;
}

void AddDigestCommand(CLI::App& app, int* exit_code, const char* name, const char* help,
                      bool report) {
  auto options = std::make_shared<DigestArguments>();
  ReportRequest& request = options->request;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("INPUT", options->inputs,
                  "Files or directories of one story (a directory is one story, one article "
                  "per file or JSONL line); '-' reads standard input");
  if (report) {
    cmd->add_option("--store", options->store,
                    "Report a stored story (with --story) instead of INPUT");
    cmd->add_option("--story", options->story,
                    "The stored story's id (see crosswire stories); a story merged into "
                    "another is reported as the one it was merged into");
  }
  cmd->add_option("--since", request.since,
                  "Update digest: the reader has read the articles published at or before this "
                  "time (ISO 8601); quote only later ones and what they add");
  std::string methods;
  for (const std::string& m : SummarizerNames()) methods += (methods.empty() ? "" : ", ") + m;
  cmd->add_option("-m,--method", request.method, "Summarization method: " + methods)
      ->capture_default_str();
  auto* words = cmd->add_option("-w,--words", request.words,
                                "Budget in words, counted as ROUGE -l counts them (default 100)");
  auto* bytes = cmd->add_option("-b,--bytes", request.bytes,
                                "Budget in bytes, counted as ROUGE -b counts them");
  auto* sentences = cmd->add_option("-s,--sentences", request.sentences, "Budget in sentences");
  words->excludes(bytes, sentences);
  bytes->excludes(sentences);
  cmd->add_option("-f,--format", request.output_format, "Output: text, markdown, json or html")
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write to this file instead of standard output");
  cmd->add_option("--language", request.language,
                  "Language of the reports: a Snowball name or ISO 639-1 code (english, en, "
                  "german, de, ...)")
      ->capture_default_str();
  cmd->add_option("--input-format", request.input_format,
                  "auto, text, jsonl, html, duc or multinews")
      ->capture_default_str();
  cmd->add_option("-q,--query", request.query,
                  "Focus the digest on this question or narrative (query-focused methods)");
  cmd->add_option("--seed", request.seed, "Seed for randomised methods")->capture_default_str();
  cmd->add_option("--param", options->parameters,
                  "A method parameter, NAME=VALUE (repeatable); see `crosswire methods`");
  cmd->add_flag("--strict", request.strict,
                "Fail on any warning (an empty or unreadable article, repaired text) instead "
                "of skipping or repairing");
  cmd->footer(std::string("Examples:\n  crosswire ") + name +
              " examples/aleppo-2016-12-14 --words 100\n  crosswire " + name +
              " story.jsonl --bytes 665 --format json -o digest.json\n");
  cmd->callback([options, exit_code, report] { *exit_code = Run(*options, report); });
}

}  // namespace

Result<std::pair<std::string, double>> ParseMethodParameter(const std::string& text) {
  size_t eq = text.find('=');
  std::string name = text.substr(0, eq);
  if (eq == std::string::npos || name.empty()) {
    return InvalidInput("--param \"" + Abbreviate(text) + "\" is not NAME=VALUE");
  }
  std::string value = text.substr(eq + 1);
  char* end = nullptr;
  errno = 0;
  double number = value.empty() ? 0 : std::strtod(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || errno != 0 ||
      !std::isfinite(number)) {
    return InvalidInput("--param " + Abbreviate(name) + ": \"" + Abbreviate(value) +
                        "\" is not a number");
  }
  return std::make_pair(name, number);
}

void AddSummarizeCommands(CLI::App& app, int* exit_code) {
  AddDigestCommand(app, exit_code, "summarize",
                   "Print the digest of one story: its sentences, one per line", false);
  AddDigestCommand(app, exit_code, "report",
                   "Print the digest with citations, the sources and what the outlets agree "
                   "and disagree on (the main job)",
                   true);
}

}  // namespace crosswire::cli
