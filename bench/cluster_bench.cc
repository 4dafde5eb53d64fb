// Google Benchmark of StoryClusterer::Add: the cost of one article arriving
// into a pool that already holds `range(0)` articles of a synthetic stream
// (invented vocabulary, Zipfian word frequencies, 200-word articles in 400
// topics, one article per 10 minutes, 7-day window). The cost should not
// grow with the size of the pool beyond the window.
//
//   build/ci/bench/cluster_bench
#include <benchmark/benchmark.h>

#include <cmath>
#include <string>
#include <vector>

#include "crosswire/cluster.h"

namespace {

struct Lcg {
  uint64_t state;
  uint64_t Next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  }
};

// Words "w<rank>" with Zipfian frequencies; each topic prefers its own 30 words.
crosswire::Article MakeArticle(Lcg& rng, size_t i) {
  static const std::vector<double> cdf = [] {
    std::vector<double> c(20000);
    double sum = 0;
    for (size_t r = 0; r < c.size(); ++r) c[r] = (sum += 1.0 / static_cast<double>(r + 1));
    for (double& x : c) x /= sum;
    return c;
  }();
  const size_t topic = rng.Next() % 400;
  crosswire::Article a;
  a.id = "a" + std::to_string(i);
  for (int w = 0; w < 200; ++w) {
    if (rng.Next() % 4 == 0) {
      size_t k = topic * 30 + rng.Next() % 30;
      a.text += (k % 3 == 0 ? "Topic" : "topic") + std::to_string(k) + " ";
    } else {
      double u = static_cast<double>(rng.Next() % 1000000) / 1e6;
      size_t r = static_cast<size_t>(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
      a.text += "w" + std::to_string(r) + " ";
    }
    if (w % 20 == 19) a.text += ". ";
  }
  return a;
}

void BM_Add(benchmark::State& state) {
  const size_t warm = static_cast<size_t>(state.range(0));
  auto clusterer = crosswire::StoryClusterer::Create();
  Lcg rng{7};
  size_t i = 0;
  for (; i < warm; ++i) (void)clusterer->Add(MakeArticle(rng, i), static_cast<int64_t>(i) * 600);
  std::vector<crosswire::Article> batch;
  for (size_t k = 0; k < 4096; ++k) batch.push_back(MakeArticle(rng, i + k));
  size_t k = 0;
  for (auto _ : state) {
    auto r = clusterer->Add(batch[k % batch.size()], static_cast<int64_t>(i + k) * 600);
    benchmark::DoNotOptimize(r);
    ++k;
  }
  state.counters["active_stories"] = static_cast<double>(clusterer->active_stories());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_Add)->Arg(0)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);

void BM_Fingerprint(benchmark::State& state) {
  Lcg rng{9};
  crosswire::Article a = MakeArticle(rng, 0);
  for (auto _ : state) benchmark::DoNotOptimize(crosswire::ComputeFingerprint(a.text));
}
BENCHMARK(BM_Fingerprint)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
