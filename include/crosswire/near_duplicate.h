// crosswire/near_duplicate.h — exact and near-duplicate articles (wire copies).
//
// Two outlets running the same agency copy are one voice, not two. This header
// finds such copies:
//
//   - exact duplicates: the same words in the same order once case, Unicode
//     form and punctuation are normalised away (a 64-bit hash of the
//     case-folded word sequence, `Fingerprint::exact_hash`);
//   - near-duplicates: the same body with small edits (a changed dateline, a
//     trimmed last paragraph, a corrected figure). Each text is reduced to the
//     set of its word k-shingles (k consecutive words, k = 3 by default) and
//     summarised by a MinHash signature of 64 values (Broder 1997); the share
//     of equal values between two signatures estimates the Jaccard similarity
//     of the two shingle sets, with a standard error of at most 0.0625.
//     Candidates are found by locality-sensitive hashing over 16 bands of 4
//     values: two texts with Jaccard 0.7 share a band with probability 0.988,
//     0.5 with 0.64, 0.3 with 0.12. A candidate is a match when its estimated
//     Jaccard is at least `min_jaccard`.
//
// Everything here is deterministic (fixed hash seeds) and independent of the
// order of insertion except where a tie is broken by the smaller key.
// Thread safety: functions are pure; a NearDuplicateIndex is not thread-safe
// (one writer, or external locking).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosswire/text.h"

namespace crosswire {

inline constexpr size_t kMinHashValues = 64;  // signature length
inline constexpr size_t kMinHashBands = 16;   // LSH bands (kMinHashValues / rows per band)

struct NearDuplicateOptions {
  // Words per shingle. 3 tolerates edits well on news-length texts; 1 would
  // compare bags of words. Must be >= 1. Default 3.
  size_t shingle_words = 3;
  // Smallest estimated Jaccard similarity of the shingle sets for two texts
  // to count as copies, in (0, 1]. Default 0.7 (a copy with a rewritten lead
  // and a trimmed end still scores 0.8 or more on a 400-word article).
  double min_jaccard = 0.7;
  // Texts with fewer shingles than this are too short for the estimate to
  // mean anything: they match exact duplicates only. Default 8.
  size_t min_shingles = 8;
};

// The fingerprints of one text.
struct Fingerprint {
  uint64_t exact_hash = 0;  // hash of the case-folded word sequence (0 words: a fixed value)
  size_t words = 0;
  size_t shingles = 0;  // distinct shingles (before hashing collisions, at most words)
  std::array<uint32_t, kMinHashValues> minhash{};  // all 0xffffffff when shingles == 0
};

// Fingerprints of a text given as tokens (text::Tokenize; the case-folded
// `word` fields are used). Linear in the number of tokens.
Fingerprint ComputeFingerprint(std::span<const text::Token> tokens,
                               const NearDuplicateOptions& options = {});
// The same for raw text (tokenizes it first).
Fingerprint ComputeFingerprint(std::string_view text, const NearDuplicateOptions& options = {});

// Estimated Jaccard similarity of the shingle sets of two fingerprints, in [0, 1]:
// the share of equal signature values. 0 when either has no shingles.
double EstimateJaccard(const Fingerprint& a, const Fingerprint& b);

// What NearDuplicateIndex::Find reports.
struct DuplicateMatch {
  uint64_t key = 0;      // the key the original was inserted under
  bool exact = false;    // same normalised text
  double jaccard = 1.0;  // estimated Jaccard (1 for exact duplicates)
};

// A set of fingerprints searchable for copies of a new text. Memory: about
// 300 bytes per fingerprint plus 17 hash-table entries.
class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(NearDuplicateOptions options = {});

  // The best original of `fp` among the inserted fingerprints: an exact
  // duplicate if any (the smallest key), else the near-duplicate with the
  // highest estimated Jaccard >= min_jaccard (ties: the smallest key), else
  // nothing. Time: proportional to the LSH candidates, never a scan.
  std::optional<DuplicateMatch> Find(const Fingerprint& fp) const;

  // Inserts `fp` under `key`. A key already present is replaced.
  void Insert(uint64_t key, const Fingerprint& fp);

  // Removes `key` (no effect when absent).
  void Erase(uint64_t key);

  size_t size() const { return entries_.size(); }
  const NearDuplicateOptions& options() const { return options_; }

 private:
  struct Entry {
    Fingerprint fp;
    std::array<uint64_t, kMinHashBands> bands;
  };
  NearDuplicateOptions options_;
  std::unordered_map<uint64_t, Entry> entries_;
  std::unordered_multimap<uint64_t, uint64_t> exact_;  // exact hash -> key
  std::array<std::unordered_multimap<uint64_t, uint64_t>, kMinHashBands> bands_;  // band -> key
};

}  // namespace crosswire
