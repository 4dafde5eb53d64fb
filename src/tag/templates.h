// tag/templates.h — the feature templates shared by training and tagging, and
// the model file layout. Internal to the tag module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosswire::tag {

// Model file, all integers little-endian:
//   "CWTAG\x02\0\0"                          8 bytes
//   table POS, table NER, table TYPE (span types), each:
//     u32 label count, then per label: u8 length, bytes
//     f32 scale (stored weight = round(weight * scale))
//     u32 capacity (power of two), u32 entries size in bytes
//     capacity slots of { u32 feature hash (0: empty), u32 entry offset }
//     entries: per feature u8 n, then n × { u8 label, i16 weight }
// Features are looked up by linear probing from hash & (capacity - 1).
inline constexpr std::string_view kModelMagic{"CWTAG\x02\0\0", 8};
inline constexpr uint8_t kStartLabel = 0xFF;  // "previous label" before the sentence

// Per-sentence values the templates read, computed once.
struct SentenceView {
  std::span<const std::string_view> words;
  std::vector<std::string> lower;  // ASCII lower case
  std::vector<std::string> shape;  // "Xx", "d", "X.", ... (see Shape)
};
SentenceView MakeView(std::span<const std::string_view> words);

// Word shape: upper → X, lower → x, digit → d, other ASCII kept, non-ASCII
// bytes → u; a run of one class is cut to two ("Aleppo" → "Xxx", "1,500" →
// "d,dd", "UN" → "XX").
std::string Shape(std::string_view word);

// Feature hashes for position `i` with the two previous predicted labels.
void PosFeatures(const SentenceView& s, size_t i, uint8_t prev, uint8_t prev2,
                 std::vector<uint32_t>* out);
void NerFeatures(const SentenceView& s, size_t i, uint8_t prev, uint8_t prev2,
                 std::vector<uint32_t>* out);

// Feature hashes for the name over words [begin, end) as a whole, for the
// span-type classifier: its words, first and last word, affixes, shape and
// length, and the words around it.
void SpanFeatures(const SentenceView& s, size_t begin, size_t end, std::vector<uint32_t>* out);

// The span classifier's WordNet features, appended to `out` (nothing when no
// WordNet is installed, see crosswire/wordnet.h): the class of the whole name,
// of its last (head) word after morphology, of its first word, and each
// capitalised word's instance class.
void WordNetSpanFeatures(const SentenceView& s, size_t begin, size_t end,
                         std::vector<uint32_t>* out);

}  // namespace crosswire::tag
