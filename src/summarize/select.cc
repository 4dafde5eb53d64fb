#include "select.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace crosswire {

Result<SparseVector> QueryVector(const AnalyzedStory& analyzed, const SummaryRequest& request) {
  if (!request.query) return SparseVector{};
  auto terms = AnalyzeQuery(analyzed, *request.query);
  if (!terms) return std::unexpected(terms.error());
  return TfIdfVector(std::move(*terms), analyzed.idf);
}

Result<std::vector<TermId>> QueryTerms(const AnalyzedStory& analyzed,
                                       const SummaryRequest& request) {
  if (!request.query) return std::vector<TermId>{};
  auto terms = AnalyzeQuery(analyzed, *request.query);
  if (!terms) return std::unexpected(terms.error());
  std::sort(terms->begin(), terms->end());
  terms->erase(std::unique(terms->begin(), terms->end()), terms->end());
  return std::move(*terms);
}

std::vector<size_t> RankByScore(const std::vector<size_t>& ids, const std::vector<double>& score) {
  std::vector<size_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return ids[a] < ids[b];
  });
  std::vector<size_t> ranked;
  ranked.reserve(ids.size());
  for (size_t k : order) ranked.push_back(ids[k]);
  return ranked;
}

std::vector<size_t> BudgetedGreedy(const AnalyzedStory& analyzed,
                                   const std::vector<size_t>& candidates, const Budget& budget,
                                   const GreedyOptions& options,
                                   const std::function<double(size_t k)>& gain,
                                   const std::function<void(size_t k)>& take) {
  std::vector<size_t> picked;
  std::vector<bool> blocked(candidates.size(), false);
  std::vector<double> cost_factor(candidates.size(), 1.0);
  size_t used = 0;
  while (used < budget.limit) {
    double best = 0;
    size_t best_k = candidates.size();
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (blocked[k]) continue;
      const Sentence& s = analyzed.sentences[candidates[k]];
      size_t cost = budget.AddedCost(analyzed, s, picked.size());
      if (used + cost > budget.limit) continue;
      double g = gain(k);
      if (options.stop_when_no_gain && g <= 0) continue;
      double value =
          g / std::pow(static_cast<double>(std::max<size_t>(cost, 1)), options.cost_exponent);
      if (best_k == candidates.size() || value > best) {
        best = value;
        best_k = k;
      }
    }
    if (best_k == candidates.size()) break;
    const Sentence& chosen = analyzed.sentences[candidates[best_k]];
    used += budget.AddedCost(analyzed, chosen, picked.size());
    picked.push_back(candidates[best_k]);
    take(best_k);
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (!blocked[k] && (k == best_k || Cosine(analyzed.sentences[candidates[k]].tfidf,
                                                chosen.tfidf) >= kDuplicateSimilarity)) {
        blocked[k] = true;
      }
    }
  }
  return picked;
}

std::vector<double> StationaryDistribution(const SimilarityGraph& graph,
                                           const std::vector<float>& weights,
                                           const std::vector<double>& teleport, double jump,
                                           double tolerance, int max_iterations) {
  const size_t n = graph.size();
  if (n == 0) return {};
  std::vector<double> t(n, 1.0 / static_cast<double>(n));
  if (!teleport.empty()) {
    double sum = std::accumulate(teleport.begin(), teleport.end(), 0.0);
    if (sum > 0) {
      for (size_t i = 0; i < n; ++i) t[i] = teleport[i] / sum;
    }
  }
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e)
      out_weight[i] += weights[e];
  }
  std::vector<double> p = t;
  std::vector<double> next(n);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    std::fill(next.begin(), next.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) {
        dangling += p[i];
        continue;
      }
      double share = (1.0 - jump) * p[i] / out_weight[i];
      for (size_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
        next[graph.edges[e].first] += share * weights[e];
      }
    }
    double delta = 0;
    for (size_t i = 0; i < n; ++i) {
      next[i] += (jump + (1.0 - jump) * dangling) * t[i];
      delta += std::abs(next[i] - p[i]);
    }
    p.swap(next);
    if (delta < tolerance) break;
  }
  return p;
}

std::vector<size_t> BoundCandidates(const AnalyzedStory& analyzed, std::vector<size_t> candidates,
                                    size_t limit) {
  if (candidates.size() <= limit) return candidates;
  std::vector<double> score(candidates.size(), 0.0);
  std::vector<std::vector<TermId>> distinct(candidates.size());
  for (size_t k = 0; k < candidates.size(); ++k) {
    const Sentence& s = analyzed.sentences[candidates[k]];
    distinct[k].assign(s.terms.begin(), s.terms.end());
    std::sort(distinct[k].begin(), distinct[k].end());
    distinct[k].erase(std::unique(distinct[k].begin(), distinct[k].end()), distinct[k].end());
    for (TermId t : distinct[k]) score[k] += analyzed.document_frequency[t];
    score[k] /= std::sqrt(static_cast<double>(std::max<uint32_t>(s.words, 1)));
  }
  // Copies of one sentence score alike, so in a large story the wire copy
  // that most outlets carry would fill the whole bound (at 10,000 articles,
  // 5,000 copies of one sentence: a one-sentence digest). Keep one per set
  // of content terms — the first in rank order, i.e. the lowest id.
  std::vector<size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return candidates[a] < candidates[b];
  });
  std::set<std::vector<TermId>> seen;
  std::vector<size_t> kept;
  for (size_t k : order) {
    if (kept.size() == limit) break;
    if (seen.insert(std::move(distinct[k])).second) kept.push_back(candidates[k]);
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

std::vector<size_t> BoundedCandidates(const AnalyzedStory& analyzed, const SummaryRequest& request,
                                      std::string_view method, std::string_view what,
                                      Selection* selection) {
  std::vector<size_t> candidates = Candidates(analyzed, request);
  if (candidates.size() <= kMaxGraphCandidates) return candidates;
  candidates = BoundCandidates(analyzed, std::move(candidates), kMaxGraphCandidates);
  selection->notes.push_back(std::string(method) + ": " + std::string(what) + " limited to the " +
                             std::to_string(candidates.size()) +
                             " most central candidates by document frequency");
  return candidates;
}

}  // namespace crosswire
