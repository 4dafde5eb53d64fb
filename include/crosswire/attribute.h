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
  // Cosine at or above which two sentences state the same thing. 0.5 keeps
  // paraphrases that share most content words ("20 buses waiting to take
  // people" / "some 20 buses were waiting to evacuate people") and rejects
  // sentences that only share the story's topic words. Range (0, 1].
  float min_similarity = 0.5f;
};

// Fills `support` of every sentence of `summary`, strongest first (ties by
// article index). Articles are never cited for themselves.
// Complexity: O(summary sentences × story sentences) sparse dot products.
void Attribute(const Cluster& cluster, Summary* summary, const AttributionOptions& options = {});

}  // namespace crosswire
