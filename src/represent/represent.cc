// Turning a story into numbers.
//
// Every unit the splitter finds becomes a Sentence. Words are case-folded,
// stemmed with Snowball and interned; stop words are kept in `all_terms` (for
// bigram concepts and queries) but left out of `terms`, which feed TF-IDF.
//
// IDF is computed inside the story: idf = 1 + log((N + 1) / df) over its N
// articles. There is no background corpus (nothing may be downloaded, and none
// ships with Debian in a usable form), so a word that every article uses gets a
// small but non-zero weight; methods that want "topic" words use the document
// frequency directly (see centroid.cc).
#include "crosswire/represent.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <unordered_map>

#include "crosswire/near_duplicate.h"

namespace crosswire {

TermId Vocabulary::Intern(std::string_view term) {
  auto [it, inserted] = ids_.try_emplace(std::string(term), static_cast<TermId>(terms_.size()));
  if (inserted) terms_.push_back(it->first);
  return it->second;
}

int64_t Vocabulary::Find(std::string_view term) const {
  auto it = ids_.find(std::string(term));
  return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

float Cosine(const SparseVector& a, const SparseVector& b) {
  if (a.norm == 0 || b.norm == 0) return 0;
  double dot = 0;
  auto i = a.entries.begin();
  auto j = b.entries.begin();
  while (i != a.entries.end() && j != b.entries.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += static_cast<double>(i->second) * j->second;
      ++i;
      ++j;
    }
  }
  return static_cast<float>(dot / (static_cast<double>(a.norm) * b.norm));
}

SparseVector TfIdfVector(std::vector<TermId> terms, const std::vector<float>& idf) {
  SparseVector v;
  std::sort(terms.begin(), terms.end());
  for (size_t i = 0; i < terms.size();) {
    size_t j = i;
    while (j < terms.size() && terms[j] == terms[i]) ++j;
    v.entries.emplace_back(terms[i], static_cast<float>(j - i) * idf[terms[i]]);
    i = j;
  }
  double sum = 0;
  for (const auto& [t, w] : v.entries) sum += static_cast<double>(w) * w;
  v.norm = static_cast<float>(std::sqrt(sum));
  return v;
}

namespace {

// True when the quotation marks of `s` do not pair up: straight double quotes
// odd in number, or unequal counts of curly opening and closing marks.
bool UnbalancedQuotes(std::string_view s) {
  // U+201C and U+201D are E2 80 9C and E2 80 9D in UTF-8: only a lead byte
  // E2 can start one, so the other bytes cost one comparison each.
  size_t straight = 0, open = 0, close = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') ++straight;
    if (s[i] != '\xE2' || s.size() - i < 3 || s[i + 1] != '\x80') continue;
    if (s[i + 2] == '\x9C') ++open;
    if (s[i + 2] == '\x9D') ++close;
  }
  return straight % 2 != 0 || open != close;
}

// True when `s` ends in an ellipsis ("...", "…"), closing quotes and
// brackets after it aside.
bool EndsInEllipsis(std::string_view s) {
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || text::IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with("\u201d") || s.ends_with("\u2019")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s.ends_with("...") || s.ends_with("\u2026");
}

uint32_t CountWhitespaceTokens(std::string_view s) {
  // text::IsAsciiSpace of every byte, asked once: this runs over every sentence.
  static const auto kSpace = [] {
    std::array<bool, 256> space{};
    for (size_t b = 0; b < space.size(); ++b) space[b] = text::IsAsciiSpace(static_cast<char>(b));
    return space;
  }();
  uint32_t n = 0;
  bool in_word = false;
  for (char c : s) {
    // ASCII white space, as ROUGE and DUC count words (a no-break space joins).
    bool space = kSpace[static_cast<unsigned char>(c)];
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Maps each surface form to (term id, is stop word) so each distinct word is
// folded and stemmed once per story.
class TermMapper {
 public:
  TermMapper(text::Stemmer stemmer, text::Language language, Vocabulary* vocabulary)
      : stemmer_(std::move(stemmer)), language_(language), vocabulary_(vocabulary) {}

  std::pair<TermId, bool> Map(const text::Token& token) {
    auto it = cache_.find(token.word);
    if (it != cache_.end()) return it->second;
    bool stop = text::IsStopWord(token.word, language_.name);
    std::string stem = token.is_number ? token.word : stemmer_.Stem(token.word);
    auto entry = std::make_pair(vocabulary_->Intern(stem), stop);
    cache_.emplace(token.word, entry);
    return entry;
  }

 private:
  text::Stemmer stemmer_;
  text::Language language_;
  Vocabulary* vocabulary_;
  std::unordered_map<std::string, std::pair<TermId, bool>> cache_;
};

Result<TermMapper> MakeMapper(const AnalysisOptions& options, Vocabulary* vocabulary) {
  auto stemmer = text::Stemmer::Create(options.language.name);
  if (!stemmer) return std::unexpected(stemmer.error());
  return TermMapper(std::move(*stemmer), options.language, vocabulary);
}

}  // namespace

Result<AnalyzedStory> AnalyzeStory(const Story& story, const AnalysisOptions& options) {
  return AnalyzeStory(std::make_shared<const Story>(story), options);
}

namespace {

// Each article's voice: the earliest article it is a wire copy of (exact or
// near, near_duplicate.h's defaults), else itself. A copy of a copy joins the
// first one's voice.
std::vector<size_t> FindVoices(const std::vector<Fingerprint>& fingerprints) {
  NearDuplicateIndex index;
  std::vector<size_t> voice(fingerprints.size());
  for (size_t a = 0; a < fingerprints.size(); ++a) {
    auto match = fingerprints[a].words > 0 ? index.Find(fingerprints[a]) : std::nullopt;
    voice[a] = match ? voice[match->key] : a;
    index.Insert(a, fingerprints[a]);
  }
  return voice;
}

}  // namespace

Result<AnalyzedStory> AnalyzeStory(std::shared_ptr<const Story> shared,
                                   const AnalysisOptions& options) {
  if (shared == nullptr || shared->articles.empty()) {
    return InvalidInput("the story has no articles");
  }
  const Story& story = *shared;
  AnalyzedStory analyzed;
  analyzed.story = std::move(shared);
  analyzed.language = options.language;
  auto mapper = MakeMapper(options, &analyzed.vocabulary);
  if (!mapper) return std::unexpected(mapper.error());

  std::vector<std::vector<TermId>> article_terms(story.articles.size());
  std::vector<Fingerprint> fingerprints;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    std::vector<text::Token> article_tokens;  // of its text, page furniture left out
    const std::string& body = story.articles[a].text;
    size_t first = analyzed.sentences.size();
    std::vector<text::TextUnit> units = text::SplitSentences(body);
    for (size_t u = 0; u < units.size(); ++u) {
      Sentence s;
      s.article = a;
      s.index = u;
      s.begin = units[u].begin;
      s.end = units[u].end;
      s.kind = units[u].kind;
      std::string_view span = std::string_view(body).substr(s.begin, s.end - s.begin);
      s.words = CountWhitespaceTokens(span);
      s.quote_fragment = UnbalancedQuotes(span);
      s.cut_off = EndsInEllipsis(span);
      std::vector<text::Token> tokens = text::Tokenize(span);
      for (const text::Token& token : tokens) {
        auto [id, stop] = mapper->Map(token);
        s.all_terms.push_back(id);
        if (!stop) s.terms.push_back(id);
      }
      if (s.kind != text::UnitKind::kNoise) {
        article_terms[a].insert(article_terms[a].end(), s.terms.begin(), s.terms.end());
        std::move(tokens.begin(), tokens.end(), std::back_inserter(article_tokens));
      }
      analyzed.sentences.push_back(std::move(s));
    }
    analyzed.article_sentences.emplace_back(first, analyzed.sentences.size());
    fingerprints.push_back(ComputeFingerprint(article_tokens));
  }
  analyzed.voice = FindVoices(fingerprints);

  // Document frequencies count voices: an article and its wire copies are
  // one document, so a story padded with copies does not weigh their words
  // as if several outlets had chosen them.
  const size_t n_terms = analyzed.vocabulary.size();
  analyzed.document_frequency.assign(n_terms, 0);
  std::vector<std::vector<TermId>> voice_terms(story.articles.size());
  for (size_t a = 0; a < story.articles.size(); ++a) {
    std::vector<TermId>& terms = voice_terms[analyzed.voice[a]];
    terms.insert(terms.end(), article_terms[a].begin(), article_terms[a].end());
  }
  for (std::vector<TermId>& unique : voice_terms) {
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (TermId t : unique) ++analyzed.document_frequency[t];
  }
  analyzed.idf.resize(n_terms);
  const double n = static_cast<double>(analyzed.voices());
  for (size_t t = 0; t < n_terms; ++t) {
    double df = std::max<uint32_t>(analyzed.document_frequency[t], 1);
    analyzed.idf[t] = static_cast<float>(1.0 + std::log((n + 1.0) / df));
  }
  for (Sentence& s : analyzed.sentences) s.tfidf = TfIdfVector(s.terms, analyzed.idf);
  for (auto& terms : article_terms)
    analyzed.article_vectors.push_back(TfIdfVector(terms, analyzed.idf));
  return analyzed;
}

Result<std::vector<TermId>> AnalyzeQuery(const AnalyzedStory& analyzed, std::string_view query) {
  auto stemmer = text::Stemmer::Create(analyzed.language.name);
  if (!stemmer) return std::unexpected(stemmer.error());
  std::vector<TermId> out;
  for (const text::Token& token : text::Tokenize(query)) {
    if (text::IsStopWord(token.word, analyzed.language.name)) continue;
    std::string stem = token.is_number ? token.word : stemmer->Stem(token.word);
    int64_t id = analyzed.vocabulary.Find(stem);
    if (id >= 0) out.push_back(static_cast<TermId>(id));
  }
  return out;
}

SimilarityGraph BuildSimilarityGraph(const AnalyzedStory& analyzed,
                                     const std::vector<size_t>& nodes,
                                     const GraphOptions& options) {
  SimilarityGraph graph;
  graph.nodes = nodes;
  // Inverted index over the terms that are selective enough to count.
  std::unordered_map<TermId, std::vector<std::pair<uint32_t, float>>> postings;
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    for (const auto& [t, w] : analyzed.sentences[nodes[i]].tfidf.entries) {
      postings[t].emplace_back(i, w);
    }
  }
  for (auto it = postings.begin(); it != postings.end();) {
    it = it->second.size() > options.max_postings ? postings.erase(it) : std::next(it);
  }
  std::vector<double> dot(nodes.size(), 0.0);
  std::vector<uint32_t> touched;
  std::vector<std::pair<uint32_t, float>> row;
  graph.row_begin.push_back(0);
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    const SparseVector& v = analyzed.sentences[nodes[i]].tfidf;
    touched.clear();
    for (const auto& [t, w] : v.entries) {
      auto it = postings.find(t);
      if (it == postings.end()) continue;
      for (const auto& [j, wj] : it->second) {
        if (j == i) continue;
        if (dot[j] == 0) touched.push_back(j);
        dot[j] += static_cast<double>(w) * wj;
      }
    }
    row.clear();
    for (uint32_t j : touched) {
      const SparseVector& u = analyzed.sentences[nodes[j]].tfidf;
      float sim = static_cast<float>(dot[j] / (static_cast<double>(v.norm) * u.norm));
      dot[j] = 0;
      if (sim >= options.min_similarity && sim > 0) row.emplace_back(j, sim);
    }
    if (row.size() > options.max_neighbors) {
      std::partial_sort(row.begin(), row.begin() + options.max_neighbors, row.end(),
                        [](const auto& a, const auto& b) {
                          return a.second != b.second ? a.second > b.second : a.first < b.first;
                        });
      row.resize(options.max_neighbors);
    }
    std::sort(row.begin(), row.end());
    graph.edges.insert(graph.edges.end(), row.begin(), row.end());
    graph.row_begin.push_back(graph.edges.size());
  }
  return graph;
}

}  // namespace crosswire
