#include "crosswire/parse.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "crosswire/tag.h"

namespace crosswire::tag {
namespace {

std::span<const uint8_t> Bytes(const std::string& s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

// Checks that `arcs` form one tree over the sentence: one root, heads within
// the sentence, every word reaching the root.
void ExpectTree(const std::vector<Arc>& arcs) {
  size_t roots = 0;
  for (size_t i = 0; i < arcs.size(); ++i) {
    if (arcs[i].head == Arc::kRoot) {
      ++roots;
      continue;
    }
    ASSERT_LT(arcs[i].head, arcs.size());
    ASSERT_NE(arcs[i].head, i);
    size_t x = i, steps = 0;
    while (arcs[x].head != Arc::kRoot && steps++ <= arcs.size()) x = arcs[x].head;
    EXPECT_EQ(arcs[x].head, Arc::kRoot) << "word " << i << " is on a cycle";
  }
  EXPECT_EQ(roots, arcs.empty() ? 0u : 1u);
}

TEST(ProjectiveTest, FindsCrossingArcs) {
  struct Case {
    std::vector<size_t> heads;  // 1-based, 0 = root
    bool projective;
  };
  const std::vector<Case> cases = {
      {{2, 0, 2}, true},      // a chain around the root word
      {{0, 1, 2, 3}, true},   // right-branching
      {{3, 3, 0, 3}, true},   // a head with both sides
      {{3, 4, 0, 3}, false},  // 2 -> 4 spans the root word 3, which it does not dominate
      {{0, 4, 1, 1}, false},  // 1 -> 3 crosses 4 -> 2
      {{0, 1, 9}, false},     // a head past the sentence
      {{}, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Projective(c.heads), c.projective) << ::testing::PrintToString(c.heads);
  }
}

// A small treebank written for this test; the parser must learn it.
std::vector<TaggedSentence> ToyTreebank() {
  auto s = [](std::vector<std::string> w, std::vector<std::string> p, std::vector<size_t> h,
              std::vector<std::string> r) {
    TaggedSentence t;
    t.words = std::move(w);
    t.pos = std::move(p);
    t.ner.assign(t.words.size(), "O");
    t.heads = std::move(h);
    t.relations = std::move(r);
    return t;
  };
  return {
      s({"The", "storm", "hit", "on", "Monday", "."}, {"DT", "NN", "VBD", "IN", "NNP", "."},
        {2, 3, 0, 5, 3, 3}, {"det", "nsubj", "root", "case", "obl", "punct"}),
      s({"Five", "boats", "sank", "."}, {"CD", "NNS", "VBD", "."}, {2, 3, 0, 3},
        {"nummod", "nsubj", "root", "punct"}),
      s({"Police", "found", "the", "mayor", "'s", "car", "."},
        {"NNS", "VBD", "DT", "NN", "POS", "NN", "."}, {2, 0, 4, 6, 4, 2, 2},
        {"nsubj", "root", "det", "nmod:poss", "case", "obj", "punct"}),
      s({"Rescue", "teams", "arrived", "in", "Lima", "."}, {"NN", "NNS", "VBD", "IN", "NNP", "."},
        {2, 3, 0, 5, 3, 3}, {"compound", "nsubj", "root", "case", "obl", "punct"}),
  };
}

std::string TrainToy() {
  ParserTrainOptions options;
  options.min_feature_count = 1;
  options.iterations = 10;
  return TrainParser(ToyTreebank(), options);
}

TEST(ParserTrainTest, LearnsItsTrainingSetAndIsDeterministic) {
  const std::string model = TrainToy();
  EXPECT_EQ(model, TrainToy()) << "same input must give the same bytes";
  auto parser = Parser::FromBytes(Bytes(model));
  ASSERT_TRUE(parser.has_value()) << parser.error().message();
  const ParseEvaluation ev = EvaluateParser(*parser, nullptr, ToyTreebank());
  EXPECT_EQ(ev.sentences, 4u);
  EXPECT_EQ(ev.labeled, ev.words);
  // A sentence without a tree is not trained on and not scored.
  std::vector<TaggedSentence> no_tree = ToyTreebank();
  no_tree[0].heads.clear();
  EXPECT_EQ(EvaluateParser(*parser, nullptr, no_tree).sentences, 3u);
}

TEST(ParserTest, RejectsMalformedModels) {
  const std::string model = TrainToy();
  std::string unknown = model;
  const size_t shift = unknown.find("\x02SH");
  ASSERT_NE(shift, std::string::npos);
  unknown[shift + 1] = 'Z';
  const std::vector<std::string> bad = {"",
                                        "CWPARS",
                                        "XXXXXXXX" + model.substr(8),
                                        model.substr(0, model.size() / 2),
                                        model.substr(0, 12),
                                        model + "x",
                                        unknown};
  for (const std::string& b : bad) {
    auto p = Parser::FromBytes(Bytes(b));
    ASSERT_FALSE(p.has_value()) << "accepted " << b.size() << " bytes";
    EXPECT_EQ(p.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(p.error().message().find("parse model"), std::string::npos) << p.error().message();
  }
}

// Every single-byte change of a model either is refused or parses into a
// tree: damaged bytes never crash nor loop.
TEST(ParserTest, DamagedModelsNeverCrash) {
  const std::string model = TrainToy();
  const std::vector<std::string_view> words = {"The", "storm", "hit", "Lima", "on", "Monday", "."};
  const std::vector<std::string_view> pos = {"DT", "NN", "VBD", "NNP", "IN", "NNP", "."};
  size_t accepted = 0;
  for (size_t at = 0; at < model.size(); ++at) {
    for (uint8_t x : {uint8_t{0x01}, uint8_t{0x80}, uint8_t{0xFF}}) {
      std::string damaged = model;
      damaged[at] = static_cast<char>(static_cast<uint8_t>(damaged[at]) ^ x);
      auto parser = Parser::FromBytes(Bytes(damaged));
      if (!parser) continue;
      ++accepted;
      ExpectTree(parser->Parse(words, pos));
    }
  }
  EXPECT_GT(accepted, 0u);  // weights and hashes may change freely
}

// The embedded model on sentences written for this test, with the embedded
// tagger's parts of speech, as corroboration will call it: each case names a
// word, its head word and the relation.
TEST(EmbeddedParserTest, AttachesDatesFiguresAndHolders) {
  const auto& parser = Parser::Embedded();
  ASSERT_TRUE(parser.has_value()) << parser.error().message();
  const auto& tagger = Tagger::Embedded();
  ASSERT_TRUE(tagger.has_value()) << tagger.error().message();
  struct Case {
    std::vector<std::string_view> words;
    std::string_view word, head, relation;
    // Tags given by the test where the embedded tagger errs on these words
    // (it tags "struck" after "quake" NN, "Rescue" and "rubble" JJ, and the
    // parser then follows the tags); empty: the tagger's.
    std::vector<std::string_view> pos = {};
  };
  const std::vector<Case> cases = {
      {{"The", "quake", "struck", "on", "Tuesday", "."},
       "Tuesday",
       "struck",
       "obl",
       {"DT", "NN", "VBD", "IN", "NNP", "."}},
      {{"The", "quake", "struck", "on", "Tuesday", "."},
       "quake",
       "struck",
       "nsubj",
       {"DT", "NN", "VBD", "IN", "NNP", "."}},
      {{"Ten", "people", "were", "killed", "."}, "Ten", "people", "nummod"},
      {{"Ten", "people", "were", "killed", "."}, "people", "killed", "nsubj:pass"},
      {{"The", "suspect", "was", "arrested", "on", "Sunday", "."}, "Sunday", "arrested", "obl"},
      {{"The", "storm", "killed", "12", "people", "in", "Peru", "."}, "people", "killed", "obj"},
      {{"The", "storm", "killed", "12", "people", "in", "Peru", "."}, "12", "people", "nummod"},
      {{"The", "storm", "killed", "12", "people", "in", "Peru", "."}, "storm", "killed", "nsubj"},
      {{"Peru", "'s", "president", "visited", "the", "town", "."},
       "Peru",
       "president",
       "nmod:poss"},
      {{"Rescue", "workers", "searched", "the", "rubble", "."},
       "Rescue",
       "workers",
       "compound",
       {"NN", "NNS", "VBD", "DT", "NN", "."}},
      {{"The", "ship", "carried", "300", "passengers", "."}, "300", "passengers", "nummod"},
  };
  for (const Case& c : cases) {
    const auto pos = c.pos.empty() ? tagger->PartsOfSpeech(c.words) : c.pos;
    const auto arcs = parser->Parse(c.words, pos);
    ASSERT_EQ(arcs.size(), c.words.size());
    ExpectTree(arcs);
    const size_t w = std::find(c.words.begin(), c.words.end(), c.word) - c.words.begin();
    const size_t h = std::find(c.words.begin(), c.words.end(), c.head) - c.words.begin();
    ASSERT_LT(w, c.words.size());
    ASSERT_LT(h, c.words.size());
    std::string sentence;  // "word/TAG<-head:relation ..." for the failure message
    for (size_t i = 0; i < c.words.size(); ++i) {
      sentence += std::string(c.words[i]) + "/" + std::string(pos[i]) + "<-" +
                  (arcs[i].head == Arc::kRoot ? "ROOT" : std::to_string(arcs[i].head)) + ":" +
                  std::string(arcs[i].relation) + " ";
    }
    EXPECT_EQ(arcs[w].head, h) << sentence << ": head of " << c.word;
    EXPECT_EQ(arcs[w].relation, c.relation) << sentence << ": relation of " << c.word;
  }
}

TEST(EmbeddedParserTest, AlwaysGivesOneTree) {
  const auto& parser = Parser::Embedded();
  ASSERT_TRUE(parser.has_value()) << parser.error().message();
  const std::vector<std::vector<std::string_view>> sentences = {
      {},
      {"Hello"},
      {".", ".", "."},
      {"killed", "killed", "killed", "the", "the", "in", "in"},
      {"A", "and", "B", "or", "C", ",", "D", ";", "E", "(", "F", ")", "G", "-", "H"},
  };
  for (const auto& words : sentences) {
    const std::vector<std::string_view> pos(words.size(), "NN");
    const auto arcs = parser->Parse(words, pos);
    ASSERT_EQ(arcs.size(), words.size());
    ExpectTree(arcs);
    // Missing tags count as unknown, and still give a tree.
    ExpectTree(parser->Parse(words, {}));
  }
}

TEST(EmbeddedParserTest, ThreadsGetTheSameTrees) {
  const auto& parser = Parser::Embedded();
  ASSERT_TRUE(parser.has_value()) << parser.error().message();
  const std::vector<std::string_view> words = {"Officials", "said",  "the", "fire",   "destroyed",
                                               "40",        "homes", "on",  "Friday", "."};
  const std::vector<std::string_view> pos = {"NNS", "VBD", "DT", "NN",  "VBD",
                                             "CD",  "NNS", "IN", "NNP", "."};
  const auto expected = parser->Parse(words, pos);
  std::vector<std::vector<Arc>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 50; ++k) got[t] = parser->Parse(words, pos);
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

}  // namespace
}  // namespace crosswire::tag
