// Dates and clock times, normalised.
//
// Method: a small hand-written grammar over tokens, in the spirit of the
// TIMEX2 taggers (Mani & Wilson 2000) cut down to what news reports about one
// event actually contain:
//   clock times   "5 am", "5am", "5.00am", "5 a.m.", "17:30", "0300 GMT",
//                 and a second zone in parentheses: "5 am (0300 GMT)";
//   dates         "December 13, 2016", "13 December 2016", "Dec. 14",
//                 "March 2011", "2016-12-13", a year after a preposition
//                 ("since 2012");
//   weekdays      "on Wednesday", "Tuesday night";
//   months        "in July", "since February", "last December";
//   holidays      "on Thanksgiving", "Christmas Eve", "Easter Sunday", "Labor
//                 Day" (HolidayAt), resolved to the year's day as weekdays are.
// Clock times normalise to "HH:MM" (plus " (HH:MM GMT)" when a zone is
// given), dates to ISO 8601. A weekday is resolved against the article's
// publication date when the article has one: to the most recent such day on or
// before it, or the next one after "until/by/next"; otherwise it stays a
// weekday name. Alignment compares the local time (what the outlets copy from
// the wire), so "5 am (0300 GMT)" and "5.00am (3.00am GMT)" agree.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "crosswire/parse.h"
#include "crosswire/text.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

// Days since 1970-01-01 (proleptic Gregorian); Howard Hinnant's algorithm.
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int z, int* y, int* m, int* d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

// 0 = Monday.
int WeekdayOfDays(int days) { return ((days % 7) + 7 + 3) % 7; }

int ParseInt(std::string_view s, bool* ok) {
  int v = 0;
  *ok = !s.empty() && s.size() <= 9;
  for (char c : s) {
    if (c < '0' || c > '9') {
      *ok = false;
      return 0;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

// Month names and abbreviations ("Dec", "Sept") are text's English table;
// "may"/"march" as verbs are excluded by the callers, which require a capital.
std::optional<int> MonthOf(std::string_view word) {
  std::string w = FoldCase(word);
  if (w.ends_with('.')) w.pop_back();
  return text::EnglishMonth(w);
}

bool IsLowerWord(const std::vector<Tok>& toks, size_t i, std::string_view w) {
  return i < toks.size() && toks[i].kind != TokKind::kPunct && toks[i].lower == w;
}
bool IsPunct(const std::vector<Tok>& toks, size_t i, std::string_view p) {
  return i < toks.size() && toks[i].kind == TokKind::kPunct && toks[i].text == p;
}

// Whether the clause of the weekday at token `i` puts it in the future of the
// article: "next Monday", "until Friday", or a clause whose verb is in the
// future: the modals "will"/"shall"/"'ll", "going to", or a present-tense
// verb or adjective that takes an infinitive ("is scheduled to", "are
// expected to", "plans to", "is due to") — grammar, not a list of events.
// The clause is read back from the weekday to its start (punctuation, or a
// report verb: "said Sunday" dates the statement); a sentence that opens
// with the weekday ("On Friday, the leaders will meet") reads its next
// clause instead.
bool FutureWeekday(const std::vector<Tok>& toks, size_t i) {
  if (i > 0 && (IsLowerWord(toks, i - 1, "until") || IsLowerWord(toks, i - 1, "till") ||
                IsLowerWord(toks, i - 1, "next") || IsLowerWord(toks, i - 1, "coming"))) {
    return true;
  }
  auto is_break = [](const Tok& t) {
    return t.kind == TokKind::kPunct && t.text != "'" && t.text != "\xE2\x80\x99" && t.text != "\"";
  };
  // Present forms of "be" and of the verbs that put an infinitive ahead.
  auto present_be = [](std::string_view w) {
    return w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re";
  };
  auto future_at = [&](size_t k) {
    const std::string& w = toks[k].lower;
    if (w == "will" || w == "shall" || w == "'ll" || w.ends_with("'ll") ||
        w.ends_with("\xE2\x80\x99ll")) {
      return true;
    }
    // "may hit the links again on Wednesday"; not "may have".
    if ((w == "may" || w == "might") && k + 1 < toks.size() && toks[k + 1].lower != "have") {
      return true;
    }
    if (w != "to" || k == 0 || k + 1 >= toks.size() || toks[k + 1].kind != TokKind::kWord) {
      return false;
    }
    // "to" + a verb (lower case, not "have": "is believed to have died"
    // is past) after a present-tense governor: a form of "be" with a
    // participle or adjective ("is scheduled to", "are expected to", "is due
    // to"), "going to", or a present-tense verb that takes an infinitive of
    // intent ("plans to", "intend to", "vows to").
    const Tok& verb = toks[k + 1];
    if (verb.capitalized || verb.lower == "have" || verb.lower == "the" || verb.lower == "a" ||
        verb.lower == "an") {
      return false;
    }
    const std::string& gov = toks[k - 1].lower;
    if (k >= 2 && present_be(toks[k - 2].lower)) return true;
    // "be to" + verb, a plan even in the past: "was to be published in
    // Wednesday's journal" (a report written before that Wednesday); not the
    // idiom "were to blame".
    if ((present_be(gov) || gov == "was" || gov == "were") && verb.lower != "blame") return true;
    if (gov == "going") return true;
    static constexpr std::string_view kIntent[] = {"plan",   "intend",  "aim",      "hope",
                                                   "expect", "want",    "seek",     "vow",
                                                   "pledge", "promise", "threaten", "prepare"};
    for (std::string_view v : kIntent) {
      if (gov == v || (gov.size() == v.size() + 1 && gov.starts_with(v) && gov.back() == 's') ||
          (gov.size() == v.size() + 2 && gov.starts_with(v) && gov.ends_with("es"))) {
        return true;
      }
    }
    return false;
  };
  // Words that open another clause or phrase with its own time ("will appear
  // Monday after being arrested Saturday").
  auto opens_other = [](const Tok& t) {
    static constexpr std::string_view kJoin[] = {"and",   "but",     "after", "before", "when",
                                                 "while", "because", "since", "who",    "which",
                                                 "that",  "as",      "than"};
    return std::find(std::begin(kJoin), std::end(kJoin), t.lower) != std::end(kJoin) ||
           (t.capitalized && text::EnglishWeekday(t.lower).has_value());
  };
  // "before"/"after" right before a name is a preposition ("appear before
  // Taunton Magistrates' Court on Tuesday"), not a clause of its own.
  auto preposition_before_name = [&](size_t k) {
    return (toks[k].lower == "before" || toks[k].lower == "after") && k + 1 < toks.size() &&
           toks[k + 1].capitalized && !text::EnglishWeekday(toks[k + 1].lower).has_value();
  };
  // "will hover and make its final descent at dawn Sunday": "and" or "or"
  // before a bare verb joins two verbs of one clause, which share its
  // auxiliary; before a subject ("and the rescue began", "and he said") it
  // opens another clause (found on gold8's D0740I).
  auto joins_verbs = [&](size_t k) {
    static constexpr std::string_view kSubjectOpeners[] = {
        "the", "a",   "an",  "he",    "she",  "it",   "they",  "we",    "i",     "you",
        "his", "her", "its", "their", "this", "that", "these", "those", "there", "police"};
    if (toks[k].lower != "and" && toks[k].lower != "or") return false;
    if (k + 1 >= toks.size() || toks[k + 1].kind != TokKind::kWord || toks[k + 1].capitalized) {
      return false;
    }
    const std::string& next = toks[k + 1].lower;
    return std::find(std::begin(kSubjectOpeners), std::end(kSubjectOpeners), next) ==
               std::end(kSubjectOpeners) &&
           (next[0] < '0' || next[0] > '9');
  };
  for (size_t k = i; k > 0; --k) {
    const Tok& t = toks[k - 1];
    if (is_break(t) || IsReportVerb(t.lower) ||
        (opens_other(t) && !preposition_before_name(k - 1) && !joins_verbs(k - 1))) {
      break;
    }
    if (t.kind == TokKind::kWord && future_at(k - 1)) return true;
  }
  // "On Friday, ...": the weekday opens the sentence; its clause is the next.
  size_t s = 0;
  while (s < toks.size() && toks[s].kind == TokKind::kPunct) ++s;
  if (s < toks.size() && toks[s].lower == "on") ++s;
  if (s != i) return false;
  size_t k = i + 1;
  while (k < toks.size() && toks[k].kind == TokKind::kWord &&
         (toks[k].lower == "morning" || toks[k].lower == "night" || toks[k].lower == "evening" ||
          toks[k].lower == "afternoon")) {
    ++k;
  }
  if (k < toks.size() && toks[k].text == ",") ++k;
  for (; k < toks.size() && !is_break(toks[k]) && !IsReportVerb(toks[k].lower) &&
         !opens_other(toks[k]);
       ++k) {
    if (toks[k].kind == TokKind::kWord && future_at(k)) return true;
  }
  return false;
}

// ---- Clock times ---------------------------------------------------------------

struct Clock {
  size_t first = 0, last = 0;
  int minutes = 0;   // minutes after midnight
  std::string zone;  // "GMT", "UTC", "" (local)
};

// Meridiem at token i: "am", "pm", "a.m.", "p.m."; returns tokens used.
size_t MatchMeridiem(const std::vector<Tok>& toks, size_t i, bool* pm) {
  if (i >= toks.size() || toks[i].kind != TokKind::kWord) return 0;
  const std::string w = toks[i].lower;
  if (w == "am" || w == "pm") {
    *pm = w == "pm";
    return 1;
  }
  if ((w == "a" || w == "p") && IsPunct(toks, i + 1, ".") && IsLowerWord(toks, i + 2, "m")) {
    *pm = w == "p";
    return IsPunct(toks, i + 3, ".") ? 4 : 3;
  }
  return 0;
}

int ApplyMeridiem(int hour, bool pm) {
  if (hour == 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

std::optional<Clock> MatchClock(const std::vector<Tok>& toks, size_t i) {
  if (i >= toks.size() || toks[i].kind == TokKind::kPunct) return std::nullopt;
  const std::string t = toks[i].lower;
  Clock c;
  c.first = i;
  bool ok = false;
  int hour = -1, minute = 0;
  size_t next = i + 1;
  bool has_meridiem = false, pm = false, has_colon = false, four_digits = false;

  // Split "5.00am" / "5am" / "0300" / "5.00" / "5" into digits and suffix.
  size_t p = 0;
  while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
  if (p == 0) {
    if (t == "noon" || t == "midday") {
      c.minutes = 12 * 60;
      c.last = i + 1;
      return c;
    }
    return std::nullopt;
  }
  std::string_view digits = std::string_view(t).substr(0, p);
  std::string_view rest = std::string_view(t).substr(p);
  if (digits.size() == 4 && rest.empty()) {
    hour = ParseInt(digits.substr(0, 2), &ok);
    minute = ParseInt(digits.substr(2), &ok);
    four_digits = true;
  } else if (digits.size() <= 2) {
    hour = ParseInt(digits, &ok);
    if ((rest.starts_with('.') || rest.starts_with(':')) && rest.size() >= 3) {
      minute = ParseInt(rest.substr(1, 2), &ok);
      if (!ok) return std::nullopt;
      has_colon = true;
      rest = rest.substr(3);
    }
    if (rest == "am" || rest == "pm") {
      has_meridiem = true;
      pm = rest == "pm";
    } else if (!rest.empty()) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  // "5:30" arrives as "5" ":" "30".
  if (!has_colon && !four_digits && IsPunct(toks, next, ":") && next + 1 < toks.size() &&
      toks[next + 1].kind == TokKind::kNumber && toks[next + 1].text.size() == 2) {
    minute = ParseInt(toks[next + 1].text, &ok);
    has_colon = true;
    next += 2;
  }
  if (!has_meridiem) {
    const size_t used = MatchMeridiem(toks, next, &pm);
    if (used > 0) {
      has_meridiem = true;
      next += used;
    }
  }
  if (next < toks.size() && toks[next].kind == TokKind::kWord) {
    const std::string z = toks[next].lower;
    if (IsTimeZone(z)) {
      c.zone = std::string(toks[next].text);
      ++next;
    } else if (z == "local") {
      ++next;
      // "1:19 a.m. local time (0519 GMT)": the second zone still follows.
      if (next < toks.size() && toks[next].lower == "time") ++next;
    }
  }
  // A bare number is a time only with a meridiem, a colon, or four digits and a zone.
  if (!has_meridiem && !(has_colon && digits.size() <= 2) && !(four_digits && !c.zone.empty())) {
    return std::nullopt;
  }
  if (has_meridiem) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour = ApplyMeridiem(hour, pm);
  }
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return std::nullopt;
  c.minutes = hour * 60 + minute;
  c.last = next;
  return c;
}

std::string FormatClock(int minutes) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 100, minutes % 60);
  return buf;
}

}  // namespace

// The event a time or duration belongs to: the nearest content word before
// `i` ("starting 5 am" → "start", "due to begin at 5.00am" → "start").
std::string TriggerBefore(const std::vector<Tok>& toks, size_t i) {
  static constexpr std::string_view kSkip[] = {"at",
                                               "on",
                                               "by",
                                               "from",
                                               "until",
                                               "till",
                                               "of",
                                               "the",
                                               "a",
                                               "an",
                                               "to",
                                               "in",
                                               "as",
                                               "for",
                                               "since",
                                               "after",
                                               "before",
                                               "around",
                                               "about",
                                               "due",
                                               "is",
                                               "was",
                                               "were",
                                               "be",
                                               "been",
                                               "had",
                                               "has",
                                               "have",
                                               "will",
                                               "would",
                                               "next",
                                               "within",
                                               "over",
                                               "past",
                                               "last",
                                               "more",
                                               "than",
                                               "less",
                                               "least",
                                               "some",
                                               "nearly",
                                               "almost",
                                               "approximately",
                                               "roughly",
                                               "up",
                                               "just",
                                               "only"};
  for (size_t k = i, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    const Tok& t = toks[k - 1];
    if (t.kind == TokKind::kPunct) {
      if (t.text == "," || t.text == ";" || t.text == "(" || t.text == ")") return "";
      continue;
    }
    const std::string w = t.lower;
    bool skip = false;
    for (auto s : kSkip) skip = skip || w == s;
    if (skip || t.kind == TokKind::kNumber) continue;
    static constexpr std::string_view kStart[] = {
        "start", "starting", "started",   "starts", "begin",    "beginning",
        "began", "begins",   "scheduled", "set",    "commence", "commenced"};
    for (auto s : kStart) {
      if (w == s) return "start";
    }
    static constexpr std::string_view kEnd[] = {"end",    "ending", "ended",    "ends",
                                                "finish", "over",   "conclude", "concluded"};
    for (auto s : kEnd) {
      if (w == s) return "end";
    }
    return NounKey(w);
  }
  return "";
}

// A word that places a time within its day ("early Tuesday", "said late
// Sunday"): part of the time expression, not of the event or the statement.
namespace {
bool IsDayHedge(std::string_view lower) {
  return lower == "early" || lower == "late" || lower == "mid";
}
}  // namespace

// An event word's Snowball stem ("landed", "landing" → "land").
std::string EventStem(const std::string& lower) {
  // Outlets tell one casualty in other words ("was killed", "died", "shot
  // dead"): one event.
  if (std::string key = EventKey(lower); !key.empty()) return key;
  thread_local text::Stemmer stemmer = std::move(text::Stemmer::Create("english").value());
  return stemmer.Stem(lower);
}

bool ModifiesNoun(const std::vector<Tok>& toks, size_t first, size_t last) {
  static constexpr std::string_view kModifierDeterminers[] = {"the", "a", "an", "this", "that"};
  const bool possessive = last == first + 1 && (toks[first].lower.ends_with("'s") ||
                                                toks[first].lower.ends_with("\u2019s"));
  return last < toks.size() && toks[last].kind == TokKind::kWord && !toks[last].capitalized &&
         toks[last].lower.size() >= 3 &&
         (possessive ||
          (first > 0 && std::find(std::begin(kModifierDeterminers), std::end(kModifierDeterminers),
                                  toks[first - 1].lower) != std::end(kModifierDeterminers)));
}

std::vector<std::string> TimeEventWords(const std::vector<Tok>& toks, size_t first, size_t last) {
  // Words every clause of a timeline may carry, which say nothing of what
  // happened: function words, zone and clock words, report verbs.
  static constexpr std::string_view kEmpty[] = {
      "the", "and", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are",
      "for", "not", "but", "its", "been", "his", "her", "their", "into", "onto", "over", "than",
      "then", "also", "about", "after", "before", "until", "around", "local", "time", "said",
      "says", "told", "reported", "announced", "when", "while", "which", "who", "some", "just",
      "only", "nearly",
      // Parts of the day belong to the date ("early Tuesday morning"), not
      // to what happened on it; so do their hedges (IsDayHedge).
      "morning", "afternoon", "evening", "night", "overnight"};
  auto is_empty = [&](const Tok& t) {
    return IsDayHedge(t.lower) ||
           std::find(std::begin(kEmpty), std::end(kEmpty), t.lower) != std::end(kEmpty);
  };
  // A period glued to a one-letter word is an abbreviation's ("a.m.",
  // "U.S."), not the end of a clause.
  auto abbreviation_point = [&](size_t k) {
    auto one_letter = [&](size_t j) {
      return toks[j].kind == TokKind::kWord && toks[j].text.size() == 1;
    };
    return toks[k].text == "." &&
           ((k > 0 && toks[k - 1].end == toks[k].begin && one_letter(k - 1)) ||
            (k + 1 < toks.size() && toks[k + 1].begin == toks[k].end && one_letter(k + 1)));
  };
  // Punctuation between two glued numbers is part of one ("3:02").
  auto inside_number = [&](size_t k) {
    return k > 0 && k + 1 < toks.size() && toks[k - 1].kind == TokKind::kNumber &&
           toks[k + 1].kind == TokKind::kNumber && toks[k - 1].end == toks[k].begin &&
           toks[k].end == toks[k + 1].begin;
  };
  auto is_boundary = [&](size_t k) {
    const Tok& t = toks[k];
    if (t.kind == TokKind::kPunct) {
      return t.text != "'" && t.text != "\"" && !abbreviation_point(k) && !inside_number(k);
    }
    return t.lower == "and" || t.lower == "but" || t.lower == "while";
  };
  // The index of the bracket that closes (forward) or opens (backward) the
  // one at `k`, or `k` when there is none: an aside in brackets ("at 3:02
  // a.m. (0002 GMT) on Tuesday") is read past, not taken for a boundary.
  auto past_brackets = [&](size_t k, bool forward) {
    const std::string_view open = forward ? "(" : ")";
    const std::string_view close = forward ? ")" : "(";
    if (toks[k].text != open) return k;
    for (size_t j = k, steps = 0; steps < 40; ++steps) {
      if (forward ? j + 1 >= toks.size() : j == 0) break;
      j = forward ? j + 1 : j - 1;
      if (toks[j].text == close) return j;
    }
    return k;
  };
  // The subject of the clause ("the ferry sank", "its crew left") names who
  // or what the story is about, not what happened: a noun right after a
  // determiner and right before a verb (any word but a preposition).
  static constexpr std::string_view kDeterminers[] = {"the", "a",     "an",  "its",
                                                      "his", "their", "her", "this"};
  static constexpr std::string_view kPrepositions[] = {"at",   "in",  "on",   "from", "to",
                                                       "of",   "by",  "near", "over", "for",
                                                       "with", "off", "into", "after"};
  auto is_subject = [&](size_t k) {
    if (k == 0 || k + 1 >= toks.size() || toks[k + 1].kind != TokKind::kWord) return false;
    const std::string& before = toks[k - 1].lower;
    const std::string& after = toks[k + 1].lower;
    return std::find(std::begin(kDeterminers), std::end(kDeterminers), before) !=
               std::end(kDeterminers) &&
           std::find(std::begin(kPrepositions), std::end(kPrepositions), after) ==
               std::end(kPrepositions);
  };
  std::vector<std::string> out;
  // A noun right before the date is what it dates ("the crash Tuesday that
  // killed 113"), not a subject.
  auto take = [&](size_t k) {
    const Tok& t = toks[k];
    if (t.kind != TokKind::kWord || t.capitalized || t.lower.size() < 3 ||
        (k + 1 != first && is_subject(k))) {
      return;
    }
    if (is_empty(t)) return;
    out.push_back(EventStem(t.lower));
  };
  // A date or time used as a modifier dates the noun after it ("the Tuesday
  // quake", "the 9 p.m. deadline", "Tuesday's crash"), not the clause around
  // it.
  if (ModifiesNoun(toks, first, last) && !is_empty(toks[last])) {
    return {EventStem(toks[last].lower)};
  }
  for (size_t k = first; k > 0;) {
    const size_t j = k - 1;
    if (const size_t open = past_brackets(j, false); open != j) {
      k = open;
      continue;
    }
    if (is_boundary(j)) break;
    take(j);
    k = j;
  }
  if (out.empty()) {
    // The time opens its clause: a timeline entry ("1:52 a.m. EST -- Last
    // radar signal ...") or "At 2 a.m., the plane vanished". Skip the
    // punctuation and the day's parts right after it ("Early Tuesday
    // morning, a quake struck"), then read to the next boundary.
    size_t k = last;
    while (k < toks.size() && ((toks[k].kind == TokKind::kPunct && toks[k].text != ".") ||
                               (is_empty(toks[k]) && !is_boundary(k)))) {
      ++k;
    }
    for (; k < toks.size(); ++k) {
      if (const size_t close = past_brackets(k, true); close != k) {
        k = close;
        continue;
      }
      if (is_boundary(k)) break;
      take(k);
    }
  }
  const std::string trigger = TriggerBefore(toks, first);
  // The aspect marker is no word's stem ("ended" stems to "end").
  if (trigger == "start" || trigger == "end") out.push_back("<" + trigger + ">");
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsTimeZone(std::string_view lower) {
  static constexpr std::string_view kZones[] = {"gmt",  "utc", "est", "edt", "et",   "cet",
                                                "cest", "bst", "pst", "pdt", "cst",  "cdt",
                                                "mst",  "mdt", "jst", "msk", "aest", "ist"};
  return std::find(std::begin(kZones), std::end(kZones), lower) != std::end(kZones);
}

std::optional<int> ParseIsoDays(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  bool ok1 = false, ok2 = false, ok3 = false;
  const int y = ParseInt(iso.substr(0, 4), &ok1);
  const int m = ParseInt(iso.substr(5, 2), &ok2);
  const int d = ParseInt(iso.substr(8, 2), &ok3);
  if (!ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

std::string FormatIsoDays(int days) {
  int y = 0, m = 0, d = 0;
  CivilFromDays(days, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
  return buf;
}

SentenceContext MakeSentenceContext(std::string_view text, std::optional<int> published_days) {
  return MakeSentenceContext(text, Tokenize(text), published_days);
}

SentenceContext MakeSentenceContext(std::string_view text, std::vector<Tok> toks,
                                    std::optional<int> published_days) {
  SentenceContext ctx;
  ctx.text = text;
  ctx.toks = std::move(toks);
  ctx.consumed.assign(ctx.toks.size(), false);
  ctx.published_days = published_days;
  return ctx;
}

std::vector<Claim> ExtractTimes(SentenceContext* ctx) {
  std::vector<Claim> out;
  const auto& toks = ctx->toks;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (ctx->consumed[i]) continue;
    auto clock = MatchClock(toks, i);
    if (!clock) continue;
    size_t last = clock->last;
    std::string normalized = FormatClock(clock->minutes);
    if (!clock->zone.empty()) normalized += " " + clock->zone;
    // A second rendering in parentheses: "5 am (0300 GMT)".
    if (IsPunct(toks, last, "(")) {
      auto other = MatchClock(toks, last + 1);
      if (other && IsPunct(toks, other->last, ")")) {
        normalized += " (" + FormatClock(other->minutes) +
                      (other->zone.empty() ? "" : " " + other->zone) + ")";
        last = other->last + 1;
      }
    }
    Claim c;
    c.fact.kind = FactKind::kTime;
    c.fact.begin = toks[i].begin;
    c.fact.end = toks[last - 1].end;
    c.fact.value = std::string(ctx->text.substr(c.fact.begin, c.fact.end - c.fact.begin));
    c.fact.normalized_text = normalized;
    c.fact.normalized = clock->minutes;
    // Clock readings are rounded: "3 a.m." for a quake at 3:02, "3:00 am"
    // in one outlet and "3:02 a.m." in another. A time agrees with another
    // within kClockSlackMinutes; one stated to the hour ("3 a.m.") covers
    // its first half hour too.
    const bool to_the_hour = c.fact.value.find(':') == std::string::npos &&
                             clock->minutes % 60 == 0 && clock->zone.empty();
    c.low = clock->minutes - kClockSlackMinutes;
    c.high = clock->minutes + (to_the_hour ? 30 : kClockSlackMinutes);
    c.head = TriggerBefore(toks, i);
    c.event_words = TimeEventWords(toks, i, last);
    c.fact.modifier = ModifiesNoun(toks, i, last);
    c.unit = clock->zone;
    c.fact.about = c.head.empty() ? "time" : c.head + " time";
    for (size_t k = i; k < last; ++k) ctx->consumed[k] = true;
    out.push_back(std::move(c));
    i = last - 1;
  }
  return out;
}

std::optional<size_t> GoverningVerb(SentenceContext* ctx, size_t tok) {
  if (!ctx->parsed) {
    ctx->parsed = true;
    const auto& tagger = tag::Tagger::Embedded();
    const auto& parser = tag::Parser::Embedded();
    if (tagger && parser) {
      ctx->penn = ToPennWords(ctx->toks);
      ctx->pos = tagger->PartsOfSpeech(ctx->penn.words);
      const std::vector<tag::Arc> arcs = parser->Parse(ctx->penn.words, ctx->pos);
      ctx->heads.reserve(arcs.size());
      ctx->relations.reserve(arcs.size());
      for (const tag::Arc& a : arcs) {
        ctx->heads.push_back(a.head);
        ctx->relations.push_back(a.relation);
      }
    }
  }
  if (ctx->heads.empty() || tok >= ctx->penn.word_of.size()) return std::nullopt;
  // A date hangs from its verb through a few nouns at most ("at a news
  // conference in Cairo Sunday night": Sunday → Cairo → night → said), and
  // within its own clause: a clausal relation on the way ("said the bombings
  // were a backlash against the stabbing in 1993": backlash → said is
  // ccomp) leads to another clause's verb.
  // ("dep": the parser could not say.)
  static constexpr std::string_view kClausal[] = {"ccomp",     "xcomp", "advcl", "acl", "csubj",
                                                  "parataxis", "conj",  "root",  "dep"};
  constexpr int kMaxSteps = 3;
  size_t w = ctx->penn.word_of[tok];
  for (int step = 0; step < kMaxSteps; ++step) {
    const std::string_view relation = ctx->relations[w];
    const std::string_view base = relation.substr(0, relation.find(':'));
    if (std::find(std::begin(kClausal), std::end(kClausal), base) != std::end(kClausal)) {
      return std::nullopt;
    }
    w = ctx->heads[w];
    if (w == tag::Arc::kRoot) return std::nullopt;
    if (ctx->pos[w].starts_with("VB")) {
      // The token holding word w (a possessive's "'s" is never a verb).
      const auto it = std::upper_bound(ctx->penn.word_of.begin(), ctx->penn.word_of.end(), w);
      return static_cast<size_t>(it - ctx->penn.word_of.begin()) - 1;
    }
  }
  return std::nullopt;
}

bool IsReportVerb(std::string_view lower) {
  static constexpr std::string_view kVerbs[] = {"said",      "says",   "told",     "tells",
                                                "announced", "stated", "reported", "added"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lower) != std::end(kVerbs);
}

bool IsSpeechVerb(std::string_view lower) {
  // Past and present ("she adds", "he recalls": features tell in the
  // present), and the verbs of a raised voice or a joke.
  static constexpr std::string_view kVerbs[] = {
      "wrote",    "writes",   "explained",     "explains",     "stressed",  "stresses",
      "insisted", "insists",  "noted",         "notes",        "warned",    "warns",
      "denied",   "denies",   "asked",         "asks",         "replied",   "replies",
      "declared", "declares", "recalled",      "recalls",      "confirmed", "confirms",
      "admitted", "admits",   "acknowledged",  "acknowledges", "tweeted",   "tweets",
      "argued",   "argues",   "claimed",       "claims",       "urged",     "urges",
      "adds",     "spoke",    "congratulated", "accused",      "expected",  "cried",
      "shouted",  "yelled",   "screamed",      "joked",        "quipped"};
  return IsReportVerb(lower) ||
         std::find(std::begin(kVerbs), std::end(kVerbs), lower) != std::end(kVerbs);
}

// A weekday as the text writes it, without a possessive ("Tuesday's" →
// "Tuesday").
std::string WithoutPossessive(std::string_view word) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return std::string(word.substr(0, word.size() - suffix.size()));
    }
  }
  return std::string(word);
}

namespace {

// Easter Sunday of a Gregorian year, as days since 1970-01-01: the
// anonymous Gregorian computus (Meeus, Astronomical Algorithms, ch. 8).
int EasterDays(int year) {
  const int golden = year % 19, century = year / 100, in_century = year % 100;
  const int leap_skips = century / 4, century_rest = century % 4;
  const int moon_fix = (century + 8) / 25;
  const int moon_shift = (century - moon_fix + 1) / 3;
  const int epact = (19 * golden + century - leap_skips - moon_shift + 15) % 30;
  const int weekday_fix =
      (32 + 2 * century_rest + 2 * (in_century / 4) - epact - in_century % 4) % 7;
  const int late = (golden + 11 * epact + 22 * weekday_fix) / 451;
  const int n = epact + weekday_fix - 7 * late + 114;
  return DaysFromCivil(year, n / 31, n % 31 + 1);
}

// The `nth` (1-based; 0 for the last) `weekday` (0 = Monday) of a month.
int NthWeekdayDays(int year, int month, int weekday, int nth) {
  if (nth == 0) {
    const int last =
        DaysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - 1;
    return last - (WeekdayOfDays(last) - weekday + 7) % 7;
  }
  const int first = DaysFromCivil(year, month, 1);
  return first + (weekday - WeekdayOfDays(first) + 7) % 7 + 7 * (nth - 1);
}

// A holiday that names one day of each year (US holidays where countries
// differ: Thanksgiving, Memorial Day, Labor Day).
struct Holiday {
  std::string_view name;                // canonical: "Thanksgiving Day"
  std::vector<std::string_view> words;  // as written, lower case, possessives dropped
  bool dated_alone;  // the words alone say it is a day ("Christmas Eve", not "Christmas")
  int (*days)(int year);
};

const std::vector<Holiday>& Holidays() {
  static const std::vector<Holiday> kHolidays = {
      {"Thanksgiving Day",
       {"thanksgiving", "day"},
       true,
       [](int y) { return NthWeekdayDays(y, 11, 3, 4); }},
      {"Thanksgiving Day",
       {"thanksgiving"},
       false,
       [](int y) { return NthWeekdayDays(y, 11, 3, 4); }},
      {"Christmas Eve", {"christmas", "eve"}, true, [](int y) { return DaysFromCivil(y, 12, 24); }},
      {"Christmas Day", {"christmas", "day"}, true, [](int y) { return DaysFromCivil(y, 12, 25); }},
      {"Christmas Day", {"christmas"}, false, [](int y) { return DaysFromCivil(y, 12, 25); }},
      {"New Year's Eve",
       {"new", "year", "eve"},
       true,
       [](int y) { return DaysFromCivil(y, 12, 31); }},
      {"New Year's Day",
       {"new", "year", "day"},
       true,
       [](int y) { return DaysFromCivil(y, 1, 1); }},
      {"Halloween", {"halloween"}, false, [](int y) { return DaysFromCivil(y, 10, 31); }},
      {"Valentine's Day",
       {"valentine", "day"},
       true,
       [](int y) { return DaysFromCivil(y, 2, 14); }},
      {"Easter Sunday", {"easter", "sunday"}, true, EasterDays},
      {"Easter Sunday", {"easter"}, false, EasterDays},
      {"Good Friday", {"good", "friday"}, true, [](int y) { return EasterDays(y) - 2; }},
      {"Memorial Day", {"memorial", "day"}, true, [](int y) { return NthWeekdayDays(y, 5, 0, 0); }},
      {"Labor Day", {"labor", "day"}, true, [](int y) { return NthWeekdayDays(y, 9, 0, 1); }},
      {"Fourth of July",
       {"fourth", "of", "july"},
       true,
       [](int y) { return DaysFromCivil(y, 7, 4); }},
  };
  return kHolidays;
}

// The holiday named at token `i` (capitalised), and its length in tokens
// (with "weekend" when it follows).
// A name that is not a day by itself ("Christmas", "Easter", "Halloween":
// also a season, an egg, a costume) is one after a preposition of time ("on
// Thanksgiving", "since Christmas"), or before a part of the day
// ("Thanksgiving morning").
std::optional<std::pair<const Holiday*, size_t>> HolidayAt(const std::vector<Tok>& toks, size_t i) {
  if (!toks[i].capitalized) return std::nullopt;
  for (const Holiday& h : Holidays()) {
    const size_t n = h.words.size();
    if (i + n > toks.size()) continue;
    bool match = true;
    for (size_t k = 0; k < n && match; ++k) {
      const Tok& t = toks[i + k];
      match = t.kind == TokKind::kWord && WithoutPossessive(t.lower) == h.words[k] &&
              (h.words[k] == "of" || t.capitalized);
    }
    if (!match) continue;
    // Part of a longer name ("the Good Friday Agreement", "Memorial Day
    // Parade"), or a longer period around the day ("the Christmas
    // holidays"). The weekend of the day is the day's ("over Easter
    // weekend": the date the outlets give for it).
    static constexpr std::string_view kPeriods[] = {"holiday", "holidays", "season",   "break",
                                                    "week",    "period",   "vacation", "recess"};
    if (i + n < toks.size() && toks[i + n].kind == TokKind::kWord &&
        (toks[i + n].capitalized || std::find(std::begin(kPeriods), std::end(kPeriods),
                                              toks[i + n].lower) != std::end(kPeriods))) {
      continue;
    }
    const bool weekend = i + n < toks.size() && toks[i + n].lower == "weekend";
    if (!h.dated_alone) {
      size_t b = i;
      while (b > 0 && IsDayHedge(toks[b - 1].lower)) --b;
      static constexpr std::string_view kBefore[] = {"on",    "since", "until", "till",   "before",
                                                     "after", "by",    "over",  "through"};
      // Lower case, or opening the sentence: "The Night Before Christmas" is a title.
      const bool preposition =
          b > 0 && (!toks[b - 1].capitalized || b == 1) &&
          std::find(std::begin(kBefore), std::end(kBefore), toks[b - 1].lower) != std::end(kBefore);
      static constexpr std::string_view kPartOfDay[] = {"morning", "afternoon", "evening", "night"};
      const bool part_of_day =
          i + n < toks.size() && std::find(std::begin(kPartOfDay), std::end(kPartOfDay),
                                           toks[i + n].lower) != std::end(kPartOfDay);
      if (!preposition && !part_of_day && !weekend) continue;
    }
    return std::pair{&h, weekend ? n + 1 : n};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Claim> ExtractDates(SentenceContext* ctx) {
  std::vector<Claim> out;
  const auto& toks = ctx->toks;
  auto emit = [&](size_t first, size_t last, std::string normalized, std::string about) {
    Claim c;
    c.fact.kind = FactKind::kDate;
    c.fact.begin = toks[first].begin;
    c.fact.end = toks[last - 1].end;
    c.fact.value = std::string(ctx->text.substr(c.fact.begin, c.fact.end - c.fact.begin));
    c.fact.normalized_text = std::move(normalized);
    c.fact.about = std::move(about);
    c.head = c.fact.normalized_text;
    // "Harrison said Sunday that ...", "told reporters on Sunday": the day of
    // a statement, not of what it reports; marked so that alignment keeps it
    // apart from the day of an event (a bond set on the same Sunday).
    size_t b = first;
    while (b > 0 && (toks[b - 1].lower == "on" || IsDayHedge(toks[b - 1].lower))) --b;
    // The dependency tree finds the statement's verb further away ("said at
    // a news conference in Cairo Sunday night"). Only "say" and "tell" are
    // read so: "who famously announced the wrong winner in 2015" dates an
    // announcement that is the event itself. The tree is asked only when
    // such a verb comes shortly before the date (parsing costs).
    auto statement_verb = [&] {
      if ((b > 0 && IsReportVerb(toks[b - 1].lower)) ||
          (last < toks.size() && IsReportVerb(toks[last].lower))) {
        return true;
      }
      static constexpr std::string_view kSayTell[] = {"said", "says", "told", "tells"};
      auto say_tell = [](const Tok& t) {
        return std::find(std::begin(kSayTell), std::end(kSayTell), t.lower) != std::end(kSayTell);
      };
      constexpr size_t kReach = 10;  // tokens between the verb and the date
      const auto from =
          toks.begin() + static_cast<std::ptrdiff_t>(first > kReach ? first - kReach : 0);
      if (std::none_of(from, toks.begin() + static_cast<std::ptrdiff_t>(first), say_tell)) {
        return false;
      }
      // Not a date that names a thing ("for the March 26 election",
      // "Thursday's 6-3 decision said").
      if (ModifiesNoun(toks, first, last) ||
          WithoutPossessive(toks[first].text).size() < toks[first].text.size()) {
        return false;
      }
      const std::optional<size_t> verb = GoverningVerb(ctx, last - 1);
      if (!verb || !say_tell(toks[*verb])) return false;
      // "He was said to have visited in July 1998" reports no statement.
      const size_t v = *verb;
      return !(v + 2 < toks.size() && toks[v + 1].lower == "to" &&
               (toks[v + 2].lower == "be" || toks[v + 2].lower == "have"));
    };
    if (statement_verb()) {
      c.verb = std::string(kStatementVerb);
      c.fact.about += ", day of a statement";  // so the reader sees why it stands apart
    }
    // What the date dates ("sank on Saturday" → sank; "the rescue began on
    // Monday" → began, start): two facts of one day are two claims, and
    // alignment groups dates by it (align.cc). A statement's day dates the
    // statement; statement days group by day.
    if (c.verb.empty()) c.event_words = TimeEventWords(toks, first, last);
    c.fact.modifier = ModifiesNoun(toks, first, last);
    // A span of days: "from Friday, April 28, to Sunday, April 30" starts on
    // the first day and ends on the last (an aspect, as "began on" gives).
    // Not for years and months, which date many facts of a story.
    const bool day = c.fact.normalized_text.size() == 10 ||
                     text::EnglishWeekday(FoldCase(c.fact.normalized_text)).has_value();
    if (day && first > 0 && !c.event_words.empty() &&
        std::none_of(c.event_words.begin(), c.event_words.end(),
                     [](const std::string& w) { return w.starts_with('<'); })) {
      const std::string& before = toks[first - 1].lower;
      std::string span;
      if (before == "from") {
        span = "<start>";
      } else if (before == "to" || before == "until" || before == "till" || before == "through") {
        for (size_t k = first - 1; k > 0 && first - k < 12; --k) {
          if (toks[k - 1].lower == "from") {
            span = "<end>";
            break;
          }
        }
      }
      if (!span.empty()) {
        c.event_words.insert(std::lower_bound(c.event_words.begin(), c.event_words.end(), span),
                             span);
      }
    }
    for (size_t k = first; k < last; ++k) ctx->consumed[k] = true;
    out.push_back(std::move(c));
  };
  auto year_at = [&](size_t k) -> std::optional<int> {
    if (k >= toks.size() || toks[k].kind != TokKind::kNumber || toks[k].text.size() != 4) {
      return std::nullopt;
    }
    bool ok = false;
    const int y = ParseInt(toks[k].text, &ok);
    if (!ok || y < 1900 || y > 2100) return std::nullopt;
    return y;
  };
  auto day_at = [&](size_t k) -> std::optional<int> {
    if (k >= toks.size() || toks[k].kind != TokKind::kNumber || toks[k].text.size() > 2) {
      return std::nullopt;
    }
    bool ok = false;
    const int d = ParseInt(toks[k].text, &ok);
    if (!ok || d < 1 || d > 31) return std::nullopt;
    return d;
  };
  std::optional<int> published_year;
  if (ctx->published_days) {
    int y = 0, m = 0, d = 0;
    CivilFromDays(*ctx->published_days, &y, &m, &d);
    published_year = y;
  }
  auto iso = [](int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
    return std::string(buf);
  };

  for (size_t i = 0; i < toks.size(); ++i) {
    if (ctx->consumed[i] || toks[i].kind == TokKind::kPunct) continue;
    // ISO dates arrive as "2016-12-13" in one token.
    if (auto days = ParseIsoDays(toks[i].text); days && toks[i].text.size() == 10) {
      emit(i, i + 1, FormatIsoDays(*days), FormatIsoDays(*days));
      continue;
    }
    // A day named from the day of writing ("yesterday", "last night",
    // "this morning"), resolved against the publication day; without one
    // it stays as written. Not a possessive ("today's world"), nor
    // "Today" inside a sentence ("USA Today", a show).
    if (toks[i].kind == TokKind::kWord && (!toks[i].capitalized || i == 0)) {
      std::optional<int> offset;
      size_t length = 1;
      if (i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord) {
        offset = text::EnglishRelativeDay(toks[i].lower + " " + toks[i + 1].lower);
        length = 2;
      }
      if (!offset) {
        offset = text::EnglishRelativeDay(toks[i].lower);
        length = 1;
      }
      // "Today" dates an event only with a verb in the past tense ("forces
      // pounded positions today", "officials said today"); with the present
      // or a plan it is the present day at large ("Today, few experts
      // dispute ...", "the kids today", "the board will hear ... today").
      auto past_event = [&] {
        const std::optional<size_t> verb = GoverningVerb(ctx, i);
        return verb && ctx->pos[ctx->penn.word_of[*verb]] == "VBD";
      };
      const Tok& end = toks[i + length - 1];
      if (offset && WithoutPossessive(end.text).size() == end.text.size() &&
          (toks[i].lower != "today" || length != 1 || past_event())) {
        std::string phrase = toks[i].lower + (length == 2 ? " " + toks[i + 1].lower : "");
        std::string norm =
            ctx->published_days ? FormatIsoDays(*ctx->published_days + *offset) : phrase;
        emit(i, i + length, std::move(norm), std::move(phrase));
        i += length - 1;
        continue;
      }
    }
    // A holiday: its day in the year nearest the publication day (the one
    // ahead when the clause looks forward), else its name.
    if (auto holiday = HolidayAt(toks, i)) {
      const auto& [h, n] = *holiday;
      std::string norm(h->name);
      if (ctx->published_days) {
        int y = 0, m = 0, d = 0;
        CivilFromDays(*ctx->published_days, &y, &m, &d);
        const int pub = *ctx->published_days;
        const bool future = FutureWeekday(toks, i);
        int best = h->days(future ? y + 1 : y - 1);
        for (int year : {y - 1, y, y + 1}) {
          const int day = h->days(year);
          if (future ? (day >= pub && day < best) : (day <= pub && day > best)) best = day;
        }
        norm = FormatIsoDays(best);
      }
      const bool weekend = toks[i + n - 1].lower == "weekend";
      emit(i, i + n, std::move(norm),
           weekend ? std::string(h->name) + " weekend" : std::string(h->name));
      i += n - 1;
      continue;
    }
    if (toks[i].capitalized) {
      if (auto month = MonthOf(toks[i].text)) {
        size_t k = i + 1;
        if (IsPunct(toks, k, ".")) ++k;  // "Dec."
        if (auto day = day_at(k)) {
          // Month Day[, Year]
          size_t last = k + 1;
          std::optional<int> year;
          if (IsPunct(toks, last, ",") && year_at(last + 1)) {
            year = year_at(last + 1);
            last += 2;
          } else if (year_at(last)) {
            year = year_at(last);
            last += 1;
          }
          const int y = year ? *year : published_year.value_or(0);
          std::string norm = y ? iso(y, *month, *day) : iso(0, *month, *day).substr(5);
          emit(i, last, norm, norm);
          i = last - 1;
          continue;
        }
        if (auto year = year_at(k)) {  // "March 2011"
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-%02d", *year % 10000, *month % 100);
          emit(i, k + 1, buf, buf);
          i = k;
          continue;
        }
        // A month alone after a word of time ("in July", "since February",
        // "last September"): the nearest such month on or before the
        // publication day (after it when the clause looks forward), else the
        // month's name.
        static constexpr std::string_view kBeforeMonth[] = {
            "in",   "since", "until", "till",  "by",   "from", "during",
            "last", "this",  "next",  "early", "late", "mid"};
        if (i > 0 && !toks[i - 1].capitalized &&
            std::find(std::begin(kBeforeMonth), std::end(kBeforeMonth), toks[i - 1].lower) !=
                std::end(kBeforeMonth) &&
            toks[i].text.size() >= 3) {
          std::string norm(toks[i].text);
          if (ctx->published_days) {
            int y = 0, m = 0, d = 0;
            CivilFromDays(*ctx->published_days, &y, &m, &d);
            const bool future = FutureWeekday(toks, i);
            int year = future ? (*month >= m ? y : y + 1) : (*month <= m ? y : y - 1);
            // "in January last year", "in February of last year".
            const size_t w = i + 1 < toks.size() && toks[i + 1].lower == "of" ? i + 2 : i + 1;
            if (w + 1 < toks.size() && toks[w + 1].lower == "year") {
              if (toks[w].lower == "last") year = y - 1;
              if (toks[w].lower == "next") year = y + 1;
              if (toks[w].lower == "this") year = y;
            }
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d", year % 10000, *month % 100);
            norm = buf;
          }
          emit(i, i + 1, norm, std::string(toks[i].text));
          continue;
        }
      }
      const std::string day_name = WithoutPossessive(toks[i].text);
      if (const std::optional<int> weekday = text::EnglishWeekday(FoldCase(day_name))) {
        const int wd = *weekday;
        std::string norm = day_name;
        if (ctx->published_days) {
          const bool future = FutureWeekday(toks, i);
          // "next Monday" / "until Monday" in a Monday article is a week on;
          // "will meet on Monday" may be today.
          const bool week_on =
              i > 0 && (IsLowerWord(toks, i - 1, "until") || IsLowerWord(toks, i - 1, "next") ||
                        IsLowerWord(toks, i - 1, "till"));
          const int pub = *ctx->published_days;
          const int delta = (wd - WeekdayOfDays(pub) + 7) % 7;
          const int day =
              future ? pub + (delta == 0 && week_on ? 7 : delta) : pub - (7 - delta) % 7;
          norm = FormatIsoDays(day);
        }
        emit(i, i + 1, norm, day_name);
      }
      if (!out.empty() && out.back().fact.end == toks[i].end) continue;
    }
    // "the 13th of July [2018]".
    if (toks[i].kind == TokKind::kWord && i + 2 < toks.size() && toks[i + 1].lower == "of" &&
        toks[i + 2].capitalized) {
      const std::string& w = toks[i].lower;
      const bool ordinal =
          w.size() >= 3 && w.size() <= 4 &&
          (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")) &&
          w[0] >= '0' && w[0] <= '9';
      if (ordinal) {
        bool ok = false;
        const int d = ParseInt(w.substr(0, w.size() - 2), &ok);
        auto month = MonthOf(toks[i + 2].text);
        if (ok && d >= 1 && d <= 31 && month) {
          size_t last = i + 3;
          std::optional<int> year = year_at(last);
          if (year) ++last;
          const int y = year ? *year : published_year.value_or(0);
          std::string norm = y ? iso(y, *month, d) : iso(0, *month, d).substr(5);
          emit(i, last, norm, norm);
          i = last - 1;
          continue;
        }
      }
    }
    // Day Month [Year]: "13 December 2016".
    if (auto day = day_at(i); day && i + 1 < toks.size() && toks[i + 1].capitalized) {
      if (auto month = MonthOf(toks[i + 1].text); month && toks[i + 1].text.size() >= 3) {
        size_t last = i + 2;
        std::optional<int> year = year_at(last);
        if (year) ++last;
        const int y = year ? *year : published_year.value_or(0);
        std::string norm = y ? iso(y, *month, *day) : iso(0, *month, *day).substr(5);
        emit(i, last, norm, norm);
        i = last - 1;
        continue;
      }
    }
    // A year after a preposition: "since 2012", "in 2011".
    if (auto year = year_at(i); year && i > 0) {
      const std::string prev = toks[i - 1].lower;
      if (prev == "in" || prev == "since" || prev == "until" || prev == "by" || prev == "of" ||
          prev == "from" || prev == "before" || prev == "after" || prev == "to") {
        emit(i, i + 1, std::to_string(*year), std::to_string(*year));
      }
    }
  }
  return out;
}

}  // namespace crosswire::corroborate
