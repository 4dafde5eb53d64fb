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
// buckets for the first and last words and, in units of at most
// kBagOfWordsMaxWords words, every word and word pair.
inline constexpr uint32_t kDenseFeatures = 47;
inline constexpr uint32_t kLexicalBits = 16;
inline constexpr size_t kBagOfWordsMaxWords = 40;
inline constexpr uint32_t kFeatureCount = kDenseFeatures + (1u << kLexicalBits);

struct Feature {
  uint32_t index = 0;
  float value = 0;
};

// A unit split into white-space separated words, each with its normalised
// form (word characters only, ASCII lower-cased, every digit as '0', other
// word characters as they are). The classifier's features, the line table's
// key and the novel-word shares all read it, so a unit is split once.
struct UnitWords {
  struct Word {
    std::string_view raw;   // the token as written (a view into the unit)
    size_t norm_begin = 0;  // its normalised form: norm.substr(norm_begin, norm_size)
    size_t norm_size = 0;
  };
  std::string norm;  // every word's normalised form, back to back
  std::vector<Word> words;

  std::string_view Norm(size_t k) const {
    return std::string_view(norm).substr(words[k].norm_begin, words[k].norm_size);
  }
};
// Splits `unit` into `out` (its buffers are reused); `out` views `unit`.
void SplitUnitWords(std::string_view unit, UnitWords* out);
UnitWords SplitUnitWords(std::string_view unit);

// The line as the repetition table keys it: lower-case ASCII letters, other
// word characters as they are, every digit as '0', words joined by one space.
std::string NormalizeLine(std::string_view unit);
// FNV-1a 64 of NormalizeLine(unit).
uint64_t LineHash(std::string_view unit);
uint64_t LineHash(const UnitWords& words);  // LineHash of the unit `words` was split from

// For each unit of one article, in order, the share of its words (normalised
// as by NormalizeLine, three characters or more, not numbers) that occur in no
// other unit of the article; -1 for a unit without such words. Linear in the
// article's length.
std::vector<float> NovelWordShares(std::span<const std::string_view> units);
std::vector<float> NovelWordSharesOfSplit(std::span<const UnitWords> units);

// The features of `unit`; `line_frequency` is the number of training stories
// (other than the unit's own) in which its normalised line occurs.
void ExtractFeatures(const BoilerplateUnit& unit, uint32_t line_frequency,
                     std::vector<Feature>* out);
// The same, with `words` = SplitUnitWords(unit.text) already at hand.
void ExtractFeatures(const BoilerplateUnit& unit, const UnitWords& words, uint32_t line_frequency,
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
  // The lower threshold for a unit next to a flagged one (hysteresis; see
  // ContextFlags in boilerplate.cc), at most `threshold`.
  double context_threshold;
};
const ModelData& CompiledModel();

// Stories of the training set holding the line of `unit` (0 when unknown).
uint32_t TrainedLineFrequency(std::string_view unit);
uint32_t TrainedLineFrequency(const UnitWords& words);

// BoilerplateProbability(unit), with `words` = SplitUnitWords(unit.text).
double BoilerplateProbability(const BoilerplateUnit& unit, const UnitWords& words);

// Whether the unit `text` is an agency tag cut off by the splitter ("(CNN) —"):
// kNoise, but no evidence about its neighbours, which are story text.
bool IsAgencyTagUnit(std::string_view text);

// The second pass of the classifier: given each unit's probability and
// whether it is already flagged (by the lists or p >= threshold), a unit
// that is not flagged but stands next to a flagged one (previous or next
// unit of the article, agency tags not counting) is flagged when its
// probability reaches `context_threshold`. One pass over the first-pass
// flags only, so it does not chain and the result does not depend on order.
// `neighbour_evidence[k]` is false for units that must not count as flagged
// neighbours (agency tags).
std::vector<bool> ContextFlags(std::span<const double> probability,
                               const std::vector<bool>& flagged,
                               const std::vector<bool>& neighbour_evidence,
                               double context_threshold);

// The model's probability for explicit weights (the trainer's cross-validation).
double Probability(std::span<const float> weights, std::span<const Feature> features);

}  // namespace crosswire::text::internal
