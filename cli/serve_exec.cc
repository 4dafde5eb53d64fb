// `crosswire serve` in the `crosswire` executable: runs `crosswire-serve`,
// the same command line with the HTTP server linked in, from the directory
// this executable is in (serve_run.h says why there are two).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "serve_run.h"

namespace crosswire::cli {

int RunServe(const ServeArgs& args) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) {
    std::cerr << "crosswire: error: cannot find the crosswire executable (/proc/self/exe: "
              << error.message() << ") to run crosswire-serve beside it\n";
    return kExitFailure;
  }
  const std::string server = (self.parent_path() / "crosswire-serve").string();
  std::vector<std::string> words = {server,      "serve",
                                    "--store",   args.store,
                                    "--bind",    args.bind,
                                    "--port",    std::to_string(args.port),
                                    "--threads", std::to_string(args.threads)};
  if (!args.token_file.empty()) {
    words.push_back("--ingest-token-file");
    words.push_back(args.token_file);
  }
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  std::cout.flush();
  ::execv(server.c_str(), argv.data());
  std::cerr << "crosswire: error: cannot run " << server << ": " << std::strerror(errno)
            << " (crosswire-serve is built and installed beside crosswire)\n";
  return kExitFailure;
}

}  // namespace crosswire::cli
