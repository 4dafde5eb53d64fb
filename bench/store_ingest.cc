// store_ingest: ingest throughput of the SQLite store, and whether the cost
// per batch stays flat as the store grows.
//
//   store_ingest STORE_FILE INPUT...          real articles (ArticleStream), then re-ingested
//   store_ingest STORE_FILE --synthetic N INPUT...
//       N articles made from the inputs' texts: sentences shuffled per
//       article, dates spread over 2016, ids and outlets synthetic.
//
// Articles go in batches of 1,000 (one transaction each), each article
// assigned to story (index / 20), as the clusterer would give them. Prints
// articles/s overall and the time per batch around 10k, 100k, 1M articles.
// The store file is created fresh (an existing one is refused).
#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>

#include "crosswire/ingest.h"
#include "crosswire/store.h"
#include "crosswire/timestamp.h"

namespace {

using namespace crosswire;
using Clock = std::chrono::steady_clock;

constexpr size_t kBatch = 1000;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

long PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ') {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: store_ingest STORE_FILE [--synthetic N] INPUT...\n");
    return 2;
  }
  std::string path = argv[1];
  size_t synthetic = 0;
  int first_input = 2;
  if (std::string_view(argv[2]) == "--synthetic" && argc > 4) {
    synthetic = std::stoul(argv[3]);
    first_input = 4;
  }
  if (std::filesystem::exists(path)) {
    std::fprintf(stderr, "store_ingest: %s exists; give a new file\n", path.c_str());
    return 2;
  }
  std::vector<std::string> inputs(argv + first_input, argv + argc);
  std::vector<Article> source;
  ingest::ArticleStream stream(inputs);
  auto read_start = Clock::now();
  while (true) {
    auto next = stream.Next();
    if (!next) {
      std::fprintf(stderr, "store_ingest: error: %s\n", next.error().message().c_str());
      return 1;
    }
    if (!*next) break;
    source.push_back(std::move(**next));
  }
  std::printf("read %zu articles from %zu inputs in %.2f s\n", source.size(), stream.inputs_read(),
              Seconds(Clock::now() - read_start));
  if (source.empty()) return 1;

  auto store = store::OpenSqliteStore(path);
  if (!store) {
    std::fprintf(stderr, "store_ingest: error: %s\n", store.error().message().c_str());
    return 1;
  }
  size_t total = synthetic > 0 ? synthetic : source.size();
  std::mt19937_64 random(42);
  std::vector<std::vector<std::string>> sentences;
  if (synthetic > 0) {
    for (const Article& article : source) sentences.push_back(Sentences(article.text));
  }
  const int64_t year_start = 1451606400;  // 2016-01-01T00:00:00Z
  auto make = [&](size_t index) {
    if (synthetic == 0) return source[index];
    const Article& base = source[index % source.size()];
    Article article = base;
    std::vector<std::string> parts = sentences[index % source.size()];
    std::shuffle(parts.begin(), parts.end(), random);
    article.text.clear();
    for (const std::string& part : parts) {
      if (!article.text.empty()) article.text += ' ';
      article.text += part;
    }
    article.text += fmt::format(" (item {})", index);  // distinct even for one-sentence texts
    article.id = fmt::format("syn-{}", index);
    article.outlet = fmt::format("outlet-{}", index % 97);
    article.published =
        FormatUtcIso8601(year_start + static_cast<int64_t>(index * 31536000 / total));
    return article;
  };

  std::vector<std::pair<size_t, double>> batch_ms;  // (articles so far, ms for that batch)
  auto start = Clock::now();
  for (size_t done = 0; done < total;) {
    store::IngestBatch batch;
    for (size_t i = done; i < std::min(total, done + kBatch); ++i) {
      batch.articles.push_back(make(i));
      batch.assignments.push_back(
          {batch.articles.back().id, static_cast<int64_t>(i / 20), std::nullopt, 0.5});
    }
    auto batch_start = Clock::now();
    auto result = (*store)->Ingest(batch);
    double ms = Seconds(Clock::now() - batch_start) * 1000;
    if (!result) {
      std::fprintf(stderr, "store_ingest: error: %s\n", result.error().message().c_str());
      return 1;
    }
    done += batch.articles.size();
    batch_ms.emplace_back(done, ms);
    if (done % 100000 == 0) {
      // Progress, so that a run cut short still reports something.
      std::printf("  %zu articles after %.1f s (last batch %.1f ms)\n", done,
                  Seconds(Clock::now() - start), ms);
      std::fflush(stdout);
    }
  }
  double elapsed = Seconds(Clock::now() - start);
  std::printf("ingested %zu articles in %.2f s: %.0f articles/s (batches of %zu)\n", total, elapsed,
              total / elapsed, kBatch);
  for (size_t milestone : {size_t{10000}, size_t{100000}, size_t{1000000}}) {
    if (milestone > total) break;
    // Mean over the ten batches ending at the milestone.
    double sum = 0;
    int count = 0;
    for (const auto& [at, ms] : batch_ms) {
      if (at <= milestone && at + 10 * kBatch > milestone) {
        sum += ms;
        ++count;
      }
    }
    std::printf("  at %zu articles: %.1f ms per batch of %zu (%.1f us per article)\n", milestone,
                sum / count, kBatch, sum / count * 1000 / kBatch);
  }

  // Re-ingest the first 10k (or all) as stored: nothing is added.
  size_t again = std::min<size_t>(total, 10000);
  auto again_start = Clock::now();
  size_t unchanged = 0, added = 0;
  for (size_t done = 0; done < again;) {
    store::IngestBatch batch;
    for (size_t i = done; i < std::min(again, done + kBatch); ++i) {
      auto stored = (*store)->GetArticle(synthetic > 0 ? fmt::format("syn-{}", i) : source[i].id);
      if (!stored) return 1;
      batch.articles.push_back(stored->article);
    }
    auto result = (*store)->Ingest(batch);
    if (!result) return 1;
    unchanged += result->unchanged;
    added += result->added + result->revised;
    done += batch.articles.size();
  }
  std::printf("re-ingested %zu articles in %.2f s: %zu unchanged, %zu added or revised\n", again,
              Seconds(Clock::now() - again_start), unchanged, added);
  auto stats = (*store)->Stats();
  if (!stats) return 1;
  std::printf(
      "store: %lld articles (%lld sharing a text), %lld stories, %lld outlets, %.1f MiB "
      "file + %.1f MiB WAL; peak RSS %ld MiB\n",
      static_cast<long long>(stats->articles), static_cast<long long>(stats->same_text),
      static_cast<long long>(stats->stories), static_cast<long long>(stats->outlets),
      stats->file_bytes / 1048576.0, stats->wal_bytes / 1048576.0, PeakRssMiB());
  auto check = (*store)->CheckIntegrity();
  std::printf("integrity: %s\n", check ? check->c_str() : check.error().message().c_str());
  return 0;
}
