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
