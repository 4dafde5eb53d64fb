// `crosswire ingest` (articles into the store, grouped into stories as they
// arrive) and `crosswire stories` (the stored stories). Parsing and wiring
// only: the work is in crosswire/stream.h and crosswire/store.h.
#include "crosswire/stream.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "commands.h"
#include "crosswire/timestamp.h"

namespace crosswire::cli {
namespace {

int Fail(const Error& e, int code) {
  std::cerr << "crosswire: error: " << e.message() << "\n";
  return code;
}

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string store = "crosswire.db";
  double window_days = 7;
  size_t merge_every = ClusterOptions{}.merge_every;
  std::string language = "english";
  bool quiet = false;
  bool strict = false;
  std::string timings;  // TSV of per-batch totals; empty: none
};

// Process CPU seconds (user, system) and peak RSS in MiB, for --timings.
struct Usage {
  double user = 0, system = 0, peak_rss_mib = 0;
};
Usage ProcessUsage() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
  };
  return {seconds(u.ru_utime), seconds(u.ru_stime), static_cast<double>(u.ru_maxrss) / 1024.0};
}

int RunIngest(const IngestArgs& args) {
  IngestOptions options;
  options.cluster.window_days = args.window_days;
  options.cluster.merge_every = args.merge_every;
  options.cluster.language = args.language;
  auto read = ValidateReadOptions("auto", args.language);
  if (!read) return Fail(read.error(), kExitUsage);
  options.read = *read;
  options.stop_at_bad_input = args.strict;
  if (auto ok = ValidateClusterOptions(options.cluster); !ok) return Fail(ok.error(), kExitUsage);
  // --timings: one line per committed batch, running totals, so the cost per
  // article can be followed as the store grows (docs/store.md).
  std::FILE* timings = nullptr;
  if (!args.timings.empty()) {
    timings = std::fopen(args.timings.c_str(), "w");
    if (timings == nullptr) {
      return Fail(Error(ErrorCode::kInvalidInput, "--timings: cannot write " + args.timings),
                  kExitUsage);
    }
    std::fputs("read\tadded\tstories_opened\tstories_merged\twall_s\tuser_s\tsys_s\tpeak_rss_mib\n",
               timings);
  }
  auto store = store::OpenStore(args.store);
  if (!store) {
    if (timings != nullptr) std::fclose(timings);
    return Fail(store.error(), kExitFailure);
  }
  const bool progress_line = !args.quiet && ::isatty(STDERR_FILENO);
  auto observer = [&](const IngestProgress& p, const std::vector<std::string>& warnings) {
    if (timings != nullptr) {
      Usage u = ProcessUsage();
      std::fprintf(timings, "%zu\t%zu\t%zu\t%zu\t%.3f\t%.3f\t%.3f\t%.1f\n", p.read, p.added,
                   p.stories_opened, p.stories_merged, p.seconds, u.user, u.system, u.peak_rss_mib);
      std::fflush(timings);  // readable while a long ingest runs
    }
    if (progress_line) std::cerr << "\r\033[K";
    if (!args.quiet) {
      for (const std::string& w : warnings) std::cerr << "crosswire: warning: " << w << "\n";
    }
    if (progress_line) {
      std::fprintf(stderr, "%zu articles, %.0f/s, %zu new stories, %zu duplicates", p.read,
                   p.seconds > 0 ? p.read / p.seconds : 0.0, p.stories_opened, p.duplicates);
    }
  };
  auto result = IngestIntoStore(args.inputs, **store, options, observer);
  if (progress_line) std::cerr << "\n";
  if (timings != nullptr && std::fclose(timings) != 0 && result) {
    return Fail(Error(ErrorCode::kInvalidInput, "--timings: cannot write " + args.timings),
                kExitFailure);
  }
  if (!result) return Fail(result.error(), kExitFailure);
  if (!args.quiet) {
    std::fprintf(stderr,
                 "crosswire: %zu articles read: %zu added, %zu unchanged, %zu revised, %zu wire "
                 "copies, %zu new stories, %s%zu skipped (%.2f s)\n",
                 result->read, result->added, result->unchanged, result->revised,
                 result->duplicates, result->stories_opened,
                 result->stories_merged == 0
                     ? ""
                     : (std::to_string(result->stories_merged) + " stories merged, ").c_str(),
                 result->skipped, result->seconds);
  }
  return kExitOk;
}

struct StoriesArgs {
  std::string store = "crosswire.db";
  std::string since;
  std::string search;
  size_t limit = 50;
  std::string format = "text";
};

int RunStories(const StoriesArgs& args) {
  if (args.format != "text" && args.format != "json" && args.format != "tsv") {
    return Fail(Error(ErrorCode::kInvalidInput, "unknown format \"" + Abbreviate(args.format) +
                                                    "\"; expected text, json or tsv"),
                kExitUsage);
  }
  store::ListOptions list;
  list.search = args.search;
  list.limit = args.limit;
  if (!args.since.empty()) {
    auto since = ParseUnixSeconds(args.since);
    if (!since) return Fail(since.error().WithContext("--since"), kExitUsage);
    list.since_unix_s = *since;
  }
  store::OpenOptions open;
  open.read_only = true;
  auto store = store::OpenStore(args.store, open);
  if (!store) return Fail(store.error(), kExitFailure);
  auto page = (*store)->ListStories(list);
  if (!page) return Fail(page.error(), kExitUsage);
  nlohmann::json json = nlohmann::json::array();
  for (const store::StorySummary& s : page->stories) {
    std::string outlets;
    for (const std::string& o : s.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
    std::string first = FormatUtcIso8601(s.first_seen_unix_s);
    std::string last = FormatUtcIso8601(s.last_seen_unix_s);
    if (args.format == "json") {
      json.push_back({{"id", s.id},
                      {"title", s.title},
                      {"articles", s.article_count},
                      {"outlets", s.outlets},
                      {"first_seen", first},
                      {"last_seen", last}});
    } else if (args.format == "tsv") {
      std::cout << s.id << "\t" << s.article_count << "\t" << s.outlets.size() << "\t" << first
                << "\t" << last << "\t" << s.title << "\n";
    } else {
      std::cout << "[" << s.id << "] " << s.title << "\n    " << s.article_count << " article"
                << (s.article_count == 1 ? "" : "s") << " from " << outlets << "; " << first
                << " to " << last << "\n";
    }
  }
  if (args.format == "json") std::cout << json.dump(2) << "\n";
  std::cout << std::flush;
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace

void AddStreamCommands(CLI::App& app, int* exit_code) {
  auto ingest = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read articles (files, directories, JSONL, feeds, URLs) into a store, grouping "
      "them into stories as they arrive");
  cmd->add_option("INPUT", ingest->inputs, "Files, directories, feeds, http(s) URLs, or -")
      ->required();
  cmd->add_option("--store", ingest->store, "The store (SQLite file; created when missing)")
      ->capture_default_str();
  cmd->add_option("--window-days", ingest->window_days,
                  "Stories quiet for longer than this leave the active pool")
      ->capture_default_str();
  cmd->add_option("--merge-every", ingest->merge_every,
                  "Run the story-merge step after every this many articles stored (counted "
                  "over the store's life); 0 turns it off. A merged story leaves `stories`; "
                  "`report --story` on it reports the story it was merged into")
      ->capture_default_str();
  cmd->add_option("--language", ingest->language, "Language of the articles")
      ->capture_default_str();
  cmd->add_flag("--quiet", ingest->quiet, "No progress line and no summary on stderr");
  cmd->add_flag("--strict", ingest->strict, "Stop at the first input that cannot be read");
  cmd->add_option("--timings", ingest->timings,
                  "Write one tab-separated line per committed batch to this file: running "
                  "totals (read, added, stories opened and merged), wall and CPU seconds, "
                  "peak RSS in MiB");
  cmd->callback([ingest, exit_code] { *exit_code = RunIngest(*ingest); });

  auto stories = std::make_shared<StoriesArgs>();
  CLI::App* list = app.add_subcommand("stories", "List the stories of a store, newest first");
  list->add_option("--store", stories->store, "The store")->capture_default_str();
  list->add_option("--since", stories->since,
                   "Only stories with an article at or after this time (ISO 8601)");
  list->add_option("--search", stories->search, "Only stories whose titles contain this text");
  list->add_option("--limit", stories->limit, "At most this many stories")->capture_default_str();
  list->add_option("-f,--format", stories->format, "text, json or tsv")->capture_default_str();
  list->callback([stories, exit_code] { *exit_code = RunStories(*stories); });
}

}  // namespace crosswire::cli
