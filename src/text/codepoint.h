// codepoint.h — internal helpers for walking UTF-8 text by code point.
//
// The text module works on byte offsets into the caller's string; these helpers
// decode one code point at a time without allocating. Ill-formed bytes decode as
// U+FFFD and advance by one byte, so a scan always terminates.
#pragma once

#include <cstddef>
#include <string_view>

namespace crosswire::text::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at `pos`; sets `*length` to its byte length.
inline char32_t DecodeAt(std::string_view s, size_t pos, size_t* length) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  size_t need = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
  } else {
    *length = 1;
    return kReplacementChar;
  }
  if (pos + need >= s.size()) {
    *length = 1;
    return kReplacementChar;
  }
  for (size_t i = 1; i <= need; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *length = 1;
      return kReplacementChar;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Reject overlongs and surrogates the lead byte ranges above do not exclude.
  if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
    *length = 1;
    return kReplacementChar;
  }
  *length = need + 1;
  return cp;
}

// The start of the code point that ends just before `pos` (pos > 0).
inline size_t PreviousStart(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  size_t steps = 0;
  while (p > 0 && steps < 3 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) {
    --p;
    ++steps;
  }
  return p;
}

// Decodes the code point that ends just before `pos`; sets `*start`.
inline char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start) {
  size_t p = PreviousStart(s, pos);
  size_t length = 0;
  char32_t cp = DecodeAt(s, p, &length);
  if (p + length != pos) {  // ill-formed tail: treat the last byte alone
    *start = pos - 1;
    return kReplacementChar;
  }
  *start = p;
  return cp;
}

}  // namespace crosswire::text::internal
