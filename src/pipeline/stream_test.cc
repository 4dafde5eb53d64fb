// The story-merge step inside a store (issue 13): `ingest` merges stories in
// the batch's transaction, and a store ingested in two runs holds what one
// uninterrupted run gives.
#include "crosswire/stream.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "crosswire/timestamp.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;

// A made-up word: letters only, so the tokenizer and stemmer keep it whole.
std::string Word(uint32_t n, bool capital = false) {
  std::string w = capital ? "K" : "v";
  for (int i = 0; i < 4; ++i) {
    w.push_back(static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return w + "o";
}

// An article of `event`, half `half` (0 or 1): twelve sentences of that half's
// own 30 words, mentioning the event's 6 names mid-sentence. The two halves of
// an event share the names and no other word, as the early and late
// reporting of one event often do.
Article EventArticle(const std::string& id, uint32_t event, uint32_t half, std::mt19937& rng,
                     int hour) {
  Article a;
  a.id = id;
  a.outlet = fmt::format("Outlet {}", rng() % 5);
  a.source = "test:" + id;
  a.published = fmt::format("2016-12-{:02}T{:02}:00:00Z", 10 + hour / 24, hour % 24);
  const uint32_t vocabulary = 1000 * event + 100 * half;
  a.title = fmt::format("The {} {} {}", Word(vocabulary + rng() % 30),
                        Word(50000 + 10 * event + rng() % 6, true), Word(vocabulary + rng() % 30));
  for (int s = 0; s < 12; ++s) {
    a.text += "The";
    for (int w = 0; w < 9; ++w) {
      a.text += " " + (w == 4 ? Word(50000 + 10 * event + rng() % 6, true)
                              : Word(vocabulary + rng() % 30));
    }
    a.text += ". ";
  }
  return a;
}

// An article of a stream spread over weeks: `event` (one of many, each
// reported for a few days) in its own words and names, over a background of
// words every event uses with skewed frequencies, so that the document
// frequencies of the whole stream, not only of the last week, decide the
// weights. Article `i` is published 3.5 hours after article i - 1.
Article WeeksArticle(int i, uint32_t event, std::mt19937& rng) {
  Article a;
  a.id = fmt::format("w{:04}", i);
  a.outlet = fmt::format("Outlet {}", rng() % 5);
  a.source = "test:" + a.id;
  a.published = FormatUtcIso8601(1480550400 + static_cast<int64_t>(i) * 12600);
  // Neighbouring events share some of their words and names.
  auto own = [&] { return Word(1000 + 12 * event + rng() % 30); };
  auto background = [&] {
    const uint32_t r = rng() % 1000;
    return Word(90000 + r * r / 5000);  // 200 words, the first ones far more common
  };
  auto name = [&] { return Word(50000 + 3 * event + rng() % 6, true); };
  a.title = fmt::format("The {} {} {}", own(), name(), background());
  const int sentences = 3 + static_cast<int>(rng() % 6);
  for (int s = 0; s < sentences; ++s) {
    a.text += "The";
    for (int w = 0; w < 10; ++w) {
      a.text += " ";
      a.text += w == 4 ? name() : rng() % 2 == 0 ? own() : background();
    }
    a.text += ". ";
  }
  return a;
}

// 288 of those articles over six weeks, longer than the 7-day window: events
// of about four days each, three or four running at a time. The same stream
// (fixed seed) in every test that uses it.
std::vector<Article> SixWeeks() {
  std::mt19937 rng(23);
  std::vector<Article> articles;
  for (int i = 0; i < 288; ++i) {
    const int day = i / 7;
    const auto event = static_cast<uint32_t>(std::max(0, day / 2 - static_cast<int>(rng() % 3)));
    articles.push_back(WeeksArticle(i, event, rng));
  }
  return articles;
}

// A merge model that merges two stories when their names agree: enough to
// exercise the store's side of the step without depending on the fitted one.
ClusterOptions MergeOnNames(size_t merge_every) {
  ClusterOptions options;
  options.merge_every = merge_every;
  options.story_merge = {};
  options.story_merge.bias = -4;
  options.story_merge.body = 0;
  options.story_merge.head = 0;
  options.story_merge.entities = 8;
  options.story_merge.nearest = 0;
  options.story_merge.size_min = 0;
  options.story_merge.size_max = 0;
  options.story_merge.time = 0;
  options.merge_threshold = 0.7;
  return options;
}

class StreamStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    dir_ = fs::temp_directory_path() / fmt::format("crosswire_stream_{}_{}", getpid(), counter++);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::unique_ptr<store::Store> Open(const std::string& name) {
    auto store = store::OpenSqliteStore((dir_ / name).string());
    EXPECT_TRUE(store.has_value()) << store.error().message();
    return store ? std::move(*store) : nullptr;
  }
  // Ingests `articles` in batches of `batch` through one StreamIngester.
  // Passes the last batch as the run's last (so it carries the corpus
  // checkpoint) unless `checkpoint_at_end` is false, as when a run is killed.
  static IngestProgress Ingest(store::Store& store, const ClusterOptions& options,
                               const std::vector<Article>& articles, size_t batch,
                               bool checkpoint_at_end = true) {
    auto ingester = StreamIngester::Open(store, options);
    EXPECT_TRUE(ingester.has_value()) << ingester.error().message();
    IngestProgress progress;
    std::vector<std::string> warnings;
    for (size_t i = 0; i < articles.size(); i += batch) {
      std::vector<Article> part(
          articles.begin() + static_cast<ptrdiff_t>(i),
          articles.begin() + static_cast<ptrdiff_t>(std::min(articles.size(), i + batch)));
      const bool last = checkpoint_at_end && i + batch >= articles.size();
      auto added = ingester->AddBatch(std::move(part), progress, warnings, nullptr, last);
      EXPECT_TRUE(added.has_value()) << added.error().message();
    }
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    return progress;
  }
  // Every article's (story, placed story, ordinal), and the merges.
  struct Snapshot {
    std::map<std::string, std::tuple<int64_t, int64_t, int64_t>> articles;
    std::vector<std::tuple<int64_t, int64_t, int64_t>> merges;
  };
  static Snapshot Read(store::Store& store, const std::vector<Article>& articles) {
    Snapshot out;
    for (const Article& a : articles) {
      auto stored = store.GetArticle(a.id);
      EXPECT_TRUE(stored.has_value());
      if (!stored) continue;
      out.articles[a.id] = {stored->story_id.value_or(-1), stored->placed_story_id.value_or(-1),
                            stored->ordinal.value_or(-1)};
    }
    auto merges = store.StoryMerges(0);
    EXPECT_TRUE(merges.has_value());
    for (const store::StoryMergeRecord& m : *merges) {
      out.merges.emplace_back(m.from, m.into, m.after_ordinal);
    }
    return out;
  }
  fs::path dir_;
};

TEST_F(StreamStoreTest, TwoHalvesOfOneEventEndUpOneStory) {
  std::mt19937 rng(7);
  std::vector<Article> articles;
  for (int i = 0; i < 3; ++i)
    articles.push_back(EventArticle(fmt::format("x-early-{}", i), 1, 0, rng, i));
  for (int i = 0; i < 3; ++i)
    articles.push_back(EventArticle(fmt::format("y-{}", i), 2, 0, rng, 3 + i));
  for (int i = 0; i < 3; ++i)
    articles.push_back(EventArticle(fmt::format("x-late-{}", i), 1, 1, rng, 6 + i));

  // Without the step the late half opens a story of its own.
  auto plain = Open("plain.db");
  ASSERT_NE(plain, nullptr);
  Ingest(*plain, MergeOnNames(0), articles, 4);
  auto before = plain->ListStories({});
  ASSERT_TRUE(before.has_value());
  ASSERT_EQ(before->stories.size(), 3u) << "the test stream no longer splits the event";

  auto store = Open("news.db");
  ASSERT_NE(store, nullptr);
  IngestProgress progress = Ingest(*store, MergeOnNames(3), articles, 4);
  EXPECT_EQ(progress.added, 9u);
  EXPECT_EQ(progress.stories_opened, 3u);
  EXPECT_EQ(progress.stories_merged, 1u);
  auto list = store->ListStories({});
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->stories.size(), 2u);
  auto x = store->GetArticle("x-early-0");
  auto late = store->GetArticle("x-late-2");
  ASSERT_TRUE(x.has_value() && late.has_value());
  EXPECT_EQ(x->story_id, late->story_id);
  EXPECT_NE(late->placed_story_id, late->story_id) << "placed in the late half's own story";
  auto survivor = store->GetStory(*x->story_id);
  ASSERT_TRUE(survivor.has_value());
  EXPECT_EQ(survivor->story.article_count, 6);
  auto merged = store->GetStory(*late->placed_story_id);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->story.merged_into, x->story_id);

  // The report of the merged story is the survivor's.
  ReportRequest request;
  request.output_format = "json";
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options.has_value());
  auto report = BuildStoredStoryReport(*store, *late->placed_story_id, *options);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  EXPECT_EQ(report->analyzed.story->id, fmt::format("story-{}", *x->story_id));
  EXPECT_EQ(report->analyzed.story->articles.size(), 6u);

  // Ingesting the same articles again adds and changes nothing.
  Snapshot first = Read(*store, articles);
  IngestProgress again = Ingest(*store, MergeOnNames(3), articles, 4);
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.unchanged, 9u);
  EXPECT_EQ(again.stories_merged, 0u);
  Snapshot second = Read(*store, articles);
  EXPECT_EQ(first.articles, second.articles);
  EXPECT_EQ(first.merges, second.merges);
}

// A stream of eight events, each reported in two halves, interleaved: the
// merge step joins halves now and then. Ingested in one run, and in two runs
// (the second reopening the store and restoring its window), the store must
// hold the same assignments, placements and merges, for every split point.
TEST_F(StreamStoreTest, IngestInTwoRunsEqualsOneRun) {
  std::mt19937 rng(11);
  std::vector<Article> articles;
  for (int i = 0; i < 96; ++i) {
    const auto event = static_cast<uint32_t>(rng() % 8);
    const uint32_t half = i < 48 ? (rng() % 4 == 0) : (rng() % 4 != 0);
    articles.push_back(EventArticle(fmt::format("a{:03}", i), event, half, rng, i / 4));
  }
  // The test model, and the library's fitted one (its step every 5 articles).
  ClusterOptions fitted;
  fitted.merge_every = 5;
  for (const ClusterOptions& options : {MergeOnNames(7), fitted}) {
    SCOPED_TRACE(fmt::format("merge step every {} articles", options.merge_every));
    auto whole = Open(fmt::format("whole{}.db", options.merge_every));
    ASSERT_NE(whole, nullptr);
    IngestProgress progress = Ingest(*whole, options, articles, 10);
    ASSERT_GE(progress.stories_merged, 2u) << "the test stream no longer exercises the merge step";
    Snapshot one_run = Read(*whole, articles);
    // Some merges before each split point below, so that the restart replays them.
    ASSERT_LT(std::get<2>(one_run.merges.front()), 30);

    for (size_t split : {30u, 45u, 61u}) {
      SCOPED_TRACE(fmt::format("split after {} articles", split));
      auto store = Open(fmt::format("split{}_{}.db", split, options.merge_every));
      ASSERT_NE(store, nullptr);
      std::vector<Article> head(articles.begin(), articles.begin() + static_cast<ptrdiff_t>(split));
      std::vector<Article> tail(articles.begin() + static_cast<ptrdiff_t>(split), articles.end());
      Ingest(*store, options, head, 10);
      Ingest(*store, options, tail, 10);
      Snapshot two_runs = Read(*store, articles);
      EXPECT_EQ(two_runs.merges, one_run.merges);
      for (const auto& [id, placed] : one_run.articles) {
        EXPECT_EQ(two_runs.articles[id], placed) << id;
      }
      auto check = store->CheckIntegrity();
      ASSERT_TRUE(check.has_value());
      EXPECT_EQ(*check, "ok");
    }
  }
}

// A stream of six weeks, longer than the 7-day window: stories leave the
// window, so a restarted ingest must weigh terms with the document
// frequencies of everything ingested before, not of the window alone (it
// did until 2026-12-07: the second run's assignments differed). Split in
// two runs at several points, and in three runs where the middle one ends
// without a checkpoint (killed), so the third starts from an older one; and
// once with the checkpoint dropped altogether (a store from schema version
// 2), so the statistics are rebuilt from every stored article.
TEST_F(StreamStoreTest, IngestInRunsEqualsOneRunWhenStoriesLeaveTheWindow) {
  std::vector<Article> articles = SixWeeks();
  ClusterOptions fitted;  // the library's defaults: 7-day window
  fitted.merge_every = 5;
  for (const ClusterOptions& options : {fitted, MergeOnNames(7), ClusterOptions{}}) {
    SCOPED_TRACE(fmt::format("merge step every {} articles", options.merge_every));
    auto whole = Open(fmt::format("weeks_whole{}.db", options.merge_every));
    ASSERT_NE(whole, nullptr);
    IngestProgress progress = Ingest(*whole, options, articles, 16);
    ASSERT_GE(progress.stories_opened, 20u) << "the test stream no longer spreads over stories";
    Snapshot one_run = Read(*whole, articles);

    // Split points, and which runs end with a checkpoint.
    enum Checkpoints { kEveryRun, kMiddleRunKilled, kNone };
    const std::vector<std::pair<std::vector<size_t>, Checkpoints>> plans = {
        {{70}, kEveryRun},
        {{131}, kEveryRun},
        {{200}, kEveryRun},
        {{250}, kEveryRun},
        {{131}, kNone},
        {{60, 200}, kEveryRun},
        {{90, 180}, kMiddleRunKilled},
    };
    int plan_index = 0;
    for (const auto& [splits, checkpoints] : plans) {
      SCOPED_TRACE(fmt::format("runs split after {}, checkpoints {}", fmt::join(splits, ", "),
                               static_cast<int>(checkpoints)));
      auto store = Open(fmt::format("weeks{}_{}.db", plan_index++, options.merge_every));
      ASSERT_NE(store, nullptr);
      size_t begin = 0;
      for (size_t r = 0; r <= splits.size(); ++r) {
        const size_t end = r < splits.size() ? splits[r] : articles.size();
        std::vector<Article> part(articles.begin() + static_cast<ptrdiff_t>(begin),
                                  articles.begin() + static_cast<ptrdiff_t>(end));
        const bool checkpoint =
            checkpoints == kEveryRun || (checkpoints == kMiddleRunKilled && r != 1);
        Ingest(*store, options, part, 16, checkpoint);
        begin = end;
      }
      Snapshot runs = Read(*store, articles);
      EXPECT_EQ(runs.merges, one_run.merges);
      size_t differ = 0;
      for (const auto& [id, placed] : one_run.articles) differ += runs.articles[id] != placed;
      EXPECT_EQ(differ, 0u) << "of " << articles.size() << " articles placed differently";
      auto check = store->CheckIntegrity();
      ASSERT_TRUE(check.has_value());
      EXPECT_EQ(*check, "ok");
    }
  }
}

// A store written before the checkpoint (schema version 2) is migrated on
// open and has none: the restart counts the statistics from every stored
// article once, and the ingest still equals one uninterrupted run.
TEST_F(StreamStoreTest, IngestIntoAVersion2StoreEqualsOneRun) {
  std::vector<Article> articles = SixWeeks();
  const ClusterOptions options;
  auto whole = Open("v2_whole.db");
  ASSERT_NE(whole, nullptr);
  Ingest(*whole, options, articles, 16);
  Snapshot one_run = Read(*whole, articles);

  const std::vector<Article> head(articles.begin(), articles.begin() + 131);
  const std::vector<Article> tail(articles.begin() + 131, articles.end());
  {
    auto store = Open("v2.db");
    ASSERT_NE(store, nullptr);
    Ingest(*store, options, head, 16);
  }
  // Version 3 added the checkpoint table and assignments.cluster_time:
  // without them, this is version 2.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "v2.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(
                db,
                "DROP TABLE corpus_checkpoint; ALTER TABLE assignments DROP COLUMN cluster_time; "
                "DELETE FROM schema_version WHERE version = 3;",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = Open("v2.db");
  ASSERT_NE(store, nullptr);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->schema_version, store::kSchemaVersion);
  auto none = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());
  Ingest(*store, options, tail, 16);
  Snapshot two_runs = Read(*store, articles);
  EXPECT_EQ(two_runs.merges, one_run.merges);
  size_t differ = 0;
  for (const auto& [id, placed] : one_run.articles) differ += two_runs.articles[id] != placed;
  EXPECT_EQ(differ, 0u) << "of " << articles.size() << " articles placed differently";
  auto checkpoint = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(checkpoint.has_value() && checkpoint->has_value());
  EXPECT_EQ((*checkpoint)->through_ordinal, 288) << "the run's last batch writes one";
}

// Revisions are stored but not clustered again, so a restart must replay an
// article with the text it was clustered with (its first), not the current
// one, or the revised words would enter the document frequencies and the
// centroids of the stories the first texts were placed in.
TEST_F(StreamStoreTest, ARestartReplaysRevisedArticlesWithTheirFirstText) {
  std::vector<Article> articles = SixWeeks();
  // Corrected into reports of another, later event.
  std::vector<Article> revised;
  std::mt19937 other(5);
  for (size_t i = 100; i < 131; i += 2) {
    Article r = articles[i];
    r.text = WeeksArticle(static_cast<int>(i), 10, other).text;
    revised.push_back(std::move(r));
  }
  const std::vector<Article> head(articles.begin(), articles.begin() + 131);
  const std::vector<Article> tail(articles.begin() + 131, articles.end());
  std::vector<Article> stream = head;
  stream.insert(stream.end(), revised.begin(), revised.end());
  stream.insert(stream.end(), tail.begin(), tail.end());

  const ClusterOptions options;
  auto whole = Open("revised_whole.db");
  ASSERT_NE(whole, nullptr);
  IngestProgress progress = Ingest(*whole, options, stream, 16);
  ASSERT_EQ(progress.revised, revised.size());
  Snapshot one_run = Read(*whole, articles);
  auto store = Open("revised.db");
  ASSERT_NE(store, nullptr);
  Ingest(*store, options, head, 16);
  Ingest(*store, options, revised, 16);  // the next restart replays these
  Ingest(*store, options, tail, 16);
  Snapshot two_runs = Read(*store, articles);
  EXPECT_EQ(two_runs.merges, one_run.merges);
  size_t differ = 0;
  for (const auto& [id, placed] : one_run.articles) differ += two_runs.articles[id] != placed;
  EXPECT_EQ(differ, 0u) << "of " << articles.size() << " articles placed differently";
}

// An undated article is clustered at the newest time seen before it (the
// stream clock), and stored with its ingest time: a restart must replay it
// at the former and resume the clock where the last run left it.
TEST_F(StreamStoreTest, ARestartReplaysUndatedArticlesAtTheTimeTheyWereClusteredAt) {
  std::vector<Article> articles = SixWeeks();
  for (size_t i = 3; i < articles.size(); i += 10) articles[i].published.reset();
  const ClusterOptions options;
  auto whole = Open("undated_whole.db");
  ASSERT_NE(whole, nullptr);
  Ingest(*whole, options, articles, 16);
  Snapshot one_run = Read(*whole, articles);
  // Two runs; and three, the second killed before its checkpoint, so the
  // third resumes the clock from an older checkpoint and the replay.
  const std::vector<std::vector<size_t>> plans = {{131}, {203}, {90, 180}};
  for (const std::vector<size_t>& splits : plans) {
    SCOPED_TRACE(fmt::format("split after {}", fmt::join(splits, ", ")));
    auto store = Open(fmt::format("undated{}_{}.db", splits.front(), splits.size()));
    ASSERT_NE(store, nullptr);
    size_t begin = 0;
    for (size_t r = 0; r <= splits.size(); ++r) {
      const size_t end = r < splits.size() ? splits[r] : articles.size();
      Ingest(*store, options,
             std::vector<Article>(articles.begin() + static_cast<ptrdiff_t>(begin),
                                  articles.begin() + static_cast<ptrdiff_t>(end)),
             16, /*checkpoint_at_end=*/splits.size() == 1 || r != 1);
      begin = end;
    }
    Snapshot two_runs = Read(*store, articles);
    EXPECT_EQ(two_runs.merges, one_run.merges);
    size_t differ = 0;
    for (const auto& [id, placed] : one_run.articles) differ += two_runs.articles[id] != placed;
    EXPECT_EQ(differ, 0u) << "of " << articles.size() << " articles placed differently";
  }
}

}  // namespace
}  // namespace crosswire
