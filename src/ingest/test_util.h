// Test helpers for the ingest tests: fixture paths and scratch files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace crosswire::ingest::testing {

inline std::string Fixture(std::string_view name) {
  return std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/ingest/" + std::string(name);
}

// A fresh directory under the system temp dir, removed with the object.
class ScratchDir {
 public:
  ScratchDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("crosswire_ingest_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Writes `content` to `name` (creating parent directories) and returns its path.
  std::string Write(std::string_view name, std::string_view content) const {
    std::filesystem::path file = path_ / std::string(name);
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file.string();
  }
  std::string path() const { return path_.string(); }
  std::string Path(std::string_view name) const { return (path_ / std::string(name)).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace crosswire::ingest::testing
