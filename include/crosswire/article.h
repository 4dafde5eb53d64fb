// crosswire/article.h — what came in: one news report, as read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crosswire/utf8.h"

namespace crosswire {

// One article as read from its source. Immutable once read: every byte span the
// library reports (sentences, facts) indexes into `text`.
struct Article {
  std::string id;      // unique within a story (JSONL id, DOCNO, file stem)
  std::string outlet;  // source name; defaults to `id`
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601, normalised (timestamp.h)
  std::optional<std::string> author;     // byline name(s), "A, B" when several
  std::string language = "en";           // ISO 639-1
  std::string text;                      // the body, valid UTF-8 (repaired on read)
  std::string source;                    // where it came from: "dir/file.txt", "a.jsonl:17"

  // Where `text` lies in the file as read, for plain text, which keeps the
  // file byte for byte except a leading UTF-8 BOM (skipped) and invalid UTF-8
  // (each ill-formed sequence became U+FFFD). SourceOffset() undoes both, so
  // the byte spans crosswire prints index the file on disk. Empty/zero for
  // the other formats (and UTF-16 input): their spans index `text`.
  size_t source_base = 0;                       // file bytes before text[0] (3 for a BOM)
  std::vector<Utf8Replacement> source_repairs;  // repairs, offsets after source_base
};

// Byte offset `text_offset` of article.text as an offset into what was read
// (the file, for plain text; article.text itself otherwise).
inline size_t SourceOffset(const Article& article, size_t text_offset) {
  return article.source_base + MapToInput(article.source_repairs, text_offset);
}

// A story as read: the articles of one event, and what was repaired on the way.
struct Story {
  std::string id;  // directory name, Multi-News line number, DUC topic
  std::vector<Article> articles;
  std::vector<std::string> warnings;  // e.g. "a.txt: 3 invalid UTF-8 sequences replaced"
};

}  // namespace crosswire
