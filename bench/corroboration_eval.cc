// Corroboration against the gold stories (testdata/corroboration/stories/):
// verdict precision and recall, per verdict, single-source facts, name
// variants and the false-grouping rate, per split (dev, test, all).
//
//   build/ci/bench/corroboration_eval [--data ../shared/data] [--split dev|test|all]
//                                     [--stories DIR] [--verbose] [--misses] [--missed-groups]
//                                     [--unmatched]
//                                     [--groups DEV_STORY_ID]
//
// Each story is read as tests/corroboration_gold_test.cc reads it
// (ReadGoldInputs), analysed with AnalyzeStory and given to Corroborate; the
// produced groups are scored by crosswire::gold::ScoreStory. The definitions
// of every figure are at the top of tests/support/corroboration_gold.h and in
// testdata/corroboration/README.md; in short:
//
//   verdict precision  produced cross-outlet groups (agree, conflict, variant,
//                      revised) whose matched facts all map to one gold group,
//                      from two or more of its articles, with its verdict
//                      / produced cross-outlet groups
//   verdict recall     gold cross-outlet groups found so / gold cross-outlet groups
//   single-source P/R  the same for single-source groups
//   name-variant recall gold name groups with verdict variant found so / all of them
//   false-grouping rate produced cross-outlet groups whose matched facts map to
//                      two or more gold groups / those with two or more matched facts
//
// --split test limits the run to the test stories (report only these). A test
// story's own figures are never printed, only the test split's totals. --verbose
// lists every false grouping and every produced cross-outlet group counted wrong
// (with why) of the dev stories; --misses lists, for dev stories only (tune on
// dev, never read test), each gold name-variant group not found and the
// produced group each of its claims landed in; --missed-groups does the same for every
// gold cross-outlet group not found (any kind); --unmatched lists the dev stories'
// produced claims that match no gold claim (extraction false positives). Stories whose inputs lie
// under --data are skipped with a note when that directory is absent. Exit 1 on a bad story file or
// input.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corroboration_gold.h"
#include "crosswire/corroborate.h"
#include "crosswire/represent.h"

namespace {

namespace fs = std::filesystem;
using crosswire::gold::GoldStory;
using crosswire::gold::Tally;

int Usage() {
  std::fprintf(stderr,
               "usage: corroboration_eval [--data DIR] [--split dev|test|all] [--stories DIR] "
               "[--verbose] [--misses] [--missed-groups] [--unmatched] [--groups DEV_STORY_ID]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = CROSSWIRE_SHARED_DATA;
  std::string stories_dir = std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/corroboration/stories";
  std::string split = "all";
  bool verbose = false;
  bool misses = false;
  bool missed_groups = false;
  bool unmatched = false;
  std::string dump_groups;  // --groups ID: a dev story whose produced groups are printed
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (arg == "--split" && i + 1 < argc) {
      split = argv[++i];
      if (split != "dev" && split != "test" && split != "all") return Usage();
    } else if (arg == "--stories" && i + 1 < argc) {
      stories_dir = argv[++i];
    } else if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--unmatched") {
      unmatched = true;
    } else if (arg == "--misses") {
      misses = true;
    } else if (arg == "--groups" && i + 1 < argc) {
      dump_groups = argv[++i];
    } else if (arg == "--missed-groups") {
      misses = missed_groups = true;
    } else {
      return Usage();
    }
  }
  const bool have_shared = fs::exists(data);
  std::map<std::string, Tally> by_split;
  size_t scored = 0;
  std::printf("%-38s %-5s %5s %7s %6s | %-15s %-15s %-11s %s\n", "story", "split", "blind",
              "groups", "claims", "verdict P", "verdict R", "single R", "false groupings");
  for (const fs::path& path : crosswire::gold::GoldStoryFiles(stories_dir)) {
    auto gold = crosswire::gold::LoadGoldStory(path);
    if (!gold) {
      std::fprintf(stderr, "corroboration_eval: %s\n", gold.error().message().c_str());
      return 1;
    }
    if (split != "all" && gold->split != split) continue;
    if (gold->root == "shared" && !have_shared) {
      std::printf("%-38s skipped: %s is absent\n", gold->id.c_str(), data.c_str());
      continue;
    }
    auto story = crosswire::gold::ReadGoldInputs(*gold, data, CROSSWIRE_SOURCE_DIR);
    if (!story) {
      std::fprintf(stderr, "corroboration_eval: %s: %s\n", path.string().c_str(),
                   story.error().message().c_str());
      return 1;
    }
    auto analyzed = crosswire::AnalyzeStory(std::make_shared<const crosswire::Story>(*story));
    if (!analyzed) {
      std::fprintf(stderr, "corroboration_eval: %s: %s\n", gold->id.c_str(),
                   analyzed.error().message().c_str());
      return 1;
    }
    auto groups = crosswire::Corroborate(*analyzed);
    if (!groups) {
      std::fprintf(stderr, "corroboration_eval: %s: %s\n", gold->id.c_str(),
                   groups.error().message().c_str());
      return 1;
    }
    if (gold->split == "dev" && gold->id == dump_groups) {  // never a test story's output
      for (const crosswire::FactGroup& g : *groups) {
        std::printf("  %s %s [%s]", std::string(crosswire::VerdictName(g.verdict)).c_str(),
                    std::string(crosswire::FactKindName(g.kind)).c_str(), g.about.c_str());
        for (const crosswire::Fact& f : g.claims) {
          std::printf(" | %s: %s <%s>", story->articles[f.article].id.c_str(), f.value.c_str(),
                      f.normalized_text.c_str());
        }
        std::printf("\n");
      }
    }
    const Tally t = crosswire::gold::ScoreStory(*gold, *analyzed, *groups);
    if (gold->split == "test") {
      // Held out: only the split's totals are shown, so that no one tunes on a
      // test story's figures.
      std::printf("%-38s %-5s %5s %7zu %6zu | (figures of a test story: in the totals only)\n",
                  gold->id.c_str(), gold->split.c_str(), gold->blind ? "yes" : "no",
                  gold->groups.size(), gold->claims.size());
    } else {
      std::printf(
          "%-38s %-5s %5s %7zu %6zu | %.3f (%3zu/%3zu) %.3f (%3zu/%3zu) %.3f (%zu/%zu) %zu/%zu\n",
          gold->id.c_str(), gold->split.c_str(), gold->blind ? "yes" : "no", gold->groups.size(),
          gold->claims.size(), t.cross.Precision(), t.cross.matched_predicted, t.cross.predicted,
          t.cross.Recall(), t.cross.matched_gold, t.cross.gold, t.single.Recall(),
          t.single.matched_gold, t.single.gold, t.false_groupings, t.judgeable);
    }
    by_split[gold->split].Add(t);
    by_split["all"].Add(t);
    ++scored;
  }
  std::printf("%zu stories scored\n", scored);
  for (const char* name : {"dev", "test", "all"}) {
    const auto it = by_split.find(name);
    if (it == by_split.end()) continue;
    crosswire::gold::PrintTally(stdout, name, it->second);
    if (verbose && std::strcmp(name, "dev") == 0) {
      for (const std::string& e : it->second.false_grouping_examples) {
        std::printf("    false grouping: %s\n", e.c_str());
      }
      for (const std::string& e : it->second.wrong_verdicts) {
        std::printf("    wrong verdict: %s\n", e.c_str());
      }
    }
    if (unmatched && std::strcmp(name, "dev") == 0) {
      for (const std::string& e : it->second.unmatched_claims) {
        std::printf("    unmatched: %s\n", e.c_str());
      }
    }
    if (misses && std::strcmp(name, "dev") == 0) {
      for (const std::string& e : it->second.variant_misses) {
        std::printf("    missed variant: %s\n", e.c_str());
      }
      for (const std::string& e : it->second.kind_misses) {
        std::printf("    wrong kind: %s\n", e.c_str());
      }
      for (const std::string& e : it->second.speaker_misses) {
        std::printf("    wrong speaker: %s\n", e.c_str());
      }
      if (missed_groups) {
        for (const std::string& e : it->second.cross_misses) {
          std::printf("    missed group: %s\n", e.c_str());
        }
      }
    }
  }
  return 0;
}
