// Attribution: for each digest sentence, the best-matching sentence of every
// other article, kept when the match is close enough to count as the same
// statement. Headings and noise are never support.
#include "crosswire/attribute.h"

#include <algorithm>

namespace crosswire {

void Attribute(const AnalyzedStory& analyzed, Summary* summary, const AttributionOptions& options) {
  for (SummarySentence& digest_sentence : summary->sentences) {
    const Sentence& s = analyzed.sentences[digest_sentence.sentence];
    digest_sentence.support.clear();
    for (size_t a = 0; a < analyzed.articles(); ++a) {
      if (a == s.article) continue;
      auto [first, last] = analyzed.article_sentences[a];
      Support best{a, 0, 0.0f, ""};
      for (size_t i = first; i < last; ++i) {
        const Sentence& other = analyzed.sentences[i];
        if (other.kind != text::UnitKind::kSentence) continue;
        float sim = Cosine(s.tfidf, other.tfidf);
        if (sim > best.similarity) best = Support{a, i, sim, ""};
      }
      if (best.similarity >= options.min_similarity) digest_sentence.support.push_back(best);
    }
    std::stable_sort(digest_sentence.support.begin(), digest_sentence.support.end(),
                     [](const Support& x, const Support& y) {
                       return x.similarity != y.similarity ? x.similarity > y.similarity
                                                           : x.article < y.article;
                     });
  }
}

}  // namespace crosswire
