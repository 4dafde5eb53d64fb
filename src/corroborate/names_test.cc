// Name variants across outlets (names.cc). Every name here is made up for
// the test or a common transliteration pair; none comes from the gold stories.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

TEST(TransliterationKeyTest, FoldsRomanisationChoices) {
  struct Case {
    std::string a, b;
    bool same;
  };
  const std::vector<Case> cases = {
      {"Sergei", "Sergey", true},      {"Gaddafi", "Qadhafi", true},
      {"Kadhafi", "Gaddafi", true},    {"Zelensky", "Zelenskyy", true},
      {"Weber", "Webber", true},       {"Aleksandr", "Alexandr", true},
      {"Wladimir", "Vladimir", true},  {"Mouammar", "Muammar", true},
      {"Mohammed", "Muhammad", false}, {"Maria", "Mario", false},
      {"Austria", "Australia", false}, {"Kessel", "Kassel", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(TransliterationKey(c.a) == TransliterationKey(c.b), c.same)
        << c.a << " " << TransliterationKey(c.a) << " / " << c.b << " " << TransliterationKey(c.b);
  }
}

TEST(NameVariantReasonTest, LinksVariantsAndSaysWhy) {
  struct Case {
    std::string a, b;
    FactKind kind;
    std::optional<std::string> reason;  // nullopt: not one entity
  };
  const std::vector<Case> cases = {
      {"Sergei Lavrenko", "Sergey Lavrenko", FactKind::kPerson, "transliteration sergei/sergey"},
      {"Muammar Gaddafi", "Muammar Qadhafi", FactKind::kPerson, "transliteration gaddafi/qadhafi"},
      {"Oleh Zelensky", "Oleh Zelenskyy", FactKind::kPerson, "transliteration zelensky/zelenskyy"},
      // One-letter slip: only when the rest of the name agrees.
      {"Dana Pilsner", "Dana Pilsener", FactKind::kPerson,
       "one-letter difference pilsner/pilsener"},
      {"Pilsner", "Pilsener", FactKind::kPerson, std::nullopt},
      {"Kessel", "Kassel", FactKind::kPlace, std::nullopt},
      // Different given names, one surname: two people.
      {"Maria Ortega", "Luis Ortega", FactKind::kPerson, std::nullopt},
      {"Maria Ortega", "Maria", FactKind::kPerson, std::nullopt},
      // Shortened forms.
      {"Maria Ortega", "Ortega", FactKind::kPerson, "shortened form: surname alone"},
      {"Qadhafi", "Muammar Gaddafi", FactKind::kPerson,
       "shortened form: surname alone; transliteration qadhafi/gaddafi"},
      {"MV Tarn Star", "Tarn Star", FactKind::kOrganization,
       "shortened form: vessel prefix mv dropped"},
      {"Brill Bank", "Brill", FactKind::kOrganization, "shortened form: first word"},
      {"Brill Bank", "Bank", FactKind::kOrganization, std::nullopt},
      {"Bashar al-Assad", "Bashar Assad", FactKind::kPerson, std::nullopt},  // identical words
      {"Maria Ortega", "Maria Ortega", FactKind::kPerson, std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(NameVariantReason(c.a, c.b, c.kind), c.reason) << c.a << " / " << c.b;
    EXPECT_EQ(NameVariantReason(c.b, c.a, c.kind).has_value(), c.reason.has_value())
        << "symmetric: " << c.b << " / " << c.a;
  }
}

TEST(FindLocalNameAliasesTest, FindsNamesTheTextTies) {
  struct Case {
    std::string text;
    std::vector<std::pair<std::string, std::string>> aliases;
  };
  const std::vector<Case> cases = {
      {"Fighting in Tarnow (Tarnuv) stopped.", {{"Tarnow", "Tarnuv"}}},
      {"Aid reached Port Kessel, known locally as Kesselhafen, on Monday.",
       {{"Port Kessel", "Kesselhafen"}}},
      {"The Brill Harbour Authority (BHA) said so.", {}},  // an abbreviation
      {"About 20 (twenty) boats left.", {}},
      {"", {}},
  };
  for (const auto& c : cases) {
    std::vector<std::pair<std::string, std::string>> got;
    for (const NameAlias& a : FindLocalNameAliases(c.text)) got.emplace_back(a.name, a.alias);
    EXPECT_EQ(got, c.aliases) << c.text;
  }
}

}  // namespace
}  // namespace crosswire::corroborate
