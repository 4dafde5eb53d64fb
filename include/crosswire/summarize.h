// crosswire/summarize.h — budgets, the Summarizer interface, and the digest.
//
// A method ranks or picks candidate sentences of an analysed AnalyzedStory; the
// shared machinery here turns that into a digest that fits the budget, holds
// each piece of wire copy once, and reads in order. Every sentence of a digest
// is a complete unit of one article, quoted byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"
#include "crosswire/represent.h"

namespace crosswire {

// How long a digest may be. Words and bytes are counted the way ROUGE-1.5.5
// counts them for `-l` and `-b` (words: whitespace-separated tokens; bytes: the
// sentences' bytes plus one separator between sentences), so a digest built
// under `--words 100` loses nothing to ROUGE's truncation at `-l 100`.
struct Budget {
  enum class Unit { kWords, kBytes, kSentences };
  Unit unit = Unit::kWords;
  size_t limit = 100;

  // Validated constructors: the limit must be 1..kMaxLimit.
  static Result<Budget> Words(int64_t limit);
  static Result<Budget> Bytes(int64_t limit);
  static Result<Budget> Sentences(int64_t limit);
  static constexpr int64_t kMaxLimit = 1'000'000;

  std::string_view unit_name() const;  // "words", "bytes", "sentences"
  // Cost of one sentence in this unit (words, bytes, or 1).
  size_t Cost(const AnalyzedStory& analyzed, const Sentence& sentence) const;
  // Cost of adding a sentence to a digest that already has `count` sentences.
  size_t AddedCost(const AnalyzedStory& analyzed, const Sentence& sentence, size_t count) const;
};

// What a method is asked for.
struct SummaryRequest {
  SummaryRequest() = default;
  explicit SummaryRequest(Budget b) : budget(b) {}

  Budget budget;
  std::optional<std::string> query;  // query-focused mode (DUC narratives); ignored by generic methods
  uint64_t seed = 1;                 // for randomised methods; output is deterministic per seed
  std::string language = "english";
};

// What a method returns: sentence ids (into AnalyzedStory::sentences), best first,
// and a note when it had to fall back (e.g. "ILP time cap hit; greedy used").
struct Selection {
  std::vector<size_t> sentences;
  std::vector<std::string> notes;
};

// A summarization method. Implementations are stateless and thread-safe.
class Summarizer {
 public:
  virtual ~Summarizer() = default;
  virtual std::string_view name() const = 0;
  // Picks sentences within `request.budget`. Candidates are the units that
  // `IsCandidate` accepts; the result need not be in reading order.
  virtual Result<Selection> Select(const AnalyzedStory& analyzed, const SummaryRequest& request) const = 0;
};

// The registry of methods: "ilp" (default: best ROUGE on both development
// sets, see docs/methods.md), "centroid", "lead", ...
Result<std::unique_ptr<Summarizer>> MakeSummarizer(std::string_view method);
std::vector<std::string> SummarizerNames();
inline constexpr std::string_view kDefaultMethod = "ilp";

// ---- Shared machinery for methods ----------------------------------------

// Limits on what may be quoted in a digest.
inline constexpr uint32_t kMinCandidateWords = 6;    // shorter fragments are not summary material
inline constexpr uint32_t kMaxCandidateWords = 80;   // run-on units (lists, tables) are skipped

// A unit a digest may quote: a sentence of running text (not a heading or
// noise), of kMinCandidateWords..kMaxCandidateWords words, that is not a
// piece of a multi-sentence quotation.
bool IsCandidate(const Sentence& sentence);
std::vector<size_t> Candidates(const AnalyzedStory& analyzed);

// Two sentences whose cosine is at least this are the same statement (wire
// copy repeated by several outlets): a digest holds only one of them.
inline constexpr float kDuplicateSimilarity = 0.6f;

// Walks `ranked` (best first) and keeps each sentence that fits the remaining
// budget and is not a near-duplicate (cosine >= `max_similarity`) of one kept
// already. Sentences too long for what is left are skipped, not truncated.
std::vector<size_t> GreedyFill(const AnalyzedStory& analyzed, const std::vector<size_t>& ranked,
                               const Budget& budget, float max_similarity = kDuplicateSimilarity);

// ---- The digest ------------------------------------------------------------

// Another article's sentence that says the same as a digest sentence.
struct Support {
  size_t article = 0;         // index into Story::articles
  size_t sentence = 0;        // id into AnalyzedStory::sentences
  float similarity = 0;       // cosine of their TF-IDF vectors
};

struct SummarySentence {
  size_t sentence = 0;           // id into AnalyzedStory::sentences
  std::vector<Support> support;  // filled by Attribute (attribute.h); other articles only
};

struct Summary {
  std::string method;
  Budget budget;
  std::vector<SummarySentence> sentences;  // in reading order
  std::vector<std::string> notes;          // from the method (fallbacks taken)
};

// Runs `method` and orders the result for reading: by article date when every
// article has one, then by article order and position.
Result<Summary> Summarize(const AnalyzedStory& analyzed, const Summarizer& method,
                          const SummaryRequest& request);

}  // namespace crosswire
