// Online story clustering (single pass), after Miranda, Znotiņš, Cohen and
// Barzdins 2018, "Multilingual Clustering of Streaming News" (EMNLP).
//
// Each story keeps three centroids — sums of its articles' sublinear term
// frequencies for the body, the head and the entity words — and the time of
// its newest article. Weights are applied at comparison time with the
// current online IDF, as in the paper, so a story's centroid never goes
// stale as document frequencies move. An arriving article:
//
//   1. is tokenised, stemmed and counted (cluster/analyzer.cc), and the
//      document frequencies are updated with it;
//   2. is looked up in the duplicate tables (MinHash, near_duplicate.cc);
//      a copy of an article of an active story joins that story;
//   3. probes the inverted index (term -> active stories whose body or entity
//      centroid holds it) with its `query_terms` strongest body terms and as
//      many entity terms, accumulating the article's weights per story; the
//      `max_candidates` stories with the largest sums are the candidates;
//   4. each candidate gets four features — cosine of body, head and entity
//      vectors against its centroids, and exp(-gap/τ) of the time gap — and
//      a logistic model (MergeModel, the ranker) gives p(candidate);
//   5. a second logistic model (NewStoryModel) decides "join the best or
//      open a story" from the best candidate's ranker score, its margin over
//      the second, its nearest member (the largest body cosine with one of
//      the story's newest `max_member_vectors` articles) and its size, as the
//      paper's new-cluster classifier does. The article joins when that
//      probability reaches join_threshold.
//
// Deviations from the paper: one language (no cross-lingual step). The
// library's default NewStoryModel is the neutral one (decide on the ranker's
// probability): for event-level stories a fitted one did not beat it on the
// ECB+ dev topics; for topic-level stories (DUC) the fitted one did, and
// cluster/datasets.cc holds it (docs/clustering.md). Entities are
// capitalised words, not a tagger's output. Centroids are capped to their
// `max_centroid_terms` strongest terms so a story of thousands of articles
// stays small.
//
// Memory: stories leave the pool (centroids, member vectors, postings,
// duplicate-table entries) when their newest article is `window_days` older than the newest
// article seen. What grows with the stream is only the vocabulary and its
// document frequencies (8 bytes per distinct word plus the word).
#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <limits>
#include <queue>
#include <unordered_map>

#include "analyzer.h"
#include "crosswire/cluster.h"

namespace crosswire {

using cluster_internal::AnalyzedArticle;
using cluster_internal::ArticleAnalyzer;
using cluster_internal::DocumentFrequencies;
using cluster_internal::TermCounts;

namespace {

constexpr double kSecondsPerDay = 86400.0;

// A centroid's (term, weight) map: open addressing with linear probing in one
// array, so the lookups of a comparison touch one cache line each and the
// norm's pass over all terms reads memory in order. (std::unordered_map's
// node chains made both a pointer chase: half the time of the DUC run.)
// Iteration order is fixed by the insertion history, so results are
// deterministic.
class TermTable {
 public:
  using Entry = std::pair<TermId, float>;
  static constexpr TermId kEmpty = std::numeric_limits<TermId>::max();

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  const float* Find(TermId t) const {
    if (size_ == 0) return nullptr;
    for (size_t i = Home(t);; i = (i + 1) & mask_) {
      if (entries_[i].first == t) return &entries_[i].second;
      if (entries_[i].first == kEmpty) return nullptr;
    }
  }
  // The weight of `t`, inserted as 0 when absent; `inserted` says which.
  float& FindOrInsert(TermId t, bool* inserted) {
    if (2 * (size_ + 1) > entries_.size()) Grow();
    size_t i = Home(t);
    for (; entries_[i].first != kEmpty; i = (i + 1) & mask_) {
      if (entries_[i].first == t) {
        *inserted = false;
        return entries_[i].second;
      }
    }
    entries_[i] = {t, 0.0f};
    ++size_;
    *inserted = true;
    return entries_[i].second;
  }
  // Keeps only `kept` (rebuilds the table).
  void Assign(const std::vector<Entry>& kept) {
    entries_.assign(std::bit_ceil(std::max<size_t>(16, 2 * kept.size())), Entry{kEmpty, 0.0f});
    mask_ = entries_.size() - 1;
    size_ = 0;
    for (const Entry& e : kept) {
      bool inserted;
      FindOrInsert(e.first, &inserted) = e.second;
    }
  }
  template <typename F>
  void ForEach(F f) const {
    for (const Entry& e : entries_) {
      if (e.first != kEmpty) f(e.first, e.second);
    }
  }

 private:
  size_t Home(TermId t) const { return (t * 0x9E3779B97F4A7C15ull >> 32) & mask_; }
  void Grow() {
    std::vector<Entry> old;
    old.reserve(size_);
    ForEach([&](TermId t, float w) { old.emplace_back(t, w); });
    entries_.assign(std::max<size_t>(16, 2 * entries_.size()), Entry{kEmpty, 0.0f});
    mask_ = entries_.size() - 1;
    size_ = 0;
    for (const Entry& e : old) {
      bool inserted;
      FindOrInsert(e.first, &inserted) = e.second;
    }
  }

  std::vector<Entry> entries_;  // size a power of two, at most half full
  size_t mask_ = 0;
  size_t size_ = 0;
};

// Sums of sublinear term frequencies, weighted by IDF when compared.
struct Centroid {
  TermTable tf;
  float norm = 0;  // L2 norm under the IDF of `norm_articles` articles
  uint64_t norm_articles = 0;
  bool dirty = true;

  float Norm(const DocumentFrequencies& df) {
    // IDF drifts slowly; recompute when the story changed or the corpus grew by 5%.
    if (dirty || df.articles() > norm_articles + norm_articles / 20) {
      double sum = 0;
      tf.ForEach([&](TermId t, float w) {
        double x = static_cast<double>(w) * df.Idf(t);
        sum += x * x;
      });
      norm = static_cast<float>(std::sqrt(sum));
      norm_articles = df.articles();
      dirty = false;
    }
    return norm;
  }

  double Cosine(const SparseVector& v, const DocumentFrequencies& df) {
    if (v.norm == 0 || tf.empty()) return 0;
    double dot = 0;
    for (const auto& [t, w] : v.entries) {
      if (const float* c = tf.Find(t)) dot += static_cast<double>(w) * *c * df.Idf(t);
    }
    float n = Norm(df);
    return n == 0 ? 0 : std::min(1.0, dot / (static_cast<double>(v.norm) * n));
  }

  // Cosine of two centroids under the current IDF (the smaller one walked).
  double Cosine(Centroid& other, const DocumentFrequencies& df) {
    Centroid& small = tf.size() <= other.tf.size() ? *this : other;
    Centroid& large = &small == this ? other : *this;
    if (small.tf.empty()) return 0;
    double dot = 0;
    small.tf.ForEach([&](TermId t, float w) {
      if (const float* c = large.tf.Find(t)) {
        const double idf = df.Idf(t);
        dot += static_cast<double>(w) * *c * idf * idf;
      }
    });
    const double n = static_cast<double>(Norm(df)) * other.Norm(df);
    return n == 0 ? 0 : std::min(1.0, dot / n);
  }
};

struct StoryState {
  size_t id = 0;
  bool active = false;
  int64_t last_time = 0;
  size_t size = 0;
  bool changed = false;  // joined or merged since the last story-merge step
  Centroid body, head, entities;
  // The body vectors of the story's newest `max_member_vectors` articles,
  // weighted with the IDF of the moment they joined (for the nearest-member
  // feature; IDF drifts too slowly for that to matter).
  std::deque<SparseVector> members;
  // Σ m / |m| over the kept members with words, and how many there are: the
  // average body cosine over every pair of members of two stories is
  // dot(sum_a, sum_b) / (count_a · count_b), one sparse dot instead of
  // count_a × count_b. Rebuilt (Impl::MemberSum) after the members change.
  std::vector<std::pair<TermId, double>> member_sum;
  size_t member_count = 0;
  bool member_sum_stale = true;

  // The largest cosine between `v` and a kept member's body vector.
  double NearestMember(const SparseVector& v) const {
    float best = 0;
    for (const SparseVector& m : members) best = std::max(best, Cosine(v, m));
    return std::min(1.0, static_cast<double>(best));
  }
  // The kept members' entries in one list sorted by (term, member), with
  // their norms: the story-merge step compares all members of two stories
  // in one merge of two such lists instead of members² merges.
  struct FlatMembers {
    struct Entry {
      TermId term;
      uint32_t member;
      float weight;
    };
    std::vector<Entry> entries;
    std::vector<float> norms;
  };
  FlatMembers Flatten() const {
    FlatMembers f;
    // Each member's entries are sorted by term (and unique), so the list is
    // runs of one member each: merging the runs pairwise (log2 of 16 passes
    // of linear merges) gives the order a sort by (term, member) would, for
    // a fraction of a sort's comparisons.
    std::vector<size_t> runs{0};  // run boundaries in f.entries
    for (const SparseVector& m : members) {
      const auto index = static_cast<uint32_t>(f.norms.size());
      for (const auto& [t, w] : m.entries) f.entries.push_back({t, index, w});
      f.norms.push_back(m.norm);
      runs.push_back(f.entries.size());
    }
    auto before = [](const FlatMembers::Entry& x, const FlatMembers::Entry& y) {
      return x.term != y.term ? x.term < y.term : x.member < y.member;
    };
    std::vector<FlatMembers::Entry> buffer(f.entries.size());
    while (runs.size() > 2) {
      std::vector<size_t> merged{0};
      for (size_t r = 0; r + 1 < runs.size(); r += 2) {
        const auto at = [&](size_t i) { return f.entries.begin() + static_cast<ptrdiff_t>(i); };
        if (r + 2 < runs.size()) {
          std::merge(at(runs[r]), at(runs[r + 1]), at(runs[r + 1]), at(runs[r + 2]),
                     buffer.begin() + static_cast<ptrdiff_t>(runs[r]), before);
          merged.push_back(runs[r + 2]);
        } else {
          std::copy(at(runs[r]), at(runs[r + 1]), buffer.begin() + static_cast<ptrdiff_t>(runs[r]));
          merged.push_back(runs[r + 1]);
        }
      }
      f.entries.swap(buffer);
      runs = std::move(merged);
    }
    return f;
  }
  // The largest body cosine between one kept member of each story (the same
  // value, summed in the same order, as Cosine over every pair of members),
  // and their average over the pairs of members with words.
  struct MemberCosines {
    double nearest = 0;
    double mean = 0;
  };
  static MemberCosines NearestMember(const FlatMembers& a, const FlatMembers& b) {
    const size_t nb = b.norms.size();
    std::vector<double> dot(a.norms.size() * nb, 0.0);
    size_t i = 0, j = 0;
    while (i < a.entries.size() && j < b.entries.size()) {
      const TermId t = a.entries[i].term;
      if (t < b.entries[j].term) {
        ++i;
      } else if (b.entries[j].term < t) {
        ++j;
      } else {
        size_t i2 = i, j2 = j;
        while (i2 < a.entries.size() && a.entries[i2].term == t) ++i2;
        while (j2 < b.entries.size() && b.entries[j2].term == t) ++j2;
        for (size_t x = i; x < i2; ++x) {
          for (size_t y = j; y < j2; ++y) {
            dot[a.entries[x].member * nb + b.entries[y].member] +=
                static_cast<double>(a.entries[x].weight) * b.entries[y].weight;
          }
        }
        i = i2;
        j = j2;
      }
    }
    float best = 0;
    double sum = 0;
    size_t counted = 0;
    for (size_t x = 0; x < a.norms.size(); ++x) {
      for (size_t y = 0; y < nb; ++y) {
        if (a.norms[x] == 0 || b.norms[y] == 0) continue;
        const auto c =
            static_cast<float>(dot[x * nb + y] / (static_cast<double>(a.norms[x]) * b.norms[y]));
        best = std::max(best, c);
        sum += std::min(1.0f, c);
        ++counted;
      }
    }
    return {std::min(1.0, static_cast<double>(best)),
            counted == 0 ? 0.0 : sum / static_cast<double>(counted)};
  }
};

double Sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

// A sparse vector scattered into an array indexed by term: the dot with
// another sparse vector is then one pass over that vector's entries, with
// no hash probe per term. Kept all zero between uses (Clear what was Set).
class Dense {
 public:
  void Set(const std::vector<std::pair<TermId, double>>& v) {
    for (const auto& [t, w] : v) {
      if (t >= values_.size()) values_.resize(static_cast<size_t>(t) + 1 + values_.size() / 2, 0.0);
      values_[t] = w;
    }
  }
  void Clear(const std::vector<std::pair<TermId, double>>& v) {
    for (const auto& e : v) values_[e.first] = 0;
  }
  double Dot(const std::vector<std::pair<TermId, double>>& v) const {
    double dot = 0;
    const size_t n = values_.size();
    for (const auto& [t, w] : v) {
      if (t < n) dot += w * values_[t];
    }
    return dot;
  }

 private:
  std::vector<double> values_;
};

}  // namespace

Result<void> ValidateClusterOptions(const ClusterOptions& o) {
  auto bad = [](std::string_view name, const std::string& why) {
    return InvalidInput(fmt::format("cluster option {} {}", name, why));
  };
  if (!(o.window_days > 0))
    return bad("window_days", fmt::format("must be > 0, got {}", o.window_days));
  if (!(o.time_scale_days > 0)) {
    return bad("time_scale_days", fmt::format("must be > 0, got {}", o.time_scale_days));
  }
  if (!(o.merge_threshold > 0 && o.merge_threshold < 1)) {
    return bad("merge_threshold", fmt::format("must be in (0, 1), got {}", o.merge_threshold));
  }
  if (!(o.join_threshold > 0 && o.join_threshold < 1)) {
    return bad("join_threshold", fmt::format("must be in (0, 1), got {}", o.join_threshold));
  }
  if (o.max_candidates < 1) return bad("max_candidates", "must be >= 1, got 0");
  if (o.query_terms < 1) return bad("query_terms", "must be >= 1, got 0");
  if (o.max_postings < 1) return bad("max_postings", "must be >= 1, got 0");
  if (o.max_centroid_terms < 16) {
    return bad("max_centroid_terms", fmt::format("must be >= 16, got {}", o.max_centroid_terms));
  }
  if (o.duplicates.shingle_words < 1) return bad("duplicates.shingle_words", "must be >= 1, got 0");
  if (!(o.duplicates.min_jaccard > 0 && o.duplicates.min_jaccard <= 1)) {
    return bad("duplicates.min_jaccard",
               fmt::format("must be in (0, 1], got {}", o.duplicates.min_jaccard));
  }
  for (double w : {o.model.bias, o.model.body, o.model.head, o.model.entities, o.model.time,
                   o.new_story.bias, o.new_story.logit, o.new_story.margin, o.new_story.nearest,
                   o.new_story.size, o.story_merge.bias, o.story_merge.body, o.story_merge.head,
                   o.story_merge.entities, o.story_merge.nearest, o.story_merge.size_min,
                   o.story_merge.size_max, o.story_merge.time}) {
    if (!std::isfinite(w)) return bad("model", "has a weight that is not a finite number");
  }
  return {};
}

struct StoryClusterer::Impl {
  Impl(ClusterOptions o, ArticleAnalyzer a)
      : options(std::move(o)), analyzer(std::move(a)), duplicates(options.duplicates) {}

  ClusterOptions options;
  ArticleAnalyzer analyzer;
  DocumentFrequencies df;
  NearDuplicateIndex duplicates;

  std::vector<StoryState> slots;
  std::vector<uint32_t> free_slots;
  std::unordered_map<size_t, uint32_t> slot_of_story;
  std::vector<std::vector<uint32_t>> postings;  // term -> slots
  // (newest article time, slot) of every story update; stale entries skipped.
  std::priority_queue<std::pair<int64_t, uint32_t>, std::vector<std::pair<int64_t, uint32_t>>,
                      std::greater<>>
      expiry;
  std::deque<std::pair<int64_t, size_t>> window_articles;  // (time, article index)
  std::unordered_map<size_t, size_t> story_of_article;     // window articles only
  // Story id -> the story it was merged into. story_of_article keeps the
  // story an article was placed in and is read through these (a merge used
  // to rewrite every window article's entry: a pass over ~19,000 entries
  // per merge at 2,700 articles a day). Folded into story_of_article and
  // cleared when it outgrows it, and when a merged id is opened again.
  std::unordered_map<size_t, size_t> merged_into;

  size_t article_count = 0;
  size_t next_story = 0;
  bool have_time = false;
  int64_t newest_time = 0;
  std::vector<float> accumulator;  // per slot, reused across probes
  // One story's vectors scattered by term for the story-merge step (all 0
  // between uses; Pairs).
  Dense dense_body, dense_head, dense_entities, dense_members;
  std::vector<uint32_t> member_sum_index;  // term -> its entry in the sum being built

  int64_t WindowSeconds() const {
    return static_cast<int64_t>(std::llround(options.window_days * kSecondsPerDay));
  }

  void AddPosting(TermId t, uint32_t slot) {
    if (t >= postings.size()) postings.resize(static_cast<size_t>(t) + 1 + postings.size() / 2);
    postings[t].push_back(slot);
  }
  void RemovePosting(TermId t, uint32_t slot) {
    auto& list = postings[t];
    auto it = std::find(list.begin(), list.end(), slot);
    if (it != list.end()) {
      *it = list.back();
      list.pop_back();
    }
  }

  void Retire(uint32_t slot) {
    StoryState& s = slots[slot];
    s.body.tf.ForEach([&](TermId t, float) { RemovePosting(t, slot); });
    s.entities.tf.ForEach([&](TermId t, float) { RemovePosting(t, slot); });
    slot_of_story.erase(s.id);
    s = StoryState();
    free_slots.push_back(slot);
  }

  // Moves the clock to `t` and retires what fell out of the window.
  //
  // Time 0 is what a stream gives articles that came undated before any
  // dated one (StreamClock, stream.cc): their time is unknown, not 1970. When
  // the first dated article arrives they are taken to be of its time, as an
  // undated article later in the stream takes the newest time seen; else the
  // first date would retire every story they opened at once (a folder of
  // undated reports, then a dated feed about the same event).
  void Advance(int64_t t) {
    if (have_time && newest_time == 0 && t > 0) {
      for (uint32_t slot = 0; slot < slots.size(); ++slot) {
        if (slots[slot].active && slots[slot].last_time == 0) {
          slots[slot].last_time = t;
          expiry.emplace(t, slot);
        }
      }
      for (auto& [time, key] : window_articles) time = std::max(time, t);
    }
    if (!have_time || t > newest_time) newest_time = t;
    have_time = true;
    const int64_t cutoff = newest_time - WindowSeconds();
    while (!expiry.empty() && expiry.top().first < cutoff) {
      auto [time, slot] = expiry.top();
      expiry.pop();
      if (slots[slot].active && slots[slot].last_time == time) Retire(slot);
    }
    while (!window_articles.empty() && window_articles.front().first < cutoff) {
      size_t key = window_articles.front().second;
      window_articles.pop_front();
      duplicates.Erase(key);
      story_of_article.erase(key);
    }
  }

  // The story a window article's recorded story now is, following merges.
  size_t Resolve(size_t story) const {
    for (auto it = merged_into.find(story); it != merged_into.end(); it = merged_into.find(story)) {
      story = it->second;
    }
    return story;
  }
  // Writes the merges into story_of_article and forgets them.
  void FoldMerges() {
    for (auto& [article, story] : story_of_article) story = Resolve(story);
    merged_into.clear();
  }

  uint32_t OpenSlot(size_t story) {
    // An id merged away and opened again (Restore may do it): its new
    // articles are its own, its old ones stay where the merge sent them.
    if (merged_into.contains(story)) FoldMerges();
    uint32_t slot;
    if (!free_slots.empty()) {
      slot = free_slots.back();
      free_slots.pop_back();
    } else {
      slot = static_cast<uint32_t>(slots.size());
      slots.emplace_back();
    }
    slots[slot].id = story;
    slots[slot].active = true;
    slot_of_story[story] = slot;
    next_story = std::max(next_story, story + 1);
    return slot;
  }

  // Keeps the `max_centroid_terms` strongest terms of an overgrown centroid.
  void Prune(Centroid* c, uint32_t slot, bool indexed) {
    const size_t cap = options.max_centroid_terms;
    if (c->tf.size() <= cap + cap / 4) return;
    std::vector<std::pair<float, TermId>> ranked;
    ranked.reserve(c->tf.size());
    c->tf.ForEach([&](TermId t, float w) { ranked.emplace_back(w * df.Idf(t), t); });
    std::nth_element(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(cap), ranked.end(),
                     [](const auto& a, const auto& b) {
                       return a.first != b.first ? a.first > b.first : a.second < b.second;
                     });
    std::vector<TermTable::Entry> kept;
    kept.reserve(cap);
    for (size_t i = 0; i < cap; ++i) {
      kept.emplace_back(ranked[i].second, *c->tf.Find(ranked[i].second));
    }
    for (size_t i = cap; i < ranked.size(); ++i) {
      if (indexed) RemovePosting(ranked[i].second, slot);
    }
    c->tf.Assign(kept);
    c->dirty = true;
  }

  // Adds an article's counts scaled to unit length under the current IDF, so
  // a long article weighs no more in the centroid than a short one.
  void AddTo(Centroid* c, const TermCounts& counts, uint32_t slot, bool indexed) {
    double sum = 0;
    for (const auto& [t, w] : counts) {
      double x = static_cast<double>(w) * df.Idf(t);
      sum += x * x;
    }
    const float scale = sum > 0 ? static_cast<float>(1 / std::sqrt(sum)) : 0.0f;
    for (const auto& [t, w] : counts) {
      bool inserted;
      c->tf.FindOrInsert(t, &inserted) += w * scale;
      if (inserted && indexed) AddPosting(t, slot);
    }
    c->dirty = true;
    Prune(c, slot, indexed);
  }

  void Join(size_t story, const AnalyzedArticle& a, int64_t t) {
    auto found = slot_of_story.find(story);
    uint32_t slot = found != slot_of_story.end() ? found->second : OpenSlot(story);
    StoryState& s = slots[slot];
    AddTo(&s.body, a.body, slot, true);
    AddTo(&s.head, a.head, slot, false);
    AddTo(&s.entities, a.entities, slot, true);
    if (options.max_member_vectors > 0) {
      s.members.push_back(cluster_internal::Weigh(a.body, df));
      if (s.members.size() > options.max_member_vectors) s.members.pop_front();
      s.member_sum_stale = true;
    }
    if (s.size == 0 || t > s.last_time) s.last_time = t;
    ++s.size;
    s.changed = true;
    expiry.emplace(s.last_time, slot);
  }

  // Accumulates, per active story, the weights of `v`'s `query_terms`
  // strongest terms that its posting lists hold (skipping `self`).
  void Probe(const std::vector<std::pair<TermId, float>>& v, std::vector<uint32_t>* touched,
             uint32_t self = std::numeric_limits<uint32_t>::max()) {
    if (accumulator.size() < slots.size()) accumulator.resize(slots.size(), 0.0f);
    std::vector<std::pair<float, TermId>> strongest;
    strongest.reserve(v.size());
    for (const auto& [term, w] : v) strongest.emplace_back(w, term);
    size_t n = std::min(options.query_terms, strongest.size());
    std::partial_sort(strongest.begin(), strongest.begin() + static_cast<ptrdiff_t>(n),
                      strongest.end(), [](const auto& x, const auto& y) {
                        return x.first != y.first ? x.first > y.first : x.second < y.second;
                      });
    for (size_t i = 0; i < n; ++i) {
      TermId term = strongest[i].second;
      if (term >= postings.size()) continue;
      const auto& list = postings[term];
      if (list.size() > options.max_postings) continue;
      for (uint32_t slot : list) {
        if (slot == self) continue;
        if (accumulator[slot] == 0) touched->push_back(slot);
        accumulator[slot] += strongest[i].first;
      }
    }
  }

  // The `max_candidates` touched slots with the largest sums (ties: smaller
  // story id); resets the accumulator.
  std::vector<uint32_t> Strongest(const std::vector<uint32_t>& touched) {
    return Strongest(touched, options.max_candidates);
  }
  std::vector<uint32_t> Strongest(const std::vector<uint32_t>& touched, size_t keep) {
    std::vector<std::pair<float, uint32_t>> ranked;
    ranked.reserve(touched.size());
    for (uint32_t slot : touched) {
      ranked.emplace_back(accumulator[slot], slot);
      accumulator[slot] = 0;
    }
    size_t n = std::min(keep, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(n), ranked.end(),
                      [&](const auto& x, const auto& y) {
                        if (x.first != y.first) return x.first > y.first;
                        return slots[x.second].id < slots[y.second].id;
                      });
    std::vector<uint32_t> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
    return out;
  }

  // A centroid's terms weighted with the current IDF (for probing).
  std::vector<std::pair<TermId, float>> Weighted(const Centroid& c) const {
    std::vector<std::pair<TermId, float>> out;
    out.reserve(c.tf.size());
    c.tf.ForEach([&](TermId t, float w) { out.emplace_back(t, w * df.Idf(t)); });
    return out;
  }

  // s.member_sum, rebuilt when stale: the members' unit vectors added term by
  // term (in member order), the terms in order of first appearance.
  const std::vector<std::pair<TermId, double>>& MemberSum(StoryState& s) {
    if (!s.member_sum_stale) return s.member_sum;
    constexpr uint32_t kAbsent = std::numeric_limits<uint32_t>::max();
    s.member_sum.clear();
    s.member_count = 0;
    for (const SparseVector& m : s.members) {
      if (m.norm == 0) continue;
      ++s.member_count;
      for (const auto& [t, w] : m.entries) {
        if (t >= member_sum_index.size()) {
          member_sum_index.resize(static_cast<size_t>(t) + 1 + member_sum_index.size() / 2,
                                  kAbsent);
        }
        uint32_t& at = member_sum_index[t];
        const double unit = static_cast<double>(w) / m.norm;
        if (at == kAbsent) {
          at = static_cast<uint32_t>(s.member_sum.size());
          s.member_sum.emplace_back(t, unit);
        } else {
          s.member_sum[at].second += unit;
        }
      }
    }
    for (const auto& e : s.member_sum) member_sum_index[e.first] = kAbsent;
    s.member_sum_stale = false;
    return s.member_sum;
  }

  // A centroid's (term, weight × IDF) in double, for the story-merge step's
  // dots (the order of the table: a pair's dot walks one, so no sort).
  std::vector<std::pair<TermId, double>> WeightedExact(const Centroid& c) const {
    std::vector<std::pair<TermId, double>> out;
    out.reserve(c.tf.size());
    c.tf.ForEach(
        [&](TermId t, float w) { out.emplace_back(t, static_cast<double>(w) * df.Idf(t)); });
    return out;
  }
  struct StepVectors {
    std::vector<std::pair<TermId, double>> body, head, entities;
  };

  // Candidate pairs of the story-merge step, scored, best first: each story
  // changed since the last step probes the index with its centroids. Clears
  // the changed marks. Unless `all_features`, the features are computed
  // cheapest-bound first (size and time, body, mean member, shared strongest
  // terms, head and entities, then the nearest member's member merge) and
  // the rest skipped once the logit cannot reach merge_threshold whatever
  // they are (each in [0, 1]; the nearest at least the mean); such a pair
  // gets probability 0 and can never merge, so no merge changes.
  std::vector<StoryPairScore> Pairs(bool all_features) {
    std::vector<std::pair<uint32_t, uint32_t>> pairs;  // (slot of smaller id, slot of larger)
    auto add_pair = [&](uint32_t slot, uint32_t other) {
      if (slots[slot].id < slots[other].id) {
        pairs.emplace_back(slot, other);
      } else {
        pairs.emplace_back(other, slot);
      }
    };
    for (uint32_t slot = 0; slot < slots.size(); ++slot) {
      if (!slots[slot].active || !slots[slot].changed) continue;
      slots[slot].changed = false;
      if (options.merge_all_pairs) {
        for (uint32_t other = 0; other < slots.size(); ++other) {
          if (other != slot && slots[other].active) add_pair(slot, other);
        }
        continue;
      }
      std::vector<uint32_t> touched;
      Probe(Weighted(slots[slot].body), &touched, slot);
      Probe(Weighted(slots[slot].entities), &touched, slot);
      const size_t keep =
          options.merge_partners > 0 ? options.merge_partners : options.max_candidates;
      for (uint32_t other : Strongest(touched, keep)) add_pair(slot, other);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    const StoryMergeModel& m = options.story_merge;
    std::unordered_map<uint32_t, StoryState::FlatMembers> flats;  // built when first needed
    std::unordered_map<uint32_t, std::vector<TermId>> tops;       // likewise
    std::unordered_map<uint32_t, StepVectors> weighted;           // likewise
    auto flat = [&](uint32_t slot) -> const StoryState::FlatMembers& {
      auto it = flats.find(slot);
      if (it == flats.end()) it = flats.emplace(slot, slots[slot].Flatten()).first;
      return it->second;
    };
    auto top = [&](uint32_t slot) -> const std::vector<TermId>& {
      auto it = tops.find(slot);
      if (it == tops.end()) it = tops.emplace(slot, StrongestTerms(slots[slot].body)).first;
      return it->second;
    };
    auto vectors = [&](uint32_t slot) -> const StepVectors& {
      auto it = weighted.find(slot);
      if (it == weighted.end()) {
        StoryState& s = slots[slot];
        it = weighted
                 .emplace(slot, StepVectors{WeightedExact(s.body), WeightedExact(s.head),
                                            WeightedExact(s.entities)})
                 .first;
      }
      return it->second;
    };
    const bool want_top = all_features || m.top_terms != 0;
    const bool want_mean = all_features || m.mean_member != 0;
    // The pairs come sorted by their first slot: that story's vectors are
    // scattered once into the dense arrays and each partner's dot is a walk
    // over the partner's own entries.
    constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
    uint32_t scattered = kNone;
    auto unscatter = [&] {
      if (scattered == kNone) return;
      const StepVectors& v = vectors(scattered);
      dense_body.Clear(v.body);
      dense_head.Clear(v.head);
      dense_entities.Clear(v.entities);
      if (want_mean) dense_members.Clear(slots[scattered].member_sum);
    };
    auto scatter = [&](uint32_t x) {
      if (scattered == x) return;
      unscatter();
      const StepVectors& v = vectors(x);
      dense_body.Set(v.body);
      dense_head.Set(v.head);
      dense_entities.Set(v.entities);
      if (want_mean) dense_members.Set(MemberSum(slots[x]));
      scattered = x;
    };
    // Cosine of two centroids under the current IDF (Centroid::Cosine's
    // value up to the order of summation; it refreshes the same norms).
    auto cosine = [&](Centroid& cx, Centroid& cy, const Dense& x_dense,
                      const std::vector<std::pair<TermId, double>>& y_weighted) {
      if (cx.tf.empty() || cy.tf.empty()) return 0.0;
      const double dot = x_dense.Dot(y_weighted);
      const double n = static_cast<double>(cx.Norm(df)) * cy.Norm(df);
      return n == 0 ? 0 : std::min(1.0, dot / n);
    };
    std::vector<StoryPairScore> out;
    out.reserve(pairs.size());
    for (auto [x, y] : pairs) {
      StoryState& a = slots[x];
      StoryState& b = slots[y];
      StoryPairScore p;
      p.a = a.id;
      p.b = b.id;
      p.gap_days = std::abs(static_cast<double>(a.last_time - b.last_time)) / kSecondsPerDay;
      p.time_decay = std::exp(-p.gap_days / options.time_scale_days);
      p.size_a = a.size;
      p.size_b = b.size;
      const double small = std::log1p(static_cast<double>(std::min(a.size, b.size)));
      const double large = std::log1p(static_cast<double>(std::max(a.size, b.size)));
      // Before any cosine: a pair whose size and time terms alone keep it
      // under merge_threshold whatever the cosines (each in [0, 1]) are can
      // never merge. Two big stories are such a pair with the fitted model
      // (size_min, size_max < 0), and on a dense stream the changed stories
      // are mostly the big ones, so this skips most body cosines of a step
      // (the centroid walk was a quarter of the ingest's time at 2,700
      // articles a day). The slack keeps the bound above the logit the
      // full computation would round to. The norms the body cosine would
      // have refreshed are refreshed, so later comparisons see the same
      // cached norms as before.
      const double member_room = std::max(0.0, m.nearest) + std::max(0.0, m.mean_member);
      if (!all_features) {
        const double best = m.bias + std::max(0.0, m.body) + m.size_min * small +
                            m.size_max * large + m.time * (p.time_decay - 1) +
                            std::max(0.0, m.head) + std::max(0.0, m.entities) +
                            std::max(0.0, m.top_terms) + member_room;
        if (Sigmoid(best + 1e-9) < options.merge_threshold) {
          if (!a.body.tf.empty() && !b.body.tf.empty()) {
            a.body.Norm(df);
            b.body.Norm(df);
          }
          p.logit = -std::numeric_limits<double>::infinity();
          p.probability = 0;
          out.push_back(p);
          continue;
        }
      }
      scatter(x);
      const StepVectors& vy = vectors(y);
      p.body = cosine(a.body, b.body, dense_body, vy.body);
      double partial = m.bias + m.body * p.body + m.size_min * small + m.size_max * large +
                       m.time * (p.time_decay - 1);
      // The largest the features not yet computed (each in [0, 1]) can add.
      const double rest =
          std::max(0.0, m.head) + std::max(0.0, m.entities) + std::max(0.0, m.top_terms);
      // Whether the head and entity cosines would be needed with no bound on
      // the member features: when they are skipped below for the tighter
      // bound, their norms are still refreshed (as for the body above).
      const bool hopeless_loose = Sigmoid(partial + rest + member_room) < options.merge_threshold;
      // The mean member cosine is one sparse dot of the member sums; with a
      // negative weight on the nearest member (the topic model), the nearest
      // is at least the mean (a maximum is at least the average; the slack
      // covers its float rounding), which bounds the logit from above before
      // the count_a × count_b member merge is paid for.
      double nearest_room = std::max(0.0, m.nearest);
      if (want_mean) {
        const std::vector<std::pair<TermId, double>>& b_sum = MemberSum(b);
        const double pairs_of_members =
            static_cast<double>(a.member_count) * static_cast<double>(b.member_count);
        p.mean_member = pairs_of_members == 0
                            ? 0.0
                            : std::clamp(dense_members.Dot(b_sum) / pairs_of_members, 0.0, 1.0);
        partial += m.mean_member * p.mean_member;
        if (m.nearest < 0) nearest_room = m.nearest * std::max(0.0, p.mean_member - 1e-6);
      }
      // The shared strongest terms next (one merge of two cached lists of
      // query_terms), then the bound again before the head and entity cosines.
      const double head_room = std::max(0.0, m.head) + std::max(0.0, m.entities);
      bool hopeless = Sigmoid(partial + rest + nearest_room) < options.merge_threshold;
      if (want_top && (all_features || !hopeless)) {
        p.top_terms = SharedShare(top(x), top(y));
        partial += m.top_terms * p.top_terms;
        hopeless = Sigmoid(partial + head_room + nearest_room) < options.merge_threshold;
      }
      if (all_features || !hopeless) {
        p.head = cosine(a.head, b.head, dense_head, vy.head);
        p.entities = cosine(a.entities, b.entities, dense_entities, vy.entities);
        partial += m.head * p.head + m.entities * p.entities;
      } else if (!hopeless_loose) {
        for (auto [cx, cy] : {std::pair{&a.head, &b.head}, std::pair{&a.entities, &b.entities}}) {
          if (!cx->tf.empty() && !cy->tf.empty()) {
            cx->Norm(df);
            cy->Norm(df);
          }
        }
      }
      if (!all_features &&
          (hopeless || Sigmoid(partial + nearest_room) < options.merge_threshold)) {
        p.logit = -std::numeric_limits<double>::infinity();
        p.probability = 0;
      } else {
        p.nearest = StoryState::NearestMember(flat(x), flat(y)).nearest;
        p.logit = partial + m.nearest * p.nearest;
        p.probability = Sigmoid(p.logit);
      }
      out.push_back(p);
    }
    unscatter();
    std::sort(out.begin(), out.end(), [](const StoryPairScore& x, const StoryPairScore& y) {
      if (x.probability != y.probability) return x.probability > y.probability;
      return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
  }

  // A centroid's `query_terms` strongest terms under the current IDF, sorted
  // by term id (ties in weight: the smaller id).
  std::vector<TermId> StrongestTerms(const Centroid& c) const {
    std::vector<std::pair<float, TermId>> ranked;
    ranked.reserve(c.tf.size());
    c.tf.ForEach([&](TermId t, float w) { ranked.emplace_back(w * df.Idf(t), t); });
    const size_t n = std::min(options.query_terms, ranked.size());
    // A strict order (ties by term), so the n first are one set whichever
    // selection finds them; the list is returned sorted by term anyway.
    if (n < ranked.size()) {
      std::nth_element(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(n), ranked.end(),
                       [](const auto& u, const auto& v) {
                         return u.first != v.first ? u.first > v.first : u.second < v.second;
                       });
    }
    std::vector<TermId> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) out.push_back(ranked[i].second);
    std::sort(out.begin(), out.end());
    return out;
  }
  // |a ∩ b| / min(|a|, |b|) of two sorted term lists (0 when one is empty).
  static double SharedShare(const std::vector<TermId>& a, const std::vector<TermId>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t shared = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        ++shared, ++i, ++j;
      }
    }
    return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
  }

  // Merges the story in slot `from` into the one in slot `into`: centroid
  // sums, postings, members (its own then `from`'s, the last max_member_vectors kept), size, time,
  // and the window articles' story. `from` leaves the pool.
  void MergeInto(uint32_t into, uint32_t from) {
    StoryState& a = slots[into];
    StoryState& b = slots[from];
    auto add = [&](Centroid* to, const Centroid& x, bool indexed) {
      x.tf.ForEach([&](TermId t, float w) {
        bool inserted;
        to->tf.FindOrInsert(t, &inserted) += w;
        if (inserted && indexed) AddPosting(t, into);
      });
      to->dirty = true;
      Prune(to, into, indexed);
    };
    add(&a.body, b.body, true);
    add(&a.head, b.head, false);
    add(&a.entities, b.entities, true);
    for (SparseVector& v : b.members) a.members.push_back(std::move(v));
    while (a.members.size() > options.max_member_vectors) a.members.pop_front();
    a.member_sum_stale = true;
    a.last_time = std::max(a.last_time, b.last_time);
    a.size += b.size;
    a.changed = true;
    expiry.emplace(a.last_time, into);
    merged_into[b.id] = a.id;
    if (merged_into.size() > story_of_article.size()) FoldMerges();
    Retire(from);
  }

  // The single-article stories among `stories`, re-decided against
  // the pool as their article would be now (see redecide_singletons). A
  // one-article centroid is the article's own vector up to a scale, which
  // the cosines ignore, so the article's counts are read back from it.
  void RedecideSingletons(const std::vector<size_t>& stories, std::vector<StoryMerge>* merges) {
    for (size_t id : stories) {
      auto found = slot_of_story.find(id);
      if (found == slot_of_story.end()) continue;
      const uint32_t slot = found->second;
      if (slots[slot].size != 1) continue;
      AnalyzedArticle a;
      auto counts = [](const Centroid& c) {
        TermCounts out;
        c.tf.ForEach([&](TermId t, float w) { out.emplace_back(t, w); });
        std::sort(out.begin(), out.end());
        return out;
      };
      a.body = counts(slots[slot].body);
      a.head = counts(slots[slot].head);
      a.entities = counts(slots[slot].entities);
      std::vector<CandidateScore> candidates =
          Score(a, slots[slot].last_time, /*all_nearest=*/false, slot);
      if (candidates.empty()) continue;
      const double p = JoinProbabilityOf(candidates);
      if (p < options.join_threshold) continue;
      const size_t into = candidates.front().story;
      MergeInto(slot_of_story.at(into), slot);
      merges->push_back({id, into, p});
    }
  }
  double JoinProbabilityOf(const std::vector<CandidateScore>& candidates) const;

  std::vector<StoryMerge> MergeStep() {
    std::vector<StoryMerge> merges;
    // The single-article stories, by id, re-decided after the pair merges
    // (those a pair merge takes are skipped then). Every one, not only those
    // opened since the last step: evidence for an early article's event may
    // come many steps later (the end state of the DUC dev topics, where 26
    // of the 29 single-article stories that would now join go to their own
    // topic's story; cluster_eval --analyze-duc-dev).
    std::vector<size_t> singles;
    if (options.redecide_singletons) {
      for (const StoryState& s : slots) {
        if (s.active && s.size == 1) singles.push_back(s.id);
      }
      std::sort(singles.begin(), singles.end());
    }
    while (true) {
      std::vector<StoryPairScore> pairs = Pairs(/*all_features=*/false);
      std::vector<size_t> merged;  // story ids that took part in a merge this round
      auto took_part = [&](size_t id) {
        return std::find(merged.begin(), merged.end(), id) != merged.end();
      };
      for (const StoryPairScore& p : pairs) {
        if (p.probability < options.merge_threshold) break;
        if (took_part(p.a) || took_part(p.b)) continue;
        MergeInto(slot_of_story.at(p.a), slot_of_story.at(p.b));
        merges.push_back({p.b, p.a, p.probability});
        merged.push_back(p.a);
        merged.push_back(p.b);
      }
      if (merged.empty()) break;
    }
    if (!singles.empty()) {
      RedecideSingletons(singles, &merges);
      for (StoryState& s : slots) s.changed = false;
    }
    return merges;
  }

  // Scores the candidate stories of an article already counted in `df`. The
  // nearest-member cosine (16 sparse cosines per candidate) is computed for
  // every candidate only when `all_nearest` (Candidates, for fitting); Add
  // needs it for the best candidate alone, and not at all when NewStoryModel
  // ignores it. The ranking does not depend on it.
  std::vector<CandidateScore> Score(const AnalyzedArticle& a, int64_t t, bool all_nearest,
                                    uint32_t self = std::numeric_limits<uint32_t>::max()) {
    SparseVector body = cluster_internal::Weigh(a.body, df);
    SparseVector head = cluster_internal::Weigh(a.head, df);
    SparseVector entities = cluster_internal::Weigh(a.entities, df);

    std::vector<uint32_t> touched;
    Probe(body.entries, &touched, self);
    Probe(entities.entries, &touched, self);
    const std::vector<uint32_t> ranked = Strongest(touched);
    const size_t n = ranked.size();

    const MergeModel& m = options.model;
    std::vector<CandidateScore> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      StoryState& s = slots[ranked[i]];
      CandidateScore c;
      c.story = s.id;
      c.body = s.body.Cosine(body, df);
      c.head = s.head.Cosine(head, df);
      c.entities = s.entities.Cosine(entities, df);
      c.gap_days = std::abs(static_cast<double>(t - s.last_time)) / kSecondsPerDay;
      c.time_decay = std::exp(-c.gap_days / options.time_scale_days);
      if (all_nearest) c.body_nearest = s.NearestMember(body);
      c.story_size = s.size;
      c.logit = m.bias + m.body * c.body + m.head * c.head + m.entities * c.entities +
                m.time * (c.time_decay - 1);
      c.probability = Sigmoid(c.logit);
      out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const CandidateScore& x, const CandidateScore& y) {
      return x.probability != y.probability ? x.probability > y.probability : x.story < y.story;
    });
    if (!all_nearest && !out.empty() && options.new_story.nearest != 0) {
      out.front().body_nearest = slots[slot_of_story.at(out.front().story)].NearestMember(body);
    }
    return out;
  }

  struct Prepared {
    AnalyzedArticle analyzed;
    Fingerprint fingerprint;
    std::optional<DuplicateMatch> duplicate;  // only when its story is still active
    size_t duplicate_story = 0;
  };

  Result<Prepared> Prepare(const Article& article, int64_t t) {
    auto analyzed = analyzer.Analyze(article);
    if (!analyzed) return std::unexpected(analyzed.error());
    Advance(t);
    Prepared p{std::move(*analyzed), {}, std::nullopt, 0};
    if (options.detect_duplicates && !p.analyzed.no_story_text) {
      p.fingerprint = ComputeFingerprint(p.analyzed.tokens, options.duplicates);
      if (auto match = duplicates.Find(p.fingerprint)) {
        auto it = story_of_article.find(match->key);
        const size_t story = it != story_of_article.end() ? Resolve(it->second) : 0;
        if (it != story_of_article.end() && slot_of_story.contains(story)) {
          p.duplicate = match;
          p.duplicate_story = story;
        }
      }
    }
    return p;
  }

  void Commit(const Prepared& p, size_t story, int64_t t) {
    Join(story, p.analyzed, t);
    const size_t key = article_count++;
    if (options.detect_duplicates && !p.duplicate && !p.analyzed.no_story_text) {
      duplicates.Insert(key, p.fingerprint);
      window_articles.emplace_back(t, key);
      story_of_article.emplace(key, story);
    }
  }
};

double JoinProbability(const NewStoryModel& m, const std::vector<CandidateScore>& candidates) {
  if (candidates.empty()) return 0;
  const CandidateScore& best = candidates.front();
  const double second = candidates.size() > 1 ? candidates[1].probability : 0.0;
  return Sigmoid(m.bias + m.logit * best.logit + m.margin * (best.probability - second) +
                 m.nearest * best.body_nearest +
                 m.size * std::log1p(static_cast<double>(best.story_size)));
}

double StoryClusterer::Impl::JoinProbabilityOf(
    const std::vector<CandidateScore>& candidates) const {
  return JoinProbability(options.new_story, candidates);
}

StoryClusterer::StoryClusterer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;
StoryClusterer::~StoryClusterer() = default;

Result<StoryClusterer> StoryClusterer::Create(ClusterOptions options) {
  if (auto ok = ValidateClusterOptions(options); !ok) return std::unexpected(ok.error());
  auto analyzer = ArticleAnalyzer::Create(options.language);
  if (!analyzer) return std::unexpected(analyzer.error());
  return StoryClusterer(std::make_unique<Impl>(std::move(options), std::move(*analyzer)));
}

Result<Assignment> StoryClusterer::Add(const Article& article, int64_t published_unix_s) {
  auto prepared = impl_->Prepare(article, published_unix_s);
  if (!prepared) return std::unexpected(prepared.error());
  impl_->df.Add(prepared->analyzed);
  Assignment a;
  a.no_story_text = prepared->analyzed.no_story_text;
  if (prepared->duplicate) {
    a.story = prepared->duplicate_story;
    a.duplicate_of = prepared->duplicate->key;
    a.exact_duplicate = prepared->duplicate->exact;
    a.score = prepared->duplicate->jaccard;
  } else {
    std::vector<CandidateScore> candidates = impl_->Score(prepared->analyzed, published_unix_s,
                                                          /*all_nearest=*/false);
    if (!candidates.empty()) a.score = JoinProbability(impl_->options.new_story, candidates);
    if (!candidates.empty() && a.score >= impl_->options.join_threshold) {
      a.story = candidates.front().story;
    } else {
      a.story = impl_->next_story;
      a.opened = true;
    }
  }
  impl_->Commit(*prepared, a.story, published_unix_s);
  const size_t every = impl_->options.merge_every;
  if (every > 0 && impl_->article_count % every == 0) {
    a.merges = impl_->MergeStep();
    for (const StoryMerge& m : a.merges) {
      if (a.story == m.from) {
        a.story = m.into;
        a.opened = false;  // the story it opened no longer exists
      }
    }
  }
  return a;
}

std::vector<StoryMerge> StoryClusterer::MergeStories() { return impl_->MergeStep(); }

std::vector<StoryMerge> StoryClusterer::MergeStoriesAtEnd() {
  ClusterOptions& o = impl_->options;
  if (o.final_merge_partners == 0) return impl_->MergeStep();
  for (StoryState& s : impl_->slots) s.changed = s.active;
  const size_t partners = o.merge_partners;
  o.merge_partners = o.final_merge_partners;
  std::vector<StoryMerge> merges = impl_->MergeStep();
  o.merge_partners = partners;
  return merges;
}

void StoryClusterer::RestoreMerges(const std::vector<StoryMerge>& merges) {
  for (const StoryMerge& m : merges) {
    auto into = impl_->slot_of_story.find(m.into);
    auto from = impl_->slot_of_story.find(m.from);
    if (into == impl_->slot_of_story.end() || from == impl_->slot_of_story.end()) continue;
    if (m.into == m.from) continue;
    impl_->MergeInto(into->second, from->second);
  }
  // A step ends with every story unchanged: its pairs were all scored.
  for (StoryState& s : impl_->slots) s.changed = false;
}

std::vector<StoryPairScore> StoryClusterer::StoryPairs() {
  return impl_->Pairs(/*all_features=*/true);
}

Result<void> StoryClusterer::Restore(const Article& article, int64_t published_unix_s,
                                     size_t story) {
  auto prepared = impl_->Prepare(article, published_unix_s);
  if (!prepared) return std::unexpected(prepared.error());
  impl_->df.Add(prepared->analyzed);
  impl_->Commit(*prepared, story, published_unix_s);
  return {};
}

CorpusStatistics StoryClusterer::corpus_statistics() const {
  CorpusStatistics out;
  const Vocabulary& vocabulary = impl_->analyzer.vocabulary();
  out.terms.reserve(vocabulary.size());
  out.document_frequencies.reserve(vocabulary.size());
  for (TermId t = 0; t < vocabulary.size(); ++t) {
    out.terms.push_back(vocabulary.term(t));
    out.document_frequencies.push_back(impl_->df.df(t));
  }
  out.articles = impl_->df.articles();
  return out;
}

std::vector<CachedNorm> StoryClusterer::cached_norms() const {
  std::vector<CachedNorm> out;
  for (const auto& [story, slot] : impl_->slot_of_story) {
    const StoryState& s = impl_->slots[slot];
    const Centroid* centroids[] = {&s.body, &s.head, &s.entities};
    for (uint32_t c = 0; c < 3; ++c) {
      if (!centroids[c]->dirty) {
        out.push_back({story, c, centroids[c]->norm, centroids[c]->norm_articles});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const CachedNorm& x, const CachedNorm& y) {
    return x.story != y.story ? x.story < y.story : x.centroid < y.centroid;
  });
  return out;
}

void StoryClusterer::RestoreNorms(const std::vector<CachedNorm>& norms) {
  for (const CachedNorm& n : norms) {
    auto slot = impl_->slot_of_story.find(n.story);
    if (slot == impl_->slot_of_story.end() || n.centroid > 2) continue;
    StoryState& s = impl_->slots[slot->second];
    Centroid* centroids[] = {&s.body, &s.head, &s.entities};
    centroids[n.centroid]->norm = n.norm;
    centroids[n.centroid]->norm_articles = n.articles;
    centroids[n.centroid]->dirty = false;
  }
}

Result<void> StoryClusterer::LoadCorpusStatistics(const CorpusStatistics& statistics) {
  if (impl_->article_count != 0 || impl_->df.articles() != 0) {
    return InvalidInput("corpus statistics can only be loaded into a fresh clusterer");
  }
  if (statistics.document_frequencies.size() > statistics.terms.size()) {
    return InvalidInput(
        "corpus statistics hold " + std::to_string(statistics.document_frequencies.size()) +
        " document frequencies for " + std::to_string(statistics.terms.size()) + " terms");
  }
  if (auto loaded = impl_->analyzer.LoadVocabulary(statistics.terms); !loaded) {
    return std::unexpected(loaded.error());
  }
  impl_->df.Load(statistics.document_frequencies, statistics.articles);
  return {};
}

Result<void> StoryClusterer::Uncount(const Article& article) {
  auto analyzed = impl_->analyzer.Analyze(article);
  if (!analyzed) return std::unexpected(analyzed.error());
  if (!impl_->df.Covers(*analyzed)) {
    return InvalidInput("article \"" + Abbreviate(article.id) +
                        "\" is not counted in the corpus statistics");
  }
  impl_->df.Add(*analyzed, -1);
  return {};
}

Result<std::vector<CandidateScore>> StoryClusterer::Candidates(const Article& article,
                                                               int64_t published_unix_s) {
  auto analyzed = impl_->analyzer.Analyze(article);
  if (!analyzed) return std::unexpected(analyzed.error());
  impl_->Advance(published_unix_s);
  impl_->df.Add(*analyzed);
  std::vector<CandidateScore> out = impl_->Score(*analyzed, published_unix_s, /*all_nearest=*/true);
  impl_->df.Add(*analyzed, -1);
  return out;
}

size_t StoryClusterer::articles() const { return impl_->article_count; }
size_t StoryClusterer::stories() const { return impl_->next_story; }
size_t StoryClusterer::active_stories() const { return impl_->slot_of_story.size(); }
bool StoryClusterer::is_active(size_t story) const { return impl_->slot_of_story.contains(story); }
size_t StoryClusterer::active_articles() const { return impl_->window_articles.size(); }
size_t StoryClusterer::first_window_article() const {
  return impl_->window_articles.empty() ? impl_->article_count
                                        : impl_->window_articles.front().second;
}
const ClusterOptions& StoryClusterer::options() const { return impl_->options; }

}  // namespace crosswire
