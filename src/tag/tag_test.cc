#include "crosswire/tag.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "crosswire/wordnet.h"
#include "templates.h"

namespace crosswire::tag {
namespace {

TEST(ShapeTest, CollapsesRunsOfOneClass) {
  struct Case {
    std::string word, shape;
  };
  const std::vector<Case> cases = {
      {"Aleppo", "Xxx"},      {"UN", "XX"},       {"NATO", "XX"}, {"1,500", "d,dd"},
      {"al-Assad", "xx-Xxx"}, {"Zürich", "Xuxx"}, {"3", "d"},     {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Shape(c.word), c.shape) << c.word;
}

TEST(SpansFromLabelsTest, JoinsBioRuns) {
  struct Case {
    std::vector<std::string_view> labels;
    std::vector<EntitySpan> spans;
  };
  const std::vector<Case> cases = {
      {{"O", "B-person", "I-person", "O"}, {{1, 3, EntityType::kPerson}}},
      {{"B-place", "B-place"}, {{0, 1, EntityType::kPlace}, {1, 2, EntityType::kPlace}}},
      // An I- without its B- opens a span; a type change closes one.
      {{"I-organization", "I-person"},
       {{0, 1, EntityType::kOrganization}, {1, 2, EntityType::kPerson}}},
      {{"B-other", "I-other", "I-other"}, {{0, 3, EntityType::kOther}}},
      {{"O", "O"}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(SpansFromLabels(c.labels), c.spans);
}

// A tiny training set written for this test: the model must learn it.
std::vector<TaggedSentence> ToyCorpus() {
  auto s = [](std::vector<std::string> w, std::vector<std::string> p, std::vector<std::string> n) {
    return TaggedSentence{std::move(w), std::move(p), std::move(n), 0, {}, {}};
  };
  return {
      s({"Maria", "Ortega", "visited", "Tarnow", "."}, {"NNP", "NNP", "VBD", "NNP", "."},
        {"B-person", "I-person", "O", "B-place", "O"}),
      s({"Tomas", "Weber", "left", "Brill", "Bank", "."}, {"NNP", "NNP", "VBD", "NNP", "NNP", "."},
        {"B-person", "I-person", "O", "B-organization", "I-organization", "O"}),
      s({"She", "lives", "in", "Kessel", "."}, {"PRP", "VBZ", "IN", "NNP", "."},
        {"O", "O", "O", "B-place", "O"}),
  };
}

TEST(TrainTest, LearnsItsTrainingSetAndIsDeterministic) {
  TrainOptions options;
  options.min_feature_count = 1;
  options.pos_iterations = options.ner_iterations = 10;
  const std::string model = Train(ToyCorpus(), options);
  EXPECT_EQ(model, Train(ToyCorpus(), options)) << "same input must give the same bytes";
  auto tagger = Tagger::FromBytes(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(model.data()), model.size()));
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  const Evaluation ev = Evaluate(*tagger, ToyCorpus());
  EXPECT_EQ(ev.pos_correct, ev.pos_total);
  EXPECT_EQ(ev.by_type[0].correct, ev.by_type[0].gold);
}

TEST(TaggerTest, RejectsMalformedModels) {
  TrainOptions options;
  options.min_feature_count = 1;
  const std::string model = Train(ToyCorpus(), options);
  const std::vector<std::string> bad = {"", "CWTAG", "XXXXXXXX" + model.substr(8),
                                        model.substr(0, model.size() / 2), model + "x"};
  for (const std::string& b : bad) {
    auto t = Tagger::FromBytes(
        std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(b.data()), b.size()));
    ASSERT_FALSE(t.has_value()) << b.size();
    EXPECT_NE(t.error().message().find("tag model"), std::string::npos);
  }
}

TEST(TaggerTest, EmbeddedModelLoadsAndTagsEmptyInput) {
  const auto& tagger = Tagger::Embedded();
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  EXPECT_TRUE(tagger->Entities({}).empty());
  const std::vector<std::string_view> words = {"Aid", "reached", "Aleppo", "on", "Tuesday", "."};
  EXPECT_EQ(tagger->PartsOfSpeech(words).size(), words.size());
}

// Decoding a prefix gives the whole sentence's labels for it (corroboration
// decodes only up to a sentence's last mention); sentences written for this
// test.
TEST(TaggerTest, PrefixDecodingGivesTheWholeSentencesLabels) {
  const auto& tagger = Tagger::Embedded();
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Maria", "Ortega", "of", "the", "Brill", "Bank", "flew", "to", "Lisbon", "on", "Monday",
       "."},
      {"The", "United", "Nations", "said", "aid", "reached", "eastern", "Aleppo", "."},
      {"\u201cWe", "are", "leaving", ",\u201d", "said", "Tomas", "Weber", "'s", "brother", "."},
      {"Kessel"},
  };
  for (const auto& words : sentences) {
    const std::vector<std::string_view> whole = tagger->EntityLabels(words);
    ASSERT_EQ(whole.size(), words.size());
    for (size_t n = 0; n <= words.size() + 1; ++n) {
      const size_t k = std::min(n, words.size());
      const std::vector<std::string_view> prefix(whole.begin(), whole.begin() + k);
      EXPECT_EQ(tagger->EntityLabels(words, n), prefix) << words[0] << " " << n;
      EXPECT_EQ(tagger->Entities(words, n), SpansFromLabels(prefix)) << words[0] << " " << n;
    }
    EXPECT_EQ(tagger->Entities(words, words.size()), tagger->Entities(words));
  }
}

// Names whose type the BIO tagger's overlapping entity gets wrong (what
// corroboration used) and the span classifier gets right; sentences written
// for this test.
TEST(TaggerSpanTypesTest, TypesNamesTheBioTaggerMistypes) {
  struct Case {
    std::vector<std::string_view> words;
    size_t begin, end;
    EntityType old_type, type;
  };
  const std::vector<Case> cases = {
      {{"The", "ship", "sank", "in", "the", "Indian", "Ocean", "."},
       5,
       7,
       EntityType::kOther,
       EntityType::kPlace},
      {{"The", "minister", "met", "Maria", "Ortega", "in", "Lisbon", "."},
       6,
       7,
       EntityType::kOther,
       EntityType::kPlace},
      {{"Reporters", "asked", "Tomas", "Weber", "about", "the", "plan", "."},
       2,
       4,
       EntityType::kNone,
       EntityType::kPerson},
      {{"The", "army", "entered", "Aleppo", "on", "Tuesday", "."},
       3,
       4,
       EntityType::kPerson,
       EntityType::kPlace},
  };
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "no WordNet (package wordnet-base): the span classifier was trained with it";
  }
  const auto& tagger = Tagger::Embedded();
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  for (const auto& c : cases) {
    EntityType old_type = EntityType::kNone;
    size_t best = 0;
    for (const EntitySpan& e : tagger->Entities(c.words)) {
      const size_t lo = std::max(c.begin, e.begin), hi = std::min(c.end, e.end);
      if (hi > lo && hi - lo > best) {
        best = hi - lo;
        old_type = e.type;
      }
    }
    const std::string name(c.words[c.begin]);
    EXPECT_EQ(old_type, c.old_type) << name;
    const std::vector<EntitySpan> names = {{c.begin, c.end, EntityType::kNone}};
    EXPECT_EQ(tagger->SpanTypes(c.words, names), std::vector<EntityType>{c.type}) << name;
  }
}

TEST(TaggerSpanTypesTest, SpansOutsideTheSentenceGetNone) {
  const auto& tagger = Tagger::Embedded();
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  const std::vector<std::string_view> words = {"Aid", "reached", "Aleppo", "."};
  const std::vector<EntitySpan> names = {{2, 2, EntityType::kNone}, {3, 5, EntityType::kNone}};
  EXPECT_EQ(tagger->SpanTypes(words, names),
            (std::vector<EntityType>{EntityType::kNone, EntityType::kNone}));
  EXPECT_TRUE(tagger->SpanTypes({}, names) ==
              (std::vector<EntityType>{EntityType::kNone, EntityType::kNone}));
}

}  // namespace
}  // namespace crosswire::tag

namespace crosswire::tag {
namespace {

// The span classifier's WordNet features name classes, not words: two
// countries get the same ones, a person other ones, a name WordNet lacks only
// the "not a noun" class.
TEST(WordNetSpanFeaturesTest, NamesOfOneClassShareFeatures) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "built without WordNet (package wordnet-base), or CROSSWIRE_WORDNET set empty";
  }
  auto features = [](std::vector<std::string_view> words, size_t begin, size_t end) {
    const SentenceView view = MakeView(words);
    std::vector<uint32_t> out;
    WordNetSpanFeatures(view, begin, end, &out);
    return out;
  };
  const auto mozambique = features({"Aid", "went", "to", "Mozambique", "."}, 3, 4);
  const auto zimbabwe = features({"Aid", "went", "to", "Zimbabwe", "."}, 3, 4);
  const auto mandela = features({"Aid", "went", "to", "Mandela", "."}, 3, 4);
  const auto unknown = features({"Aid", "went", "to", "Qwertzland", "."}, 3, 4);
  EXPECT_FALSE(mozambique.empty());
  EXPECT_EQ(mozambique, zimbabwe);
  EXPECT_NE(mozambique, mandela);
  EXPECT_EQ(unknown.size(), 1u);  // the whole name's class: none
  // A multi-word name also gets its head word's class ("Glacier": noun.object)
  // and its first word's.
  const auto glacier = features({"near", "the", "Qwertz", "Glacier"}, 2, 4);
  const auto lake = features({"near", "the", "Qwertz", "Lake"}, 2, 4);
  EXPECT_EQ(glacier.size(), 3u);
  EXPECT_EQ(glacier, lake);  // both noun.object
}

}  // namespace
}  // namespace crosswire::tag
