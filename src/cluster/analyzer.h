// Internal to the cluster module: an article turned into the term vectors the
// clusterer compares, and the online document frequencies that weight them.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"
#include "crosswire/represent.h"
#include "crosswire/text.h"

namespace crosswire::cluster_internal {

// (term, sublinear term frequency 1 + ln tf), sorted by term.
using TermCounts = std::vector<std::pair<TermId, float>>;

struct AnalyzedArticle {
  TermCounts body;                  // stems of the body's content words
  TermCounts head;                  // stems of the title's (or first sentence's) content words
  TermCounts entities;              // capitalised words not opening a sentence (entity term ids)
  std::vector<text::Token> tokens;  // what the duplicate fingerprint is computed from
  // A page without story text: what it says is page furniture (an archive's
  // crawl note, a social network's notice), and it has no title. Its vectors
  // and tokens are empty: it is no one's duplicate and nothing joins it.
  bool no_story_text = false;
};

// A word -> value cache: open addressing with linear probing over one array
// of (hash, value, word index), at most half full. Every token of every
// article is looked up here; std::unordered_map's modulo by a prime and node
// chase made that a fifth of the clustering time.
class WordTable {
 public:
  // The value of `word`, or nullptr.
  const int64_t* Find(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word == kEmpty) return nullptr;
      if (s.hash == hash && words_[s.word] == word) return &s.value;
    }
  }
  // Adds `word` (not present) with `value`.
  void Insert(std::string_view word, uint64_t hash, int64_t value) {
    if (2 * (words_.size() + 1) > slots_.size()) Grow();
    words_.emplace_back(word);
    Place({hash, value, static_cast<uint32_t>(words_.size() - 1)});
  }
  static uint64_t Hash(std::string_view word) { return std::hash<std::string_view>()(word); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    int64_t value = 0;
    uint32_t word = kEmpty;  // index into words_
  };
  void Place(const Slot& slot) {
    size_t i = slot.hash & mask_;
    while (slots_[i].word != kEmpty) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.word != kEmpty) Place(s);
    }
  }
  std::vector<Slot> slots_;  // size a power of two
  size_t mask_ = 0;
  std::vector<std::string> words_;
};

// Turns articles into term counts. Owns the vocabulary: body and head stems
// share ids; entity words get ids of their own (interned with a \x01 prefix,
// so "Turkey" the country never meets "turkey" the bird).
class ArticleAnalyzer {
 public:
  static Result<ArticleAnalyzer> Create(const std::string& language);

  // Errors: kInvalidInput when neither title nor text has a word.
  Result<AnalyzedArticle> Analyze(const Article& article);

  const Vocabulary& vocabulary() const { return vocabulary_; }

  // Interns `terms` in order into an empty vocabulary, so that term i gets id
  // i (a checkpoint's vocabulary read back). Errors: kInvalidInput when the
  // vocabulary is not empty or a term repeats.
  Result<void> LoadVocabulary(const std::vector<std::string>& terms);

 private:
  ArticleAnalyzer(text::Stemmer stemmer, std::string language)
      : stemmer_(std::move(stemmer)), language_(std::move(language)) {}
  // Term id of a content word, or -1 for a stop word or a one-letter word.
  int64_t ContentTerm(const std::string& word);
  TermId EntityTerm(const std::string& word);

  text::Stemmer stemmer_;
  std::string language_;
  Vocabulary vocabulary_;
  WordTable content_cache_;  // word -> term id, or -1
  WordTable entity_cache_;   // word -> entity term id
};

// Document frequencies updated as articles arrive:
// idf(t) = ln((N + 1) / (df(t) + 1)) + 1 over the N articles seen.
class DocumentFrequencies {
 public:
  void Add(const AnalyzedArticle& a, int sign = 1);
  // Called for every term of every comparison (a centroid's norm is a pass
  // over its 2,000 terms), so it is two loads and no call: ln(N+1) is cached
  // per N, and ln(df+1) per term, updated when the term's df moves.
  float Idf(TermId t) const {
    const float log_df1 = t < log_df1_.size() ? log_df1_[t] : 0.0f;  // ln(0 + 1) = 0
    return log_n1_ - log_df1 + 1.0f;
  }
  uint64_t articles() const { return n_; }
  uint32_t df(TermId t) const { return t < df_.size() ? df_[t] : 0; }
  // Whether Add(a, -1) would leave every count non-negative.
  bool Covers(const AnalyzedArticle& a) const;
  // Replaces the counts: df by term id (terms past its end have 0), n articles.
  void Load(const std::vector<uint32_t>& df, uint64_t n);

 private:
  static float Log(uint64_t x);
  std::vector<uint32_t> df_;
  std::vector<float> log_df1_;  // Log(df_[t] + 1), beside df_
  uint64_t n_ = 0;
  float log_n1_ = 0;  // ln(n_ + 1)
};

// A weighted vector: (term, tf × idf), sorted by term, with its L2 norm.
SparseVector Weigh(const TermCounts& counts, const DocumentFrequencies& df);

}  // namespace crosswire::cluster_internal
