#include "crosswire/corroborate.h"

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
