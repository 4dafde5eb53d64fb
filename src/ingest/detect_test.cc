#include <gtest/gtest.h>

#include "crosswire/ingest.h"

namespace crosswire::ingest {
namespace {

struct DetectCase {
  std::string_view file_name;
  std::string_view content;
  InputFormat expected;
};

TEST(DetectFormatTest, ExtensionDecidesElseContent) {
  const DetectCase kCases[] = {
      {"a.txt", "<DOC>", InputFormat::kText},
      {"a.TEXT", "{\"text\":1}", InputFormat::kText},
      {"a.jsonl", "hello", InputFormat::kJsonl},
      {"a.ndjson", "", InputFormat::kJsonl},
      {"page.html", "", InputFormat::kHtml},
      {"page.HTM", "", InputFormat::kHtml},
      {"docs.sgml", "", InputFormat::kDucSgml},
      {"docs.sgm", "", InputFormat::kDucSgml},
      {"APW19990707.0181", "\n<DOC>\n<DOCNO> X </DOCNO>", InputFormat::kDucSgml},
      {"page", "  <!doctype HTML><html>", InputFormat::kHtml},
      {"page", "<html lang=en>", InputFormat::kHtml},
      {"data", "{\"text\": \"a\"}\n\n  {\"text\": \"b\"}\n", InputFormat::kJsonl},
      {"data", "{\"text\": \"a\"}\nnot json\n", InputFormat::kText},
      {"test.src", "one ||||| two", InputFormat::kMultiNews},
      {"notes", "Just some words.", InputFormat::kText},
      {"-", "", InputFormat::kText},
      {"\xEF\xBB\xBF", "\xEF\xBB\xBF<DOC>", InputFormat::kDucSgml},
      {"news.rss", "", InputFormat::kFeed},
      {"news.atom", "", InputFormat::kFeed},
      {"news.xml", "<?xml version=\"1.0\"?>\n<!-- c <x> -->\n<rss version=\"2.0\">",
       InputFormat::kFeed},
      {"feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat::kFeed},
      {"feed", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", InputFormat::kFeed},
      {"feed", "<?xml version=\"1.0\"?><feedback/>", InputFormat::kText},
      {"other.xml", "<?xml version=\"1.0\"?><config/>", InputFormat::kText},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(DetectFormat(c.file_name, c.content), c.expected)
        << "file \"" << c.file_name << "\", content \"" << c.content << "\"";
  }
}

TEST(ParseInputFormatTest, NamesRoundTrip) {
  for (InputFormat format :
       {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl, InputFormat::kHtml,
        InputFormat::kDucSgml, InputFormat::kMultiNews, InputFormat::kFeed}) {
    auto parsed = ParseInputFormat(InputFormatName(format));
    ASSERT_TRUE(parsed.has_value()) << InputFormatName(format);
    EXPECT_EQ(*parsed, format);
  }
}

TEST(ParseInputFormatTest, UnknownNameIsInvalidInputListingTheNames) {
  auto parsed = ParseInputFormat("pdf");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(parsed.error().message().find("\"pdf\""), std::string::npos);
  EXPECT_NE(parsed.error().message().find("jsonl"), std::string::npos);
}

}  // namespace
}  // namespace crosswire::ingest
