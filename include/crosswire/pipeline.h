// crosswire/pipeline.h — the application layer: one story in, one Report out.
//
// Front ends (the command line, the benchmark runner, the server, bindings)
// call this and nothing below it. A front end collects what its user asked
// for in a ReportRequest, turns it into ReportOptions with
// ValidateReportOptions before reading anything, then calls BuildReport as
// often as it likes (the options are immutable and may be shared between
// threads). BuildReport runs the whole pipeline:
//
//   read (ingest) -> analyse (represent) -> select (summarize)
//        -> attribute -> corroborate -> Report (render prints it)
//
// Errors are kept apart by when they happen: ValidateReportOptions fails on
// what the user asked (a usage error, exit 2 on the command line); BuildReport
// fails on what it read (exit 1).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"
#include "crosswire/ingest.h"
#include "crosswire/render.h"
#include "crosswire/summarize.h"
#include "crosswire/text.h"
#include "crosswire/timestamp.h"

namespace crosswire {

// What a user asked for, as typed: nothing here has been checked yet.
struct ReportRequest {
  // The budget: at most one of the three; none means 100 words. Words and
  // bytes are counted as ROUGE-1.5.5 counts them for -l and -b.
  std::optional<int64_t> words, bytes, sentences;
  std::string method = std::string(kDefaultMethod);  // see SummarizerNames()
  // NAME=VALUE pairs for the method's parameters (SummarizerParameters()).
  std::vector<std::pair<std::string, double>> method_parameters;
  // Snowball name or ISO 639-1 code (text::FindLanguage): the stemmer, the
  // stop words, and the language given to articles that do not state one.
  std::string language = "english";
  std::string input_format = "auto";   // ingest::ParseInputFormat
  std::string output_format = "text";  // ParseOutputFormat
  // A question or narrative the digest should answer (query-focused methods);
  // must hold a non-space character when given.
  std::optional<std::string> query;
  uint64_t seed = 1;  // for randomised methods
  // An update digest: articles published at or before this time (ISO 8601,
  // see ParseUnixSeconds) are ones the reader has read. The digest quotes only
  // later articles and tells what they add (SummaryRequest::known_articles);
  // citations and corroboration still use every article.
  std::optional<std::string> since;
  bool corroborate = true;  // run corroboration (`report`); false for a bare digest
  bool strict = false;      // every warning (skipped article, repaired text) is an error
};

// A validated request. Only ValidateReportOptions makes one, so holding one
// means every option was checked. Cheap to copy; thread-safe to share.
class ReportOptions {
 public:
  const Budget& budget() const { return budget_; }
  const Summarizer& method() const { return *method_; }
  const text::Language& language() const { return language_; }
  ingest::InputFormat input_format() const { return input_format_; }
  OutputFormat output_format() const { return output_format_; }
  const std::optional<std::string>& query() const { return query_; }
  uint64_t seed() const { return seed_; }
  const std::optional<int64_t>& since() const { return since_; }  // Unix seconds
  bool corroborate() const { return corroborate_; }
  bool strict() const { return strict_; }

 private:
  friend Result<ReportOptions> ValidateReportOptions(const ReportRequest& request);
  ReportOptions() = default;

  Budget budget_;
  std::shared_ptr<const Summarizer> method_;
  text::Language language_;
  ingest::InputFormat input_format_ = ingest::InputFormat::kAuto;
  OutputFormat output_format_ = OutputFormat::kText;
  std::optional<std::string> query_;
  uint64_t seed_ = 1;
  std::optional<int64_t> since_;
  bool corroborate_ = true;
  bool strict_ = false;
};

// Checks every option before any input is read. Errors (kInvalidInput, each
// naming the option and the accepted values): two budgets, a budget out of
// range, an unknown method or method parameter or a value out of its range,
// an unknown language, input or output format, an empty query, a `since`
// that is not a time.
Result<ReportOptions> ValidateReportOptions(const ReportRequest& request);

// Reads `inputs` (files, directories, "-"; see ingest::ReadStory) as one
// story and builds its report.
//
// An empty or unreadable article is skipped with a warning naming it, and the
// story is built from the rest; with strict(), the first warning is an error
// instead. Errors: those of ingest::ReadStory, kInvalidInput when no article
// is usable, and kInternal for a broken invariant.
Result<Report> BuildReportFromInputs(const std::vector<std::string>& inputs,
                                     const ReportOptions& options);

// The same for articles already in memory (a store, a request body). The
// story's warnings are carried into the report.
//
// With options.since(), an article whose `published` time is at or before it
// is read (known); one without a publication time counts as unread, with a
// warning naming it.
Result<Report> BuildReport(Story story, const ReportOptions& options);

// An update digest whose read articles are named by the caller (by index into
// story.articles; `known` may be shorter than the story: the rest are unread)
// rather than found from options.since(): the benchmark's earlier document
// sets, a store's articles by their stored time. kInvalidInput when every
// article is known (nothing is new).
Result<Report> BuildUpdateReport(Story story, std::vector<bool> known,
                                 const ReportOptions& options);

// Reader options from what a user typed: `input_format` as in
// ReportRequest::input_format, and the language given to articles that do
// not state one (a Snowball name or ISO code, kept as its ISO 639-1 code).
// Errors: kInvalidInput naming the value and what is accepted.
Result<ingest::ReadOptions> ValidateReadOptions(std::string_view input_format,
                                                std::string_view language);

// What the readers make of each input (`crosswire extract`): each is read on
// its own (ingest::ReadStory) and handed to `visit` before the next is read,
// so one unreadable page does not hide the others and memory holds one input
// at a time.
void ReadEachInput(const std::vector<std::string>& inputs, const ingest::ReadOptions& read,
                   const std::function<void(Result<Story> story)>& visit);

// The report printed in options.output_format().
std::string RenderReport(const Report& report, const ReportOptions& options);

}  // namespace crosswire
