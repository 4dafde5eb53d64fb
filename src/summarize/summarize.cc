// Budgets, candidate filtering, greedy budget filling, reading order, and the
// registry of methods.
#include "crosswire/summarize.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "methods.h"

namespace crosswire {
namespace {

Result<Budget> MakeBudget(Budget::Unit unit, int64_t limit, std::string_view what) {
  if (limit <= 0 || limit > Budget::kMaxLimit) {
    return InvalidInput("budget of " + std::to_string(limit) + " " + std::string(what) +
                        " is out of range: expected 1 to " + std::to_string(Budget::kMaxLimit));
  }
  return Budget{unit, static_cast<size_t>(limit)};
}

// Shortest decimal that reads back as `value` ("0.7", "20000", "1e-09").
std::string FormatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

}  // namespace

Result<Budget> Budget::Words(int64_t limit) { return MakeBudget(Unit::kWords, limit, "words"); }
Result<Budget> Budget::Bytes(int64_t limit) { return MakeBudget(Unit::kBytes, limit, "bytes"); }
Result<Budget> Budget::Sentences(int64_t limit) {
  return MakeBudget(Unit::kSentences, limit, "sentences");
}

std::string_view Budget::unit_name() const {
  switch (unit) {
    case Unit::kWords:
      return "words";
    case Unit::kBytes:
      return "bytes";
    case Unit::kSentences:
      return "sentences";
  }
  return "words";
}

size_t Budget::Cost(const AnalyzedStory& /*analyzed*/, const Sentence& sentence) const {
  switch (unit) {
    case Unit::kWords:
      return sentence.words;
    case Unit::kBytes:
      return sentence.end - sentence.begin;
    case Unit::kSentences:
      return 1;
  }
  return 1;
}

size_t Budget::AddedCost(const AnalyzedStory& analyzed, const Sentence& sentence,
                         size_t count) const {
  // ROUGE joins the lines of a summary; under -b the separator is a byte too.
  size_t separator = unit == Unit::kBytes && count > 0 ? 1 : 0;
  return Cost(analyzed, sentence) + separator;
}

bool IsCandidate(const Sentence& sentence) {
  return sentence.kind == text::UnitKind::kSentence && sentence.words >= kMinCandidateWords &&
         sentence.words <= kMaxCandidateWords && !sentence.terms.empty() &&
         !sentence.quote_fragment && !sentence.cut_off;
}

std::vector<size_t> Candidates(const AnalyzedStory& analyzed, const SummaryRequest& request) {
  // What the reader has read: every sentence of a known article with content
  // words, headings and short lines included (a headline states news too).
  std::vector<const Sentence*> known;
  for (const Sentence& s : analyzed.sentences) {
    if (request.IsKnown(s.article) && !s.tfidf.entries.empty()) known.push_back(&s);
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < analyzed.sentences.size(); ++i) {
    const Sentence& s = analyzed.sentences[i];
    if (!IsCandidate(s) || request.IsKnown(s.article)) continue;
    bool repeats = std::any_of(known.begin(), known.end(), [&](const Sentence* k) {
      return Cosine(s.tfidf, k->tfidf) >= kDuplicateSimilarity;
    });
    if (!repeats) out.push_back(i);
  }
  return out;
}

std::vector<size_t> GreedyFill(const AnalyzedStory& analyzed, const std::vector<size_t>& ranked,
                               const Budget& budget, float max_similarity, FillMode mode) {
  return GreedyExtend(analyzed, {}, ranked, budget, max_similarity, mode);
}

std::vector<size_t> GreedyExtend(const AnalyzedStory& analyzed, std::vector<size_t> kept,
                                 const std::vector<size_t>& ranked, const Budget& budget,
                                 float max_similarity, FillMode mode) {
  size_t used = 0;
  for (size_t k = 0; k < kept.size(); ++k) {
    used += budget.AddedCost(analyzed, analyzed.sentences[kept[k]], k);
  }
  for (size_t id : ranked) {
    if (std::find(kept.begin(), kept.end(), id) != kept.end()) continue;
    if (used >= budget.limit) break;
    const Sentence& s = analyzed.sentences[id];
    size_t cost = budget.AddedCost(analyzed, s, kept.size());
    if (used + cost > budget.limit) {
      if (mode == FillMode::kStopAtFirstMisfit) break;
      continue;
    }
    bool duplicate = std::any_of(kept.begin(), kept.end(), [&](size_t k) {
      return Cosine(analyzed.sentences[k].tfidf, s.tfidf) >= max_similarity;
    });
    if (duplicate) continue;
    kept.push_back(id);
    used += cost;
  }
  return kept;
}

Result<Summary> Summarize(const AnalyzedStory& analyzed, const Summarizer& method,
                          const SummaryRequest& request) {
  auto selection = method.Select(analyzed, request);
  if (!selection) return std::unexpected(selection.error());
  std::vector<size_t> ids = selection->sentences;
  // Every method answers to the same contract: distinct sentences of this
  // story, within the budget. A method that breaks it is a bug, reported as
  // one rather than printed as a digest that is too long.
  size_t used = 0;
  std::vector<bool> seen(analyzed.sentences.size(), false);
  for (size_t k = 0; k < ids.size(); ++k) {
    if (ids[k] >= analyzed.sentences.size() || seen[ids[k]]) {
      return Internal("method " + std::string(method.name()) +
                      " selected an invalid or repeated sentence id " + std::to_string(ids[k]));
    }
    seen[ids[k]] = true;
    used += request.budget.AddedCost(analyzed, analyzed.sentences[ids[k]], k);
  }
  if (!request.known_articles.empty()) {
    std::vector<size_t> allowed = Candidates(analyzed, request);
    for (size_t id : ids) {
      if (!std::binary_search(allowed.begin(), allowed.end(), id)) {
        return Internal("method " + std::string(method.name()) + " selected sentence " +
                        std::to_string(id) +
                        ", which the reader knows already (update digest): not a candidate");
      }
    }
  }
  if (used > request.budget.limit) {
    return Internal("method " + std::string(method.name()) + " selected " + std::to_string(used) +
                    " " + std::string(request.budget.unit_name()) + ", over the budget of " +
                    std::to_string(request.budget.limit));
  }

  ids = KeepSelfContained(analyzed, request, std::move(ids), &selection->notes);

  // Reading order: chronological by article when every article is dated,
  // else by article order; then by position within the article.
  const auto& articles = analyzed.story->articles;
  bool dated = std::all_of(articles.begin(), articles.end(),
                           [](const Article& a) { return a.published.has_value(); });
  std::sort(ids.begin(), ids.end(), [&](size_t x, size_t y) {
    const Sentence& a = analyzed.sentences[x];
    const Sentence& b = analyzed.sentences[y];
    if (dated && a.article != b.article) {
      const std::string& da = *articles[a.article].published;
      const std::string& db = *articles[b.article].published;
      if (da != db) return da < db;
    }
    if (a.article != b.article) return a.article < b.article;
    return a.index < b.index;
  });

  Summary summary;
  summary.method = std::string(method.name());
  summary.budget = request.budget;
  summary.notes = std::move(selection->notes);
  for (size_t id : ids) summary.sentences.push_back(SummarySentence{id, {}});
  return summary;
}

std::vector<std::string> SummarizerNames() {
  std::vector<std::string> names;
  for (const MethodEntry& m : Methods()) names.emplace_back(m.name);
  return names;
}

std::string_view SummarizerDescription(std::string_view method) {
  for (const MethodEntry& m : Methods()) {
    if (m.name == method) return m.description;
  }
  return {};
}

std::span<const MethodParameter> SummarizerParameters(std::string_view method) {
  for (const MethodEntry& m : Methods()) {
    if (m.name == method) return m.parameters();
  }
  return {};
}

Result<std::unique_ptr<Summarizer>> MakeSummarizer(std::string_view method,
                                                   const MethodParameters& parameters) {
  for (const MethodEntry& m : Methods()) {
    if (m.name != method) continue;
    std::span<const MethodParameter> declared = m.parameters();
    for (const auto& [name, value] : parameters) {
      auto spec = std::find_if(declared.begin(), declared.end(),
                               [&](const MethodParameter& p) { return p.name == name; });
      if (spec == declared.end()) {
        std::string known;
        for (const MethodParameter& p : declared)
          known += (known.empty() ? "" : ", ") + std::string(p.name);
        return InvalidInput("method " + std::string(method) + " has no parameter \"" +
                            Abbreviate(name) + "\"; " +
                            (known.empty() ? std::string("it takes none") : "it takes: " + known));
      }
      if (!(value >= spec->min && value <= spec->max)) {
        return InvalidInput("parameter " + std::string(spec->name) + " of method " +
                            std::string(method) + " is out of range: got " + FormatNumber(value) +
                            ", expected " + FormatNumber(spec->min) + " to " +
                            FormatNumber(spec->max));
      }
    }
    return m.make(ParameterValues(declared, parameters));
  }
  std::string known;
  for (const std::string& name : SummarizerNames()) known += (known.empty() ? "" : ", ") + name;
  return InvalidInput("unknown method \"" + Abbreviate(method) + "\"; expected one of: " + known);
}

}  // namespace crosswire
