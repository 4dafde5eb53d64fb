// The HTML reader on the Article Extraction Benchmark pages: the benchmark's
// precision, recall and F1 (src/ingest/extraction_score.h) on the dev split,
// the test split and all pages, the number of pages that gave no text, and
// the speed of extraction alone (decompression and scoring excluded).
//
//   build/ci/bench/extraction_bench [DATA_DIR] [--pages] [--dump DIR]
//
// DATA_DIR defaults to ../shared/data/article-extraction. --pages prints one
// line per page (worst F1 first); --dump writes each page's extracted text to
// DIR/<id>.txt for reading.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/ingest.h"
#include "extraction_score.h"

namespace {

using crosswire::ingest::internal::BenchmarkPage;
using crosswire::ingest::internal::ShingleMatch;

struct PageResult {
  const BenchmarkPage* page;
  ShingleMatch match;
  bool test;
  bool empty;
  std::string error;
};

double PageF1(const ShingleMatch& m) {
  double p = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
  double r = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void PrintRow(const char* name, const std::vector<PageResult>& results, int split) {
  std::vector<ShingleMatch> matches;
  size_t empty = 0;
  for (const PageResult& r : results) {
    if (split >= 0 && r.test != (split == 1)) continue;
    matches.push_back(r.match);
    empty += r.empty;
  }
  auto score = crosswire::ingest::internal::MeanExtractionScore(matches);
  std::printf("%-6s %5zu %9.4f %7.4f %7.4f %6zu\n", name, score.pages, score.precision,
              score.recall, score.f1, empty);
}

// "https://www.x.com/a/" and "http://x.com/a" are the same page.
std::string Normalized(std::string_view url) {
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = std::string(CROSSWIRE_SHARED_DATA) + "/article-extraction";
  std::string dump_dir;
  bool per_page = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pages") == 0) {
      per_page = true;
    } else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
      dump_dir = argv[++i];
    } else if (argv[i][0] != '-') {
      data_dir = argv[i];
    } else {
      std::fprintf(stderr, "usage: extraction_bench [DATA_DIR] [--pages] [--dump DIR]\n");
      return 2;
    }
  }
  auto pages = crosswire::ingest::internal::LoadExtractionBenchmark(data_dir);
  if (!pages) {
    std::fprintf(stderr, "extraction_bench: error: %s\n", pages.error().message().c_str());
    return 1;
  }
  if (!dump_dir.empty()) std::filesystem::create_directories(dump_dir);

  std::vector<PageResult> results;
  struct {
    size_t title = 0, published = 0, author = 0, outlet = 0, url = 0, url_matches = 0;
  } metadata;
  std::chrono::steady_clock::duration extracting{};
  size_t html_bytes = 0;
  for (const BenchmarkPage& page : *pages) {
    auto start = std::chrono::steady_clock::now();
    auto articles = crosswire::ingest::ParseContent(
        page.html, page.id + ".html", crosswire::ingest::InputFormat::kHtml, {}, nullptr);
    extracting += std::chrono::steady_clock::now() - start;
    html_bytes += page.html.size();
    std::string text;
    PageResult result{&page, {}, crosswire::ingest::internal::IsTestPage(page.id), false, ""};
    if (articles) {
      const crosswire::Article& article = (*articles)[0];
      text = article.text;
      metadata.title += article.title.has_value();
      metadata.published += article.published.has_value();
      metadata.author += article.author.has_value();
      metadata.outlet += article.outlet != article.id;
      metadata.url += article.url.has_value();
      metadata.url_matches += article.url && Normalized(*article.url) == Normalized(page.url);
      if (per_page) {
        std::printf("meta %.12s title=%s | published=%s | author=%s | outlet=%s | lang=%s\n",
                    page.id.c_str(), article.title.value_or("-").c_str(),
                    article.published.value_or("-").c_str(), article.author.value_or("-").c_str(),
                    article.outlet.c_str(), article.language.c_str());
      }
    } else {
      result.error = articles.error().message();
    }
    result.empty = text.empty();
    result.match = crosswire::ingest::internal::MatchShingles(page.truth, text);
    if (!dump_dir.empty()) std::ofstream(dump_dir + "/" + page.id + ".txt") << text;
    results.push_back(std::move(result));
  }

  if (per_page) {
    std::vector<const PageResult*> sorted;
    for (const PageResult& r : results) sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const PageResult* a, const PageResult* b) {
      return PageF1(a->match) < PageF1(b->match);
    });
    for (const PageResult* r : sorted) {
      const ShingleMatch& m = r->match;
      std::printf("%.12s %-4s P %.3f R %.3f F1 %.3f %s %s\n", r->page->id.c_str(),
                  r->test ? "test" : "dev", m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0,
                  m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0, PageF1(m), r->page->url.c_str(),
                  r->error.c_str());
    }
    std::printf("\n");
  }
  std::printf("split  pages precision  recall      F1  empty\n");
  PrintRow("dev", results, 0);
  PrintRow("test", results, 1);
  PrintRow("all", results, -1);
  std::printf(
      "metadata found on %zu pages: title %zu, published %zu, author %zu, outlet (not the file "
      "name) %zu, url %zu (%zu equal to the benchmark's url, ignoring scheme, www. and a "
      "trailing /)\n",
      results.size(), metadata.title, metadata.published, metadata.author, metadata.outlet,
      metadata.url, metadata.url_matches);
  double seconds = std::chrono::duration<double>(extracting).count();
  std::printf("extraction: %.1f pages/s, %.1f MB/s (one core; gzip and scoring excluded)\n",
              static_cast<double>(results.size()) / seconds,
              static_cast<double>(html_bytes) / 1e6 / seconds);
  return 0;
}
