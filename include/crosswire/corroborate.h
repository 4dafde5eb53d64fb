// crosswire/corroborate.h — the facts the reports state, aligned across
// outlets: what they agree on, what only one says, and where they conflict.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"
#include "crosswire/represent.h"
#include "crosswire/summarize.h"

namespace crosswire {

enum class FactKind { kQuantity, kDate, kTime, kDuration, kPerson, kPlace, kOrganization, kQuote };
enum class Verdict {
  kAgree,         // two or more outlets, same value
  kSingleSource,  // only one outlet states it
  kConflict,      // outlets give different values for the same thing
  kVariant,       // the same thing written differently (two spellings, two translations)
  kRevised,       // one figure that changes monotonically with publication time (a rising toll)
};

// JSON names: "quantity", ..., "quote"; "agree", "single_source", "conflict", "variant",
// "revised".
std::string_view FactKindName(FactKind kind);
std::string_view VerdictName(Verdict verdict);

// What a quantity, date, time or duration is about: the slots alignment
// compares. An empty slot is unknown and compatible with anything; two known,
// different slots never align ("57 killed in Peru" vs "12 killed in Ecuador").
struct Referent {
  std::string predicate;  // what happened or is measured: "kill", "wound", "length", "speed"
  std::string thing;      // what is counted or measured: "person", "bus", "boat"
  std::string holder;     // whose: "the ferry" in "the ferry's 300 passengers"
  std::string place;      // where it applies: "Peru" ("in Peru", "Peru's")
  // The event it belongs to: "" for the story's own event; for background
  // (history, a past event) the year or marker that dates it ("1994",
  // "previous"), with `background` set.
  std::string event;
  bool background = false;
};

// One statement of a fact in one article.
struct Fact {
  FactKind kind = FactKind::kQuantity;
  size_t article = 0;   // index into Story::articles
  size_t sentence = 0;  // id into AnalyzedStory::sentences
  size_t begin = 0;     // byte span of the claim in Article::text
  size_t end = 0;
  std::string about;                 // what it is about: "civilians killed", "Sergey Lavrov"
  std::string value;                 // the value as written: "82", "four-year", "Kefraya"
  std::optional<double> normalized;  // numeric value where there is one (82, 4 years → 4)
  std::string normalized_text;  // canonical text value where not numeric ("05:00", "2016-12-14")
  std::string qualifier;        // "at least", "more than", "around", "" when exact
  std::string unit;   // measures: the base unit of `normalized` ("m", "km/h", "kg"); else ""
  Referent referent;  // quantities, dates, times, durations; empty for names and quotes
  // The value interval the statement allows (quantities and durations, in the
  // unit of `normalized`: metres, km/h, years of a duration's unit): "at least
  // 57" = [57, inf), "about 20" = [18, 22]; equal to `normalized` when exact.
  double low = 0;
  double high = 0;
  // A date used as a modifier of a noun ("in the aftermath of Tuesday's
  // crash"): it dates that noun, not what its sentence states, so it is no
  // ground for citing the sentence (ConfirmSupport).
  bool modifier = false;
};

// One value of a revised figure: what article `article`, published at
// `published` (ISO 8601), stated.
struct TimelinePoint {
  size_t article = 0;
  std::string value;  // as written, with its qualifier
  double low = 0;
  double high = 0;
  std::string published;
};

// Facts about the same thing across outlets, with a verdict.
struct FactGroup {
  FactKind kind = FactKind::kQuantity;
  std::string about;
  Verdict verdict = Verdict::kSingleSource;
  std::vector<Fact> claims;  // by article, then position
  // kRevised only: the figure's values in publication order.
  std::vector<TimelinePoint> timeline;
  // kVariant name groups: why the names were linked, one line per pair of
  // differently written names ("Sergei Lavrov / Sergey Lavrov: transliteration
  // sergei/sergey", "UN / United Nations: abbreviation").
  std::vector<std::string> reasons;
  // A mention every reader expects rather than a statement: a bare weekday,
  // the name of an outlet of the story, a place every article names. Shown
  // apart, never under "Agreed".
  bool routine = false;
};

// Most facts one story may yield (alignment compares facts pairwise, so the
// cost grows with the square of this; a ten-article story has a few hundred).
inline constexpr size_t kMaxClaimsPerStory = 20000;

// Extracts facts from every sentence of `analyzed` (not headings or noise) and
// aligns them across articles.
//
// Extraction: quantities with what they count and their qualifier; dates and
// clock times, normalised (ISO dates; "HH:MM" plus a second zone in
// parentheses; weekdays resolved against Article::published when it is an
// ISO date); durations; people, places and organisations (short forms linked
// to full names within an article); direct quotes of four or more words with
// their speaker. See docs/corroboration.md for the method and its measured
// accuracy.
//
// Alignment: facts about the same thing from different articles form one
// group. Verdicts: kAgree (two or more outlets, compatible values:
// "at least 82" and "82" agree), kConflict (incompatible values for the same
// thing: "four-year battle" vs "five years of violence"), kVariant (names
// spelled differently, quotes worded differently), kSingleSource. Outlets
// that ran one wire copy (AnalyzedStory::voice) are one voice: what only
// they say is kSingleSource, with each of them still listed.
//
// Output is deterministic: groups by verdict (agree, conflict, variant,
// single_source), then first appearance (article, byte offset); claims within
// a group by article, then offset.
//
// Errors: kInvalidInput when the analysed story has no articles or a sentence span lies
// outside its article; kResourceExhausted past kMaxClaimsPerStory; kInternal
// when a sentence names an article the story does not have.
// Complexity: linear in the text for extraction, quadratic in the facts of
// one kind for alignment. Thread-safe: no shared state.
Result<std::vector<FactGroup>> Corroborate(const AnalyzedStory& analyzed);

// Keeps only the citations that are true: article A supports a digest
// sentence only when a sentence of A states most of the digest sentence's
// claims (more than half of its quantities, dates, times, durations and
// quotes, each in the same fact group: same referent, compatible value; a
// conflicting or routine group never supports). Among A's sentences the one
// sharing the most claims is cited, ties to the higher cosine;
// Support::claim names the first shared claim. A digest sentence that
// states no such claim keeps a cited sentence only when it names more than
// half of the people, places and organisations the digest sentence names and
// its cosine reaches `min_similarity`. Similar words alone never cite.
// `groups` is Corroborate(analyzed). Cost: linear in claims plus, per digest
// sentence, the sentences of the other articles.
void ConfirmSupport(const AnalyzedStory& analyzed, const std::vector<FactGroup>& groups,
                    Summary* summary, float min_similarity = 0.2f);

}  // namespace crosswire
