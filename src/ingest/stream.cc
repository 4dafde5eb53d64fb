// ArticleStream: ReadStory one input at a time. Directories are expanded
// when they are reached (not up front), with the rules ReadStory applies to
// them: name order, hidden files skipped, subdirectories and non-regular
// files skipped with a warning.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "crosswire/ingest.h"

namespace crosswire::ingest {
namespace {

namespace fs = std::filesystem;

}  // namespace

ArticleStream::ArticleStream(std::vector<std::string> inputs, ReadOptions options)
    : pending_(inputs.begin(), inputs.end()), options_(std::move(options)) {}

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
  auto story = ReadStory({input}, options_);
  if (!story) return std::unexpected(story.error());
  for (std::string& warning : story->warnings) warnings_.push_back(std::move(warning));
  for (Article& article : story->articles) buffer_.push_back(std::move(article));
  return {};
}

Result<std::optional<Article>> ArticleStream::Next() {
  while (buffer_.empty()) {
    if (pending_.empty()) return std::optional<Article>();
    if (auto ok = ReadNextInput(); !ok) return std::unexpected(ok.error());
  }
  Article article = std::move(buffer_.front());
  buffer_.pop_front();
  return std::optional<Article>(std::move(article));
}

}  // namespace crosswire::ingest
