// The SQLite store: one file, WAL mode, foreign keys on, numbered migrations.
//
// Durability and crash safety come from SQLite itself: every ingest batch is
// one transaction (BEGIN IMMEDIATE ... COMMIT), the journal is a write-ahead
// log, and synchronous=FULL makes a commit durable before Ingest returns. A
// process killed mid-batch leaves the batch's partial pages in the WAL
// without a commit record; the next open ignores them, so the store holds
// exactly the batches that committed. Readers run on their own connections
// and see the last committed state without blocking the writer (WAL).
//
// Schema: see docs/store.md (kept in step with kMigrations below). A schema
// change is a new migration appended to kMigrations, never an edit of an old
// one: a store records every migration applied in `schema_version`, and a
// binary refuses a store whose version is newer than the ones it knows.
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <ctime>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "crosswire/store.h"
#include "crosswire/timestamp.h"
#include "sqlite.h"

namespace crosswire::store {
namespace {

using internal::Exec;
using internal::SqliteError;
using internal::Statement;

// 'CRSW': marks the file as a crosswire store (PRAGMA application_id).
constexpr int32_t kApplicationId = 0x43525357;

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

constexpr Migration kMigrations[] = {
    {1, "initial schema", R"sql(
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,               -- arrival order
  id TEXT NOT NULL UNIQUE,
  outlet_id INTEGER NOT NULL REFERENCES outlets(id),
  url TEXT,
  title TEXT,
  published TEXT,                        -- ISO 8601 as normalised by the reader
  published_unix INTEGER,                -- the same, in Unix seconds (NULL: none or unreadable)
  language TEXT NOT NULL,
  text TEXT,                             -- NULL when same_text_as holds it
  text_hash TEXT NOT NULL,               -- NormalizedTextHash(text)
  same_text_as TEXT REFERENCES articles(id),
  source TEXT NOT NULL,
  ingested_at INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  CHECK ((text IS NULL) = (same_text_as IS NOT NULL))
);
CREATE INDEX articles_by_hash ON articles(text_hash);
CREATE INDEX articles_by_same_text ON articles(same_text_as) WHERE same_text_as IS NOT NULL;
CREATE TABLE article_revisions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  revision INTEGER NOT NULL,
  outlet TEXT NOT NULL,
  url TEXT,
  title TEXT,
  published TEXT,
  published_unix INTEGER,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  source TEXT NOT NULL,
  ingested_at INTEGER NOT NULL,
  replaced_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, revision)
);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  first_seen INTEGER,
  last_seen INTEGER,
  article_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX stories_by_last_seen ON stories(last_seen DESC, id DESC);
CREATE TABLE assignments (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  duplicate_of TEXT REFERENCES articles(id),
  score REAL NOT NULL DEFAULT 0,
  assigned_at INTEGER NOT NULL
);
CREATE INDEX assignments_by_story ON assignments(story_id);
CREATE TABLE digests (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  options_key TEXT NOT NULL,
  story_version INTEGER NOT NULL,
  report_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (story_id, options_key)
);
)sql"},
    // The story-merge step in the store (issue 13): a merge moves every
    // assignment of one story to another, so a restarted clusterer needs the
    // story each article was first placed in and the clusterer's article
    // number to replay the merge steps where they happened. Stores written
    // before had no merges: placed = current story, ordinals in arrival order.
    {2, "story merges: story_merges, stories.merged_into, assignments.placed_story_id/ordinal",
     R"sql(
ALTER TABLE stories ADD COLUMN merged_into INTEGER REFERENCES stories(id);
ALTER TABLE assignments ADD COLUMN placed_story_id INTEGER REFERENCES stories(id);
ALTER TABLE assignments ADD COLUMN ordinal INTEGER;
UPDATE assignments SET placed_story_id = story_id;
UPDATE assignments SET ordinal = r.n
FROM (SELECT s.article_id AS id, row_number() OVER (ORDER BY a.seq) AS n
      FROM assignments s JOIN articles a ON a.id = s.article_id) AS r
WHERE assignments.article_id = r.id;
CREATE INDEX assignments_by_ordinal ON assignments(ordinal);
CREATE TABLE story_merges (
  seq INTEGER PRIMARY KEY,               -- the order the merges were made in
  from_story INTEGER NOT NULL UNIQUE REFERENCES stories(id),
  into_story INTEGER NOT NULL REFERENCES stories(id),
  after_ordinal INTEGER NOT NULL,        -- the step ran after this article ordinal
  probability REAL NOT NULL,
  merged_at INTEGER NOT NULL,
  CHECK (from_story <> into_story)
);
CREATE INDEX story_merges_by_ordinal ON story_merges(after_ordinal);
)sql"},
    // An exact restart (issue 13): the clusterer's vocabulary and document
    // frequencies after a given ordinal, written with a batch, so that a
    // restarted ingest replays only the articles after it (or the window's,
    // if older) instead of counting from the window alone. One row, replaced.
    // Stores written before have none: the first restart re-analyses every
    // clustered article once. And the time each article was clustered at
    // (an undated article takes the newest time seen, not its ingest time):
    // NULL before, where the replay falls back to the article's time.
    {3,
     "corpus checkpoint: the clusterer's vocabulary and document frequencies; "
     "assignments.cluster_time",
     R"sql(
ALTER TABLE assignments ADD COLUMN cluster_time INTEGER;
CREATE TABLE corpus_checkpoint (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  through_ordinal INTEGER NOT NULL,      -- counts the articles with ordinals 1..this
  stream_clock INTEGER,                  -- the newest article time the ingest had seen
  language TEXT NOT NULL,
  articles INTEGER NOT NULL,             -- N
  term_count INTEGER NOT NULL,
  terms BLOB NOT NULL,                   -- per term, in id order: varint byte length, bytes
  document_frequencies BLOB NOT NULL,    -- per term id: varint
  norms BLOB NOT NULL,                   -- per cached norm: varint story, varint centroid,
                                         -- 4 bytes float (little-endian), varint N
  written_at INTEGER NOT NULL
);
)sql"},
};

constexpr int kLatestMigration = kMigrations[std::size(kMigrations) - 1].version;
static_assert(kLatestMigration == kSchemaVersion, "kSchemaVersion must name the last migration");

// The columns every article query selects, in the order ReadArticle reads.
constexpr std::string_view kArticleColumns = R"sql(
  a.seq, a.id, o.name, a.url, a.title, a.published, a.language,
  COALESCE(a.text, t.text), a.source, a.published_unix, a.text_hash, a.ingested_at,
  a.revision, a.same_text_as, s.story_id, s.duplicate_of, s.placed_story_id, s.ordinal,
  s.cluster_time
FROM articles a
JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN articles t ON t.id = a.same_text_as
LEFT JOIN assignments s ON s.article_id = a.id
)sql";

// The fields one revision of an article holds, from ten columns starting at
// `first` (outlet, url, title, published, language, text, source,
// published_unix, text_hash, ingested_at): kept alike by the articles and
// article_revisions tables.
void ReadRevisionFields(const Statement& row, int first, StoredArticle* out) {
  out->article.outlet = row.Text(first);
  out->article.url = row.OptText(first + 1);
  out->article.title = row.OptText(first + 2);
  out->article.published = row.OptText(first + 3);
  out->article.language = row.Text(first + 4);
  out->article.text = row.Text(first + 5);
  out->article.source = row.Text(first + 6);
  out->published_unix_s = row.OptInt(first + 7);
  out->text_hash = row.Text(first + 8);
  out->ingested_at_unix_s = row.Int(first + 9);
}

StoredArticle ReadArticle(const Statement& row) {
  StoredArticle out;
  out.seq = row.Int(0);
  out.article.id = row.Text(1);
  ReadRevisionFields(row, 2, &out);
  out.revision = static_cast<int>(row.Int(12));
  out.same_text_as = row.OptText(13);
  out.story_id = row.OptInt(14);
  out.duplicate_of = row.OptText(15);
  out.placed_story_id = row.OptInt(16);
  out.ordinal = row.OptInt(17);
  out.cluster_time_unix_s = row.OptInt(18);
  return out;
}

int64_t Now() { return static_cast<int64_t>(std::time(nullptr)); }

// "%" and "_" are LIKE wildcards; the search text is matched literally.
std::string LikePattern(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

// LEB128 varints: the checkpoint's terms and frequencies are mostly small.
void PutVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

bool GetVarint(std::string_view* in, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    *value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

std::string EncodeCursor(int64_t last_seen, int64_t id) {
  return fmt::format("{}.{}", last_seen, id);
}

bool DecodeCursor(std::string_view cursor, int64_t* last_seen, int64_t* id) {
  size_t dot = cursor.find('.');
  if (dot == std::string_view::npos) return false;
  auto parse = [](std::string_view s, int64_t* out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
  };
  return parse(cursor.substr(0, dot), last_seen) && parse(cursor.substr(dot + 1), id);
}

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path, bool read_only)
      : db_(db), path_(std::move(path)), read_only_(read_only) {}
  ~SqliteStore() override {
    statements_.clear();
    sqlite3_close_v2(db_);
  }

  Result<void> Initialize(const OpenOptions& options);

  Result<std::vector<ArticleStatus>> Classify(const std::vector<Article>& articles) override;
  Result<IngestResult> Ingest(const IngestBatch& batch) override;
  Result<StoryPage> ListStories(const ListOptions& options) override {
    return InSnapshot([&] { return ListStoriesInSnapshot(options); });
  }
  Result<StoryDetail> GetStory(int64_t story_id) override {
    return InSnapshot([&] { return GetStoryInSnapshot(story_id); });
  }
  Result<StoredArticle> GetArticle(std::string_view article_id) override;
  Result<std::vector<StoredArticle>> GetRevisions(std::string_view article_id) override;
  Result<std::vector<StoredArticle>> ActiveWindow(int64_t since_unix_s) override;
  Result<std::optional<int64_t>> NewestArticleTime() override;
  Result<std::optional<int64_t>> MaxStoryId() override;
  Result<int64_t> LastOrdinal() override;
  Result<std::vector<StoryMergeRecord>> StoryMerges(int64_t from_ordinal) override;
  Result<std::optional<int64_t>> FirstActiveOrdinal(int64_t since_unix_s) override;
  Result<std::vector<StoredArticle>> ClusteredArticles(int64_t from_ordinal, size_t limit) override;
  Result<std::optional<CorpusCheckpoint>> LoadCorpusCheckpoint() override;
  Result<void> PutDigest(int64_t story_id, std::string_view options_key,
                         std::string_view report_json) override;
  Result<Digest> GetDigest(int64_t story_id, std::string_view options_key) override;
  Result<StoreStats> Stats() override {
    return InSnapshot([&] { return StatsInSnapshot(); });
  }
  Result<std::string> CheckIntegrity() override;

 private:
  // A cached prepared statement, reset and ready for binds.
  Result<Statement*> Prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it == statements_.end()) {
      auto statement = Statement::Prepare(db_, sql);
      if (!statement) return std::unexpected(statement.error().WithContext(path_));
      it = statements_.emplace(std::string(sql), std::move(*statement)).first;
    }
    it->second.Reset();
    return &it->second;
  }
  // Runs `read` inside one read transaction, so that its several queries see
  // one snapshot (a batch committed meanwhile is seen entirely or not at all).
  template <typename F>
  auto InSnapshot(F&& read) -> decltype(read()) {
    if (!sqlite3_get_autocommit(db_)) return read();
    if (auto ok = Exec(db_, "BEGIN"); !ok) return std::unexpected(ok.error().WithContext(path_));
    auto result = read();
    (void)Exec(db_, result ? "COMMIT" : "ROLLBACK");
    return result;
  }
  Result<StoryPage> ListStoriesInSnapshot(const ListOptions& options);
  Result<StoryDetail> GetStoryInSnapshot(int64_t story_id);
  Result<StoreStats> StatsInSnapshot();
  Result<int> SchemaVersion();
  Result<void> Migrate(int from);
  Result<std::optional<int64_t>> QueryOptionalInt(std::string_view sql);
  Result<int64_t> QueryInt(std::string_view sql);
  Result<int64_t> OutletId(const std::string& name);
  Result<std::optional<std::string>> FirstWithText(const std::string& hash, const std::string& id);
  Result<void> WriteArticle(const Article& article, const std::string& hash, bool exists,
                            int64_t now, IngestResult* result, std::set<int64_t>* touched);
  Result<void> RefreshStory(int64_t story_id, int64_t now);
  Result<void> AddToStory(int64_t story_id, int64_t time);
  Result<StorySummary> ReadSummary(Statement& row);
  Result<std::vector<std::string>> Outlets(int64_t story_id);
  Result<IngestResult> IngestLocked(const IngestBatch& batch);
  Result<void> WriteCheckpoint(const CorpusCheckpoint& checkpoint, int64_t now);
  Result<void> MergeStory(const StoryMergeRecord& merge, int64_t now, std::set<int64_t>* touched,
                          std::set<int64_t>* recount);

  sqlite3* db_;
  std::string path_;
  bool read_only_;
  std::unordered_map<std::string, Statement> statements_;
};

Result<int64_t> SqliteStore::QueryInt(std::string_view sql) {
  auto value = QueryOptionalInt(sql);
  if (!value) return std::unexpected(value.error());
  return value->value_or(0);
}

Result<std::optional<int64_t>> SqliteStore::QueryOptionalInt(std::string_view sql) {
  auto statement = Prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  auto row = (*statement)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  if (!*row) return std::optional<int64_t>();
  std::optional<int64_t> value = (*statement)->OptInt(0);
  (*statement)->Reset();
  return value;
}

Result<int> SqliteStore::SchemaVersion() {
  auto has_table = QueryInt(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!has_table) return std::unexpected(has_table.error());
  if (*has_table == 0) return 0;
  auto version = QueryInt("SELECT COALESCE(max(version), 0) FROM schema_version");
  if (!version) return std::unexpected(version.error());
  return static_cast<int>(*version);
}

Result<void> SqliteStore::Migrate(int from) {
  if (auto ok = Exec(db_, "BEGIN IMMEDIATE"); !ok)
    return std::unexpected(ok.error().WithContext(path_));
  auto fail = [&](const Error& error) -> Result<void> {
    (void)Exec(db_, "ROLLBACK");
    return std::unexpected(error.WithContext(path_));
  };
  // Another process may have migrated between our read and the lock.
  auto current = SchemaVersion();
  if (!current) return fail(current.error());
  from = *current;
  if (from == 0) {
    auto ok = Exec(db_, fmt::format("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                    "description TEXT NOT NULL, applied_at INTEGER NOT NULL);"
                                    "PRAGMA application_id = {};",
                                    kApplicationId));
    if (!ok) return fail(ok.error());
  }
  for (const Migration& migration : kMigrations) {
    if (migration.version <= from) continue;
    if (auto ok = Exec(db_, migration.sql); !ok) {
      return fail(
          Error(ok.error().code(), fmt::format("migration {} ({}): {}", migration.version,
                                               migration.description, ok.error().message())));
    }
    auto record = Prepare(
        "INSERT INTO schema_version (version, description, applied_at) VALUES "
        "(?, ?, ?)");
    if (!record) return fail(record.error());
    (*record)->Bind(1, int64_t{migration.version}).Bind(2, migration.description).Bind(3, Now());
    if (auto ok = (*record)->Run(); !ok) return fail(ok.error());
  }
  if (auto ok = Exec(db_, "COMMIT"); !ok) return fail(ok.error());
  return {};
}

Result<void> SqliteStore::Initialize(const OpenOptions& options) {
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db_, 1);
  // Reading the header tells a non-database file apart before anything else.
  auto application_id = QueryInt("PRAGMA application_id");
  if (!application_id) {
    if (application_id.error().message().find("not a database") != std::string::npos) {
      return InvalidInput(fmt::format("{}: not a crosswire store (not an SQLite database)", path_));
    }
    return std::unexpected(application_id.error());
  }
  if (*application_id != 0 && *application_id != kApplicationId) {
    return InvalidInput(
        fmt::format("{}: not a crosswire store (SQLite application_id {:#x}, expected {:#x})",
                    path_, *application_id, kApplicationId));
  }
  if (auto ok = Exec(db_, "PRAGMA foreign_keys = ON"); !ok) return std::unexpected(ok.error());
  auto version = SchemaVersion();
  if (!version) return std::unexpected(version.error());
  if (*version == 0) {
    auto tables = QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (!tables) return std::unexpected(tables.error());
    if (*tables > 0) {
      return InvalidInput(fmt::format(
          "{}: not a crosswire store (an SQLite database without a schema_version table)", path_));
    }
  }
  if (*version > kSchemaVersion) {
    return InvalidInput(fmt::format(
        "{}: the store has schema version {}, newer than this crosswire knows (version {}); "
        "open it with a newer crosswire",
        path_, *version, kSchemaVersion));
  }
  if (!read_only_) {
    // WAL persists in the file; setting it again is cheap. synchronous=FULL:
    // a batch Ingest returned for survives power loss, not only a crash.
    auto mode = Prepare("PRAGMA journal_mode = WAL");
    if (!mode) return std::unexpected(mode.error());
    auto row = (*mode)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    std::string journal = *row ? (*mode)->Text(0) : "";
    (*mode)->Reset();
    if (journal != "wal") {
      return DataLoss(fmt::format("{}: cannot switch the store to WAL mode (journal_mode is {})",
                                  path_, journal));
    }
    if (auto ok = Exec(db_, "PRAGMA synchronous = FULL"); !ok) return std::unexpected(ok.error());
    // 32 MiB of page cache (SQLite's default is 2 MiB): the id and hash indexes of a
    // store of a million articles stay in memory while a batch inserts at random.
    if (auto ok = Exec(db_, "PRAGMA cache_size = -32768"); !ok) return std::unexpected(ok.error());
  }
  if (*version < kSchemaVersion) {
    if (read_only_) {
      return InvalidInput(fmt::format(
          "{}: the store has schema version {} and needs migrating to {}; open it for writing "
          "once (e.g. with crosswire ingest)",
          path_, *version, kSchemaVersion));
    }
    if (auto ok = Migrate(*version); !ok) return ok;
  }
  return {};
}

Result<std::vector<ArticleStatus>> SqliteStore::Classify(const std::vector<Article>& articles) {
  std::vector<ArticleStatus> out;
  out.reserve(articles.size());
  // An id met earlier in the same list counts as stored with that text, as
  // Ingest will have stored it by then.
  std::unordered_map<std::string_view, std::string> earlier;
  auto lookup = Prepare("SELECT text_hash FROM articles WHERE id = ?");
  if (!lookup) return std::unexpected(lookup.error());
  return InSnapshot([&]() -> Result<std::vector<ArticleStatus>> {
    for (const Article& article : articles) {
      std::string hash = NormalizedTextHash(article.text);
      std::optional<std::string> stored;
      if (auto it = earlier.find(article.id); it != earlier.end()) {
        stored = it->second;
      } else {
        (*lookup)->Reset();
        (*lookup)->Bind(1, std::string_view(article.id));
        auto row = (*lookup)->Step();
        if (!row) return std::unexpected(row.error().WithContext(path_));
        if (*row) stored = (*lookup)->Text(0);
        (*lookup)->Reset();
      }
      if (!stored) {
        out.push_back(ArticleStatus::kNew);
      } else {
        out.push_back(*stored == hash ? ArticleStatus::kUnchanged : ArticleStatus::kRevised);
      }
      earlier[article.id] = std::move(hash);
    }
    return out;
  });
}

Result<int64_t> SqliteStore::OutletId(const std::string& name) {
  auto find = Prepare("SELECT id FROM outlets WHERE name = ?");
  if (!find) return std::unexpected(find.error());
  (*find)->Bind(1, std::string_view(name));
  auto row = (*find)->Step();
  if (!row) return std::unexpected(row.error());
  if (*row) {
    int64_t id = (*find)->Int(0);
    (*find)->Reset();
    return id;
  }
  auto insert = Prepare("INSERT INTO outlets (name) VALUES (?)");
  if (!insert) return std::unexpected(insert.error());
  (*insert)->Bind(1, std::string_view(name));
  if (auto ok = (*insert)->Run(); !ok) return std::unexpected(ok.error());
  return sqlite3_last_insert_rowid(db_);
}

Result<std::optional<std::string>> SqliteStore::FirstWithText(const std::string& hash,
                                                              const std::string& id) {
  auto find = Prepare(
      "SELECT id FROM articles WHERE text_hash = ? AND text IS NOT NULL AND id <> ? ORDER BY seq "
      "LIMIT 1");
  if (!find) return std::unexpected(find.error());
  (*find)->Bind(1, std::string_view(hash)).Bind(2, std::string_view(id));
  auto row = (*find)->Step();
  if (!row) return std::unexpected(row.error());
  std::optional<std::string> out;
  if (*row) out = (*find)->Text(0);
  (*find)->Reset();
  return out;
}

Result<void> SqliteStore::WriteArticle(const Article& article, const std::string& hash, bool exists,
                                       int64_t now, IngestResult* result,
                                       std::set<int64_t>* touched) {
  std::string outlet = article.outlet.empty() ? article.id : article.outlet;
  auto outlet_id = OutletId(outlet);
  if (!outlet_id) return std::unexpected(outlet_id.error());
  std::optional<int64_t> published_unix;
  if (article.published) {
    if (auto parsed = ParseUnixSeconds(*article.published)) published_unix = *parsed;
  }
  auto same = FirstWithText(hash, article.id);
  if (!same) return std::unexpected(same.error());
  std::optional<std::string> text;
  if (!*same) text = article.text;
  // ?1..?12 of both the UPDATE and the INSERT below.
  auto bind_fields = [&](Statement& statement) {
    statement.Bind(1, std::string_view(article.id))
        .Bind(2, *outlet_id)
        .Bind(3, article.url)
        .Bind(4, article.title)
        .Bind(5, article.published)
        .Bind(6, published_unix)
        .Bind(7, std::string_view(article.language))
        .Bind(8, text)
        .Bind(9, std::string_view(hash))
        .Bind(10, *same)
        .Bind(11, std::string_view(article.source))
        .Bind(12, now);
  };

  if (exists) {
    // Keep the current text in the history, then give the articles that
    // share it their own copy before it changes.
    auto keep = Prepare(R"sql(
INSERT INTO article_revisions (article_id, revision, outlet, url, title, published,
  published_unix, language, text, text_hash, source, ingested_at, replaced_at)
SELECT a.id, a.revision, o.name, a.url, a.title, a.published, a.published_unix, a.language,
  COALESCE(a.text, t.text), a.text_hash, a.source, a.ingested_at, ?2
FROM articles a JOIN outlets o ON o.id = a.outlet_id LEFT JOIN articles t ON t.id = a.same_text_as
WHERE a.id = ?1)sql");
    if (!keep) return std::unexpected(keep.error());
    (*keep)->Bind(1, std::string_view(article.id)).Bind(2, now);
    if (auto ok = (*keep)->Run(); !ok) return std::unexpected(ok.error());
    auto detach = Prepare(
        "UPDATE articles SET text = (SELECT text FROM articles WHERE id = ?1), same_text_as = NULL "
        "WHERE same_text_as = ?1");
    if (!detach) return std::unexpected(detach.error());
    (*detach)->Bind(1, std::string_view(article.id));
    if (auto ok = (*detach)->Run(); !ok) return std::unexpected(ok.error());
    auto update = Prepare(R"sql(
UPDATE articles SET outlet_id = ?2, url = ?3, title = ?4, published = ?5, published_unix = ?6,
  language = ?7, text = ?8, text_hash = ?9, same_text_as = ?10, source = ?11, ingested_at = ?12,
  revision = revision + 1
WHERE id = ?1)sql");
    if (!update) return std::unexpected(update.error());
    bind_fields(**update);
    if (auto ok = (*update)->Run(); !ok) return std::unexpected(ok.error());
    ++result->revised;
    // Its story's times may have moved with the new publication time.
    auto story = Prepare("SELECT story_id FROM assignments WHERE article_id = ?");
    if (!story) return std::unexpected(story.error());
    (*story)->Bind(1, std::string_view(article.id));
    auto row = (*story)->Step();
    if (!row) return std::unexpected(row.error());
    if (*row) touched->insert((*story)->Int(0));
    (*story)->Reset();
    return {};
  }
  auto insert = Prepare(R"sql(
INSERT INTO articles (id, outlet_id, url, title, published, published_unix, language, text,
  text_hash, same_text_as, source, ingested_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
  if (!insert) return std::unexpected(insert.error());
  bind_fields(**insert);
  if (auto ok = (*insert)->Run(); !ok) return std::unexpected(ok.error());
  ++result->added;
  if (*same) ++result->same_text;
  return {};
}

// A story gained one article at `time`: its aggregates move without reading
// its other articles (a long-lived story has thousands; recomputing them in
// every batch that adds one made the cost per article grow with the store).
Result<void> SqliteStore::AddToStory(int64_t story_id, int64_t time) {
  auto add = Prepare(R"sql(
UPDATE stories SET article_count = article_count + 1,
  first_seen = min(COALESCE(first_seen, ?2), ?2), last_seen = max(COALESCE(last_seen, ?2), ?2)
WHERE id = ?1)sql");
  if (!add) return std::unexpected(add.error());
  (*add)->Bind(1, story_id).Bind(2, time);
  return (*add)->Run();
}

// Recomputes a story's aggregates from its assignments (O(story size)): for
// the stories a batch changed in a way AddToStory cannot follow (an article
// revised or moved out). Every touched story's version goes up.
Result<void> SqliteStore::RefreshStory(int64_t story_id, int64_t now) {
  auto refresh = Prepare(R"sql(
UPDATE stories SET
  article_count = (SELECT count(*) FROM assignments WHERE story_id = ?1),
  first_seen = (SELECT min(COALESCE(a.published_unix, a.ingested_at)) FROM assignments s
                JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?1),
  last_seen = (SELECT max(COALESCE(a.published_unix, a.ingested_at)) FROM assignments s
               JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?1),
  version = version + 1,
  updated_at = ?2
WHERE id = ?1)sql");
  if (!refresh) return std::unexpected(refresh.error());
  (*refresh)->Bind(1, story_id).Bind(2, now);
  return (*refresh)->Run();
}

Result<IngestResult> SqliteStore::IngestLocked(const IngestBatch& batch) {
  IngestResult result;
  int64_t now = Now();
  // Every story the batch changes gets a new version; those in `recount`
  // have their aggregates recomputed from their assignments, the others were
  // kept up to date as articles were added (AddToStory) or merged in.
  std::set<int64_t> touched;
  std::set<int64_t> recount;
  auto lookup = Prepare("SELECT text_hash FROM articles WHERE id = ?");
  if (!lookup) return std::unexpected(lookup.error());
  for (const Article& article : batch.articles) {
    std::string hash = NormalizedTextHash(article.text);
    (*lookup)->Reset();
    (*lookup)->Bind(1, std::string_view(article.id));
    auto row = (*lookup)->Step();
    if (!row) return std::unexpected(row.error());
    bool exists = *row;
    bool same = exists && (*lookup)->Text(0) == hash;
    (*lookup)->Reset();
    if (same) {
      ++result.unchanged;
      continue;
    }
    if (auto ok = WriteArticle(article, hash, exists, now, &result, &recount); !ok) {
      return std::unexpected(
          ok.error().WithContext(fmt::format("article \"{}\"", Abbreviate(article.id))));
    }
  }

  touched.insert(recount.begin(), recount.end());
  for (const StoryRecord& story : batch.stories) {
    auto upsert = Prepare(R"sql(
INSERT INTO stories (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
ON CONFLICT (id) DO UPDATE SET title = excluded.title WHERE title IS NOT excluded.title)sql");
    if (!upsert) return std::unexpected(upsert.error());
    (*upsert)->Bind(1, story.id).Bind(2, std::string_view(story.title)).Bind(3, now);
    if (auto ok = (*upsert)->Run(); !ok) return std::unexpected(ok.error());
    if (sqlite3_changes(db_) > 0) touched.insert(story.id);
  }

  auto article_title = Prepare(
      "SELECT COALESCE(title, id), COALESCE(published_unix, ingested_at) FROM articles WHERE id "
      "= ?");
  if (!article_title) return std::unexpected(article_title.error());
  for (const AssignmentRecord& assignment : batch.assignments) {
    (*article_title)->Reset();
    (*article_title)->Bind(1, std::string_view(assignment.article_id));
    auto row = (*article_title)->Step();
    if (!row) return std::unexpected(row.error());
    if (!*row) {
      return InvalidInput(fmt::format("assignment of unknown article \"{}\" to story {}",
                                      Abbreviate(assignment.article_id), assignment.story_id));
    }
    std::string title = (*article_title)->Text(0);
    const int64_t article_time = (*article_title)->Int(1);
    (*article_title)->Reset();
    if (assignment.duplicate_of) {
      (*article_title)->Bind(1, std::string_view(*assignment.duplicate_of));
      auto original = (*article_title)->Step();
      if (!original) return std::unexpected(original.error());
      (*article_title)->Reset();
      if (!*original) {
        return InvalidInput(
            fmt::format("article \"{}\" is marked a duplicate of unknown article "
                        "\"{}\"",
                        Abbreviate(assignment.article_id), Abbreviate(*assignment.duplicate_of)));
      }
    }
    auto open = Prepare(
        "INSERT INTO stories (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) "
        "ON CONFLICT (id) DO NOTHING");
    if (!open) return std::unexpected(open.error());
    (*open)->Bind(1, assignment.story_id).Bind(2, std::string_view(title)).Bind(3, now);
    if (auto ok = (*open)->Run(); !ok) return std::unexpected(ok.error());
    // A merged story holds no articles (they would not be listed anywhere).
    auto merged = Prepare("SELECT merged_into FROM stories WHERE id = ?");
    if (!merged) return std::unexpected(merged.error());
    (*merged)->Bind(1, assignment.story_id);
    auto state = (*merged)->Step();
    if (!state) return std::unexpected(state.error());
    const bool is_merged = *state && !(*merged)->IsNull(0);
    const int64_t merged_into = is_merged ? (*merged)->Int(0) : 0;
    (*merged)->Reset();
    if (is_merged) {
      return InvalidInput(
          fmt::format("assignment of article \"{}\" to story {}, which was merged "
                      "into story {}",
                      Abbreviate(assignment.article_id), assignment.story_id, merged_into));
    }

    auto previous = Prepare("SELECT story_id FROM assignments WHERE article_id = ?");
    if (!previous) return std::unexpected(previous.error());
    (*previous)->Bind(1, std::string_view(assignment.article_id));
    auto had = (*previous)->Step();
    if (!had) return std::unexpected(had.error());
    std::optional<int64_t> old_story;
    if (*had) old_story = (*previous)->Int(0);
    (*previous)->Reset();

    auto assign = Prepare(R"sql(
INSERT INTO assignments (article_id, story_id, duplicate_of, score, assigned_at, placed_story_id,
  ordinal, cluster_time)
VALUES (?1, ?2, ?3, ?4, ?5, ?2, NULLIF(?6, 0), ?7)
ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,
  duplicate_of = excluded.duplicate_of, score = excluded.score, assigned_at = excluded.assigned_at,
  placed_story_id = excluded.placed_story_id, ordinal = COALESCE(excluded.ordinal, ordinal),
  cluster_time = COALESCE(excluded.cluster_time, cluster_time)
WHERE story_id IS NOT excluded.story_id OR duplicate_of IS NOT excluded.duplicate_of)sql");
    if (!assign) return std::unexpected(assign.error());
    (*assign)
        ->Bind(1, std::string_view(assignment.article_id))
        .Bind(2, assignment.story_id)
        .Bind(3, assignment.duplicate_of)
        .Bind(4, assignment.score)
        .Bind(5, now)
        .Bind(6, assignment.ordinal)
        .Bind(7, assignment.cluster_time_unix_s);
    if (auto ok = (*assign)->Run(); !ok) return std::unexpected(ok.error());
    if (sqlite3_changes(db_) > 0) {
      ++result.assigned;
      touched.insert(assignment.story_id);
      if (!old_story) {
        if (auto ok = AddToStory(assignment.story_id, article_time); !ok) {
          return std::unexpected(ok.error());
        }
      } else if (*old_story != assignment.story_id) {
        touched.insert(*old_story);
        recount.insert(*old_story);
        recount.insert(assignment.story_id);
      }
    }
  }
  for (const StoryMergeRecord& merge : batch.merges) {
    if (auto ok = MergeStory(merge, now, &touched, &recount); !ok) {
      return std::unexpected(ok.error());
    }
    ++result.merged;
  }
  auto bump = Prepare("UPDATE stories SET version = version + 1, updated_at = ?2 WHERE id = ?1");
  if (!bump) return std::unexpected(bump.error());
  for (int64_t story : touched) {
    if (recount.contains(story)) {
      if (auto ok = RefreshStory(story, now); !ok) return std::unexpected(ok.error());
    } else {
      (*bump)->Bind(1, story).Bind(2, now);
      if (auto ok = (*bump)->Run(); !ok) return std::unexpected(ok.error());
    }
  }
  result.stories_touched = touched.size();
  if (batch.checkpoint) {
    if (auto ok = WriteCheckpoint(*batch.checkpoint, now); !ok) return std::unexpected(ok.error());
  }
  return result;
}

Result<void> SqliteStore::WriteCheckpoint(const CorpusCheckpoint& checkpoint, int64_t now) {
  auto bad = [&](std::string_view why) {
    return InvalidInput(
        fmt::format("corpus checkpoint through ordinal {}: {}", checkpoint.through_ordinal, why));
  };
  if (checkpoint.document_frequencies.size() > checkpoint.terms.size()) {
    return bad(fmt::format("{} document frequencies for {} terms",
                           checkpoint.document_frequencies.size(), checkpoint.terms.size()));
  }
  auto last = QueryInt("SELECT COALESCE(max(ordinal), 0) FROM assignments");
  if (!last) return std::unexpected(last.error());
  if (checkpoint.through_ordinal < 0 || checkpoint.through_ordinal > *last) {
    return bad(fmt::format("expected 0 to the last ordinal stored, {}", *last));
  }
  auto stored = QueryOptionalInt("SELECT through_ordinal FROM corpus_checkpoint WHERE id = 1");
  if (!stored) return std::unexpected(stored.error());
  if (*stored && checkpoint.through_ordinal < **stored) {
    return bad(fmt::format("older than the stored one (through ordinal {})", **stored));
  }
  std::string terms, frequencies;
  for (const std::string& term : checkpoint.terms) {
    PutVarint(term.size(), &terms);
    terms += term;
  }
  for (uint32_t df : checkpoint.document_frequencies) PutVarint(df, &frequencies);
  std::string norms;
  for (const CorpusCheckpoint::StoryNorm& n : checkpoint.norms) {
    if (n.story < 0) return bad(fmt::format("a norm of story {}", n.story));
    PutVarint(static_cast<uint64_t>(n.story), &norms);
    PutVarint(n.centroid, &norms);
    const auto bits = std::bit_cast<uint32_t>(n.norm);
    for (int i = 0; i < 4; ++i) norms.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    PutVarint(n.articles, &norms);
  }
  auto put = Prepare(R"sql(
INSERT OR REPLACE INTO corpus_checkpoint
  (id, through_ordinal, language, articles, term_count, terms, document_frequencies, norms,
   written_at, stream_clock)
VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
  if (!put) return std::unexpected(put.error());
  (*put)
      ->Bind(1, checkpoint.through_ordinal)
      .Bind(2, std::string_view(checkpoint.language))
      .Bind(3, static_cast<int64_t>(checkpoint.articles))
      .Bind(4, static_cast<int64_t>(checkpoint.terms.size()))
      .BindBlob(5, terms)
      .BindBlob(6, frequencies)
      .BindBlob(7, norms)
      .Bind(8, now)
      .Bind(9, checkpoint.stream_clock_unix_s);
  return (*put)->Run();
}

Result<void> SqliteStore::MergeStory(const StoryMergeRecord& merge, int64_t now,
                                     std::set<int64_t>* touched, std::set<int64_t>* recount) {
  auto bad = [&](std::string_view why) {
    return InvalidInput(
        fmt::format("merge of story {} into story {}: {}", merge.from, merge.into, why));
  };
  if (merge.from == merge.into) return bad("a story cannot be merged into itself");
  auto state = Prepare("SELECT merged_into FROM stories WHERE id = ?");
  if (!state) return std::unexpected(state.error());
  for (int64_t id : {merge.from, merge.into}) {
    (*state)->Bind(1, id);
    auto row = (*state)->Step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return bad(fmt::format("no story {}", id));
    std::optional<int64_t> merged_into = (*state)->OptInt(0);
    (*state)->Reset();
    if (merged_into) {
      return bad(fmt::format("story {} was already merged into story {}", id, *merged_into));
    }
  }
  auto move = Prepare("UPDATE assignments SET story_id = ?2 WHERE story_id = ?1");
  if (!move) return std::unexpected(move.error());
  (*move)->Bind(1, merge.from).Bind(2, merge.into);
  if (auto ok = (*move)->Run(); !ok) return std::unexpected(ok.error());
  // The survivor's aggregates absorb the merged story's (both up to date,
  // unless one is to be recounted: then both are); the merged story is empty.
  if (recount->contains(merge.from) || recount->contains(merge.into)) {
    recount->insert(merge.from);
    recount->insert(merge.into);
  }
  auto absorb = Prepare(R"sql(
UPDATE stories SET article_count = stories.article_count + f.article_count,
  first_seen = min(COALESCE(stories.first_seen, f.first_seen), COALESCE(f.first_seen, stories.first_seen)),
  last_seen = max(COALESCE(stories.last_seen, f.last_seen), COALESCE(f.last_seen, stories.last_seen))
FROM (SELECT article_count, first_seen, last_seen FROM stories WHERE id = ?1) AS f
WHERE stories.id = ?2)sql");
  if (!absorb) return std::unexpected(absorb.error());
  (*absorb)->Bind(1, merge.from).Bind(2, merge.into);
  if (auto ok = (*absorb)->Run(); !ok) return std::unexpected(ok.error());
  auto mark = Prepare(
      "UPDATE stories SET merged_into = ?2, article_count = 0, first_seen = NULL, last_seen = "
      "NULL WHERE id = ?1");
  if (!mark) return std::unexpected(mark.error());
  (*mark)->Bind(1, merge.from).Bind(2, merge.into);
  if (auto ok = (*mark)->Run(); !ok) return std::unexpected(ok.error());
  // The merged story's digests describe a story that no longer exists; the
  // survivor's go stale through its version (RefreshStory).
  auto drop = Prepare("DELETE FROM digests WHERE story_id = ?");
  if (!drop) return std::unexpected(drop.error());
  (*drop)->Bind(1, merge.from);
  if (auto ok = (*drop)->Run(); !ok) return std::unexpected(ok.error());
  auto record = Prepare(
      "INSERT INTO story_merges (from_story, into_story, after_ordinal, probability, merged_at) "
      "VALUES (?, ?, ?, ?, ?)");
  if (!record) return std::unexpected(record.error());
  (*record)
      ->Bind(1, merge.from)
      .Bind(2, merge.into)
      .Bind(3, merge.after_ordinal)
      .Bind(4, merge.probability)
      .Bind(5, now);
  if (auto ok = (*record)->Run(); !ok) return std::unexpected(ok.error());
  touched->insert(merge.from);
  touched->insert(merge.into);
  return {};
}

Result<IngestResult> SqliteStore::Ingest(const IngestBatch& batch) {
  if (read_only_) return InvalidInput(fmt::format("{}: the store was opened read-only", path_));
  if (batch.articles.size() > kMaxBatchArticles) {
    return ResourceExhausted(
        fmt::format("ingest batch of {} articles is over the limit of {} "
                    "(kMaxBatchArticles)",
                    batch.articles.size(), kMaxBatchArticles));
  }
  for (const Article& article : batch.articles) {
    if (article.id.empty()) {
      return InvalidInput(fmt::format("{}: an article to store has no id", article.source));
    }
    if (article.text.find_first_not_of(" \t\n\r\f\v") == std::string::npos) {
      return InvalidInput(fmt::format("{}: article \"{}\" to store has no text", article.source,
                                      Abbreviate(article.id)));
    }
  }
  if (auto ok = Exec(db_, "BEGIN IMMEDIATE"); !ok) {
    return std::unexpected(ok.error().WithContext(path_));
  }
  auto result = IngestLocked(batch);
  if (!result) {
    (void)Exec(db_, "ROLLBACK");
    return std::unexpected(result.error().WithContext(path_));
  }
  if (auto ok = Exec(db_, "COMMIT"); !ok) {
    (void)Exec(db_, "ROLLBACK");
    return std::unexpected(ok.error().WithContext(path_));
  }
  return result;
}

Result<std::vector<std::string>> SqliteStore::Outlets(int64_t story_id) {
  auto query = Prepare(R"sql(
SELECT o.name, count(*) AS n FROM assignments s
JOIN articles a ON a.id = s.article_id JOIN outlets o ON o.id = a.outlet_id
WHERE s.story_id = ? GROUP BY o.name ORDER BY n DESC, o.name)sql");
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, story_id);
  std::vector<std::string> out;
  while (true) {
    auto row = (*query)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    out.push_back((*query)->Text(0));
  }
  return out;
}

// Columns: id, title, first_seen, last_seen, article_count, version, merged_into.
Result<StorySummary> SqliteStore::ReadSummary(Statement& row) {
  StorySummary story;
  story.id = row.Int(0);
  story.title = row.Text(1);
  story.first_seen_unix_s = row.Int(2);
  story.last_seen_unix_s = row.Int(3);
  story.article_count = row.Int(4);
  story.version = row.Int(5);
  story.merged_into = row.OptInt(6);
  return story;
}

Result<StoryPage> SqliteStore::ListStoriesInSnapshot(const ListOptions& options) {
  if (options.limit == 0 || options.limit > kMaxListLimit) {
    return InvalidInput(fmt::format("story list limit {} is not in 1..{} (kMaxListLimit)",
                                    options.limit, kMaxListLimit));
  }
  std::optional<int64_t> cursor_seen, cursor_id;
  if (!options.cursor.empty()) {
    int64_t seen = 0, id = 0;
    if (!DecodeCursor(options.cursor, &seen, &id)) {
      return InvalidInput(
          fmt::format("malformed story list cursor \"{}\"; pass the next_cursor "
                      "of the previous page",
                      Abbreviate(options.cursor)));
    }
    cursor_seen = seen;
    cursor_id = id;
  }
  auto query = Prepare(R"sql(
SELECT id, title, first_seen, last_seen, article_count, version, merged_into FROM stories
WHERE article_count > 0 AND merged_into IS NULL
  AND (?1 IS NULL OR last_seen >= ?1)
  AND (?2 = '' OR title LIKE ?2 ESCAPE '\' OR EXISTS (
        SELECT 1 FROM assignments s JOIN articles a ON a.id = s.article_id
        WHERE s.story_id = stories.id AND a.title LIKE ?2 ESCAPE '\'))
  AND (?3 IS NULL OR last_seen < ?3 OR (last_seen = ?3 AND id < ?4))
ORDER BY last_seen DESC, id DESC
LIMIT ?5)sql");
  if (!query) return std::unexpected(query.error());
  Statement& q = **query;
  std::string pattern = options.search.empty() ? std::string() : LikePattern(options.search);
  q.Bind(1, options.since_unix_s)
      .Bind(2, std::string_view(pattern))
      .Bind(3, cursor_seen)
      .Bind(4, cursor_id)
      .Bind(5, static_cast<int64_t>(options.limit + 1));
  StoryPage page;
  while (true) {
    auto row = q.Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    auto story = ReadSummary(q);
    if (!story) return std::unexpected(story.error());
    page.stories.push_back(std::move(*story));
  }
  q.Reset();
  if (page.stories.size() > options.limit) {
    page.stories.pop_back();
    const StorySummary& last = page.stories.back();
    page.next_cursor = EncodeCursor(last.last_seen_unix_s, last.id);
  }
  for (StorySummary& story : page.stories) {
    auto outlets = Outlets(story.id);
    if (!outlets) return std::unexpected(outlets.error());
    story.outlets = std::move(*outlets);
  }
  return page;
}

Result<StoryDetail> SqliteStore::GetStoryInSnapshot(int64_t story_id) {
  auto query = Prepare(
      "SELECT id, title, COALESCE(first_seen, 0), COALESCE(last_seen, 0), article_count, version, "
      "merged_into FROM stories WHERE id = ?");
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, story_id);
  auto row = (*query)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  if (!*row) return NotFound(fmt::format("{}: no story {}", path_, story_id));
  auto summary = ReadSummary(**query);
  (*query)->Reset();
  if (!summary) return std::unexpected(summary.error());
  StoryDetail detail;
  detail.story = std::move(*summary);
  if (detail.story.merged_into) {
    // Follow later merges to the story that holds the articles now (each
    // merge names a story not merged before it, so the chain ends).
    auto next = Prepare("SELECT merged_into FROM stories WHERE id = ?");
    if (!next) return std::unexpected(next.error());
    for (int64_t into = *detail.story.merged_into;;) {
      (*next)->Bind(1, into);
      auto step = (*next)->Step();
      if (!step) return std::unexpected(step.error().WithContext(path_));
      const bool merged = *step && !(*next)->IsNull(0);
      const int64_t further = merged ? (*next)->Int(0) : into;
      (*next)->Reset();
      if (further == into) break;
      into = further;
      detail.story.merged_into = into;
    }
    return detail;
  }
  auto outlets = Outlets(story_id);
  if (!outlets) return std::unexpected(outlets.error());
  detail.story.outlets = std::move(*outlets);
  auto articles = Prepare(fmt::format(
      "SELECT {} WHERE s.story_id = ? ORDER BY COALESCE(a.published_unix, a.ingested_at), a.seq",
      kArticleColumns));
  if (!articles) return std::unexpected(articles.error());
  (*articles)->Bind(1, story_id);
  while (true) {
    auto next = (*articles)->Step();
    if (!next) return std::unexpected(next.error().WithContext(path_));
    if (!*next) break;
    detail.articles.push_back(ReadArticle(**articles));
  }
  return detail;
}

Result<StoredArticle> SqliteStore::GetArticle(std::string_view article_id) {
  auto query = Prepare(fmt::format("SELECT {} WHERE a.id = ?", kArticleColumns));
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, article_id);
  auto row = (*query)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  if (!*row) return NotFound(fmt::format("{}: no article \"{}\"", path_, Abbreviate(article_id)));
  StoredArticle article = ReadArticle(**query);
  (*query)->Reset();
  return article;
}

Result<std::vector<StoredArticle>> SqliteStore::GetRevisions(std::string_view article_id) {
  auto query = Prepare(R"sql(
SELECT a.seq, r.article_id, r.outlet, r.url, r.title, r.published, r.language, r.text, r.source,
  r.published_unix, r.text_hash, r.ingested_at, r.revision
FROM article_revisions r JOIN articles a ON a.id = r.article_id
WHERE r.article_id = ? ORDER BY r.revision)sql");
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, article_id);
  std::vector<StoredArticle> out;
  while (true) {
    auto row = (*query)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    const Statement& r = **query;
    StoredArticle revision;
    revision.seq = r.Int(0);
    revision.article.id = r.Text(1);
    ReadRevisionFields(r, 2, &revision);
    revision.revision = static_cast<int>(r.Int(12));
    out.push_back(std::move(revision));
  }
  return out;
}

Result<std::vector<StoredArticle>> SqliteStore::ActiveWindow(int64_t since_unix_s) {
  auto query = Prepare(fmt::format(
      "SELECT {} WHERE s.story_id IN (SELECT id FROM stories WHERE last_seen >= ?) ORDER BY a.seq",
      kArticleColumns));
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, since_unix_s);
  std::vector<StoredArticle> out;
  while (true) {
    auto row = (*query)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    out.push_back(ReadArticle(**query));
  }
  return out;
}

Result<std::optional<int64_t>> SqliteStore::NewestArticleTime() {
  return QueryOptionalInt("SELECT max(COALESCE(published_unix, ingested_at)) FROM articles");
}

Result<std::optional<int64_t>> SqliteStore::MaxStoryId() {
  return QueryOptionalInt("SELECT max(id) FROM stories");
}

Result<int64_t> SqliteStore::LastOrdinal() {
  return QueryInt("SELECT COALESCE(max(ordinal), 0) FROM assignments");
}

Result<std::vector<StoryMergeRecord>> SqliteStore::StoryMerges(int64_t from_ordinal) {
  auto query = Prepare(
      "SELECT from_story, into_story, after_ordinal, probability FROM story_merges "
      "WHERE after_ordinal >= ? ORDER BY seq");
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, from_ordinal);
  std::vector<StoryMergeRecord> out;
  while (true) {
    auto row = (*query)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    out.push_back({(*query)->Int(0), (*query)->Int(1), (*query)->Int(2), (*query)->Double(3)});
  }
  return out;
}

Result<std::optional<int64_t>> SqliteStore::FirstActiveOrdinal(int64_t since_unix_s) {
  auto query = Prepare(
      "SELECT min(ordinal) FROM assignments WHERE story_id IN "
      "(SELECT id FROM stories WHERE last_seen >= ?)");
  if (!query) return std::unexpected(query.error());
  (*query)->Bind(1, since_unix_s);
  auto row = (*query)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  std::optional<int64_t> first = *row ? (*query)->OptInt(0) : std::nullopt;
  (*query)->Reset();
  return first;
}

Result<std::vector<StoredArticle>> SqliteStore::ClusteredArticles(int64_t from_ordinal,
                                                                  size_t limit) {
  return InSnapshot([&]() -> Result<std::vector<StoredArticle>> {
    auto query = Prepare(fmt::format("SELECT {} WHERE s.ordinal >= ?1 ORDER BY s.ordinal LIMIT ?2",
                                     kArticleColumns));
    if (!query) return std::unexpected(query.error());
    (*query)
        ->Bind(1, from_ordinal)
        .Bind(2, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
    std::vector<StoredArticle> out;
    while (true) {
      auto row = (*query)->Step();
      if (!row) return std::unexpected(row.error().WithContext(path_));
      if (!*row) break;
      out.push_back(ReadArticle(**query));
    }
    // A revised article was clustered with its first text: put it back.
    for (StoredArticle& stored : out) {
      if (stored.revision == 1) continue;
      auto first = Prepare(R"sql(
SELECT outlet, url, title, published, language, text, source, published_unix, text_hash,
  ingested_at
FROM article_revisions WHERE article_id = ? AND revision = 1)sql");
      if (!first) return std::unexpected(first.error());
      (*first)->Bind(1, std::string_view(stored.article.id));
      auto row = (*first)->Step();
      if (!row) return std::unexpected(row.error().WithContext(path_));
      if (!*row) continue;  // no history kept: the current text is the best there is
      ReadRevisionFields(**first, 0, &stored);
      stored.revision = 1;
      (*first)->Reset();
    }
    return out;
  });
}

Result<std::optional<CorpusCheckpoint>> SqliteStore::LoadCorpusCheckpoint() {
  auto query = Prepare(
      "SELECT through_ordinal, language, articles, term_count, terms, document_frequencies, "
      "norms, stream_clock FROM corpus_checkpoint WHERE id = 1");
  if (!query) return std::unexpected(query.error());
  auto row = (*query)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  if (!*row) return std::optional<CorpusCheckpoint>();
  CorpusCheckpoint out;
  out.through_ordinal = (*query)->Int(0);
  out.language = (*query)->Text(1);
  out.articles = static_cast<uint64_t>((*query)->Int(2));
  const int64_t term_count = (*query)->Int(3);
  const std::string terms = (*query)->Blob(4);
  const std::string frequencies = (*query)->Blob(5);
  const std::string norms = (*query)->Blob(6);
  out.stream_clock_unix_s = (*query)->OptInt(7);
  (*query)->Reset();
  auto corrupt = [&](std::string_view what) {
    return DataLoss(fmt::format("{}: corpus checkpoint through ordinal {}: {}", path_,
                                out.through_ordinal, what));
  };
  std::string_view in = terms;
  out.terms.reserve(static_cast<size_t>(std::max<int64_t>(term_count, 0)));
  while (!in.empty()) {
    uint64_t size = 0;
    if (!GetVarint(&in, &size) || size > in.size()) return corrupt("a term is cut short");
    out.terms.emplace_back(in.substr(0, size));
    in.remove_prefix(size);
  }
  if (static_cast<int64_t>(out.terms.size()) != term_count) {
    return corrupt(fmt::format("{} terms, expected {}", out.terms.size(), term_count));
  }
  in = frequencies;
  while (!in.empty()) {
    uint64_t df = 0;
    if (!GetVarint(&in, &df) || df > UINT32_MAX) return corrupt("a frequency is malformed");
    out.document_frequencies.push_back(static_cast<uint32_t>(df));
  }
  if (out.document_frequencies.size() > out.terms.size()) {
    return corrupt("more document frequencies than terms");
  }
  in = norms;
  while (!in.empty()) {
    CorpusCheckpoint::StoryNorm n;
    uint64_t story = 0, centroid = 0;
    if (!GetVarint(&in, &story) || story > INT64_MAX || !GetVarint(&in, &centroid) ||
        centroid > 2 || in.size() < 4) {
      return corrupt("a cached norm is malformed");
    }
    uint32_t bits = 0;
    for (int i = 0; i < 4; ++i)
      bits |= static_cast<uint32_t>(static_cast<uint8_t>(in[i])) << (8 * i);
    in.remove_prefix(4);
    if (!GetVarint(&in, &n.articles)) return corrupt("a cached norm is malformed");
    n.story = static_cast<int64_t>(story);
    n.centroid = static_cast<uint32_t>(centroid);
    n.norm = std::bit_cast<float>(bits);
    out.norms.push_back(n);
  }
  return out;
}

Result<void> SqliteStore::PutDigest(int64_t story_id, std::string_view options_key,
                                    std::string_view report_json) {
  if (read_only_) return InvalidInput(fmt::format("{}: the store was opened read-only", path_));
  auto put = Prepare(R"sql(
INSERT INTO digests (story_id, options_key, story_version, report_json, created_at)
SELECT id, ?2, version, ?3, ?4 FROM stories WHERE id = ?1 AND merged_into IS NULL
ON CONFLICT (story_id, options_key) DO UPDATE SET story_version = excluded.story_version,
  report_json = excluded.report_json, created_at = excluded.created_at)sql");
  if (!put) return std::unexpected(put.error());
  (*put)->Bind(1, story_id).Bind(2, options_key).Bind(3, report_json).Bind(4, Now());
  if (auto ok = (*put)->Run(); !ok) return std::unexpected(ok.error().WithContext(path_));
  if (sqlite3_changes(db_) == 0) return NotFound(fmt::format("{}: no story {}", path_, story_id));
  return {};
}

Result<Digest> SqliteStore::GetDigest(int64_t story_id, std::string_view options_key) {
  auto get = Prepare(R"sql(
SELECT d.report_json, d.created_at, d.story_version <> s.version
FROM digests d JOIN stories s ON s.id = d.story_id
WHERE d.story_id = ? AND d.options_key = ?)sql");
  if (!get) return std::unexpected(get.error());
  (*get)->Bind(1, story_id).Bind(2, options_key);
  auto row = (*get)->Step();
  if (!row) return std::unexpected(row.error().WithContext(path_));
  if (!*row) {
    return NotFound(fmt::format("{}: no digest of story {} for \"{}\"", path_, story_id,
                                Abbreviate(options_key)));
  }
  Digest digest;
  digest.story_id = story_id;
  digest.options_key = std::string(options_key);
  digest.report_json = (*get)->Text(0);
  digest.created_at_unix_s = (*get)->Int(1);
  digest.stale = (*get)->Int(2) != 0;
  (*get)->Reset();
  return digest;
}

Result<StoreStats> SqliteStore::StatsInSnapshot() {
  StoreStats stats;
  struct Count {
    int64_t* out;
    std::string_view sql;
  };
  const Count counts[] = {
      {&stats.articles, "SELECT count(*) FROM articles"},
      {&stats.revisions, "SELECT count(*) FROM article_revisions"},
      {&stats.same_text, "SELECT count(*) FROM articles WHERE same_text_as IS NOT NULL"},
      {&stats.outlets, "SELECT count(*) FROM outlets"},
      {&stats.stories, "SELECT count(*) FROM stories WHERE article_count > 0"},
      {&stats.assignments, "SELECT count(*) FROM assignments"},
      {&stats.digests, "SELECT count(*) FROM digests"},
  };
  for (const Count& count : counts) {
    auto value = QueryInt(count.sql);
    if (!value) return std::unexpected(value.error());
    *count.out = *value;
  }
  auto pages = QueryInt("PRAGMA page_count");
  auto page_size = QueryInt("PRAGMA page_size");
  if (!pages) return std::unexpected(pages.error());
  if (!page_size) return std::unexpected(page_size.error());
  stats.file_bytes = *pages * *page_size;
  std::error_code error;
  auto wal = std::filesystem::file_size(path_ + "-wal", error);
  stats.wal_bytes = error ? 0 : static_cast<int64_t>(wal);
  auto version = SchemaVersion();
  if (!version) return std::unexpected(version.error());
  stats.schema_version = *version;
  return stats;
}

Result<std::string> SqliteStore::CheckIntegrity() {
  std::string report;
  auto integrity = Prepare("PRAGMA integrity_check");
  if (!integrity) return std::unexpected(integrity.error());
  while (true) {
    auto row = (*integrity)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    if (!report.empty()) report += "\n";
    report += (*integrity)->Text(0);
  }
  auto foreign = Prepare("PRAGMA foreign_key_check");
  if (!foreign) return std::unexpected(foreign.error());
  while (true) {
    auto row = (*foreign)->Step();
    if (!row) return std::unexpected(row.error().WithContext(path_));
    if (!*row) break;
    report += fmt::format("\nforeign key violation in {} row {} (parent {})", (*foreign)->Text(0),
                          (*foreign)->Int(1), (*foreign)->Text(2));
  }
  return report;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const OpenOptions& options) {
  if (options.busy_timeout_ms < 0) {
    return InvalidInput(
        fmt::format("OpenOptions::busy_timeout_ms must be >= 0, got {}", options.busy_timeout_ms));
  }
  if (path.empty()) return InvalidInput("store path is empty");
  std::error_code error;
  bool exists = std::filesystem::exists(path, error);
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return NotFound(fmt::format("{}: no such store", path));
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (!options.read_only && options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;  // one thread per Store (see store.h)
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error failure = SqliteError(db, rc, path);
    sqlite3_close_v2(db);
    return std::unexpected(failure);
  }
  auto store = std::make_unique<SqliteStore>(db, path, options.read_only);
  if (auto ok = store->Initialize(options); !ok) return std::unexpected(ok.error());
  return std::unique_ptr<Store>(std::move(store));
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& location, const OpenOptions& options) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return InvalidInput(fmt::format(
        "{}: PostgreSQL stores are not built into this crosswire (docs/store.md says how to add "
        "the backend); use a file path for an SQLite store",
        Abbreviate(location, 60)));
  }
  return OpenSqliteStore(location, options);
}

}  // namespace crosswire::store
