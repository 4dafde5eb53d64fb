// crosswire/article.h — what came in: one news report, as read.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace crosswire {

// One article as read from its source. Immutable once read: every byte span the
// library reports (sentences, facts) indexes into `text`.
struct Article {
  std::string id;                        // unique within a story (JSONL id, DOCNO, file stem)
  std::string outlet;                    // source name; defaults to `id`
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601, normalised (timestamp.h)
  std::optional<std::string> author;     // byline name(s), "A, B" when several
  std::string language = "en";           // ISO 639-1
  std::string text;                      // the body, valid UTF-8 (repaired on read)
  std::string source;                    // where it came from: "dir/file.txt", "a.jsonl:17"
};

// A story as read: the articles of one event, and what was repaired on the way.
struct Story {
  std::string id;                        // directory name, Multi-News line number, DUC topic
  std::vector<Article> articles;
  std::vector<std::string> warnings;     // e.g. "a.txt: 3 invalid UTF-8 sequences replaced"
};

}  // namespace crosswire
