// How each summarization method's time and memory grow with the size of a
// story (issue 4): for every method and every story size, the selection CPU
// time per story and the peak resident memory, next to a baseline that only
// builds and analyses the story.
//
//   build/release/bench/method_scaling [--methods a,b] [--sizes 10,100,1000,10000]
//       [--words 250] [--time-cap-s 120] [--max-memory-gib 16] [--seed 42]
//       [--data DIR | --zipfian] [--query]
//
// The input. A story of N articles is assembled from real news sentences
// (bench/synthetic_story.h, SampledStory): DUC 2006 sentences, drawn so that
// most articles repeat a few core facts of one event, come back to a few side
// threads and carry background, as the reports of one big story do. Real sentences give
// the methods what they meet in production — stop words, long-tailed
// vocabulary, near-duplicate wire copy, bigrams shared across articles (the
// ILP's concepts) — whereas a Zipfian bag of invented words (ZipfianStory,
// pipeline_bench's input) has no shared facts at all: graph methods see a
// flat graph and the ILP finds almost no concepts, which flatters both. When
// the DUC data is absent the Zipfian generator is used instead, and the run
// says so. Both are seeded: the same flags give the same stories. Selection
// is generic by default; --query gives the methods the DUC topic statement of
// the story's core topic, as `crosswire bench --query` does.
//
// The measurement. Each (method, size) runs in a child process of its own
// (fork), which builds the story, analyses it (AnalyzeStory) and then times
// Summarize() with a word budget (CPU time of the process; repeated until
// 100 ms have been spent, so tiny inputs are not lost in clock noise; the
// mean is reported). Its peak RSS is the child's ru_maxrss from wait4 —
// nothing subtracted. A baseline child does only the story and the analysis,
// so the table shows baseline vs method; its CPU time is the analysis cost,
// shared by every method. Each child inherits the harness (the sentence
// pool), which is therefore in every figure, baseline included. `lead` is
// always run: the last column is each method's digest CPU time (analysis +
// selection) as a multiple of lead's at the same size, in the same run, so
// runs on different machines can be compared. (Selection alone is no good
// yardstick: lead selects in microseconds, so ratios to it are mostly noise.)
//
// Limits. A child whose selection outlives --time-cap-s is killed and
// reported as "timeout" (its peak RSS so far is still shown); the story and
// analysis get 10× that. Each child's address space is capped at
// --max-memory-gib; running out is reported as "oom". Children run one at a
// time so they do not compete for the cores.
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/ingest.h"
#include "crosswire/summarize.h"
#include "synthetic_story.h"

namespace crosswire::bench {
namespace {

constexpr double kMinTimedMs = 100;  // repeat a selection until this much CPU is spent
constexpr int kMaxRepeats = 1000;
constexpr int kSetupCapFactor = 10;  // story + analysis may take this many time caps

struct Options {
  std::vector<std::string> methods;
  std::vector<size_t> sizes = {10, 100, 1000, 10000};
  int64_t words = 250;
  double time_cap_s = 120;
  double max_memory_gib = 16;
  uint64_t seed = 42;
  std::string data_dir = std::string(CROSSWIRE_SHARED_DATA) + "/duc2006";
  bool zipfian = false;
  bool query = false;      // --query: focus on the core topic's statement
  std::string query_text;  // filled from the pool when `query`
  bool help = false;
};

// What one child reported.
struct Run {
  enum class Status { kOk, kTimeout, kOom, kFailed };
  Status status = Status::kFailed;
  std::string failure;      // for kFailed: what happened
  double analysis_ms = 0;   // CPU
  double selection_ms = 0;  // CPU per Summarize() call (mean)
  int repeats = 0;
  double peak_mib = 0;  // ru_maxrss
  size_t units = 0, candidates = 0, words = 0;
  size_t picked = 0, picked_words = 0;
  std::vector<std::string> notes;
};

double CpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Current (not peak) resident memory of this process: what a child inherits.
double CurrentRssMib() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

void WriteAll(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

// The child: story, analysis, then (unless `method` is empty) the timed
// selection. Reports on `fd`, one record per line, and never returns.
[[noreturn]] void RunChild(const Options& options, const SentencePool* pool, size_t articles,
                           const std::string& method, int fd) {
  rlimit cap{};
  cap.rlim_cur = cap.rlim_max = static_cast<rlim_t>(options.max_memory_gib * 1024 * 1024 * 1024);
  setrlimit(RLIMIT_AS, &cap);
  try {
    Story story = pool != nullptr ? SampledStory(*pool, articles, options.seed)
                                  : ZipfianStory(articles, static_cast<uint32_t>(options.seed));
    double t0 = CpuMs();
    auto analyzed = AnalyzeStory(story);
    double analysis_ms = CpuMs() - t0;
    if (!analyzed) {
      WriteAll(fd, "error analysis: " + analyzed.error().message() + "\n");
      _exit(1);
    }
    std::vector<size_t> candidates = Candidates(*analyzed);
    size_t words = 0;
    for (const Sentence& s : analyzed->sentences) words += s.words;
    std::ostringstream ready;
    ready << "ready " << analysis_ms << " " << analyzed->sentences.size() << " "
          << candidates.size() << " " << words << "\n";
    WriteAll(fd, ready.str());
    if (method.empty()) _exit(0);

    auto summarizer = MakeSummarizer(method);
    SummaryRequest request(*Budget::Words(options.words));
    request.seed = options.seed;
    if (options.query) request.query = options.query_text;
    double total_ms = 0;
    int repeats = 0;
    std::optional<Summary> first;
    while (repeats < kMaxRepeats && total_ms < kMinTimedMs) {
      double t = CpuMs();
      auto summary = Summarize(*analyzed, **summarizer, request);
      total_ms += CpuMs() - t;
      ++repeats;
      if (!summary) {
        WriteAll(fd, "error " + method + ": " + summary.error().message() + "\n");
        _exit(1);
      }
      if (!first) first = std::move(*summary);
    }
    size_t picked_words = 0;
    for (const SummarySentence& s : first->sentences) {
      picked_words += analyzed->sentences[s.sentence].words;
    }
    std::ostringstream done;
    done << "done " << total_ms / repeats << " " << repeats << " " << first->sentences.size() << " "
         << picked_words << "\n";
    for (const std::string& note : first->notes) done << "note " << note << "\n";
    WriteAll(fd, done.str());
    _exit(0);
  } catch (const std::bad_alloc&) {
    WriteAll(fd, "oom\n");
    _exit(3);
  }
}

// Forks a child for (method, articles) — method empty for the baseline — and
// collects its report, its exit and its peak RSS.
Run Measure(const Options& options, const SentencePool* pool, size_t articles,
            const std::string& method) {
  Run run;
  int fds[2];
  if (pipe(fds) != 0) {
    run.failure = std::string("pipe: ") + std::strerror(errno);
    return run;
  }
  std::cout.flush();
  std::cerr.flush();
  pid_t pid = fork();
  if (pid < 0) {
    run.failure = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return run;
  }
  if (pid == 0) {
    close(fds[0]);
    RunChild(options, pool, articles, method, fds[1]);
  }
  close(fds[1]);

  using Clock = std::chrono::steady_clock;
  auto deadline =
      Clock::now() + std::chrono::duration<double>(options.time_cap_s * kSetupCapFactor);
  std::string buffer;
  bool ready = false, done = false, timed_out = false;
  std::vector<std::string> lines;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) continue;
    char chunk[4096];
    ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the child closed the pipe: it exited
    buffer.append(chunk, static_cast<size_t>(n));
    for (size_t nl; (nl = buffer.find('\n')) != std::string::npos; buffer.erase(0, nl + 1)) {
      std::string line = buffer.substr(0, nl);
      if (line.starts_with("ready ") && !ready) {
        ready = true;
        // The cap is on the selection; the story and the analysis had theirs.
        deadline = Clock::now() + std::chrono::duration<double>(options.time_cap_s);
      }
      if (line.starts_with("done ")) done = true;
      lines.push_back(std::move(line));
    }
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  run.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;

  bool oom = false;
  for (const std::string& line : lines) {
    std::istringstream in(line);
    std::string tag;
    in >> tag;
    if (tag == "ready") {
      in >> run.analysis_ms >> run.units >> run.candidates >> run.words;
    } else if (tag == "done") {
      in >> run.selection_ms >> run.repeats >> run.picked >> run.picked_words;
    } else if (tag == "note") {
      run.notes.push_back(line.substr(5));
    } else if (tag == "oom") {
      oom = true;
    } else if (tag == "error") {
      run.failure = line.substr(6);
    }
  }
  if (timed_out) {
    run.status = Run::Status::kTimeout;
  } else if (oom) {
    run.status = Run::Status::kOom;
  } else if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && (method.empty() ? ready : done)) {
    run.status = Run::Status::kOk;
  } else {
    run.status = Run::Status::kFailed;
    if (run.failure.empty()) {
      run.failure = WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status))
                                        : "exit status " + std::to_string(WEXITSTATUS(status));
    }
  }
  return run;
}

// ---- Flags -------------------------------------------------------------------

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    if (comma > start) out.emplace_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

template <typename T>
Result<T> ParseNumber(std::string_view flag, std::string_view value, T min, T max) {
  T x{};
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
  if (ec != std::errc() || end != value.data() + value.size() || x < min || x > max) {
    std::ostringstream msg;
    msg << flag << " must be a number from " << min << " to " << max << ", got \""
        << Abbreviate(value) << "\"";
    return InvalidInput(msg.str());
  }
  return x;
}

Result<Options> ParseFlags(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view flag = argv[i];
    if (flag == "--zipfian") {
      options.zipfian = true;
      continue;
    }
    if (flag == "--query") {
      options.query = true;
      continue;
    }
    if (flag == "-h" || flag == "--help") {
      options.help = true;
      return options;
    }
    if (i + 1 >= argc) return InvalidInput("flag " + std::string(flag) + " needs a value");
    std::string_view value = argv[++i];
    if (flag == "--methods") {
      options.methods = SplitList(value);
    } else if (flag == "--sizes") {
      options.sizes.clear();
      for (const std::string& s : SplitList(value)) {
        auto n = ParseNumber<size_t>("--sizes", s, 1, ingest::kMaxArticlesPerStory);
        if (!n) return std::unexpected(n.error());
        options.sizes.push_back(*n);
      }
    } else if (flag == "--words") {
      auto n = ParseNumber<int64_t>("--words", value, 1, Budget::kMaxLimit);
      if (!n) return std::unexpected(n.error());
      options.words = *n;
    } else if (flag == "--time-cap-s") {
      auto n = ParseNumber<double>("--time-cap-s", value, 0.1, 86400);
      if (!n) return std::unexpected(n.error());
      options.time_cap_s = *n;
    } else if (flag == "--max-memory-gib") {
      auto n = ParseNumber<double>("--max-memory-gib", value, 0.5, 1024);
      if (!n) return std::unexpected(n.error());
      options.max_memory_gib = *n;
    } else if (flag == "--seed") {
      auto n = ParseNumber<uint64_t>("--seed", value, 0, UINT64_MAX);
      if (!n) return std::unexpected(n.error());
      options.seed = *n;
    } else if (flag == "--data") {
      options.data_dir = value;
    } else {
      return InvalidInput("unknown flag \"" + Abbreviate(flag) + "\"");
    }
  }
  if (options.sizes.empty()) return InvalidInput("--sizes lists no size");
  if (options.query && options.zipfian) {
    return InvalidInput("--query needs the DUC topic statements; the Zipfian stories have none");
  }
  if (options.methods.empty()) options.methods = SummarizerNames();
  for (const std::string& m : options.methods) {
    auto made = MakeSummarizer(m);
    if (!made) return std::unexpected(made.error());
  }
  // lead is the yardstick of the ratio column.
  if (std::find(options.methods.begin(), options.methods.end(), "lead") == options.methods.end()) {
    options.methods.insert(options.methods.begin(), "lead");
  }
  return options;
}

// ---- Output --------------------------------------------------------------------

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

// Three significant digits or so, never scientific.
std::string Ms(double ms) { return Fixed(ms, ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0); }
std::string Ratio(double r) { return Fixed(r, r < 10 ? 1 : 0); }

std::string Thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string StatusText(const Run& run) {
  switch (run.status) {
    case Run::Status::kOk:
      return Ms(run.selection_ms);
    case Run::Status::kTimeout:
      return "timeout";
    case Run::Status::kOom:
      return "oom";
    case Run::Status::kFailed:
      return "failed";
  }
  return "failed";
}

}  // namespace
}  // namespace crosswire::bench

int main(int argc, char** argv) {
  using namespace crosswire::bench;
  constexpr std::string_view kUsage =
      "usage: method_scaling [--methods a,b] [--sizes 10,100,1000,10000] [--words 250]\n"
      "                      [--time-cap-s 120] [--max-memory-gib 16] [--seed 42]\n"
      "                      [--data DUC2006_DIR | --zipfian] [--query]\n";
  auto parsed = ParseFlags(argc, argv);
  if (!parsed) {
    std::cerr << "method_scaling: error: " << parsed.error().message() << "\n" << kUsage;
    return 2;
  }
  if (parsed->help) {
    std::cout << kUsage;
    return 0;
  }
  Options& options = *parsed;
  auto wall_start = std::chrono::steady_clock::now();

  std::optional<SentencePool> pool;
  std::string input;
  if (!options.zipfian) {
    auto read = ReadDucSentencePool(options.data_dir);
    if (read && read->topics.size() >= 5) {
      pool = std::move(*read);
      input = "real sentences sampled from " + pool->source + " (" + Thousands(pool->sentences()) +
              " sentences, " + std::to_string(pool->topics.size()) + " topics)";
    } else {
      std::string why = read ? "fewer than 5 topics" : read.error().message();
      std::cerr << "method_scaling: no DUC 2006 sentences at " << options.data_dir << " (" << why
                << "); falling back to the synthetic Zipfian generator\n";
      input =
          "synthetic Zipfian generator (fallback: no DUC 2006 data at " + options.data_dir + ")";
    }
  } else {
    input = "synthetic Zipfian generator (--zipfian)";
  }
  const SentencePool* pool_ptr = pool ? &*pool : nullptr;
  std::string focus = "generic (no query)";
  if (options.query) {
    if (pool_ptr == nullptr || CoreTopic(*pool_ptr, options.seed).query.empty()) {
      std::cerr << "method_scaling: error: --query needs the DUC 2006 topic statements (a "
                   "*topics*.sgml file beside docs/ in "
                << options.data_dir << ")\n";
      return 2;
    }
    const SentencePool::Topic& core = CoreTopic(*pool_ptr, options.seed);
    options.query_text = core.query;
    focus = "query-focused on " + core.id + " (\"" + crosswire::Abbreviate(core.query, 60) + "\")";
  }
  const double harness_mib = CurrentRssMib();

  std::cout << "# Method scaling\n\n"
            << "input: " << input << "; seed " << options.seed << "\n"
            << "budget: " << options.words << " words, " << focus << "; time cap "
            << options.time_cap_s << " s per (method, size); address space cap "
            << options.max_memory_gib << " GiB per child\n"
            << "harness RSS before forking (inherited by, and included in, every figure): "
            << Fixed(harness_mib, 0) << " MiB\n\n";
  std::cout.flush();

  // runs[size index][method] ; baselines[size index]
  std::vector<Run> baselines;
  std::vector<std::map<std::string, Run>> runs(options.sizes.size());
  for (size_t z = 0; z < options.sizes.size(); ++z) {
    size_t n = options.sizes[z];
    Run base = Measure(options, pool_ptr, n, "");
    std::cerr << "method_scaling: " << n << " articles: baseline "
              << (base.status == Run::Status::kOk ? Ms(base.analysis_ms) + " ms analysis"
                                                  : (StatusText(base) + " " + base.failure))
              << ", " << Fixed(base.peak_mib, 0) << " MiB\n";
    baselines.push_back(base);
    for (const std::string& m : options.methods) {
      Run run = Measure(options, pool_ptr, n, m);
      std::cerr << "method_scaling: " << n << " articles: " << m << " " << StatusText(run)
                << (run.status == Run::Status::kOk ? " ms"
                    : run.failure.empty()          ? ""
                                                   : " " + run.failure)
                << ", " << Fixed(run.peak_mib, 0) << " MiB\n";
      runs[z][m] = std::move(run);
    }
  }

  // The stories.
  std::cout << "| articles | units | candidates | words | analysis CPU ms | baseline peak MiB |\n"
            << "|---:|---:|---:|---:|---:|---:|\n";
  for (size_t z = 0; z < options.sizes.size(); ++z) {
    const Run& b = baselines[z];
    std::cout << "| " << Thousands(options.sizes[z]) << " | " << Thousands(b.units) << " | "
              << Thousands(b.candidates) << " | " << Thousands(b.words) << " | "
              << (b.status == Run::Status::kOk ? Ms(b.analysis_ms) : StatusText(b)) << " | "
              << Fixed(b.peak_mib, 0) << " |\n";
  }

  // The methods.
  std::cout << "\nSelection CPU ms per story (mean of repeated runs) and peak RSS in MiB of a "
               "child that builds the story, analyses it and selects; the baseline row is the "
               "analysis alone. The last column: (analysis + selection) CPU over the same for "
               "lead.\n\n| method |";
  std::string rule = "|---|";
  for (size_t n : options.sizes) {
    std::cout << " " << Thousands(n) << ": ms | " << Thousands(n) << ": MiB |";
    rule += "---:|---:|";
  }
  std::cout << " digest CPU ÷ lead's (";
  for (size_t z = 0; z < options.sizes.size(); ++z) {
    std::cout << (z ? " / " : "") << Thousands(options.sizes[z]);
  }
  std::cout << ") |\n" << rule << "---:|\n";
  std::cout << "| *baseline: story + analysis* |";
  for (const Run& b : baselines) {
    std::cout << " " << (b.status == Run::Status::kOk ? Ms(b.analysis_ms) : StatusText(b)) << " | "
              << Fixed(b.peak_mib, 0) << " |";
  }
  std::cout << " |\n";
  for (const std::string& m : options.methods) {
    std::cout << "| " << m << " |";
    std::string ratios;
    for (size_t z = 0; z < options.sizes.size(); ++z) {
      const Run& r = runs[z][m];
      const Run& lead = runs[z]["lead"];
      std::cout << " " << StatusText(r) << " | " << Fixed(r.peak_mib, 0) << " |";
      std::string ratio = "–";
      const double analysis_ms = baselines[z].analysis_ms;
      if (lead.status == Run::Status::kOk && baselines[z].status == Run::Status::kOk) {
        const double lead_ms = analysis_ms + lead.selection_ms;
        if (r.status == Run::Status::kOk) ratio = Ratio((analysis_ms + r.selection_ms) / lead_ms);
        if (r.status == Run::Status::kTimeout) {
          ratio = "> " + Ratio((analysis_ms + options.time_cap_s * 1e3) / lead_ms);
        }
      }
      ratios += (z ? " / " : "") + ratio;
    }
    std::cout << " " << ratios << " |\n";
  }

  // Speed is no use if the digest degenerates: its length says whether the
  // method still fills the budget at every size.
  std::cout << "\nDigest length, words (sentences), budget " << options.words << " words:\n\n"
            << "| method |";
  for (size_t n : options.sizes) std::cout << " " << Thousands(n) << " |";
  std::cout << "\n|---|";
  for (size_t z = 0; z < options.sizes.size(); ++z) std::cout << "---:|";
  std::cout << "\n";
  for (const std::string& m : options.methods) {
    std::cout << "| " << m << " |";
    for (size_t z = 0; z < options.sizes.size(); ++z) {
      const Run& r = runs[z][m];
      if (r.status == Run::Status::kOk) {
        std::cout << " " << r.picked_words << " (" << r.picked << ") |";
      } else {
        std::cout << " " << StatusText(r) << " |";
      }
    }
    std::cout << "\n";
  }

  // What the methods did beyond their textbook form, and failures.
  std::cout << "\nNotes from the methods (Selection::notes), with the sizes where they "
               "appeared:\n\n";
  bool any = false;
  for (const std::string& m : options.methods) {
    std::map<std::string, std::vector<size_t>> where;
    std::vector<std::string> order;
    for (size_t z = 0; z < options.sizes.size(); ++z) {
      const Run& r = runs[z][m];
      for (const std::string& note : r.notes) {
        if (where.find(note) == where.end()) order.push_back(note);
        where[note].push_back(options.sizes[z]);
      }
      if (r.status == Run::Status::kFailed) {
        std::cout << "- " << m << " at " << Thousands(options.sizes[z])
                  << " articles failed: " << r.failure << "\n";
        any = true;
      }
    }
    for (const std::string& note : order) {
      std::cout << "- " << note << " (" << m << ", at";
      for (size_t z = 0; z < where[note].size(); ++z) {
        std::cout << (z ? ", " : " ") << Thousands(where[note][z]);
      }
      std::cout << " articles)\n";
      any = true;
    }
  }
  if (!any) std::cout << "- none\n";
  double wall_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  std::cout << "\nwall time of the whole run: " << Fixed(wall_s, 0) << " s\n";
  return 0;
}
