// crosswire/tag.h — a learned part-of-speech and named-entity tagger.
//
// Three averaged perceptrons (Collins 2002) with hashed features: two decoded
// greedily left to right, one assigning Penn Treebank parts of speech, the
// other BIO entity tags of four types (person, place, organization, other);
// the third types a whole name span given to it (SpanTypes). All are
// trained on GUM (Zeldes 2017) by the `train_tagger` tool; the model file
// (data/tag/gum.model) is embedded into the library at build time, so a
// program needs nothing beside its binary. docs/tagging.md has the method,
// the model format and the measured accuracy.
//
// Thread safety: a Tagger is immutable after construction; Tag() may be
// called from any number of threads at once.
#pragma once

#include <array>
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

  // The same, decoding only the first `decoded` words (all of `words` still
  // serve as context): the decoder goes left to right and a word's label
  // depends on the words around it and the labels before it, never after,
  // so the labels of words [0, decoded) are those of the whole sentence. A
  // mention that the whole sentence would continue past `decoded` ends
  // there. For a caller that needs only the entities over a prefix.
  std::vector<EntitySpan> Entities(std::span<const std::string_view> words, size_t decoded) const;

  // The type of each name `names[k]` (tokens [begin, end) of `words`, found
  // by other means; its `type` is ignored), by the span-type classifier, which
  // reads the whole name and the words around it. kOther for a name that is
  // none of person, place and organization. Spans must lie within `words`
  // and not be empty; others get kNone. Linear in the names' length.
  std::vector<EntityType> SpanTypes(std::span<const std::string_view> words,
                                    std::span<const EntitySpan> names) const;

  // Raw BIO labels ("B-person", "I-place", "O"), one per word; with
  // `decoded`, one per word of the first min(decoded, size) words.
  std::vector<std::string_view> EntityLabels(std::span<const std::string_view> words) const;
  std::vector<std::string_view> EntityLabels(std::span<const std::string_view> words,
                                             size_t decoded) const;

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
  Table type_;
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
  size_t document = 0;  // index of its document within the split read
  // The gold dependency tree, when read from CoNLL-U: each word's head
  // (1-based word number, 0 for the root) and UD relation ("nsubj",
  // "nmod:poss", ...). Empty for sentences built without one.
  std::vector<size_t> heads;
  std::vector<std::string> relations;
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
// entity mentions scored per type on exact spans, and the type given to each
// gold named span (what corroboration asks: its rules find the span).
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
  // Type given a gold span: confusion[gold][predicted], indexed by EntityType
  // (gold is never kNone). `tagger_types`: the type of the tagged entity that
  // overlaps the span most (kNone when none does), as corroboration used it
  // before the span classifier; `span_types`: Tagger::SpanTypes;
  // `document_types`: SpanTypes, then the mentions of one name (same words,
  // case folded) in one document take the type most of them got.
  using Confusion = std::array<std::array<size_t, 5>, 5>;
  Confusion tagger_types{}, span_types{}, document_types{};
  // Share of gold spans of type `gold` (kNone: of all types) typed right.
  static double TypeAccuracy(const Confusion& c, EntityType gold);
  double PosAccuracy() const { return pos_total ? double(pos_correct) / pos_total : 0; }
};
Evaluation Evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& sentences);

struct TrainOptions {
  int pos_iterations = 12;
  int ner_iterations = 20;
  int type_iterations = 5;  // passes of the span-type classifier
  uint32_t seed = 1;
  // Features seen fewer times than this in training are left out of the model.
  int min_feature_count = 2;
  int type_min_feature_count = 1;  // the same for the span-type classifier
};

// Trains both perceptrons and returns the model bytes. Deterministic: the
// same sentences and options give byte-identical output.
std::string Train(const std::vector<TaggedSentence>& sentences, const TrainOptions& options);

}  // namespace crosswire::tag
