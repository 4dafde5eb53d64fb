// crosswire/store.h — persistence of articles, stories, assignments and digests.
//
// A `Store` keeps what a stream of articles has produced: every article read
// (once, however often it is ingested), the stories the clusterer grouped them
// into, which article went to which story (and which is a copy of which), and
// the digests computed for a story. `crosswire ingest` writes it, `crosswire
// stories` / `report` and the server read it.
//
// The interface is abstract so that a shared PostgreSQL backend can be added
// beside the embedded SQLite one without touching callers: the pipeline and
// the CLI hold a `std::unique_ptr<Store>` from OpenStore and never see SQL.
// docs/store.md describes the schema, the migrations, the transactions and
// the concurrency rules, and how to add a backend.
//
// Times are Unix seconds, UTC (crosswire/timestamp.h). Article ids are the
// store's keys: an id names one article across every ingest.
//
// Idempotence and revisions:
//  - ingesting an article whose id is stored with the same normalised text
//    (the text with runs of whitespace folded to one space and the ends
//    trimmed) adds nothing (kUnchanged);
//  - the same id with a different normalised text is a revision: the stored
//    article takes the new text and metadata, its revision number goes up by
//    one, and the previous text is kept in the revision history (kRevised).
//    News articles are corrected and updated under the same URL/guid; keeping
//    the newest text while losing nothing is what a reader of the store wants;
//  - a new id whose normalised text equals a stored article's is stored once:
//    the row keeps its own id, outlet, url and title, and its text is shared
//    with the first article (`same_text_as`); every outlet stays listed.
//
// Thread safety: a Store object is used by one thread at a time. Many Store
// objects (in one process or many) may open the same SQLite file: one writes
// at a time (ingest batches are serialised by the database lock, waiting up
// to OpenOptions::busy_timeout_ms), and readers never wait for the writer
// (SQLite WAL mode): a reader sees the store as of the last committed batch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"

namespace crosswire::store {

// The schema version this build writes and reads (see docs/store.md for the
// migration list). A store with a newer version is refused on open.
inline constexpr int kSchemaVersion = 3;

// Limits, named so that messages can cite them.
inline constexpr size_t kMaxBatchArticles = 100000;  // articles in one IngestBatch
inline constexpr size_t kMaxListLimit = 10000;       // stories in one ListStories page

struct OpenOptions {
  // Open for reading only: no migration, no writes (kInvalidInput on Ingest).
  // A store that needs migrating cannot be opened read-only. Default false.
  bool read_only = false;
  // Create the file when it does not exist (ignored when read_only). Default true.
  bool create_if_missing = true;
  // How long a writer waits for another writer's batch to commit before
  // failing with kResourceExhausted, in milliseconds. >= 0. Default 10000.
  int busy_timeout_ms = 10000;
};

// What the store knows about one article id before a batch is written.
enum class ArticleStatus {
  kNew,        // id not stored
  kUnchanged,  // id stored with the same normalised text: ingesting it adds nothing
  kRevised,    // id stored with a different text: ingesting it records a revision
};

// One stored article with what the store added to it.
struct StoredArticle {
  int64_t seq = 0;                          // arrival order in the store: 1, 2, 3, ...
  Article article;                          // as last ingested (the newest revision's text)
  std::optional<int64_t> published_unix_s;  // from article.published, when it parses
  std::string text_hash;                    // 32 hex digits (NormalizedTextHash)
  int64_t ingested_at_unix_s = 0;           // when this revision was written
  int revision = 1;                         // 1 for the first text under this id
  std::optional<std::string> same_text_as;  // the first stored article with this text
  std::optional<int64_t> story_id;          // its story, once assigned
  std::optional<std::string> duplicate_of;  // the article it copies (near duplicate)
  // The story the clusterer first placed it in (story_id before any story
  // merge moved it), and the clusterer's article number (1, 2, ... over the
  // store's life; nullopt when the writer gave none): what a restarted
  // clusterer replays the window and its merge steps from.
  std::optional<int64_t> placed_story_id;
  std::optional<int64_t> ordinal;
  // The time the clusterer was given for it: its publication time, or for
  // an undated one the newest time seen before it (nullopt when not
  // recorded: written before schema version 3).
  std::optional<int64_t> cluster_time_unix_s = std::nullopt;

  // The time the article counts at: published, else when it was ingested.
  int64_t time_unix_s() const { return published_unix_s.value_or(ingested_at_unix_s); }
};

// A story as listed: what `crosswire stories` prints.
struct StorySummary {
  int64_t id = 0;
  std::string title;              // as given by the clusterer (the most central headline)
  int64_t first_seen_unix_s = 0;  // earliest article time in the story
  int64_t last_seen_unix_s = 0;   // latest article time in the story
  int64_t article_count = 0;
  std::vector<std::string> outlets;  // distinct, most articles first, then by name
  int64_t version = 0;               // goes up with every batch that changes the story
  // Set when the story-merge step merged this story into another: the story
  // that now holds its articles (following later merges to the surviving
  // one). A merged story has no articles and is not listed.
  std::optional<int64_t> merged_into;
};

struct StoryDetail {
  StorySummary story;
  std::vector<StoredArticle> articles;  // in time order (time_unix_s, then seq)
};

// A story the clusterer opened or changed; written by Ingest.
struct StoryRecord {
  int64_t id = 0;
  std::string title;
};

// Where the clusterer put an article.
struct AssignmentRecord {
  std::string article_id;
  int64_t story_id = 0;
  std::optional<std::string> duplicate_of;  // article id of the original it copies
  double score = 0;                         // the clusterer's confidence, for inspection
  // The clusterer's article number (1, 2, ... over the store's life), so a
  // restarted clusterer knows where its merge steps fall; 0: not recorded.
  int64_t ordinal = 0;
  // The time the clusterer was given (see StoredArticle); nullopt: unknown.
  std::optional<int64_t> cluster_time_unix_s = std::nullopt;
};

// One merge of the clusterer's story-merge step: every article of story
// `from` now belongs to `into`, and `from` is retired.
struct StoryMergeRecord {
  int64_t from = 0;
  int64_t into = 0;
  int64_t after_ordinal = 0;  // the step ran after the article with this ordinal
  double probability = 0;     // the merge model's p(same story), for inspection
};

// The clusterer's corpus statistics (crosswire::CorpusStatistics) after the
// article with ordinal `through_ordinal`: what a restarted ingest needs,
// besides the stored articles, to weigh terms exactly as an uninterrupted
// run would (docs/store.md, "Corpus checkpoint"). The store keeps the newest
// one only; it does not interpret it.
struct CorpusCheckpoint {
  int64_t through_ordinal = 0;  // counts the articles with ordinals 1..through_ordinal
  std::string language;         // the analyzer's language (terms are its stems)
  // The newest article time the ingest had seen (what an undated article
  // gets); nullopt when none.
  std::optional<int64_t> stream_clock_unix_s;
  uint64_t articles = 0;  // N: articles counted
  // The vocabulary in term-id order, and the document frequency of each id
  // (may be shorter than `terms`: the rest are 0).
  std::vector<std::string> terms;
  std::vector<uint32_t> document_frequencies;
  // The active stories' cached centroid norms (crosswire::CachedNorm): put
  // back after a replay that ends at this checkpoint.
  struct StoryNorm {
    int64_t story = 0;
    uint32_t centroid = 0;  // 0 body, 1 head, 2 entities
    float norm = 0;
    uint64_t articles = 0;
  };
  std::vector<StoryNorm> norms;
};

// One ingest batch: written in one transaction, all or nothing.
struct IngestBatch {
  std::vector<Article> articles;
  // Stories opened or retitled by this batch. An assignment to a story that
  // is neither stored nor listed here opens it, titled after the article.
  std::vector<StoryRecord> stories;
  // Assignments for articles of this batch or stored earlier (reassignment
  // replaces the previous one). An article must be stored or in the batch;
  // its story must not be one merged into another (kInvalidInput).
  std::vector<AssignmentRecord> assignments;
  // Story merges, applied in order after the assignments: each rewrites the
  // stored assignments of `from` to `into` (so `from` leaves ListStories and
  // its digests are dropped), sets `from`'s merged_into and is recorded for
  // StoryMerges. Both stories must exist (stored, or opened by this batch);
  // `from` must not be merged already and must differ from `into`, which
  // must not be merged either: else kInvalidInput and nothing written.
  std::vector<StoryMergeRecord> merges;
  // When set, replaces the stored corpus checkpoint in the same transaction.
  // Its through_ordinal must be at least the stored checkpoint's and at most
  // the largest ordinal stored once the batch is written; its frequencies
  // must not outnumber its terms (else kInvalidInput, nothing written).
  std::optional<CorpusCheckpoint> checkpoint;
};

struct IngestResult {
  size_t added = 0;      // new ids stored
  size_t unchanged = 0;  // ids stored with the same text: nothing written
  size_t revised = 0;    // ids stored with a new text: a revision recorded
  size_t same_text = 0;  // of `added`, those sharing a stored article's text
  size_t assigned = 0;   // assignments written or changed
  size_t merged = 0;     // stories merged into another
  size_t stories_touched = 0;
};

struct ListOptions {
  // Only stories with an article at or after this time (last_seen >= since).
  std::optional<int64_t> since_unix_s;
  // Only stories whose title, or one of whose articles' titles, contains
  // this text (ASCII case-insensitive). Empty: all.
  std::string search;
  // Page size, 1..kMaxListLimit. Default 50.
  size_t limit = 50;
  // The `next_cursor` of the previous page; empty for the first page.
  std::string cursor;
};

// Stories newest first (last_seen descending, then id descending).
struct StoryPage {
  std::vector<StorySummary> stories;
  std::string next_cursor;  // empty when this is the last page
};

struct Digest {
  int64_t story_id = 0;
  std::string options_key;  // what the caller computed it with (method, budget, since, ...)
  std::string report_json;
  int64_t created_at_unix_s = 0;
  bool stale = false;  // the story changed after the digest was stored
};

struct StoreStats {
  int64_t articles = 0;
  int64_t revisions = 0;  // older texts kept in the revision history
  int64_t same_text = 0;  // articles whose text is shared with another
  int64_t outlets = 0;
  int64_t stories = 0;
  int64_t assignments = 0;
  int64_t digests = 0;
  int64_t file_bytes = 0;  // the database file (pages in use and free)
  int64_t wal_bytes = 0;   // the write-ahead log beside it (0 when checkpointed)
  int schema_version = 0;
};

// The normalised text's 128-bit hash as 32 lowercase hex digits: whitespace
// runs folded to one space, ends trimmed. Not cryptographic; it identifies
// accidental duplicates. Linear in text.size().
std::string NormalizedTextHash(std::string_view text);

class Store {
 public:
  virtual ~Store() = default;

  // The state of each article's id against the store (read only), as Ingest
  // of the same list would find it: an id repeated in the list is judged
  // against its earlier occurrence. Errors: kDataLoss for a database failure.
  virtual Result<std::vector<ArticleStatus>> Classify(const std::vector<Article>& articles) = 0;

  // Writes one batch in one transaction: all of it is stored, or none (on any
  // error, and when the process dies mid-batch). Articles are taken in order,
  // so an id repeated in the batch is a re-ingest of its earlier occurrence
  // (unchanged or a revision; DUC 2006 holds one document in two topics).
  // Articles with an empty id or blank text, an assignment naming an unknown
  // article or duplicate_of, or a batch over kMaxBatchArticles: kInvalidInput
  // (kResourceExhausted for the limit) and nothing written. Another writer
  // holding the lock past busy_timeout_ms: kResourceExhausted. A read-only
  // store: kInvalidInput.
  virtual Result<IngestResult> Ingest(const IngestBatch& batch) = 0;

  // Stories newest first; see ListOptions. Errors: kInvalidInput for a limit
  // outside 1..kMaxListLimit or a malformed cursor.
  virtual Result<StoryPage> ListStories(const ListOptions& options) = 0;

  // A story with its articles. kNotFound for an unknown id. A story merged
  // into another is found, with `merged_into` set and no articles.
  virtual Result<StoryDetail> GetStory(int64_t story_id) = 0;

  // One article. kNotFound for an unknown id.
  virtual Result<StoredArticle> GetArticle(std::string_view article_id) = 0;

  // The older texts of an article, oldest first (revision 1, 2, ...); the
  // current text is GetArticle's. Empty when never revised.
  virtual Result<std::vector<StoredArticle>> GetRevisions(std::string_view article_id) = 0;

  // The active window: every article of every story whose last_seen is at
  // or after `since_unix_s`, in arrival order (seq), each with its story id
  // (and duplicate_of). A restarted ingest no longer feeds only these (it
  // replays by ordinal: FirstActiveOrdinal, ClusteredArticles).
  virtual Result<std::vector<StoredArticle>> ActiveWindow(int64_t since_unix_s) = 0;

  // The newest article time stored (nullopt when empty), and the largest
  // story id (nullopt when none): where a restarted clusterer resumes.
  virtual Result<std::optional<int64_t>> NewestArticleTime() = 0;
  virtual Result<std::optional<int64_t>> MaxStoryId() = 0;

  // The largest article ordinal assigned (0 when none): where a restarted
  // clusterer's article count resumes.
  virtual Result<int64_t> LastOrdinal() = 0;

  // The story merges recorded with after_ordinal >= `from_ordinal`, in the
  // order they were made.
  virtual Result<std::vector<StoryMergeRecord>> StoryMerges(int64_t from_ordinal) = 0;

  // The smallest ordinal among the articles ActiveWindow(since_unix_s) would
  // return (nullopt when none has one): where a restarted clusterer's replay
  // must begin at the latest.
  virtual Result<std::optional<int64_t>> FirstActiveOrdinal(int64_t since_unix_s) = 0;

  // Up to `limit` clustered articles (those with an ordinal) with ordinal >=
  // `from_ordinal`, in ordinal order, each as the clusterer was given it: a
  // revised article's first text and metadata (revision 1, from the revision
  // history), with its current story, placed story and ordinal. Page with
  // from_ordinal = the last one's ordinal + 1. O(limit · log n).
  virtual Result<std::vector<StoredArticle>> ClusteredArticles(int64_t from_ordinal,
                                                               size_t limit) = 0;

  // The corpus checkpoint last written with a batch (nullopt when none: a
  // new store, or one written before schema version 3). Errors: kDataLoss
  // when the stored checkpoint cannot be decoded.
  virtual Result<std::optional<CorpusCheckpoint>> LoadCorpusCheckpoint() = 0;

  // Digests: one per (story, options key); Put replaces. Get marks a digest
  // `stale` when the story changed after it was stored; kNotFound when none
  // (or the story is unknown, or merged into another: its digests are dropped
  // by the merge and none is kept for it).
  virtual Result<void> PutDigest(int64_t story_id, std::string_view options_key,
                                 std::string_view report_json) = 0;
  virtual Result<Digest> GetDigest(int64_t story_id, std::string_view options_key) = 0;

  virtual Result<StoreStats> Stats() = 0;

  // Runs the backend's consistency check ("ok" when sound; for SQLite,
  // PRAGMA integrity_check plus foreign_key_check).
  virtual Result<std::string> CheckIntegrity() = 0;
};

// Opens (creating and migrating as needed) a SQLite store in WAL mode with
// foreign keys on. Errors: kNotFound (missing file and !create_if_missing or
// read_only), kInvalidInput (not a crosswire store, a schema newer than
// kSchemaVersion — "upgrade crosswire" —, or a read-only open of a store
// that needs migrating), kDataLoss (unreadable or corrupt file).
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const OpenOptions& options = {});

// Opens the store named by `location`: a file path (SQLite), or in future a
// "postgresql://" URI (today kInvalidInput saying the backend is not built).
Result<std::unique_ptr<Store>> OpenStore(const std::string& location,
                                         const OpenOptions& options = {});

}  // namespace crosswire::store
