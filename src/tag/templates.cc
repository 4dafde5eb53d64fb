// Feature templates of the two perceptrons.
//
// Both taggers look at the word, its lower case, its shape and affixes, the
// words around it and the labels already given to the words before it
// (greedy left-to-right decoding, as in Collins 2002 and Ratnaparkhi 1996).
// No gazetteer: whether "Aleppo" is a place is learned from the words around
// it ("in", "of", "province") and its form. A feature is the FNV-1a hash of
// its template number and its parts; the model stores only the hashes.
#include "templates.h"

#include <algorithm>

#include "crosswire/wordnet.h"

namespace crosswire::tag {
namespace {

class Hasher {
 public:
  explicit Hasher(uint8_t tmpl) { Byte(tmpl); }
  Hasher& Byte(uint8_t b) {
    h_ = (h_ ^ b) * 0x100000001b3ULL;
    return *this;
  }
  Hasher& Str(std::string_view s) {
    for (char c : s) Byte(static_cast<uint8_t>(c));
    return Byte(0x1F);  // separator, so ("ab","c") differs from ("a","bc")
  }
  uint32_t Finish() const {
    const uint32_t v = static_cast<uint32_t>(h_ ^ (h_ >> 32));
    return v == 0 ? 1 : v;  // 0 marks an empty slot
  }

 private:
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

std::string_view Suffix(std::string_view w, size_t n) {
  return w.size() <= n ? w : w.substr(w.size() - n);
}
std::string_view Prefix(std::string_view w, size_t n) { return w.substr(0, n); }

constexpr std::string_view kBefore = "<s>";
constexpr std::string_view kAfter = "</s>";

}  // namespace

std::string Shape(std::string_view word) {
  std::string out;
  char last = 0;
  int run = 0;
  for (char ch : word) {
    const unsigned char c = static_cast<unsigned char>(ch);
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: one letter per code point
      k = 'u';
    } else {
      k = ch;
    }
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

SentenceView MakeView(std::span<const std::string_view> words) {
  SentenceView s;
  s.words = words;
  s.lower.reserve(words.size());
  s.shape.reserve(words.size());
  for (std::string_view w : words) {
    std::string l(w);
    for (char& c : l) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    s.lower.push_back(std::move(l));
    s.shape.push_back(Shape(w));
  }
  return s;
}

namespace {

std::string_view LowerAt(const SentenceView& s, size_t i, int d) {
  const long j = static_cast<long>(i) + d;
  if (j < 0) return kBefore;
  if (j >= static_cast<long>(s.words.size())) return kAfter;
  return s.lower[static_cast<size_t>(j)];
}
std::string_view ShapeAt(const SentenceView& s, size_t i, int d) {
  const long j = static_cast<long>(i) + d;
  if (j < 0) return kBefore;
  if (j >= static_cast<long>(s.words.size())) return kAfter;
  return s.shape[static_cast<size_t>(j)];
}

}  // namespace

void PosFeatures(const SentenceView& s, size_t i, uint8_t prev, uint8_t prev2,
                 std::vector<uint32_t>* out) {
  out->clear();
  const std::string_view l = s.lower[i];
  out->push_back(Hasher(1).Finish());
  out->push_back(Hasher(2).Str(l).Finish());
  out->push_back(Hasher(3).Str(Suffix(l, 3)).Finish());
  out->push_back(Hasher(4).Str(Suffix(l, 2)).Finish());
  out->push_back(Hasher(5).Str(Suffix(l, 1)).Finish());
  out->push_back(Hasher(6).Str(Prefix(s.words[i], 1)).Finish());
  out->push_back(Hasher(7).Str(s.shape[i]).Finish());
  out->push_back(Hasher(8).Byte(prev).Finish());
  out->push_back(Hasher(9).Byte(prev2).Byte(prev).Finish());
  out->push_back(Hasher(10).Byte(prev).Str(l).Finish());
  out->push_back(Hasher(11).Str(LowerAt(s, i, -1)).Finish());
  out->push_back(Hasher(12).Str(Suffix(LowerAt(s, i, -1), 3)).Finish());
  out->push_back(Hasher(13).Str(LowerAt(s, i, -2)).Finish());
  out->push_back(Hasher(14).Str(LowerAt(s, i, 1)).Finish());
  out->push_back(Hasher(15).Str(Suffix(LowerAt(s, i, 1), 3)).Finish());
  out->push_back(Hasher(16).Str(LowerAt(s, i, 2)).Finish());
  out->push_back(Hasher(17).Byte(i == 0).Str(s.shape[i]).Finish());
}

void NerFeatures(const SentenceView& s, size_t i, uint8_t prev, uint8_t prev2,
                 std::vector<uint32_t>* out) {
  out->clear();
  const std::string_view l = s.lower[i];
  const std::string_view sh = s.shape[i];
  out->push_back(Hasher(101).Finish());
  out->push_back(Hasher(102).Str(s.words[i]).Finish());
  out->push_back(Hasher(103).Str(l).Finish());
  out->push_back(Hasher(104).Str(sh).Finish());
  out->push_back(Hasher(105).Str(Suffix(l, 3)).Finish());
  out->push_back(Hasher(106).Str(Prefix(l, 3)).Finish());
  out->push_back(Hasher(107).Byte(prev).Finish());
  out->push_back(Hasher(108).Byte(prev).Str(sh).Finish());
  out->push_back(Hasher(109).Byte(prev).Str(l).Finish());
  out->push_back(Hasher(110).Byte(prev2).Byte(prev).Finish());
  out->push_back(Hasher(111).Str(LowerAt(s, i, -1)).Finish());
  out->push_back(Hasher(112).Str(ShapeAt(s, i, -1)).Finish());
  out->push_back(Hasher(113).Str(LowerAt(s, i, 1)).Finish());
  out->push_back(Hasher(114).Str(ShapeAt(s, i, 1)).Finish());
  out->push_back(Hasher(115).Str(LowerAt(s, i, -2)).Finish());
  out->push_back(Hasher(116).Str(LowerAt(s, i, 2)).Finish());
  out->push_back(Hasher(117).Str(LowerAt(s, i, -1)).Str(l).Finish());
  out->push_back(Hasher(118).Str(l).Str(LowerAt(s, i, 1)).Finish());
  out->push_back(Hasher(119).Str(ShapeAt(s, i, -1)).Str(sh).Str(ShapeAt(s, i, 1)).Finish());
  out->push_back(Hasher(120).Byte(i == 0).Str(sh).Finish());
  out->push_back(Hasher(121).Byte(prev).Str(LowerAt(s, i, -1)).Finish());
  out->push_back(Hasher(122).Str(Suffix(LowerAt(s, i, 1), 3)).Finish());
}

// The span classifier sees the whole name at once, so it can use what a
// left-to-right tagger sees only in pieces: the last word ("Hezbollah" vs
// "Party", "Storm", "Street"), every word of the name, the name's length and
// shape, and the context on both sides ("in X", "X said", "X 's leader").
void SpanFeatures(const SentenceView& s, size_t begin, size_t end, std::vector<uint32_t>* out) {
  out->clear();
  const std::string_view first = s.lower[begin];
  const std::string_view last = s.lower[end - 1];
  out->push_back(Hasher(201).Finish());
  Hasher whole(202), shape(203);
  for (size_t i = begin; i < end; ++i) {
    out->push_back(Hasher(204).Str(s.lower[i]).Finish());
    out->push_back(Hasher(205).Str(Suffix(s.lower[i], 3)).Finish());
    whole.Str(s.lower[i]);
    shape.Str(s.shape[i]);
  }
  out->push_back(whole.Finish());
  out->push_back(shape.Finish());
  out->push_back(Hasher(206).Str(first).Finish());
  out->push_back(Hasher(207).Str(last).Finish());
  out->push_back(Hasher(208).Str(Suffix(last, 3)).Finish());
  out->push_back(Hasher(209).Str(Suffix(last, 2)).Finish());
  out->push_back(Hasher(210).Str(Prefix(first, 3)).Finish());
  out->push_back(Hasher(211).Byte(static_cast<uint8_t>(std::min<size_t>(end - begin, 4))).Finish());
  out->push_back(Hasher(212).Byte(begin == 0).Str(s.shape[begin]).Finish());
  out->push_back(Hasher(213).Str(LowerAt(s, begin, -1)).Finish());
  out->push_back(Hasher(214).Str(LowerAt(s, begin, -2)).Finish());
  out->push_back(Hasher(215).Str(LowerAt(s, begin, -2)).Str(LowerAt(s, begin, -1)).Finish());
  out->push_back(Hasher(216).Str(LowerAt(s, end - 1, 1)).Finish());
  out->push_back(Hasher(217).Str(LowerAt(s, end - 1, 2)).Finish());
  out->push_back(Hasher(218).Str(LowerAt(s, end - 1, 1)).Str(LowerAt(s, end - 1, 2)).Finish());
  out->push_back(Hasher(219).Str(LowerAt(s, begin, -1)).Str(first).Finish());
  out->push_back(Hasher(220).Str(last).Str(LowerAt(s, end - 1, 1)).Finish());
  WordNetSpanFeatures(s, begin, end, out);
}

// WordNet's classes generalise what the word features learn one name at a
// time: GUM never mentions "Bandar Abbas" or "Tasman Glacier", but WordNet
// files "glacier" under noun.object and "United Arab Emirates" under
// noun.location as an instance (a proper name). The feature values are
// lexicographer files (26 noun classes), not synsets, so that GUM's few
// thousand training names suffice to weigh them. Only capitalised words are
// looked up on their own: a lower-case word inside a name ("of") says little.
void WordNetSpanFeatures(const SentenceView& s, size_t begin, size_t end,
                         std::vector<uint32_t>* out) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return;
  auto capitalised = [&](size_t i) {
    const std::string_view w = s.words[i];
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  auto word_class = [&](size_t i) {
    return capitalised(i) ? wordnet::ClassOfName(*wn, s.lower[i]) : wordnet::NounClass{};
  };
  const wordnet::NounClass first = word_class(begin);
  if (end - begin == 1) {
    out->push_back(Hasher(230).Byte(first.lexname).Byte(first.instance_lexname).Finish());
    if (first.instance_lexname != 0xFF) {
      out->push_back(Hasher(233).Byte(first.instance_lexname).Finish());
    }
    return;
  }
  std::string name;
  for (size_t i = begin; i < end; ++i) {
    if (!name.empty()) name += '_';
    name += s.lower[i];
  }
  const wordnet::NounClass whole = wordnet::ClassOfName(*wn, name);
  out->push_back(Hasher(230).Byte(whole.lexname).Byte(whole.instance_lexname).Finish());
  const wordnet::NounClass head = wordnet::ClassOfNoun(*wn, s.lower[end - 1]);
  out->push_back(Hasher(231).Byte(head.lexname).Byte(head.instance_lexname).Finish());
  out->push_back(Hasher(232).Byte(first.lexname).Byte(first.instance_lexname).Finish());
  for (size_t i = begin; i < end; ++i) {
    const uint8_t instance = i == begin ? first.instance_lexname : word_class(i).instance_lexname;
    if (instance != 0xFF) out->push_back(Hasher(233).Byte(instance).Finish());
  }
}

}  // namespace crosswire::tag
