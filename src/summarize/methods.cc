#include "summarize/methods.h"

namespace crosswire {

std::span<const MethodEntry> Methods() {
  static const MethodEntry kMethods[] = {
      {"centroid", "MEAD centroid + position + first-sentence overlap, redundancy-controlled",
       MakeCentroid},
      {"lead", "the first sentences of the most recent article (baseline)", MakeLead},
  };
  return kMethods;
}

}  // namespace crosswire
