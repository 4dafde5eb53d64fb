// Shared by the corroboration tests: read a story and analyse it the way the
// CLI does before calling Corroborate.
#pragma once

#include <string>
#include <vector>

#include "crosswire/corroborate.h"
#include "crosswire/ingest.h"
#include "crosswire/represent.h"
#include "crosswire/text.h"

namespace crosswire::testing {

// The cluster Corroborate reads: sentence spans and kinds per article.
inline Result<Cluster> AnalyzeForCorroboration(const Story& story) {
#if CROSSWIRE_HAVE_REPRESENT
  return AnalyzeStory(story);
#else
  Cluster cluster;
  cluster.story = &story;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    const size_t first = cluster.sentences.size();
    const auto units = text::SplitSentences(story.articles[a].text);
    for (size_t k = 0; k < units.size(); ++k) {
      Sentence s;
      s.article = a;
      s.index = k;
      s.begin = units[k].begin;
      s.end = units[k].end;
      s.kind = units[k].kind;
      cluster.sentences.push_back(std::move(s));
    }
    cluster.article_sentences.emplace_back(first, cluster.sentences.size());
  }
  return cluster;
#endif
}

}  // namespace crosswire::testing
