// How `crosswire serve` runs, chosen at link time: serve_run.cc (linked into
// `crosswire-serve`) starts the server in process; serve_exec.cc (linked into
// `crosswire`) replaces the process with the `crosswire-serve` beside it.
#pragma once

#include <cstddef>
#include <string>

namespace crosswire::cli {

struct ServeArgs {
  std::string store = "crosswire.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token_file;
  size_t threads = 8;
};

// Returns the exit status (kExitOk, kExitFailure, kExitUsage) when the
// server stops, or when it cannot start.
int RunServe(const ServeArgs& args);

}  // namespace crosswire::cli
