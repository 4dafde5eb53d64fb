// Micro-benchmarks for the text module: sentence splitting, the boilerplate
// classifier, tokenizing and stemming, the trained entity tagger and the dependency parser (tag
// module), over the five Aleppo reports (examples/aleppo-2016-12-14), repeated to about 1 MB so
// timings are stable. Run:
//   build/release/bench/text_bench
// Bytes/s figures are per input byte.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crosswire/parse.h"
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

// The boilerplate classifier alone (features, line-table look-up, logistic
// model) over every unit the splitter cut from the corpus: what
// SplitSentences pays per unit for its boilerplate pass.
void BM_BoilerplateProbability(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<std::string_view> units;
  for (const auto& unit : crosswire::text::SplitSentences(text)) {
    units.push_back(std::string_view(text).substr(unit.begin, unit.end - unit.begin));
  }
  for (auto _ : state) {
    for (size_t k = 0; k < units.size(); ++k) {
      benchmark::DoNotOptimize(
          crosswire::text::BoilerplateProbability({units[k], k, units.size(), false, -1.0f}));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * units.size()));
}
BENCHMARK(BM_BoilerplateProbability)->Unit(benchmark::kMillisecond);

// The self-contained rule (does a sentence lean on the one before it?) over
// every unit of the corpus: the ILP and the other methods ask it of each
// candidate when a digest drops a sentence whose antecedent did not fit.
void BM_LeansOnEarlierSentence(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<std::string_view> units;
  for (const auto& unit : crosswire::text::SplitSentences(text)) {
    units.push_back(std::string_view(text).substr(unit.begin, unit.end - unit.begin));
  }
  const crosswire::text::Language english;
  size_t leaning = 0;
  for (auto _ : state) {
    leaning = 0;
    for (std::string_view unit : units) {
      leaning += crosswire::text::LeansOnEarlierSentence(unit, english);
    }
    benchmark::DoNotOptimize(leaning);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * units.size()));
  state.counters["leaning"] = static_cast<double>(leaning);
}
BENCHMARK(BM_LeansOnEarlierSentence)->Unit(benchmark::kMillisecond);

// The corpus's sentences, words split on white space.
const std::vector<std::vector<std::string_view>>& CorpusSentences() {
  static const auto sentences = [] {
    const std::string& text = Corpus();
    std::vector<std::vector<std::string_view>> out;
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
      out.push_back(std::move(sentence));
    }
    return out;
  }();
  return sentences;
}

// The entity tagger over every sentence of the corpus, words split on white
// space: what corroboration pays per article for entity types.
void BM_TagEntities(benchmark::State& state) {
  const auto& tagger = crosswire::tag::Tagger::Embedded();
  if (!tagger) {
    state.SkipWithError(tagger.error().message().c_str());
    return;
  }
  const auto& sentences = CorpusSentences();
  size_t words = 0;
  for (const auto& sentence : sentences) words += sentence.size();
  for (auto _ : state) {
    for (const auto& sentence : sentences) benchmark::DoNotOptimize(tagger->Entities(sentence));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
}
BENCHMARK(BM_TagEntities)->Unit(benchmark::kMillisecond);

// The dependency parser over the corpus's first sentences (about 20,000
// words), their parts of speech tagged beforehand: words/s is the parser's
// own speed.
void BM_Parse(benchmark::State& state) {
  const auto& tagger = crosswire::tag::Tagger::Embedded();
  const auto& parser = crosswire::tag::Parser::Embedded();
  if (!tagger || !parser) {
    state.SkipWithError(!tagger ? tagger.error().message().c_str()
                                : parser.error().message().c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> sentences, tags;
  size_t words = 0;
  for (const auto& sentence : CorpusSentences()) {
    if (words >= 20000) break;
    sentences.push_back(sentence);
    tags.push_back(tagger->PartsOfSpeech(sentence));
    words += sentence.size();
  }
  for (auto _ : state) {
    for (size_t k = 0; k < sentences.size(); ++k) {
      benchmark::DoNotOptimize(parser->Parse(sentences[k], tags[k]));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

// Reading the parser's model (data/tag/gum-parse.model, the bytes the library
// embeds): what Parser::Embedded() pays once per process.
void BM_ParserLoad(benchmark::State& state) {
  std::ifstream in(std::filesystem::path(CROSSWIRE_SOURCE_DIR) / "data" / "tag" / "gum-parse.model",
                   std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string model = buffer.str();
  const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(model.data()),
                                       model.size());
  for (auto _ : state) {
    auto parser = crosswire::tag::Parser::FromBytes(bytes);
    if (!parser) {
      state.SkipWithError(parser.error().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(parser);
  }
}
BENCHMARK(BM_ParserLoad)->Unit(benchmark::kMicrosecond);

// The entity tagger as corroboration runs it: each sentence decoded only up
// to its last name (here the last capitalised word not at the sentence
// start, a stand-in for the names corroboration's rules find; sentences
// without one are not tagged). Beside BM_TagEntities: what decoding a prefix
// saves (counter "decoded": the share of the corpus's words decoded).
void BM_TagEntitiesToLastName(benchmark::State& state) {
  const auto& tagger = crosswire::tag::Tagger::Embedded();
  if (!tagger) {
    state.SkipWithError(tagger.error().message().c_str());
    return;
  }
  const auto& sentences = CorpusSentences();
  std::vector<size_t> until(sentences.size(), 0);
  size_t words = 0, decoded = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const auto& s = sentences[k];
    words += s.size();
    for (size_t i = 1; i < s.size(); ++i) {
      if (s[i][0] >= 'A' && s[i][0] <= 'Z') until[k] = i + 1;
    }
    decoded += until[k];
  }
  for (auto _ : state) {
    for (size_t k = 0; k < sentences.size(); ++k) {
      if (until[k] > 0) benchmark::DoNotOptimize(tagger->Entities(sentences[k], until[k]));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
  state.counters["decoded"] = static_cast<double>(decoded) / static_cast<double>(words);
}
BENCHMARK(BM_TagEntitiesToLastName)->Unit(benchmark::kMillisecond);

// The span-type classifier over the same sentences, typing every run of
// capitalised words not at the sentence start (a stand-in for the names
// corroboration's rules find): its cost beside BM_TagEntities per sentence.
void BM_TagSpanTypes(benchmark::State& state) {
  const auto& tagger = crosswire::tag::Tagger::Embedded();
  if (!tagger) {
    state.SkipWithError(tagger.error().message().c_str());
    return;
  }
  const auto& sentences = CorpusSentences();
  std::vector<std::vector<crosswire::tag::EntitySpan>> names(sentences.size());
  size_t words = 0, count = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const auto& s = sentences[k];
    words += s.size();
    for (size_t i = 1; i < s.size();) {
      size_t j = i;
      while (j < s.size() && s[j][0] >= 'A' && s[j][0] <= 'Z') ++j;
      if (j > i) names[k].push_back({i, j, crosswire::tag::EntityType::kNone});
      i = j + 1;
    }
    count += names[k].size();
  }
  for (auto _ : state) {
    for (size_t k = 0; k < sentences.size(); ++k) {
      if (!names[k].empty()) benchmark::DoNotOptimize(tagger->SpanTypes(sentences[k], names[k]));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
  state.counters["names"] = static_cast<double>(count);
}
BENCHMARK(BM_TagSpanTypes)->Unit(benchmark::kMillisecond);

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
