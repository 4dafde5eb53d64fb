// The Article Extraction Benchmark metric; see extraction_score.h.
#include "extraction_score.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

namespace crosswire::ingest::internal {
namespace {

// Python's `\w` in Unicode mode: str.isalnum() (letters L*, numbers N*) or '_'.
bool IsWordCodePoint(UChar32 c) {
  if (c == '_') return true;
  if (c < 0) return false;
  int8_t type = u_charType(c);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::unordered_map<std::string, size_t> Shingles(std::string_view text) {
  constexpr size_t kShingle = 4;
  std::vector<std::string> tokens = BenchmarkTokens(text);
  std::unordered_map<std::string, size_t> counts;
  if (tokens.empty()) return counts;
  size_t starts = tokens.size() >= kShingle ? tokens.size() - kShingle + 1 : 1;
  for (size_t i = 0; i < starts; ++i) {
    std::string shingle;
    for (size_t j = i; j < std::min(i + kShingle, tokens.size()); ++j) {
      if (j > i) shingle.push_back(' ');
      shingle += tokens[j];
    }
    ++counts[shingle];
  }
  return counts;
}

}  // namespace

std::vector<std::string> BenchmarkTokens(std::string_view text) {
  std::vector<std::string> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0, start = -1;
  while (i < length) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool word = IsWordCodePoint(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      tokens.emplace_back(text.substr(start, at - start));
      start = -1;
    }
  }
  if (start >= 0) tokens.emplace_back(text.substr(start, length - start));
  return tokens;
}

ShingleMatch MatchShingles(std::string_view truth, std::string_view predicted) {
  auto true_counts = Shingles(truth);
  auto predicted_counts = Shingles(predicted);
  ShingleMatch m;
  for (const auto& [shingle, count] : true_counts) {
    auto it = predicted_counts.find(shingle);
    size_t other = it == predicted_counts.end() ? 0 : it->second;
    m.tp += static_cast<double>(std::min(count, other));
    m.fn += static_cast<double>(count - std::min(count, other));
  }
  for (const auto& [shingle, count] : predicted_counts) {
    auto it = true_counts.find(shingle);
    size_t other = it == true_counts.end() ? 0 : it->second;
    m.fp += static_cast<double>(count - std::min(count, other));
  }
  double sum = m.tp + m.fp + m.fn;
  if (sum > 0) {
    m.tp /= sum;
    m.fp /= sum;
    m.fn /= sum;
  }
  return m;
}

ExtractionScore MeanExtractionScore(const std::vector<ShingleMatch>& pages) {
  ExtractionScore score;
  score.pages = pages.size();
  double precision_sum = 0, recall_sum = 0;
  size_t precision_pages = 0, recall_pages = 0;
  for (const ShingleMatch& m : pages) {
    if (m.tp + m.fp > 0) {
      precision_sum += m.tp / (m.tp + m.fp);
      ++precision_pages;
    }
    if (m.tp + m.fn > 0) {
      recall_sum += m.tp / (m.tp + m.fn);
      ++recall_pages;
    }
  }
  if (precision_pages > 0) score.precision = precision_sum / static_cast<double>(precision_pages);
  if (recall_pages > 0) score.recall = recall_sum / static_cast<double>(recall_pages);
  if (score.precision + score.recall > 0) {
    score.f1 = 2 * score.precision * score.recall / (score.precision + score.recall);
  }
  return score;
}

namespace {

Result<std::string> Gunzip(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return NotFound(fmt::format("{}: no such file", path));
  std::string out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
  int error = 0;
  std::string message = n < 0 ? gzerror(file, &error) : "";
  gzclose(file);
  if (n < 0) return InvalidInput(fmt::format("{}: not valid gzip: {}", path, message));
  return out;
}

}  // namespace

Result<std::vector<BenchmarkPage>> LoadExtractionBenchmark(const std::string& dir) {
  std::string truth_path = dir + "/ground-truth.json";
  std::ifstream in(truth_path, std::ios::binary);
  if (!in) return NotFound(fmt::format("{}: no such file", truth_path));
  std::stringstream content;
  content << in.rdbuf();
  nlohmann::json truth = nlohmann::json::parse(content.str(), nullptr, false);
  if (truth.is_discarded() || !truth.is_object()) {
    return InvalidInput(fmt::format("{}: not a JSON object of pages", truth_path));
  }
  std::vector<BenchmarkPage> pages;
  for (const auto& [id, entry] : truth.items()) {  // nlohmann orders keys
    BenchmarkPage page;
    page.id = id;
    if (!entry.is_object() || !entry.contains("articleBody") || !entry["articleBody"].is_string()) {
      return InvalidInput(
          fmt::format("{}: page \"{}\" has no string \"articleBody\"", truth_path, id));
    }
    page.truth = entry["articleBody"].get<std::string>();
    if (entry.contains("url") && entry["url"].is_string()) page.url = entry["url"];
    auto html = Gunzip(dir + "/html/" + id + ".html.gz");
    if (!html) return std::unexpected(html.error());
    page.html = std::move(*html);
    pages.push_back(std::move(page));
  }
  return pages;
}

bool IsTestPage(std::string_view id) {
  uint64_t hash = 14695981039346656037ull;
  for (char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash % 3 == 0;
}

}  // namespace crosswire::ingest::internal
