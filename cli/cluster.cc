// crosswire cluster: groups a stream of articles into stories. Parsing and
// wiring only; the work is in the cluster module (include/crosswire/cluster.h).
//
// Inputs are read in the order given; a directory's files in name order
// (hidden files skipped); each file may hold one article or many (JSONL, DUC).
// An article's time is its `published` field; an article without one takes
// the newest time seen so far (the start of time when none has been seen).
#include "crosswire/cluster.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"
#include "crosswire/ingest.h"
#include "crosswire/timestamp.h"

namespace crosswire::cli {
namespace {

namespace fs = std::filesystem;

struct ClusterArgs {
  std::vector<std::string> inputs;
  std::string format = "tsv";
  double window_days = 7;
};

// The files of the inputs, in stream order.
Result<std::vector<std::string>> ListFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<std::string> entries;
      for (const auto& e : fs::directory_iterator(input, ec)) {
        std::string name = e.path().filename().string();
        if (!name.empty() && name[0] != '.' && e.is_regular_file()) entries.push_back(e.path());
      }
      if (ec) return DataLoss(input + ": cannot list directory: " + ec.message());
      std::sort(entries.begin(), entries.end());
      if (entries.empty()) return InvalidInput(input + ": directory has no files");
      files.insert(files.end(), entries.begin(), entries.end());
    } else {
      files.push_back(input);
    }
  }
  return files;
}

int Fail(const Error& e) {
  std::cerr << "crosswire: error: " << e.message() << "\n";
  return kExitFailure;
}

int RunCluster(const ClusterArgs& args) {
  ClusterOptions options;
  options.window_days = args.window_days;
  auto clusterer = StoryClusterer::Create(options);
  if (!clusterer) {
    std::cerr << "crosswire: error: " << clusterer.error().message() << "\n";
    return kExitUsage;
  }
  auto files = ListFiles(args.inputs);
  if (!files) return Fail(files.error());
  const bool json = args.format == "json";
  nlohmann::json out = nlohmann::json::array();
  std::vector<std::string> ids;             // by article index
  std::map<std::string, std::string> seen;  // id -> source
  int64_t now = 0;
  for (const std::string& file : *files) {
    auto story = ingest::ReadStory({file});
    if (!story) return Fail(story.error());
    for (const std::string& w : story->warnings) std::cerr << "crosswire: warning: " << w << "\n";
    for (const Article& article : story->articles) {
      auto [it, inserted] = seen.emplace(article.id, article.source);
      if (!inserted) {
        return Fail(Error(
            ErrorCode::kInvalidInput,
            article.source + ": article id \"" + article.id + "\" already used by " + it->second));
      }
      int64_t t = now;
      if (article.published) {
        auto parsed = ParseUnixSeconds(*article.published);
        if (!parsed) return Fail(parsed.error().WithContext(article.source));
        t = *parsed;
      }
      now = std::max(now, t);
      auto a = clusterer->Add(article, t);
      if (!a) return Fail(a.error());
      ids.push_back(article.id);
      if (json) {
        out.push_back({{"article", article.id},
                       {"story", a->story},
                       {"opened", a->opened},
                       {"duplicate_of", a->duplicate_of ? nlohmann::json(ids[*a->duplicate_of])
                                                        : nlohmann::json(nullptr)}});
      } else {
        std::cout << article.id << '\t' << a->story << '\n';
      }
    }
  }
  if (json) std::cout << out.dump(2) << '\n';
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace

void AddClusterCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ClusterArgs>();
  CLI::App* sub = app.add_subcommand(
      "cluster",
      "group a stream of articles into stories; prints '<article id>\\t<story id>' per article");
  sub->add_option("inputs", args->inputs,
                  "files or directories read in order as one stream (a directory's files in "
                  "name order; '-' is standard input)")
      ->required();
  sub->add_option("--format", args->format, "tsv (default) or json")
      ->check(CLI::IsMember({"tsv", "json"}));
  sub->add_option("--window-days", args->window_days,
                  "stories idle this many days of article time leave the active pool (default 7)")
      ->check(CLI::PositiveNumber);
  sub->callback([args, exit_code] { *exit_code = RunCluster(*args); });
}

}  // namespace crosswire::cli
