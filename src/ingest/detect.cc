// Format names and detection: the file name decides when it can, else the
// first bytes of the content. See docs/formats.md for the rules.
#include <fmt/format.h>

#include "crosswire/ingest.h"
#include "reader_util.h"

namespace crosswire::ingest {
namespace {

using internal::IsBlank;
using internal::StartsWithIgnoreCase;
using internal::Trim;

struct FormatName {
  InputFormat format;
  std::string_view name;
};
constexpr FormatName kFormatNames[] = {
    {InputFormat::kAuto, "auto"},   {InputFormat::kText, "text"},
    {InputFormat::kJsonl, "jsonl"}, {InputFormat::kHtml, "html"},
    {InputFormat::kDucSgml, "duc"}, {InputFormat::kMultiNews, "multinews"},
    {InputFormat::kFeed, "feed"},
};

// Every non-blank line starts with '{'. A last line cut off by a sniffing
// window still counts, since only its first byte matters.
bool LooksLikeJsonl(std::string_view content) {
  bool any = false;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = Trim(content.substr(pos, end - pos));
    if (!line.empty()) {
      if (line.front() != '{') return false;
      any = true;
    }
    pos = end + 1;
  }
  return any;
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  for (const auto& entry : kFormatNames) {
    if (entry.name == name) return entry.format;
  }
  return InvalidInput(fmt::format(
      "unknown input format \"{}\"; expected one of auto, text, jsonl, html, duc, multinews, "
      "feed",
      Abbreviate(name)));
}

std::string_view InputFormatName(InputFormat format) {
  for (const auto& entry : kFormatNames) {
    if (entry.format == format) return entry.name;
  }
  return "unknown";
}

InputFormat DetectFormat(std::string_view file_name, std::string_view content) {
  std::string ext = internal::FileExtension(file_name);
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "sgml" || ext == "sgm") return InputFormat::kDucSgml;
  if (ext == "rss" || ext == "atom") return InputFormat::kFeed;

  std::string_view head = content;
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  head = Trim(head);
  if (head.starts_with("<DOC>") || head.starts_with("<DOC ")) return InputFormat::kDucSgml;
  if (head.starts_with("<") && internal::LooksLikeFeed(head)) return InputFormat::kFeed;
  if (StartsWithIgnoreCase(head, "<!DOCTYPE html") || StartsWithIgnoreCase(head, "<html")) {
    return InputFormat::kHtml;
  }
  if (!IsBlank(head) && LooksLikeJsonl(head)) return InputFormat::kJsonl;
  if (content.find("|||||") != std::string_view::npos) return InputFormat::kMultiNews;
  return InputFormat::kText;
}

}  // namespace crosswire::ingest
