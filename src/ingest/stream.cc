// ArticleStream: ReadStory one input at a time. Directories are expanded
// when they are reached (not up front), with the rules ReadStory applies to
// them: name order, hidden files skipped, subdirectories and non-regular
// files skipped with a warning. JSONL files are read line by line (a
// 2 GB dump was refused by kMaxInputBytes, and under it was held whole):
// each line goes through what ParseContent does to a whole file — UTF-8
// BOM skipped, NUL refused, invalid UTF-8 repaired with a warning, the line
// parsed, a blank article skipped with a warning, FinishArticle's limits.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "crosswire/ingest.h"
#include "crosswire/utf8.h"
#include "reader_util.h"

namespace crosswire::ingest {
namespace {

namespace fs = std::filesystem;

}  // namespace

// One JSONL file, read through a fixed buffer one line at a time.
class ArticleStream::JsonlFile {
 public:
  static constexpr size_t kBufferBytes = 64u << 10;

  // nullptr (and no error) when the file is not UTF-8: it is read whole then,
  // as ParseContent converts UTF-16.
  static Result<std::unique_ptr<JsonlFile>> Open(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      return DataLoss(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    }
    auto out = std::unique_ptr<JsonlFile>(new JsonlFile(file, path));
    if (auto filled = out->Fill(); !filled) return std::unexpected(filled.error());
    internal::EncodingGuess guess =
        internal::GuessEncoding(std::string_view(out->buffer_.data(), out->length_));
    if (guess.encoding != internal::TextEncoding::kUtf8) return std::unique_ptr<JsonlFile>();
    out->position_ = guess.bom_bytes;
    out->offset_ = guess.bom_bytes;
    return out;
  }
  ~JsonlFile() { std::fclose(file_); }
  JsonlFile(const JsonlFile&) = delete;
  JsonlFile& operator=(const JsonlFile&) = delete;

  // The next article; nullopt at the end of the file. After an error the
  // file is done (the caller drops it).
  Result<std::optional<Article>> Next(const ReadOptions& options,
                                      std::vector<std::string>* warnings, size_t* peak_bytes) {
    std::string line;
    while (true) {
      const size_t line_offset = offset_;
      bool over = false;
      auto got = ReadLine(&line, options.max_line_bytes, &over);
      if (!got) return std::unexpected(got.error());
      if (!*got) break;
      ++line_number_;
      *peak_bytes = std::max(*peak_bytes, kBufferBytes + line.capacity());
      const std::string where = fmt::format("{}:{}", path_, line_number_);
      if (over) {
        return internal::OverLimit(where, "line", line_length_, options.max_line_bytes,
                                   "ReadOptions::max_line_bytes");
      }
      if (auto binary = internal::RefuseBinary(line, where); !binary) {
        return std::unexpected(binary.error());
      }
      if (!IsValidUtf8(line)) {
        Utf8Repair repair = RepairUtf8(line);
        warnings->push_back(internal::InvalidUtf8Warning(
            path_, repair.invalid_sequences,
            fmt::format("byte {} (line {})", line_offset + repair.first_invalid_offset,
                        line_number_)));
        line = std::move(repair.text);
      }
      auto article = internal::ParseJsonlLine(line, path_, line_number_, stem_, warnings);
      if (!article) return std::unexpected(article.error());
      if (!*article) continue;
      auto keep = internal::KeepArticle(**article, options, warnings);
      if (!keep) return std::unexpected(keep.error());
      ++articles_;  // a record, blank or not, as in a file read whole
      if (*keep) return article;
    }
    if (articles_ == 0) {
      return InvalidInput(fmt::format("{}: JSONL input has no articles (only blank lines)", path_));
    }
    return std::optional<Article>();
  }

 private:
  JsonlFile(std::FILE* file, std::string path)
      : file_(file),
        path_(std::move(path)),
        stem_(internal::FileStem(path_)),
        buffer_(kBufferBytes) {}

  Result<void> Fill() {
    length_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    position_ = 0;
    if (length_ == 0 && std::ferror(file_)) {
      return DataLoss(fmt::format("{}: read failed after byte {}", path_, offset_));
    }
    return {};
  }

  // Reads the next line (without its newline) into `line`; false at the end
  // of the file. A line over `max_bytes` sets `over` and is not kept (it is
  // read past, never held); line_length_ gets its length either way.
  Result<bool> ReadLine(std::string* line, size_t max_bytes, bool* over) {
    line->clear();
    line_length_ = 0;
    bool any = false;
    while (true) {
      if (position_ == length_) {
        if (auto filled = Fill(); !filled) return std::unexpected(filled.error());
        if (length_ == 0) return any;
      }
      any = true;
      const char* start = buffer_.data() + position_;
      const size_t available = length_ - position_;
      const void* newline = std::memchr(start, '\n', available);
      const size_t take = newline != nullptr
                              ? static_cast<size_t>(static_cast<const char*>(newline) - start)
                              : available;
      line_length_ += take;
      if (line_length_ > max_bytes) {
        *over = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
      const size_t consumed = take + (newline != nullptr ? 1 : 0);
      position_ += consumed;
      offset_ += consumed;
      if (newline != nullptr) return true;
    }
  }

  std::FILE* file_;
  std::string path_;
  std::string stem_;
  std::vector<char> buffer_;
  size_t length_ = 0;    // bytes in buffer_
  size_t position_ = 0;  // next unread byte in buffer_
  size_t offset_ = 0;    // file offset of buffer_[position_]
  size_t line_length_ = 0;
  size_t line_number_ = 0;
  size_t articles_ = 0;  // records read (blank articles included)
};

ArticleStream::ArticleStream(std::vector<std::string> inputs, ReadOptions options)
    : pending_(inputs.begin(), inputs.end()), options_(std::move(options)) {}
ArticleStream::ArticleStream(ArticleStream&&) noexcept = default;
ArticleStream& ArticleStream::operator=(ArticleStream&&) noexcept = default;
ArticleStream::~ArticleStream() = default;

std::vector<std::string> ArticleStream::TakeWarnings() {
  std::vector<std::string> out;
  out.swap(warnings_);
  return out;
}

Result<void> ArticleStream::ReadNextInput() {
  std::string input = std::move(pending_.front());
  pending_.pop_front();
  if (input != "-" && !IsUrl(input)) {
    std::error_code error;
    if (fs::is_directory(input, error)) {
      std::vector<std::string> files;
      for (fs::directory_iterator it(input, error), end; !error && it != end; it.increment(error)) {
        std::string name = it->path().filename().string();
        if (name.starts_with(".")) continue;
        std::error_code type_error;
        if (it->is_directory(type_error)) {
          warnings_.push_back(fmt::format("{}: subdirectory skipped", it->path().string()));
        } else if (!it->is_regular_file(type_error)) {
          warnings_.push_back(fmt::format("{}: not a regular file; skipped", it->path().string()));
        } else {
          files.push_back(it->path().string());
        }
      }
      if (error) {
        ++inputs_read_;
        return DataLoss(fmt::format("{}: cannot list directory: {}", input, error.message()));
      }
      std::sort(files.begin(), files.end());
      pending_.insert(pending_.begin(), files.begin(), files.end());
      return {};
    }
  }
  ++inputs_read_;
  std::error_code error;
  const bool regular = input != "-" && !IsUrl(input) && fs::is_regular_file(input, error);
  const std::string ext = internal::FileExtension(input);
  if (regular && (options_.format == InputFormat::kJsonl ||
                  (options_.format == InputFormat::kAuto && (ext == "jsonl" || ext == "ndjson")))) {
    if (options_.max_line_bytes == 0) {
      return InvalidInput("ReadOptions::max_line_bytes must be positive");
    }
    auto file = JsonlFile::Open(input);
    if (!file) return std::unexpected(file.error());
    if (*file) {
      jsonl_ = std::move(*file);
      return {};
    }
  }
  if (regular) {
    peak_input_bytes_ = std::max<size_t>(peak_input_bytes_, fs::file_size(input, error));
  }
  auto story = ReadStory({input}, options_);
  if (!story) return std::unexpected(story.error());
  for (std::string& warning : story->warnings) warnings_.push_back(std::move(warning));
  for (Article& article : story->articles) buffer_.push_back(std::move(article));
  return {};
}

Result<std::optional<Article>> ArticleStream::Next() {
  while (buffer_.empty()) {
    if (jsonl_) {
      auto next = jsonl_->Next(options_, &warnings_, &peak_input_bytes_);
      if (!next || !*next) jsonl_.reset();
      if (!next) return std::unexpected(next.error());
      if (*next) return next;
      continue;
    }
    if (pending_.empty()) return std::optional<Article>();
    if (auto ok = ReadNextInput(); !ok) return std::unexpected(ok.error());
  }
  Article article = std::move(buffer_.front());
  buffer_.pop_front();
  return std::optional<Article>(std::move(article));
}

}  // namespace crosswire::ingest
