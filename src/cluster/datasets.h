// Internal to the cluster module: readers of the clustering evaluation sets
// (../shared/data), the evaluation runner and the fitting of the merge model.
// Used by bench/cluster_eval.cc and tests/cluster_eval_test.cc, so that the
// figures in docs/clustering.md and the floors the test asserts come from one
// piece of code.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/cluster.h"
#include "crosswire/cluster_score.h"
#include "crosswire/error.h"

namespace crosswire::cluster_internal {

struct LabeledArticle {
  Article article;
  int64_t time = 0;  // unix seconds (0 when the data set has no times)
  std::string gold;  // gold story label
  bool dev = false;  // in the development split (used for fitting and tuning only)
};
using LabeledStream = std::vector<LabeledArticle>;

// ECB+ (ecbplus/ecbplus_docs.jsonl): gold = the event ("subtopic", e.g.
// "1_ecb" vs "1_plus"); no times (all 0). The source URL line of ECB+ part
// documents is dropped. Order: shuffled with a fixed seed (a stream in topic
// order would hide every distractor). Dev split: odd topic numbers.
Result<LabeledStream> ReadEcbPlus(const std::string& dir);

// DUC 2006 (duc2006/docs) + DUC 2007 main (duc2007/main/docs) as one stream in
// publication order (the date in the DOCNO, ties by DOCNO then topic); gold =
// the topic. Ten documents belong to two topics and appear twice. Dev split:
// odd topic numbers (D0601, D0603, ..., D0701, ...).
Result<LabeledStream> ReadDucMix(const std::string& data_dir);

// NewsWCL50 (newswcl50/raw_articles, gold_clusters.tsv): 10 events x 5
// outlets, no times; file order. All test.
Result<LabeledStream> ReadNewsWcl50(const std::string& dir);

// Multi-News validation sample (multinews/val.src): 250 stories of scraped
// pages, each story's articles from several outlets; gold = the story.
// Scraped pages as they are, page furniture and the web archive's crawl
// notes included. No times; shuffled with a fixed seed. Dev split: even
// story lines. Articles without a word are left out.
Result<LabeledStream> ReadMultiNewsStream(const std::string& dir);
// Keeps the articles for which `keep` is true (order unchanged).
LabeledStream Filter(const LabeledStream& s,
                     const std::function<bool(const LabeledArticle&)>& keep);

// The options for topic-level gold (the DUC mix, whose stories are topics
// spanning up to four years): window and time penalty off, and the
// NewStoryModel and join threshold `cluster_eval --fit` chose on the DUC dev
// topics (docs/clustering.md).
ClusterOptions TopicLevelOptions(ClusterOptions base = {});

// Runs a fresh StoryClusterer over the stream; predicted story per article.
Result<std::vector<uint64_t>> RunStoryClusterer(const ClusterOptions& options,
                                                const LabeledStream& stream);
// Runs the naive single-pass baseline (baseline.h) with `threshold`.
Result<std::vector<uint64_t>> RunBaseline(double threshold, const LabeledStream& stream);

// Scores `predicted` against the stream's gold labels, counting only the
// articles for which `score_it` is true (all when empty).
Result<ClusteringScores> Score(const LabeledStream& stream, const std::vector<uint64_t>& predicted,
                               const std::function<bool(const LabeledArticle&)>& score_it = {});

// Fits MergeModel's bias, body, head and entities weights by logistic
// regression (Newton's method, L2 penalty `l2`) on the candidates the index
// returns while each stream is replayed with its gold stories
// (StoryClusterer::Candidates, then Restore) under its options: a candidate
// is positive when it is the article's gold story. The time weight of each
// stream's options is held fixed (an offset). Deterministic.
struct TrainingStream {
  const LabeledStream* stream;
  ClusterOptions options;
};
Result<MergeModel> FitMergeModel(const std::vector<TrainingStream>& streams, double l2 = 1e-2,
                                 size_t* examples = nullptr);

// Fits NewStoryModel (the join-or-open decision) by logistic regression on
// the same gold replay, under each stream's options (whose MergeModel ranks
// the candidates): one example per article with at least one candidate,
// positive when the best-ranked candidate is the article's gold story
// (negative when the article opens its gold story or the ranker put another
// story first). Deterministic.
Result<NewStoryModel> FitNewStoryModel(const std::vector<TrainingStream>& streams, double l2 = 1e-2,
                                       size_t* examples = nullptr);

// Fits StoryMergeModel (all weights but `time`, held fixed as an offset) by
// logistic regression on pairs of *predicted* stories: each stream is run
// through the clusterer without merges under its options, and every
// `options.merge_every` articles (and at the end) the pairs the merge step
// would score (StoryClusterer::StoryPairs) are collected; a pair is positive
// when both stories' majority gold story is the same. Deterministic.
// With `topic_features` the model also fits mean_member and top_terms (the
// topic configuration's pair decision); else they stay 0. With
// `pair_weighted` each pair weighs by size_a × size_b (the article pairs a
// merge would link, what pairwise F1 counts), scaled to a mean of 1.
Result<StoryMergeModel> FitStoryMergeModel(const std::vector<TrainingStream>& streams,
                                           double l2 = 1e-2, size_t* examples = nullptr,
                                           bool topic_features = false, bool pair_weighted = false);

}  // namespace crosswire::cluster_internal
