// Runs the crosswire binary as a user would and captures what it printed.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace crosswire::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// `args` is appended verbatim to the command line (quote what needs it);
// `stdin_file` (optional) is fed to standard input; `cwd` (optional) is the
// working directory.
inline CliResult RunCli(const std::string& args, const std::string& stdin_file = "",
                        const std::string& cwd = "") {
  static int counter = 0;
  auto err_path =
      std::filesystem::temp_directory_path() /
      ("crosswire_cli_err_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string cmd = (cwd.empty() ? "" : "cd " + ShellQuote(cwd) + " && ") +
                    ShellQuote(CROSSWIRE_BINARY) + " " + args + " 2>" + err_path.string();
  cmd += stdin_file.empty() ? " </dev/null" : " <" + ShellQuote(stdin_file);
  CliResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream ss;
  ss << err.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_path);
  return r;
}

inline std::string SourcePath(const std::string& relative) {
  return std::string(CROSSWIRE_SOURCE_DIR) + "/" + relative;
}

}  // namespace crosswire::testing
