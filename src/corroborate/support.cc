// True citations: support by shared claims, not by shared words.
//
// Cosine similarity of TF-IDF vectors says two sentences use the same words;
// it does not say they state the same thing ("Iran rejected the deal" and
// "Russia accepted the deal" share most of their content words). A citation
// tells the reader "this outlet says so too", so it must rest on a claim the
// other outlet actually states: the claim alignment (align.cc) already
// decides, with referents and value intervals, which statements of two
// outlets are the same. A digest sentence is supported by an article when one
// of that article's sentences holds a claim of the same (non-conflicting)
// fact group, for most of the digest sentence's claims. Sentences without
// figures, dates, times or quotes fall back to names: the other sentence
// must name most of the people, places and organisations the digest sentence
// names, and be similar in words as well (cosine >= 0.2). On the 275
// labelled pairs of testdata/corroboration/citations (dev stories; the
// threshold and the majority rules were chosen there, so read the figure as
// a development one) this cites 20 pairs, all true.
#include <algorithm>
#include <map>
#include <set>

#include "extract.h"

namespace crosswire {
namespace {

bool IsStatementKind(FactKind k) {
  return k == FactKind::kQuantity || k == FactKind::kDate || k == FactKind::kTime ||
         k == FactKind::kDuration || k == FactKind::kQuote;
}

}  // namespace

void ConfirmSupport(const AnalyzedStory& analyzed, const std::vector<FactGroup>& groups,
                    Summary* summary, float min_similarity) {
  // Sentence id → groups stated (statements) and named (entities) in it, and
  // what each states a count of.
  std::map<size_t, std::set<size_t>> statements, names;
  std::map<std::pair<size_t, size_t>, std::string> thing;  // (sentence, group) → thing counted
  for (size_t g = 0; g < groups.size(); ++g) {
    const FactGroup& group = groups[g];
    const bool usable = group.verdict != Verdict::kConflict && !group.routine;
    for (const Fact& f : group.claims) {
      if (IsStatementKind(f.kind)) {
        if (usable && !f.modifier) statements[f.sentence].insert(g);
        thing.emplace(std::pair{f.sentence, g}, f.referent.thing);
      } else if (!group.routine) {
        names[f.sentence].insert(g);
      }
    }
  }
  // One count told with two nouns is one fact of the story ("113 people" /
  // "all 113 victims"), but a sentence about the victims is not cited by one
  // about the people killed: a citation rests on a count of the same thing.
  auto same_thing = [&](size_t sentence, size_t other, size_t g) {
    const auto a = thing.find({sentence, g}), b = thing.find({other, g});
    return a != thing.end() && b != thing.end() && a->second == b->second;
  };
  auto lookup = [](const std::map<size_t, std::set<size_t>>& m, size_t id) {
    auto it = m.find(id);
    return it == m.end() ? std::set<size_t>() : it->second;
  };
  for (SummarySentence& d : summary->sentences) {
    if (d.sentence >= analyzed.sentences.size()) continue;
    const Sentence& s = analyzed.sentences[d.sentence];
    const std::set<size_t> own_statements = lookup(statements, d.sentence);
    const std::set<size_t> own_names = lookup(names, d.sentence);
    d.support.clear();
    for (size_t a = 0; a < analyzed.articles(); ++a) {
      if (a == s.article) continue;
      auto [first, last] = analyzed.article_sentences[a];
      Support best{a, 0, 0.0f, ""};
      size_t best_shared = 0;
      for (size_t i = first; i < last; ++i) {
        const Sentence& other = analyzed.sentences[i];
        if (other.kind != text::UnitKind::kSentence) continue;
        const float sim = Cosine(s.tfidf, other.tfidf);
        size_t shared = 0;
        std::string claim;
        if (!own_statements.empty()) {
          for (size_t g : lookup(statements, i)) {
            if (own_statements.count(g) && same_thing(d.sentence, i, g)) {
              if (shared++ == 0) claim = groups[g].about;
            }
          }
          // The other sentence must state most of what this one states,
          // not one detail of it: "lasted 45 seconds at 3 a.m." is not
          // supported by a sentence that only gives the time.
          if (shared == 0 || 2 * shared <= own_statements.size()) continue;
        } else {
          if (own_names.empty() || sim < min_similarity) continue;
          const std::set<size_t> other_names = lookup(names, i);
          size_t common = 0;
          for (size_t g : own_names) common += other_names.count(g);
          if (2 * common <= own_names.size()) continue;
          shared = 1;
        }
        if (shared > best_shared || (shared == best_shared && sim > best.similarity)) {
          best = Support{a, i, sim, claim};
          best_shared = shared;
        }
      }
      if (best_shared > 0) d.support.push_back(best);
    }
    std::stable_sort(d.support.begin(), d.support.end(), [](const Support& x, const Support& y) {
      return x.similarity != y.similarity ? x.similarity > y.similarity : x.article < y.article;
    });
  }
}

}  // namespace crosswire
