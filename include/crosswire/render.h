// crosswire/render.h — a story's report as text, Markdown, JSON or HTML.
//
// The JSON layout is the stable "crosswire/1" contract of DESIGN.md: fields
// are only ever added. HTML is one self-contained page (no external assets):
// the digest with citation links, the corroboration, and each source report
// with the cited sentences highlighted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crosswire/corroborate.h"
#include "crosswire/error.h"
#include "crosswire/summarize.h"

namespace crosswire {

inline constexpr std::string_view kJsonFormatVersion = "crosswire/1";

// Everything a renderer needs, owned: a Report may be kept, copied and moved
// freely (the articles are shared through `analyzed.story`).
struct Report {
  AnalyzedStory analyzed;             // the analysed story (and through it the articles)
  Summary summary;                    // with support filled (attribute.h)
  std::vector<FactGroup> facts;       // empty when corroboration was not run
  bool corroborated = false;          // whether to print the corroboration sections
  std::vector<std::string> warnings;  // repairs made on the way (invalid UTF-8, ...)
};

enum class OutputFormat {
  kText,       // the digest with citations, then the corroboration sections and sources
  kMarkdown,   // the same as Markdown
  kJson,       // the crosswire/1 contract
  kHtml,       // one self-contained page
  kSentences,  // the digest's sentences alone, one per line (ROUGE's SPL input)
};

// "text", "markdown" (or "md"), "json", "html", "sentences"; kInvalidInput otherwise.
Result<OutputFormat> ParseOutputFormat(std::string_view name);

std::string Render(const Report& report, OutputFormat format);

// A sentence's text for display: whitespace runs (line breaks inside a
// paragraph) folded to single spaces. The exact bytes stay at the byte span.
std::string DisplayText(std::string_view span);

}  // namespace crosswire
