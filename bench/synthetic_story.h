// Synthetic stories of any size for the benchmarks: the one generator that
// pipeline_bench and method_scaling share.
//
// Two kinds:
//   ZipfianStory   articles of 20 sentences of 18 words drawn from a 2,000-word
//                  Zipfian vocabulary. Needs no data; its sentences share
//                  words but never facts, so every method sees a flat,
//                  topicless input. pipeline_bench uses it for graph-building
//                  costs, which depend on word statistics only.
//   SampledStory   articles assembled from real news sentences (a
//                  SentencePool read from DUC 2006): a core event that most
//                  articles repeat, side threads, and background. Closer
//                  to what a summarizer sees in a large real story: repeated
//                  wire copy, a few facts told by many outlets, headlines,
//                  varied sentence lengths, real vocabulary and stop words.
//
// Both are deterministic for a given (articles, seed) and, for SampledStory, a
// given pool. Neither allocates anything that outlives the returned Story.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"

namespace crosswire::bench {

// `articles` articles of 20 sentences drawn from a 2,000-word Zipfian
// vocabulary (std::mt19937 seeded with `seed`).
Story ZipfianStory(size_t articles, uint32_t seed = 42);

// Real sentences grouped by the document set (topic) they came from.
struct SentencePool {
  struct Topic {
    std::string id;                      // "D0601A"
    std::string query;                   // title + narrative; empty without a topics file
    std::vector<std::string> leads;      // the first sentence of each document
    std::vector<std::string> sentences;  // every other sentence, in document order
  };
  std::vector<Topic> topics;
  std::string source;  // where the sentences were read from
  size_t sentences() const;
};

// Reads every topic directory under `duc_dir`/docs (DUC layout), splits each
// document with text::SplitSentences and keeps the running-text sentences of
// 6 to 80 words. Topics are in name order. Each topic's query (title and
// narrative, as `crosswire bench --query` gives them) comes from the
// *topics*.sgml file in `duc_dir`, when there is one. Errors: kNotFound when
// `duc_dir` has no docs/ directory; reader errors pass through. Takes about a
// second for DUC 2006 (1,250 documents, ~33,000 sentences).
Result<SentencePool> ReadDucSentencePool(const std::string& duc_dir);

// `articles` articles built from `pool` (which must hold at least 5 topics).
// The seed picks a core topic (CoreTopic) and three side threads; every
// article opens with the lead of a core document and then draws each of its
// 12–35 sentences from the core topic (60%, Zipf-weighted, so a few facts are
// repeated by most outlets, as wire copy is), a side thread (25%) or any
// other topic (15%). Articles carry distinct ids, one of 40 outlets and a
// publication time within one month. Beyond ~1,000 articles the pool runs
// out of distinct sentences and exact repeats become common, as they are in
// a very large real story. Deterministic per (pool, articles, seed) on every
// standard library (own draws from std::mt19937_64, whose output the
// standard fixes).
Story SampledStory(const SentencePool& pool, size_t articles, uint64_t seed = 42);

// The topic SampledStory(pool, *, seed) is about (for its query).
const SentencePool::Topic& CoreTopic(const SentencePool& pool, uint64_t seed = 42);

}  // namespace crosswire::bench
