#include "crosswire/utf8.h"

#include <gtest/gtest.h>

namespace crosswire {
namespace {

struct RepairCase {
  std::string input;
  std::string expected;
  size_t invalid;
  size_t first_offset;
};

TEST(Utf8Test, RepairReplacesEachMaximalIllFormedSubpart) {
  const std::string r = "\xEF\xBF\xBD";
  const RepairCase cases[] = {
      {"plain ascii", "plain ascii", 0, 0},
      {"caf\xC3\xA9", "caf\xC3\xA9", 0, 0},  // valid two-byte
      {"a\xFF"
       "b",
       "a" + r + "b", 1, 1},  // never-valid byte
      {"a\x80\x80"
       "b",
       "a" + r + r + "b", 2, 1},                           // stray continuations
      {"\xC0\xAF", r + r, 2, 0},                           // overlong '/'
      {"\xED\xA0\x80", r + r + r, 3, 0},                   // UTF-16 surrogate
      {"\xE2\x82", r, 1, 0},                               // truncated at end
      {"\xE2\x82x", r + "x", 1, 0},                        // truncated mid-text
      {"\xF4\x90\x80\x80", r + r + r + r, 4, 0},           // above U+10FFFF
      {"ok\xF0\x9F\x98\x80", "ok\xF0\x9F\x98\x80", 0, 0},  // emoji
  };
  for (const auto& c : cases) {
    Utf8Repair got = RepairUtf8(c.input);
    EXPECT_EQ(got.text, c.expected) << c.input;
    EXPECT_EQ(got.invalid_sequences, c.invalid) << c.input;
    if (c.invalid > 0) {
      EXPECT_EQ(got.first_invalid_offset, c.first_offset) << c.input;
    }
    EXPECT_TRUE(IsValidUtf8(got.text));
    EXPECT_EQ(IsValidUtf8(c.input), c.invalid == 0) << c.input;
  }
}

struct DecodeCase {
  std::string input;
  size_t pos;
  char32_t expected;
  size_t length;
};

// Long ASCII runs are checked eight bytes at a time: a fault anywhere in
// them, or right after, is still found.
TEST(Utf8Test, ValidityIsFoundAtEveryPositionOfAnAsciiRun) {
  for (size_t length = 0; length <= 40; ++length) {
    const std::string ascii(length, 'a');
    EXPECT_TRUE(IsValidUtf8(ascii)) << length;
    for (size_t at = 0; at <= length; ++at) {
      std::string bad = ascii;
      bad.insert(at, "\xff");
      EXPECT_FALSE(IsValidUtf8(bad)) << length << " " << at;
      std::string cut = ascii;
      cut.insert(at, "\xc3");  // a lead byte whose continuation is missing
      EXPECT_FALSE(IsValidUtf8(cut)) << length << " " << at;
      std::string good = ascii;
      good.insert(at, "\xc3\xa9");  // é
      EXPECT_TRUE(IsValidUtf8(good)) << length << " " << at;
    }
  }
}

TEST(Utf8Test, DecodeAtReturnsCodePointOrReplacement) {
  const DecodeCase cases[] = {
      {"a", 0, U'a', 1},
      {"caf\xC3\xA9", 3, U'\u00E9', 2},
      {"\xE2\x80\x99s", 0, U'\u2019', 3},
      {"\xF0\x9F\x98\x80", 0, U'\U0001F600', 4},
      {"\xFF", 0, 0xFFFD, 1},              // never-valid byte
      {"\x80x", 0, 0xFFFD, 1},             // stray continuation
      {"\xC0\xAF", 0, 0xFFFD, 1},          // overlong
      {"\xED\xA0\x80", 0, 0xFFFD, 1},      // surrogate
      {"\xE2\x82", 0, 0xFFFD, 1},          // truncated at the end
      {"\xF4\x90\x80\x80", 0, 0xFFFD, 1},  // above U+10FFFF
  };
  for (const auto& c : cases) {
    size_t length = 0;
    EXPECT_EQ(DecodeUtf8At(c.input, c.pos, &length), c.expected) << c.input;
    EXPECT_EQ(length, c.length) << c.input;
  }
}

TEST(Utf8Test, DecodeBeforeFindsTheStartOfThePreviousCodePoint) {
  const DecodeCase cases[] = {
      // `pos` is the end; `length` here is the expected start.
      {"ab", 2, U'b', 1},
      {"caf\xC3\xA9", 5, U'\u00E9', 3},
      {"x\xF0\x9F\x98\x80", 5, U'\U0001F600', 1},
      {"x\xE2\x82", 3, 0xFFFD, 2},  // truncated: the last byte alone
      {"\x80", 1, 0xFFFD, 0},
  };
  for (const auto& c : cases) {
    size_t start = 99;
    EXPECT_EQ(DecodeUtf8Before(c.input, c.pos, &start), c.expected) << c.input;
    EXPECT_EQ(start, c.length) << c.input;
  }
}

// Offsets into the repaired text map back to the input bytes they came from,
// whatever the replaced sequence's length.
TEST(Utf8Test, MapToInputUndoesEachReplacement) {
  const std::string input =
      "a\xFF"
      "bc\xE2\x82"
      "de\x80\x80"
      "f";
  Utf8Repair got = RepairUtf8(input);
  ASSERT_EQ(got.replacements.size(), 4u);
  struct Case {
    std::string_view needle;
    size_t input_offset;
  };
  for (const Case& c : {Case{"a", 0}, Case{"bc", 2}, Case{"de", 6}, Case{"f", 10}}) {
    size_t out = got.text.find(c.needle);
    ASSERT_NE(out, std::string::npos) << c.needle;
    EXPECT_EQ(MapToInput(got.replacements, out), c.input_offset) << c.needle;
    EXPECT_EQ(input.substr(MapToInput(got.replacements, out), c.needle.size()), c.needle);
  }
  EXPECT_EQ(MapToInput(got.replacements, got.text.size()), input.size());
  EXPECT_EQ(MapToInput({}, 7), 7u);
}

}  // namespace
}  // namespace crosswire
