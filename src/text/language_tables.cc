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

std::span<const std::string_view> EnglishMonthAbbreviations() {
  static const auto words = MonthAbbreviationWords();
  return words;
}

std::span<const std::string_view> EnglishWeekdayAbbreviations() { return kWeekdayAbbreviations; }

std::span<const std::string_view> EnglishTitleAbbreviations() { return kTitleAbbreviations; }

bool IsEnglishTitleAbbreviation(std::string_view folded_word) {
  for (std::string_view title : kTitleAbbreviations) {
    if (folded_word == title) return true;
  }
  return false;
}

}  // namespace crosswire::text
