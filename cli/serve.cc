// `crosswire serve`: the options of the HTTP server (crosswire/serve.h,
// docs/api.md). What runs them depends on the executable (serve_run.h):
// `crosswire-serve` serves in process; `crosswire` hands the command to
// `crosswire-serve`, so that its other commands never load the HTTP server's
// libraries (TLS, compression), which cost every start-up ~7 ms of CPU.
#include <memory>
#include <string>

#include "commands.h"
#include "serve_run.h"

namespace crosswire::cli {

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve a store over HTTP: the JSON API (docs/api.md) and the web page");
  cmd->add_option("--store", args->store, "The store (SQLite file; created when missing)")
      ->capture_default_str();
  cmd->add_option("--bind", args->bind, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", args->port, "TCP port (0: any free port)")->capture_default_str();
  cmd->add_option("--ingest-token-file", args->token_file,
                  "File holding the bearer token POST /api/articles requires (created with a "
                  "random token when missing; default: STORE.token)");
  cmd->add_option("--threads", args->threads, "Worker threads")->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace crosswire::cli
