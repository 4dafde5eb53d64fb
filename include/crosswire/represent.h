// crosswire/represent.h — a story analysed for selection: sentences with their
// terms, a vocabulary, document frequencies, TF-IDF vectors, cosine
// similarity, and a sparse sentence similarity graph.
//
// `AnalyzeStory` is the one place where text is turned into numbers; every
// summarizer, the attribution and the corroboration read the `AnalyzedStory` it
// returns. An AnalyzedStory shares ownership of the Story it was built from
// (sentences are byte spans into its articles), so it is self-contained.
// Analysed stories are immutable after construction and safe to share between
// threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"
#include "crosswire/text.h"

namespace crosswire {

using TermId = uint32_t;

// Interns strings (stems) to dense ids 0..size()-1.
class Vocabulary {
 public:
  TermId Intern(std::string_view term);
  // Returns the id of `term`, or -1 when it was never interned.
  int64_t Find(std::string_view term) const;
  const std::string& term(TermId id) const { return terms_[id]; }
  size_t size() const { return terms_.size(); }

 private:
  std::unordered_map<std::string, TermId> ids_;
  std::vector<std::string> terms_;
};

// A sparse vector: (term, weight) pairs sorted by term, with its L2 norm.
struct SparseVector {
  std::vector<std::pair<TermId, float>> entries;
  float norm = 0;
};

// The TF-IDF vector of a bag of terms (term frequency × idf[term]).
SparseVector TfIdfVector(std::vector<TermId> terms, const std::vector<float>& idf);

// Cosine similarity in [0, 1] for non-negative vectors; 0 when either is empty.
float Cosine(const SparseVector& a, const SparseVector& b);

// One unit of an article's text (see text::SplitSentences), analysed.
struct Sentence {
  size_t article = 0;  // index into Story::articles
  size_t index = 0;    // position among its article's units (sentence_index)
  size_t begin = 0;    // byte span [begin, end) into Article::text
  size_t end = 0;
  text::UnitKind kind = text::UnitKind::kSentence;
  std::vector<TermId> terms;      // stems of the content words, in order (stop words removed)
  std::vector<TermId> all_terms;  // stems of every word, in order (for bigrams and queries)
  uint32_t words = 0;             // whitespace-separated tokens, as ROUGE counts for -l
  bool quote_fragment = false;    // opens a quotation it does not close, or the reverse:
                                  // part of a multi-sentence quote, unreadable alone
  bool cut_off = false;           // ends in an ellipsis ("is suing President..."): a
                                  // scraped teaser or a trailing quote, unreadable alone
  SparseVector tfidf;             // TF-IDF of `terms`, weights from the story
};

struct AnalysisOptions {
  text::Language language;  // stemmer and stop words (default English; see FindLanguage)
};

// The voice of `article` under a voice map (AnalyzedStory::voice): its entry,
// or the article itself when the map does not cover it (no map: every
// article is its own voice).
inline size_t VoiceOf(const std::vector<size_t>& voice, size_t article) {
  return article < voice.size() ? voice[article] : article;
}

// The analysed story: what every method selects from.
struct AnalyzedStory {
  // The articles, shared with whoever else holds them: an AnalyzedStory is
  // self-contained and may outlive the Story value it was built from.
  std::shared_ptr<const Story> story;
  text::Language language;  // what the terms were stemmed and filtered with
  Vocabulary vocabulary;
  std::vector<Sentence> sentences;  // all units of all articles, article by article
  std::vector<std::pair<size_t, size_t>> article_sentences;  // [first, last) per article
  std::vector<uint32_t> document_frequency;   // per term: voices (below) containing it
  std::vector<float> idf;                     // per term: 1 + log((voices + 1) / df)
  std::vector<SparseVector> article_vectors;  // TF-IDF of each article
  // Per article, its voice: the index of the earliest article it is a wire
  // copy of (the same text, or the same body with small edits: MinHash over
  // word 3-shingles, estimated Jaccard >= 0.7, near_duplicate.h), else its
  // own index. Outlets running one copy are one voice: corroboration and
  // citations count voices, not articles.
  std::vector<size_t> voice;
  size_t articles() const { return article_sentences.size(); }
  size_t voice_of(size_t article) const { return VoiceOf(voice, article); }
  // The number of voices (articles that are no other article's copy).
  size_t voices() const {
    size_t n = 0;
    for (size_t a = 0; a < articles(); ++a) n += voice_of(a) == a;
    return n;
  }
  std::string_view text(const Sentence& s) const {
    return std::string_view(story->articles[s.article].text).substr(s.begin, s.end - s.begin);
  }
};

// Splits, tokenizes, stems and weights every article of `story`.
// Errors: kInvalidInput for a story without articles.
Result<AnalyzedStory> AnalyzeStory(std::shared_ptr<const Story> story,
                                   const AnalysisOptions& options = {});
// The same over a copy of `story`.
Result<AnalyzedStory> AnalyzeStory(const Story& story, const AnalysisOptions& options = {});

// Term ids of `query` under the story's vocabulary (unknown words dropped),
// stemmed and stop-word filtered as the sentences were (in `analyzed.language`).
Result<std::vector<TermId>> AnalyzeQuery(const AnalyzedStory& analyzed, std::string_view query);

// Sparse similarity graph over a set of sentences (compressed rows). Each node
// keeps at most `max_neighbors` edges with cosine >= `min_similarity`, so
// memory grows linearly with the number of nodes, never n×n.
struct SimilarityGraph {
  std::vector<size_t> nodes;                      // sentence ids (into AnalyzedStory::sentences)
  std::vector<size_t> row_begin;                  // size nodes+1
  std::vector<std::pair<uint32_t, float>> edges;  // (node index, similarity)
  size_t size() const { return nodes.size(); }
};

struct GraphOptions {
  float min_similarity = 0.1f;  // edges below this cosine are dropped (neutral: 0)
  size_t max_neighbors = 50;    // per node, strongest kept (neutral: node count)
  // Terms used by more than this many sentences are left out of the graph's
  // similarities: they carry little information (lowest idf) and, without
  // the cap, one word used everywhere makes the build quadratic. Below the
  // cap the similarity is exactly Cosine(). Neutral: SIZE_MAX.
  size_t max_postings = 1000;
};

// Builds the graph by accumulating dot products over an inverted index, so
// sentences that share no term are never compared. Time O(Σ capped
// postings²); memory O(nodes × max_neighbors), never n×n.
SimilarityGraph BuildSimilarityGraph(const AnalyzedStory& analyzed,
                                     const std::vector<size_t>& nodes,
                                     const GraphOptions& options = {});

}  // namespace crosswire
