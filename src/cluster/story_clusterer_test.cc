#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "crosswire/cluster.h"
#include "crosswire/ingest.h"
#include "crosswire/timestamp.h"

namespace crosswire {
namespace {

struct Timed {
  Article article;
  int64_t time;
};

// testdata/cluster/stream/stream.jsonl: three invented stories, one wire copy.
std::vector<Timed> ReadFixture() {
  std::string path = std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/cluster/stream/stream.jsonl";
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto articles = ingest::ParseContent(ss.str(), path, ingest::InputFormat::kJsonl, {}, nullptr);
  EXPECT_TRUE(articles.has_value());
  std::vector<Timed> out;
  if (!articles) return out;
  for (Article& a : *articles) {
    int64_t t = *ParseUnixSeconds(*a.published);
    out.push_back({std::move(a), t});
  }
  return out;
}

// The story prefix of a fixture id: "quake-2" -> "quake".
std::string Gold(const std::string& id) { return id.substr(0, id.find('-')); }

std::map<std::string, size_t> RunStream(StoryClusterer& c, const std::vector<Timed>& stream) {
  std::map<std::string, size_t> story;
  for (const Timed& t : stream) {
    auto a = c.Add(t.article, t.time);
    EXPECT_TRUE(a.has_value()) << t.article.id;
    if (a) story[t.article.id] = a->story;
  }
  return story;
}

TEST(StoryClustererTest, FixtureStoriesAreRecoveredAndSameTopicEventsSplit) {
  auto stream = ReadFixture();
  ASSERT_EQ(stream.size(), 9u);
  auto c = StoryClusterer::Create();
  ASSERT_TRUE(c.has_value());
  auto story = RunStream(*c, stream);
  for (const auto& [a, sa] : story) {
    for (const auto& [b, sb] : story) {
      EXPECT_EQ(Gold(a) == Gold(b), sa == sb) << a << " vs " << b;
    }
  }
  EXPECT_EQ(c->stories(), 3u);
  EXPECT_EQ(c->articles(), 9u);
}

TEST(StoryClustererTest, WireCopyReportsItsOriginal) {
  auto stream = ReadFixture();
  auto c = StoryClusterer::Create();
  ASSERT_TRUE(c.has_value());
  std::map<std::string, Assignment> result;
  for (const Timed& t : stream) result[t.article.id] = *c->Add(t.article, t.time);
  const Assignment& copy = result.at("quake-wire-copy");
  ASSERT_TRUE(copy.duplicate_of.has_value());
  EXPECT_EQ(*copy.duplicate_of, 0u);  // quake-1, the first article
  EXPECT_FALSE(copy.exact_duplicate);
  EXPECT_EQ(copy.story, result.at("quake-1").story);
  for (const auto& [id, a] : result) {
    if (id != "quake-wire-copy") {
      EXPECT_FALSE(a.duplicate_of.has_value()) << id;
    }
  }
  // An identical resend is an exact duplicate.
  auto again = c->Add(stream[1].article, stream[1].time);
  ASSERT_TRUE(again.has_value());
  EXPECT_TRUE(again->exact_duplicate);
  EXPECT_EQ(again->duplicate_of, std::optional<size_t>(1));
}

TEST(StoryClustererTest, DeterministicForAGivenOrder) {
  auto stream = ReadFixture();
  auto a = StoryClusterer::Create();
  auto b = StoryClusterer::Create();
  EXPECT_EQ(RunStream(*a, stream), RunStream(*b, stream));
}

TEST(StoryClustererTest, StoriesLeaveThePoolAfterTheWindow) {
  auto stream = ReadFixture();
  ClusterOptions options;
  options.window_days = 1;
  auto c = StoryClusterer::Create(options);
  ASSERT_TRUE(c.has_value());
  auto first = c->Add(stream[0].article, stream[0].time);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(c->active_stories(), 1u);
  // The same report ten days later: its story has left the pool, so it
  // opens a new one and is not reported as a duplicate of a forgotten article.
  auto later = c->Add(stream[0].article, stream[0].time + 10 * 86400);
  ASSERT_TRUE(later.has_value());
  EXPECT_TRUE(later->opened);
  EXPECT_NE(later->story, first->story);
  EXPECT_FALSE(later->duplicate_of.has_value());
  EXPECT_EQ(c->active_stories(), 1u);
  EXPECT_EQ(c->active_articles(), 1u);
  EXPECT_FALSE(c->is_active(first->story));
  EXPECT_TRUE(c->is_active(later->story));
}

// Articles that came undated before any dated one (time 0, as the stream
// clock gives them) are of unknown time, not of 1970: the first dated
// article of their event joins their story instead of finding it retired.
TEST(StoryClustererTest, UndatedStoriesTakeTheFirstDateSeen) {
  auto stream = ReadFixture();
  ClusterOptions options;
  options.window_days = 1;
  auto c = StoryClusterer::Create(options);
  ASSERT_TRUE(c.has_value());
  // "quake-1" undated, then its wire copy and the rest of its event dated.
  auto first = c->Add(stream[0].article, 0);
  ASSERT_TRUE(first.has_value());
  size_t joined = 0;
  for (size_t k = 1; k < stream.size(); ++k) {
    auto a = c->Add(stream[k].article, stream[k].time);
    ASSERT_TRUE(a.has_value());
    if (Gold(stream[k].article.id) == Gold(stream[0].article.id)) {
      EXPECT_EQ(a->story, first->story) << stream[k].article.id;
      ++joined;
    }
  }
  EXPECT_GT(joined, 0u);
}

TEST(StoryClustererTest, RestoreResumesExactlyAsAnUninterruptedRun) {
  auto stream = ReadFixture();
  auto whole = StoryClusterer::Create();
  std::vector<Assignment> expected;
  for (const Timed& t : stream) expected.push_back(*whole->Add(t.article, t.time));

  const size_t half = 4;
  auto resumed = StoryClusterer::Create();
  for (size_t i = 0; i < half; ++i) {
    ASSERT_TRUE(resumed->Restore(stream[i].article, stream[i].time, expected[i].story).has_value());
  }
  for (size_t i = half; i < stream.size(); ++i) {
    auto a = resumed->Add(stream[i].article, stream[i].time);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->story, expected[i].story) << stream[i].article.id;
    EXPECT_EQ(a->opened, expected[i].opened) << stream[i].article.id;
    EXPECT_EQ(a->duplicate_of, expected[i].duplicate_of) << stream[i].article.id;
    EXPECT_DOUBLE_EQ(a->score, expected[i].score) << stream[i].article.id;
  }
}

// What a restarted ingest does (src/pipeline/stream.cc): load the corpus
// statistics of a checkpoint, take the articles to be replayed back out of
// them, replay those articles, put back the cached centroid norms. Every
// later score must then equal the uninterrupted run's to the bit.
// A generated stream long enough for the norm cache to matter (under 20
// articles every norm is recomputed whenever N moves): events with
// overlapping words, an article an hour.
std::vector<Timed> OverlappingEvents(size_t n) {
  std::vector<Timed> out;
  uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff; };
  auto word = [](uint32_t k, bool capital) {
    std::string w = capital ? "K" : "v";
    for (int i = 0; i < 4; ++i, k /= 26) w.push_back(static_cast<char>('a' + k % 26));
    return w + "o";
  };
  for (size_t i = 0; i < n; ++i) {
    const uint32_t event = static_cast<uint32_t>(i / 12 + next() % 2);
    Article a;
    a.id = "g" + std::to_string(i);
    a.source = "test";
    a.title = "The " + word(1000 + 8 * event + next() % 20, false);
    for (int s = 0; s < 5; ++s) {
      a.text += "The";
      for (int w = 0; w < 9; ++w) {
        a.text += " " + (w == 4  ? word(5000 + 2 * event + next() % 4, true)
                         : w % 2 ? word(1000 + 8 * event + next() % 20, false)
                                 : word(9000 + next() % 60, false));
      }
      a.text += ". ";
    }
    out.push_back({std::move(a), 1480550400 + static_cast<int64_t>(i) * 3600});
  }
  return out;
}

TEST(StoryClustererTest, CheckpointRewindAndReplayResumeBitForBit) {
  const std::vector<Timed> stream = OverlappingEvents(220);
  const size_t half = 170;
  for (bool restore_norms : {true, false}) {
    SCOPED_TRACE(restore_norms ? "norms restored" : "norms not restored");
    auto whole = StoryClusterer::Create();
    std::vector<size_t> placed;
    for (size_t i = 0; i < half; ++i)
      placed.push_back(whole->Add(stream[i].article, stream[i].time)->story);
    const CorpusStatistics checkpoint = whole->corpus_statistics();
    const std::vector<CachedNorm> norms = whole->cached_norms();
    ASSERT_FALSE(norms.empty()) << "no comparison cached a norm";

    auto resumed = StoryClusterer::Create();
    ASSERT_TRUE(resumed->LoadCorpusStatistics(checkpoint).has_value());
    for (size_t i = 0; i < half; ++i) ASSERT_TRUE(resumed->Uncount(stream[i].article).has_value());
    const CorpusStatistics rewound = resumed->corpus_statistics();
    EXPECT_EQ(rewound.terms, checkpoint.terms);
    EXPECT_EQ(rewound.articles, 0u);
    EXPECT_TRUE(std::all_of(rewound.document_frequencies.begin(),
                            rewound.document_frequencies.end(),
                            [](uint32_t df) { return df == 0; }));
    for (size_t i = 0; i < half; ++i) {
      ASSERT_TRUE(resumed->Restore(stream[i].article, stream[i].time, placed[i]));
    }
    const CorpusStatistics replayed = resumed->corpus_statistics();
    EXPECT_EQ(replayed.document_frequencies, checkpoint.document_frequencies);
    EXPECT_EQ(replayed.articles, checkpoint.articles);
    if (restore_norms) resumed->RestoreNorms(norms);
    // Every candidate's cosines, not only the decision: with the neutral
    // new-story model the score reads the best candidate alone.
    size_t differ = 0;
    for (size_t i = half; i < stream.size(); ++i) {
      auto expected = whole->Candidates(stream[i].article, stream[i].time);
      auto got = resumed->Candidates(stream[i].article, stream[i].time);
      ASSERT_TRUE(expected.has_value() && got.has_value());
      ASSERT_EQ(got->size(), expected->size());
      for (size_t c = 0; c < got->size(); ++c) {
        const CandidateScore& x = (*got)[c];
        const CandidateScore& y = (*expected)[c];
        differ += x.story != y.story || x.body != y.body || x.head != y.head ||
                  x.entities != y.entities || x.probability != y.probability;
      }
      auto a = resumed->Add(stream[i].article, stream[i].time);
      auto b = whole->Add(stream[i].article, stream[i].time);
      ASSERT_TRUE(a.has_value() && b.has_value());
      EXPECT_EQ(a->story, b->story) << stream[i].article.id;
      differ += a->score != b->score;
    }
    if (restore_norms) {
      EXPECT_EQ(differ, 0u) << "candidate scores differ from the uninterrupted run's";
    } else {
      EXPECT_GT(differ, 0u) << "the stream no longer exercises the norm cache";
    }
  }
}

// Statistics go back only into a fresh clusterer, and only when consistent.
TEST(StoryClustererTest, CorpusStatisticsAreCheckedWhenLoaded) {
  auto stream = ReadFixture();
  auto used = StoryClusterer::Create();
  ASSERT_TRUE(used->Add(stream[0].article, stream[0].time).has_value());
  CorpusStatistics statistics = used->corpus_statistics();
  auto again = used->LoadCorpusStatistics(statistics);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(again.error().message().find("fresh clusterer"), std::string::npos);

  auto fresh = StoryClusterer::Create();
  CorpusStatistics repeated = statistics;
  repeated.terms.push_back(repeated.terms.front());
  auto bad = fresh->LoadCorpusStatistics(repeated);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message().find("repeats an earlier term"), std::string::npos);

  auto other = StoryClusterer::Create();
  ASSERT_TRUE(other->LoadCorpusStatistics(statistics).has_value());
  auto uncounted = other->Uncount(stream[1].article);  // never counted
  ASSERT_FALSE(uncounted.has_value());
  EXPECT_NE(uncounted.error().message().find("is not counted"), std::string::npos);
}

TEST(StoryClustererTest, CandidatesDoNotChangeTheOutcome) {
  auto stream = ReadFixture();
  auto plain = StoryClusterer::Create();
  auto probed = StoryClusterer::Create();
  for (const Timed& t : stream) {
    auto candidates = probed->Candidates(t.article, t.time);
    ASSERT_TRUE(candidates.has_value());
    for (size_t i = 1; i < candidates->size(); ++i) {
      EXPECT_GE((*candidates)[i - 1].probability, (*candidates)[i].probability);
    }
    EXPECT_EQ(plain->Add(t.article, t.time)->story, probed->Add(t.article, t.time)->story);
  }
}

// A story of two unrelated articles (an earthquake report and a budget
// report): its centroid is like neither, but the nearest-member feature sees
// the earthquake report itself.
TEST(StoryClustererTest, NearestMemberFeatureSeesTheClosestArticleNotTheCentroid) {
  auto stream = ReadFixture();
  for (size_t members : {size_t{16}, size_t{0}}) {
    ClusterOptions o;
    o.max_member_vectors = members;
    auto c = StoryClusterer::Create(o);
    ASSERT_TRUE(c.has_value());
    ASSERT_TRUE(c->Restore(stream[0].article, stream[0].time, 0).has_value());  // quake-1
    ASSERT_TRUE(c->Restore(stream[1].article, stream[1].time, 0).has_value());  // budget-1
    auto candidates = c->Candidates(stream[0].article, stream[0].time);
    ASSERT_TRUE(candidates.has_value());
    ASSERT_EQ(candidates->size(), 1u);
    const CandidateScore& s = candidates->front();
    EXPECT_EQ(s.story_size, 2u);
    EXPECT_LT(s.body, 0.9);
    if (members > 0) {
      EXPECT_GT(s.body_nearest, 0.99);
    } else {
      EXPECT_EQ(s.body_nearest, 0);
    }
  }
}

TEST(StoryClustererTest, NeutralNewStoryModelDecidesOnTheRankersProbability) {
  CandidateScore best, second;
  best.logit = 0.5;
  best.probability = 1 / (1 + std::exp(-0.5));
  second.probability = 0.6;
  EXPECT_NEAR(JoinProbability(NewStoryModel{}, {best, second}), best.probability, 1e-12);
  EXPECT_EQ(JoinProbability(NewStoryModel{}, {}), 0);
  // A margin weight: a close second makes joining the best less likely.
  NewStoryModel m{.bias = 0, .logit = 1, .margin = 8, .nearest = 0, .size = 0};
  second.probability = best.probability - 0.01;
  double close = JoinProbability(m, {best, second});
  second.probability = 0.01;
  EXPECT_GT(JoinProbability(m, {best, second}), close);
}

TEST(StoryClustererTest, NewStoryModelMakesTheJoinDecision) {
  auto stream = ReadFixture();
  // A model that never joins: every article that is not a wire copy opens a story.
  ClusterOptions o;
  o.new_story = {.bias = -100, .logit = 0, .margin = 0, .nearest = 0, .size = 0};
  auto c = StoryClusterer::Create(o);
  ASSERT_TRUE(c.has_value());
  for (const Timed& t : stream) {
    auto a = c->Add(t.article, t.time);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->opened, !a->duplicate_of.has_value()) << t.article.id;
  }
  EXPECT_EQ(c->stories(), stream.size() - 1);
}

TEST(StoryClustererTest, ArticleWithoutWordsIsAnError) {
  auto c = StoryClusterer::Create();
  Article empty;
  empty.id = "blank";
  empty.source = "feed.jsonl:3";
  empty.text = " -- ... ";
  auto a = c->Add(empty, 0);
  ASSERT_FALSE(a.has_value());
  EXPECT_EQ(a.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(a.error().message().find("\"blank\" (feed.jsonl:3) has no words"), std::string::npos)
      << a.error().message();
  EXPECT_EQ(c->articles(), 0u);
}

// A scraped page whose text is all page furniture (a social network's
// notice, share buttons, a player's message) has no story: each such page
// opens a story of its own, is nobody's duplicate, and nothing joins it; a
// title still gives one.
TEST(StoryClustererTest, PagesOfFurnitureOnlyJoinNoStory) {
  auto c = StoryClusterer::Create();
  ASSERT_TRUE(c.has_value());
  Article page;
  page.text =
      "Media playback is unsupported on your device.\n\nSign up for our daily briefing.\n\n"
      "Follow us on Twitter.\n\nClick here to read the full report.\n\n"
      "Image copyright Getty Images.\n\nShare this with Facebook.\n\nShare this with Email.";
  std::vector<Assignment> pages;
  for (const char* id : {"page-1", "page-2", "page-3"}) {
    page.id = id;
    auto a = c->Add(page, 0);
    ASSERT_TRUE(a.has_value()) << id;
    EXPECT_TRUE(a->opened) << id;
    EXPECT_TRUE(a->no_story_text) << id;
    EXPECT_FALSE(a->duplicate_of.has_value()) << id;
    pages.push_back(*a);
  }
  EXPECT_EQ(c->stories(), 3u);
  page.id = "page-with-title";
  page.title = "Volcano erupts on Velmar island";
  Article report;
  report.id = "report";
  report.title = "Volcano erupts on Velmar island, villages evacuated";
  report.text = "The volcano on Velmar island erupted on Monday and villages were evacuated.";
  auto first = c->Add(report, 0);
  auto titled = c->Add(page, 0);
  ASSERT_TRUE(first.has_value() && titled.has_value());
  EXPECT_EQ(titled->story, first->story);
  EXPECT_FALSE(titled->no_story_text);
  EXPECT_FALSE(first->no_story_text);
}

TEST(StoryClustererTest, TitleOnlyArticleIsClustered) {
  auto c = StoryClusterer::Create();
  Article a;
  a.id = "t";
  a.title = "Earthquake hits Sumbawa";
  EXPECT_TRUE(c->Add(a, 0).has_value());
}

struct BadOption {
  const char* fragment;
  void (*set)(ClusterOptions&);
};

const BadOption kBadOptions[] = {
    {"window_days must be > 0", [](ClusterOptions& o) { o.window_days = 0; }},
    {"time_scale_days must be > 0", [](ClusterOptions& o) { o.time_scale_days = -1; }},
    {"join_threshold must be in (0, 1)", [](ClusterOptions& o) { o.join_threshold = 1; }},
    {"max_candidates must be >= 1", [](ClusterOptions& o) { o.max_candidates = 0; }},
    {"query_terms must be >= 1", [](ClusterOptions& o) { o.query_terms = 0; }},
    {"max_centroid_terms must be >= 16", [](ClusterOptions& o) { o.max_centroid_terms = 3; }},
    {"min_jaccard must be in (0, 1]", [](ClusterOptions& o) { o.duplicates.min_jaccard = 0; }},
    {"finite", [](ClusterOptions& o) { o.model.body = 1.0 / 0.0; }},
    {"finite", [](ClusterOptions& o) { o.new_story.nearest = 0.0 / 0.0; }},
    {"merge_threshold must be in (0, 1)", [](ClusterOptions& o) { o.merge_threshold = 0; }},
    {"finite", [](ClusterOptions& o) { o.story_merge.nearest = 1.0 / 0.0; }},
    {"klingon", [](ClusterOptions& o) { o.language = "klingon"; }},
};

// Over-split on purpose: every article but the wire copy opens its own story
// (the join threshold is out of reach), so only the merge step can group them.
ClusterOptions OverSplit() {
  ClusterOptions o;
  o.join_threshold = 0.999;
  o.merge_every = 0;
  return o;
}

// Applies merges, in order, to every story id held.
void Apply(const std::vector<StoryMerge>& merges, std::map<std::string, size_t>* story) {
  for (const StoryMerge& m : merges) {
    EXPECT_LT(m.into, m.from);  // the survivor keeps the smaller id
    for (auto& [id, s] : *story) {
      if (s == m.from) s = m.into;
    }
  }
}

TEST(StoryClustererTest, MergeStepJoinsASplitEventAndKeepsOtherEventsApart) {
  auto stream = ReadFixture();
  auto c = StoryClusterer::Create(OverSplit());
  ASSERT_TRUE(c.has_value());
  auto story = RunStream(*c, stream);
  EXPECT_GE(c->stories(), 6u);  // over-split: 3 events
  std::vector<StoryMerge> merges = c->MergeStories();
  EXPECT_FALSE(merges.empty());
  Apply(merges, &story);
  // Quake (Peru) and tremor (Sumbawa) are two earthquakes: they must stay
  // apart; each event's articles end up in one story.
  for (const auto& [a, sa] : story) {
    for (const auto& [b, sb] : story) {
      EXPECT_EQ(Gold(a) == Gold(b), sa == sb) << a << " vs " << b;
    }
  }
  EXPECT_EQ(c->active_stories(), 3u);
  EXPECT_TRUE(c->MergeStories().empty());  // nothing changed since: no pair left to merge
}

TEST(StoryClustererTest, MergedStoryTakesTheNextArticleOfItsEvent) {
  auto stream = ReadFixture();
  ClusterOptions o = OverSplit();
  auto c = StoryClusterer::Create(o);
  ASSERT_TRUE(c.has_value());
  std::vector<Timed> head(stream.begin(), stream.end() - 1);  // all but tremor-3
  auto story = RunStream(*c, head);
  Apply(c->MergeStories(), &story);
  // The merged centroid and index serve new articles: candidates for
  // tremor-3 put the merged tremor story first.
  auto candidates = c->Candidates(stream.back().article, stream.back().time);
  ASSERT_TRUE(candidates.has_value());
  ASSERT_FALSE(candidates->empty());
  EXPECT_EQ(candidates->front().story, story.at("tremor-1"));
  EXPECT_EQ(candidates->front().story_size, 2u);
}

TEST(StoryClustererTest, MergeEveryNArticlesReportsMergesInAssignments) {
  auto stream = ReadFixture();
  ClusterOptions o = OverSplit();
  o.merge_every = 3;
  auto run = [&] {
    auto c = StoryClusterer::Create(o);
    EXPECT_TRUE(c.has_value());
    std::map<std::string, size_t> story;
    std::vector<StoryMerge> all;
    for (const Timed& t : stream) {
      auto a = c->Add(t.article, t.time);
      EXPECT_TRUE(a.has_value());
      story[t.article.id] = a->story;
      for (const StoryMerge& m : a->merges) {
        // Stories merged away are not reported again.
        EXPECT_NE(a->story, m.from);
      }
      Apply(a->merges, &story);
      all.insert(all.end(), a->merges.begin(), a->merges.end());
    }
    Apply(c->MergeStories(), &story);
    return std::make_pair(story, all.size());
  };
  auto [story, merges] = run();
  EXPECT_GT(merges, 0u);  // some merged inside Add
  for (const auto& [a, sa] : story) {
    for (const auto& [b, sb] : story) {
      EXPECT_EQ(Gold(a) == Gold(b), sa == sb) << a << " vs " << b;
    }
  }
  EXPECT_EQ(run(), std::make_pair(story, merges));  // deterministic
}

// What a restarted ingest does: restore each article into the story it was
// first placed in, replay the recorded merge step, continue.
TEST(StoryClustererTest, RestoreMergesReplaysAMergeStepExactly) {
  auto stream = ReadFixture();
  const size_t head = stream.size() - 2;
  auto whole = StoryClusterer::Create(OverSplit());
  ASSERT_TRUE(whole.has_value());
  std::vector<size_t> placed;
  for (size_t i = 0; i < head; ++i)
    placed.push_back(whole->Add(stream[i].article, stream[i].time)->story);
  const std::vector<StoryMerge> merges = whole->MergeStories();
  ASSERT_FALSE(merges.empty());

  auto resumed = StoryClusterer::Create(OverSplit());
  ASSERT_TRUE(resumed.has_value());
  for (size_t i = 0; i < head; ++i) {
    ASSERT_TRUE(resumed->Restore(stream[i].article, stream[i].time, placed[i]).has_value());
  }
  std::vector<StoryMerge> replay = merges;
  replay.push_back({99, 0, 1.0});  // a story not in the pool: skipped
  resumed->RestoreMerges(replay);
  EXPECT_EQ(resumed->active_stories(), whole->active_stories());
  // A step leaves every story unchanged: the next step has no pair to score.
  EXPECT_TRUE(resumed->StoryPairs().empty());
  for (size_t i = head; i < stream.size(); ++i) {
    auto expected = whole->Add(stream[i].article, stream[i].time);
    auto got = resumed->Add(stream[i].article, stream[i].time);
    ASSERT_TRUE(expected.has_value() && got.has_value());
    EXPECT_EQ(got->story, expected->story) << stream[i].article.id;
    EXPECT_DOUBLE_EQ(got->score, expected->score) << stream[i].article.id;
  }
  const std::vector<StoryMerge> a = whole->MergeStories(), b = resumed->MergeStories();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].from, b[i].from);
    EXPECT_EQ(a[i].into, b[i].into);
  }
}

TEST(StoryClustererTest, StoryPairsScoreWithoutMerging) {
  auto stream = ReadFixture();
  auto c = StoryClusterer::Create(OverSplit());
  ASSERT_TRUE(c.has_value());
  RunStream(*c, stream);
  std::vector<StoryPairScore> pairs = c->StoryPairs();
  ASSERT_FALSE(pairs.empty());
  for (size_t i = 0; i < pairs.size(); ++i) {
    EXPECT_LT(pairs[i].a, pairs[i].b);
    EXPECT_GE(pairs[i].body, 0);
    EXPECT_LE(pairs[i].nearest, 1);
    if (i > 0) {
      EXPECT_GE(pairs[i - 1].probability, pairs[i].probability);
    }
  }
  EXPECT_EQ(c->active_stories(), c->stories());  // nothing merged
  EXPECT_TRUE(c->StoryPairs().empty());          // no story changed since
}

// merge_all_pairs: every pair of active stories is a candidate (the index's
// pairs among them, with the same features), and the topic-level features
// are cosines and shares in [0, 1], the average member cosine at most the
// largest.
TEST(StoryClustererTest, AllPairsCoverEveryActiveStoryPairWithTheIndexFeatures) {
  auto stream = ReadFixture();
  ClusterOptions o = OverSplit();
  auto index = StoryClusterer::Create(o);
  o.merge_all_pairs = true;
  auto all = StoryClusterer::Create(o);
  ASSERT_TRUE(index.has_value() && all.has_value());
  RunStream(*index, stream);
  RunStream(*all, stream);
  const size_t n = all->active_stories();
  ASSERT_GE(n, 6u);
  std::vector<StoryPairScore> by_index = index->StoryPairs();
  std::vector<StoryPairScore> every = all->StoryPairs();
  EXPECT_EQ(every.size(), n * (n - 1) / 2);
  EXPECT_LT(by_index.size(), every.size());
  std::map<std::pair<size_t, size_t>, const StoryPairScore*> found;
  for (const StoryPairScore& p : every) {
    EXPECT_TRUE(found.emplace(std::make_pair(p.a, p.b), &p).second) << p.a << "-" << p.b;
    EXPECT_GE(p.top_terms, 0);
    EXPECT_LE(p.top_terms, 1);
    EXPECT_GE(p.mean_member, 0);
    EXPECT_LE(p.mean_member, p.nearest + 1e-6);
  }
  for (const StoryPairScore& p : by_index) {
    auto it = found.find({p.a, p.b});
    ASSERT_NE(it, found.end()) << p.a << "-" << p.b;
    EXPECT_DOUBLE_EQ(it->second->body, p.body);
    EXPECT_DOUBLE_EQ(it->second->nearest, p.nearest);
    EXPECT_DOUBLE_EQ(it->second->top_terms, p.top_terms);
    EXPECT_DOUBLE_EQ(it->second->probability, p.probability);
  }
  EXPECT_TRUE(all->StoryPairs().empty());  // no story changed since
}

// The topic-level weights move the merge decision only through their
// features: a model that weighs them merges what it would not without.
TEST(StoryClustererTest, TopicFeatureWeightsEnterTheMergeDecision) {
  auto stream = ReadFixture();
  ClusterOptions o = OverSplit();
  o.merge_all_pairs = true;
  o.story_merge = {.bias = -3,
                   .body = 0,
                   .head = 0,
                   .entities = 0,
                   .nearest = 0,
                   .size_min = 0,
                   .size_max = 0,
                   .time = 0,
                   .mean_member = 0,
                   .top_terms = 0};
  o.merge_threshold = 0.5;
  auto without = StoryClusterer::Create(o);
  o.story_merge.top_terms = 100;  // any shared strongest term merges
  auto with = StoryClusterer::Create(o);
  ASSERT_TRUE(without.has_value() && with.has_value());
  RunStream(*without, stream);
  RunStream(*with, stream);
  EXPECT_TRUE(without->MergeStories().empty());
  EXPECT_FALSE(with->MergeStories().empty());
}

// The merge step skips features of a pair whose logit cannot reach the
// threshold (with the topic model's negative weight on the nearest member,
// the nearest is bounded below by the mean member cosine, itself one dot of
// the stories' member sums): it must merge exactly what scoring every
// feature of every pair would, at any threshold.
TEST(StoryClustererTest, MergeStepBoundsChangeNoDecision) {
  auto stream = ReadFixture();
  ClusterOptions o = OverSplit();
  o.redecide_singletons = false;
  o.merge_partners = 60;
  o.story_merge = {.bias = 2,
                   .body = 22,
                   .head = 5,
                   .entities = 2,
                   .nearest = -6.5,
                   .size_min = -5.3,
                   .size_max = -1.9,
                   .time = 0,
                   .mean_member = 12.5,
                   .top_terms = 12.7};
  auto scored = StoryClusterer::Create(o);
  ASSERT_TRUE(scored.has_value());
  RunStream(*scored, stream);
  const std::vector<StoryPairScore> pairs = scored->StoryPairs();
  std::vector<double> probabilities;
  for (const StoryPairScore& p : pairs) {
    // One member each: the average over member pairs is the one cosine.
    if (p.size_a == 1 && p.size_b == 1) {
      EXPECT_NEAR(p.mean_member, p.nearest, 1e-6);
    }
    probabilities.push_back(p.probability);
  }
  std::sort(probabilities.begin(), probabilities.end());
  probabilities.erase(std::unique(probabilities.begin(), probabilities.end()), probabilities.end());
  ASSERT_GE(probabilities.size(), 3u);
  for (size_t i = 0; i + 1 < probabilities.size(); ++i) {
    const double threshold = (probabilities[i] + probabilities[i + 1]) / 2;
    if (!(threshold > 0 && threshold < 1)) continue;
    std::vector<std::pair<size_t, size_t>> expected;  // (from, into) of the first round
    std::vector<size_t> used;
    for (const StoryPairScore& p : pairs) {
      if (p.probability < threshold) break;
      if (std::find(used.begin(), used.end(), p.a) != used.end() ||
          std::find(used.begin(), used.end(), p.b) != used.end()) {
        continue;
      }
      expected.emplace_back(p.b, p.a);
      used.push_back(p.a);
      used.push_back(p.b);
    }
    o.merge_threshold = threshold;
    auto c = StoryClusterer::Create(o);
    ASSERT_TRUE(c.has_value());
    RunStream(*c, stream);
    const std::vector<StoryMerge> merges = c->MergeStories();
    ASSERT_GE(merges.size(), expected.size()) << threshold;
    for (size_t k = 0; k < expected.size(); ++k) {
      EXPECT_EQ(merges[k].from, expected[k].first) << threshold;
      EXPECT_EQ(merges[k].into, expected[k].second) << threshold;
    }
  }
}

TEST(StoryClustererTest, BadOptionsAreRejectedByName) {
  for (const BadOption& b : kBadOptions) {
    ClusterOptions o;
    b.set(o);
    auto c = StoryClusterer::Create(o);
    ASSERT_FALSE(c.has_value()) << b.fragment;
    EXPECT_EQ(c.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(c.error().message().find(b.fragment), std::string::npos) << c.error().message();
  }
}

}  // namespace
}  // namespace crosswire
