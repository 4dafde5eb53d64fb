// `crosswire extract`: what crosswire reads from each input, so a user can see
// it — the article text and metadata the readers found (for HTML, the
// extracted article; see docs/formats.md). Parsing and wiring only.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "crosswire/pipeline.h"

namespace crosswire::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string input_format = "auto";
  std::string language = "en";
};

nlohmann::json Optional(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// The story's warnings about `article`: those that name its source.
std::vector<std::string> WarningsOf(const Story& story, const Article& article) {
  std::vector<std::string> warnings;
  for (const std::string& warning : story.warnings) {
    if (warning.starts_with(article.source + ":")) warnings.push_back(warning);
  }
  return warnings;
}

std::string ArticleJson(const Story& story, const Article& article) {
  nlohmann::json json = {
      {"id", article.id},
      {"url", Optional(article.url)},
      {"outlet", article.outlet},
      {"title", Optional(article.title)},
      {"published", Optional(article.published)},
      {"author", Optional(article.author)},
      {"language", article.language},
      {"source", article.source},
      {"text", article.text},
      {"warnings", WarningsOf(story, article)},
  };
  // Invalid UTF-8 cannot reach here (readers repair it), so dump cannot throw.
  return json.dump() + "\n";
}

std::string ArticleText(const Article& article) {
  std::string out = article.title.value_or(article.id);
  out += "\n\n";
  out += article.text;
  out += "\n";
  return out;
}

int Run(const ExtractOptions& o) {
  if (o.format != "text" && o.format != "json") {
    std::cerr << "crosswire: error: --format must be text or json, got \"" << o.format << "\"\n";
    return kExitUsage;
  }
  auto read = ValidateReadOptions(o.input_format, o.language);
  if (!read) {
    std::cerr << "crosswire: error: " << read.error().message() << "\n";
    return kExitUsage;
  }
  // The exit status reports an unreadable input; the others are still printed.
  int status = kExitOk;
  bool first = true;
  ReadEachInput(o.inputs, *read, [&](Result<Story> story) {
    if (!story) {
      std::cerr << "crosswire: error: " << story.error().message() << "\n";
      status = kExitFailure;
      return;
    }
    for (const std::string& w : story->warnings) std::cerr << "crosswire: warning: " << w << "\n";
    for (const Article& article : story->articles) {
      if (o.format == "json") {
        std::cout << ArticleJson(*story, article);
      } else {
        if (!first) std::cout << "\n";
        std::cout << ArticleText(article);
      }
      first = false;
    }
  });
  std::cout.flush();
  if (!std::cout) return kExitFailure;
  return status;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print what crosswire reads from each input: article text and metadata");
  cmd->add_option("INPUT", options->inputs,
                  "Files or directories (HTML pages, text, JSONL, DUC, Multi-News); '-' reads "
                  "standard input")
      ->required();
  cmd->add_option("-f,--format", options->format,
                  "text (title, blank line, body) or json (one JSON object per article: id, "
                  "url, outlet, title, published, author, language, source, text, warnings)")
      ->capture_default_str();
  cmd->add_option("--input-format", options->input_format,
                  "auto, text, jsonl, html, duc or multinews")
      ->capture_default_str();
  cmd->add_option("-l,--language", options->language,
                  "Language of articles that do not state one: a Snowball name or ISO 639-1 "
                  "code (given as its ISO code)")
      ->capture_default_str();
  cmd->footer(
      "Examples:\n  crosswire extract page.html\n  crosswire extract pages/ --format json\n");
  cmd->callback([options, exit_code] { *exit_code = Run(*options); });
}

}  // namespace crosswire::cli
