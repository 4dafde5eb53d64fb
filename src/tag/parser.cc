// Parsing with a trained model, read in place (see parse_state.h for the
// layout and the transition system): at each configuration the features'
// weights are summed per transition and the best valid transition applies.
#include <algorithm>
#include <array>
#include <cstring>

#include "crosswire/parse.h"
#include "parse_state.h"
#include "perceptron.h"

extern "C" const unsigned char crosswire_parse_model_begin[];
extern "C" const unsigned char crosswire_parse_model_end[];

namespace crosswire::tag {
namespace {

std::unexpected<Error> Malformed(size_t at, std::string_view what) {
  return InvalidInput("parse model: " + std::string(what) + " at byte " + std::to_string(at));
}

}  // namespace

Result<Parser> Parser::FromBytes(std::span<const uint8_t> model) {
  using parse::kParseMagic;
  if (model.size() < kParseMagic.size() ||
      std::memcmp(model.data(), kParseMagic.data(), kParseMagic.size()) != 0) {
    return Malformed(0, "not a crosswire parse model (bad magic)");
  }
  size_t offset = kParseMagic.size();
  auto table = ReadModelTable(model, &offset);
  if (!table) return InvalidInput("parse model: " + table.error().message());
  if (offset != model.size()) return Malformed(offset, "trailing bytes");
  Parser parser;
  parser.bytes_ = model;
  parser.table_ = std::move(*table);
  bool shift = false;
  for (std::string_view label : parser.table_.labels) {
    if (label == "SH") {
      shift = true;
    } else if (label.size() > 2 && (label.starts_with("L:") || label.starts_with("R:"))) {
      parser.relations_.push_back(label.substr(2));
    } else if (label != "RE") {
      return Malformed(parse::kParseMagic.size(),
                       "unknown transition '" + std::string(label) + "'");
    }
  }
  if (!shift) return Malformed(parse::kParseMagic.size(), "no shift transition");
  std::sort(parser.relations_.begin(), parser.relations_.end());
  parser.relations_.erase(std::unique(parser.relations_.begin(), parser.relations_.end()),
                          parser.relations_.end());
  if (parser.relations_.size() >= parse::kNoRelation) {
    return Malformed(parse::kParseMagic.size(), "too many relations");
  }
  for (std::string_view label : parser.table_.labels) {
    uint8_t kind = parse::kShift, relation = parse::kNoRelation;
    if (label == "RE") kind = parse::kReduce;
    if (label.starts_with("L:") || label.starts_with("R:")) {
      kind = label[0] == 'L' ? parse::kLeft : parse::kRight;
      relation = static_cast<uint8_t>(
          std::lower_bound(parser.relations_.begin(), parser.relations_.end(), label.substr(2)) -
          parser.relations_.begin());
    }
    parser.kind_.push_back(kind);
    parser.relation_of_.push_back(relation);
  }
  return parser;
}

const Result<Parser>& Parser::Embedded() {
  static const Result<Parser> parser = FromBytes(std::span<const uint8_t>(
      crosswire_parse_model_begin,
      static_cast<size_t>(crosswire_parse_model_end - crosswire_parse_model_begin)));
  return parser;
}

std::vector<Arc> Parser::Parse(std::span<const std::string_view> words,
                               std::span<const std::string_view> pos) const {
  const size_t n = words.size();
  std::vector<Arc> arcs(n);
  if (n == 0) return arcs;
  const auto root_it = std::lower_bound(relations_.begin(), relations_.end(), "root");
  const uint8_t root = root_it != relations_.end() && *root_it == "root"
                           ? static_cast<uint8_t>(root_it - relations_.begin())
                           : parse::kNoRelation;
  const parse::Tokens tokens = parse::HashTokens(words, pos);
  parse::State state(n);
  std::vector<uint32_t> feats;
  std::vector<const uint8_t*> found;
  const size_t labels = table_.labels.size();
  std::array<int32_t, 256> scores{};
  while (!state.Done()) {
    state.Features(tokens, &feats);
    std::fill(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(labels), 0);
    AddLabelScores(table_, feats, &found, std::span<int32_t>(scores.data(), labels));
    size_t best = labels;
    for (size_t l = 0; l < labels; ++l) {
      if (!state.Valid(static_cast<parse::Kind>(kind_[l]), relation_of_[l], root)) continue;
      if (best == labels || scores[l] > scores[best]) best = l;
    }
    if (best == labels) break;  // a model without shift: cannot happen past FromBytes
    state.Apply(static_cast<parse::Kind>(kind_[best]), relation_of_[best], root);
  }
  // Words left without a head: the first root word (or, without one, the
  // first headless word) becomes the root; the others depend on it ("dep").
  size_t root_word = n;
  for (size_t i = 0; i < n && root_word == n; ++i) {
    if (state.head(static_cast<int>(i + 1)) == 0) root_word = i;
  }
  for (size_t i = 0; i < n && root_word == n; ++i) {
    if (state.head(static_cast<int>(i + 1)) == parse::kNone) root_word = i;
  }
  const auto dep_it = std::lower_bound(relations_.begin(), relations_.end(), "dep");
  const std::string_view dep = dep_it != relations_.end() && *dep_it == "dep" ? *dep_it : "dep";
  for (size_t i = 0; i < n; ++i) {
    const int node = static_cast<int>(i + 1);
    const int h = state.head(node);
    if (i == root_word) {
      arcs[i] = Arc{Arc::kRoot, root != parse::kNoRelation ? relations_[root] : "root"};
    } else if (h <= 0) {
      arcs[i] = Arc{root_word, dep};
    } else {
      arcs[i] = Arc{static_cast<size_t>(h - 1), relations_[state.relation(node)]};
    }
  }
  return arcs;
}

bool Projective(std::span<const size_t> heads) {
  const size_t n = heads.size();
  for (size_t h : heads) {
    if (h > n) return false;
  }
  for (size_t a = 1; a <= n; ++a) {
    const size_t ha = heads[a - 1];
    const size_t lo = std::min(a, ha), hi = std::max(a, ha);
    for (size_t b = lo + 1; b < hi; ++b) {
      // Every word strictly inside the arc must descend from its head.
      size_t x = b;
      size_t steps = 0;
      while (x != 0 && x != ha && steps++ <= n) x = heads[x - 1];
      if (x != ha) return false;
    }
  }
  return true;
}

ParseEvaluation EvaluateParser(const Parser& parser, const Tagger* tagger,
                               const std::vector<TaggedSentence>& sentences) {
  ParseEvaluation ev;
  for (const TaggedSentence& s : sentences) {
    if (s.heads.size() != s.words.size() || s.relations.size() != s.words.size()) continue;
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    std::vector<std::string_view> pos;
    if (tagger != nullptr) {
      pos = tagger->PartsOfSpeech(words);
    } else {
      pos.assign(s.pos.begin(), s.pos.end());
    }
    const auto arcs = parser.Parse(words, pos);
    ++ev.sentences;
    for (size_t i = 0; i < arcs.size(); ++i) {
      const size_t head = arcs[i].head == Arc::kRoot ? 0 : arcs[i].head + 1;
      const bool u = head == s.heads[i];
      const bool l = u && arcs[i].relation == s.relations[i];
      ++ev.words;
      ev.unlabeled += u;
      ev.labeled += l;
      if (s.relations[i] != "punct") {
        ++ev.words_no_punct;
        ev.unlabeled_no_punct += u;
        ev.labeled_no_punct += l;
      }
    }
  }
  return ev;
}

}  // namespace crosswire::tag
