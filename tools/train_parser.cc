// train_parser: trains the tag module's dependency parser on GUM and reports
// its attachment scores.
//
//   train_parser --gum ../shared/data/gum --out data/tag/gum-parse.model
//                [--iterations N] [--min-count N] [--explore-from N] [--eval dev|test]
//                [--jackknife K]
//
// Trains on GUM's train split with a fixed seed and writes the model. The
// parts of speech it trains on are predicted, as at use: with --jackknife K
// (default 10), the train documents fall into K folds by their order in
// splits.tsv, and each fold is tagged by a part-of-speech tagger trained (as
// train_tagger does, same passes and seed) on the other folds; K = 0 trains
// on gold tags. After every pass it parses the evaluation split (dev by
// default: the number of passes is chosen on dev) with the parts of speech of
// the embedded tagger, as at use, and prints UAS and LAS with and without
// punctuation (words whose gold relation is "punct"); at the end, the same
// with gold parts of speech.
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/parse.h"
#include "crosswire/tag.h"
#include "gum_splits.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: train_parser --gum DIR --out FILE [--iterations N] [--min-count N] "
               "[--explore-from N] [--eval dev|test] [--jackknife K]\n");
  return 2;
}

// Replaces the gold tags of `sentences` with jackknifed predictions (see the
// file comment). False when a fold's tagger cannot be read.
bool Jackknife(int folds, std::vector<crosswire::tag::TaggedSentence>* sentences) {
  using namespace crosswire::tag;
  for (int f = 0; f < folds; ++f) {
    std::vector<TaggedSentence> rest;
    for (const TaggedSentence& s : *sentences) {
      if (static_cast<int>(s.document % static_cast<size_t>(folds)) != f) rest.push_back(s);
    }
    TrainOptions options;  // the tagger's part-of-speech passes; no entity tables
    options.ner_iterations = 0;
    options.type_iterations = 0;
    const std::string model = Train(rest, options);
    auto tagger = Tagger::FromBytes(
        std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(model.data()), model.size()));
    if (!tagger) return false;
    size_t right = 0, all = 0;
    for (TaggedSentence& s : *sentences) {
      if (static_cast<int>(s.document % static_cast<size_t>(folds)) != f) continue;
      std::vector<std::string_view> words(s.words.begin(), s.words.end());
      const auto pos = tagger->PartsOfSpeech(words);
      for (size_t i = 0; i < pos.size(); ++i) {
        right += pos[i] == s.pos[i];
        s.pos[i] = std::string(pos[i]);
      }
      all += pos.size();
    }
    std::printf("jackknife fold %d: %zu words tagged, POS accuracy %.4f\n", f, all,
                all ? double(right) / double(all) : 0.0);
  }
  return true;
}

void Print(const char* what, const crosswire::tag::ParseEvaluation& ev) {
  std::printf("%s: UAS %.4f LAS %.4f (%zu words); without punct UAS %.4f LAS %.4f (%zu words)\n",
              what, ev.Uas(), ev.Las(), ev.words, ev.UasNoPunct(), ev.LasNoPunct(),
              ev.words_no_punct);
}

auto Load(const std::string& model) {
  return crosswire::tag::Parser::FromBytes(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(model.data()), model.size()));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace crosswire::tag;
  std::string gum, out, eval = "dev";
  ParserTrainOptions options;
  int folds = 10;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (i + 1 >= argc) return Usage();
    const std::string_view v = argv[++i];
    if (a == "--gum") {
      gum = v;
    } else if (a == "--out") {
      out = v;
    } else if (a == "--eval" && (v == "dev" || v == "test")) {
      eval = v;
    } else if (a == "--iterations") {
      if (!ParseInt(v, &options.iterations)) return Usage();
    } else if (a == "--min-count") {
      if (!ParseInt(v, &options.min_feature_count)) return Usage();
    } else if (a == "--jackknife") {
      if (!ParseInt(v, &folds, 0) || folds == 1) return Usage();
    } else if (a == "--explore-from") {
      if (!ParseInt(v, &options.explore_from)) return Usage();
    } else {
      return Usage();
    }
  }
  if (gum.empty() || out.empty()) return Usage();
  auto splits = ReadTrainAndHeld("train_parser", gum, eval);
  if (!splits) return 1;
  std::vector<TaggedSentence>* train = &splits->train;
  const std::vector<TaggedSentence>* held = &splits->held;
  const auto& tagger = Tagger::Embedded();
  if (!tagger) {
    std::fprintf(stderr, "train_parser: %s\n", tagger.error().message().c_str());
    return 1;
  }
  if (folds > 0 && !Jackknife(folds, &*train)) {
    std::fprintf(stderr, "train_parser: a jackknife tagger is malformed\n");
    return 1;
  }
  size_t words = 0, non_projective = 0;
  for (const TaggedSentence& s : *train) {
    words += s.words.size();
    non_projective += !Projective(s.heads);
  }
  std::printf(
      "GUM train: %zu sentences, %zu words, %zu not projective (trained with the "
      "dynamic oracle's least-cost transitions)\n",
      train->size(), words, non_projective);
  const auto start = std::chrono::steady_clock::now();
  const std::string model = TrainParser(*train, options, [&](int pass, const std::string& bytes) {
    auto parser = Load(bytes);
    if (!parser) return;
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string what = "pass " + std::to_string(pass) + " (" +
                             std::to_string(static_cast<int>(s)) + " s), " + eval +
                             ", predicted POS";
    Print(what.c_str(), EvaluateParser(*parser, &*tagger, *held));
  });
  if (!WriteModel("train_parser", out, model)) return 1;
  auto parser = Load(model);
  if (!parser) {
    std::fprintf(stderr, "train_parser: %s\n", parser.error().message().c_str());
    return 1;
  }
  std::printf(
      "model %zu bytes -> %s (%d passes, min count %d, explore from pass %d, jackknife %d)\n",
      model.size(), out.c_str(), options.iterations, options.min_feature_count,
      options.explore_from, folds);
  Print((eval + ", predicted POS").c_str(), EvaluateParser(*parser, &*tagger, *held));
  Print((eval + ", gold POS").c_str(), EvaluateParser(*parser, nullptr, *held));
  return 0;
}
