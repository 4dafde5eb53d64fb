// Submodular coverage + diversity (Lin & Bilmes 2011, "A class of submodular
// functions for document summarization", ACL).
//
// The summary S maximises F(S) = L(S) + λ·R(S) under the budget, where
//   coverage   L(S) = Σ_{i∈V} min(C_i(S), α·C_i(V)),  C_i(S) = Σ_{j∈S} w_ij,
//              how well S covers each sentence i of the input, saturated so
//              that a sentence already covered earns nothing more;
//   diversity  R(S) = Σ_k sqrt(Σ_{j∈P_k∩S} r_j),  r_j = (1/N) Σ_i w_ij,
//              a concave reward per cluster P_k of sentences, so a second pick
//              from the same cluster earns less than a first pick elsewhere.
// w_ij is the TF-IDF cosine. F is monotone submodular, and the paper's
// budgeted greedy — add the sentence maximising ΔF / cost^r, r = 0.3, then
// keep the better of that set and the best single sentence — has a constant
// factor guarantee. We use the paper's DUC settings: α = a/N with a = 5,
// λ = 6, r = 0.3.
//
// Query-focused mode is the paper's R_Q: the singleton reward mixes
// centrality with relevance to the query,
//   r_j = β·(1/N)·Σ_i w_ij + (1−β)·r_{j,Q},  β = 0.5,
// with r_{j,Q} the cosine between sentence j and the query.
//
// Deviations, and why:
// - With a query, coverage is made query-aware as well (our addition): each
//   sentence i counts with weight (1 − β) + β·N·rel_i / Σ rel, so covering
//   relevant sentences is worth more than covering off-topic ones.
// - w comes from the sparse graph (each sentence's 100 strongest neighbours
//   with cosine >= 0.02) plus w_ii = 1, so memory is linear in sentences; the
//   dropped weights are tiny and F stays monotone submodular.
// - The clusters P_k come from one pass of leader clustering on that graph
//   (sentences by decreasing centrality; a sentence joins the cluster of its
//   most similar leader when the cosine is >= 0.2, else leads a new one)
//   instead of k-means with K = 0.2N: deterministic, linear, and it needs no
//   dense centroids. The paper found results stable across K.
// - r_{j,Q} is rescaled so its mean equals the mean centrality term, so β
//   mixes quantities of the same size.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

constexpr MethodParameter kSubmodularParameters[] = {
    {"alpha", 5.0, 0, 1000,
     "coverage saturation: alpha = this / sentences (Lin & Bilmes 2011: a = 5)"},
    {"diversity", 6.0, 0, 1000, "weight of the diversity reward (Lin & Bilmes: 6)"},
    {"centrality-mix", 0.5, 0, 1, "centrality against query relevance in the reward"},
    {"cost-exponent", 0.3, 0, 2, "greedy gain per cost^r (Lin & Bilmes: r = 0.3)"},
    {"partition-similarity", 0.2, 0, 1, "a sentence joins a partition leader at cosine >= this"},
};

class Submodular : public Summarizer {
 public:
  explicit Submodular(const ParameterValues& p)
      : a_(p.Get("alpha")),
        lambda_(p.Get("diversity")),
        beta_(p.Get("centrality-mix")),
        cost_exponent_(p.Get("cost-exponent")),
        leader_similarity_(static_cast<float>(p.Get("partition-similarity"))) {}
  std::string_view name() const override { return "submodular"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    auto query = QueryVector(analyzed, request);
    if (!query) return std::unexpected(query.error());
    Selection selection;
    std::vector<size_t> candidates =
        BoundedCandidates(analyzed, request, name(), "ground set", &selection);
    const size_t n = candidates.size();
    if (n == 0) return selection;
    GraphOptions graph_options;
    graph_options.min_similarity = 0.02f;
    graph_options.max_neighbors = 100;
    SimilarityGraph graph = BuildSimilarityGraph(analyzed, candidates, graph_options);
    const double nd = static_cast<double>(n);

    // Centrality (1/N) Σ_i w_ij and the coverage ceiling α·C_i(V).
    std::vector<double> centrality(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
      double sum = 1.0;  // w_ii
      for (size_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
        sum += graph.edges[e].second;
      }
      centrality[i] = sum / nd;
    }
    const double alpha = a_ / nd;
    std::vector<double> ceiling(n);
    for (size_t i = 0; i < n; ++i) ceiling[i] = alpha * centrality[i] * nd;

    std::vector<double> reward = centrality;
    std::vector<double> importance(n, 1.0);
    if (!query->entries.empty()) {
      std::vector<double> relevance(n);
      for (size_t i = 0; i < n; ++i) {
        relevance[i] = Cosine(analyzed.sentences[candidates[i]].tfidf, *query);
      }
      double rel_sum = std::accumulate(relevance.begin(), relevance.end(), 0.0);
      double cen_sum = std::accumulate(centrality.begin(), centrality.end(), 0.0);
      if (rel_sum > 0) {
        for (size_t i = 0; i < n; ++i) {
          reward[i] = beta_ * centrality[i] + (1 - beta_) * relevance[i] * cen_sum / rel_sum;
          importance[i] = (1 - beta_) + beta_ * nd * relevance[i] / rel_sum;
        }
      }
    }

    // Leader clustering, most central first.
    std::vector<size_t> order = RankByScore(
        [&] {
          std::vector<size_t> ids(n);
          std::iota(ids.begin(), ids.end(), 0);
          return ids;
        }(),
        centrality);
    std::vector<int64_t> part(n, -1);
    std::vector<bool> leader(n, false);
    int64_t parts = 0;
    for (size_t i : order) {
      float best = leader_similarity_;
      for (size_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
        auto [j, w] = graph.edges[e];
        if (leader[j] && w >= best) {
          best = w;
          part[i] = part[j];
        }
      }
      if (part[i] < 0) {
        part[i] = parts++;
        leader[i] = true;
      }
    }

    std::vector<double> covered(n, 0.0);
    std::vector<double> part_sum(static_cast<size_t>(parts), 0.0);
    auto coverage_gain = [&](size_t k) {
      double g = 0;
      auto add = [&](size_t i, double w) {
        double before = std::min(covered[i], ceiling[i]);
        double after = std::min(covered[i] + w, ceiling[i]);
        g += importance[i] * (after - before);
      };
      add(k, 1.0);
      for (size_t e = graph.row_begin[k]; e < graph.row_begin[k + 1]; ++e) {
        add(graph.edges[e].first, graph.edges[e].second);
      }
      return g;
    };
    auto gain = [&](size_t k) {
      double s = part_sum[static_cast<size_t>(part[k])];
      return coverage_gain(k) + lambda_ * (std::sqrt(s + reward[k]) - std::sqrt(s));
    };
    auto take = [&](size_t k) {
      covered[k] += 1.0;
      for (size_t e = graph.row_begin[k]; e < graph.row_begin[k + 1]; ++e) {
        covered[graph.edges[e].first] += graph.edges[e].second;
      }
      part_sum[static_cast<size_t>(part[k])] += reward[k];
    };
    GreedyOptions options;
    options.cost_exponent = cost_exponent_;
    std::vector<size_t> greedy =
        BudgetedGreedy(analyzed, graph.nodes, request.budget, options, gain, take);
    double greedy_value = Objective(covered, ceiling, importance, part_sum);

    // The best single sentence that fits, for the approximation guarantee.
    std::fill(covered.begin(), covered.end(), 0.0);
    std::fill(part_sum.begin(), part_sum.end(), 0.0);
    double best_single = -1;
    size_t best_k = n;
    for (size_t k = 0; k < n; ++k) {
      if (request.budget.AddedCost(analyzed, analyzed.sentences[graph.nodes[k]], 0) >
          request.budget.limit) {
        continue;
      }
      double value = gain(k);
      if (value > best_single) best_single = value, best_k = k;
    }
    if (best_k < n && best_single > greedy_value) {
      selection.sentences = {graph.nodes[best_k]};
    } else {
      selection.sentences = std::move(greedy);
    }
    return selection;
  }

 private:
  double Objective(const std::vector<double>& covered, const std::vector<double>& ceiling,
                   const std::vector<double>& importance,
                   const std::vector<double>& part_sum) const {
    double value = 0;
    for (size_t i = 0; i < covered.size(); ++i) {
      value += importance[i] * std::min(covered[i], ceiling[i]);
    }
    for (double s : part_sum) value += lambda_ * std::sqrt(s);
    return value;
  }

  double a_;
  double lambda_;
  double beta_;
  double cost_exponent_;
  float leader_similarity_;
};

}  // namespace

std::span<const MethodParameter> SubmodularParameters() { return kSubmodularParameters; }
std::unique_ptr<Summarizer> MakeSubmodular(const ParameterValues& p) {
  return std::make_unique<Submodular>(p);
}

}  // namespace crosswire
