// Sentence splitting for news text.
//
// The method is a rule-based candidate scan, in the tradition of the
// "Golden Rules" segmenters (pragmatic_segmenter, pySBD) rather than a trained
// model such as Punkt: news has a small, stable set of hard cases, and rules
// that name them are fast, predictable and easy to extend one table row at a
// time. ICU's BreakIterator was the other candidate; its rules break after most
// abbreviations ("Mr. Smith", "U.S. Government") and know nothing of lines.
//
// 1. Lines. The text is cut into paragraphs at blank lines. Inside a paragraph,
//    a single line break either ends a unit (a headline, byline, caption or
//    one-paragraph-per-line text) or is a soft wrap (DUC/TREC files wrap at 70
//    columns). The kAuto mode looks at the whole text: if lines often break
//    mid-sentence with the next line in lower case, the text is hard-wrapped
//    and line breaks inside punctuated paragraphs are spaces; otherwise a break
//    is soft only when the next line starts in lower case. A line that ends a
//    paragraph without sentence punctuation is therefore never glued to the
//    next sentence.
// 2. Page furniture. A line whose tail carries a photo credit ("Image credit:
//    AFP", "REUTERS/Name", "(Photo: Reuters)", "[Representational Image]") is a
//    caption: one kNoise unit. Units that are a known furniture phrase
//    ("Play", "Advertisement", "Share this", "Read more: ...") are kNoise too.
//    After splitting, the trained boilerplate classifier (boilerplate.cc,
//    SplitOptions::classify_boilerplate) marks further units kNoise: embeds,
//    player text, call-outs, credits the lists do not name.
// 3. Dateline. Before the first sentence of a text, a prefix such as
//    "AMMAN/BEIRUT, Dec 14 (Reuters) -" or "PINE RIDGE, S.D. (AP) --" (an
//    all-capitals place, capitalised words, a dash) becomes a kHeading unit.
//    At the start of any later paragraph, an agency tag ("(CNN) —",
//    "LONDON, Dec 14 (Reuters) -"; AgencyTagLength) becomes a kNoise unit and
//    the sentence after it is kept (SplitOptions::strip_agency_tags).
// 4. Candidates. Inside a line, every run of terminal punctuation (. ? ! and
//    the ellipsis; also the full stops of CJK, Devanagari, Arabic, Armenian,
//    Burmese and Ethiopic script) followed by optional closing quotes and
//    brackets is a candidate. It becomes a boundary by these rules:
//    - ? and ! end a sentence unless the next word starts in lower case
//      ("Yahoo! in", "\"Where?\" he asked").
//    - A period before a lower-case word never ends a sentence.
//    - Titles that precede names (Mr., Dr., Gen., Sen., St., Mt.) never do.
//    - Other abbreviations (Co., Inc., Dec., a.m., U.S., initials "E.") end a
//      sentence only when the next word is a typical sentence opener (a
//      pronoun, determiner, conjunction or title: "the U.S. How", "Co. It",
//      "6 P.M. Mr. Smith") and the sentence so far has four words or more
//      ("At 5 a.m. Mr. Smith went" stays whole). Number prefixes (No., p.,
//      Dec.) never end a sentence before a digit.
//    - "I." after a lower-case word is the pronoun, not an initial.
//    - Ellipses: "..." glued to a word ends a sentence before a capitalised
//      word other than "I"; a spaced " ... " marks an omission mid-sentence;
//      four dots are an ellipsis plus a period; "[...]" never ends a sentence.
//    - A period glued to a capitalised word ends a sentence when it is not part
//      of an e-mail address, URL or abbreviation ("world.Today").
//    - Enumerated lists ("1.) a 2.) b", "a. x b. y", "• 9. x") break before each
//      item marker, and the marker's own period is not a boundary.
// 5. Kinds. A unit that ends its line without sentence punctuation is a
//    kHeading (a headline, byline or section title), unless it is long enough
//    (SplitOptions::max_heading_words) to be running text that lost its period.
//
// Everything is one pass over the bytes with small lookups; no regular
// expressions and no allocation per character. Accuracy on the Golden Rules and
// the Ersatz English test set is in docs/sentence-splitting.md and is pinned by
// sentence_accuracy_test.cc.

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "boilerplate_features.h"
#include "crosswire/text.h"
#include "crosswire/utf8.h"

namespace crosswire::text {
namespace {

// ---- Character classes -------------------------------------------------------
//
// White space, letters, case and digits come from the shared classification
// (crosswire/text.h, "Characters"); the punctuation classes of sentence
// boundaries are the splitter's own.

// Terminal punctuation of scripts without letter case: a boundary whatever follows.
bool IsStrongTerminal(char32_t c) {
  switch (c) {
    case 0x3002:  // 。 ideographic full stop
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0xFF0E:  // ．
    case 0x0964:  // । devanagari danda
    case 0x0965:  // ॥
    case 0x061F:  // ؟ arabic question mark
    case 0x06D4:  // ۔ urdu full stop
    case 0x0589:  // ։ armenian full stop
    case 0x055E:  // ՞ armenian question mark
    case 0x104B:  // ။ myanmar section
    case 0x1362:  // ። ethiopic full stop
    case 0x1367:  // ፧ ethiopic question mark
    case 0x037E:  // ; greek question mark
      return true;
    default:
      return false;
  }
}

bool IsQuestionOrExclamation(char32_t c) {
  return c == '?' || c == '!' || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
         c == 0x203D;
}

bool IsTerminal(char32_t c) {
  return c == '.' || c == 0x2026 || IsQuestionOrExclamation(c) || IsStrongTerminal(c);
}

// IsTerminal of each ASCII character; no ASCII character is a bullet.
const auto kAsciiTerminal = [] {
  std::array<bool, 0x80> terminal{};
  for (char32_t c = 0; c < 0x80; ++c) terminal[c] = IsTerminal(c);
  return terminal;
}();

bool IsCloser(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0xFF09:  // ）
      return true;
    default:
      return false;
  }
}

bool IsOpener(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '`':
    case '(':
    case '[':
    case '{':
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0xFF08:  // （
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
      return true;
    default:
      return false;
  }
}

bool IsBullet(char32_t c) {
  return c == 0x2022 || c == 0x2043 || c == 0x2023 || c == 0x25E6 || c == 0x25AA || c == 0x25CF ||
         c == 0x2219;
}

bool IsAlnum(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return u_isalnum(static_cast<UChar32>(c));
}

// ---- Word tables -------------------------------------------------------------

enum class Abbreviation {
  kNone,
  kTitle,         // precedes a name: never ends a sentence
  kNumberPrefix,  // precedes a number ("No. 5", "Dec. 14", "p. 55")
  kOther,         // ends a sentence only before a sentence opener
  kSuffix,        // closes a name ("Co.", "Inc.", "Calif."): ends before any capital
};

// Lower-case, without the final period; multi-part ones ("e.g") keep inner periods.
// Titles (EnglishTitleAbbreviations), month and weekday abbreviations come from
// text's English word tables (language_tables.cc), shared with corroborate.
// clang-format off
constexpr std::string_view kNumberPrefixes[] = {
    "no",   "nos", "nr",  "p",   "pp",  "vol",  "vols", "fig",  "figs", "art", "ch",
    "sec",  "op",  "para", "n°", "nº",  "ex",   "ed",   "eds",  "tel", "pt",
    "rev",  "ref", "approx", "ca", "circa", "v",  "vs",   "nbr",  "num",
};
// clang-format on

// Company forms and US states / Canadian provinces (AP style) end the name they
// follow; a capital after them almost always opens a new sentence.
// clang-format off
constexpr std::string_view kSuffixes[] = {
    "co", "corp", "inc", "ltd", "plc", "llc", "bros", "cos", "ala", "ariz", "ark", "calif",
    "colo", "conn", "fla", "ga", "ill", "kan", "kans", "ky", "md", "mass", "mich", "minn",
    "miss", "neb", "nev", "okla", "ore", "tenn", "tex", "vt", "wis", "wyo", "ont", "alta",
};
// clang-format on

// clang-format off
constexpr std::string_view kOtherAbbreviations[] = {
    // Companies and organisations.
    "assn", "assoc", "dept", "div", "govt", "intl", "natl", "univ", "admin", "mfg", "ag",
    // Names and people.
    "jr", "sr", "esq", "al", "ph", "phd",
    // Addresses.
    "ave", "blvd", "rd", "hwy", "ln", "pl", "sq", "apt", "bldg", "ct", "cir", "pkwy",
    // State abbreviations that are also common words or names.
    "del", "ind", "la", "mo", "mont", "pa", "penn", "va", "wash", "que",
    // Common short forms.
    "etc", "cf", "viz", "est", "dist", "misc", "dir", "mgr", "yr", "yrs", "mo", "mos", "wk",
    "hr", "hrs", "min", "mins", "sec", "secs", "lb", "lbs", "oz", "ft", "mph", "km", "bn",
    "mln", "bln", "tn", "gal", "pct", "max", "fl", "dept", "ext", "ibid", "seq", "abbr",
    "jap", "dem",
    "ind", "repub", "cong", "legis", "gov", "adj", "adv", "approx", "i.e", "e.g", "a.m",
    "p.m", "u.s", "u.k", "u.n",
};
// clang-format on

// Capitalised words that typically open a sentence; after an abbreviation such a
// word is evidence of a boundary ("in the U.S. How about you?").
// clang-format off
constexpr std::string_view kSentenceOpeners[] = {
    "A",       "An",      "The",     "This",     "That",      "These",   "Those",  "There",
    "Here",    "It",      "Its",     "It's",     "He",        "She",     "They",   "We",
    "You",     "I",       "His",     "Her",      "Their",     "Our",     "My",     "Your",
    "What",    "When",    "Where",   "Why",      "How",       "Who",     "Which",  "Whether",
    "But",     "And",     "Or",      "So",       "Yet",       "However", "Meanwhile",
    "Still",   "Also",    "If",      "After",    "Before",    "While",   "Although",
    "Though",  "As",      "Since",   "Then",     "Now",       "Some",    "Many",   "Most",
    "All",     "Both",    "Each",    "Another",  "Other",     "Others",  "Such",   "In",
    "On",      "At",      "For",     "By",       "From",      "With",    "Under",  "During",
    "Is",      "Are",     "Was",     "Were",     "Do",        "Does",    "Did",    "Can",
    "Could",   "Will",    "Would",   "Should",   "Not",       "No",      "Nor",    "Yes",
    "Instead", "Indeed",  "Later",   "Earlier",  "Thus",      "Because", "Despite",
    "Last",    "Next",    "Several", "Few",      "Even",      "Only",    "Mr",     "Mrs",
    "Ms",      "Dr",      "Officials", "Police",
};
// clang-format on

struct Tables {
  std::unordered_map<std::string_view, Abbreviation> abbreviations;
  std::unordered_set<std::string_view> openers;
};

const Tables& GetTables() {
  static const Tables tables = [] {
    Tables t;
    for (std::string_view w : kOtherAbbreviations) t.abbreviations[w] = Abbreviation::kOther;
    for (std::string_view w : EnglishWeekdayAbbreviations()) {
      t.abbreviations[w] = Abbreviation::kOther;
    }
    for (std::string_view w : kSuffixes) t.abbreviations[w] = Abbreviation::kSuffix;
    for (std::string_view w : kNumberPrefixes) t.abbreviations[w] = Abbreviation::kNumberPrefix;
    for (std::string_view w : EnglishMonthAbbreviations()) {
      t.abbreviations[w] = Abbreviation::kNumberPrefix;
    }
    for (std::string_view w : EnglishTitleAbbreviations()) {
      t.abbreviations[w] = Abbreviation::kTitle;
    }
    for (std::string_view w : kSentenceOpeners) t.openers.insert(w);
    return t;
  }();
  return tables;
}

// Furniture phrases that form a whole unit (lower case, trailing punctuation removed).
// clang-format off
constexpr std::string_view kNoisePhrases[] = {
    "play", "play video", "watch", "watch video", "video", "watch live", "live",
    "advertisement", "advertising", "sponsored", "sponsored content", "ad", "skip advertisement",
    "share", "share this", "share this article", "share this story", "share this page",
    "share on facebook", "share on twitter", "share via email", "tweet", "email", "e-mail",
    "print", "save", "read more", "continue reading", "click here", "comments", "comment",
    "view comments", "show comments", "related", "related articles", "related stories",
    "related content", "more on this story", "listen", "listen to this article", "subscribe",
    "sign up", "newsletter", "image", "photo", "photos", "image copyright", "image caption",
    "media caption", "getty images", "loading", "close", "menu", "follow us", "next",
    "previous", "back to top", "top stories", "most read", "trending", "replay", "expand",
    "more", "see more", "caption", "enlarge this image", "toggle caption", "hide caption",
    "full screen", "fullscreen", "copy link", "whatsapp", "facebook", "twitter", "linkedin",
    "pinterest", "reddit", "messenger",
};
// clang-format on

// Furniture that opens a unit ("Read more: Aleppo falls", "Image copyright AFP").
// clang-format off
constexpr std::string_view kNoisePrefixes[] = {
    "read more:",  "also read:",     "read also:",    "related:",       "see also:",
    "watch:",      "video:",         "image copyright", "image caption", "media caption",
    "photo:",      "photograph:",    "image:",        "file photo",     "click here",
    "picture:",    "pictured:",      "image credit",  "photo credit",   "advertisement",
    "share this",  "sign up for",    "subscribe to",  "follow us on",   "recommended:",
    "correction:", "an earlier version of this",
};
// clang-format on

// Credit markers: a line whose tail holds one is a photo caption (checked lower-cased).
// clang-format off
constexpr std::string_view kCreditMarkers[] = {
    "image credit",  "photo credit",  "picture credit", "photo:",        "image:",
    "photograph:",   "picture:",      "credit:",        "(photo",        "[photo",
    "getty images",  "representational image",          "reuters/",      "afp/",
    "ap photo",      "epa/",          "/afp",           "/reuters",      "/getty",
    "ap/",           "| image",       "photo by",       "file photo",    "pic:",
    "courtesy of",   "xinhua/",       "/ap",            "(picture",      "(image",
};
// clang-format on

const std::unordered_set<std::string_view>& NoisePhrases() {
  static const std::unordered_set<std::string_view> phrases(std::begin(kNoisePhrases),
                                                            std::end(kNoisePhrases));
  return phrases;
}

// ---- Small scanning helpers --------------------------------------------------

// IsSpace with ASCII answered from a table built by IsSpace itself: the
// scanning helpers ask it of most characters of a text.
const auto kAsciiSpace = [] {
  std::array<bool, 0x80> space{};
  for (char32_t c = 0; c < 0x80; ++c) space[c] = IsSpace(c);
  return space;
}();

bool IsSpaceQuick(char32_t c) { return c < 0x80 ? kAsciiSpace[c] : IsSpace(c); }

size_t SkipSpaces(std::string_view s, size_t pos, size_t end) {
  while (pos < end) {
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, pos, &length);
    if (!IsSpaceQuick(c)) break;
    pos += length;
  }
  return pos;
}

// The end of [begin, end) with trailing white space removed.
size_t TrimEnd(std::string_view s, size_t begin, size_t end) {
  while (end > begin) {
    size_t start = 0;
    const char32_t c = DecodeUtf8Before(s, end, &start);
    if (!IsSpaceQuick(c)) break;
    end = start;
  }
  return end;
}

// True when [begin, end) ends with sentence punctuation, closing quotes aside.
bool EndsWithTerminal(std::string_view s, size_t begin, size_t end) {
  end = TrimEnd(s, begin, end);
  while (end > begin) {
    size_t start = 0;
    const char32_t c = DecodeUtf8Before(s, end, &start);
    if (IsCloser(c)) {
      end = start;
      continue;
    }
    return IsTerminal(c);
  }
  return false;
}

bool HasAlnum(std::string_view s, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    size_t length = 0;
    if (IsAlnum(DecodeUtf8At(s, i, &length))) return true;
    i += length;
  }
  return false;
}

size_t CountWords(std::string_view s, size_t begin, size_t end) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = begin; i < end;) {
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, i, &length);
    const bool space = IsSpaceQuick(c);
    if (!space && !in_word) ++words;
    in_word = !space;
    i += length;
  }
  return words;
}

// What follows a candidate boundary.
struct NextWord {
  bool at_end = false;
  char32_t first = 0;     // first character after opening quotes and brackets
  std::string_view word;  // the letters (and inner periods) starting there
  size_t begin = 0;       // where the next word (with its openers) begins
  size_t token_end = 0;   // the end of the white-space-delimited token
};

NextWord LookAhead(std::string_view s, size_t pos, size_t end) {
  NextWord next;
  pos = SkipSpaces(s, pos, end);
  next.begin = pos;
  if (pos >= end) {
    next.at_end = true;
    return next;
  }
  size_t length = 0;
  char32_t c = DecodeUtf8At(s, pos, &length);
  while (pos < end && (IsOpener(c) || IsBullet(c))) {
    pos += length;
    if (pos >= end) break;
    c = DecodeUtf8At(s, pos, &length);
  }
  if (pos >= end) {
    next.first = 0;
    next.token_end = end;
    return next;
  }
  next.first = c;
  size_t word_end = pos;
  while (word_end < end) {
    size_t l = 0;
    const char32_t w = DecodeUtf8At(s, word_end, &l);
    if (!IsAlnum(w) && !(w == '\'' || w == 0x2019)) break;
    word_end += l;
  }
  next.word = s.substr(pos, word_end - pos);
  size_t token_end = pos;
  while (token_end < end) {
    size_t l = 0;
    if (IsSpace(DecodeUtf8At(s, token_end, &l))) break;
    token_end += l;
  }
  next.token_end = token_end;
  return next;
}

// The white-space-delimited word that ends at `pos`, without leading openers.
size_t WordStart(std::string_view s, size_t floor, size_t pos) {
  size_t start = pos;
  while (start > floor) {
    size_t prev = 0;
    const char32_t c = DecodeUtf8Before(s, start, &prev);
    if (IsSpace(c)) break;
    start = prev;
  }
  while (start < pos) {
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, start, &length);
    // A dash glued to the word opens it as punctuation: "--Aug. 12 -- The
    // submarine ...", "—Dec. 3": two hyphens or an en or em dash, not one
    // hyphen ("-5").
    const bool dash =
        c == 0x2013 || c == 0x2014 || (c == '-' && start + 1 < pos && s[start + 1] == '-');
    if (dash) {
      start += length;
      while (start < pos && s[start] == '-') ++start;
      continue;
    }
    if (!IsOpener(c) && !IsBullet(c)) break;
    start += length;
  }
  return start;
}

bool IsOpenerWord(std::string_view word) {
  // "I'm", "It's": compare the part before the apostrophe as well.
  const Tables& tables = GetTables();
  if (tables.openers.contains(word)) return true;
  const size_t apostrophe = word.find_first_of("'\xE2");
  return apostrophe != std::string_view::npos &&
         tables.openers.contains(word.substr(0, apostrophe));
}

bool IsPronounI(std::string_view word) {
  return word == "I" || word.starts_with("I'") || word.starts_with("I\xE2\x80\x99");
}

// "U.S", "e.g", "a.m", "F.B.I", "Ph.D": period-separated pieces of one to three letters.
bool IsInitialism(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t piece = 0;
  for (char c : word) {
    if (c == '.') {
      if (piece == 0) return false;
      piece = 0;
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter || ++piece > 3) return false;
  }
  return piece > 0;
}

bool IsNumberWord(std::string_view word) {
  if (word.empty()) return false;
  bool digit = false;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != '.' && c != '$' && c != '%') {
      return false;
    }
  }
  return digit;
}

bool IsSingleLetter(std::string_view s, size_t begin, size_t end) {
  if (begin >= end) return false;
  size_t length = 0;
  const char32_t c = DecodeUtf8At(s, begin, &length);
  return begin + length == end && (IsUpper(c) || IsLower(c));
}

// ---- Segments ----------------------------------------------------------------

struct Line {
  size_t begin = 0;
  size_t end = 0;  // excludes the newline
  bool blank = true;
};

std::vector<Line> CutLines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line{begin, end, SkipSpaces(text, begin, end) >= end};
    lines.push_back(line);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

bool StartsLower(std::string_view s, const Line& line) {
  const NextWord next = LookAhead(s, line.begin, line.end);
  return !next.at_end && IsLower(next.first);
}

// List markers ("1.", "2.)", "3)", "a.", "b)") that form a sequence within the
// segment; returns their start offsets, sorted.
std::vector<size_t> FindListMarkers(std::string_view s, size_t begin, size_t end) {
  struct Marker {
    size_t pos;
    int value;
    bool letter;
  };
  std::vector<Marker> found;
  for (size_t i = begin; i < end; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    // Only a digit or a lower-case letter opens a marker: test that first,
    // then the character before it (an ASCII byte is a whole character).
    if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) continue;
    if (i > begin) {
      size_t prev_start = 0;
      const auto prev_byte = static_cast<unsigned char>(s[i - 1]);
      const char32_t prev = prev_byte < 0x80 ? prev_byte : DecodeUtf8Before(s, i, &prev_start);
      if (!IsSpaceQuick(prev) && !IsBullet(prev)) continue;
    }
    size_t j = i;
    int value = 0;
    bool letter = false;
    if (c >= '0' && c <= '9') {
      while (j < end && j - i < 2 && s[j] >= '0' && s[j] <= '9') {
        value = value * 10 + (s[j] - '0');
        ++j;
      }
    } else if (c >= 'a' && c <= 'z') {
      value = c - 'a' + 1;
      letter = true;
      j = i + 1;
    } else {
      continue;
    }
    if (j >= end) continue;
    if (s[j] == '.') {
      ++j;
      if (j < end && s[j] == ')') ++j;
    } else if (s[j] == ')') {
      ++j;
    } else {
      continue;
    }
    if (j >= end || s[j] != ' ') continue;
    found.push_back({i, value, letter});
  }
  // A list starts at 1 (or "a") or at the start of the segment and goes on with
  // the next value within a few hundred bytes; stray numbers ("June 1. The") do not
  // form a list unless "2." follows soon after.
  constexpr size_t kMaxItemBytes = 300;
  std::vector<size_t> markers;
  std::vector<bool> used(found.size(), false);
  for (size_t k = 0; k < found.size(); ++k) {
    if (used[k] || (found[k].value != 1 && found[k].pos != begin)) continue;
    std::vector<size_t> chain = {k};
    for (size_t m = k + 1; m < found.size(); ++m) {
      const Marker& last = found[chain.back()];
      if (found[m].pos - last.pos > kMaxItemBytes) break;
      if (found[m].letter == last.letter && found[m].value == last.value + 1) chain.push_back(m);
    }
    if (chain.size() < 2) continue;
    for (size_t m : chain) {
      used[m] = true;
      markers.push_back(found[m].pos);
    }
  }
  std::ranges::sort(markers);
  return markers;
}

// A dateline at `pos`: returns the end of its dash, or 0 when there is none.
size_t DatelineEnd(std::string_view s, size_t pos, size_t end) {
  const size_t limit = std::min(end, pos + 160);
  // First word: at least two capitals and no lower case ("AMMAN/BEIRUT,", "WASHINGTON").
  size_t i = pos;
  size_t capitals = 0;
  while (i < limit) {
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, i, &length);
    if (IsSpace(c)) break;
    if (IsLower(c)) return 0;
    if (IsUpper(c)) ++capitals;
    i += length;
  }
  if (capitals < 2) return 0;
  size_t words = 1;
  while (i < limit) {
    i = SkipSpaces(s, i, limit);
    if (i >= limit) return 0;
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, i, &length);
    // A dash standing alone ends the dateline: "-", "--", "_", "–", "—".
    if (c == '-' || c == '_' || c == 0x2013 || c == 0x2014) {
      size_t j = i + length;
      while (j < limit && (s[j] == '-' || s[j] == '_')) ++j;
      if (j < end && !IsSpace(DecodeUtf8At(s, j, &length))) return 0;
      // The sentence after it starts with a capital: "NATO - the alliance" is no dateline.
      const NextWord next = LookAhead(s, j, end);
      return !next.at_end && (IsUpper(next.first) || IsDigit(next.first)) ? j : 0;
    }
    // Every word of a dateline is capitalised, a number or parenthesised.
    if (!(IsUpper(c) || IsDigit(c) || c == '(')) return 0;
    if (++words > 12) return 0;
    while (i < limit) {
      const char32_t w = DecodeUtf8At(s, i, &length);
      if (IsSpace(w)) break;
      i += length;
    }
  }
  return 0;
}

bool ContainsLower(std::string_view haystack_lower, std::string_view needle) {
  return haystack_lower.find(needle) != std::string_view::npos;
}

// An agency photo caption opens with its photo: "In this Jan. 14, 2013 file
// photo, ...", "FILE - In this photo taken on ...", "In this image made from
// video, ...".
bool OpensAsPhotoCaption(std::string_view lower) {
  for (std::string_view file : {"file - ", "file \u2013 ", "file \u2014 "}) {
    if (lower.starts_with(file)) lower.remove_prefix(file.size());
  }
  if (!lower.starts_with("in this ")) return false;
  const std::string_view head = lower.substr(0, 60);
  for (std::string_view what :
       {" photo,", " photo ", " photos,", " photos ", " image made", " image provided",
        " image taken", " image released", " picture taken"}) {
    if (ContainsLower(head, what)) return true;
  }
  return false;
}

bool IsCaption(std::string_view s, size_t begin, size_t end) {
  if (end - begin > 600) return false;
  if (OpensAsPhotoCaption(FoldCase(s.substr(begin, std::min<size_t>(end - begin, 80)))))
    return true;
  const size_t tail_begin = end - begin > 90 ? end - 90 : begin;
  const std::string tail = FoldCase(s.substr(tail_begin, end - tail_begin));
  for (std::string_view marker : kCreditMarkers) {
    if (ContainsLower(tail, marker)) return true;
  }
  return false;
}

// Short page notes that a page's own words give away beyond a fixed prefix:
// a call to action closing the line ("For a full recap, click here."), a site
// error ("Sorry, the page you requested could not be found."), and a
// correction note ("Updated at 9:23 a.m. to correct the name of the driver.";
// "Correction: ..." is a prefix of kNoisePrefixes). Too rare in the
// classifier's training lines to be learnt (docs/boilerplate.md).
bool IsPageNote(std::string_view lower) {
  return lower.ends_with("click here") || ContainsLower(lower, "page not found") ||
         (ContainsLower(lower, "page") && ContainsLower(lower, "could not be found")) ||
         (lower.starts_with("updated ") && ContainsLower(lower, " to correct "));
}

bool IsNoiseUnit(std::string_view s, size_t begin, size_t end) {
  if (end - begin > 120) return false;
  std::string lower = FoldCase(s.substr(begin, end - begin));
  for (std::string_view prefix : kNoisePrefixes) {
    if (lower.starts_with(prefix)) return true;
  }
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ':' || lower.back() == '!' ||
                            lower.back() == '|' || lower.back() == '>' || lower.back() == ' ')) {
    lower.pop_back();
  }
  return NoisePhrases().contains(lower) || IsPageNote(lower);
}

// ---- The splitter ------------------------------------------------------------

class Splitter {
 public:
  Splitter(std::string_view text, const SplitOptions& options) : text_(text), options_(options) {}

  std::vector<TextUnit> Run() {
    const std::vector<Line> lines = CutLines(text_);
    const std::vector<bool> soft = SoftBreaks(lines);
    size_t k = 0;
    while (k < lines.size()) {
      if (lines[k].blank) {
        ++k;
        continue;
      }
      size_t last = k;
      while (last + 1 < lines.size() && !lines[last + 1].blank && soft[last]) ++last;
      SplitSegment(lines[k].begin, lines[last].end);
      k = last + 1;
    }
    if (options_.classify_boilerplate) MarkBoilerplate();
    return std::move(units_);
  }

 private:
  // soft[k]: the break after line k is a space rather than a unit boundary.
  std::vector<bool> SoftBreaks(const std::vector<Line>& lines) const {
    std::vector<bool> soft(lines.size(), false);
    if (options_.line_breaks == LineBreaks::kHard) return soft;
    // Paragraph (block of non-blank lines) that each line belongs to ends with punctuation?
    std::vector<bool> block_punctuated(lines.size(), false);
    for (size_t k = 0; k < lines.size();) {
      if (lines[k].blank) {
        ++k;
        continue;
      }
      size_t last = k;
      while (last + 1 < lines.size() && !lines[last + 1].blank) ++last;
      const bool punctuated = EndsWithTerminal(text_, lines[last].begin, lines[last].end);
      for (size_t m = k; m <= last; ++m) block_punctuated[m] = punctuated;
      k = last + 1;
    }
    if (options_.line_breaks == LineBreaks::kSoft) {
      for (size_t k = 0; k + 1 < lines.size(); ++k)
        soft[k] = !lines[k].blank && !lines[k + 1].blank;
      return soft;
    }
    size_t open_breaks = 0;
    size_t continued = 0;
    std::vector<bool> lower_next(lines.size(), false);
    std::vector<bool> open_end(lines.size(), false);
    for (size_t k = 0; k + 1 < lines.size(); ++k) {
      if (lines[k].blank || lines[k + 1].blank || !block_punctuated[k]) continue;
      open_end[k] = !EndsWithTerminal(text_, lines[k].begin, lines[k].end);
      lower_next[k] = StartsLower(text_, lines[k + 1]);
      if (open_end[k]) {
        ++open_breaks;
        if (lower_next[k]) ++continued;
      }
    }
    const bool wrapped = continued >= 2 && continued * 3 >= open_breaks;
    for (size_t k = 0; k + 1 < lines.size(); ++k) {
      if (lines[k].blank || lines[k + 1].blank || !block_punctuated[k]) continue;
      soft[k] = wrapped || (open_end[k] && lower_next[k]);
    }
    return soft;
  }

  void SplitSegment(size_t begin, size_t end) {
    begin = SkipSpaces(text_, begin, end);
    end = TrimEnd(text_, begin, end);
    if (begin >= end) return;
    segment_first_unit_ = units_.size();
    if (IsCaption(text_, begin, end)) {
      units_.push_back({begin, end, UnitKind::kNoise});
      return;
    }
    if (options_.detect_datelines && !seen_sentence_) {
      if (const size_t dash_end = DatelineEnd(text_, begin, end); dash_end != 0) {
        units_.push_back({begin, dash_end, UnitKind::kHeading});
        begin = SkipSpaces(text_, dash_end, end);
        segment_first_unit_ = units_.size();
      }
    }
    if (options_.strip_agency_tags) {
      if (const size_t tag = AgencyTagLength(text_.substr(begin, end - begin)); tag != 0) {
        units_.push_back({begin, TrimEnd(text_, begin, begin + tag), UnitKind::kNoise});
        begin += tag;
        segment_first_unit_ = units_.size();
      }
    }
    markers_ = FindListMarkers(text_, begin, end);
    size_t unit_start = begin;
    size_t i = begin;
    while (i < end) {
      // Most bytes are ASCII that neither ends a sentence nor is a bullet;
      // only a list marker can start there, and there are few.
      if (const auto byte = static_cast<unsigned char>(text_[i]);
          byte < 0x80 && !kAsciiTerminal[byte] && (markers_.empty() || !IsMarker(i))) {
        ++i;
        continue;
      }
      size_t length = 0;
      const char32_t c = DecodeUtf8At(text_, i, &length);
      if (i > unit_start && (IsBullet(c) || IsMarker(i)) && HasAlnum(text_, unit_start, i)) {
        size_t prev = 0;
        if (IsSpace(DecodeUtf8Before(text_, i, &prev))) {
          Emit(unit_start, i);
          unit_start = i;
        }
      }
      if (IsTerminal(c)) {
        size_t resume = i + length;
        const size_t boundary = ExamineCandidate(i, end, unit_start, &resume);
        if (boundary != 0) {
          Emit(unit_start, boundary);
          unit_start = SkipSpaces(text_, boundary, end);
          i = std::max(resume, unit_start);
          continue;
        }
        i = std::max(resume, i + length);
        continue;
      }
      i += length;
    }
    if (unit_start < end) Emit(unit_start, end);
    ClassifySegment(end);
  }

  // The trained classifier (boilerplate.cc) over every unit not yet kNoise.
  // Two passes (hysteresis): the model at its threshold, then, for a unit next
  // to a flagged one, at the lower context threshold, because call-out
  // paragraphs mix lines the model is sure of with plain-worded ones.
  void MarkBoilerplate() {
    const size_t n = units_.size();
    std::vector<double> probability(n, 1.0);
    std::vector<bool> flagged(n, false), evidence(n);
    // Each unit is split into words once, for the shares and its features.
    std::vector<internal::UnitWords> words(n);
    for (size_t k = 0; k < n; ++k) {
      internal::SplitUnitWords(text_.substr(units_[k].begin, units_[k].end - units_[k].begin),
                               &words[k]);
    }
    const std::vector<float> novel = internal::NovelWordSharesOfSplit(words);
    for (size_t k = 0; k < n; ++k) {
      const TextUnit& unit = units_[k];
      const std::string_view text = text_.substr(unit.begin, unit.end - unit.begin);
      // An agency tag ("WASHINGTON (AP) --") is no evidence about its
      // neighbour, the lede, however it was flagged.
      evidence[k] = !internal::IsAgencyTagUnit(text);
      if (unit.kind == UnitKind::kNoise) {
        flagged[k] = true;
        continue;
      }
      probability[k] = internal::BoilerplateProbability({text, k, n, false, novel[k]}, words[k]);
      flagged[k] = probability[k] >= BoilerplateThreshold();
    }
    const std::vector<bool> marked =
        internal::ContextFlags(probability, flagged, evidence, BoilerplateContextThreshold());
    for (size_t k = 0; k < n; ++k) {
      if (marked[k]) units_[k].kind = UnitKind::kNoise;
    }
  }

  bool IsMarker(size_t pos) const { return std::ranges::binary_search(markers_, pos); }

  void Emit(size_t begin, size_t end) {
    end = TrimEnd(text_, begin, end);
    if (begin >= end) return;
    // A unit of punctuation alone joins the previous unit of the segment.
    if (!HasAlnum(text_, begin, end) && units_.size() > segment_first_unit_) {
      units_.back().end = end;
      return;
    }
    units_.push_back({begin, end, UnitKind::kSentence});
  }

  void ClassifySegment(size_t segment_end) {
    for (size_t k = segment_first_unit_; k < units_.size(); ++k) {
      TextUnit& unit = units_[k];
      if (IsNoiseUnit(text_, unit.begin, unit.end)) {
        unit.kind = UnitKind::kNoise;
        continue;
      }
      const bool last = k + 1 == units_.size() && unit.end == segment_end;
      if (last && !EndsWithTerminal(text_, unit.begin, unit.end)) {
        const size_t words = CountWords(text_, unit.begin, unit.end);
        const bool long_line =
            options_.max_heading_words != 0 && words >= options_.max_heading_words;
        const bool lead_in = text_[unit.end - 1] == ':' && words >= 3;
        unit.kind = long_line || lead_in ? UnitKind::kSentence : UnitKind::kHeading;
      }
      if (unit.kind == UnitKind::kSentence) seen_sentence_ = true;
    }
  }

  // Decides whether the terminal punctuation at `pos` ends a sentence. Returns the
  // boundary offset (0 for none); `*resume` is where scanning continues.
  size_t ExamineCandidate(size_t pos, size_t end, size_t unit_start, size_t* resume) {
    size_t j = pos;
    size_t dots = 0;
    bool question_or_exclamation = false;
    bool strong = false;
    while (j < end) {
      size_t length = 0;
      const char32_t c = DecodeUtf8At(text_, j, &length);
      if (c == '.') {
        ++dots;
      } else if (c == 0x2026) {
        dots += 3;
      } else if (IsQuestionOrExclamation(c)) {
        question_or_exclamation = true;
      } else if (IsStrongTerminal(c)) {
        strong = true;
      } else {
        break;
      }
      j += length;
    }
    const size_t attached_dots = dots;
    // Spaced ellipsis ". . ." continuing the run.
    size_t spaced = 0;
    size_t k = j;
    while (k + 1 < end && text_[k] == ' ' && text_[k + 1] == '.') {
      ++spaced;
      k += 2;
    }
    if (spaced > 0 && attached_dots + spaced >= 3 && !question_or_exclamation) {
      j = k;
      dots += spaced;
    }
    size_t after = j;
    while (after < end) {
      size_t length = 0;
      if (!IsCloser(DecodeUtf8At(text_, after, &length))) break;
      after += length;
    }
    *resume = after;

    size_t before_start = 0;
    const char32_t before = pos > unit_start ? DecodeUtf8Before(text_, pos, &before_start) : U' ';
    const bool space_before = IsSpace(before);

    size_t follow_length = 0;
    const bool followed_by_space =
        after >= end || IsSpace(DecodeUtf8At(text_, after, &follow_length));
    if (!followed_by_space) {
      if (strong) return after;
      if (dots == 1 && !question_or_exclamation && after == j)
        return GluedBoundary(pos, end, unit_start);
      return 0;
    }
    const NextWord next = LookAhead(text_, after, end);
    if (next.at_end) return after;
    if (strong) return after;
    if (question_or_exclamation) return IsLower(next.first) ? 0 : after;

    const bool next_lower = IsLower(next.first);
    const bool next_upper = IsUpper(next.first);
    if (dots >= 3) {
      if (before == '[' || before == '(') return 0;
      // A period glued to a word, then a spaced ellipsis opening the next sentence.
      if (attached_dots == 1 && spaced >= 3 && !space_before) return next_upper ? pos + 1 : 0;
      if (dots >= 4) return next_lower ? 0 : after;
      if (space_before || pos == unit_start) return 0;
      return next_upper && !IsPronounI(next.word) ? after : 0;
    }

    // A single period (or two).
    const size_t word_start = WordStart(text_, unit_start, pos);
    if (word_start >= pos) return 0;
    if (next_lower) return 0;
    const std::string_view word = text_.substr(word_start, pos - word_start);
    // The marker of a list item, or a number opening the unit ("9. The first item").
    if (IsMarker(word_start)) return 0;
    if (IsNumberWord(word) && !HasAlnum(text_, unit_start, word_start)) return 0;

    Abbreviation kind = Abbreviation::kNone;
    if (IsSingleLetter(text_, word_start, pos)) {
      kind = Abbreviation::kOther;
      if (word == "I") {
        size_t prev_word_end = word_start;
        while (prev_word_end > unit_start) {
          size_t p = 0;
          const char32_t c = DecodeUtf8Before(text_, prev_word_end, &p);
          if (!IsSpace(c)) break;
          prev_word_end = p;
        }
        if (prev_word_end > unit_start) {
          const size_t prev_word_start = WordStart(text_, unit_start, prev_word_end);
          size_t l = 0;
          if (prev_word_start < prev_word_end &&
              IsLower(DecodeUtf8At(text_, prev_word_start, &l))) {
            kind = Abbreviation::kNone;  // "you and I."
          }
        }
      }
    } else {
      const std::string lower = FoldCase(word);
      const auto& table = GetTables().abbreviations;
      if (auto it = table.find(lower); it != table.end()) {
        kind = it->second;
      } else if (IsInitialism(word)) {
        kind = Abbreviation::kOther;
      }
    }
    // A quote or bracket closed after the period: not an initial or abbreviation
    // ("from A to Z.\" Quebecor ...").
    if (after != j && kind != Abbreviation::kTitle) kind = Abbreviation::kNone;
    switch (kind) {
      case Abbreviation::kTitle:
        return 0;
      case Abbreviation::kSuffix:
        if (!next_upper) return 0;
        return CountWords(text_, unit_start, pos) >= 4 ? after : 0;
      case Abbreviation::kNumberPrefix:
        if (IsDigit(next.first)) return 0;
        [[fallthrough]];
      case Abbreviation::kOther:
        if (!next_upper || !IsOpenerWord(next.word)) return 0;
        return CountWords(text_, unit_start, pos) >= 4 ? after : 0;
      case Abbreviation::kNone:
        break;
    }
    return after;
  }

  // A period glued to the next word: "world.Today", "1,000.That", but not
  // "Jane.Doe@example.com", "example.com", "U.S.A" or "Mr.Smith".
  size_t GluedBoundary(size_t pos, size_t end, size_t unit_start) const {
    const size_t next_pos = pos + 1;
    if (next_pos >= end) return 0;
    size_t length = 0;
    const char32_t first = DecodeUtf8At(text_, next_pos, &length);
    if (!IsUpper(first) || next_pos + length >= end) return 0;
    size_t second_length = 0;
    if (!IsLower(DecodeUtf8At(text_, next_pos + length, &second_length))) return 0;
    const size_t word_start = WordStart(text_, unit_start, pos);
    if (pos - word_start < 2) return 0;
    const std::string_view word = text_.substr(word_start, pos - word_start);
    size_t token_end = next_pos;
    while (token_end < end) {
      size_t l = 0;
      if (IsSpace(DecodeUtf8At(text_, token_end, &l))) break;
      token_end += l;
    }
    const std::string_view next_token = text_.substr(next_pos, token_end - next_pos);
    for (std::string_view t : {word, next_token}) {
      if (t.find('@') != std::string_view::npos || t.find('/') != std::string_view::npos ||
          t.find("www") != std::string_view::npos) {
        return 0;
      }
    }
    if (word.find('.') != std::string_view::npos && !IsNumberWord(word)) return 0;
    size_t last_start = 0;
    const char32_t last = DecodeUtf8Before(text_, pos, &last_start);
    if (!IsLower(last) && !IsDigit(last)) return 0;
    if (GetTables().abbreviations.contains(FoldCase(word))) return 0;
    return next_pos;
  }

  std::string_view text_;
  const SplitOptions& options_;
  std::vector<TextUnit> units_;
  std::vector<size_t> markers_;
  size_t segment_first_unit_ = 0;
  bool seen_sentence_ = false;
};

}  // namespace

std::string_view UnitKindName(UnitKind kind) {
  switch (kind) {
    case UnitKind::kSentence:
      return "sentence";
    case UnitKind::kHeading:
      return "heading";
    case UnitKind::kNoise:
      return "noise";
  }
  return "unknown";
}

std::vector<TextUnit> SplitSentences(std::string_view text, const SplitOptions& options) {
  return Splitter(text, options).Run();
}

std::vector<TextUnit> SplitSentences(std::string_view text) {
  return SplitSentences(text, SplitOptions{});
}

}  // namespace crosswire::text
