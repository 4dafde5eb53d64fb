#include "commands.h"

namespace crosswire::cli {

// Placeholder until the command is written; registers nothing.
void AddSummarizeCommands(CLI::App& /*app*/, int* /*exit_code*/) {}

}  // namespace crosswire::cli
