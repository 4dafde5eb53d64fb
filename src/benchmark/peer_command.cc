// Running a peer summarizer (another program) on one topic, the way a user
// would run it: its input on stdin, its summary on stdout, timed.
//
// The command goes through /bin/sh -c because the user writes it (wrappers,
// pipes, `Rscript file.R 250`); there is nothing of ours spliced into it but
// the word budget, a number. It runs in a process group of its own so that a
// timeout kills the whole tree — `sh` → `Rscript` → `R` — and not only the
// shell, which would leave R computing with nobody waiting for it.
//
// Time is taken from wait4(): the CPU of the command and of every descendant
// it waited for, which for a shell wrapper is all of them. That is what our
// methods report too (their own CPU), so the columns compare; wall time is
// kept beside it because start-up (R loading its packages) is mostly I/O.
//
// Input, output and errors are pumped with poll() in one thread: writing all
// of stdin before reading stdout would deadlock as soon as a peer writes more
// than a pipe holds before it has read all of its input.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "crosswire/benchmark.h"

extern char** environ;

namespace crosswire {
namespace {

using Clock = std::chrono::steady_clock;

// How much of a failing command's stderr its error message quotes.
constexpr size_t kStderrTailBytes = 600;
// How much stderr is kept while the command runs (only the end is quoted).
constexpr size_t kStderrKeptBytes = 64u << 10;

std::string Errno(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

// A pipe whose two ends close themselves.
class Pipe {
 public:
  Pipe() = default;
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    CloseRead();
    CloseWrite();
  }
  bool Open() {
    // CLOEXEC: a command spawned at the same time by another thread must not
    // inherit our end, or we would never see end-of-file.
    return ::pipe2(fds_, O_CLOEXEC) == 0;
  }
  int read_fd() const { return fds_[0]; }
  int write_fd() const { return fds_[1]; }
  void CloseRead() { Close(&fds_[0]); }
  void CloseWrite() { Close(&fds_[1]); }

 private:
  static void Close(int* fd) {
    if (*fd >= 0) ::close(*fd);
    *fd = -1;
  }
  int fds_[2] = {-1, -1};
};

bool SetNonBlocking(int fd) {
  int flags = ::fcntl(fd, F_GETFL);
  return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

// Blocks SIGPIPE in this thread while it lives, and swallows the one our
// write to a command that stopped reading raised (`head -c 400` does stop).
// Changing the process-wide disposition instead would be a library reaching
// into its host's signal handling.
class SigpipeGuard {
 public:
  SigpipeGuard() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  SigpipeGuard(const SigpipeGuard&) = delete;
  SigpipeGuard& operator=(const SigpipeGuard&) = delete;
  ~SigpipeGuard() {
    if (!was_pending_) {
      timespec zero{};
      while (sigtimedwait(&pipe_, nullptr, &zero) == SIGPIPE) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t pipe_;
  sigset_t old_;
  bool was_pending_ = false;
};

// The end of `err`, whole lines where possible, on one line: what a user
// needs to see why the command failed ("Error in library(lexRankr) : ...").
std::string StderrTail(const std::string& err) {
  size_t end = err.find_last_not_of(" \t\r\n");
  if (end == std::string::npos) return "";
  size_t begin = end + 1 > kStderrTailBytes ? end + 1 - kStderrTailBytes : 0;
  if (begin > 0) {
    size_t line = err.find('\n', begin);
    if (line != std::string::npos && line < end) {
      begin = line + 1;
    } else {
      // Mid-line: step off UTF-8 continuation bytes so the quote stays valid.
      while (begin < end && (static_cast<unsigned char>(err[begin]) & 0xC0) == 0x80) ++begin;
    }
  }
  std::string out = begin > 0 ? "..." : "";
  bool newline = false;
  for (size_t i = begin; i <= end; ++i) {
    char c = err[i];
    if (c == '\n' || c == '\r') {
      newline = true;
      continue;
    }
    if (newline && !out.empty() && out != "...") out += " | ";
    newline = false;
    out += c;
  }
  return out;
}

std::string DescribeFailure(int status, const std::string& err) {
  std::string what;
  if (WIFEXITED(status)) {
    what = "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WEXITSTATUS(status) == 127) what += " (command not found?)";
  } else if (WIFSIGNALED(status)) {
    what = "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
           strsignal(WTERMSIG(status)) + ")";
  } else {
    what = "ended with wait status " + std::to_string(status);
  }
  std::string tail = StderrTail(err);
  return what +
         (tail.empty() ? "; its standard error was empty" : "; its standard error ends: " + tail);
}

// "120 s" or "1500 ms": the limit as the user would have written it.
std::string FormatDuration(int64_t ms) {
  return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

double Milliseconds(const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }

}  // namespace

std::string FormatPeerInput(const Story& story) {
  std::string out;
  for (const Article& article : story.articles) {
    std::string text;
    size_t pos = 0;
    while (pos <= article.text.size()) {
      size_t eol = article.text.find('\n', pos);
      if (eol == std::string::npos) eol = article.text.size();
      std::string_view line(article.text.data() + pos, eol - pos);
      size_t first = line.find_first_not_of(" \t\r\f\v");
      if (first != std::string_view::npos) {
        size_t last = line.find_last_not_of(" \t\r\f\v");
        text.append(line.substr(first, last - first + 1));
        text += '\n';
      }
      pos = eol + 1;
    }
    if (text.empty()) continue;  // nothing to read; a blank article would split the next one
    if (!out.empty()) out += '\n';
    out += text;
  }
  return out;
}

Result<PeerRun> RunPeerCommand(const std::string& command, std::string_view input,
                               int64_t timeout_ms, const std::vector<std::string>& environment) {
  if (command.empty()) return InvalidInput("empty peer command");
  if (timeout_ms <= 0) return InvalidInput("time limit of " + std::to_string(timeout_ms) + " ms");
  Pipe in, out, err;
  if (!in.Open() || !out.Open() || !err.Open()) return ResourceExhausted(Errno("pipe"));

  std::vector<std::string> env_storage;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    bool replaced = false;
    for (const std::string& add : environment) {
      size_t eq = add.find('=');
      if (eq != std::string::npos &&
          entry.substr(0, eq + 1) == std::string_view(add).substr(0, eq + 1)) {
        replaced = true;
      }
    }
    if (!replaced) env_storage.emplace_back(entry);
  }
  for (const std::string& add : environment) env_storage.push_back(add);
  std::vector<char*> envp;
  for (std::string& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read_fd(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write_fd(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.write_fd(), STDERR_FILENO);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own group (to kill the whole tree), a clean signal mask (ours has
  // SIGPIPE blocked below) and default SIGPIPE even if our host ignores it,
  // so `ots | head` in a wrapper behaves as it would in a terminal.
  sigset_t none, pipe_only;
  sigemptyset(&none);
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &pipe_only);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  SigpipeGuard sigpipe_guard;
  std::string sh_c = "-c";
  std::string sh = "sh";
  std::string command_copy = command;
  char* argv[] = {sh.data(), sh_c.data(), command_copy.data(), nullptr};
  pid_t pid = -1;
  Clock::time_point start = Clock::now();
  int spawned = posix_spawn(&pid, "/bin/sh", &actions, &attr, argv, envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) {
    errno = spawned;
    return ResourceExhausted(Errno("cannot start /bin/sh"));
  }
  in.CloseRead();
  out.CloseWrite();
  err.CloseWrite();
  SetNonBlocking(in.write_fd());
  SetNonBlocking(out.read_fd());
  SetNonBlocking(err.read_fd());
  if (input.empty()) in.CloseWrite();

  Clock::time_point deadline = start + std::chrono::milliseconds(timeout_ms);
  PeerRun run;
  std::string errors;
  size_t written = 0;
  bool too_much = false;
  int idle_polls = 0;
  int status = 0;
  rusage usage{};
  char buffer[65536];

  auto drain = [&](int fd, bool is_out) -> bool {  // false at end of file
    for (;;) {
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n > 0) {
        if (is_out) {
          run.output.append(buffer, static_cast<size_t>(n));
          if (run.output.size() > kMaxPeerOutputBytes) too_much = true;
        } else {
          errors.append(buffer, static_cast<size_t>(n));
          if (errors.size() > 2 * kStderrKeptBytes)
            errors.erase(0, errors.size() - kStderrKeptBytes);
        }
        if (too_much) return true;
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
  };
  // Kills the group while the command is still unreaped: its pid, and with it
  // the group id, cannot have been reused by an unrelated process.
  auto kill_and_reap = [&] {
    ::kill(-pid, SIGKILL);
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
  };

  for (;;) {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid) {
      run.wall_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      // A descendant left running (`slow &`) would hold the pipes open and
      // outlive the benchmark: it goes with the group.
      kill_and_reap();
      // Whatever was written before the exit is still in the pipes.
      if (out.read_fd() >= 0) drain(out.read_fd(), true);
      if (err.read_fd() >= 0) drain(err.read_fd(), false);
      break;
    }
    if (too_much) {
      kill_and_reap();
      return ResourceExhausted("wrote more than " + std::to_string(kMaxPeerOutputBytes >> 20) +
                               " MiB on standard output (kMaxPeerOutputBytes) and was killed");
    }
    Clock::time_point now = Clock::now();
    if (now >= deadline) {
      kill_and_reap();
      std::string tail = StderrTail(errors);
      return ResourceExhausted("ran past its time limit of " + FormatDuration(timeout_ms) +
                               " and was killed" +
                               (tail.empty() ? "" : "; its standard error ends: " + tail));
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
    if (in.write_fd() < 0 && out.read_fd() < 0 && err.read_fd() < 0) {
      // Only the exit is left to wait for. It usually follows the pipes'
      // closing closely; a command that closed them early and works on gets
      // checked less often.
      std::this_thread::sleep_for(std::chrono::milliseconds(idle_polls < 20 ? 1 : 20));
      ++idle_polls;
      continue;
    }
    pollfd fds[3];
    nfds_t count = 0;
    if (in.write_fd() >= 0) fds[count++] = {in.write_fd(), POLLOUT, 0};
    if (out.read_fd() >= 0) fds[count++] = {out.read_fd(), POLLIN, 0};
    if (err.read_fd() >= 0) fds[count++] = {err.read_fd(), POLLIN, 0};
    // Wake now and then to notice an exit whose pipes a descendant holds open.
    int ready = ::poll(fds, count, static_cast<int>(std::min<int64_t>(left, 50)));
    if (ready < 0 && errno != EINTR) {
      std::string message = Errno("poll");
      kill_and_reap();
      return ResourceExhausted(message);
    }
    for (nfds_t i = 0; ready > 0 && i < count; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in.write_fd()) {
        ssize_t n = ::write(in.write_fd(), input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<size_t>(n);
        // EPIPE: it stopped reading, which is its right (SIGPIPE is blocked).
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
          in.CloseWrite();
        }
      } else if (fds[i].fd == out.read_fd()) {
        if (!drain(out.read_fd(), true)) out.CloseRead();
      } else if (fds[i].fd == err.read_fd()) {
        if (!drain(err.read_fd(), false)) err.CloseRead();
      }
    }
  }
  run.cpu_ms = Milliseconds(usage.ru_utime) + Milliseconds(usage.ru_stime);
  run.peak_rss_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
  if (too_much) {
    return ResourceExhausted("wrote more than " + std::to_string(kMaxPeerOutputBytes >> 20) +
                             " MiB on standard output (kMaxPeerOutputBytes)");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return InvalidInput(DescribeFailure(status, errors));
  }
  return run;
}

}  // namespace crosswire
