// Referents: what a figure is about, beyond the noun it counts.
//
// Two outlets' numbers can only agree or conflict when they are about the same
// thing. A count carries a predicate (what happened: killed, injured,
// evacuated; or what is measured: length, speed), the thing counted, a holder
// (whose), a place, and the event it belongs to. The first two come from the
// quantity pattern itself (quantities.cc); this file reads the other three
// from the sentence around the figure, by position rather than by word lists
// fitted to a story:
//
//   clause    Sentences are cut into clauses at punctuation (, ; : parentheses
//             and dashes) and at subordinators that open a new statement
//             ("when", "while", "whereas"). Slots are read within the
//             figure's own clause, so "82 were killed, the worst since 1994"
//             does not date the 82 to 1994.
//   place     A capitalised name after a locative preposition in the clause
//             ("killed in Peru", "at Lima airport"), or a capitalised
//             possessive right before the figure ("Peru's 57 dead"), or a
//             sentence-opening "In Peru, ...". A possessive that the entity
//             pass knows as a person or organisation is a holder instead;
//             a lower-case possessive ("the ferry's 300 passengers") always is.
//   event     Background is history: a clause dated by a year before the
//             article's own year ("in 1994", "since 2010"), or marked as past
//             by "previous", "years ago", "last year", "the last ... to"
//             ("the last major quake to hit the region"). A "when" clause,
//             a participle clause or a relative clause in the past that
//             follows a dated clause inherits its date ("the worst since
//             1994, when 57 died"; "struck in 2004, sparking a tsunami that
//             killed 170,000"; "a quake in 1939, which killed 20,000").
//             Background claims are never aligned with the event's own
//             claims. A sentence that opens with "It" or "They" continues
//             the previous one: when that one opens with a past event, so
//             does this one ("The last quake to hit the region was in
//             February. It killed 612 people.").
//
// Unknown slots stay empty; alignment treats them as compatible with anything.
#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "crosswire/text.h"
#include "crosswire/wordnet.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

// The longest sentence read as a row of a fact box ("Izmit 4,179 dead,
// 10,759 injured").
constexpr size_t kMaxFactBoxRowTokens = 12;

bool IsClauseBreak(const Tok& t) {
  if (t.kind == TokKind::kPunct) {
    return t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" ||
           t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93" || t.text == "-";
  }
  return false;
}

bool OpensClause(const Tok& t) {
  return t.kind == TokKind::kWord &&
         (t.lower == "when" || t.lower == "while" || t.lower == "whereas");
}

bool IsLocative(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "across" ||
         w == "throughout" || w == "inside";
}

std::optional<int> YearOf(const Tok& t) {
  if (t.kind != TokKind::kNumber || t.text.size() != 4) return std::nullopt;
  int y = 0;
  for (char ch : t.text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    y = y * 10 + (ch - '0');
  }
  if (y < 1800 || y > 2100) return std::nullopt;
  return y;
}

bool IsCalendarWord(std::string_view folded) {
  return text::EnglishMonth(folded).has_value() || text::EnglishWeekday(folded).has_value();
}

bool IsPossessive(std::string_view w) {
  return w.size() > 2 && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"));
}

std::string StripPossessive(std::string_view w) {
  for (std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (w.ends_with(s)) return std::string(w.substr(0, w.size() - s.size()));
  }
  return std::string(w);
}

// The run of capitalised words starting at token i (no calendar words), as
// written; empty when there is none.
std::string NameAt(const std::vector<Tok>& toks, size_t i, size_t end) {
  std::string out;
  for (size_t k = i; k < end && k < toks.size(); ++k) {
    const Tok& t = toks[k];
    if (t.kind != TokKind::kWord || !t.capitalized || IsCalendarWord(t.lower)) break;
    if (!out.empty()) out += ' ';
    out += StripPossessive(t.text);
    if (IsPossessive(t.lower)) break;
  }
  return out;
}

// Background marker of the clause [b, e): the year or word that dates it to
// the past; empty when none.
std::string BackgroundMarker(const std::vector<Tok>& toks, size_t b, size_t e,
                             std::optional<int> published_year,
                             std::optional<int> published_month) {
  for (size_t k = b; k < e; ++k) {
    const Tok& t = toks[k];
    // "in February" without a day or year, in a later month's article: an
    // earlier event of the same year.
    if (published_month && k > b && toks[k - 1].lower == "in" && t.kind == TokKind::kWord) {
      const auto month = text::EnglishMonth(t.lower);
      const bool dated = k + 1 < toks.size() && toks[k + 1].kind == TokKind::kNumber;
      if (month && !dated && *month < *published_month) return std::string(t.text);
    }
    if (auto y = YearOf(t)) {
      const bool since = k > 0 && toks[k - 1].lower == "since";
      if (since || (published_year && *y < *published_year)) return std::string(t.text);
      continue;
    }
    if (t.kind != TokKind::kWord) continue;
    if (t.lower == "previous") return t.lower;
    if (t.lower == "ago" && k > b &&
        (toks[k - 1].lower.starts_with("year") || toks[k - 1].lower.starts_with("decade"))) {
      return t.lower;
    }
    // "last year", "last year's floods": the year before the article's.
    if (t.lower == "last" && k + 1 < e &&
        (toks[k + 1].lower == "year" || StripPossessive(toks[k + 1].lower) == "year")) {
      return "last year";
    }
    // "the last major quake to hit the region": the one before this one.
    if (t.lower == "last" && k > b && toks[k - 1].lower == "the") {
      for (size_t n = k + 2; n < e && n <= k + 4; ++n) {
        if (toks[n].lower == "to") return "last";
      }
    }
  }
  return "";
}

// A comparison with a past event in the clause [b, e): a superlative before
// "since" ("the worst since the Estonia went down", "the deadliest storm
// since ..."), or "previous"/"record" with "since"/"when" after it. A "when"
// or participle clause that follows it tells the past event ("..., when 852
// people died"), whether or not a year is given.
std::string ComparisonMarker(const std::vector<Tok>& toks, size_t b, size_t e) {
  bool superlative = false;
  for (size_t k = b; k < e; ++k) {
    const Tok& t = toks[k];
    if (t.kind != TokKind::kWord) continue;
    // "the worst", "the deadliest", "its biggest", "the most destructive": a
    // superlative takes a determiner ("the protest" does too, but is seldom
    // followed by "since ..., when").
    const bool determined =
        k > b && (toks[k - 1].lower == "the" || toks[k - 1].lower == "its" ||
                  toks[k - 1].lower == "their" || IsPossessive(toks[k - 1].lower));
    if (determined && (t.lower == "worst" || t.lower == "most" ||
                       (t.lower.size() > 5 && t.lower.ends_with("est") && !t.capitalized))) {
      superlative = true;
    }
    if (t.lower == "since" && superlative) return "since";
  }
  return "";
}

bool IsDirectionAdjective(std::string_view w) {
  for (std::string_view d : {"northern", "southern", "eastern", "western", "central",
                             "north-eastern", "north-western", "south-eastern", "south-western",
                             "northeastern", "northwestern", "southeastern", "southwestern"}) {
    if (w == d) return true;
  }
  return false;
}

}  // namespace

void ReadReferent(const std::vector<Tok>& toks, size_t first, size_t last,
                  std::optional<int> published_year,
                  const std::map<std::string, FactKind>* known_names, Referent* r,
                  std::optional<int> published_month) {
  if (first >= toks.size() || last <= first) return;
  last = std::min(last, toks.size());
  // Clause boundaries around the figure.
  size_t cb = first;
  while (cb > 0 && !IsClauseBreak(toks[cb - 1]) && !OpensClause(toks[cb])) --cb;
  size_t ce = last;
  while (ce < toks.size() && !IsClauseBreak(toks[ce]) && !OpensClause(toks[ce])) ++ce;

  // Event: this clause, or a clause that continues a dated one: "when ..."
  // or a participle ("struck off Aceh in 2004, sparking a tsunami that
  // killed 170,000").
  std::string marker = BackgroundMarker(toks, cb, ce, published_year, published_month);
  const bool participle = toks[cb].kind == TokKind::kWord && !toks[cb].capitalized &&
                          toks[cb].lower.size() > 4 && toks[cb].lower.ends_with("ing");
  // A relative clause in the past after a comma tells of the dated noun
  // before it ("a magnitude 8.2 quake in 1939, which killed 20,000 people";
  // not "the 1997 treaty, which calls for cuts by 2012").
  const bool relative = (toks[cb].lower == "which" || toks[cb].lower == "who") &&
                        cb + 1 < toks.size() &&
                        (toks[cb + 1].lower.ends_with("ed") || toks[cb + 1].lower == "was" ||
                         toks[cb + 1].lower == "were" || toks[cb + 1].lower == "had");
  if (marker.empty() && (toks[cb].lower == "when" || participle || relative) && cb > 0) {
    size_t pb = cb - 1;
    while (pb > 0 && IsClauseBreak(toks[pb])) --pb;
    size_t pe = pb + 1;
    while (pb > 0 && !IsClauseBreak(toks[pb - 1]) && !OpensClause(toks[pb])) --pb;
    marker = BackgroundMarker(toks, pb, pe, published_year, published_month);
    if (marker.empty()) marker = ComparisonMarker(toks, pb, pe);
  }
  // "In 1994, 57 people died": a sentence-opening dating clause.
  if (marker.empty() && cb > 0) {
    size_t s = 0;
    while (s < toks.size() && toks[s].kind == TokKind::kPunct) ++s;
    if (s < cb && toks[s].kind == TokKind::kWord &&
        (IsLocative(toks[s].lower) || toks[s].lower == "since" || toks[s].lower == "during" ||
         toks[s].lower == "by")) {
      size_t e = s;
      while (e < cb && !IsClauseBreak(toks[e])) ++e;
      if (e < cb) marker = BackgroundMarker(toks, s, e, published_year, published_month);
    }
  }
  // "A magnitude 6 quake can cause severe damage": a general statement, no
  // figure of this event.
  if (marker.empty()) {
    for (size_t k = cb; k < ce; ++k) {
      if (toks[k].kind == TokKind::kWord && toks[k].lower == "can") marker = "general";
    }
  }
  if (!marker.empty()) {
    r->background = true;
    r->event = marker;
  }

  auto kind_of = [&](const std::string& name) -> std::optional<FactKind> {
    if (known_names == nullptr) return std::nullopt;
    auto it = known_names->find(name);
    if (it == known_names->end()) return std::nullopt;
    return it->second;
  };
  auto assign = [&](const std::string& name) {
    const auto kind = kind_of(name);
    if (kind && *kind != FactKind::kPlace) {
      if (r->holder.empty()) r->holder = name;
    } else if (r->place.empty()) {
      r->place = name;
    }
  };

  // Possessive right before the figure (or its qualifier and article).
  size_t p = first;
  while (p > cb && toks[p - 1].kind == TokKind::kWord &&
         (toks[p - 1].lower == "the" || toks[p - 1].lower == "a")) {
    --p;
  }
  if (p > cb && toks[p - 1].kind == TokKind::kWord && IsPossessive(toks[p - 1].lower)) {
    const Tok& t = toks[p - 1];
    if (t.capitalized) {
      size_t s = p - 1;
      while (s > cb && toks[s - 1].kind == TokKind::kWord && toks[s - 1].capitalized &&
             !IsPossessive(toks[s - 1].lower)) {
        --s;
      }
      assign(NameAt(toks, s, p));
    } else {
      r->holder = NounKey(t.text);
    }
  }
  // A locative name after the figure, within its clause.
  for (size_t k = last; k + 1 < ce; ++k) {
    if (toks[k].kind == TokKind::kWord && IsLocative(toks[k].lower)) {
      size_t n = k + 1;
      if (n < ce && toks[n].lower == "the") ++n;
      // "in eastern China": the region's adjective is not part of the name.
      if (n < ce && !toks[n].capitalized && IsDirectionAdjective(toks[n].lower)) ++n;
      const std::string name = NameAt(toks, n, ce);
      if (!name.empty()) {
        assign(name);
        break;
      }
    }
  }
  // A row of a fact box: a short sentence that opens with a name and a
  // figure right after it ("Izmit 4,179 dead, 10,759 injured") gives that
  // name to every figure in it, as its place (or holder, for a known person
  // or organisation). Not a sentence that opens with a word of grammar ("In
  // 1996, ...", "The Boeing 767 climbed ...").
  if (r->place.empty() && toks.size() <= kMaxFactBoxRowTokens) {
    size_t s = 0;
    while (s < toks.size() && toks[s].kind == TokKind::kPunct) ++s;
    size_t n = s;
    while (n < toks.size() && toks[n].kind == TokKind::kWord && toks[n].capitalized) ++n;
    if (n > s && n <= first && toks[n].kind == TokKind::kNumber &&
        !text::IsStopWord(toks[s].lower)) {
      const std::string name = NameAt(toks, s, n);
      if (!name.empty()) assign(name);
    }
  }
  // "In Peru, 57 people died": a sentence-opening locative clause.
  if (r->place.empty() && cb > 0) {
    size_t s = 0;
    while (s < toks.size() && toks[s].kind == TokKind::kPunct) ++s;
    if (s + 1 < cb && toks[s].kind == TokKind::kWord && IsLocative(toks[s].lower)) {
      size_t n = s + 1;
      if (toks[n].lower == "the") ++n;
      // "In neighbouring Central Aceh district,": one lower-case modifier
      // before the name does not hide it.
      if (n + 1 < cb && toks[n].kind == TokKind::kWord && !toks[n].capitalized &&
          toks[n + 1].capitalized) {
        ++n;
      }
      size_t e = n;
      while (e < cb && !IsClauseBreak(toks[e])) ++e;
      const std::string name = NameAt(toks, n, e);
      if (!name.empty() && e < cb) assign(name);
    }
  }
}

std::string OpeningBackground(const std::vector<Tok>& toks, std::optional<int> published_year,
                              std::optional<int> published_month) {
  size_t e = 0;
  while (e < toks.size() && !IsClauseBreak(toks[e]) && (e == 0 || !OpensClause(toks[e]))) ++e;
  return BackgroundMarker(toks, 0, e, published_year, published_month);
}

bool OpensWithPronoun(const std::vector<Tok>& toks) {
  size_t s = 0;
  while (s < toks.size() && toks[s].kind == TokKind::kPunct) ++s;
  return s < toks.size() && (toks[s].lower == "it" || toks[s].lower == "they");
}

bool PlacesCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  // One name inside the other ("East Aleppo" and "Aleppo") is the same place
  // at two precisions; disjoint names are different places.
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : FoldCase(s)) {
      if (ch == ' ' || ch == '-') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += ch;
      }
    }
    if (!cur.empty()) out.push_back(cur);
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto wa = words(a), wb = words(b);
  const auto& small = wa.size() <= wb.size() ? wa : wb;
  const auto& big = wa.size() <= wb.size() ? wb : wa;
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// Noun pairs remembered by CountedNounsRelated before the memo starts over.
constexpr size_t kMaxCountedNounMemo = 1 << 16;

bool CountedNounsRelated(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == b) return false;
  if (a.find(' ') != std::string_view::npos || b.find(' ') != std::string_view::npos) return false;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  std::string key =
      a < b ? std::string(a) + '|' + std::string(b) : std::string(b) + '|' + std::string(a);
  static std::mutex mutex;
  static std::unordered_map<std::string, bool> memo;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
  }
  const bool related = wordnet::CountedNounsRelated(*wn, a, b);
  const std::lock_guard<std::mutex> lock(mutex);
  if (memo.size() >= kMaxCountedNounMemo) memo.clear();  // a long-running server stays bounded
  memo.emplace(std::move(key), related);
  return related;
}

bool ReferentsCompatible(const Referent& a, const Referent& b) {
  if (a.background != b.background) return false;
  if (a.background && a.event != b.event) {
    // Two background markers name the same past event only when both are the
    // same year; a year and a bare "previous" are unknown to each other.
    const bool ya = !a.event.empty() && a.event[0] >= '0' && a.event[0] <= '9';
    const bool yb = !b.event.empty() && b.event[0] >= '0' && b.event[0] <= '9';
    if (ya && yb) return false;
  }
  auto slot_ok = [](const std::string& x, const std::string& y) {
    return x.empty() || y.empty() || x == y;
  };
  // A measured reading belongs to its measurer: when agencies disagree
  // (USGS 6.1, Tehran 5.9), an outlet's unattributed figure cannot be given
  // to either, so for magnitudes an unknown holder matches only another
  // unknown one.
  const bool measured = a.predicate == "magnitude" || b.predicate == "magnitude";
  const bool holders_ok = measured ? FoldCase(a.holder) == FoldCase(b.holder)
                                   : slot_ok(FoldCase(a.holder), FoldCase(b.holder));
  const bool things_ok = slot_ok(a.thing, b.thing) || CountedNounsRelated(a.thing, b.thing);
  return slot_ok(a.predicate, b.predicate) && things_ok && holders_ok &&
         PlacesCompatible(a.place, b.place);
}

}  // namespace crosswire::corroborate
