// ROUGE statistics for one peer/model pair (Lin 2004), as ROUGE-1.5.5 counts them.
//
// ROUGE-N: clipped n-gram co-occurrence, hits = sum over model n-grams of
// min(count in model, count in peer); recall divides by the model's n-gram
// count, precision by the peer's.
//
// ROUGE-L (summary level, Lin 2004 section 3.2): for each model sentence, the
// union of its LCS with every peer sentence. ROUGE-1.5.5 finds one LCS per
// sentence pair with a fixed backtrack (diagonal on a match, else up when
// c[i-1][j] >= c[i][j-1], else left), marks the model positions it uses, and
// then counts a marked token only while both the model's and the peer's
// remaining unigram counts for it are positive, decrementing both (its 1.4.1
// "clip" so ROUGE-L cannot exceed ROUGE-1). The backtrack rule decides which
// tokens are marked, so we recompute it from the DP table exactly.
//
// ROUGE-W weights a run of k consecutive matches by k^w (f(k) = k^w, Lin 2004
// section 4): the DP adds (k+1)^w - k^w on a match; hits are the sum of
// run-length weights over the marked, unclipped positions, with ROUGE's exact
// run bookkeeping (a clipped marked position neither ends nor resets a run).
//
// ROUGE-S/SU: skip bigrams (ordered pairs within a gap), counted and clipped
// like n-grams; SU adds unigrams.
#include "rouge_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crosswire::rouge {
namespace {

int SpanCompare(const TokenId* a, const TokenId* b, int n) {
  for (int i = 0; i < n; ++i) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

KeyTable CountKeys(std::vector<uint64_t> keys) {
  KeyTable table;
  table.total = static_cast<int64_t>(keys.size());
  SortKeys(keys);
  table.counts.reserve(keys.size());
  size_t distinct = 0;  // compacted in place: no second key array
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    keys[distinct++] = keys[i];
    table.counts.push_back(static_cast<uint32_t>(j - i));
    i = j;
  }
  keys.resize(distinct);
  table.keys = std::move(keys);
  return table;
}

// Sum of min(model count, peer count) over the keys both sorted lists share.
int64_t MergeHits(const std::vector<uint64_t>& model_keys,
                  const std::vector<uint32_t>& model_counts, const std::vector<uint64_t>& peer_keys,
                  const std::vector<uint32_t>& peer_counts) {
  // Branch-free steps: which list advances is data-dependent and random, so a
  // branching merge mispredicts about every other step.
  int64_t hits = 0;
  size_t i = 0;
  size_t j = 0;
  const size_t m = model_keys.size();
  const size_t p = peer_keys.size();
  while (i < m && j < p) {
    const uint64_t a = model_keys[i];
    const uint64_t b = peer_keys[j];
    const uint32_t shared = std::min(model_counts[i], peer_counts[j]);
    hits += a == b ? shared : 0;
    i += a <= b;
    j += b <= a;
  }
  return hits;
}

int32_t* FindCount(UnigramCounts& counts, TokenId token) {
  auto it = std::lower_bound(counts.begin(), counts.end(), token,
                             [](const auto& entry, TokenId t) { return entry.first < t; });
  if (it == counts.end() || it->first != token) return nullptr;
  return &it->second;
}

// Marks the model positions of one LCS of `model` and `peer` in `hit_mask`,
// following ROUGE-1.5.5's backtrack over the DP table `c` (row-major, (m+1)x(n+1)).
template <typename Value>
void MarkLcs(const Sentence& model, const Sentence& peer, const std::vector<Value>& c,
             std::vector<char>& hit_mask) {
  const size_t width = peer.size() + 1;
  size_t i = model.size();
  size_t j = peer.size();
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      hit_mask[i] = 1;
    } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

void SortKeys(std::vector<uint64_t>& keys) {
  const size_t n = keys.size();
  if (n < 32) {
    std::sort(keys.begin(), keys.end());
    return;
  }
  uint64_t differing = 0;  // bits in which some key differs from the first
  for (uint64_t k : keys) differing |= k ^ keys[0];
  std::vector<uint64_t> scratch(n);
  for (int shift = 0; shift < 64; shift += 8) {
    if (((differing >> shift) & 0xFF) == 0) continue;
    size_t offsets[257] = {};
    for (uint64_t k : keys) ++offsets[((k >> shift) & 0xFF) + 1];
    for (size_t b = 0; b < 256; ++b) offsets[b + 1] += offsets[b];
    for (uint64_t k : keys) scratch[offsets[(k >> shift) & 0xFF]++] = k;
    keys.swap(scratch);
  }
}

NgramTable BuildNgramTable(const std::vector<TokenId>& tokens, int n) {
  NgramTable table;
  table.n = n;
  table.tokens = &tokens;
  if (static_cast<int64_t>(tokens.size()) < n) return table;
  const size_t count = tokens.size() - static_cast<size_t>(n) + 1;
  table.total = static_cast<int64_t>(count);
  if (n <= 2) {
    std::vector<uint64_t> keys(count);
    for (size_t i = 0; i < count; ++i) {
      keys[i] = n == 1 ? tokens[i] : (uint64_t{tokens[i]} << 32) | tokens[i + 1];
    }
    KeyTable packed = CountKeys(std::move(keys));
    table.keys = std::move(packed.keys);
    table.counts = std::move(packed.counts);
    return table;
  }
  std::vector<uint32_t> starts(count);
  std::iota(starts.begin(), starts.end(), 0u);
  const TokenId* base = tokens.data();
  std::sort(starts.begin(), starts.end(), [&](uint32_t a, uint32_t b) {
    int cmp = SpanCompare(base + a, base + b, n);
    return cmp != 0 ? cmp < 0 : a < b;
  });
  for (size_t i = 0; i < starts.size();) {
    size_t j = i;
    while (j < starts.size() && SpanCompare(base + starts[j], base + starts[i], n) == 0) ++j;
    table.starts.push_back(starts[i]);
    table.counts.push_back(static_cast<uint32_t>(j - i));
    i = j;
  }
  return table;
}

int64_t NgramHits(const NgramTable& model, const NgramTable& peer) {
  const int n = model.n;
  int64_t hits = 0;
  size_t i = 0;
  size_t j = 0;
  if (model.tokens == nullptr || peer.tokens == nullptr) return 0;
  if (n <= 2) return MergeHits(model.keys, model.counts, peer.keys, peer.counts);
  const TokenId* mb = model.tokens->data();
  const TokenId* pb = peer.tokens->data();
  while (i < model.starts.size() && j < peer.starts.size()) {
    int cmp = SpanCompare(mb + model.starts[i], pb + peer.starts[j], n);
    if (cmp == 0) {
      hits += std::min(model.counts[i], peer.counts[j]);
      ++i;
      ++j;
    } else if (cmp < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return hits;
}

KeyTable BuildSkipBigramTable(const std::vector<TokenId>& tokens, int distance, bool unigrams) {
  std::vector<uint64_t> keys;
  const size_t n = tokens.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    if (unigrams) keys.push_back((uint64_t{tokens[i]} << 32) | 0xFFFFFFFFu);
    for (size_t j = i + 1; j < n && (distance < 0 || j <= i + static_cast<size_t>(distance) + 1);
         ++j) {
      keys.push_back((uint64_t{tokens[i]} << 32) | tokens[j]);
    }
  }
  return CountKeys(std::move(keys));
}

int64_t KeyHits(const KeyTable& model, const KeyTable& peer) {
  return MergeHits(model.keys, model.counts, peer.keys, peer.counts);
}

UnigramCounts BuildUnigramCounts(const std::vector<TokenId>& tokens) {
  std::vector<TokenId> sorted = tokens;
  std::sort(sorted.begin(), sorted.end());
  UnigramCounts counts;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    counts.emplace_back(sorted[i], static_cast<int32_t>(j - i));
    i = j;
  }
  return counts;
}

LcsResult UnionLcs(const std::vector<Sentence>& model, const std::vector<Sentence>& peer,
                   UnigramCounts model_counts, UnigramCounts peer_counts) {
  LcsResult result;
  std::vector<int32_t> c;
  std::vector<char> hit_mask;
  for (const Sentence& m : model) {
    hit_mask.assign(m.size(), 0);
    result.base += static_cast<double>(m.size());
    if (!m.empty()) {
      for (const Sentence& p : peer) {
        const size_t width = p.size() + 1;
        c.assign((m.size() + 1) * width, 0);
        for (size_t i = 1; i <= m.size(); ++i) {
          for (size_t j = 1; j <= p.size(); ++j) {
            if (m[i - 1] == p[j - 1]) {
              c[i * width + j] = c[(i - 1) * width + j - 1] + 1;
            } else {
              c[i * width + j] = std::max(c[(i - 1) * width + j], c[i * width + j - 1]);
            }
          }
        }
        MarkLcs(m, p, c, hit_mask);
      }
    }
    for (size_t j = 0; j < m.size(); ++j) {
      if (!hit_mask[j]) continue;
      int32_t* mc = FindCount(model_counts, m[j]);
      int32_t* pc = FindCount(peer_counts, m[j]);
      if (mc != nullptr && pc != nullptr && *mc > 0 && *pc > 0) {
        result.hit += 1;
        --*mc;
        --*pc;
      }
    }
  }
  return result;
}

LcsResult UnionWlcs(const std::vector<Sentence>& model, const std::vector<Sentence>& peer,
                    UnigramCounts model_counts, UnigramCounts peer_counts,
                    const std::vector<double>& pow_table, double weight) {
  LcsResult result;
  std::vector<double> c;
  std::vector<int32_t> run;
  std::vector<char> hit_mask;
  auto power = [&](size_t k) {
    return k < pow_table.size() ? pow_table[k] : std::pow(static_cast<double>(k), weight);
  };
  for (const Sentence& m : model) {
    hit_mask.assign(m.size(), 0);
    result.base += power(m.size());
    if (!m.empty()) {
      for (const Sentence& p : peer) {
        const size_t width = p.size() + 1;
        c.assign((m.size() + 1) * width, 0.0);
        run.assign((m.size() + 1) * width, 0);
        for (size_t i = 1; i <= m.size(); ++i) {
          for (size_t j = 1; j <= p.size(); ++j) {
            const size_t at = i * width + j;
            if (m[i - 1] == p[j - 1]) {
              const auto k = static_cast<size_t>(run[(i - 1) * width + j - 1]);
              c[at] = c[(i - 1) * width + j - 1] + power(k + 1) - power(k);
              run[at] = static_cast<int32_t>(k + 1);
            } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
              c[at] = c[(i - 1) * width + j];
            } else {
              c[at] = c[i * width + j - 1];
            }
          }
        }
        MarkLcs(m, p, c, hit_mask);
      }
    }
    size_t hit_len = 0;
    for (size_t j = 0; j < m.size(); ++j) {
      if (!hit_mask[j]) continue;
      int32_t* mc = FindCount(model_counts, m[j]);
      int32_t* pc = FindCount(peer_counts, m[j]);
      if (mc != nullptr && pc != nullptr && *mc > 0 && *pc > 0) {
        ++hit_len;
        if ((j + 1 < m.size() && !hit_mask[j + 1]) || j + 1 == m.size()) {
          result.hit += power(hit_len);
          hit_len = 0;
        }
        --*mc;
        --*pc;
      }
    }
  }
  return result;
}

}  // namespace crosswire::rouge
