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

}  // namespace
}  // namespace crosswire::text
