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
  size_t article = 0;                 // index into Story::articles
  size_t sentence = 0;                // id into Cluster::sentences
  size_t begin = 0;                   // byte span of the claim in Article::text
  size_t end = 0;
  std::string about;                  // what it is about: "civilians killed", "Sergey Lavrov"
  std::string value;                  // the value as written: "82", "four-year", "Kefraya"
  std::optional<double> normalized;   // numeric value where there is one (82, 4 years → 4)
  std::string normalized_text;        // canonical text value where not numeric ("05:00", "2016-12-14")
  std::string qualifier;              // "at least", "more than", "around", "" when exact
};

// Facts about the same thing across outlets, with a verdict.
struct FactGroup {
  FactKind kind = FactKind::kQuantity;
  std::string about;
  Verdict verdict = Verdict::kSingleSource;
  std::vector<Fact> claims;  // by article, then position
};

// Extracts facts from every sentence of `cluster` (not headings or noise) and
// aligns them across articles.
Result<std::vector<FactGroup>> Corroborate(const Cluster& cluster);

}  // namespace crosswire
