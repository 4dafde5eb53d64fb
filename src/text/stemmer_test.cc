#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

TEST(StemmerTest, EnglishStemsInflections) {
  Result<Stemmer> stemmer = Stemmer::Create("english");
  ASSERT_TRUE(stemmer.has_value());
  struct Case {
    std::string_view word;
    std::string_view stem;
  };
  const std::vector<Case> cases = {
      {"evacuation", "evacu"},
      {"evacuated", "evacu"},
      {"civilians", "civilian"},
      {"running", "run"},
      {"ceasefire", "ceasefir"},
      {"russia's", "russia"},
      {"the", "the"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(stemmer->Stem(c.word), c.stem) << c.word;
}

TEST(StemmerTest, LanguagesByNameOrIsoCode) {
  struct Case {
    std::string_view language;
    std::string_view word;
    std::string_view stem;
  };
  const std::vector<Case> cases = {
      {"en", "fighters", "fighter"},
      {"ENGLISH", "fighters", "fighter"},
      {"german", "Kinder", "Kind"},
      {"de", "kinder", "kind"},
      {"fr", "gouvernements", "gouvern"},
      {"spanish", "gobiernos", "gobi"},
      {"ru", "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0",
       "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4"},
  };
  for (const Case& c : cases) {
    Result<Stemmer> stemmer = Stemmer::Create(c.language);
    ASSERT_TRUE(stemmer.has_value()) << c.language;
    EXPECT_EQ(stemmer->Stem(c.word), c.stem) << c.language << " " << c.word;
  }
}

TEST(StemmerTest, EmptyLanguageMeansEnglish) {
  Result<Stemmer> stemmer = Stemmer::Create("");
  ASSERT_TRUE(stemmer.has_value());
  EXPECT_EQ(stemmer->Stem("killings"), "kill");
}

TEST(StemmerTest, UnknownLanguageIsInvalidInputListingSupportedOnes) {
  Result<Stemmer> stemmer = Stemmer::Create("klingon");
  ASSERT_FALSE(stemmer.has_value());
  EXPECT_EQ(stemmer.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(stemmer.error().message().find("unknown language \"klingon\""), std::string::npos)
      << stemmer.error().message();
  EXPECT_NE(stemmer.error().message().find("english"), std::string::npos);
}

TEST(StemmerTest, MovedStemmerKeepsWorking) {
  Result<Stemmer> created = Stemmer::Create("en");
  ASSERT_TRUE(created.has_value());
  Stemmer moved = std::move(*created);
  EXPECT_EQ(moved.Stem("shelling"), "shell");
  Result<Stemmer> other = Stemmer::Create("de");
  ASSERT_TRUE(other.has_value());
  moved = std::move(*other);
  EXPECT_EQ(moved.Stem("kinder"), "kind");
}

}  // namespace
}  // namespace crosswire::text
