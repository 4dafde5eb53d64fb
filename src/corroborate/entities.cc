// People, places and organisations.
//
// Method: capitalised-phrase chunking with news cues, the classic rule-based
// approach to named entities (as in the MUC-era systems, e.g. Mikheev,
// Moens & Grover 1999) without a gazetteer:
//
// 1. A candidate is a maximal run of capitalised words, allowing lowercase
//    particles inside a name ("Bashar al Assad", "Observatory for Human
//    Rights"). A possessive ends it ("Russia’s UN envoy"). A sentence-initial
//    word that the article also uses in lower case, or a function word
//    ("However", "The"), is not part of a name. Weekdays, months, time zones
//    and demonyms used as adjectives ("Syrian rebels") are dropped.
// 2. Titles are cut off the front and recorded as a person cue: "Russian
//    Foreign Minister Sergey Lavrov" → person "Sergey Lavrov";
//    "President Assad" → person "Assad".
// 3. Each mention gets cue votes: person (a title, "X said", "X told",
//    "said X", "Mr", an age: "36-year-old X", "X, 36,"), organisation (an organisation word such as
//    Council, Ministry, Observatory, Agency; an acronym; "told X" / "according to X" / "X reported"
//    for a news agency), place (a locative preposition, "towns of X and Y", "X province").
// 4. Within an article, a short form is linked to the full name it
//    abbreviates: a single word that is the last (or first) word of a longer
//    person name ("Churkin" → "Vitaly Churkin"), an acronym of an
//    organisation ("UN" ↔ "United Nations"). Votes are pooled over the linked
//    mentions and the entity takes the majority kind; an entity with no cue
//    at all is not reported (precision over recall).
//
// One claim is emitted per entity and article, at its first full mention.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "crosswire/tag.h"
#include "crosswire/wordnet.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

bool IsInList(std::string_view suffix) {
  static const std::unordered_set<std::string_view> kWords = {
      "based", "led",   "backed", "born",   "run",     "controlled",
      "held",  "owned", "funded", "allied", "aligned", "speaking"};
  return kWords.count(suffix) > 0;
}

bool IsPlaceOrFirmAbbreviation(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"st", "ste", "sta", "sto",  "mt",
                                                "ft", "cie", "cia", "gov't"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsTitle(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {"president",
                                                              "minister",
                                                              "envoy",
                                                              "ambassador",
                                                              "spokesperson",
                                                              "spokesman",
                                                              "spokeswoman",
                                                              "secretary",
                                                              "director",
                                                              "chief",
                                                              "general",
                                                              "commander",
                                                              "official",
                                                              "analyst",
                                                              "journalist",
                                                              "coordinator",
                                                              "activist",
                                                              "leader",
                                                              "mr",
                                                              "mrs",
                                                              "ms",
                                                              "dr",
                                                              "king",
                                                              "queen",
                                                              "prince",
                                                              "senator",
                                                              "sen",
                                                              "rep",
                                                              "representative",
                                                              "governor",
                                                              "mayor",
                                                              "judge",
                                                              "justice",
                                                              "pope",
                                                              "sheikh",
                                                              "colonel",
                                                              "col",
                                                              "captain",
                                                              "lieutenant",
                                                              "sergeant",
                                                              "professor",
                                                              "prof",
                                                              "chairman",
                                                              "chairwoman",
                                                              "correspondent",
                                                              "reporter",
                                                              "teacher",
                                                              "deputy",
                                                              "prime",
                                                              "foreign",
                                                              "defence",
                                                              "defense",
                                                              "vice",
                                                              "speaker",
                                                              "attorney",
                                                              "gen",
                                                              "lt",
                                                              "sgt",
                                                              "premier",
                                                              "chancellor",
                                                              "emir",
                                                              "ayatollah",
                                                              "cardinal",
                                                              "bishop",
                                                              "rev",
                                                              "commissioner",
                                                              "counsel",
                                                              "nominee",
                                                              "adviser",
                                                              "advisor",
                                                              "aide",
                                                              "economist",
                                                              "researcher",
                                                              "lawyer",
                                                              "head",
                                                              "officer",
                                                              "chair",
                                                              "chairperson",
                                                              "whip",
                                                              "inspector",
                                                              "constable",
                                                              "detective",
                                                              "superintendent",
                                                              "trooper",
                                                              "coach",
                                                              "admiral",
                                                              "marshal",
                                                              "commodore",
                                                              "brigadier",
                                                              "corporal"};
  if (kWords.count(lower) > 0) return true;
  // An abbreviated title ("Adm.", "Capt.", "Sgt.", "Dr."): the splitter's
  // table of abbreviations that stand before a name, less those that begin
  // a place's name ("St. Petersburg", "Mt. Cook", "Ft. Worth") or name a
  // firm or agency ("Cie", "CIA").
  if (text::IsEnglishTitleAbbreviation(lower) && !IsPlaceOrFirmAbbreviation(lower)) return true;
  // A long title with one letter slipped is still the title ("Preident
  // Assad"): typos are common in news copy, and seven-letter words one edit
  // from a title are not names.
  if (lower.size() + 1 < kMinLoneSlipLetters) return false;
  for (std::string_view title : kWords) {
    if (title.size() >= kMinLoneSlipLetters && title[0] == lower[0] &&
        title.size() + 1 >= lower.size() && lower.size() + 1 >= title.size() &&
        EditDistance(title, lower) == 1) {
      return true;
    }
  }
  return false;
}

bool IsOrgWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {"council",      "ministry",
                                                              "observatory",  "agency",
                                                              "institute",    "nations",
                                                              "organization", "organisation",
                                                              "union",        "party",
                                                              "army",         "forces",
                                                              "committee",    "commission",
                                                              "court",        "department",
                                                              "news",         "times",
                                                              "post",         "press",
                                                              "network",      "association",
                                                              "group",        "foundation",
                                                              "university",   "bank",
                                                              "company",      "corporation",
                                                              "inc",          "tv",
                                                              "corp",         "laboratory",
                                                              "laboratories", "records",
                                                              "ltd",          "llc",
                                                              "plc",          "co",
                                                              "radio",        "office",
                                                              "house",        "senate",
                                                              "congress",     "parliament",
                                                              "assembly",     "administration",
                                                              "government",   "front",
                                                              "brigade",      "militia",
                                                              "movement",     "coalition",
                                                              "alliance",     "federation",
                                                              "board",        "bureau",
                                                              "service",      "services",
                                                              "journal",      "channel",
                                                              "reuters",      "cnn",
                                                              "bbc",          "fund",
                                                              "red",          "crescent",
                                                              "cross",        "unicef",
                                                              "nato",         "fbi",
                                                              "cia",          "survey",
                                                              "guard",        "society",
                                                              "academy",      "embassy",
                                                              "consulate",    "church",
                                                              "league",       "club",
                                                              "authority"};
  return kWords.count(lower) > 0;
}

bool IsPlaceWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "city", "province", "district", "county", "state", "region", "town", "village", "area",
      "neighbourhood", "neighborhood", "island", "river", "valley", "mountains", "street", "square",
      "airport", "strait", "sea", "gulf",
      // Not "coast" or "bay": "Coast Guard", "Bay Area" name organisations.
      "ocean", "basin", "peninsula"};
  return kWords.count(lower) > 0;
}

bool IsFunctionWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "the",      "a",          "an",        "in",        "on",        "at",         "but",
      "each",     "any",        "another",   "and",       "or",        "however",    "both",
      "even",     "meanwhile",  "according", "it",        "he",        "she",        "they",
      "we",       "i",          "you",       "this",      "that",      "these",      "those",
      "there",    "here",       "when",      "where",     "while",     "after",      "before",
      "as",       "if",         "since",     "although",  "though",    "with",       "without",
      "for",      "from",       "by",        "of",        "to",        "earlier",    "later",
      "late",     "early",      "last",      "no",        "nobody",    "every",      "some",
      "many",     "most",       "all",       "what",      "who",       "why",        "how",
      "speaking", "explaining", "activists", "activist",  "our",       "my",         "his",
      "her",      "their",      "its",       "once",      "also",      "still",      "yet",
      "so",       "then",       "now",       "today",     "yesterday", "tomorrow",   "image",
      "photo",    "play",       "read",      "more",      "see",       "watch",      "click",
      "share",    "children",   "people",    "civilians", "rebels",    "government", "officials",
      "reports",  "efforts",    "fears",     "medical",   "pro",       "anti",       "one",
      "two",      "three",      "several",   "did",       "does",      "do",         "is",
      "was",      "are",        "were",      "will",      "would",     "can",        "could",
      "should",   "may",        "might",     "must",      "not",       "just",       "only",
      "over",     "under",      "between",   "into",      "during",    "within",     "despite",
      "because",  "than",       "like",      "unlike",    "amid",      "among"};
  return kWords.count(lower) > 0;
}

// Months, weekdays (text's English table), time zones and meridiems.
bool IsCalendarWord(std::string_view lower) {
  return text::EnglishMonth(lower) || text::EnglishWeekday(lower) || IsTimeZone(lower) ||
         lower == "am" || lower == "pm";
}

// Abbreviations whose period stays inside a name ("Mr. Kim", "Adm.
// Kuroyedov", "Capt. Smith", "St. Petersburg"): text's table
// (EnglishTitleAbbreviations, the splitter's). Every person title there is
// also cut off the name as a title (IsTitle), so "Adm. Kuroyedov" names
// Kuroyedov; of the place and firm abbreviations only "St." is kept, which
// begins a place's name ("Mt." and "Ft." keep their old handling: the word
// alone, linked by names.cc's standard abbreviations).
bool IsAbbreviationInName(std::string_view lower) {
  return text::IsEnglishTitleAbbreviation(lower) &&
         (lower == "st" || !IsPlaceOrFirmAbbreviation(lower));
}

bool IsParticle(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "al",  "el",  "bin", "ibn", "de", "da", "di",  "del", "van",
      "von", "der", "la",  "le",  "du", "of", "for", "and"};
  return kWords.count(lower) > 0;
}

bool IsLocative(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "in",      "from",   "to",     "near",       "at",  "across",  "into", "towards", "toward",
      "outside", "inside", "around", "throughout", "via", "through", "off",  "along"};
  return kWords.count(lower) > 0;
}

// A capitalised word, or a name with a lowercase Arabic article: "al-Assad".
bool IsNameWord(const Tok& t) {
  if (t.kind != TokKind::kWord) return false;
  // A contraction opening a sentence ("I've", "We\u2019ll", "Don't") is no
  // name, in either apostrophe.
  for (std::string_view ending : {"'ve", "'m", "'ll", "'re", "'d", "n't", "\u2019ve", "\u2019m",
                                  "\u2019ll", "\u2019re", "\u2019d", "n\u2019t"}) {
    if (t.lower.ends_with(ending)) return false;
  }
  if (t.capitalized) return true;
  // "al-Assad", and the elided articles of French and Italian names ("Coeur
  // d'Alene", "Côte d'Ivoire", "Val d'Isère"), in either apostrophe.
  for (std::string_view prefix : {"al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "bin-", "d'",
                                  "d\u2019", "l'", "l\u2019"}) {
    if (t.text.size() > prefix.size() + 1 && t.text.starts_with(prefix)) {
      const char c = t.text[prefix.size()];
      return c >= 'A' && c <= 'Z';
    }
  }
  return false;
}

// US states as news agencies abbreviate them after a town (AP style, the
// period dropped: "Calif", "Colo"; dotted capitals: "N.J.", "R.I.", "D.C.").
// A closed list: nothing else written after a town and a comma is an address
// abbreviation ("Cairo, Egypt." is a town and a country).
bool IsStateAbbreviation(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "Ala",  "Ariz", "Ark",  "Calif", "Colo", "Conn", "Del",  "Fla",  "Ga",   "Ill",  "Ind",
      "Kan",  "Ky",   "La",   "Md",    "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb",
      "Nev",  "Okla", "Ore",  "Pa",    "Tenn", "Tex",  "Vt",   "Va",   "Wash", "Wis",  "Wyo",
      "N.H.", "N.J.", "N.M.", "N.Y.",  "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "D.C."};
  return kWords.contains(w);
}

bool IsAllCaps(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// "Russia’s" → "Russia".
std::string_view StripPossessive(std::string_view w, bool* had) {
  *had = false;
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (w.size() > suffix.size() + 1 && w.ends_with(suffix)) {
      *had = true;
      return w.substr(0, w.size() - suffix.size());
    }
  }
  return w;
}

std::string_view StripPossessiveWord(std::string_view w) {
  bool had = false;
  return StripPossessive(w, &had);
}

// Endings of nationality adjectives only ("Syrian", "Korean", "Chinese",
// "British"), unlike "-an" or "-i", which many place names share ("Oman").
bool HasNationalityEnding(std::string_view lower) {
  return lower.ends_with("ian") || lower.ends_with("ean") || lower.ends_with("ese") ||
         lower.ends_with("ish");
}

bool LooksLikeDemonym(std::string_view lower) {
  return lower.ends_with("ian") || lower.ends_with("ean") || lower.ends_with("ese") ||
         lower.ends_with("ish") || lower.ends_with("ic") || lower.ends_with("an") ||
         lower.ends_with("i");
}

// "Englishman", "Frenchwoman", "Scotsman": a nationality and "man" or
// "woman" in one word.
bool IsNationalityNoun(std::string_view lower) {
  for (std::string_view suffix : {"woman", "man"}) {
    if (lower.size() <= suffix.size() + 3 || !lower.ends_with(suffix)) continue;
    const std::string_view stem = lower.substr(0, lower.size() - suffix.size());
    if (stem.ends_with("ish") || stem == "french" || stem == "dutch" || stem == "scots" ||
        stem == "welsh" || stem == "swiss") {
      return true;
    }
  }
  return false;
}

struct Mention {
  size_t begin = 0, end = 0;  // byte span in the article
  std::vector<std::string> words;
  int person = 0, org = 0, place = 0;
  size_t sentence = 0;
  // The learned tagger's type for the span (tag module), kNone when it saw no
  // entity there.
  tag::EntityType model = tag::EntityType::kNone;
  // For a lone word the tagger calls a person, the span classifier's type
  // (Tagger::SpanTypes), which reads the word itself and its neighbours.
  tag::EntityType span_model = tag::EntityType::kNone;
  // What WordNet says about the whole name ("United Arab Emirates"), when
  // WordNet is installed.
  wordnet::NounClass wordnet_class;
  // For a name of two words or more, what WordNet says about its last word
  // as a common noun: the head of an English name says what it names
  // ("Tasman Glacier", "Alpine Rescue Team", "Cook National Park").
  wordnet::NounClass head_class;
  // Whether that head is a compound WordNet lists ("national park", "coast
  // guard"): stronger evidence than a last word alone.
  bool compound_head = false;
  // Organisation votes for a team's or body's name (TeamNameVote).
  int team_vote = 0;
  // A vessel or aircraft noun right before the name: "the submarine Kursk"
  // (IsVehicleNoun), or a make after "a" (NamesAProduct); `vehicle_name`
  // when the evidence holds for the name in every article.
  bool vehicle = false;
  bool vehicle_name = false;
  // Named as a source of news: "told AFP", "according to X", "X reported".
  bool news_source = false;
  // The title or role word right before the name, case-folded: "senator".
  std::string role;
  // What the text says the place is: "country" of "the country of Georgia",
  // "state" of "the state of Georgia" (PlaceClass); empty when it does not.
  std::string place_class;
};

// The class a place noun before "of" gives the name after it ("the republic
// of Georgia" -> "country", "the state of Georgia" -> "state"), or "".
std::string PlaceClass(std::string_view noun) {
  static const std::unordered_map<std::string_view, std::string_view> kClasses = {
      {"country", "country"}, {"nation", "country"}, {"republic", "country"},
      {"kingdom", "country"}, {"state", "state"},    {"province", "province"},
      {"city", "city"},       {"town", "city"},      {"county", "county"},
      {"island", "island"},   {"region", "region"},  {"village", "village"}};
  const auto it = kClasses.find(noun);
  return it == kClasses.end() ? "" : std::string(it->second);
}

// Nouns of vessels and aircraft. A name right after one ("the submarine
// Kursk", "the liner Titanic") is the vehicle's name: neither a person, a place nor an
// organisation, the kinds reported, so such an entity is left out, as the gold guide leaves it out
// (it annotates people, places and organisations only).
// The head nouns of laws and treaties: a name ending in one names a text
// (English; the one place this list lives).
bool IsLegalInstrumentWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"act",       "treaty",   "amendment", "accord",
                                                "accords",   "protocol", "clause",    "declaration",
                                                "ordinance", "statute",  "convention"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Lexicographer files of WordNet nouns that name things, not people,
// places or organisations: acts, animals, attributes, body parts, ideas,
// events, feelings, foods, motives, phenomena, plants, possessions,
// processes, quantities, relations, shapes, states, substances and times.
// Not artifacts (Rose Garden, Main Street), communication (Free Press),
// groups, locations, objects or people, whose names are often entities.
bool IsThingLexname(uint8_t lexname) {
  // WordNet's lexicographer file numbers (lexnames(5WN)): noun.act 4, animal
  // 5, attribute 7, body 8, cognition 9, event 11, feeling 12, food 13,
  // motive 16, phenomenon 19, plant 20, possession 21, process 22, quantity
  // 23, relation 24, shape 25, state 26, substance 27, time 28.
  static constexpr uint32_t kThings =
      (1u << 4) | (1u << 5) | (1u << 7) | (1u << 8) | (1u << 9) | (1u << 11) | (1u << 12) |
      (1u << 13) | (1u << 16) | (1u << 19) | (1u << 20) | (1u << 21) | (1u << 22) | (1u << 23) |
      (1u << 24) | (1u << 25) | (1u << 26) | (1u << 27) | (1u << 28);
  return lexname < 32 && ((kThings >> lexname) & 1u) != 0;
}

// Words naming a storm before its name ("Hurricane Mitch", "Tropical Storm
// Allison", "typhoon Haiyan"): a named storm is no person, place or
// organisation.
bool IsStormWord(std::string_view lower) {
  return lower == "hurricane" || lower == "typhoon" || lower == "cyclone" || lower == "storm";
}

bool IsVehicleNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "submarine", "ship",      "vessel",     "ferry",    "tanker",   "freighter",  "liner",
      "cruiser",   "destroyer", "frigate",    "yacht",    "trawler",  "barge",      "tugboat",
      "sub",       "airliner",  "jet",        "plane",    "aircraft", "helicopter", "spacecraft",
      "shuttle",   "warship",   "icebreaker", "schooner", "steamer"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Vehicle nouns that follow a make or model ("a Mercedes SUV", "a Toyota
// pickup"); not read before a name, where "van" is a particle ("van Gogh")
// and "the car Hayes drove" names no car.
bool IsMadeVehicleNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "boat", "car", "suv",     "truck",      "van",       "sedan",      "pickup",
      "jeep", "bus", "minivan", "motorcycle", "limousine", "locomotive", "coupe"};
  return IsVehicleNoun(lower) ||
         std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A model designation: letters and digits in one token ("H2", "G63", "A320").
bool IsModelCode(std::string_view word) {
  bool letter = false, digit = false;
  for (char c : word) {
    letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    digit |= c >= '0' && c <= '9';
  }
  return letter && digit;
}

}  // namespace

bool IsListedPlace(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const wordnet::NounClass c = wordnet::ClassOfName(*wn, lower);
  return c.first_is_instance && (c.instance_lexname == wordnet::kNounLocation ||
                                 c.instance_lexname == wordnet::kNounObject);
}

bool ShapedLikeAPersonsName(const std::vector<std::string>& words) {
  if (words.size() < 2 || words.size() > 3) return false;
  if (std::any_of(words.begin(), words.end(),
                  [](const std::string& x) { return text::IsStopWord(FoldCase(x)); })) {
    return false;
  }
  const std::string& first = words.front();
  if (first.size() > 1 && std::none_of(first.begin() + 1, first.end(),
                                       [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
    return false;
  }
  const std::string folded = FoldCase(first);
  if (text::IsEnglishGivenName(folded)) return true;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return true;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, folded);
  return !c.found() || c.first_is_instance;
}

bool IsPeopleOrGroupNoun(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
  return c.found() && !c.first_is_instance &&
         (c.lexname == wordnet::kNounGroup || c.lexname == wordnet::kNounPerson);
}

namespace {

// A demonym-like word ("israeli", "chechens", "republicans") that WordNet
// files first as a common noun for people, and does not list as a place.
bool IsMembersNoun(std::string_view lower) {
  std::string_view last = lower.substr(lower.rfind(' ') + 1);  // "north american"
  if (last.size() > 4 && last.ends_with('s')) last.remove_suffix(1);
  if (!LooksLikeDemonym(last)) return false;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  // A people that also names a place ("Miami": a people, and the city) is
  // left to the context.
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
  return c.found() && !c.first_is_instance && c.lexname == wordnet::kNounPerson &&
         c.instance_lexname != wordnet::kNounLocation && !IsListedPlace(lower);
}

// A name used as a common noun after the indefinite article names a thing
// made, not a person, place or organisation: "a Hummer", "a Mercedes SUV",
// "a Concorde jet", "a Hummer H2". Only when the name heads its phrase (what
// follows ends the phrase, or is a vehicle noun or a model designation): "a
// Reuters reporter", "a New York man" use an organisation's or a place's
// name before the noun they qualify, and stay. The evidence is strong when a
// vehicle noun or a model designation comes with the name: then the name is
// the make's in every article ("the Mercedes"). Alone, "a X" may also be a
// person's name used as a type ("than a Mark Barton or anyone else"): that
// mention is left out, the name elsewhere is not.
enum class Product { kNone, kWeak, kStrong };
Product NamesAProduct(const std::vector<Tok>& toks, size_t first_tok, size_t last_tok) {
  if (first_tok == 0 || (toks[first_tok - 1].lower != "a" && toks[first_tok - 1].lower != "an")) {
    return Product::kNone;
  }
  // Initials with periods name a country or a body, and their period is no
  // end of the phrase: "a U.N. investigation" (found on DUC 2006 D0639C).
  const std::string_view last_text = toks[last_tok].text;
  if (last_text.find('.') != std::string_view::npos ||
      (last_text.size() == 1 && last_tok + 1 < toks.size() && toks[last_tok + 1].text == ".")) {
    return Product::kNone;
  }
  // A place WordNet lists, or a town with its state after it, qualifies the
  // noun that follows: "a London bus", "a Birmingham, Ala., clinic" (found on
  // DUC 2006 D0624F and DUC 2007 D0729G, where the town was erased).
  std::string name;
  for (size_t k = first_tok; k <= last_tok; ++k) {
    if (toks[k].kind == TokKind::kWord) name += (name.empty() ? "" : " ") + toks[k].lower;
  }
  if (IsListedPlace(name) || (last_tok + 2 < toks.size() && toks[last_tok + 1].text == "," &&
                              IsStateAbbreviation(toks[last_tok + 2].text))) {
    return Product::kNone;
  }
  if (IsMadeVehicleNoun(toks[last_tok].lower) ||
      (last_tok > first_tok && IsModelCode(toks[last_tok].text))) {
    return Product::kStrong;  // "a Mercedes SUV", "a Hummer H2"
  }
  if (last_tok + 1 >= toks.size()) return Product::kWeak;
  const Tok& next = toks[last_tok + 1];
  if (next.kind == TokKind::kPunct) {
    return next.text != "-" && next.text != "'" && next.text != "’" ? Product::kWeak
                                                                    : Product::kNone;
  }
  if (IsMadeVehicleNoun(next.lower) || IsModelCode(next.text)) return Product::kStrong;
  static constexpr std::string_view kPhraseEnds[] = {
      "near", "in",  "on",   "at",     "with", "that", "which",   "and", "or",
      "to",   "for", "from", "behind", "into", "as",   "outside", "was", "is"};
  const bool ends = !next.capitalized && std::find(std::begin(kPhraseEnds), std::end(kPhraseEnds),
                                                   next.lower) != std::end(kPhraseEnds);
  return ends ? Product::kWeak : Product::kNone;
}

// A name of two words or more that reads as a person's: a person cue of its
// own or the tagger's, and no place or organisation cue. Its last word is a
// surname (the family "the Gingriches", the bare "Barton").
bool ReadsAsPerson(const Mention& m) {
  return m.words.size() >= 2 && m.place == 0 && m.org == 0 &&
         (m.person > 0 || m.model == tag::EntityType::kPerson);
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// ---- Cue votes -----------------------------------------------------------------
//
// Every mention collects votes for person, organisation and place; an entity
// takes the kind with most votes over its linked mentions (MajorityKind). A
// strong cue, one that alone decides the kind in news copy, counts 2; a weak
// one, which only breaks ties, counts 1. The weights were set by hand on the
// development stories of the corroboration gold set (tests/corroboration_gold_test.cc).

// Person: each title in or before the phrase ("Foreign Minister Sergey Lavrov").
constexpr int kTitleVote = 2;
// Person: a single capital letter between two name words ("Ross S. Stein").
constexpr int kMiddleInitialVote = 2;
// Organisation: each organisation word in the name ("Security Council").
constexpr int kOrgWordVote = 2;
// Place: each place word in the name ("Idlib Province"); weak, since
// organisations carry them too ("City Council").
constexpr int kPlaceWordVote = 1;
// A single all-caps word of at most kMaxAcronymLength letters: one of the few
// countries written as initials is a place (strong), anything else most
// likely an organisation (weak).
constexpr size_t kMaxAcronymLength = 6;
constexpr int kCountryInitialsVote = 2;
constexpr int kAcronymVote = 1;
// Person: a full name before a speech verb ("Vitaly Churkin said").
constexpr int kSpeakerVote = 2;
// Person: an age written next to the name, before it ("36-year-old Jan
// Ek") or as an apposition ("Ek, 36,"); only people are given ages in news.
constexpr int kAgeVote = 2;
// Person: a name after "said"/"says" ("..., said Churkin"); weak, because
// agencies and governments are quoted the same way.
constexpr int kAfterSaidVote = 1;
// Person: an apposition holding a title within kAppositionWindow tokens after
// ", a"/", the" ("Zouhir Al Shimale, a journalist in east Aleppo").
constexpr int kAppositionVote = 2;
constexpr size_t kAppositionWindow = 5;
// Organisation: a news source ("told Reuters", "according to Interfax",
// "Reuters reported", "SANA news agency").
constexpr int kNewsSourceVote = 2;
// Place: a name that ends in a street's type word ("Sophie Wright Place",
// "Magazine Street"): an address, even when its first words name a person.
constexpr int kThoroughfareVote = 2;
// Place: after a locative preposition ("in Aleppo"), only when nothing else
// voted; weak, because "in" also precedes organisations and people.
constexpr int kLocativeVote = 1;
// Place: a place noun around the name ("towns of Kafraya", "Idlib province").
constexpr int kPlaceNounVote = 2;
// A state's abbreviation after a town and a comma ("Atlanta, Ga.") is a
// place whatever the tagger makes of the short word.
constexpr int kStateAbbreviationVote = 4;
// Place: the next name of a list ("," or "and") when the one before is a
// place and ends within kCoordinationGapBytes ("towns of Kafraya and Fua",
// "villages of Tonban, Gavarzin and Khaledi"); as strong as a place noun
// when the one before had that strong a place cue.
constexpr int kCoordinatedPlaceVote = 1;
constexpr size_t kCoordinationGapBytes = 8;
constexpr size_t kListCommaGapBytes = 2;  // ", "
// Resolving chains of short forms (a → b → c) stops after this many steps.
constexpr int kMaxLinkChain = 8;
// Each mention the learned tagger types (tag module) votes for that type.
constexpr int kModelVote = 1;
// Each mention whose whole name is, first of all, a WordNet instance (a
// proper name WordNet lists: "France", "United Arab Emirates", "Hezbollah")
// votes for the kind of its lexicographer file (WordNetKindVote). Strong: a
// lexicon's entry decides the kind the way a title does.
constexpr int kWordNetVote = 2;
// A name that is no WordNet instance but whose last word is a common noun
// WordNet files under places or natural objects ("Tasman Glacier",
// "National Park") or groups ("Rescue Team") votes for that kind
// (HeadNounKindVote). Weak, like a place word: a surname can be a common
// noun too ("Jim Hall" is a person, though a hall is a building). A head
// WordNet lists as a compound ("national park", "coast guard") is no
// surname: it votes twice.
constexpr int kHeadNounVote = 1;

// ---- Steps -----------------------------------------------------------------------

// The words title case leaves in lower case.
bool IsTitleCaseSmallWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a",  "an",  "the", "of",  "in", "on",   "and",
                                                "or", "for", "to",  "at",  "by", "with", "from",
                                                "as", "vs",  "via", "but", "nor"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// How the article writes its words, to tell a sentence-initial common word
// ("Shelling erupted") from a name ("Aleppo"): the words it writes in lower
// case, and those it writes with a capital inside a sentence of running text
// (not as the sentence's first word, and not in a title-case heading), and
// which sentences are such headings.
struct ArticleCase {
  std::unordered_set<std::string> lowercase;
  std::unordered_set<std::string> capitalized_inside;
  std::vector<bool> heading;  // per sentence
};

ArticleCase CaseOfWords(const std::vector<std::vector<Tok>>& sentence_toks) {
  ArticleCase words;
  for (const auto& toks : sentence_toks) {
    for (const Tok& t : toks) {
      if (t.kind == TokKind::kWord && !t.capitalized) words.lowercase.insert(t.lower);
    }
  }
  for (const auto& toks : sentence_toks) {
    size_t first = 0;
    while (first < toks.size() && toks[first].kind != TokKind::kWord) ++first;
    // A heading in title case: three words or more after the first, none in
    // lower case but the short words title case keeps, and some capitalised
    // word a common one (a function word, or one the article writes in lower
    // case elsewhere): "Results Are Worse, Maybe Much Worse", "Who Runs
    // Velde Radio?". A list of names has no such word ("Cast: Dana Marsh,
    // Ilse Brandvik and Omar Rashidi") or has commas, semicolons or figures
    // between them ("ACTRESS: Dana Marsh, ``The Velde Story''; Ilse
    // Brandvik, ..."), and a sentence dense with names still has its verb
    // in lower case. A sentence mostly in capitals is one too: its case says
    // nothing.
    size_t inside = 0, all_caps = 0, separators = 0;
    bool lower_content = false, common_capitalized = false;
    for (size_t i = first + 1; i < toks.size(); ++i) {
      const Tok& t = toks[i];
      if (t.kind == TokKind::kNumber || t.text == "," || t.text == ";") ++separators;
      if (t.kind != TokKind::kWord) continue;
      ++inside;
      all_caps += IsAllCaps(t.text) && t.text.size() > 1 ? 1 : 0;
      if (!t.capitalized) {
        lower_content = lower_content || !IsTitleCaseSmallWord(t.lower);
      } else if (IsFunctionWord(t.lower) || words.lowercase.contains(t.lower)) {
        common_capitalized = true;
      }
    }
    words.heading.push_back(inside >= 3 && !lower_content &&
                            ((common_capitalized && separators < 2) || 2 * all_caps > inside));
    if (words.heading.back()) continue;
    for (size_t i = first + 1; i < toks.size(); ++i) {
      // On a new line, or after a colon, a quotation mark, "?" or "!", a
      // capital may open a sentence again.
      const std::string_view before = toks[i - 1].text;
      const bool opens =
          toks[i].newline_before || (toks[i - 1].kind == TokKind::kPunct &&
                                     (IsQuoteMark(before) || before == "\xE2\x80\x98" ||
                                      before == ":" || before == "?" || before == "!"));
      if (toks[i].kind == TokKind::kWord && toks[i].capitalized && !opens) {
        // The word before any apostrophe ("Trump's", "Trump\u2018s").
        std::string_view word = toks[i].text;
        for (std::string_view mark : {"'", "\xE2\x80\x99", "\xE2\x80\x98"}) {
          word = word.substr(0, word.find(mark));
        }
        words.capitalized_inside.insert(FoldCase(word));
      }
    }
  }
  return words;
}

// Whether a sentence's capitalised first word is a common word and no part
// of a name: the article writes it in lower case ("Shelling erupted"), or,
// with WordNet, it is a word the article never writes with a capital inside
// a sentence ("Trump" of "said Trump", "Gates" of "Bill Gates") that is
// - before more words, a form of an English verb ("Seeking God", "Consider
//   San Francisco") that is no adjective unless a present participle
//   ("Neighboring Ukraine", not "United Airlines", "Long Island"), or an
//   adverb that is no adjective ("Similarly", "Throughout China"), and no
//   noun ("Bank of America"): adjectives open many names ("New Orleans");
// - standing alone, a form of a verb, an adjective or an adverb, whether or
//   not also a noun ("Unconfirmed", "Overall", "Update"); a noun only is
//   left as it is ("News", but also "Havoc" the rapper, "ERA" the firm);
// never a given name ("Will Smith") or a word WordNet knows as a name
// ("Reading", "Nice").
bool CommonWordOpeningASentence(std::string_view lower, bool alone, const ArticleCase& words) {
  const std::string key(lower);
  if (words.lowercase.contains(key)) return true;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr || words.capitalized_inside.contains(key) || text::IsEnglishGivenName(lower)) {
    return false;
  }
  using wordnet::WordNet;
  const uint8_t other = wn->OtherPartsOfSpeech(lower);
  const wordnet::NounClass noun = wordnet::ClassOfNoun(*wn, lower);
  if (noun.instance_lexname != 0xFF || noun.initialism) return false;
  if (alone) return other != 0;
  const bool adjective = (other & WordNet::kAdjective) != 0;
  const bool verb = (other & WordNet::kVerb) != 0 && (!adjective || lower.ends_with("ing"));
  const bool adverb = (other & WordNet::kAdverb) != 0 && !adjective;
  return !noun.found() && (verb || adverb);
}

// Whether a possessive inside a capitalised phrase belongs to one name
// ("Administration for Children's Services", "St. Mary's Hospital",
// "Women's Refuge") rather than ending a name that owns the next one
// ("Russia's Northern Fleet", "Iran's Kerman province"). The possessor is
// part of the name when it is a common noun, which a name is built from but
// an owner named in the news is not: a word the article writes in lower
// case, or an irregular plural ("Children's", "Women's"); or a saint's name
// after "St."/"Saint". An owner's own name is left as it was: telling
// "Jane's Fighting Ships" from "Russia's Northern Fleet" needs to know that
// Russia is a place, which no cue here gives.
struct PossessiveContext {
  const ArticleCase* words = nullptr;
};

bool PossessiveInsideName(const std::vector<Tok>& toks, size_t j, const PossessiveContext& pc) {
  if (j + 1 >= toks.size() || !IsNameWord(toks[j + 1]) || !toks[j + 1].capitalized) return false;
  bool had = false;
  const std::string owner = FoldCase(StripPossessive(toks[j].text, &had));
  if (!had) return false;
  // "District Attorney's Office", "Sheriff's Department": a common noun or a
  // title owning an organisation word names one office, not a person's; a
  // day or month does not ("Wednesday's Journal", found on DUC 2007 D0724F).
  if (IsOrgWord(FoldCase(StripPossessiveWord(toks[j + 1].text))) && !IsCalendarWord(owner)) {
    const wordnet::WordNet* wn = wordnet::WordNet::Installed();
    if (wn != nullptr) {
      const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, owner);
      if (c.found() && !c.first_is_instance) return true;
    }
  }
  if (IsTitle(owner)) return false;
  static constexpr std::string_view kIrregularPlurals[] = {"children", "women", "men", "people"};
  if (std::find(std::begin(kIrregularPlurals), std::end(kIrregularPlurals), owner) !=
      std::end(kIrregularPlurals)) {
    return true;
  }
  if (pc.words != nullptr && pc.words->lowercase.contains(owner)) return true;
  const bool after_saint =
      j >= 1 && (toks[j - 1].lower == "saint" ||
                 (j >= 2 && toks[j - 1].text == "." && toks[j - 2].lower == "st"));
  return after_saint;
}

// A run of capitalised words from token `i`: name words, particles between
// them, and an abbreviation or initial with its period. A possessive ends it,
// unless it belongs to the name (PossessiveInsideName).
struct Run {
  std::vector<size_t> toks;  // token indices of the run's words
  size_t end = 0;            // token index after the run
  bool possessive = false;   // the last word carries "'s"
  bool of_list = false;      // a list ends an organisation's "of" phrase (ListInOfPhraseEnd)
};

// Whether "and" between the name word `left` and the capitalised words
// [right, last] (ending in an organisation word) joins the parts of one
// name ("Food and Drug Administration", "Devon and Somerset Fire and Rescue
// Service") rather than two names ("White House and State Department",
// "Citicorp and First Union", "President Vladimir Putin and Communist
// Party", "House and Senate"; found on unlabelled DUC 2006 topics). The part
// before "and" must not be a whole organisation's name itself, the part
// after it has a word of its own before the organisation word, and, by
// WordNet, the words on both sides of "and" are words or places it lists,
// not a person or an unknown name (a firm's: "Citicorp").
bool AndJoinsOneName(const std::vector<Tok>& toks, const std::vector<size_t>& left_run,
                     size_t right, size_t last) {
  const std::string left_lower = FoldCase(StripPossessiveWord(toks[left_run.back()].text));
  if (IsOrgWord(left_lower) || left_lower == "center" || left_lower == "centre") return false;
  size_t right_words = 0;
  std::string right_name;
  for (size_t k = right; k <= last; ++k) {
    if (!IsNameWord(toks[k])) continue;
    ++right_words;
    right_name += (right_name.empty() ? "" : " ") + toks[k].lower;
  }
  if (right_words < 2) return false;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return true;
  const auto listed = [&](const std::string& lower) {
    const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
    return c.found() && !(c.first_is_instance && c.instance_lexname == wordnet::kNounPerson);
  };
  if (!listed(left_lower) || !listed(toks[right].lower)) return false;
  // Two places ("Gaza Strip and West Bank"), or a second body named after
  // its place ("University of Southern California and Indiana University";
  // found on DUC 2007 D0720E and D0714D).
  std::string left_name;
  bool left_has_org_word = false;
  for (size_t k : left_run) {
    left_name += (left_name.empty() ? "" : " ") + toks[k].lower;
    left_has_org_word |= IsOrgWord(toks[k].lower);
  }
  return !IsListedPlace(right_name) && !(left_run.size() >= 2 && IsListedPlace(left_name)) &&
         !(left_has_org_word && IsListedPlace(toks[right].lower));
}

// Whether a case-folded word is one WordNet knows first as a common noun,
// not of people or places ("prevention", "paroles", "fish", "wildlife"; not
// "bolivia", "brady", "officer").
bool IsCommonThingNoun(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
  return c.found() && !c.first_is_instance && c.lexname != wordnet::kNounPerson &&
         c.lexname != wordnet::kNounLocation;
}

// The end of a list that continues an organisation's "of"/"for" phrase at
// token `j` ("," or "and"), or `j` when none does: "Centers for Disease
// Control and Prevention", "Board of Pardons and Paroles", "Bureau of
// Alcohol, Tobacco and Firearms", "Office of Management and Budget". The run
// so far must end in an organisation word (or "center", or a noun WordNet
// files under groups: "school"), "of" or "for", then one or two common
// nouns (WordNet); the list adds single words after "," and ends
// with "and" and one to three words, the last a common noun, none a place
// or an organisation word, and no name word after them. So "University of
// Rouen and New York Medical College", "Lozada of Bolivia and Nicholas
// Brady" and "Department of Defense and Congress" stay two names.
size_t ListInOfPhraseEnd(const std::vector<Tok>& toks, const std::vector<size_t>& run_toks,
                         size_t j) {
  size_t p = run_toks.size();
  while (p > 0 && toks[run_toks[p - 1]].lower != "of" && toks[run_toks[p - 1]].lower != "for") {
    --p;
  }
  if (p < 2 || p == run_toks.size() || run_toks.size() - p > 2) return j;
  const std::string head = FoldCase(toks[run_toks[p - 2]].text);
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return j;
  const bool body = IsOrgWord(head) || head == "center" || head == "centers" || head == "centre" ||
                    head == "centres" ||
                    wordnet::ClassOfNoun(*wn, head).lexname == wordnet::kNounGroup;
  if (!body) return j;
  for (size_t k = p; k < run_toks.size(); ++k) {
    if (!IsCommonThingNoun(toks[run_toks[k]].lower)) return j;
  }
  size_t k = j;
  while (k + 1 < toks.size() && toks[k].text == "," && IsNameWord(toks[k + 1]) &&
         IsCommonThingNoun(toks[k + 1].lower)) {
    k += 2;
  }
  // A serial comma before "and" ("Tobacco, Firearms, and Explosives").
  if (k > j && k + 1 < toks.size() && toks[k].text == "," && toks[k + 1].lower == "and") ++k;
  if (k >= toks.size() || toks[k].lower != "and") return j;
  size_t last = k + 1;
  while (last < toks.size() && IsNameWord(toks[last]) && last - k <= 3) {
    const std::string_view lower = toks[last].lower;
    if (IsOrgWord(lower) || IsListedPlace(lower)) return j;
    ++last;
  }
  if (last == k + 1 || last - k > 3) return j;
  if (last < toks.size() && (IsNameWord(toks[last]) || IsParticle(toks[last].lower))) return j;
  return IsCommonThingNoun(toks[last - 1].lower) ? last : j;
}

// Whether the run so far (before an "of") is a person's name of two words
// or more: name words only, no organisation word, and a last word WordNet
// does not list as a common noun, plurals included, nor as a name other than
// a person's (a surname: "Lautenberg"; a person's name it lists first,
// "Piccard", "Jones"; not "Institutes", "States", nor "Tigers", a team).
// Without WordNet, never.
bool EndsInPersonsName(const std::vector<Tok>& toks, const std::vector<size_t>& run_toks) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  // Words as the name writes them, without a possessive ("Association's").
  auto word = [&](size_t k) { return FoldCase(StripPossessiveWord(toks[k].text)); };
  for (size_t k : run_toks) {
    if (toks[k].kind != TokKind::kWord || !toks[k].capitalized || IsOrgWord(word(k))) return false;
  }
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, word(run_toks.back()));
  return !c.found() || (c.first_is_instance && c.instance_lexname == wordnet::kNounPerson);
}

Run CollectRun(const std::vector<Tok>& toks, size_t i, const PossessiveContext& pc = {}) {
  Run run;
  size_t j = i;
  while (j < toks.size()) {
    // An ampersand joins the parts of one firm's name: "Merck & Co.",
    // "Procter & Gamble".
    if (toks[j].text == "&" && !run.toks.empty() && j + 1 < toks.size() &&
        IsNameWord(toks[j + 1])) {
      run.toks.push_back(j);
      ++j;
      continue;
    }
    // A list ending an organisation's "of" phrase (ListInOfPhraseEnd):
    // its words join the name, its commas do not.
    if ((toks[j].lower == "and" || toks[j].text == ",") && !run.toks.empty()) {
      const size_t end = ListInOfPhraseEnd(toks, run.toks, j);
      if (end > j) {
        for (; j < end; ++j) {
          if (toks[j].kind == TokKind::kWord) run.toks.push_back(j);
        }
        run.of_list = true;
        continue;
      }
    }
    // A plural possessive inside an organisation's name: "Magistrates'
    // Court", "Veterans' Affairs Department".
    if ((toks[j].text == "'" || toks[j].text == "\u2019") && !run.toks.empty() &&
        run.toks.back() + 1 == j && toks[j].begin == toks[j - 1].end &&
        toks[j - 1].lower.ends_with("s") && j + 1 < toks.size() && toks[j + 1].capitalized &&
        IsOrgWord(toks[j + 1].lower)) {
      ++j;
      continue;
    }
    if (toks[j].kind != TokKind::kWord) break;
    const std::string lw = toks[j].lower;
    // "Mr. Kim", "Michael D. Shear": an abbreviated title or an initial and its
    // period stay inside the name.
    if (IsNameWord(toks[j]) && j + 2 < toks.size() && toks[j + 1].text == "." &&
        IsNameWord(toks[j + 2]) && (toks[j].text.size() == 1 || IsAbbreviationInName(lw))) {
      run.toks.push_back(j);
      j += 2;
      continue;
    }
    if (IsNameWord(toks[j])) {
      run.toks.push_back(j);
      bool had = false;
      StripPossessive(toks[j].text, &had);
      if (had && PossessiveInsideName(toks, j, pc)) {
        ++j;
        continue;
      }
      ++j;
      if (had) {
        run.possessive = true;
        break;
      }
      continue;
    }
    // "Bertrand Piccard of Switzerland", "Garry Norris of IBM": a person's
    // name of two words or more and where the person comes from or works
    // are two names. The words before "of" read as a person's name when
    // none is an organisation word and the last is no common noun WordNet
    // lists ("Scripps Institution of Oceanography", "Eastern District of
    // Virginia" stay whole).
    if (lw == "of" && run.toks.size() >= 2 && EndsInPersonsName(toks, run.toks)) break;
    if (IsParticle(lw) && lw != "and" && j + 1 < toks.size() && IsNameWord(toks[j + 1]) &&
        !run.toks.empty()) {
      run.toks.push_back(j);
      ++j;
      continue;
    }
    // "and" inside an organisation's name: "Devon and Somerset Fire and Rescue
    // Service", "Food and Drug Administration". Only when the capitalised
    // words after it end in an organisation word; "Russia and Iran" are two.
    if (lw == "and" && !run.toks.empty() && j + 1 < toks.size() && IsNameWord(toks[j + 1])) {
      size_t k = j + 1;
      size_t last_name = j;
      while (k < toks.size() && toks[k].kind == TokKind::kWord &&
             (IsNameWord(toks[k]) || toks[k].lower == "and" || toks[k].lower == "of")) {
        if (IsNameWord(toks[k])) last_name = k;
        ++k;
      }
      bool had = false;
      if (last_name > j && IsOrgWord(FoldCase(StripPossessive(toks[last_name].text, &had))) &&
          AndJoinsOneName(toks, run.toks, j + 1, last_name)) {
        run.toks.push_back(j);
        ++j;
        continue;
      }
    }
    break;
  }
  run.end = j;
  return run;
}

}  // namespace

bool IsWordNetRole(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
  return c.found() && !c.first_is_instance && c.lexname == wordnet::kNounPerson;
}

namespace {

// A plural noun WordNet files first under people ("supporters", "editors",
// "residents"), not a name.
bool IsPluralPeopleNoun(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const std::vector<std::string> bases = wn->BaseForms(lower);
  if (bases.empty() || std::find(bases.begin(), bases.end(), lower) != bases.end()) return false;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, lower);
  return c.found() && !c.first_is_instance && c.lexname == wordnet::kNounPerson;
}

// Whether a capitalised word before a name can be the role someone has or
// had ("Saint", "Marine"): by WordNet, a common noun whose first sense is a
// person's; without WordNet, any word.
bool CanBeRole(std::string_view lower) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  return wn == nullptr || wordnet::ClassOfNoun(*wn, lower).lexname == wordnet::kNounPerson;
}

// "General" is also an adjective: before one word WordNet knows first as a
// common noun ("General Motors", "General Mills", "General Electric") it
// opens a firm's name, not a general's; before a given name ("General
// Janet", "General Kofi" of "Attorney General Janet Reno") or a name WordNet
// lists first as one, it is the title.
bool GeneralOpensAName(std::string_view lower, std::string_view next_word) {
  if (lower != "general") return false;
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr) return false;
  const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, FoldCase(next_word));
  return c.found() && !c.first_is_instance && c.lexname != wordnet::kNounPerson;
}

// Leading words of the run that are not names: sentence-initial common words,
// function words, calendar words, compound modifiers and titles (each title
// adds to `*title_votes`). Returns the index in run.toks of the first name word.
size_t SkipLeadingNonNames(const std::vector<Tok>& toks, const Run& run, size_t first_word,
                           const ArticleCase& article_words, int* title_votes) {
  const std::vector<size_t>& words = run.toks;
  size_t a = 0;
  // "St. Louis-based Monsanto", "New York-based Sullivan & Cromwell": a
  // place of several words made a modifier; the name begins after it.
  // Not across a particle: "William Checkley of Baltimore-based Johns
  // Hopkins" names a person first.
  for (size_t k = 1; k + 1 < words.size() && k < 4; ++k) {
    const std::string lw = FoldCase(toks[words[k]].text);
    if (IsParticle(lw) || toks[words[k]].kind != TokKind::kWord) break;
    const size_t dash = lw.rfind('-');
    if (dash != std::string::npos && IsInList(lw.substr(dash + 1))) a = k + 1;
  }
  while (a < words.size()) {
    const std::string lw = FoldCase(toks[words[a]].text);
    const bool initial = words[a] == first_word;
    // "UK-based Syrian Observatory ...": a compound modifier, not a name.
    const size_t dash = lw.rfind('-');
    const bool modifier =
        dash != std::string::npos && a + 1 < words.size() && IsInList(lw.substr(dash + 1));
    // A word alone in quotation marks is a title ("Moonlight" won).
    const bool quoted = words.size() == 1 && words[0] > 0 && words[0] + 1 < toks.size() &&
                        IsQuoteMark(toks[words[0] - 1].text) &&
                        IsQuoteMark(toks[words[0] + 1].text);
    if (IsFunctionWord(lw) || IsCalendarWord(lw) || modifier ||
        (initial && !quoted && CommonWordOpeningASentence(lw, words.size() == 1, article_words))) {
      ++a;
      continue;
    }
    // "Supporters of Velmar Orvel", "Editors of Charlie Hebdo": a sentence's
    // first word naming people in the plural (WordNet) before "of" says whose
    // the name is; the name follows.
    if (initial && a + 1 < words.size() && toks[words[a + 1]].lower == "of" &&
        IsPluralPeopleNoun(lw)) {
      ++a;
      continue;
    }
    // "PARIS An Algerian student ...": a dateline in capitals that lost its
    // dash runs into the sentence; a function word after it opens the
    // sentence, so the dateline is no part of a name.
    if (a == 0 && a + 1 < words.size() && IsAllCaps(toks[words[a]].text) &&
        toks[words[a]].text.size() >= 3 && IsFunctionWord(FoldCase(toks[words[a + 1]].text))) {
      ++a;
      continue;
    }
    // A title word opening an organisation's name is no title: "Defense
    // Ministry", "Foreign Office" (the run ends in an organisation word),
    // "Foreign Ministry of Norway" (the next word is one).
    if (IsTitle(lw) && a + 1 < words.size() &&
        !IsOrgWord(FoldCase(StripPossessiveWord(toks[words.back()].text))) &&
        !IsOrgWord(FoldCase(StripPossessiveWord(toks[words[a + 1]].text))) &&
        !(a + 2 == words.size() &&
          GeneralOpensAName(lw, StripPossessiveWord(toks[words[a + 1]].text)))) {
      ++*title_votes;
      ++a;
      continue;
    }
    // "former Saint Will Smith", "former Marine John Doe": after "former"
    // the first word of a three-word run is the role someone had, when it
    // can be one: with WordNet, a noun first filed under people (saint,
    // marine), not the first word of a name ("a former New Orleans Saints
    // star").
    if (a == 0 && words.size() >= 3 && words[0] > 0 &&
        (toks[words[0] - 1].lower == "former" || toks[words[0] - 1].lower == "ex") &&
        CanBeRole(lw)) {
      ++*title_votes;
      return 1;  // the rest is the name, even a given name like "Will"
    }
    // "Prosecutor Dana Velmar", "CEO Marek Orvel": a noun WordNet files first
    // under people, before a name of two words or more that reads as a
    // person's (EndsInPersonsName), is the person's role ("National Weather
    // Service", "Cardinal Health Inc" and "Major League Baseball" read as no
    // person's name, and keep their first word).
    // A given name ("Jerry Lee Lewis"), or a word before an initial or a
    // particle ("Guy A. Oliver"), begins the person's name, not a role; a
    // nationality ("British Airways Concorde") qualifies what follows.
    if (words.size() >= a + 3 && IsWordNetRole(lw) && !LooksLikeDemonym(lw) &&
        !text::IsEnglishGivenName(lw) && toks[words[a + 1]].text.size() > 1 &&
        !IsParticle(toks[words[a + 1]].lower) &&
        EndsInPersonsName(
            toks, std::vector<size_t>(words.begin() + static_cast<long>(a) + 1, words.end()))) {
      ++*title_votes;
      ++a;
      continue;
    }
    // "Swiss Bertrand Piccard and British Brian Jones", "Rabbi David
    // Batsri": a word WordNet files first under a people, a group or people,
    // before a name of two or three words that begins with a given name or
    // reads as a person's (EndsInPersonsName), is the person's nationality
    // or role ("British Airways Concorde" reads as no person's name).
    // (The rest must be shaped like a person's name: "Airways" is a common
    // noun, no given name.)
    auto rest_is_persons_name = [&] {
      const std::vector<size_t> rest(words.begin() + static_cast<long>(a) + 1, words.end());
      std::vector<std::string> rest_words;
      for (size_t k : rest) rest_words.emplace_back(toks[k].text);
      return ShapedLikeAPersonsName(rest_words) &&
             (text::IsEnglishGivenName(FoldCase(rest_words.front())) ||
              EndsInPersonsName(toks, rest));
    };
    // A given name that WordNet also files under people ("Jerry Ver Dorn")
    // opens the name; so does a word before an abbreviation or a particle
    // ("Mari St. Martin").
    if (words.size() >= a + 3 && IsPeopleOrGroupNoun(lw) && !text::IsEnglishGivenName(lw)) {
      const Tok& next = toks[words[a + 1]];
      if (next.text.size() > 1 && !next.text.ends_with('.') && !IsParticle(next.lower) &&
          !text::IsEnglishTitleAbbreviation(next.lower) && rest_is_persons_name()) {
        ++*title_votes;
        ++a;
        continue;
      }
    }
    // "Englishman Robert Buckley": a nationality noun before the name is
    // no part of it, and says a person follows.
    if (IsNationalityNoun(lw) && a + 1 < words.size()) {
      ++*title_votes;
      ++a;
      continue;
    }
    // "Russian Foreign Minister X": a demonym before a title.
    if (a + 1 < words.size() && IsTitle(FoldCase(toks[words[a + 1]].text)) &&
        LooksLikeDemonym(lw)) {
      ++a;
      continue;
    }
    break;
  }
  return a;
}

// A generation after a surname: "Jr", "Sr", "II", "III", "IV" (case-folded).
bool IsGenerationSuffix(std::string_view lower) {
  return lower == "jr" || lower == "sr" || lower == "ii" || lower == "iii" || lower == "iv";
}

// "CIA Director Mike Pompeo", "DNC Chair Tom Perez": the name follows the last
// title, unless the phrase is an organisation's name ("Senate Foreign
// Relations Committee"). A title word followed only by a generation is a
// surname ("Martin Luther King Jr."). Moves `*a` past that title and counts
// it.
void SkipToNameAfterLastTitle(const std::vector<Tok>& toks, const Run& run, size_t* a,
                              int* title_votes) {
  const std::vector<size_t>& words = run.toks;
  size_t last_title = words.size();
  bool org_after = false;
  for (size_t k = *a; k < words.size(); ++k) {
    const std::string lw = FoldCase(toks[words[k]].text);
    bool generation_follows = k + 1 < words.size();
    for (size_t g = k + 1; g < words.size() && generation_follows; ++g) {
      generation_follows = IsGenerationSuffix(FoldCase(toks[words[g]].text));
    }
    if (IsTitle(lw) && k + 1 < words.size() && !generation_follows &&
        !(k + 2 == words.size() &&
          GeneralOpensAName(lw, StripPossessiveWord(toks[words[k + 1]].text)))) {
      last_title = k;
      org_after = false;
      // "Secretary of State", "Chief of Staff": the "of" phrase is part of the
      // title when a name follows it.
      if (k + 3 < words.size() && toks[words[k + 1]].lower == "of") {
        last_title = k + 2;
        k += 2;
      }
    } else if (IsOrgWord(FoldCase(StripPossessiveWord(toks[words[k]].text)))) {
      org_after = true;  // "the Defense Ministry's", "the Justice Department's"
    }
  }
  if (last_title < words.size() && !org_after) {
    *title_votes += 1;
    *a = last_title + 1;
  }
}

// How many single capital letters open run.toks at `a`, each but the last
// followed by a period ("U.S." → 2); 0 unless two or more.
size_t LeadingInitials(const std::vector<Tok>& toks, const std::vector<size_t>& words, size_t a) {
  size_t n = 0;
  while (a + n < words.size()) {
    const Tok& t = toks[words[a + n]];
    if (t.text.size() != 1 || t.text[0] < 'A' || t.text[0] > 'Z') break;
    const bool dotted = words[a + n] + 1 < toks.size() && toks[words[a + n] + 1].text == ".";
    ++n;
    if (!dotted) break;
  }
  return n >= 2 ? n : 0;
}

// The name's word range [a, b) within run.toks: after a title, "of" starts a
// new phrase ("Prime Minister Shinzo Abe of Japan"; organisations keep theirs:
// "Bank of England"); particles, initials and acronym pieces ("U.S.") at the
// edges are no part of it. Empty (a >= b) when nothing is left.
std::pair<size_t, size_t> NameRange(const std::vector<Tok>& toks, Run* run, size_t a,
                                    int title_votes) {
  std::vector<size_t>& words = run->toks;
  if (title_votes > 0) {
    for (size_t k = a + 1; k < words.size(); ++k) {
      if (FoldCase(toks[words[k]].text) == "of") {
        words.resize(k);
        break;
      }
    }
  }
  while (a < words.size() && !IsNameWord(toks[words[a]])) ++a;  // "of State ..."
  // Initials with their periods ("U.S.", "U.S Geological Survey") are a name
  // or its first word; a lone initial at an edge is not.
  const size_t initials = LeadingInitials(toks, words, a);
  if (initials == 0) {
    while (a < words.size() && toks[words[a]].text.size() == 1) ++a;
  }
  size_t b = words.size();
  while (b > a + initials && toks[words[b - 1]].text.size() == 1) --b;
  while (b > a && !IsNameWord(toks[words[b - 1]])) --b;
  // A weekday after a name of two words or more dates the sentence, it is
  // no part of the name: "in the Lower Garden District Saturday". A shorter
  // run keeps it ("Good Friday", "Black Friday" name days), unless the word
  // before the weekday is a place WordNet lists ("near Cairo Sunday", found
  // on gold8's D0740I).
  while (b >= a + 3 && text::EnglishWeekday(FoldCase(toks[words[b - 1]].text))) --b;
  if (b == a + 2 && text::EnglishWeekday(FoldCase(toks[words[b - 1]].text)) &&
      IsListedPlace(FoldCase(toks[words[a]].text))) {
    --b;
  }
  // What joined the weekday to the name goes with it: "in Libya for Tuesday
  // morning" names Libya.
  while (b > a && !IsNameWord(toks[words[b - 1]])) --b;
  return {a, b};
}

// "36-year-old", "four-year-old": a number of years, in digits or words,
// joined to "year(s)-old".
bool IsAgeAdjective(std::string_view lower) {
  std::string_view number;
  for (std::string_view suffix : {"-year-old", "-years-old"}) {
    if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
      number = lower.substr(0, lower.size() - suffix.size());
    }
  }
  if (number.empty()) return false;
  const std::vector<Tok> parts = Tokenize(number);
  if (parts.size() != 1) return false;
  const auto m = MatchNumber(parts, 0, false);
  return m && !m->vague && m->low >= 1 && m->low < 120;
}

// A bare number a person's age can be: one to three digits, below 120.
bool IsAgeNumber(const Tok& t) {
  if (t.kind != TokKind::kNumber || t.text.empty() || t.text.size() > 3) return false;
  for (char c : t.text) {
    if (c < '0' || c > '9') return false;
  }
  return std::stoi(std::string(t.text)) < 120;
}

// Adds the cue votes of the context around a mention spanning tokens
// [first_tok, last_tok] of its sentence; `previous` is the mention before it
// in the article, if any.
// The lexicographer file of the first sense of the head of the lower-case
// noun phrase starting at toks[from] ("nonprofit group" in "a nonprofit
// group that ..."): its last word before punctuation, a function word or a
// participle ("based", "founded"), within kAppositionWindow words; 0xFF when
// there is none or it is no noun.
uint8_t HeadNounLexname(const wordnet::WordNet& wn, const std::vector<Tok>& toks, size_t from) {
  size_t head = toks.size();
  for (size_t k = from; k < toks.size() && k < from + kAppositionWindow; ++k) {
    const Tok& t = toks[k];
    if (t.kind != TokKind::kWord || t.capitalized || IsFunctionWord(t.lower) ||
        t.lower.ends_with("ed")) {
      break;
    }
    head = k;
  }
  if (head == toks.size()) return 0xFF;
  return wordnet::ClassOfNoun(wn, toks[head].lower).lexname;
}

// Whether token `k` says whose something is: "his", "her", "their", "its",
// "my", "our", "your", or a word with "'s" ("the couple's", "Pence's").
bool IsPossessiveDeterminer(const std::vector<Tok>& toks, size_t k) {
  if (k >= toks.size() || toks[k].kind != TokKind::kWord) return false;
  static const std::unordered_set<std::string_view> kWords = {"his", "her", "their", "its",
                                                              "my",  "our", "your"};
  const std::string_view w = toks[k].lower;
  return kWords.contains(w) || w.ends_with("'s") || w.ends_with("\u2019s");
}

void CastCueVotes(const std::vector<Tok>& toks, size_t first_tok, size_t last_tok, bool possessive,
                  int title_votes, const Mention* previous, Mention* m) {
  m->person += kTitleVote * title_votes;
  const std::string prev = first_tok > 0 ? toks[first_tok - 1].lower : "";
  const std::string prev2 = first_tok > 1 ? toks[first_tok - 2].lower : "";
  const std::string next = last_tok + 1 < toks.size() ? toks[last_tok + 1].lower : "";
  const std::string next2 = last_tok + 2 < toks.size() ? toks[last_tok + 2].lower : "";
  if (IsTitle(prev)) m->person += kTitleVote;
  // Someone's relation or role right before the name, or before its comma:
  // "his wife, Karen,", "her husband Tarek", "the couple's daughter, Amira",
  // "Pence's spokesman Marc" (a possessive, then a noun WordNet files first
  // under people; titles are counted above).
  if (const wordnet::WordNet* wn = wordnet::WordNet::Installed(); wn != nullptr && !IsTitle(prev)) {
    const size_t role_tok = prev == "," ? first_tok - 2 : first_tok - 1;
    if (first_tok >= 2 && role_tok >= 1 && role_tok < first_tok &&
        toks[role_tok].kind == TokKind::kWord && !toks[role_tok].capitalized &&
        IsPossessiveDeterminer(toks, role_tok - 1)) {
      const wordnet::NounClass c = wordnet::ClassOfNoun(*wn, toks[role_tok].lower);
      if (c.found() && !c.first_is_instance && c.lexname == wordnet::kNounPerson) {
        m->person += kTitleVote;
      }
    }
  }
  for (const auto& w : m->words) {
    // Two names joined by "&" name a firm ("Barnes & Noble", "Deloitte &
    // Touche"), as an organisation word does.
    if (IsOrgWord(FoldCase(w)) || w == "&") m->org += kOrgWordVote;
    if (IsPlaceWord(FoldCase(w))) m->place += kPlaceWordVote;
  }
  // "General Motors": a firm's name, as an organisation word says.
  if (m->words.size() == 2 && GeneralOpensAName(FoldCase(m->words[0]), m->words[1])) {
    m->org += kOrgWordVote;
  }
  if (m->words.size() >= 2 && IsThoroughfareWord(FoldCase(m->words.back()))) {
    m->place += kThoroughfareVote;
  }
  std::string undotted;  // "U.S." → "US"
  for (char c : m->words.front()) {
    if (c != '.') undotted += c;
  }
  if (m->words.size() == 1 && IsAllCaps(undotted) && undotted.size() <= kMaxAcronymLength) {
    if (IsCountryInitials(FoldCase(undotted))) {
      m->place += kCountryInitialsVote;
    } else {
      m->org += kAcronymVote;
    }
  }
  // A middle initial ("Ross S. Stein", "George H. W. Bush") is how people's
  // names are written: right before the surname (and its "Jr."), not inside
  // a longer name ("John F. Kennedy International Airport").
  size_t n = m->words.size();
  while (n > 0 && IsGenerationSuffix(FoldCase(StripPossessiveWord(m->words[n - 1])))) --n;
  if (n >= 3) {
    const std::string& initial = m->words[n - 2];
    if (initial.size() == 1 && initial[0] >= 'A' && initial[0] <= 'Z') {
      m->person += kMiddleInitialVote;
    }
  }
  // "X said": a person when X is a full name; a single word could as well be
  // an organisation or a place ("Hezbollah said", "Moscow said"), so it casts
  // no vote (a surname is classified through its full name). Nor does a name
  // after a preposition of place: in "Police in Bandar Abbas said" the
  // police speak.
  if (!possessive && (IsSpeechVerb(next) || (next == "," && IsSpeechVerb(next2))) &&
      m->words.size() >= 2 && m->org == 0 && !IsLocative(prev)) {
    m->person += kSpeakerVote;
  }
  // "said Jane Doe"; not "said Cobb County police Cmdr. Cook", where the
  // name qualifies the noun after it and the speaker comes later. By
  // WordNet, that word is a noun ("police"), not a verb ("said Elian told
  // him", found on DUC 2006 D0647B).
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  const bool qualifies_noun = last_tok + 1 < toks.size() &&
                              toks[last_tok + 1].kind == TokKind::kWord &&
                              !toks[last_tok + 1].capitalized && !IsFunctionWord(next) &&
                              (wn == nullptr || wordnet::ClassOfNoun(*wn, next).found());
  if ((prev == "said" || prev == "says") && !qualifies_noun) m->person += kAfterSaidVote;
  if (IsAgeAdjective(prev) ||
      (next == "," && last_tok + 3 < toks.size() && IsAgeNumber(toks[last_tok + 2]) &&
       (toks[last_tok + 3].text == "," || toks[last_tok + 3].text == "."))) {
    m->person += kAgeVote;
  }
  // "Jim Hall, chairman of the NTSB,": a title with no article is a role.
  if (next == "," && m->words.size() >= 2 && IsTitle(next2)) m->person += kAppositionVote;
  if (next == "," && (next2 == "a" || next2 == "an" || next2 == "the") && m->words.size() >= 2) {
    for (size_t k = last_tok + 3; k < toks.size() && k < last_tok + 3 + kAppositionWindow; ++k) {
      if (toks[k].kind == TokKind::kPunct) break;
      if (IsTitle(toks[k].lower)) {
        m->person += kAppositionVote;
        break;
      }
    }
  }
  // What an apposition or "a group called" says the name is, by the WordNet
  // class of the head noun: "Cure Autism Now, an organization based in Los
  // Angeles", "an organization called Cure Autism Now", "Gonesse, a town
  // north of Paris" (found on DUC 2006 D0612C, where the name had no cue).
  if (wn != nullptr) {
    uint8_t head = 0xFF;
    if (next == "," && (next2 == "a" || next2 == "an" || next2 == "the")) {
      head = HeadNounLexname(*wn, toks, last_tok + 3);
    } else if ((prev == "called" || prev == "named") && first_tok >= 2) {
      size_t from = first_tok - 2;
      while (from > 0 && toks[from - 1].kind == TokKind::kWord && !toks[from - 1].capitalized &&
             !IsFunctionWord(toks[from - 1].lower)) {
        --from;
      }
      head = HeadNounLexname(*wn, toks, from);
    }
    if (head == wordnet::kNounGroup) m->org += kAppositionVote;
    if (head == wordnet::kNounLocation) m->place += kAppositionVote;
  }
  // In "according to Russia's Interfax" the source is what the possessive
  // qualifies, not the possessor.
  if (!possessive &&
      (prev == "told" || (prev == "to" && prev2 == "according") || prev == "reported" ||
       next == "reported" || next == "news" || next == "reports")) {
    m->org += kNewsSourceVote;
    m->news_source = true;
  }
  // "in X", "toward the X"; not "in the X building", where X modifies a noun,
  // nor "in X's custody", where the preposition governs what X owns.
  const bool modifies_noun =
      last_tok + 1 < toks.size() && toks[last_tok + 1].kind == TokKind::kWord &&
      !toks[last_tok + 1].capitalized && !IsFunctionWord(toks[last_tok + 1].lower);
  // "to" after a word of allegiance or kinship ("forces loyal to X", "an
  // aide to X", "married to X") ties X to people, not a place.
  static const std::unordered_set<std::string_view> kTiedTo = {
      "loyal",   "allied", "opposed", "married", "related",   "faithful",
      "devoted", "aide",   "adviser", "advisor", "successor", "heir"};
  const bool tied_to = prev == "to" && kTiedTo.contains(prev2);
  const bool locative = !possessive && ((IsLocative(prev) && !tied_to) ||
                                        (prev == "the" && IsLocative(prev2) && !modifies_noun));
  if (locative && m->org == 0 && m->person == 0 && !IsTitle(prev)) {
    m->place += kLocativeVote;
  }
  // "the villages of X", "the villages were X, Y and Z".
  if ((prev == "of" || prev == "were" || prev == "are" || prev == "include" || prev == "included" ||
       prev == "including") &&
      IsPlaceWord(NounKey(prev2))) {
    m->place += kPlaceNounVote;
  }
  if (IsPlaceWord(next) || IsPlaceWord(NounKey(prev))) m->place += kPlaceNounVote;
  // After a comma only the next item of a list counts: the name before ends
  // at the comma ("Tonban, Gavarzin"), not "Aleppo city, Ismail Alabdullah".
  // A state abbreviated after a town heads no list: the comma after it
  // closes the address ("in Topeka, Kan., Gloria Van Winkle is").
  const size_t gap = prev == "," ? kListCommaGapBytes : kCoordinationGapBytes;
  const bool after_address =
      previous != nullptr && previous->words.size() == 1 && IsStateAbbreviation(previous->words[0]);
  if ((prev == "and" || prev == ",") && previous != nullptr && previous->sentence == m->sentence &&
      previous->end + gap >= m->begin && previous->place > 0 && !after_address) {
    // A list headed by a place noun is a list of places throughout.
    m->place += previous->place >= kPlaceNounVote ? kPlaceNounVote : kCoordinatedPlaceVote;
  }
}

// A word WordNet reads as an adjective and not first as a place: what is
// left of "French-speaking", "Swiss-based" (not "Paris-based").
bool IsAdjectiveNoPlace(std::string_view word) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr || (wn->OtherPartsOfSpeech(word) & wordnet::WordNet::kAdjective) == 0) {
    return false;
  }
  const wordnet::NounClass c = wordnet::ClassOfName(*wn, word);
  return !(c.first_is_instance && c.instance_lexname == wordnet::kNounLocation);
}

// Cuts a compound modifier's suffix off the mention's last word ("London-based"
// -> "London", "Las Vegas-style" -> "Las Vegas"); true when it did.
bool CutModifierSuffix(Mention* m) {
  std::string& last = m->words.back();
  const size_t dash = last.rfind('-');
  if (dash == std::string::npos) return false;
  const std::string suffix = FoldCase(std::string_view(last).substr(dash + 1));
  if (!IsInList(suffix) && suffix != "like" && suffix != "style") return false;
  m->end -= last.size() - dash;
  last.resize(dash);
  return true;
}

// The mentions of one sentence, appended to `*mentions` in text order.
void FindMentions(const Span& span, size_t si, const std::vector<Tok>& toks,
                  const ArticleCase& article_words, std::vector<Mention>* mentions) {
  const PossessiveContext possessives{&article_words};
  size_t first_word = 0;
  while (first_word < toks.size() && toks[first_word].kind == TokKind::kPunct) ++first_word;
  for (size_t i = 0; i < toks.size(); ++i) {
    // A name opens with a capital, or with a lower-case article glued to one
    // ("al-Qaeda", "d'Alembert"): IsNameWord.
    if (!IsNameWord(toks[i])) continue;
    Run run = CollectRun(toks, i, possessives);
    const size_t run_end = run.end;
    int title_votes = 0;
    size_t a = SkipLeadingNonNames(toks, run, first_word, article_words, &title_votes);
    SkipToNameAfterLastTitle(toks, run, &a, &title_votes);
    const auto [first, b] = NameRange(toks, &run, a, title_votes);
    if (first >= b) {
      i = run_end > i ? run_end - 1 : i;
      continue;
    }
    Mention m;
    m.sentence = si;
    if (const size_t t = run.toks[first]; t >= 2 && toks[t - 1].lower == "of") {
      m.place_class = PlaceClass(toks[t - 2].lower);
    }
    // The word right before the name when it is a title or a leading word
    // cut off the run: the role ("Coach", "Senator", "chief" of "Police
    // chief David Smith").
    if (const size_t t = run.toks[first];
        t > 0 && toks[t - 1].kind == TokKind::kWord && (first > 0 || IsTitle(toks[t - 1].lower))) {
      m.role = toks[t - 1].lower;
    }
    const size_t initials = LeadingInitials(toks, run.toks, first);
    if (initials > 0) {
      std::string joined;  // "U.S.": the letters with their periods
      for (size_t k = first; k < first + initials; ++k)
        joined += std::string(toks[run.toks[k]].text) + ".";
      m.words.push_back(joined);
    }
    for (size_t k = first + initials; k < b; ++k) {
      bool had = false;
      // A possessive inside the name stays ("Children's Services").
      m.words.emplace_back(k + 1 == b ? StripPossessive(toks[run.toks[k]].text, &had)
                                      : toks[run.toks[k]].text);
    }
    const size_t first_tok = run.toks[first], last_tok = run.toks[b - 1];
    m.begin = span.begin + toks[first_tok].begin;
    bool had = false;
    m.end = span.begin + toks[last_tok].begin + StripPossessive(toks[last_tok].text, &had).size();
    // "a London-based group", "Department of Defense-funded research", "a
    // Las Vegas-style show": the name ends before its modifier's hyphen.
    const bool modifier = CutModifierSuffix(&m);
    if (m.words.back().empty() ||
        (modifier && m.words.size() == 1 && IsAdjectiveNoPlace(m.words[0]))) {
      i = run_end > i ? run_end - 1 : i;
      continue;
    }
    // "Charles de Gaulle airport": the facility word belongs to the name
    // whatever its case, so that outlets writing "Airport" agree with it.
    if (!had && !modifier && last_tok + 1 < toks.size() && !toks[last_tok + 1].capitalized &&
        IsFacilityWord(toks[last_tok + 1].lower)) {
      const Tok& facility = toks[last_tok + 1];
      m.words.emplace_back(StripPossessive(facility.text, &had));
      m.end = span.begin + facility.begin + m.words.back().size();
    }
    const std::string last_lower = FoldCase(m.words.back());
    // A lone calendar word or demonym adjective is not an entity.
    // So is a lone place noun ("State television said"),
    // and the name of a measuring scale ("the Richter scale").
    const bool names_a_scale = last_tok + 1 < toks.size() && toks[last_tok + 1].lower == "scale";
    // "Golden, Colo.,", "Newark, N.J.,": a state abbreviated after a town
    // (IsStateAbbreviation) is part of the town's address, not a place of
    // its own; it says the town is a place. (The town's name stays "Newark":
    // "Newark, N.J." beside "Newark" is one name written alike, as "U.S." /
    // "US" are, not a spelling variant.)
    const bool dotted_state = m.words.size() == 1 && m.words[0].size() == 4 &&
                              m.words[0][1] == '.' && m.words[0][3] == '.' && IsAllCaps(m.words[0]);
    const bool address_abbreviation =
        m.words.size() == 1 && first_tok >= 2 && toks[first_tok - 1].text == "," &&
        toks[first_tok - 2].capitalized && IsStateAbbreviation(m.words[0]) &&
        (dotted_state || (last_tok + 1 < toks.size() && toks[last_tok + 1].text == "."));
    if (address_abbreviation) {
      Mention* town = mentions->empty() ? nullptr : &mentions->back();
      if (town != nullptr && town->sentence == si &&
          town->end == span.begin + toks[first_tok - 2].end) {
        town->place += kPlaceNounVote;
      }
      // The state is named too, in its abbreviated form ("Ga." beside
      // another outlet's "Georgia": names.cc links the two as a variant);
      // not a part of one ("Va" of "W. Va.", West Virginia).
      if (m.end - m.begin == m.words[0].size()) {
        if (!dotted_state) m.end = span.begin + toks[last_tok + 1].end;
        m.place += kStateAbbreviationVote;
        mentions->push_back(std::move(m));
      }
      i = run_end - 1;
      continue;
    }
    if (m.words.size() == 1 &&
        (IsCalendarWord(last_lower) || IsPlaceWord(last_lower) || names_a_scale)) {
      i = run_end - 1;
      continue;
    }
    const bool followed_by_lower_word = last_tok + 1 < toks.size() &&
                                        toks[last_tok + 1].kind == TokKind::kWord &&
                                        !toks[last_tok + 1].capitalized && !run.possessive;
    // A place whose name ends like one ("Oman", "Kerman", "Hormozgan") is told
    // from the adjective by what surrounds it: a place noun after it ("Kerman
    // province"), "of" after a place noun ("the province of Hormozgan"), or a
    // locative preposition before it ("in Oman and ...") unless the ending is
    // a nationality's ("in Syrian towns").
    const std::string before = first_tok > 0 ? toks[first_tok - 1].lower : "";
    const std::string before2 = first_tok > 1 ? toks[first_tok - 2].lower : "";
    const bool nationality = HasNationalityEnding(last_lower);
    const bool next_is_function_word = last_tok + 1 >= toks.size() ||
                                       toks[last_tok + 1].kind != TokKind::kWord ||
                                       IsFunctionWord(toks[last_tok + 1].lower);
    const bool place_context =
        !nationality && ((followed_by_lower_word && IsPlaceWord(toks[last_tok + 1].lower)) ||
                         (before == "of" && IsPlaceWord(NounKey(before2))) ||
                         (IsLocative(before) && next_is_function_word));
    // A name WordNet lists first of all as a place ("Iran", "Sudan",
    // "Japan") is that place whatever follows it ("Iran sent aid").
    if (m.words.size() == 1 && LooksLikeDemonym(last_lower) && followed_by_lower_word &&
        !IsSpeechVerb(toks[last_tok + 1].lower) && !place_context && !IsListedPlace(last_lower)) {
      i = run_end - 1;
      continue;
    }
    // A people's or a party's members named as such ("Israelis", "a
    // Chechen", "Republicans", "North Americans"): a common noun WordNet
    // files under people, not a name.
    if (m.words.size() <= 2 && !place_context && IsMembersNoun(FoldCase(Join(m.words)))) {
      i = run_end - 1;
      continue;
    }
    // "the submarine Kursk": a vehicle's name. Not a name before the noun:
    // "the EgyptAir jet", "the Air France Concorde" name its operator.
    const Product product = NamesAProduct(toks, first_tok, last_tok);
    // A named storm is kept out the same way: "Hurricane Mitch", "hurricane
    // Mitch", and later "Mitch" alone.
    bool storm = first_tok > 0 && toks[first_tok - 1].kind == TokKind::kWord &&
                 IsStormWord(toks[first_tok - 1].lower);
    for (size_t k = 0; k + 1 < m.words.size() && k < 2; ++k) {
      storm = storm || IsStormWord(FoldCase(m.words[k]));
    }
    m.vehicle_name =
        (first_tok > 0 && toks[first_tok - 1].kind == TokKind::kWord &&
         !toks[first_tok - 1].capitalized && IsVehicleNoun(toks[first_tok - 1].lower)) ||
        product == Product::kStrong || storm;
    m.vehicle = m.vehicle_name || product == Product::kWeak;
    CastCueVotes(toks, first_tok, last_tok, run.possessive, title_votes,
                 mentions->empty() ? nullptr : &mentions->back(), &m);
    if (run.of_list) m.org += kOrgWordVote;  // a body named for what it deals with
    mentions->push_back(std::move(m));
    i = run_end - 1;
  }
}

// Words before a name that are no part of it by their shape: an age or
// another compound whose hyphen is followed by a lower-case word
// ("Fifteen-year-old"), a phrase with "of" ("Publication of"), a verb form
// in -ing ("Starring", "Passing"), or a role WordNet files under people last
// ("Nevada Rancher", "PwC Partner"). Never a given name ("Sergio Daniel" of
// "Sergio Daniel Valencia del Toro").
bool NoPartOfAName(const std::vector<std::string>& words) {
  bool shaped = false;
  for (const std::string& w : words) {
    const std::string lw = FoldCase(w);
    if (text::IsEnglishGivenName(lw)) return false;
    const size_t dash = w.find('-');
    shaped = shaped || lw == "of" ||
             (dash != std::string::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
              w[dash + 1] <= 'z') ||
             (lw.size() > 5 && lw.ends_with("ing"));
  }
  return shaped || IsWordNetRole(FoldCase(words.back()));
}

// A sentence's first word is capitalised whatever it is, so a name that
// opens a sentence may carry a word that is no part of it ("Fifteen-year-old
// Kenneth Shinozuka", "Starring Matt Damon", "Nevada Rancher Cliven Bundy").
// When the article names the rest elsewhere on its own (two words or more:
// "Kenneth Shinozuka"), the words before it are dropped. A single word left
// is no evidence: "Jared Kushner ... Kushner" is a person and his surname.
void DropWordsBeforeAKnownName(std::string_view text, const std::vector<Span>& sentences,
                               const std::vector<std::vector<Tok>>& sentence_toks,
                               std::vector<Mention>* mentions) {
  std::set<std::string> names;  // every mention's words, case-folded
  for (const Mention& m : *mentions) names.insert(FoldCase(Join(m.words)));
  for (Mention& m : *mentions) {
    if (m.words.size() < 3) continue;
    const std::vector<Tok>& toks = sentence_toks[m.sentence];
    size_t first = 0;
    while (first < toks.size() && toks[first].kind == TokKind::kPunct) ++first;
    if (first >= toks.size() || sentences[m.sentence].begin + toks[first].begin != m.begin)
      continue;
    for (size_t from = 1; from + 2 <= m.words.size(); ++from) {
      const std::vector<std::string> rest(m.words.begin() + static_cast<long>(from), m.words.end());
      if (!names.contains(FoldCase(Join(rest)))) continue;
      if (!NoPartOfAName({m.words.begin(), m.words.begin() + static_cast<long>(from)})) break;
      const size_t at = text.find(rest.front(), m.begin);
      if (at == std::string_view::npos || at >= m.end) break;
      m.begin = at;
      m.words = rest;
      break;
    }
  }
}

// A heading's capitals say nothing about names ("Keurig's Results Are
// Worse, Maybe Much Worse"): a name found in a heading stands only if each
// of its words is a word of a name the running text writes.
void DropNamesOnlyInHeadings(const ArticleCase& words, std::vector<Mention>* mentions) {
  auto in_heading = [&](const Mention& m) {
    return m.sentence < words.heading.size() && words.heading[m.sentence];
  };
  // The words of the names the running text writes, case-folded.
  std::unordered_set<std::string> running;
  for (const Mention& m : *mentions) {
    if (in_heading(m)) continue;
    for (const std::string& w : m.words) running.insert(FoldCase(w));
  }
  std::erase_if(*mentions, [&](const Mention& m) {
    return in_heading(m) && !std::all_of(m.words.begin(), m.words.end(), [&](const std::string& w) {
             return running.contains(FoldCase(w));
           });
  });
}

// For each mention, the index of the mention whose name it stands for: itself,
// or, for a single word, the longer name it abbreviates in the same article
// (surname, family name first, acronym), chains resolved to their end.
std::vector<size_t> LinkShortForms(const std::vector<Mention>& mentions) {
  std::vector<std::string> first_lower(mentions.size()), last_lower(mentions.size());
  // Full names the tagger reads as a person's and shaped like one (below).
  std::vector<bool> tagged_person(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    first_lower[k] = FoldCase(mentions[k].words.front());
    last_lower[k] = FoldCase(mentions[k].words.back());
    tagged_person[k] =
        mentions[k].model == tag::EntityType::kPerson && ShapedLikeAPersonsName(mentions[k].words);
  }
  std::vector<size_t> canonical(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    canonical[k] = k;
    const auto& m = mentions[k];
    size_t best = k;
    if (m.words.size() > 1) continue;  // only single words are short forms
    const std::string& w = first_lower[k];
    const bool listed_place = IsListedPlace(w);
    for (size_t o = 0; o < mentions.size(); ++o) {
      const auto& full = mentions[o];
      if (full.words.size() <= m.words.size()) continue;
      bool link = false;
      // Person surnames: "Churkin" → "Vitaly Churkin"; "Assad" → "Bashar al-Assad".
      const std::string& last = last_lower[o];
      // "Assad" for "al-Assad": a name particle before the dash; not "Ford"
      // for "UAW-Ford", a compound of two names (found on DUC 2006 D0636I).
      size_t dash = last.rfind('-');
      if (dash != std::string::npos && !IsParticle(std::string_view(last).substr(0, dash))) {
        dash = std::string::npos;
      }
      // A place is no surname: "Aceh" is not short for "Banda Aceh" or "Central Aceh".
      // A preposition alone does not make a place of a person's surname ("a
      // link to Barton" after "Mark Barton, 44,"): when the full name has a
      // person cue and no place cue, only a stronger place cue than that does.
      // The tagger's reading counts as a person cue of a full name shaped
      // like a person's ("move George Zimmerman out of the jail" has no
      // other; ShapedLikeAPersonsName), for a short form that is no listed
      // place ("Mexico" of "Telefonos de Mexico").
      const bool full_is_person =
          (full.person > 0 || (tagged_person[o] && !listed_place)) && full.place == 0;
      const bool place_like = (m.place > (full_is_person ? kLocativeVote : 0) && m.person == 0) ||
                              (full.place > 0 && full.person == 0);
      // A country or town WordNet lists is the short form of a person's name
      // only when that name reads as a person's: "Venezuela" is no short
      // form of the party "Project Venezuela" (found on DUC 2006 D0642F).
      const bool listed_place_in_name =
          full.person == 0 && full.model != tag::EntityType::kPerson && listed_place;
      if (!place_like && !listed_place_in_name &&
          (w == last || (dash != std::string::npos && w == last.substr(dash + 1))))
        link = true;
      // Family name first ("Mr. Kim" → "Kim Jong-un") for people only.
      if (full.person > 0 && full.words.size() >= 2 && w == first_lower[o] && m.person > 0) {
        link = true;
      }
      // Acronyms: "UN" ↔ "United Nations", "AFP" ↔ "Agence France-Presse"
      // (names.cc: NameInitials).
      const std::string acronym = AcronymKey(m.words[0]);
      if (!acronym.empty()) link = link || acronym == NameInitials(Join(full.words));
      // Several full names may share the short form ("Mark Barton", "Leigh
      // Ann Barton"): news copy gives the bare surname to the person it
      // introduced first and names the others in full, so a full name before
      // the short one wins over one after it, and among those before, the
      // first; without one before, the first after it.
      if (!link) continue;
      auto better = [&](const Mention& x, const Mention& y) {  // x better than y?
        const bool x_before = x.begin < m.begin, y_before = y.begin < m.begin;
        if (x_before != y_before) return x_before;
        return x.begin < y.begin;
      };
      if (best == k || better(full, mentions[best])) best = o;
    }
    canonical[k] = best;
  }
  for (size_t k = 0; k < mentions.size(); ++k) {
    size_t c = canonical[k];
    for (int guard = 0; guard < kMaxLinkChain && canonical[c] != c; ++guard) c = canonical[c];
    canonical[k] = c;
  }
  return canonical;
}

// The learned tagger's type for each mention of one sentence (mentions
// [from, end) of `*mentions`, found in the sentence at `span` with tokens
// `toks`), read as Penn Treebank words (ToPennWords); each mention takes the
// type of the tagged entity that overlaps it most.
void TagMentions(const Span& span, const std::vector<Tok>& toks, size_t from,
                 std::vector<Mention>* mentions) {
  if (from >= mentions->size()) return;
  const auto& tagger = tag::Tagger::Embedded();
  if (!tagger) return;  // a build without a valid model keeps the cue votes alone
  const PennWords penn = ToPennWords(toks);
  const std::vector<std::string_view>& words = penn.words;
  const std::vector<std::pair<size_t, size_t>>& bytes = penn.bytes;  // relative to the sentence
  // Only the words up to the last mention's end are decoded: the tagger
  // labels left to right, so later words cannot change these labels, and a
  // tagged entity overlapping a mention starts before the mention ends.
  size_t mentions_end = 0;
  for (size_t k = from; k < mentions->size(); ++k) {
    mentions_end = std::max(mentions_end, (*mentions)[k].end - span.begin);
  }
  size_t decoded = 0;
  while (decoded < bytes.size() && bytes[decoded].first < mentions_end) ++decoded;
  const std::vector<tag::EntitySpan> spans = tagger->Entities(words, decoded);
  std::vector<tag::EntitySpan> lone;  // single-word mentions, as tagger word ranges
  std::vector<size_t> lone_mention;
  for (size_t k = from; k < mentions->size(); ++k) {
    Mention& m = (*mentions)[k];
    // A lone nationality word ("Russian", "Iranians") is no entity, whatever
    // the tagger says; the rules above keep it only for a cue.
    if (m.words.size() == 1) {
      std::string w = FoldCase(m.words[0]);
      if (w.ends_with('s')) w.pop_back();
      if (w.ends_with("ian") || w.ends_with("ean") || w.ends_with("ese") || w.ends_with("ish")) {
        continue;
      }
    }
    const size_t mb = m.begin - span.begin, me = m.end - span.begin;
    size_t best_overlap = 0;
    for (const tag::EntitySpan& e : spans) {
      const size_t eb = bytes[e.begin].first, ee = bytes[e.end - 1].second;
      const size_t lo = std::max(mb, eb), hi = std::min(me, ee);
      if (hi > lo && hi - lo > best_overlap) {
        best_overlap = hi - lo;
        m.model = e.type;
      }
    }
    if (m.words.size() == 1 && m.model == tag::EntityType::kPerson) {
      for (size_t w = 0; w < bytes.size(); ++w) {
        if (bytes[w].first == mb) {
          lone.push_back(tag::EntitySpan{w, w + 1, tag::EntityType::kNone});
          lone_mention.push_back(k);
          break;
        }
      }
    }
  }
  if (lone.empty()) return;
  const std::vector<tag::EntityType> types = tagger->SpanTypes(words, lone);
  for (size_t j = 0; j < lone.size(); ++j) (*mentions)[lone_mention[j]].span_model = types[j];
}

// The votes of WordNet's class for a name: an instance in noun.location (a
// country, a city) or noun.object (a sea, a mountain, a glacier: WordNet files
// natural features there) is a place, one in noun.person a person, one in
// noun.group (an organisation, a party, a militia) an organisation. Only when
// the first, most frequent sense is that instance: "French" is first the
// language, though WordNet also has the sculptor Daniel Chester French.
void WordNetKindVote(const wordnet::NounClass& c, int* person, int* org, int* place) {
  if (!c.first_is_instance) return;
  // A person's name that is also places' ("Wellington", "Lincoln",
  // "Houston": the duke, the president, the general first): the person only
  // breaks a tie, the context decides. A place's name that is also a
  // person's ("Washington") keeps its vote.
  const int vote = c.person_and_place && c.instance_lexname == wordnet::kNounPerson
                       ? kWordNetVote / 2
                       : kWordNetVote;
  switch (c.instance_lexname) {
    case wordnet::kNounLocation:
    case wordnet::kNounObject:
      *place += vote;
      break;
    case wordnet::kNounPerson:
      *person += vote;
      break;
    case wordnet::kNounGroup:
      *org += kWordNetVote;
      break;
    default:
      break;
  }
}

// The votes of the WordNet class of a name's head (its last word as a
// common noun, or the compound ending it), for a name WordNet does not list
// as a whole: noun.location and noun.object
// (glacier, park, valley) vote place, noun.group (team, unit) organisation.
// Not noun.person: a name ending in a person noun is mostly an
// organisation's ("Islamic State Supporters"), and a surname is often one.
void HeadNounKindVote(const Mention& m, int* org, int* place) {
  if (m.wordnet_class.first_is_instance) return;
  const int vote = m.compound_head ? 2 * kHeadNounVote : kHeadNounVote;
  switch (m.head_class.lexname) {
    case wordnet::kNounLocation:
    case wordnet::kNounObject:
      *place += vote;
      break;
    case wordnet::kNounGroup:
      *org += vote;
      break;
    default:
      break;
  }
}

// A place's name and a plural common noun ("Dallas Mavericks", "New
// Orleans Saints", "Texas Rangers", "New York Times") name a team or a body,
// not a person or a place; a people's name ("Kansas Citians") and a natural
// feature ("Caucasus Mountains") are none.
// Returns the organisation votes. Without WordNet, none.
int TeamNameVote(const std::vector<std::string>& words) {
  const wordnet::WordNet* wn = wordnet::WordNet::Installed();
  if (wn == nullptr || words.size() < 2) return 0;
  const std::string last = FoldCase(words.back());
  const std::vector<std::string> bases = wn->BaseForms(last);
  if (bases.empty() || std::find(bases.begin(), bases.end(), last) != bases.end() ||
      IsMembersNoun(last)) {
    return 0;
  }
  // Natural features and places are no bodies: "Comoros Islands",
  // "Caucasus Mountains", "Colorado Springs" (a city WordNet lists).
  const wordnet::NounClass base = wordnet::ClassOfNoun(*wn, last);
  if (base.lexname == wordnet::kNounLocation || base.lexname == wordnet::kNounObject ||
      IsListedPlace(FoldCase(Join(words)))) {
    return 0;
  }
  const std::vector<std::string> place(words.begin(), words.end() - 1);
  return IsListedPlace(FoldCase(Join(place))) ? 2 * kWordNetVote : 0;
}

// The kind with most votes; ties go to organisation over person over place.
FactKind MajorityKind(int person, int org, int place) {
  FactKind kind = FactKind::kPerson;
  if (org >= person && org >= place) kind = FactKind::kOrganization;
  if (person > org && person >= place) kind = FactKind::kPerson;
  if (place > person && place > org) kind = FactKind::kPlace;
  return kind;
}

Claim EntityClaim(std::string_view text, const Mention& m, const std::string& name) {
  Claim c;
  c.fact.begin = m.begin;
  c.fact.end = m.end;
  c.fact.value = std::string(text.substr(m.begin, m.end - m.begin));
  c.fact.about = name;
  c.fact.normalized_text = name;
  c.head = FoldCase(name);
  return c;
}

}  // namespace

std::vector<Claim> ExtractEntities(std::string_view text, const std::vector<Span>& sentences,
                                   std::vector<EntityMention>* out_mentions,
                                   const std::vector<std::vector<Tok>>* pretokenized,
                                   std::vector<Claim>* uncued, std::set<std::string>* vehicles) {
  std::vector<std::vector<Tok>> own_toks;
  if (pretokenized == nullptr) {
    own_toks.reserve(sentences.size());
    for (const Span& s : sentences)
      own_toks.push_back(Tokenize(text.substr(s.begin, s.end - s.begin)));
  }
  const std::vector<std::vector<Tok>>& sentence_toks = pretokenized ? *pretokenized : own_toks;
  const ArticleCase article_words = CaseOfWords(sentence_toks);

  std::vector<Mention> mentions;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const size_t from = mentions.size();
    FindMentions(sentences[si], si, sentence_toks[si], article_words, &mentions);
    TagMentions(sentences[si], sentence_toks[si], from, &mentions);
  }
  DropWordsBeforeAKnownName(text, sentences, sentence_toks, &mentions);
  DropNamesOnlyInHeadings(article_words, &mentions);
  // WordNet's classes of each mention's whole name and of its last word,
  // looked up once per name.
  if (const wordnet::WordNet* wn = wordnet::WordNet::Installed()) {
    struct Classes {
      wordnet::NounClass whole, head;
      bool compound_head = false;
      int team_vote = 0;
    };
    std::unordered_map<std::string, Classes> classes;
    for (Mention& m : mentions) {
      const std::string name = Join(m.words);
      auto it = classes.find(name);
      if (it == classes.end()) {
        // The head is the longest ending of the name that WordNet lists as
        // a compound ("Coast Guard" of "U.S. Coast Guard", a group, where
        // "guard" alone is a person), else its last word.
        Classes c{wordnet::ClassOfName(*wn, name), {}, false};
        for (size_t from = 1; from < m.words.size(); ++from) {
          std::string ending;
          for (size_t k = from; k < m.words.size(); ++k) {
            ending += (ending.empty() ? "" : " ") + FoldCase(m.words[k]);
          }
          const bool compound = from + 1 < m.words.size();
          c.head = compound ? wordnet::ClassOfName(*wn, ending) : wordnet::ClassOfNoun(*wn, ending);
          if (c.head.found() && !c.head.first_is_instance) {
            c.compound_head = compound;
            break;
          }
          if (compound) c.head = {};
        }
        c.team_vote = TeamNameVote(m.words);
        it = classes.emplace(name, c).first;
      }
      m.wordnet_class = it->second.whole;
      m.head_class = it->second.head;
      m.compound_head = it->second.compound_head;
      m.team_vote = it->second.team_vote;
    }
  }
  const std::vector<size_t> canonical = LinkShortForms(mentions);

  // Group mentions by canonical name text, in order of first appearance.
  std::map<std::string, std::vector<size_t>> by_name;
  std::vector<std::string> order;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const std::string name = Join(mentions[canonical[k]].words);
    auto [it, inserted] = by_name.try_emplace(name);
    if (inserted) order.push_back(name);
    it->second.push_back(k);
  }
  // Surnames of the article's people named in full: "the Gingriches", "the
  // Keenans" name a family, not a place or an organisation, and the gold
  // guide annotates its people one by one.
  std::set<std::string> surnames;
  for (const Mention& m : mentions) {
    if (ReadsAsPerson(m)) surnames.insert(FoldCase(m.words.back()));
  }
  auto names_a_family = [&](const std::string& name) {
    if (name.find(' ') != std::string::npos) return false;
    const std::string folded = FoldCase(name);
    for (std::string_view suffix : {"es", "s"}) {
      if (folded.size() > suffix.size() + 2 && folded.ends_with(suffix) &&
          surnames.contains(folded.substr(0, folded.size() - suffix.size()))) {
        return true;
      }
    }
    return false;
  };
  // One claim per entity, at its first mention with the full form; votes are
  // pooled over all its mentions.
  std::vector<Claim> out;
  for (const std::string& name : order) {
    const auto& ks = by_name[name];
    if (names_a_family(name)) continue;
    // A title standing alone ("the former Speaker") names an office, not a
    // person; one that is a linked surname ("Major" of "John Major") stays.
    if (name.find(' ') == std::string::npos && IsTitle(FoldCase(name)) &&
        std::all_of(ks.begin(), ks.end(),
                    [&](size_t k) { return mentions[k].words.size() == 1; })) {
      continue;
    }
    int person = 0, org = 0, place = 0, model_person = 0, span_org = 0, span_place = 0;
    // The person's surname, in a group whose full name reads as a person's
    // (its own cues or the tagger's, none for a place or organisation): what
    // the bare surname's context suggests ("a link to Barton", "in Barton's
    // custody") is no evidence against the person its link names.
    std::string person_surname;
    for (size_t k : ks) {
      if (ReadsAsPerson(mentions[k])) person_surname = FoldCase(mentions[k].words.back());
    }
    size_t first_full = ks.front();
    for (size_t k : ks) {
      if (mentions[k].words.size() == 1 && !person_surname.empty() &&
          FoldCase(mentions[k].words[0]) == person_surname) {
        person += mentions[k].person;
        if (mentions[k].model == tag::EntityType::kPerson) model_person += kModelVote;
        continue;
      }
      person += mentions[k].person;
      org += mentions[k].org;
      place += mentions[k].place;
      WordNetKindVote(mentions[k].wordnet_class, &person, &org, &place);
      HeadNounKindVote(mentions[k], &org, &place);
      org += mentions[k].team_vote;
      switch (mentions[k].model) {
        case tag::EntityType::kPerson:
          model_person += kModelVote;
          span_org += mentions[k].span_model == tag::EntityType::kOrganization ? kModelVote : 0;
          span_place += mentions[k].span_model == tag::EntityType::kPlace ? kModelVote : 0;
          break;
        case tag::EntityType::kPlace:
          place += kModelVote;
          break;
        case tag::EntityType::kOrganization:
          org += kModelVote;
          break;
        case tag::EntityType::kOther:
        case tag::EntityType::kNone:
          break;
      }
      if (mentions[k].words.size() > mentions[first_full].words.size()) first_full = k;
    }
    for (size_t k : ks) {
      if (mentions[k].words.size() == mentions[first_full].words.size()) {
        first_full = k;
        break;
      }
    }
    const Mention& first = mentions[first_full];
    // A lone word that no mention gives a person cue (a title, an age, a
    // middle initial, a speaker's full name, a role in apposition) and that
    // the article never writes as part of a longer person name is no person:
    // news copy introduces a person by full name or title. The tagger's
    // person vote alone does not make one of it, because for words GUM never
    // saw it falls back on person contexts ("Cairo", "Interfax said"). Such
    // a word takes the span classifier's type when that is a place or an
    // organisation, and is otherwise left uncued (corroborate.cc types it
    // from another article: a person's short form, or the name's kind there).
    if (person > 0 || first.words.size() > 1) {
      person += model_person;
    } else {
      // A lone word WordNet knows first as a common word for a thing, an
      // act or a medium, and never as a name ("Tobacco" of "Bureau of
      // Alcohol, Tobacco and Firearms", "Brad"), is a fragment of a longer
      // name or a short form: the span classifier's guess does not make it an
      // entity, so it stays uncued (typed, if at all, from another article).
      // Words WordNet files under groups, people or places ("Congress",
      // "FBI", "Taliban") keep the guess.
      const wordnet::NounClass& c = first.wordnet_class;
      const bool common_word =
          c.found() && c.instance_lexname == 0xFF && c.lexname != wordnet::kNounGroup &&
          c.lexname != wordnet::kNounPerson && c.lexname != wordnet::kNounLocation;
      if (!common_word) {
        org += span_org;
        place += span_place;
      }
    }
    // A vessel's, aircraft's or car's name (IsVehicleNoun, NamesAProduct):
    // not reported. A make seen only as "a X" is left out when every mention
    // is such; beside the name used otherwise, those mentions are the odd ones.
    const bool vehicle_name =
        std::any_of(ks.begin(), ks.end(), [&](size_t k) { return mentions[k].vehicle_name; });
    if (vehicle_name) {
      if (vehicles != nullptr) {
        vehicles->insert(FoldCase(name));
        // "Mercedes G63 SUV": "the Mercedes" is the same car.
        std::vector<std::string> make = first.words;
        while (make.size() > 1 &&
               (IsMadeVehicleNoun(FoldCase(make.back())) || IsModelCode(make.back()))) {
          make.pop_back();
        }
        vehicles->insert(FoldCase(Join(make)));
        // "Hurricane Mitch": "Mitch" is the same storm.
        std::vector<std::string> storm = first.words;
        while (storm.size() > 1 && !IsStormWord(FoldCase(storm.front()))) {
          storm.erase(storm.begin());
        }
        if (storm.size() > 1) {
          storm.erase(storm.begin());
          vehicles->insert(FoldCase(Join(storm)));
        }
      }
      continue;
    }
    if (std::all_of(ks.begin(), ks.end(), [&](size_t k) { return mentions[k].vehicle; })) continue;
    // A legal instrument's name ("Endangered Species Act", "Comprehensive
    // Test Ban Treaty", "Presentment Clause") is no person, place or
    // organisation.
    if (first.words.size() >= 2 && IsLegalInstrumentWord(FoldCase(first.words.back()))) continue;
    // Nor is a thing WordNet lists under its name, not as an instance: a
    // phenomenon ("El Nino"), a disease ("Rocky Mountain Spotted Fever"), a
    // day ("Labor Day"), a process ("Climate Change"), an event or an act
    // ("World Series", "Tai Chi"), an animal ("Giant Panda").
    if (first.words.size() >= 2 && !first.wordnet_class.first_is_instance &&
        IsThingLexname(first.wordnet_class.lexname)) {
      continue;
    }
    // An initialism WordNet lists for a common thing ("TV", "AIDS", "DNA",
    // "CEO"): its first sense writes it in capitals and is no group or place
    // ("FBI", "GOP" are groups) and no name ("U.S." is one). "ABC" and
    // "AFP" are also news outlets: one named as a source of news ("told
    // AFP") is a name, and so is one whose name the story spells out
    // (corroborate.cc).
    const wordnet::NounClass& name_class = first.wordnet_class;
    const bool common_initialism =
        first.words.size() == 1 && !AcronymKey(first.words[0]).empty() && name_class.initialism &&
        !name_class.first_is_instance && name_class.lexname != wordnet::kNounGroup &&
        name_class.lexname != wordnet::kNounLocation &&
        std::none_of(ks.begin(), ks.end(), [&](size_t k) { return mentions[k].news_source; });
    if (person == 0 && org == 0 && place == 0) {  // no cue at all: not reported
      if (uncued != nullptr) {
        uncued->push_back(EntityClaim(text, first, name));
        uncued->back().common_initialism = common_initialism;
        // The tagger's guess, for corroborate.cc: a person's short form?
        if (model_person > 0) uncued->back().fact.kind = FactKind::kPerson;
      }
      continue;
    }
    const FactKind kind = MajorityKind(person, org, place);
    Claim c = EntityClaim(text, first, name);
    c.fact.kind = kind;
    c.common_initialism = common_initialism;
    for (size_t k : ks) {
      if (c.role.empty()) c.role = mentions[k].role;
      if (c.place_class.empty()) c.place_class = mentions[k].place_class;
    }
    for (size_t k : ks) {
      const Mention& m = mentions[k];
      if (m.words.size() == 1 && !AcronymKey(m.words[0]).empty() && m.words[0] != name &&
          std::find(c.initials.begin(), c.initials.end(), m.words[0]) == c.initials.end()) {
        c.initials.push_back(m.words[0]);
      }
    }
    out.push_back(std::move(c));
    if (out_mentions != nullptr) {
      for (size_t k : ks) {
        out_mentions->push_back(EntityMention{mentions[k].begin, mentions[k].end, name, kind});
      }
    }
  }
  // Names the text ties together ("Aleppo (Halab)") travel with the claim of
  // either, so that an outlet writing only the other one links.
  std::vector<NameAlias> aliases;
  for (size_t si = 0; si < sentences.size(); ++si) {
    // Only sentences with a parenthesis or a tying word ("known locally
    // as", "also called", "formerly") can tie two names.
    const auto& toks = sentence_toks[si];
    if (std::none_of(toks.begin(), toks.end(), [](const Tok& t) {
          return t.text == "(" || t.lower == "known" || t.lower == "called" ||
                 t.lower == "formerly";
        })) {
      continue;
    }
    for (NameAlias& a : FindLocalNameAliases(
             text.substr(sentences[si].begin, sentences[si].end - sentences[si].begin))) {
      aliases.push_back(std::move(a));
    }
  }
  for (const NameAlias& alias : aliases) {
    const std::vector<std::string> name = NameWords(alias.name), other = NameWords(alias.alias);
    for (Claim& c : out) {
      const std::vector<std::string> words = NameWords(c.fact.about);
      if (words == name) {
        c.aliases.push_back(alias.alias);
        c.alias_reasons.push_back(alias.reason);
      }
      if (words == other) {
        c.aliases.push_back(alias.name);
        c.alias_reasons.push_back(alias.reason);
      }
    }
  }
  if (out_mentions != nullptr) {
    std::sort(out_mentions->begin(), out_mentions->end(),
              [](const EntityMention& x, const EntityMention& y) { return x.begin < y.begin; });
  }
  std::sort(out.begin(), out.end(),
            [](const Claim& x, const Claim& y) { return x.fact.begin < y.fact.begin; });
  return out;
}

}  // namespace crosswire::corroborate
