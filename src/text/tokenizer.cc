// Word tokenizing.
//
// A token is a maximal run of letters, combining marks and digits (any script,
// by ICU's character properties), extended across one joiner when a word
// character follows it:
//   - apostrophes (' and U+2019) inside words: "don't", "Aleppo's";
//   - hyphens (- U+2010 U+2011) inside words: "al-Assad", "five-year";
//   - "." and "," between digits: "15,000", "3.5";
//   - "." between single letters, for initialisms: "U.S", "F.B.I" (the final
//     period ends the sentence or the abbreviation and is not part of the word).
// The `word` field is NFC and case-folded, with typographic apostrophes and
// hyphens mapped to their ASCII forms so "Russia’s" and "Russia's" match.
// ASCII tokens (the vast majority in English news) never touch ICU.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/text.h"
#include "crosswire/utf8.h"

namespace crosswire::text {
namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// IsWordChar and IsDigit, ASCII answered in place: Tokenize asks of every character.
bool WordCharAt(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return IsWordChar(c);
}
bool DigitAt(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : IsDigit(c); }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// ASCII fold of a token, mapping the typographic joiners; returns false when a
// non-ASCII character other than those joiners makes ICU necessary.
bool FoldAsciiToken(std::string_view s, std::string* out) {
  // All ASCII, as most English tokens are: copied once and folded in place.
  if (std::ranges::all_of(s, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out->assign(s);
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return true;
  }
  out->clear();
  out->reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out->push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a')
                                          : static_cast<char>(b));
      ++i;
      continue;
    }
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, i, &length);
    if (IsApostrophe(c)) {
      out->push_back('\'');
    } else if (IsHyphen(c)) {
      out->push_back('-');
    } else {
      return false;
    }
    i += length;
  }
  return true;
}

std::string NormalizeWord(std::string_view s) {
  std::string out;
  if (FoldAsciiToken(s, &out)) return out;
  std::string folded = FoldCase(NormalizeNfc(s));
  // Map typographic joiners after folding (they are unaffected by it).
  out.clear();
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    size_t length = 0;
    const char32_t c = DecodeUtf8At(folded, i, &length);
    if (c >= 0x80 && IsApostrophe(c)) {
      out.push_back('\'');
    } else if (c >= 0x80 && IsHyphen(c)) {
      out.push_back('-');
    } else {
      out.append(folded, i, length);
    }
    i += length;
  }
  return out;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 1);  // English averages about six bytes per word
  size_t i = 0;
  while (i < text.size()) {
    size_t length = 0;
    char32_t c = DecodeUtf8AtInline(text, i, &length);
    if (!WordCharAt(c)) {
      i += length;
      continue;
    }
    const size_t begin = i;
    bool all_digits = true;
    size_t run_letters = 0;  // word characters since the last joiner
    char32_t prev = 0;
    size_t end = i;
    while (i < text.size()) {
      c = DecodeUtf8AtInline(text, i, &length);
      if (WordCharAt(c)) {
        all_digits = all_digits && DigitAt(c);
        ++run_letters;
        prev = c;
        i += length;
        end = i;
        continue;
      }
      // A joiner counts only when a word character follows it.
      if (i + length >= text.size()) break;
      size_t next_length = 0;
      const char32_t next = DecodeUtf8AtInline(text, i + length, &next_length);
      if (!WordCharAt(next)) break;
      bool join = false;
      if (IsApostrophe(c) || IsHyphen(c)) {
        join = true;
      } else if ((c == '.' || c == ',') && DigitAt(prev) && DigitAt(next)) {
        join = true;
      } else if (c == '.' && run_letters == 1 && !DigitAt(prev) && !DigitAt(next)) {
        // Initialism: the next letter must itself stand alone before a period.
        const size_t after = i + length + next_length;
        join = after < text.size() && text[after] == '.';
      }
      if (!join) break;
      if (IsApostrophe(c) || IsHyphen(c)) all_digits = false;
      run_letters = 0;
      i += length;
    }
    Token token;
    token.begin = begin;
    token.end = end;
    token.word = NormalizeWord(text.substr(begin, end - begin));
    token.is_number = all_digits;
    tokens.push_back(std::move(token));
    i = end;
  }
  return tokens;
}

}  // namespace crosswire::text
