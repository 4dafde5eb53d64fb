// Pair-level ROUGE statistics on interned token ids (see rouge_metrics.cc).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace crosswire::rouge {

using TokenId = uint32_t;
using Sentence = std::vector<TokenId>;

// Distinct n-grams of one text with their counts, sorted by token sequence.
struct NgramTable {
  int n = 0;
  const std::vector<TokenId>* tokens = nullptr;  // the text (not owned; n-grams are spans of it)
  std::vector<uint32_t> starts;                  // start of each distinct n-gram, sorted
  // For n <= 2 (ROUGE-1 and -2, the usual ones) each n-gram packed into one
  // integer (first token in the high half) instead of `starts`: sorting and
  // merging plain integers is several times faster than comparing spans.
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;  // count of each distinct n-gram (of `starts` or `keys`)
  int64_t total = 0;             // ROUGE's "_cn_": number of n-grams
};
// `tokens` must outlive the table.
NgramTable BuildNgramTable(const std::vector<TokenId>& tokens, int n);
// Sum over the model's n-grams of min(model count, peer count).
int64_t NgramHits(const NgramTable& model, const NgramTable& peer);

// Sorts `keys` ascending: an LSD radix sort over the bytes in which the keys
// differ (token ids are small, so n-gram keys differ in few bytes), which on
// the ~100 keys of a summary is several times faster than std::sort.
void SortKeys(std::vector<uint64_t>& keys);

// ROUGE-1.5.5's skip bigrams: (a, b) for b within distance+1 positions after a
// (any distance when < 0); with unigrams also (a, none) for every token but
// the last (a quirk of createSkipBigram we keep).
struct KeyTable {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  int64_t total = 0;
};
KeyTable BuildSkipBigramTable(const std::vector<TokenId>& tokens, int distance, bool unigrams);
int64_t KeyHits(const KeyTable& model, const KeyTable& peer);

// Unigram counts used to clip LCS hits, as a sorted (token, count) list.
using UnigramCounts = std::vector<std::pair<TokenId, int32_t>>;
UnigramCounts BuildUnigramCounts(const std::vector<TokenId>& tokens);

// ROUGE-L of one model against the peer: union-LCS hits clipped by unigram
// counts, and the model length (base).
struct LcsResult {
  double hit = 0;
  double base = 0;
};
LcsResult UnionLcs(const std::vector<Sentence>& model, const std::vector<Sentence>& peer,
                   UnigramCounts model_counts, UnigramCounts peer_counts);
// ROUGE-W: the same with weighted LCS (weight w > 0); `pow_table[k]` = k^w.
LcsResult UnionWlcs(const std::vector<Sentence>& model, const std::vector<Sentence>& peer,
                    UnigramCounts model_counts, UnigramCounts peer_counts,
                    const std::vector<double>& pow_table, double weight);

}  // namespace crosswire::rouge
