#include "crosswire/near_duplicate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "crosswire/text.h"

namespace crosswire {
namespace {

// Two unrelated paragraphs written for these tests.
const std::string kHarbour =
    "The harbour authority closed the northern pier on Tuesday after inspectors found cracks "
    "in three of its concrete pillars, diverting ferries to the southern terminal for at least "
    "a month. Passengers were told to expect delays of up to forty minutes during the morning "
    "rush. The authority said repairs would cost about two million euros and that the pier had "
    "last been renovated in 1998. Ferry operators asked for compensation, saying the detour "
    "would add fuel costs and reduce the number of daily crossings from twelve to nine. A "
    "spokeswoman said engineers would publish a full report next week.";
const std::string kOrchard =
    "A late frost destroyed much of the apple blossom in the valley's orchards this spring, "
    "and growers now expect the smallest harvest in two decades. Several family farms have "
    "started selling cider from stored fruit to keep their workers employed through the summer, "
    "while the regional cooperative has asked the ministry for emergency loans. Older growers "
    "recall a similar frost in the 1980s that forced many to replant with hardier varieties.";

TEST(NearDuplicateTest, IdenticalTextsHaveJaccardOne) {
  Fingerprint a = ComputeFingerprint(kHarbour);
  Fingerprint b = ComputeFingerprint(kHarbour);
  EXPECT_EQ(a.exact_hash, b.exact_hash);
  EXPECT_DOUBLE_EQ(EstimateJaccard(a, b), 1.0);
  EXPECT_GT(a.shingles, 80u);
}

TEST(NearDuplicateTest, CaseWhitespaceAndPunctuationDoNotBreakExactness) {
  std::string variant = "  THE harbour authority closed the northern pier on Tuesday, after\n\n" +
                        kHarbour.substr(kHarbour.find("inspectors"));
  EXPECT_EQ(ComputeFingerprint(kHarbour).exact_hash, ComputeFingerprint(variant).exact_hash);
}

TEST(NearDuplicateTest, WireCopyWithSmallEditsIsFoundButNotExact) {
  std::string copy = "ROTTERDAM (Wire) -- " + kHarbour;
  copy.replace(copy.find("two million"), 11, "2.1 million");
  copy.replace(copy.find("next week"), 9, "on Friday");
  NearDuplicateIndex index;
  index.Insert(41, ComputeFingerprint(kHarbour));
  index.Insert(42, ComputeFingerprint(kOrchard));
  auto match = index.Find(ComputeFingerprint(copy));
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->key, 41u);
  EXPECT_FALSE(match->exact);
  EXPECT_GE(match->jaccard, 0.7);
  EXPECT_LT(match->jaccard, 1.0);
}

TEST(NearDuplicateTest, UnrelatedTextIsNoDuplicate) {
  NearDuplicateIndex index;
  index.Insert(1, ComputeFingerprint(kHarbour));
  EXPECT_FALSE(index.Find(ComputeFingerprint(kOrchard)).has_value());
  EXPECT_LT(EstimateJaccard(ComputeFingerprint(kHarbour), ComputeFingerprint(kOrchard)), 0.1);
}

TEST(NearDuplicateTest, SameTopicRewriteIsNoDuplicate) {
  // Same event and many of the same words, written anew: not a copy.
  std::string rewrite =
      "Ferries will use the southern terminal for a month because the northern pier was shut "
      "on Tuesday, when inspectors discovered cracked pillars. The authority put the repair bill "
      "at two million euros; operators want compensation for the longer route and fewer daily "
      "crossings, and morning passengers face delays of up to forty minutes.";
  NearDuplicateIndex index;
  index.Insert(1, ComputeFingerprint(kHarbour));
  EXPECT_FALSE(index.Find(ComputeFingerprint(rewrite)).has_value());
}

TEST(NearDuplicateTest, ExactDuplicateWinsAndSmallestKeyBreaksTies) {
  NearDuplicateIndex index;
  index.Insert(9, ComputeFingerprint(kHarbour));
  index.Insert(3, ComputeFingerprint(kHarbour));
  auto match = index.Find(ComputeFingerprint(kHarbour));
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->key, 3u);
  EXPECT_TRUE(match->exact);
}

TEST(NearDuplicateTest, ShortTextsMatchOnlyExactly) {
  NearDuplicateIndex index;
  index.Insert(1, ComputeFingerprint("Ferry pier closed"));
  EXPECT_TRUE(index.Find(ComputeFingerprint("ferry pier CLOSED!")).has_value());
  EXPECT_FALSE(index.Find(ComputeFingerprint("Ferry pier closed today")).has_value());
  Fingerprint empty = ComputeFingerprint("");
  EXPECT_EQ(empty.shingles, 0u);
  EXPECT_EQ(EstimateJaccard(empty, empty), 0.0);
}

TEST(NearDuplicateTest, EraseForgetsTheText) {
  NearDuplicateIndex index;
  index.Insert(1, ComputeFingerprint(kHarbour));
  index.Erase(1);
  index.Erase(1);  // absent: no effect
  EXPECT_EQ(index.size(), 0u);
  EXPECT_FALSE(index.Find(ComputeFingerprint(kHarbour)).has_value());
}

// The signature is the one the file comment defines, whatever loop computes
// it (the minima are taken with vector instructions where the CPU has them):
// recomputed here one shingle and one hash function at a time.
TEST(NearDuplicateTest, MinHashIsTheDocumentedScalarFormula) {
  const std::vector<text::Token> tokens = text::Tokenize(kHarbour + " " + kOrchard);
  auto fnv = [](std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return h;
  };
  std::set<uint64_t> shingles;
  for (size_t i = 0; i + 3 <= tokens.size(); ++i) {
    uint64_t h = 0x2545f4914f6cdd1dull;
    for (size_t j = 0; j < 3; ++j) h = (h ^ fnv(tokens[i + j].word)) * 0x100000001b3ull + (h >> 32);
    shingles.insert(h);
  }
  uint64_t state = 0x63726f7373776972ull;
  auto split_mix = [&state] {
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  };
  const Fingerprint fp = ComputeFingerprint(tokens);
  ASSERT_EQ(fp.shingles, shingles.size());
  for (size_t i = 0; i < kMinHashValues; ++i) {
    const uint64_t a = split_mix() | 1;
    const uint64_t b = split_mix();
    uint32_t least = std::numeric_limits<uint32_t>::max();
    for (uint64_t s : shingles) least = std::min(least, static_cast<uint32_t>((a * s + b) >> 32));
    EXPECT_EQ(fp.minhash[i], least) << "hash function " << i;
  }
}

}  // namespace
}  // namespace crosswire
