#include "crosswire/wordnet.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "wordnet_build.h"
#include "wordnet_table.h"

namespace crosswire::wordnet {
namespace {

// testdata/wordnet: a made-up WordNet in the real format (make_fixture.py),
// built into a table as the build does with the installed files.
const std::string& FixtureTable() {
  static const std::string table = [] {
    TableStats stats;
    auto r = BuildTable(std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/wordnet", &stats);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message());
    EXPECT_EQ(stats.lemmas, 18u);
    EXPECT_EQ(stats.lemmas_unfound, 0u);
    EXPECT_EQ(stats.exceptions, 1u);
    return r ? *r : std::string();
  }();
  return table;
}

const WordNet& Fixture() {
  static const WordNet wn = [] {
    auto r = WordNet::FromTable(FixtureTable());
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message());
    return std::move(*r);
  }();
  return wn;
}

TEST(WordNetTest, MissingFolderIsNotFound) {
  auto r = BuildTable("/nonexistent/wordnet");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.error().message().find("index.noun"), std::string::npos);
}

TEST(WordNetTest, LooksUpLemmasAndCollocations) {
  const WordNet& wn = Fixture();
  EXPECT_TRUE(wn.HasNoun("city"));
  EXPECT_TRUE(wn.HasNoun("City"));         // case-insensitive
  EXPECT_TRUE(wn.HasNoun("Port Kessel"));  // space as "_"
  EXPECT_TRUE(wn.HasNoun("port_kessel"));
  EXPECT_FALSE(wn.HasNoun("port"));
  EXPECT_FALSE(wn.HasNoun("zzz"));
  EXPECT_FALSE(wn.HasNoun(""));
  EXPECT_FALSE(wn.HasNoun("aaa"));  // before the first lemma
  // The first and last lemmas of the file are found (search bounds).
  EXPECT_TRUE(wn.HasNoun("acme shipping company"));
  EXPECT_TRUE(wn.HasNoun("state"));
  EXPECT_FALSE(wn.HasNoun("statf"));
  // An exception's inflected form is no lemma.
  EXPECT_FALSE(wn.HasNoun("men"));
}

// Many keys over many blocks: every key is found, and nothing between them.
TEST(WordNetTest, LooksUpAcrossBlocks) {
  // A fixture of 3,000 lemmas (about a dozen 4 KiB blocks), written in the
  // real format to a temporary folder.
  const std::string dir = ::testing::TempDir() + "/wordnet_blocks";
  std::filesystem::create_directories(dir);
  std::string index, data;
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("lemma_" + std::to_string(100000 + 7 * i));
  for (const std::string& k : keys) {
    const size_t offset = data.size();
    char line[200];
    std::snprintf(line, sizeof line, "%08zu 15 n 01 %s 0 000 | a made-up place\n", offset,
                  k.c_str());
    data += line;
    std::snprintf(line, sizeof line, "%s n 1 0 1 0 %08zu  \n", k.c_str(), offset);
    index += line;
  }
  std::ofstream(dir + "/index.noun") << index;
  std::ofstream(dir + "/data.noun") << data;
  std::ofstream(dir + "/noun.exc") << "lemmata lemma_100000\n";
  auto table = BuildTable(dir);
  ASSERT_TRUE(table.has_value()) << table.error().message();
  auto wn = WordNet::FromTable(*table);
  ASSERT_TRUE(wn.has_value()) << wn.error().message();
  for (const std::string& k : keys) {
    EXPECT_TRUE(wn->HasNoun(k)) << k;
    EXPECT_EQ(ClassOfName(*wn, k).lexname, kNounLocation) << k;
    EXPECT_FALSE(wn->HasNoun(k + "0")) << k;
    EXPECT_FALSE(wn->HasNoun(k.substr(0, k.size() - 1))) << k;
  }
  EXPECT_EQ(wn->BaseForms("Lemmata"), std::vector<std::string>{"lemma_100000"});
}

TEST(WordNetTest, RejectsDamagedTables) {
  const std::string& good = FixtureTable();
  ASSERT_TRUE(WordNet::FromTable(good).has_value());
  EXPECT_EQ(WordNet::FromTable("").error().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(WordNet::FromTable(good.substr(0, good.size() / 2)).error().code(),
            ErrorCode::kDataLoss);
  std::string bad_magic = good;
  bad_magic[0] ^= 1;
  EXPECT_NE(WordNet::FromTable(bad_magic).error().message().find("magic"), std::string::npos);
  std::string bad_version = good;
  const uint32_t version = table::kVersion + 1;
  std::memcpy(bad_version.data() + 4 * table::kVersionWord, &version, 4);
  EXPECT_NE(WordNet::FromTable(bad_version).error().message().find("version"), std::string::npos);
  std::string bad_section = good;
  const uint32_t far = 1u << 30;
  std::memcpy(bad_section.data() + 4 * table::kGroupsOffset, &far, 4);
  EXPECT_EQ(WordNet::FromTable(bad_section).error().code(), ErrorCode::kDataLoss);
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
  // A kind of the other is not enough: no hypernym steps.
  EXPECT_FALSE(CountedNounsRelated(wn, "men", "persons"));
  EXPECT_FALSE(CountedNounsRelated(wn, "sailor", "entity"));
  // One synset under two lemmas ("group", "grouping"), and a first sense only:
  // "state" is first the country.
  EXPECT_TRUE(CountedNounsRelated(wn, "groups", "groupings"));
  EXPECT_TRUE(CountedNounsRelated(wn, "states", "countries"));
}

// The real WordNet, embedded when the build had it (Debian's wordnet-base).
TEST(WordNetTest, InstalledWordNetKnowsCountries) {
  const WordNet* wn = WordNet::Installed();
  if (wn == nullptr) GTEST_SKIP() << "built without WordNet (package wordnet-base)";
  const NounClass c = ClassOfName(*wn, "United Arab Emirates");
  EXPECT_EQ(c.instance_lexname, kNounLocation);
  EXPECT_TRUE(c.first_is_instance);
  EXPECT_EQ(ClassOfNoun(*wn, "sailors").lexname, kNounPerson);
  EXPECT_EQ(wn->BaseForms("children"), std::vector<std::string>{"child"});
  EXPECT_TRUE(CountedNounsRelated(*wn, "sailors", "crewmen"));
  EXPECT_TRUE(CountedNounsRelated(*wn, "crew", "sailors"));
  EXPECT_FALSE(CountedNounsRelated(*wn, "people", "workers"));
  // "French" is first the language, though it also names a sculptor.
  const NounClass french = ClassOfName(*wn, "French");
  EXPECT_EQ(french.instance_lexname, kNounPerson);
  EXPECT_FALSE(french.first_is_instance);
  // "Wellington" is first the duke, then the capital of New Zealand: a
  // person's and places' name; "Mozambique" a place's only.
  const NounClass wellington = ClassOfName(*wn, "Wellington");
  EXPECT_EQ(wellington.instance_lexname, kNounPerson);
  EXPECT_TRUE(wellington.person_and_place);
  EXPECT_FALSE(ClassOfName(*wn, "Mozambique").person_and_place);
  // Initialisms: the first sense writes "TV" (television) and "FBI" in
  // capitals; "GM" is the gram's "gm", written in lower case.
  EXPECT_TRUE(ClassOfName(*wn, "TV").initialism);
  EXPECT_TRUE(ClassOfName(*wn, "FBI").initialism);
  EXPECT_EQ(ClassOfName(*wn, "FBI").lexname, kNounGroup);
  EXPECT_FALSE(ClassOfName(*wn, "GM").initialism);
  EXPECT_FALSE(ClassOfName(*wn, "television").initialism);
}

// Verbs, adjectives and adverbs, with morphy's suffix rules and exception
// lists; nouns and names are none of them.
TEST(WordNetTest, InstalledWordNetKnowsOtherPartsOfSpeech) {
  const WordNet* wn = WordNet::Installed();
  if (wn == nullptr) GTEST_SKIP() << "built without WordNet (package wordnet-base)";
  EXPECT_EQ(wn->OtherPartsOfSpeech("Seeking"), WordNet::kVerb);  // -ing rule
  EXPECT_EQ(wn->OtherPartsOfSpeech("consider"), WordNet::kVerb);
  EXPECT_NE(wn->OtherPartsOfSpeech("skips") & WordNet::kVerb, 0);    // -s rule
  EXPECT_NE(wn->OtherPartsOfSpeech("sought") & WordNet::kVerb, 0);   // verb.exc
  EXPECT_NE(wn->OtherPartsOfSpeech("skipped") & WordNet::kVerb, 0);  // verb.exc doubles
  EXPECT_EQ(wn->OtherPartsOfSpeech("Similarly"), WordNet::kAdverb);
  EXPECT_NE(wn->OtherPartsOfSpeech("cheaper") & WordNet::kAdjective, 0);  // -er rule
  EXPECT_NE(wn->OtherPartsOfSpeech("better") & WordNet::kAdjective, 0);   // adj.exc
  EXPECT_NE(wn->OtherPartsOfSpeech("considered") & WordNet::kVerb, 0);    // -ed rule
  EXPECT_NE(wn->OtherPartsOfSpeech("banning") & WordNet::kVerb, 0);       // doubled consonant
  EXPECT_EQ(wn->OtherPartsOfSpeech("Jared"), 0);  // "jar" would double: "jarred"
  EXPECT_EQ(wn->OtherPartsOfSpeech("Mozambique"), 0);
  EXPECT_EQ(wn->OtherPartsOfSpeech("sailors"), 0);
  EXPECT_EQ(wn->OtherPartsOfSpeech(""), 0);
}

}  // namespace
}  // namespace crosswire::wordnet
