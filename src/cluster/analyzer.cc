// Article analysis for clustering: content stems, a head, entity-like words.
//
// Named entities are approximated by capitalisation, as a tagger would be too
// slow for a stream and none ships with Debian: a word whose first letter is
// an ASCII capital and that does not open a sentence (the previous non-space,
// non-quote character is not . ! ? : or a line break, and it is not the first
// word of the text) and is not a stop word. Titles are left out (headline
// case capitalises everything). This finds names and places well in English
// news ("Tara Reid", "Betty Ford Center", "Aleppo") and misses the ones that
// open sentences, which a name usually does not do every time.
#include "analyzer.h"

#include <algorithm>

namespace crosswire::cluster_internal {
namespace {

constexpr size_t kMaxHeadWords = 40;
constexpr size_t kMinHeadWords = 4;
// A text of fewer words than kFurnitureCheckWords is read for page furniture
// (text::SplitSentences with the boilerplate classifier); with fewer than
// kMinStoryWords words outside it, the page has no story text. Longer texts
// are not read (their furniture is too small a share to steer them, and the
// splitter would cost as much as the rest of the clustering).
constexpr size_t kFurnitureCheckWords = 200;
constexpr size_t kMinStoryWords = 20;

// Whether fewer than kMinStoryWords of `tokens` lie outside the page
// furniture of `text` ("Tweet with a location ...", an archive's crawl note).
bool OnlyFurniture(std::string_view text, const std::vector<text::Token>& tokens) {
  if (tokens.size() >= kFurnitureCheckWords) return false;
  if (tokens.size() < kMinStoryWords) return false;  // a short text is what it is
  size_t story_words = 0, k = 0;
  for (const text::TextUnit& unit : text::SplitSentences(text)) {
    while (k < tokens.size() && tokens[k].begin < unit.begin) ++k;
    for (; k < tokens.size() && tokens[k].begin < unit.end; ++k) {
      story_words += unit.kind != text::UnitKind::kNoise;
    }
  }
  return story_words < kMinStoryWords;
}

TermCounts Count(std::vector<TermId> terms) {
  std::sort(terms.begin(), terms.end());
  TermCounts out;
  for (size_t i = 0; i < terms.size();) {
    size_t j = i;
    while (j < terms.size() && terms[j] == terms[i]) ++j;
    out.emplace_back(terms[i], 1.0f + std::log(static_cast<float>(j - i)));
    i = j;
  }
  return out;
}

bool OpensSentence(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0) {
    char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '`' || c == '\r') {
      --i;
      continue;
    }
    // The tail bytes of a UTF-8 curly quote (U+201C/U+201D/U+2018: E2 80 9C/9D/98).
    if ((c == '\x9c' || c == '\x9d' || c == '\x98') && i >= 3 && text[i - 3] == '\xe2' &&
        text[i - 2] == '\x80') {
      i -= 3;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '-';
  }
  return true;
}

// True when the gap between two tokens ends a sentence or a line.
bool EndsUnit(std::string_view gap) { return gap.find_first_of(".!?\n") != std::string_view::npos; }

}  // namespace

Result<ArticleAnalyzer> ArticleAnalyzer::Create(const std::string& language) {
  auto stemmer = text::Stemmer::Create(language);
  if (!stemmer) return std::unexpected(stemmer.error());
  return ArticleAnalyzer(std::move(*stemmer), language);
}

int64_t ArticleAnalyzer::ContentTerm(const std::string& word) {
  const uint64_t hash = WordTable::Hash(word);
  if (const int64_t* id = content_cache_.Find(word, hash)) return *id;
  int64_t id = -1;
  if (word.size() > 1 && !text::IsStopWord(word, language_)) {
    id = vocabulary_.Intern(stemmer_.Stem(word));
  }
  content_cache_.Insert(word, hash, id);
  return id;
}

Result<void> ArticleAnalyzer::LoadVocabulary(const std::vector<std::string>& terms) {
  if (vocabulary_.size() != 0) {
    return InvalidInput("a vocabulary can only be loaded into an empty analyzer");
  }
  for (size_t i = 0; i < terms.size(); ++i) {
    if (vocabulary_.Intern(terms[i]) != i) {
      return InvalidInput("vocabulary term " + std::to_string(i) + " (\"" + Abbreviate(terms[i]) +
                          "\") repeats an earlier term");
    }
  }
  return {};
}

TermId ArticleAnalyzer::EntityTerm(const std::string& word) {
  const uint64_t hash = WordTable::Hash(word);
  if (const int64_t* id = entity_cache_.Find(word, hash)) return static_cast<TermId>(*id);
  TermId id = vocabulary_.Intern("\x01" + word);
  entity_cache_.Insert(word, hash, id);
  return id;
}

Result<AnalyzedArticle> ArticleAnalyzer::Analyze(const Article& article) {
  AnalyzedArticle out;
  out.tokens = text::Tokenize(article.text);
  std::vector<text::Token> title_tokens;
  if (article.title) title_tokens = text::Tokenize(*article.title);
  if (out.tokens.empty() && title_tokens.empty()) {
    return InvalidInput("article \"" + Abbreviate(article.id) + "\" (" +
                        Abbreviate(article.source, 80) + ") has no words to cluster on");
  }
  if (OnlyFurniture(article.text, out.tokens)) {
    if (title_tokens.empty()) {
      out.tokens.clear();
      out.no_story_text = true;
      return out;
    }
    out.tokens.clear();  // the title alone, below
  }
  std::vector<TermId> body, head, entities;
  body.reserve(out.tokens.size());
  const std::string_view text = article.text;
  const bool has_title = !title_tokens.empty();
  bool head_open = !has_title;
  for (size_t i = 0; i < out.tokens.size(); ++i) {
    const text::Token& tok = out.tokens[i];
    int64_t term = ContentTerm(tok.word);
    if (term >= 0) {
      body.push_back(static_cast<TermId>(term));
      if (head_open) head.push_back(static_cast<TermId>(term));
      char first = text[tok.begin];
      if (first >= 'A' && first <= 'Z' && !OpensSentence(text, tok.begin)) {
        entities.push_back(EntityTerm(tok.word));
      }
    }
    if (head_open) {
      size_t next = i + 1 < out.tokens.size() ? out.tokens[i + 1].begin : text.size();
      if (i + 1 >= kMaxHeadWords ||
          (i + 1 >= kMinHeadWords && EndsUnit(text.substr(tok.end, next - tok.end)))) {
        head_open = false;
      }
    }
  }
  for (const text::Token& tok : title_tokens) {
    int64_t term = ContentTerm(tok.word);
    if (term >= 0) head.push_back(static_cast<TermId>(term));
  }
  if (out.tokens.empty()) {
    out.tokens = std::move(title_tokens);
    body = head;
  }
  out.body = Count(std::move(body));
  out.head = Count(std::move(head));
  out.entities = Count(std::move(entities));
  return out;
}

float DocumentFrequencies::Log(uint64_t x) {
  static const std::vector<float> table = [] {
    std::vector<float> t(1 << 16);
    for (size_t i = 1; i < t.size(); ++i)
      t[i] = static_cast<float>(std::log(static_cast<double>(i)));
    return t;
  }();
  return x < table.size() ? table[x] : static_cast<float>(std::log(static_cast<double>(x)));
}

void DocumentFrequencies::Add(const AnalyzedArticle& a, int sign) {
  n_ += sign;
  log_n1_ = static_cast<float>(std::log(static_cast<double>(n_) + 1));
  auto bump = [&](const TermCounts& counts, const TermCounts* skip) {
    for (const auto& [t, w] : counts) {
      if (skip != nullptr &&
          std::binary_search(skip->begin(), skip->end(), std::make_pair(t, 0.0f),
                             [](const auto& x, const auto& y) { return x.first < y.first; })) {
        continue;
      }
      if (t >= df_.size()) {
        df_.resize(static_cast<size_t>(t) + 1 + df_.size() / 2, 0);
        log_df1_.resize(df_.size(), 0.0f);
      }
      df_[t] += sign;
      log_df1_[t] = Log(df_[t] + 1);
    }
  };
  // A stem counts once per article whether it is in the body, the head or both.
  bump(a.body, nullptr);
  bump(a.head, &a.body);
  bump(a.entities, nullptr);
}

bool DocumentFrequencies::Covers(const AnalyzedArticle& a) const {
  if (n_ == 0) return false;
  auto covered = [&](const TermCounts& counts) {
    return std::all_of(counts.begin(), counts.end(),
                       [&](const auto& e) { return df(e.first) > 0; });
  };
  return covered(a.body) && covered(a.head) && covered(a.entities);
}

void DocumentFrequencies::Load(const std::vector<uint32_t>& df, uint64_t n) {
  df_ = df;
  log_df1_.resize(df_.size());
  for (size_t t = 0; t < df_.size(); ++t) log_df1_[t] = Log(df_[t] + 1);
  n_ = n;
  log_n1_ = static_cast<float>(std::log(static_cast<double>(n_) + 1));
}

SparseVector Weigh(const TermCounts& counts, const DocumentFrequencies& df) {
  SparseVector v;
  v.entries.reserve(counts.size());
  double sum = 0;
  for (const auto& [t, tf] : counts) {
    float w = tf * df.Idf(t);
    v.entries.emplace_back(t, w);
    sum += static_cast<double>(w) * w;
  }
  v.norm = static_cast<float>(std::sqrt(sum));
  return v;
}

}  // namespace crosswire::cluster_internal
