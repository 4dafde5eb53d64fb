#include "reader_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "crosswire/text.h"
#include "crosswire/timestamp.h"

namespace crosswire::ingest::internal {

using text::IsAsciiSpace;

std::string FileStem(std::string_view path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

std::string FileExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string FormatBytes(size_t bytes) {
  constexpr size_t kMiB = size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return fmt::format("{} MiB", bytes / kMiB);
  return fmt::format("{} bytes", bytes);
}

size_t LineAt(std::string_view content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<size_t>(std::count(content.begin(), content.begin() + offset, '\n'));
}

bool IsBlank(std::string_view s) { return std::all_of(s.begin(), s.end(), IsAsciiSpace); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::unexpected<Error> OverLimit(std::string_view source, std::string_view what, size_t size,
                                 size_t limit, std::string_view limit_name) {
  return ResourceExhausted(fmt::format("{}: {} is {} bytes, over the limit of {} ({})", source,
                                       what, size, FormatBytes(limit), limit_name));
}

Result<void> FinishArticle(Article& article, const ReadOptions& options) {
  if (article.text.size() > options.max_article_bytes) {
    return OverLimit(article.source, fmt::format("article \"{}\"", Abbreviate(article.id)),
                     article.text.size(), options.max_article_bytes, "max_article_bytes");
  }
  if (article.outlet.empty()) article.outlet = article.id;
  if (article.language.empty()) article.language = options.language;
  return {};
}

Result<bool> KeepArticle(Article& article, const ReadOptions& options,
                         std::vector<std::string>* warnings) {
  if (IsBlank(article.text)) {
    if (warnings != nullptr) {
      warnings->push_back(
          fmt::format("{}: article \"{}\" is empty (no text, or whitespace only); skipped",
                      article.source, Abbreviate(article.id)));
    }
    return false;
  }
  if (auto ok = FinishArticle(article, options); !ok) return std::unexpected(ok.error());
  return true;
}

std::string InvalidUtf8Warning(std::string_view source, size_t invalid_sequences,
                               std::string_view at) {
  return fmt::format("{}: {} invalid UTF-8 sequence{} replaced with U+FFFD, first at {}", source,
                     invalid_sequences, invalid_sequences == 1 ? "" : "s", at);
}

std::optional<std::string> NormalizePublished(std::string_view raw, std::string_view where,
                                              std::vector<std::string>* warnings) {
  if (IsBlank(raw)) return std::nullopt;
  auto normalized = NormalizeTimestamp(raw);
  if (normalized) return std::move(*normalized);
  if (warnings != nullptr) {
    warnings->push_back(
        fmt::format("{}: publication time left unset: {}", where, normalized.error().message()));
  }
  return std::nullopt;
}

}  // namespace crosswire::ingest::internal
