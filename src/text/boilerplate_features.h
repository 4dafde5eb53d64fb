// The boilerplate classifier's features and its compiled-in model, shared by
// the classifier (boilerplate.cc) and its trainer (bench/boilerplate_train.cc),
// so that training and use compute exactly the same numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text::internal {

// Feature layout: kDenseFeatures shape features, then 2^kLexicalBits hashed
// buckets for the first and last words.
inline constexpr uint32_t kDenseFeatures = 40;
inline constexpr uint32_t kLexicalBits = 14;
inline constexpr uint32_t kFeatureCount = kDenseFeatures + (1u << kLexicalBits);

struct Feature {
  uint32_t index = 0;
  float value = 0;
};

// The line as the repetition table keys it: lower-case ASCII letters, other
// word characters as they are, every digit as '0', words joined by one space.
std::string NormalizeLine(std::string_view unit);
// FNV-1a 64 of NormalizeLine(unit).
uint64_t LineHash(std::string_view unit);

// The features of `unit`; `line_frequency` is the number of training stories
// (other than the unit's own) in which its normalised line occurs.
void ExtractFeatures(const BoilerplateUnit& unit, uint32_t line_frequency,
                     std::vector<Feature>* out);

// The compiled-in model (boilerplate_model.cc, written by boilerplate_train).
struct ModelWeight {
  uint32_t index;
  float weight;
};
struct LineCount {
  uint64_t hash;
  uint32_t stories;
};
struct ModelData {
  std::span<const ModelWeight> weights;  // sparse: features not listed weigh 0
  std::span<const LineCount> lines;      // sorted by hash
  double threshold;
};
const ModelData& CompiledModel();

// Stories of the training set holding the line of `unit` (0 when unknown).
uint32_t TrainedLineFrequency(std::string_view unit);

// The model's probability for explicit weights (the trainer's cross-validation).
double Probability(std::span<const float> weights, std::span<const Feature> features);

}  // namespace crosswire::text::internal
