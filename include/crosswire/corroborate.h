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

namespace crosswire {

enum class FactKind { kQuantity, kDate, kTime, kDuration, kPerson, kPlace, kOrganization, kQuote };
enum class Verdict {
  kAgree,         // two or more outlets, same value
  kSingleSource,  // only one outlet states it
  kConflict,      // outlets give different values for the same thing
  kVariant,       // the same thing written differently (two spellings, two translations)
};

// JSON names: "quantity", ..., "quote"; "agree", "single_source", "conflict", "variant".
std::string_view FactKindName(FactKind kind);
std::string_view VerdictName(Verdict verdict);

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
};

// Facts about the same thing across outlets, with a verdict.
struct FactGroup {
  FactKind kind = FactKind::kQuantity;
  std::string about;
  Verdict verdict = Verdict::kSingleSource;
  std::vector<Fact> claims;  // by article, then position
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
// spelled differently, quotes worded differently), kSingleSource.
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

}  // namespace crosswire
