// crosswire/timestamp.h — publication times, parsed in one place.
//
// Sources state times in many ways: ISO 8601 in JSONL, HTML meta tags and Atom
// ("2016-12-14T10:05:00+03:00"), RFC 822/1123 in RSS ("Wed, 14 Dec 2016
// 10:05:00 GMT"), and the DUC/TREC forms ("1999-07-07 08:30:27",
// "08/12/1998 13:29:00", "19980812"). Every reader sends them through
// ParseTimestamp, stores the normalised ISO 8601 text in Article::published,
// and the store and the clusterer use the Unix seconds.
//
// A time without a zone (DUC, "2016-12-14T10:05") is taken as UTC for its Unix
// seconds and keeps no offset in its ISO form; a date without a time is
// midnight UTC of that day. Fractional seconds are accepted and dropped (Unix
// seconds are whole; the floor is kept, so ordering is preserved). Years run
// from 0001 to 9999. A leap second (":60") is read as the first second of the
// next minute.
//
// Thread safety: every function is pure and reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "crosswire/error.h"

namespace crosswire {

// How much of a time the source stated.
enum class TimePrecision {
  kDay,     // "2016-12-14"
  kMinute,  // "2016-12-14T10:05"
  kSecond,  // "2016-12-14T10:05:00" (also with fractions, which are dropped)
};

// One parsed point in time.
struct Timestamp {
  int64_t unix_seconds = 0;  // seconds since 1970-01-01T00:00:00Z
  TimePrecision precision = TimePrecision::kSecond;
  bool has_offset = false;     // the source named a zone or an offset
  int32_t offset_minutes = 0;  // east of UTC, e.g. +180 for "+03:00"; 0 when !has_offset
};

// Offsets beyond ±18:00 (the ISO 8601 / java.time bound) are rejected.
inline constexpr int32_t kMaxOffsetMinutes = 18 * 60;

// Parses any supported form, trying in turn:
//   ISO 8601 extended: "2016-12-14", "2016-12-14T10:05", "2016-12-14T10:05:00",
//     "...T10:05:00.123", then optionally "Z", "+03:00", "+0300" or "+03";
//     a space may replace the "T" (as DUC writes it); letters may be lowercase;
//   ISO 8601 basic: "20161214" (DUC <DATE>), "20161214T100500Z";
//   RFC 822/1123 and its RSS variants: "[Wed, ]14 Dec 2016 10:05[:00] GMT",
//     with zones UT, UTC, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT or
//     "+hhmm"/"-hhmm"; a missing zone is UTC; two-digit years are 19xx from 50
//     and 20xx below; full month names ("December") are accepted;
//   US slash dates as DUC writes them: "08/12/1998 13:29:00" (month first).
// Leading and trailing whitespace is ignored.
// Errors: kInvalidInput naming the offending text (cut short) and what was
// wrong, e.g. `invalid timestamp "2016-13-01": month 13 is not in 1-12`.
// Linear in text.size().
Result<Timestamp> ParseTimestamp(std::string_view text);

// The same, each restricted to one family (for callers that know theirs:
// Atom dates must be ISO 8601, RSS pubDate must be RFC 822).
Result<Timestamp> ParseIso8601(std::string_view text);
Result<Timestamp> ParseRfc822(std::string_view text);

// ParseTimestamp(text)->unix_seconds.
Result<int64_t> ParseUnixSeconds(std::string_view text);

// ISO 8601 extended, at the time's precision and in its own offset:
//   kDay -> "2016-12-14"; kMinute -> "2016-12-14T10:05"; kSecond ->
//   "2016-12-14T10:05:00"; followed by "Z" when the offset is zero and stated,
//   "+03:00" when not zero, nothing when the source named no zone.
// So the normalised text of an RFC 822 "Wed, 14 Dec 2016 10:05:00 EST" is
// "2016-12-14T10:05:00-05:00": the local time the outlet printed survives.
std::string FormatIso8601(const Timestamp& time);

// "2016-12-14T07:05:00Z": the UTC form of Unix seconds, for storage and JSON.
// Years outside 0001-9999 are clamped to that range's ends.
std::string FormatUtcIso8601(int64_t unix_seconds);

// ParseTimestamp then FormatIso8601: what readers put in Article::published.
Result<std::string> NormalizeTimestamp(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12, day 1-31;
// not validated here); negative before 1970.
int64_t DaysFromCivil(int year, int month, int day);

}  // namespace crosswire
