// Accuracy of corroboration on the gold stories in testdata/corroboration/stories/
// (format 2; guide: testdata/corroboration/README.md), the checks on the story
// files themselves, and the scorer that bench/corroboration_eval prints per
// split (tests/support/corroboration_gold.h, which defines every figure).
//
// The floors below use the first scorer (described next) on the three
// stories it was measured on; the new stories are scored and printed, not
// floored, so that tuning cannot hide behind them.
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
// The table rows below build FactGroup by aggregate initialisation of its
// first four fields; the later ones (timeline, routine) keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include "corroboration_gold.h"

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

using gold::Family;
using gold::ValuesMatch;
using nlohmann::json;

// Measured on the gold set when it was made (see testdata/corroboration/README.md);
// the test fails when a change drops below these.
// Measured 2026-11-23 on all three stories: extraction P 0.971 R 0.902;
// cross-outlet verdicts P 0.970 R 0.821. Re-measured 2026-12-03 after the
// conversion to format 2, which changed the gold, not the system: two name
// groups are now `variant` (Assad / Bashar al-Assad, UN / United Nations) and
// the NewsWCL50 articles carry their publication dates: verdicts P 0.906
// (29/32) R 0.744 (29/39), extraction unchanged. Re-measured 2026-12-07
// after the gold of both NewsWCL50 stories was given the month and holiday
// dates the guide asks for and they lacked ("will visit in July", "over
// Easter"), again a change of the gold: three more cross-outlet groups, one
// of which the system finds: verdicts P 0.914 (32/35) R 0.714 (30/42),
// extraction P 0.962 R 0.935. Floors sit just below.
constexpr double kMinExtractionPrecision = 0.95;
constexpr double kMinExtractionRecall = 0.88;
constexpr double kMinVerdictPrecision = 0.90;
constexpr double kMinVerdictRecall = 0.70;

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

// The v1 scorer, kept as it was (no sentence test; best gold group by most
// articles) so the floors below keep meaning what they meant.
void ScoreStory(const gold::GoldStory& gold_story, const Story& story,
                const std::vector<FactGroup>& groups, Scores* scores) {
  const std::set<std::string>& kinds = gold_story.kinds;

  struct GoldClaim {
    std::string article, family, kind, value;
    size_t group;
    bool used = false;
  };
  std::vector<GoldClaim> gold;
  std::vector<std::string> gold_verdicts;
  std::vector<std::set<std::string>> gold_articles;
  for (const gold::GoldGroup& g : gold_story.groups) {
    const size_t index = gold_verdicts.size();
    gold_verdicts.push_back(g.verdict);
    gold_articles.push_back(g.articles);
    for (size_t c : g.claims) {
      const gold::GoldClaim& claim = gold_story.claims[c];
      gold.push_back(GoldClaim{claim.article, Family(g.kind), g.kind, claim.value, index});
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

std::filesystem::path StoriesDir() {
  return std::filesystem::path(CROSSWIRE_SOURCE_DIR) / "testdata/corroboration/stories";
}

// The stories the floors were measured on (gold.json format 1, converted).
const std::set<std::string> kFloorStories = {"aleppo-2016-12-14", "newswcl50-event_0",
                                             "newswcl50-event_5"};

// Every story file parses and is consistent (verdicts against article counts,
// claims naming listed articles, distinct pairs naming groups), and its inputs
// can be read and hold exactly the articles it lists.
TEST(CorroborationGoldTest, EveryStoryFileIsWellFormed) {
  const auto files = gold::GoldStoryFiles(StoriesDir());
  ASSERT_GE(files.size(), 3u) << StoriesDir();
  const bool have_shared = std::filesystem::exists(CROSSWIRE_SHARED_DATA);
  std::set<std::string> ids;
  for (const auto& path : files) {
    auto story = gold::LoadGoldStory(path);
    ASSERT_TRUE(story.has_value()) << story.error().message();
    EXPECT_TRUE(ids.insert(story->id).second) << path << ": id repeats";
    EXPECT_EQ(path.stem().string(), story->id) << path << ": file name must be <id>.json";
    if (story->root == "shared" && !have_shared) continue;
    auto read = gold::ReadGoldInputs(*story, CROSSWIRE_SHARED_DATA, CROSSWIRE_SOURCE_DIR);
    ASSERT_TRUE(read.has_value()) << read.error().message();
    EXPECT_EQ(read->articles.size(), story->outlets.size()) << path;
  }
}

TEST(CorroborationGoldTest, PrecisionAndRecallOnGoldSet) {
  const bool have_shared = std::filesystem::exists(CROSSWIRE_SHARED_DATA);
  const char* draft_path = std::getenv("CROSSWIRE_GOLD_DRAFT");
  json draft = json::array();
  Scores scores;
  std::map<std::string, gold::Tally> by_split;
  size_t stories = 0;
  for (const auto& path : gold::GoldStoryFiles(StoriesDir())) {
    auto gold_story = gold::LoadGoldStory(path);
    ASSERT_TRUE(gold_story.has_value()) << gold_story.error().message();
    if (gold_story->root == "shared" && !have_shared) continue;
    auto story = gold::ReadGoldInputs(*gold_story, CROSSWIRE_SHARED_DATA, CROSSWIRE_SOURCE_DIR);
    ASSERT_TRUE(story.has_value()) << story.error().message();
    auto analyzed = testing::AnalyzeForCorroboration(*story);
    ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
    auto groups = Corroborate(*analyzed);
    ASSERT_TRUE(groups.has_value()) << groups.error().message();
    // Every name variant says why its names were linked (issue 10, item 4).
    for (const FactGroup& g : *groups) {
      const bool entity = g.kind == FactKind::kPerson || g.kind == FactKind::kPlace ||
                          g.kind == FactKind::kOrganization;
      if (entity && g.verdict == Verdict::kVariant) {
        EXPECT_FALSE(g.reasons.empty()) << gold_story->id << ": " << g.about;
      }
    }
    if (draft_path != nullptr) {
      draft.push_back({{"id", gold_story->id}, {"groups", GroupsToGold(*story, *groups)}});
    }
    const gold::Tally t = gold::ScoreStory(*gold_story, *analyzed, *groups);
    by_split[gold_story->split].Add(t);
    std::printf("%-22s %-5s verdicts P %.3f R %.3f | false groupings %zu/%zu\n",
                gold_story->id.c_str(), gold_story->split.c_str(), t.cross.Precision(),
                t.cross.Recall(), t.false_groupings, t.judgeable);
    if (!kFloorStories.count(gold_story->id)) continue;
    ScoreStory(*gold_story, *story, *groups, &scores);
    ++stories;
  }
  if (draft_path != nullptr) {
    std::ofstream(draft_path) << json{{"stories", draft}}.dump(1) << "\n";
  }
  if (!have_shared) {
    std::printf("note: %s is absent; scoring the example story only\n", CROSSWIRE_SHARED_DATA);
  }
  for (const auto& [split, t] : by_split) gold::PrintTally(stdout, split.c_str(), t);
  std::printf("floors (v1 scorer) on %zu of the three first stories\n", stories);
  std::printf("%-14s %9s %9s %7s %7s\n", "extraction", "precision", "recall", "pred", "gold");
  for (const auto& [family, c] : scores.extraction) {
    std::printf("%-14s %9.3f %9.3f %7zu %7zu\n", family.c_str(), c.Precision(), c.Recall(),
                c.predicted, c.gold);
  }
  std::printf(
      "verdicts, cross-outlet groups (agree/conflict/variant): precision %.3f (%zu/%zu) "
      "recall %.3f (%zu/%zu)\n",
      scores.cross.Precision(), scores.cross.matched_predicted, scores.cross.predicted,
      scores.cross.Recall(), scores.cross.matched_gold, scores.cross.gold);
  const Counts& all = scores.extraction["all"];
  EXPECT_GE(all.Precision(), kMinExtractionPrecision);
  EXPECT_GE(all.Recall(), kMinExtractionRecall);
  EXPECT_GE(scores.cross.Precision(), kMinVerdictPrecision);
  EXPECT_GE(scores.cross.Recall(), kMinVerdictRecall);
}

// The v2 scorer on hand-made groups over a two-article story: each row is one
// produced grouping and what the scorer must make of it.
TEST(CorroborationGoldTest, ScorerCountsVerdictsAndFalseGroupings) {
  Story story;
  for (const auto& [id, text] : {std::pair<std::string, std::string>{"a",
                                                                     "Five people died in Ava. "
                                                                     "Two died in Bel."},
                                 {"b", "Ava lost 5 people. Bel lost two people."}}) {
    Article article;
    article.id = id;
    article.outlet = id;
    article.text = text;
    story.articles.push_back(std::move(article));
  }
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  ASSERT_EQ(analyzed->sentences.size(), 4u);
  const std::string gold_text = R"({"format": "crosswire-corroboration-gold/2", "id": "t",
    "root": "source", "inputs": [], "split": "dev", "annotation": {"blind": true},
    "articles": [{"id": "a", "outlet": "A"}, {"id": "b", "outlet": "B"}],
    "kinds": ["quantity"],
    "groups": [
     {"kind": "quantity", "about": "killed in Ava", "verdict": "agree",
      "claims": [["a", "Five", "Five people died in Ava"], ["b", "5", "Ava lost 5 people"]]},
     {"kind": "quantity", "about": "killed in Bel", "verdict": "revised",
      "claims": [["a", "Two", "Two died in Bel"], ["b", "two", "Bel lost two people"]]}],
    "distinct": [["killed in Ava", "killed in Bel", "two towns"]]})";
  const auto dir = std::filesystem::temp_directory_path() / "crosswire-gold-scorer-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "t.json") << gold_text;
  auto gold_story = gold::LoadGoldStory(dir / "t.json");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(gold_story.has_value()) << gold_story.error().message();

  auto fact = [](size_t article, size_t sentence, std::string value) {
    Fact f;
    f.article = article;
    f.sentence = sentence;
    f.value = std::move(value);
    return f;
  };
  struct Row {
    const char* name;
    std::vector<FactGroup> groups;
    size_t cross_right, cross_predicted, cross_recalled, false_groupings, traps;
  };
  const Fact a5 = fact(0, 0, "Five"), a2 = fact(0, 1, "Two"), b5 = fact(1, 2, "5"),
             b2 = fact(1, 3, "two"), b2_wrong_sentence = fact(1, 2, "two");
  const std::vector<Row> rows = {
      {"right agree", {{FactKind::kQuantity, "x", Verdict::kAgree, {a5, b5}}}, 1, 1, 1, 0, 0},
      {"wrong verdict", {{FactKind::kQuantity, "x", Verdict::kConflict, {a5, b5}}}, 0, 1, 0, 0, 0},
      {"revised gold, agree produced",
       {{FactKind::kQuantity, "x", Verdict::kAgree, {a2, b2}}},
       0,
       1,
       0,
       0,
       0},
      {"two towns joined",
       {{FactKind::kQuantity, "x", Verdict::kConflict, {a5, b2}}},
       0,
       1,
       0,
       1,
       1},
      {"value right, sentence wrong",
       {{FactKind::kQuantity, "x", Verdict::kAgree, {a2, b2_wrong_sentence}}},
       0,
       1,
       0,
       0,
       0},
      {"single sources only",
       {{FactKind::kQuantity, "x", Verdict::kSingleSource, {a5}},
        {FactKind::kQuantity, "y", Verdict::kSingleSource, {b5}}},
       0,
       0,
       0,
       0,
       0},
  };
  for (const Row& row : rows) {
    const gold::Tally t = gold::ScoreStory(*gold_story, *analyzed, row.groups);
    EXPECT_EQ(t.cross.matched_predicted, row.cross_right) << row.name;
    EXPECT_EQ(t.cross.predicted, row.cross_predicted) << row.name;
    EXPECT_EQ(t.cross.matched_gold, row.cross_recalled) << row.name;
    EXPECT_EQ(t.cross.gold, 2u) << row.name;
    EXPECT_EQ(t.false_groupings, row.false_groupings) << row.name;
    EXPECT_EQ(t.trap_hits, row.traps) << row.name;
  }
}

// Matching takes the best pairs first, whatever order the library prints
// its groups in: an equal value before a containing one, then the closest
// containing one. A produced "Del." printed first must not take the gold
// "Dover, Del." from the produced "Dover" that names it better.
// Values match when one contains the other once squashed; a name only at
// word boundaries ("UN" is no part of "Unity"), a figure anywhere.
TEST(CorroborationGoldTest, NamesMatchAtWordBoundaries) {
  EXPECT_TRUE(ValuesMatch("entity", "Newark, N.J.", "Newark"));
  EXPECT_TRUE(ValuesMatch("entity", "U.S.", "US"));
  EXPECT_TRUE(ValuesMatch("entity", "Bashar al-Assad", "Assad"));
  EXPECT_FALSE(ValuesMatch("entity", "Unity", "UN"));
  EXPECT_FALSE(ValuesMatch("entity", "EgyptAir", "Egypt"));
  EXPECT_TRUE(ValuesMatch("quantity", "about 2, 000ft", "2000ft"));
  EXPECT_TRUE(ValuesMatch("quantity", "magnitude-6.1", "6.1"));
}

TEST(CorroborationGoldTest, ScorerMatchesBestPairsFirst) {
  Story story;
  for (const auto& [id, text] :
       {std::pair<std::string, std::string>{"a",
                                            "Flights left Dover, Del. on time. Dover Airport "
                                            "closed later."},
        {"b", "The flights from Dover were on time."}}) {
    Article article;
    article.id = id;
    article.outlet = id;
    article.text = text;
    story.articles.push_back(std::move(article));
  }
  auto analyzed = AnalyzeStory(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  const std::string gold_text = R"({"format": "crosswire-corroboration-gold/2", "id": "t",
    "root": "source", "inputs": [], "split": "dev", "annotation": {"blind": true},
    "articles": [{"id": "a", "outlet": "A"}, {"id": "b", "outlet": "B"}],
    "kinds": ["place"],
    "groups": [
     {"kind": "place", "about": "Dover", "verdict": "variant",
      "claims": [["a", "Dover, Del.", "Flights left Dover, Del. on"],
                 ["b", "Dover", "The flights from Dover were"]]},
     {"kind": "place", "about": "Dover Airport", "verdict": "single_source",
      "claims": [["a", "Dover Airport", "Dover Airport closed later."]]}],
    "distinct": []})";
  const auto dir = std::filesystem::temp_directory_path() / "crosswire-gold-matching-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "t.json") << gold_text;
  auto gold_story = gold::LoadGoldStory(dir / "t.json");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(gold_story.has_value()) << gold_story.error().message();
  auto place = [](size_t article, size_t sentence, std::string value) {
    Fact f;
    f.kind = FactKind::kPlace;
    f.article = article;
    f.sentence = sentence;
    f.value = std::move(value);
    return f;
  };
  struct Row {
    const char* name;
    std::vector<FactGroup> groups;
    size_t cross_right, false_groupings;
  };
  const std::vector<Row> rows = {
      {"state printed first",
       {{FactKind::kPlace, "Del.", Verdict::kSingleSource, {place(0, 0, "Del.")}},
        {FactKind::kPlace,
         "Dover",
         Verdict::kVariant,
         {place(0, 0, "Dover"), place(1, 2, "Dover")}},
        {FactKind::kPlace,
         "Dover Airport",
         Verdict::kSingleSource,
         {place(0, 1, "Dover Airport")}}},
       1,
       0},
      {"town printed first",
       {{FactKind::kPlace,
         "Dover",
         Verdict::kVariant,
         {place(0, 0, "Dover"), place(1, 2, "Dover")}},
        {FactKind::kPlace, "Del.", Verdict::kSingleSource, {place(0, 0, "Del.")}},
        {FactKind::kPlace,
         "Dover Airport",
         Verdict::kSingleSource,
         {place(0, 1, "Dover Airport")}}},
       1,
       0},
  };
  for (const Row& row : rows) {
    const gold::Tally t = gold::ScoreStory(*gold_story, *analyzed, row.groups);
    EXPECT_EQ(t.cross.matched_predicted, row.cross_right) << row.name;
    EXPECT_EQ(t.false_groupings, row.false_groupings) << row.name;
    EXPECT_EQ(t.extraction.at("entity").matched_predicted, 3u) << row.name;
  }
}

TEST(CorroborationGoldTest, BadStoryFilesAreRefusedWithTheReason) {
  struct Row {
    const char* text;
    const char* reason;
  };
  const std::string head = R"({"format": "crosswire-corroboration-gold/2", "id": "t",
    "root": "source", "inputs": [], "split": "dev", "annotation": {"blind": true},
    "articles": [{"id": "a", "outlet": "A"}, {"id": "b", "outlet": "B"}], "kinds": ["quantity"], )";
  const std::vector<Row> rows = {
      {"{", "invalid JSON"},
      {R"("groups": [{"kind": "quantity", "about": "x", "verdict": "agree",
          "claims": [["a", "1", "s"]]}]})",
       "verdict agree with claims from 1 article"},
      {R"("groups": [{"kind": "quantity", "about": "x", "verdict": "single_source",
          "claims": [["c", "1", "s"]]}]})",
       "\"articles\" does not list"},
      {R"("groups": [{"kind": "date", "about": "x", "verdict": "single_source",
          "claims": [["a", "1", "s"]]}]})",
       "is not in \"kinds\""},
      {R"("groups": [{"kind": "quantity", "about": "x", "verdict": "same",
          "claims": [["a", "1", "s"]]}]})",
       "unknown verdict"},
      {R"("groups": [{"kind": "quantity", "about": "x", "verdict": "single_source",
          "claims": [["a", "1", "s"]]}], "distinct": [["x", "y", "why"]]})",
       "distinct pair names a group"},
  };
  const auto dir = std::filesystem::temp_directory_path() / "crosswire-gold-bad-test";
  std::filesystem::create_directories(dir);
  for (const Row& row : rows) {
    const std::string text = row.text[0] == '{' ? row.text : head + row.text;
    std::ofstream(dir / "t.json") << text;
    auto story = gold::LoadGoldStory(dir / "t.json");
    ASSERT_FALSE(story.has_value()) << row.reason;
    EXPECT_NE(story.error().message().find("t.json"), std::string::npos) << story.error().message();
    EXPECT_NE(story.error().message().find(row.reason), std::string::npos)
        << story.error().message();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace crosswire
