#include <gtest/gtest.h>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

struct CharCase {
  char32_t c;
  bool space, word, digit, upper, lower;
};

TEST(CharactersTest, ClassifiesCodePoints) {
  const CharCase cases[] = {
      {U' ', true, false, false, false, false},
      {U'\t', true, false, false, false, false},
      {U'\v', true, false, false, false, false},
      {0x00A0, true, false, false, false, false},   // no-break space
      {0x2009, true, false, false, false, false},   // thin space
      {0x202F, true, false, false, false, false},   // narrow no-break space
      {0x3000, true, false, false, false, false},   // ideographic space
      {0x0085, false, false, false, false, false},  // NEL: a mis-decoded ellipsis in news
      {0x200B, false, false, false, false, false},  // zero width space is a format character
      {U'a', false, true, false, false, true},
      {U'Q', false, true, false, true, false},
      {U'7', false, true, true, false, false},
      {0x00C9, false, true, false, true, false},   // É
      {0x0141, false, true, false, true, false},   // Ł
      {0x0434, false, true, false, false, true},   // д
      {0x0661, false, true, true, false, false},   // Arabic-Indic one
      {0x0627, false, true, false, false, false},  // alef: a letter without case
      {0x0301, false, true, false, false, false},  // combining acute accent
      {U'-', false, false, false, false, false},
      {0x2019, false, false, false, false, false},  // right single quotation mark
      {0x20AC, false, false, false, false, false},  // euro sign
  };
  for (const CharCase& c : cases) {
    EXPECT_EQ(IsSpace(c.c), c.space) << std::hex << static_cast<uint32_t>(c.c);
    EXPECT_EQ(IsWordChar(c.c), c.word) << std::hex << static_cast<uint32_t>(c.c);
    EXPECT_EQ(IsDigit(c.c), c.digit) << std::hex << static_cast<uint32_t>(c.c);
    EXPECT_EQ(IsUpper(c.c), c.upper) << std::hex << static_cast<uint32_t>(c.c);
    EXPECT_EQ(IsLower(c.c), c.lower) << std::hex << static_cast<uint32_t>(c.c);
  }
}

TEST(CharactersTest, AsciiSpaceIsTheCLocaleSet) {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool expected = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
    EXPECT_EQ(IsAsciiSpace(c), expected) << b;
  }
}

}  // namespace
}  // namespace crosswire::text
