// The Article Extraction Benchmark's metric (Zyte/Scrapinghub, 2019), used to
// measure the HTML reader against hand-checked article bodies
// (../shared/data/article-extraction/, bench/extraction_bench.cc).
//
// Tokens are maximal runs of "word" characters as Python's `\w` defines them
// (Unicode letters and numbers, and '_'); case is kept. A text becomes the
// multiset of its 4-token shingles (a text of 1 to 3 tokens is one shingle of
// all of them; an empty text has none). For one page, tp/fp/fn count the
// shingles in both / only the prediction / only the truth (with multiplicity),
// then are divided by their sum so every page weighs the same. Precision is the
// mean of tp/(tp+fp) over pages with a predicted shingle, recall the mean of
// tp/(tp+fn) over pages with a true shingle, F1 their harmonic mean.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"

namespace crosswire::ingest::internal {

// `text`'s tokens in order. Linear in text.size(); invalid UTF-8 bytes are
// non-word characters.
std::vector<std::string> BenchmarkTokens(std::string_view text);

// One page's shingle counts, normalised to sum to 1 (all 0 when both texts
// have no shingle).
struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;
};
ShingleMatch MatchShingles(std::string_view truth, std::string_view predicted);

struct ExtractionScore {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
};
// The benchmark's means over `pages` (see the top of this file). An empty
// input, or one with no shingle anywhere, scores 0.
ExtractionScore MeanExtractionScore(const std::vector<ShingleMatch>& pages);

// ---- The data set ----------------------------------------------------------

// One page of the benchmark: `<dir>/html/<id>.html.gz` and its entry in
// `<dir>/ground-truth.json`.
struct BenchmarkPage {
  std::string id;     // the page's hash
  std::string url;    // where it was saved from
  std::string truth;  // the hand-checked article body
  std::string html;   // the page, decompressed
};

// Reads every page listed in `<dir>/ground-truth.json`, in id order.
// Errors: kNotFound (no such file), kInvalidInput (malformed JSON or gzip,
// naming the file).
Result<std::vector<BenchmarkPage>> LoadExtractionBenchmark(const std::string& dir);

// The fixed dev/test split: a page is in the test split when the FNV-1a
// 64-bit hash of its id is divisible by 3 (about a third of the pages).
// Heuristics are tuned on the dev pages only; figures are reported for both.
bool IsTestPage(std::string_view id);

}  // namespace crosswire::ingest::internal
