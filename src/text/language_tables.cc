// English word tables that more than one module needs: calendar words and the
// abbreviated titles written before a name. One copy each, here, so the
// sentence splitter (a period after "Dec" or "Gen" is no sentence end) and the
// fact extractors (dates, weekdays, names) read the same lists.
//
// Every word is case-folded (text::FoldCase) and written without its period.

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// The abbreviations news writes with a period; "may" needs none.
struct MonthAbbreviation {
  std::string_view word;
  int month;
};
constexpr std::array<MonthAbbreviation, 12> kMonthAbbreviations = {{
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
}};

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 10> kWeekdayAbbreviations = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};

// Titles that precede a name ("Mr. Smith", "Gen. Petraeus", "St. Louis"): a
// period after one never ends a sentence, and in a name it stays inside it.
constexpr std::string_view kTitleAbbreviations[] = {
    "mr",   "mrs", "ms",   "messrs", "mmes", "dr",   "drs",   "prof", "profs", "gen",
    "gens", "lt",  "col",  "maj",    "capt", "cmdr", "cmdt",  "adm",  "sgt",   "cpl",
    "pvt",  "gov", "govs", "sen",    "sens", "rep",  "reps",  "rev",  "hon",   "pres",
    "supt", "det", "insp", "fr",     "msgr", "st",   "mt",    "ft",   "amb",   "atty",
    "brig", "ste", "sra",  "srta",   "mme",  "mlle", "lieut", "cdr",  "gov't", "mssrs",
    "cie",  "cia", "sta",  "sto",    "hr",   "herr", "frau",  "dott", "sig",   "avv",
};

// English given names and their familiar forms ("jim" / "james"): a person
// named "Jim Hall" in one outlet and "James E. Hall" in another. Common
// hypocorisms of English news names; each pair is (formal, familiar).
struct GivenNameForm {
  std::string_view formal, familiar;
};
constexpr GivenNameForm kGivenNameForms[] = {
    {"abigail", "abby"},    {"albert", "al"},         {"alan", "al"},
    {"alexander", "alex"},  {"alexandra", "alex"},    {"alfred", "al"},
    {"andrew", "andy"},     {"andrew", "drew"},       {"anthony", "tony"},
    {"barbara", "barb"},    {"benjamin", "ben"},      {"catherine", "cathy"},
    {"catherine", "kate"},  {"charles", "charlie"},   {"charles", "chuck"},
    {"christine", "chris"}, {"christopher", "chris"}, {"cynthia", "cindy"},
    {"daniel", "dan"},      {"daniel", "danny"},      {"david", "dave"},
    {"deborah", "debbie"},  {"deborah", "deb"},       {"donald", "don"},
    {"douglas", "doug"},    {"edward", "ed"},         {"edward", "eddie"},
    {"edward", "ted"},      {"elizabeth", "beth"},    {"elizabeth", "betty"},
    {"elizabeth", "liz"},   {"elizabeth", "lisa"},    {"eugene", "gene"},
    {"francis", "frank"},   {"franklin", "frank"},    {"frederick", "fred"},
    {"gerald", "jerry"},    {"gregory", "greg"},      {"harold", "hal"},
    {"henry", "hank"},      {"henry", "harry"},       {"jacob", "jake"},
    {"james", "jim"},       {"james", "jimmy"},       {"jeffrey", "jeff"},
    {"jennifer", "jen"},    {"jennifer", "jenny"},    {"john", "jack"},
    {"john", "johnny"},     {"jonathan", "jon"},      {"joseph", "joe"},
    {"joshua", "josh"},     {"katherine", "kate"},    {"katherine", "kathy"},
    {"katherine", "katie"}, {"kathleen", "kathy"},    {"kenneth", "ken"},
    {"lawrence", "larry"},  {"leonard", "len"},       {"margaret", "maggie"},
    {"margaret", "meg"},    {"margaret", "peggy"},    {"matthew", "matt"},
    {"michael", "mike"},    {"michael", "mickey"},    {"nathan", "nate"},
    {"nathaniel", "nate"},  {"nicholas", "nick"},     {"patricia", "pat"},
    {"patricia", "patty"},  {"patrick", "pat"},       {"peter", "pete"},
    {"philip", "phil"},     {"rebecca", "becky"},     {"richard", "dick"},
    {"richard", "rick"},    {"richard", "rich"},      {"robert", "bob"},
    {"robert", "bobby"},    {"robert", "rob"},        {"ronald", "ron"},
    {"samuel", "sam"},      {"samantha", "sam"},      {"sandra", "sandy"},
    {"stephen", "steve"},   {"steven", "steve"},      {"susan", "sue"},
    {"theodore", "ted"},    {"thomas", "tom"},        {"thomas", "tommy"},
    {"timothy", "tim"},     {"victoria", "vicky"},    {"vincent", "vince"},
    {"walter", "walt"},     {"william", "bill"},      {"william", "billy"},
    {"william", "will"},    {"william", "willie"},
};

std::array<std::string_view, kMonthAbbreviations.size()> MonthAbbreviationWords() {
  std::array<std::string_view, kMonthAbbreviations.size()> words;
  for (size_t k = 0; k < words.size(); ++k) words[k] = kMonthAbbreviations[k].word;
  return words;
}

}  // namespace

std::optional<int> EnglishMonth(std::string_view folded_word) {
  for (size_t k = 0; k < kMonthNames.size(); ++k) {
    if (folded_word == kMonthNames[k]) return static_cast<int>(k) + 1;
  }
  for (const MonthAbbreviation& abbreviation : kMonthAbbreviations) {
    if (folded_word == abbreviation.word) return abbreviation.month;
  }
  return std::nullopt;
}

std::optional<int> EnglishWeekday(std::string_view folded_word) {
  for (size_t k = 0; k < kWeekdayNames.size(); ++k) {
    if (folded_word == kWeekdayNames[k]) return static_cast<int>(k);
  }
  return std::nullopt;
}

std::optional<int> EnglishRelativeDay(std::string_view folded_phrase) {
  struct RelativeDay {
    std::string_view phrase;
    int offset;
  };
  static constexpr RelativeDay kDays[] = {
      {"yesterday", -1},   {"last night", -1},    {"today", 0},        {"tonight", 0},
      {"this morning", 0}, {"this afternoon", 0}, {"this evening", 0}, {"tomorrow", 1},
  };
  for (const RelativeDay& d : kDays) {
    if (d.phrase == folded_phrase) return d.offset;
  }
  return std::nullopt;
}

std::span<const std::string_view> EnglishMonthAbbreviations() {
  static const auto words = MonthAbbreviationWords();
  return words;
}

std::span<const std::string_view> EnglishWeekdayAbbreviations() { return kWeekdayAbbreviations; }

std::span<const std::string_view> EnglishTitleAbbreviations() { return kTitleAbbreviations; }

bool AreEnglishGivenNameForms(std::string_view a, std::string_view b) {
  if (a == b) return false;
  // Each name, formal or familiar, with the formal names it is a form of;
  // built once. Most word pairs are no given names and end at the first
  // lookup.
  static const auto* const kFormalsOf = [] {
    auto* m = new std::unordered_map<std::string_view, std::vector<std::string_view>>();
    for (const GivenNameForm& f : kGivenNameForms) {
      (*m)[f.formal].push_back(f.formal);
      (*m)[f.familiar].push_back(f.formal);
    }
    return m;
  }();
  const auto ia = kFormalsOf->find(a);
  if (ia == kFormalsOf->end()) return false;
  const auto ib = kFormalsOf->find(b);
  if (ib == kFormalsOf->end()) return false;
  for (std::string_view x : ia->second) {
    for (std::string_view y : ib->second) {
      // A formal name and its familiar form, or two familiar forms of it, are
      // one; two formal names are two ("james" / "john").
      if (x == y) return true;
    }
  }
  return false;
}

bool IsEnglishGivenName(std::string_view folded_word) {
  for (const GivenNameForm& f : kGivenNameForms) {
    if (folded_word == f.formal || folded_word == f.familiar) return true;
  }
  return false;
}

Gender EnglishGenderOfWord(std::string_view folded_word) {
  static constexpr std::string_view kMale[] = {
      "mr",        "husband",  "father",      "son",         "brother", "boyfriend", "widower",
      "uncle",     "nephew",   "grandson",    "grandfather", "king",    "prince",    "actor",
      "spokesman", "chairman", "businessman", "congressman", "sir",     "lord",      "duke"};
  static constexpr std::string_view kFemale[] = {
      "mrs",           "ms",       "miss",          "madam",       "wife",
      "mother",        "daughter", "sister",        "girlfriend",  "widow",
      "aunt",          "niece",    "granddaughter", "grandmother", "queen",
      "princess",      "actress",  "spokeswoman",   "chairwoman",  "businesswoman",
      "congresswoman", "lady",     "duchess"};
  for (std::string_view w : kMale) {
    if (folded_word == w) return Gender::kMale;
  }
  for (std::string_view w : kFemale) {
    if (folded_word == w) return Gender::kFemale;
  }
  return Gender::kUnknown;
}

bool IsEnglishTitleAbbreviation(std::string_view folded_word) {
  for (std::string_view title : kTitleAbbreviations) {
    if (folded_word == title) return true;
  }
  return false;
}

}  // namespace crosswire::text
