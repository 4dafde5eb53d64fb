// crosswire/ingest.h — readers: plain text, HTML, JSONL, DUC/TREC SGML,
// Multi-News, with the format detected from the name or the content.
//
// Readers repair content and reject structure: invalid UTF-8 inside text is
// replaced with U+FFFD and reported in `Story::warnings`; a malformed JSON line,
// a missing field, an unreadable input named by the caller or an input over a
// limit is an Error whose message names the file and the line or byte
// position. An empty article, or an unreadable file found in a directory, is
// skipped with a warning naming it. Nothing is dropped silently. docs/formats.md describes every
// format, the detection rules and the limits.
//
// Thread safety: every function here is reentrant (no global state); reading
// "-" consumes the process's standard input.
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/article.h"
#include "crosswire/error.h"
#include "crosswire/fetch.h"

namespace crosswire::ingest {

enum class InputFormat {
  kAuto,       // from the file name, else from the content
  kText,       // one article per file, kept byte for byte; id = file stem, no title
  kJsonl,      // one article per line: id, outlet, url, title, published, language, text
               // (text required; others optional; unknown fields ignored)
  kHtml,       // one article per page; main text only (libgumbo), metadata from <head>
  kDucSgml,    // <DOC><DOCNO>…<TEXT><P>…; one or more articles per file
  kMultiNews,  // one story per line, articles separated by "|||||", NEWLINE_CHAR = newline
  kFeed,       // RSS 2.0, RSS 1.0 or Atom: one article per item (libxml2; docs/formats.md)
};

// "auto", "text", "jsonl", "html", "duc", "multinews", "feed"; kInvalidInput otherwise.
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// Limits, named so that messages can cite them.
inline constexpr size_t kMaxArticleBytes = 8u << 20;  // 8 MiB of text per article
inline constexpr size_t kMaxInputBytes = 1u << 30;    // 1 GiB per input file
inline constexpr size_t kMaxArticlesPerStory = 100000;
inline constexpr size_t kMaxHtmlDepth = 2000;  // element nesting in one HTML page
// One line of a JSONL file read by ArticleStream (an 8 MiB text with JSON
// escapes, plus the other fields, fits).
inline constexpr size_t kMaxJsonlLineBytes = 64u << 20;

struct ReadOptions {
  // The format of every input; kAuto (the default) detects it per file.
  InputFormat format = InputFormat::kAuto;
  // Largest article text, in bytes after decoding (default 8 MiB; must be > 0).
  // A plain-text file over it is rejected from its size, before it is read;
  // a pipe, standard input or device that looks like text is read only up to
  // it (so /dev/zero or 100 MB on stdin costs at most this much).
  size_t max_article_bytes = kMaxArticleBytes;
  // ISO 639-1 code given to articles that do not state one (HTML <html lang>
  // and the JSONL "language" field do).
  std::string language = "en";
  // Limits for http(s):// inputs (crosswire/fetch.h); max_bytes is further
  // capped at kMaxInputBytes.
  FetchOptions fetch = {};
  // Longest line of a JSONL file that ArticleStream reads line by line, in
  // bytes (default kMaxJsonlLineBytes; must be > 0). A longer line is an
  // error naming the file and line; it is never held whole.
  size_t max_line_bytes = kMaxJsonlLineBytes;
};

// Detects the format of one file from its name (extension: .txt .text, .jsonl
// .ndjson, .html .htm .xhtml, .sgml .sgm, .rss .atom) and, failing that, its
// content: "<DOC>" first -> DUC; first element <rss>, <rdf:RDF> or <feed> (past
// an XML declaration, comments and a DOCTYPE) -> feed;
// "<!DOCTYPE html" or "<html" -> HTML; every non-blank
// line starting with '{' -> JSONL; containing "|||||" -> Multi-News; else
// text. Never kAuto. Linear in content.size().
InputFormat DetectFormat(std::string_view file_name, std::string_view content);

// Reads every input (file, directory — one article per file, or per JSONL
// line —, "-" for standard input, or an http(s):// URL fetched with
// options.fetch, see crosswire/fetch.h) into one story. Article ids must be unique;
// a duplicate is an error naming both sources.
//
// A directory's files are read in name order; hidden files (".x") are skipped
// and subdirectories are skipped with a warning. Story::id is the first input's
// name without extension ("stdin" for "-").
// Empty articles, unreadable files and web pages with no article in them
// inside a directory are skipped with a warning, so the story may come back
// with no article at all (its warnings say why); a web page with no article
// among several inputs is skipped with a warning too (one bad page never sinks
// a story; a single such input is an error).
// Errors: kNotFound (no such file), kDataLoss (unreadable input),
// kInvalidInput (no inputs, directory without visible files, malformed
// record, duplicate id, binary input),
// kResourceExhausted (an article over max_article_bytes, a file over
// kMaxInputBytes, a story over kMaxArticlesPerStory, HTML over kMaxHtmlDepth).
Result<Story> ReadStory(const std::vector<std::string>& inputs, const ReadOptions& options = {});

// Keeps the first `count` articles in publication order: the dated ones by
// time (Article::published), then the undated ones, ties broken by id. With
// `count` 0, or no more articles than `count`, the articles stay as they are,
// in their order.
void KeepFirstArticles(std::vector<Article>* articles, size_t count);

// ReadStory({input}, options) with KeepFirstArticles(count) applied, the
// same articles and warnings, but reading the text of only the articles it
// keeps when `input` is a directory of DUC/TREC SGML files of one <DOC> each
// (DUC's layout): the others' DOCNO and date are read, not their text (one
// more is read, to see that the story holds more than `count`). The one
// difference is that the text of a file not read past its header is not
// checked: ReadStory would warn about an empty one and fail on one over
// max_article_bytes. Any other input, or a file that is not such a document,
// is read whole.
Result<Story> ReadFirstArticles(const std::string& input, size_t count,
                                const ReadOptions& options = {});

// A stream of articles over many inputs, for ingesting and clustering: the
// inputs are read one at a time, in order (a directory's files in name order,
// as ReadStory reads them), and their articles come out one by one. Unlike
// ReadStory, an id may repeat across inputs — a feed fetched twice, two dumps
// that overlap —: what a repeated id means is the store's decision
// (crosswire/store.h). Memory holds one input's articles at a time, except
// for JSONL files (format kJsonl, or kAuto and the extension .jsonl or
// .ndjson; UTF-8): those are read line by line, so memory holds one line (at
// most options.max_line_bytes) and a 64 KiB read buffer, and a file of any
// size can be streamed (kMaxInputBytes does not apply to them).
//
// An input that fails (unreadable, malformed, over a limit) makes Next return
// its error; the stream has then moved past that input, and calling Next
// again continues with the next one, so a caller chooses between stopping at
// the first bad input and skipping it with a message. A JSONL file read line
// by line has given its articles before a bad line by then (a malformed line
// is an error naming the file and line; the rest of that file is skipped).
// Within such a file an id may repeat too, as across inputs.
//
// Thread safety: one thread at a time.
class ArticleStream {
 public:
  explicit ArticleStream(std::vector<std::string> inputs, ReadOptions options = {});
  ArticleStream(ArticleStream&&) noexcept;
  ArticleStream& operator=(ArticleStream&&) noexcept;
  ~ArticleStream();

  // The next article, or nullopt when every input has been read.
  Result<std::optional<Article>> Next();

  // Warnings met since the last call (repaired UTF-8, skipped feed items,
  // skipped subdirectories, unreadable dates), in order.
  std::vector<std::string> TakeWarnings();

  // Inputs (files, URLs, "-") read so far, failed ones included.
  size_t inputs_read() const { return inputs_read_; }

  // The most bytes of one input held in memory at once so far: a whole file's
  // size for inputs read whole, a line plus the read buffer for JSONL files
  // read line by line. (What makes the streaming testable.)
  size_t peak_input_bytes() const { return peak_input_bytes_; }

 private:
  class JsonlFile;
  Result<void> ReadNextInput();

  std::deque<std::string> pending_;
  ReadOptions options_;
  std::deque<Article> buffer_;
  std::vector<std::string> warnings_;
  size_t inputs_read_ = 0;
  size_t peak_input_bytes_ = 0;
  std::unique_ptr<JsonlFile> jsonl_;  // the JSONL file being read line by line
};

// Parses the content of one file (already read) as `format` (kAuto: detected
// from `source` and `content`). The encoding is decided first: a UTF-8 BOM is
// skipped, UTF-16 (BOM, or NULs in every other byte) is converted, and any
// other NUL byte makes the input binary: kInvalidInput naming the offset.
// Plain-text articles get Article::source_base/source_repairs, so spans can
// be mapped back to `content` with SourceOffset(). `source` names the file in messages and in
// Article::source; ids default to its stem. Appends warnings (repaired UTF-8,
// skipped Multi-News slots) to `warnings`, which may be null. A kMultiNews
// content must hold exactly one story line.
Result<std::vector<Article>> ParseContent(std::string_view content, std::string_view source,
                                          InputFormat format, const ReadOptions& options,
                                          std::vector<std::string>* warnings);

// Multi-News: each non-blank line of the file is one story, with id
// "<file stem>-<line>" and articles "<story id>-<slot>". Empty article slots
// (common in the published data) are skipped with a warning in that story.
Result<std::vector<Story>> ReadMultiNews(const std::string& path, const ReadOptions& options = {});

// A DUC topic statement: <topic><num><title><narr> (duc2006_topics.sgml,
// duc2007_topics.sgml, duc2007_UPDATEtopics.sgml). Whitespace is folded.
struct Topic {
  std::string id;  // "D0601A"
  std::string title;
  std::string narrative;

  // What a query-focused summarizer is given: the title, closed as a
  // sentence, then the narrative.
  std::string Query() const {
    std::string q = title;
    if (!q.empty() && q.back() != '.' && q.back() != '?') q += ".";
    return q + " " + narrative;
  }
};
Result<std::vector<Topic>> ReadDucTopics(const std::string& path);

}  // namespace crosswire::ingest
