// Internal helpers shared by the ingest readers: names, limits, whitespace.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"
#include "crosswire/ingest.h"

namespace crosswire::ingest::internal {

// "dir/report-1.txt" -> "report-1"; "-" -> "stdin". Only the last extension goes.
std::string FileStem(std::string_view path);

// Lowercased extension without the dot: "a/b.HTML" -> "html"; "" when none.
std::string FileExtension(std::string_view path);

// "8 MiB" when `bytes` is a whole number of MiB, else "123 bytes".
std::string FormatBytes(size_t bytes);

// 1-based line number of byte `offset` in `content`.
size_t LineAt(std::string_view content, size_t offset);

// Whitespace here is the formats' own, byte by byte: text::IsAsciiSpace. A
// no-break space inside an article is content and stays.
bool IsBlank(std::string_view s);  // empty or whitespace only
std::string_view Trim(std::string_view s);
// Collapses every run of whitespace to one space and trims the ends.
std::string CollapseWhitespace(std::string_view s);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);

// An article with no language set, so FinishArticle applies options.language.
inline Article NewArticle() {
  Article article;
  article.language.clear();
  return article;
}

// The checks every article passes, whatever its format: text not over
// options.max_article_bytes; outlet and language get their defaults. (Blank
// articles are skipped with a warning before this, in KeepArticle.)
Result<void> FinishArticle(Article& article, const ReadOptions& options);

// Whether a parsed article is kept: a blank one (a scraper's empty page, an
// empty record) is skipped with a warning naming it and gives false; any
// other passes FinishArticle. `warnings` may be null.
Result<bool> KeepArticle(Article& article, const ReadOptions& options,
                         std::vector<std::string>* warnings);

// "<source>: N invalid UTF-8 sequence(s) replaced with U+FFFD, first at <at>",
// `at` saying where ("byte 12 (line 3)", "byte 4 of the line").
std::string InvalidUtf8Warning(std::string_view source, size_t invalid_sequences,
                               std::string_view at);

// Error for an input over `limit` bytes: "<source>: <what> is N bytes, over the
// limit of 8 MiB (<limit_name>)".
std::unexpected<Error> OverLimit(std::string_view source, std::string_view what, size_t size,
                                 size_t limit, std::string_view limit_name);

// A stated publication time normalised with NormalizeTimestamp
// (crosswire/timestamp.h): "1999-07-07 08:30:27" -> "1999-07-07T08:30:27",
// "Wed, 14 Dec 2016 10:05:00 EST" -> "2016-12-14T10:05:00-05:00". Blank:
// nullopt. Unreadable: nullopt, and a warning "<where>: publication time left
// unset: invalid timestamp ..." appended to `warnings` (which may be null) —
// a bad date is content to repair, not structure to reject.
std::optional<std::string> NormalizePublished(std::string_view raw, std::string_view where,
                                              std::vector<std::string>* warnings);

// ---- Encodings (encoding.cc) ----------------------------------------------

enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be };
std::string_view EncodingName(TextEncoding encoding);

struct EncodingGuess {
  TextEncoding encoding = TextEncoding::kUtf8;
  size_t bom_bytes = 0;  // length of the byte order mark to skip (0, 2 or 3)
};
// From a BOM, else from the NUL pattern of the first 4 KiB of `head`.
EncodingGuess GuessEncoding(std::string_view head);

// kInvalidInput naming `source` and the offset when `content` (UTF-8 or
// undecided) holds a NUL byte: no text file does, binary files nearly always.
Result<void> RefuseBinary(std::string_view content, std::string_view source);

// UTF-16 (without BOM) to UTF-8; each unpaired surrogate or odd trailing
// byte becomes U+FFFD and is counted in *invalid.
std::string Utf16ToUtf8(std::string_view bytes, bool big_endian, size_t* invalid);

// ---- Readers, one per file (content is valid UTF-8 here) --------------------

Result<std::vector<Article>> ParseText(std::string_view content, std::string_view source);
// One JSONL line (without its newline) as an article, or nullopt for a blank
// line; `line_number` counts from 1, `stem` names articles without an id.
Result<std::optional<Article>> ParseJsonlLine(std::string_view line, std::string_view source,
                                              size_t line_number, std::string_view stem,
                                              std::vector<std::string>* warnings);
Result<std::vector<Article>> ParseJsonl(std::string_view content, std::string_view source,
                                        std::vector<std::string>* warnings);
// Appends warnings (a dropped non-web URL) to `warnings`, which may be null.
Result<std::vector<Article>> ParseHtml(std::string_view content, std::string_view source,
                                       std::vector<std::string>* warnings);
Result<std::vector<Article>> ParseDuc(std::string_view content, std::string_view source,
                                      std::vector<std::string>* warnings);
// The DOCNO and publication time of a file of one <DOC>, read as ParseDuc
// reads them, with the same warnings (appended to `warnings`, which may be
// null), without reading the text; nullopt when the file holds no <DOC> or
// several, or when ParseDuc would refuse it (it then names the fault).
struct DucHeader {
  std::string id;
  std::optional<std::string> published;
};
std::optional<DucHeader> ParseDucHeader(std::string_view content, std::string_view source,
                                        std::vector<std::string>* warnings);
// RSS 2.0 / RSS 1.0 / Atom (feed_reader.cc). Items without text are skipped
// with a warning appended to `warnings` (which may be null).
Result<std::vector<Article>> ParseFeed(std::string_view content, std::string_view source,
                                       std::vector<std::string>* warnings);
// The first element of `head` (past the XML declaration, comments and a
// DOCTYPE) is <rss>, <rdf:RDF> or <feed>.
bool LooksLikeFeed(std::string_view head);
// One Multi-News line (articles separated by "|||||"). `source` names the line
// ("file.src:12"); `id_prefix` starts every article id. Empty segments are
// skipped with a warning appended to `warnings`.
Result<std::vector<Article>> ParseMultiNewsLine(std::string_view line, std::string_view source,
                                                std::string_view id_prefix,
                                                std::vector<std::string>* warnings);

}  // namespace crosswire::ingest::internal
