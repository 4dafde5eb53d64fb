// Whole-story behaviour on the example reports, with a plain line/period
// sentence splitter so that this test does not depend on the text module.
// (tests/corroboration_example_test.cc runs the real pipeline.)
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "background_checks.h"
#include "crosswire/wordnet.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Lines, cut after ". " / "? " / "! " when a capital or quote follows.
std::vector<SentenceRef> NaiveSentences(std::string_view text, size_t* next_id) {
  std::vector<SentenceRef> out;
  size_t begin = 0;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
    if (e > b) out.push_back(SentenceRef{(*next_id)++, b, e});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      emit(begin, i);
      begin = i + 1;
    } else if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && i + 2 < text.size() &&
               text[i + 1] == ' ' &&
               ((text[i + 2] >= 'A' && text[i + 2] <= 'Z') || text[i + 2] == '"')) {
      emit(begin, i + 1);
      begin = i + 1;
    }
  }
  emit(begin, text.size());
  return out;
}

// The splitter calls a line whose closing quote mark stands apart from its
// final punctuation a heading; it is running text.
TEST(IsSpacedQuoteSentenceTest, ClosingMarkAfterASpace) {
  const struct {
    const char* unit;
    bool sentence;
  } cases[] = {
      {"He said: \"We will rebuild the school. \"", true},
      {"\"Is anyone still inside? \" ", true},
      {"The warden said: \xE2\x80\x9CNobody was hurt. \xE2\x80\x9D", true},
      {"'Keep away from the river! '", true},
      {"Storm hits the coast", false},
      {"Why the \"new normal\" ", false},
      {"She said \"yes.\"", false},  // a glued mark: the splitter reads it already
      {"\"", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsSpacedQuoteSentence(c.unit), c.sentence) << c.unit;
}

std::vector<FactGroup> ExampleGroups() {
  Story story;
  for (int k = 1; k <= 5; ++k) {
    Article a;
    a.id = "report-" + std::to_string(k);
    a.source = std::string(CROSSWIRE_SOURCE_DIR) + "/examples/aleppo-2016-12-14/" + a.id + ".txt";
    a.text = ReadFile(a.source);
    story.articles.push_back(std::move(a));
  }
  std::vector<std::vector<SentenceRef>> refs;
  size_t id = 0;
  for (const Article& a : story.articles) refs.push_back(NaiveSentences(a.text, &id));
  auto claims = ExtractStory(story, refs);
  if (!claims.has_value()) {
    ADD_FAILURE() << claims.error().message();
    return {};
  }
  return Align(std::move(*claims));
}

// Set CROSSWIRE_PRINT_FACTS=1 to see every group.
// Every group is well formed: its verdict matches the outlets behind its
// claims, and each claim points into its own article's text.
TEST(StoryTest, ExampleGroupsAreWellFormed) {
  const auto groups = ExampleGroups();
  ASSERT_GE(groups.size(), 20u);
  for (const FactGroup& g : groups) {
    ASSERT_FALSE(g.claims.empty()) << g.about;
    std::set<size_t> outlets;
    for (const Fact& f : g.claims) {
      ASSERT_LT(f.article, 5u) << g.about;
      EXPECT_FALSE(f.value.empty()) << g.about;
      outlets.insert(f.article);
    }
    if (g.verdict == Verdict::kSingleSource) {
      EXPECT_EQ(outlets.size(), 1u) << g.about;
    } else if (g.verdict == Verdict::kAgree || g.verdict == Verdict::kConflict) {
      EXPECT_GE(outlets.size(), 2u) << g.about;
    }
  }
}

// Set CROSSWIRE_PRINT_FACTS=1 to see every group.
TEST(StoryTest, PrintsExampleGroupsOnRequest) {
  if (std::getenv("CROSSWIRE_PRINT_FACTS") == nullptr) {
    GTEST_SKIP() << "set CROSSWIRE_PRINT_FACTS=1 to print the example's fact groups";
  }
  const auto groups = ExampleGroups();
  for (const FactGroup& g : groups) {
    std::string line = std::string(VerdictName(g.verdict)) + " " +
                       std::string(FactKindName(g.kind)) + " [" + g.about + "]";
    for (const Fact& f : g.claims) {
      line += " | r" + std::to_string(f.article + 1) + ": " + f.value;
      if (!f.qualifier.empty()) line += " {" + f.qualifier + "}";
      if (!f.normalized_text.empty()) line += " <" + f.normalized_text + ">";
    }
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace
}  // namespace crosswire::corroborate

namespace crosswire::corroborate {
namespace {

TEST(StoryTest, NamesWithoutCueAreClassifiedFromOtherArticles) {
  // "between Russia and Iran" has no cue in report 2, but other reports
  // place Russia; the story is the context.
  bool found = false;
  for (const FactGroup& g : ExampleGroups()) {
    if (g.about != "Russia") continue;
    found = true;
    EXPECT_EQ(g.kind, FactKind::kPlace);
    EXPECT_GE(g.claims.size(), 4u);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace crosswire::corroborate

namespace crosswire::corroborate {
namespace {

// A past event told over two sentences ("The last ... to ... It killed ...")
// is background in both: its toll is never set against this event's toll.
TEST(StoryTest, APastEventToldOverTwoSentencesStaysApart) {
  Story story;
  for (const char* text :
       {"The flood killed 14 people in the valley on Monday. The last flood to hit the valley "
        "was in March. It killed 212 people.",
        "Fourteen people were killed by the flood in the valley, officials said."}) {
    Article a;
    a.id = "a" + std::to_string(story.articles.size());
    a.text = text;
    story.articles.push_back(std::move(a));
  }
  std::vector<std::vector<SentenceRef>> refs;
  size_t id = 0;
  for (const Article& a : story.articles) refs.push_back(NaiveSentences(a.text, &id));
  auto claims = ExtractStory(story, refs);
  ASSERT_TRUE(claims.has_value()) << claims.error().message();
  bool past_seen = false;
  for (const FactGroup& g : Align(std::move(*claims))) {
    for (const Fact& f : g.claims) {
      if (f.value != "212") continue;
      past_seen = true;
      EXPECT_TRUE(f.referent.background);
      EXPECT_EQ(g.claims.size(), 1u) << g.about;
    }
    if (g.verdict == Verdict::kAgree && g.kind == FactKind::kQuantity) {
      EXPECT_EQ(g.claims.size(), 2u) << g.about;  // 14 and Fourteen
    }
  }
  EXPECT_TRUE(past_seen);
}

std::vector<FactGroup> GroupsOf(const std::vector<std::string>& texts) {
  Story story;
  for (size_t k = 0; k < texts.size(); ++k) {
    Article a;
    a.id = "a" + std::to_string(k + 1);
    a.text = texts[k];
    story.articles.push_back(std::move(a));
  }
  std::vector<std::vector<SentenceRef>> refs;
  size_t id = 0;
  for (const Article& a : story.articles) refs.push_back(NaiveSentences(a.text, &id));
  auto claims = ExtractStory(story, refs);
  if (!claims.has_value()) {
    ADD_FAILURE() << claims.error().message();
    return {};
  }
  return Align(std::move(*claims));
}

const FactGroup* GroupWith(const std::vector<FactGroup>& groups, std::string_view value) {
  for (const FactGroup& g : groups) {
    for (const Fact& f : g.claims) {
      if (f.value == value) return &g;
    }
  }
  return nullptr;
}

// Past events quoted as background by two outlets with different figures
// ("last year's", a comparison "since ..., when ...") are neither a conflict
// nor a revision, and never meet this event's own toll.
TEST(StoryTest, PastEventFiguresAreNotADisputeEndToEnd) {
  const auto groups = GroupsOf({
      "The ferry sank on Saturday and 41 people died. It was the deadliest sinking since the "
      "Marit went down, when 852 people died. Last year's floods killed 300 people.",
      "At least 41 people died when the ferry sank. It was the worst disaster since the Marit "
      "went down, when 757 people died. Last year's floods killed 280 people.",
  });
  EXPECT_FALSE(CheckedBackgroundGroups(groups).empty());
  for (const char* value : {"852", "757", "300", "280"}) {
    const FactGroup* g = GroupWith(groups, value);
    ASSERT_NE(g, nullptr) << value;
    for (const Fact& f : g->claims) {
      if (f.value == value) {
        EXPECT_TRUE(f.referent.background) << value;
      }
    }
  }
}

// One count told with two nouns in much the same words ("five sites" / "five
// locations") is one fact, end to end, though the things counted differ;
// two floors of one number are not ("more than 30 students" / "more than 30
// of the arrests").
TEST(StoryTest, OneCountToldWithTwoNounsAgreesEndToEnd) {
  const auto groups = GroupsOf({
      "Bombs exploded at five sites across Velmar on Tuesday, police said. More than 30 "
      "students were detained after the protest.",
      "Bombs exploded at five locations across Velmar on Tuesday, police said. More than 30 of "
      "the arrests followed the protest.",
  });
  const FactGroup* five = GroupWith(groups, "five");
  ASSERT_NE(five, nullptr);
  EXPECT_EQ(five->verdict, Verdict::kAgree);
  EXPECT_EQ(five->claims.size(), 2u);
  const FactGroup* thirty = GroupWith(groups, "30");
  ASSERT_NE(thirty, nullptr);
  EXPECT_EQ(thirty->claims.size(), 1u);
}

// A duration is labelled with the person speaking and what it takes only
// where the sentence says "to <word>" ("expected the fighting to end"); a
// word read elsewhere makes no label ("time to prison").
TEST(StoryTest, ADurationIsLabelledWithWhatItTakesOnlyWhereTheSentenceSaysSo) {
  const auto groups = GroupsOf({
      "Minister Ilse Brandvik said she expected the fighting to end within three days. Owen "
      "Marrick was given a five-year prison sentence.",
      "Minister Ilse Brandvik said the fighting would come to an end in three days. Owen Marrick "
      "got a five-year prison term.",
  });
  const FactGroup* days = GroupWith(groups, "three days");
  ASSERT_NE(days, nullptr);
  EXPECT_EQ(days->about, "Ilse Brandvik: time to end");
  const FactGroup* years = GroupWith(groups, "five-year");
  ASSERT_NE(years, nullptr);
  EXPECT_EQ(years->about.find("time to"), std::string::npos) << years->about;
}

// A made-up story: initials in one outlet, the full name with the initials in
// another, a second organisation whose initials collide; a one-letter slip in
// a surname; a one-letter slip in a list of villages.
TEST(StoryTest, NameVariantGroupsFormEndToEnd) {
  const auto groups = GroupsOf({
      "Officials of the Velmar Lifeboat Service (VLS) said nine sailors were rescued near "
      "Norland. Tomas Aldrenn said the villages of Brenndal, Ostervik and "
      "Dornhalde were cut off.",
      "The VLS said nine sailors were safe. Tomas Aldren told reporters the villages of "
      "Brenndal, Ostervik and Dornhalte had no power. Aid came from Norland.",
      "The Velmar Loading Station said its cranes stood still, according to Norland "
      "officials.",
  });
  const FactGroup* vls = GroupWith(groups, "VLS");
  ASSERT_NE(vls, nullptr);
  EXPECT_EQ(vls->verdict, Verdict::kVariant);
  EXPECT_EQ(vls->about, "Velmar Lifeboat Service");
  ASSERT_FALSE(vls->reasons.empty());
  EXPECT_EQ(vls->reasons.front(), "Velmar Lifeboat Service / VLS: abbreviation");
  const FactGroup* station = GroupWith(groups, "Velmar Loading Station");
  ASSERT_NE(station, nullptr);
  EXPECT_NE(station, vls) << "colliding initials must stay apart";

  const FactGroup* aldren = GroupWith(groups, "Tomas Aldrenn");
  ASSERT_NE(aldren, nullptr);
  EXPECT_EQ(aldren->verdict, Verdict::kVariant);
  EXPECT_EQ(aldren->claims.size(), 2u);

  const FactGroup* village = GroupWith(groups, "Dornhalde");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->kind, FactKind::kPlace);
  EXPECT_EQ(village->verdict, Verdict::kVariant);
  EXPECT_EQ(village->claims.size(), 2u);
}

// A date standing alone as a heading ("Sept. 4." on its own line, a timeline's
// entry) dates what follows: it carries the words of the next unit's first
// clause, as a date inside that sentence would. A date with words of its own
// around it keeps them.
TEST(StoryTest, ADateHeadingDatesTheNextSentence) {
  Story story;
  for (const char* text : {"Key events of the ferry search.\nSept. 4.\nDivers reached the hull.",
                           "Sept. 5 officials closed the port.\nDivers left the hull."}) {
    Article a;
    a.id = "a" + std::to_string(story.articles.size() + 1);
    a.text = text;
    story.articles.push_back(std::move(a));
  }
  std::vector<std::vector<SentenceRef>> refs;
  size_t id = 0;
  for (const Article& a : story.articles) refs.push_back(NaiveSentences(a.text, &id));
  auto claims = ExtractStory(story, refs);
  ASSERT_TRUE(claims.has_value());
  std::map<std::string, std::vector<std::string>> words;
  for (const Claim& c : *claims) {
    if (c.fact.kind == FactKind::kDate) words[c.fact.value] = c.event_words;
  }
  ASSERT_TRUE(words.contains("Sept. 4"));
  EXPECT_EQ(words["Sept. 4"], (std::vector<std::string>{"hull", "reach"}));
  ASSERT_TRUE(words.contains("Sept. 5"));
  EXPECT_EQ(words["Sept. 5"], (std::vector<std::string>{"close", "offici", "port"}));
}

// A lone word with no person cue in its own article is a person when another
// outlet names that person in full ("Ostrowicz" after "Professor Maren
// Ostrowicz"), and links to that name; a lone word matching no one's name
// gets no person type from the tagger's guess alone.
TEST(StoryTest, ALoneSurnameIsAPersonNamedInFullElsewhere) {
  const auto groups = GroupsOf({
      "Professor Maren Ostrowicz said the fault had moved three meters on Monday.",
      "The fault moved three meters, Ostrowicz told a television station on Monday.",
  });
  const FactGroup* person = GroupWith(groups, "Maren Ostrowicz");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, FactKind::kPerson);
  EXPECT_EQ(person->claims.size(), 2u);
}

// A surname that its own article types as a place ("threats were sent to
// Velmore": a preposition is the only cue) is the person another outlet
// names in full; a place WordNet lists keeps its kind beside a person of
// that surname.
TEST(StoryTest, ASurnameTypedAsAPlaceIsThePersonNamedInFullElsewhere) {
  const auto groups = GroupsOf({
      "Police arrested Garrick Velmore, 41, on Saturday. Officer Anna Jordan said he fled.",
      "Threats were sent to Velmore and his parents on Monday. He had lived in Jordan.",
  });
  const FactGroup* person = GroupWith(groups, "Garrick Velmore");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, FactKind::kPerson);
  EXPECT_EQ(person->claims.size(), 2u);
  if (wordnet::WordNet::Installed() != nullptr) {
    const FactGroup* place = GroupWith(groups, "Jordan");
    ASSERT_NE(place, nullptr);
    EXPECT_EQ(place->kind, FactKind::kPlace);
  }
}

// A local name the text ties to the English one links an outlet that uses
// only the local name; a person tied to a place in parentheses does not.
// A name one outlet gives to a vessel ("the submarine Ostrova") is the
// vessel's in every outlet: not a place where another writes "the Ostrova".
TEST(StoryTest, AVesselNamedInOneOutletIsNoPlaceInAnother) {
  const auto groups = GroupsOf({
      "The submarine Ostrova sank in the Barents Sea on Saturday with 118 men aboard.",
      "Divers worked near the Ostrova in the Barents Sea on Monday.",
  });
  for (const FactGroup& g : groups) EXPECT_NE(g.about, "Ostrova") << FactKindName(g.kind);
  EXPECT_NE(GroupWith(groups, "Barents Sea"), nullptr);
}

// The make of a car one outlet names ("a Lincoln L7 SUV") is no person or
// place where it stands alone ("the Lincoln").
TEST(StoryTest, ACarsMakeIsNoEntityInAnyOutlet) {
  const auto groups = GroupsOf({
      "Witnesses in Leeds saw a Lincoln L7 SUV hit a parked van on Saturday.",
      "Police in Leeds said the Lincoln sped away on Saturday.",
  });
  for (const FactGroup& g : groups)
    EXPECT_EQ(g.about.find("Lincoln"), std::string::npos) << g.about;
  EXPECT_NE(GroupWith(groups, "Leeds"), nullptr);
}

// "a Lorn Vesey" used as a type in one article leaves that mention out, not
// the person named in the others.
TEST(StoryTest, APersonsNameAfterAIsStillThePersonElsewhere) {
  const auto groups = GroupsOf({
      "Police said Lorn Vesey, 44, shot nine people in Ashby on Thursday.",
      "Lorn Vesey, 44, shot nine people, police said. \"Love is stronger than a Lorn Vesey or "
      "anyone else,\" the pastor said.",
  });
  const FactGroup* person = GroupWith(groups, "Lorn Vesey");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->kind, FactKind::kPerson);
  EXPECT_EQ(person->claims.size(), 2u);
}

// "Dunmore airport" and "Dunmore Airport" write one name: the outlets agree.
TEST(StoryTest, AnAirportWrittenInEitherCaseAgrees) {
  const auto groups = GroupsOf({
      "The jet crashed after take-off from Dunmore airport on Tuesday, officials said.",
      "The jet had left Dunmore Airport minutes before the crash on Tuesday.",
  });
  const FactGroup* airport = GroupWith(groups, "Dunmore Airport");
  ASSERT_NE(airport, nullptr);
  EXPECT_EQ(airport->kind, FactKind::kPlace);
  EXPECT_EQ(airport->verdict, Verdict::kAgree) << airport->about;
}

// A given name alone in an article that names the person in full is that
// name's short form there, not a person of its own.
TEST(StoryTest, AGivenNameBesideTheFullNameIsNoPersonOfItsOwn) {
  const auto groups = GroupsOf({
      "Singer Orvin Talec died on Wednesday. \"We hoped to get Orvin back on tour,\" a friend "
      "said.",
      "Orvin Talec, 41, died on Wednesday. Fans said Orvin had fought hard.",
  });
  for (const FactGroup& g : groups) EXPECT_NE(g.about, "Orvin") << FactKindName(g.kind);
  const FactGroup* singer = GroupWith(groups, "Orvin Talec");
  ASSERT_NE(singer, nullptr);
  EXPECT_EQ(singer->claims.size(), 2u);
}

// An initialism WordNet lists for a common thing ("TV", "AIDS", "ABC" the
// alphabet, "AFP" a protein) is no organisation; it is one where an outlet
// cites it as a source of news ("told AFP") or the story spells out a name
// it begins or abbreviates ("ABC News").
TEST(StoryTest, AnInitialismOfACommonThingIsANameOnlyWhereTheStoryMakesItOne) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto plain = GroupsOf({
      "Health officials in Mavel said AIDS killed 40 people on Monday, the station TV reported.",
      "Doctors in Mavel said AIDS killed 40 people on Monday. ABC showed the clinic on TV.",
  });
  for (const FactGroup& g : plain) {
    EXPECT_NE(g.about, "AIDS") << FactKindName(g.kind);
    EXPECT_NE(g.about, "ABC") << FactKindName(g.kind);
  }
  EXPECT_NE(GroupWith(plain, "Mavel"), nullptr);
  const auto outlets = GroupsOf({
      "A doctor in Mavel told AFP that 40 people died on Monday. ABC showed the clinic.",
      "Forty people died in Mavel on Monday, a doctor told ABC News.",
  });
  EXPECT_NE(GroupWith(outlets, "AFP"), nullptr);
  EXPECT_NE(GroupWith(outlets, "ABC"), nullptr);
}

TEST(StoryTest, LocalNamesTheTextTiesLinkAcrossOutlets) {
  const auto groups = GroupsOf({
      "Shelling went on in Velmar (Velmarsk) on Monday, said Mayor Ilona Varga (Norland).",
      "Fighting in Velmarsk ended at dawn. Aid reached Norland on Monday.",
  });
  const FactGroup* port = GroupWith(groups, "Velmarsk");
  ASSERT_NE(port, nullptr);
  EXPECT_EQ(port->verdict, Verdict::kVariant);
  ASSERT_EQ(port->claims.size(), 3u);  // Velmar and Velmarsk in the first, Velmarsk in the second
  ASSERT_FALSE(port->reasons.empty());
  EXPECT_NE(port->reasons.front().find("local name"), std::string::npos) << port->reasons.front();
  const FactGroup* mayor = GroupWith(groups, "Ilona Varga");
  ASSERT_NE(mayor, nullptr);
  EXPECT_EQ(mayor->claims.size(), 1u);
}

}  // namespace
}  // namespace crosswire::corroborate
