#include <gtest/gtest.h>

#include "crosswire/cluster.h"

namespace crosswire {
namespace {

struct TimeCase {
  const char* input;
  int64_t expected;
};

const TimeCase kValid[] = {
    {"1970-01-01", 0},
    {"2016-12-14", 1481673600},
    {"2016-12-14T12:30", 1481718600},
    {"2016-12-14T12:30:15", 1481718615},
    {"2016-12-14 12:30:15", 1481718615},
    {"2016-12-14T12:30:15.250Z", 1481718615},
    {"2016-12-14T12:30:15+02:00", 1481711415},
    {"2016-12-14T12:30:15-0500", 1481736615},
    {"2000-02-29", 951782400},
    {"1999-07-07T08:30:27", 931336227},
    {"  2016-12-14  ", 1481673600},
};

TEST(ParsePublishedTimeTest, ValidForms) {
  for (const TimeCase& c : kValid) {
    auto t = ParsePublishedTime(c.input);
    ASSERT_TRUE(t.has_value()) << c.input << ": " << t.error().message();
    EXPECT_EQ(*t, c.expected) << c.input;
  }
}

struct BadCase {
  const char* input;
  const char* fragment;
};

const BadCase kInvalid[] = {
    {"", "no date"},
    {"14/12/2016", "no date"},
    {"2016-13-01", "month out of range"},
    {"2015-02-29", "day out of range"},
    {"2016-12-14T25:00", "time of day out of range"},
    {"2016-12-14T12", "bad time of day"},
    {"2016-12-14T12:30 tomorrow", "unexpected text"},
};

TEST(ParsePublishedTimeTest, InvalidFormsNameTheValue) {
  for (const BadCase& c : kInvalid) {
    auto t = ParsePublishedTime(c.input);
    ASSERT_FALSE(t.has_value()) << c.input;
    EXPECT_EQ(t.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(t.error().message().find(c.fragment), std::string::npos)
        << c.input << ": " << t.error().message();
    EXPECT_NE(t.error().message().find(std::string("\"") + c.input), std::string::npos)
        << t.error().message();
  }
}

}  // namespace
}  // namespace crosswire
