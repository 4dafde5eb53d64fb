// crosswire/stream.h — the application layer for streams: articles in, stored
// stories out, and a story's report read back from the store.
//
// Beside pipeline.h (one story in, one Report out), this is what `crosswire
// ingest`, `stories`, `report --store` and the server call:
//
//   inputs -> ArticleStream -> store.Classify -> StoryClusterer::Add
//          -> store.Ingest (one transaction per batch)
//
// A restarted ingest resumes the clustering where the store left it: the
// articles of the active window are fed back to the clusterer (Restore) in
// their arrival order before the first new article, and new stories take ids
// after the largest stored one.
#pragma once

#include <cstdint>
#include <functional>
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

// The report of stored story `story_id`. With options.since(), an update
// digest: the articles published (or, without a date, ingested) at or before
// it are ones the reader has read; the digest quotes only later ones and
// leaves out what the read ones said (BuildUpdateReport). Errors: kNotFound
// (no such story), kInvalidInput when no article is newer than since(), and
// BuildReport's.
Result<Report> BuildStoredStoryReport(store::Store& store, int64_t story_id,
                                      const ReportOptions& options);

}  // namespace crosswire
