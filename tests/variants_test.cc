// Name variants across outlets, end to end (AnalyzeStory -> Corroborate) on
// small stories written for this test from the annotation guide
// (testdata/corroboration/README.md, rules 4, 6 and 9) and the kinds issue 10
// lists: transliterations, one-letter slips where the rest of the name agrees,
// shortened forms, a local or former name the text ties to the English one,
// abbreviations and initials, punctuation and case, and different things that
// share a word, which stay apart. Names are invented or are common
// transliteration pairs; none is copied from the gold stories.
//
// Each row is two or three short articles, the names as the articles write
// them, and the verdict the guide gives: one group `variant` (forms differ
// beyond case and punctuation; the group's reasons must name the rule), one
// group `agree` (same name up to case and punctuation), or kept apart (both
// extracted, in different groups). The test prints how many rows pass, the
// guide-driven benchmark of the name rules.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "crosswire/corroborate.h"
#include "crosswire/represent.h"
#include "story_fixture.h"

namespace crosswire {
namespace {

enum class Expect {
  kVariant,    // one group, verdict variant
  kAgree,      // one group, verdict agree
  kApart,      // both extracted, different groups
  kNotJoined,  // never in one group (vessels are no names the guide annotates)
};

struct Mention {
  size_t article;
  std::string name;  // the fact's value as extracted, or a word of it
};

struct Case {
  const char* kind;  // the kind of variant
  std::vector<std::string> articles;
  std::vector<Mention> names;  // kVariant/kAgree: all of them; kApart: the first two
  Expect expect;
  const char* reason;  // kVariant: a fragment the group's reasons must hold ("" none)
  const char* why;     // the guide's reason for the verdict
  // Non-empty: a known gap, with why it is still missed. Such a row is
  // counted and listed but does not fail the test; once it passes, the test
  // fails until the mark is removed.
  const char* known_gap = "";
};

bool IsName(FactKind k) {
  return k == FactKind::kPerson || k == FactKind::kPlace || k == FactKind::kOrganization;
}

// Index of the group holding a name fact of `m.article` whose value is
// m.name, else one whose value contains it; -1 when none.
int FindGroup(const std::vector<FactGroup>& groups, const Mention& m) {
  int containing = -1;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!IsName(groups[g].kind)) continue;
    for (const Fact& f : groups[g].claims) {
      if (f.article != m.article) continue;
      // A final period may belong to the sentence ("... in Newport, R.I.").
      if (f.value == m.name || f.value + "." == m.name) return static_cast<int>(g);
      if (containing < 0 && f.value.find(m.name) != std::string::npos) {
        containing = static_cast<int>(g);
      }
    }
  }
  return containing;
}

std::string Describe(const std::vector<FactGroup>& groups) {
  std::string out;
  for (const FactGroup& g : groups) {
    if (!IsName(g.kind)) continue;
    out += "  " + std::string(VerdictName(g.verdict)) + " " + std::string(FactKindName(g.kind)) +
           " [" + g.about + "]";
    for (const Fact& f : g.claims) out += " | a" + std::to_string(f.article) + ": " + f.value;
    for (const std::string& r : g.reasons) out += " {" + r + "}";
    out += "\n";
  }
  return out;
}

// Empty when the row holds, else what went wrong.
std::string Check(const Case& c) {
  std::vector<std::pair<std::string, std::string>> articles;
  for (size_t k = 0; k < c.articles.size(); ++k) {
    articles.emplace_back("a" + std::to_string(k), c.articles[k]);
  }
  const Story story = testing::MakeStory(articles);
  auto analyzed = AnalyzeStory(story);
  if (!analyzed) return "analysis failed: " + analyzed.error().message();
  auto groups = Corroborate(*analyzed);
  if (!groups) return "corroboration failed: " + groups.error().message();
  std::vector<int> found;
  for (const Mention& m : c.names) found.push_back(FindGroup(*groups, m));
  const std::string context = "\n" + Describe(*groups);
  if (c.expect == Expect::kNotJoined) {
    return found[0] >= 0 && found[0] == found[1] ? "joined" + context : "";
  }
  for (size_t k = 0; k < c.names.size(); ++k) {
    if (found[k] < 0) {
      return "\"" + c.names[k].name + "\" of a" + std::to_string(c.names[k].article) +
             " not extracted" + context;
    }
  }
  if (c.expect == Expect::kApart) return found[0] != found[1] ? "" : "joined" + context;
  for (int g : found) {
    if (g != found[0]) return "not one group" + context;
  }
  const FactGroup& group = (*groups)[static_cast<size_t>(found[0])];
  const Verdict want = c.expect == Expect::kVariant ? Verdict::kVariant : Verdict::kAgree;
  if (group.verdict != want) {
    return "one group, but " + std::string(VerdictName(group.verdict)) + context;
  }
  if (c.expect == Expect::kVariant && c.reason[0] != '\0') {
    bool stated = false;
    for (const std::string& r : group.reasons) stated |= r.find(c.reason) != std::string::npos;
    if (!stated) return std::string("reason without \"") + c.reason + "\"" + context;
  }
  return "";
}

constexpr Expect V = Expect::kVariant, A = Expect::kAgree, X = Expect::kApart,
                 N = Expect::kNotJoined;

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      // --- transliterations (guide rule 9) ---
      {"transliteration",
       {"Foreign Minister Sergei Ryabkin said on Monday that the talks would resume.",
        "Russian Foreign Minister Sergey Ryabkin told reporters the talks would resume."},
       {{0, "Sergei Ryabkin"}, {1, "Sergey Ryabkin"}},
       V,
       "transliteration",
       "one person, the given name romanised two ways"},
      {"transliteration",
       {"Forces loyal to Muammar Gaddafi shelled the port on Sunday, rebels said.",
        "Troops loyal to Muammar Qadhafi shelled the port, a rebel spokesman said.",
        "Rebels said forces loyal to Kadafi shelled the port again."},
       {{0, "Muammar Gaddafi"}, {1, "Muammar Qadhafi"}, {2, "Kadafi"}},
       V,
       "transliteration",
       "three romanisations; the third also gives the surname alone",
       "typing: the tagger calls \"Muammar Gaddafi\" after \"loyal to\" a place, and a "
       "place has no surname alone, so the cue-less \"Kadafi\" is not typed"},
      {"transliteration",
       {"President Volodymyr Zelensky said the city would not fall.",
        "President Volodymyr Zelenskyy told parliament the city would hold.",
        "Zelenskiy said in a video address that the city would hold."},
       {{0, "Volodymyr Zelensky"}, {1, "Volodymyr Zelenskyy"}, {2, "Zelenskiy"}},
       V,
       "transliteration",
       "the ending -y / -yy / -iy of one surname"},
      {"transliteration",
       {"Interior Minister Mohammed Karimi said 40 people were arrested.",
        "Interior Minister Muhammad Karimi said police arrested 40 people."},
       {{0, "Mohammed Karimi"}, {1, "Muhammad Karimi"}},
       V,
       "",
       "Mohammed / Muhammad: vowels of one given name, the surname agrees"},
      {"transliteration",
       {"Col. Moammar Gadhafi spoke on state television on Tuesday.",
        "Col. Muammar Qaddafi spoke on state television late on Tuesday."},
       {{0, "Moammar Gadhafi"}, {1, "Muammar Qaddafi"}},
       V,
       "transliteration",
       "both words romanised differently"},
      {"transliteration",
       {"Defence Minister Aleksandr Voronin said the drills had ended.",
        "Defence Minister Alexander Voronin said on Friday the drills had ended."},
       {{0, "Aleksandr Voronin"}, {1, "Alexander Voronin"}},
       V,
       "",
       "ks/x and a dropped vowel in the given name, the surname agrees"},
      {"transliteration",
       {"Energy Minister Yevgeny Sorokin said gas deliveries would stop.",
        "Energy Minister Evgeny Sorokin said the gas deliveries would stop."},
       {{0, "Yevgeny Sorokin"}, {1, "Evgeny Sorokin"}},
       V,
       "transliteration",
       "the initial Ye / E of a Russian given name"},
      {"transliteration",
       {"Shelling hit Misrata overnight, a doctor in the city said.",
        "A doctor in Misurata said shelling hit the city overnight."},
       {{0, "Misrata"}, {1, "Misurata"}},
       V,
       "",
       "a city's name with and without one vowel"},
      {"transliteration",
       {"Prosecutor Abdel Rahman Haddad said three men were charged.",
        "Prosecutor Abdul Rahman Haddad said the men were charged on Monday."},
       {{0, "Abdel Rahman Haddad"}, {1, "Abdul Rahman Haddad"}},
       V,
       "",
       "Abdel / Abdul, the rest of the name agrees"},
      // --- one-letter slips where the rest of the name and the role agree ---
      {"one-letter slip",
       {"Mayor Petra Halvorsen said the bridge would reopen.",
        "Mayor Petra Halvorson said the bridge would reopen on Friday.",
        "Halvorsen said repairs had cost the town dearly."},
       {{0, "Petra Halvorsen"}, {1, "Petra Halvorson"}, {2, "Halvorsen"}},
       V,
       "",
       "the guide's worked example: one slipped letter, same role; the surname alone"},
      {"one-letter slip",
       {"Floods cut off the village of Kastellorn on Monday.",
        "Rescuers reached the village of Kastelorn by boat."},
       {{0, "Kastellorn"}, {1, "Kastelorn"}},
       V,
       "",
       "a long place name, one letter doubled in one outlet"},
      {"one-letter slip",
       {"Iran sent two planes of aid, officials said.",
        "Iraq sent two planes of aid on Sunday, officials said."},
       {{0, "Iran"}, {1, "Iraq"}},
       X,
       "",
       "two countries one letter apart: a short word has real neighbours"},
      {"one-letter slip",
       {"Coach Dan Ferris said the team would play on Sunday.",
        "Senator Don Ferris said the stadium would stay closed."},
       {{0, "Dan Ferris"}, {1, "Don Ferris"}},
       X,
       "",
       "one letter apart but the roles differ: a coach and a senator"},
      // --- shortened forms ---
      {"shortened form",
       {"Prime Minister Aurelien Dufort said the plot had been foiled.",
        "Dufort told parliament that the plot had been foiled."},
       {{0, "Aurelien Dufort"}, {1, "Dufort"}},
       V,
       "surname alone",
       "a person named in full once and by surname alone elsewhere"},
      {"shortened form",
       {"The Portland Herons beat Denver 24-17 on Sunday.",
        "The Herons won 24-17 on Sunday, their third win in a row."},
       {{0, "Portland Herons"}, {1, "Herons"}},
       V,
       "",
       "a team named with its city once and without it elsewhere"},
      {"shortened form",
       {"Velcor Industries said 300 workers would lose their jobs.",
        "Velcor said on Monday that 300 jobs would go."},
       {{0, "Velcor Industries"}, {1, "Velcor"}},
       V,
       "",
       "a company named by its first word",
       "typing: \"Velcor\" has no cue, and a cue-less first word of another outlet's "
       "organisation is not typed from it (on unlabelled DUC 2007 topics such words were "
       "mostly common words: \"Fight\" of \"Fight Hate\")"},
      {"shortened form",
       {"The Ruritanian Red Cross said 12 volunteers were hurt.",
        "The Red Cross said 12 of its volunteers were hurt."},
       {{0, "Ruritanian Red Cross"}, {1, "Red Cross"}},
       V,
       "nationality",
       "a nationality before an organisation's name"},
      {"shortened form",
       {"Judge Ellen R. Marsh ordered the release of the men.",
        "Judge Ellen Marsh ordered the men released on bail."},
       {{0, "Ellen R. Marsh"}, {1, "Ellen Marsh"}},
       V,
       "middle initial",
       "a middle initial written by one outlet only"},
      {"shortened form",
       {"The shooting happened on Corliss Street near the market.",
        "Police closed Corliss near the market after the shooting."},
       {{0, "Corliss Street"}, {1, "Corliss"}},
       V,
       "street",
       "a street named without its type word",
       "both typed places: a one-word place beside a street of its name may be the town "
       "(\"Washington\" / \"Washington Street\"), which align.cc's TownOfASite keeps apart"},
      // --- a local, former or other name the text ties to the English one ---
      {"local name",
       {"Shelling hit Kyiv (Kiev) overnight, city officials said.",
        "Shelling hit Kiev overnight, officials in the city said."},
       {{0, "Kyiv"}, {1, "Kiev"}},
       V,
       "",
       "the text gives the second name in parentheses"},
      {"local name",
       {"Two climbers reached Mount Everest, known locally as Chomolungma, on Tuesday.",
        "Two climbers died on Chomolungma this week, officials in Nepal said."},
       {{0, "Mount Everest"}, {1, "Chomolungma"}},
       V,
       "known locally",
       "the text ties the local name to the English one"},
      {"local name",
       {"Floods struck Myanmar, also known as Burma, on Friday.",
        "Floods in Burma killed 40 people, officials said."},
       {{0, "Myanmar"}, {1, "Burma"}},
       V,
       "also known as",
       "\"also known as\" ties the two names of one country"},
      {"local name",
       {"The storm hit Mumbai (formerly Bombay) on Monday, officials said.",
        "The storm hit Bombay on Monday, killing 12 people."},
       {{0, "Mumbai"}, {1, "Bombay"}},
       V,
       "formerly",
       "the former name in parentheses"},
      {"local name",
       {"Trains from Lviv, also called Lvov, were cancelled on Monday.",
        "Trains from Lvov were cancelled, the railway said."},
       {{0, "Lviv"}, {1, "Lvov"}},
       V,
       "also called",
       "\"also called\" ties the two names of one city"},
      {"local name",
       {"Senator Ted Vossberg (Texas) said the bill would pass.",
        "Officials in Texas said the bill would pass."},
       {{0, "Ted Vossberg"}, {1, "Texas"}},
       X,
       "",
       "a person and his state in parentheses are not one entity"},
      // --- abbreviations, initials, punctuation and case ---
      {"abbreviation",
       {"The U.S. Geological Survey said the quake measured 6.1.",
        "The USGS said the quake had a magnitude of 6.1."},
       {{0, "U.S. Geological Survey"}, {1, "USGS"}},
       V,
       "abbreviation",
       "an agency and its initials used alone by one outlet"},
      {"abbreviation",
       {"The Velmar Harbour Authority said the ferry had left port.",
        "The VHA said on Monday the ferry had left port."},
       {{0, "Velmar Harbour Authority"}, {1, "VHA"}},
       V,
       "abbreviation",
       "the initials of the only organisation with them"},
      {"abbreviation",
       {"The flight left Newark, N.J., on Sunday evening.",
        "The flight left Newark on Sunday evening, officials said."},
       {{0, "Newark"}, {1, "Newark"}},
       A,
       "",
       "a town with its state abbreviated after it is that town, its name written alike"},
      {"abbreviation",
       {"Investigators from Newport, R.I., examined the wreckage.",
        "Investigators in Newport examined the wreckage on Friday."},
       {{0, "Newport"}, {1, "Newport"}},
       A,
       "",
       "the state after a town is part of its address, not a claim apart"},
      {"abbreviation",
       {"Seismologists in Golden, Colo., said the quake measured 6.1.",
        "The quake measured 6.1, seismologists in Golden, Colo., said."},
       {{0, "Golden"}, {1, "Golden"}},
       A,
       "",
       "one town written alike, its state abbreviated the agencies' way"},
      {"abbreviation",
       {"The plane left Cairo, Egypt.", "The plane left Cairo on Sunday, officials in Egypt said."},
       {{0, "Cairo"}, {0, "Egypt"}},
       X,
       "",
       "a country after a town is no state abbreviation: two places"},
      {"punctuation",
       {"The U.S Geological Survey said the quake measured 6.1.",
        "The U.S. Geological Survey said the quake measured 6.1."},
       {{0, "U.S Geological Survey"}, {1, "U.S. Geological Survey"}},
       A,
       "",
       "a missing period is punctuation (guide rule 6)"},
      {"punctuation",
       {"U.S officials said the talks had failed.",
        "U.S. officials said on Friday the talks had failed.",
        "US officials said the talks had failed."},
       {{0, "U.S"}, {1, "U.S."}, {2, "US"}},
       A,
       "",
       "U.S / U.S. / US: punctuation only"},
      {"punctuation",
       {"The ferry sank off St Kilda on Monday.", "The ferry sank off St. Kilda, officials said."},
       {{0, "St Kilda"}, {1, "St. Kilda"}},
       A,
       "",
       "St / St.: punctuation only"},
      {"case",
       {"NASA said the launch would go ahead on Friday.",
        "Nasa said the launch would go ahead, a spokesman added."},
       {{0, "NASA"}, {1, "Nasa"}},
       A,
       "",
       "case only"},
      {"punctuation",
       {"Fighters of al-Shabaab attacked the base on Monday.",
        "Al Shabaab fighters attacked the base, the army said."},
       {{0, "al-Shabaab"}, {1, "Al Shabaab"}},
       A,
       "",
       "a hyphen for a space and case",
       "extraction: the run \"Fighters of al-Shabaab\" opens the sentence and has no cue"},
      {"abbreviation",
       {"ABC reported that the mayor had resigned.", "NBC News reported the mayor had resigned."},
       {{0, "ABC"}, {1, "NBC News"}},
       X,
       "",
       "two networks' initials"},
      // --- different things that share a word stay apart ---
      {"kept apart",
       {"Police chief David Smith said two men were arrested. Witness Karen Smith said she heard "
        "shots.",
        "Smith said the two men were arrested near the station."},
       {{0, "David Smith"}, {0, "Karen Smith"}},
       X,
       "",
       "two people who share a surname"},
      {"kept apart",
       {"Police chief David Smith said two men were arrested. Witness Karen Smith said she heard "
        "shots.",
        "Smith said the two men were arrested near the station."},
       {{0, "David Smith"}, {1, "Smith"}},
       X,
       "",
       "a surname alone beside two people of that surname joins neither"},
      {"kept apart",
       {"Police chief David Smith said two men were arrested. Witness Karen Smith said she heard "
        "shots.",
        "Smith said the two men were arrested near the station."},
       {{0, "Karen Smith"}, {1, "Smith"}},
       X,
       "",
       "a surname alone beside two people of that surname joins neither"},
      {"kept apart",
       {"Tornadoes struck the state of Georgia on Monday, killing six people.",
        "The country of Georgia, a former Soviet republic, sent its condolences to Washington."},
       {{0, "Georgia"}, {1, "Georgia"}},
       X,
       "",
       "the US state and the country: the text says which"},
      {"same name",
       {"Floods hit the city of Tarnow on Monday, officials said.",
        "Floods hit Tarnow on Monday, officials said."},
       {{0, "Tarnow"}, {1, "Tarnow"}},
       A,
       "",
       "what one outlet says a place is does not part it from another outlet's bare name"},
      {"kept apart",
       {"Paris Hilton arrived in Los Angeles on Monday, her spokesman said.",
        "Hilton flew from Paris to Los Angeles on Monday."},
       {{0, "Paris Hilton"}, {1, "Paris"}},
       X,
       "",
       "a person and a city"},
      {"kept apart",
       {"The ferry Northern Star collided with the tanker Sea Dawn off the coast.",
        "The Northern Star sank and the Sea Dawn was towed to port."},
       {{1, "Northern Star"}, {1, "Sea Dawn"}},
       N,
       "",
       "two ships"},
      {"kept apart",
       {"Aid flights reached South Sudan on Monday, the UN said.",
        "Sudan closed its border on Monday, the UN said."},
       {{0, "South Sudan"}, {1, "Sudan"}},
       X,
       "",
       "two countries, one named inside the other's name"},
      {"kept apart",
       {"The quake shook Mexico City on Tuesday, officials said.",
        "Mexico sent troops to the area on Tuesday."},
       {{0, "Mexico City"}, {1, "Mexico"}},
       X,
       "",
       "a city and the country of its name"},
      {"kept apart",
       {"Nurse Daniela Varga said the ward was full.",
        "Surgeon Daniel Varga said the ward had run out of beds."},
       {{0, "Daniela Varga"}, {1, "Daniel Varga"}},
       X,
       "",
       "a given name's feminine and masculine forms: two people"},
      {"transliteration",
       {"Protesters gathered in Yekaterinburg on Sunday, police said.",
        "Police in Ekaterinburg said protesters gathered on Sunday."},
       {{0, "Yekaterinburg"}, {1, "Ekaterinburg"}},
       V,
       "transliteration",
       "the initial Ye / E of a Russian place name"},
      {"kept apart",
       {"Nurse Maria Lopez said the clinic was full.",
        "Doctor Maria Ortega said the clinic had run out of beds."},
       {{0, "Maria Lopez"}, {1, "Maria Ortega"}},
       X,
       "",
       "two people who share a given name"},
      {"kept apart",
       {"The plane landed at Kennedy Airport on Friday.",
        "John Kennedy, a passenger, said the landing was rough."},
       {{0, "Kennedy Airport"}, {1, "John Kennedy"}},
       X,
       "",
       "an airport and a man of its honoree's name"},
      {"kept apart",
       {"Austria sent 20 rescuers, officials said.",
        "Australia sent 20 rescuers on Sunday, officials said."},
       {{0, "Austria"}, {1, "Australia"}},
       X,
       "",
       "two countries of alike spelling"},
      {"kept apart",
       {"The New York Times reported that the talks had failed.",
        "Officials in New York said the talks had failed."},
       {{0, "New York Times"}, {1, "New York"}},
       X,
       "",
       "a newspaper and the city of its name"},
      {"kept apart",
       {"Air France said the flight had been cancelled.",
        "France said on Monday that the flight had been cancelled."},
       {{0, "Air France"}, {1, "France"}},
       X,
       "",
       "an airline and the country of its name"},
  };
  return cases;
}

TEST(NameVariantsTableTest, GuideCasesGetTheGuidesVerdict) {
  size_t passed = 0, gaps = 0;
  for (const Case& c : Cases()) {
    const std::string problem = Check(c);
    std::string names;
    for (const Mention& m : c.names) names += (names.empty() ? "" : " / ") + m.name;
    const bool gap = c.known_gap[0] != '\0';
    if (problem.empty()) {
      ++passed;
      if (gap) ADD_FAILURE() << names << " passes now: remove its known_gap mark";
    } else if (gap) {
      ++gaps;
      std::printf("known gap: %s: %s (%s): %s\n", c.kind, names.c_str(), c.why, c.known_gap);
    } else {
      ADD_FAILURE() << c.kind << ": " << names << " (" << c.why << "): " << problem;
    }
  }
  std::printf("name-variant table: %zu/%zu rows pass (%zu known gaps)\n", passed, Cases().size(),
              gaps);
}

}  // namespace
}  // namespace crosswire
