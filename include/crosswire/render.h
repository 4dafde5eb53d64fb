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

struct Report {
  const AnalyzedStory* analyzed = nullptr;  // the analysed story (and through it the articles)
  Summary summary;                   // with support filled (attribute.h)
  std::vector<FactGroup> facts;      // empty when corroboration was not run
  bool corroborated = false;         // whether to print the corroboration sections
  std::vector<std::string> warnings; // repairs made on the way (invalid UTF-8, ...)
};

enum class OutputFormat { kText, kMarkdown, kJson, kHtml };

// "text", "markdown" (or "md"), "json", "html"; kInvalidInput otherwise.
Result<OutputFormat> ParseOutputFormat(std::string_view name);

std::string Render(const Report& report, OutputFormat format);

// A sentence's text for display: whitespace runs (line breaks inside a
// paragraph) folded to single spaces. The exact bytes stay at the byte span.
std::string DisplayText(std::string_view span);

}  // namespace crosswire
