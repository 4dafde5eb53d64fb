// crosswire/cluster_score.h — how close a clustering is to a gold one.
//
// Both measures compare two labelings of the same N items (article i has gold
// label gold[i] and predicted label predicted[i]; label values are arbitrary
// ids, only equality matters):
//
//   - pairwise: every unordered pair of items is a decision. Precision is the
//     share of predicted same-cluster pairs that are gold same-cluster pairs,
//     recall the reverse. Large clusters dominate (pairs grow quadratically).
//   - BCubed (Bagga & Baldwin 1998; Amigó et al. 2009): per item, precision is
//     the share of its predicted cluster (itself included) that shares its
//     gold label, recall the share of its gold cluster that shares its
//     predicted label; both averaged over items. Every item weighs the same.
//
// F1 is the harmonic mean of P and R (0 when both are 0). Conventions for
// degenerate cases: with no predicted pairs pairwise precision is 1; with no
// gold pairs pairwise recall is 1 (nothing could be missed). Zero items is an
// error. Time O(N) expected (hash of label pairs), memory O(distinct pairs).
#pragma once

#include <cstdint>
#include <span>

#include "crosswire/error.h"

namespace crosswire {

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct ClusteringScores {
  PrecisionRecall pairwise;
  PrecisionRecall bcubed;
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;
};

// Errors: kInvalidInput when the spans differ in length or are empty.
Result<ClusteringScores> ScoreClustering(std::span<const uint64_t> gold,
                                         std::span<const uint64_t> predicted);

}  // namespace crosswire
