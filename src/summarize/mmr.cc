// Maximal Marginal Relevance (Carbonell & Goldstein 1998, "The use of MMR,
// diversity-based reranking for reordering documents and producing
// summaries", SIGIR).
//
// MMR picks, one at a time, the passage D_i that maximises
//   λ · Sim1(D_i, Q) − (1 − λ) · max_{D_j ∈ S} Sim2(D_i, D_j),
// relevance to the query minus redundancy with what is already selected.
// Both similarities are cosines of TF-IDF vectors; λ = 0.7, the paper's
// setting for summaries that favour relevance while still avoiding repeats.
//
// Query-focused mode is the paper's own: Q is `request.query`. Generic mode
// (no query) uses the centroid of the story — the sum of the article TF-IDF
// vectors — as Q, the usual reading of MMR for generic multi-document
// summaries. Deviations: selection stops when the word budget is full
// (sentences that do not fit are skipped, not truncated); near-duplicates
// (cosine >= kDuplicateSimilarity) are never taken at all.
#include <algorithm>
#include <cmath>
#include <map>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

constexpr MethodParameter kMmrParameters[] = {
    {"lambda", 0.7, 0, 1, "weight of relevance against redundancy (1: relevance only)"},
};

SparseVector StoryCentroid(const AnalyzedStory& analyzed) {
  std::map<TermId, float> sum;
  for (const SparseVector& v : analyzed.article_vectors) {
    float norm = v.norm > 0 ? v.norm : 1.0f;
    for (const auto& [t, w] : v.entries) sum[t] += w / norm;
  }
  SparseVector out;
  double sq = 0;
  for (const auto& [t, w] : sum) {
    out.entries.emplace_back(t, w);
    sq += static_cast<double>(w) * w;
  }
  out.norm = static_cast<float>(std::sqrt(sq));
  return out;
}

class Mmr : public Summarizer {
 public:
  explicit Mmr(const ParameterValues& p) : lambda_(p.Get("lambda")) {}
  std::string_view name() const override { return "mmr"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    auto query = QueryVector(analyzed, request);
    if (!query) return std::unexpected(query.error());
    SparseVector q = query->entries.empty() ? StoryCentroid(analyzed) : std::move(*query);
    std::vector<size_t> candidates = Candidates(analyzed, request);
    std::vector<double> relevance(candidates.size());
    for (size_t k = 0; k < candidates.size(); ++k) {
      relevance[k] = Cosine(analyzed.sentences[candidates[k]].tfidf, q);
    }
    std::vector<double> max_sim(candidates.size(), 0.0);
    GreedyOptions options;
    options.cost_exponent = 0;
    options.stop_when_no_gain = false;
    Selection selection;
    selection.sentences = BudgetedGreedy(
        analyzed, candidates, request.budget, options,
        [&](size_t k) { return lambda_ * relevance[k] - (1 - lambda_) * max_sim[k]; },
        [&](size_t chosen) {
          const SparseVector& v = analyzed.sentences[candidates[chosen]].tfidf;
          for (size_t k = 0; k < candidates.size(); ++k) {
            max_sim[k] =
                std::max<double>(max_sim[k], Cosine(analyzed.sentences[candidates[k]].tfidf, v));
          }
        });
    return selection;
  }

 private:
  double lambda_;
};

}  // namespace

std::span<const MethodParameter> MmrParameters() { return kMmrParameters; }
std::unique_ptr<Summarizer> MakeMmr(const ParameterValues& p) { return std::make_unique<Mmr>(p); }

}  // namespace crosswire
