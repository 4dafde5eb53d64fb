// ReadStory and ParseContent: files, directories and standard input in; the
// format-specific readers do the parsing. Everything that every article must
// satisfy (UTF-8, not empty, under the size limit, unique id) is checked here
// once, whatever the format.
#include "crosswire/ingest.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include "crosswire/timestamp.h"
#include "crosswire/utf8.h"
#include "html_reader.h"
#include "reader_util.h"

namespace crosswire::ingest {
namespace {

namespace fs = std::filesystem;
using internal::FormatBytes;
using internal::OverLimit;

// How many bytes the detector looks at when the name does not give the format.
constexpr size_t kSniffBytes = 64 * 1024;
// A text file may exceed the article limit by its byte order mark.
constexpr size_t kMaxBomBytes = 3;

// A POSIX descriptor closed on scope exit. Plain read(2) rather than stdio:
// opening and reading 1,250 small files is mostly system calls, and stdio adds
// an fstat and a buffer per file.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ > 2) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::unexpected<Error> OpenError(std::string_view path, int error) {
  if (error == ENOENT || error == ENOTDIR) return NotFound(fmt::format("{}: no such file", path));
  return DataLoss(fmt::format("{}: cannot read: {}", path, std::strerror(error)));
}

// Reads up to `buffer->size()` bytes at the current position; returns how many.
Result<size_t> ReadSome(int fd, std::string_view path, char* data, size_t size) {
  while (true) {
    ssize_t n = ::read(fd, data, size);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR)
      return DataLoss(fmt::format("{}: read error: {}", path, std::strerror(errno)));
  }
}

// An input being read: the bytes so far, whether its end was reached. Reads
// never go past what the caller asks for, so a limit is enforced while
// reading (a 100 MB pipe or /dev/zero costs at most the limit, not its size).
class InputReader {
 public:
  InputReader(int fd, std::string_view path, size_t size_hint, bool regular)
      : fd_(fd), path_(path), size_hint_(size_hint), regular_(regular) {}

  // Reads until `target` bytes are held or the input ends.
  Result<void> FillTo(size_t target) {
    while (!eof_ && content_.size() < target) {
      size_t used = content_.size();
      // Grow geometrically, but never past the target (nor far past the
      // known size of a regular file, plus one byte to see its end).
      size_t want = std::max(used * 2, size_t{1} << 16);
      if (regular_) want = std::max(used + 1, std::min(want, size_hint_ + 1));
      want = std::min(want, target);
      content_.resize(want);
      auto n = ReadSome(fd_, path_, content_.data() + used, want - used);
      if (!n) return std::unexpected(n.error());
      content_.resize(used + *n);
      // A short read of a regular file is its end.
      if (*n == 0 || (regular_ && *n < want - used)) eof_ = true;
    }
    return {};
  }

  const std::string& content() const { return content_; }
  std::string& content() { return content_; }
  bool eof() const { return eof_; }

 private:
  int fd_;
  std::string_view path_;
  size_t size_hint_;
  bool regular_;
  std::string content_;
  bool eof_ = false;
};

// The limit that applies to a whole file of `format`: a text file is one
// article, so it may not exceed the article limit; other files hold many.
std::pair<size_t, std::string_view> FileLimit(InputFormat format, const ReadOptions& options) {
  if (format == InputFormat::kText) {
    return {std::min(options.max_article_bytes, kMaxInputBytes), "max_article_bytes"};
  }
  return {kMaxInputBytes, "kMaxInputBytes"};
}

// Reads one file or stream (`path` "-" is standard input) and parses it.
// The first kSniffBytes decide, before the rest is read, whether the input is
// binary (refused) and, when neither the option nor the name gives the
// format, which limit applies: an input that looks like plain text may not
// exceed the article limit, so reading stops there.
Result<void> ReadInput(int fd, const std::string& path, const ReadOptions& options,
                       std::vector<Article>* articles, std::vector<std::string>* warnings) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) return OpenError(path, errno);
  const bool regular = S_ISREG(info.st_mode);
  const size_t size = regular ? static_cast<size_t>(info.st_size) : 0;

  InputFormat format = options.format;
  if (format == InputFormat::kAuto && path != "-") {
    InputFormat by_name = DetectFormat(path, "");
    std::string ext = internal::FileExtension(path);
    if (by_name != InputFormat::kText || ext == "txt" || ext == "text") format = by_name;
  }
  auto slack = [](InputFormat f) { return f == InputFormat::kText ? kMaxBomBytes : 0; };
  const size_t text_limit = FileLimit(InputFormat::kText, options).first + kMaxBomBytes;
  if (format != InputFormat::kAuto) {
    auto [limit, limit_name] = FileLimit(format, options);
    if (size > limit + slack(format)) {
      // Fail before reading: a 50 MB file costs nothing.
      std::string_view what = format == InputFormat::kText ? "article" : "input";
      return OverLimit(path, what, size, limit, limit_name);
    }
  }
  InputReader reader(fd, path, size, regular);
  if (auto ok = reader.FillTo(kSniffBytes); !ok) return ok;
  {
    // Binary input is refused from its head, before reading further.
    std::string_view head = reader.content();
    internal::EncodingGuess guess = internal::GuessEncoding(head);
    if (guess.encoding == internal::TextEncoding::kUtf8) {
      if (auto ok = internal::RefuseBinary(head, path); !ok) return ok;
    }
  }
  bool detect_from_content = false;
  if (format == InputFormat::kAuto) {
    if (reader.eof() || (regular && size <= text_limit)) {
      // Small inputs are detected from their whole content.
      detect_from_content = true;
    } else {
      format = DetectFormat("", reader.content());
    }
  }
  const InputFormat limit_format = detect_from_content ? InputFormat::kText : format;
  auto [limit, limit_name] = FileLimit(limit_format, options);
  if (auto ok = reader.FillTo(limit + slack(limit_format) + 1); !ok) return ok;
  if (reader.content().size() > limit + slack(limit_format)) {
    if (!regular && !reader.eof()) {
      return ResourceExhausted(fmt::format(
          "{}: {} is over the limit of {} ({}); stopped reading there",
          path == "-" ? "standard input" : path,
          limit_name == "kMaxInputBytes" ? "input" : "article", FormatBytes(limit), limit_name));
    }
    std::string_view what = limit_name == "kMaxInputBytes" ? "input" : "article";
    return OverLimit(path, what, reader.content().size(), limit, limit_name);
  }
  auto parsed = ParseContent(reader.content(), path,
                             detect_from_content ? InputFormat::kAuto : format, options, warnings);
  if (!parsed) return std::unexpected(parsed.error());
  for (auto& article : *parsed) articles->push_back(std::move(article));
  return {};
}

Result<void> ReadFile(const std::string& path, const ReadOptions& options,
                      std::vector<Article>* articles, std::vector<std::string>* warnings) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return OpenError(path, errno);
  return ReadInput(file.get(), path, options, articles, warnings);
}

Result<void> ReadDirectory(const std::string& path, const ReadOptions& options,
                           std::vector<Article>* articles, std::vector<std::string>* warnings) {
  std::error_code error;
  std::vector<std::pair<std::string, fs::file_type>> entries;
  for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) continue;  // hidden: .DS_Store, editor backups, .git
    std::error_code type_error;
    // is_regular_file and is_directory use the type the listing already knows
    // (d_type); only links and odd entries cost a stat.
    fs::file_type type = fs::file_type::regular;
    if (!it->is_regular_file(type_error)) {
      type = it->is_directory(type_error) ? fs::file_type::directory
             : it->exists(type_error)     ? fs::file_type::unknown
                                          : fs::file_type::not_found;
    }
    entries.emplace_back(std::move(name), type);
  }
  if (error) return DataLoss(fmt::format("{}: cannot list directory: {}", path, error.message()));
  std::sort(entries.begin(), entries.end());
  size_t files = 0;
  std::string prefix = path.ends_with('/') ? path : path + "/";
  for (const auto& [name, type] : entries) {
    std::string child = prefix + name;
    if (type == fs::file_type::directory) {
      warnings->push_back(
          fmt::format("{}: subdirectory skipped (a story is one directory)", child));
      continue;
    }
    if (type == fs::file_type::not_found) {
      warnings->push_back(fmt::format("{}: broken link skipped", child));
      continue;
    }
    if (type != fs::file_type::regular) {
      // Opening a FIFO or a device found by listing could block forever.
      warnings->push_back(fmt::format("{}: not a regular file; skipped", child));
      continue;
    }
    ++files;
    if (auto read = ReadFile(child, options, articles, warnings); !read) {
      // One unreadable report (permissions, a file that vanished, an I/O
      // error) costs that report, not the story; the warning names it.
      // So does a web page with no article in it (issue 12).
      ErrorCode code = read.error().code();
      if (code != ErrorCode::kDataLoss && code != ErrorCode::kNotFound &&
          !internal::IsPageWithoutArticle(read.error())) {
        return read;
      }
      warnings->push_back(read.error().message() + "; skipped");
    }
  }
  if (files == 0) {
    return InvalidInput(fmt::format("{}: directory has no articles (no visible files)", path));
  }
  return {};
}

Result<void> ReadStdin(const ReadOptions& options, std::vector<Article>* articles,
                       std::vector<std::string>* warnings) {
  return ReadInput(STDIN_FILENO, "-", options, articles, warnings);
}

Result<void> ReadUrl(const std::string& url, const ReadOptions& options,
                     std::vector<Article>* articles, std::vector<std::string>* warnings) {
  FetchOptions fetch = options.fetch;
  fetch.max_bytes = std::min(fetch.max_bytes, kMaxInputBytes);
  auto fetched = Fetch(url, fetch);
  if (!fetched) return std::unexpected(fetched.error());
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    // The path's extension (".rss"), else the content; never the query string.
    std::string_view path = url;
    path = path.substr(0, std::min(path.find('?'), path.find('#')));
    format = DetectFormat(path, fetched->body);
  }
  auto parsed = ParseContent(fetched->body, url, format, options, warnings);
  if (!parsed) return std::unexpected(parsed.error());
  for (auto& article : *parsed) articles->push_back(std::move(article));
  return {};
}

std::string StoryId(const std::string& input) {
  if (input == "-") return "stdin";
  std::string trimmed = input;
  while (trimmed.size() > 1 && trimmed.ends_with('/')) trimmed.pop_back();
  return internal::FileStem(trimmed);
}

// The indices 0..n-1 in publication order: dated before undated, by time,
// ties (and undated ones) by id. `published(i)` and `id(i)` describe item i.
template <typename Published, typename Id>
std::vector<size_t> PublicationOrder(size_t n, Published published, Id id) {
  std::vector<std::pair<std::optional<int64_t>, size_t>> order;
  order.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const std::optional<std::string>& time = published(i);
    std::optional<int64_t> seconds;
    if (time) {
      if (auto parsed = ParseUnixSeconds(*time)) seconds = *parsed;
    }
    order.emplace_back(seconds, i);
  }
  std::ranges::sort(order, [&](const auto& x, const auto& y) {
    if (x.first.has_value() != y.first.has_value()) return x.first.has_value();
    if (x.first != y.first) return *x.first < *y.first;
    return id(x.second) < id(y.second);
  });
  std::vector<size_t> out;
  out.reserve(n);
  for (const auto& entry : order) out.push_back(entry.second);
  return out;
}

// The whole content of a regular file of at most `limit` bytes; nullopt when
// it cannot be read so (ReadFile then says why).
std::optional<std::string> SlurpSmallFile(const std::string& path, size_t limit) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return std::nullopt;
  struct stat info {};
  if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode) ||
      static_cast<size_t>(info.st_size) > limit) {
    return std::nullopt;
  }
  std::string content(static_cast<size_t>(info.st_size) + 1, '\0');
  size_t used = 0;
  while (used < content.size()) {
    auto n = ReadSome(file.get(), path, content.data() + used, content.size() - used);
    if (!n) return std::nullopt;
    if (*n == 0) break;
    used += *n;
  }
  if (used != static_cast<size_t>(info.st_size)) return std::nullopt;  // it changed meanwhile
  content.resize(used);
  return content;
}

// One file of a story directory as ReadFirstArticles sees it before reading
// its text.
struct HeaderOnly {
  std::string path;
  std::string id;
  std::optional<std::string> published;
  std::vector<std::string> warnings;  // those ReadFile would give: the date's
};

// The files of `dir` (ReadDirectory's order and rules) when each is a
// well-formed DUC/TREC SGML file of one <DOC> in plain UTF-8 with a unique
// DOCNO; nullopt otherwise (anything else is read whole).
std::optional<std::vector<HeaderOnly>> ReadDucHeaders(const std::string& dir,
                                                      const ReadOptions& options) {
  if (options.format != InputFormat::kAuto && options.format != InputFormat::kDucSgml) {
    return std::nullopt;
  }
  std::error_code error;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) continue;
    std::error_code type_error;
    if (!it->is_regular_file(type_error)) return std::nullopt;
    names.push_back(std::move(name));
  }
  if (error || names.empty() || names.size() > kMaxArticlesPerStory) return std::nullopt;
  std::sort(names.begin(), names.end());
  const std::string prefix = dir.ends_with('/') ? dir : dir + "/";
  std::vector<HeaderOnly> files;
  std::unordered_map<std::string, size_t> ids;
  for (const std::string& name : names) {
    HeaderOnly file;
    file.path = prefix + name;
    auto content = SlurpSmallFile(file.path, kMaxInputBytes);
    if (!content) return std::nullopt;
    if (options.format == InputFormat::kAuto &&
        DetectFormat(file.path, *content) != InputFormat::kDucSgml) {
      return std::nullopt;
    }
    const internal::EncodingGuess encoding = internal::GuessEncoding(*content);
    if (encoding.encoding != internal::TextEncoding::kUtf8 || encoding.bom_bytes != 0 ||
        content->find('\0') != std::string::npos || !IsValidUtf8(*content)) {
      return std::nullopt;
    }
    auto header = internal::ParseDucHeader(*content, file.path, &file.warnings);
    if (!header || !ids.emplace(header->id, files.size()).second) return std::nullopt;
    file.id = std::move(header->id);
    file.published = std::move(header->published);
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace

Result<std::vector<Article>> ParseContent(std::string_view content, std::string_view source,
                                          InputFormat format, const ReadOptions& options,
                                          std::vector<std::string>* warnings) {
  if (options.max_article_bytes == 0) {
    return InvalidInput("ReadOptions::max_article_bytes must be positive");
  }
  // Decode first, so every reader sees valid UTF-8 (JSON and HTML parsers
  // need it): UTF-16 is converted, a UTF-8 BOM skipped, binary refused.
  const std::string_view original = content;
  internal::EncodingGuess encoding = internal::GuessEncoding(content);
  std::string decoded;
  bool verbatim = true;  // whether offsets into `content` are file offsets (after base)
  size_t base = encoding.bom_bytes;
  content.remove_prefix(encoding.bom_bytes);
  if (encoding.encoding != internal::TextEncoding::kUtf8) {
    size_t invalid = 0;
    decoded = internal::Utf16ToUtf8(content, encoding.encoding == internal::TextEncoding::kUtf16Be,
                                    &invalid);
    if (invalid > 0 && warnings != nullptr) {
      warnings->push_back(fmt::format("{}: {} invalid {} sequence{} replaced with U+FFFD", source,
                                      invalid, internal::EncodingName(encoding.encoding),
                                      invalid == 1 ? "" : "s"));
    }
    content = decoded;
    verbatim = false;
    base = 0;
  }
  if (auto binary = internal::RefuseBinary(content, source); !binary) {
    return std::unexpected(binary.error());
  }
  std::string repaired;
  std::vector<Utf8Replacement> repairs;
  if (!IsValidUtf8(content)) {
    Utf8Repair repair = RepairUtf8(content);
    if (warnings != nullptr) {
      size_t first = repair.first_invalid_offset + base;
      warnings->push_back(internal::InvalidUtf8Warning(
          source, repair.invalid_sequences,
          fmt::format("byte {} (line {})", first, internal::LineAt(original, first))));
    }
    repaired = std::move(repair.text);
    if (verbatim) repairs = std::move(repair.replacements);
    content = repaired;
  }
  if (format == InputFormat::kAuto) format = DetectFormat(source, content);

  Result<std::vector<Article>> articles;
  switch (format) {
    case InputFormat::kAuto:
    case InputFormat::kText:
      articles = internal::ParseText(content, source);
      break;
    case InputFormat::kJsonl:
      articles = internal::ParseJsonl(content, source, warnings);
      break;
    case InputFormat::kHtml:
      articles = internal::ParseHtml(content, source, warnings);
      break;
    case InputFormat::kDucSgml:
      articles = internal::ParseDuc(content, source, warnings);
      break;
    case InputFormat::kFeed:
      articles = internal::ParseFeed(content, source, warnings);
      break;
    case InputFormat::kMultiNews: {
      // One line is one story; ReadMultiNews reads files of many.
      std::vector<std::string_view> lines;
      size_t line_number = 0, pos = 0, found_at = 0;
      while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos) end = content.size();
        ++line_number;
        if (!internal::IsBlank(content.substr(pos, end - pos))) {
          lines.push_back(content.substr(pos, end - pos));
          found_at = line_number;
        }
        pos = end + 1;
      }
      if (lines.size() != 1) {
        return InvalidInput(fmt::format(
            "{}: a Multi-News input holds one story per line; found {} non-blank lines where one "
            "story was expected (read the file with ReadMultiNews)",
            source, lines.size()));
      }
      std::string line_source = fmt::format("{}:{}", source, found_at);
      std::vector<std::string> ignored;
      articles = internal::ParseMultiNewsLine(lines[0], line_source, internal::FileStem(source),
                                              warnings != nullptr ? warnings : &ignored);
      break;
    }
  }
  if (!articles) return articles;
  if (format == InputFormat::kAuto || format == InputFormat::kText) {
    // Plain text is the file byte for byte: keep what undoes BOM and repairs.
    for (Article& article : *articles) {
      article.source_base = base;
      article.source_repairs = std::move(repairs);
    }
  }
  std::vector<Article> kept;
  kept.reserve(articles->size());
  for (Article& article : *articles) {
    auto keep = internal::KeepArticle(article, options, warnings);
    if (!keep) return std::unexpected(keep.error());
    if (*keep) kept.push_back(std::move(article));
  }
  return kept;
}

Result<Story> ReadStory(const std::vector<std::string>& inputs, const ReadOptions& options) {
  if (inputs.empty()) return InvalidInput("no input given: name a file, a directory or -");
  if (options.max_article_bytes == 0) {
    return InvalidInput("ReadOptions::max_article_bytes must be positive");
  }
  Story story;
  story.id = StoryId(inputs.front());
  for (const std::string& input : inputs) {
    Result<void> read;
    if (input == "-") {
      read = ReadStdin(options, &story.articles, &story.warnings);
    } else if (IsUrl(input)) {
      read = ReadUrl(input, options, &story.articles, &story.warnings);
    } else {
      std::error_code error;
      fs::file_status status = fs::status(input, error);
      if (status.type() == fs::file_type::not_found) {
        return NotFound(fmt::format("{}: no such file or directory", input));
      }
      if (status.type() == fs::file_type::directory) {
        read = ReadDirectory(input, options, &story.articles, &story.warnings);
      } else {
        read = ReadFile(input, options, &story.articles, &story.warnings);
      }
    }
    if (!read && inputs.size() > 1 && internal::IsPageWithoutArticle(read.error())) {
      // One page without an article does not sink a story of several.
      story.warnings.push_back(read.error().message() + "; skipped");
      continue;
    }
    if (!read) return std::unexpected(read.error());
    if (story.articles.size() > kMaxArticlesPerStory) {
      return ResourceExhausted(
          fmt::format("{}: story has more than {} articles (kMaxArticlesPerStory)", input,
                      kMaxArticlesPerStory));
    }
  }
  std::unordered_map<std::string_view, size_t> seen;
  for (size_t i = 0; i < story.articles.size(); ++i) {
    auto [it, inserted] = seen.emplace(story.articles[i].id, i);
    if (!inserted) {
      return InvalidInput(fmt::format("duplicate article id \"{}\": in {} and in {}",
                                      Abbreviate(story.articles[i].id),
                                      story.articles[it->second].source, story.articles[i].source));
    }
  }
  return story;
}

void KeepFirstArticles(std::vector<Article>* articles, size_t count) {
  if (count == 0 || articles->size() <= count) return;
  const std::vector<size_t> order = PublicationOrder(
      articles->size(), [&](size_t i) -> const auto& { return (*articles)[i].published; },
      [&](size_t i) -> const std::string& { return (*articles)[i].id; });
  std::vector<Article> kept;
  kept.reserve(count);
  for (size_t k = 0; k < count; ++k) kept.push_back(std::move((*articles)[order[k]]));
  *articles = std::move(kept);
}

Result<Story> ReadFirstArticles(const std::string& input, size_t count,
                                const ReadOptions& options) {
  auto whole = [&]() -> Result<Story> {
    auto story = ReadStory({input}, options);
    if (story) KeepFirstArticles(&story->articles, count);
    return story;
  };
  std::error_code error;
  if (count == 0 || options.max_article_bytes == 0 || IsUrl(input) ||
      !fs::is_directory(input, error)) {
    return whole();
  }
  std::optional<std::vector<HeaderOnly>> files = ReadDucHeaders(input, options);
  // With no more articles than asked for, all are kept in file order.
  if (!files || files->size() <= count) return whole();
  const std::vector<size_t> order = PublicationOrder(
      files->size(), [&](size_t i) -> const auto& { return (*files)[i].published; },
      [&](size_t i) -> const std::string& { return (*files)[i].id; });
  // The files in that order until one more article than asked for is read:
  // an empty article is dropped (as ReadStory drops it), and the extra one
  // shows that the story has more than `count`, so that the cut applies.
  Story story;
  story.id = StoryId(input);
  std::vector<std::optional<std::vector<std::string>>> read_warnings(files->size());
  size_t next = 0;
  for (; next < order.size() && story.articles.size() <= count; ++next) {
    const HeaderOnly& file = (*files)[order[next]];
    std::vector<Article> articles;
    std::vector<std::string>& warnings = read_warnings[order[next]].emplace();
    if (auto read = ReadFile(file.path, options, &articles, &warnings); !read) {
      return whole();  // unreadable since its header was read: as ReadStory says
    }
    if (articles.size() > 1 ||
        (articles.size() == 1 &&
         (articles[0].id != file.id || articles[0].published != file.published))) {
      return whole();  // not what its header said: never expected, but read it whole then
    }
    for (Article& article : articles) story.articles.push_back(std::move(article));
  }
  if (story.articles.size() <= count) return whole();
  story.articles.erase(story.articles.begin() + static_cast<std::ptrdiff_t>(count),
                       story.articles.end());
  // Warnings in file order, as ReadStory gives them; a file whose text was
  // not read gives its header's (an empty text it holds goes unreported).
  for (size_t f = 0; f < files->size(); ++f) {
    std::vector<std::string>& warnings =
        read_warnings[f] ? *read_warnings[f] : (*files)[f].warnings;
    for (std::string& w : warnings) story.warnings.push_back(std::move(w));
  }
  return story;
}

}  // namespace crosswire::ingest
