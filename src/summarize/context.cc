// Self-contained digests: every quoted sentence can be read where it stands.
//
// An extractive digest takes sentences out of their articles. One whose
// subject is a pronoun ("In the call, he explained ..."), that speaks in the
// first person, or that quotes someone it names only as "he" is meaningless
// without the sentence before it (text::LeansOnEarlierSentence). After a
// method has chosen, each such sentence is settled, in reading order:
//
//  - its antecedent (the sentence before it in its article) is in the digest:
//    nothing to do, since the reading order puts the two together;
//  - else the antecedent is added when it fits the budget and stands alone
//    itself (one step back, no chains);
//  - else the sentence is left out.
//
// When sentences were left out, the freed budget goes to candidates that
// stand alone, most central first (the terms' document frequency per
// sqrt(word), as BoundCandidates ranks), skipping near-copies. We do not
// rewrite sentences (swapping a name in for "he"): a digest quotes its
// articles byte for byte, and a substitution is only as good as the
// resolution behind it.
#include <algorithm>
#include <cmath>
#include <string>

#include "crosswire/summarize.h"
#include "select.h"

namespace crosswire {
namespace {

// The sentence before `id` in its article, when it is running text.
std::optional<size_t> Antecedent(const AnalyzedStory& analyzed, size_t id) {
  if (id == 0) return std::nullopt;
  const Sentence& s = analyzed.sentences[id];
  const Sentence& before = analyzed.sentences[id - 1];
  if (before.article != s.article || before.kind != text::UnitKind::kSentence) return std::nullopt;
  return id - 1;
}

bool Leans(const AnalyzedStory& analyzed, size_t id) {
  return text::LeansOnEarlierSentence(analyzed.text(analyzed.sentences[id]), analyzed.language);
}

}  // namespace

bool StandsAlone(const AnalyzedStory& analyzed, size_t id, const std::vector<size_t>& digest) {
  if (!Leans(analyzed, id)) return true;
  auto before = Antecedent(analyzed, id);
  return before && std::find(digest.begin(), digest.end(), *before) != digest.end();
}

std::vector<size_t> KeepSelfContained(const AnalyzedStory& analyzed, const SummaryRequest& request,
                                      std::vector<size_t> ids, std::vector<std::string>* notes) {
  std::sort(ids.begin(), ids.end());  // story order: article, then position
  const Budget& budget = request.budget;
  auto cost = [&](const std::vector<size_t>& digest) {
    size_t used = 0;
    for (size_t k = 0; k < digest.size(); ++k) {
      used += budget.AddedCost(analyzed, analyzed.sentences[digest[k]], k);
    }
    return used;
  };
  size_t added = 0, dropped = 0;
  for (size_t k = 0; k < ids.size();) {
    const size_t id = ids[k];
    if (StandsAlone(analyzed, id, ids)) {
      ++k;
      continue;
    }
    auto before = Antecedent(analyzed, id);
    if (before && !request.IsKnown(analyzed.sentences[*before].article) &&
        !Leans(analyzed, *before)) {
      std::vector<size_t> with = ids;
      with.insert(with.begin() + static_cast<std::ptrdiff_t>(k), *before);
      if (cost(with) <= budget.limit) {
        ids = std::move(with);
        ++added;
        k += 2;
        continue;
      }
    }
    ids.erase(ids.begin() + static_cast<std::ptrdiff_t>(k));
    ++dropped;
  }
  if (dropped > 0) {
    // A candidate longer than what is left now cannot be added later either
    // (what is used only grows), so the fill would skip it: it is not asked
    // whether it leans, which is the costly test.
    const size_t used = cost(ids);
    const size_t left = used < budget.limit ? budget.limit - used : 0;
    std::vector<size_t> alone;
    for (size_t id : Candidates(analyzed, request)) {
      if (budget.AddedCost(analyzed, analyzed.sentences[id], ids.size()) > left) continue;
      if (!Leans(analyzed, id)) alone.push_back(id);
    }
    ids =
        GreedyExtend(analyzed, std::move(ids), CentralityOrder(analyzed, std::move(alone)), budget);
  }
  if (added + dropped > 0 && notes != nullptr) {
    notes->push_back("self-contained: " + std::to_string(added) +
                     " sentence(s) added before one that refers back to them, " +
                     std::to_string(dropped) + " left out whose antecedent did not fit");
  }
  return ids;
}

}  // namespace crosswire
