// Shared by the corroboration tests: what must hold of the groups that
// figures of a past event (background) form.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "extract.h"

namespace crosswire::corroborate {

// Checks that no group mixes background figures with the event's own and
// that no background group is a conflict or a revision; returns the
// background groups.
inline std::vector<const FactGroup*> CheckedBackgroundGroups(const std::vector<FactGroup>& groups) {
  std::vector<const FactGroup*> out;
  for (const FactGroup& g : groups) {
    bool background = false, own = false;
    for (const Fact& f : g.claims) (f.referent.background ? background : own) = true;
    EXPECT_FALSE(background && own) << g.about;
    if (!background) continue;
    out.push_back(&g);
    EXPECT_NE(g.verdict, Verdict::kConflict) << g.about;
    EXPECT_NE(g.verdict, Verdict::kRevised) << g.about;
  }
  return out;
}

}  // namespace crosswire::corroborate
