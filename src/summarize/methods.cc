#include "methods.h"

#include <cstdlib>

namespace crosswire {

std::span<const MethodParameter> NoParameters() { return {}; }

ParameterValues::ParameterValues(std::span<const MethodParameter> declared,
                                 const MethodParameters& given)
    : declared_(declared), given_(given) {}

double ParameterValues::Get(std::string_view name) const {
  for (const MethodParameter& p : declared_) {
    if (p.name != name) continue;
    auto it = given_.find(name);
    return it == given_.end() ? p.default_value : it->second;
  }
  std::abort();  // a method asked for a parameter it does not declare
}

std::span<const MethodEntry> Methods() {
  // The default first (kDefaultMethod; why it is the default: docs/methods.md).
  static const MethodEntry kMethods[] = {
      {"ilp", "bigram concept coverage solved exactly with GLPK (Gillick & Favre 2009); default",
       IlpParameters, MakeIlp},
      {"centroid", "MEAD centroid + position + first-sentence overlap, redundancy-controlled",
       NoParameters, MakeCentroid},
      {"lead", "the first sentences of the most recent article (baseline)", NoParameters, MakeLead},
      {"random", "seeded random sentences (floor)", NoParameters, MakeRandom},
      {"lexrank", "continuous LexRank, biased to the query when given (Erkan & Radev 2004)",
       LexRankParameters, MakeLexRank},
      {"lexrank-threshold", "thresholded LexRank, cosine >= 0.1 (Erkan & Radev 2004)",
       LexRankParameters, MakeLexRankThreshold},
      {"textrank", "TextRank sentence extraction (Mihalcea & Tarau 2004)", TextRankParameters,
       MakeTextRank},
      {"mmr",
       "maximal marginal relevance to the query or story centroid (Carbonell & Goldstein 1998)",
       MmrParameters, MakeMmr},
      {"sumbasic", "word-probability SumBasic, SumFocus with a query (Nenkova & Vanderwende 2005)",
       SumBasicParameters, MakeSumBasic},
      {"klsum", "greedy KL divergence to the input word distribution (Haghighi & Vanderwende 2009)",
       KlSumParameters, MakeKlSum},
      {"submodular", "coverage + diversity, budgeted greedy (Lin & Bilmes 2011)",
       SubmodularParameters, MakeSubmodular},
  };
  return kMethods;
}

}  // namespace crosswire
