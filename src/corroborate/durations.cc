// Durations: how long something lasted or will last.
//
// Three surface forms cover almost every duration in news copy:
//   an adjective compound   "four-year battle", "24-hour ceasefire", "yearlong
//                           battle" (about one unit)
//   a number and a unit     "five years of violence", "two to three days",
//                           "more than four years", "the next couple of days"
//   a bare plural unit      "within hours" (an order of magnitude)
// Ages ("four-year-old", "five years old") and points in time ("two years
// ago") are not durations and are skipped.
//
// What a duration is about decides whether two outlets disagree. We take the
// noun the compound modifies or the "of" phrase ("battle", "violence"), else
// the nearest content word before it ("fighting for more than four years",
// "to end within two to three days"). Nouns that name armed conflict (battle,
// war, fighting, violence, siege, ...) fold into one key, kArmedConflictKey, because
// outlets describe the same war with different nouns; that is what lets
// "four-year battle" and "five years of violence" be recognised as one fact in
// conflict. Values are intervals in days (a year is 365 days) after the
// qualifier is applied, so "more than four years" does not contradict "five
// years" but "four-year" does.
#include <cmath>
#include <cstdio>
#include <string>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct Unit {
  std::string_view name;
  double days;
};
constexpr Unit kUnits[] = {
    {"second", 1.0 / 86400}, {"minute", 1.0 / 1440}, {"hour", 1.0 / 24}, {"day", 1}, {"week", 7},
    {"month", 30},           {"year", 365},          {"decade", 3650},
};

std::optional<Unit> UnitOf(std::string_view word) {
  std::string w = FoldCase(word);
  if (w.ends_with('s')) w.pop_back();
  for (const Unit& u : kUnits) {
    if (w == u.name) return u;
  }
  return std::nullopt;
}

bool IsConflictNoun(std::string_view key) {
  static constexpr std::string_view kNouns[] = {
      "battle", "war",        "fighting",  "fight",       "violence",  "conflict",
      "siege",  "campaign",   "uprising",  "bloodshed",   "offensive", "hostilitie",
      "clash",  "insurgency", "civil war", "bombardment", "occupation"};
  for (auto n : kNouns) {
    if (key == n) return true;
  }
  return false;
}

std::string FormatNumber(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

bool IsDurationUnit(std::string_view word) { return UnitOf(word).has_value(); }

std::vector<Claim> ExtractDurations(SentenceContext* ctx) {
  std::vector<Claim> out;
  const auto& toks = ctx->toks;
  // `first` starts the claim's span (qualifier included); `value_first` the
  // value as written, without the qualifier (a renderer prints that apart).
  auto make = [&](size_t first, size_t value_first, size_t last, double low, double high,
                  const Unit& unit, bool vague, std::string head, bool head_is_noun,
                  std::string qualifier) {
    Claim c;
    c.fact.kind = FactKind::kDuration;
    c.fact.begin = toks[first].begin;
    c.fact.end = toks[last - 1].end;
    c.fact.value = std::string(
        ctx->text.substr(toks[value_first].begin, c.fact.end - toks[value_first].begin));
    c.fact.qualifier = std::move(qualifier);
    c.unit = std::string(unit.name);
    std::string text = FormatNumber(low);
    if (high != low) text += "-" + FormatNumber(high);
    c.fact.normalized_text =
        vague ? std::string(unit.name) + "s"
              : text + " " + std::string(unit.name) + (high == 1 && low == 1 ? "" : "s");
    if (!c.fact.qualifier.empty())
      c.fact.normalized_text = c.fact.qualifier + " " + c.fact.normalized_text;
    c.fact.normalized = low * unit.days;
    c.low = low * unit.days;
    c.high = high * unit.days;
    ApplyQualifier(c.fact.qualifier, &c.low, &c.high);
    c.vague = vague;
    if (IsConflictNoun(head)) head = kArmedConflictKey;
    c.head = head;
    // The label a reader sees: a counted noun reads well ("siege (days)"); a
    // word picked up before the span (a verb stem, a place) only groups
    // claims and would read as noise ("hous (days)"), so it is not shown.
    c.fact.about = head == kArmedConflictKey       ? "battle length"
                   : head.empty() || !head_is_noun ? std::string(unit.name) + "s"
                                                   : head + " (" + std::string(unit.name) + "s)";
    for (size_t k = first; k < last; ++k) ctx->consumed[k] = true;
    out.push_back(std::move(c));
  };

  for (size_t i = 0; i < toks.size(); ++i) {
    if (ctx->consumed[i] || toks[i].kind == TokKind::kPunct) continue;
    const std::string_view t = toks[i].text;
    // "four-year battle", "24-hour ceasefire"; not "four-year-old".
    if (const size_t dash = t.rfind('-'); dash != std::string_view::npos && dash > 0) {
      if (FoldCase(t.substr(dash + 1)) == "old") continue;
      // "24-year old", the second hyphen dropped, is an age too.
      if (i + 1 < toks.size() && toks[i + 1].lower == "old") continue;
      auto unit = UnitOf(t.substr(dash + 1));
      if (unit && !FoldCase(t.substr(dash + 1)).ends_with('s')) {
        const auto number_toks = Tokenize(t.substr(0, dash));
        std::vector<Tok> parts = number_toks;
        auto m = MatchNumber(parts, 0, false);
        if (m && m->last == parts.size() && !m->vague) {
          std::string head;
          if (i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord &&
              !toks[i + 1].capitalized) {
            head = NounKey(toks[i + 1].text);
            if (IsConflictNoun(toks[i + 1].lower) || IsConflictNoun(head)) head = kArmedConflictKey;
          }
          std::string qualifier;
          size_t first = i;
          if (auto q = MatchQualifierBefore(toks, i)) {
            qualifier = q->text;
            first = q->first;
          }
          make(first, i, i + 1, m->low, m->high, *unit, false, head, true, qualifier);
          continue;
        }
      }
    }
    // "a yearlong battle", "the week-long strike": about one unit.
    if (toks[i].kind == TokKind::kWord && t.size() > 4 && FoldCase(t).ends_with("long")) {
      std::string_view stem = t.substr(0, t.size() - 4);
      if (stem.ends_with('-')) stem.remove_suffix(1);
      const auto unit = UnitOf(stem);
      if (unit && !FoldCase(stem).ends_with('s')) {
        std::string head;
        if (i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord && !toks[i + 1].capitalized) {
          head = NounKey(toks[i + 1].text);
        }
        make(i, i, i + 1, 1, 1, *unit, false, head, !head.empty(), "around");
        continue;
      }
    }
    // "five years of violence", "two to three days", "a couple of days".
    auto m = MatchNumber(toks, i);
    size_t unit_at = 0;
    if (m) {
      unit_at = m->last + (m->of_follows ? 1 : 0);
    } else if (toks[i].lower == "a" || toks[i].lower == "an") {
      m = NumberMatch{i, i + 1, 1, 1, false, false};
      unit_at = i + 1;
    }
    if (m && unit_at < toks.size() && toks[unit_at].kind == TokKind::kWord) {
      auto unit = UnitOf(toks[unit_at].text);
      if (!unit) continue;
      // "a second quake" is an ordinal, not one second.
      if (unit->name == "second" && m->last == i + 1 &&
          (toks[i].lower == "a" || toks[i].lower == "an"))
        continue;
      const std::string next = unit_at + 1 < toks.size() ? toks[unit_at + 1].lower : "";
      // Ages and points in time: "five years old", "two years ago", "a day after".
      if (next == "old" || next == "ago" || next == "later" || next == "earlier" ||
          next == "after" || next == "before") {
        continue;
      }
      // A duration written in several units ("19 days, 21 hours and 55
      // minutes") is one duration, counted in its first unit; each part in
      // a smaller unit than the one before.
      size_t end = unit_at + 1;
      double low = m->low, high = m->high;
      if (!m->vague && m->low == m->high) {
        double smallest = unit->days;
        // Parts are joined by nothing, a comma or "and" ("2 hours 30
        // minutes"); ", and" opens a clause ("24 hours, and 30 minutes
        // later"), and a part that points in time ("30 minutes later") is
        // none.
        for (size_t k = end; k < toks.size();) {
          size_t n = k;
          if (toks[n].text == "," || toks[n].lower == "and") ++n;
          if (n >= toks.size()) break;
          const std::optional<NumberMatch> part = MatchNumber(toks, n, false);
          if (!part || part->vague || part->low != part->high || part->last >= toks.size()) break;
          const std::optional<Unit> part_unit = UnitOf(toks[part->last].text);
          if (!part_unit || part_unit->days >= smallest) break;
          if (part->last + 1 < toks.size()) {
            const std::string& after = toks[part->last + 1].lower;
            if (after == "later" || after == "ago" || after == "after" || after == "before" ||
                after == "earlier" || after == "old") {
              break;
            }
          }
          low += part->low * part_unit->days / unit->days;
          smallest = part_unit->days;
          k = part->last + 1;
          end = k;
        }
        high = low;
      }
      std::string head;
      if (next == "of" && unit_at + 2 < toks.size() && toks[unit_at + 2].kind == TokKind::kWord) {
        // "years of violence"; an adjective may sit between ("years of gruesome conflict").
        size_t h = unit_at + 2;
        if (h + 1 < toks.size() && toks[h + 1].kind == TokKind::kWord &&
            IsConflictNoun(NounKey(toks[h + 1].text))) {
          ++h;
        }
        head = NounKey(toks[h].text);
      }
      std::string qualifier;
      size_t first = i;
      if (auto q = MatchQualifierBefore(toks, i)) {
        qualifier = q->text;
        first = q->first;
      }
      // "next couple of days", "the past 24 hours": keep the direction word in the span.
      size_t value_first = i;
      if (first > 0 && toks[first - 1].kind == TokKind::kWord) {
        const std::string before = toks[first - 1].lower;
        if (before == "next" || before == "past" || before == "last") {
          --first;
          if (value_first == first + 1) value_first = first;
        }
      }
      bool head_is_noun = !head.empty();
      if (head.empty() || !IsConflictNoun(head)) {
        const std::string trigger = TriggerBefore(toks, first);
        if (head.empty() || IsConflictNoun(trigger)) {
          head_is_noun = IsConflictNoun(trigger);
          head = trigger;
        }
      }
      make(first, value_first, end, low, high, *unit, m->vague, head, head_is_noun, qualifier);
      i = end - 1;
      continue;
    }
    // "within hours", "for years": an order of magnitude.
    if (i > 0 && toks[i].kind == TokKind::kWord && toks[i].lower.ends_with('s')) {
      const std::string prev = toks[i - 1].lower;
      if (prev == "within" || prev == "for" || prev == "after") {
        if (auto unit = UnitOf(t)) {
          std::string head = TriggerBefore(toks, i - 1);
          make(i - 1, i - 1, i + 1, 2, 30, *unit, true, head, false, "");
          ctx->consumed[i - 1] = false;  // the preposition may still close a quote span etc.
        }
      }
    }
  }
  return out;
}

}  // namespace crosswire::corroborate
