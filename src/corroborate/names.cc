// Names of facts, and name variants across outlets.
//
// Outlets spell one name differently when they transliterate it from another
// script (Sergei/Sergey, Gaddafi/Qadhafi/Kadhafi, Zelensky/Zelenskyy), slip a
// letter, shorten it (surname alone, the first word of an organisation, a
// ship's name without "MV"), or give the local-language name beside the
// English one. Method: a transliteration key per word folds the letter
// choices that romanisations differ on (Q/K/G at the start, dh/kh/gh/th to
// the plain consonant, ph to f, x to ks, w to v, y and ei/ey to i, ou/oo to
// u, c to k, doubled letters to one), in the spirit of phonetic keys such as
// Soundex but keeping vowels, which separate real different names. Two words
// are one name when their keys are equal; a word one edit away is a slip only
// when the rest of the name agrees. Two different given names with one
// surname stay two people.

#include <algorithm>
#include <optional>
#include <set>

#include "crosswire/corroborate.h"
#include "extract.h"

namespace crosswire {

std::string_view FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kQuantity:
      return "quantity";
    case FactKind::kDate:
      return "date";
    case FactKind::kTime:
      return "time";
    case FactKind::kDuration:
      return "duration";
    case FactKind::kPerson:
      return "person";
    case FactKind::kPlace:
      return "place";
    case FactKind::kOrganization:
      return "organization";
    case FactKind::kQuote:
      return "quote";
  }
  return "quantity";
}

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAgree:
      return "agree";
    case Verdict::kSingleSource:
      return "single_source";
    case Verdict::kConflict:
      return "conflict";
    case Verdict::kVariant:
      return "variant";
    case Verdict::kRevised:
      return "revised";
  }
  return "single_source";
}

}  // namespace crosswire

namespace crosswire::corroborate {
namespace {

bool IsVesselPrefix(std::string_view w) {
  static const std::set<std::string, std::less<>> kPrefixes = {"mv",  "ms",  "mt", "ss", "hms",
                                                               "uss", "rms", "fv", "sv", "mts"};
  return kPrefixes.contains(w);
}

enum class WordMatch { kNone, kSame, kTransliteration, kSlip };

WordMatch CompareWords(const std::string& a, const std::string& b) {
  if (a == b) return WordMatch::kSame;
  if (a.size() >= 3 && b.size() >= 3 && TransliterationKey(a) == TransliterationKey(b)) {
    return WordMatch::kTransliteration;
  }
  if (a.size() >= 4 && b.size() >= 4 && a[0] == b[0] && EditDistance(a, b) == 1) {
    return WordMatch::kSlip;
  }
  return WordMatch::kNone;
}

// Reason text for the words of two equally long names, or nullopt when some
// word pair differs. A slip counts only when another word agrees exactly.
std::optional<std::string> CompareAligned(const std::vector<std::string>& wa,
                                          const std::vector<std::string>& wb) {
  std::string reason;
  size_t same = 0, slips = 0;
  for (size_t k = 0; k < wa.size(); ++k) {
    const WordMatch m = CompareWords(wa[k], wb[k]);
    if (m == WordMatch::kNone) return std::nullopt;
    if (m == WordMatch::kSame) {
      ++same;
      continue;
    }
    if (m == WordMatch::kSlip) ++slips;
    if (!reason.empty()) reason += "; ";
    reason += (m == WordMatch::kSlip ? "one-letter difference " : "transliteration ") + wa[k] +
              "/" + wb[k];
  }
  if (slips > 0 && same == 0) return std::nullopt;
  return reason;
}

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
  static const std::set<std::string, std::less<>> kParticles = {"al",  "el",  "bin", "ibn", "of",
                                                                "for", "the", "de",  "le"};
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && !kParticles.contains(cur)) out.push_back(cur);
    cur.clear();
  };
  for (char c : FoldCase(name)) {
    if (c == ' ' || c == '-') {
      flush();
    } else if (c != '.' && c != '\'') {
      cur += c;
    }
  }
  flush();
  return out;
}

std::string TransliterationKey(std::string_view word) {
  const std::string w = FoldCase(word);
  std::string m;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (i == 0 && (c == 'q' || c == 'k' || c == 'g' || c == 'c')) {
      m += 'k';
      if (next == 'h') ++i;  // "Khaddafi", "Ghaddafi"
      continue;
    }
    if ((c == 'd' || c == 'k' || c == 'g' || c == 't') && next == 'h') {
      m += c;
      ++i;
      continue;
    }
    if (c == 'p' && next == 'h') {
      m += 'f';
      ++i;
      continue;
    }
    if ((c == 'e' && (next == 'i' || next == 'y')) || (c == 'i' && next == 'y')) {
      m += 'i';
      ++i;
      continue;
    }
    if ((c == 'o' && (next == 'u' || next == 'o'))) {
      m += 'u';
      ++i;
      continue;
    }
    if (c == 'c' && next == 'k') continue;
    switch (c) {
      case 'q':
      case 'c':
        m += 'k';
        break;
      case 'x':
        m += "ks";
        break;
      case 'w':
        m += 'v';
        break;
      case 'y':
        m += 'i';
        break;
      case 'j':
        m += 'y';  // "Yevgeny"/"Jevgeny", "Yusuf"/"Jusuf" after y → i: j keeps apart from i
        break;
      default:
        m += c;
    }
  }
  std::string out;
  for (char c : m) {
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

std::optional<std::string> NameVariantReason(std::string_view a, std::string_view b,
                                             FactKind kind) {
  std::vector<std::string> wa = NameWords(a), wb = NameWords(b);
  if (wa.empty() || wb.empty() || wa == wb) return std::nullopt;
  if (wa.size() == wb.size()) return CompareAligned(wa, wb);
  const bool a_shorter = wa.size() < wb.size();
  const std::vector<std::string>& shorter = a_shorter ? wa : wb;
  const std::vector<std::string>& longer = a_shorter ? wb : wa;
  auto tail = [&](size_t n) {
    return std::vector<std::string>(longer.end() - static_cast<long>(n), longer.end());
  };
  auto head = [&](size_t n) {
    return std::vector<std::string>(longer.begin(), longer.begin() + static_cast<long>(n));
  };
  auto with = [](std::string what, const std::optional<std::string>& spelling) {
    return spelling->empty() ? what : what + "; " + *spelling;
  };
  // A ship's name without its prefix: "MV Sewol" / "Sewol".
  if (IsVesselPrefix(longer.front()) && longer.size() == shorter.size() + 1) {
    if (auto r = CompareAligned(shorter, tail(shorter.size()))) {
      return with("shortened form: vessel prefix " + longer.front() + " dropped", r);
    }
  }
  if (kind == FactKind::kPerson) {
    // The surname alone ("Ortega" for "Maria Ortega"). A shorter name with a
    // given name of its own must agree on it: "Luis Ortega" is someone else.
    if (shorter.size() == 1) {
      if (auto r = CompareAligned(shorter, tail(1))) {
        return with("shortened form: surname alone", r);
      }
    }
    return std::nullopt;
  }
  // Organisations and places: the first word(s) ("Brill" for "Brill Bank").
  if (auto r = CompareAligned(shorter, head(shorter.size()))) {
    return with("shortened form: first word" + std::string(shorter.size() > 1 ? "s" : ""), r);
  }
  return std::nullopt;
}

std::vector<NameAlias> FindLocalNameAliases(std::string_view text) {
  std::vector<NameAlias> out;
  const std::vector<Tok> toks = Tokenize(text);
  // A capitalised run of up to four words ending before token `end`.
  auto run_before = [&](size_t end) -> std::optional<std::pair<size_t, size_t>> {
    size_t a = end;
    while (a > 0 && end - a < 4 && toks[a - 1].kind == TokKind::kWord && toks[a - 1].capitalized) {
      --a;
    }
    if (a == end) return std::nullopt;
    return std::pair{a, end};
  };
  auto run_after = [&](size_t begin) -> std::optional<std::pair<size_t, size_t>> {
    size_t b = begin;
    while (b < toks.size() && b - begin < 4 && toks[b].kind == TokKind::kWord &&
           toks[b].capitalized) {
      ++b;
    }
    if (b == begin) return std::nullopt;
    return std::pair{begin, b};
  };
  auto text_of = [&](std::pair<size_t, size_t> r) {
    return std::string(
        text.substr(toks[r.first].begin, toks[r.second - 1].end - toks[r.first].begin));
  };
  auto is_acronym = [&](std::pair<size_t, size_t> r) {
    if (r.second - r.first != 1) return false;
    const std::string_view w = toks[r.first].text;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    // "Aleppo (Halab)": a name, then another name alone in parentheses. An
    // acronym in parentheses is an abbreviation, not a local name.
    if (toks[i].text == "(" && i > 0) {
      const auto name = run_before(i);
      const auto alias = run_after(i + 1);
      if (name && alias && alias->second < toks.size() && toks[alias->second].text == ")" &&
          !is_acronym(*alias)) {
        out.push_back({text_of(*name), text_of(*alias), "named in parentheses"});
      }
    }
    // "Aleppo, known locally as Halab", "Aleppo, locally known as Halab".
    const bool known_locally = i + 3 < toks.size() &&
                               ((toks[i].lower == "known" && toks[i + 1].lower == "locally") ||
                                (toks[i].lower == "locally" && toks[i + 1].lower == "known")) &&
                               toks[i + 2].lower == "as";
    if (known_locally) {
      size_t end = i;
      if (end > 0 && toks[end - 1].text == ",") --end;
      const auto name = run_before(end);
      const auto alias = run_after(i + 3);
      if (name && alias) out.push_back({text_of(*name), text_of(*alias), "known locally as"});
    }
  }
  return out;
}

}  // namespace crosswire::corroborate
