// Lead: the opening sentences of the most recent article — the standard
// news-summarization baseline (NIST's DUC baseline 1 takes the first words of
// the most recent document). When the newest article runs out before the
// budget does, the next most recent one continues.
#include <algorithm>
#include <numeric>

#include "methods.h"

namespace crosswire {
namespace {

// Above any cosine: GreedyFill then treats no sentence as a repeat.
constexpr float kNeverDuplicate = 2.0f;

class Lead : public Summarizer {
 public:
  std::string_view name() const override { return "lead"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    const auto& articles = analyzed.story->articles;
    std::vector<size_t> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    // Most recent first; undated articles keep input order after dated ones.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const auto& pa = articles[a].published;
      const auto& pb = articles[b].published;
      if (pa.has_value() != pb.has_value()) return pa.has_value();
      return pa.has_value() && *pa > *pb;
    });
    std::vector<bool> allowed(analyzed.sentences.size(), false);
    for (size_t id : Candidates(analyzed, request)) allowed[id] = true;
    std::vector<size_t> ranked;
    for (size_t a : order) {
      auto [first, last] = analyzed.article_sentences[a];
      for (size_t i = first; i < last; ++i) {
        if (allowed[i]) ranked.push_back(i);
      }
    }
    // Sentences strictly in order, repeats included: the baseline quotes the
    // article as it runs.
    Selection selection;
    selection.sentences =
        GreedyFill(analyzed, ranked, request.budget, kNeverDuplicate, FillMode::kStopAtFirstMisfit);
    return selection;
  }
};

}  // namespace

std::unique_ptr<Summarizer> MakeLead(const ParameterValues&) { return std::make_unique<Lead>(); }

}  // namespace crosswire
