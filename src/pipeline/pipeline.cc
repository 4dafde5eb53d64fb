// The application layer: validated options, then read -> analyse -> select ->
// attribute -> corroborate. Every front end goes through here, so the order of
// the stages, the handling of warnings and the meaning of each option live in
// one place.
#include "crosswire/pipeline.h"

#include <algorithm>
#include <optional>
#include <thread>
#include <utility>

#include "crosswire/attribute.h"
#include "crosswire/corroborate.h"
#include "crosswire/represent.h"

namespace crosswire {
namespace {

Result<Budget> BudgetFrom(const ReportRequest& request) {
  int given = request.words.has_value() + request.bytes.has_value() + request.sentences.has_value();
  if (given > 1) {
    return InvalidInput("give one budget: --words, --bytes or --sentences, not " +
                        std::to_string(given));
  }
  if (request.bytes) return Budget::Bytes(*request.bytes);
  if (request.sentences) return Budget::Sentences(*request.sentences);
  return Budget::Words(request.words.value_or(100));
}

}  // namespace

Result<ReportOptions> ValidateReportOptions(const ReportRequest& request) {
  ReportOptions options;
  auto budget = BudgetFrom(request);
  if (!budget) return std::unexpected(budget.error());
  options.budget_ = *budget;

  MethodParameters parameters;
  for (const auto& [name, value] : request.method_parameters) {
    if (!parameters.emplace(name, value).second) {
      return InvalidInput("parameter \"" + Abbreviate(name) + "\" is given twice");
    }
  }
  auto method = MakeSummarizer(request.method, parameters);
  if (!method) return std::unexpected(method.error());
  options.method_ = std::shared_ptr<const Summarizer>(std::move(*method));

  auto language = text::FindLanguage(request.language);
  if (!language) return std::unexpected(language.error());
  options.language_ = *language;
  auto input_format = ingest::ParseInputFormat(request.input_format);
  if (!input_format) return std::unexpected(input_format.error());
  options.input_format_ = *input_format;
  auto output_format = ParseOutputFormat(request.output_format);
  if (!output_format) return std::unexpected(output_format.error());
  options.output_format_ = *output_format;

  if (request.query && request.query->find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidInput("the query is empty");
  }
  options.query_ = request.query;
  options.seed_ = request.seed;
  if (request.since) {
    auto since = ParseUnixSeconds(*request.since);
    if (!since) return std::unexpected(since.error().WithContext("--since"));
    options.since_ = *since;
  }
  options.corroborate_ = request.corroborate;
  options.strict_ = request.strict;
  return options;
}

namespace {

ingest::ReadOptions ReadOptionsFor(ingest::InputFormat format, const text::Language& language) {
  ingest::ReadOptions read;
  read.format = format;
  read.language = std::string(language.code);
  return read;
}

// A scraped page can hold nothing but page furniture (a social network's
// location notice, a cookie wall): the reader is told that such an article
// is listed among the sources but supports nothing.
void WarnWithoutRunningText(const AnalyzedStory& analyzed, std::vector<std::string>* warnings) {
  for (size_t a = 0; a < analyzed.articles(); ++a) {
    auto [first, last] = analyzed.article_sentences[a];
    const bool running =
        std::any_of(analyzed.sentences.begin() + static_cast<std::ptrdiff_t>(first),
                    analyzed.sentences.begin() + static_cast<std::ptrdiff_t>(last),
                    [](const Sentence& s) { return s.kind == text::UnitKind::kSentence; });
    if (running) continue;
    const Article& article = analyzed.story->articles[a];
    warnings->push_back(article.source + ": article \"" + Abbreviate(article.id) +
                        "\" has no running text (its " + std::to_string(last - first) +
                        " line(s) are headings or page furniture); nothing in the report rests "
                        "on it");
  }
}

}  // namespace

Result<ingest::ReadOptions> ValidateReadOptions(std::string_view input_format,
                                                std::string_view language) {
  auto format = ingest::ParseInputFormat(input_format);
  if (!format) return std::unexpected(format.error());
  auto found = text::FindLanguage(language);
  if (!found) return std::unexpected(found.error());
  return ReadOptionsFor(*format, *found);
}

void ReadEachInput(const std::vector<std::string>& inputs, const ingest::ReadOptions& read,
                   const std::function<void(Result<Story> story)>& visit) {
  for (const std::string& input : inputs) visit(ingest::ReadStory({input}, read));
}

Result<Report> BuildReportFromInputs(const std::vector<std::string>& inputs,
                                     const ReportOptions& options) {
  auto story =
      ingest::ReadStory(inputs, ReadOptionsFor(options.input_format(), options.language()));
  if (!story) return std::unexpected(story.error());
  return BuildReport(std::move(*story), options);
}

Result<Report> BuildReport(Story story, const ReportOptions& options) {
  std::vector<bool> known;
  if (options.since()) {
    known.assign(story.articles.size(), false);
    for (size_t a = 0; a < story.articles.size(); ++a) {
      const Article& article = story.articles[a];
      auto published = article.published ? ParseUnixSeconds(*article.published)
                                         : Result<int64_t>(std::unexpected(
                                               Error(ErrorCode::kNotFound, "no publication time")));
      if (published) {
        known[a] = *published <= *options.since();
      } else {
        story.warnings.push_back(article.source + ": article \"" + Abbreviate(article.id) +
                                 "\" has no usable publication time (" +
                                 published.error().message() +
                                 "); the update digest counts it as unread");
      }
    }
  }
  return BuildUpdateReport(std::move(story), std::move(known), options);
}

Result<Report> BuildUpdateReport(Story story, std::vector<bool> known,
                                 const ReportOptions& options) {
  if (options.strict() && !story.warnings.empty()) {
    return InvalidInput(story.warnings.front() + " (an error under --strict)");
  }
  if (story.articles.empty()) {
    std::string why = story.warnings.empty() ? "" : ": " + story.warnings.front();
    return InvalidInput("the story has no usable article" + why);
  }
  std::vector<std::string> warnings = std::move(story.warnings);
  story.warnings.clear();
  auto analyzed = AnalyzeStory(std::make_shared<const Story>(std::move(story)),
                               AnalysisOptions{options.language()});
  if (!analyzed) return std::unexpected(analyzed.error());
  WarnWithoutRunningText(*analyzed, &warnings);

  SummaryRequest request(options.budget());
  request.query = options.query();
  request.seed = options.seed();
  known.resize(analyzed->articles(), false);
  const size_t read = static_cast<size_t>(std::count(known.begin(), known.end(), true));
  if (read == known.size()) {
    return InvalidInput(
        "nothing is new: every one of the " + std::to_string(read) +
        " articles is known to the reader" +
        (options.since() ? " (published at or before " + FormatUtcIso8601(*options.since()) + ")"
                         : std::string()));
  }
  if (read > 0) request.known_articles = std::move(known);
  // Corroboration and the digest read the analysis and nothing else: they run
  // side by side (a report's wall time is the longer of the two, not the sum).
  // The thread is joined before `analyzed` goes, on every return.
  std::optional<Result<std::vector<FactGroup>>> facts;
  std::jthread corroboration;
  if (options.corroborate()) {
    corroboration = std::jthread([&facts, &analyzed] { facts = Corroborate(*analyzed); });
  }
  auto summary = Summarize(*analyzed, options.method(), request);
  if (!summary) return std::unexpected(summary.error());
  if (read > 0) {
    summary->notes.push_back(
        "update digest: quotes the " + std::to_string(analyzed->articles() - read) +
        " unread articles and leaves out what the " + std::to_string(read) + " read ones said");
  }
  Attribute(*analyzed, &*summary);

  Report report;
  report.summary = std::move(*summary);
  report.warnings = std::move(warnings);
  if (options.corroborate()) {
    corroboration.join();
    if (!*facts) return std::unexpected(facts->error());
    // Citations rest on shared claims, not on shared words.
    ConfirmSupport(*analyzed, **facts, &report.summary);
    report.facts = std::move(**facts);
    report.corroborated = true;
  }
  report.analyzed = std::move(*analyzed);
  return report;
}

std::string RenderReport(const Report& report, const ReportOptions& options) {
  return Render(report, options.output_format());
}

}  // namespace crosswire
