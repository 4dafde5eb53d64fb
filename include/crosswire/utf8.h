// crosswire/utf8.h — validating and repairing UTF-8.
//
// Content is repaired, not rejected: every ill-formed sequence becomes U+FFFD
// and is counted, so a reader can warn ("a.txt: 3 invalid UTF-8 sequences
// replaced, first at byte 120") and still produce a correct result.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosswire {

// One replacement made by RepairUtf8: the ill-formed bytes
// input[input_offset, input_offset + input_length) became the three bytes of
// U+FFFD at output_offset. With these, a byte offset into the repaired text
// maps back to the input (see MapToInput), so spans can index the file as read.
struct Utf8Replacement {
  size_t output_offset = 0;
  size_t input_offset = 0;
  size_t input_length = 0;  // 1..3 bytes
};

struct Utf8Repair {
  std::string text;                           // valid UTF-8; each invalid sequence became U+FFFD
  size_t invalid_sequences = 0;               // how many replacements were made
  size_t first_invalid_offset = 0;            // byte offset in the input of the first one (if any)
  std::vector<Utf8Replacement> replacements;  // in order; size() == invalid_sequences
};

// Replaces each maximal ill-formed subpart (Unicode 15, §3.9: overlongs,
// surrogates, code points above U+10FFFF, truncated sequences, stray
// continuation bytes) with one U+FFFD. Linear time.
Utf8Repair RepairUtf8(std::string_view bytes);

// Maps a byte offset into Utf8Repair::text back to the input it was repaired
// from. An offset inside a U+FFFD maps to the start of the bytes it replaced
// (or their end, for the offset just past it). O(log replacements).
size_t MapToInput(const std::vector<Utf8Replacement>& replacements, size_t output_offset);

// True when `bytes` is well-formed UTF-8.
bool IsValidUtf8(std::string_view bytes);

// Length in bytes of the well-formed sequence starting at bytes[pos], or 0 when
// the bytes there are ill-formed (or pos is at the end).
size_t Utf8SequenceLength(std::string_view bytes, size_t pos);

}  // namespace crosswire

namespace crosswire {

// The one UTF-8 code-point decoder of the project (every module walks text
// with these two, so "what is one character" is decided in one place).

// Decodes the code point starting at bytes[pos] (pos < bytes.size()) and sets
// `*length` to its length in bytes. An ill-formed sequence (as
// Utf8SequenceLength defines it) decodes as U+FFFD with length 1, so a scan
// that advances by `*length` always terminates and never skips valid text.
char32_t DecodeUtf8At(std::string_view bytes, size_t pos, size_t* length);

// DecodeUtf8At with ASCII answered inline: for loops that read every
// character of a text, most of which is ASCII in English news.
inline char32_t DecodeUtf8AtInline(std::string_view bytes, size_t pos, size_t* length) {
  const auto byte = static_cast<unsigned char>(bytes[pos]);
  if (byte < 0x80) {
    *length = 1;
    return byte;
  }
  return DecodeUtf8At(bytes, pos, length);
}

// Decodes the code point that ends just before bytes[pos] (0 < pos <=
// bytes.size()) and sets `*start` to where it begins. When the bytes before
// `pos` do not end a well-formed sequence, the last byte alone decodes as
// U+FFFD (`*start` = pos - 1).
char32_t DecodeUtf8Before(std::string_view bytes, size_t pos, size_t* start);

}  // namespace crosswire
