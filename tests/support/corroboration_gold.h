// Gold stories for corroboration (testdata/corroboration/stories/*.json,
// format crosswire-corroboration-gold/2; the guide is
// testdata/corroboration/README.md) and the scorer that compares
// Corroborate's groups with them. Shared by tests/corroboration_gold_test.cc
// and bench/corroboration_eval.cc, so the test and the figures agree.
//
// Matching. A produced fact matches a gold claim when they are of the same
// article and kind family (person, place and organisation form one family,
// "entity"; the kind itself is scored apart), their values match (one
// contains the other after lower-casing and dropping everything but letters
// and digits, for names only at word boundaries, so that "UN" is not found in
// "Unity" (since 2026-12-06); quotes compare their first 40 such characters),
// and they are in
// the same sentence: the gold claim names its sentence by its first six words,
// which are looked up in the article text the same way; the fact matches when
// its analysed sentence contains that opening, or starts less than 300 bytes
// after it (a gold sentence the splitter cut in two). Names are exempt from
// the sentence test (one claim per entity per article). Matching is
// one-to-one and greedy, best pair first: pairs whose whole values are equal,
// then pairs where one value contains the other, closest in length first
// (gold "Newark, N.J." goes to a produced "Newark" before a produced "N.J."),
// ties in output order (groups, facts in group order, gold claims in file
// order). Until 2026-12-04 facts were matched in output order, each to its
// best claim, so a fact printed earlier could take a claim that a later fact
// matched better.
//
// Figures (all over the kinds the story lists in "kinds"):
//   cross-outlet group: a produced group whose verdict is not single_source
//     (agree, conflict, variant, and revised when the library has it); a gold
//     group whose verdict is not single_source.
//   correct: a produced cross-outlet group whose matched facts all map to one
//     gold group G, cover two or more of G's articles, and whose verdict is
//     G's verdict. Produced groups with no matched fact count as wrong.
//   verdict precision = correct / produced cross-outlet groups;
//   verdict recall = gold cross-outlet groups with a correct produced group /
//     gold cross-outlet groups; the same per verdict (a gold `revised` group
//     is missed while the library has no revised verdict).
//   single-source precision = produced single-source groups whose matched
//     facts map to a gold single_source group / produced single-source
//     groups; recall = gold single_source groups so found / gold ones.
//   name-variant recall = gold person/place/organization groups with verdict
//     variant that have a correct produced group / all such gold groups.
//   false-grouping rate = produced cross-outlet groups whose matched facts map
//     to two or more gold groups / produced cross-outlet groups with two or
//     more matched facts (those the gold can judge); "trap" counts the false
//     groupings that join a pair the story lists under "distinct".
//   extraction precision / recall = matched facts / produced facts, matched
//     gold claims / gold claims, per family.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/corroborate.h"
#include "crosswire/error.h"
#include "crosswire/ingest.h"
#include "crosswire/represent.h"
#include "crosswire/timestamp.h"

namespace crosswire::gold {

using nlohmann::json;

struct GoldClaim {
  std::string article, value, sentence;  // sentence: its first six words
  size_t group = 0;
};

struct GoldGroup {
  std::string kind, about, verdict;
  std::string holder;          // referent.holder: for quotes, the speaker ("" when null)
  std::vector<size_t> claims;  // indices into GoldStory::claims
  std::set<std::string> articles;
};

struct GoldStory {
  std::string path, id, root, split;
  bool blind = false;
  std::vector<std::string> inputs;
  size_t multinews_line = 0;  // > 0: the inputs are Multi-News files; take this line
  std::map<std::string, std::string> published;  // article id -> as recorded in the file
  std::map<std::string, std::string> outlets;
  std::set<std::string> kinds;  // families: "quantity", ..., "entity", "quote"
  std::vector<GoldGroup> groups;
  std::vector<GoldClaim> claims;
  std::set<std::pair<size_t, size_t>> distinct;  // group index pairs, both orders
};

inline std::string Family(std::string_view kind) {
  if (kind == "person" || kind == "place" || kind == "organization") return "entity";
  return std::string(kind);
}

inline bool IsCross(std::string_view verdict) { return verdict != "single_source"; }

// Lower-cased letters and digits (and any other non-ASCII character except the
// punctuation block U+2010..U+203F: curly quotes, dashes), with the byte
// offset in `s` of each kept byte; at most `limit` bytes.
inline std::pair<std::string, std::vector<size_t>> SquashWithOffsets(
    std::string_view s, size_t limit = std::string::npos) {
  std::pair<std::string, std::vector<size_t>> out;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  for (size_t i = 0; i < s.size() && out.first.size() < limit; ++i) {
    if (byte(i) == 0xE2 && i + 2 < s.size() && byte(i + 1) == 0x80 && byte(i + 2) >= 0x90) {
      i += 2;
      continue;
    }
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte(i) >= 0x80) {
      out.first += c;
      out.second.push_back(i);
    }
  }
  return out;
}

inline std::string Squash(std::string_view s, size_t limit = std::string::npos) {
  return SquashWithOffsets(s, limit).first;
}

// Whether squashed `inner` lies in squashed `outer` (SquashWithOffsets), and,
// for names, starts and ends where words of `outer` do: "Newark" lies in
// "Newark, N.J.", "UN" does not lie in "Unity". A squashed position starts or
// ends a word where the text between it and its neighbour was dropped.
inline bool ContainsSquashed(std::string_view outer, std::string_view inner, size_t limit,
                             bool whole_words) {
  const auto [o, offsets] = SquashWithOffsets(outer, limit);
  const std::string i = Squash(inner, limit);
  if (o.empty() || i.empty()) return false;
  for (size_t at = o.find(i); at != std::string::npos; at = o.find(i, at + 1)) {
    if (!whole_words) return true;
    const size_t end = at + i.size();
    const bool starts = at == 0 || offsets[at] != offsets[at - 1] + 1;
    const bool ends = end == o.size() || offsets[end] != offsets[end - 1] + 1;
    if (starts && ends) return true;
  }
  return false;
}

inline bool ValuesMatch(std::string_view family, std::string_view a, std::string_view b) {
  const size_t limit = family == "quote" ? 40 : std::string::npos;
  const bool names = family == "entity";
  return ContainsSquashed(a, b, limit, names) || ContainsSquashed(b, a, limit, names);
}

// Reads and checks one story file. Errors name the file and what is wrong.
inline Result<GoldStory> LoadGoldStory(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFound(path.string() + ": cannot open");
  json doc;
  try {
    doc = json::parse(in);
  } catch (const json::exception& e) {
    return InvalidInput(path.string() + ": invalid JSON: " + e.what());
  }
  const std::string where = path.string() + ": ";
  GoldStory story;
  story.path = path.string();
  try {
    if (doc.at("format").get<std::string>() != "crosswire-corroboration-gold/2") {
      return InvalidInput(where + "format must be crosswire-corroboration-gold/2");
    }
    story.id = doc.at("id").get<std::string>();
    story.root = doc.at("root").get<std::string>();
    story.split = doc.at("split").get<std::string>();
    if (story.root != "shared" && story.root != "source") {
      return InvalidInput(where + "root must be \"shared\" or \"source\"");
    }
    if (story.split != "dev" && story.split != "test") {
      return InvalidInput(where + "split must be \"dev\" or \"test\"");
    }
    story.blind = doc.at("annotation").at("blind").get<bool>();
    for (const auto& input : doc.at("inputs")) story.inputs.push_back(input.get<std::string>());
    if (doc.contains("multinews_line")) story.multinews_line = doc["multinews_line"].get<size_t>();
    for (const auto& a : doc.at("articles")) {
      const std::string id = a.at("id").get<std::string>();
      story.outlets[id] = a.at("outlet").get<std::string>();
      if (a.contains("published") && !a["published"].is_null()) {
        story.published[id] = a["published"].get<std::string>();
      }
    }
    for (const auto& k : doc.at("kinds")) story.kinds.insert(Family(k.get<std::string>()));
    static const std::set<std::string> kVerdicts = {"agree", "conflict", "variant", "revised",
                                                    "single_source"};
    std::map<std::string, size_t> by_about;
    for (const auto& g : doc.at("groups")) {
      GoldGroup group;
      group.kind = g.at("kind").get<std::string>();
      group.about = g.at("about").get<std::string>();
      group.verdict = g.at("verdict").get<std::string>();
      if (g.contains("referent") && g["referent"].is_object() && g["referent"].contains("holder") &&
          g["referent"]["holder"].is_string()) {
        group.holder = g["referent"]["holder"].get<std::string>();
      }
      const std::string at = where + "group \"" + group.about + "\": ";
      if (!kVerdicts.count(group.verdict)) return InvalidInput(at + "unknown verdict");
      if (!story.kinds.count(Family(group.kind))) {
        return InvalidInput(at + "kind " + group.kind + " is not in \"kinds\"");
      }
      if (!by_about.emplace(group.about, story.groups.size()).second) {
        return InvalidInput(at + "\"about\" repeats an earlier group's");
      }
      for (const auto& c : g.at("claims")) {
        if (!c.is_array() || c.size() < 2 || c.size() > 3) {
          return InvalidInput(at + "a claim must be [article, value, sentence opening]");
        }
        GoldClaim claim{c[0].get<std::string>(), c[1].get<std::string>(),
                        c.size() == 3 ? c[2].get<std::string>() : "", story.groups.size()};
        if (!story.outlets.count(claim.article)) {
          return InvalidInput(at + "claim names article \"" + claim.article +
                              "\", which \"articles\" does not list");
        }
        group.articles.insert(claim.article);
        group.claims.push_back(story.claims.size());
        story.claims.push_back(std::move(claim));
      }
      if (group.claims.empty()) return InvalidInput(at + "no claims");
      if (IsCross(group.verdict) != (group.articles.size() >= 2)) {
        return InvalidInput(at + "verdict " + group.verdict + " with claims from " +
                            std::to_string(group.articles.size()) + " article(s)");
      }
      story.groups.push_back(std::move(group));
    }
    if (doc.contains("distinct")) {
      for (const auto& d : doc["distinct"]) {
        const auto a = by_about.find(d.at(0).get<std::string>());
        const auto b = by_about.find(d.at(1).get<std::string>());
        if (a == by_about.end() || b == by_about.end()) {
          return InvalidInput(where +
                              "distinct pair names a group that does not exist: " + d.dump());
        }
        story.distinct.insert({a->second, b->second});
        story.distinct.insert({b->second, a->second});
      }
    }
  } catch (const json::exception& e) {
    return InvalidInput(where + e.what());
  }
  return story;
}

// Every story file under `dir`, in name order.
inline std::vector<std::filesystem::path> GoldStoryFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// ECB+ text is stored tokenised ("6. 1 - magnitude", "230, 000", "07: 37 a. m.");
// this undoes the tokenisation the way testdata/corroboration/tools/story_jsonl.py
// does, so `crosswire report` on that tool's output sees the same text.
inline std::string RepairEcbTokens(std::string s) {
  auto replace_all = [](std::string& text, std::string_view from, std::string_view to) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  };
  replace_all(s, "`` ", "\"");
  replace_all(s, " ''", "\"");
  replace_all(s, "``", "\"");
  replace_all(s, "''", "\"");
  static const std::regex kDecimal(R"((\d)\. (\d))");
  static const std::regex kThousands(R"((\d), (\d{3})\b)");
  static const std::regex kClock(R"((\d): (\d{2})\b)");
  static const std::regex kInitials(R"(\b([A-Za-z])\. ([A-Za-z])\.)");
  static const std::regex kHyphen(R"(([A-Za-z0-9]) - ([A-Za-z0-9]))");
  static const std::regex kOpen(R"(\( )");
  static const std::regex kClose(R"( \))");
  std::string previous;
  while (previous != s) {
    previous = s;
    s = std::regex_replace(s, kDecimal, "$1.$2");
    s = std::regex_replace(s, kThousands, "$1,$2");
    s = std::regex_replace(s, kClock, "$1:$2");
    s = std::regex_replace(s, kInitials, "$1.$2.");
    s = std::regex_replace(s, kHyphen, "$1-$2");
    s = std::regex_replace(s, kOpen, "(");
    s = std::regex_replace(s, kClose, ")");
  }
  return s;
}

// The story's articles. With "multinews_line": N, each input is a Multi-News
// source file and the story is its line N. Inputs "<file>.jsonl#<doc_name>" are ECB+ documents
// (sentence 0 of an ECB+-part document is its source URL and is dropped;
// sentences are joined by blank lines; the article id is the doc name without
// "ecbplus.xml"/"ecb.xml"); other inputs are read by ReadStory. Articles
// without a publication time get the one the gold file records, so the
// library can resolve weekdays as it would for a dated feed.
inline Result<Story> ReadGoldInputs(const GoldStory& gold, const std::filesystem::path& shared,
                                    const std::filesystem::path& source) {
  const std::filesystem::path root = gold.root == "shared" ? shared : source;
  Story story;
  story.id = gold.id;
  std::vector<std::string> files;
  std::map<std::string, std::vector<std::string>> ecb;  // file -> doc names, in order
  std::vector<std::string> ecb_order;
  for (const std::string& input : gold.inputs) {
    const size_t hash = input.find('#');
    if (hash == std::string::npos) {
      files.push_back((root / input).string());
      continue;
    }
    const std::string file = input.substr(0, hash);
    if (!ecb.count(file)) ecb_order.push_back(file);
    ecb[file].push_back(input.substr(hash + 1));
  }
  if (gold.multinews_line > 0) {
    // One line of a Multi-News source file (story id "<file stem>-<line>").
    for (const std::string& file : files) {
      auto stories = ingest::ReadMultiNews(file);
      if (!stories) return std::unexpected(stories.error());
      const std::string want =
          std::filesystem::path(file).stem().string() + "-" + std::to_string(gold.multinews_line);
      bool found = false;
      for (Story& s : *stories) {
        if (s.id != want) continue;
        for (Article& a : s.articles) story.articles.push_back(std::move(a));
        found = true;
      }
      if (!found) return NotFound(file + ": no line " + std::to_string(gold.multinews_line));
    }
  } else if (!files.empty()) {
    auto read = ingest::ReadStory(files);
    if (!read) return std::unexpected(read.error());
    story.articles = std::move(read->articles);
  }
  for (const std::string& file : ecb_order) {
    const std::filesystem::path path = root / file;
    std::ifstream in(path);
    if (!in) return NotFound(path.string() + ": cannot open (inputs of " + gold.path + ")");
    std::map<std::string, std::pair<json, size_t>> found;
    const std::set<std::string> wanted(ecb[file].begin(), ecb[file].end());
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      if (line.find("\"doc_name\"") == std::string::npos) continue;
      json doc;
      try {
        doc = json::parse(line);
      } catch (const json::exception& e) {
        return InvalidInput(path.string() + ":" + std::to_string(number) + ": " + e.what());
      }
      const std::string name = doc.value("doc_name", "");
      if (wanted.count(name)) found[name] = {std::move(doc), number};
    }
    for (const std::string& name : ecb[file]) {
      const auto it = found.find(name);
      if (it == found.end()) {
        return NotFound(path.string() + ": no document \"" + name + "\" (inputs of " + gold.path +
                        ")");
      }
      const json& doc = it->second.first;
      Article article;
      article.id = name.substr(0, name.find("ecb"));
      article.outlet = gold.outlets.count(article.id) ? gold.outlets.at(article.id) : article.id;
      article.source = path.string() + ":" + std::to_string(it->second.second);
      const bool plus = doc.value("corpus_part", "") == "ecbplus";
      const auto& sentences = doc.at("sentences");
      for (size_t i = plus ? 1 : 0; i < sentences.size(); ++i) {
        if (!article.text.empty()) article.text += "\n\n";
        article.text += RepairEcbTokens(sentences[i].get<std::string>());
      }
      story.articles.push_back(std::move(article));
    }
  }
  for (Article& article : story.articles) {
    if (article.published) continue;
    const auto it = gold.published.find(article.id);
    if (it == gold.published.end()) continue;
    auto normalized = NormalizeTimestamp(it->second);
    if (!normalized) {
      return InvalidInput(gold.path + ": article " + article.id + ": " +
                          normalized.error().message());
    }
    article.published = *normalized;
  }
  for (const auto& [id, outlet] : gold.outlets) {
    const bool present = std::any_of(story.articles.begin(), story.articles.end(),
                                     [&](const Article& a) { return a.id == id; });
    if (!present) {
      return InvalidInput(gold.path + ": article \"" + id + "\" is not among the inputs");
    }
  }
  return story;
}

struct Counts {
  size_t predicted = 0, gold = 0, matched_predicted = 0, matched_gold = 0;
  double Precision() const { return predicted ? double(matched_predicted) / predicted : 1.0; }
  double Recall() const { return gold ? double(matched_gold) / gold : 1.0; }
  void Add(const Counts& o) {
    predicted += o.predicted;
    gold += o.gold;
    matched_predicted += o.matched_predicted;
    matched_gold += o.matched_gold;
  }
};

struct Tally {
  std::map<std::string, Counts> extraction;  // by family, and "all"
  Counts cross;                              // cross-outlet verdicts
  std::map<std::string, Counts> by_verdict;  // agree, conflict, variant, revised
  std::map<std::string, Counts> by_kind;     // cross-outlet verdicts by fact kind
  Counts single;                             // single-source facts
  Counts name_variants;                      // only gold/matched_gold are used
  size_t judgeable = 0, false_groupings = 0, trap_hits = 0;
  size_t kind_right = 0, kind_total = 0;
  size_t speaker_right = 0, speaker_total = 0;  // matched quotes
  std::vector<std::string> false_grouping_examples;
  // Gold name-variant groups not found, each with where its claims went (the
  // produced group, or "not extracted"): what `corroboration_eval --misses` prints.
  std::vector<std::string> variant_misses;
  // Every gold cross-outlet group not found, in the same form (`--misses --all-kinds`).
  std::vector<std::string> cross_misses;
  // Matched entity claims typed unlike the gold ("Interfax: person, gold organization"):
  // what `corroboration_eval --misses` prints as "wrong kind".
  std::vector<std::string> kind_misses;
  // Matched quotes whose speaker is not the gold's ("Knox, gold Raffaele
  // Sollecito: I don't want to be…"): what `corroboration_eval --misses` prints.
  std::vector<std::string> speaker_misses;
  // Produced cross-outlet groups counted wrong, each with why (no gold fact,
  // another verdict in the gold, one article only, several gold groups): what
  // `corroboration_eval --wrong` prints.
  std::vector<std::string> wrong_verdicts;
  // Produced claims that match no gold claim (extraction false positives):
  // what `corroboration_eval --unmatched` prints for dev stories.
  std::vector<std::string> unmatched_claims;
  void Add(const Tally& o) {
    for (const auto& [k, c] : o.extraction) extraction[k].Add(c);
    cross.Add(o.cross);
    for (const auto& [k, c] : o.by_verdict) by_verdict[k].Add(c);
    for (const auto& [k, c] : o.by_kind) by_kind[k].Add(c);
    single.Add(o.single);
    name_variants.Add(o.name_variants);
    judgeable += o.judgeable;
    false_groupings += o.false_groupings;
    trap_hits += o.trap_hits;
    kind_right += o.kind_right;
    kind_total += o.kind_total;
    speaker_right += o.speaker_right;
    speaker_total += o.speaker_total;
    false_grouping_examples.insert(false_grouping_examples.end(), o.false_grouping_examples.begin(),
                                   o.false_grouping_examples.end());
    variant_misses.insert(variant_misses.end(), o.variant_misses.begin(), o.variant_misses.end());
    cross_misses.insert(cross_misses.end(), o.cross_misses.begin(), o.cross_misses.end());
    kind_misses.insert(kind_misses.end(), o.kind_misses.begin(), o.kind_misses.end());
    speaker_misses.insert(speaker_misses.end(), o.speaker_misses.begin(), o.speaker_misses.end());
    wrong_verdicts.insert(wrong_verdicts.end(), o.wrong_verdicts.begin(), o.wrong_verdicts.end());
    unmatched_claims.insert(unmatched_claims.end(), o.unmatched_claims.begin(),
                            o.unmatched_claims.end());
  }
  double FalseGroupingRate() const { return judgeable ? double(false_groupings) / judgeable : 0.0; }
};

// Whether a quote's produced speaker ("" when unattributed) is the gold's
// holder: a named holder (a capital letter in it) shares a word of three
// letters or more with the speaker, case aside ("Sollecito" / "Raffaele
// Sollecito"); a described one ("a local official") or none wants no name.
inline bool SpeakerMatches(std::string_view produced, std::string_view holder) {
  const bool named =
      std::any_of(holder.begin(), holder.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!named) return produced.empty();
  auto words = [](std::string_view s) {
    std::set<std::string> out;
    std::string w;
    for (char c : std::string(s) + " ") {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        if (w.size() >= 3) out.insert(w);
        w.clear();
      }
    }
    return out;
  };
  const std::set<std::string> a = words(produced), b = words(holder);
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

namespace internal {

// Byte offset in `text` where the squashed `opening` starts at or after the
// squashed position `from` (updated past it), or npos.
inline size_t FindOpening(const std::pair<std::string, std::vector<size_t>>& text,
                          std::string_view opening, size_t* from) {
  const std::string want = Squash(opening);
  if (want.empty()) return std::string::npos;
  size_t at = text.first.find(want, *from);
  if (at == std::string::npos) at = text.first.find(want);  // fewer sentences than claims
  if (at == std::string::npos) return std::string::npos;
  *from = at + 1;
  return text.second[at];
}

}  // namespace internal

// Scores one story's produced groups against its gold.
inline Tally ScoreStory(const GoldStory& gold, const AnalyzedStory& analyzed,
                        const std::vector<FactGroup>& groups) {
  const Story& story = *analyzed.story;
  Tally tally;
  std::map<std::string, size_t> article_index;
  for (size_t i = 0; i < story.articles.size(); ++i) article_index[story.articles[i].id] = i;
  // Where each gold claim's sentence starts in its article: the k-th claim of
  // an article and group with a given opening takes its k-th occurrence
  // (a fact restated in two sentences that open alike).
  std::vector<size_t> opening(gold.claims.size(), std::string::npos);
  std::map<size_t, std::pair<std::string, std::vector<size_t>>> squashed;
  std::map<std::tuple<std::string, size_t, std::string>, size_t> next;
  for (size_t c = 0; c < gold.claims.size(); ++c) {
    const GoldClaim& gc = gold.claims[c];
    const auto it = article_index.find(gc.article);
    if (it == article_index.end()) continue;
    if (!squashed.count(it->second)) {
      squashed[it->second] = SquashWithOffsets(story.articles[it->second].text);
    }
    size_t& from = next[{gc.article, gc.group, gc.sentence}];
    opening[c] = internal::FindOpening(squashed[it->second], gc.sentence, &from);
  }
  for (const GoldClaim& c : gold.claims) {
    const std::string family = Family(gold.groups[c.group].kind);
    ++tally.extraction[family].gold;
    ++tally.extraction["all"].gold;
  }
  // Every (fact, gold claim) pair that could match, then one-to-one
  // assignment best pair first: a claim whose whole value equals the fact's,
  // then the containing pairs whose values are closest in length, then
  // output order. So "Newark" takes the gold "Newark, N.J." before "N.J."
  // does, whichever the library printed first.
  struct Candidate {
    bool exact = false;
    double closeness = 0;  // shorter squashed value / longer
    size_t group = 0, fact = 0, claim = 0;
  };
  std::vector<Candidate> candidates;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const std::string family = Family(FactKindName(groups[gi].kind));
    if (!gold.kinds.count(family)) continue;
    for (size_t fi = 0; fi < groups[gi].claims.size(); ++fi) {
      const Fact& f = groups[gi].claims[fi];
      const std::string& article = story.articles[f.article].id;
      ++tally.extraction[family].predicted;
      ++tally.extraction["all"].predicted;
      const Sentence* sentence =
          f.sentence < analyzed.sentences.size() ? &analyzed.sentences[f.sentence] : nullptr;
      for (size_t c = 0; c < gold.claims.size(); ++c) {
        const GoldClaim& gc = gold.claims[c];
        if (gc.article != article || Family(gold.groups[gc.group].kind) != family ||
            !ValuesMatch(family, gc.value, f.value)) {
          continue;
        }
        if (family != "entity" && opening[c] != std::string::npos && sentence != nullptr) {
          const size_t o = opening[c];
          const bool inside = o >= sentence->begin && o < sentence->end;
          const bool split = sentence->begin > o && sentence->begin - o < 300;
          if (!inside && !split) continue;
        }
        const std::string x = Squash(gc.value), y = Squash(f.value);
        const double closeness =
            static_cast<double>(std::min(x.size(), y.size())) /
            static_cast<double>(std::max<size_t>(1, std::max(x.size(), y.size())));
        candidates.push_back({x == y, closeness, gi, fi, c});
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     if (a.exact != b.exact) return a.exact;
                     return a.closeness > b.closeness;
                   });
  std::vector<bool> used(gold.claims.size(), false);
  std::set<std::pair<size_t, size_t>> fact_used;
  std::vector<std::vector<std::pair<size_t, size_t>>> assigned(groups.size());  // (fact, claim)
  for (const Candidate& k : candidates) {
    if (used[k.claim] || fact_used.count({k.group, k.fact})) continue;
    used[k.claim] = true;
    fact_used.insert({k.group, k.fact});
    assigned[k.group].emplace_back(k.fact, k.claim);
  }
  std::vector<std::vector<size_t>> matched(groups.size());  // gold claim indices per group
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    if (!gold.kinds.count(Family(FactKindName(groups[gi].kind)))) continue;
    for (size_t fi = 0; fi < groups[gi].claims.size(); ++fi) {
      if (fact_used.count({gi, fi})) continue;
      const Fact& f = groups[gi].claims[fi];
      tally.unmatched_claims.push_back(story.id + ": " + std::string(FactKindName(f.kind)) + " \"" +
                                       f.value + "\" in " + story.articles[f.article].id +
                                       " (group \"" + groups[gi].about + "\")");
    }
  }
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    std::sort(assigned[gi].begin(), assigned[gi].end());  // in the group's fact order
    const std::string family = Family(FactKindName(groups[gi].kind));
    for (const auto& [fi, c] : assigned[gi]) {
      const Fact& f = groups[gi].claims[fi];
      const GoldClaim& gc = gold.claims[c];
      ++tally.extraction[family].matched_predicted;
      ++tally.extraction["all"].matched_predicted;
      ++tally.extraction[family].matched_gold;
      ++tally.extraction["all"].matched_gold;
      if (family == "entity") {
        ++tally.kind_total;
        const bool right = gold.groups[gc.group].kind == FactKindName(f.kind);
        tally.kind_right += right;
        if (!right) {
          tally.kind_misses.push_back(story.id + ": " + f.value + ": " +
                                      std::string(FactKindName(f.kind)) + ", gold " +
                                      gold.groups[gc.group].kind);
        }
      }
      if (family == "quote") {
        ++tally.speaker_total;
        const std::string& holder = gold.groups[gc.group].holder;
        const bool right = SpeakerMatches(f.normalized_text, holder);
        tally.speaker_right += right;
        if (!right) {
          tally.speaker_misses.push_back(
              story.id + ": " + (f.normalized_text.empty() ? "unattributed" : f.normalized_text) +
              ", gold " + (holder.empty() ? "none" : holder) + ": " + f.value.substr(0, 60));
        }
      }
      matched[gi].push_back(c);
    }
  }
  std::vector<bool> recalled(gold.groups.size(), false);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const FactGroup& g = groups[gi];
    if (!gold.kinds.count(Family(FactKindName(g.kind)))) continue;
    const std::string verdict(VerdictName(g.verdict));
    const bool cross = IsCross(verdict);
    std::map<size_t, std::set<std::string>> by_gold;  // gold group -> articles
    for (size_t c : matched[gi]) by_gold[gold.claims[c].group].insert(gold.claims[c].article);
    if (cross) {
      ++tally.cross.predicted;
      ++tally.by_verdict[verdict].predicted;
      Counts& of_kind = tally.by_kind[std::string(FactKindName(g.kind))];
      ++of_kind.predicted;
      if (matched[gi].size() >= 2) {
        ++tally.judgeable;
        if (by_gold.size() >= 2) {
          ++tally.false_groupings;
          bool trap = false;
          std::string example = gold.id + ": \"" + g.about + "\" joins";
          for (const auto& [a, arts_a] : by_gold) {
            example += " [" + gold.groups[a].about + "]";
            for (const auto& [b, arts_b] : by_gold) trap = trap || gold.distinct.count({a, b});
          }
          tally.trap_hits += trap;
          tally.false_grouping_examples.push_back(example + (trap ? " (a listed trap)" : ""));
        }
      }
      std::string why = "matches no gold fact";
      if (by_gold.size() == 1) {
        const auto& [k, articles] = *by_gold.begin();
        if (articles.size() >= 2 && gold.groups[k].verdict == verdict) {
          ++tally.cross.matched_predicted;
          ++tally.by_verdict[verdict].matched_predicted;
          ++of_kind.matched_predicted;
          recalled[k] = true;
          why.clear();
        } else if (articles.size() < 2) {
          why = "gold facts of one article only, of [" + gold.groups[k].about + "]";
        } else {
          why = "gold says " + gold.groups[k].verdict + " [" + gold.groups[k].about + "]";
        }
      } else if (by_gold.size() >= 2) {
        why = "joins " + std::to_string(by_gold.size()) + " gold groups";
      }
      if (!why.empty()) {
        tally.wrong_verdicts.push_back(
            gold.id + ": " + verdict + " " + std::string(FactKindName(g.kind)) + " \"" + g.about +
            "\" (" + std::to_string(g.claims.size()) + " claims): " + why);
      }
    } else {
      ++tally.single.predicted;
      if (by_gold.size() == 1 && gold.groups[by_gold.begin()->first].verdict == "single_source") {
        ++tally.single.matched_predicted;
        recalled[by_gold.begin()->first] = true;
      }
    }
  }
  // Where the claims of gold group k went: the produced group, or "not extracted".
  auto describe_miss = [&](size_t k) {
    const GoldGroup& g = gold.groups[k];
    std::string miss = gold.id + ": " + g.kind + " " + g.verdict + " [" + g.about + "]";

    for (size_t c = 0; c < gold.claims.size(); ++c) {
      if (gold.claims[c].group != k) continue;
      miss += "\n      " + gold.claims[c].article + " \"" + gold.claims[c].value + "\" -> ";
      std::string where = "not extracted";
      for (size_t gi = 0; gi < groups.size(); ++gi) {
        if (std::find(matched[gi].begin(), matched[gi].end(), c) == matched[gi].end()) {
          continue;
        }
        const FactGroup& pg = groups[gi];
        where = "#" + std::to_string(gi) + " " + std::string(FactKindName(pg.kind)) + " \"" +
                pg.about + "\" " + std::string(VerdictName(pg.verdict)) + " (" +
                std::to_string(pg.claims.size()) + " claims)";
      }
      miss += where;
    }
    return miss;
  };
  for (size_t k = 0; k < gold.groups.size(); ++k) {
    const GoldGroup& g = gold.groups[k];
    if (IsCross(g.verdict)) {
      ++tally.cross.gold;
      ++tally.by_verdict[g.verdict].gold;
      ++tally.by_kind[g.kind].gold;
      tally.cross.matched_gold += recalled[k];
      tally.by_verdict[g.verdict].matched_gold += recalled[k];
      tally.by_kind[g.kind].matched_gold += recalled[k];
      if (!recalled[k]) tally.cross_misses.push_back(describe_miss(k));
      if (g.verdict == "variant" && Family(g.kind) == "entity") {
        ++tally.name_variants.gold;
        tally.name_variants.matched_gold += recalled[k];
        if (!recalled[k]) tally.variant_misses.push_back(describe_miss(k));
      }
    } else {
      ++tally.single.gold;
      tally.single.matched_gold += recalled[k];
    }
  }
  return tally;
}

// Prints a tally as the block bench/corroboration_eval and the gold test show.
inline void PrintTally(std::FILE* out, const char* title, const Tally& t) {
  std::fprintf(out, "== %s\n", title);
  std::fprintf(out, "  cross-outlet verdicts   P %.3f (%zu/%zu)  R %.3f (%zu/%zu)\n",
               t.cross.Precision(), t.cross.matched_predicted, t.cross.predicted, t.cross.Recall(),
               t.cross.matched_gold, t.cross.gold);
  for (const char* v : {"agree", "conflict", "variant", "revised"}) {
    const auto it = t.by_verdict.find(v);
    const Counts c = it == t.by_verdict.end() ? Counts{} : it->second;
    std::fprintf(out, "    %-9s             P %.3f (%zu/%zu)  R %.3f (%zu/%zu)\n", v, c.Precision(),
                 c.matched_predicted, c.predicted, c.Recall(), c.matched_gold, c.gold);
  }
  for (const auto& [kind, c] : t.by_kind) {
    std::fprintf(out, "    %-12s          P %.3f (%zu/%zu)  R %.3f (%zu/%zu)\n", kind.c_str(),
                 c.Precision(), c.matched_predicted, c.predicted, c.Recall(), c.matched_gold,
                 c.gold);
  }
  std::fprintf(out, "  single-source facts     P %.3f (%zu/%zu)  R %.3f (%zu/%zu)\n",
               t.single.Precision(), t.single.matched_predicted, t.single.predicted,
               t.single.Recall(), t.single.matched_gold, t.single.gold);
  std::fprintf(out, "  name-variant recall     %.3f (%zu/%zu)\n", t.name_variants.Recall(),
               t.name_variants.matched_gold, t.name_variants.gold);
  std::fprintf(out, "  false-grouping rate     %.3f (%zu/%zu judgeable; %zu join a listed trap)\n",
               t.FalseGroupingRate(), t.false_groupings, t.judgeable, t.trap_hits);
  const auto all = t.extraction.find("all");
  const Counts e = all == t.extraction.end() ? Counts{} : all->second;
  std::fprintf(out, "  extraction              P %.3f (%zu/%zu)  R %.3f (%zu/%zu)\n", e.Precision(),
               e.matched_predicted, e.predicted, e.Recall(), e.matched_gold, e.gold);
  std::fprintf(out, "  entity kind accuracy    %.3f (%zu/%zu)\n",
               t.kind_total ? double(t.kind_right) / t.kind_total : 1.0, t.kind_right,
               t.kind_total);
  std::fprintf(out, "  quote speaker accuracy  %.3f (%zu/%zu)\n",
               t.speaker_total ? double(t.speaker_right) / t.speaker_total : 1.0, t.speaker_right,
               t.speaker_total);
}

}  // namespace crosswire::gold
