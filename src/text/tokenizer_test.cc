#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : Tokenize(text)) out.push_back(token.word);
  return out;
}

TEST(TokenizerTest, WordsAreFoldedRunsOfLettersAndDigits) {
  struct Case {
    std::string_view input;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"Hello, World!", {"hello", "world"}},
      {"don't stop", {"don't", "stop"}},
      {"Russia\xE2\x80\x99s envoy", {"russia's", "envoy"}},
      {"Bashar al-Assad", {"bashar", "al-assad"}},
      {"15,000 people; 3.5 percent", {"15,000", "people", "3.5", "percent"}},
      {"the U.S. and F.B.I. agents", {"the", "u.s", "and", "f.b.i", "agents"}},
      {"end. Next", {"end", "next"}},
      {"-dash- 'quoted'", {"dash", "quoted"}},
      {"5.00am (3.00am GMT)", {"5.00am", "3.00am", "gmt"}},
      {"STRASSE Stra\xC3\x9F"
       "e",
       {"strasse", "strasse"}},
      {"\xC3\x89LYS\xC3\x89"
       "E",
       {"\xC3\xA9lys\xC3\xA9"
        "e"}},
      {"Cafe\xCC\x81", {"caf\xC3\xA9"}},
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC",
       {"\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xE5\x8C\x97\xE4\xBA\xAC"}},
      {"#hashtag @user $100", {"hashtag", "user", "100"}},
      {"", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << "input: " << c.input;
}

TEST(TokenizerTest, SpansPointIntoTheInput) {
  const std::string_view text = "  Aleppo\xE2\x80\x99s fall, 2016.";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Aleppo\xE2\x80\x99s");
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "fall");
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "2016");
}

TEST(TokenizerTest, NumbersAreMarked) {
  const std::vector<Token> tokens = Tokenize("82 civilians, 15,000 people, 3.5 per cent, F-16");
  std::vector<bool> numbers;
  for (const Token& t : tokens) numbers.push_back(t.is_number);
  EXPECT_EQ(numbers, (std::vector<bool>{true, false, true, false, true, false, false, false}));
}

TEST(TokenizerTest, InvalidUtf8IsSkippedNotFatal) {
  EXPECT_EQ(Words("a\xFF"
                  "b \xC3"),
            (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace crosswire::text
