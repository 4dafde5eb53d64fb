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
#include "summarize/methods.h"
#include "summarize/select.h"

namespace crosswire {
namespace {

class LexRank : public Summarizer {
 public:
  explicit LexRank(bool threshold) : threshold_(threshold) {}
  std::string_view name() const override { return threshold_ ? "lexrank-threshold" : "lexrank"; }

  Result<Selection> Select(const AnalyzedStory& analyzed, const SummaryRequest& request) const override {
    auto query = QueryVector(analyzed, request);
    if (!query) return std::unexpected(query.error());
    Selection selection;
    std::vector<size_t> candidates = BoundedCandidates(analyzed, name(), "graph", &selection);
    GraphOptions options;
    options.min_similarity = threshold_ ? kThreshold : 0.05f;
    options.max_neighbors = 50;
    SimilarityGraph graph = BuildSimilarityGraph(analyzed, candidates, options);
    std::vector<float> weights(graph.edges.size());
    for (size_t e = 0; e < graph.edges.size(); ++e) {
      weights[e] = threshold_ ? 1.0f : graph.edges[e].second;
    }
    std::vector<double> teleport;
    double jump = kDamping;
    if (!query->entries.empty()) {
      teleport.resize(graph.size());
      double total = 0;
      for (size_t i = 0; i < graph.size(); ++i) {
        teleport[i] = Cosine(analyzed.sentences[graph.nodes[i]].tfidf, *query);
        total += teleport[i];
      }
      if (total > 0) jump = kQueryDamping;
    }
    std::vector<double> rank = StationaryDistribution(graph, weights, teleport, jump);
    selection.sentences = GreedyFill(analyzed, RankByScore(graph.nodes, rank), request.budget);
    return selection;
  }

 private:
  static constexpr float kThreshold = 0.1f;
  static constexpr double kDamping = 0.15;
  static constexpr double kQueryDamping = 0.7;
  bool threshold_;
};

}  // namespace

std::unique_ptr<Summarizer> MakeLexRank() { return std::make_unique<LexRank>(false); }
std::unique_ptr<Summarizer> MakeLexRankThreshold() { return std::make_unique<LexRank>(true); }

}  // namespace crosswire
