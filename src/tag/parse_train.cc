// Training the parser: an averaged perceptron over the transitions, trained
// with the dynamic oracle of Goldberg & Nivre (2012) for the arc-eager system.
//
// At each configuration the oracle gives every valid transition a cost: the
// number of gold arcs that applying it makes unreachable (a wrong relation on
// a gold arc counts one). The model's best valid transition is its guess; the
// best-scoring transition of least cost is the oracle's. When the guess costs
// more, the oracle's transition's weights go up and the guess's down. In the
// first pass(es) training follows the oracle's transition; from
// `explore_from` on it follows the guess with probability `explore`, so the
// model learns to recover from its own mistakes. A non-projective tree has
// no zero-cost path, but least-cost transitions still exist: such sentences
// train as well as they can instead of being dropped.
//
// The order of sentences and the exploration draws come from one fixed-seed
// generator, and the model is written as the tagger's tables are (features
// seen fewer than `min_feature_count` times dropped, 16-bit weights), so the
// same input gives the same bytes.
#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <random>

#include "crosswire/parse.h"
#include "parse_state.h"
#include "perceptron.h"

namespace crosswire::tag {
namespace {

using parse::Kind;
using parse::kNone;

struct Gold {
  std::vector<int> head;  // per node; node 0 (root) has kNone
  std::vector<uint8_t> relation;
};

struct Transitions {
  std::vector<std::string> labels;
  std::vector<Kind> kind;
  std::vector<uint8_t> relation;
};

Transitions MakeTransitions(const std::vector<std::string>& relations) {
  Transitions t;
  t.labels = {"SH", "RE"};
  t.kind = {parse::kShift, parse::kReduce};
  t.relation = {parse::kNoRelation, parse::kNoRelation};
  for (Kind k : {parse::kLeft, parse::kRight}) {
    for (size_t r = 0; r < relations.size(); ++r) {
      t.labels.push_back((k == parse::kLeft ? "L:" : "R:") + relations[r]);
      t.kind.push_back(k);
      t.relation.push_back(static_cast<uint8_t>(r));
    }
  }
  return t;
}

// Costs of the four kinds of transition (unlabelled) in `s` against `g`.
std::array<int, 4> KindCosts(const parse::State& s, const Gold& g) {
  std::array<int, 4> c{};
  const int s0 = s.S0(), b0 = s.B0();
  const int n = static_cast<int>(s.words());
  if (b0 == kNone) return c;
  auto headless = [&](int k) { return k > 0 && s.head(k) == kNone; };
  // Shift: b0 loses heads and dependents in the stack.
  for (int k : s.stack()) {
    c[parse::kShift] += g.head[b0] == k;
    c[parse::kShift] += headless(k) && g.head[k] == b0;
  }
  // Left arc: s0 loses a head beyond b0 and its dependents in the buffer.
  if (s0 > 0) {
    for (int k = b0; k <= n; ++k) {
      c[parse::kLeft] += k != b0 && g.head[s0] == k;
      c[parse::kLeft] += g.head[k] == s0;
    }
  }
  // Right arc: b0 loses another head (still reachable) and its dependents in
  // the stack.
  if (s0 != kNone) {
    const int gh = g.head[b0];
    if (gh != s0) {
      const bool in_stack = std::find(s.stack().begin(), s.stack().end(), gh) != s.stack().end();
      c[parse::kRight] += in_stack || gh > b0;
    }
    for (int k : s.stack()) c[parse::kRight] += headless(k) && g.head[k] == b0;
  }
  // Reduce: s0 loses its dependents in the buffer.
  if (s0 > 0) {
    for (int k = b0; k <= n; ++k) c[parse::kReduce] += g.head[k] == s0;
  }
  return c;
}

void LabelCosts(const parse::State& s, const Gold& g, const Transitions& t, uint8_t root,
                std::vector<int>* costs) {
  const auto kc = KindCosts(s, g);
  const int s0 = s.S0(), b0 = s.B0();
  costs->assign(t.labels.size(), std::numeric_limits<int>::max());
  for (size_t l = 0; l < t.labels.size(); ++l) {
    if (!s.Valid(t.kind[l], t.relation[l], root)) continue;
    int c = kc[t.kind[l]];
    if (t.kind[l] == parse::kLeft) c += g.head[s0] == b0 && g.relation[s0] != t.relation[l];
    if (t.kind[l] == parse::kRight) c += g.head[b0] == s0 && g.relation[b0] != t.relation[l];
    (*costs)[l] = c;
  }
}

std::string WriteModel(const Transitions& t, const Perceptron& model, int min_count) {
  std::string out(parse::kParseMagic);
  WriteTable(t.labels, model, min_count, &out);
  return out;
}

}  // namespace

std::string TrainParser(const std::vector<TaggedSentence>& sentences,
                        const ParserTrainOptions& options,
                        const std::function<void(int pass, const std::string& model)>& after_pass) {
  // Sentences with a well-formed tree.
  std::vector<const TaggedSentence*> usable;
  std::vector<std::string> relations;
  for (const TaggedSentence& s : sentences) {
    const size_t n = s.words.size();
    if (n == 0 || s.heads.size() != n || s.relations.size() != n || s.pos.size() != n) continue;
    if (std::any_of(s.heads.begin(), s.heads.end(), [n](size_t h) { return h > n; })) continue;
    usable.push_back(&s);
    relations.insert(relations.end(), s.relations.begin(), s.relations.end());
  }
  std::sort(relations.begin(), relations.end());
  relations.erase(std::unique(relations.begin(), relations.end()), relations.end());
  if (relations.size() > 126) relations.resize(126);  // 2 + 2 × 126 labels fit a byte
  const Transitions t = MakeTransitions(relations);
  const auto root_it = std::lower_bound(relations.begin(), relations.end(), "root");
  const uint8_t root = root_it != relations.end() && *root_it == "root"
                           ? static_cast<uint8_t>(root_it - relations.begin())
                           : parse::kNoRelation;

  std::vector<Gold> gold(usable.size());
  std::vector<parse::Tokens> tokens(usable.size());
  for (size_t k = 0; k < usable.size(); ++k) {
    const TaggedSentence& s = *usable[k];
    gold[k].head.assign(1, kNone);
    gold[k].relation.assign(1, parse::kNoRelation);
    for (size_t i = 0; i < s.words.size(); ++i) {
      gold[k].head.push_back(static_cast<int>(s.heads[i]));
      const auto it = std::lower_bound(relations.begin(), relations.end(), s.relations[i]);
      gold[k].relation.push_back(it != relations.end() && *it == s.relations[i]
                                     ? static_cast<uint8_t>(it - relations.begin())
                                     : parse::kNoRelation);
    }
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    std::vector<std::string_view> pos(s.pos.begin(), s.pos.end());
    tokens[k] = parse::HashTokens(words, pos);
  }

  Perceptron model(t.labels.size());
  std::vector<uint32_t> feats;
  std::vector<int> costs;
  std::vector<float> scores;
  // The least-cost transition scoring best (ties: the first label).
  auto oracle = [&](const std::vector<float>* by) {
    size_t best = t.labels.size();
    for (size_t l = 0; l < costs.size(); ++l) {
      if (costs[l] == std::numeric_limits<int>::max()) continue;
      if (best == t.labels.size() || costs[l] < costs[best] ||
          (costs[l] == costs[best] && by != nullptr && (*by)[l] > (*by)[best])) {
        best = l;
      }
    }
    return best;
  };
  // Feature counts along the oracle's path (for pruning).
  for (size_t k = 0; k < usable.size(); ++k) {
    parse::State state(usable[k]->words.size());
    while (!state.Done()) {
      state.Features(tokens[k], &feats);
      model.Count(feats);
      LabelCosts(state, gold[k], t, root, &costs);
      const size_t l = oracle(nullptr);
      if (l == t.labels.size()) break;
      state.Apply(t.kind[l], t.relation[l], root);
    }
  }

  std::mt19937 rng(options.seed);
  std::vector<size_t> order(usable.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  const auto explore_per_mille = static_cast<uint32_t>(options.explore * 1000);
  for (int pass = 1; pass <= options.iterations; ++pass) {
    // Fisher–Yates with the generator's raw output: the same on every platform.
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (size_t k : order) {
      parse::State state(usable[k]->words.size());
      while (!state.Done()) {
        state.Features(tokens[k], &feats);
        model.Score(feats, &scores);
        LabelCosts(state, gold[k], t, root, &costs);
        size_t guess = t.labels.size();
        for (size_t l = 0; l < costs.size(); ++l) {
          if (costs[l] == std::numeric_limits<int>::max()) continue;
          if (guess == t.labels.size() || scores[l] > scores[guess]) guess = l;
        }
        const size_t best = oracle(&scores);
        if (best == t.labels.size()) break;
        if (costs[guess] > costs[best]) {
          model.Update(feats, static_cast<uint8_t>(best), static_cast<uint8_t>(guess));
        }
        model.Tick();
        const bool follow_guess = pass >= options.explore_from && rng() % 1000 < explore_per_mille;
        const size_t next = follow_guess ? guess : best;
        state.Apply(t.kind[next], t.relation[next], root);
      }
    }
    if (after_pass) after_pass(pass, WriteModel(t, model, options.min_feature_count));
  }
  return WriteModel(t, model, options.min_feature_count);
}

}  // namespace crosswire::tag
