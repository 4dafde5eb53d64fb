// `crosswire serve` in the `crosswire-serve` executable: the ingest token,
// the server, and the signals that stop it.
#include "serve_run.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "commands.h"
#include "crosswire/serve.h"

namespace crosswire::cli {
namespace {

int Fail(const std::string& message, int code) {
  std::cerr << "crosswire: error: " << message << "\n";
  return code;
}

Result<std::string> NewToken() {
  unsigned char bytes[32];
  size_t got = 0;
  while (got < sizeof bytes) {
    ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return DataLoss("cannot read random bytes for the ingest token");
    }
    got += static_cast<size_t>(n);
  }
  static const char kHex[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token += kHex[b >> 4];
    token += kHex[b & 15];
  }
  return token;
}

// The token in `path`, or a new one written there (mode 0600) when the file
// does not exist.
Result<std::string> LoadOrCreateToken(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::stringstream ss;
    ss << in.rdbuf();
    std::string token = ss.str();
    while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ' ||
                              token.back() == '\t')) {
      token.pop_back();
    }
    if (token.empty()) return InvalidInput(path + ": the token file is empty");
    return token;
  }
  auto token = NewToken();
  if (!token) return token;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return DataLoss(path + ": cannot create the token file: " + std::strerror(errno));
  std::string line = *token + "\n";
  bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  ok = ::close(fd) == 0 && ok;
  if (!ok) return DataLoss(path + ": cannot write the token file");
  return token;
}

bool IsLoopback(const std::string& address) {
  return address == "127.0.0.1" || address == "::1" || address == "localhost" ||
         address.starts_with("127.");
}

}  // namespace

int RunServe(const ServeArgs& args) {
  const bool token_given = !args.token_file.empty();
  const std::string token_file = token_given ? args.token_file : args.store + ".token";
  if (!token_given && !IsLoopback(args.bind)) {
    std::cerr << "crosswire: warning: serving on " << args.bind
              << " (not loopback) without --ingest-token-file: anyone who can read " << token_file
              << " can ingest; choose the token deliberately\n";
  }
  serve::ServeOptions options;
  options.store = args.store;
  options.bind = args.bind;
  options.port = args.port;
  options.threads = args.threads;
  // Wrong options are reported before the token file is written.
  if (auto ok = serve::ValidateServeOptions(options); !ok) {
    return Fail(ok.error().message(), kExitUsage);
  }
  auto token = LoadOrCreateToken(token_file);
  if (!token) return Fail(token.error().message(), kExitFailure);
  options.token = *token;
  // SIGINT and SIGTERM are taken by sigwait below, never by a handler: block
  // them before any thread starts, so that every thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = serve::Server::Start(options);
  if (!server) return Fail(server.error().message(), kExitFailure);
  const std::string host =
      args.bind.find(':') != std::string::npos ? "[" + args.bind + "]" : args.bind;
  std::cout << "crosswire: serving " << args.store << " on http://" << host << ":"
            << (*server)->Port() << " (ingest token in " << token_file << ")" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "crosswire: " << (received == SIGINT ? "SIGINT" : "SIGTERM")
            << ": finishing the requests in flight\n";
  (*server)->Stop();
  return kExitOk;
}

}  // namespace crosswire::cli
