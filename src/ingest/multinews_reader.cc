// Multi-News (Fabbri et al. 2019): the source files hold one story per line,
// its articles separated by "|||||", with newlines written as the token
// NEWLINE_CHAR. We turn each NEWLINE_CHAR back into '\n' (and drop the space
// the tokenizer put before and after it), and trim each article.
//
// Deviation from the other readers: the published data set has empty article
// slots (scrapes that failed, a trailing "|||||"). Rejecting them would make
// the data set unreadable, so an empty slot is skipped with a warning naming
// the line and the slot; a line with no article at all is still an error.
#include <fmt/format.h>

#include "crosswire/ingest.h"
#include "crosswire/utf8.h"
#include "reader_util.h"

namespace crosswire::ingest::internal {
namespace {

constexpr std::string_view kSeparator = "|||||";
constexpr std::string_view kNewlineToken = "NEWLINE_CHAR";

std::string RestoreNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t at = text.find(kNewlineToken, pos);
    if (at == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    std::string_view before = text.substr(pos, at - pos);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    out.append(before);
    out.push_back('\n');
    pos = at + kNewlineToken.size();
    while (pos < text.size() && text[pos] == ' ') ++pos;
  }
  return std::string(Trim(out));
}

}  // namespace

Result<std::vector<Article>> ParseMultiNewsLine(std::string_view line, std::string_view source,
                                                std::string_view id_prefix,
                                                std::vector<std::string>* warnings) {
  std::vector<Article> articles;
  size_t pos = 0;
  size_t slot = 0;
  while (pos <= line.size()) {
    size_t end = line.find(kSeparator, pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view segment = line.substr(pos, end - pos);
    pos = end + kSeparator.size();
    ++slot;
    std::string text = RestoreNewlines(segment);
    if (text.empty()) {
      // A trailing separator is how many lines end; say nothing about it.
      if (end != line.size() || slot == 1) {
        warnings->push_back(fmt::format("{}: article {} is empty; skipped", source, slot));
      }
      continue;
    }
    Article article = NewArticle();
    article.id = fmt::format("{}-{}", id_prefix, slot);
    article.source = fmt::format("{} article {}", source, slot);
    article.text = std::move(text);
    articles.push_back(std::move(article));
  }
  if (articles.empty()) {
    return InvalidInput(fmt::format("{}: Multi-News line has no article text", source));
  }
  return articles;
}

}  // namespace crosswire::ingest::internal

namespace crosswire::ingest {

Result<std::vector<Story>> ReadMultiNews(const std::string& path, const ReadOptions& options) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return NotFound(fmt::format("{}: no such file", path));
  std::string content;
  char buffer[1 << 16];
  size_t n;
  bool too_big = false;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    content.append(buffer, n);
    if (content.size() > kMaxInputBytes) {
      too_big = true;
      break;
    }
  }
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return DataLoss(fmt::format("{}: read error", path));
  if (too_big) {
    return internal::OverLimit(path, "input", content.size(), kMaxInputBytes, "kMaxInputBytes");
  }

  std::vector<Story> stories;
  std::string stem = internal::FileStem(path);
  size_t pos = 0;
  size_t line_number = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string::npos) end = content.size();
    std::string_view line(content.data() + pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (internal::IsBlank(line)) continue;
    Story story;
    story.id = fmt::format("{}-{}", stem, line_number);
    std::string line_source = fmt::format("{}:{}", path, line_number);
    std::string repaired;
    if (!IsValidUtf8(line)) {
      Utf8Repair repair = RepairUtf8(line);
      story.warnings.push_back(internal::InvalidUtf8Warning(
          line_source, repair.invalid_sequences,
          fmt::format("byte {} of the line", repair.first_invalid_offset)));
      repaired = std::move(repair.text);
      line = repaired;
    }
    auto articles = internal::ParseMultiNewsLine(line, line_source, story.id, &story.warnings);
    if (!articles) return std::unexpected(articles.error());
    for (Article& article : *articles) {
      if (auto ok = internal::FinishArticle(article, options); !ok) {
        return std::unexpected(ok.error());
      }
    }
    story.articles = std::move(*articles);
    stories.push_back(std::move(story));
  }
  if (stories.empty()) return InvalidInput(fmt::format("{}: Multi-News file has no stories", path));
  return stories;
}

}  // namespace crosswire::ingest
