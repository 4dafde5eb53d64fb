#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "crosswire/wordnet.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

// One claim per entity: "kind:name".
std::vector<std::string> Entities(std::string_view text) {
  std::vector<Span> spans;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > b) spans.push_back(Span{b, i});
      b = i + 1;
    }
  }
  std::vector<std::string> out;
  for (const Claim& c : ExtractEntities(text, spans)) {
    out.push_back(std::string(FactKindName(c.fact.kind)) + ":" + c.fact.about);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The entities found, for a failure message: "place:Velmar; person:...; ".
std::string Listed(const std::vector<std::string>& found) {
  std::string all;
  for (const std::string& e : found) all += e + "; ";
  return all;
}

struct EntityCase {
  const char* text;
  const char* expected;
};

TEST(ExtractEntitiesTest, UsesNewsCues) {
  const EntityCase cases[] = {
      {"Russian Foreign Minister Sergey Lavrov said he expected it.", "person:Sergey Lavrov"},
      {"Russian Foreign minister Sergei Lavrov said the rebels would go.", "person:Sergei Lavrov"},
      {"Turkey's Deputy Prime Minister Mehmet Simsek announced a camp.", "person:Mehmet Simsek"},
      {"a statement, said UN spokesperson Rupert Colville, adding more.", "person:Rupert Colville"},
      {"officials told Reuters on Wednesday.", "organization:Reuters"},
      {"The Syrian Observatory for Human Rights said shelling continued.",
       "organization:Syrian Observatory for Human Rights"},
      {"the UK-based Syrian Observatory for Human Rights also said so.",
       "organization:Syrian Observatory for Human Rights"},
      {"the Shia majority towns of Kafraya and Fua were besieged.", "place:Kafraya"},
      {"the Shia majority towns of Kafraya and Fua were besieged.", "place:Fua"},
      {"fighters moved to the Idlib area.", "place:Idlib"},
      {"a victory for Syrian President Bashar al-Assad and his allies.", "person:Bashar al-Assad"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
  }
}

// WordNet's class of a whole name types it where no cue word does: an
// instance filed under noun.location or noun.object (countries, seas,
// mountains) is a place, one under noun.group an organisation, one under
// noun.person a person; a word whose first sense is common ("French", the
// language) gets no such vote. Needs the installed WordNet.
TEST(ExtractEntitiesTest, WordNetInstancesDecideTheKind) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const EntityCase cases[] = {
      {"Aid flights left for Mozambique on Friday.", "place:Mozambique"},
      {"Officials from the United Arab Emirates arrived.", "place:United Arab Emirates"},
      {"Climbers came down from Kilimanjaro last week.", "place:Kilimanjaro"},
      {"The ship crossed the Caspian Sea overnight.", "place:Caspian Sea"},
      {"Hamas rejected the offer on Sunday.", "organization:Hamas"},
      {"The speech by Mandela was broadcast live.", "person:Mandela"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
  }
  EXPECT_FALSE(Has(Entities("French officials said the ship sank."), "person:French"));
}

// A name WordNet does not list is typed by its last word when that is a
// common noun WordNet files under places and natural objects (a glacier, a
// valley) or under groups (a team, a squad); a surname that is also a common
// noun of another kind (a hall) casts no such vote. Invented names, so no
// instance vote decides. The vote is one of the weakest: where the tagger
// calls the name a person and no other cue speaks ("lay on Varnholt
// Glacier"), the tie stays a person's. Needs the installed WordNet.
TEST(ExtractEntitiesTest, HeadNounOfAnUnlistedNameVotesForItsKind) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const EntityCase cases[] = {
      {"Climbers set out from Varnholt Glacier at dawn.", "place:Varnholt Glacier"},
      {"Officials closed Brenmoor Valley to traffic.", "place:Brenmoor Valley"},
      {"Members of the Kelsby Rescue Team searched overnight.", "organization:Kelsby Rescue Team"},
      {"Hikers crossed Brenmoor Valley before dawn.", "place:Brenmoor Valley"},
      {"The Kelsby Rescue Team reached them at noon.", "organization:Kelsby Rescue Team"},
      {"Talks with Orvin Hall ended without a deal.", "person:Orvin Hall"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected))
        << c.text << " → missing " << c.expected << " in " << Listed(found);
  }
}

// Only people are given ages in news copy: an age before a name or in an
// apposition after it makes the name a person's, whatever else is known.
// A title before a person's name is a role, not part of the name: written
// in full or abbreviated with its period (the splitter's table of title
// abbreviations), so "Adm. Tolvaren" and "Admiral Piet Tolvaren" name one
// person. Place abbreviations ("St.", "Mt.") stay in the name (names are
// reported without the period).
// A name opening a sentence drops the words before it that are no part of
// it, when the article names the rest on its own elsewhere (a given name
// stays); a particle that joined a dropped weekday goes with it.
TEST(ExtractEntitiesTest, WordsThatAreNoPartOfANameAreDropped) {
  const struct {
    const char* text;
    const char* expected;
    const char* not_expected;
  } cases[] = {
      {"Fifteen-year-old Ilse Brandvik won the regatta.\nThe judges said Ilse Brandvik sailed "
       "alone.",
       "person:Ilse Brandvik", "person:Fifteen-year-old Ilse Brandvik"},
      {"Starring Owen Marrick, the film opens on Friday.\nCritics praised Owen Marrick for it.",
       "person:Owen Marrick", "person:Starring Owen Marrick"},
      {"Michael Renquist Valde said the talks failed.\nLater Renquist Valde left the hall.",
       "person:Michael Renquist Valde", "person:Renquist Valde"},
      {"Talks on the situation in Velmaria for Tuesday morning were set.", "place:Velmaria",
       "place:Velmaria for"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected))
        << c.text << " → missing " << c.expected << ": " << Listed(found);
    EXPECT_FALSE(Has(found, c.not_expected)) << c.text << " → kept " << c.not_expected;
  }
}

TEST(ExtractEntitiesTest, TitlesAreCutOffNames) {
  const struct {
    const char* text;
    const char* expected;
    const char* not_expected;
  } cases[] = {
      {"Admiral Piet Tolvaren said the hull was intact.", "person:Piet Tolvaren",
       "person:Admiral Piet Tolvaren"},
      {"Adm. Tolvaren said the hull was intact.", "person:Tolvaren", "person:Adm"},
      {"Capt. Ilse Brandvik told reporters the ship was listing.", "person:Ilse Brandvik",
       "person:Capt. Ilse Brandvik"},
      {"Sgt. Owen Marrick said the road was closed.", "person:Owen Marrick", "person:Sgt"},
      {"Dr. Hana Vostre said three were treated.", "person:Hana Vostre", "person:Dr. Hana Vostre"},
      {"Gov. Elan Ostry said aid was coming.", "person:Elan Ostry", "person:Gov. Elan Ostry"},
      {"Prime Minister Aldo Renquist said the talks failed.", "person:Aldo Renquist",
       "person:Prime Minister Aldo Renquist"},
      {"Marshal Edda Korvin said the troops had withdrawn.", "person:Edda Korvin",
       "person:Marshal Edda Korvin"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
    EXPECT_FALSE(Has(found, c.not_expected)) << c.text << " → kept " << c.not_expected;
  }
  const auto saint = Entities("Mourners gathered in St. Petersburg on Sunday.");
  EXPECT_TRUE(std::any_of(saint.begin(), saint.end(),
                          [](const std::string& e) { return e.ends_with(":St Petersburg"); }))
      << "St. Petersburg lost its abbreviation: " << (saint.empty() ? "" : saint[0]);
}

// A possessive inside a capitalised phrase ends the owner's name ("Russia's
// Northern Fleet"), unless the owner is a common noun or a saint: then the
// possessive is part of one name.
TEST(ExtractEntitiesTest, PossessivesOfCommonNounsStayInTheName) {
  const EntityCase joined[] = {
      {"the Administration for Children's Services said the boy was safe.",
       "organization:Administration for Children's Services"},
      {"She was taken to St. Mary's Hospital in the city.", "any:St Mary's Hospital"},
      {"the women were sheltered by the Women's Aid Foundation, which said so.",
       "organization:Women's Aid Foundation"},
  };
  for (const auto& c : joined) {
    const auto found = Entities(c.text);
    bool any = false;
    const std::string name = std::string(c.expected).substr(std::string(c.expected).find(':'));
    for (const std::string& e : found) any = any || e.ends_with(name);
    const std::string all = Listed(found);
    EXPECT_TRUE(any) << c.text << " → missing the name " << name << ", found " << all;
  }
  const auto fleet = Entities("Officers of Russia's Northern Fleet said in Russia that it sank.");
  EXPECT_FALSE(std::any_of(fleet.begin(), fleet.end(), [](const std::string& e) {
    return e.find("Russia's") != std::string::npos;
  })) << "Russia's Northern Fleet joined";
}

// A title word that opens an organisation's name stays in it.
TEST(ExtractEntitiesTest, TitleWordsOpeningAnOrganisationStay) {
  const EntityCase cases[] = {
      {"The Defense Ministry said the crew was alive.", "organization:Defense Ministry"},
      {"the Foreign Ministry said in a statement.", "organization:Foreign Ministry"},
      {"The Ministry of Defense said the crew was alive.", "organization:Ministry of Defense"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    EXPECT_TRUE(Has(found, c.expected))
        << c.text << " → missing " << c.expected << ", found " << all;
  }
}

// A lone capitalised word is a person only with a person cue of its own (a
// title, an age, a role in apposition) or as the short form of a full name in
// the article. Without one the tagger's person guess does not decide: a
// place, an agency or a movement quoted like a person is no person.
TEST(ExtractEntitiesTest, ALoneWordNeedsAPersonCueToBeAPerson) {
  const struct {
    const char* text;
    const char* name;
    bool person;
  } cases[] = {
      {"Velmora said on Monday that the talks had failed.", "Velmora", false},
      {"Kestrovan fighters crossed the river before dawn.", "Kestrovan", false},
      {"Officials in Darnova said the bridge had been closed.", "Darnova", false},
      {"The convoy left Darnova and Ulbrecht at noon.", "Ulbrecht", false},
      {"Mayor Velmora said on Monday that the talks had failed.", "Velmora", true},
      {"Velmora, 54, said on Monday that the talks had failed.", "Velmora", true},
      {"Anna Velmora said on Monday that the talks had failed.\nVelmora left.", "Anna Velmora",
       true},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    EXPECT_EQ(Has(found, std::string("person:") + c.name), c.person)
        << c.text << " → found " << all;
  }
}

// A spatial preposition, also before "the", marks a place: "off Velmar",
// "toward the Ostrava,"; a word that modifies a noun after "the" ("toward
// the French capital") gets no place vote from it.
TEST(ExtractEntitiesTest, SpatialPrepositionsMarkPlaces) {
  const struct {
    const char* text;
    const char* expected;
    bool found;
  } cases[] = {
      {"The jet went down off Velmar, officials said.", "place:Velmar", true},
      {"The jet dived toward the Ostrava, officials said.", "place:Ostrava", true},
      {"Talks went on toward the French capital before dawn.", "place:French", false},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    EXPECT_EQ(Has(found, c.expected), c.found) << c.text << " → found " << all;
  }
}

// A title word before an organisation word opens the organisation's name,
// also when an "of" phrase follows ("Foreign Ministry of Norway"): neither
// a title cut off nor a person.
TEST(ExtractEntitiesTest, ATitleWordBeforeAnOrganisationWordIsNoTitle) {
  const struct {
    const char* text;
    const char* name;
  } cases[] = {
      {"A spokesman for the Foreign Ministry of Norway said help was ready.", "Ministry"},
      {"The Defense Department of Ostrava sent two planes.", "Department"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    for (const std::string& e : found) {
      EXPECT_FALSE(e.starts_with("person:")) << c.text << " → found " << all;
      EXPECT_NE(e, std::string("organization:") + c.name) << c.text << " → found " << all;
    }
  }
}

// A name introduced by a vessel or aircraft noun names the vehicle, which is
// neither a person, a place nor an organisation: not reported, in any of its
// mentions; the places around it stay.
TEST(ExtractEntitiesTest, NamedVesselsAreNotPlaces) {
  const struct {
    const char* text;
    const char* vehicle;
    const char* kept;
  } cases[] = {
      {"The submarine Volkhov sank in the Barents Sea.\nSailors trapped in the Volkhov "
       "tapped on the hull.",
       "Volkhov", "place:Barents Sea"},
      {"Survivors of the liner Aurelia were taken to Halifax.\nWater poured into the Aurelia "
       "within minutes.",
       "Aurelia", "place:Halifax"},
      {"The nuclear submarine Orlovka sank near Murmansk.\nDivers worked in the Orlovka.",
       "Orlovka", "place:Murmansk"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    EXPECT_TRUE(Has(found, c.kept)) << c.text << " → missing " << c.kept << ", found " << all;
    EXPECT_FALSE(std::any_of(
        found.begin(), found.end(),
        [&](const std::string& e) { return e.ends_with(std::string(":") + c.vehicle); }))
        << c.text << " → reported the vessel " << c.vehicle << ", found " << all;
  }
}

// A name after "a"/"an" that heads its phrase is a thing made (a car, a
// plane), not a person, place or organisation; a name that qualifies the
// noun after it ("a Reuters reporter") is still the organisation's or place's.
TEST(ExtractEntitiesTest, AMakeAfterTheIndefiniteArticleIsNoEntity) {
  const struct {
    const char* text;
    const char* product;
    const char* kept;
  } cases[] = {
      {"Police in Tulsa said a Lincoln sedan hit the rear of a Cadillac near the bridge.",
       "Cadillac", "place:Tulsa"},
      {"Police in Tulsa said a Lincoln sedan hit the rear of a Cadillac near the bridge.",
       "Lincoln", "place:Tulsa"},
      {"Witnesses in Leeds saw a Cadillac XT5 speed away.", "Cadillac", "place:Leeds"},
      {"The driver of a Cadillac, police in Tulsa said, fled on foot.", "Cadillac", "place:Tulsa"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    const std::string all = Listed(found);
    EXPECT_TRUE(Has(found, c.kept)) << c.text << " → missing " << c.kept << ", found " << all;
    EXPECT_FALSE(
        std::any_of(found.begin(), found.end(),
                    [&](const std::string& e) { return e.find(c.product) != std::string::npos; }))
        << c.text << " → reported the make " << c.product << ", found " << all;
  }
  const EntityCase kept[] = {
      {"A Reuters reporter in Cairo saw the crowd.", "organization:Reuters"},
      {"A New York man was charged on Monday, police said.", "place:New York"},
      // A town with its state, initials: no makes.
      {"The bombing of a Birmingham, Ala., clinic was recalled.", "place:Birmingham"},
      {"The United States said a U.N. investigation is unnecessary.", "organization:U.N."},
  };
  for (const auto& c : kept) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → found " << Listed(found);
  }
}

TEST(ExtractEntitiesTest, AnAgeMarksAPerson) {
  const EntityCase cases[] = {
      {"A day earlier 36-year-old Oisin Tarrow slipped from the ridge.", "person:Oisin Tarrow"},
      {"The driver, Bryn Quillery, 41, was released on bail.", "person:Bryn Quillery"},
      {"Quillery, 41, was released on bail after the crash.", "person:Quillery"},
      {"Nearby 24-year-old Ruadh Penhallow was unhurt.", "person:Ruadh Penhallow"},
      {"Nearby ninety-year-old Ruadh Penhallow was unhurt.", "person:Ruadh Penhallow"},
      {"A day earlier twenty-six-year-old Oisin Tarrow slipped.", "person:Oisin Tarrow"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
  }
}

// A name ending in a street's type word is an address, a place, even when
// its first words are a person's name.
TEST(ExtractEntitiesTest, AStreetTypeWordMakesAPlace) {
  const EntityCase cases[] = {
      {"Police said the car stopped on Ada Penrick Place before midnight.",
       "place:Ada Penrick Place"},
      {"The van turned into Tollmere Avenue, witnesses said.", "place:Tollmere Avenue"},
      {"Crews closed Dorran Road after the crash.", "place:Dorran Road"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
  }
}

// A rank or a nationality noun before a name is cut off it, so the name
// links with other outlets' bare name as the same words.
TEST(ExtractEntitiesTest, RanksAndNationalityNounsAreNoPartOfTheName) {
  const std::pair<const char*, const char*> cases[] = {
      {"local police Inspector Dave Gaskin said the party was inexperienced.",
       "person:Dave Gaskin"},
      {"Constable Joseph Rush said the team walked for two hours.", "person:Joseph Rush"},
      {"Detective Jane Roe told reporters it was an accident.", "person:Jane Roe"},
      {"On Saturday, Englishman Robert Buckley fell while climbing.", "person:Robert Buckley"},
      {"The Frenchwoman Marie Curtet said she saw it.", "person:Marie Curtet"},
      {"who is accused of killing former Saint Will Smith, suggested", "person:Will Smith"},
      {"The lawyer of former Marine John Doe said so.", "person:John Doe"},
  };
  for (const auto& [text, expected] : cases) {
    const auto found = Entities(text);
    EXPECT_TRUE(Has(found, expected)) << text << " → missing " << expected;
    for (const std::string& e : found) {
      EXPECT_FALSE(e.ends_with(std::string(expected).substr(7)) && e.size() > strlen(expected))
          << text << " → kept a leading word: " << e;
    }
  }
}

// After "former" the first word of a name is a role only when it can be one
// (a noun WordNet files under people): "a former Kelsby Harbor Saints star"
// keeps "Kelsby", which is no role. Needs the installed WordNet (without
// it any word can be a role).
TEST(ExtractEntitiesTest, FormerCutsOnlyARole) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities("Tolan, a former Kelsby Harbor Saints star, was shot on Friday.");
  EXPECT_FALSE(Has(found, "person:Harbor Saints")) << Listed(found);
  bool kept = false;
  for (const std::string& e : found) kept |= e.ends_with(":Kelsby Harbor Saints");
  EXPECT_TRUE(kept) << Listed(found);
  EXPECT_TRUE(Has(Entities("The lawyer of former Marine John Doe said so."), "person:John Doe"));
}

// A weekday after a name of two words or more dates the sentence; a shorter
// name keeps it (a day's own name).
TEST(ExtractEntitiesTest, TrailingWeekdayIsNoPartOfALongName) {
  const auto found = Entities("He was shot in the Lower Varnholt District Saturday, police said.");
  bool cut = false;
  for (const std::string& e : found) {
    cut |= e.ends_with(":Lower Varnholt District");
    EXPECT_FALSE(e.ends_with("Saturday")) << Listed(found);
  }
  EXPECT_TRUE(cut) << Listed(found);
}

TEST(ExtractEntitiesTest, PlacesThatEndLikeNationalities) {
  const EntityCase cases[] = {
      {"The temblor was felt across the gulf in Oman and the United Arab Emirates.", "place:Oman"},
      {"quoted the disaster center in the province of Hormozgan as saying so.", "place:Hormozgan"},
      {"hit the town of Zarand in Iran's Kerman province in February.", "place:Kerman"},
      {"killed 230,000 people around the Indian Ocean.", "place:Indian Ocean"},
      {"fault lines encircling the Pacific Basin.", "place:Pacific Basin"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected;
  }
}

TEST(ExtractEntitiesTest, NoEntityForNationalitiesScalesOrPlaceNouns) {
  const EntityCase cases[] = {
      {"hit the Indonesian province of Aceh on Tuesday.", "place:Indonesian"},
      {"The quake measured 7.4 on the Richter scale.", "place:Richter"},
      {"State television quoted officials in Tehran.", "place:State"},
      {"fighting in Syrian towns went on.", "place:Syrian"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_FALSE(Has(found, c.expected)) << c.text << " → has " << c.expected;
  }
}

// A state abbreviated after a town and a comma says the town is a place, and
// names the state: another outlet's "Georgia" is the same place (names.cc).
TEST(ExtractEntitiesTest, AStateAbbreviatedAfterATownIsAPlace) {
  const auto found = Entities("The survey in Golden, Colo., said the Marlow, Ga., plant was shut.");
  EXPECT_TRUE(Has(found, "place:Golden"));
  EXPECT_TRUE(Has(found, "place:Colo"));
  EXPECT_TRUE(Has(found, "place:Marlow"));
  EXPECT_TRUE(Has(found, "place:Ga"));
}

TEST(ExtractEntitiesTest, APlaceIsNoShortFormOfALongerPlace) {
  const auto found = Entities(
      "The quake hit the province of Aceh.\nPeople fled in the provincial capital Banda Aceh.");
  EXPECT_TRUE(Has(found, "place:Aceh"));
}

TEST(ExtractEntitiesTest, LinksShortFormsToFullNames) {
  const auto found = Entities(
      "Russia's UN envoy Vitaly Churkin told Reuters the fighting stopped.\n"
      "Churkin said nobody would harm civilians.");
  EXPECT_TRUE(Has(found, "person:Vitaly Churkin"));
  EXPECT_FALSE(Has(found, "person:Churkin"));
}

// A full name the tagger reads as a person's, with no cue of its own, takes
// its bare surname even when the surname's context suggests a place
// ("threats not just to Velmore").
TEST(ExtractEntitiesTest, ASurnameAfterAPersonTheTaggerReadsJoinsIt) {
  const auto found = Entities(
      "The plan was to move George Velmore out of the county jail.\n"
      "It prompted threats not just to Velmore but also to his parents.");
  EXPECT_TRUE(Has(found, "person:George Velmore")) << Listed(found);
  EXPECT_FALSE(Has(found, "place:Velmore")) << Listed(found);
}

// A nationality or a people noun before a person's name is no part of it
// ("Swiss Peter Velmore", "Rabbi David Orrin"); before a firm's name it is
// ("British Airways Concorde"), and a given name WordNet also files under
// people opens the name ("Jerry Velmar").
TEST(ExtractEntitiesTest, ANationalityBeforeAPersonsNameIsCut) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "After a 20-day voyage, Swiss Peter Velmore and British Thomas Orrin landed.\n"
      "Rabbi David Ostrander said the flight was a blessing.\n"
      "British Airways Concorde flights resumed.\n"
      "Actor Jerry Velmar Dorn said he would fly.");
  for (const char* e : {"person:Peter Velmore", "person:Thomas Orrin", "person:David Ostrander"}) {
    EXPECT_TRUE(Has(found, e)) << e << ": " << Listed(found);
  }
  for (const auto& e : found) {
    EXPECT_TRUE(e.find("Airways") == std::string::npos ||
                e.find("British Airways") != std::string::npos)
        << Listed(found);
  }
  EXPECT_TRUE(Has(found, "person:Jerry Velmar Dorn")) << Listed(found);
}

// A place's name before a plural common noun names a team or a body ("the
// Dallas Mavericks", "Malaysia Airlines"), not a person, whatever the
// speaker cue after it; a natural feature ("the Caucasus Mountains") stays a
// place.
TEST(ExtractEntitiesTest, APlaceAndAPluralNounNameATeam) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "The Dallas Mavericks said on Monday that the trade was off.\n"
      "Rebels hid in the Caucasus Mountains for years.");
  EXPECT_TRUE(Has(found, "organization:Dallas Mavericks")) << Listed(found);
  EXPECT_FALSE(Has(found, "organization:Caucasus Mountains")) << Listed(found);
}

// "Justice" before a judge's name is a title; a title opening an
// organisation's name in the possessive ("the Defense Ministry's conduct")
// stays in the name, as it does without the possessive.
TEST(ExtractEntitiesTest, TitlesBeforeJudgesAndInPossessiveBodies) {
  const auto found = Entities(
      "Justice Marta Velmore wrote the opinion for the court.\n"
      "The committee looked into the Defense Ministry's conduct on Monday.");
  EXPECT_TRUE(Has(found, "person:Marta Velmore")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Defense Ministry")) << Listed(found);
}

// A given name alone with a person cue ("Petra told", "Tomas said") is the
// person the article names in full: the family-name-first rule of
// LinkShortForms already covers it (issue 10, item 3: checked, no change).
TEST(ExtractEntitiesTest, LinksAGivenNameAfterTheFullName) {
  const struct {
    const char* text;
    const char* present;
    const char* absent;
  } cases[] = {
      {"Police said Petra Vellmann was shot twice.\nPetra told reporters she was fine.",
       "person:Petra Vellmann", "person:Petra"},
      {"Officers spoke to Tomas Aldren on Monday.\nLater Tomas said he saw nothing.",
       "person:Tomas Aldren", "person:Tomas"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    EXPECT_TRUE(Has(found, c.present)) << c.text;
    EXPECT_FALSE(Has(found, c.absent)) << c.text;
  }
}

TEST(ExtractEntitiesTest, CountryInitialsArePlacesOtherInitialsOrganisations) {
  const auto found = Entities(
      "Diplomats said the US envoy and the UK envoy met UN officials in Geneva on Monday.");
  EXPECT_TRUE(Has(found, "place:US"));
  EXPECT_TRUE(Has(found, "place:UK"));
  EXPECT_TRUE(Has(found, "organization:UN"));
}

// The typing rules issue 10 added, one invented case each.
TEST(ExtractEntitiesTest, InitialsListsAndMiddleInitials) {
  const EntityCase cases[] = {
      // Dotted initials are a name, or the first word of one.
      {"Aid from the U.S. reached the port on Monday.", "place:U.S."},
      {"Experts at the U.S. Harbour Agency measured the swell.",
       "organization:U.S. Harbour Agency"},
      // A middle initial marks a person, without any other cue.
      {"The study by Petra J. Vollmer appeared last year.", "person:Petra J Vollmer"},
      // A list headed by a place noun is a list of places.
      {"The hardest-hit villages were Brenndal, Ostervik, Tarnholm and Velde.", "place:Tarnholm"},
      {"The hardest-hit villages were Brenndal, Ostervik, Tarnholm and Velde.", "place:Velde"},
      // A title with one slipped letter is still a title.
      {"Presdient Ilona Varga said the port would reopen.", "person:Ilona Varga"},
  };
  for (const auto& c : cases) {
    const auto found = Entities(c.text);
    std::string all;
    for (const auto& f : found) all += f + "; ";
    EXPECT_TRUE(Has(found, c.expected)) << c.text << " → missing " << c.expected << " in " << all;
  }
  // The initials an article gives beside a full name are kept as evidence.
  const std::string text = "The Norland Sea Rescue (NSR) said the crew was safe. NSR boats left.";
  const std::vector<Claim> claims = ExtractEntities(text, {Span{0, text.size()}});
  bool found = false;
  for (const Claim& c : claims) {
    if (c.fact.about != "Norland Sea Rescue") continue;
    found = true;
    EXPECT_EQ(c.initials, std::vector<std::string>{"NSR"});
  }
  EXPECT_TRUE(found);
  // A name after "city," is an apposition, not the next place of a list.
  EXPECT_FALSE(
      Has(Entities("A resident of Velde city, Ilona Varga, posted a video."), "place:Ilona Varga"));
}

TEST(ExtractEntitiesTest, SkipsSentenceInitialWordsAndDemonyms) {
  const auto found = Entities(
      "Shelling erupted in Aleppo on Wednesday as shelling went on.\n"
      "Syrian rebels said Iranian militias blocked the road.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("Shelling"), std::string::npos) << e;
    EXPECT_EQ(e.find("Syrian"), std::string::npos) << e;
    EXPECT_EQ(e.find("Iranian"), std::string::npos) << e;
    EXPECT_EQ(e.find("Wednesday"), std::string::npos) << e;
  }
  EXPECT_TRUE(Has(found, "place:Aleppo"));
}

// A sentence's first word that the article never writes with a capital
// inside a sentence is no name, or no part of one, when WordNet reads it as
// a verb or an adverb before a name ("Consider Velde Harbour", "Throughout
// Freedonia"), or as a verb, adjective or adverb standing alone ("Overall",
// "Unconfirmed"). Nouns and adjectives before a name stay ("New Velde"), as
// do words the article writes capitalised elsewhere ("Trump said", "said
// Trump"), given names ("Will Smith") and titles in quotation marks.
TEST(ExtractEntitiesTest, CommonWordsOpeningASentenceAreNoNames) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Consider Velde Harbour, where the storm struck on Monday, the mayor said.\n"
      "Throughout Freedonia, schools were closed as officials in Velde Harbour waited.\n"
      "Overall, the toll in Port Orvel rose, said Ilse Brandvik of the Red Cross.\n"
      "Unconfirmed reports spoke of looting in Port Orvel.\n"
      "Seeking Ilse Brandvik, reporters went to the harbour.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("Consider"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Throughout"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Overall"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Unconfirmed"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Seeking"), std::string::npos) << Listed(found);
  }
  EXPECT_TRUE(Has(found, "place:Velde Harbour")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Ilse Brandvik")) << Listed(found);

  // Kept: a noun or an adjective opening a name ("Skip" is also a verb,
  // "United" also a verb's form), a noun standing alone.
  const auto kept = Entities(
      "Skip Orvel said on Monday that the talks in Velde had failed.\n"
      "United Velde Airlines said flights to Port Orvel would resume.\n"
      "Congress met in Velde.");
  EXPECT_TRUE(Has(kept, "person:Skip Orvel")) << Listed(kept);
  EXPECT_TRUE(Has(kept, "organization:Congress")) << Listed(kept);
  for (const auto& e : kept) {
    if (e.find("Airlines") != std::string::npos) {
      EXPECT_NE(e.find("United Velde Airlines"), std::string::npos) << Listed(kept);
    }
  }
  // A word the article writes with a capital inside a sentence is a name
  // at the start of one too.
  const auto named = Entities(
      "Overall Velde, the builder, said the bridge in Port Orvel would open.\n"
      "Reporters asked Overall Velde about the cost.\n"
      "Overall said on Monday that it would rise.");
  EXPECT_NE(Listed(named).find(":Overall Velde;"), std::string::npos) << Listed(named);
}

// A title-case heading's capitals say nothing about names: a name found
// only there is none ("Results Are Worse, Maybe Much Worse"), one the
// running text writes too stands; a list of names is no heading.
TEST(ExtractEntitiesTest, NamesOnlyInATitleCaseHeadingAreNone) {
  const auto found = Entities(
      "Velde Radio's Results Are Worse, Maybe Much Worse\n"
      "The results of Velde Radio were worse than expected, Ilse Brandvik said on Monday.\n"
      "Who Runs Orvel Harbour Trust?\n"
      "The harbour trust runs the port, which opened in May.\n"
      "Cast: Dana Marsh, Omar Rashidi and Tomas Velkov.");
  const std::string all = Listed(found);
  EXPECT_NE(all.find(":Velde Radio;"), std::string::npos) << all;
  EXPECT_EQ(all.find("Maybe Much Worse"), std::string::npos) << all;
  EXPECT_EQ(all.find("Orvel Harbour Trust"), std::string::npos) << all;
  EXPECT_EQ(all.find("Runs"), std::string::npos) << all;
  EXPECT_NE(all.find(":Dana Marsh;"), std::string::npos) << all;
  EXPECT_NE(all.find(":Tomas Velkov;"), std::string::npos) << all;
}

// The elided French article stays inside a name: "Val d'Isère", "Côte d’Ivoire".
TEST(ExtractEntitiesTest, ElidedArticlesStayInsideNames) {
  const auto found = Entities(
      "Avalanches closed roads near Val d'Isere on Monday.\n"
      "Troops were sent to Côte d\u2019Ivoire on Monday.");
  EXPECT_TRUE(Has(found, "place:Val d'Isere")) << Listed(found);
  // The span is what this pins; the kind of a name unknown to WordNet in this
  // spelling is the tagger's guess.
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const std::string& e) {
    return e.ends_with(":Côte d\u2019Ivoire");
  })) << Listed(found);
}

// A bare surname is the person's whatever preposition comes before it, and
// with two people of one surname it is the one introduced first: news copy
// names the others in full.
TEST(ExtractEntitiesTest, ABareSurnameIsThePersonIntroducedFirst) {
  const auto found = Entities(
      "Police said Oren Taskill, 44, shot nine people in Ashby.\n"
      "His second wife, Mara Lynn Taskill, was found at home.\n"
      "Detectives found no link to Taskill at the camp.\n"
      "In Taskill's custody were two children.");
  EXPECT_TRUE(Has(found, "person:Oren Taskill")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Mara Lynn Taskill")) << Listed(found);
  for (const auto& e : found) EXPECT_NE(e, "place:Taskill") << Listed(found);
  EXPECT_FALSE(Has(found, "person:Taskill")) << "linked to a full name: " << Listed(found);
}

// After "said", a name that qualifies the noun after it is not the speaker:
// "said Cobb County police Cmdr. Dale Cook".
TEST(ExtractEntitiesTest, ANameQualifyingANounAfterSaidIsNoSpeaker) {
  const auto found =
      Entities("The gunman fled the mall, said Orrin County police Cmdr. Dale Pruett.");
  EXPECT_TRUE(Has(found, "place:Orrin County")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Dale Pruett")) << Listed(found);
}

// A time zone is no organisation, and "Attorney's Office" is one name, so
// "Office" is no organisation of its own; groups WordNet lists stay.
TEST(ExtractEntitiesTest, ZonesAndOfficesOfATitleAreNoEntitiesOfTheirOwn) {
  const auto found = Entities(
      "Crews arrived shortly after 06:00 BST, fire officials in Ashby said.\n"
      "He died at home, according to the Ashby District Attorney\u2019s Office.\n"
      "Wednesday's Journal said the plan would fail.\n"
      "The FBI said Interpol had been told on Friday.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("BST"), std::string::npos) << Listed(found);
    EXPECT_NE(e, "organization:Office") << Listed(found);
    EXPECT_EQ(e.find("Wednesday"), std::string::npos) << "a day owns no name: " << Listed(found);
  }
  EXPECT_TRUE(Has(found, "place:Ashby")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:FBI")) << Listed(found);
  // A lone common word is a fragment of a longer name, whatever the span
  // classifier guesses: "Tobacco" of the bureau's name is no entity of its
  // own (the list that ends the name's "of" phrase keeps it in the name).
  const auto bureau = Entities(
      "The gun was bought in 1976, said a spokesman for the Bureau of Alcohol, "
      "Tobacco and Firearms in Ashby.");
  for (const auto& e : bureau) {
    EXPECT_EQ(e.find(":Tobacco"), std::string::npos) << Listed(bureau);
    EXPECT_EQ(e.find(":Firearms"), std::string::npos) << Listed(bureau);
  }
}

// "and" inside an organisation's name keeps it whole; between two names it
// does not.
TEST(ExtractEntitiesTest, AndInsideAnOrganisationsName) {
  const auto found = Entities(
      "The Food and Drug Administration approved the drug on Monday.\n"
      "Officials in Russia and Iran welcomed the deal.");
  EXPECT_TRUE(Has(found, "organization:Food and Drug Administration")) << Listed(found);
  EXPECT_TRUE(Has(found, "place:Russia")) << Listed(found);
  for (const auto& e : found) EXPECT_EQ(e.find("Russia and"), std::string::npos) << Listed(found);
}

// An ampersand joins one firm's name, and the firm is an organisation; so is
// a name ending in a legal form.
TEST(ExtractEntitiesTest, AmpersandsAndLegalFormsMakeFirms) {
  const auto found = Entities(
      "Analysts at Dorrel & Vance cut their forecast.\n"
      "The contract went to Brillmark Corp. last year.");
  EXPECT_TRUE(Has(found, "organization:Dorrel & Vance")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Brillmark Corp")) << Listed(found);
  const auto labs = Entities(
      "Scientists at the Orvel Propulsion Laboratory said the probe was safe.\n"
      "The album came out on Marel Records in May.");
  EXPECT_TRUE(Has(labs, "organization:Orvel Propulsion Laboratory")) << Listed(labs);
  EXPECT_TRUE(Has(labs, "organization:Marel Records")) << Listed(labs);
}

// "General" before a common noun opens a firm's name ("General Motors"),
// not a general's title; before a given name it is the title.
TEST(ExtractEntitiesTest, GeneralBeforeACommonNounOpensAFirmsName) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "General Motors recalled 200 cars in Marel on Monday.\n"
      "Attorney General Dana Velmar said the recall was late.");
  EXPECT_TRUE(Has(found, "organization:General Motors")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Dana Velmar")) << Listed(found);
  for (const auto& e : found) EXPECT_NE(e, "person:Motors") << Listed(found);
}

// A list of common nouns ends an organisation's "of" or "for" phrase
// inside its name; names beside it stay apart.
TEST(ExtractEntitiesTest, AListEndingAnOfPhraseStaysInTheName) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "The Velmar Centers for Disease Control and Prevention counted 40 cases on Monday.\n"
      "Agents of the Velmar Bureau of Alcohol, Tobacco and Firearms searched the house.\n"
      "The Brill Bureau of Alcohol, Tobacco, Firearms, and Explosives helped.\n"
      "The Marel Board of Pardons and Paroles met.\n"
      "She studied at the University of Orvel and Marel Medical College.\n"
      "The Department of Defense and Congress disagreed.");
  EXPECT_TRUE(Has(found, "organization:Velmar Centers for Disease Control and Prevention"))
      << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Velmar Bureau of Alcohol Tobacco and Firearms"))
      << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Brill Bureau of Alcohol Tobacco Firearms and Explosives"))
      << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Marel Board of Pardons and Paroles")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Marel Medical College")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Congress")) << Listed(found);
}

// A person's name before "of" and where the person comes from or works are
// two names; an organisation's name with "of" stays whole.
TEST(ExtractEntitiesTest, APersonOfAPlaceIsTwoNames) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "The pilot, Marek Vostal of Switzerland, landed near Cairo on Sunday.\n"
      "Researchers at the Velmar Institutes of Health and the Liberation Tigers of Orvel "
      "said so.");
  EXPECT_TRUE(Has(found, "person:Marek Vostal")) << Listed(found);
  EXPECT_TRUE(Has(found, "place:Switzerland")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Velmar Institutes of Health")) << Listed(found);
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const std::string& e) {
    return e.ends_with(":Liberation Tigers of Orvel");  // a team's or a group's name: whole
  })) << Listed(found);
}

// A name after a preposition of place is no speaker: in "Police in Marel
// Heights said" the police speak.
TEST(ExtractEntitiesTest, ANameAfterInBeforeSaidIsNoSpeaker) {
  const auto found = Entities("Police in Marel Heights said two people were hurt on Monday.");
  EXPECT_TRUE(Has(found, "place:Marel Heights")) << Listed(found);
}

// A head WordNet lists as a compound says what the name names ("national
// park" a place, "task force" a group), against the tagger's guess.
TEST(ExtractEntitiesTest, ACompoundHeadNounGivesTheKind) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Climbers left Marel National Park on Friday.\n"
      "The Velmar Bomb Task Force said the device was crude.");
  EXPECT_TRUE(Has(found, "place:Marel National Park")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Velmar Bomb Task Force")) << Listed(found);
}

// Someone's relation or role after a possessive names a person: "his wife,
// Karen,", "her husband Tarek".
TEST(ExtractEntitiesTest, ARelationAfterAPossessiveNamesAPerson) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Mayor Dana Velmar and his wife, Karen, were also in attendance.\n"
      "Her husband Tarek said the boat sank near Marel.");
  EXPECT_TRUE(Has(found, "person:Karen")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Tarek")) << Listed(found);
  EXPECT_TRUE(Has(found, "place:Marel")) << Listed(found);
}

// A noun for a person before a person's full name is the person's role
// ("Prosecutor Dana Velmar"); a given name ("Jerry Lee Velmar") or a
// nationality ("British Airways") is not.
TEST(ExtractEntitiesTest, ARoleNounBeforeAFullNameIsCutOff) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Prosecutor Dana Velmar said the case was closed.\n"
      "Singer Jerry Lee Orvel said the show would go on.\n"
      "Photographer Tomas Velo said he saw the crash.");
  EXPECT_TRUE(Has(found, "person:Dana Velmar")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Tomas Velo")) << Listed(found);
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const std::string& e) {
    return e.ends_with("Jerry Lee Orvel");
  })) << Listed(found);
}

// A sentence's first word naming people in the plural before "of" is no
// part of the name after it.
TEST(ExtractEntitiesTest, PeopleOfANameOpeningASentence) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities("Members of Congress said on Monday that the vote had failed.");
  EXPECT_TRUE(Has(found, "organization:Congress")) << Listed(found);
  for (const auto& e : found) EXPECT_EQ(e.find("Members"), std::string::npos) << Listed(found);
}

// A named storm and a thing WordNet lists under its name (a phenomenon, a
// disease, a day) are no person, place or organisation: "Hurricane Orvel",
// then "Orvel" alone, "El Nino", "Rocky Mountain Spotted Fever", "Labor Day".
TEST(ExtractEntitiesTest, StormsAndPhenomenaAreNoEntities) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Hurricane Orvel struck the coast near the town of Marel on Monday, officials said.\n"
      "Forecasters in Marel blamed El Nino for the warm waters.\n"
      "Doctors in Marel said Rocky Mountain Spotted Fever had killed two people by Labor Day.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("Orvel"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Nino"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Fever"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Labor Day"), std::string::npos) << Listed(found);
  }
  EXPECT_TRUE(Has(found, "place:Marel")) << Listed(found);
}

// A law's or a treaty's name is no person, place or organisation.
TEST(ExtractEntitiesTest, LawsAndTreatiesAreNoEntities) {
  const auto found =
      Entities("Senator Dana Orvel said the Marel Species Act and the Velmar Treaty were at risk.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("Act"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Treaty"), std::string::npos) << Listed(found);
  }
  EXPECT_TRUE(Has(found, "person:Dana Orvel")) << Listed(found);
}

// A people's or a party's members are no entity ("Israelis", "a Chechen",
// "Republicans"); a city WordNet also files under people stays a place where
// the text says it is one.
TEST(ExtractEntitiesTest, MembersOfAPeopleAreNoEntity) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "Israelis and Palestinians met on Monday, and Republicans said the talks failed.\n"
      "The envoys flew home from talks in Miami on Tuesday.\n"
      "North Americans and one South African spoke for the East German team.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("American"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("African"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("German"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Israelis"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Palestinians"), std::string::npos) << Listed(found);
    EXPECT_EQ(e.find("Republicans"), std::string::npos) << Listed(found);
  }
  EXPECT_TRUE(Has(found, "place:Miami")) << Listed(found);
}

// A place of several words made a modifier ("New York-based") is no part of
// the name after it; across "of" it is a person's affiliation.
TEST(ExtractEntitiesTest, ASeveralWordBasedModifierIsCutOff) {
  const auto found = Entities(
      "The New York-based Dorrel Vance Fund sued the city.\n"
      "Analysts at the San Marel-based Brillmark Corp. agreed.");
  EXPECT_TRUE(Has(found, "organization:Dorrel Vance Fund")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Brillmark Corp")) << Listed(found);
}

// A compound modifier that ends a name is cut off it: "the Velde-based
// group" names Velde, not "Velde-based"; a lower-case noun after it is no
// facility of the name.
TEST(ExtractEntitiesTest, AModifierEndingANameIsCutOff) {
  const auto found = Entities(
      "Analysts at a Port Orvel-based firm said the plant in Dornland would close.\n"
      "Tourists came from a San Marel-style resort in Dornland, the mayor said.");
  const std::string all = Listed(found);
  EXPECT_EQ(all.find("-based"), std::string::npos) << all;
  EXPECT_EQ(all.find("-style"), std::string::npos) << all;
  EXPECT_NE(all.find(":Port Orvel;"), std::string::npos) << all;
  // What is left of a language's or a people's adjective is no name.
  if (wordnet::WordNet::Installed() != nullptr) {
    const auto left = Entities(
        "The French-speaking majority of Dornland voted on Monday, and the French-speaking "
        "province of Dornland may leave.\n"
        "Separatists in the French-speaking province won.");
    EXPECT_EQ(Listed(left).find("French"), std::string::npos) << Listed(left);
  }
}

// A place WordNet lists qualifies the vehicle after it.
TEST(ExtractEntitiesTest, AListedPlaceBeforeAVehicleIsNoMake) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  for (const char* text :
       {"He was stabbed at a London bus stop in 1993.", "He drove a London bus for years."}) {
    const auto found = Entities(text);
    EXPECT_TRUE(Has(found, "place:London")) << text << " → found " << Listed(found);
  }
}

// Two names joined by "and" stay two: a whole body before "and", a
// person, a name WordNet does not list, two places, a second body named
// after its place, or a lone word after "and" (DUC 2006 and 2007 topics).
TEST(ExtractEntitiesTest, AndBetweenTwoNamesKeepsThemApart) {
  if (wordnet::WordNet::Installed() == nullptr)
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  const auto found = Entities(
      "Talks at the White House and State Department went on.\n"
      "Acting President Vladimir Putin and Communist Party leaders met.\n"
      "He lives between the Gaza Strip and West Bank, officials said.\n"
      "Students at the University of Southern California and Indiana University joined.\n"
      "Both the House and Senate passed it.\n"
      "The Devon and Somerset Fire and Rescue Service was called.\n"
      "The U.S. Department of Health and Human Services agreed.");
  for (const char* whole : {"organization:White House", "organization:State Department",
                            "place:West Bank", "organization:Indiana University",
                            "organization:Devon and Somerset Fire and Rescue Service",
                            "organization:U.S. Department of Health and Human Services"}) {
    EXPECT_TRUE(Has(found, whole)) << whole << ": " << Listed(found);
  }
  for (const auto& e : found) {
    EXPECT_TRUE(
        e.find("House and") == std::string::npos && e.find("Putin and") == std::string::npos &&
        e.find("Strip and") == std::string::npos && e.find("California and") == std::string::npos)
        << Listed(found);
  }
}

// An apposition's or "called"'s head noun gives an uncued name its kind.
TEST(ExtractEntitiesTest, AnAppositionsHeadNounGivesTheKind) {
  if (wordnet::WordNet::Installed() == nullptr)
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  const auto found = Entities(
      "The study was pushed by an organization called Heal Velmar Now, which parents began.\n"
      "Save Velmar Coast, a nonprofit group that funds research, sued.\n"
      "The jet fell on Dorrelby, a town north of Ashby.");
  EXPECT_TRUE(Has(found, "organization:Heal Velmar Now")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Save Velmar Coast")) << Listed(found);
  EXPECT_TRUE(Has(found, "place:Dorrelby")) << Listed(found);
}

// A title after a comma with no article is a person's role: "Jim Hall,
// chairman of the NTSB," (a hall is a building).
TEST(ExtractEntitiesTest, ATitleWithoutArticleAfterACommaIsARole) {
  const auto found = Entities(
      "The figures came from Dorn Hall, chairman of the rail board, on Monday.\n"
      "Trains were held at the station in Kelby.");
  EXPECT_TRUE(Has(found, "person:Dorn Hall")) << Listed(found);
}

// A middle initial makes a person only right before the surname (or its
// generation): a site named after someone is no person.
TEST(ExtractEntitiesTest, AMiddleInitialComesRightBeforeTheSurname) {
  const auto found = Entities(
      "Flights left from the Oren T. Marsk International Airport near Kelby.\n"
      "Wayne R. Dorrance Jr. spoke at the meeting.");
  EXPECT_FALSE(Has(found, "person:Oren T Marsk International Airport")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Wayne R Dorrance Jr")) << Listed(found);
}

// A surname links to a person's name only: "Venezuela" is no short form of
// the party "Project Venezuela"; "Ford" none of "UAW-Ford"; "al-" is a
// particle ("Assad" for "Bashar al-Assad").
TEST(ExtractEntitiesTest, OnlyAPersonsNameEndsInASurname) {
  const auto found = Entities(
      "The pro-business Project Venezuela won 12 percent.\n"
      "The coalition is the top force in Venezuela's new Congress, officials said.\n"
      "Syrian President Bashar al-Assad spoke. Assad said the war would end.");
  if (wordnet::WordNet::Installed() != nullptr) {
    EXPECT_TRUE(Has(found, "place:Venezuela")) << Listed(found);
  }
  EXPECT_TRUE(Has(found, "person:Bashar al-Assad")) << Listed(found);
  EXPECT_FALSE(Has(found, "person:Assad")) << "linked to the full name: " << Listed(found);
}

// After "said", a name followed by a verb is the speaker ("said Elian told
// him"), unlike one followed by a noun it qualifies.
TEST(ExtractEntitiesTest, ANameBeforeAVerbAfterSaidIsASpeaker) {
  if (wordnet::WordNet::Installed() == nullptr)
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  const auto found = Entities("Smith said Orvel told him in Spanish that he was afraid.");
  EXPECT_TRUE(Has(found, "person:Orvel")) << Listed(found);
}

// Bodies named by their common head nouns: a survey, a guard, an embassy,
// a church are organisations, whatever "said" after them suggests.
TEST(ExtractEntitiesTest, OrganisationHeadNounsMakeOrganisations) {
  const auto found = Entities(
      "The Ashby Coast Guard searched the area, officials said.\n"
      "The Velmar Geological Survey said the quake was strong.\n"
      "Officials at the Dornish Embassy in Ashby said the Orrin Baptist Church would help.");
  for (const char* e : {"organization:Ashby Coast Guard", "organization:Velmar Geological Survey",
                        "organization:Dornish Embassy", "organization:Orrin Baptist Church"}) {
    EXPECT_TRUE(Has(found, e)) << e << ": " << Listed(found);
  }
}

// A weekday after a place WordNet lists dates the sentence.
TEST(ExtractEntitiesTest, AWeekdayAfterAListedPlaceIsNoPartOfIt) {
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "WordNet is off (CROSSWIRE_WORDNET= set, or built without its table)";
  }
  const auto found = Entities(
      "The balloon landed near Cairo Sunday, officials said.\n"
      "It crossed the Pacific in six days.\n"
      "Fire crews in Wellington were called to the store in Wellington.");
  // WordNet's first sense of Wellington is the duke, but towns bear the name.
  EXPECT_TRUE(Has(found, "place:Wellington")) << Listed(found);
  EXPECT_TRUE(Has(found, "place:Cairo")) << Listed(found);
  // A sea WordNet files under objects is no people's adjective.
  EXPECT_TRUE(Has(found, "place:Pacific")) << Listed(found);
  for (const auto& e : found) EXPECT_EQ(e.find("Sunday"), std::string::npos) << Listed(found);
}

// "the Talecs" after "Orvin Talec, 41," names a family, not a place.
TEST(ExtractEntitiesTest, APluralSurnameNamesAFamily) {
  const auto found = Entities(
      "Police said Orvin Talec, 41, and his wife moved to Ashby in May.\n"
      "Reporters went to the Talecs on Friday.");
  EXPECT_TRUE(Has(found, "person:Orvin Talec")) << Listed(found);
  for (const auto& e : found) EXPECT_EQ(e.find("Talecs"), std::string::npos) << Listed(found);
  // A title alone is an office, not a person.
  const auto office = Entities(
      "The former Speaker said on Friday that he would not run in Ashby.\n"
      "Aides to the Speaker declined to comment.");
  for (const auto& e : office) EXPECT_EQ(e.find("Speaker"), std::string::npos) << Listed(office);
}

// A dateline in capitals that runs into its sentence ("LYON A Moroccan ...")
// and a determiner opening a sentence ("Each Volkhov ...") are no part of a name.
TEST(ExtractEntitiesTest, DatelinesAndDeterminersOpeningASentenceAreNoName) {
  const auto found = Entities(
      "LYON A Moroccan student was arrested, police in Lyon said.\n"
      "Each Tarrow Group plant employs 300 people, Mayor Ilona Varga said.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("LYON"), std::string::npos) << e;
    EXPECT_EQ(e.find("Moroccan"), std::string::npos) << e;
    EXPECT_EQ(e.find("Each"), std::string::npos) << e;
  }
  EXPECT_TRUE(Has(found, "place:Lyon")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Tarrow Group")) << Listed(found);
}

// A title word followed only by a generation is a surname: "Martin Luther
// King Jr." is one person; "King Abdullah" is a king.
TEST(ExtractEntitiesTest, ATitleBeforeAGenerationIsASurname) {
  const auto found = Entities(
      "Crowds in Velmar remembered Martin Luther King Jr. on Monday, Ilona Varga said.\n"
      "King Abdullah II met Ilona Varga in Velmar.");
  EXPECT_TRUE(Has(found, "person:Martin Luther King Jr")) << Listed(found);
  EXPECT_FALSE(Has(found, "person:Jr")) << Listed(found);
  EXPECT_TRUE(Has(found, "person:Abdullah II")) << Listed(found);
}

// A name may open with a lower-case article glued to a capital: "al-Qaeda"
// as well as "Al-Qaeda".
TEST(ExtractEntitiesTest, ANameMayOpenWithAGluedArticle) {
  const auto found =
      Entities("The suspect had links to al-Shabab, police in Velmar said on Monday.");
  bool named = false;
  for (const std::string& e : found) named = named || e.ends_with(":al-Shabab");
  EXPECT_TRUE(named) << Listed(found);
}

// A plural possessive inside an organisation's name keeps the name whole:
// "Velmar Growers' Association", not "Velmar Growers" and "Association".
TEST(ExtractEntitiesTest, APluralPossessiveInsideAnOrganisationsName) {
  const auto found = Entities(
      "The Velmar Growers' Association said prices fell, Ilona Varga told reporters.\n"
      "She spoke at the Dornhalde Teachers\u2019 Union in Velmar.");
  EXPECT_TRUE(Has(found, "organization:Velmar Growers Association")) << Listed(found);
  EXPECT_TRUE(Has(found, "organization:Dornhalde Teachers Union")) << Listed(found);
}

// A contraction opening a sentence is no name, in either apostrophe.
TEST(ExtractEntitiesTest, ContractionsAreNoName) {
  const auto found = Entities(
      "I\u2019ve never seen a fire like it, Ilona Varga said in Lyon.\n"
      "I'm proud of the crews, she said.\n"
      "We\u2019ll rebuild the plant in Lyon, Tarrow Group said.");
  for (const auto& e : found) {
    EXPECT_EQ(e.find("I\u2019ve"), std::string::npos) << e;
    EXPECT_EQ(e.find("I'm"), std::string::npos) << e;
    EXPECT_EQ(e.find("We\u2019ll"), std::string::npos) << e;
  }
  EXPECT_TRUE(Has(found, "person:Ilona Varga")) << Listed(found);
}

}  // namespace
}  // namespace crosswire::corroborate
