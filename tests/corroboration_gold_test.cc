// Accuracy of corroboration on the gold set in testdata/corroboration/.
//
// Extraction: a predicted claim matches a gold claim of the same article and
// kind family (people, places and organisations count as one family here;
// the kind itself is scored separately) when one value contains the other,
// ignoring case and punctuation (quotes: the first 40 characters). Matching
// is one-to-one, greedy in text order. Precision counts only kinds the story
// was annotated for.
//
// Verdicts: a gold group reported by two or more outlets (agree, conflict,
// variant) is recalled when some predicted group holds matched claims from
// two of its articles with the same verdict; a predicted cross-outlet group
// is correct when the gold group holding most of its matched claims spans
// two of its articles and has its verdict. Single-source groups are scored
// the same way on their own.
//
// Print the numbers:
//   ./build/release/tests/corroboration_test --gtest_filter='CorroborationGold*'
// Draft a gold file from the current output (then correct it by hand):
//   CROSSWIRE_GOLD_DRAFT=/tmp/draft.json ./build/release/tests/corroboration_test
//       --gtest_filter=CorroborationGold*
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "corroboration_support.h"

namespace crosswire {
namespace {

using nlohmann::json;

// Measured on the gold set when it was made (see testdata/corroboration/README.md);
// the test fails when a change drops below these.
// Measured 2026-11-23 on all three stories: extraction P 0.971 R 0.902;
// cross-outlet verdicts P 0.970 R 0.821. Floors sit just below.
constexpr double kMinExtractionPrecision = 0.95;
constexpr double kMinExtractionRecall = 0.88;
constexpr double kMinVerdictPrecision = 0.95;
constexpr double kMinVerdictRecall = 0.80;

std::string Family(std::string_view kind) {
  if (kind == "person" || kind == "place" || kind == "organization") return "entity";
  return std::string(kind);
}

std::string Squash(std::string_view s, size_t limit) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
    if (out.size() >= limit) break;
  }
  return out;
}

bool ValuesMatch(std::string_view family, std::string_view a, std::string_view b) {
  const size_t limit = family == "quote" ? 40 : 1000;
  const std::string x = Squash(a, limit), y = Squash(b, limit);
  if (x.empty() || y.empty()) return false;
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

struct Counts {
  size_t predicted = 0, gold = 0, matched_predicted = 0, matched_gold = 0;
  double Precision() const { return predicted ? double(matched_predicted) / predicted : 1.0; }
  double Recall() const { return gold ? double(matched_gold) / gold : 1.0; }
};

struct Scores {
  std::map<std::string, Counts> extraction;  // by family, and "all"
  Counts cross;                              // agree / conflict / variant groups
  Counts single;                             // single-source groups
  size_t kind_right = 0, kind_total = 0;     // entity kinds among matched claims
};

std::filesystem::path ResolveInput(const json& story, const std::string& input) {
  if (story.value("root", "source") == "shared") {
    return std::filesystem::path(CROSSWIRE_SHARED_DATA) / input;
  }
  return std::filesystem::path(CROSSWIRE_SOURCE_DIR) / input;
}

json GroupsToGold(const Story& story, const std::vector<FactGroup>& groups) {
  json out = json::array();
  for (const FactGroup& g : groups) {
    json claims = json::array();
    for (const Fact& f : g.claims) {
      claims.push_back({story.articles[f.article].id, f.value});
    }
    out.push_back({{"kind", FactKindName(g.kind)},
                   {"about", g.about},
                   {"verdict", VerdictName(g.verdict)},
                   {"claims", claims}});
  }
  return out;
}

void ScoreStory(const json& gold_story, const Story& story, const std::vector<FactGroup>& groups,
                Scores* scores) {
  std::set<std::string> kinds;
  for (const auto& k : gold_story["kinds"]) kinds.insert(Family(k.get<std::string>()));

  struct GoldClaim {
    std::string article, family, kind, value;
    size_t group;
    bool used = false;
  };
  std::vector<GoldClaim> gold;
  std::vector<std::string> gold_verdicts;
  std::vector<std::set<std::string>> gold_articles;
  for (const auto& g : gold_story["groups"]) {
    const size_t index = gold_verdicts.size();
    gold_verdicts.push_back(g["verdict"].get<std::string>());
    gold_articles.emplace_back();
    const std::string kind = g["kind"].get<std::string>();
    for (const auto& c : g["claims"]) {
      gold.push_back(
          GoldClaim{c[0].get<std::string>(), Family(kind), kind, c[1].get<std::string>(), index});
      gold_articles.back().insert(c[0].get<std::string>());
    }
  }
  for (const auto& g : gold) {
    ++scores->extraction[g.family].gold;
    ++scores->extraction["all"].gold;
  }
  // Match claims group by group, in output order.
  std::vector<std::vector<std::pair<size_t, std::string>>> matched(groups.size());
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const FactGroup& g = groups[gi];
    const std::string family = Family(FactKindName(g.kind));
    if (!kinds.count(family)) continue;
    for (const Fact& f : g.claims) {
      const std::string& article = story.articles[f.article].id;
      ++scores->extraction[family].predicted;
      ++scores->extraction["all"].predicted;
      for (GoldClaim& gc : gold) {
        if (gc.used || gc.article != article || gc.family != family ||
            !ValuesMatch(family, gc.value, f.value)) {
          continue;
        }
        gc.used = true;
        ++scores->extraction[family].matched_predicted;
        ++scores->extraction["all"].matched_predicted;
        ++scores->extraction[family].matched_gold;
        ++scores->extraction["all"].matched_gold;
        if (family == "entity") {
          ++scores->kind_total;
          scores->kind_right += gc.kind == FactKindName(f.kind);
        }
        matched[gi].emplace_back(gc.group, article);
        break;
      }
    }
  }
  // Verdicts, predicted side.
  std::map<size_t, bool> gold_recalled;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const FactGroup& g = groups[gi];
    if (!kinds.count(Family(FactKindName(g.kind)))) continue;
    const bool single = g.verdict == Verdict::kSingleSource;
    Counts& counts = single ? scores->single : scores->cross;
    ++counts.predicted;
    std::map<size_t, std::set<std::string>> by_gold;
    for (const auto& [group, article] : matched[gi]) by_gold[group].insert(article);
    size_t best = static_cast<size_t>(-1), best_size = 0;
    for (const auto& [group, articles] : by_gold) {
      if (articles.size() > best_size) {
        best = group;
        best_size = articles.size();
      }
    }
    if (best == static_cast<size_t>(-1)) continue;
    const bool verdict_ok = gold_verdicts[best] == VerdictName(g.verdict);
    const bool ok = verdict_ok && (single ? best_size >= 1 : best_size >= 2);
    if (ok) {
      ++counts.matched_predicted;
      gold_recalled[best] = true;
    }
  }
  // Verdicts, gold side.
  for (size_t k = 0; k < gold_verdicts.size(); ++k) {
    Counts& counts = gold_verdicts[k] == "single_source" ? scores->single : scores->cross;
    ++counts.gold;
    if (gold_recalled.count(k)) ++counts.matched_gold;
  }
}

TEST(CorroborationGoldTest, PrecisionAndRecallOnGoldSet) {
  const auto gold_path =
      std::filesystem::path(CROSSWIRE_SOURCE_DIR) / "testdata/corroboration/gold.json";
  std::ifstream in(gold_path);
  ASSERT_TRUE(in) << gold_path;
  const json gold = json::parse(in);
  const bool have_shared = std::filesystem::exists(CROSSWIRE_SHARED_DATA);
  const char* draft_path = std::getenv("CROSSWIRE_GOLD_DRAFT");
  json draft = json::array();
  Scores scores;
  size_t stories = 0;
  for (const auto& gold_story : gold["stories"]) {
    if (gold_story.value("root", "source") == "shared" && !have_shared) continue;
    std::vector<std::string> inputs;
    for (const auto& input : gold_story["inputs"]) {
      inputs.push_back(ResolveInput(gold_story, input.get<std::string>()).string());
    }
    auto story = ingest::ReadStory(inputs);
    ASSERT_TRUE(story.has_value()) << story.error().message();
    auto analyzed = testing::AnalyzeForCorroboration(*story);
    ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
    auto groups = Corroborate(*analyzed);
    ASSERT_TRUE(groups.has_value()) << groups.error().message();
    if (draft_path != nullptr) {
      json d = gold_story;
      d["groups"] = GroupsToGold(*story, *groups);
      draft.push_back(d);
    }
    ScoreStory(gold_story, *story, *groups, &scores);
    Scores own;
    ScoreStory(gold_story, *story, *groups, &own);
    const Counts& e = own.extraction["all"];
    std::printf(
        "%-22s %-9s extraction P %.3f R %.3f | cross-outlet verdicts P %.3f R %.3f | entity "
        "kinds %zu/%zu\n",
        gold_story["id"].get<std::string>().c_str(),
        gold_story.value("held_out", false) ? "held-out" : "dev", e.Precision(), e.Recall(),
        own.cross.Precision(), own.cross.Recall(), own.kind_right, own.kind_total);
    ++stories;
  }
  if (draft_path != nullptr) {
    std::ofstream(draft_path) << json{{"stories", draft}}.dump(1) << "\n";
  }
  if (!have_shared) {
    std::printf("note: %s is absent; scoring the example story only\n", CROSSWIRE_SHARED_DATA);
  }
  std::printf("corroboration gold set: %zu stories\n", stories);
  std::printf("%-14s %9s %9s %7s %7s\n", "extraction", "precision", "recall", "pred", "gold");
  for (const auto& [family, c] : scores.extraction) {
    std::printf("%-14s %9.3f %9.3f %7zu %7zu\n", family.c_str(), c.Precision(), c.Recall(),
                c.predicted, c.gold);
  }
  std::printf("entity kind accuracy (person/place/organization): %.3f of %zu\n",
              scores.kind_total ? double(scores.kind_right) / scores.kind_total : 1.0,
              scores.kind_total);
  std::printf(
      "verdicts, cross-outlet groups (agree/conflict/variant): precision %.3f (%zu/%zu) "
      "recall %.3f (%zu/%zu)\n",
      scores.cross.Precision(), scores.cross.matched_predicted, scores.cross.predicted,
      scores.cross.Recall(), scores.cross.matched_gold, scores.cross.gold);
  std::printf("verdicts, single-source groups: precision %.3f (%zu/%zu) recall %.3f (%zu/%zu)\n",
              scores.single.Precision(), scores.single.matched_predicted, scores.single.predicted,
              scores.single.Recall(), scores.single.matched_gold, scores.single.gold);
  const Counts& all = scores.extraction["all"];
  EXPECT_GE(all.Precision(), kMinExtractionPrecision);
  EXPECT_GE(all.Recall(), kMinExtractionRecall);
  EXPECT_GE(scores.cross.Precision(), kMinVerdictPrecision);
  EXPECT_GE(scores.cross.Recall(), kMinVerdictRecall);
}

}  // namespace
}  // namespace crosswire
