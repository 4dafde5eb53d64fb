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
#include <algorithm>
#include <span>

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

// Abbreviated units that news glues to a figure: "200ft", "80m", "15km",
// "30mph". Spelled-out units ("200feet") are not written glued. Only these
// split off a number; "5pm", "1st" and "1990s" stay one token for times.cc
// and the ordinal rules.
bool IsGluedUnit(std::string_view lower) {
  static constexpr std::string_view kUnits[] = {"ft", "m",  "km",  "cm",  "mm",  "mi",
                                                "kg", "lb", "lbs", "mph", "kph", "kmh"};
  for (std::string_view u : kUnits) {
    if (lower == u) return true;
  }
  return false;
}

// Whether the letters at `pos` are a glued unit ending the word: ASCII
// letters up to a character that is no word character. After a currency
// sign "m" and "bn" are scales ("$80m" is 80 million), never units.
bool GluedUnitAt(std::string_view s, size_t pos, bool after_currency) {
  size_t end = pos;
  while (end < s.size() && IsAsciiLetter(s[end])) ++end;
  if (end == pos || end - pos > 3) return false;
  if (end < s.size()) {
    size_t len = 0;
    if (text::IsWordChar(DecodeUtf8At(s, end, &len))) return false;
  }
  std::string lower(s.substr(pos, end - pos));
  for (char& c : lower) c = static_cast<char>(c | 0x20);
  if (after_currency && lower == "m") return false;
  return IsGluedUnit(lower);
}

bool AfterCurrencySign(std::string_view s, size_t pos) {
  const std::string_view before = s.substr(0, pos);
  return before.ends_with("$") || before.ends_with("\xC2\xA3") ||  // £
         before.ends_with("\xE2\x82\xAC");                         // €
}

// ECB+ stores thousands tokenised, "2, 000ft" and "230, 000"; a repair that
// looks for a word boundary after the group leaves the glued form as it is.
// A comma, one space and a group of exactly three digits that opens with 0
// (no figure is written "007") continues a run of one to three digits. Other
// groups stay apart: "March 5, 200 people" is a date and a count.
size_t SpacedThousandsAt(std::string_view s, size_t comma, size_t run_digits) {
  if (run_digits == 0 || run_digits > 3) return 0;
  if (comma + 5 > s.size() || s[comma] != ',' || s[comma + 1] != ' ' || s[comma + 2] != '0') {
    return 0;
  }
  for (size_t k = comma + 2; k < comma + 5; ++k) {
    if (!IsAsciiDigit(static_cast<unsigned char>(s[k]))) return 0;
  }
  if (comma + 5 < s.size() && IsAsciiDigit(static_cast<unsigned char>(s[comma + 5]))) return 0;
  return 5;
}

// A word news writes with a period that ends no sentence: a month, a
// weekday or a title ("Jan.", "Wed.", "Gen.").
bool IsPeriodAbbreviation(std::string_view lower) {
  auto listed = [&](std::span<const std::string_view> words) {
    return std::find(words.begin(), words.end(), lower) != words.end();
  };
  return listed(text::EnglishMonthAbbreviations()) || listed(text::EnglishWeekdayAbbreviations()) ||
         text::IsEnglishTitleAbbreviation(lower);
}

}  // namespace

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsQuoteMark(std::string_view s) {
  return s == "`" || s == "'" || s == "\"" || s == "``" || s == "''" || s == "\xE2\x80\x9C" ||
         s == "\xE2\x80\x9D";
}

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
      size_t run_digits = all_digits ? 1 : 0;  // digits since the last separator
      const bool after_currency = AfterCurrencySign(s, pos);
      while (end < s.size()) {
        size_t l2 = 0;
        const char32_t d = DecodeUtf8At(s, end, &l2);
        if (all_digits && IsAsciiDigit(prev) && d < 0x80 && IsAsciiLetter(static_cast<char>(d)) &&
            GluedUnitAt(s, end, after_currency)) {
          break;  // "200ft": the number ends here, the unit is the next token
        }
        if (text::IsWordChar(d)) {
          all_digits = all_digits && (IsAsciiDigit(d) || d == '.' || d == ',');
          run_digits = IsAsciiDigit(d) ? run_digits + 1 : 0;
          prev = d;
          end += l2;
          continue;
        }
        if (all_digits && d == ',') {
          if (const size_t more = SpacedThousandsAt(s, end, run_digits)) {
            end += more;
            run_digits = 3;
            prev = '0';
            continue;
          }
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

PennWords ToPennWords(const std::vector<Tok>& toks) {
  PennWords out;
  out.words.reserve(toks.size() + 4);
  out.bytes.reserve(toks.size() + 4);
  out.word_of.reserve(toks.size());
  for (size_t k = 0; k < toks.size(); ++k) {
    const Tok& t = toks[k];
    out.word_of.push_back(out.words.size());
    std::string_view w = t.text;
    // An abbreviation keeps its period ("Jan.", "Gov."), as in the
    // treebank; the period then belongs to the word, not to a token of its own.
    if (t.kind == TokKind::kWord && k + 2 < toks.size() && toks[k + 1].text == "." &&
        toks[k + 1].begin == t.end && IsPeriodAbbreviation(t.lower)) {
      out.words.push_back(std::string_view(t.text.data(), t.text.size() + 1));
      out.bytes.emplace_back(t.begin, t.end + 1);
      ++k;
      out.word_of.push_back(out.words.size() - 1);
      continue;
    }
    size_t cut = 0;
    if (t.kind == TokKind::kWord && w.size() > 3) {
      if (w.ends_with("'s")) cut = 2;
      if (w.ends_with("\u2019s") && w.size() > 5) cut = 4;
    }
    if (cut == 0) {
      out.words.push_back(w);
      out.bytes.emplace_back(t.begin, t.end);
      continue;
    }
    out.words.push_back(w.substr(0, w.size() - cut));
    out.bytes.emplace_back(t.begin, t.end - cut);
    out.words.push_back("'s");
    out.bytes.emplace_back(t.end - cut, t.end);
  }
  return out;
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
