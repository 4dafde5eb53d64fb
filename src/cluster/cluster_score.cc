// Pairwise and BCubed clustering scores from one contingency table.
//
// With n_gp the number of items with gold label g and predicted label p,
// a_p = Σ_g n_gp (predicted cluster sizes) and b_g = Σ_p n_gp (gold sizes):
//   pairwise TP = Σ C(n_gp, 2), predicted pairs = Σ C(a_p, 2), gold pairs = Σ C(b_g, 2);
//   BCubed P = (1/N) Σ n_gp² / a_p,  BCubed R = (1/N) Σ n_gp² / b_g,
// since each of the n_gp items in cell (g, p) has precision n_gp / a_p and
// recall n_gp / b_g.
#include "crosswire/cluster_score.h"

#include <fmt/format.h>

#include <unordered_map>

namespace crosswire {
namespace {

double F1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

struct PairHash {
  size_t operator()(const std::pair<uint64_t, uint64_t>& k) const {
    return std::hash<uint64_t>()(k.first * 0x9e3779b97f4a7c15ull ^ k.second);
  }
};

double Pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

Result<ClusteringScores> ScoreClustering(std::span<const uint64_t> gold,
                                         std::span<const uint64_t> predicted) {
  if (gold.size() != predicted.size()) {
    return InvalidInput(fmt::format("clustering scores: {} gold labels but {} predicted labels",
                                    gold.size(), predicted.size()));
  }
  if (gold.empty()) return InvalidInput("clustering scores: no items to score");
  std::unordered_map<std::pair<uint64_t, uint64_t>, double, PairHash> cells;
  std::unordered_map<uint64_t, double> gold_size, predicted_size;
  for (size_t i = 0; i < gold.size(); ++i) {
    cells[{gold[i], predicted[i]}] += 1;
    gold_size[gold[i]] += 1;
    predicted_size[predicted[i]] += 1;
  }
  double tp = 0, bp = 0, br = 0, predicted_pairs = 0, gold_pairs = 0;
  for (const auto& [key, n] : cells) {
    tp += Pairs(n);
    bp += n * n / predicted_size[key.second];
    br += n * n / gold_size[key.first];
  }
  for (const auto& [label, n] : predicted_size) predicted_pairs += Pairs(n);
  for (const auto& [label, n] : gold_size) gold_pairs += Pairs(n);
  ClusteringScores s;
  s.items = gold.size();
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = predicted_size.size();
  s.pairwise.precision = predicted_pairs == 0 ? 1.0 : tp / predicted_pairs;
  s.pairwise.recall = gold_pairs == 0 ? 1.0 : tp / gold_pairs;
  s.pairwise.f1 = F1(s.pairwise.precision, s.pairwise.recall);
  const double n = static_cast<double>(gold.size());
  s.bcubed.precision = bp / n;
  s.bcubed.recall = br / n;
  s.bcubed.f1 = F1(s.bcubed.precision, s.bcubed.recall);
  return s;
}

}  // namespace crosswire
