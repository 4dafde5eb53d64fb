// Fuzzes claim extraction and alignment: the input is split into articles at
// "\n===\n" (at most 8), analysed, and corroborated. Every fact's span must
// lie inside its article; errors are fine, crashes and hangs are not.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "crosswire/corroborate.h"
#include "crosswire/represent.h"
#include "crosswire/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return 0;  // big inputs only slow the search down
  std::string text =
      crosswire::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  crosswire::Story story;
  story.id = "fuzz";
  size_t pos = 0;
  while (pos <= text.size() && story.articles.size() < 8) {
    size_t end = text.find("\n===\n", pos);
    if (end == std::string::npos) end = text.size();
    crosswire::Article article;
    article.id = "a" + std::to_string(story.articles.size());
    article.outlet = article.id;
    article.text = text.substr(pos, end - pos);
    article.source = article.id;
    if (article.text.find_first_not_of(" \t\r\n") != std::string::npos) {
      story.articles.push_back(std::move(article));
    }
    pos = end + 5;
  }
  if (story.articles.empty()) return 0;
  auto analyzed = crosswire::AnalyzeStory(story);
  if (!analyzed) return 0;
  auto facts = crosswire::Corroborate(*analyzed);
  if (!facts) return 0;
  for (const crosswire::FactGroup& group : *facts) {
    for (const crosswire::Fact& fact : group.claims) {
      if (fact.article >= story.articles.size()) std::abort();
      if (fact.begin > fact.end || fact.end > story.articles[fact.article].text.size())
        std::abort();
    }
  }
  return 0;
}
