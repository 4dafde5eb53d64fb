#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

std::vector<Claim> Quotes(std::string_view text) {
  std::vector<Span> spans;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > b) spans.push_back(Span{b, i});
      b = i + 1;
    }
  }
  std::vector<EntityMention> mentions;
  ExtractEntities(text, spans, &mentions);
  return ExtractQuotes(text, spans, mentions);
}

struct QuoteCase {
  const char* text;
  const char* value;
  const char* speaker;
};

TEST(ExtractQuotesTest, FindsQuoteAndSpeaker) {
  const QuoteCase cases[] = {
      {"\xE2\x80\x9COver the last hour we have received information,\xE2\x80\x9D "
       "Russia\xE2\x80\x99s "
       "UN envoy Vitaly Churkin told Reuters.",
       "Over the last hour we have received information", "Vitaly Churkin"},
      {"Vitaly Churkin, told an emergency session on Tuesday: \"According to the latest "
       "information, military actions are over.\"",
       "According to the latest information, military actions are over.", "Vitaly Churkin"},
      {"\"Iranian militias are turning people back,\" an official, Zakaria Malahifji, told "
       "Reuters.",
       "Iranian militias are turning people back", "Zakaria Malahifji"},
      {"The Syrian Observatory for Human Rights said, \xE2\x80\x9C"
       "Every hour, butcheries are "
       "carried out.\xE2\x80\x9D",
       "Every hour, butcheries are carried out.", "Syrian Observatory for Human Rights"},
      {"Iranian President Hassan Rouhani has congratulated President Assad on a victory, saying "
       "it was a step towards \"wiping out terrorism in Syria\"",
       "wiping out terrorism in Syria", "Hassan Rouhani"},
      // Newswire's typewriter marks.
      {"``He kept to himself and never spoke to anyone,'' neighbour Dana Orvel said.",
       "He kept to himself and never spoke to anyone", "Dana Orvel"},
  };
  for (const auto& c : cases) {
    const auto quotes = Quotes(c.text);
    ASSERT_EQ(quotes.size(), 1u) << c.text;
    EXPECT_EQ(quotes[0].fact.about, c.speaker) << c.text;
    EXPECT_EQ(quotes[0].fact.value, c.value) << c.text;
    EXPECT_EQ(quotes[0].fact.about, c.speaker) << c.text;
  }
}

TEST(ExtractQuotesTest, PronounsAndContinuationsKeepTheSpeaker) {
  const auto quotes = Quotes(
      "\"There is artillery now as I speak,\" Zouhir Al Shimale, a journalist in east Aleppo, "
      "told Al Jazeera.\n"
      "\"There aren't any clashes,\" he said, explaining more.\n"
      "\"The Syrian government has established control.\"");
  ASSERT_EQ(quotes.size(), 3u);
  for (const auto& q : quotes) EXPECT_EQ(q.fact.about, "Zouhir Al Shimale") << q.fact.value;
}

// A quotation that runs on into the next paragraph leaves its closing mark
// off at the end of the first; a run-on paragraph that lost its opening mark
// (tokenised text) is quoted up to its closing mark. A lone closing mark with
// no run-on before it opens nothing.
TEST(ExtractQuotesTest, QuotesRunOnAcrossParagraphs) {
  struct RunOnCase {
    const char* text;
    std::vector<std::string> values;
  };
  const RunOnCase cases[] = {
      {"The mayor, Ana Ortiz, said: \"The bridge will stay shut all week.\n\n\"Engineers will "
       "inspect every cable first.\"",
       {"The bridge will stay shut all week.", "Engineers will inspect every cable first."}},
      {"A council spokesman said: \"We are reviewing the footage from Monday.\n\nWe expect to "
       "publish our findings soon. \"",
       {"We are reviewing the footage from Monday.", "We expect to publish our findings soon."}},
      {"Ana Ortiz said: \xE2\x80\x9CThe ferry will run again from Friday.\n"
       "It will carry cars and lorries.\xE2\x80\x9D",
       {"The ferry will run again from Friday.", "It will carry cars and lorries."}},
      // A paragraph without a mark ends the run-on.
      {"Ana Ortiz said: \"The ferry will run again from Friday.\n\nThe council met on Monday.\n"
       "Crews left the site at noon, \" the report added.",
       {"The ferry will run again from Friday."}},
      // A mismatched opening mark: the closing one opens nothing.
      {"'I cannot speak for the others, \" Ortiz told the local paper on Sunday.", {}},
  };
  for (const auto& c : cases) {
    const auto quotes = Quotes(c.text);
    std::vector<std::string> values;
    for (const auto& q : quotes) values.push_back(q.fact.value);
    EXPECT_EQ(values, c.values) << c.text;
  }
  const auto quotes = Quotes(std::string(cases[0].text));
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].fact.about, "Ana Ortiz");
  EXPECT_EQ(quotes[1].fact.about, "Ana Ortiz");
}

// An article that quotes with single marks (no double mark anywhere) has
// its quotes read from them; apostrophes open and close nothing, and an
// article with double marks keeps single ones as apostrophes or nested marks.
TEST(ExtractQuotesTest, SingleMarksQuoteWhereNoDoubleMarkIs) {
  struct SingleCase {
    const char* text;
    std::vector<std::string> values;
  };
  const SingleCase cases[] = {
      {"\xE2\x80\x98We will not give up on this city,\xE2\x80\x99 Dana Pilsner said. "
       "Britain\xE2\x80\x99s workers don\xE2\x80\x99t agree.",
       {"We will not give up on this city"}},
      {"The mayor said: 'We will reopen the bridge on Friday.' It's the council's call.",
       {"We will reopen the bridge on Friday."}},
      {"The council's members didn't meet in the '90s or since.", {}},
      {"\"The bridge stays shut,\" she said of the 'temporary' closure.",
       {"The bridge stays shut"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> values;
    for (const auto& q : Quotes(c.text)) values.push_back(q.fact.value);
    EXPECT_EQ(values, c.values) << c.text;
  }
}

// The report verb next to a quote names its speaker: before or after it,
// across an apposition, in a description's organisation; a pronoun is the
// last speaker or subject of the sentences before; a description that names
// no one leaves the quote unattributed. Each case's speaker is that of its
// last quote; "" is unattributed.
TEST(ExtractQuotesTest, TheReportVerbNamesTheSpeaker) {
  const QuoteCase cases[] = {
      // Subject after the quote: a surname alone is the full name given before.
      {"Tomas Reyvik, chairman of the rail board, described the damage.\n"
       "\"We do not know yet what caused the derailment,\" Reyvik said at a briefing.",
       "", "Tomas Reyvik"},
      // Inverted, with the speaker's role before the name.
      {"\"It shook for half a minute and the cups were rattling,\" said public relations "
       "executive Mira Quandt.",
       "", "Mira Quandt"},
      {"\"It shook for half a minute and the cups were rattling,\" said agency spokesperson "
       "Mira Quandt, adding that nobody was hurt.",
       "", "Mira Quandt"},
      // The apposition opens with the speaker, not with the organisation at its end.
      {"Oren Valdez, an analyst at the Corvane Institute, said the truce was fragile.\n"
       "\"The army seems to be yielding to pressure from abroad,\" he told reporters.",
       "", "Oren Valdez"},
      {"Lena Hollis, 41, who lives on the same street as Peter Marsh, said he kept to himself.\n"
       "\"He never spoke to any of us at all,\" she said.",
       "", "Lena Hollis"},
      // The name before "of" is the speaker, not the institution.
      {"Dr. Ivo Prentiss of the Calder Institute of Health said the results show that \"the "
       "combined therapy is an important advance.\"",
       "", "Ivo Prentiss"},
      // A description that names an organisation: the organisation speaks.
      {"A Renfield Foods spokesman said: \"Luckily nobody was hurt in the fire.\"", "",
       "Renfield Foods"},
      // A description that names no one.
      {"Ivo Prentiss led the rescue on Sunday.\n"
       "A veterinarian at the checkpoint said she could not describe the injuries.\n"
       "\"We cannot talk about it with anyone,\" she said.",
       "", ""},
      {"\"Why can't we listen to their songs online?\" asked the 36-year-old Orlin resident.", "",
       ""},
      // A pronoun is the subject of the sentence before, not a name it
      // mentions on the way.
      {"In his letter to Dorian Pell, Amos Kettering was just as warm.\n"
       "\"The team you have put together is remarkable,\" he wrote.",
       "", "Amos Kettering"},
      // A quote alone after a reported statement is its speaker's.
      {"The balloon will land at dawn, Alan Brisbo said.\n"
       "\"We do have night vision goggles on board, which are quite good.\"",
       "", "Alan Brisbo"},
      // The attribution after a question.
      {"\"Was it a good way or a bad way to go?\" Marcus Tell asked.", "", "Marcus Tell"},
      // A second verb of the clause: its subject opens the clause.
      {"Inga Solberg praised the rail board, but said \"the towns should not wait for the "
       "companies to act.\"",
       "", "Inga Solberg"},
      {"When Dana Orvel asked Inga Solberg about the plan, Solberg shook her head and said, "
       "\"I have many more ideas for the town.\"",
       "", "Inga Solberg"},
      // A relative clause's or a passive's verb names no speaker for "he".
      {"In his letter Ravi Anand quotes Abraham Lincoln, who spoke of acting together.\n"
       "\"We have to make sure the community works for everyone,\" he said.",
       "", "Ravi Anand"},
      {"Ravi Anand said he had never seen anything like it after being accused by neighbours.\n"
       "\"I cannot speak about the case at all,\" he said.",
       "", "Ravi Anand"},
      {"Banks in Illinois raised their fees.\nThe question is what Vikki Dorrance of Naperville, "
       "Illinois asks.\n\"Why should I pay a fee to use my own money?\"",
       "", "Vikki Dorrance"},
      // Features tell in the present.
      {"Dana Orvel runs the ferry.\n\"The river was higher than anyone remembers,\" she recalls.",
       "", "Dana Orvel"},
      // "she" is not the man named last.
      {"Dana Orvel arrived early.\nHer husband, Ravi Anand, sat in the front row.\n"
       "\"I will be there every single day of the trial,\" she said.",
       "", "Dana Orvel"},
      // "... and added" does not make "and" the speaker.
      {"Deputy Minister Ralf Okonjo said recently that officials \"take issue with the idea "
       "of one approach\" and added that it could work elsewhere.",
       "", "Ralf Okonjo"},
  };
  for (const auto& c : cases) {
    const auto quotes = Quotes(c.text);
    ASSERT_FALSE(quotes.empty()) << c.text;
    EXPECT_EQ(quotes.back().fact.normalized_text, c.speaker) << c.text;
  }
}

TEST(ExtractQuotesTest, ScareQuotesAreNotQuotes) {
  EXPECT_TRUE(Quotes("Lavrov expected the \"rebel resistance\" to end.").empty());
  EXPECT_TRUE(Quotes("a victory in \"liberated Aleppo\", he said").empty());
}

// A quoted title is no statement: every word of four letters or more is
// capitalised.
TEST(ExtractQuotesTest, TitlesAreNotQuotes) {
  EXPECT_TRUE(Quotes("The film ``Star Wars: Episode I -- The Phantom Menace'' opened.").empty());
  EXPECT_TRUE(Quotes("He wrote the textbook \"Of Pandas and People\" in 1989.").empty());
  EXPECT_EQ(Quotes("\"The Film Opens Today and we are thrilled,\" Dana Orvel said.").size(), 1u);
}

}  // namespace
}  // namespace crosswire::corroborate
