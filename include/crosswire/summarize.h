// crosswire/summarize.h — budgets, the Summarizer interface, and the digest.
//
// A method ranks or picks candidate sentences of an analysed AnalyzedStory; the
// shared machinery here turns that into a digest that fits the budget, holds
// each piece of wire copy once, and reads in order. Every sentence of a digest
// is a complete unit of one article, quoted byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
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
  std::optional<std::string>
      query;          // query-focused mode (DUC narratives); ignored by generic methods
  uint64_t seed = 1;  // for randomised methods; output is deterministic per seed
  // Update digests (DUC 2007's update task, `report --since`): the articles,
  // by index into Story::articles, that the reader has read already. Their
  // sentences are never quoted, a sentence that repeats one of theirs
  // (cosine >= kDuplicateSimilarity) is no candidate, and methods that weigh
  // content count what they said as known. Empty, or all false: none.
  std::vector<bool> known_articles;

  bool IsKnown(size_t article) const {
    return article < known_articles.size() && known_articles[article];
  }
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
  virtual Result<Selection> Select(const AnalyzedStory& analyzed,
                                   const SummaryRequest& request) const = 0;
};

// A tunable number of one method (`--param NAME=VALUE` on the command line).
struct MethodParameter {
  std::string_view name;         // kebab-case: "damping", "max-nodes"
  double default_value = 0;      // what the method uses when it is not given
  double min = 0, max = 0;       // accepted range, inclusive
  std::string_view description;  // meaning and unit
};

// Values given for a method's parameters, by name. Parameters not given take
// their defaults.
using MethodParameters = std::map<std::string, double, std::less<>>;

// The registry of methods: "ilp" (default: best ROUGE on both development
// sets, see docs/methods.md), "centroid", "lead", ...
// Errors: kInvalidInput for an unknown method (listing the known ones), an
// unknown parameter name (listing the method's) or a value out of its range.
Result<std::unique_ptr<Summarizer>> MakeSummarizer(std::string_view method,
                                                   const MethodParameters& parameters = {});
std::vector<std::string> SummarizerNames();
// One line saying what `method` does; empty for an unknown method.
std::string_view SummarizerDescription(std::string_view method);
// The parameters `method` accepts; empty for an unknown method.
std::span<const MethodParameter> SummarizerParameters(std::string_view method);
inline constexpr std::string_view kDefaultMethod = "ilp";

// ---- Shared machinery for methods ----------------------------------------

// Limits on what may be quoted in a digest.
inline constexpr uint32_t kMinCandidateWords = 6;   // shorter fragments are not summary material
inline constexpr uint32_t kMaxCandidateWords = 80;  // run-on units (lists, tables) are skipped

// A unit a digest may quote: a sentence of running text (not a heading or
// noise), of kMinCandidateWords..kMaxCandidateWords words, that is not a
// piece of a multi-sentence quotation.
bool IsCandidate(const Sentence& sentence);
// The sentence ids a method may pick for `request`, in story order: the
// candidates of articles the reader has not read (request.known_articles)
// that do not repeat a sentence of one they have. Every method selects from
// these; Summarize rejects a selection outside them.
std::vector<size_t> Candidates(const AnalyzedStory& analyzed,
                               const SummaryRequest& request = SummaryRequest());

// Two sentences whose cosine is at least this are the same statement (wire
// copy repeated by several outlets): a digest holds only one of them.
inline constexpr float kDuplicateSimilarity = 0.6f;

enum class FillMode {
  kSkipMisfits,        // a sentence too long for what is left is skipped; later ones may fit
  kStopAtFirstMisfit,  // the digest ends at the first sentence that does not fit (lead)
};

// The one budget fill: walks `ranked` (best first) and keeps each sentence
// that fits the remaining budget and is not a near-duplicate (cosine >=
// `max_similarity`; above 1: none is) of one kept already. Sentences are
// never truncated.
std::vector<size_t> GreedyFill(const AnalyzedStory& analyzed, const std::vector<size_t>& ranked,
                               const Budget& budget, float max_similarity = kDuplicateSimilarity,
                               FillMode mode = FillMode::kSkipMisfits);
// The same fill continued from `kept` (sentences already chosen, which must
// fit the budget together): `ranked` sentences are added after them.
std::vector<size_t> GreedyExtend(const AnalyzedStory& analyzed, std::vector<size_t> kept,
                                 const std::vector<size_t>& ranked, const Budget& budget,
                                 float max_similarity = kDuplicateSimilarity,
                                 FillMode mode = FillMode::kSkipMisfits);

// True when digest sentence `id` can be read where it stands: it does not
// lean on the sentence before it (text::LeansOnEarlierSentence), or that
// sentence is in `digest` too (reading order keeps them together).
bool StandsAlone(const AnalyzedStory& analyzed, size_t id, const std::vector<size_t>& digest);

// Makes a selection self-contained (src/summarize/context.cc): a sentence
// that leans on the one before it gets that sentence added when it fits, or
// is left out, and the budget it freed goes to central candidates that stand
// alone. The result fits request.budget when `ids` did; `notes` (may be
// null) says what changed. Summarize runs it on every method's selection.
std::vector<size_t> KeepSelfContained(const AnalyzedStory& analyzed, const SummaryRequest& request,
                                      std::vector<size_t> ids, std::vector<std::string>* notes);

// ---- The digest ------------------------------------------------------------

// Another article's sentence that says the same as a digest sentence.
struct Support {
  size_t article = 0;    // index into Story::articles
  size_t sentence = 0;   // id into AnalyzedStory::sentences
  float similarity = 0;  // cosine of their TF-IDF vectors
  // What both sentences state, when the support was confirmed by claim
  // alignment (ConfirmSupport, corroborate.h): the fact group's "about".
  std::string claim;
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

// Runs `method`, checks that its selection holds distinct sentences within the
// budget (kInternal otherwise: a bug in the method), and orders the result for
// reading: by article date when every article has one, then by article order
// and position.
Result<Summary> Summarize(const AnalyzedStory& analyzed, const Summarizer& method,
                          const SummaryRequest& request);

}  // namespace crosswire
