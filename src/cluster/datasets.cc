// Evaluation sets, runner and model fitting for story clustering (see datasets.h).
#include "datasets.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "baseline.h"
#include "crosswire/ingest.h"
#include "crosswire/timestamp.h"

namespace crosswire::cluster_internal {
namespace fs = std::filesystem;
namespace {

Result<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(fmt::format("{}: cannot open", path.string()));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fixed-seed Fisher-Yates shuffle (std::shuffle's draws differ between
// standard libraries; this one is the same everywhere).
template <typename T>
void Shuffle(std::vector<T>* v, uint64_t seed) {
  for (size_t i = v->size(); i > 1; --i) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    size_t j = static_cast<size_t>((seed >> 33) % i);
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

// The first 8-digit run of a DOCNO ("APW19990707.0181") as a date.
std::optional<int64_t> DocnoTime(const std::string& docno) {
  for (size_t i = 0; i + 8 <= docno.size(); ++i) {
    if (std::all_of(docno.begin() + static_cast<ptrdiff_t>(i),
                    docno.begin() + static_cast<ptrdiff_t>(i + 8), ::isdigit)) {
      std::string iso =
          docno.substr(i, 4) + "-" + docno.substr(i + 4, 2) + "-" + docno.substr(i + 6, 2);
      auto t = ParseUnixSeconds(iso);
      if (t) return *t;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

int TopicNumber(const std::string& topic) {
  int n = 0;
  for (char c : topic) {
    if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

Result<LabeledStream> ReadEcbPlus(const std::string& dir) {
  fs::path path = fs::path(dir) / "ecbplus_docs.jsonl";
  auto content = ReadFile(path);
  if (!content) return std::unexpected(content.error());
  LabeledStream out;
  std::istringstream in(*content);
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("doc_name") || !j.contains("sentences")) {
      return InvalidInput(
          fmt::format("{}:{}: not an ECB+ document record", path.string(), line_number));
    }
    LabeledArticle a;
    a.article.id = j["doc_name"].get<std::string>();
    a.article.outlet = a.article.id;
    a.article.source = fmt::format("{}:{}", path.string(), line_number);
    a.gold = j["subtopic"].get<std::string>();
    a.dev = j["topic"].get<int>() % 2 == 1;
    const auto& sentences = j["sentences"];
    size_t first = j["source_url_line"].is_null() ? 0 : 1;
    for (size_t i = first; i < sentences.size(); ++i) {
      a.article.text += sentences[i].get<std::string>();
      a.article.text += '\n';
    }
    out.push_back(std::move(a));
  }
  if (out.empty()) return InvalidInput(fmt::format("{}: no documents", path.string()));
  Shuffle(&out, 0x45434221);
  return out;
}

Result<LabeledStream> ReadDucMix(const std::string& data_dir) {
  LabeledStream out;
  for (const char* sub : {"duc2006/docs", "duc2007/main/docs"}) {
    fs::path root = fs::path(data_dir) / sub;
    if (!fs::is_directory(root))
      return NotFound(fmt::format("{}: no such directory", root.string()));
    std::vector<fs::path> topics;
    for (const auto& e : fs::directory_iterator(root)) {
      if (e.is_directory()) topics.push_back(e.path());
    }
    std::sort(topics.begin(), topics.end());
    for (const fs::path& topic : topics) {
      auto story = ingest::ReadStory({topic.string()});
      if (!story) return std::unexpected(story.error());
      const std::string name = topic.filename().string();
      for (Article& article : story->articles) {
        LabeledArticle a;
        std::optional<int64_t> t = DocnoTime(article.id);
        if (!t && article.published) {
          if (auto p = ParseUnixSeconds(*article.published)) t = *p;
        }
        a.time = t.value_or(0);
        a.gold = name;
        a.dev = TopicNumber(name) % 2 == 1;
        article.id = name + "/" + article.id;
        a.article = std::move(article);
        out.push_back(std::move(a));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const LabeledArticle& x, const LabeledArticle& y) {
    if (x.time != y.time) return x.time < y.time;
    std::string_view dx = std::string_view(x.article.id).substr(x.article.id.find('/') + 1);
    std::string_view dy = std::string_view(y.article.id).substr(y.article.id.find('/') + 1);
    if (dx != dy) return dx < dy;
    return x.gold < y.gold;
  });
  return out;
}

Result<LabeledStream> ReadNewsWcl50(const std::string& dir) {
  fs::path tsv = fs::path(dir) / "gold_clusters.tsv";
  auto content = ReadFile(tsv);
  if (!content) return std::unexpected(content.error());
  LabeledStream out;
  std::istringstream in(*content);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string file, event;
    std::getline(fields, file, '\t');
    std::getline(fields, event, '\t');
    auto story = ingest::ReadStory({(fs::path(dir) / file).string()});
    if (!story) return std::unexpected(story.error());
    for (Article& article : story->articles) {
      LabeledArticle a;
      a.gold = event;
      a.article = std::move(article);
      out.push_back(std::move(a));
    }
  }
  if (out.empty()) return InvalidInput(fmt::format("{}: no articles", tsv.string()));
  return out;
}

Result<LabeledStream> ReadMultiNewsStream(const std::string& dir) {
  const std::string path = (fs::path(dir) / "val.src").string();
  auto stories = ingest::ReadMultiNews(path);
  if (!stories) return std::unexpected(stories.error());
  LabeledStream out;
  for (size_t i = 0; i < stories->size(); ++i) {
    Story& story = (*stories)[i];
    for (Article& article : story.articles) {
      const bool has_word = std::any_of(article.text.begin(), article.text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0;
      });
      if (!has_word) continue;
      LabeledArticle a;
      a.gold = story.id;
      a.dev = i % 2 == 0;
      a.article = std::move(article);
      out.push_back(std::move(a));
    }
  }
  if (out.empty()) return InvalidInput(fmt::format("{}: no articles", path));
  Shuffle(&out, 0x4d4e5753);
  return out;
}

LabeledStream Filter(const LabeledStream& s,
                     const std::function<bool(const LabeledArticle&)>& keep) {
  LabeledStream out;
  for (const LabeledArticle& a : s) {
    if (keep(a)) out.push_back(a);
  }
  return out;
}

ClusterOptions TopicLevelOptions(ClusterOptions base) {
  base.window_days = 36500;
  base.model.time = 0;
  // Fitted by `cluster_eval --fit` on the DUC dev topics, rounded to 2 places.
  base.new_story = {.bias = 0.89, .logit = 0.23, .margin = 8.01, .nearest = 2.17, .size = -0.20};
  base.join_threshold = 0.65;
  // The story-merge step for topics (docs/clustering.md, issue 13, branches
  // clus7 and clus8): each changed story's 60 strongest index partners, and
  // a pair model with the topic-level features (mean member cosine, shared
  // strongest terms) fitted on the DUC dev topics with each pair weighed by
  // the article pairs it links (`cluster_eval --topic-merge-dev --variant
  // 10`), rounded to 4 places (2 places moved merges of
  // the DUC mix); threshold by two-fold cross-validation there.
  base.merge_partners = 60;
  base.story_merge = {.bias = 1.9875,
                      .body = 22.2958,
                      .head = 5.1777,
                      .entities = 1.9478,
                      .nearest = -6.4458,
                      .size_min = -5.3196,
                      .size_max = -1.8820,
                      .time = 0,
                      .mean_member = 12.4461,
                      .top_terms = 12.6604};
  base.merge_threshold = 0.80;
  return base;
}

Result<std::vector<uint64_t>> RunStoryClusterer(const ClusterOptions& options,
                                                const LabeledStream& stream) {
  auto c = StoryClusterer::Create(options);
  if (!c) return std::unexpected(c.error());
  std::vector<uint64_t> out;
  out.reserve(stream.size());
  // Story merges rename stories: `members` follows each live story's articles.
  StoryMembers members;
  auto apply = [&](const std::vector<StoryMerge>& merges) {
    members.Apply(merges, [&](size_t i, size_t into) { out[i] = into; });
  };
  for (const LabeledArticle& a : stream) {
    auto r = c->Add(a.article, a.time);
    if (!r) return std::unexpected(r.error());
    out.push_back(r->story);
    if (options.merge_every > 0) {
      // r->story already has the merges applied; the article joins its
      // story's list before the merges move the rest.
      members.Place(r->story, out.size() - 1);
      apply(r->merges);
    }
  }
  if (options.merge_every > 0) apply(c->MergeStoriesAtEnd());  // the stream's end
  return out;
}

Result<std::vector<uint64_t>> RunBaseline(double threshold, const LabeledStream& stream) {
  auto c = NaiveClusterer::Create(threshold);
  if (!c) return std::unexpected(c.error());
  std::vector<uint64_t> out;
  out.reserve(stream.size());
  for (const LabeledArticle& a : stream) {
    auto r = c->Add(a.article);
    if (!r) return std::unexpected(r.error());
    out.push_back(*r);
  }
  return out;
}

Result<ClusteringScores> Score(const LabeledStream& stream, const std::vector<uint64_t>& predicted,
                               const std::function<bool(const LabeledArticle&)>& score_it) {
  std::unordered_map<std::string, uint64_t> ids;
  std::vector<uint64_t> gold, pred;
  for (size_t i = 0; i < stream.size() && i < predicted.size(); ++i) {
    if (score_it && !score_it(stream[i])) continue;
    gold.push_back(ids.try_emplace(stream[i].gold, ids.size()).first->second);
    pred.push_back(predicted[i]);
  }
  if (predicted.size() != stream.size()) {
    return InvalidInput(
        fmt::format("{} predictions for {} articles", predicted.size(), stream.size()));
  }
  return ScoreClustering(gold, pred);
}

namespace {

// Logistic regression by Newton's method with an L2 penalty `l2` on every
// weight: rows of `x` (kF features each, the first a constant 1), labels
// `y` in {0, 1}, a fixed `offset` added to each row's score. Deterministic.
template <size_t kF>
Result<std::array<double, kF>> FitLogistic(const std::vector<std::array<double, kF>>& x,
                                           const std::vector<double>& y,
                                           const std::vector<double>& offset, double l2,
                                           const std::vector<double>* weight = nullptr) {
  std::array<double, kF> w{};
  for (int iteration = 0; iteration < 50; ++iteration) {
    std::array<double, kF> g{};
    std::array<std::array<double, kF>, kF> h{};
    for (size_t i = 0; i < x.size(); ++i) {
      double z = offset[i];
      for (size_t k = 0; k < kF; ++k) z += w[k] * x[i][k];
      double p = 1 / (1 + std::exp(-z));
      const double c = weight != nullptr ? (*weight)[i] : 1.0;
      for (size_t k = 0; k < kF; ++k) {
        g[k] += c * (p - y[i]) * x[i][k];
        for (size_t m = 0; m < kF; ++m) h[k][m] += c * p * (1 - p) * x[i][k] * x[i][m];
      }
    }
    for (size_t k = 0; k < kF; ++k) {
      g[k] += l2 * w[k];
      h[k][k] += l2;
    }
    // Solve h * step = g by Gaussian elimination with partial pivoting.
    std::array<double, kF> step = g;
    for (size_t col = 0; col < kF; ++col) {
      size_t pivot = col;
      for (size_t r = col + 1; r < kF; ++r) {
        if (std::abs(h[r][col]) > std::abs(h[pivot][col])) pivot = r;
      }
      std::swap(h[col], h[pivot]);
      std::swap(step[col], step[pivot]);
      if (h[col][col] == 0) return Internal("logistic fit: singular Hessian");
      for (size_t r = col + 1; r < kF; ++r) {
        double f = h[r][col] / h[col][col];
        for (size_t m = col; m < kF; ++m) h[r][m] -= f * h[col][m];
        step[r] -= f * step[col];
      }
    }
    for (size_t col = kF; col-- > 0;) {
      for (size_t m = col + 1; m < kF; ++m) step[col] -= h[col][m] * step[m];
      step[col] /= h[col][col];
    }
    double change = 0;
    for (size_t k = 0; k < kF; ++k) {
      w[k] -= step[k];
      change = std::max(change, std::abs(step[k]));
    }
    if (change < 1e-9) break;
  }
  return w;
}

// Replays each stream with its gold stories, calling `visit(candidates, gold
// story id)` for every article before restoring it into its gold story.
Result<void> ReplayWithGold(
    const std::vector<TrainingStream>& streams,
    const std::function<void(const TrainingStream&, const std::vector<CandidateScore>&, size_t)>&
        visit) {
  for (const TrainingStream& ts : streams) {
    auto c = StoryClusterer::Create(ts.options);
    if (!c) return std::unexpected(c.error());
    std::unordered_map<std::string, size_t> story_of_gold;
    for (const LabeledArticle& a : *ts.stream) {
      auto [it, inserted] = story_of_gold.try_emplace(a.gold, story_of_gold.size());
      auto candidates = c->Candidates(a.article, a.time);
      if (!candidates) return std::unexpected(candidates.error());
      visit(ts, *candidates, it->second);
      if (auto r = c->Restore(a.article, a.time, it->second); !r) return std::unexpected(r.error());
    }
  }
  return {};
}

}  // namespace

Result<MergeModel> FitMergeModel(const std::vector<TrainingStream>& streams, double l2,
                                 size_t* examples) {
  constexpr size_t kF = 4;
  std::vector<std::array<double, kF>> x;
  std::vector<double> y, offset;
  auto replayed = ReplayWithGold(
      streams,
      [&](const TrainingStream& ts, const std::vector<CandidateScore>& candidates, size_t gold) {
        for (const CandidateScore& s : candidates) {
          x.push_back({1.0, s.body, s.head, s.entities});
          y.push_back(s.story == gold ? 1.0 : 0.0);
          offset.push_back(ts.options.model.time * (s.time_decay - 1));
        }
      });
  if (!replayed) return std::unexpected(replayed.error());
  if (examples != nullptr) *examples = x.size();
  if (x.empty()) return InvalidInput("no training examples: the streams produced no candidates");
  auto w = FitLogistic<kF>(x, y, offset, l2);
  if (!w) return std::unexpected(w.error());
  MergeModel m;
  m.bias = (*w)[0];
  m.body = (*w)[1];
  m.head = (*w)[2];
  m.entities = (*w)[3];
  m.time = streams.front().options.model.time;
  return m;
}

Result<StoryMergeModel> FitStoryMergeModel(const std::vector<TrainingStream>& streams, double l2,
                                           size_t* examples, bool topic_features,
                                           bool pair_weighted) {
  constexpr size_t kF = 9;
  std::vector<std::array<double, kF>> x;
  std::vector<double> y, offset, weight;
  for (const TrainingStream& ts : streams) {
    ClusterOptions o = ts.options;
    const size_t every = o.merge_every;
    if (every == 0) return InvalidInput("FitStoryMergeModel: merge_every must be > 0");
    o.merge_every = 0;  // the pairs of a run without merges
    auto c = StoryClusterer::Create(o);
    if (!c) return std::unexpected(c.error());
    // Gold counts per predicted story; ties of the majority go to the smaller label.
    std::unordered_map<size_t, std::map<std::string, size_t>> gold_of;
    auto majority = [&](size_t story) {
      const std::string* best = nullptr;
      size_t count = 0;
      for (const auto& [gold, n] : gold_of[story]) {
        if (n > count) best = &gold, count = n;
      }
      return best;
    };
    auto collect = [&] {
      for (const StoryPairScore& p : c->StoryPairs()) {
        const double small = std::log1p(static_cast<double>(std::min(p.size_a, p.size_b)));
        const double large = std::log1p(static_cast<double>(std::max(p.size_a, p.size_b)));
        x.push_back(
            {1.0, p.body, p.head, p.entities, p.nearest, small, large, p.mean_member, p.top_terms});
        y.push_back(*majority(p.a) == *majority(p.b) ? 1.0 : 0.0);
        offset.push_back(o.story_merge.time * (p.time_decay - 1));
        weight.push_back(static_cast<double>(p.size_a * p.size_b));
      }
    };
    size_t added = 0;
    for (const LabeledArticle& a : *ts.stream) {
      auto r = c->Add(a.article, a.time);
      if (!r) return std::unexpected(r.error());
      ++gold_of[r->story][a.gold];
      if (++added % every == 0) collect();
    }
    collect();
  }
  if (examples != nullptr) *examples = x.size();
  if (x.empty()) return InvalidInput("no training examples: the streams produced no story pairs");
  std::array<double, kF> w{};
  if (pair_weighted) {
    // Mean weight 1, so the L2 penalty keeps its strength.
    double sum = 0;
    for (double c : weight) sum += c;
    for (double& c : weight) c *= static_cast<double>(weight.size()) / sum;
  }
  const std::vector<double>* weights = pair_weighted ? &weight : nullptr;
  if (topic_features) {
    auto fitted = FitLogistic<kF>(x, y, offset, l2, weights);
    if (!fitted) return std::unexpected(fitted.error());
    w = *fitted;
  } else {
    // The event model: the first seven features only.
    std::vector<std::array<double, 7>> x7;
    x7.reserve(x.size());
    for (const auto& row : x)
      x7.push_back({row[0], row[1], row[2], row[3], row[4], row[5], row[6]});
    auto fitted = FitLogistic<7>(x7, y, offset, l2, weights);
    if (!fitted) return std::unexpected(fitted.error());
    std::copy(fitted->begin(), fitted->end(), w.begin());
  }
  StoryMergeModel m;
  m.bias = w[0];
  m.body = w[1];
  m.head = w[2];
  m.entities = w[3];
  m.nearest = w[4];
  m.size_min = w[5];
  m.size_max = w[6];
  m.mean_member = w[7];
  m.top_terms = w[8];
  m.time = streams.front().options.story_merge.time;
  return m;
}

Result<NewStoryModel> FitNewStoryModel(const std::vector<TrainingStream>& streams, double l2,
                                       size_t* examples) {
  constexpr size_t kF = 5;
  std::vector<std::array<double, kF>> x;
  std::vector<double> y;
  auto replayed = ReplayWithGold(
      streams,
      [&](const TrainingStream&, const std::vector<CandidateScore>& candidates, size_t gold) {
        if (candidates.empty()) return;  // nothing to join: the article opens a story
        const CandidateScore& best = candidates.front();
        const double second = candidates.size() > 1 ? candidates[1].probability : 0.0;
        x.push_back({1.0, best.logit, best.probability - second, best.body_nearest,
                     std::log1p(static_cast<double>(best.story_size))});
        y.push_back(best.story == gold ? 1.0 : 0.0);
      });
  if (!replayed) return std::unexpected(replayed.error());
  if (examples != nullptr) *examples = x.size();
  if (x.empty()) return InvalidInput("no training examples: the streams produced no candidates");
  auto w = FitLogistic<kF>(x, y, std::vector<double>(x.size(), 0.0), l2);
  if (!w) return std::unexpected(w.error());
  NewStoryModel m;
  m.bias = (*w)[0];
  m.logit = (*w)[1];
  m.margin = (*w)[2];
  m.nearest = (*w)[3];
  m.size = (*w)[4];
  return m;
}

}  // namespace crosswire::cluster_internal
