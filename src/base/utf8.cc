#include "crosswire/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace crosswire {
namespace {

// Valid ranges of the second byte for each lead byte (Unicode Table 3-7); the
// third and fourth bytes are always 80..BF.
bool SecondByteOk(unsigned char lead, unsigned char b) {
  if (lead == 0xE0) return b >= 0xA0 && b <= 0xBF;
  if (lead == 0xED) return b >= 0x80 && b <= 0x9F;
  if (lead == 0xF0) return b >= 0x90 && b <= 0xBF;
  if (lead == 0xF4) return b >= 0x80 && b <= 0x8F;
  return b >= 0x80 && b <= 0xBF;
}

size_t ExpectedLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Length of the maximal ill-formed subpart at `pos` (at least 1): the longest
// prefix that could still have begun a valid sequence.
size_t IllFormedLength(std::string_view bytes, size_t pos) {
  unsigned char lead = static_cast<unsigned char>(bytes[pos]);
  size_t need = ExpectedLength(lead);
  if (need == 0) return 1;
  size_t n = 1;
  while (n < need && pos + n < bytes.size()) {
    unsigned char b = static_cast<unsigned char>(bytes[pos + n]);
    bool ok = n == 1 ? SecondByteOk(lead, b) : (b & 0xC0) == 0x80;
    if (!ok) break;
    ++n;
  }
  return n;
}

}  // namespace

size_t Utf8SequenceLength(std::string_view bytes, size_t pos) {
  if (pos >= bytes.size()) return 0;
  unsigned char lead = static_cast<unsigned char>(bytes[pos]);
  size_t need = ExpectedLength(lead);
  if (need == 0 || pos + need > bytes.size()) return 0;
  for (size_t n = 1; n < need; ++n) {
    unsigned char b = static_cast<unsigned char>(bytes[pos + n]);
    bool ok = n == 1 ? SecondByteOk(lead, b) : (b & 0xC0) == 0x80;
    if (!ok) return 0;
  }
  return need;
}

bool IsValidUtf8(std::string_view bytes) {
  for (size_t pos = 0; pos < bytes.size();) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      // ASCII runs (most of a text) eight bytes at a time: none has its top bit.
      while (pos + 8 <= bytes.size()) {
        uint64_t word = 0;
        std::memcpy(&word, bytes.data() + pos, sizeof word);
        if ((word & 0x8080808080808080ull) != 0) break;
        pos += 8;
      }
      continue;
    }
    size_t n = Utf8SequenceLength(bytes, pos);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair out;
  if (IsValidUtf8(bytes)) {
    out.text.assign(bytes);
    return out;
  }
  out.text.reserve(bytes.size() + 16);
  for (size_t pos = 0; pos < bytes.size();) {
    size_t n = Utf8SequenceLength(bytes, pos);
    if (n > 0) {
      out.text.append(bytes.substr(pos, n));
      pos += n;
      continue;
    }
    if (out.invalid_sequences++ == 0) out.first_invalid_offset = pos;
    size_t length = IllFormedLength(bytes, pos);
    out.replacements.push_back({out.text.size(), pos, length});
    out.text.append("\xEF\xBF\xBD");
    pos += length;
  }
  return out;
}

size_t MapToInput(const std::vector<Utf8Replacement>& replacements, size_t output_offset) {
  // The last replacement starting at or before the offset decides the shift:
  // every U+FFFD is 3 bytes out for input_length bytes in.
  auto after = std::upper_bound(
      replacements.begin(), replacements.end(), output_offset,
      [](size_t offset, const Utf8Replacement& r) { return offset < r.output_offset; });
  if (after == replacements.begin()) return output_offset;
  const Utf8Replacement& r = *(after - 1);
  size_t into = output_offset - r.output_offset;
  if (into < 3) return r.input_offset;
  return r.input_offset + r.input_length + (into - 3);
}

}  // namespace crosswire

namespace crosswire {

char32_t DecodeUtf8At(std::string_view bytes, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  const size_t n = Utf8SequenceLength(bytes, pos);
  if (n == 0) {
    *length = 1;
    return 0xFFFD;
  }
  // Utf8SequenceLength has checked the lead range and every continuation byte.
  char32_t cp = lead & (0x7F >> n);
  for (size_t k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(bytes[pos + k]) & 0x3F);
  *length = n;
  return cp;
}

char32_t DecodeUtf8Before(std::string_view bytes, size_t pos, size_t* start) {
  // Back over at most three continuation bytes to a possible lead byte.
  size_t p = pos - 1;
  for (size_t steps = 0;
       p > 0 && steps < 3 && (static_cast<unsigned char>(bytes[p]) & 0xC0) == 0x80; ++steps) {
    --p;
  }
  size_t length = 0;
  const char32_t cp = DecodeUtf8At(bytes, p, &length);
  if (p + length != pos) {  // the bytes before `pos` end no well-formed sequence
    *start = pos - 1;
    return 0xFFFD;
  }
  *start = p;
  return cp;
}

}  // namespace crosswire
