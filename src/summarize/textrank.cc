// TextRank for sentence extraction (Mihalcea & Tarau 2004, "TextRank:
// Bringing order into texts", EMNLP).
//
// Sentences are nodes of an undirected weighted graph; the weight of an edge
// is the paper's content overlap normalised by sentence length,
//   sim(Si, Sj) = |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|),
// and the score is weighted PageRank with damping factor 0.85 (follow an edge
// with probability 0.85), iterated to convergence. The top sentences are
// taken until the budget is full.
//
// Deviations: words are content stems (stop words removed), which the paper
// leaves open. Only pairs that the sparse graph links (cosine >= 0.01, the 50
// strongest neighbours per sentence) get an edge, so the cost is linear in
// sentences rather than quadratic; nearly all overlap mass lives in those
// edges. The paper defines no query-focused variant, so `request.query` is
// ignored. Near-duplicates are skipped (GreedyFill) so repeated wire copy
// is quoted once; the paper was written for single documents, where that
// does not arise.
#include <algorithm>
#include <cmath>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

constexpr MethodParameter kTextRankParameters[] = {
    {"damping", 0.85, 0, 1, "probability of following an edge (Mihalcea & Tarau: 0.85)"},
};

size_t Overlap(const std::vector<TermId>& a, const std::vector<TermId>& b) {
  size_t count = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++count, ++i, ++j;
    }
  }
  return count;
}

class TextRank : public Summarizer {
 public:
  explicit TextRank(const ParameterValues& p) : damping_(p.Get("damping")) {}
  std::string_view name() const override { return "textrank"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    Selection selection;
    std::vector<size_t> candidates =
        BoundedCandidates(analyzed, request, name(), "graph", &selection);
    GraphOptions options;
    options.min_similarity = 0.01f;
    options.max_neighbors = 50;
    SimilarityGraph graph = BuildSimilarityGraph(analyzed, candidates, options);
    std::vector<std::vector<TermId>> words(graph.size());
    for (size_t i = 0; i < graph.size(); ++i) {
      words[i] = analyzed.sentences[graph.nodes[i]].terms;
      std::sort(words[i].begin(), words[i].end());
      words[i].erase(std::unique(words[i].begin(), words[i].end()), words[i].end());
    }
    std::vector<float> weights(graph.edges.size(), 0.0f);
    for (size_t i = 0; i < graph.size(); ++i) {
      for (size_t e = graph.row_begin[i]; e < graph.row_begin[i + 1]; ++e) {
        size_t j = graph.edges[e].first;
        if (j == i) continue;
        // log of 1-word sentences is 0; candidates have >= 6 words, but keep
        // the denominator positive for any input.
        double norm = std::log(static_cast<double>(analyzed.sentences[graph.nodes[i]].words)) +
                      std::log(static_cast<double>(analyzed.sentences[graph.nodes[j]].words));
        weights[e] = static_cast<float>(Overlap(words[i], words[j]) / std::max(norm, 1.0));
      }
    }
    std::vector<double> rank = StationaryDistribution(graph, weights, {}, 1.0 - damping_);
    selection.sentences = GreedyFill(analyzed, RankByScore(graph.nodes, rank), request.budget);
    return selection;
  }

 private:
  double damping_;
};

}  // namespace

std::span<const MethodParameter> TextRankParameters() { return kTextRankParameters; }
std::unique_ptr<Summarizer> MakeTextRank(const ParameterValues& p) {
  return std::make_unique<TextRank>(p);
}

}  // namespace crosswire
