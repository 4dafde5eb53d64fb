#include "summarize/methods.h"

namespace crosswire {

std::span<const MethodEntry> Methods() {
  // The default first (kDefaultMethod; why it is the default: docs/methods.md).
  static const MethodEntry kMethods[] = {
      {"ilp", "bigram concept coverage solved exactly with GLPK (Gillick & Favre 2009); default",
       MakeIlp},
      {"centroid", "MEAD centroid + position + first-sentence overlap, redundancy-controlled",
       MakeCentroid},
      {"lead", "the first sentences of the most recent article (baseline)", MakeLead},
      {"random", "seeded random sentences (floor)", MakeRandom},
      {"lexrank", "continuous LexRank, biased to the query when given (Erkan & Radev 2004)",
       MakeLexRank},
      {"lexrank-threshold", "thresholded LexRank, cosine >= 0.1 (Erkan & Radev 2004)",
       MakeLexRankThreshold},
      {"textrank", "TextRank sentence extraction (Mihalcea & Tarau 2004)", MakeTextRank},
      {"mmr",
       "maximal marginal relevance to the query or story centroid (Carbonell & Goldstein 1998)",
       MakeMmr},
      {"sumbasic", "word-probability SumBasic, SumFocus with a query (Nenkova & Vanderwende 2005)",
       MakeSumBasic},
      {"klsum", "greedy KL divergence to the input word distribution (Haghighi & Vanderwende 2009)",
       MakeKlSum},
      {"submodular", "coverage + diversity, budgeted greedy (Lin & Bilmes 2011)", MakeSubmodular},
  };
  return kMethods;
}

}  // namespace crosswire
