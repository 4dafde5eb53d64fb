// The boilerplate classifier on lines written from the labelling rules of
// docs/boilerplate.md (none is copied from the data), the agency-tag rule, and
// the splitter's use of both.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "boilerplate_features.h"
#include "crosswire/text.h"

namespace crosswire::text {
namespace {

struct LineCase {
  std::string_view rule;  // the rule of docs/boilerplate.md the line illustrates
  std::string_view text;
  size_t index;             // position in a 30-unit article
  bool boilerplate;         // what the rules say
  bool known_miss = false;  // the model gets it wrong (docs/boilerplate.md, known errors)
};

// Lines made up for this test, one or more per rule, and story sentences of
// the kinds the classifier must leave alone (quotes, short sentences, numbers).
const std::vector<LineCase>& Cases() {
  static const std::vector<LineCase> cases = {
      // R1 social-media embeds.
      {"R1 signature", "— Maria Lopez (@mlopez_news) October 9, 2018", 12, true},
      {"R1 signature", "— City Fire Dept (@cityfire) March 22, 2015", 5, true},
      {"R1 embed link", "pic.twitter.com/Ab3dEf9XyZ", 13, true},
      {"R1 platform text", "A post shared by Pat Kim (@patkim) on Jul 4, 2016 at 9:12am PDT", 8,
       true},
      // R2 media players.
      {"R2 player", "Media playback is unsupported on your device", 2, true},
      {"R2 player", "Your browser does not support HTML5 video.", 3, true, true},
      // R3 credits and captions (captions ending in a credit are the fixed lists' job).
      {"R3 credit", "Image copyright Reuters", 1, true},
      // R4 call-outs.
      {"R4 call-out", "Sign up for our free morning newsletter", 29, true},
      {"R4 call-out", "Follow us on Twitter and Facebook", 28, true},
      // R10 calls to action, R11 gallery captions, R12 bracketed related links.
      {"R10 call to action", "Click here to read the full report.", 21, true},
      {"R10 call to action", "Download our app to get breaking news alerts.", 26, true},
      {"R10 call to action", "Already a subscriber?", 27, true, true},
      {"R11 gallery caption", "Hide Caption 3 of 12 Photos: Firefighters on the roof of the mill.",
       6, true},
      {"R12 bracketed link", "[Why the river keeps flooding the valley]", 11, true, true},
      // Calls to action in the middle of a line (bag of words, issue 11): after
      // a title, or "click here" after a long clause.
      {"R4 call-out after a title",
       "Morning Ledger Sign up for our must-read newsletter on what moves the markets.", 14, true},
      {"R4 click here last", "For a full list of the nominees, click here.", 18, true, true},
      {"R10 click here last", "To read the whole interview with the coach, click here.", 22, true,
       true},
      // R13 site errors, R14 contact lines.
      {"R13 site error", "Sorry, the page you are looking for could not be found.", 4, true, true},
      {"R13 site error", "This video is not available right now.", 2, true},
      {"R13 site error", "Something went wrong. Please try again later.", 3, true},
      {"R14 contact line", "Contact Dana Reyes at 555-201-3344.", 29, true},
      {"R14 contact line", "Follow Dana Reyes on Twitter: @danareyes", 28, true},
      // R5 site chrome and legal notices.
      {"R5 legal", "Copyright 2017 The Daily Example. All rights reserved.", 29, true},
      // Content: running text, quotes, short sentences, numbers, questions.
      {"content", "The senator said the bill would reach the floor next week.", 3, false},
      {"content",
       "Rescue teams searched the flooded valley for a second day on Sunday, officials said.", 1,
       false},
      {"content", "\"We will rebuild this town,\" the mayor told reporters.", 7, false},
      {"content", "The company lost $2.3 billion in the third quarter, down from 2016.", 9, false},
      {"content", "Why did the bridge fail? Engineers say corrosion was to blame.", 15, false},
      {"content", "He was 54.", 20, false},
      {"content", "Police arrested three men in connection with the attack on Friday.", 0, false},
      // Content that speaks of pages, apps, sign-ups or "you": the words alone
      // must not make a line furniture.
      {"content", "\"You never forget a night like that,\" the firefighter said.", 12, false},
      {"content", "The app was downloaded four million times in its first week.", 6, false},
      {"content", "More than 2,000 residents signed up for the buyout program by March.", 10,
       false},
      {"content", "Our reporters found that the agency had missed three inspections.", 8, false},
      {"content", "The website crashed within minutes of the ticket sale opening.", 5, false},
  };
  return cases;
}

TEST(BoilerplateTest, LinesWrittenFromTheRules) {
  for (const LineCase& c : Cases()) {
    const BoilerplateUnit unit{c.text, c.index, 30, false};
    EXPECT_EQ(IsBoilerplate(unit), c.boilerplate != c.known_miss)
        << c.rule << ": " << c.text << " (p = " << BoilerplateProbability(unit) << ")";
  }
}

TEST(BoilerplateTest, ModelIsLoadedAndDeterministic) {
  const double threshold = BoilerplateThreshold();
  EXPECT_GT(threshold, 0.0);
  EXPECT_LT(threshold, 1.0);
  EXPECT_FALSE(internal::CompiledModel().weights.empty());
  for (const LineCase& c : Cases()) {
    const BoilerplateUnit unit{c.text, c.index, 30, false};
    const double p = BoilerplateProbability(unit);
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
    EXPECT_EQ(p, BoilerplateProbability(unit)) << c.text;
  }
}

TEST(BoilerplateTest, EmptyAndOddUnitsDoNotCrash) {
  for (std::string_view text : {"", " ", "—", "@", "#", "\xe2\x80\x94 (@)", "0:00"}) {
    const double p = BoilerplateProbability({text, 0, 0, false});
    EXPECT_GE(p, 0.0) << text;
    EXPECT_LE(p, 1.0) << text;
  }
}

TEST(BoilerplateTest, NormalizedLinesIgnoreCaseAndDigits) {
  EXPECT_EQ(internal::NormalizeLine("Updated 3:45 PM, May 2"), "updated 000 pm may 0");
  EXPECT_EQ(internal::LineHash("Sign up  NOW"), internal::LineHash("sign up now"));
  EXPECT_NE(internal::LineHash("sign up now"), internal::LineHash("sign up later"));
}

// The line table is keyed by FNV-1a 64 of the normalised line; LineHash
// hashes word by word without building the line, so pin it to the plain
// hash of NormalizeLine (the trained table's keys were made that way).
TEST(BoilerplateTest, LineHashIsFnv1aOfTheNormalizedLine) {
  auto fnv1a = [](std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    return h;
  };
  for (std::string_view line : {"", "  ", "Sign up  NOW", "— Jane Doe (@jdoe) May 3, 2016",
                                "Ünïcode wörds, 12 of 40", "*** ---", "a"}) {
    EXPECT_EQ(internal::LineHash(line), fnv1a(internal::NormalizeLine(line))) << line;
    EXPECT_EQ(internal::LineHash(internal::SplitUnitWords(line)), internal::LineHash(line)) << line;
  }
}

// Splitting a unit once and passing its words gives the features and the
// probability that splitting it afresh gives.
TEST(BoilerplateTest, PreSplitWordsGiveTheSameFeatures) {
  for (std::string_view text :
       {"Sign up for our newsletter", "Follow us on Twitter @example http://t.co/x",
        "The council closed the mill on Tuesday, May 3, 2016.", "", "Copyright (C) 2016 ACME",
        "WWW.EXAMPLE.COM/NEWS — 12 of 40"}) {
    const BoilerplateUnit unit{text, 1, 5, false, 0.5f};
    const internal::UnitWords words = internal::SplitUnitWords(text);
    std::vector<internal::Feature> fresh, split;
    internal::ExtractFeatures(unit, 2, &fresh);
    internal::ExtractFeatures(unit, words, 2, &split);
    ASSERT_EQ(fresh.size(), split.size()) << text;
    for (size_t k = 0; k < fresh.size(); ++k) {
      EXPECT_EQ(fresh[k].index, split[k].index) << text;
      EXPECT_EQ(fresh[k].value, split[k].value) << text;
    }
    EXPECT_EQ(internal::BoilerplateProbability(unit, words), BoilerplateProbability(unit)) << text;
  }
}

// The character profile, ASCII and not: quotes, brackets, separators, the
// copyright forms, clock times, and the shares of digits and punctuation.
TEST(BoilerplateTest, CharacterProfileFeatures) {
  struct ProfileCase {
    std::string_view text;
    uint32_t index;  // dense feature (boilerplate.cc, ExtractFeatures)
    float value;     // 0: absent
  };
  const ProfileCase kCases[] = {
      {"Video 0:45", 36, 1},
      {"Video 12:30 and more", 36, 1},
      {"Note: 10 am", 36, 0},
      {"At 10:5", 36, 0},
      {"Photo (C) 01 ACME", 26, 1},
      {"\u00a9 2016 ACME", 26, 1},
      {"COPYRIGHT 2016 ACME", 26, 1},
      {"All rights reserved (2016)", 26, 0},
      {"He said \"no\"", 22, 1},
      {"He said \u201cno\u201d", 22, 1},
      {"He said no", 22, 0},
      {"News | Sport", 25, 1},
      {"Home \u00bb World", 25, 1},
      {"Home > World", 25, 1},
      {"a \u2022 b", 25, 1},
      {"Home, World", 25, 0},
      {"[Who were they?]", 31, 1},
      {"Who (and why)", 31, 1},
      {"Who and why", 31, 0},
      {"abc 12", 21, 2.0f / 5.0f},
      {"\u00dcn\u00efc\u00f6d\u00e9 12", 21, 2.0f / 9.0f},
      {"a, b.", 24, 2.0f / 4.0f},
      {"\u00e9, \u00e8\u2026", 24, 2.0f / 4.0f},
      {"12 34", 38, 1},
      {"\u201c12\u201d", 23, 1},
      {"  \"Quoted first", 23, 1},
  };
  for (const ProfileCase& c : kCases) {
    const BoilerplateUnit unit{c.text, 1, 5, false, -1.0f};
    std::vector<internal::Feature> features;
    internal::ExtractFeatures(unit, 0, &features);
    float value = 0;
    for (const internal::Feature& f : features) {
      if (f.index == c.index) value = f.value;
    }
    EXPECT_FLOAT_EQ(value, c.value) << c.text << " feature " << c.index;
  }
}

// Register: the share of a unit's words (three characters or more, not
// numbers) that no other unit of the article uses.
TEST(BoilerplateTest, NovelWordSharesCountWordsFoundNowhereElseInTheArticle) {
  const std::vector<std::string_view> article = {
      "The council closed the mill on Tuesday.",
      "Sign up for our newsletter.",
      "Workers at the mill said the council had lied.",
      "* * * 2016",
  };
  const std::vector<float> share = internal::NovelWordShares(article);
  ASSERT_EQ(share.size(), 4u);
  // "closed", "tuesday" of {the, council, closed, mill, tuesday}.
  EXPECT_FLOAT_EQ(share[0], 2.0f / 5.0f);
  EXPECT_FLOAT_EQ(share[1], 1.0f);  // sign, for, our, newsletter: none elsewhere
  // "workers", "said", "had", "lied" of {workers, the, mill, said, council, had, lied}.
  EXPECT_FLOAT_EQ(share[2], 4.0f / 7.0f);
  EXPECT_FLOAT_EQ(share[3], -1.0f);  // no counted word: neutral
  EXPECT_TRUE(internal::NovelWordShares({}).empty());
}

struct TagCase {
  std::string_view sentence;
  std::string_view rest;  // what remains after the tag ("" = no tag: unchanged)
};

TEST(BoilerplateTest, AgencyTags) {
  const std::vector<TagCase> cases = {
      {"(CNN) — The storm made landfall overnight.", "The storm made landfall overnight."},
      {"(CNN)The storm made landfall overnight.", "The storm made landfall overnight."},
      {"(Reuters) - Shares fell on Monday.", "Shares fell on Monday."},
      {"SAN FRANCISCO (AP) — A judge ruled on Friday.", "A judge ruled on Friday."},
      {"LONDON, Dec 14 (Reuters) - Britain said on Thursday.", "Britain said on Thursday."},
      {"WASHINGTON (AP) -- The House voted.", "The House voted."},
      {"NEW YORK — Stocks rose.", "Stocks rose."},
      // CNN's form: a title-case place, the agency, no dash.
      {"Washington (CNN) Sarah Sanders was asked.", "Sarah Sanders was asked."},
      {"Hong Kong (CNN Money) — Markets fell.", "Markets fell."},
      {"Washington (AP) — The House voted.", "The House voted."},
      // Not tags: a parenthesis that is not an agency, a short acronym, no dash.
      {"(Laughter) The crowd cheered.", ""},
      {"US - China talks resume.", ""},
      {"NATO - the alliance met.", ""},
      {"WASHINGTON is a city.", ""},
      {"The AP reported it.", ""},
      {"(AP)", ""},
      // An agency after ordinary words is a citation, not a dateline.
      {"President Obama told reporters on the plane yesterday (AP) that he would go.", ""},
      {"Officials said (Reuters) The toll rose.", ""},
      {"Washington (CNN) the house voted.", ""},
  };
  for (const TagCase& c : cases) {
    const size_t n = AgencyTagLength(c.sentence);
    if (c.rest.empty()) {
      EXPECT_EQ(n, 0u) << c.sentence;
    } else {
      EXPECT_EQ(c.sentence.substr(n), c.rest) << c.sentence;
    }
  }
}

TEST(BoilerplateTest, SplitterStripsTagsAndKeepsTheSentence) {
  const std::string text =
      "Storm hits coast\n\nFirst paragraph of the story is here.\n\n"
      "(CNN) — The storm made landfall overnight, officials said.";
  const std::vector<TextUnit> units = SplitSentences(text);
  ASSERT_EQ(units.size(), 4u);
  const TextUnit& tag = units[2];
  const TextUnit& sentence = units[3];
  EXPECT_EQ(text.substr(tag.begin, tag.end - tag.begin), "(CNN) —");
  EXPECT_EQ(tag.kind, UnitKind::kNoise);
  EXPECT_EQ(text.substr(sentence.begin, sentence.end - sentence.begin),
            "The storm made landfall overnight, officials said.");
  EXPECT_EQ(sentence.kind, UnitKind::kSentence);

  SplitOptions neutral;
  neutral.strip_agency_tags = false;
  neutral.classify_boilerplate = false;
  const std::vector<TextUnit> kept = SplitSentences(text, neutral);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(text.substr(kept[2].begin, kept[2].end - kept[2].begin),
            "(CNN) — The storm made landfall overnight, officials said.");
}

TEST(BoilerplateTest, SplitterMarksEmbedsAsNoise) {
  const std::string text =
      "The council voted to close the plant on Tuesday, ending a long dispute.\n"
      "— Maria Lopez (@mlopez_news) October 9, 2018\n"
      "Workers said they would appeal the decision in court next month.";
  const std::vector<TextUnit> units = SplitSentences(text);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].kind, UnitKind::kSentence);
  EXPECT_EQ(units[1].kind, UnitKind::kNoise);
  EXPECT_EQ(units[2].kind, UnitKind::kSentence);
}

// The second pass: a unit next to a flagged one needs only the context threshold.
TEST(BoilerplateTest, ContextFlagsNeighboursOfFlaggedUnits) {
  struct Case {
    std::string_view what;
    std::vector<double> p;
    std::vector<bool> flagged, evidence, expected;
  };
  const std::vector<Case> cases = {
      {"neighbour above the context threshold",
       {0.9, 0.3, 0.05},
       {true, false, false},
       {true, true, true},
       {true, true, false}},
      {"far from any flag",
       {0.3, 0.05, 0.3},
       {false, false, false},
       {true, true, true},
       {false, false, false}},
      {"does not chain",
       {0.9, 0.3, 0.3},
       {true, false, false},
       {true, true, true},
       {true, true, false}},
      {"agency tag is no evidence", {1.0, 0.3}, {true, false}, {false, true}, {true, false}},
      {"next unit counts too", {0.3, 0.9}, {false, true}, {true, true}, {true, true}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(internal::ContextFlags(c.p, c.flagged, c.evidence, 0.2), c.expected) << c.what;
  }
  EXPECT_LE(BoilerplateContextThreshold(), BoilerplateThreshold());
  EXPECT_TRUE(internal::IsAgencyTagUnit("(CNN) —"));
  EXPECT_TRUE(internal::IsAgencyTagUnit("SAN FRANCISCO (AP) —"));
  EXPECT_FALSE(internal::IsAgencyTagUnit("Advertisement"));
}

// A call-out paragraph: the sign-up line is sure boilerplate, the line after it
// is plain words the model alone lets through; its neighbour gives it away.
// The story sentences around the paragraph stay.
TEST(BoilerplateTest, SplitterFlagsCallOutParagraphByContext) {
  const std::string text =
      "The council approved the new budget on Tuesday after a long debate.\n\n"
      "Sign up for our free morning newsletter. Get the best stories every morning.\n\n"
      "The vote was seven to two, and the mayor said she would sign it on Friday.";
  const std::vector<TextUnit> units = SplitSentences(text);
  ASSERT_EQ(units.size(), 4u);
  const std::string_view plain = "Get the best stories every morning.";
  EXPECT_EQ(text.substr(units[2].begin, units[2].end - units[2].begin), plain);
  const double p = BoilerplateProbability({plain, 2, 4, false});
  EXPECT_LT(p, BoilerplateThreshold()) << "the model alone would keep it";
  EXPECT_GE(p, BoilerplateContextThreshold());
  EXPECT_EQ(units[0].kind, UnitKind::kSentence);
  EXPECT_EQ(units[1].kind, UnitKind::kNoise);
  EXPECT_EQ(units[2].kind, UnitKind::kNoise);
  EXPECT_EQ(units[3].kind, UnitKind::kSentence);
}

// A newswire dateline on its own unit is boilerplate by the model as well as
// an agency tag, and the model is not sure of the lede after it either; the
// tag is still no evidence against the lede, which stays a sentence.
TEST(BoilerplateTest, ADatelineTheModelFlagsDoesNotTakeTheLede) {
  const std::string text =
      "WASHINGTON (AP) -- A top federal safety official is urging automakers to design cars "
      "with child safety in mind first.\n\n"
      "The board wants the back seat designed around children, she said in a speech on "
      "Thursday.";
  const std::vector<TextUnit> units = SplitSentences(text);
  ASSERT_EQ(units.size(), 3u);
  const std::string_view tag =
      std::string_view(text).substr(units[0].begin, units[0].end - units[0].begin);
  ASSERT_EQ(tag, "WASHINGTON (AP) --");
  ASSERT_TRUE(internal::IsAgencyTagUnit(tag));
  EXPECT_GE(BoilerplateProbability({tag, 0, 3, false}), BoilerplateThreshold());
  const std::string_view lede =
      std::string_view(text).substr(units[1].begin, units[1].end - units[1].begin);
  EXPECT_GE(BoilerplateProbability({lede, 1, 3, false}), BoilerplateContextThreshold())
      << "the lede would be taken by context if the tag counted";
  EXPECT_EQ(units[0].kind, UnitKind::kNoise);
  EXPECT_EQ(units[1].kind, UnitKind::kSentence);
  EXPECT_EQ(units[2].kind, UnitKind::kSentence);
}

}  // namespace
}  // namespace crosswire::text
