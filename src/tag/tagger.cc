// Tagging with a trained model, read in place.
//
// The model is three hash tables of features (parts of speech, entity
// labels, span types) (see templates.h for the layout).
// Reading checks the header and the table bounds, then tags without copying
// anything; an entry's bounds are checked when a feature reaches it. So
// "loading" the embedded model touches a few hundred bytes, not 1.7 MB.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string>

#include "crosswire/tag.h"
#include "perceptron.h"
#include "templates.h"

extern "C" const unsigned char crosswire_tag_model_begin[];
extern "C" const unsigned char crosswire_tag_model_end[];

namespace crosswire::tag {
namespace {

class Reader {
 public:
  explicit Reader(std::span<const uint8_t> b) : b_(b) {}
  bool Has(size_t n) const { return n <= b_.size() - pos_; }
  size_t pos() const { return pos_; }
  const uint8_t* Here() const { return b_.data() + pos_; }
  void Skip(size_t n) { pos_ += n; }
  uint32_t U32() {
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v |= uint32_t{b_[pos_ + k]} << (8 * k);
    pos_ += 4;
    return v;
  }

 private:
  std::span<const uint8_t> b_;
  size_t pos_ = 0;
};

uint32_t LoadU32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

std::unexpected<Error> Malformed(const Reader& r, std::string_view what) {
  return InvalidInput("tag model: " + std::string(what) + " at byte " + std::to_string(r.pos()));
}

Result<Tagger::Table> ReadTable(Reader* r) {
  Tagger::Table t;
  if (!r->Has(4)) return Malformed(*r, "truncated label count");
  const uint32_t n = r->U32();
  if (n == 0 || n >= kStartLabel) return Malformed(*r, "bad label count");
  for (uint32_t k = 0; k < n; ++k) {
    if (!r->Has(1)) return Malformed(*r, "truncated label");
    const size_t len = *r->Here();
    r->Skip(1);
    if (!r->Has(len)) return Malformed(*r, "truncated label");
    t.labels.emplace_back(reinterpret_cast<const char*>(r->Here()), len);
    r->Skip(len);
  }
  if (!r->Has(12)) return Malformed(*r, "truncated table header");
  const uint32_t bits = r->U32();
  std::memcpy(&t.scale, &bits, 4);
  if (!std::isfinite(t.scale) || t.scale <= 0) return Malformed(*r, "bad scale");
  t.capacity = r->U32();
  t.entries_size = r->U32();
  if (t.capacity == 0 || (t.capacity & (t.capacity - 1)) != 0) {
    return Malformed(*r, "capacity not a power of two");
  }
  if (!r->Has(size_t{t.capacity} * 8)) return Malformed(*r, "truncated slots");
  t.slots = r->Here();
  r->Skip(size_t{t.capacity} * 8);
  if (!r->Has(t.entries_size)) return Malformed(*r, "truncated entries");
  t.entries = r->Here();
  r->Skip(t.entries_size);
  return t;
}

// A word's label scores. The weights are 16-bit integers and a word has a
// few dozen features, so every sum is an exact integer: in int32, as in the
// float the scores once were, the order of the additions cannot change them,
// nor which label scores best (the first of the highest).
using Scores = std::array<int32_t, kStartLabel>;

// The entry of `feature` in `t` (its count byte), or null when the model has
// no such feature or its entry runs past the table.
const uint8_t* FindEntry(const Tagger::Table& t, uint32_t feature) {
  const uint32_t mask = t.capacity - 1;
  for (uint32_t s = feature & mask, probes = 0; probes < t.capacity; s = (s + 1) & mask, ++probes) {
    const uint32_t key = LoadU32(t.slots + 8 * s);
    if (key == 0) return nullptr;
    if (key != feature) continue;
    // Entries are bounds-checked here, at use, rather than all at load:
    // checking the whole table would touch every page of the model.
    const uint32_t off = LoadU32(t.slots + 8 * s + 4);
    if (off >= t.entries_size || off + 1 + size_t{t.entries[off]} * 3 > t.entries_size) {
      return nullptr;
    }
    return t.entries + off;
  }
  return nullptr;
}

// The best label of one word (or span) from its feature hashes
// (AddLabelScores).
size_t BestLabel(const Tagger::Table& t, std::span<const uint32_t> feats,
                 std::vector<const uint8_t*>* found) {
  const size_t labels = t.labels.size();
  Scores scores;
  std::fill_n(scores.begin(), labels, 0);
  AddLabelScores(t, feats, found, std::span<int32_t>(scores.data(), labels));
  return static_cast<size_t>(std::max_element(scores.begin(), scores.begin() + labels) -
                             scores.begin());
}

using FeatureFn = void (*)(const SentenceView&, size_t, uint8_t, uint8_t, std::vector<uint32_t>*);

// Greedy left-to-right decoding of the first `decoded` words.
std::vector<std::string_view> Decode(const Tagger::Table& t, FeatureFn features,
                                     std::span<const std::string_view> words, size_t decoded) {
  std::vector<std::string_view> out;
  decoded = std::min(decoded, words.size());
  if (decoded == 0) return out;
  out.reserve(decoded);
  const SentenceView view = MakeView(words);
  std::vector<uint32_t> feats;
  std::vector<const uint8_t*> found;
  uint8_t prev = kStartLabel, prev2 = kStartLabel;
  for (size_t i = 0; i < decoded; ++i) {
    features(view, i, prev, prev2, &feats);
    const size_t best = BestLabel(t, feats, &found);
    out.push_back(t.labels[best]);
    prev2 = prev;
    prev = static_cast<uint8_t>(best);
  }
  return out;
}

EntityType TypeFromName(std::string_view name) {
  if (name == "person") return EntityType::kPerson;
  if (name == "place") return EntityType::kPlace;
  if (name == "organization") return EntityType::kOrganization;
  return EntityType::kOther;
}

}  // namespace

Result<Tagger::Table> ReadModelTable(std::span<const uint8_t> bytes, size_t* offset) {
  Reader r(bytes);
  r.Skip(std::min(*offset, bytes.size()));
  auto t = ReadTable(&r);
  if (t) *offset = r.pos();
  return t;
}

void AddLabelScores(const Tagger::Table& t, std::span<const uint32_t> feats,
                    std::vector<const uint8_t*>* found, std::span<int32_t> scores) {
  const uint32_t mask = t.capacity - 1;
  for (uint32_t f : feats) __builtin_prefetch(t.slots + 8 * (f & mask));
  found->clear();
  for (uint32_t f : feats) {
    if (const uint8_t* e = FindEntry(t, f)) {
      __builtin_prefetch(e);
      found->push_back(e);
    }
  }
  for (const uint8_t* e : *found) {
    const size_t n = e[0];
    for (size_t k = 0; k < n; ++k) {
      const uint8_t* p = e + 1 + 3 * k;
      if (p[0] >= scores.size()) continue;
      scores[p[0]] += static_cast<int16_t>(uint16_t{p[1]} | uint16_t{p[2]} << 8);
    }
  }
}

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kPlace:
      return "place";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kOther:
      return "other";
    case EntityType::kNone:
      break;
  }
  return "none";
}

Result<Tagger> Tagger::FromBytes(std::span<const uint8_t> model) {
  Reader r(model);
  if (!r.Has(kModelMagic.size()) ||
      std::memcmp(model.data(), kModelMagic.data(), kModelMagic.size()) != 0) {
    return Malformed(r, "not a crosswire tag model (bad magic)");
  }
  r.Skip(kModelMagic.size());
  Tagger tagger;
  tagger.bytes_ = model;
  auto pos = ReadTable(&r);
  if (!pos) return std::unexpected(pos.error());
  auto ner = ReadTable(&r);
  if (!ner) return std::unexpected(ner.error());
  auto type = ReadTable(&r);
  if (!type) return std::unexpected(type.error());
  if (r.pos() != model.size()) return Malformed(r, "trailing bytes");
  tagger.pos_ = std::move(*pos);
  tagger.ner_ = std::move(*ner);
  tagger.type_ = std::move(*type);
  return tagger;
}

const Result<Tagger>& Tagger::Embedded() {
  static const Result<Tagger> tagger = FromBytes(std::span<const uint8_t>(
      crosswire_tag_model_begin,
      static_cast<size_t>(crosswire_tag_model_end - crosswire_tag_model_begin)));
  return tagger;
}

std::vector<std::string_view> Tagger::PartsOfSpeech(std::span<const std::string_view> words) const {
  return Decode(pos_, &PosFeatures, words, words.size());
}

std::vector<std::string_view> Tagger::EntityLabels(std::span<const std::string_view> words) const {
  return Decode(ner_, &NerFeatures, words, words.size());
}

std::vector<std::string_view> Tagger::EntityLabels(std::span<const std::string_view> words,
                                                   size_t decoded) const {
  return Decode(ner_, &NerFeatures, words, decoded);
}

std::vector<EntitySpan> Tagger::Entities(std::span<const std::string_view> words) const {
  return SpansFromLabels(EntityLabels(words));
}

std::vector<EntitySpan> Tagger::Entities(std::span<const std::string_view> words,
                                         size_t decoded) const {
  return SpansFromLabels(EntityLabels(words, decoded));
}

std::vector<EntityType> Tagger::SpanTypes(std::span<const std::string_view> words,
                                          std::span<const EntitySpan> names) const {
  std::vector<EntityType> out(names.size(), EntityType::kNone);
  if (names.empty() || words.empty()) return out;
  const SentenceView view = MakeView(words);
  std::vector<uint32_t> feats;
  std::vector<const uint8_t*> found;
  for (size_t k = 0; k < names.size(); ++k) {
    const EntitySpan& n = names[k];
    if (n.begin >= n.end || n.end > words.size()) continue;
    SpanFeatures(view, n.begin, n.end, &feats);
    out[k] = TypeFromName(type_.labels[BestLabel(type_, feats, &found)]);
  }
  return out;
}

std::vector<EntitySpan> SpansFromLabels(std::span<const std::string_view> labels) {
  std::vector<EntitySpan> out;
  bool open = false;
  for (size_t i = 0; i < labels.size(); ++i) {
    const std::string_view l = labels[i];
    if (l.size() < 3 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-') {
      open = false;
      continue;
    }
    const EntityType type = TypeFromName(l.substr(2));
    if (l[0] == 'I' && open && out.back().type == type && out.back().end == i) {
      out.back().end = i + 1;
      continue;
    }
    out.push_back(EntitySpan{i, i + 1, type});
    open = true;
  }
  return out;
}

}  // namespace crosswire::tag
