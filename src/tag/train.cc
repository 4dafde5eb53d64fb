// Training: averaged perceptron (Collins 2002), greedy decoding.
//
// Each pass visits the sentences in an order drawn from a fixed-seed
// generator. At each word the current weights predict a label from the
// features (which include the labels predicted for the words before); when
// the prediction is wrong, the gold label's weights of those features go up
// by one and the predicted label's go down by one. The model keeps the
// average of every weight over all steps, which generalises far better than
// the final weights; averages are kept lazily (a weight remembers when it
// last changed and adds value × elapsed steps then).
//
// Writing: features seen fewer than `min_feature_count` times are dropped,
// weights are scaled to 16-bit integers and zeros dropped, and the features
// go into an open-addressing table in hash order, so the same input gives the
// same bytes.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <unordered_map>

#include "crosswire/tag.h"
#include "perceptron.h"
#include "templates.h"

namespace crosswire::tag {
namespace {

using FeatureFn = void (*)(const SentenceView&, size_t, uint8_t, uint8_t, std::vector<uint32_t>*);

// Label inventory in sorted order (deterministic).
std::vector<std::string> Labels(const std::vector<TaggedSentence>& sentences, bool pos) {
  std::vector<std::string> labels;
  for (const auto& s : sentences) {
    for (const auto& l : pos ? s.pos : s.ner) labels.push_back(l);
  }
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return labels;
}

// Trains one perceptron over `sentences`' labels (POS or NER).
Perceptron TrainOne(const std::vector<TaggedSentence>& sentences, bool pos, int iterations,
                    uint32_t seed, const std::vector<std::string>& labels, FeatureFn features) {
  Perceptron model(labels.size());
  std::vector<std::vector<uint8_t>> gold(sentences.size());
  std::vector<std::vector<std::string_view>> words(sentences.size());
  for (size_t k = 0; k < sentences.size(); ++k) {
    for (const auto& l : pos ? sentences[k].pos : sentences[k].ner) {
      gold[k].push_back(
          static_cast<uint8_t>(std::lower_bound(labels.begin(), labels.end(), l) - labels.begin()));
    }
    for (const auto& w : sentences[k].words) words[k].push_back(w);
  }
  std::vector<uint32_t> feats;
  // Feature counts over the gold label history (for pruning).
  for (size_t k = 0; k < sentences.size(); ++k) {
    const SentenceView view = MakeView(words[k]);
    uint8_t prev = kStartLabel, prev2 = kStartLabel;
    for (size_t i = 0; i < words[k].size(); ++i) {
      features(view, i, prev, prev2, &feats);
      model.Count(feats);
      prev2 = prev;
      prev = gold[k][i];
    }
  }
  std::mt19937 rng(seed);
  std::vector<size_t> order(sentences.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::vector<float> scores;
  for (int it = 0; it < iterations; ++it) {
    // Fisher–Yates with the generator's raw output: the same on every platform.
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (size_t k : order) {
      const SentenceView view = MakeView(words[k]);
      uint8_t prev = kStartLabel, prev2 = kStartLabel;
      for (size_t i = 0; i < words[k].size(); ++i) {
        features(view, i, prev, prev2, &feats);
        model.Score(feats, &scores);
        const auto guess =
            static_cast<uint8_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        if (guess != gold[k][i]) model.Update(feats, gold[k][i], guess);
        model.Tick();
        prev2 = prev;
        prev = guess;
      }
    }
  }
  return model;
}

// The span-type labels: EntityTypeName of each type but kNone, sorted.
std::vector<std::string> TypeLabels() {
  std::vector<std::string> labels;
  for (EntityType t :
       {EntityType::kPerson, EntityType::kPlace, EntityType::kOrganization, EntityType::kOther}) {
    labels.emplace_back(EntityTypeName(t));
  }
  std::sort(labels.begin(), labels.end());
  return labels;
}

// Trains the span-type classifier over the gold named spans of `sentences`:
// one decision per span, spans visited in a fixed-seed order.
Perceptron TrainSpanTypes(const std::vector<TaggedSentence>& sentences, int iterations,
                          uint32_t seed, const std::vector<std::string>& labels) {
  Perceptron model(labels.size());
  std::vector<std::vector<std::string_view>> words(sentences.size());
  std::vector<SentenceView> views;
  views.reserve(sentences.size());
  struct Example {
    size_t sentence, begin, end;
    uint8_t gold;
  };
  std::vector<Example> examples;
  std::vector<uint32_t> feats;
  for (size_t k = 0; k < sentences.size(); ++k) {
    for (const auto& w : sentences[k].words) words[k].push_back(w);
    views.push_back(MakeView(words[k]));
    std::vector<std::string_view> ner(sentences[k].ner.begin(), sentences[k].ner.end());
    for (const EntitySpan& e : SpansFromLabels(ner)) {
      const std::string_view name = EntityTypeName(e.type);
      const auto gold = static_cast<uint8_t>(std::lower_bound(labels.begin(), labels.end(), name) -
                                             labels.begin());
      examples.push_back(Example{k, e.begin, e.end, gold});
      SpanFeatures(views[k], e.begin, e.end, &feats);
      model.Count(feats);
    }
  }
  std::mt19937 rng(seed);
  std::vector<size_t> order(examples.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::vector<float> scores;
  for (int it = 0; it < iterations; ++it) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (size_t k : order) {
      const Example& x = examples[k];
      SpanFeatures(views[x.sentence], x.begin, x.end, &feats);
      model.Score(feats, &scores);
      const auto guess =
          static_cast<uint8_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      if (guess != x.gold) model.Update(feats, x.gold, guess);
      model.Tick();
    }
  }
  return model;
}

}  // namespace

std::string Train(const std::vector<TaggedSentence>& sentences, const TrainOptions& options) {
  std::string out(kModelMagic);
  const auto pos_labels = Labels(sentences, true);
  const auto ner_labels = Labels(sentences, false);
  const Perceptron pos =
      TrainOne(sentences, true, options.pos_iterations, options.seed, pos_labels, &PosFeatures);
  WriteTable(pos_labels, pos, options.min_feature_count, &out);
  const Perceptron ner =
      TrainOne(sentences, false, options.ner_iterations, options.seed, ner_labels, &NerFeatures);
  WriteTable(ner_labels, ner, options.min_feature_count, &out);
  const auto type_labels = TypeLabels();
  const Perceptron types =
      TrainSpanTypes(sentences, options.type_iterations, options.seed, type_labels);
  WriteTable(type_labels, types, options.type_min_feature_count, &out);
  return out;
}

}  // namespace crosswire::tag
