#include <gtest/gtest.h>

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

TEST(ExtractQuotesTest, ScareQuotesAreNotQuotes) {
  EXPECT_TRUE(Quotes("Lavrov expected the \"rebel resistance\" to end.").empty());
  EXPECT_TRUE(Quotes("a victory in \"liberated Aleppo\", he said").empty());
}

}  // namespace
}  // namespace crosswire::corroborate
