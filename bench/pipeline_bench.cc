// Micro-benchmarks of the digest pipeline: analysis, graph building,
// selection and attribution, on the bundled example and on synthetic stories
// of growing size (to see how each stage scales).
#include <benchmark/benchmark.h>

#include "crosswire/attribute.h"
#include "crosswire/ingest.h"
#include "crosswire/summarize.h"
#include "synthetic_story.h"

namespace crosswire {
namespace {

const Story& Example() {
  static const Story story =
      *ingest::ReadStory({std::string(CROSSWIRE_SOURCE_DIR) + "/examples/aleppo-2016-12-14"});
  return story;
}

// The flat synthetic story (bench/synthetic_story.h): graph-building cost
// depends on word statistics only, and it needs no data.
Story Synthetic(size_t articles) { return bench::ZipfianStory(articles); }

void BM_AnalyzeExample(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(AnalyzeStory(Example()));
}
BENCHMARK(BM_AnalyzeExample)->Unit(benchmark::kMicrosecond);

void BM_DigestExample(benchmark::State& state) {
  auto method = MakeSummarizer(kDefaultMethod);
  for (auto _ : state) {
    auto analyzed = AnalyzeStory(Example());
    auto summary = Summarize(*analyzed, **method, SummaryRequest(*Budget::Words(100)));
    Attribute(*analyzed, &*summary);
    benchmark::DoNotOptimize(summary);
  }
}
BENCHMARK(BM_DigestExample)->Unit(benchmark::kMicrosecond);

void BM_SimilarityGraph(benchmark::State& state) {
  Story story = Synthetic(static_cast<size_t>(state.range(0)));
  auto analyzed = AnalyzeStory(story);
  std::vector<size_t> nodes = Candidates(*analyzed);
  for (auto _ : state) benchmark::DoNotOptimize(BuildSimilarityGraph(*analyzed, nodes));
  state.counters["sentences"] = static_cast<double>(nodes.size());
}
BENCHMARK(BM_SimilarityGraph)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_SelectDefault(benchmark::State& state) {
  Story story = Synthetic(static_cast<size_t>(state.range(0)));
  auto analyzed = AnalyzeStory(story);
  auto method = MakeSummarizer(kDefaultMethod);
  for (auto _ : state) {
    benchmark::DoNotOptimize(Summarize(*analyzed, **method, SummaryRequest(*Budget::Words(250))));
  }
}
BENCHMARK(BM_SelectDefault)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Attribute(benchmark::State& state) {
  Story story = Synthetic(static_cast<size_t>(state.range(0)));
  auto analyzed = AnalyzeStory(story);
  auto method = MakeSummarizer("lead");
  auto summary = *Summarize(*analyzed, **method, SummaryRequest(*Budget::Sentences(10)));
  for (auto _ : state) {
    Attribute(*analyzed, &summary);
    benchmark::DoNotOptimize(summary);
  }
}
BENCHMARK(BM_Attribute)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosswire

BENCHMARK_MAIN();
