// crosswire/attribute.h — which articles support each digest sentence.
//
// A digest sentence is supported by another article when that article has a
// sentence saying the same: cosine similarity of their TF-IDF vectors (content
// words, stemmed) at or above `min_similarity`. For each other article the
// best-matching sentence is reported, with its similarity.
#pragma once

#include "crosswire/represent.h"
#include "crosswire/summarize.h"

namespace crosswire {

struct AttributionOptions {
  // Cosine at or above which two sentences state the same thing. Outlets
  // rewrite wire copy rather than repeat it: on the example story, sentences
  // reporting the same statement in different words score 0.35-0.7, while
  // sentences that merely share the story's topic words ("Aleppo", "rebels",
  // "evacuation") stay below 0.3. Range (0, 1].
  float min_similarity = 0.35f;
};

// Fills `support` of every sentence of `summary`, strongest first (ties by
// article index). Articles are never cited for themselves.
// Complexity: O(summary sentences × story sentences) sparse dot products.
void Attribute(const AnalyzedStory& analyzed, Summary* summary,
               const AttributionOptions& options = {});

}  // namespace crosswire
