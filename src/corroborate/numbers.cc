// Numbers as news text writes them.
//
// A count in a report is written in digits ("15,000"), in words ("Eighty-two",
// "two hundred"), with a scale word ("1.5 million"), as a range ("two to three",
// "two or three", "10-15") or as an order of magnitude ("dozens", "tens of
// thousands"). Outlets rewrite one another's numbers in all of these forms, so
// every number is turned into a value interval [low, high]: exact numbers are
// points, ranges are their ends, and vague amounts cover their order of
// magnitude (we take "thousands" as 2,000–9,999, the reading a careful reader
// would not contradict). A preceding qualifier ("at least", "more than",
// "around") widens the interval; alignment then calls two statements
// compatible when their intervals meet. That is what lets "at least 82",
// "more than 82" and "Eighty-two" agree while "four years" and "five years"
// conflict.
//
// Deliberately out of scope: ordinals, fractions other than "half", and
// numbers in other languages.
#include <cmath>
#include <limits>
#include <string>
#include <unordered_set>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct WordValue {
  std::string_view word;
  double value;
};

constexpr WordValue kUnits[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
};

constexpr WordValue kScales[] = {
    {"hundred", 100}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
};

// Orders of magnitude written as plural nouns: the interval each stands for.
struct VagueAmount {
  std::string_view word;
  double low, high;
};
constexpr VagueAmount kVague[] = {
    {"dozens", 24, 99},        {"scores", 40, 199},       {"hundreds", 200, 999},
    {"thousands", 2000, 9999}, {"millions", 2e6, 9.99e6}, {"billions", 2e9, 9.99e9},
};

std::optional<double> LookUp(std::string_view w, const auto& table) {
  for (const auto& entry : table) {
    if (entry.word == w) return entry.value;
  }
  return std::nullopt;
}

// "15,000" → 15000, "1.5" → 1.5; nullopt for anything that is not digits
// with separators. A comma followed by exactly three digits is a thousands
// separator; a lone "." is a decimal point.
std::optional<double> ParseDigits(std::string_view s) {
  if (s.empty() || s.front() < '0' || s.front() > '9') return std::nullopt;
  std::string clean;
  int dots = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    if (c >= '0' && c <= '9') {
      clean += c;
    } else if (c == ',') {
      if (k + 1 < s.size() && s[k + 1] == ' ') ++k;  // ECB+'s "2, 000" (tokens.cc)
      size_t digits = 0;
      while (k + 1 + digits < s.size() && s[k + 1 + digits] >= '0' && s[k + 1 + digits] <= '9') {
        ++digits;
      }
      if (digits != 3) return std::nullopt;
    } else if (c == '.') {
      if (++dots > 1) return std::nullopt;
      clean += '.';
    } else {
      return std::nullopt;
    }
  }
  return std::stod(clean);
}

// One word or hyphenated compound of number words: "eighty-two", "twelve".
std::optional<double> ParseNumberWord(std::string_view lower) {
  if (auto v = LookUp(lower, kUnits)) return v;
  const size_t dash = lower.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto tens = LookUp(lower.substr(0, dash), kUnits);
  auto units = LookUp(lower.substr(dash + 1), kUnits);
  if (tens && units && *tens >= 20 && std::fmod(*tens, 10) == 0 && *units > 0 && *units < 10) {
    return *tens + *units;
  }
  return std::nullopt;
}

bool IsWord(const std::vector<Tok>& toks, size_t i, std::string_view lower) {
  return i < toks.size() && toks[i].kind != TokKind::kPunct && toks[i].lower == lower;
}

// Words that can start a number; everything else is rejected at once (this
// runs on every token of every sentence).
bool CanStartNumber(std::string_view w) {
  static const std::unordered_set<std::string_view> kStarts = [] {
    std::unordered_set<std::string_view> out = {"a",      "an",    "half", "several",
                                                "couple", "dozen", "tens"};
    for (const auto& u : kUnits) out.insert(u.word);
    for (const auto& v : kVague) out.insert(v.word);
    return out;
  }();
  return kStarts.count(w.substr(0, w.find('-'))) > 0;
}

// A single (non-range) number at token i.
std::optional<NumberMatch> MatchSingle(const std::vector<Tok>& toks, size_t i) {
  if (i >= toks.size() || toks[i].kind == TokKind::kPunct) return std::nullopt;
  if (toks[i].kind == TokKind::kWord && !CanStartNumber(toks[i].lower)) return std::nullopt;
  const std::string& w = toks[i].lower;
  NumberMatch m;
  m.first = i;

  // Vague amounts: "tens of thousands", "hundreds of thousands", "dozens".
  if ((w == "tens" || w == "hundreds") && IsWord(toks, i + 1, "of") &&
      (IsWord(toks, i + 2, "thousands") || IsWord(toks, i + 2, "millions"))) {
    const double scale = IsWord(toks, i + 2, "thousands") ? 1e3 : 1e6;
    const double base = w == "tens" ? 10 : 100;
    m.low = 2 * base * scale;
    m.high = 10 * base * scale - 1;
    m.last = i + 3;
    m.vague = true;
    m.of_follows = IsWord(toks, m.last, "of");
    return m;
  }
  for (const auto& v : kVague) {
    if (w == v.word) {
      m.low = v.low;
      m.high = v.high;
      m.last = i + 1;
      m.vague = true;
      m.of_follows = IsWord(toks, m.last, "of");
      return m;
    }
  }
  if (w == "half") {
    m.low = m.high = 0.5;
    m.last = i + 1;
    m.of_follows = true;
    return m;
  }
  // "a couple of", "a dozen", "a few", "a hundred", "several".
  size_t j = i;
  const bool article = w == "a" || w == "an";
  if (article) ++j;
  if (j < toks.size() && toks[j].kind == TokKind::kWord) {
    const std::string wj = toks[j].lower;
    if (wj == "couple") {
      m.low = 2;
      m.high = 3;
      m.last = j + 1;
      m.of_follows = IsWord(toks, m.last, "of");
      if (!m.of_follows && !article) return std::nullopt;
      return m;
    }
    if ((wj == "few" && article) || wj == "several") {
      m.low = wj == "few" ? 2 : 3;
      m.high = wj == "few" ? 5 : 9;
      m.vague = true;
      m.last = j + 1;
      m.of_follows = IsWord(toks, m.last, "of");
      return m;
    }
    if (wj == "dozen" || (article && LookUp(wj, kScales))) {
      const double base = wj == "dozen" ? 12 : *LookUp(wj, kScales);
      if (!article && wj != "dozen") return std::nullopt;
      m.low = m.high = base;
      m.last = j + 1;
      m.of_follows = IsWord(toks, m.last, "of");
      return m;
    }
  }
  if (article) return std::nullopt;

  // Digits, optionally followed by a scale word ("1.5 million").
  double value = 0;
  size_t k = i;
  if (toks[i].kind == TokKind::kNumber) {
    auto v = ParseDigits(toks[i].text);
    if (!v) return std::nullopt;
    value = *v;
    k = i + 1;
    while (k < toks.size() && toks[k].kind == TokKind::kWord) {
      auto scale = LookUp(toks[k].lower, kScales);
      if (!scale) break;
      value *= *scale;
      ++k;
    }
  } else {
    // Number words: "two hundred and fifty thousand", "Eighty-two".
    double total = 0, current = 0;
    bool any = false;
    while (k < toks.size() && toks[k].kind == TokKind::kWord) {
      const std::string wk = toks[k].lower;
      if (auto unit = ParseNumberWord(wk)) {
        current += *unit;
        any = true;
      } else if (auto scale = LookUp(wk, kScales); scale && any) {
        if (*scale == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else {
          total += (current == 0 ? 1 : current) * *scale;
          current = 0;
        }
      } else if (wk == "and" && any && k + 1 < toks.size() && ParseNumberWord(toks[k + 1].lower)) {
        // "two hundred and fifty"
      } else {
        break;
      }
      ++k;
    }
    if (!any) return std::nullopt;
    value = total + current;
  }
  m.low = m.high = value;
  m.last = k;
  m.of_follows = IsWord(toks, m.last, "of");
  return m;
}

}  // namespace

std::optional<NumberMatch> MatchNumber(const std::vector<Tok>& toks, size_t i, bool allow_range) {
  if (i < toks.size() && toks[i].kind == TokKind::kNumber) {
    // "10-15" arrives as one token.
    const std::string_view t = toks[i].text;
    const size_t dash = t.find('-');
    if (dash != std::string_view::npos) {
      auto a = ParseDigits(t.substr(0, dash));
      auto b = ParseDigits(t.substr(dash + 1));
      if (!a || !b || !allow_range || *b < *a) return std::nullopt;
      NumberMatch m;
      m.first = i;
      m.last = i + 1;
      m.low = *a;
      m.high = *b;
      m.of_follows = IsWord(toks, m.last, "of");
      return m;
    }
  }
  auto m = MatchSingle(toks, i);
  if (!m || !allow_range || m->vague) return m;
  // Ranges: "two to three", "two or three", "10 – 15".
  const size_t j = m->last;
  if (j + 1 < toks.size()) {
    const std::string sep = toks[j].lower;
    if (sep == "to" || sep == "or" || sep == "-" || sep == "\xE2\x80\x93") {
      auto second = MatchSingle(toks, j + 1);
      if (second && !second->vague && second->low > m->high && second->low < 10 * m->high + 10) {
        m->high = second->high;
        m->last = second->last;
        m->of_follows = second->of_follows;
      }
    }
  }
  return m;
}

std::optional<QualifierMatch> MatchQualifierBefore(const std::vector<Tok>& toks, size_t i) {
  struct Pattern {
    std::string_view words[3];
    std::string_view canonical;
  };
  static constexpr Pattern kPatterns[] = {
      {{"at", "least"}, "at least"},
      {{"more", "than"}, "more than"},
      {{"over"}, "more than"},
      // A little above or below: "just over 10 seconds" is no match for 30.
      {{"just", "over"}, "just over"},
      {{"just", "under"}, "just under"},
      {{"slightly", "more", "than"}, "just over"},
      {{"slightly", "less", "than"}, "just under"},
      {{"upwards", "of"}, "more than"},
      {{"in", "excess", "of"}, "more than"},
      {{"fewer", "than"}, "less than"},
      {{"less", "than"}, "less than"},
      {{"under"}, "less than"},
      {{"up", "to"}, "up to"},
      {{"at", "most"}, "up to"},
      {{"as", "many", "as"}, "up to"},
      {{"around"}, "around"},
      {{"about"}, "around"},
      {{"approximately"}, "around"},
      {{"roughly"}, "around"},
      {{"some"}, "around"},
      {{"an", "estimated"}, "around"},
      {{"close", "to"}, "around"},
      {{"nearly"}, "nearly"},
      {{"almost"}, "nearly"},
      // A verb of passing a mark: "the toll has surpassed 12,000".
      {{"surpassed"}, "more than"},
      {{"exceeded"}, "more than"},
      {{"topped"}, "more than"},
      // "all 109 people on board": every one of them, exactly.
      {{"all"}, "all"},
  };
  std::optional<QualifierMatch> best;
  for (const Pattern& p : kPatterns) {
    size_t n = 0;
    while (n < 3 && !p.words[n].empty()) ++n;
    if (n > i) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      const Tok& t = toks[i - n + k];
      ok = t.kind == TokKind::kWord && t.lower == p.words[k];
    }
    if (ok && (!best || i - n < best->first))
      best = QualifierMatch{i - n, std::string(p.canonical)};
  }
  return best;
}

void ApplyQualifier(std::string_view qualifier, double* low, double* high) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // Open-ended qualifiers are open: "at least 57" is [57, inf). Alignment
  // compares figures only about the same referent, so an open interval
  // cannot swallow an unrelated number.
  if (qualifier == "at least" || qualifier == "more than") {
    *high = kInf;
  } else if (qualifier == "less than" || qualifier == "up to") {
    *low = *low / 2;
  } else if (qualifier == "around") {
    *low *= 0.9;
    *high *= 1.1;
  } else if (qualifier == "nearly") {
    *low *= 0.85;
  } else if (qualifier == "just over") {
    *high *= 1.25;
  } else if (qualifier == "just under") {
    *low *= 0.8;
  }
}

}  // namespace crosswire::corroborate
