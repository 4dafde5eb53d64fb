// SumBasic (Nenkova & Vanderwende 2005, "The impact of frequency on
// summarization", MSR-TR-2005-101; Nenkova, Vanderwende & McKeown 2006).
//
// 1. p(w) = n(w) / N: the probability of each content word in the input.
// 2. weight(S) = mean of p(w) over the words of sentence S.
// 3. Take the best-weighted sentence among those that contain the currently
//    most probable word.
// 4. Square p(w) for every word of the taken sentence (a word already said is
//    less worth saying again), and repeat from 2 until the budget is full.
//
// Query-focused mode follows SumFocus (Vanderwende, Suzuki, Brockett &
// Nenkova 2007, "Beyond SumBasic: task-focused summarization with sentence
// simplification and lexical expansion", IP&M 43(6)): the word distribution
// mixes the input with the topic statement, p(w) = (1−μ)·p_doc(w) + μ·p_q(w),
// with p_q uniform over the query's content words present in the input; we
// use μ = 0.5 (their tuned value depends on their expansions, which we omit).
//
// Deviations: when no sentence holding the most probable word fits the
// remaining budget, the next most probable word is tried (the paper fills a
// 100-word budget and truncates the last sentence; we never truncate).
// Near-duplicates of a taken sentence are skipped. Words are content stems.
#include <algorithm>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

constexpr MethodParameter kSumBasicParameters[] = {
    {"query-mix", 0.5, 0, 1, "share of word probability moved to query words (SumFocus)"},
};

class SumBasic : public Summarizer {
 public:
  explicit SumBasic(const ParameterValues& p) : query_mix_(p.Get("query-mix")) {}
  std::string_view name() const override { return "sumbasic"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    auto query = QueryTerms(analyzed, request);
    if (!query) return std::unexpected(query.error());
    std::vector<double> p(analyzed.vocabulary.size(), 0.0);
    double total = 0;
    for (const Sentence& s : analyzed.sentences) {
      if (s.kind == text::UnitKind::kNoise) continue;
      for (TermId t : s.terms) p[t] += 1.0, total += 1.0;
    }
    if (total > 0) {
      for (double& x : p) x /= total;
    }
    std::vector<TermId> in_input;
    for (TermId t : *query) {
      if (p[t] > 0) in_input.push_back(t);
    }
    if (!in_input.empty()) {
      for (double& x : p) x *= 1 - query_mix_;
      for (TermId t : in_input) p[t] += query_mix_ / static_cast<double>(in_input.size());
    }

    std::vector<size_t> candidates = Candidates(analyzed, request);
    // Per word, the candidates that contain it (indices into candidates).
    std::vector<std::vector<size_t>> holders(analyzed.vocabulary.size());
    for (size_t k = 0; k < candidates.size(); ++k) {
      std::vector<TermId> distinct = analyzed.sentences[candidates[k]].terms;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      for (TermId t : distinct) holders[t].push_back(k);
    }
    auto weight = [&](size_t k) {
      const Sentence& s = analyzed.sentences[candidates[k]];
      double sum = 0;
      for (TermId t : s.terms) sum += p[t];
      return sum / static_cast<double>(s.terms.size());
    };

    std::vector<bool> blocked(candidates.size(), false);
    std::vector<TermId> words(analyzed.vocabulary.size());
    for (TermId t = 0; t < words.size(); ++t) words[t] = t;
    Selection selection;
    size_t used = 0;
    while (used < request.budget.limit) {
      // Words by current probability, most probable first (ties: lower id).
      std::stable_sort(words.begin(), words.end(), [&](TermId a, TermId b) { return p[a] > p[b]; });
      size_t best_k = candidates.size();
      for (TermId w : words) {
        if (p[w] <= 0) break;
        double best = -1;
        for (size_t k : holders[w]) {
          if (blocked[k]) continue;
          size_t cost = request.budget.AddedCost(analyzed, analyzed.sentences[candidates[k]],
                                                 selection.sentences.size());
          if (used + cost > request.budget.limit) continue;
          double value = weight(k);
          if (value > best) best = value, best_k = k;
        }
        if (best_k != candidates.size()) break;
      }
      if (best_k == candidates.size()) break;
      const Sentence& chosen = analyzed.sentences[candidates[best_k]];
      used += request.budget.AddedCost(analyzed, chosen, selection.sentences.size());
      selection.sentences.push_back(candidates[best_k]);
      std::vector<TermId> distinct = chosen.terms;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      for (TermId t : distinct) p[t] *= p[t];
      for (size_t k = 0; k < candidates.size(); ++k) {
        if (k == best_k ||
            Cosine(analyzed.sentences[candidates[k]].tfidf, chosen.tfidf) >= kDuplicateSimilarity) {
          blocked[k] = true;
        }
      }
    }
    return selection;
  }

 private:
  double query_mix_;
};

}  // namespace

std::span<const MethodParameter> SumBasicParameters() { return kSumBasicParameters; }
std::unique_ptr<Summarizer> MakeSumBasic(const ParameterValues& p) {
  return std::make_unique<SumBasic>(p);
}

}  // namespace crosswire
