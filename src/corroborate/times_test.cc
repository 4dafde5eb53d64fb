#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

struct TimeCase {
  const char* text;
  const char* value;
  const char* normalized;
};

// Each case's sentence gives one date: its value as written and its
// normalised form, read against the publication day when there is one.
template <size_t N>
void ExpectOneDateEach(const TimeCase (&cases)[N], std::optional<int> published = std::nullopt) {
  for (const TimeCase& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text, published);
    auto dates = ExtractDates(&ctx);
    ASSERT_EQ(dates.size(), 1u) << c.text;
    EXPECT_EQ(dates[0].fact.value, c.value) << c.text;
    EXPECT_EQ(dates[0].fact.normalized_text, c.normalized) << c.text;
  }
}

// The day of a statement ("said Sunday") never joins the day of an event
// reported on the same weekday ("a judge set bond Sunday").
TEST(ExtractDatesTest, AStatementsDayIsApartFromAnEventsDay) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"A judge set bond on Sunday.", "Hayes was arrested Sunday.", "together"},
      {"Superintendent Harrison said Sunday that police would get the video.",
       "A judge set bond on Sunday.", "apart"},
      {"Police said on Sunday that he had died.",
       "The superintendent said on Sunday that it was a road rage.", "together"},
  };
  for (const auto& [a, b, expected] : cases) {
    std::vector<Claim> claims;
    for (size_t art = 0; art < 2; ++art) {
      SentenceContext ctx = MakeSentenceContext(art == 0 ? a : b);
      for (Claim c : ExtractDates(&ctx)) {
        c.fact.article = art;
        claims.push_back(std::move(c));
      }
    }
    ASSERT_EQ(claims.size(), 2u) << a << " | " << b;
    if (std::string(a).find("said") != std::string::npos) {
      EXPECT_EQ(claims[0].fact.about, "Sunday, day of a statement") << a;
    }
    const size_t groups = Align(std::move(claims)).size();
    EXPECT_EQ(groups == 1 ? "together" : "apart", std::string(expected)) << a << " | " << b;
  }
}

// A statement's day away from its verb is found in the dependency tree: the
// day hangs from "said" or "told" within its clause. A day in a reported
// clause, a date naming a thing, and "was said to have" date no statement;
// nor does a verb that is the event itself ("announced the wrong winner").
TEST(ExtractDatesTest, FindsAStatementsDayInTheTree) {
  const std::pair<const char*, bool> cases[] = {
      {"Piccard, a pilot, said at a news conference in Cairo Sunday night that they were tired.",
       true},
      {"Maria Velmar told reporters at the harbour on Tuesday that the ferry was lost.", true},
      {"Officials said the ferry was lost on Tuesday after the storm.", false},
      {"Velmar said in a meeting with workers in his campaign for the March 26 election.", false},
      {"He was said to have visited the harbour in July 1998.", false},
      {"Dan Velmar, who famously announced the wrong winner in 2015, tweeted again.", false},
      {"The league said the bombings were a backlash against the stabbing in 1993.", false},
      {"Officials said the ferry should be sent back to the harbour by Jan. 14.", false},
  };
  for (const auto& [text, statement] : cases) {
    SentenceContext ctx = MakeSentenceContext(text);
    const std::vector<Claim> dates = ExtractDates(&ctx);
    ASSERT_EQ(dates.size(), 1u) << text;
    EXPECT_EQ(dates[0].verb == kStatementVerb, statement) << text;
  }
}

// What a date dates is read from its clause: abbreviation points ("a.m."),
// the colon of a clock reading and an aside in brackets do not end the
// clause; parts of the day and their hedges are the date's, not the event's;
// a date before a noun ("the Tuesday quake") dates that noun; "said early
// Tuesday" is a statement's day.
TEST(ExtractDatesTest, ReadsWhatTheDateDates) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      // (The clause's subject, "the storm", names who or what, not what
      // happened, and is left out.)
      {"The storm hit the coast at 3:02 a.m. (0002 GMT) on Tuesday and weakened.",
       {"coast", "hit"}},
      {"Early Tuesday morning, a storm flooded the harbour.", {"flood", "harbour"}},
      {"Together, the storms lasted about an hour at 3 a.m. Tuesday, he told the station.",
       {"hour", "last"}},
      {"The town is far from the site of the Tuesday storm.", {"storm"}},
      {"Rescuers reached two harbours late on Tuesday.", {"harbour", "reach", "two"}},
      // A possessive date dates its noun; a noun right before the date is
      // what it dates, not a subject.
      {"In the wake of Tuesday's flood, the mayor resigned.", {"flood"}},
      {"They survived the flood Tuesday that ruined the town.", {"flood", "surviv"}},
      // What happened to people is one event in any of its words.
      {"Four miners died Tuesday in the flood.", {"kill", "miner"}},
      {"Four miners were killed Tuesday in the flood.", {"kill", "miner"}},
      {"The guards were hurt Tuesday.", {"wound"}},
      {"The guards suffered injuries Tuesday.", {"suffer", "wound"}},
  };
  for (const auto& [text, expected] : cases) {
    SentenceContext ctx = MakeSentenceContext(text);
    const std::vector<Claim> dates = ExtractDates(&ctx);
    ASSERT_EQ(dates.size(), 1u) << text;
    EXPECT_EQ(dates[0].event_words, expected) << text;
  }
  SentenceContext ctx =
      MakeSentenceContext("Turkish reports said early Tuesday that 27 aftershocks followed.");
  const std::vector<Claim> dates = ExtractDates(&ctx);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].fact.about, "Tuesday, day of a statement");
}

// A date that modifies a noun dates the noun, not what its sentence states:
// it is marked so, and citations do not rest on it.
TEST(ExtractDatesTest, MarksDatesThatModifyANoun) {
  const std::pair<const char*, bool> cases[] = {
      {"In the aftermath of Tuesday's crash, pilots met.", true},
      {"Divers reached the Tuesday wreck at noon.", true},
      {"The jet crashed Tuesday near Paris.", false},
      {"The jet crashed on Tuesday, officials said.", false},
  };
  for (const auto& [text, modifier] : cases) {
    SentenceContext ctx = MakeSentenceContext(text);
    const std::vector<Claim> dates = ExtractDates(&ctx);
    ASSERT_EQ(dates.size(), 1u) << text;
    EXPECT_EQ(dates[0].fact.modifier, modifier) << text;
  }
}

TEST(ExtractTimesTest, NormalisesClockTimes) {
  const TimeCase cases[] = {
      {"starting 5 am on Wednesday", "5 am", "05:00"},
      {"scheduled to start at 5 am (0300 GMT).", "5 am (0300 GMT)", "05:00 (03:00 GMT)"},
      {"due to begin at 5.00am (3.00am GMT) but", "5.00am (3.00am GMT)", "05:00 (03:00 GMT)"},
      {"at 5 a.m. local time", "5 a.m", "05:00"},
      {"took off at 9:05 a.m. local time (0705 GMT) and", "9:05 a.m. local time (0705 GMT)",
       "09:05 (07:05 GMT)"},
      {"by 11:30 pm", "11:30 pm", "23:30"},
      {"at 17:45 GMT", "17:45 GMT", "17:45 GMT"},
      {"at noon", "noon", "12:00"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text);
    auto times = ExtractTimes(&ctx);
    ASSERT_EQ(times.size(), 1u) << c.text;
    EXPECT_EQ(times[0].fact.value.substr(0, std::string(c.value).size()), c.value) << c.text;
    EXPECT_EQ(times[0].fact.normalized_text, c.normalized) << c.text;
  }
}

TEST(ExtractTimesTest, StartAndBeginAreOneEvent) {
  SentenceContext a = MakeSentenceContext("evacuation was scheduled to start at 5 am");
  SentenceContext b = MakeSentenceContext("the withdrawal had been due to begin at 5.00am");
  EXPECT_EQ(ExtractTimes(&a).at(0).head, "start");
  EXPECT_EQ(ExtractTimes(&b).at(0).head, "start");
}

// Outlets round clock readings: "3 a.m." for 3:02, "3:00" against "3:02".
TEST(ExtractTimesTest, RoundedReadingsOfOneTimeAgree) {
  auto time_of = [](const char* text) {
    SentenceContext ctx = MakeSentenceContext(text);
    return ExtractTimes(&ctx).at(0);
  };
  const Claim hour = time_of("the dam broke at 4 a.m.");
  const Claim precise = time_of("the dam broke at 4:12 a.m.");
  const Claim close = time_of("the dam broke at 4:15 a.m.");
  const Claim later = time_of("the dam broke at 4:45 a.m.");
  auto agree = [](const Claim& a, const Claim& b) { return a.low <= b.high && b.low <= a.high; };
  EXPECT_TRUE(agree(hour, precise));
  EXPECT_TRUE(agree(precise, close));
  EXPECT_FALSE(agree(hour, later));
  EXPECT_FALSE(agree(precise, later));
}

TEST(ExtractTimesTest, IgnoresNumbersThatAreNotTimes) {
  for (const char* text : {"82 civilians", "in 2016", "15,000 people", "5 buses"}) {
    SentenceContext ctx = MakeSentenceContext(text);
    EXPECT_TRUE(ExtractTimes(&ctx).empty()) << text;
  }
}

TEST(ExtractDatesTest, NormalisesDates) {
  const TimeCase cases[] = {
      {"on December 13, 2016.", "December 13, 2016", "2016-12-13"},
      {"on 13 December 2016 the", "13 December 2016", "2016-12-13"},
      {"since March 2011", "March 2011", "2011-03"},
      {"since 2012", "2012", "2012"},
      {"on 2016-12-14", "2016-12-14", "2016-12-14"},
      {"shelling on Wednesday", "Wednesday", "Wednesday"},
      {"will visit on the 13th of July, the", "13th of July", "07-13"},
      {"after Tuesday's vote", "Tuesday's", "Tuesday"},  // a possessive dates its noun
  };
  ExpectOneDateEach(cases);
}

// A holiday names its day: in the year the clause points to from the
// publication day (Easter by the Gregorian computus, Thanksgiving the fourth
// Thursday of November), or by its name without one. A name that is not a
// day by itself needs a preposition of time or a part of the day; a longer
// name, a title or a period around the day is no date.
TEST(ExtractDatesTest, HolidaysNameTheirDay) {
  struct HolidayCase {
    const char* text;
    const char* published;  // "" for none
    const char* value;      // "" for no date
    const char* normalized;
  };
  const HolidayCase cases[] = {
      {"He was found dead early Thanksgiving morning.", "2015-11-28", "Thanksgiving", "2015-11-26"},
      {"He died before dawn on Thanksgiving Day.", "", "Thanksgiving Day", "Thanksgiving Day"},
      {"The church was full on Easter Sunday.", "2016-04-02", "Easter Sunday", "2016-03-27"},
      {"The church was full on Easter Sunday.", "2019-05-01", "Easter Sunday", "2019-04-21"},
      {"The plant reopened after Good Friday.", "2000-05-01", "Good Friday", "2000-04-21"},
      {"The strike began on Labor Day.", "2015-09-10", "Labor Day", "2015-09-07"},
      {"The euro will be launched on New Year's Day.", "1998-10-22", "New Year's Day",
       "1999-01-01"},
      {"They put up a Christmas tree.", "2015-12-01", "", ""},
      {"She read The Night Before Christmas aloud.", "2015-12-01", "", ""},
      {"Pompeo met Kim over Easter weekend.", "2018-04-18", "Easter weekend", "2018-04-01"},
      {"Shops closed for the Christmas holidays.", "2018-12-30", "", ""},
      {"The Good Friday Agreement held.", "2018-04-18", "", ""},
  };
  for (const auto& c : cases) {
    std::optional<int> published;
    if (*c.published != '\0') published = *ParseIsoDays(c.published);
    SentenceContext ctx = MakeSentenceContext(c.text, published);
    std::vector<Claim> dates;
    for (Claim& d : ExtractDates(&ctx)) {
      if (!text::EnglishWeekday(FoldCase(d.fact.value))) dates.push_back(std::move(d));
    }
    if (*c.value == '\0') {
      EXPECT_TRUE(dates.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(dates.size(), 1u) << c.text;
    EXPECT_EQ(dates[0].fact.value, c.value) << c.text;
    EXPECT_EQ(dates[0].fact.normalized_text, c.normalized) << c.text << " " << c.published;
  }
}

// A month alone after a word of time is the nearest such month on or before
// the publication day (after it when the clause looks forward, or the year
// the text names), else its name; a month without such a word is no date.
TEST(ExtractDatesTest, MonthsAloneAfterAWordOfTime) {
  const int published = *ParseIsoDays("2016-04-14");
  const TimeCase cases[] = {
      {"The plant has been shut since February.", "February", "2016-02"},
      {"The accord was signed last December in Ashby.", "December", "2015-12"},
      {"The president will visit in July.", "July", "2016-07"},
      {"She was invited in January last year.", "January", "2015-01"},
      {"They first met in February of last year.", "February", "2015-02"},
  };
  ExpectOneDateEach(cases, published);
  SentenceContext unresolved = MakeSentenceContext("The plant has been shut since February.");
  ASSERT_EQ(ExtractDates(&unresolved).size(), 1u);
  SentenceContext march =
      MakeSentenceContext("March organisers said the route was set.", published);
  EXPECT_TRUE(ExtractDates(&march).empty());
}

// A weekday in the plural is a habit, not a date.
TEST(ExtractDatesTest, PluralWeekdaysAreNoDate) {
  SentenceContext ctx = MakeSentenceContext("The council meets on Tuesdays.");
  EXPECT_TRUE(ExtractDates(&ctx).empty());
}

TEST(ExtractDatesTest, ResolvesWeekdaysAgainstPublicationDate) {
  const int published = *ParseIsoDays("2016-12-14");  // a Wednesday
  const TimeCase cases[] = {
      {"Russia on Tuesday declared", "Tuesday", "2016-12-13"},
      {"shelling on Wednesday", "Wednesday", "2016-12-14"},
      {"may be delayed until Thursday", "Thursday", "2016-12-15"},
      {"on Dec. 14 the", "Dec. 14", "2016-12-14"},
      {"Tuesday's attack killed", "Tuesday's", "2016-12-13"},
  };
  for (const auto& c : cases) {
    SentenceContext ctx = MakeSentenceContext(c.text, published);
    auto dates = ExtractDates(&ctx);
    ASSERT_EQ(dates.size(), 1u) << c.text;
    EXPECT_EQ(dates[0].fact.normalized_text, c.normalized) << c.text;
  }
}

// A day counted from the day of writing is resolved against the publication
// day, and stays as written without one; "today" dates an event only in the
// past tense ("Today, few experts dispute it" is the present at large), and
// a possessive or "USA Today" is no date.
TEST(ExtractDatesTest, ResolvesDaysCountedFromTheDayOfWriting) {
  const int published = *ParseIsoDays("2016-12-14");
  const TimeCase cases[] = {
      {"The ferry sank yesterday off the coast.", "yesterday", "2016-12-13"},
      {"Rescuers found the wreck last night, officials said.", "last night", "2016-12-13"},
      {"Forces pounded the town today.", "today", "2016-12-14"},
      {"The talks resume tomorrow in Ashby.", "tomorrow", "2016-12-15"},
      {"Yesterday, the mayor resigned.", "Yesterday", "2016-12-13"},
  };
  ExpectOneDateEach(cases, published);
  SentenceContext undated = MakeSentenceContext("The ferry sank yesterday.");
  auto dates = ExtractDates(&undated);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].fact.normalized_text, "yesterday");
  for (const char* text : {"Today, few experts dispute the figures.", "But the kids today?",
                           "Today's world is faster.", "The board will hear comments today.",
                           "She told USA Today the ferry was late."}) {
    SentenceContext ctx = MakeSentenceContext(text, published);
    EXPECT_TRUE(ExtractDates(&ctx).empty()) << text;
  }
}

// Resolved, "yesterday" agrees with the weekday another outlet writes for
// that day; two outlets' "yesterday" a day apart are never a dispute (a
// publication day is read in some time zone).
TEST(ExtractDatesTest, ARelativeDayAgreesWhenResolvedAndNeverConflicts) {
  auto claims_of = [](const char* text, const char* published, size_t article) {
    SentenceContext ctx = MakeSentenceContext(text, ParseIsoDays(published));
    std::vector<Claim> out = ExtractDates(&ctx);
    for (Claim& c : out) {
      c.fact.article = article;
      c.published_text = published;
      c.context_bag = ContentBag(ctx.toks);
    }
    return out;
  };
  std::vector<Claim> claims = claims_of("The ferry sank yesterday near Ashby.", "2016-12-14", 0);
  for (Claim& c : claims_of("The ferry sank on Tuesday near Ashby.", "2016-12-15", 1)) {
    claims.push_back(std::move(c));
  }
  auto agreed = Align(claims);
  ASSERT_EQ(agreed.size(), 1u);
  EXPECT_EQ(agreed[0].verdict, Verdict::kAgree);
  claims.pop_back();
  for (Claim& c : claims_of("The ferry sank yesterday near Ashby.", "2016-12-15", 1)) {
    claims.push_back(std::move(c));
  }
  for (const FactGroup& g : Align(claims)) EXPECT_NE(g.verdict, Verdict::kConflict) << g.about;
}

// A weekday in a clause about what is to come (a modal, "is scheduled to",
// "plans to", "next", "until") is the coming day; one in a past clause, or the
// day of a statement, is the last such day. Published on a Sunday.
TEST(ExtractDatesTest, FutureWeekdaysResolveForward) {
  const int published = *ParseIsoDays("2016-12-11");  // a Sunday
  const std::tuple<const char*, std::vector<std::string>> cases[] = {
      {"The ministers will meet on Tuesday.", {"2016-12-13"}},
      {"The trial is scheduled to resume Friday.", {"2016-12-16"}},
      {"The company plans to reopen the plant on Wednesday.", {"2016-12-14"}},
      {"Talks are expected to begin Thursday in the capital.", {"2016-12-15"}},
      {"Talks resume next Monday.", {"2016-12-12"}},
      {"On Thursday, the two leaders will sign the accord.", {"2016-12-15"}},
      {"They'll fly home Friday.", {"2016-12-16"}},
      {"The leaders may play golf again on Wednesday.", {"2016-12-14"}},
      {"The crew may have died on Friday.", {"2016-12-09"}},
      {"The ferry sank on Saturday.", {"2016-12-10"}},
      {"Police said on Friday that the ferry will be raised.", {"2016-12-09"}},
      {"The captain is believed to have died on Friday.", {"2016-12-09"}},
      {"The army sent troops to the town on Thursday.", {"2016-12-08"}},
      {"He was arrested on Saturday and will appear in court on Tuesday.",
       {"2016-12-10", "2016-12-13"}},
      {"He will appear in court after he was arrested Saturday.", {"2016-12-10"}},
      {"He is due to appear before Ashby Magistrates' Court on Tuesday.", {"2016-12-13"}},
      {"The envoys will meet on Sunday.", {"2016-12-11"}},
      {"The ceasefire holds until Sunday.", {"2016-12-18"}},
      // "be to" + a verb is a plan, in the past tense too.
      {"The study was to be published in Wednesday's journal.", {"2016-12-14"}},
      {"The envoys are to meet on Tuesday.", {"2016-12-13"}},
      {"The envoys were to blame for the delay on Friday.", {"2016-12-09"}},
      // Two verbs of one clause share its auxiliary; "and" before a subject
      // opens another clause.
      {"The balloon will hover and make its final descent at dawn Friday.", {"2016-12-16"}},
      {"The talks will go on and the army withdrew on Friday.", {"2016-12-09"}},
  };
  for (const auto& [text, expected] : cases) {
    SentenceContext ctx = MakeSentenceContext(text, published);
    std::vector<std::string> got;
    for (const Claim& c : ExtractDates(&ctx)) got.push_back(c.fact.normalized_text);
    EXPECT_EQ(got, expected) << text;
  }
}

TEST(IsoDaysTest, RoundTrips) {
  for (const char* d : {"1970-01-01", "2016-12-14", "2000-02-29", "2018-04-17"}) {
    auto days = ParseIsoDays(d);
    ASSERT_TRUE(days.has_value()) << d;
    EXPECT_EQ(FormatIsoDays(*days), d);
  }
  EXPECT_TRUE(ParseIsoDays("2016-12-14T08:00:00Z").has_value());
  EXPECT_FALSE(ParseIsoDays("yesterday").has_value());
}

}  // namespace
}  // namespace crosswire::corroborate
