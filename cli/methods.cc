// `crosswire methods`: the summarization methods and the parameters each takes
// (what --method and --param accept).
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "crosswire/pipeline.h"

namespace crosswire::cli {
namespace {

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

int Run() {
  for (const std::string& name : SummarizerNames()) {
    std::cout << name << (name == kDefaultMethod ? " (default)" : "") << "\n    "
              << SummarizerDescription(name) << "\n";
    for (const MethodParameter& p : SummarizerParameters(name)) {
      std::cout << "    --param " << p.name << "=" << Number(p.default_value) << "  ("
                << Number(p.min) << " to " << Number(p.max) << ") " << p.description << "\n";
    }
  }
  std::cout << std::flush;
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace

void AddMethodsCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "methods", "List the summarization methods and their parameters (--method, --param)");
  cmd->callback([exit_code] { *exit_code = Run(); });
}

}  // namespace crosswire::cli
