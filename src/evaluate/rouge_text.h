// Reading and tokenizing summaries the way ROUGE-1.5.5 does (see rouge_text.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosswire/error.h"
#include "crosswire/evaluate.h"

namespace crosswire::rouge {

struct TextOptions {
  RougeInputFormat format = RougeInputFormat::kSpl;
  int64_t limit_words = 0;  // -l
  int64_t limit_bytes = 0;  // -b
  bool stem = false;
  bool remove_stopwords = false;
  bool unicode = false;
  bool need_lcs_units = false;  // also build the per-sentence units (ROUGE-L/W)
};

// A summary after ROUGE's reading rules.
struct SummaryTokens {
  std::vector<std::string> tokens;                  // readText + createNGram path
  std::vector<std::vector<std::string>> sentences;  // readText_LCS + tokenizeText_LCS path
  int64_t invalid_utf8_offset = -1;                 // first bad byte, -1 if valid UTF-8
};

// Splits like Perl's split(/\s+/, s): a leading empty field is kept when `s`
// starts with whitespace, trailing empty fields are dropped.
std::vector<std::string_view> PerlSplitWhitespace(std::string_view s);

// The sentences of a summary in `format`, lowercased (A-Z only unless unicode).
std::vector<std::string> ExtractSentences(std::string_view content, RougeInputFormat format);

// readText: the sentences joined by spaces and cut to the limit; nullopt
// stands for Perl's undef (nothing kept).
std::optional<std::string> TruncateJoined(const std::vector<std::string>& sentences,
                                          int64_t limit_words, int64_t limit_bytes);
// readText_LCS: the sentences cut to the limit, kept apart (with its -b quirk).
std::vector<std::string> TruncateUnits(const std::vector<std::string>& sentences,
                                       int64_t limit_words, int64_t limit_bytes);

// Memoizing stemmer (exception list, then Porter); one per thread.
class WordStemmer {
 public:
  explicit WordStemmer(const RougeData& data) : data_(data) {}
  const std::string& Stem(const std::string& word);

 private:
  const RougeData& data_;
  std::unordered_map<std::string, std::string> cache_;
};

// Appends the tokens of `text` (after ROUGE's clean-up, stop-word removal and
// stemming) to `out`.
void Tokenize(std::string_view text, const TextOptions& options, const RougeData& data,
              WordStemmer& stemmer, std::vector<std::string>& out);

// Reads and tokenizes one summary file. Errors: kNotFound naming the path.
// Reads a whole file of at most `limit` bytes, stopping there (so /dev/zero
// or a huge file costs at most the limit). `what` names the file in messages
// ("summary file"); kResourceExhausted names `limit_name`.
Result<std::string> ReadBoundedFile(const std::string& path, std::string_view what,
                                    size_t limit = kMaxRougeFileBytes,
                                    std::string_view limit_name = "kMaxRougeFileBytes");

Result<SummaryTokens> ReadSummary(const std::string& path, const TextOptions& options,
                                  const RougeData& data, WordStemmer& stemmer);

// Offset of the first byte that is not valid UTF-8, or -1.
int64_t FindInvalidUtf8(std::string_view text);

}  // namespace crosswire::rouge
