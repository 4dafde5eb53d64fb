#include "crosswire/corroborate.h"

namespace crosswire {

// Extraction and alignment land with the corroboration work (issue 5); until
// then a report has no facts and says nothing about them.
Result<std::vector<FactGroup>> Corroborate(const Cluster& /*cluster*/) {
  return std::vector<FactGroup>{};
}

}  // namespace crosswire
