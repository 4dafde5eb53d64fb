#include "crosswire/wordnet.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosswire::wordnet {
namespace {

// testdata/wordnet: a made-up WordNet in the real format (make_fixture.py).
const WordNet& Fixture() {
  static const WordNet wn = [] {
    auto r = WordNet::Open(std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/wordnet");
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message());
    return std::move(*r);
  }();
  return wn;
}

TEST(WordNetTest, MissingFolderIsNotFound) {
  auto r = WordNet::Open("/nonexistent/wordnet");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.error().message().find("index.noun"), std::string::npos);
}

TEST(WordNetTest, LooksUpLemmasAndCollocations) {
  const WordNet& wn = Fixture();
  EXPECT_EQ(wn.NounSenses("city").size(), 2u);
  EXPECT_EQ(wn.NounSenses("City").size(), 2u);         // case-insensitive
  EXPECT_EQ(wn.NounSenses("Port Kessel").size(), 1u);  // space as "_"
  EXPECT_EQ(wn.NounSenses("port_kessel").size(), 1u);
  EXPECT_TRUE(wn.NounSenses("port").empty());
  EXPECT_TRUE(wn.NounSenses("zzz").empty());
  EXPECT_TRUE(wn.NounSenses("").empty());
  EXPECT_TRUE(wn.NounSenses("aaa").empty());  // before the first lemma
  // The first and last lemmas of the file are found (search bounds).
  EXPECT_EQ(wn.NounSenses("acme shipping company").size(), 1u);
  EXPECT_EQ(wn.NounSenses("state").size(), 2u);
}

TEST(WordNetTest, ReadsSynsets) {
  const WordNet& wn = Fixture();
  const auto senses = wn.NounSenses("crewman");
  ASSERT_EQ(senses.size(), 1u);
  const auto s = wn.NounSynset(senses[0]);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->lexname, kNounPerson);
  EXPECT_EQ(LexnameName(s->lexname), "noun.person");
  EXPECT_EQ(s->words, (std::vector<std::string_view>{"sailor", "crewman"}));
  ASSERT_EQ(s->pointers.size(), 2u);
  EXPECT_EQ(s->pointers[1].symbol, "#m");
  EXPECT_EQ(wn.NounSynset(s->pointers[1].offset)->words[0], "crew");
  EXPECT_FALSE(s->instance());
  EXPECT_EQ(wn.Lexname(senses[0]), kNounPerson);
  // An offset that is not a synset's start.
  EXPECT_FALSE(wn.NounSynset(senses[0] + 1).has_value());
  EXPECT_FALSE(wn.NounSynset(1u << 30).has_value());
  EXPECT_EQ(wn.Lexname(senses[0] + 1), 0xFF);
}

TEST(WordNetTest, BaseFormsFollowMorphy) {
  const WordNet& wn = Fixture();
  struct Case {
    std::string word;
    std::vector<std::string> bases;
  };
  const std::vector<Case> cases = {
      {"sailors", {"sailor"}}, {"crewmen", {"crewman"}}, {"men", {"man"}},     {"boxes", {"box"}},
      {"cities", {"city"}},    {"city", {"city"}},       {"Cities", {"city"}}, {"glass", {}},
      {"unknowns", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(wn.BaseForms(c.word), c.bases) << c.word;
}

TEST(WordNetTest, ClassesOfNamesAndNouns) {
  const WordNet& wn = Fixture();
  const NounClass freedonia = ClassOfName(wn, "Freedonia");
  EXPECT_EQ(freedonia.lexname, kNounLocation);
  EXPECT_EQ(freedonia.instance_lexname, kNounLocation);
  EXPECT_EQ(ClassOfName(wn, "Acme Shipping Company").instance_lexname, kNounGroup);
  // A common noun is no instance; its first sense gives the class.
  const NounClass city = ClassOfName(wn, "city");
  EXPECT_EQ(city.lexname, kNounLocation);
  EXPECT_EQ(city.instance_lexname, 0xFF);
  EXPECT_FALSE(ClassOfName(wn, "Atlantis").found());
  EXPECT_EQ(ClassOfNoun(wn, "sailors").lexname, kNounPerson);
  EXPECT_FALSE(ClassOfName(wn, "sailors").found());  // names get no morphology
}

TEST(WordNetTest, HypernymClosure) {
  const WordNet& wn = Fixture();
  const uint32_t sailor = wn.NounSenses("sailor")[0], person = wn.NounSenses("person")[0],
                 entity = wn.NounSenses("entity")[0], freedonia = wn.NounSenses("freedonia")[0],
                 location = wn.NounSenses("location")[0];
  EXPECT_TRUE(wn.ReachesByHypernyms(sailor, sailor, 0));
  EXPECT_TRUE(wn.ReachesByHypernyms(sailor, person, 1));
  EXPECT_FALSE(wn.ReachesByHypernyms(sailor, entity, 1));
  EXPECT_TRUE(wn.ReachesByHypernyms(sailor, entity, 2));
  EXPECT_FALSE(wn.ReachesByHypernyms(person, sailor, 5));      // upward only
  EXPECT_TRUE(wn.ReachesByHypernyms(freedonia, location, 2));  // through "@i"
}

TEST(WordNetTest, CountedNounsRelated) {
  const WordNet& wn = Fixture();
  struct Case {
    std::string a, b;
    bool related;
  };
  const std::vector<Case> cases = {
      {"sailors", "crewmen", true},                             // one synset
      {"crew", "sailors", true},                                // a group and its members
      {"crewman", "crew", true},    {"crew", "person", false},  // a group is no kind of person
      {"sailor", "box", false},     {"sailor", "unknown", false}, {"countries", "cities", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CountedNounsRelated(wn, c.a, c.b), c.related) << c.a << " / " << c.b;
  }
  // Kinds of one another, when hypernym steps are allowed.
  EXPECT_FALSE(CountedNounsRelated(wn, "men", "persons"));
  EXPECT_TRUE(CountedNounsRelated(wn, "men", "persons", 1));
  EXPECT_TRUE(CountedNounsRelated(wn, "person", "man", 1));  // either direction
  EXPECT_FALSE(CountedNounsRelated(wn, "sailor", "entity", 1));
  EXPECT_TRUE(CountedNounsRelated(wn, "sailor", "entity", 2));
  EXPECT_FALSE(CountedNounsRelated(wn, "man", "sailor", 2));  // siblings under "person"
}

// The real WordNet, when this machine has it (Debian's wordnet-base).
TEST(WordNetTest, InstalledWordNetKnowsCountries) {
  auto r = WordNet::Open("/usr/share/wordnet");
  if (!r)
    GTEST_SKIP() << "no WordNet in /usr/share/wordnet (package wordnet-base): "
                 << r.error().message();
  const NounClass c = ClassOfName(*r, "United Arab Emirates");
  EXPECT_EQ(c.instance_lexname, kNounLocation);
  EXPECT_EQ(ClassOfNoun(*r, "sailors").lexname, kNounPerson);
  EXPECT_EQ(r->BaseForms("children"), std::vector<std::string>{"child"});
}

}  // namespace
}  // namespace crosswire::wordnet
