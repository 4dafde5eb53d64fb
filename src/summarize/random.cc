// Random: the floor every method must clear. Candidates (see IsCandidate) are
// shuffled with a Fisher–Yates shuffle driven by SplitMix64 seeded from
// `request.seed`, then GreedyFill keeps what fits. SplitMix64 and our own
// bounded draw stand in for std::mt19937/std::shuffle because the standard
// leaves shuffle's use of the engine unspecified: the same seed must give the
// same digest on every standard library.
#include "methods.h"
#include "select.h"

namespace crosswire {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound) by rejection, so no value is favoured.
  uint64_t Below(uint64_t bound) {
    uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t x;
    do {
      x = Next();
    } while (x >= limit);
    return x % bound;
  }

 private:
  uint64_t state_;
};

class RandomMethod : public Summarizer {
 public:
  std::string_view name() const override { return "random"; }

  Result<Selection> Select(const AnalyzedStory& analyzed,
                           const SummaryRequest& request) const override {
    std::vector<size_t> ids = Candidates(analyzed, request);
    SplitMix64 rng(request.seed);
    for (size_t i = ids.size(); i > 1; --i) {
      std::swap(ids[i - 1], ids[rng.Below(i)]);
    }
    Selection selection;
    selection.sentences = GreedyFill(analyzed, ids, request.budget);
    return selection;
  }
};

}  // namespace

std::unique_ptr<Summarizer> MakeRandom(const ParameterValues&) {
  return std::make_unique<RandomMethod>();
}

}  // namespace crosswire
