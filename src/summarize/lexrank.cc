// LexRank (Erkan & Radev 2004, "LexRank: Graph-based lexical centrality as
// salience in text summarization", JAIR 22).
//
// Sentences are nodes; edges carry the idf-modified cosine of their TF-IDF
// vectors. Salience is the stationary distribution of a random walk that
// follows edges with probability 1 − d and jumps to a random node with
// probability d (the paper's damping, d = 0.15), computed by power iteration.
// Two variants, as in the paper:
//   lexrank            continuous LexRank: edges weighted by the cosine;
//   lexrank-threshold  edges with cosine >= 0.1 (the paper's best threshold),
//                      each of weight 1 (degree centrality on a random walk).
// Sentences are then taken best first, skipping near-duplicates of ones taken
// (the paper's reranker is MEAD's cross-sentence informational subsumption;
// our GreedyFill plays that role).
//
// Query-focused mode follows the biased LexRank of Otterbacher, Erkan & Radev
// (2005, "Using random walks for question-focused sentence retrieval"): the
// jump goes to sentence i with probability proportional to its relevance to
// the query (cosine), and the jump probability rises to 0.7 so that relevance
// and centrality both count (the paper studies the whole range; we did not
// tune this value to DUC).
//
// Deviations: the similarity graph is sparse — each sentence keeps its 50
// strongest neighbours with cosine >= 0.05 (continuous) — so memory and time
// grow linearly in sentences; the paper uses the dense matrix. Above
// kMaxGraphCandidates candidates the graph is built over the best
// kMaxGraphCandidates by a document-frequency proxy (BoundCandidates).
// IDF is computed within the story (no background corpus).
#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

// Continuous LexRank keeps weaker edges than the thresholded variant, but not
// the faintest: below this cosine an edge is shared function words.
constexpr float kContinuousMinSimilarity = 0.05f;

constexpr MethodParameter kLexRankParameters[] = {
    {"threshold", 0.1, 0, 1, "lexrank-threshold: edges need cosine >= this (Erkan & Radev: 0.1)"},
    {"damping", 0.15, 0, 1, "probability of a random jump (Erkan & Radev d = 0.15)"},
    {"query-bias", 0.7, 0, 1,
     "jump probability when a query is given; jumps land on query-relevant sentences (Otterbacher "
     "et al. 2005)"},
};

class LexRank : public Summarizer {
 public:
  LexRank(bool thresholded, const ParameterValues& p)
      : threshold_(static_cast<float>(p.Get("threshold"))),
        damping_(p.Get("damping")),
        query_damping_(p.Get("query-bias")),
        thresholded_(thresholded) {}
  std::string_view name() const override { return thresholded_ ? "lexrank-threshold" : "lexrank"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    auto query = QueryVector(analyzed, request);
    if (!query) return std::unexpected(query.error());
    Selection selection;
    std::vector<size_t> candidates =
        BoundedCandidates(analyzed, request, name(), "graph", &selection);
    GraphOptions options;
    options.min_similarity = thresholded_ ? threshold_ : kContinuousMinSimilarity;
    options.max_neighbors = 50;
    SimilarityGraph graph = BuildSimilarityGraph(analyzed, candidates, options);
    std::vector<float> weights(graph.edges.size());
    for (size_t e = 0; e < graph.edges.size(); ++e) {
      weights[e] = thresholded_ ? 1.0f : graph.edges[e].second;
    }
    std::vector<double> teleport;
    double jump = damping_;
    if (!query->entries.empty()) {
      teleport.resize(graph.size());
      double total = 0;
      for (size_t i = 0; i < graph.size(); ++i) {
        teleport[i] = Cosine(analyzed.sentences[graph.nodes[i]].tfidf, *query);
        total += teleport[i];
      }
      if (total > 0) jump = query_damping_;
    }
    std::vector<double> rank = StationaryDistribution(graph, weights, teleport, jump);
    selection.sentences = GreedyFill(analyzed, RankByScore(graph.nodes, rank), request.budget);
    return selection;
  }

 private:
  float threshold_;
  double damping_;
  double query_damping_;
  bool thresholded_;
};

}  // namespace

std::span<const MethodParameter> LexRankParameters() { return kLexRankParameters; }
std::unique_ptr<Summarizer> MakeLexRank(const ParameterValues& p) {
  return std::make_unique<LexRank>(false, p);
}
std::unique_ptr<Summarizer> MakeLexRankThreshold(const ParameterValues& p) {
  return std::make_unique<LexRank>(true, p);
}

}  // namespace crosswire
