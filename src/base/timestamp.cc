// Timestamps: ISO 8601, RFC 822/1123 and the DUC forms to Unix seconds and back.
//
// A hand-written scanner rather than std::get_time or strptime: those depend on
// the C locale, accept garbage silently (strptime skips what it cannot match on
// some libcs), know nothing of "+03:00" and leave validation (30 February) to
// the caller. The grammar here is small, and every refusal says which part of
// the text was wrong.
//
// Calendar arithmetic is the usual era-based day count for the proleptic
// Gregorian calendar: shift the year to start in March, so the leap day is the
// last day of the shifted year, split years into 400-year eras of 146097 days,
// and count days within the era with integer formulas. It is exact for every
// year we accept (1-9999) and needs no tables.
#include "crosswire/timestamp.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <optional>

namespace crosswire {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[static_cast<size_t>(month - 1)];
}

// The fields read from the text, before conversion.
struct Fields {
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  TimePrecision precision = TimePrecision::kDay;
  bool has_offset = false;
  int32_t offset_minutes = 0;
};

// Reads the text left to right; every failure records why.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  void Skip(size_t n = 1) { pos_ += n; }
  size_t pos() const { return pos_; }

  bool Consume(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  void SkipSpaces() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t')) ++pos_;
  }
  // Exactly `n` digits.
  std::optional<int> Digits(size_t n) {
    int value = 0;
    for (size_t i = 0; i < n; ++i) {
      char c = Peek(i);
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    pos_ += n;
    return value;
  }
  // One or more digits, at most `max` (so a year cannot overflow).
  std::optional<int> DigitsUpTo(size_t max, size_t* count) {
    size_t n = 0;
    int value = 0;
    while (n < max && Peek(n) >= '0' && Peek(n) <= '9') {
      value = value * 10 + (Peek(n) - '0');
      ++n;
    }
    if (n == 0) return std::nullopt;
    pos_ += n;
    *count = n;
    return value;
  }
  size_t CountDigits() const {
    size_t n = 0;
    while (Peek(n) >= '0' && Peek(n) <= '9') ++n;
    return n;
  }
  // A run of ASCII letters.
  std::string_view Word() {
    size_t begin = pos_;
    while (!AtEnd() && std::isalpha(static_cast<unsigned char>(Peek()))) ++pos_;
    return text_.substr(begin, pos_ - begin);
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::unexpected<Error> Invalid(std::string_view text, std::string_view why) {
  return InvalidInput(fmt::format("invalid timestamp \"{}\": {}", Abbreviate(text), why));
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// Range checks shared by every family; then the conversion.
Result<Timestamp> Convert(std::string_view text, const Fields& f) {
  if (f.year < 1 || f.year > 9999) {
    return Invalid(text, fmt::format("year {} is not in 1-9999", f.year));
  }
  if (f.month < 1 || f.month > 12) {
    return Invalid(text, fmt::format("month {} is not in 1-12", f.month));
  }
  if (f.day < 1 || f.day > DaysInMonth(f.year, f.month)) {
    return Invalid(text, fmt::format("day {} is not in 1-{} for {:04}-{:02}", f.day,
                                     DaysInMonth(f.year, f.month), f.year, f.month));
  }
  if (f.hour > 23) return Invalid(text, fmt::format("hour {} is not in 0-23", f.hour));
  if (f.minute > 59) return Invalid(text, fmt::format("minute {} is not in 0-59", f.minute));
  if (f.second > 60) return Invalid(text, fmt::format("second {} is not in 0-60", f.second));
  if (f.offset_minutes > kMaxOffsetMinutes || f.offset_minutes < -kMaxOffsetMinutes) {
    return Invalid(text, "zone offset is beyond +/-18:00");
  }
  Timestamp time;
  time.precision = f.precision;
  time.has_offset = f.has_offset;
  time.offset_minutes = f.has_offset ? f.offset_minutes : 0;
  int64_t local = DaysFromCivil(f.year, f.month, f.day) * kSecondsPerDay + f.hour * 3600 +
                  f.minute * 60 + f.second;
  time.unix_seconds = local - int64_t{time.offset_minutes} * 60;
  return time;
}

// "Z", "+03:00", "+0300", "+03", "-05:00"; nothing at all is no offset.
// Returns an error message, or empty on success.
std::string ReadNumericOffset(Scanner& s, Fields* f) {
  char sign = s.Peek();
  if (sign != '+' && sign != '-') return "expected a zone offset such as +03:00";
  s.Skip();
  auto hours = s.Digits(2);
  if (!hours) return "zone offset needs two-digit hours, as in +03:00";
  int minutes = 0;
  if (s.Consume(':')) {
    auto m = s.Digits(2);
    if (!m) return "zone offset needs two-digit minutes after ':', as in +03:00";
    minutes = *m;
  } else if (s.CountDigits() == 2) {
    minutes = *s.Digits(2);
  }
  if (minutes > 59) return fmt::format("zone offset minutes {} are not in 0-59", minutes);
  f->has_offset = true;
  f->offset_minutes = (*hours * 60 + minutes) * (sign == '-' ? -1 : 1);
  return "";
}

// hh:mm[:ss[.fff]] or, in basic form, hhmm[ss[.fff]].
std::string ReadClock(Scanner& s, Fields* f, bool basic) {
  auto hour = s.Digits(2);
  if (!hour) return "expected two-digit hours after the date";
  f->hour = *hour;
  if (!basic && !s.Consume(':')) return "expected ':' after the hours";
  auto minute = s.Digits(2);
  if (!minute) return "expected two-digit minutes";
  f->minute = *minute;
  f->precision = TimePrecision::kMinute;
  bool has_seconds = basic ? s.CountDigits() >= 2 : s.Consume(':');
  if (has_seconds) {
    auto second = s.Digits(2);
    if (!second) return "expected two-digit seconds";
    f->second = *second;
    f->precision = TimePrecision::kSecond;
    if (s.Peek() == '.' || s.Peek() == ',') {
      s.Skip();
      size_t n = s.CountDigits();
      if (n == 0) return "expected digits after the decimal mark of the seconds";
      s.Skip(n);
    }
  }
  return "";
}

// Zone after an ISO time: "Z", an offset, or nothing.
std::string ReadIsoZone(Scanner& s, Fields* f) {
  if (s.Peek() == 'Z' || s.Peek() == 'z') {
    s.Skip();
    f->has_offset = true;
    f->offset_minutes = 0;
    return "";
  }
  if (s.Peek() == '+' || s.Peek() == '-') return ReadNumericOffset(s, f);
  return "";
}

Result<Timestamp> ParseIsoTrimmed(std::string_view text) {
  Scanner s(text);
  Fields f;
  size_t leading = s.CountDigits();
  bool basic = leading == 8;
  if (basic) {
    f.year = *s.Digits(4);
    f.month = *s.Digits(2);
    f.day = *s.Digits(2);
  } else {
    if (leading != 4) return Invalid(text, "expected a four-digit year at the start");
    f.year = *s.Digits(4);
    if (!s.Consume('-')) return Invalid(text, "expected '-' after the year");
    auto month = s.Digits(2);
    if (!month) return Invalid(text, "expected a two-digit month");
    f.month = *month;
    if (!s.Consume('-')) return Invalid(text, "expected '-' after the month");
    auto day = s.Digits(2);
    if (!day) return Invalid(text, "expected a two-digit day");
    f.day = *day;
  }
  if (!s.AtEnd()) {
    char sep = s.Peek();
    if (sep != 'T' && sep != 't' && sep != ' ') {
      return Invalid(text, fmt::format("unexpected '{}' after the date", sep));
    }
    s.Skip();
    if (sep == ' ') s.SkipSpaces();
    if (std::string why = ReadClock(s, &f, basic); !why.empty()) return Invalid(text, why);
    if (sep == ' ') s.SkipSpaces();
    if (std::string why = ReadIsoZone(s, &f); !why.empty()) return Invalid(text, why);
    if (!s.AtEnd()) {
      return Invalid(text, fmt::format("unexpected \"{}\" after the time",
                                       Abbreviate(text.substr(s.pos()), 12)));
    }
  }
  return Convert(text, f);
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};

// "Dec" or "December" (any case) -> 12; 0 when not a month.
int MonthFromName(std::string_view word) {
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (EqualsIgnoreCase(word, kMonths[i]) ||
        (word.size() == 3 && EqualsIgnoreCase(word, kMonths[i].substr(0, 3)))) {
      return static_cast<int>(i) + 1;
    }
  }
  // "Sept" appears in the wild.
  if (EqualsIgnoreCase(word, "sept")) return 9;
  return 0;
}

bool IsDayName(std::string_view word) {
  for (std::string_view day : kDays) {
    if (EqualsIgnoreCase(word, day) ||
        (word.size() == 3 && EqualsIgnoreCase(word, day.substr(0, 3)))) {
      return true;
    }
  }
  return false;
}

struct NamedZone {
  std::string_view name;
  int32_t offset_minutes;
};
// RFC 822 section 5 names, plus UTC and Z which feeds use.
constexpr NamedZone kNamedZones[] = {
    {"UT", 0},        {"UTC", 0},       {"GMT", 0},       {"Z", 0},
    {"EST", -5 * 60}, {"EDT", -4 * 60}, {"CST", -6 * 60}, {"CDT", -5 * 60},
    {"MST", -7 * 60}, {"MDT", -6 * 60}, {"PST", -8 * 60}, {"PDT", -7 * 60},
};

Result<Timestamp> ParseRfcTrimmed(std::string_view text) {
  Scanner s(text);
  Fields f;
  if (std::isalpha(static_cast<unsigned char>(s.Peek()))) {
    std::string_view day_name = s.Word();
    if (!IsDayName(day_name)) {
      return Invalid(text, fmt::format("\"{}\" is not a day name", Abbreviate(day_name, 12)));
    }
    s.Consume(',');
    s.SkipSpaces();
  }
  size_t n = 0;
  auto day = s.DigitsUpTo(2, &n);
  if (!day) return Invalid(text, "expected the day of the month");
  f.day = *day;
  s.SkipSpaces();
  s.Consume('-');  // "14-Dec-2016" (RFC 850 style) is seen in old feeds
  std::string_view month_name = s.Word();
  f.month = MonthFromName(month_name);
  if (f.month == 0) {
    return Invalid(text, fmt::format("\"{}\" is not a month name", Abbreviate(month_name, 12)));
  }
  s.Consume('-');
  s.SkipSpaces();
  auto year = s.DigitsUpTo(4, &n);
  if (!year || (n != 2 && n != 4)) return Invalid(text, "expected a two- or four-digit year");
  f.year = n == 2 ? (*year >= 50 ? 1900 + *year : 2000 + *year) : *year;
  s.SkipSpaces();
  if (!s.AtEnd()) {
    if (std::string why = ReadClock(s, &f, false); !why.empty()) return Invalid(text, why);
    s.SkipSpaces();
    if (s.Peek() == '+' || s.Peek() == '-') {
      if (std::string why = ReadNumericOffset(s, &f); !why.empty()) return Invalid(text, why);
    } else if (!s.AtEnd()) {
      std::string_view zone = s.Word();
      bool known = false;
      for (const NamedZone& named : kNamedZones) {
        if (EqualsIgnoreCase(zone, named.name)) {
          f.has_offset = true;
          f.offset_minutes = named.offset_minutes;
          known = true;
          break;
        }
      }
      if (!known) {
        return Invalid(text,
                       fmt::format("unknown time zone \"{}\"",
                                   Abbreviate(zone.empty() ? text.substr(s.pos()) : zone, 12)));
      }
    }
    s.SkipSpaces();
    if (!s.AtEnd()) {
      return Invalid(text, fmt::format("unexpected \"{}\" after the time",
                                       Abbreviate(text.substr(s.pos()), 12)));
    }
  }
  return Convert(text, f);
}

// "08/12/1998 13:29:00": month/day/year, as DUC writes it.
Result<Timestamp> ParseSlashTrimmed(std::string_view text) {
  Scanner s(text);
  Fields f;
  auto month = s.Digits(2);
  if (!month || !s.Consume('/')) return Invalid(text, "expected MM/DD/YYYY");
  auto day = s.Digits(2);
  if (!day || !s.Consume('/')) return Invalid(text, "expected MM/DD/YYYY");
  auto year = s.Digits(4);
  if (!year) return Invalid(text, "expected a four-digit year in MM/DD/YYYY");
  f.month = *month;
  f.day = *day;
  f.year = *year;
  s.SkipSpaces();
  if (!s.AtEnd()) {
    if (std::string why = ReadClock(s, &f, false); !why.empty()) return Invalid(text, why);
    s.SkipSpaces();
    if (!s.AtEnd()) {
      return Invalid(text, fmt::format("unexpected \"{}\" after the time",
                                       Abbreviate(text.substr(s.pos()), 12)));
    }
  }
  return Convert(text, f);
}

std::string FormatLocal(int64_t local_seconds, TimePrecision precision) {
  int64_t days = local_seconds / kSecondsPerDay;
  int64_t rest = local_seconds % kSecondsPerDay;
  if (rest < 0) {
    rest += kSecondsPerDay;
    --days;
  }
  // Inverse of DaysFromCivil (same era arithmetic, run backwards).
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t year = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t day = doy - (153 * mp + 2) / 5 + 1;
  int64_t month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2) ++year;
  std::string out = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (precision == TimePrecision::kDay) return out;
  out += fmt::format("T{:02}:{:02}", rest / 3600, rest / 60 % 60);
  if (precision == TimePrecision::kSecond) out += fmt::format(":{:02}", rest % 60);
  return out;
}

}  // namespace

int64_t DaysFromCivil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;  // March = 0
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Result<Timestamp> ParseIso8601(std::string_view text) {
  std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return Invalid(text, "empty");
  return ParseIsoTrimmed(trimmed);
}

Result<Timestamp> ParseRfc822(std::string_view text) {
  std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return Invalid(text, "empty");
  return ParseRfcTrimmed(trimmed);
}

Result<Timestamp> ParseTimestamp(std::string_view text) {
  std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return Invalid(text, "empty");
  Scanner s(trimmed);
  size_t digits = s.CountDigits();
  // The family is decided by the first characters, so the error comes from
  // the grammar the text was evidently written in.
  if (digits == 4 || digits == 8) return ParseIsoTrimmed(trimmed);
  if (digits == 2 && s.Peek(2) == '/') return ParseSlashTrimmed(trimmed);
  if (digits == 1 || digits == 2 || std::isalpha(static_cast<unsigned char>(s.Peek()))) {
    return ParseRfcTrimmed(trimmed);
  }
  return Invalid(text,
                 "not a recognised form (ISO 8601 \"2016-12-14T10:05:00Z\", RFC 822 \"Wed, 14 "
                 "Dec 2016 10:05:00 GMT\" or \"12/14/2016 10:05:00\")");
}

Result<int64_t> ParseUnixSeconds(std::string_view text) {
  auto time = ParseTimestamp(text);
  if (!time) return std::unexpected(time.error());
  return time->unix_seconds;
}

std::string FormatIso8601(const Timestamp& time) {
  int64_t local = time.unix_seconds + int64_t{time.offset_minutes} * 60;
  std::string out = FormatLocal(local, time.precision);
  if (!time.has_offset || time.precision == TimePrecision::kDay) return out;
  if (time.offset_minutes == 0) return out + "Z";
  int32_t magnitude = time.offset_minutes < 0 ? -time.offset_minutes : time.offset_minutes;
  return out + fmt::format("{}{:02}:{:02}", time.offset_minutes < 0 ? '-' : '+', magnitude / 60,
                           magnitude % 60);
}

std::string FormatUtcIso8601(int64_t unix_seconds) {
  constexpr int64_t kMin = -62135596800;  // 0001-01-01T00:00:00Z
  constexpr int64_t kMax = 253402300799;  // 9999-12-31T23:59:59Z
  if (unix_seconds < kMin) unix_seconds = kMin;
  if (unix_seconds > kMax) unix_seconds = kMax;
  return FormatLocal(unix_seconds, TimePrecision::kSecond) + "Z";
}

Result<std::string> NormalizeTimestamp(std::string_view text) {
  auto time = ParseTimestamp(text);
  if (!time) return std::unexpected(time.error());
  return FormatIso8601(*time);
}

}  // namespace crosswire
