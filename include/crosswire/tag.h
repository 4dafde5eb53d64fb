// crosswire/tag.h — a learned part-of-speech and named-entity tagger.
//
// Two averaged perceptrons (Collins 2002) with hashed features, decoded
// greedily left to right: one assigns Penn Treebank parts of speech, the other
// BIO entity tags of four types (person, place, organization, other). Both are
// trained on GUM (Zeldes 2017) by the `train_tagger` tool; the model file
// (data/tag/gum.model) is embedded into the library at build time, so a
// program needs nothing beside its binary. docs/tagging.md has the method,
// the model format and the measured accuracy.
//
// Thread safety: a Tagger is immutable after construction; Tag() may be
// called from any number of threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"

namespace crosswire::tag {

enum class EntityType : uint8_t { kNone, kPerson, kPlace, kOrganization, kOther };
std::string_view EntityTypeName(EntityType type);  // "person", "place", ..., "none"

// A named-entity mention over tokens [begin, end) of a sentence.
struct EntitySpan {
  size_t begin = 0;
  size_t end = 0;
  EntityType type = EntityType::kNone;
  bool operator==(const EntitySpan&) const = default;
};

class Tagger {
 public:
  // A tagger reading `model` in place (no copy): the bytes must outlive it.
  // Errors: kInvalidInput naming the byte offset when the model is malformed.
  static Result<Tagger> FromBytes(std::span<const uint8_t> model);

  // The model embedded at build time, checked once. Error when the build
  // embedded no valid model.
  static const Result<Tagger>& Embedded();

  // Penn Treebank tags, one per word ("NNP", "VBD", ...). Words are tokens as
  // in the Penn Treebank: the possessive "'s" and punctuation apart.
  std::vector<std::string_view> PartsOfSpeech(std::span<const std::string_view> words) const;

  // Entity mentions in the sentence `words`, in order, without overlaps.
  std::vector<EntitySpan> Entities(std::span<const std::string_view> words) const;

  // Raw BIO labels ("B-person", "I-place", "O"), one per word.
  std::vector<std::string_view> EntityLabels(std::span<const std::string_view> words) const;

  size_t model_bytes() const { return bytes_.size(); }

  // Internal: one perceptron's table within the model (public for the
  // implementation's helpers only).
  struct Table {
    std::vector<std::string_view> labels;
    uint32_t capacity = 0;  // slots, a power of two
    const uint8_t* slots = nullptr;
    const uint8_t* entries = nullptr;
    size_t entries_size = 0;
    float scale = 1;
  };

 private:
  Tagger() = default;
  std::span<const uint8_t> bytes_;
  Table pos_;
  Table ner_;
};

// The entity spans of a BIO label sequence (an "I-x" without a matching
// opening starts a span).
std::vector<EntitySpan> SpansFromLabels(std::span<const std::string_view> labels);

// ---- Training (used by tools/train_tagger and the accuracy tests) -----------

// One sentence with gold tags: `pos` Penn tags, `ner` BIO labels.
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<std::string> pos;
  std::vector<std::string> ner;
};

// Sentences of a CoNLL-U file with GUM's entity annotation (MISC
// "Entity=..."). A named entity is a mention whose syntactic head is a proper
// noun, cut to its first..last proper-noun token; nested ones yield to the
// outermost. GUM's person/place/organization keep their type; every other
// type becomes "other". Errors name the file and line.
Result<std::vector<TaggedSentence>> ReadGumConllu(const std::string& path);

// The sentences of every document of `split` ("train", "dev", "test") in a
// GUM folder holding splits.tsv and dep/<doc>.conllu, documents in the order
// splits.tsv lists them.
Result<std::vector<TaggedSentence>> ReadGumSplit(const std::string& gum_dir,
                                                 std::string_view split);

// Accuracy of a tagger on gold sentences: part-of-speech accuracy per token,
// entity mentions scored per type on exact spans.
struct Evaluation {
  size_t pos_correct = 0, pos_total = 0;
  struct Counts {
    size_t correct = 0, predicted = 0, gold = 0;
    double Precision() const { return predicted ? double(correct) / predicted : 0; }
    double Recall() const { return gold ? double(correct) / gold : 0; }
    double F1() const {
      const double p = Precision(), r = Recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
  };
  Counts by_type[5];  // indexed by EntityType; [kNone] counts all types together
  double PosAccuracy() const { return pos_total ? double(pos_correct) / pos_total : 0; }
};
Evaluation Evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& sentences);

struct TrainOptions {
  int pos_iterations = 12;
  int ner_iterations = 20;
  uint32_t seed = 1;
  // Features seen fewer times than this in training are left out of the model.
  int min_feature_count = 2;
};

// Trains both perceptrons and returns the model bytes. Deterministic: the
// same sentences and options give byte-identical output.
std::string Train(const std::vector<TaggedSentence>& sentences, const TrainOptions& options);

}  // namespace crosswire::tag
