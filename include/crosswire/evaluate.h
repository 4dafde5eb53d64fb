// crosswire/evaluate.h — ROUGE evaluation that prints what ROUGE-1.5.5 prints.
//
// The evaluator scores system ("peer") summaries against human ("model")
// summaries with ROUGE-N, ROUGE-L, ROUGE-W and ROUGE-S/SU exactly as the Perl
// script ROUGE-1.5.5 (Lin 2004) does: same tokenization, same Porter stemmer
// and WordNet exception list, same clipping, same rounding of every
// intermediate score to five decimals, and the same bootstrap (Perl's drand48
// seeded with the resample number), so every printed number matches.
//
// Typical use:
//   auto options = crosswire::ParseRougeArguments({"-n", "2", "-m", "-a", "-l", "100"});
//   auto evals = crosswire::PairSummaryDirectories("sys/", "refs/");
//   auto data = crosswire::LoadRougeData(crosswire::StemExceptions::kFull, "");
//   auto report = crosswire::EvaluateRouge(*evals, options->rouge, *data);
//   std::cout << crosswire::FormatRougeText(*report);
//
// Thread safety: every function is reentrant; EvaluateRouge itself runs on
// `RougeOptions::threads` threads and its result does not depend on that number.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "crosswire/error.h"

namespace crosswire {

// Limits that bound memory and time. Each is checked before the work it
// bounds; exceeding one is a kResourceExhausted error naming it (see
// docs/formats.md, "Limits"). ROUGE-1.5.5 has none and runs out of memory.
inline constexpr size_t kMaxRougeFileBytes = 64u << 20;  // one configuration, file list or summary
inline constexpr int kMaxRougeConfigDepth = 256;         // element nesting in an XML configuration
inline constexpr int kMaxRougeResamples = 100000;        // -r: bootstrap resamples
inline constexpr int64_t kMaxSkipBigramsPerSummary = 20'000'000;  // ROUGE-S/SU pairs of one summary
inline constexpr int64_t kMaxLcsCellsPerSentencePair =
    25'000'000;  // ROUGE-L/W: model x peer tokens

// How summary files are laid out (ROUGE's -z / INPUT-FORMAT TYPE).
enum class RougeInputFormat {
  kSpl,     // one sentence per line (every non-empty line is a sentence)
  kSee,     // SEE html: <a name="N">[N]</a> <a href="#N" id=N>sentence</a>
  kIsi,     // <S SNTNO="N">sentence</S>
  kSimple,  // ROUGE reserves SIMPLE for BE triples; here it is read like SPL
};

// Which WordNet 2.0 exception list `-m` consults before the Porter stemmer.
enum class StemExceptions {
  kFull,  // the complete list (noun, adv, verb, adj; later entries replace)
  kNone,  // an empty database, as many ROUGE-1.5.5 installations had
};

// Scoring options; each field names the ROUGE-1.5.5 flag it mirrors.
// Fields ending in `_text` keep the option exactly as the user wrote it,
// because ROUGE-1.5.5 prints it back verbatim ("ROUGE-W-1.2", "95%-conf.int.").
struct RougeOptions {
  int max_ngram = 0;                  // -n N: ROUGE-1..ROUGE-N; 0 = no ROUGE-N. Range 0..100.
  bool compute_lcs = true;            // false with -x: skip ROUGE-L.
  std::optional<double> wlcs_weight;  // -w W: ROUGE-W with weight W > 0; unset = no ROUGE-W.
  std::string wlcs_weight_text;       // W as written (printed in "ROUGE-W-1.2").
  std::optional<int> skip_distance;   // -2 D: ROUGE-S with gap <= D; D < 0 = unlimited.
  std::string skip_distance_text;     // D as written.
  bool skip_unigrams = false;         // -u: count unigrams too (ROUGE-SU).
  bool skip_both = false;             // -U: print ROUGE-S and then ROUGE-SU.
  bool stem = false;                  // -m: Porter stemmer (+ exception list) on words > 3 chars.
  bool remove_stopwords = false;      // -s: drop ROUGE's SMART stop words.
  int64_t length_limit_words = 0;     // -l N: only the first N words of each summary; 0 = all.
  int64_t length_limit_bytes = 0;     // -b N: only the first N bytes; 0 = all. Not with -l.
  double confidence = 95;             // -c CF: CF% confidence interval, 0..100.
  std::string confidence_text = "95";
  int resamples = 1000;     // -r N: bootstrap resamples, 1..kMaxRougeResamples.
  bool best_model = false;  // -f B (true) vs -f A (false, model average).
  double alpha = 0.5;       // -p A: F = 1/(A/P + (1-A)/R), 0..1.
  int counting_unit = 0;    // -t: 0 average of per-summary scores; 1 corpus-level
                            // token counts; 2 print raw counts only.
  bool per_eval = false;    // -d: print one line per evaluation (summary).
  bool unicode = false;     // keep letters/digits of every script (not in 1.5.5);
                            // invalid UTF-8 is then an error.
  int threads = 0;          // worker threads; 0 = all hardware threads.
};

// One ROUGE evaluation unit (<EVAL ID=...>): one topic's peers and models.
struct RougeEval {
  std::string id;
  RougeInputFormat format = RougeInputFormat::kSpl;
  std::map<std::string, std::string> peers;                 // peer id -> file path
  std::vector<std::pair<std::string, std::string>> models;  // (model id, path), in order
};

// Stop words and the exception list ROUGE-1.5.5 reads from its data directory.
struct RougeData {
  std::unordered_set<std::string> stopwords;
  std::unordered_map<std::string, std::string> exceptions;  // inflected -> base form
};

// Loads the data. An empty `directory` uses the copies compiled into the
// binary (from data/rouge/); otherwise reads DIR/smart_common_words.txt and
// DIR/WordNet-2.0-Exceptions/{noun,adv,verb,adj}.exc (kNotFound if missing).
Result<RougeData> LoadRougeData(StemExceptions exceptions, const std::string& directory);

// Reads a ROUGE-1.5.5 XML configuration. Relative PEER-ROOT/MODEL-ROOT paths
// stay relative (resolved against the current directory, as Perl does).
// Errors: kNotFound (file), kInvalidInput (malformed XML, unknown format, an
// <EVAL> without models, no peers at all), both naming the file and line;
// kResourceExhausted past kMaxRougeFileBytes or kMaxRougeConfigDepth.
Result<std::vector<RougeEval>> ReadRougeConfig(const std::string& path);

// Reads a ROUGE -z file list: each line "peer model1 model2 ...", eval ids
// 1, 2, ..., peer id `system_id`, model ids M.1, M.2, ...
Result<std::vector<RougeEval>> ReadRougeFileList(const std::string& path, RougeInputFormat format,
                                                 const std::string& system_id);

// Pairs two directories by topic: the topic is the file name before its
// first dot; the rest of a system file's name is the system id
// ("D0601.sys12" -> topic D0601, system sys12); references of a topic are
// models A, B, C, ... in file-name order. Errors: kNotFound for a missing
// directory, kInvalidInput for a system file without a dot or a topic with no
// reference.
Result<std::vector<RougeEval>> PairSummaryDirectories(const std::string& system_dir,
                                                      const std::string& reference_dir,
                                                      RougeInputFormat format);

// One printed block: the averages and per-evaluation scores of one metric.
struct RougeMetricResult {
  std::string name;  // "ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", ...
  // For counting_unit 0 and 1: bootstrap average and interval, "%7.5f" text.
  std::string average[3];  // recall, precision, F
  std::string lower[3];
  std::string upper[3];
  // For counting_unit 2: total model, peer and hit counts.
  int64_t counts[3] = {0, 0, 0};
  // Per evaluation "<eval id>.<peer id>", in ROUGE's print order, with the
  // three printed values (R P F, or model/peer/hit counts with -t 1/2).
  std::vector<std::pair<std::string, std::vector<std::string>>> per_eval;
};

struct RougeSystemResult {
  std::string peer_id;
  std::vector<RougeMetricResult> metrics;
};

struct RougeReport {
  std::vector<RougeSystemResult> systems;  // sorted by peer id (Perl string order)
  std::vector<std::string> warnings;       // missing peers, empty summaries, bad bytes
  std::string confidence_text;             // for printing
  int counting_unit = 0;
  bool per_eval = false;
};

// Scores `peer_ids` (empty = every peer named in `evals`, like ROUGE's -a).
// Errors: kNotFound for a summary file that does not exist (naming it),
// kInvalidInput for options out of range, invalid UTF-8 in --unicode mode or
// nothing to score (no peer, or no evaluation with the peers asked for);
// kResourceExhausted past kMaxRougeResamples, kMaxRougeFileBytes,
// kMaxSkipBigramsPerSummary or kMaxLcsCellsPerSentencePair, before that work.
// Cost: O(total tokens * max_ngram) plus O(|model| * |peer|) per pair for
// ROUGE-L/W and O(tokens * skip) for ROUGE-S, then resamples * evals per metric.
Result<RougeReport> EvaluateRouge(const std::vector<RougeEval>& evals, const RougeOptions& options,
                                  const RougeData& data,
                                  const std::vector<std::string>& peer_ids = {});

// ROUGE-1.5.5's text layout, byte for byte.
std::string FormatRougeText(const RougeReport& report);
// The same numbers as JSON: {"format": "crosswire-rouge/1", "systems": [...]}.
std::string FormatRougeJson(const RougeReport& report);

// A parsed `crosswire evaluate` command line: ROUGE-1.5.5's flags (written
// as for the Perl script: "-n 4 -m -2 4 -u -a", bundling "-am" and attached
// values "-n4" allowed) plus crosswire's long options.
struct RougeCommandLine {
  RougeOptions rouge;
  bool all_systems = false;                           // -a
  std::optional<RougeInputFormat> format;             // -z FORMAT
  std::string data_dir;                               // --rouge-data DIR or -e DIR ("" = built in)
  StemExceptions exceptions = StemExceptions::kFull;  // --stem-exceptions full|none
  std::string system_dir;                             // --system DIR
  std::string reference_dir;                          // --references DIR
  bool json = false;                                  // --format json (default text)
  bool help = false;                                  // -h / --help
  std::vector<std::string> positional;                // CONFIG [SYSTEM-ID]
};

// Parses and validates once, before any work. Errors are kInvalidInput with a
// message naming the option, e.g. "option -p: alpha must be within 0 and 1, got 1.5".
Result<RougeCommandLine> ParseRougeArguments(const std::vector<std::string>& args);

// Parses ROUGE-1.5.5 scoring flags only ("-n 2 -m -2 4 -u -l 250"), validated
// as ParseRougeArguments does; any file, directory or system id is an error.
Result<RougeOptions> ParseRougeOptions(const std::vector<std::string>& args);

// Usage text for --help.
std::string RougeUsage();

}  // namespace crosswire
