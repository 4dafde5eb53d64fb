// Exact and near-duplicate detection: word-shingle MinHash with banded LSH.
//
// Method (Broder 1997, "On the resemblance and containment of documents";
// banding as in Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets",
// ch. 3). A text's case-folded words are hashed once each (FNV-1a, 64 bits);
// a shingle's hash combines the hashes of its k words. Instead of k-wise
// independent permutations we use 64 multiply-add hash functions
// h_i(x) = (a_i * x + b_i) >> 32 over the 64-bit shingle hash, with odd a_i
// and b_i drawn once from a fixed-seed SplitMix64 sequence: one multiply and
// one add per shingle and value, so a 700-word article costs ~45k
// multiply-adds. The signature keeps the minimum of each h_i.
//
// Exact duplicates are recognised by a hash of the word sequence, so two files
// that differ only in whitespace, case, NFC form or punctuation are "exact".
// A 64-bit collision between two different texts is possible in principle
// (about 1 in 10^19 per pair); we accept it rather than store every text.
#include "crosswire/near_duplicate.h"

#include <algorithm>
#include <limits>

namespace crosswire {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Fnv1a(std::string_view s, uint64_t h = kFnvOffset) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

struct HashFamily {
  std::array<uint64_t, kMinHashValues> a;
  std::array<uint64_t, kMinHashValues> b;
  HashFamily() {
    uint64_t state = 0x63726f7373776972ull;  // "crosswir": any fixed seed
    for (size_t i = 0; i < kMinHashValues; ++i) {
      a[i] = SplitMix64(&state) | 1;
      b[i] = SplitMix64(&state);
    }
  }
};

const HashFamily& Family() {
  static const HashFamily family;
  return family;
}

uint64_t BandKey(const Fingerprint& fp, size_t band) {
  constexpr size_t kRows = kMinHashValues / kMinHashBands;
  uint64_t h = kFnvOffset;
  for (size_t r = 0; r < kRows; ++r) {
    h ^= fp.minhash[band * kRows + r];
    h *= kFnvPrime;
    h ^= h >> 29;
  }
  return h;
}

// The minimum of every hash function over the shingles, taken shingle by
// shingle: the inner loop is a fixed-length pass the compiler vectorizes (the
// minimum does not depend on the order it is taken in). The 64-bit products
// are most of the cost of a fingerprint; x86-64's baseline has two 64-bit
// lanes, AVX2 four, so the loop is also compiled for AVX2 and the loader
// picks the version the CPU runs (integer arithmetic: the same minima).
#if defined(__x86_64__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define CROSSWIRE_MINHASH_CLONES __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef CROSSWIRE_MINHASH_CLONES
#define CROSSWIRE_MINHASH_CLONES
#endif
CROSSWIRE_MINHASH_CLONES
void TakeMinima(const uint64_t* shingles, size_t count, const uint64_t* a, const uint64_t* b,
                uint32_t* minhash) {
  for (size_t k = 0; k < count; ++k) {
    const uint64_t s = shingles[k];
    for (size_t i = 0; i < kMinHashValues; ++i) {
      minhash[i] = std::min(minhash[i], static_cast<uint32_t>((a[i] * s + b[i]) >> 32));
    }
  }
}

template <typename WordAt>
Fingerprint Compute(size_t count, WordAt word_at, const NearDuplicateOptions& options) {
  Fingerprint fp;
  fp.words = count;
  fp.minhash.fill(std::numeric_limits<uint32_t>::max());
  std::vector<uint64_t> word_hashes(count);
  uint64_t exact = kFnvOffset;
  for (size_t i = 0; i < count; ++i) {
    std::string_view w = word_at(i);
    word_hashes[i] = Fnv1a(w);
    exact = Fnv1a(w, exact);
    exact = (exact ^ ' ') * kFnvPrime;
  }
  fp.exact_hash = exact;
  if (count == 0) return fp;
  const size_t k = std::max<size_t>(1, std::min(options.shingle_words, count));
  std::vector<uint64_t> shingles;
  shingles.reserve(count - k + 1);
  for (size_t i = 0; i + k <= count; ++i) {
    uint64_t h = 0x2545f4914f6cdd1dull;
    for (size_t j = 0; j < k; ++j) h = (h ^ word_hashes[i + j]) * 0x100000001b3ull + (h >> 32);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  fp.shingles = shingles.size();
  const HashFamily& family = Family();
  TakeMinima(shingles.data(), shingles.size(), family.a.data(), family.b.data(), fp.minhash.data());
  return fp;
}

}  // namespace

Fingerprint ComputeFingerprint(std::span<const text::Token> tokens,
                               const NearDuplicateOptions& options) {
  return Compute(
      tokens.size(), [&](size_t i) -> std::string_view { return tokens[i].word; }, options);
}

Fingerprint ComputeFingerprint(std::string_view text, const NearDuplicateOptions& options) {
  std::vector<text::Token> tokens = text::Tokenize(text);
  return ComputeFingerprint(tokens, options);
}

double EstimateJaccard(const Fingerprint& a, const Fingerprint& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < kMinHashValues; ++i) equal += a.minhash[i] == b.minhash[i];
  return static_cast<double>(equal) / kMinHashValues;
}

NearDuplicateIndex::NearDuplicateIndex(NearDuplicateOptions options)
    : options_(std::move(options)) {}

std::optional<DuplicateMatch> NearDuplicateIndex::Find(const Fingerprint& fp) const {
  std::optional<DuplicateMatch> best;
  auto [lo, hi] = exact_.equal_range(fp.exact_hash);
  for (auto it = lo; it != hi; ++it) {
    if (!best || it->second < best->key) best = DuplicateMatch{it->second, true, 1.0};
  }
  if (best || fp.shingles < options_.min_shingles) return best;
  for (size_t band = 0; band < kMinHashBands; ++band) {
    auto [blo, bhi] = bands_[band].equal_range(BandKey(fp, band));
    for (auto it = blo; it != bhi; ++it) {
      const Entry& entry = entries_.at(it->second);
      if (entry.fp.shingles < options_.min_shingles) continue;
      double j = EstimateJaccard(fp, entry.fp);
      if (j < options_.min_jaccard) continue;
      if (!best || j > best->jaccard || (j == best->jaccard && it->second < best->key)) {
        best = DuplicateMatch{it->second, false, j};
      }
    }
  }
  return best;
}

void NearDuplicateIndex::Insert(uint64_t key, const Fingerprint& fp) {
  Erase(key);
  Entry entry{fp, {}};
  exact_.emplace(fp.exact_hash, key);
  if (fp.shingles > 0) {
    for (size_t band = 0; band < kMinHashBands; ++band) {
      entry.bands[band] = BandKey(fp, band);
      bands_[band].emplace(entry.bands[band], key);
    }
  }
  entries_.emplace(key, std::move(entry));
}

void NearDuplicateIndex::Erase(uint64_t key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return;
  auto erase_from = [key](std::unordered_multimap<uint64_t, uint64_t>& map, uint64_t hash) {
    auto [lo, hi] = map.equal_range(hash);
    for (auto j = lo; j != hi; ++j) {
      if (j->second == key) {
        map.erase(j);
        return;
      }
    }
  };
  erase_from(exact_, it->second.fp.exact_hash);
  if (it->second.fp.shingles > 0) {
    for (size_t band = 0; band < kMinHashBands; ++band)
      erase_from(bands_[band], it->second.bands[band]);
  }
  entries_.erase(it);
}

}  // namespace crosswire
