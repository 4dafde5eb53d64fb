// ROUGE-1.5.5's Porter stemmer.
//
// Porter (1980), "An algorithm for suffix stripping", strips English suffixes
// in five steps, each guarded by the "measure" m of the remaining stem (the
// number of vowel-consonant sequences). ROUGE-1.5.5 embeds the well-known
// regex formulation of it (Martin Porter's Perl "Release 1"), with one change
// by Chin-Yew Lin (02/14/2004): in step 4 a word ending in -ement is tested
// against "ement" and then, on the result, against "ment" and "ent" in turn
// rather than choosing one suffix. The regex version also differs from the
// paper in small ways (e.g. the "logi" rule, the initial-y handling, its
// classes: a consonant is [^aeiou], a vowel [aeiouy]). To print the same
// numbers as ROUGE we reproduce the regexes themselves: each measure test
// below accepts exactly the language of the Perl regular expression. Those
// are backreference-free, so membership is decided by simulating their
// small automaton over the word (a set of at most a dozen states, one pass):
// linear in the word, no recursion. std::regex, which we used first,
// recurses per character and overflowed the stack on a 30,000-letter word.
// Suffix alternations anchored at the end pick the longest matching suffix,
// which is what Perl's leftmost match yields.
#include "porter_stemmer.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace crosswire::rouge {
namespace {

// Character classes of the patterns. c = [^aeiou] starts a consonant run and
// [^aeiouy] continues it; v = [aeiouy] starts a vowel run and [aeiou]
// continues it: C = c[^aeiouy]*, V = v[aeiou]*.
enum class Class : uint8_t { kNotAeiou, kNotAeiouy, kAeiouy, kAeiou, kNotAeiouwxy };

bool InClass(Class k, char ch) {
  auto in = [ch](std::string_view set) { return set.find(ch) != std::string_view::npos; };
  switch (k) {
    case Class::kNotAeiou:
      return !in("aeiou");
    case Class::kNotAeiouy:
      return !in("aeiouy");
    case Class::kAeiouy:
      return in("aeiouy");
    case Class::kAeiou:
      return in("aeiou");
    case Class::kNotAeiouwxy:
      return !in("aeiouwxy");
  }
  return false;
}

struct Atom {
  Class k;
  bool star;  // k* rather than exactly one k
};

// A pattern is a sequence of atoms; runs of C and V expand to two atoms each.
using Pattern = std::vector<Atom>;

Pattern Parse(std::string_view shape) {
  Pattern p;
  for (char x : shape) {
    if (x == 'C') p.insert(p.end(), {{Class::kNotAeiou, false}, {Class::kNotAeiouy, true}});
    if (x == 'V') p.insert(p.end(), {{Class::kAeiouy, false}, {Class::kAeiou, true}});
    if (x == 'v') p.push_back({Class::kAeiouy, false});
    if (x == 'n') p.push_back({Class::kNotAeiouwxy, false});
  }
  return p;
}

// Whether `w` matches ^pattern (a prefix of w, `whole` false) or ^pattern$
// (`whole` true): the set of automaton states after each character.
bool Accepts(const Pattern& p, std::string_view w, bool whole) {
  const size_t k = p.size();  // state k accepts
  auto close = [&](uint32_t set) {
    for (size_t i = 0; i < k; ++i) {
      if ((set >> i & 1) && p[i].star) set |= uint32_t{1} << (i + 1);
    }
    return set;
  };
  uint32_t set = close(1);
  for (char ch : w) {
    if (!whole && (set >> k & 1)) return true;
    uint32_t next = 0;
    for (size_t i = 0; i < k; ++i) {
      if ((set >> i & 1) && InClass(p[i].k, ch)) next |= uint32_t{1} << (p[i].star ? i : i + 1);
    }
    set = close(next);
    if (set == 0) return false;
  }
  return (set >> k & 1) != 0;
}

// A regex of ROUGE's stemmer as the alternatives its optional groups allow.
struct Regex {
  std::vector<Pattern> alternatives;
  bool whole;
  bool Matches(std::string_view w) const {
    for (const Pattern& p : alternatives) {
      if (Accepts(p, w, whole)) return true;
    }
    return false;
  }
};

struct Patterns {
  Regex mgr0{{Parse("VC"), Parse("CVC")}, false};                              // ^(C)?VC
  Regex meq1{{Parse("VC"), Parse("CVC"), Parse("VCV"), Parse("CVCV")}, true};  // ^(C)?VC(V)?$
  Regex mgr1{{Parse("VCVC"), Parse("CVCVC")}, false};                          // ^(C)?VCVC
  Regex has_vowel{{Parse("v"), Parse("Cv")}, false};                           // ^(C)?[aeiouy]
  Regex cvc{{Parse("Cvn")}, true};  // ^C[aeiouy][^aeiouwxy]$
};

const Patterns& GetPatterns() {
  static const Patterns kPatterns;
  return kPatterns;
}

bool Matches(const Regex& re, const std::string& s) { return re.Matches(s); }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Longest suffix of `w` among `table` keys; nullptr when none matches.
template <size_t N>
const std::pair<std::string_view, std::string_view>* LongestSuffix(
    const std::string& w,
    const std::array<std::pair<std::string_view, std::string_view>, N>& table) {
  const std::pair<std::string_view, std::string_view>* best = nullptr;
  if (w.empty()) return nullptr;
  for (const auto& entry : table) {
    // Most suffixes fail on the last letter; test it before the whole suffix.
    if (entry.first.back() != w.back()) continue;
    if (EndsWith(w, entry.first) && (best == nullptr || entry.first.size() > best->first.size())) {
      best = &entry;
    }
  }
  return best;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kStep3 = {{
    {"icate", "ic"},
    {"ative", ""},
    {"alize", "al"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ful", ""},
    {"ness", ""},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kStep4 = {{
    {"al", ""},
    {"ance", ""},
    {"ence", ""},
    {"er", ""},
    {"ic", ""},
    {"able", ""},
    {"ible", ""},
    {"ant", ""},
    {"ement", ""},
    {"ou", ""},
    {"ism", ""},
    {"ate", ""},
    {"iti", ""},
    {"ous", ""},
    {"ive", ""},
    {"ize", ""},
}};

std::string Cut(const std::string& w, size_t suffix_size) {
  return w.substr(0, w.size() - suffix_size);
}

}  // namespace

std::string PorterStem(std::string w) {
  if (w.size() < 3) return w;
  const Patterns& p = GetPatterns();
  // Initial y is a consonant: uppercase it so no class treats it as a vowel.
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a.
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  // Step 1b.
  if (EndsWith(w, "eed")) {
    if (Matches(p.mgr0, Cut(w, 3))) w.pop_back();
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    std::string stem = Cut(w, EndsWith(w, "ed") ? 2 : 3);
    if (Matches(p.has_vowel, stem)) {
      w = std::move(stem);
      const size_t n = w.size();
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] &&
                 std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
        w.pop_back();
      } else if (Matches(p.cvc, w)) {
        w += 'e';
      }
    }
  }
  // Step 1c.
  if (!w.empty() && w.back() == 'y') {
    std::string stem = Cut(w, 1);
    if (Matches(p.has_vowel, stem)) w = stem + "i";
  }
  // Step 2.
  if (const auto* rule = LongestSuffix(w, kStep2)) {
    std::string stem = Cut(w, rule->first.size());
    if (Matches(p.mgr0, stem)) w = stem + std::string(rule->second);
  }
  // Step 3.
  if (const auto* rule = LongestSuffix(w, kStep3)) {
    std::string stem = Cut(w, rule->first.size());
    if (Matches(p.mgr0, stem)) w = stem + std::string(rule->second);
  }
  // Step 4, with Lin's -ement change: three independent tests in sequence.
  if (const auto* rule = LongestSuffix(w, kStep4)) {
    std::string stem = Cut(w, rule->first.size());
    if (Matches(p.mgr1, stem)) w = stem;
  }
  if (EndsWith(w, "ment")) {
    std::string stem = Cut(w, 4);
    if (Matches(p.mgr1, stem)) w = stem;
  }
  if (EndsWith(w, "ent")) {
    std::string stem = Cut(w, 3);
    if (Matches(p.mgr1, stem)) w = stem;
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    std::string stem = Cut(w, 3);
    if (Matches(p.mgr1, stem)) w = stem;
  }
  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    std::string stem = Cut(w, 1);
    if (Matches(p.mgr1, stem) || (Matches(p.meq1, stem) && !Matches(p.cvc, stem))) w = stem;
  }
  if (EndsWith(w, "ll") && Matches(p.mgr1, w)) w.pop_back();

  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace crosswire::rouge
