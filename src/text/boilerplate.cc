// Boilerplate classification: is this unit page furniture or story text?
//
// Scraped news pages carry text that is not the story: a tweet embedded in
// the article and its signature line ("— Jane Doe (@jdoe) May 3, 2016"),
// the video player's apology ("Media playback is unsupported on your
// device"), photo credits, "Sign up for our newsletter", "Are you affected?
// Tell us", copyright notices, the web archive's crawl notes. Summarizers
// love such lines because they repeat across articles. A list of strings
// catches the lines it was fitted to and nothing else, so the decision is a
// logistic-regression model over features that describe the *shape* of a
// line, whom it addresses and its register, with its words as hashed
// features whose weights are learnt rather than listed:
//
//  - where it stands in the article (first, last, relative position);
//  - its length in words and characters, and how it ends (period, question
//    mark, colon, nothing at all);
//  - its character profile: share of capitalised and all-capitals words,
//    digits, punctuation, quote marks, parentheses, separators (| »);
//  - web markers: @handles, #hashtags, URLs, e-mail addresses, a leading
//    dash with a handle and a "Month d, yyyy" date (a tweet signature), clock
//    times ("0:45", a video duration), the copyright sign;
//  - repetition: the number of unrelated training stories in which the
//    normalised line (lower case, digits as 0) occurs, looked up in a hashed
//    table compiled in with the weights. Lines that recur across unrelated
//    stories are furniture almost by definition;
//  - whom it addresses: second-person words (you, your) and the site's
//    first-person plural (our, us);
//  - register: the share of its words that no other unit of the article uses
//    (NovelWordShares): "Sign up for our newsletter" shares none with a story;
//  - lexical cues hashed into 2^16 buckets: the first word, first two words,
//    last word and last two words, and in units of at most 40 words every
//    word and word pair, case-folded, so that a call to action after a title
//    ("Playbook PM Sign up for our newsletter") still shows its words;
//  - whether the splitter's fixed furniture lists matched it.
//
// The model (weights, line table, threshold) is trained by
// bench/boilerplate_train on lines labelled by written rules
// (docs/boilerplate.md, testdata/boilerplate/), split by story into train and
// test; the L2 strength and the thresholds are chosen by cross-validation on
// the training stories.
// Scoring one unit is one pass over its bytes plus a few hash lookups.
//
// Context (ContextFlags, hysteresis): call-out paragraphs mix lines the model
// is sure of with plain-worded ones ("You can unsubscribe at any time."), so
// a unit next to a flagged one is flagged at a lower, also cross-validated,
// context threshold. The splitter applies it in a second pass.
//
// Agency tags ("(CNN) —", "SAN FRANCISCO (AP) —", "LONDON, Dec 14 (Reuters)
// -") are a separate, rule-based matter: they open a sentence that is story
// text, so the splitter cuts the tag off and keeps the sentence
// (AgencyTagLength).

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "boilerplate_features.h"
#include "crosswire/text.h"
#include "crosswire/utf8.h"

namespace crosswire::text {
namespace {

bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015; }

bool IsQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x2018 ||
         c == 0x2019;
}

}  // namespace

namespace internal {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool IsSpaceAt(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');  // \t \n \v \f \r
  return IsSpace(c);
}

// The character classes of text::IsSpace, IsDigit, IsWordChar, IsUpper and
// IsLower, with ASCII answered in place: the features read every character.
bool AsciiSpaceOr(char32_t c) {
  return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : IsSpace(c);
}
bool AsciiDigitOr(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : IsDigit(c); }
bool AsciiUpperOr(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : IsUpper(c); }
bool AsciiLowerOr(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : IsLower(c); }
bool AsciiWordCharOr(char32_t c) {
  return c < 0x80 ? AsciiDigitOr(c) || AsciiUpperOr(c) || AsciiLowerOr(c) : IsWordChar(c);
}

// The classes of ExtractFeatures' character profile for ASCII: what
// AsciiSpaceOr, AsciiDigitOr and AsciiWordCharOr say, and the marks it looks
// for (IsQuote: '"' is the only ASCII quote; brackets; separators '|' '>').
enum : uint8_t {
  kAsciiSpace = 1,
  kAsciiDigit = 2,
  kAsciiLetter = 4,
  kAsciiQuote = 8,
  kAsciiBracket = 16,
  kAsciiSeparator = 32,
  kAsciiColon = 64,
};
const auto kAsciiClass = [] {
  std::array<uint8_t, 0x80> cls{};
  for (char32_t c = 0; c < 0x80; ++c) {
    uint8_t k = 0;
    if (AsciiSpaceOr(c)) k |= kAsciiSpace;
    if (AsciiDigitOr(c)) k |= kAsciiDigit;
    if (AsciiWordCharOr(c) && !AsciiDigitOr(c)) k |= kAsciiLetter;
    if (IsQuote(c)) k |= kAsciiQuote;
    if (c == '(' || c == ')' || c == '[' || c == ']') k |= kAsciiBracket;
    if (c == '|' || c == '>') k |= kAsciiSeparator;
    if (c == ':') k |= kAsciiColon;
    cls[c] = k;
  }
  return cls;
}();

// SplitUnitWords' normalisation of each ASCII character: lower case, digits
// as '0', '@' and '#' kept, other marks dropped (0), white space ends a word.
constexpr char kAsciiNormSpace = '\x01';
const auto kAsciiNorm = [] {
  std::array<char, 0x80> norm{};
  for (char32_t c = 0; c < 0x80; ++c) {
    if (IsSpaceAt(c)) {
      norm[c] = kAsciiNormSpace;
    } else if (c >= 'A' && c <= 'Z') {
      norm[c] = static_cast<char>(c - 'A' + 'a');
    } else if (c >= '0' && c <= '9') {
      norm[c] = '0';
    } else if ((c >= 'a' && c <= 'z') || c == '@' || c == '#') {
      norm[c] = static_cast<char>(c);
    }
  }
  return norm;
}();

// FNV-1a 64 continued over `s` from the state `h`: hashing "a b" equals
// extending the hash of "a" by " " and then by "b", so word pairs and whole
// lines are hashed without building their strings.
uint64_t Fnv1aExtend(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// ASCII case-insensitive: does `s` contain `lower_needle` (lower case)?
bool ContainsFolded(std::string_view s, std::string_view lower_needle) {
  if (lower_needle.size() > s.size()) return false;
  for (size_t i = 0; i + lower_needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower_needle.size()) {
      char c = s[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != lower_needle[k]) break;
      ++k;
    }
    if (k == lower_needle.size()) return true;
  }
  return false;
}

bool StartsWithFolded(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         ContainsFolded(s.substr(0, lower_prefix.size()), lower_prefix);
}

bool ContainsAscii(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// "May 3, 2016", "3 May 2016": a month word and a four-digit year in the unit.
bool HasCalendarDate(const UnitWords& words) {
  bool month = false;
  for (size_t k = 0; k < words.words.size(); ++k) {
    const std::string_view norm = words.Norm(k);
    if (EnglishMonth(norm)) month = true;
    if (month && norm == "0000") return true;
  }
  return false;
}

// "0:45", "12:30": digits, a colon, two digits.
bool HasClockTime(std::string_view s) {
  for (size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] == ':' && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 2]))) {
      return true;
    }
  }
  return false;
}

// "[Who were they?]": the whole unit in square brackets, a related-article
// link or an editor's note rather than story text.
bool WhollyBracketed(std::string_view s) {
  size_t begin = 0, end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && (std::isspace(static_cast<unsigned char>(s[end - 1])) || s[end - 1] == '.'))
    --end;
  if (end - begin < 3 || s[begin] != '[' || s[end - 1] != ']') return false;
  const std::string_view inner = s.substr(begin + 1, end - begin - 2);
  return inner.find_first_of("[]") == std::string_view::npos;
}

// "7 of 43": a counter, as gallery captions and slide shows number their items.
bool HasCounter(const UnitWords& words) {
  auto number = [&](size_t k) {
    const std::string_view norm = words.Norm(k);
    return !norm.empty() && norm.find_first_not_of('0') == std::string_view::npos;
  };
  for (size_t i = 0; i + 2 < words.words.size(); ++i) {
    if (number(i) && words.Norm(i + 1) == "of" && number(i + 2)) return true;
  }
  return false;
}

void AddLexicalHash(uint64_t h, std::vector<Feature>* out) {
  out->push_back({kDenseFeatures + static_cast<uint32_t>(h & ((1u << kLexicalBits) - 1)), 1.0f});
}

void AddLexical(uint32_t space, std::string_view key, std::vector<Feature>* out) {
  AddLexicalHash(Fnv1a(key, space * 0x9E3779B97F4A7C15ull), out);
}

// AddLexical(space, first + " " + second) without building the pair.
void AddLexicalPair(uint32_t space, std::string_view first, std::string_view second,
                    std::vector<Feature>* out) {
  uint64_t h = Fnv1a(first, space * 0x9E3779B97F4A7C15ull);
  h = Fnv1aExtend(Fnv1aExtend(h, " "), second);
  AddLexicalHash(h, out);
}

}  // namespace

void SplitUnitWords(std::string_view s, UnitWords* out) {
  out->norm.clear();
  out->norm.reserve(s.size());  // a byte normalises to at most one byte
  out->words.clear();
  size_t i = 0;
  while (i < s.size()) {
    size_t length = 0;
    char32_t c = DecodeUtf8AtInline(s, i, &length);
    if (IsSpaceAt(c)) {
      i += length;
      continue;
    }
    const size_t start = i;
    const size_t norm_begin = out->norm.size();
    while (i < s.size()) {
      // ASCII from a table of what the branches below do with it.
      if (const auto byte = static_cast<unsigned char>(s[i]); byte < 0x80) {
        const char mapped = kAsciiNorm[byte];
        if (mapped == kAsciiNormSpace) break;
        if (mapped != 0) out->norm.push_back(mapped);
        ++i;
        continue;
      }
      c = DecodeUtf8AtInline(s, i, &length);
      if (IsSpaceAt(c)) break;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          out->norm.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (c >= '0' && c <= '9') {
          out->norm.push_back('0');
        } else if ((c >= 'a' && c <= 'z') || c == '@' || c == '#') {
          out->norm.push_back(static_cast<char>(c));
        }
      } else if (IsWordChar(c)) {
        out->norm.append(s.substr(i, length));
      }
      i += length;
    }
    out->words.push_back({s.substr(start, i - start), norm_begin, out->norm.size() - norm_begin});
  }
}

UnitWords SplitUnitWords(std::string_view unit) {
  UnitWords words;
  SplitUnitWords(unit, &words);
  return words;
}

std::string NormalizeLine(std::string_view unit) {
  const UnitWords words = SplitUnitWords(unit);
  std::string line;
  for (size_t k = 0; k < words.words.size(); ++k) {
    const std::string_view norm = words.Norm(k);
    if (norm.empty()) continue;
    if (!line.empty()) line.push_back(' ');
    line += norm;
  }
  return line;
}

uint64_t LineHash(const UnitWords& words) {
  // Fnv1a(NormalizeLine(unit), 0), hashed word by word.
  uint64_t h = Fnv1a("", 0);
  bool first = true;
  for (size_t k = 0; k < words.words.size(); ++k) {
    const std::string_view norm = words.Norm(k);
    if (norm.empty()) continue;
    if (!first) h = Fnv1aExtend(h, " ");
    h = Fnv1aExtend(h, norm);
    first = false;
  }
  return h;
}

uint64_t LineHash(std::string_view unit) { return LineHash(SplitUnitWords(unit)); }

std::vector<float> NovelWordShares(std::span<const std::string_view> units) {
  std::vector<UnitWords> words(units.size());
  for (size_t k = 0; k < units.size(); ++k) SplitUnitWords(units[k], &words[k]);
  return NovelWordSharesOfSplit(words);
}

std::vector<float> NovelWordSharesOfSplit(std::span<const UnitWords> units) {
  // The distinct counted words of each unit (as 64-bit hashes), then in how
  // many units each occurs.
  // Counted by sorting every unit's distinct words together (a word occurs
  // in as many units as it has copies there), not in a node-based map.
  std::vector<std::vector<uint64_t>> words_of(units.size());
  std::vector<uint64_t> all;
  for (size_t k = 0; k < units.size(); ++k) {
    std::vector<uint64_t>& words = words_of[k];
    for (size_t w = 0; w < units[k].words.size(); ++w) {
      const std::string_view norm = units[k].Norm(w);
      if (norm.size() < 3 || norm.find_first_not_of('0') == std::string_view::npos) continue;
      words.push_back(Fnv1a(norm, 0));
    }
    std::ranges::sort(words);
    words.erase(std::unique(words.begin(), words.end()), words.end());
    all.insert(all.end(), words.begin(), words.end());
  }
  std::ranges::sort(all);
  // The words that occur in exactly one unit.
  std::vector<uint64_t> once;
  for (size_t i = 0; i < all.size();) {
    size_t j = i + 1;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (j == i + 1) once.push_back(all[i]);
    i = j;
  }
  std::vector<float> share(units.size(), -1.0f);
  for (size_t k = 0; k < units.size(); ++k) {
    if (words_of[k].empty()) continue;
    size_t novel = 0;
    for (uint64_t w : words_of[k]) novel += std::ranges::binary_search(once, w);
    share[k] = static_cast<float>(novel) / static_cast<float>(words_of[k].size());
  }
  return share;
}

void ExtractFeatures(const BoilerplateUnit& unit, uint32_t line_frequency,
                     std::vector<Feature>* out) {
  ExtractFeatures(unit, SplitUnitWords(unit.text), line_frequency, out);
}

void ExtractFeatures(const BoilerplateUnit& unit, const UnitWords& words, uint32_t line_frequency,
                     std::vector<Feature>* out) {
  out->clear();
  const std::string_view s = unit.text;
  auto set = [out](uint32_t index, double value) {
    if (value != 0) out->push_back({index, static_cast<float>(value)});
  };
  const size_t count = std::max<size_t>(unit.count, 1);
  const size_t n = words.words.size();

  // Character profile, one pass; ASCII characters classified by a table.
  size_t chars = 0, digits = 0, punctuation = 0, letters = 0;
  bool quote = false, parenthesis = false, separator = false, copyright = false;
  uint8_t ascii_seen = 0;  // kAscii* classes of the ASCII characters met
  char32_t first = 0;
  for (size_t i = 0; i < s.size();) {
    if (const auto byte = static_cast<unsigned char>(s[i]); byte < 0x80) {
      ++i;
      const uint8_t cls = kAsciiClass[byte];
      if (cls & kAsciiSpace) continue;
      if (first == 0) first = byte;
      ++chars;
      if (cls & kAsciiDigit) {
        ++digits;
      } else if (cls & kAsciiLetter) {
        ++letters;
      } else {
        ++punctuation;
      }
      ascii_seen |= cls;
      continue;
    }
    size_t length = 0;
    const char32_t c = DecodeUtf8AtInline(s, i, &length);
    i += length;
    if (AsciiSpaceOr(c)) continue;
    if (first == 0) first = c;
    ++chars;
    if (AsciiDigitOr(c)) {
      ++digits;
    } else if (AsciiWordCharOr(c)) {
      ++letters;
    } else {
      ++punctuation;
    }
    if (IsQuote(c)) quote = true;
    if (c == '(' || c == ')' || c == '[' || c == ']') parenthesis = true;
    if (c == '|' || c == 0x00BB || c == '>' || c == 0x2022) separator = true;
    if (c == 0x00A9) copyright = true;
  }
  quote = quote || (ascii_seen & kAsciiQuote);
  parenthesis = parenthesis || (ascii_seen & kAsciiBracket);
  separator = separator || (ascii_seen & kAsciiSeparator);
  // The final character, closing quotes and brackets aside.
  char32_t final_mark = 0;
  for (size_t end = s.size(); end > 0;) {
    size_t start = 0;
    const char32_t c = DecodeUtf8Before(s, end, &start);
    end = start;
    if (AsciiSpaceOr(c) || IsQuote(c) || c == ')' || c == ']' || c == '\'') continue;
    final_mark = c;
    break;
  }
  size_t capitalised = 0, all_caps = 0;
  bool handle = false, hashtag = false, url = false, email = false;
  for (const UnitWords::Word& w : words.words) {
    size_t length = 0;
    size_t p = 0;
    while (p < w.raw.size()) {
      const char32_t c = DecodeUtf8AtInline(w.raw, p, &length);
      if (AsciiWordCharOr(c) || c == '@' || c == '#') break;
      p += length;
    }
    if (p < w.raw.size()) {
      const char32_t c = DecodeUtf8AtInline(w.raw, p, &length);
      if (AsciiUpperOr(c)) ++capitalised;
      if (c == '@' && p + 1 < w.raw.size()) handle = true;
      if (c == '#' && p + 1 < w.raw.size() &&
          !AsciiDigitOr(DecodeUtf8AtInline(w.raw, p + 1, &length))) {
        hashtag = true;
      }
    }
    size_t upper = 0, lower = 0;
    for (size_t q = 0; q < w.raw.size();) {
      const char32_t c = DecodeUtf8AtInline(w.raw, q, &length);
      q += length;
      if (AsciiUpperOr(c)) ++upper;
      if (AsciiLowerOr(c)) ++lower;
    }
    if (upper >= 2 && lower == 0) ++all_caps;
    if (StartsWithFolded(w.raw, "http") || StartsWithFolded(w.raw, "www.") ||
        ContainsFolded(w.raw, ".com/") || ContainsFolded(w.raw, "pic.twitter")) {
      url = true;
    }
    const size_t at = w.raw.find('@');
    if (at != std::string_view::npos && at > 0 && w.raw.find('.', at) != std::string_view::npos) {
      email = true;
    }
  }

  set(0, 1.0);  // bias
  set(1, count > 1 ? static_cast<double>(unit.index) / static_cast<double>(count - 1) : 0.0);
  set(2, unit.index == 0);
  set(3, unit.index + 1 == count);
  set(4, unit.index + 3 >= count);
  set(5, std::log1p(static_cast<double>(n)));
  set(6, n <= 2);
  set(7, n <= 5);
  set(8, n >= 6 && n <= 12);
  set(9, n >= 30);
  set(10, std::log1p(static_cast<double>(chars)) / 5.0);
  set(11, final_mark == '.');
  set(12, final_mark == '?' || final_mark == '!');
  set(13, final_mark == ':');
  set(14, final_mark != 0 && AsciiWordCharOr(final_mark));
  set(15, n ? static_cast<double>(capitalised) / static_cast<double>(n) : 0.0);
  set(16, n ? static_cast<double>(all_caps) / static_cast<double>(n) : 0.0);
  set(17, handle && !email);
  set(18, hashtag);
  set(19, url);
  set(20, email);
  set(21, chars ? static_cast<double>(digits) / static_cast<double>(chars) : 0.0);
  set(22, quote);
  set(23, IsQuote(first));
  set(24, chars ? static_cast<double>(punctuation) / static_cast<double>(chars) : 0.0);
  set(25, separator);
  // "(c) 0" and a clock time need a '(' and a ':', which the pass has seen or not.
  set(26,
      copyright || ContainsFolded(s, "copyright") || (parenthesis && ContainsFolded(s, "(c) 0")));
  set(27, unit.list_match);
  set(28, std::log1p(static_cast<double>(line_frequency)));
  set(29, line_frequency >= 1);
  set(30, line_frequency >= 3);
  set(31, parenthesis);
  set(32, IsDash(first));
  set(33, HasCalendarDate(words));
  set(34, n <= 12 && final_mark != '.' && final_mark != '?' && final_mark != '!');
  set(35, first != 0 && AsciiLowerOr(first));
  set(36, (ascii_seen & kAsciiColon) && HasClockTime(s));
  set(37, ContainsAscii(s, "(@"));
  set(38, letters == 0);
  set(39, chars ? static_cast<double>(letters) / static_cast<double>(chars) < 0.6 : 0.0);
  set(40, WhollyBracketed(s));
  set(41, HasCounter(words));

  // Who the line addresses: furniture speaks to the reader ("you", "your")
  // on behalf of the site ("our", "us"); reporting rarely does either.
  size_t second_person = 0, first_plural = 0;
  thread_local std::vector<std::string_view> cue;
  cue.clear();
  for (size_t k = 0; k < n; ++k) {
    const std::string_view norm = words.Norm(k);
    if (norm.empty()) continue;
    cue.push_back(norm);
    if (norm == "you" || norm == "your" || norm == "youre" || norm == "yours" ||
        norm == "yourself") {
      ++second_person;
    }
    if (norm == "our" || norm == "us" || norm == "we" || norm == "ours") ++first_plural;
  }
  set(42, second_person > 0);
  set(43, first_plural > 0);
  set(44, n ? static_cast<double>(second_person + first_plural) / static_cast<double>(n) : 0.0);
  // Register: a line none of whose words the rest of the article uses.
  if (unit.novel_word_share >= 0) {
    set(45, unit.novel_word_share);
    set(46, unit.novel_word_share >= 0.999f);
  }

  // Lexical cues: first and last words, alone and in pairs.
  if (!cue.empty()) {
    AddLexical(1, cue.front(), out);
    AddLexical(3, cue.back(), out);
    if (cue.size() >= 2) {
      AddLexicalPair(2, cue[0], cue[1], out);
      AddLexicalPair(4, cue[cue.size() - 2], cue.back(), out);
    }
  } else {
    AddLexical(5, "", out);
  }
  // Every word and word pair of a short unit, case-folded: a call to action
  // after a title ("Playbook PM Sign up for our newsletter") or a site error
  // ("Sorry, the page you requested could not be found") shows its words in
  // the middle. Long units are running text; their words say little about
  // furniture and would drown the shape features.
  if (cue.size() <= kBagOfWordsMaxWords) {
    for (size_t i = 0; i < cue.size(); ++i) {
      AddLexical(6, cue[i], out);
      if (i + 1 < cue.size()) AddLexicalPair(7, cue[i], cue[i + 1], out);
    }
  }
}

uint32_t TrainedLineFrequency(std::string_view unit) {
  return TrainedLineFrequency(SplitUnitWords(unit));
}

uint32_t TrainedLineFrequency(const UnitWords& words) {
  const std::span<const LineCount> lines = CompiledModel().lines;
  const uint64_t h = LineHash(words);
  const auto it = std::ranges::lower_bound(lines, h, {}, &LineCount::hash);
  return it != lines.end() && it->hash == h ? it->stories : 0;
}

bool IsAgencyTagUnit(std::string_view text) {
  // The tag is the whole unit: followed by story text it would be cut exactly here.
  std::string probe(text);
  while (!probe.empty() && std::isspace(static_cast<unsigned char>(probe.back()))) probe.pop_back();
  if (probe.empty()) return false;
  const size_t length = probe.size();
  probe += " A";
  return AgencyTagLength(probe) == length + 1;
}

std::vector<bool> ContextFlags(std::span<const double> probability,
                               const std::vector<bool>& flagged,
                               const std::vector<bool>& neighbour_evidence,
                               double context_threshold) {
  const size_t n = probability.size();
  std::vector<bool> out(flagged.begin(), flagged.end());
  auto evidence = [&](size_t k) { return flagged[k] && neighbour_evidence[k]; };
  for (size_t k = 0; k < n; ++k) {
    if (flagged[k] || probability[k] < context_threshold) continue;
    if ((k > 0 && evidence(k - 1)) || (k + 1 < n && evidence(k + 1))) out[k] = true;
  }
  return out;
}

double Probability(std::span<const float> weights, std::span<const Feature> features) {
  double z = 0;
  for (const Feature& f : features) z += static_cast<double>(weights[f.index]) * f.value;
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace internal

namespace {

const std::vector<float>& DenseWeights() {
  static const std::vector<float> weights = [] {
    std::vector<float> w(internal::kFeatureCount, 0.0f);
    for (const internal::ModelWeight& mw : internal::CompiledModel().weights) {
      if (mw.index < w.size()) w[mw.index] = mw.weight;
    }
    return w;
  }();
  return weights;
}

// News agencies and broadcasters whose name, in parentheses, opens a story.
constexpr std::string_view kAgencies[] = {
    "ap",          "reuters",     "afp",
    "upi",         "cnn",         "bbc",
    "cnbc",        "nbc",         "abc",
    "cbs",         "fox",         "dpa",
    "xinhua",      "ians",        "pti",
    "ani",         "efe",         "ansa",
    "kyodo",       "yonhap",      "tass",
    "bloomberg",   "cnsnews.com", "wsj",
    "marketwatch", "cnn money",   "reuters health",
    "ap photo",    "bbc news",    "the ap",
    "ew.com",      "mashable",    "hollywoodreporter.com",
    "thewrap",     "abc news",    "nbc news",
    "cbs news",    "fox news",    "cnnmoney",
    "kabc",        "wtvr",        "newser",
    "ktla",
};

bool IsAgency(std::string_view name) {
  // The agencies' normalised names, computed once.
  static const std::vector<std::string> agencies = [] {
    std::vector<std::string> out;
    for (std::string_view a : kAgencies) out.push_back(internal::NormalizeLine(a));
    return out;
  }();
  const std::string lower = internal::NormalizeLine(name);
  return std::ranges::find(agencies, lower) != agencies.end();
}

// After position `pos`: a standalone dash ("-", "--", "—", "–") and the
// white space after it; returns the end, or `pos` when there is none.
size_t SkipDash(std::string_view s, size_t pos) {
  size_t i = pos;
  size_t length = 0;
  while (i < s.size() && IsSpace(DecodeUtf8At(s, i, &length))) i += length;
  size_t dashes = 0;
  while (i < s.size()) {
    const char32_t c = DecodeUtf8At(s, i, &length);
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == '_') {
      ++dashes;
      i += length;
      continue;
    }
    break;
  }
  if (dashes == 0 || dashes > 3) return pos;
  if (i < s.size() && !IsSpace(DecodeUtf8At(s, i, &length))) return pos;
  while (i < s.size() && IsSpace(DecodeUtf8At(s, i, &length))) i += length;
  return i;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  size_t length = 0;
  while (i < s.size() && IsSpace(DecodeUtf8At(s, i, &length))) i += length;
  return i;
}

// What follows a tag must be story text: a capital, digit or opening quote.
bool StoryFollows(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  size_t length = 0;
  const char32_t c = DecodeUtf8At(s, pos, &length);
  return IsUpper(c) || IsDigit(c) || IsQuote(c) || c == '\'';
}

}  // namespace

size_t AgencyTagLength(std::string_view s) {
  // Form 1: "(CNN) —", "(CNN)The", "(Reuters Health) -".
  if (!s.empty() && s[0] == '(') {
    const size_t close = s.find(')');
    if (close == std::string_view::npos || close > 40) return 0;
    if (!IsAgency(s.substr(1, close - 1))) return 0;
    size_t after = SkipDash(s, close + 1);
    if (after == close + 1) after = SkipSpaces(s, close + 1);
    return StoryFollows(s, after) ? after : 0;
  }
  // Form 2: a place, optional words ("Calif.", "Dec 14"), an optional agency
  // in parentheses, then a dash: "SAN FRANCISCO (AP) —", "LONDON, Dec 14
  // (Reuters) -", "NEW YORK —". With the agency the place may be in title
  // case and the dash may be missing, as CNN writes it: "Washington (CNN)
  // The House voted". Without the agency it must be in capitals and dashed.
  size_t i = 0;
  size_t words = 0;
  size_t capitals = 0;
  bool first_in_capitals = false;
  const size_t limit = std::min<size_t>(s.size(), 120);
  while (i < limit) {
    i = SkipSpaces(s, i);
    if (i >= limit) return 0;
    size_t length = 0;
    const char32_t c = DecodeUtf8At(s, i, &length);
    if (IsDash(c) || c == '_') {
      // Without an agency, a real place in capitals: "NEW YORK —", not "US -".
      if (!first_in_capitals || capitals < 4) return 0;
      const size_t after = SkipDash(s, i);
      if (after == i) return 0;
      return StoryFollows(s, after) ? after : 0;
    }
    if (c == '(') {
      const size_t close = s.find(')', i);
      if (close == std::string_view::npos || close - i > 40 || words == 0 || words > 5) return 0;
      if (!IsAgency(s.substr(i + 1, close - i - 1))) return 0;
      size_t after = SkipDash(s, close + 1);
      if (after == close + 1) after = SkipSpaces(s, close + 1);
      return StoryFollows(s, after) ? after : 0;
    }
    if (!(IsUpper(c) || IsDigit(c))) return 0;
    const size_t start = i;
    while (i < limit && !IsSpace(DecodeUtf8At(s, i, &length))) {
      if (s[i] == '(') break;
      i += length;
    }
    const std::string_view word = s.substr(start, i - start);
    size_t upper = 0, lower = 0;
    for (size_t q = 0; q < word.size();) {
      const char32_t w = DecodeUtf8At(word, q, &length);
      q += length;
      if (IsUpper(w)) ++upper;
      if (IsLower(w)) ++lower;
    }
    if (words == 0) first_in_capitals = upper >= 2 && lower == 0;
    if (lower == 0 && upper >= 2) capitals += upper;
    if (++words > 8) return 0;
  }
  return 0;
}

double BoilerplateProbability(const BoilerplateUnit& unit) {
  thread_local internal::UnitWords words;
  internal::SplitUnitWords(unit.text, &words);
  return internal::BoilerplateProbability(unit, words);
}

namespace internal {

double BoilerplateProbability(const BoilerplateUnit& unit, const UnitWords& words) {
  thread_local std::vector<Feature> features;
  ExtractFeatures(unit, words, TrainedLineFrequency(words), &features);
  return Probability(DenseWeights(), features);
}

}  // namespace internal

double BoilerplateThreshold() { return internal::CompiledModel().threshold; }

double BoilerplateContextThreshold() { return internal::CompiledModel().context_threshold; }

bool IsBoilerplate(const BoilerplateUnit& unit) {
  return BoilerplateProbability(unit) >= BoilerplateThreshold();
}

}  // namespace crosswire::text
