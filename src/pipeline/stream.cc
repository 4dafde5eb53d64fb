// Streams into the store: read -> classify against the store -> cluster ->
// write, one transaction per batch; and a stored story back out as a Report.
#include "crosswire/stream.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <unordered_map>
#include <utility>

#include "crosswire/timestamp.h"

namespace crosswire {
namespace {

// A story's title when the clusterer opens it: the opening article's title,
// else its first line, cut at a word boundary.
std::string StoryTitle(const Article& article) {
  constexpr size_t kMaxTitleBytes = 100;
  if (article.title && !article.title->empty()) return *article.title;
  std::string_view text = article.text;
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return article.id;
  text.remove_prefix(start);
  text = text.substr(0, text.find('\n'));
  if (text.size() <= kMaxTitleBytes) return std::string(text);
  size_t cut = text.rfind(' ', kMaxTitleBytes);
  return std::string(text.substr(0, cut == std::string_view::npos ? kMaxTitleBytes : cut)) + " …";
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// An arriving article's time for the clusterer: its publication time, else
// the newest time seen so far (the start of time when none has been seen).
class StreamClock {
 public:
  int64_t Stamp(const Article& article) {
    int64_t time = newest_;
    if (article.published) {
      if (auto parsed = ParseUnixSeconds(*article.published)) time = *parsed;
    }
    Advance(time);
    return time;
  }
  void Advance(int64_t time) { newest_ = std::max(newest_, time); }
  int64_t newest() const { return newest_; }

 private:
  int64_t newest_ = 0;
};

// The ingest's clustering state: the clusterer, and how its ids map to the
// store's (article indices to ids; its story ids to stored story ids).
//
// The story-merge step runs here, not inside StoryClusterer::Add: its
// schedule follows the store's article ordinals (every `merge_every`
// clustered articles over the store's life), so that an ingest interrupted
// and resumed merges where one uninterrupted ingest would, and each merge is
// written in the batch of the article that triggered it.
class ClusterState {
 public:
  ClusterState(StoryClusterer clusterer, size_t merge_every)
      : clusterer_(std::move(clusterer)), merge_every_(merge_every) {}

  // Rebuilds the clusterer as one uninterrupted run over the store would have
  // left it. The clusterer's state after the article with ordinal k depends
  // on the stories active then and on the corpus statistics (vocabulary in
  // first-seen order, document frequencies, N) over articles 1..k. So: load
  // the store's corpus checkpoint (statistics through ordinal C), rewind it
  // to just before the replay's start S = min(first ordinal of the active
  // window, C + 1) by taking articles S..C back out, then replay every
  // clustered article from S on, in ordinal order, into the story it was
  // first placed in (Restore: statistics, clock, duplicate tables, centroids,
  // exactly as Add did), with every merge step of that stretch replayed
  // where it ran. Stories that left the window are retired again by the
  // replayed clock. Without a checkpoint (a new store, or one from schema
  // version 2) S is 1: every clustered article is replayed once.
  Result<void> Restore(store::Store& store, double window_days) {
    auto newest = store.NewestArticleTime();
    if (!newest) return std::unexpected(newest.error());
    auto max_story = store.MaxStoryId();
    if (!max_story) return std::unexpected(max_story.error());
    auto last_ordinal = store.LastOrdinal();
    if (!last_ordinal) return std::unexpected(last_ordinal.error());
    next_story_id_ = max_story->value_or(0) + 1;
    ordinal_ = *last_ordinal;
    if (!newest->has_value()) return {};
    auto checkpoint = store.LoadCorpusCheckpoint();
    if (!checkpoint) return std::unexpected(checkpoint.error());
    checkpointed_ = *checkpoint ? (*checkpoint)->through_ordinal : 0;
    // The stream clock (the time an undated article gets) resumes at the
    // checkpoint's, moved on by the times the replay gives (every article
    // after the checkpoint is replayed); without either, at the newest time
    // stored (which counts an undated article at its ingest time). The
    // window is measured from the checkpoint's clock when there is one: an
    // earlier end replays more, never less, than needed.
    int64_t window_end = **newest;
    if (*checkpoint && (*checkpoint)->stream_clock_unix_s) {
      clock_.Advance(*(*checkpoint)->stream_clock_unix_s);
      window_end = std::min(window_end, *(*checkpoint)->stream_clock_unix_s);
    }
    bool replayed_times = false;
    const int64_t since = window_end - static_cast<int64_t>(window_days * 86400.0);
    auto first_active = store.FirstActiveOrdinal(since);
    if (!first_active) return std::unexpected(first_active.error());
    const int64_t first = first_active->value_or(*last_ordinal + 1);

    int64_t start = 1;  // without a usable checkpoint, counted from the start
    const int64_t rewind_to =
        *checkpoint ? std::min(first, (*checkpoint)->through_ordinal + 1) : int64_t{1};
    // Rewinding analyses the articles rewind_to..through once more; counting
    // from the start analyses the ones before rewind_to instead (a window that
    // reaches back to the first months of the store): take the fewer.
    if (*checkpoint && (*checkpoint)->language == clusterer_.options().language &&
        (*checkpoint)->through_ordinal <= *last_ordinal &&
        (*checkpoint)->through_ordinal - rewind_to + 1 < rewind_to - 1) {
      auto rewound = Rewind(store, **checkpoint, rewind_to);
      if (!rewound) return std::unexpected(rewound.error());
      if (*rewound) start = rewind_to;
    }

    auto merges = store.StoryMerges(start);
    if (!merges) return std::unexpected(merges.error());
    size_t next_merge = 0;
    // Replays the steps after ordinals (done, up_to]; `done` ends at up_to.
    int64_t done = start - 1;
    auto steps_through = [&](int64_t up_to) {
      if (merge_every_ == 0) return;
      const auto every = static_cast<int64_t>(merge_every_);
      for (int64_t step = (done / every + 1) * every; step <= up_to; step += every) {
        std::vector<StoryMerge> replay;
        while (next_merge < merges->size() && (*merges)[next_merge].after_ordinal < step) {
          ++next_merge;  // a step outside the replayed stretch
        }
        while (next_merge < merges->size() && (*merges)[next_merge].after_ordinal == step) {
          const store::StoryMergeRecord& m = (*merges)[next_merge++];
          replay.push_back(
              {static_cast<size_t>(m.from), static_cast<size_t>(m.into), m.probability});
        }
        clusterer_.RestoreMerges(replay);
      }
      done = std::max(done, up_to);
    };
    for (int64_t from = start; from <= *last_ordinal;) {
      auto page = store.ClusteredArticles(from, kReplayPage);
      if (!page) return std::unexpected(page.error());
      if (page->empty()) break;
      for (const store::StoredArticle& stored : *page) {
        const int64_t ordinal = *stored.ordinal;
        steps_through(ordinal - 1);
        const int64_t placed = stored.placed_story_id.value_or(stored.story_id.value_or(0));
        const auto story = static_cast<size_t>(placed);
        const int64_t time = stored.cluster_time_unix_s.value_or(stored.time_unix_s());
        clock_.Advance(time);
        replayed_times = true;
        auto restored = clusterer_.Restore(stored.article, time, story);
        steps_through(ordinal);
        if (!restored) continue;  // an article with no words: it never shaped a story
        RememberId(stored.article.id);
        story_ids_[story] = placed;
      }
      from = *page->back().ordinal + 1;
      ForgetInactiveStories();
    }
    steps_through(*last_ordinal);
    if (!replayed_times && !(*checkpoint && (*checkpoint)->stream_clock_unix_s)) {
      clock_.Advance(**newest);
    }
    // The replay ended where the checkpoint was taken: its cached norms are
    // the ones the run that wrote it held (an older checkpoint's are not).
    if (*checkpoint && (*checkpoint)->language == clusterer_.options().language &&
        (*checkpoint)->through_ordinal == *last_ordinal) {
      std::vector<CachedNorm> norms;
      norms.reserve((*checkpoint)->norms.size());
      for (const auto& n : (*checkpoint)->norms) {
        norms.push_back({static_cast<size_t>(n.story), n.centroid, n.norm, n.articles});
      }
      clusterer_.RestoreNorms(norms);
    }
    return {};
  }

  // Whether to write the corpus checkpoint with the batch now being built:
  // when asked (the last batch of a run), or every kCheckpointEvery articles.
  bool CheckpointDue(bool last_batch) const {
    return ordinal_ > checkpointed_ && (last_batch || ordinal_ - checkpointed_ >= kCheckpointEvery);
  }
  store::CorpusCheckpoint Checkpoint() {
    CorpusStatistics statistics = clusterer_.corpus_statistics();
    checkpointed_ = ordinal_;
    store::CorpusCheckpoint out{ordinal_,
                                clusterer_.options().language,
                                clock_.newest(),
                                statistics.articles,
                                std::move(statistics.terms),
                                std::move(statistics.document_frequencies),
                                {}};
    for (const CachedNorm& n : clusterer_.cached_norms()) {
      auto stored = story_ids_.find(n.story);
      if (stored == story_ids_.end()) continue;
      out.norms.push_back({stored->second, n.centroid, n.norm, n.articles});
    }
    return out;
  }

  // Clusters one new article; returns what the store should record, or the
  // reason it was skipped. Appends the merges of a merge step it triggers.
  Result<store::AssignmentRecord> Add(const Article& article, bool* opened, bool* duplicate,
                                      std::vector<store::StoryMergeRecord>* merges) {
    const int64_t time = clock_.Stamp(article);
    auto assignment = clusterer_.Add(article, time);
    if (!assignment) return std::unexpected(assignment.error());
    RememberId(article.id);
    if (assignment->opened) story_ids_[assignment->story] = next_story_id_++;
    store::AssignmentRecord record;
    record.article_id = article.id;
    record.story_id = story_ids_.at(assignment->story);
    record.score = assignment->score;
    record.ordinal = ++ordinal_;
    record.cluster_time_unix_s = time;
    if (assignment->duplicate_of && *assignment->duplicate_of >= first_id_ &&
        *assignment->duplicate_of - first_id_ < article_ids_.size()) {
      record.duplicate_of = article_ids_[*assignment->duplicate_of - first_id_];
    }
    *opened = assignment->opened;
    *duplicate = assignment->duplicate_of.has_value();
    if (merge_every_ > 0 && ordinal_ % static_cast<int64_t>(merge_every_) == 0) {
      for (const StoryMerge& m : clusterer_.MergeStories()) {
        merges->push_back({story_ids_.at(m.from), story_ids_.at(m.into), ordinal_, m.probability});
      }
    }
    ForgetInactiveStories();
    return record;
  }

 private:
  // Keeps the id of the article just clustered, and only the ids a later
  // duplicate_of can name (those still in the clusterer's window): they used
  // to be kept for the life of the process (a million ids at 1M articles).
  void RememberId(const std::string& id) {
    article_ids_.push_back(id);
    const size_t first = clusterer_.first_window_article();
    while (first_id_ < first && !article_ids_.empty()) {
      article_ids_.pop_front();
      ++first_id_;
    }
  }

  // Forgets the stored ids of stories that left the active pool (out of the
  // window or merged away): nothing can name them again. Run when the map has
  // grown to twice the pool, so the map stays bounded by the window at an
  // amortised constant cost per article.
  void ForgetInactiveStories() {
    if (story_ids_.size() < 2 * clusterer_.active_stories() + 64) return;
    std::erase_if(story_ids_,
                  [&](const auto& entry) { return !clusterer_.is_active(entry.first); });
  }

  // Loads `checkpoint` and takes the articles with ordinals start..through
  // back out of it; false (and the clusterer fresh again) when the stored
  // articles do not match it, so the caller counts from the start instead.
  Result<bool> Rewind(store::Store& store, const store::CorpusCheckpoint& checkpoint,
                      int64_t start) {
    CorpusStatistics statistics{checkpoint.terms, checkpoint.document_frequencies,
                                checkpoint.articles};
    bool ok = clusterer_.LoadCorpusStatistics(statistics).has_value();
    for (int64_t from = start; ok && from <= checkpoint.through_ordinal;) {
      auto page = store.ClusteredArticles(from, kReplayPage);
      if (!page) return std::unexpected(page.error());
      if (page->empty()) break;
      for (const store::StoredArticle& stored : *page) {
        if (*stored.ordinal > checkpoint.through_ordinal) break;
        if (!clusterer_.Uncount(stored.article)) {
          ok = false;
          break;
        }
      }
      from = *page->back().ordinal + 1;
    }
    if (ok) return true;
    auto fresh = StoryClusterer::Create(clusterer_.options());
    if (!fresh) return std::unexpected(fresh.error());
    clusterer_ = std::move(*fresh);
    return false;
  }

  // Articles read from the store at a time while replaying.
  static constexpr size_t kReplayPage = 1000;
  // Clustered articles between two corpus checkpoints (besides the one in
  // the last batch of each run): after a crash at most this many articles
  // are replayed beyond the window.
  static constexpr int64_t kCheckpointEvery = 5000;

  StoryClusterer clusterer_;
  int64_t checkpointed_ = 0;  // the ordinal the store's checkpoint runs through
  size_t merge_every_ = 0;
  std::deque<std::string> article_ids_;  // by clusterer article index, from first_id_
  size_t first_id_ = 0;
  std::unordered_map<size_t, int64_t> story_ids_;  // clusterer story -> stored story
  int64_t next_story_id_ = 1;
  int64_t ordinal_ = 0;  // articles clustered over the store's life
  StreamClock clock_;
};

}  // namespace

struct StreamIngester::State {
  State(StoryClusterer clusterer, size_t merge_every)
      : cluster(std::move(clusterer), merge_every) {}
  ClusterState cluster;
  store::Store* store = nullptr;
};

StreamIngester::StreamIngester(std::unique_ptr<State> state) : state_(std::move(state)) {}
StreamIngester::StreamIngester(StreamIngester&&) noexcept = default;
StreamIngester& StreamIngester::operator=(StreamIngester&&) noexcept = default;
StreamIngester::~StreamIngester() = default;

Result<StreamIngester> StreamIngester::Open(store::Store& store, const ClusterOptions& options) {
  // The story-merge step is run by ClusterState on the store's ordinals
  // (see there), so the clusterer's own schedule is off.
  ClusterOptions own_schedule = options;
  own_schedule.merge_every = 0;
  auto clusterer = StoryClusterer::Create(own_schedule);
  if (!clusterer) return std::unexpected(clusterer.error());
  auto state = std::make_unique<State>(std::move(*clusterer), options.merge_every);
  state->store = &store;
  if (auto restored = state->cluster.Restore(store, options.window_days); !restored) {
    return std::unexpected(restored.error());
  }
  return StreamIngester(std::move(state));
}

Result<void> StreamIngester::AddBatch(std::vector<Article> batch, IngestProgress& progress,
                                      std::vector<std::string>& warnings,
                                      std::vector<ArticleOutcome>* outcomes, bool last_of_run) {
  if (batch.size() > store::kMaxBatchArticles) {
    return std::unexpected(
        Error(ErrorCode::kResourceExhausted, "batch of " + std::to_string(batch.size()) +
                                                 " articles is over the limit of " +
                                                 std::to_string(store::kMaxBatchArticles)));
  }
  store::Store& store = *state_->store;
  if (batch.empty()) {
    if (!state_->cluster.CheckpointDue(last_of_run)) return {};
    store::IngestBatch write;
    write.checkpoint = state_->cluster.Checkpoint();
    auto written = store.Ingest(write);
    if (!written) return std::unexpected(written.error());
    return {};
  }
  progress.read += batch.size();
  auto status = store.Classify(batch);
  if (!status) return std::unexpected(status.error());

  store::IngestBatch write;
  std::vector<ArticleOutcome> outcome(outcomes ? batch.size() : 0);
  for (size_t i = 0; i < batch.size(); ++i) {
    if (outcomes) {
      outcome[i].id = batch[i].id;
      outcome[i].status = (*status)[i];
    }
    if ((*status)[i] == store::ArticleStatus::kNew) {
      bool opened = false, duplicate = false;
      auto record = state_->cluster.Add(batch[i], &opened, &duplicate, &write.merges);
      if (!record) {
        warnings.push_back(batch[i].source + ": article \"" + Abbreviate(batch[i].id) +
                           "\" not clustered: " + record.error().message());
        ++progress.skipped;
      } else {
        if (outcomes) outcome[i].story_id = record->story_id;
        if (opened) write.stories.push_back({record->story_id, StoryTitle(batch[i])});
        write.assignments.push_back(std::move(*record));
        progress.stories_opened += opened;
        progress.duplicates += duplicate;
      }
    }
    // Revisions keep their story: the same article, corrected.
    write.articles.push_back(std::move(batch[i]));
  }
  if (state_->cluster.CheckpointDue(last_of_run)) write.checkpoint = state_->cluster.Checkpoint();
  auto written = store.Ingest(write);
  if (!written) return std::unexpected(written.error());
  progress.added += written->added;
  progress.unchanged += written->unchanged;
  progress.revised += written->revised;
  progress.stories_merged += written->merged;
  if (outcomes) {
    // A merge step later in the batch may have moved a story's articles.
    for (const store::StoryMergeRecord& m : write.merges) {
      for (ArticleOutcome& o : outcome) {
        if (o.story_id == m.from) o.story_id = m.into;
      }
    }
    // Unchanged and revised articles keep the story they joined earlier; an
    // id repeated within the batch takes its first occurrence's story.
    std::unordered_map<std::string, int64_t> batch_story;
    for (ArticleOutcome& o : outcome) {
      if (o.story_id) {
        batch_story.emplace(o.id, *o.story_id);
        continue;
      }
      if (auto it = batch_story.find(o.id); it != batch_story.end()) {
        o.story_id = it->second;
        continue;
      }
      if (o.status == store::ArticleStatus::kNew) continue;  // not clustered: see warnings
      auto stored = store.GetArticle(o.id);
      if (stored) o.story_id = stored->story_id;
    }
    for (ArticleOutcome& o : outcome) outcomes->push_back(std::move(o));
  }
  return {};
}

Result<IngestProgress> IngestIntoStore(const std::vector<std::string>& inputs, store::Store& store,
                                       const IngestOptions& options,
                                       const IngestObserver& observer) {
  if (inputs.empty()) return InvalidInput("no input given: name a file, a directory, a URL or -");
  if (options.batch_articles == 0 || options.batch_articles > store::kMaxBatchArticles) {
    return InvalidInput("batch of " + std::to_string(options.batch_articles) +
                        " articles is out of range: expected 1 to " +
                        std::to_string(store::kMaxBatchArticles));
  }
  auto ingester = StreamIngester::Open(store, options.cluster);
  if (!ingester) return std::unexpected(ingester.error());

  const auto start = std::chrono::steady_clock::now();
  IngestProgress progress;
  ingest::ArticleStream stream(inputs, options.read);
  bool done = false;
  while (!done) {
    std::vector<Article> batch;
    std::vector<std::string> warnings;
    while (batch.size() < options.batch_articles) {
      auto next = stream.Next();
      for (std::string& w : stream.TakeWarnings()) warnings.push_back(std::move(w));
      if (!next) {
        if (options.stop_at_bad_input) return std::unexpected(next.error());
        warnings.push_back(next.error().message() + "; input skipped");
        ++progress.skipped;
        continue;
      }
      if (!next->has_value()) {
        done = true;
        break;
      }
      batch.push_back(std::move(**next));
    }
    if (batch.empty()) {
      // The stream ended on a batch boundary: the checkpoint still goes in.
      if (auto saved = ingester->AddBatch({}, progress, warnings, nullptr, done); !saved) {
        return std::unexpected(saved.error());
      }
      if (observer && !warnings.empty()) observer(progress, warnings);
      continue;
    }
    if (auto added = ingester->AddBatch(std::move(batch), progress, warnings, nullptr, done);
        !added) {
      return std::unexpected(added.error());
    }
    progress.seconds = SecondsSince(start);
    if (observer) observer(progress, warnings);
  }
  progress.seconds = SecondsSince(start);
  return progress;
}

Result<Report> BuildStoredStoryReport(store::Store& store, int64_t story_id,
                                      const ReportOptions& options) {
  auto detail = store.GetStory(story_id);
  if (!detail) return std::unexpected(detail.error());
  if (detail->story.merged_into) {
    // A merged story's articles are in the survivor: its report is that one.
    story_id = *detail->story.merged_into;
    detail = store.GetStory(story_id);
    if (!detail) return std::unexpected(detail.error());
  }
  Story story;
  story.id = "story-" + std::to_string(story_id);
  // A stored article counts at its publication time, else when it was
  // ingested (StoredArticle::time_unix_s), so every one has a time to
  // compare with --since.
  std::vector<bool> known;
  for (store::StoredArticle& stored : detail->articles) {
    known.push_back(options.since() && stored.time_unix_s() <= *options.since());
    story.articles.push_back(std::move(stored.article));
  }
  return BuildUpdateReport(std::move(story), std::move(known), options);
}

Result<size_t> ClusterInputs(const std::vector<std::string>& inputs, const ClusterOptions& options,
                             const ingest::ReadOptions& read, const ClusterObserver& observer) {
  if (inputs.empty()) return InvalidInput("no input given: name a file, a directory, a URL or -");
  auto clusterer = StoryClusterer::Create(options);
  if (!clusterer) return std::unexpected(clusterer.error());
  StreamClock clock;
  std::vector<std::string> ids;                            // by clusterer article index
  std::unordered_map<std::string, std::string> source_of;  // id -> where it was read
  ingest::ArticleStream stream(inputs, read);
  // With the story-merge step, a story id may be renamed after its articles
  // were placed: the articles are held back, merges applied to them, and all
  // reported at the end, in arrival order, with their final story.
  const bool merging = clusterer->options().merge_every > 0;
  std::vector<std::pair<ClusteredArticle, std::vector<std::string>>> held;
  StoryMembers held_of_story;  // indexes into `held`
  auto apply = [&](const std::vector<StoryMerge>& merges) {
    held_of_story.Apply(merges, [&](size_t i, size_t into) {
      held[i].first.story = into;
      held[i].first.opened = false;  // the story it opened was merged away
    });
  };
  while (true) {
    auto next = stream.Next();
    std::vector<std::string> warnings = stream.TakeWarnings();
    if (!next) return std::unexpected(next.error());
    if (!next->has_value()) {
      if (merging) {
        apply(clusterer->MergeStoriesAtEnd());
        for (const auto& [clustered, w] : held) observer(&clustered, w);
      }
      if (!warnings.empty()) observer(nullptr, warnings);
      return ids.size();
    }
    const Article& article = **next;
    auto [seen, inserted] = source_of.emplace(article.id, article.source);
    if (!inserted) {
      return InvalidInput(article.source + ": article id \"" + Abbreviate(article.id) +
                          "\" already used by " + seen->second);
    }
    auto assignment = clusterer->Add(article, clock.Stamp(article));
    if (!assignment) return std::unexpected(assignment.error().WithContext(article.source));
    ids.push_back(article.id);
    ClusteredArticle clustered{article.id, assignment->story, assignment->opened, std::nullopt,
                               assignment->no_story_text};
    if (assignment->duplicate_of) clustered.duplicate_of = ids.at(*assignment->duplicate_of);
    if (!merging) {
      observer(&clustered, warnings);
      continue;
    }
    // `story` already has this article's merges applied; the others move now.
    held_of_story.Place(clustered.story, held.size());
    held.emplace_back(std::move(clustered), std::move(warnings));
    apply(assignment->merges);
  }
}

}  // namespace crosswire
