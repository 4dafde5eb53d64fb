#include "crosswire/store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <thread>

namespace crosswire::store {
namespace {

namespace fs = std::filesystem;

// A fresh directory for one test's store files, removed afterwards.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static int counter = 0;
    dir_ =
        fs::temp_directory_path() / fmt::format("crosswire_store_test_{}_{}", getpid(), counter++);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "news.db").string();
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  std::unique_ptr<Store> Open(const OpenOptions& options = {}) {
    auto store = OpenSqliteStore(path_, options);
    EXPECT_TRUE(store.has_value()) << store.error().message();
    return store ? std::move(*store) : nullptr;
  }

  // Runs SQL on the file through a separate raw connection.
  void RawExec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
  }

  fs::path dir_;
  std::string path_;
};

Article MakeArticle(std::string id, std::string outlet, std::string text,
                    std::optional<std::string> published = std::nullopt,
                    std::optional<std::string> title = std::nullopt) {
  Article article;
  article.id = std::move(id);
  article.outlet = std::move(outlet);
  article.text = std::move(text);
  article.published = std::move(published);
  article.title = std::move(title);
  article.url = "https://example.org/" + article.id;
  article.source = "test.jsonl:" + article.id;
  return article;
}

IngestBatch ThreeArticlesTwoStories() {
  IngestBatch batch;
  batch.articles = {
      MakeArticle("a1", "Reuters", "Rebels agreed to leave Aleppo.", "2016-12-14T10:00:00Z",
                  "Aleppo deal"),
      MakeArticle("a2", "AP", "Buses arrived in Aleppo at dawn.", "2016-12-15T08:00:00+02:00",
                  "Buses in Aleppo"),
      MakeArticle("b1", "BBC", "A ferry strike ended.", "2016-12-13", "Ferry strike ends"),
  };
  batch.stories = {{0, "Aleppo evacuation"}, {1, "Ferry strike"}};
  batch.assignments = {
      {"a1", 0, std::nullopt, 0.9}, {"a2", 0, std::nullopt, 0.8}, {"b1", 1, std::nullopt, 1.0}};
  return batch;
}

TEST(NormalizedTextHashTest, FoldsWhitespaceOnly) {
  EXPECT_EQ(NormalizedTextHash("a b"), NormalizedTextHash("  a \n\t b\n"));
  EXPECT_NE(NormalizedTextHash("a b"), NormalizedTextHash("ab"));
  EXPECT_NE(NormalizedTextHash("a b"), NormalizedTextHash("A b"));
  EXPECT_NE(NormalizedTextHash(""), NormalizedTextHash(" x"));
  EXPECT_EQ(NormalizedTextHash("x").size(), 32u);
}

TEST_F(StoreTest, IngestsAndReadsBackArticlesAndStories) {
  auto store = Open();
  auto result = store->Ingest(ThreeArticlesTwoStories());
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->added, 3u);
  EXPECT_EQ(result->assigned, 3u);
  EXPECT_EQ(result->stories_touched, 2u);

  auto a2 = store->GetArticle("a2");
  ASSERT_TRUE(a2.has_value()) << a2.error().message();
  EXPECT_EQ(a2->article.outlet, "AP");
  EXPECT_EQ(a2->article.title, "Buses in Aleppo");
  EXPECT_EQ(a2->article.url, "https://example.org/a2");
  EXPECT_EQ(a2->article.published, "2016-12-15T08:00:00+02:00");
  EXPECT_EQ(a2->published_unix_s, 1481781600);  // 06:00Z
  EXPECT_EQ(a2->article.text, "Buses arrived in Aleppo at dawn.");
  EXPECT_EQ(a2->article.source, "test.jsonl:a2");
  EXPECT_EQ(a2->story_id, 0);
  EXPECT_EQ(a2->revision, 1);
  EXPECT_EQ(a2->seq, 2);

  auto story = store->GetStory(0);
  ASSERT_TRUE(story.has_value()) << story.error().message();
  EXPECT_EQ(story->story.title, "Aleppo evacuation");
  EXPECT_EQ(story->story.article_count, 2);
  EXPECT_EQ(story->story.first_seen_unix_s, 1481709600);
  EXPECT_EQ(story->story.last_seen_unix_s, 1481781600);
  EXPECT_EQ(story->story.outlets, (std::vector<std::string>{"AP", "Reuters"}));
  ASSERT_EQ(story->articles.size(), 2u);
  EXPECT_EQ(story->articles[0].article.id, "a1");  // time order

  auto missing = store->GetStory(7);
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  auto no_article = store->GetArticle("zz");
  ASSERT_FALSE(no_article.has_value());
  EXPECT_EQ(no_article.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(no_article.error().message().find("no article \"zz\""), std::string::npos);
}

TEST_F(StoreTest, ReingestingTheSameArticlesAddsNothing) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  auto before = store->Stats();
  ASSERT_TRUE(before.has_value());
  auto story_before = store->GetStory(0);
  ASSERT_TRUE(story_before.has_value());

  // The same batch again, and once more with only whitespace changed.
  IngestBatch again = ThreeArticlesTwoStories();
  auto status = store->Classify(again.articles);
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ(*status, std::vector<ArticleStatus>(3, ArticleStatus::kUnchanged));
  auto result = store->Ingest(again);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->added, 0u);
  EXPECT_EQ(result->unchanged, 3u);
  EXPECT_EQ(result->revised, 0u);
  EXPECT_EQ(result->assigned, 0u);
  EXPECT_EQ(result->stories_touched, 0u);
  again.articles[0].text = "  Rebels agreed\nto leave Aleppo.  ";
  result = store->Ingest(again);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->unchanged, 3u);

  auto after = store->Stats();
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->articles, before->articles);
  EXPECT_EQ(after->revisions, 0);
  EXPECT_EQ(after->stories, before->stories);
  EXPECT_EQ(after->assignments, before->assignments);
  EXPECT_EQ(after->outlets, before->outlets);
  auto story_after = store->GetStory(0);
  ASSERT_TRUE(story_after.has_value());
  EXPECT_EQ(story_after->story.version, story_before->story.version);  // untouched
}

TEST_F(StoreTest, AnIdRepeatedInOneBatchIsAReingestOfItsFirstOccurrence) {
  auto store = Open();
  IngestBatch batch = ThreeArticlesTwoStories();
  batch.articles.push_back(batch.articles[0]);  // same text: unchanged
  batch.articles.push_back(batch.articles[1]);
  batch.articles.back().text = "Buses left Aleppo at noon.";  // new text: a revision
  auto status = store->Classify(batch.articles);
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ(*status, (std::vector<ArticleStatus>{ArticleStatus::kNew, ArticleStatus::kNew,
                                                 ArticleStatus::kNew, ArticleStatus::kUnchanged,
                                                 ArticleStatus::kRevised}));
  auto result = store->Ingest(batch);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->added, 3u);
  EXPECT_EQ(result->unchanged, 1u);
  EXPECT_EQ(result->revised, 1u);
  auto a2 = store->GetArticle("a2");
  ASSERT_TRUE(a2.has_value());
  EXPECT_EQ(a2->article.text, "Buses left Aleppo at noon.");
  EXPECT_EQ(a2->revision, 2);
}

TEST_F(StoreTest, SameIdWithDifferentTextIsStoredAsARevision) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  IngestBatch update;
  update.articles = {MakeArticle("a1", "Reuters", "Rebels agreed to leave eastern Aleppo.",
                                 "2016-12-14T11:00:00Z", "Aleppo deal (updated)")};
  auto status = store->Classify(update.articles);
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ((*status)[0], ArticleStatus::kRevised);
  auto result = store->Ingest(update);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->revised, 1u);
  EXPECT_EQ(result->added, 0u);
  EXPECT_EQ(result->stories_touched, 1u);  // its story's times may move

  auto current = store->GetArticle("a1");
  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->article.text, "Rebels agreed to leave eastern Aleppo.");
  EXPECT_EQ(current->article.title, "Aleppo deal (updated)");
  EXPECT_EQ(current->revision, 2);
  EXPECT_EQ(current->story_id, 0);  // the assignment stays
  auto history = store->GetRevisions("a1");
  ASSERT_TRUE(history.has_value());
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].revision, 1);
  EXPECT_EQ((*history)[0].article.text, "Rebels agreed to leave Aleppo.");
  EXPECT_EQ((*history)[0].article.title, "Aleppo deal");
  auto story = store->GetStory(0);
  ASSERT_TRUE(story.has_value());
  EXPECT_EQ(story->story.first_seen_unix_s, 1481713200);  // the revision's 11:00Z
  EXPECT_EQ(story->story.article_count, 2);
  // Re-ingesting the revision adds nothing more.
  result = store->Ingest(update);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->unchanged, 1u);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->revisions, 1);
  EXPECT_EQ(stats->articles, 3);
}

TEST_F(StoreTest, IdenticalTextUnderAnotherIdIsStoredOnce) {
  auto store = Open();
  IngestBatch batch;
  batch.articles = {MakeArticle("ap-1", "AP", "The wire copy, word for word."),
                    MakeArticle("paper-7", "Daily Paper", "The wire copy,\nword for word.")};
  auto result = store->Ingest(batch);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->added, 2u);
  EXPECT_EQ(result->same_text, 1u);
  auto copy = store->GetArticle("paper-7");
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->same_text_as, "ap-1");
  EXPECT_EQ(copy->article.outlet, "Daily Paper");                  // its own metadata
  EXPECT_EQ(copy->article.text, "The wire copy, word for word.");  // the shared text
  // The original is revised: the copy keeps the text it was stored with.
  IngestBatch revise;
  revise.articles = {MakeArticle("ap-1", "AP", "The wire copy, corrected.")};
  ASSERT_TRUE(store->Ingest(revise).has_value());
  copy = store->GetArticle("paper-7");
  ASSERT_TRUE(copy.has_value());
  EXPECT_FALSE(copy->same_text_as.has_value());
  EXPECT_EQ(copy->article.text, "The wire copy, word for word.");
  auto check = store->CheckIntegrity();
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(*check, "ok");
}

TEST_F(StoreTest, ABadBatchWritesNothing) {
  auto store = Open();
  struct Case {
    IngestBatch batch;
    ErrorCode code;
    std::string_view fragment;
  };
  std::vector<Case> cases;
  {
    IngestBatch batch = ThreeArticlesTwoStories();
    batch.assignments.push_back({"nope", 0, std::nullopt, 0});
    cases.push_back({batch, ErrorCode::kInvalidInput, "assignment of unknown article \"nope\""});
  }
  {
    IngestBatch batch = ThreeArticlesTwoStories();
    batch.assignments[1].duplicate_of = "ghost";
    cases.push_back(
        {batch, ErrorCode::kInvalidInput, "\"a2\" is marked a duplicate of unknown article"});
  }
  {
    IngestBatch batch = ThreeArticlesTwoStories();
    batch.articles[2].text = " \n ";
    cases.push_back({batch, ErrorCode::kInvalidInput, "article \"b1\" to store has no text"});
  }
  {
    IngestBatch batch = ThreeArticlesTwoStories();
    batch.articles[2].id.clear();
    cases.push_back({batch, ErrorCode::kInvalidInput, "an article to store has no id"});
  }
  {
    IngestBatch batch;
    batch.articles.resize(kMaxBatchArticles + 1, MakeArticle("x", "y", "z"));
    cases.push_back({batch, ErrorCode::kResourceExhausted, "(kMaxBatchArticles)"});
  }
  for (const Case& c : cases) {
    auto result = store->Ingest(c.batch);
    ASSERT_FALSE(result.has_value()) << c.fragment;
    EXPECT_EQ(result.error().code(), c.code) << result.error().message();
    EXPECT_NE(result.error().message().find(c.fragment), std::string::npos)
        << result.error().message();
    auto stats = store->Stats();
    ASSERT_TRUE(stats.has_value());
    EXPECT_EQ(stats->articles, 0) << c.fragment;
    EXPECT_EQ(stats->stories, 0) << c.fragment;
  }
}

TEST_F(StoreTest, ListsStoriesNewestFirstWithSinceSearchAndPages) {
  auto store = Open();
  IngestBatch batch;
  // Story k has one article on day k of December 2016, titled "Story k".
  for (int k = 1; k <= 7; ++k) {
    std::string id = fmt::format("s{}", k);
    batch.articles.push_back(
        MakeArticle(id, k % 2 ? "Odd News" : "Even Times", fmt::format("Text {}.", k),
                    fmt::format("2016-12-{:02}T12:00:00Z", k), fmt::format("Headline {}", k)));
    batch.stories.push_back({k, fmt::format("Story {}", k)});
    batch.assignments.push_back({id, k, std::nullopt, 1});
  }
  batch.stories[2].title = "Earthquake_100% in Chile";
  ASSERT_TRUE(store->Ingest(batch).has_value());

  auto ids = [](const StoryPage& page) {
    std::vector<int64_t> out;
    for (const auto& story : page.stories) out.push_back(story.id);
    return out;
  };
  auto all = store->ListStories({});
  ASSERT_TRUE(all.has_value()) << all.error().message();
  EXPECT_EQ(ids(*all), (std::vector<int64_t>{7, 6, 5, 4, 3, 2, 1}));
  EXPECT_TRUE(all->next_cursor.empty());
  EXPECT_EQ(all->stories[0].outlets, std::vector<std::string>{"Odd News"});
  EXPECT_EQ(all->stories[0].article_count, 1);
  EXPECT_EQ(all->stories[0].first_seen_unix_s, 1481112000);  // 2016-12-07T12:00Z

  ListOptions since;
  since.since_unix_s = 1480939200;  // 2016-12-05T12:00Z
  auto recent = store->ListStories(since);
  ASSERT_TRUE(recent.has_value());
  EXPECT_EQ(ids(*recent), (std::vector<int64_t>{7, 6, 5}));

  ListOptions search;
  search.search = "_100%";  // wildcards are literal
  auto found = store->ListStories(search);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(ids(*found), std::vector<int64_t>{3});
  search.search = "headline 6";  // article titles too, case-insensitive
  found = store->ListStories(search);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(ids(*found), std::vector<int64_t>{6});

  ListOptions paged;
  paged.limit = 3;
  std::vector<int64_t> seen;
  int pages = 0;
  while (true) {
    auto page = store->ListStories(paged);
    ASSERT_TRUE(page.has_value()) << page.error().message();
    ++pages;
    for (int64_t id : ids(*page)) seen.push_back(id);
    if (page->next_cursor.empty()) break;
    paged.cursor = page->next_cursor;
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen, (std::vector<int64_t>{7, 6, 5, 4, 3, 2, 1}));

  ListOptions bad;
  bad.cursor = "yesterday";
  auto error = store->ListStories(bad);
  ASSERT_FALSE(error.has_value());
  EXPECT_NE(error.error().message().find("malformed story list cursor \"yesterday\""),
            std::string::npos);
  bad.cursor.clear();
  bad.limit = 0;
  error = store->ListStories(bad);
  ASSERT_FALSE(error.has_value());
  EXPECT_NE(error.error().message().find("(kMaxListLimit)"), std::string::npos);
}

TEST_F(StoreTest, ReassignmentMovesCountsAndEmptyStoriesLeaveTheList) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  IngestBatch move;
  move.assignments = {{"b1", 0, std::string("a1"), 0.5}};
  auto result = store->Ingest(move);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->assigned, 1u);
  EXPECT_EQ(result->stories_touched, 2u);
  auto story = store->GetStory(0);
  ASSERT_TRUE(story.has_value());
  EXPECT_EQ(story->story.article_count, 3);
  EXPECT_EQ(story->story.first_seen_unix_s, 1481587200);  // b1's 2016-12-13
  auto b1 = store->GetArticle("b1");
  ASSERT_TRUE(b1.has_value());
  EXPECT_EQ(b1->duplicate_of, "a1");
  auto list = store->ListStories({});
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->stories.size(), 1u);
  EXPECT_EQ(list->stories[0].id, 0);
}

TEST_F(StoreTest, ActiveWindowIsWhatTheClustererRestoresFrom) {
  auto store = Open();
  auto newest = store->NewestArticleTime();
  ASSERT_TRUE(newest.has_value());
  EXPECT_FALSE(newest->has_value());
  auto max_story = store->MaxStoryId();
  ASSERT_TRUE(max_story.has_value());
  EXPECT_FALSE(max_story->has_value());

  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  newest = store->NewestArticleTime();
  ASSERT_TRUE(newest.has_value());
  EXPECT_EQ(*newest, 1481781600);
  max_story = store->MaxStoryId();
  ASSERT_TRUE(max_story.has_value());
  EXPECT_EQ(*max_story, 1);
  // Stories with an article since 2016-12-14: only story 0, its articles in
  // arrival order.
  auto window = store->ActiveWindow(1481673600);
  ASSERT_TRUE(window.has_value());
  ASSERT_EQ(window->size(), 2u);
  EXPECT_EQ((*window)[0].article.id, "a1");
  EXPECT_EQ((*window)[1].article.id, "a2");
  EXPECT_EQ((*window)[1].story_id, 0);
  window = store->ActiveWindow(0);
  ASSERT_TRUE(window.has_value());
  EXPECT_EQ(window->size(), 3u);
}

TEST_F(StoreTest, MergeRewritesAssignmentsInTheBatchTransaction) {
  auto store = Open();
  IngestBatch first = ThreeArticlesTwoStories();
  for (size_t i = 0; i < first.assignments.size(); ++i) first.assignments[i].ordinal = i + 1;
  ASSERT_TRUE(store->Ingest(first).has_value());
  ASSERT_TRUE(store->PutDigest(0, "k", "{\"story\":0}"));
  ASSERT_TRUE(store->PutDigest(1, "k", "{\"story\":1}"));

  // A merge naming an unknown story fails the whole batch: its article too.
  IngestBatch bad;
  bad.articles = {MakeArticle("b2", "AFP", "The ferry sailed again.", "2016-12-16T09:00:00Z")};
  bad.assignments = {{"b2", 1, std::nullopt, 0.7, 4}};
  bad.merges = {{1, 0, 4, 0.9}, {7, 0, 4, 0.9}};
  auto failed = store->Ingest(bad);
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(failed.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(failed.error().message().find("merge of story 7 into story 0: no story 7"),
            std::string::npos)
      << failed.error().message();
  EXPECT_FALSE(store->GetArticle("b2").has_value());
  auto before = store->GetStory(1);
  ASSERT_TRUE(before.has_value());
  EXPECT_FALSE(before->story.merged_into.has_value());

  bad.merges = {{1, 0, 4, 0.9}};
  auto result = store->Ingest(bad);
  ASSERT_TRUE(result.has_value()) << result.error().message();
  EXPECT_EQ(result->merged, 1u);
  auto survivor = store->GetStory(0);
  ASSERT_TRUE(survivor.has_value());
  EXPECT_EQ(survivor->story.article_count, 4);
  EXPECT_EQ(survivor->story.title, "Aleppo evacuation");
  auto merged = store->GetStory(1);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->story.merged_into, 0);
  EXPECT_EQ(merged->story.article_count, 0);
  EXPECT_TRUE(merged->articles.empty());
  auto list = store->ListStories({});
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->stories.size(), 1u);
  EXPECT_EQ(list->stories[0].id, 0);
  // b1 and b2 are story 0's now, and remember where they were placed.
  auto b2 = store->GetArticle("b2");
  ASSERT_TRUE(b2.has_value());
  EXPECT_EQ(b2->story_id, 0);
  EXPECT_EQ(b2->placed_story_id, 1);
  EXPECT_EQ(b2->ordinal, 4);
  auto last = store->LastOrdinal();
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(*last, 4);
  auto merges = store->StoryMerges(0);
  ASSERT_TRUE(merges.has_value());
  ASSERT_EQ(merges->size(), 1u);
  EXPECT_EQ((*merges)[0].from, 1);
  EXPECT_EQ((*merges)[0].into, 0);
  EXPECT_EQ((*merges)[0].after_ordinal, 4);
  auto later = store->StoryMerges(5);
  ASSERT_TRUE(later.has_value());
  EXPECT_TRUE(later->empty());
  // The merged story's digests are gone and none can be kept for it; the
  // survivor's is stale.
  EXPECT_FALSE(store->GetDigest(1, "k").has_value());
  EXPECT_FALSE(store->PutDigest(1, "k", "{}").has_value());
  auto digest = store->GetDigest(0, "k");
  ASSERT_TRUE(digest.has_value());
  EXPECT_TRUE(digest->stale);

  // Assigning an article to it, merging it again, or into it, is refused.
  IngestBatch late;
  late.articles = {MakeArticle("b3", "AFP", "Ferries sailed on time.", "2016-12-17T09:00:00Z")};
  late.assignments = {{"b3", 1, std::nullopt, 0.7, 5}};
  auto refused = store->Ingest(late);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message().find("to story 1, which was merged into story 0"),
            std::string::npos)
      << refused.error().message();
  EXPECT_FALSE(store->GetArticle("b3").has_value());
  IngestBatch again;
  again.merges = {{1, 0, 5, 0.9}};
  auto twice = store->Ingest(again);
  ASSERT_FALSE(twice.has_value());
  EXPECT_NE(twice.error().message().find("already merged into story 0"), std::string::npos)
      << twice.error().message();
  again.stories = {{2, "Other"}};
  again.merges = {{2, 1, 5, 0.9}};
  EXPECT_FALSE(store->Ingest(again).has_value());

  // A story opened by the batch may be merged in it; not twice.
  IngestBatch chain;
  chain.articles = {MakeArticle("c1", "DPA", "Talks went on.", "2016-12-16T10:00:00Z")};
  chain.assignments = {{"c1", 5, std::nullopt, 0.7, 5}};
  chain.merges = {{5, 0, 5, 0.9}};  // into a smaller id, as the clusterer does
  ASSERT_TRUE(store->Ingest(chain).has_value());
  IngestBatch chain2;
  chain2.merges = {{5, 0, 6, 0.9}};
  EXPECT_FALSE(store->Ingest(chain2).has_value());
  auto check = store->CheckIntegrity();
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(*check, "ok");
}

TEST_F(StoreTest, MergedStoryFollowsLaterMergesToTheSurvivor) {
  auto store = Open();
  IngestBatch batch;
  batch.articles = {MakeArticle("x", "A", "One."), MakeArticle("y", "B", "Two."),
                    MakeArticle("z", "C", "Three.")};
  batch.assignments = {
      {"x", 1, std::nullopt, 1, 1}, {"y", 2, std::nullopt, 1, 2}, {"z", 3, std::nullopt, 1, 3}};
  batch.merges = {{3, 2, 3, 0.9}, {2, 1, 3, 0.8}};
  ASSERT_TRUE(store->Ingest(batch).has_value());
  auto three = store->GetStory(3);
  ASSERT_TRUE(three.has_value());
  EXPECT_EQ(three->story.merged_into, 1);
  auto one = store->GetStory(1);
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(one->story.article_count, 3);
  auto z = store->GetArticle("z");
  ASSERT_TRUE(z.has_value());
  EXPECT_EQ(z->story_id, 1);
  EXPECT_EQ(z->placed_story_id, 3);
}

// A story's count and times are kept up to date as articles arrive and stories
// merge (without re-reading the story), and recomputed when an article is
// revised or moved: after every batch of a seeded mix of all four, each
// story's aggregates equal what its articles say.
TEST_F(StoreTest, StoryAggregatesMatchTheirArticlesThroughAddsMovesRevisionsAndMerges) {
  auto store = Open();
  std::mt19937 random(7);
  auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  std::vector<int64_t> live;  // stories not merged away
  int64_t next_story = 0;
  std::vector<std::string> ids;
  int64_t ordinal = 0;
  for (int b = 0; b < 12; ++b) {
    IngestBatch batch;
    for (int i = 0; i < 8; ++i) {
      std::string id = fmt::format("b{}-{}", b, i);
      // Times out of order, some articles without one (ingested_at counts).
      std::optional<std::string> published;
      if (below(5) != 0)
        published = fmt::format("2016-03-{:02}T{:02}:00:00Z", 1 + below(28), below(24));
      batch.articles.push_back(MakeArticle(id, "O" + std::to_string(below(3)),
                                           fmt::format("Text {} of batch {}.", i, b), published));
      int64_t story = (live.empty() || below(4) == 0) ? next_story++ : live[below(live.size())];
      if (std::find(live.begin(), live.end(), story) == live.end()) {
        live.push_back(story);
        batch.stories.push_back({story, "Story " + std::to_string(story)});
      }
      batch.assignments.push_back({id, story, std::nullopt, 0.5, ++ordinal});
      ids.push_back(id);
    }
    if (b > 0) {
      // An earlier article revised to another time, and one moved to another story.
      const std::string& revised = ids[below(ids.size() - 8)];
      batch.articles.push_back(MakeArticle(revised, "O9", "Revised text " + std::to_string(b),
                                           fmt::format("2016-02-{:02}T00:00:00Z", 1 + below(28))));
      batch.assignments.push_back(
          {ids[below(ids.size() - 8)], live[below(live.size())], std::nullopt, 0.4, 0});
    }
    for (int m = 0; m < 2 && live.size() > 2; ++m) {
      size_t from = below(live.size());
      size_t into = (from + 1 + below(live.size() - 1)) % live.size();
      batch.merges.push_back({live[from], live[into], ordinal, 0.9});
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(from));
    }
    auto result = store->Ingest(batch);
    ASSERT_TRUE(result.has_value()) << "batch " << b << ": " << result.error().message();
    for (int64_t story = 0; story < next_story; ++story) {
      auto detail = store->GetStory(story);
      ASSERT_TRUE(detail.has_value()) << detail.error().message();
      const StorySummary& s = detail->story;
      ASSERT_EQ(s.article_count, static_cast<int64_t>(detail->articles.size()))
          << "batch " << b << ", story " << story;
      if (detail->articles.empty()) continue;
      int64_t first = detail->articles[0].time_unix_s(), last = first;
      for (const StoredArticle& a : detail->articles) {
        first = std::min(first, a.time_unix_s());
        last = std::max(last, a.time_unix_s());
      }
      EXPECT_EQ(s.first_seen_unix_s, first) << "batch " << b << ", story " << story;
      EXPECT_EQ(s.last_seen_unix_s, last) << "batch " << b << ", story " << story;
    }
  }
  auto stats = store->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->articles, 96);
}

// A store written by the version-1 schema (the SQL of migration 1, frozen
// here as it shipped) gains the merge columns on open: every article placed
// where it is, ordinals in arrival order.
TEST_F(StoreTest, MigratesAVersion1StoreToTheMergeSchema) {
  RawExec(R"sql(
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,
  applied_at INTEGER NOT NULL);
PRAGMA application_id = 1129468759;
CREATE TABLE outlets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
  outlet_id INTEGER NOT NULL REFERENCES outlets(id), url TEXT, title TEXT, published TEXT,
  published_unix INTEGER, language TEXT NOT NULL, text TEXT, text_hash TEXT NOT NULL,
  same_text_as TEXT REFERENCES articles(id), source TEXT NOT NULL, ingested_at INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, CHECK ((text IS NULL) = (same_text_as IS NOT NULL)));
CREATE INDEX articles_by_hash ON articles(text_hash);
CREATE INDEX articles_by_same_text ON articles(same_text_as) WHERE same_text_as IS NOT NULL;
CREATE TABLE article_revisions (
  article_id TEXT NOT NULL REFERENCES articles(id), revision INTEGER NOT NULL,
  outlet TEXT NOT NULL, url TEXT, title TEXT, published TEXT, published_unix INTEGER,
  language TEXT NOT NULL, text TEXT NOT NULL, text_hash TEXT NOT NULL, source TEXT NOT NULL,
  ingested_at INTEGER NOT NULL, replaced_at INTEGER NOT NULL, PRIMARY KEY (article_id, revision));
CREATE TABLE stories (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, first_seen INTEGER, last_seen INTEGER,
  article_count INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX stories_by_last_seen ON stories(last_seen DESC, id DESC);
CREATE TABLE assignments (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id), duplicate_of TEXT REFERENCES articles(id),
  score REAL NOT NULL DEFAULT 0, assigned_at INTEGER NOT NULL);
CREATE INDEX assignments_by_story ON assignments(story_id);
CREATE TABLE digests (
  story_id INTEGER NOT NULL REFERENCES stories(id), options_key TEXT NOT NULL,
  story_version INTEGER NOT NULL, report_json TEXT NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (story_id, options_key));
INSERT INTO schema_version VALUES (1, 'initial schema', 0);
INSERT INTO outlets VALUES (1, 'Reuters'), (2, 'BBC');
INSERT INTO articles (seq, id, outlet_id, language, text, text_hash, source, ingested_at,
  published_unix) VALUES
  (1, 'a1', 1, 'en', 'Rebels agreed to leave Aleppo.', 'h1', 's', 0, 1481709600),
  (2, 'b1', 2, 'en', 'A ferry strike ended.', 'h2', 's', 0, 1481587200),
  (3, 'a2', 1, 'en', 'Buses arrived in Aleppo.', 'h3', 's', 0, 1481781600);
INSERT INTO stories VALUES (1, 'Aleppo', 1481709600, 1481781600, 2, 1, 0, 0),
  (2, 'Ferry', 1481587200, 1481587200, 1, 1, 0, 0);
INSERT INTO assignments VALUES ('a2', 1, NULL, 0.8, 0), ('a1', 1, NULL, 0.9, 0),
  ('b1', 2, NULL, 1.0, 0);
)sql");
  OpenOptions read_only;
  read_only.read_only = true;
  EXPECT_FALSE(OpenSqliteStore(path_, read_only).has_value()) << "needs migrating first";
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->schema_version, kSchemaVersion);
  EXPECT_EQ(stats->stories, 2);
  auto checkpoint = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(checkpoint.has_value());
  EXPECT_FALSE(checkpoint->has_value()) << "a migrated store has no corpus checkpoint";
  auto window = store->ActiveWindow(0);
  ASSERT_TRUE(window.has_value());
  ASSERT_EQ(window->size(), 3u);
  for (size_t i = 0; i < window->size(); ++i) {
    const StoredArticle& a = (*window)[i];
    EXPECT_EQ(a.ordinal, static_cast<int64_t>(i + 1)) << a.article.id;  // arrival order
    EXPECT_EQ(a.placed_story_id, a.story_id) << a.article.id;
  }
  auto last = store->LastOrdinal();
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(*last, 3);
  auto story = store->GetStory(1);
  ASSERT_TRUE(story.has_value());
  EXPECT_FALSE(story->story.merged_into.has_value());
  IngestBatch merge;
  merge.merges = {{2, 1, 3, 0.9}};
  ASSERT_TRUE(store->Ingest(merge).has_value());
  story = store->GetStory(1);
  ASSERT_TRUE(story.has_value());
  EXPECT_EQ(story->story.article_count, 3);
  auto check = store->CheckIntegrity();
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(*check, "ok");
}

TEST_F(StoreTest, DigestsAreKeptPerOptionsAndGoStaleWhenTheStoryChanges) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  ASSERT_TRUE(store->PutDigest(0, "centroid/words=100", "{\"format\":\"crosswire/1\"}"));
  auto digest = store->GetDigest(0, "centroid/words=100");
  ASSERT_TRUE(digest.has_value()) << digest.error().message();
  EXPECT_EQ(digest->report_json, "{\"format\":\"crosswire/1\"}");
  EXPECT_FALSE(digest->stale);
  EXPECT_FALSE(store->GetDigest(0, "lexrank/words=100").has_value());
  auto unknown = store->PutDigest(9, "k", "{}");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code(), ErrorCode::kNotFound);

  IngestBatch more;
  more.articles = {MakeArticle("a3", "AFP", "Evacuation resumed.", "2016-12-16T09:00:00Z")};
  more.assignments = {{"a3", 0, std::nullopt, 0.7}};
  ASSERT_TRUE(store->Ingest(more).has_value());
  digest = store->GetDigest(0, "centroid/words=100");
  ASSERT_TRUE(digest.has_value());
  EXPECT_TRUE(digest->stale);
  ASSERT_TRUE(store->PutDigest(0, "centroid/words=100", "{}"));
  digest = store->GetDigest(0, "centroid/words=100");
  ASSERT_TRUE(digest.has_value());
  EXPECT_FALSE(digest->stale);
}

TEST_F(StoreTest, StoreWithANewerSchemaIsRefused) {
  { Open(); }
  RawExec(
      "INSERT INTO schema_version (version, description, applied_at) "
      "VALUES (7, 'from the future', 0)");
  auto store = OpenSqliteStore(path_);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(store.error().message().find(
                fmt::format("the store has schema version 7, newer than this crosswire knows "
                            "(version {})",
                            kSchemaVersion)),
            std::string::npos)
      << store.error().message();
  OpenOptions read_only;
  read_only.read_only = true;
  EXPECT_FALSE(OpenSqliteStore(path_, read_only).has_value());
}

TEST_F(StoreTest, OpeningSomethingElseIsAClearError) {
  std::string text_file = (dir_ / "notes.txt").string();
  std::ofstream(text_file) << "this is not a database, just some words that go on for a while "
                              "so that SQLite reads a header's worth of them\n";
  auto store = OpenSqliteStore(text_file);
  ASSERT_FALSE(store.has_value());
  EXPECT_NE(store.error().message().find("not a crosswire store"), std::string::npos)
      << store.error().message();

  RawExec("CREATE TABLE mine (x)");
  store = OpenSqliteStore(path_);
  ASSERT_FALSE(store.has_value());
  EXPECT_NE(store.error().message().find("without a schema_version table"), std::string::npos)
      << store.error().message();

  OpenOptions read_only;
  read_only.read_only = true;
  store = OpenSqliteStore((dir_ / "absent.db").string(), read_only);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kNotFound);

  auto postgres = OpenStore("postgresql://db.example/news");
  ASSERT_FALSE(postgres.has_value());
  EXPECT_NE(postgres.error().message().find("PostgreSQL stores are not built"), std::string::npos);
}

TEST_F(StoreTest, ReadOnlyStoreReadsButDoesNotWrite) {
  ASSERT_TRUE(Open()->Ingest(ThreeArticlesTwoStories()).has_value());
  OpenOptions options;
  options.read_only = true;
  auto reader = Open(options);
  ASSERT_NE(reader, nullptr);
  auto list = reader->ListStories({});
  ASSERT_TRUE(list.has_value()) << list.error().message();
  EXPECT_EQ(list->stories.size(), 2u);
  auto write = reader->Ingest(ThreeArticlesTwoStories());
  ASSERT_FALSE(write.has_value());
  EXPECT_NE(write.error().message().find("opened read-only"), std::string::npos);
}

TEST_F(StoreTest, ReaderWorksWhileAWriterHoldsTheLock) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(ThreeArticlesTwoStories()).has_value());
  // Another connection opens a write transaction and leaves it uncommitted.
  sqlite3* writer = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &writer), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(writer, "BEGIN IMMEDIATE; INSERT INTO outlets (name) VALUES ('uncommitted');",
                   nullptr, nullptr, nullptr),
      SQLITE_OK);

  OpenOptions options;
  options.read_only = true;
  auto reader = Open(options);
  ASSERT_NE(reader, nullptr);
  auto list = reader->ListStories({});
  ASSERT_TRUE(list.has_value()) << list.error().message();
  EXPECT_EQ(list->stories.size(), 2u);
  auto stats = reader->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->outlets, 3);  // the uncommitted outlet is not seen

  // A second writer waits busy_timeout_ms, then gives up with a clear error.
  OpenOptions impatient;
  impatient.busy_timeout_ms = 100;
  auto second = Open(impatient);
  ASSERT_NE(second, nullptr);
  IngestBatch batch;
  batch.articles = {MakeArticle("late", "X", "Late text.")};
  auto blocked = second->Ingest(batch);
  ASSERT_FALSE(blocked.has_value());
  EXPECT_EQ(blocked.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(blocked.error().message().find("busy_timeout_ms"), std::string::npos)
      << blocked.error().message();

  ASSERT_EQ(sqlite3_exec(writer, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(writer);
  ASSERT_TRUE(second->Ingest(batch).has_value());
}

// Batches of kBatch articles with ids "<batch>-<i>", as a crawler would write.
constexpr int kBatch = 200;
// With `merge`, the batch's articles go to stories 2n and 2n + 1 and the
// batch merges 2n + 1 into 2n (n = number), as a story-merge step would.
IngestBatch NumberedBatch(int number, bool merge = false) {
  IngestBatch batch;
  for (int i = 0; i < kBatch; ++i) {
    std::string id = fmt::format("{}-{}", number, i);
    batch.articles.push_back(MakeArticle(
        id, fmt::format("Outlet {}", i % 17),
        fmt::format("Article {} of batch {}. {}", i, number, std::string(400 + i, 'w'))));
    int64_t story = merge ? 2 * number + (i >= kBatch / 2) : number % 50;
    batch.assignments.push_back({id, story, std::nullopt, 0.5});
  }
  if (merge) batch.merges.push_back({2 * number + 1, 2 * number, number, 0.9});
  return batch;
}

TEST_F(StoreTest, ConcurrentReadersSeeOnlyWholeBatchesDuringIngest) {
  { Open(); }
  std::atomic<bool> done = false;
  std::thread writer([&] {
    auto store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.has_value());
    for (int b = 0; b < 25; ++b) ASSERT_TRUE((*store)->Ingest(NumberedBatch(b)).has_value());
    done = true;
  });
  OpenOptions options;
  options.read_only = true;
  auto reader = Open(options);
  ASSERT_NE(reader, nullptr);
  int reads = 0;
  while (!done) {
    auto stats = reader->Stats();
    ASSERT_TRUE(stats.has_value()) << stats.error().message();
    EXPECT_EQ(stats->articles % kBatch, 0) << "a reader saw part of a batch";
    EXPECT_EQ(stats->assignments, stats->articles);
    auto list = reader->ListStories({});
    ASSERT_TRUE(list.has_value()) << list.error().message();
    ++reads;
  }
  writer.join();
  EXPECT_GT(reads, 0);
  auto stats = reader->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->articles, 25 * kBatch);
}

// A child process ingests batch after batch and reports each commit on a
// pipe; the parent kills it with SIGKILL at some point mid-stream, then
// reopens the store.
// The clusterer's corpus checkpoint goes in with a batch, in its
// transaction, and reads back as written; a bad one fails the whole batch.
TEST_F(StoreTest, CorpusCheckpointRoundTripsAndIsWrittenWithItsBatch) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto none = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());

  IngestBatch batch = ThreeArticlesTwoStories();
  for (size_t i = 0; i < batch.assignments.size(); ++i) batch.assignments[i].ordinal = 1 + i;
  CorpusCheckpoint checkpoint;
  checkpoint.through_ordinal = 3;
  checkpoint.language = "english";
  checkpoint.articles = 3;
  // Any bytes: entity terms carry a \x01 prefix; one term longer than a
  // one-byte length; an empty one.
  checkpoint.terms = {"aleppo",
                      "\x01"
                      "Aleppo",
                      std::string(300, 'x'), "", "ferri"};
  checkpoint.document_frequencies = {2, 2, 1, 0};  // the last term's is 0
  checkpoint.norms = {
      {0, 0, 1.25f, 3}, {0, 2, std::numeric_limits<float>::denorm_min(), 2}, {1, 1, 3.0e7f, 1}};
  batch.checkpoint = checkpoint;
  ASSERT_TRUE(store->Ingest(batch).has_value());
  auto loaded = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(loaded.has_value() && loaded->has_value()) << loaded.error().message();
  const CorpusCheckpoint& got = **loaded;
  EXPECT_EQ(got.through_ordinal, 3);
  EXPECT_EQ(got.language, "english");
  EXPECT_EQ(got.articles, 3u);
  EXPECT_EQ(got.terms, checkpoint.terms);
  EXPECT_EQ(got.document_frequencies, checkpoint.document_frequencies);
  ASSERT_EQ(got.norms.size(), checkpoint.norms.size());
  for (size_t i = 0; i < got.norms.size(); ++i) {
    EXPECT_EQ(got.norms[i].story, checkpoint.norms[i].story);
    EXPECT_EQ(got.norms[i].centroid, checkpoint.norms[i].centroid);
    EXPECT_EQ(std::bit_cast<uint32_t>(got.norms[i].norm),
              std::bit_cast<uint32_t>(checkpoint.norms[i].norm));
    EXPECT_EQ(got.norms[i].articles, checkpoint.norms[i].articles);
  }

  // Each bad checkpoint fails its batch: the article beside it is not stored.
  struct Bad {
    int64_t through;
    size_t frequencies;
    std::string message;
  };
  for (const Bad& bad : {Bad{2, 1, "older than the stored one (through ordinal 3)"},
                         Bad{5, 1, "expected 0 to the last ordinal stored, 4"},
                         Bad{4, 9, "9 document frequencies for 5 terms"}}) {
    SCOPED_TRACE(bad.message);
    IngestBatch next;
    next.articles = {MakeArticle("c1", "AP", "A new article.", "2016-12-16")};
    next.assignments = {{"c1", 1, std::nullopt, 0.5, 4}};
    next.checkpoint = checkpoint;
    next.checkpoint->through_ordinal = bad.through;
    next.checkpoint->document_frequencies.resize(bad.frequencies, 1);
    auto written = store->Ingest(next);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(written.error().message().find(bad.message), std::string::npos)
        << written.error().message();
    EXPECT_FALSE(store->GetArticle("c1").has_value());
  }
  // A batch of no articles may carry one (the end of a run on a batch boundary).
  IngestBatch only;
  only.checkpoint = checkpoint;
  only.checkpoint->articles = 4;
  ASSERT_TRUE(store->Ingest(only).has_value());
  EXPECT_EQ((*store->LoadCorpusCheckpoint())->articles, 4u);

  // A checkpoint that cannot be decoded is data loss, named.
  RawExec("UPDATE corpus_checkpoint SET terms = X'05616263'");
  auto corrupt = store->LoadCorpusCheckpoint();
  ASSERT_FALSE(corrupt.has_value());
  EXPECT_EQ(corrupt.error().code(), ErrorCode::kDataLoss);
  EXPECT_NE(corrupt.error().message().find("a term is cut short"), std::string::npos)
      << corrupt.error().message();
}

// A restarted clusterer replays articles as it was given them: a revised
// article's first text, in ordinal order, paged.
TEST_F(StoreTest, ClusteredArticlesComeInOrdinalOrderWithTheirFirstText) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  IngestBatch batch = ThreeArticlesTwoStories();
  // Clustered in another order than stored: b1 first.
  batch.assignments[0].ordinal = 2;
  batch.assignments[1].ordinal = 3;
  batch.assignments[2].ordinal = 1;
  ASSERT_TRUE(store->Ingest(batch).has_value());
  IngestBatch revision;
  revision.articles = {MakeArticle("a1", "Reuters", "Rebels agreed to leave Aleppo today.",
                                   "2016-12-14T11:00:00Z", "Aleppo deal, updated")};
  ASSERT_TRUE(store->Ingest(revision).has_value());

  auto all = store->ClusteredArticles(1, 10);
  ASSERT_TRUE(all.has_value()) << all.error().message();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].article.id, "b1");
  EXPECT_EQ((*all)[1].article.id, "a1");
  EXPECT_EQ((*all)[1].article.text, "Rebels agreed to leave Aleppo.");
  EXPECT_EQ((*all)[1].article.title, "Aleppo deal");
  EXPECT_EQ((*all)[1].published_unix_s, 1481709600);
  EXPECT_EQ((*all)[1].revision, 1);
  EXPECT_EQ((*all)[1].ordinal, 2);
  EXPECT_EQ((*all)[1].story_id, 0);
  EXPECT_EQ((*all)[2].article.id, "a2");
  auto current = store->GetArticle("a1");
  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->article.text, "Rebels agreed to leave Aleppo today.");

  auto page = store->ClusteredArticles(2, 1);
  ASSERT_TRUE(page.has_value());
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ(page->front().article.id, "a1");
  auto past = store->ClusteredArticles(4, 10);
  ASSERT_TRUE(past.has_value());
  EXPECT_TRUE(past->empty());

  // The Aleppo story's last article is 2016-12-15T06:00Z (1481781600), the
  // ferry's 2016-12-13.
  auto first = store->FirstActiveOrdinal(1481700000);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(*first, 2);
  first = store->FirstActiveOrdinal(0);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(*first, 1);
  first = store->FirstActiveOrdinal(1481781601);
  ASSERT_TRUE(first.has_value());
  EXPECT_FALSE(first->has_value());
}

// A store of schema version 2 (before the checkpoint) opens, migrates, has no
// checkpoint, and takes one with its next batch.
TEST_F(StoreTest, MigratesAVersion2StoreToTheCheckpointSchema) {
  {
    auto store = Open();
    ASSERT_NE(store, nullptr);
    IngestBatch batch = ThreeArticlesTwoStories();
    for (size_t i = 0; i < batch.assignments.size(); ++i) batch.assignments[i].ordinal = 1 + i;
    ASSERT_TRUE(store->Ingest(batch).has_value());
  }
  // Version 3 added a table and a column: without them and its row, this is
  // version 2.
  RawExec(
      "DROP TABLE corpus_checkpoint; ALTER TABLE assignments DROP COLUMN cluster_time; "
      "DELETE FROM schema_version WHERE version = 3;");
  OpenOptions read_only;
  read_only.read_only = true;
  EXPECT_FALSE(OpenSqliteStore(path_, read_only).has_value()) << "needs migrating first";
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stats->schema_version, 3);
  EXPECT_EQ(stats->articles, 3);
  auto checkpoint = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(checkpoint.has_value());
  EXPECT_FALSE(checkpoint->has_value());
  IngestBatch next;
  next.checkpoint = CorpusCheckpoint{3, "english", 1481781600, 3, {"aleppo"}, {2}, {}};
  ASSERT_TRUE(store->Ingest(next).has_value());
  checkpoint = store->LoadCorpusCheckpoint();
  ASSERT_TRUE(checkpoint.has_value() && checkpoint->has_value());
  EXPECT_EQ((*checkpoint)->terms, std::vector<std::string>{"aleppo"});
  auto check = store->CheckIntegrity();
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(*check, "ok");
}

TEST_F(StoreTest, KillDashNineMidIngestLosesNoCommittedBatch) {
  { Open(); }
  int committed_total = 0;
  for (int round = 0; round < 3; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      auto store = OpenSqliteStore(path_);
      if (!store) _exit(2);
      for (int b = 0;; ++b) {
        int number = 1000 * (round + 1) + b;
        if (!(*store)->Ingest(NumberedBatch(number, /*merge=*/true))) _exit(3);
        if (write(fds[1], &number, sizeof number) != sizeof number) _exit(4);
      }
    }
    close(fds[1]);
    // Let it commit a few batches (a different number each round), then kill
    // it while it is writing the next.
    std::vector<int> committed;
    int number = 0;
    while (committed.size() < static_cast<size_t>(3 + 2 * round) &&
           read(fds[0], &number, sizeof number) == sizeof number) {
      committed.push_back(number);
    }
    usleep(1000 * (round * 3 + 1));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child exited on its own with " << status;
    // Commits reported between our last read and the kill count too.
    while (read(fds[0], &number, sizeof number) == sizeof number) committed.push_back(number);
    close(fds[0]);
    ASSERT_FALSE(committed.empty());

    auto store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    auto check = (*store)->CheckIntegrity();
    ASSERT_TRUE(check.has_value());
    EXPECT_EQ(*check, "ok");
    for (int batch : committed) {
      for (int i : {0, kBatch / 2, kBatch - 1}) {
        EXPECT_TRUE((*store)->GetArticle(fmt::format("{}-{}", batch, i)).has_value())
            << "committed article " << batch << "-" << i << " lost";
      }
      // The batch's merge committed with it.
      auto merged = (*store)->GetStory(2 * batch + 1);
      ASSERT_TRUE(merged.has_value());
      EXPECT_EQ(merged->story.merged_into, 2 * batch);
      auto survivor = (*store)->GetStory(2 * batch);
      ASSERT_TRUE(survivor.has_value());
      EXPECT_EQ(survivor->story.article_count, kBatch);
    }
    auto stats = (*store)->Stats();
    ASSERT_TRUE(stats.has_value());
    committed_total += static_cast<int>(committed.size());
    // No partial batch; at most the one in flight committed unreported.
    EXPECT_EQ(stats->articles % kBatch, 0);
    EXPECT_GE(stats->articles, committed_total * kBatch);
    EXPECT_LE(stats->articles, (committed_total + round + 1) * kBatch);
    EXPECT_EQ(stats->assignments, stats->articles);
    committed_total = static_cast<int>(stats->articles / kBatch);
  }
}

}  // namespace
}  // namespace crosswire::store
