#include "synthetic_story.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>

#include "crosswire/ingest.h"
#include "crosswire/text.h"

namespace crosswire::bench {
namespace {

// Whitespace-separated tokens, as the candidate filter counts words.
size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Single spaces only, so that a sentence reads the same wherever it lands
// (DUC text is hard-wrapped).
std::string FoldSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Draws from std::mt19937_64 without std:: distributions, whose algorithms
// the standard leaves to each library: the same seed gives the same story
// everywhere.
class Draw {
 public:
  explicit Draw(uint64_t seed) : engine_(seed) {}
  size_t Below(size_t bound) { return static_cast<size_t>(engine_() % bound); }  // bias < 2^-40
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }     // [0, 1)
  // An index drawn with probability proportional to the increments of
  // `cumulative` (non-decreasing, last element > 0).
  size_t Weighted(const std::vector<double>& cumulative) {
    double x = Unit() * cumulative.back();
    auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return std::min(static_cast<size_t>(it - cumulative.begin()), cumulative.size() - 1);
  }

 private:
  std::mt19937_64 engine_;
};

// The order in which SampledStory and CoreTopic see the topics: core first,
// then the side threads. The first draws of `draw`.
std::vector<size_t> ShuffledTopics(size_t topics, Draw& draw) {
  std::vector<size_t> order(topics);
  for (size_t i = 0; i < topics; ++i) order[i] = i;
  for (size_t i = topics; i > 1; --i) std::swap(order[i - 1], order[draw.Below(i)]);
  return order;
}

}  // namespace

Story ZipfianStory(size_t articles, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> vocab;
  for (int i = 0; i < 2000; ++i) vocab.push_back("w" + std::to_string(i) + "x");
  std::vector<double> weights;
  for (int i = 0; i < 2000; ++i) weights.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  Story story;
  for (size_t a = 0; a < articles; ++a) {
    Article art;
    art.id = art.outlet = "a" + std::to_string(a);
    for (int s = 0; s < 20; ++s) {
      std::string sentence = "Report";
      for (int w = 0; w < 18; ++w) sentence += " " + vocab[word(rng)];
      art.text += sentence + ". ";
    }
    story.articles.push_back(std::move(art));
  }
  return story;
}

size_t SentencePool::sentences() const {
  size_t n = 0;
  for (const Topic& t : topics) n += t.leads.size() + t.sentences.size();
  return n;
}

Result<SentencePool> ReadDucSentencePool(const std::string& duc_dir) {
  namespace fs = std::filesystem;
  fs::path docs = fs::path(duc_dir) / "docs";
  std::error_code ec;
  if (!fs::is_directory(docs, ec)) {
    return NotFound("no DUC docs/ directory at " + docs.string());
  }
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(docs)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  std::map<std::string, std::string> queries;
  for (const auto& entry : fs::directory_iterator(duc_dir)) {
    const fs::path& p = entry.path();
    if (p.filename().string().find("topics") == std::string::npos || p.extension() != ".sgml") {
      continue;
    }
    auto topics = ingest::ReadDucTopics(p.string());
    if (!topics) return std::unexpected(topics.error());
    for (const ingest::Topic& t : *topics) {
      queries[t.id] = t.Query();
    }
  }
  SentencePool pool;
  pool.source = docs.string();
  for (const fs::path& dir : dirs) {
    auto story = ingest::ReadStory({dir.string()});
    if (!story) return std::unexpected(story.error());
    SentencePool::Topic topic;
    topic.id = dir.filename().string();
    if (auto q = queries.find(topic.id); q != queries.end()) topic.query = q->second;
    for (const Article& article : story->articles) {
      bool first = true;
      for (const text::TextUnit& unit : text::SplitSentences(article.text)) {
        if (unit.kind != text::UnitKind::kSentence) continue;
        std::string_view s =
            std::string_view(article.text).substr(unit.begin, unit.end - unit.begin);
        size_t words = CountWords(s);
        if (words < 6 || words > 80) continue;
        (first ? topic.leads : topic.sentences).push_back(FoldSpace(s));
        first = false;
      }
    }
    if (!topic.leads.empty() && !topic.sentences.empty()) pool.topics.push_back(std::move(topic));
  }
  return pool;
}

Story SampledStory(const SentencePool& pool, size_t articles, uint64_t seed) {
  Draw draw(seed);
  const size_t topics = pool.topics.size();
  // A core event and three side threads that many articles also mention
  // (DUC topics are unrelated, so these are recurring digressions rather
  // than other angles on the event); everything else is background.
  const std::vector<size_t> order = ShuffledTopics(topics, draw);
  const SentencePool::Topic& core = pool.topics[order[0]];
  const std::vector<size_t> side(order.begin() + 1, order.begin() + 4);

  // Zipf over the core sentences, in a seeded order: the few facts at the
  // head are told by most outlets, the tail by one or two.
  std::vector<size_t> rank(core.sentences.size());
  for (size_t i = 0; i < rank.size(); ++i) rank[i] = i;
  for (size_t i = rank.size(); i > 1; --i) std::swap(rank[i - 1], rank[draw.Below(i)]);
  std::vector<double> cumulative(rank.size());
  double sum = 0;
  for (size_t i = 0; i < rank.size(); ++i) cumulative[i] = sum += 1.0 / static_cast<double>(i + 1);

  Story story;
  story.id = "synthetic-" + core.id + "-" + std::to_string(articles);
  story.articles.reserve(articles);
  for (size_t a = 0; a < articles; ++a) {
    Article art;
    art.id = "s" + std::to_string(a);
    art.outlet = "outlet" + std::to_string(draw.Below(40));
    char date[32];
    std::snprintf(date, sizeof date, "2006-03-%02zuT%02zu:%02zu:00Z", 1 + draw.Below(30),
                  draw.Below(24), draw.Below(60));
    art.published = date;
    const size_t length = 12 + draw.Below(24);
    art.text = core.leads[draw.Below(core.leads.size())];
    for (size_t s = 1; s < length; ++s) {
      // Two sentences per paragraph, as wire copy is laid out.
      art.text += s % 2 == 0 ? "\n\n" : " ";
      double x = draw.Unit();
      if (x < 0.6) {
        art.text += core.sentences[rank[draw.Weighted(cumulative)]];
      } else if (x < 0.85) {
        const SentencePool::Topic& t = pool.topics[side[draw.Below(side.size())]];
        art.text += t.sentences[draw.Below(t.sentences.size())];
      } else {
        const SentencePool::Topic& t = pool.topics[order[4 + draw.Below(topics - 4)]];
        art.text += t.sentences[draw.Below(t.sentences.size())];
      }
    }
    art.text += "\n";
    art.source = story.id + ":" + art.id;
    story.articles.push_back(std::move(art));
  }
  return story;
}

const SentencePool::Topic& CoreTopic(const SentencePool& pool, uint64_t seed) {
  Draw draw(seed);
  return pool.topics[ShuffledTopics(pool.topics.size(), draw)[0]];
}

}  // namespace crosswire::bench
