// Micro-benchmarks for the text module: sentence splitting, tokenizing and
// stemming, and the trained entity tagger (tag module), over the five Aleppo reports
// (examples/aleppo-2016-12-14), repeated to about 1 MB so timings are stable. Run:
//   build/release/bench/text_bench
// Bytes/s figures are per input byte.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crosswire/tag.h"
#include "crosswire/text.h"

namespace {

std::string LoadCorpus() {
  const std::filesystem::path dir =
      std::filesystem::path(CROSSWIRE_SOURCE_DIR) / "examples" / "aleppo-2016-12-14";
  std::string reports;
  for (int i = 1; i <= 5; ++i) {
    std::ifstream in(dir / ("report-" + std::to_string(i) + ".txt"));
    std::stringstream buffer;
    buffer << in.rdbuf();
    reports += buffer.str();
    reports += "\n\n";
  }
  if (reports.size() < 100) {
    reports = "Mr. Smith went to Washington. He met the U.S. envoy at 5 a.m. on Dec. 14.\n\n";
  }
  std::string corpus;
  while (corpus.size() < (1u << 20)) corpus += reports;
  return corpus;
}

const std::string& Corpus() {
  static const std::string corpus = LoadCorpus();
  return corpus;
}

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Corpus();
  size_t units = 0;
  for (auto _ : state) {
    auto result = crosswire::text::SplitSentences(text);
    units = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["units"] = static_cast<double>(units);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// The entity tagger over every sentence of the corpus, words split on white
// space: what corroboration pays per article for entity types.
void BM_TagEntities(benchmark::State& state) {
  const std::string& text = Corpus();
  const auto& tagger = crosswire::tag::Tagger::Embedded();
  if (!tagger) {
    state.SkipWithError(tagger.error().message().c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> sentences;
  size_t words = 0;
  for (const auto& unit : crosswire::text::SplitSentences(text)) {
    std::vector<std::string_view> sentence;
    std::string_view rest = std::string_view(text).substr(unit.begin, unit.end - unit.begin);
    while (!rest.empty()) {
      const size_t start = rest.find_first_not_of(" \n\t");
      if (start == std::string_view::npos) break;
      rest.remove_prefix(start);
      const size_t end = std::min(rest.find_first_of(" \n\t"), rest.size());
      sentence.push_back(rest.substr(0, end));
      rest.remove_prefix(end);
    }
    words += sentence.size();
    sentences.push_back(std::move(sentence));
  }
  for (auto _ : state) {
    for (const auto& sentence : sentences) benchmark::DoNotOptimize(tagger->Entities(sentence));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
}
BENCHMARK(BM_TagEntities)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    auto result = crosswire::text::Tokenize(text);
    tokens = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Stem(benchmark::State& state) {
  std::vector<std::string> words;
  for (const auto& token : crosswire::text::Tokenize(Corpus())) words.push_back(token.word);
  auto stemmer = crosswire::text::Stemmer::Create("english");
  if (!stemmer) {
    state.SkipWithError(stemmer.error().message().c_str());
    return;
  }
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(stemmer->Stem(word));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_Stem)->Unit(benchmark::kMillisecond);

void BM_IsStopWord(benchmark::State& state) {
  std::vector<std::string> words;
  for (const auto& token : crosswire::text::Tokenize(Corpus())) words.push_back(token.word);
  for (auto _ : state) {
    size_t stops = 0;
    for (const std::string& word : words) stops += crosswire::text::IsStopWord(word);
    benchmark::DoNotOptimize(stops);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_IsStopWord)->Unit(benchmark::kMillisecond);

}  // namespace
