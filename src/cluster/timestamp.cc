// ParsePublishedTime: a deliberately small ISO 8601 reader for Article::published.
//
// TEMPORARY: the store's timestamp parser (src/base/) is the project's real
// one; when both are merged this file should forward to it. Kept here, in one
// place, so `crosswire cluster` can order a stream without depending on it.
// Days from the civil date use the proleptic Gregorian calendar (the
// days_from_civil algorithm of H. Hinnant's date library, re-derived).
#include <fmt/format.h>

#include <cctype>

#include "crosswire/cluster.h"

namespace crosswire {
namespace {

int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool Digits(std::string_view s, size_t at, size_t n, int64_t* out) {
  if (at + n > s.size()) return false;
  int64_t v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool LeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

Result<int64_t> ParsePublishedTime(std::string_view iso) {
  auto bad = [&](std::string_view why) {
    return InvalidInput(fmt::format("time \"{}\": {} (expected YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM])",
                                    Abbreviate(iso), why));
  };
  std::string_view s = iso;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  int64_t y, mo, d, h = 0, mi = 0, se = 0;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) ||
      s[7] != '-' || !Digits(s, 8, 2, &d)) {
    return bad("no date");
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12) return bad("month out of range");
  if (d < 1 || d > kDays[mo - 1] + (mo == 2 && LeapYear(y))) return bad("day out of range");
  size_t at = 10;
  if (at < s.size() && (s[at] == 'T' || s[at] == 't' || s[at] == ' ')) {
    ++at;
    if (!Digits(s, at, 2, &h) || at + 2 >= s.size() || s[at + 2] != ':' ||
        !Digits(s, at + 3, 2, &mi)) {
      return bad("bad time of day");
    }
    at += 5;
    if (at < s.size() && s[at] == ':') {
      if (!Digits(s, at + 1, 2, &se)) return bad("bad seconds");
      at += 3;
      if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
        ++at;
        while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at]))) ++at;
      }
    }
    if (h > 23 || mi > 59 || se > 60) return bad("time of day out of range");
  }
  int64_t offset = 0;
  if (at < s.size()) {
    if (s[at] == 'Z' || s[at] == 'z') {
      ++at;
    } else if (s[at] == '+' || s[at] == '-') {
      int sign = s[at] == '-' ? -1 : 1;
      int64_t oh, om = 0;
      if (!Digits(s, at + 1, 2, &oh)) return bad("bad zone offset");
      at += 3;
      if (at < s.size() && s[at] == ':') ++at;
      if (at < s.size()) {
        if (!Digits(s, at, 2, &om)) return bad("bad zone offset");
        at += 2;
      }
      if (oh > 23 || om > 59) return bad("zone offset out of range");
      offset = sign * (oh * 3600 + om * 60);
    }
  }
  if (at != s.size()) return bad("unexpected text after the time");
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset;
}

}  // namespace crosswire
