// The one table of languages crosswire can analyse.
//
// A language is usable when libstemmer has a Snowball stemmer for it. Users
// name it by its Snowball name ("german") or its ISO 639-1 / 639-2 code ("de",
// "deu"); everything downstream (stemmer, stop words, article tags) receives the
// resolved Language, so no stage guesses from a prefix of what was typed.

#include <libstemmer.h>

#include <array>
#include <string>
#include <string_view>

#include "crosswire/text.h"
#include "crosswire/utf8.h"

namespace crosswire::text {
namespace {

struct LanguageRow {
  std::string_view name;   // Snowball
  std::string_view code;   // ISO 639-1 ("" when there is none)
  std::string_view code3;  // ISO 639-2/T ("" when there is none)
};

constexpr std::array<LanguageRow, 30> kLanguages = {{
    {"arabic", "ar", "ara"},    {"armenian", "hy", "hye"},   {"basque", "eu", "eus"},
    {"catalan", "ca", "cat"},   {"danish", "da", "dan"},     {"dutch", "nl", "nld"},
    {"english", "en", "eng"},   {"finnish", "fi", "fin"},    {"french", "fr", "fra"},
    {"german", "de", "deu"},    {"greek", "el", "ell"},      {"hindi", "hi", "hin"},
    {"hungarian", "hu", "hun"}, {"indonesian", "id", "ind"}, {"irish", "ga", "gle"},
    {"italian", "it", "ita"},   {"lithuanian", "lt", "lit"}, {"nepali", "ne", "nep"},
    {"norwegian", "no", "nor"}, {"portuguese", "pt", "por"}, {"romanian", "ro", "ron"},
    {"russian", "ru", "rus"},   {"serbian", "sr", "srp"},    {"spanish", "es", "spa"},
    {"swedish", "sv", "swe"},   {"tamil", "ta", "tam"},      {"turkish", "tr", "tur"},
    {"yiddish", "yi", "yid"},   {"porter", "", ""},          {"norwegian", "nb", "nob"},
}};

bool HasStemmer(std::string_view name) {
  for (const char** listed = sb_stemmer_list(); *listed != nullptr; ++listed) {
    if (name == *listed) return true;
  }
  return false;
}

}  // namespace

Result<Language> FindLanguage(std::string_view name_or_code) {
  std::string key = IsValidUtf8(name_or_code) ? FoldCase(name_or_code) : std::string();
  if (!key.empty()) {
    for (const LanguageRow& row : kLanguages) {
      if (key != row.name && key != row.code && key != row.code3) continue;
      if (!HasStemmer(row.name)) break;
      // "nb" resolves to the one Norwegian row users see.
      return Language{row.name, row.code.empty() ? row.name : row.code};
    }
  }
  return InvalidInput("unknown language \"" + Abbreviate(name_or_code) +
                      "\"; expected a Snowball name or ISO 639-1 code: " + KnownLanguages());
}

std::string KnownLanguages() {
  std::string out;
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    const LanguageRow& row = kLanguages[i];
    bool listed_before = false;
    for (size_t j = 0; j < i; ++j) listed_before |= kLanguages[j].name == row.name;
    if (listed_before || !HasStemmer(row.name)) continue;
    if (!out.empty()) out += ", ";
    out += std::string(row.name);
    if (!row.code.empty()) out += " (" + std::string(row.code) + ")";
  }
  return out;
}

}  // namespace crosswire::text
