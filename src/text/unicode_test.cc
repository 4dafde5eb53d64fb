#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

struct Case {
  std::string_view input;
  std::string_view expected;
};

TEST(UnicodeTest, NormalizeNfcComposes) {
  const std::vector<Case> cases = {
      {"plain ascii", "plain ascii"},
      {"Cafe\xCC\x81", "Caf\xC3\xA9"},  // e + combining acute -> é
      {"Caf\xC3\xA9", "Caf\xC3\xA9"},   // already NFC
      {"\xE2\x84\xAB", "\xC3\x85"},     // ANGSTROM SIGN -> Å
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeNfc(c.input), c.expected) << c.input;
}

TEST(UnicodeTest, FoldCaseIsFullCaseFolding) {
  const std::vector<Case> cases = {
      {"Aleppo", "aleppo"},
      {"STRA\xC3\x9F"
       "E",
       "strasse"},  // ß folds to ss
      {"\xC3\x89LYS\xC3\x89"
       "E",
       "\xC3\xA9lys\xC3\xA9"
       "e"},
      {"\xCE\xA3\xCE\x99\xCE\xA3", "\xCF\x83\xCE\xB9\xCF\x83"},  // ΣΙΣ -> σισ
      {"\xD0\x9C\xD0\x9E\xD0\xA1", "\xD0\xBC\xD0\xBE\xD1\x81"},  // МОС -> мос
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FoldCase(c.input), c.expected) << c.input;
}

TEST(UnicodeTest, StripDiacriticsSpellsLettersAsAccentlessOutletsDo) {
  struct DiacriticsCase {
    const char* input;
    const char* expected;
  };
  const DiacriticsCase cases[] = {
      {"Jos\xC3\xA9 Mourinho", "Jose Mourinho"},  // é
      {"Erdo\xC4\x9F"
       "an",
       "Erdogan"},                        // ğ
      {"S\xC3\xA3o Paulo", "Sao Paulo"},  // ã
      {"Jose\xCC\x81", "Jose"},           // e + combining acute
      {"\xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       "Lodz"},                                           // Łódź
      {"S\xC3\xB8ren Kierkegaard", "Soren Kierkegaard"},  // ø
      {"Stra\xC3\x9F"
       "e",
       "Strasse"},                                          // ß
      {"\xC3\x86thelred", "AEthelred"},                     // Æ
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",  // Москва: no marks
       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},
      {"\xD0\x81\xD0\xB6", "\xD0\x95\xD0\xB6"},  // Ёж -> Еж: marks go in any script
      {"plain ASCII", "plain ASCII"},
      {"", ""},
  };
  for (const DiacriticsCase& c : cases) EXPECT_EQ(StripDiacritics(c.input), c.expected) << c.input;
}

}  // namespace
}  // namespace crosswire::text
