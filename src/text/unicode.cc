// NFC normalisation and case folding, delegated to ICU.
//
// Most news text is ASCII; both functions take a fast path for it (ASCII is
// already NFC, and its full case folding is plain lowercasing) and only build
// an icu::UnicodeString for text that needs it.

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

// Letters with a stroke or a ligature, which have no canonical
// decomposition, as outlets without them spell them.
struct SpelledOut {
  UChar32 letter;
  const char* ascii;
};
constexpr SpelledOut kSpelledOut[] = {
    {0x00F8, "o"},  {0x00D8, "O"},  {0x0142, "l"},  {0x0141, "L"},   // ø Ø ł Ł
    {0x0111, "d"},  {0x0110, "D"},  {0x0131, "i"},  {0x00DF, "ss"},  // đ Đ ı ß
    {0x00E6, "ae"}, {0x00C6, "AE"}, {0x0153, "oe"}, {0x0152, "OE"},  // æ Æ œ Œ
};

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string NormalizeNfc(std::string_view utf8) {
  if (IsAscii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);  // ICU data missing: leave as is
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc->normalize(source, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

std::string FoldCase(std::string_view utf8) {
  if (IsAscii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string StripDiacritics(std::string_view utf8) {
  if (IsAscii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);  // ICU data missing: leave as is
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::UnicodeString decomposed = nfd->normalize(source, status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    const auto spelled = std::find_if(std::begin(kSpelledOut), std::end(kSpelledOut),
                                      [&](const SpelledOut& x) { return x.letter == c; });
    if (spelled != std::end(kSpelledOut)) {
      bare.append(icu::UnicodeString::fromUTF8(spelled->ascii));
    } else {
      bare.append(c);
    }
  }
  const icu::UnicodeString composed = nfc->normalize(bare, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace crosswire::text
