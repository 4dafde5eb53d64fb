// The crosswire command's subcommands. Each Add*Command registers one
// subcommand on `app`; when it is chosen and its options parsed, its callback
// does the work and stores the process exit status in `*exit_code`:
//   0 success, 1 failed work (bad input, I/O error), 2 usage error.
// Commands only parse and wire: every algorithm lives in the library.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <utility>

#include "crosswire/error.h"

namespace crosswire::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

void AddSummarizeCommands(CLI::App& app, int* exit_code);  // summarize, report
void AddEvaluateCommand(CLI::App& app, int* exit_code);    // evaluate (ROUGE)
void AddBenchCommand(CLI::App& app, int* exit_code);       // bench
void AddMethodsCommand(CLI::App& app, int* exit_code);     // methods (and their parameters)
void AddClusterCommand(CLI::App& app, int* exit_code);     // cluster
void AddStreamCommands(CLI::App& app, int* exit_code);     // ingest, stories
void AddExtractCommand(CLI::App& app, int* exit_code);     // extract

// "damping=0.2" -> ("damping", 0.2): one --param as typed (report,
// summarize, bench); the whole value must be a finite number.
Result<std::pair<std::string, double>> ParseMethodParameter(const std::string& text);

}  // namespace crosswire::cli
