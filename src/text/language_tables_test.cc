#include <gtest/gtest.h>

#include <optional>
#include <string_view>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

TEST(LanguageTablesTest, MonthsByNameAndAbbreviation) {
  const struct {
    std::string_view word;
    std::optional<int> month;
  } cases[] = {
      {"january", 1},
      {"jan", 1},
      {"may", 5},
      {"sept", 9},
      {"sep", 9},
      {"december", 12},
      {"dec", 12},
      {"ma", std::nullopt},
      {"janu", std::nullopt},
      {"December", std::nullopt},  // callers fold first
  };
  for (const auto& c : cases) EXPECT_EQ(EnglishMonth(c.word), c.month) << c.word;
}

TEST(LanguageTablesTest, WeekdaysByFullNameOnly) {
  EXPECT_EQ(EnglishWeekday("monday"), 0);
  EXPECT_EQ(EnglishWeekday("wednesday"), 2);
  EXPECT_EQ(EnglishWeekday("sunday"), 6);
  EXPECT_EQ(EnglishWeekday("wed"), std::nullopt);
  EXPECT_EQ(EnglishWeekdayAbbreviations().size(), 10u);
  EXPECT_EQ(EnglishMonthAbbreviations().size(), 12u);
}

TEST(LanguageTablesTest, TitleAbbreviations) {
  for (std::string_view t : {"mr", "dr", "gen", "sen", "st", "prof"}) {
    EXPECT_TRUE(IsEnglishTitleAbbreviation(t)) << t;
  }
  for (std::string_view t : {"president", "co", "inc", "mister"}) {
    EXPECT_FALSE(IsEnglishTitleAbbreviation(t)) << t;
  }
}

TEST(LanguageTablesTest, GivenNameFormsBothWaysAndThroughTheFormalName) {
  EXPECT_TRUE(AreEnglishGivenNameForms("jim", "james"));
  EXPECT_TRUE(AreEnglishGivenNameForms("james", "jim"));
  EXPECT_TRUE(AreEnglishGivenNameForms("jim", "jimmy"));  // both of "james"
  EXPECT_FALSE(AreEnglishGivenNameForms("jim", "jim"));
  EXPECT_FALSE(AreEnglishGivenNameForms("bill", "bob"));
  EXPECT_FALSE(AreEnglishGivenNameForms("james", "john"));
  EXPECT_TRUE(IsEnglishGivenName("jerry"));    // a familiar form
  EXPECT_TRUE(IsEnglishGivenName("michael"));  // a formal name
  EXPECT_FALSE(IsEnglishGivenName("prosecutor"));
}

TEST(LanguageTablesTest, GenderOfTitlesAndRoleWords) {
  EXPECT_EQ(EnglishGenderOfWord("mr"), Gender::kMale);
  EXPECT_EQ(EnglishGenderOfWord("husband"), Gender::kMale);
  EXPECT_EQ(EnglishGenderOfWord("mrs"), Gender::kFemale);
  EXPECT_EQ(EnglishGenderOfWord("spokeswoman"), Gender::kFemale);
  EXPECT_EQ(EnglishGenderOfWord("spokesperson"), Gender::kUnknown);
  EXPECT_EQ(EnglishGenderOfWord("prosecutor"), Gender::kUnknown);
}

}  // namespace
}  // namespace crosswire::text
