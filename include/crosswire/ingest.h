// crosswire/ingest.h — readers: plain text, HTML, JSONL, DUC/TREC SGML,
// Multi-News, with the format detected from the name or the content.
//
// Readers repair content and reject structure: invalid UTF-8 inside text is
// replaced with U+FFFD and reported in `Story::warnings`; a malformed JSON line,
// a missing field, an empty article, an unreadable file or an input over a limit
// is an Error whose message names the file and the line or byte position.
// Nothing is dropped silently.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"

namespace crosswire::ingest {

enum class InputFormat {
  kAuto,       // from the file name, else from the content
  kText,       // one article per file; first line is the title when it has no final punctuation
  kJsonl,      // one article per line: id, outlet, url, title, published, text (others ignored)
  kHtml,       // one article per page; main text only (libgumbo)
  kDucSgml,    // <DOC><DOCNO>…<TEXT><P>…; one or more articles per file
  kMultiNews,  // one story per line, articles separated by "|||||"
};

// "auto", "text", "jsonl", "html", "duc", "multinews"; kInvalidInput otherwise.
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// Limits, named so that messages can cite them.
inline constexpr size_t kMaxArticleBytes = 8u << 20;   // 8 MiB of text per article
inline constexpr size_t kMaxInputBytes = 1u << 30;     // 1 GiB per input file
inline constexpr size_t kMaxArticlesPerStory = 100000;
inline constexpr size_t kMaxHtmlDepth = 2000;          // element nesting in one HTML page

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  size_t max_article_bytes = kMaxArticleBytes;
  std::string language = "en";  // assigned to articles that do not state one
};

// Detects the format of one file from its name (extension) and, failing that,
// its first bytes. Never kAuto.
InputFormat DetectFormat(std::string_view file_name, std::string_view content);

// Reads every input (file, directory — one article per file, or per JSONL
// line — or "-" for standard input) into one story. Article ids must be unique;
// a duplicate is an error naming both sources.
Result<Story> ReadStory(const std::vector<std::string>& inputs, const ReadOptions& options = {});

// Parses the content of one file (already read) as `format`. `source` names the
// file in messages and in Article::source. Appends to `warnings`.
Result<std::vector<Article>> ParseContent(std::string_view content, std::string_view source,
                                          InputFormat format, const ReadOptions& options,
                                          std::vector<std::string>* warnings);

// Multi-News: each line of the file is one story.
Result<std::vector<Story>> ReadMultiNews(const std::string& path, const ReadOptions& options = {});

// A DUC topic statement (duc2006_topics.sgml): <topic><num><title><narr>.
struct Topic {
  std::string id;         // "D0601A"
  std::string title;
  std::string narrative;
};
Result<std::vector<Topic>> ReadDucTopics(const std::string& path);

}  // namespace crosswire::ingest
