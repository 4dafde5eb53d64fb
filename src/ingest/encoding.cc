// Encodings: what bytes a file holds before any reader sees them.
//
// crosswire's readers work on UTF-8. A file may also arrive as UTF-16 (Windows
// editors save "Unicode" text that way, with a byte order mark, BOM) or be no
// text at all (an executable or an image named .txt). We decide from the first
// bytes, the way file(1) and git do: a BOM names the encoding; without one,
// UTF-16 shows as a NUL in every other byte of mostly ASCII text; any other
// NUL byte means binary, which is refused rather than summarized as garbage.
// UTF-16 is converted here (unpaired surrogates become U+FFFD, counted); other
// legacy encodings (Latin-1, Windows-1252) are left to the UTF-8 repair.
#include <fmt/format.h>

#include <cstring>

#include "reader_util.h"

namespace crosswire::ingest::internal {
namespace {

// How many leading bytes decide a BOM-less UTF-16 file.
constexpr size_t kUtf16SniffBytes = 4096;

void AppendUtf8(uint32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

}  // namespace

std::string_view EncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8:
      return "UTF-8";
    case TextEncoding::kUtf16Le:
      return "UTF-16LE";
    case TextEncoding::kUtf16Be:
      return "UTF-16BE";
  }
  return "unknown";
}

EncodingGuess GuessEncoding(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) return {TextEncoding::kUtf8, 3};
  if (head.starts_with("\xFF\xFE")) return {TextEncoding::kUtf16Le, 2};
  if (head.starts_with("\xFE\xFF")) return {TextEncoding::kUtf16Be, 2};
  // No BOM: ASCII-heavy UTF-16 has a NUL in (nearly) every second byte and
  // none in the others.
  std::string_view window = head.substr(0, kUtf16SniffBytes);
  size_t pairs = window.size() / 2;
  if (pairs >= 2) {
    size_t even_nuls = 0, odd_nuls = 0;
    for (size_t i = 0; i + 1 < window.size(); i += 2) {
      even_nuls += window[i] == '\0';
      odd_nuls += window[i + 1] == '\0';
    }
    if (even_nuls == 0 && odd_nuls * 10 >= pairs * 7) return {TextEncoding::kUtf16Le, 0};
    if (odd_nuls == 0 && even_nuls * 10 >= pairs * 7) return {TextEncoding::kUtf16Be, 0};
  }
  return {TextEncoding::kUtf8, 0};
}

Result<void> RefuseBinary(std::string_view content, std::string_view source) {
  const void* nul = std::memchr(content.data(), '\0', content.size());
  if (nul == nullptr) return {};
  size_t offset = static_cast<size_t>(static_cast<const char*>(nul) - content.data());
  return InvalidInput(fmt::format(
      "{}: looks like a binary file, not text (NUL byte at offset {}, line {}); crosswire "
      "reads UTF-8 or UTF-16 text",
      source, offset, LineAt(content, offset)));
}

std::string Utf16ToUtf8(std::string_view bytes, bool big_endian, size_t* invalid) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> uint32_t {
    auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
    auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
    return (uint32_t{hi} << 8) | lo;
  };
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &out);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      ++*invalid;
      u = 0xFFFD;
    }
    AppendUtf8(u, &out);
  }
  if (i < bytes.size()) {  // an odd trailing byte
    ++*invalid;
    AppendUtf8(0xFFFD, &out);
  }
  return out;
}

}  // namespace crosswire::ingest::internal
