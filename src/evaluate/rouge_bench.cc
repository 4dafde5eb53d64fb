// ROUGE evaluator benchmarks: the pair-level kernels, and an end-to-end run
// over a synthetic corpus of summary pairs (~60 words each) written to a
// temporary directory. End-to-end figures against the Perl ROUGE-1.5.5 are in
// docs/rouge.md (NIST DUC 2006: Perl 30 min 29 s).
//
//   build/release/bench/rouge_bench --benchmark_filter=Synthetic
//   ROUGE_BENCH_PAIRS=100000 build/release/bench/rouge_bench --benchmark_filter=Synthetic
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "crosswire/evaluate.h"
#include "porter_stemmer.h"
#include "rouge_metrics.h"

namespace {

namespace fs = std::filesystem;
using crosswire::rouge::TokenId;

std::vector<TokenId> RandomTokens(std::mt19937& rng, size_t n, TokenId vocabulary) {
  std::uniform_int_distribution<TokenId> dist(0, vocabulary - 1);
  std::vector<TokenId> out(n);
  for (TokenId& t : out) t = dist(rng);
  return out;
}

std::vector<crosswire::rouge::Sentence> Split(const std::vector<TokenId>& tokens, size_t len) {
  std::vector<crosswire::rouge::Sentence> out;
  for (size_t i = 0; i < tokens.size(); i += len) {
    out.emplace_back(tokens.begin() + static_cast<long>(i),
                     tokens.begin() + static_cast<long>(std::min(tokens.size(), i + len)));
  }
  return out;
}

void BM_NgramHits(benchmark::State& state) {
  std::mt19937 rng(1);
  auto a = RandomTokens(rng, static_cast<size_t>(state.range(0)), 500);
  auto b = RandomTokens(rng, static_cast<size_t>(state.range(0)), 500);
  for (auto _ : state) {
    auto ta = crosswire::rouge::BuildNgramTable(a, 2);
    auto tb = crosswire::rouge::BuildNgramTable(b, 2);
    benchmark::DoNotOptimize(crosswire::rouge::NgramHits(ta, tb));
  }
}
BENCHMARK(BM_NgramHits)->Arg(60)->Arg(250);

void BM_UnionLcs(benchmark::State& state) {
  std::mt19937 rng(2);
  auto a = RandomTokens(rng, static_cast<size_t>(state.range(0)), 300);
  auto b = RandomTokens(rng, static_cast<size_t>(state.range(0)), 300);
  auto sa = Split(a, 25);
  auto sb = Split(b, 25);
  auto ca = crosswire::rouge::BuildUnigramCounts(a);
  auto cb = crosswire::rouge::BuildUnigramCounts(b);
  for (auto _ : state) benchmark::DoNotOptimize(crosswire::rouge::UnionLcs(sa, sb, ca, cb));
}
BENCHMARK(BM_UnionLcs)->Arg(60)->Arg(250);

void BM_UnionWlcs(benchmark::State& state) {
  std::mt19937 rng(3);
  auto a = RandomTokens(rng, static_cast<size_t>(state.range(0)), 300);
  auto b = RandomTokens(rng, static_cast<size_t>(state.range(0)), 300);
  auto sa = Split(a, 25);
  auto sb = Split(b, 25);
  auto ca = crosswire::rouge::BuildUnigramCounts(a);
  auto cb = crosswire::rouge::BuildUnigramCounts(b);
  std::vector<double> pow_table;
  for (int k = 0; k < 1024; ++k) pow_table.push_back(std::pow(k, 1.2));
  for (auto _ : state) {
    benchmark::DoNotOptimize(crosswire::rouge::UnionWlcs(sa, sb, ca, cb, pow_table, 1.2));
  }
}
BENCHMARK(BM_UnionWlcs)->Arg(60)->Arg(250);

void BM_SkipBigrams(benchmark::State& state) {
  std::mt19937 rng(4);
  auto a = RandomTokens(rng, 250, 300);
  auto b = RandomTokens(rng, 250, 300);
  for (auto _ : state) {
    auto ta = crosswire::rouge::BuildSkipBigramTable(a, 4, true);
    auto tb = crosswire::rouge::BuildSkipBigramTable(b, 4, true);
    benchmark::DoNotOptimize(crosswire::rouge::KeyHits(ta, tb));
  }
}
BENCHMARK(BM_SkipBigrams);

void BM_PorterStem(benchmark::State& state) {
  const char* kWords[] = {"generalization", "motoring", "relational", "hopefulness", "agreement"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(crosswire::rouge::PorterStem(kWords[i++ % 5]));
}
BENCHMARK(BM_PorterStem);

// Writes `pairs` system/reference pairs of ~60 words drawn from a Zipf-like
// vocabulary, three sentences each, under a temporary directory.
fs::path WriteSyntheticCorpus(size_t pairs) {
  fs::path dir = fs::temp_directory_path() / ("crosswire_rouge_bench_" + std::to_string(pairs));
  if (fs::exists(dir / "done")) return dir;
  fs::create_directories(dir / "sys");
  fs::create_directories(dir / "ref");
  std::mt19937 rng(42);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 5000; ++i) {
    std::string w;
    for (int k = 0, len = 3 + i % 7; k < len; ++k)
      w += static_cast<char>('a' + (i * 7 + k * 13) % 26);
    vocabulary.push_back(w + (i % 3 == 0 ? "ing" : i % 3 == 1 ? "s" : ""));
  }
  std::vector<double> weights;
  for (int i = 1; i <= 5000; ++i) weights.push_back(1.0 / i);
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  auto summary = [&] {
    std::string text;
    for (int s = 0; s < 3; ++s) {
      for (int k = 0; k < 20; ++k)
        text += (k ? " " : "") + vocabulary[static_cast<size_t>(word(rng))];
      text += ".\n";
    }
    return text;
  };
  for (size_t i = 0; i < pairs; ++i) {
    char topic[32];
    std::snprintf(topic, sizeof(topic), "T%07zu", i);
    std::ofstream(dir / "sys" / (std::string(topic) + ".sys1")) << summary();
    std::ofstream(dir / "ref" / (std::string(topic) + ".A")) << summary();
  }
  std::ofstream(dir / "done") << "ok\n";
  return dir;
}

void BM_SyntheticCorpus(benchmark::State& state) {
  const char* env = std::getenv("ROUGE_BENCH_PAIRS");
  const size_t pairs = env != nullptr ? std::strtoul(env, nullptr, 10) : 2000;
  const fs::path dir = WriteSyntheticCorpus(pairs);
  auto cl = crosswire::ParseRougeArguments({"-n", "2", "-m", "-2", "4", "-u", "-c", "95", "-r",
                                            "1000", "-a", "--system", "s", "--references", "r"});
  auto data = crosswire::LoadRougeData(crosswire::StemExceptions::kFull, "");
  auto evals = crosswire::PairSummaryDirectories((dir / "sys").string(), (dir / "ref").string(),
                                                 crosswire::RougeInputFormat::kSpl);
  if (!cl || !data || !evals) {
    state.SkipWithError("setup failed");
    return;
  }
  cl->rouge.threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    auto report = crosswire::EvaluateRouge(*evals, cl->rouge, *data);
    benchmark::DoNotOptimize(report);
  }
  state.counters["pairs"] = static_cast<double>(pairs);
}
BENCHMARK(BM_SyntheticCorpus)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
