#include "crosswire/timestamp.h"

#include <gtest/gtest.h>

namespace crosswire {
namespace {

struct ParseCase {
  std::string_view input;
  int64_t unix_seconds;
  std::string_view normalized;  // FormatIso8601 of the parse
};

// Unix seconds checked against `date -u -d ... +%s`.
TEST(TimestampTest, ParsesEveryFamily) {
  const ParseCase cases[] = {
      // ISO 8601 extended
      {"1970-01-01", 0, "1970-01-01"},
      {"2016-12-14", 1481673600, "2016-12-14"},
      {"2016-12-14T10:05", 1481709900, "2016-12-14T10:05"},
      {"2016-12-14T10:05:00Z", 1481709900, "2016-12-14T10:05:00Z"},
      {"2016-12-14T10:05:00.123456Z", 1481709900, "2016-12-14T10:05:00Z"},
      {"2016-12-14T10:05:00,5Z", 1481709900, "2016-12-14T10:05:00Z"},
      {"2016-12-14T13:05:00+03:00", 1481709900, "2016-12-14T13:05:00+03:00"},
      {"2016-12-14T13:05:00+0300", 1481709900, "2016-12-14T13:05:00+03:00"},
      {"2016-12-14T13:05:00+03", 1481709900, "2016-12-14T13:05:00+03:00"},
      {"2016-12-14T05:35:00-04:30", 1481709900, "2016-12-14T05:35:00-04:30"},
      {"2016-12-14t10:05:00z", 1481709900, "2016-12-14T10:05:00Z"},
      {"  2016-12-14T10:05:00Z \n", 1481709900, "2016-12-14T10:05:00Z"},
      {"2016-02-29", 1456704000, "2016-02-29"},
      {"2000-02-29T00:00:00Z", 951782400, "2000-02-29T00:00:00Z"},
      {"1969-12-31T23:59:59Z", -1, "1969-12-31T23:59:59Z"},
      {"2016-12-31T23:59:60Z", 1483228800, "2017-01-01T00:00:00Z"},  // leap second
      // ISO 8601 basic
      {"19980812", 902880000, "1998-08-12"},
      {"20161214T100500Z", 1481709900, "2016-12-14T10:05:00Z"},
      // DUC <DATE_TIME>
      {"1999-07-07 08:30:27", 931336227, "1999-07-07T08:30:27"},
      {"1998-06-12 22:16", 897689760, "1998-06-12T22:16"},
      {"08/12/1998 13:29:00", 902928540, "1998-08-12T13:29:00"},
      // RFC 822 / 1123 (RSS pubDate)
      {"Wed, 14 Dec 2016 10:05:00 GMT", 1481709900, "2016-12-14T10:05:00Z"},
      {"Wed, 14 Dec 2016 10:05:00 +0000", 1481709900, "2016-12-14T10:05:00Z"},
      {"Wed, 14 Dec 2016 05:05:00 EST", 1481709900, "2016-12-14T05:05:00-05:00"},
      {"Wed, 14 Dec 2016 06:05:00 EDT", 1481709900, "2016-12-14T06:05:00-04:00"},
      {"Wed, 14 Dec 2016 02:05:00 PST", 1481709900, "2016-12-14T02:05:00-08:00"},
      {"Wed, 14 Dec 2016 03:05:00 MST", 1481709900, "2016-12-14T03:05:00-07:00"},
      {"Wed, 14 Dec 2016 04:05:00 CST", 1481709900, "2016-12-14T04:05:00-06:00"},
      {"Wed, 14 Dec 2016 13:05:00 +0300", 1481709900, "2016-12-14T13:05:00+03:00"},
      {"14 Dec 2016 10:05 UT", 1481709900, "2016-12-14T10:05Z"},
      {"Wednesday, 14 December 2016 10:05:00 UTC", 1481709900, "2016-12-14T10:05:00Z"},
      {"wed, 4 dec 16 10:05:00 gmt", 1480845900, "2016-12-04T10:05:00Z"},
      {"Sat, 4 Sep 99 10:05:00 GMT", 936439500, "1999-09-04T10:05:00Z"},
      {"14-Dec-2016 10:05:00 GMT", 1481709900, "2016-12-14T10:05:00Z"},
      {"Wed, 14 Dec 2016 10:05:00", 1481709900, "2016-12-14T10:05:00"},
      {"14 Dec 2016", 1481673600, "2016-12-14"},
  };
  for (const auto& c : cases) {
    auto got = ParseTimestamp(c.input);
    ASSERT_TRUE(got.has_value()) << c.input << ": " << got.error().message();
    EXPECT_EQ(got->unix_seconds, c.unix_seconds) << c.input;
    EXPECT_EQ(FormatIso8601(*got), c.normalized) << c.input;
    auto normalized = NormalizeTimestamp(c.input);
    ASSERT_TRUE(normalized.has_value());
    EXPECT_EQ(*normalized, c.normalized);
    // The normalised form parses back to the same instant.
    auto again = ParseTimestamp(*normalized);
    ASSERT_TRUE(again.has_value()) << *normalized;
    EXPECT_EQ(again->unix_seconds, c.unix_seconds) << *normalized;
  }
}

struct ErrorCase {
  std::string_view input;
  std::string_view fragment;  // expected in the message
};

TEST(TimestampTest, MalformedInputIsAnErrorNamingTheText) {
  const ErrorCase cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"yesterday", "\"yesterday\" is not a day name"},
      {"2016-13-01", "month 13 is not in 1-12"},
      {"2016-00-10", "month 0 is not in 1-12"},
      {"2015-02-29", "day 29 is not in 1-28 for 2015-02"},
      {"2016-04-31", "day 31 is not in 1-30"},
      {"2016-12-14T24:00:00Z", "hour 24 is not in 0-23"},
      {"2016-12-14T10:60Z", "minute 60 is not in 0-59"},
      {"2016-12-14T10:05:61Z", "second 61 is not in 0-60"},
      {"2016-12-14T10:05:00+19:00", "beyond +/-18:00"},
      {"2016-12-14T10:05:00+03:75", "minutes 75 are not in 0-59"},
      {"2016-12-14T10", "expected ':' after the hours"},
      {"2016-12-14T10:05:00 Z garbage", "unexpected"},
      {"2016-12-14X10:05", "unexpected 'X' after the date"},
      {"2016-1-14", "expected a two-digit month"},
      {"2016/12/14", "expected '-' after the year"},
      {"0000-01-01", "year 0 is not in 1-9999"},
      {"12016-01-01", "not a recognised form"},
      {"Wed, 14 Foo 2016 10:05:00 GMT", "\"Foo\" is not a month name"},
      {"Wed, 14 Dec 2016 10:05:00 XYZ", "unknown time zone \"XYZ\""},
      {"Wed, 14 Dec 201 10:05:00 GMT", "two- or four-digit year"},
      {"Wed, 31 Feb 2016 10:05:00 GMT", "day 31 is not in 1-29"},
      {"Wed, 14 Dec 2016 10:05:00 GMT extra", "unexpected \"extra\""},
      {"13/45/2016", "month 13 is not in 1-12"},
      {"-5", "not a recognised form"},
  };
  for (const auto& c : cases) {
    auto got = ParseTimestamp(c.input);
    ASSERT_FALSE(got.has_value()) << c.input << " parsed as " << got->unix_seconds;
    EXPECT_EQ(got.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(got.error().message().find(c.fragment), std::string::npos)
        << c.input << ": " << got.error().message();
    EXPECT_NE(got.error().message().find("invalid timestamp \""), std::string::npos);
  }
}

TEST(TimestampTest, FamilySpecificParsersRejectTheOtherFamily) {
  EXPECT_TRUE(ParseIso8601("2016-12-14T10:05:00Z").has_value());
  EXPECT_FALSE(ParseIso8601("Wed, 14 Dec 2016 10:05:00 GMT").has_value());
  EXPECT_TRUE(ParseRfc822("Wed, 14 Dec 2016 10:05:00 GMT").has_value());
  EXPECT_FALSE(ParseRfc822("2016-12-14T10:05:00Z").has_value());
}

TEST(TimestampTest, LongOffendingTextIsCutShort) {
  std::string junk = "2016-12-14T10:05:00Z" + std::string(500, 'x');
  auto got = ParseTimestamp(junk);
  ASSERT_FALSE(got.has_value());
  EXPECT_LT(got.error().message().size(), 200u);
}

TEST(TimestampTest, FormatsUtcAndClampsTheRange) {
  EXPECT_EQ(FormatUtcIso8601(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatUtcIso8601(1481709900), "2016-12-14T10:05:00Z");
  EXPECT_EQ(FormatUtcIso8601(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatUtcIso8601(INT64_MAX), "9999-12-31T23:59:59Z");
  EXPECT_EQ(FormatUtcIso8601(INT64_MIN), "0001-01-01T00:00:00Z");
}

TEST(TimestampTest, DayCountRoundTripsOverFourCenturies) {
  // Every day from 1800 to 2400 formats back to the date it came from.
  for (int year = 1800; year <= 2400; year += 7) {
    for (int month = 1; month <= 12; ++month) {
      for (int day : {1, 15, 28}) {
        int64_t days = DaysFromCivil(year, month, day);
        std::string iso = FormatUtcIso8601(days * 86400).substr(0, 10);
        char expected[16];
        std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", year, month, day);
        EXPECT_EQ(iso, expected);
      }
    }
  }
}

}  // namespace
}  // namespace crosswire
