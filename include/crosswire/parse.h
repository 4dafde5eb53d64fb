// crosswire/parse.h — a learned labelled dependency parser.
//
// A greedy transition-based parser (arc-eager, Nivre 2003) scored by an
// averaged perceptron over hashed features of the stack and the buffer in the
// style of Zhang & Nivre (2011), trained with the dynamic oracle of Goldberg &
// Nivre (2012). It gives each word its head and its Universal Dependencies
// relation ("nsubj", "obl", "nummod", "nmod:poss", ...). Trained on GUM
// (Zeldes 2017) by the `train_parser` tool; the model file
// (data/tag/gum-parse.model) is embedded into the library at build time.
// docs/tagging.md ("Dependency parser") has the method, the model format and
// the measured attachment scores.
//
// Thread safety: a Parser is immutable after construction; Parse() may be
// called from any number of threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"
#include "crosswire/tag.h"

namespace crosswire::tag {

// One word's attachment: the index of its head word within the sentence
// (0-based), or kRoot for the word the sentence hangs from; and the relation
// of the word to its head ("root" for the root). `relation` points into the
// parser's model.
struct Arc {
  static constexpr size_t kRoot = static_cast<size_t>(-1);
  size_t head = kRoot;
  std::string_view relation;
  bool operator==(const Arc&) const = default;
};

class Parser {
 public:
  // A parser reading `model` in place (no copy): the bytes must outlive it.
  // Errors: kInvalidInput naming the byte offset when the model is malformed.
  static Result<Parser> FromBytes(std::span<const uint8_t> model);

  // The model embedded at build time, checked once. Error when the build
  // embedded no valid model.
  static const Result<Parser>& Embedded();

  // The tree of one sentence: `words` as the tagger takes them (Penn Treebank
  // tokens), `pos` their Penn tags (Tagger::PartsOfSpeech), one per word.
  // One Arc per word; exactly one word has head kRoot (none when `words` is
  // empty). Every tree is a tree: no cycles, heads within the sentence.
  // Linear in the sentence's length. When `pos` has another size than
  // `words`, the missing tags count as unknown.
  std::vector<Arc> Parse(std::span<const std::string_view> words,
                         std::span<const std::string_view> pos) const;

  // The relations the model knows, sorted.
  std::span<const std::string_view> relations() const { return relations_; }
  size_t model_bytes() const { return bytes_.size(); }

 private:
  Parser() = default;
  std::span<const uint8_t> bytes_;
  Tagger::Table table_;                      // labels: transitions
  std::vector<std::string_view> relations_;  // sorted
  // Per transition label: its kind (0 shift, 1 reduce, 2 left arc, 3 right
  // arc) and relation index.
  std::vector<uint8_t> kind_;
  std::vector<uint8_t> relation_of_;
};

// ---- Training and evaluation (tools/train_parser, the accuracy tests) -------

struct ParserTrainOptions {
  int iterations = 12;
  uint32_t seed = 1;
  int min_feature_count = 5;  // features seen fewer times are left out
  // From this pass on (1-based), training follows the model's own transition
  // with probability `explore` (Goldberg & Nivre 2012), else an optimal one.
  int explore_from = 2;
  double explore = 0.9;
};

// Trains the parser on gold trees (sentences with heads and relations) and
// gold parts of speech; returns the model bytes. Deterministic: the same
// sentences and options give byte-identical output. `after_pass`, when set,
// receives the model averaged over the passes so far after each pass (for
// choosing the number of passes on held-out data). Sentences whose tree is
// not projective train too: the dynamic oracle's least-cost transitions
// serve them. Sentences without a tree (or with a malformed one) are skipped.
std::string TrainParser(
    const std::vector<TaggedSentence>& sentences, const ParserTrainOptions& options,
    const std::function<void(int pass, const std::string& model)>& after_pass = nullptr);

// True when the tree (1-based heads, 0 the root) has no crossing arcs.
bool Projective(std::span<const size_t> heads);

// Attachment scores against gold trees. `tagger` gives the parts of speech
// the parser reads (predicted, as at use), or null for the gold ones.
struct ParseEvaluation {
  // Over all words, and over words whose gold relation is not "punct".
  size_t words = 0, unlabeled = 0, labeled = 0;
  size_t words_no_punct = 0, unlabeled_no_punct = 0, labeled_no_punct = 0;
  size_t sentences = 0;
  double Uas() const { return words ? double(unlabeled) / double(words) : 0; }
  double Las() const { return words ? double(labeled) / double(words) : 0; }
  double UasNoPunct() const {
    return words_no_punct ? double(unlabeled_no_punct) / double(words_no_punct) : 0;
  }
  double LasNoPunct() const {
    return words_no_punct ? double(labeled_no_punct) / double(words_no_punct) : 0;
  }
};
ParseEvaluation EvaluateParser(const Parser& parser, const Tagger* tagger,
                               const std::vector<TaggedSentence>& sentences);

}  // namespace crosswire::tag
