// End-to-end speed: digest every topic of a DUC-layout data set (read the SGML
// files, split, stem, weigh, select, attribute: the pipeline a user's
// `crosswire summarize` runs, without corroboration) and print CPU time and peak
// memory. The baseline measured in the same run is reading alone, so the
// figures are reported as a ratio to it as well as in seconds.
//
//   build/release/bench/digest_duc ../shared/data/duc2006 [--method ilp] [--words 250]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "crosswire/ingest.h"
#include "crosswire/pipeline.h"

namespace {

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssKiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: digest_duc DATASET_DIR [--method M] [--words N]\n";
    return 2;
  }
  std::string method_name(crosswire::kDefaultMethod);
  int64_t words = 250;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--method") == 0) method_name = argv[i + 1];
    if (std::strcmp(argv[i], "--words") == 0) words = std::stoll(argv[i + 1]);
  }
  namespace fs = std::filesystem;
  fs::path docs = fs::path(argv[1]) / "docs";
  if (!fs::is_directory(docs)) docs = fs::path(argv[1]) / "main" / "docs";
  std::vector<std::string> topics;
  for (const auto& entry : fs::directory_iterator(docs)) topics.push_back(entry.path().string());
  std::sort(topics.begin(), topics.end());
  if (topics.empty()) {
    std::cerr << "digest_duc: no topic directories under " << docs << "\n";
    return 1;
  }

  // Baseline: reading alone.
  double t0 = CpuSeconds();
  size_t articles = 0;
  for (const std::string& topic : topics) {
    auto story = crosswire::ingest::ReadStory({topic});
    if (!story) {
      std::cerr << "digest_duc: " << story.error().message() << "\n";
      return 1;
    }
    articles += story->articles.size();
  }
  double read_seconds = CpuSeconds() - t0;

  crosswire::ReportRequest request;
  request.method = method_name;
  request.words = words;
  request.corroborate = false;
  auto options = crosswire::ValidateReportOptions(request);
  if (!options) {
    std::cerr << "digest_duc: " << options.error().message() << "\n";
    return 2;
  }
  double t1 = CpuSeconds();
  auto wall = std::chrono::steady_clock::now();
  size_t sentences = 0;
  for (const std::string& topic : topics) {
    auto report = crosswire::BuildReportFromInputs({topic}, *options);
    if (!report) {
      std::cerr << "digest_duc: " << report.error().message() << "\n";
      return 1;
    }
    sentences += report->analyzed.sentences.size();
  }
  double total = CpuSeconds() - t1;
  double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  std::cout << "data set:        " << argv[1] << "\n"
            << "topics:          " << topics.size() << " (" << articles << " articles, "
            << sentences << " units)\n"
            << "method:          " << method_name << ", " << words << " words\n"
            << "read only (CPU): " << read_seconds << " s   (baseline)\n"
            << "full digest CPU: " << total << " s   (" << total / read_seconds
            << "x the baseline; " << 1000.0 * total / topics.size() << " ms per topic)\n"
            << "full digest wall:" << wall_s << " s\n"
            << "peak RSS:        " << PeakRssKiB() / 1024.0 << " MiB\n";
  return 0;
}
