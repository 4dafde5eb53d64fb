// Tokens for fact extraction.
//
// The analysis layer (text::Tokenize) case-folds and drops punctuation, which
// is right for term vectors but loses what fact extraction lives on: capital
// letters (names), quotation marks (quotes), parentheses ("5 am (0300 GMT)")
// and commas (appositions: "Vitaly Churkin, Russia's UN envoy"). This
// tokenizer keeps all of them, with byte spans, and is deliberately simple:
// a word is a run of letters and digits, joined across a hyphen or apostrophe
// between letters and across "." or "," between digits. It decodes and
// classifies characters as text does (crosswire/utf8.h, crosswire/text.h).
#include "crosswire/text.h"
#include "crosswire/utf8.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

// Letters, digits and white space are text's classification (crosswire/text.h),
// the one the summarizer's tokenizer and the sentence splitter use. Two
// choices are this tokenizer's own:
//   - numbers are parsed from ASCII digits (numbers.cc), so only those make a
//     kNumber token; other scripts' digits are word characters;
//   - a zero-width space separates tokens as a space does (web pages put it
//     between words), although text does not count it as white space.
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool SeparatesTokens(char32_t c) { return text::IsSpace(c) || c == 0x200B; }

}  // namespace

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> toks;
  size_t pos = 0;
  bool newline = false;
  while (pos < s.size()) {
    size_t len = 0;
    const char32_t c = DecodeUtf8At(s, pos, &len);
    if (SeparatesTokens(c)) {
      if (c == '\n') newline = true;
      pos += len;
      continue;
    }
    Tok tok;
    tok.begin = pos;
    tok.newline_before = newline;
    newline = false;
    if (text::IsWordChar(c)) {
      size_t end = pos + len;
      char32_t prev = c;
      bool all_digits = IsAsciiDigit(c);
      while (end < s.size()) {
        size_t l2 = 0;
        const char32_t d = DecodeUtf8At(s, end, &l2);
        if (text::IsWordChar(d)) {
          all_digits = all_digits && (IsAsciiDigit(d) || d == '.' || d == ',');
          prev = d;
          end += l2;
          continue;
        }
        // A joiner stays inside the word only when a word character follows.
        if (end + l2 >= s.size()) break;
        size_t l3 = 0;
        const char32_t next = DecodeUtf8At(s, end + l2, &l3);
        const bool letter_join = (d == '-' || d == '\'' || d == 0x2019 || d == 0x2010) &&
                                 text::IsWordChar(prev) && text::IsWordChar(next);
        const bool digit_join = (d == '.' || d == ',') && IsAsciiDigit(prev) && IsAsciiDigit(next);
        if (!letter_join && !digit_join) break;
        end += l2;
        prev = d;
      }
      tok.end = end;
      tok.text = s.substr(pos, end - pos);
      tok.kind = all_digits ? TokKind::kNumber : TokKind::kWord;
      tok.capitalized = text::IsUpper(c);
      pos = end;
    } else {
      tok.end = pos + len;
      tok.text = s.substr(pos, len);
      tok.kind = TokKind::kPunct;
      pos += len;
    }
    tok.lower = FoldCase(tok.text);
    toks.push_back(std::move(tok));
  }
  return toks;
}

std::string NounKey(std::string_view word) {
  std::string w = FoldCase(word);
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
