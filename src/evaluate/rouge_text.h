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
#include "rouge_metrics.h"

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

// A summary after ROUGE's reading rules, as ids of the TokenInterner that read it.
struct SummaryTokens {
  std::vector<TokenId> tokens;                  // readText + createNGram path
  std::vector<std::vector<TokenId>> sentences;  // readText_LCS + tokenizeText_LCS path
  int64_t invalid_utf8_offset = -1;             // first bad byte, -1 if valid UTF-8
};

// Splits like Perl's split(/\s+/, s): a leading empty field is kept when `s`
// starts with whitespace, trailing empty fields are dropped.
std::vector<std::string_view> PerlSplitWhitespace(std::string_view s);

// The sentences of a summary in `format`, lowercased (A-Z only unless unicode).
// With a word limit (-l) it stops after the sentence that reaches the limit:
// readText and readText_LCS both cut there, so later sentences are never used.
std::vector<std::string> ExtractSentences(std::string_view content, RougeInputFormat format,
                                          int64_t limit_words = 0);

// readText: the sentences joined by spaces and cut to the limit; nullopt
// stands for Perl's undef (nothing kept).
std::optional<std::string> TruncateJoined(const std::vector<std::string>& sentences,
                                          int64_t limit_words, int64_t limit_bytes);
// readText_LCS: the sentences cut to the limit, kept apart (with its -b quirk).
std::vector<std::string> TruncateUnits(const std::vector<std::string>& sentences,
                                       int64_t limit_words, int64_t limit_bytes);

// Distinct strings numbered 0, 1, 2, ... in order of first insertion. An
// open-addressing table over one flat array (linear probing, at most half
// full) with the strings' bytes back to back: a run looks up every token in
// one of these, and std::unordered_map's scattered nodes (an allocation per
// string, each freed at the end) made those lookups its largest cost.
class StringIndex {
 public:
  // The number of `s`, adding it when new.
  uint32_t Insert(std::string_view s);
  std::string_view at(uint32_t number) const {
    return std::string_view(bytes_).substr(entries_[number].offset, entries_[number].length);
  }
  size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t number = kEmpty;
  };
  struct Entry {
    size_t offset;
    uint32_t length;
  };
  static constexpr uint32_t kEmpty = ~uint32_t{0};

  void Grow();

  std::vector<Slot> slots_;  // size a power of two (or 0)
  std::vector<Entry> entries_;
  std::string bytes_;
};

// Gives each token the id of its final form (after stop-word removal and
// stemming, which depend only on the token and the options), memoizing the
// token's fate: a run meets the same few thousand words tens of thousands of
// times, and one lookup per token replaced a stemmer lookup, a string copy
// and a second lookup to intern the stem. One per thread; the ids are its
// own, word(id) gives the form.
class TokenInterner {
 public:
  static constexpr TokenId kDropped = ~TokenId{0};  // a removed stop word

  // Uses options.stem and options.remove_stopwords.
  TokenInterner(const RougeData& data, const TextOptions& options);

  // The id of `token`'s final form, or kDropped.
  TokenId Intern(std::string_view token);
  std::string_view word(TokenId id) const { return words_.at(id); }
  size_t size() const { return words_.size(); }

 private:
  TokenId Resolve(std::string_view token);  // a new token's id

  const RougeData& data_;
  bool stem_;
  bool remove_stopwords_;
  StringIndex tokens_;             // tokens as read
  std::vector<TokenId> token_id_;  // token number -> id or kDropped
  StringIndex words_;              // final forms; the number is the id
};

// Appends the ids of the tokens of `text` (after ROUGE's clean-up, stop-word
// removal and stemming) to `out`.
void Tokenize(std::string_view text, const TextOptions& options, TokenInterner& interner,
              std::vector<TokenId>& out);

// Reads and tokenizes one summary file. Errors: kNotFound naming the path.
// Reads a whole file of at most `limit` bytes, stopping there (so /dev/zero
// or a huge file costs at most the limit). `what` names the file in messages
// ("summary file"); kResourceExhausted names `limit_name`.
Result<std::string> ReadBoundedFile(const std::string& path, std::string_view what,
                                    size_t limit = kMaxRougeFileBytes,
                                    std::string_view limit_name = "kMaxRougeFileBytes");

Result<SummaryTokens> ReadSummary(const std::string& path, const TextOptions& options,
                                  TokenInterner& interner);

// Offset of the first byte that is not valid UTF-8, or -1.
int64_t FindInvalidUtf8(std::string_view text);

}  // namespace crosswire::rouge
