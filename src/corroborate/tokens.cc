// Tokens for fact extraction.
//
// The analysis layer (text::Tokenize) case-folds and drops punctuation, which
// is right for term vectors but loses what fact extraction lives on: capital
// letters (names), quotation marks (quotes), parentheses ("5 am (0300 GMT)")
// and commas (appositions: "Vitaly Churkin, Russia's UN envoy"). This
// tokenizer keeps all of them, with byte spans, and is deliberately simple:
// a word is a run of letters and digits, joined across a hyphen or apostrophe
// between letters and across "." or "," between digits.
#include <cstdint>

#include "corroborate/extract.h"

namespace crosswire::corroborate {
namespace {

// Decodes one UTF-8 code point at `pos`; invalid bytes decode as themselves.
char32_t Decode(std::string_view s, size_t pos, size_t* length) {
  const auto b = static_cast<unsigned char>(s[pos]);
  size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (pos + n > s.size() || b < 0xC0) n = 1;
  *length = n;
  if (n == 1) return b;
  char32_t c = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  return c;
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Letters outside ASCII: anything from Latin-1 letters up, except the
// punctuation blocks news text actually uses (quotes, dashes, spaces).
bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(c);
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x3000 || c == 0x202F;
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> toks;
  size_t pos = 0;
  bool newline = false;
  while (pos < s.size()) {
    size_t len = 0;
    const char32_t c = Decode(s, pos, &len);
    if (IsSpace(c)) {
      if (c == '\n') newline = true;
      pos += len;
      continue;
    }
    Tok tok;
    tok.begin = pos;
    tok.newline_before = newline;
    newline = false;
    if (IsWordChar(c)) {
      size_t end = pos + len;
      char32_t prev = c;
      bool all_digits = IsDigit(c);
      while (end < s.size()) {
        size_t l2 = 0;
        const char32_t d = Decode(s, end, &l2);
        if (IsWordChar(d)) {
          all_digits = all_digits && (IsDigit(d) || d == '.' || d == ',');
          prev = d;
          end += l2;
          continue;
        }
        // A joiner stays inside the word only when a word character follows.
        if (end + l2 >= s.size()) break;
        size_t l3 = 0;
        const char32_t next = Decode(s, end + l2, &l3);
        const bool letter_join = (d == '-' || d == '\'' || d == 0x2019 || d == 0x2010) &&
                                 IsWordChar(prev) && IsWordChar(next);
        const bool digit_join = (d == '.' || d == ',') && IsDigit(prev) && IsDigit(next);
        if (!letter_join && !digit_join) break;
        end += l2;
        prev = d;
      }
      tok.end = end;
      tok.text = s.substr(pos, end - pos);
      tok.kind = all_digits ? TokKind::kNumber : TokKind::kWord;
      tok.capitalized = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
                        (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
      pos = end;
    } else {
      tok.end = pos + len;
      tok.text = s.substr(pos, len);
      tok.kind = TokKind::kPunct;
      pos += len;
    }
    tok.lower = Lower(tok.text);
    toks.push_back(std::move(tok));
  }
  return toks;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::string NounKey(std::string_view word) {
  std::string w = Lower(word);
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (w.size() > suffix.size() && w.ends_with(suffix)) w.resize(w.size() - suffix.size());
  }
  if (w.size() > 4 &&
      (w.ends_with("ses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes"))) {
    w.resize(w.size() - 2);
  } else if (w.size() > 4 && w.ends_with("ies")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) {
    w.pop_back();
  }
  if (w == "people" || w == "person") w = "person";
  return w;
}

}  // namespace crosswire::corroborate
