// Centroid, in the MEAD tradition (Radev, Jing, Styś & Tam 2004, "Centroid-based
// summarization of multiple documents", IP&M 40(6)).
//
// MEAD scores each sentence by a linear mix of three features and then walks
// the ranking, dropping sentences too similar to ones already chosen:
//   centroid  C_i: the sum, over the sentence's distinct words, of the word's
//                  weight in the cluster centroid (the words that characterise
//                  the story);
//   position  P_i: earlier sentences of an article score higher (news puts the
//                  gist first);
//   first     F_i: overlap with the first sentence of its article.
// Score_i = wc·C_i/Cmax + wp·P_i + wf·F_i, with Cmax the best centroid score.
//
// Deviations, and why:
// - MEAD's centroid is the mean TF-IDF with IDF from a background corpus. We
//   have none (see represent.cc), and in-story IDF punishes exactly the words
//   every report shares. The centroid weight of a word is therefore its mean
//   frequency per voice times the share of voices that use it,
//   c(t) = tf(t)/N · df(t)/N over the N voices (an article and its wire
//   copies are one, represent.h): words the reports agree on dominate, and a
//   word one article repeats, or one copy reprints, does not.
// - Redundancy is an MMR-style penalty rather than a hard cut only: each step
//   takes the sentence maximising score − λ·max cosine to the chosen ones, and
//   near-duplicates (cosine ≥ kDuplicateSimilarity) are never taken, so the
//   same wire copy appears once.
// - With a query (DUC narratives) a fourth feature, the cosine between the
//   sentence and the query, is added with weight wq.
// - The centroid score is divided by the square root of the sentence's length
//   in words, so a word budget is not spent on one long sentence that merely
//   collects many centroid words.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

struct CentroidWeights {
  double centroid = 1.0;
  double position = 0.5;
  double first = 0.5;
  double query = 1.0;
  double redundancy = 1.0;  // λ for the MMR penalty
};

class Centroid : public Summarizer {
 public:
  std::string_view name() const override { return "centroid"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    const CentroidWeights w;
    const double n = static_cast<double>(analyzed.voices());
    std::vector<double> centroid(analyzed.vocabulary.size(), 0.0);
    for (const Sentence& s : analyzed.sentences) {
      if (s.kind == text::UnitKind::kNoise || analyzed.voice_of(s.article) != s.article) continue;
      for (TermId t : s.terms) centroid[t] += 1.0;
    }
    for (size_t t = 0; t < centroid.size(); ++t) {
      centroid[t] = centroid[t] / n * (analyzed.document_frequency[t] / n);
    }

    auto query_vector = QueryVector(analyzed, request);
    if (!query_vector) return std::unexpected(query_vector.error());
    const SparseVector& query = *query_vector;

    std::vector<size_t> candidates = Candidates(analyzed, request);
    std::vector<double> score(candidates.size());
    std::vector<double> c(candidates.size());
    double c_max = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
      const Sentence& s = analyzed.sentences[candidates[k]];
      std::unordered_set<TermId> distinct(s.terms.begin(), s.terms.end());
      for (TermId t : distinct) c[k] += centroid[t];
      c[k] /= std::sqrt(static_cast<double>(std::max<uint32_t>(s.words, 1)));
      c_max = std::max(c_max, c[k]);
    }
    for (size_t k = 0; k < candidates.size(); ++k) {
      const Sentence& s = analyzed.sentences[candidates[k]];
      auto [first, last] = analyzed.article_sentences[s.article];
      size_t position = 0;  // among the article's candidates before this one
      const Sentence* lead = nullptr;
      for (size_t i = first; i < candidates[k]; ++i) {
        if (IsCandidate(analyzed.sentences[i])) {
          if (lead == nullptr) lead = &analyzed.sentences[i];
          ++position;
        }
      }
      double p = 1.0 / std::sqrt(static_cast<double>(position) + 1.0);
      double f = lead == nullptr ? 1.0 : Cosine(s.tfidf, lead->tfidf);
      score[k] = w.centroid * (c_max > 0 ? c[k] / c_max : 0) + w.position * p + w.first * f;
      if (!query.entries.empty()) score[k] += w.query * Cosine(s.tfidf, query);
    }

    // Score minus λ·(max cosine to the sentences taken): MMR-style, no cost
    // scaling, near-duplicates never taken (BudgetedGreedy's guard).
    std::vector<double> max_sim(candidates.size(), 0.0);
    GreedyOptions options;
    options.cost_exponent = 0;
    options.stop_when_no_gain = false;
    Selection selection;
    selection.sentences = BudgetedGreedy(
        analyzed, candidates, request.budget, options,
        [&](size_t k) { return score[k] - w.redundancy * max_sim[k]; },
        [&](size_t chosen) {
          const SparseVector& v = analyzed.sentences[candidates[chosen]].tfidf;
          for (size_t k = 0; k < candidates.size(); ++k) {
            max_sim[k] =
                std::max<double>(max_sim[k], Cosine(analyzed.sentences[candidates[k]].tfidf, v));
          }
        });
    return selection;
  }
};

}  // namespace

std::unique_ptr<Summarizer> MakeCentroid(const ParameterValues&) {
  return std::make_unique<Centroid>();
}

}  // namespace crosswire
