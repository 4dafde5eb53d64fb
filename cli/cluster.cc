// crosswire cluster: groups a stream of articles into stories, in memory.
// Parsing and printing only; the work is ClusterInputs (crosswire/stream.h).
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"
#include "crosswire/stream.h"

namespace crosswire::cli {
namespace {

struct ClusterArgs {
  std::vector<std::string> inputs;
  std::string format = "tsv";
  double window_days = 7;
};

int RunCluster(const ClusterArgs& args) {
  ClusterOptions options;
  options.window_days = args.window_days;
  if (auto ok = ValidateClusterOptions(options); !ok) {
    std::cerr << "crosswire: error: " << ok.error().message() << "\n";
    return kExitUsage;
  }
  const bool json = args.format == "json";
  nlohmann::json out = nlohmann::json::array();
  auto print = [&](const ClusteredArticle* a, const std::vector<std::string>& warnings) {
    for (const std::string& w : warnings) std::cerr << "crosswire: warning: " << w << "\n";
    if (!a) return;
    if (json) {
      out.push_back({{"article", a->id},
                     {"story", a->story},
                     {"opened", a->opened},
                     {"duplicate_of",
                      a->duplicate_of ? nlohmann::json(*a->duplicate_of) : nlohmann::json(nullptr)},
                     {"no_story_text", a->no_story_text}});
    } else {
      std::cout << a->id << '\t' << a->story << '\n';
    }
  };
  auto clustered = ClusterInputs(args.inputs, options, {}, print);
  if (!clustered) {
    std::cerr << "crosswire: error: " << clustered.error().message() << "\n";
    return kExitFailure;
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
