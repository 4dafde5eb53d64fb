// Shared by the corroboration tests: read a story and analyse it the way the
// CLI does before calling Corroborate.
#pragma once

#include <string>
#include <vector>

#include "crosswire/corroborate.h"
#include "crosswire/ingest.h"
#include "crosswire/represent.h"

namespace crosswire::testing {

// The analysed story Corroborate reads, built as the CLI builds it.
inline Result<AnalyzedStory> AnalyzeForCorroboration(const Story& story) {
  return AnalyzeStory(story);
}

}  // namespace crosswire::testing
