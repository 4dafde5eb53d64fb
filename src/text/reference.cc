// Sentences that lean on an earlier one: the first check of a self-contained
// digest (summarize's reading order puts a sentence after its antecedent, or
// leaves it out).
//
// A reader of an extractive digest meets each sentence without the one before
// it in its article. Three cases lose the reader, and each is visible on the
// surface of the sentence, without a parser:
//
//  1. The subject is a pronoun or a demonstrative: "He explained ...",
//     "They were taken ...", "These talks ...". We look at the first word
//     after the connectives that open a sentence ("But", "And", "However") and
//     after a short introductory phrase closed by a comma ("In the call, he
//     explained"). "It" is left alone: as often as not it is expletive ("It is
//     unclear whether ...").
//  2. First person outside a quotation: "This year, I got about half." The
//     speaker is named, if anywhere, in an earlier sentence.
//  3. A quotation whose speaker is not in the sentence: nothing outside the
//     quotation marks, or a pronoun for a speaker ("..., he said."). A
//     capitalised word outside the quotation (other than at the start) is
//     taken as the speaker's name; a described speaker ("a spokesman said")
//     is enough.
//
// The word lists are English; other languages have none yet and every
// sentence counts as standing alone (no change to their digests).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "crosswire/text.h"
#include "crosswire/utf8.h"

namespace crosswire::text {
namespace {

constexpr std::array<std::string_view, 10> kEnglishConnectives = {
    "and", "but", "so", "yet", "however", "meanwhile", "still", "also", "instead", "then"};

// Subjects that refer back (case 1) and first-person words (case 2).
constexpr std::array<std::string_view, 17> kEnglishReferring = {
    "he",    "she", "they", "his", "her", "their", "him", "them", "these",
    "those", "i",   "we",   "my",  "our", "me",    "us",  "such"};

// Opening a sentence, "this" refers back unless a time word follows ("This
// year, ..." is a time; "This move ..." is the previous sentence's news).
constexpr std::array<std::string_view, 10> kEnglishTimeWords = {
    "year",    "week",    "month", "morning", "afternoon",
    "evening", "weekend", "time",  "season",  "spring"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

bool IsOpeningQuote(char32_t c) { return c == U'"' || c == U'\u201C' || c == U'\u00AB'; }
bool IsClosingQuote(char32_t c) { return c == U'"' || c == U'\u201D' || c == U'\u00BB'; }

// The text outside double quotation marks (straight or curly), and whether
// the sentence holds a quotation at all.
std::string OutsideQuotes(std::string_view sentence, bool* quoted) {
  std::string out;
  bool inside = false;
  *quoted = false;
  for (size_t i = 0; i < sentence.size();) {
    size_t length = 1;
    char32_t c = DecodeUtf8At(sentence, i, &length);
    const size_t next = i + std::max<size_t>(length, 1);
    if (!inside && IsOpeningQuote(c)) {
      inside = true;
      *quoted = true;
      out += ' ';
    } else if (inside && IsClosingQuote(c)) {
      inside = false;
      out += ' ';
    } else if (!inside) {
      out.append(sentence.substr(i, next - i));
    }
    i = next;
  }
  return out;
}

// Case 1 and 2 on running text: the first word after connectives and a short
// introductory phrase.
bool OpensWithReferringWord(std::string_view text, const std::vector<Token>& tokens) {
  size_t k = 0;
  while (k < tokens.size() && In(kEnglishConnectives, tokens[k].word)) ++k;
  // An introductory phrase of up to six words closed by a comma.
  for (size_t j = k; j < tokens.size() && j < k + 6; ++j) {
    size_t after = tokens[j].end;
    while (after < text.size() && text[after] == ' ') ++after;
    if (after < text.size() && text[after] == ',') {
      k = j + 1;
      break;
    }
  }
  if (k >= tokens.size()) return false;
  const std::string& first = tokens[k].word;
  if (first == "this") {
    return k + 1 < tokens.size() && !In(kEnglishTimeWords, tokens[k + 1].word);
  }
  return In(kEnglishReferring, first);
}

// Whether the leading `tokens` of a text hold every token
// OpensWithReferringWord reads: the connectives, then up to six words to a
// comma, the word after them and the one after that.
bool HoldsOpening(const std::vector<Token>& tokens) {
  size_t k = 0;
  while (k < tokens.size() && In(kEnglishConnectives, tokens[k].word)) ++k;
  return k + 8 <= tokens.size();
}

// OpensWithReferringWord(text, Tokenize(text)), tokenizing only as much of the
// text as the opening needs: a prefix cut just after ASCII white space, where
// no token can continue (Tokenize joins only across a joiner followed by a
// word character), so its tokens are the text's first tokens; the prefix
// doubles until it holds the opening, the whole text at worst.
bool OpeningRefersBack(std::string_view text) {
  for (size_t bytes = 64; bytes < text.size(); bytes *= 2) {
    const size_t cut = text.find_first_of(" \t\n\v\f\r", bytes);
    if (cut == std::string_view::npos) break;
    const std::vector<Token> head = Tokenize(text.substr(0, cut + 1));
    if (HoldsOpening(head)) return OpensWithReferringWord(text, head);
  }
  return OpensWithReferringWord(text, Tokenize(text));
}

}  // namespace

bool LeansOnEarlierSentence(std::string_view sentence, const Language& language) {
  if (language.code != "en") return false;
  bool quoted = false;
  const std::string outside = OutsideQuotes(sentence, &quoted);
  if (!quoted) return OpeningRefersBack(outside);
  const std::vector<Token> tokens = Tokenize(outside);
  // A quotation: its speaker must be named, or at least described ("a
  // spokesman said"), outside the marks; a pronoun speaker is not enough.
  if (tokens.empty()) return true;
  bool named = false, pronoun = false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    pronoun |= In(kEnglishReferring, tokens[k].word);
    size_t length = 0;
    named |= k > 0 && IsUpper(DecodeUtf8At(outside, tokens[k].begin, &length)) &&
             !In(kEnglishReferring, tokens[k].word);
  }
  return pronoun && !named;
}

}  // namespace crosswire::text
