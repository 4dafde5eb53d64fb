// Corroboration cost on top of analysis: the five-article example story and a
// synthetic ten-article story (the five reports plus five rewrites with
// changed numbers and respelled names, so alignment has conflicts and
// variants to find). The story is analysed once outside the timed loop.
//   ./build/release/bench/corroborate_bench
#include <benchmark/benchmark.h>

#include <string>
#include <utility>

#include "crosswire/corroborate.h"
#include "crosswire/ingest.h"
#include "crosswire/represent.h"

namespace crosswire {
namespace {

Story ExampleStory() {
  auto story =
      ingest::ReadStory({std::string(CROSSWIRE_SOURCE_DIR) + "/examples/aleppo-2016-12-14"});
  if (!story) return Story{};
  return std::move(*story);
}

void ReplaceAll(std::string* text, std::string_view from, std::string_view to) {
  for (size_t pos = text->find(from); pos != std::string::npos;
       pos = text->find(from, pos + to.size())) {
    text->replace(pos, from.size(), to);
  }
}

Story TenArticleStory() {
  Story story = ExampleStory();
  const size_t n = story.articles.size();
  for (size_t k = 0; k < n; ++k) {
    Article copy = story.articles[k];
    copy.id += "-rewrite";
    copy.outlet = copy.id;
    ReplaceAll(&copy.text, "82", "85");
    ReplaceAll(&copy.text, "Sergei", "Sergey");
    ReplaceAll(&copy.text, "20 buses", "25 buses");
    ReplaceAll(&copy.text, "Churkin", "Tchurkin");
    story.articles.push_back(std::move(copy));
  }
  return story;
}

void RunCorroborate(benchmark::State& state, const Story& story) {
  auto analyzed = AnalyzeStory(story);
  if (!analyzed) {
    state.SkipWithError(analyzed.error().message().c_str());
    return;
  }
  size_t facts = 0;
  for (auto _ : state) {
    auto groups = Corroborate(*analyzed);
    benchmark::DoNotOptimize(groups);
    facts = groups ? groups->size() : 0;
  }
  state.counters["groups"] = static_cast<double>(facts);
  state.counters["articles"] = static_cast<double>(story.articles.size());
}

void BM_CorroborateExampleStory(benchmark::State& state) {
  static const Story story = ExampleStory();
  RunCorroborate(state, story);
}
BENCHMARK(BM_CorroborateExampleStory)->Unit(benchmark::kMicrosecond);

void BM_CorroborateTenArticles(benchmark::State& state) {
  static const Story story = TenArticleStory();
  RunCorroborate(state, story);
}
BENCHMARK(BM_CorroborateTenArticles)->Unit(benchmark::kMicrosecond);

// For scale: analysis of the same ten articles.
void BM_AnalyzeTenArticles(benchmark::State& state) {
  static const Story story = TenArticleStory();
  for (auto _ : state) {
    auto analyzed = AnalyzeStory(story);
    benchmark::DoNotOptimize(analyzed);
  }
}
BENCHMARK(BM_AnalyzeTenArticles)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace crosswire
