// KL-Sum / Greedy-KL (Haghighi & Vanderwende 2009, "Exploring content models
// for multi-document summarization", NAACL).
//
// The summary S should make the input's word distribution P_D likely: KL-Sum
// greedily adds the sentence that most lowers KL(P_D ‖ P_S), where P_S is the
// summary's unigram distribution, until the budget is full. P_S is smoothed,
// P_S(w) = (c_S(w) + δ) / (|S| + δ·V), so that the divergence is finite for
// words the summary has not yet said (V: distinct content words of the
// input, δ = 0.01).
//
// Because Σ_w P_D(w) = 1, the divergence splits as
//   KL = Σ P_D log P_D − Σ_w P_D(w) log(c_S(w) + δ) + log(|S| + δV),
// so the change from adding sentence s touches only the words of s and the
// normaliser: one step costs O(total words of the candidates), not
// O(candidates × vocabulary).
//
// Deviations: words are content stems (stop words removed). The paper defines
// no query-focused variant (its TopicSum/HierSum models are generic), so
// `request.query` is ignored. Sentences that do not fit are skipped rather
// than truncated; near-duplicates of a taken sentence are skipped.
#include <algorithm>
#include <cmath>

#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

constexpr MethodParameter kKlSumParameters[] = {
    {"smoothing", 0.01, 1e-09, 1, "additive smoothing of the summary word distribution"},
};

class KlSum : public Summarizer {
 public:
  explicit KlSum(const ParameterValues& p) : delta_(p.Get("smoothing")) {}
  std::string_view name() const override { return "klsum"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    std::vector<double> pd(analyzed.vocabulary.size(), 0.0);
    double total = 0;
    for (const Sentence& s : analyzed.sentences) {
      if (s.kind == text::UnitKind::kNoise) continue;
      for (TermId t : s.terms) pd[t] += 1.0, total += 1.0;
    }
    double distinct_words = 0;
    for (double& x : pd) {
      if (x > 0) ++distinct_words;
      if (total > 0) x /= total;
    }
    const double smoothing_mass = delta_ * distinct_words;

    std::vector<size_t> candidates = Candidates(analyzed, request);
    // Per candidate, its (word, count) pairs.
    std::vector<std::vector<std::pair<TermId, double>>> counts(candidates.size());
    for (size_t k = 0; k < candidates.size(); ++k) {
      std::vector<TermId> terms = analyzed.sentences[candidates[k]].terms;
      std::sort(terms.begin(), terms.end());
      for (size_t i = 0; i < terms.size();) {
        size_t j = i;
        while (j < terms.size() && terms[j] == terms[i]) ++j;
        counts[k].emplace_back(terms[i], static_cast<double>(j - i));
        i = j;
      }
    }
    std::vector<double> summary_count(analyzed.vocabulary.size(), 0.0);
    double summary_length = 0;
    GreedyOptions options;
    options.cost_exponent = 0;
    options.stop_when_no_gain = false;
    Selection selection;
    selection.sentences = BudgetedGreedy(
        analyzed, candidates, request.budget, options,
        [&](size_t k) {
          // KL before − KL after adding k.
          double gain = 0, length = 0;
          for (const auto& [t, c] : counts[k]) {
            gain += pd[t] *
                    (std::log(summary_count[t] + c + delta_) - std::log(summary_count[t] + delta_));
            length += c;
          }
          return gain - (std::log(summary_length + length + smoothing_mass) -
                         std::log(summary_length + smoothing_mass));
        },
        [&](size_t k) {
          for (const auto& [t, c] : counts[k]) summary_count[t] += c, summary_length += c;
        });
    return selection;
  }

 private:
  double delta_;
};

}  // namespace

std::span<const MethodParameter> KlSumParameters() { return kKlSumParameters; }
std::unique_ptr<Summarizer> MakeKlSum(const ParameterValues& p) {
  return std::make_unique<KlSum>(p);
}

}  // namespace crosswire
