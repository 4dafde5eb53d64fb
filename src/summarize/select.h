// Machinery shared by the selection methods of src/summarize/: query vectors,
// deterministic ranking, a budgeted greedy loop with a duplicate guard, and a
// power iteration over the sparse sentence graph. Internal to the module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/summarize.h"

namespace crosswire {

// The TF-IDF vector of `request.query` under the story's vocabulary; an
// empty vector when there is no query. Errors from AnalyzeQuery pass through.
Result<SparseVector> QueryVector(const AnalyzedStory& analyzed, const SummaryRequest& request);

// The query's distinct content terms (sorted), empty without a query.
Result<std::vector<TermId>> QueryTerms(const AnalyzedStory& analyzed,
                                       const SummaryRequest& request);

// `ids` sorted by `score` (parallel to ids) descending; ties keep the lower
// sentence id first, i.e. (score, article index, sentence index).
std::vector<size_t> RankByScore(const std::vector<size_t>& ids, const std::vector<double>& score);

// The budgeted greedy of Khuller, Moss & Naor (1999) as used by Lin & Bilmes:
// repeatedly take the candidate k (an index into `candidates`) that fits the
// remaining budget and maximises gain(k) / cost(k)^cost_exponent; `take(k)`
// is called after each pick so the caller can update its state. Candidates
// whose cosine to a picked sentence is >= kDuplicateSimilarity are never
// taken (the same wire copy appears once). Stops when nothing fits or, with
// `stop_when_no_gain`, when the best gain is <= 0. Returns sentence ids in
// the order picked. Ties go to the lower sentence id.
// Complexity: O(picks × candidates) calls to gain().
struct GreedyOptions {
  double cost_exponent = 1.0;  // r; 0 ignores cost, 1 is gain per word
  bool stop_when_no_gain = true;
};
std::vector<size_t> BudgetedGreedy(const AnalyzedStory& analyzed,
                                   const std::vector<size_t>& candidates, const Budget& budget,
                                   const GreedyOptions& options,
                                   const std::function<double(size_t k)>& gain,
                                   const std::function<void(size_t k)>& take);

// Stationary distribution of the random walk that, from node i, jumps with
// probability `jump` to a node drawn from `teleport` (uniform when empty;
// normalised otherwise) and else follows an edge of i with probability
// proportional to its weight (`weights` parallel to graph.edges; a node
// without edges teleports). Power iteration until the L1 change is below
// `tolerance` or `max_iterations`. O(iterations × edges).
std::vector<double> StationaryDistribution(const SimilarityGraph& graph,
                                           const std::vector<float>& weights,
                                           const std::vector<double>& teleport, double jump,
                                           double tolerance = 1e-7, int max_iterations = 200);

// Above this many candidates, graph and quadratic methods keep only the
// kMaxGraphCandidates best by a cheap centrality proxy (see BoundCandidates).
inline constexpr size_t kMaxGraphCandidates = 5000;

// Keeps at most `limit` candidates: those whose distinct content terms have
// the highest summed document frequency per sqrt(length) — the sentences that
// talk about what most articles talk about — returned in id order. Of
// candidates with the same set of content terms (copies of one wire
// sentence) only the lowest id is kept, so repeated copy cannot crowd out
// everything else; fewer than `limit` come back when fewer are distinct.
// O(n log n).
std::vector<size_t> BoundCandidates(const AnalyzedStory& analyzed, std::vector<size_t> candidates,
                                    size_t limit);

// Candidates(analyzed, request), bounded to kMaxGraphCandidates by
// BoundCandidates for the graph and quadratic methods; when the bound acts, a
// note naming `method` and what was limited ("graph", "ground set") goes to
// `selection`.
std::vector<size_t> BoundedCandidates(const AnalyzedStory& analyzed, const SummaryRequest& request,
                                      std::string_view method, std::string_view what,
                                      Selection* selection);

}  // namespace crosswire
