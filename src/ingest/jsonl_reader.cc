// JSONL: one article per line, a JSON object with the fields
//   id, outlet, url, title, published, language (strings, optional; null = absent)
//   text (string, required)
// "published" is normalised to ISO 8601 by ParseTimestamp (crosswire/timestamp.h);
// one it cannot read is left unset with a warning. Unknown fields are ignored. Blank lines are
// skipped. A malformed line or a field of the wrong type is an error naming the line: one bad
// record among a thousand stops the read rather than being dropped, because a story with a silently
// missing article is worse than no story.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "reader_util.h"

namespace crosswire::ingest::internal {
namespace {

using nlohmann::json;

// Reads an optional string field: absent or null leaves `out` untouched.
template <typename Out>
Result<void> ReadStringField(const json& object, std::string_view name, std::string_view where,
                             Out* out) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) {
    return InvalidInput(
        fmt::format("{}: field \"{}\" must be a string, got {}", where, name, it->type_name()));
  }
  *out = it->template get<std::string>();
  return {};
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error
// at line 1, column 7: ..."; the line is always 1 here, so keep what follows.
std::string ShortParseMessage(std::string_view what) {
  if (size_t bracket = what.find("] ");
      what.starts_with("[json.") && bracket != std::string_view::npos) {
    what.remove_prefix(bracket + 2);
  }
  if (what.starts_with("parse error at line 1, ")) what.remove_prefix(23);
  return std::string(what);
}

}  // namespace

Result<std::optional<Article>> ParseJsonlLine(std::string_view line, std::string_view source,
                                              size_t line_number, std::string_view stem,
                                              std::vector<std::string>* warnings) {
  if (IsBlank(line)) return std::optional<Article>();
  std::string where = fmt::format("{}:{}", source, line_number);

  json object;
  try {
    object = json::parse(line);
  } catch (const json::exception& e) {
    return InvalidInput(fmt::format("{}: invalid JSON: {}", where, ShortParseMessage(e.what())));
  }
  if (!object.is_object()) {
    return InvalidInput(
        fmt::format("{}: a line must be a JSON object, got {}", where, object.type_name()));
  }
  Article article = NewArticle();
  article.source = where;
  auto text = object.find("text");
  if (text == object.end() || text->is_null()) {
    return InvalidInput(fmt::format("{}: field \"text\" is required", where));
  }
  for (auto [name, out] : {std::pair<std::string_view, std::string*>{"id", &article.id},
                           {"outlet", &article.outlet},
                           {"language", &article.language},
                           {"text", &article.text}}) {
    if (auto ok = ReadStringField(object, name, where, out); !ok)
      return std::unexpected(ok.error());
  }
  for (auto [name, out] :
       {std::pair<std::string_view, std::optional<std::string>*>{"url", &article.url},
        {"title", &article.title},
        {"published", &article.published}}) {
    if (auto ok = ReadStringField(object, name, where, out); !ok)
      return std::unexpected(ok.error());
  }
  if (article.published) {
    article.published = NormalizePublished(*article.published, where, warnings);
  }
  if (article.id.empty()) article.id = fmt::format("{}-{}", stem, line_number);
  return std::optional<Article>(std::move(article));
}

Result<std::vector<Article>> ParseJsonl(std::string_view content, std::string_view source,
                                        std::vector<std::string>* warnings) {
  std::vector<Article> articles;
  std::string stem = FileStem(source);
  size_t pos = 0;
  size_t line_number = 0;
  if (content.starts_with("\xEF\xBB\xBF")) pos = 3;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    auto article = ParseJsonlLine(line, source, line_number, stem, warnings);
    if (!article) return std::unexpected(article.error());
    if (*article) articles.push_back(std::move(**article));
  }
  if (articles.empty()) {
    return InvalidInput(fmt::format("{}: JSONL input has no articles (only blank lines)", source));
  }
  return articles;
}

}  // namespace crosswire::ingest::internal
