// How ROUGE-1.5.5 turns a summary file into tokens.
//
// Lin (2004) defines ROUGE over words; the Perl script fixes what a word is:
//  1. Sentences: SPL takes every non-empty line (after removing only "\n");
//     SEE and ISI take the text of their sentence markup. Each sentence is
//     lowercased with tr/A-Z/a-z/ (ASCII only).
//  2. Length limit (-l words / -b bytes) on the raw sentences, before any
//     clean-up: words are fields of split(/\s+/), so "(AP) - When" is three
//     words and a line starting with a space has an extra empty first field.
//     readText keeps whole sentences while the running total stays strictly
//     below the limit, then cuts the next one to fill it exactly. readText_LCS
//     (the ROUGE-L/W units) does the same for words, but with -b it never
//     adds to its running byte total, so every sentence shorter than the
//     limit is kept and only the first one at least as long is cut: a bug we
//     reproduce, since ROUGE-L scores depend on it.
//  3. Clean-up: "-" is set apart, every byte outside [A-Za-z0-9-] becomes a
//     space, and the lone "-" tokens are then dropped by the
//     /^[a-z0-9\$]/ filter, so tokens are maximal runs of [a-z0-9].
//  4. With -s the SMART stop words are dropped; with -m every token longer
//     than 3 bytes is looked up in the WordNet exception list and otherwise
//     Porter-stemmed (porter_stemmer.cc).
// crosswire's --unicode mode replaces steps 1 and 3 by ICU's notion of letters
// and digits (lowercased per code point), for text in any script; ROUGE-1.5.5
// would see non-ASCII letters as spaces.
#include "rouge_text.h"

#include <fcntl.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <regex>
#include <sstream>

#include "crosswire/utf8.h"
#include "porter_stemmer.h"

namespace crosswire::rouge {
namespace {

bool IsPerlSpace(char c) {
  // One test for the common case (a letter): every space is <= ' '.
  return static_cast<unsigned char>(c) <= ' ' &&
         (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string Join(const std::vector<std::string_view>& fields, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    if (i < fields.size()) out.append(fields[i]);
  }
  return out;
}

// PerlSplitWhitespace(s).size() without building the fields: the length
// limit counts the words of every sentence it keeps whole.
size_t CountPerlFields(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {  // counts word starts, without branches on the text
    const bool space = IsPerlSpace(c);
    words += static_cast<size_t>(!space && !in_word);
    in_word = !space;
  }
  // Perl keeps a leading empty field, unless it would be the only one.
  return words > 0 && IsPerlSpace(s[0]) ? words + 1 : words;
}

}  // namespace

std::vector<std::string_view> PerlSplitWhitespace(std::string_view s) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  const size_t n = s.size();
  if (n > 0 && IsPerlSpace(s[0])) {
    fields.emplace_back();  // leading empty field
    while (i < n && IsPerlSpace(s[i])) ++i;
  }
  while (i < n) {
    size_t start = i;
    while (i < n && !IsPerlSpace(s[i])) ++i;
    fields.push_back(s.substr(start, i - start));
    while (i < n && IsPerlSpace(s[i])) ++i;
  }
  // Perl drops trailing empty fields; only the leading one can be empty.
  if (fields.size() == 1 && fields[0].empty()) fields.clear();
  return fields;
}

std::vector<std::string> ExtractSentences(std::string_view content, RougeInputFormat format,
                                          int64_t limit_words) {
  std::vector<std::string> sentences;
  int64_t words = 0;
  size_t pos = 0;
  while (pos < content.size() && (limit_words == 0 || words < limit_words)) {
    size_t end = content.find('\n', pos);
    std::string_view line =
        end == std::string_view::npos ? content.substr(pos) : content.substr(pos, end - pos);
    pos = end == std::string_view::npos ? content.size() : end + 1;
    std::string text;
    if (format == RougeInputFormat::kSpl || format == RougeInputFormat::kSimple) {
      if (line.empty()) continue;
      text.assign(line);
    } else {
      // Compiled on first use of the format (std::regex construction was a
      // fixed cost of every run, SPL ones included, when they were built up front).
      std::string line_copy(line);
      std::smatch m;
      if (format == RougeInputFormat::kSee) {
        static const std::regex kSee1(
            R"(^<a size="[0-9]+" name="[0-9]+">\[([0-9]+)\]</a>\s+<a href="#[0-9]+" id=[0-9]+>([^<]+))");
        static const std::regex kSee2(
            R"(^<a name="[0-9]+">\[([0-9]+)\]</a>\s+<a href="#[0-9]+" id=[0-9]+>([^<]+))");
        if (std::regex_search(line_copy, m, kSee1) || std::regex_search(line_copy, m, kSee2)) {
          text = m[2].str();
        } else {
          continue;
        }
      } else {
        static const std::regex kIsi(R"(^<S SNTNO="[0-9a-z,]+">([^<]+)</S>)");
        if (!std::regex_search(line_copy, m, kIsi)) continue;
        text = m[1].str();
      }
    }
    for (char& c : text) c = AsciiLower(c);
    if (limit_words != 0) words += static_cast<int64_t>(CountPerlFields(text));
    sentences.push_back(std::move(text));
  }
  return sentences;
}

std::optional<std::string> TruncateJoined(const std::vector<std::string>& sentences,
                                          int64_t limit_words, int64_t limit_bytes) {
  std::string text;
  if (limit_words == 0 && limit_bytes == 0) {
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (i > 0) text += ' ';
      text += sentences[i];
    }
    return text;
  }
  int64_t used = 0;
  for (const std::string& s : sentences) {
    if (limit_words != 0) {
      const auto len = static_cast<int64_t>(CountPerlFields(s));
      if (used + len < limit_words) {
        if (used != 0) text += ' ';
        text += s;
        used += len;
      } else {
        if (used > 0) text += ' ';
        text += Join(PerlSplitWhitespace(s), static_cast<size_t>(limit_words - used));
        break;
      }
    } else {
      const auto len = static_cast<int64_t>(s.size());
      if (used + len < limit_bytes) {
        if (used != 0) text += ' ';
        text += s;
        used += len;
      } else {
        if (used > 0) text += ' ';
        text += s.substr(0, static_cast<size_t>(limit_bytes - used));
        break;
      }
    }
  }
  if (text.empty()) return std::nullopt;
  return text;
}

std::vector<std::string> TruncateUnits(const std::vector<std::string>& sentences,
                                       int64_t limit_words, int64_t limit_bytes) {
  if (limit_words == 0 && limit_bytes == 0) return sentences;
  std::vector<std::string> units;
  int64_t used = 0;
  for (const std::string& s : sentences) {
    if (limit_words != 0) {
      const auto len = static_cast<int64_t>(CountPerlFields(s));
      if (used + len < limit_words) {
        used += len;
        units.push_back(s);
      } else {
        units.push_back(Join(PerlSplitWhitespace(s), static_cast<size_t>(limit_words - used)));
        break;
      }
    } else {
      // ROUGE-1.5.5 never advances its byte count here (see the essay above).
      if (static_cast<int64_t>(s.size()) < limit_bytes) {
        units.push_back(s);
      } else {
        units.push_back(s.substr(0, static_cast<size_t>(limit_bytes)));
        break;
      }
    }
  }
  return units;
}

uint32_t StringIndex::Insert(std::string_view s) {
  if (2 * (entries_.size() + 1) > slots_.size()) Grow();  // keep it at most half full
  const uint64_t hash = std::hash<std::string_view>{}(s);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  for (; slots_[i].number != kEmpty; i = (i + 1) & mask) {
    if (slots_[i].hash == hash && at(slots_[i].number) == s) return slots_[i].number;
  }
  const auto number = static_cast<uint32_t>(entries_.size());
  slots_[i] = Slot{hash, number};
  entries_.push_back(Entry{bytes_.size(), static_cast<uint32_t>(s.size())});
  bytes_.append(s);
  return number;
}

void StringIndex::Grow() {
  std::vector<Slot> old(std::max<size_t>(slots_.size() * 2, 1 << 12));
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.number == kEmpty) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].number != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

TokenInterner::TokenInterner(const RougeData& data, const TextOptions& options)
    : data_(data), stem_(options.stem), remove_stopwords_(options.remove_stopwords) {}

TokenId TokenInterner::Intern(std::string_view token) {
  const uint32_t number = tokens_.Insert(token);
  if (number == token_id_.size()) token_id_.push_back(Resolve(token));
  return token_id_[number];
}

TokenId TokenInterner::Resolve(std::string_view token_view) {
  const std::string token(token_view);
  if (remove_stopwords_ && data_.stopwords.contains(token)) return kDropped;
  bool ascii = true;
  for (char c : token) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (stem_ && token.size() > 3 && ascii) {
    auto exc = data_.exceptions.find(token);
    return words_.Insert(exc != data_.exceptions.end() ? exc->second : PorterStem(token));
  }
  return words_.Insert(token);
}

namespace {

void EmitToken(std::string_view token, TokenInterner& interner, std::vector<TokenId>& out) {
  const TokenId id = interner.Intern(token);
  if (id != TokenInterner::kDropped) out.push_back(id);
}

}  // namespace

void Tokenize(std::string_view text, const TextOptions& options, TokenInterner& interner,
              std::vector<TokenId>& out) {
  if (!options.unicode) {
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && !IsAsciiAlnum(text[i])) ++i;
      size_t start = i;
      while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
      if (i > start) EmitToken(text.substr(start, i - start), interner, out);
    }
    return;
  }
  std::string token;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) {
      c = u_tolower(c);
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, c);
      token.append(buf, static_cast<size_t>(n));
    } else if (!token.empty()) {
      EmitToken(token, interner, out);
      token.clear();
    }
  }
  if (!token.empty()) EmitToken(token, interner, out);
}

int64_t FindInvalidUtf8(std::string_view text) {
  // The common case, valid text, by base's check (ASCII runs eight bytes at
  // a time); the offset is looked for only in text that has one.
  if (IsValidUtf8(text)) return -1;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return start;
  }
  return -1;
}

// POSIX open/read rather than std::ifstream: a small run reads some 850
// files, and the stream's buffer and locale set-up per file cost more than
// the read itself.
Result<std::string> ReadBoundedFile(const std::string& path, std::string_view what, size_t limit,
                                    std::string_view limit_name) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NotFound("cannot open " + std::string(what) + " " + path);
  std::string content;
  char buffer[1 << 16];
  bool failed = false;
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) failed = true;
    if (got <= 0) break;
    content.append(buffer, static_cast<size_t>(got));
    if (content.size() > limit) {
      ::close(fd);
      return ResourceExhausted(path + ": " + std::string(what) + " is over the limit of " +
                               std::to_string(limit >> 20) + " MiB (" + std::string(limit_name) +
                               ")");
    }
  }
  ::close(fd);
  if (failed) return DataLoss("cannot read " + std::string(what) + " " + path);
  return content;
}

Result<SummaryTokens> ReadSummary(const std::string& path, const TextOptions& options,
                                  TokenInterner& interner) {
  auto read = ReadBoundedFile(path, "summary file");
  if (!read) return std::unexpected(read.error());
  const std::string content = std::move(*read);

  SummaryTokens result;
  result.invalid_utf8_offset = FindInvalidUtf8(content);
  if (options.unicode && result.invalid_utf8_offset >= 0) {
    return InvalidInput(path + ": byte " + std::to_string(result.invalid_utf8_offset) +
                        " is not valid UTF-8 (--unicode needs UTF-8 input)");
  }
  const std::vector<std::string> sentences =
      ExtractSentences(content, options.format, options.limit_words);
  if (std::optional<std::string> joined =
          TruncateJoined(sentences, options.limit_words, options.limit_bytes)) {
    Tokenize(*joined, options, interner, result.tokens);
  }
  if (options.need_lcs_units) {
    for (const std::string& unit :
         TruncateUnits(sentences, options.limit_words, options.limit_bytes)) {
      result.sentences.emplace_back();
      Tokenize(unit, options, interner, result.sentences.back());
    }
  }
  return result;
}

}  // namespace crosswire::rouge
