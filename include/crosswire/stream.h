// crosswire/stream.h — the application layer for streams: articles in, stored
// stories out, and a story's report read back from the store.
//
// Beside pipeline.h (one story in, one Report out), this is what `crosswire
// ingest`, `cluster`, `stories`, `report --store` and the server call:
//
//   inputs -> ArticleStream -> store.Classify -> StoryClusterer::Add
//          -> store.Ingest (one transaction per batch)
//
// A restarted ingest resumes the clustering where the store left it: the
// articles of the active window are fed back to the clusterer (Restore) in
// their arrival order before the first new article, each into the story it
// was first placed in, with the story-merge steps of that stretch replayed
// from the store (RestoreMerges); new stories take ids after the largest
// stored one.
//
// Story merges: every ClusterOptions::merge_every articles clustered into
// the store (counted over the store's life, not per run) the story-merge step
// runs, and the batch that triggered it rewrites the merged stories'
// assignments to the survivor in the same transaction (store::IngestBatch::
// merges). A merged story is no longer listed; GetStory finds it with
// `merged_into` set, and BuildStoredStoryReport follows it. No step runs at
// the end of an ingest (an extra step there would make an ingest in two runs
// differ from one run), so an ingest of fewer than merge_every articles into
// an empty store merges nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crosswire/cluster.h"
#include "crosswire/error.h"
#include "crosswire/ingest.h"
#include "crosswire/pipeline.h"
#include "crosswire/store.h"

namespace crosswire {

struct IngestOptions {
  ClusterOptions cluster;    // the clusterer (window, merge model, language)
  ingest::ReadOptions read;  // formats, limits, fetching
  // Articles classified, clustered and written per transaction. 1..kMaxBatchArticles.
  size_t batch_articles = 1000;
  // An input that cannot be read (malformed, over a limit, a URL that fails)
  // is skipped with a warning; true makes it an error that stops the ingest
  // (batches already written stay).
  bool stop_at_bad_input = false;
};

// Running totals, reported after every batch and returned at the end.
struct IngestProgress {
  size_t read = 0;            // articles read from the inputs
  size_t added = 0;           // new articles stored
  size_t unchanged = 0;       // already stored with the same text: nothing written
  size_t revised = 0;         // stored with another text: a revision recorded
  size_t duplicates = 0;      // wire copies (exact or near) of an article in the window
  size_t stories_opened = 0;  // stories this ingest opened
  size_t stories_merged = 0;  // stories the story-merge step merged into another
  size_t skipped = 0;         // inputs or articles skipped (see the warnings)
  double seconds = 0;         // wall time so far
};

// Called after each committed batch with the totals and that batch's warnings.
using IngestObserver =
    std::function<void(const IngestProgress& progress, const std::vector<std::string>& warnings)>;

// Reads, deduplicates, clusters and stores every article of `inputs`.
// Errors: kInvalidInput for bad options (before anything is read); the
// store's errors (kDataLoss, kResourceExhausted) and, with
// stop_at_bad_input, the first bad input's — batches committed before an
// error stay committed.
Result<IngestProgress> IngestIntoStore(const std::vector<std::string>& inputs, store::Store& store,
                                       const IngestOptions& options,
                                       const IngestObserver& observer = {});

// What happened to one article given to StreamIngester::AddBatch.
struct ArticleOutcome {
  std::string id;
  store::ArticleStatus status = store::ArticleStatus::kNew;  // kNew: added
  // The story it joined (or, unchanged or revised, had joined); nullopt when
  // a new article could not be clustered (no words; see the warnings).
  std::optional<int64_t> story_id;
};

// One clusterer kept across batches of in-memory articles: what
// IngestIntoStore runs per batch, and what a long-running process (the
// server) keeps between requests. Open restores the store's active window,
// as a restarted `crosswire ingest` does. Not thread-safe: one caller at a
// time (the server serialises ingests). Open rebuilds the clusterer as one
// uninterrupted run over the store would have left it (the store's corpus
// checkpoint, then the clustered articles after it or after the start of
// the active window, replayed in order). It assumes it is the store's only
// writer while open: another ingest into the same store would give out the
// same new story ids.
class StreamIngester {
 public:
  // Errors: ValidateClusterOptions' and the store's.
  static Result<StreamIngester> Open(store::Store& store, const ClusterOptions& options);

  StreamIngester(StreamIngester&&) noexcept;
  StreamIngester& operator=(StreamIngester&&) noexcept;
  ~StreamIngester();

  // Classifies `articles` against the store, clusters the new ones and
  // writes them in one transaction; adds to `progress` (not `seconds`) and
  // `warnings`; appends one outcome per article, in order, when `outcomes`
  // is not null. The batch also carries the clusterer's corpus checkpoint
  // (docs/store.md) every 5,000 clustered articles, and whenever
  // `last_of_run` is true and articles were clustered since the last one:
  // pass it with a run's last batch (an empty batch then writes only the
  // checkpoint), so the next Open replays little. Without it a restart is
  // still exact, only slower. Errors: kResourceExhausted over
  // kMaxBatchArticles; the store's (nothing of the batch written).
  Result<void> AddBatch(std::vector<Article> articles, IngestProgress& progress,
                        std::vector<std::string>& warnings,
                        std::vector<ArticleOutcome>* outcomes = nullptr, bool last_of_run = false);

 private:
  struct State;
  explicit StreamIngester(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// One article of ClusterInputs, as the clusterer placed it.
struct ClusteredArticle {
  std::string id;
  size_t story = 0;     // the clusterer's story id: 0, 1, ... in the order stories open
  bool opened = false;  // this article opened `story`
  std::optional<std::string> duplicate_of;  // the id of the article it is a wire copy of
  bool no_story_text = false;               // Assignment::no_story_text
};

// Called once per article in arrival order, with the warnings met while
// reading it (repaired text, unreadable dates); at the end, with `article`
// null, for warnings met after the last article.
using ClusterObserver =
    std::function<void(const ClusteredArticle* article, const std::vector<std::string>& warnings)>;

// `crosswire cluster`: reads `inputs` as one stream (ingest::ArticleStream:
// in order, a directory's files by name) and clusters every article in
// memory, without a store. An article's time is its publication time, else
// the newest time seen so far (as in IngestIntoStore). Returns the number of
// articles clustered. Errors, each naming the file: ValidateClusterOptions'
// (before anything is read); the first input that cannot be read; an id used
// twice; an article with no words.
Result<size_t> ClusterInputs(const std::vector<std::string>& inputs, const ClusterOptions& options,
                             const ingest::ReadOptions& read, const ClusterObserver& observer);

// The report of stored story `story_id`. With options.since(), an update
// digest: the articles published (or, without a date, ingested) at or before
// it are ones the reader has read; the digest quotes only later ones and
// leaves out what the read ones said (BuildUpdateReport). A story merged
// into another (StorySummary::merged_into) is reported as the story that
// holds its articles now. Errors: kNotFound
// (no such story), kInvalidInput when no article is newer than since(), and
// BuildReport's.
Result<Report> BuildStoredStoryReport(store::Store& store, int64_t story_id,
                                      const ReportOptions& options);

}  // namespace crosswire
