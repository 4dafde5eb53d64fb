// The hand-made measuring files of issue 10 hold together: every citation
// label names a digest sentence that is in its article and an article of the
// story, each (sentence, other article) pair is labelled exactly once, and
// every claim of a gold story file quotes a value and a sentence opening that
// are in the article it names. A typo in a label or claim would otherwise
// count silently as a miss of the system being measured.
//
// Stories under ../shared/data are checked only when it is present (skipped
// with the reason otherwise). ECB+ inputs ("file.jsonl#doc") are read by the
// corroboration scorer's own loader and checked there, not here.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "crosswire/ingest.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCorroboration = fs::path(CROSSWIRE_SOURCE_DIR) / "testdata/corroboration";

// Whitespace runs folded to one space, ends trimmed; lower-cased when asked.
// Whitespace runs folded to one space, curly quotes and apostrophes to
// straight ones (annotators type straight ones), optionally lower case.
std::string Fold(std::string_view text, bool lower) {
  std::string s(text);
  for (const auto& [curly, straight] : {std::pair<std::string_view, char>{"\u2018", '\''},
                                        {"\u2019", '\''},
                                        {"\u201C", '"'},
                                        {"\u201D", '"'}}) {
    for (size_t at = s.find(curly); at != std::string::npos; at = s.find(curly, at + 1)) {
      s.replace(at, curly.size(), 1, straight);
    }
  }
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += lower ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
  }
  return out;
}

std::vector<fs::path> JsonFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

json Load(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in, nullptr, /*allow_exceptions=*/false);
}

bool SharedDataPresent() { return fs::is_directory(CROSSWIRE_SHARED_DATA); }

// Article id -> text, folded, for a story file's inputs; empty when an input
// is of a kind this test does not read (ECB+ "#doc" inputs).
std::map<std::string, std::string> ReadArticles(const json& doc, bool lower) {
  const fs::path root = doc.value("root", std::string("shared")) == "shared"
                            ? fs::path(CROSSWIRE_SHARED_DATA)
                            : fs::path(CROSSWIRE_SOURCE_DIR);
  std::map<std::string, std::string> out;
  std::vector<std::string> inputs;
  for (const json& input : doc.at("inputs")) {
    const std::string name = input.get<std::string>();
    if (name.find('#') != std::string::npos) return {};
    inputs.push_back((root / name).string());
  }
  if (doc.contains("multinews_line")) {
    auto stories = ingest::ReadMultiNews(inputs.at(0));
    EXPECT_TRUE(stories.has_value()) << inputs.at(0);
    if (!stories) return {};
    const std::string id = "val-" + std::to_string(doc["multinews_line"].get<int>());
    for (const Story& story : *stories) {
      if (story.id != id) continue;
      for (const Article& a : story.articles) out[a.id] = Fold(a.text, lower);
    }
    EXPECT_FALSE(out.empty()) << "no Multi-News story " << id;
    return out;
  }
  auto story = ingest::ReadStory(inputs);
  EXPECT_TRUE(story.has_value()) << (story ? "" : story.error().message());
  if (!story) return {};
  for (const Article& a : story->articles) out[a.id] = Fold(a.text, lower);
  return out;
}

TEST(CitationLabels, FilesAreCompleteAndQuoteTheirArticles) {
  const auto files = JsonFiles(kCorroboration / "citations");
  ASSERT_FALSE(files.empty()) << "no label files in " << (kCorroboration / "citations");
  size_t checked = 0;
  for (const fs::path& path : files) {
    SCOPED_TRACE(path.filename().string());
    const json doc = Load(path);
    ASSERT_TRUE(doc.is_object());
    for (const char* field : {"story", "method", "inputs", "words", "pairs"}) {
      ASSERT_TRUE(doc.contains(field)) << field;
    }
    ASSERT_TRUE(doc["pairs"].is_array());
    if (doc.value("root", std::string("shared")) == "shared" && !SharedDataPresent()) continue;
    const auto articles = ReadArticles(doc, /*lower=*/false);
    ASSERT_FALSE(articles.empty());
    // sentence -> its article and the articles it is labelled against
    std::map<std::string, std::pair<std::string, std::set<std::string>>> sentences;
    for (const json& pair : doc["pairs"]) {
      const std::string sentence = pair.at("sentence").get<std::string>();
      const std::string own = pair.at("sentence_article").get<std::string>();
      const std::string other = pair.at("article").get<std::string>();
      ASSERT_TRUE(pair.at("supports").is_boolean()) << sentence;
      EXPECT_FALSE(pair.value("why", std::string()).empty()) << sentence;
      ASSERT_TRUE(articles.count(own)) << own;
      ASSERT_TRUE(articles.count(other)) << other;
      EXPECT_NE(own, other) << sentence;
      EXPECT_NE(articles.at(own).find(Fold(sentence, false)), std::string::npos)
          << "not in " << own << ": " << sentence;
      auto& entry = sentences[sentence];
      if (entry.first.empty()) entry.first = own;
      EXPECT_EQ(entry.first, own) << sentence;
      EXPECT_TRUE(entry.second.insert(other).second)
          << "labelled twice: " << other << " / " << sentence;
    }
    for (const auto& [sentence, entry] : sentences) {
      EXPECT_EQ(entry.second.size(), articles.size() - 1)
          << "not every other article: " << sentence;
    }
    ++checked;
  }
  if (checked == 0) GTEST_SKIP() << CROSSWIRE_SHARED_DATA << " is absent";
}

TEST(GoldStories, ClaimsQuoteTheirArticles) {
  const auto files = JsonFiles(kCorroboration / "stories");
  ASSERT_FALSE(files.empty());
  size_t checked = 0;
  for (const fs::path& path : files) {
    SCOPED_TRACE(path.filename().string());
    const json doc = Load(path);
    ASSERT_TRUE(doc.is_object());
    EXPECT_EQ(doc.value("id", std::string()), path.stem().string());
    if (doc.value("root", std::string("shared")) == "shared" && !SharedDataPresent()) continue;
    const auto articles = ReadArticles(doc, /*lower=*/true);
    if (articles.empty()) continue;  // ECB+ inputs: checked by the scorer's loader
    std::set<std::string> abouts;
    for (const json& group : doc.at("groups")) {
      const std::string about = group.at("about").get<std::string>();
      EXPECT_TRUE(abouts.insert(about).second) << "about repeated: " << about;
      std::set<std::string> in;
      for (const json& claim : group.at("claims")) {
        const std::string article = claim.at(0).get<std::string>();
        ASSERT_TRUE(articles.count(article)) << article;
        in.insert(article);
        const std::string& text = articles.at(article);
        EXPECT_NE(text.find(Fold(claim.at(1).get<std::string>(), true)), std::string::npos)
            << about << ": value not in " << article << ": " << claim.at(1);
        if (claim.size() > 2) {
          EXPECT_NE(text.find(Fold(claim.at(2).get<std::string>(), true)), std::string::npos)
              << about << ": sentence opening not in " << article << ": " << claim.at(2);
        }
      }
      const std::string verdict = group.at("verdict").get<std::string>();
      EXPECT_EQ(verdict == "single_source", in.size() == 1) << about << ": " << verdict;
    }
    for (const json& pair : doc.value("distinct", json::array())) {
      EXPECT_TRUE(abouts.count(pair.at(0).get<std::string>())) << pair.at(0);
      EXPECT_TRUE(abouts.count(pair.at(1).get<std::string>())) << pair.at(1);
    }
    ++checked;
  }
  if (checked == 0) GTEST_SKIP() << CROSSWIRE_SHARED_DATA << " is absent";
}

}  // namespace
}  // namespace crosswire
