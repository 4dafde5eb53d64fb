// train_tagger: trains the tag module's model on GUM and reports its accuracy.
//
//   train_tagger --gum ../shared/data/gum --out data/tag/gum.model
//                [--pos-iterations N] [--ner-iterations N] [--type-iterations N]
//                [--type-min-count N] [--eval dev|test]
//
// Trains on GUM's train split with a fixed seed, writes the model, then tags
// the evaluation split (dev by default: iterations are chosen on dev) and
// prints part-of-speech accuracy, entity P/R/F1 per type (exact spans), and
// the accuracy of the type given each gold named span, per gold type, with a
// confusion table, for three typers: the BIO tagger's overlapping entity
// (what corroboration used first), the span-type classifier, and the span
// classifier with one type per name and document (majority).
#include <cstdio>
#include <string>
#include <string_view>

#include "crosswire/tag.h"
#include "gum_splits.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: train_tagger --gum DIR --out FILE [--pos-iterations N] "
               "[--ner-iterations N] [--type-iterations N] [--type-min-count N] "
               "[--eval dev|test]\n");
  return 2;
}

std::string TypeName(size_t k) {
  return std::string(crosswire::tag::EntityTypeName(static_cast<crosswire::tag::EntityType>(k)));
}

// Type accuracy given the gold span, per gold type, then confusion rows
// (gold) by columns (predicted; "none": no type).
void PrintTypes(const std::string& title, const crosswire::tag::Evaluation::Confusion& c) {
  using crosswire::tag::EntityType;
  using crosswire::tag::Evaluation;
  std::printf("type given the gold span, %s:\n", title.c_str());
  size_t all = 0, named_right = 0, named_all = 0;
  for (size_t g = 1; g < 5; ++g) {
    for (size_t p = 0; p < 5; ++p) all += c[g][p];
  }
  for (size_t g = 1; g <= 3; ++g) {
    named_right += c[g][g];
    for (size_t p = 0; p < 5; ++p) named_all += c[g][p];
  }
  std::printf("  accuracy all %.3f (%zu spans); person+place+organization %.3f (%zu)\n",
              Evaluation::TypeAccuracy(c, EntityType::kNone), all,
              named_all ? double(named_right) / double(named_all) : 0.0, named_all);
  std::printf("  %-13s %8s |", "gold \\ pred", "accuracy");
  for (size_t p = 0; p < 5; ++p) std::printf(" %12s", TypeName(p).c_str());
  std::printf("\n");
  for (size_t g = 1; g < 5; ++g) {
    std::printf("  %-13s %8.3f |", TypeName(g).c_str(),
                Evaluation::TypeAccuracy(c, static_cast<EntityType>(g)));
    for (size_t p = 0; p < 5; ++p) std::printf(" %12zu", c[g][p]);
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace crosswire::tag;
  std::string gum, out, eval = "dev";
  TrainOptions options;
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
    } else if (a == "--pos-iterations") {
      if (!ParseInt(v, &options.pos_iterations)) return Usage();
    } else if (a == "--ner-iterations") {
      if (!ParseInt(v, &options.ner_iterations)) return Usage();
    } else if (a == "--type-iterations") {
      if (!ParseInt(v, &options.type_iterations)) return Usage();
    } else if (a == "--type-min-count") {
      if (!ParseInt(v, &options.type_min_feature_count)) return Usage();
    } else {
      return Usage();
    }
  }
  if (gum.empty() || out.empty()) return Usage();
  auto splits = ReadTrainAndHeld("train_tagger", gum, eval);
  if (!splits) return 1;
  std::vector<TaggedSentence>* train = &splits->train;
  const std::vector<TaggedSentence>* held = &splits->held;
  const std::string model = Train(*train, options);
  if (!WriteModel("train_tagger", out, model)) return 1;
  auto tagger = Tagger::FromBytes(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(model.data()), model.size()));
  if (!tagger) {
    std::fprintf(stderr, "train_tagger: %s\n", tagger.error().message().c_str());
    return 1;
  }
  const Evaluation ev = Evaluate(*tagger, *held);
  std::printf("trained on %zu sentences; model %zu bytes -> %s\n", train->size(), model.size(),
              out.c_str());
  std::printf("GUM %s: %zu sentences, %zu tokens\n", eval.c_str(), held->size(), ev.pos_total);
  std::printf("POS accuracy %.4f (pos iterations %d)\n", ev.PosAccuracy(), options.pos_iterations);
  std::printf("entities (exact span, ner iterations %d):\n", options.ner_iterations);
  std::printf("  %-13s %9s %9s %9s %6s %6s\n", "type", "precision", "recall", "F1", "pred", "gold");
  for (size_t t = 1; t <= 5; ++t) {
    const size_t k = t % 5;  // types, then all (index 0) last
    const auto& c = ev.by_type[k];
    const std::string_view name = k == 0 ? "all" : EntityTypeName(static_cast<EntityType>(k));
    std::printf("  %-13.*s %9.3f %9.3f %9.3f %6zu %6zu\n", static_cast<int>(name.size()),
                name.data(), c.Precision(), c.Recall(), c.F1(), c.predicted, c.gold);
  }
  PrintTypes("BIO tagger, entity overlapping the span most", ev.tagger_types);
  PrintTypes("span classifier (type iterations " + std::to_string(options.type_iterations) +
                 ", min count " + std::to_string(options.type_min_feature_count) + ")",
             ev.span_types);
  PrintTypes("span classifier, majority per name and document", ev.document_types);
  return 0;
}
