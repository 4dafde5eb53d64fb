// crosswire evaluate: ROUGE-1.5.5-compatible scoring. Parsing and wiring only;
// the work is in the evaluate module (include/crosswire/evaluate.h).
#include "crosswire/evaluate.h"

#include <cstdlib>
#include <iostream>

#include "commands.h"

namespace crosswire::cli {
namespace {

int RunEvaluate(const std::vector<std::string>& args) {
  auto parsed = ParseRougeArguments(args);
  if (!parsed) {
    std::cerr << "crosswire: error: " << parsed.error().message() << "\n";
    return kExitUsage;
  }
  RougeCommandLine& cl = *parsed;
  if (cl.help) {
    std::cout << RougeUsage();
    return kExitOk;
  }
  std::string data_dir = cl.data_dir;
  if (data_dir.empty()) {
    if (const char* env = std::getenv("CROSSWIRE_ROUGE_DATA"); env != nullptr) data_dir = env;
  }
  auto data = LoadRougeData(cl.exceptions, data_dir);
  if (!data) {
    std::cerr << "crosswire: error: " << data.error().message() << "\n";
    return kExitFailure;
  }
  Result<std::vector<RougeEval>> evals = InvalidInput("no input");
  std::vector<std::string> peer_ids;
  if (!cl.system_dir.empty()) {
    evals = PairSummaryDirectories(cl.system_dir, cl.reference_dir,
                                   cl.format.value_or(RougeInputFormat::kSpl));
    if (!cl.positional.empty()) peer_ids.push_back(cl.positional[0]);
  } else if (cl.format) {
    const std::string system_id = cl.positional.size() > 1 ? cl.positional[1] : "X";
    evals = ReadRougeFileList(cl.positional[0], *cl.format, system_id);
    peer_ids.push_back(system_id);
  } else {
    evals = ReadRougeConfig(cl.positional[0]);
    if (!cl.all_systems) peer_ids.push_back(cl.positional[1]);
  }
  if (!evals) {
    std::cerr << "crosswire: error: " << evals.error().message() << "\n";
    return kExitFailure;
  }
  auto report = EvaluateRouge(*evals, cl.rouge, *data, peer_ids);
  if (!report) {
    std::cerr << "crosswire: error: " << report.error().message() << "\n";
    return kExitFailure;
  }
  for (const std::string& warning : report->warnings) {
    std::cerr << "crosswire: warning: " << warning << "\n";
  }
  std::cout << (cl.json ? FormatRougeJson(*report) : FormatRougeText(*report));
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace

void AddEvaluateCommand(CLI::App& app, int* exit_code) {
  CLI::App* sub = app.add_subcommand(
      "evaluate", "ROUGE scores that match ROUGE-1.5.5 to the last digit (see 'evaluate --help')");
  sub->set_help_flag();  // ROUGE's own -h/--help is handled by RunEvaluate
  sub->prefix_command();
  sub->allow_extras();
  sub->callback([sub, exit_code] { *exit_code = RunEvaluate(sub->remaining()); });
}

}  // namespace crosswire::cli
