#include "crosswire/error.h"

#include <gtest/gtest.h>

namespace crosswire {
namespace {

TEST(ErrorTest, WithContextPrefixesMessageAndKeepsCode) {
  Error e = Error(ErrorCode::kNotFound, "no such file").WithContext("a.txt");
  EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  EXPECT_EQ(e.message(), "a.txt: no such file");
}

TEST(ErrorTest, AbbreviateCutsOnUtf8Boundary) {
  EXPECT_EQ(Abbreviate("short", 10), "short");
  EXPECT_EQ(Abbreviate("abcdefghij", 4), "abcd...");
  // "é" is two bytes; cutting at byte 2 would split it.
  EXPECT_EQ(Abbreviate("aé bcd", 2), "a...");
}

TEST(ErrorTest, ResultCarriesErrorOrValue) {
  Result<int> ok = 3;
  Result<int> bad = InvalidInput("budget must be positive, got -5");
  EXPECT_EQ(*ok, 3);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(ErrorCodeName(bad.error().code()), "invalid input");
}

}  // namespace
}  // namespace crosswire
