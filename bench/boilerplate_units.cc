// Writes every unit the sentence splitter yields for Multi-News and DUC
// stories, and optionally for the article-extraction pages, as one TSV line,
// the raw material of the boilerplate classifier's labelled set and of its
// line-repetition table (docs/boilerplate.md):
//   split  dataset  story  article  index  count  list_match  kind  text
// `split` is "test" for every fifth story (ordinal % 5 == 0) of each data set
// and "train" otherwise. An article-extraction page (data set "extraction")
// is a story of one article, read by the HTML reader as `crosswire report
// page.html` reads it; its id is the page's hash and its ordinal its place in
// id order, so tools/label_boilerplate.py can label its units against the
// page's true articleBody. Units come from SplitSentences with the classifier
// off (classify_boilerplate = false), so `list_match` is the fixed lists' call.
// With --classified the classifier is on and `list_match` and `kind` are
// crosswire's own decision, to count what the shipped model removes.
//
// Usage: boilerplate_units [--classified] MULTINEWS_VAL_SRC DUC_DIR [EXTRACTION_DIR] > units.tsv
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "crosswire/ingest.h"
#include "crosswire/text.h"
#include "extraction_score.h"

namespace {

// --classified: the splitter runs with the classifier on, so `kind` is what
// crosswire itself decides (to count the units the shipped model flags).
bool g_classified = false;

std::string Clean(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return out;
}

void Dump(const crosswire::Story& story, std::string_view dataset, size_t ordinal) {
  crosswire::text::SplitOptions options;
  options.classify_boilerplate = g_classified;
  const char* split = ordinal % 5 == 0 ? "test" : "train";
  for (size_t a = 0; a < story.articles.size(); ++a) {
    const std::string& body = story.articles[a].text;
    const auto units = crosswire::text::SplitSentences(body, options);
    for (size_t k = 0; k < units.size(); ++k) {
      const auto& u = units[k];
      std::cout << split << '\t' << dataset << '\t' << story.id << '\t' << a << '\t' << k << '\t'
                << units.size() << '\t' << (u.kind == crosswire::text::UnitKind::kNoise ? 1 : 0)
                << '\t' << crosswire::text::UnitKindName(u.kind) << '\t'
                << Clean(std::string_view(body).substr(u.begin, u.end - u.begin)) << '\n';
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "--classified") {
    g_classified = true;
    ++argv;
    --argc;
  }
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: boilerplate_units [--classified] MULTINEWS_VAL_SRC DUC_DIR "
                 "[EXTRACTION_DIR] > units.tsv\n";
    return 2;
  }
  auto stories = crosswire::ingest::ReadMultiNews(argv[1]);
  if (!stories) {
    std::cerr << argv[1] << ": " << stories.error().message() << '\n';
    return 1;
  }
  for (size_t i = 0; i < stories->size(); ++i) Dump((*stories)[i], "multinews", i);
  // DUC: one story per topic directory under DUC_DIR/docs, in name order.
  std::vector<std::filesystem::path> topics;
  std::error_code ec;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(argv[2]) + "/docs", ec)) {
    if (entry.is_directory()) topics.push_back(entry.path());
  }
  if (ec || topics.empty()) {
    std::cerr << argv[2] << "/docs: no topic directories" << (ec ? ": " + ec.message() : "")
              << '\n';
    return 1;
  }
  std::ranges::sort(topics);
  for (size_t i = 0; i < topics.size(); ++i) {
    auto story = crosswire::ingest::ReadStory({topics[i].string()});
    if (!story) {
      std::cerr << topics[i].string() << ": " << story.error().message() << '\n';
      return 1;
    }
    story->id = topics[i].filename().string();
    Dump(*story, "duc", i);
  }
  if (argc == 4) {
    // The article-extraction pages, in id order (LoadExtractionBenchmark's order).
    auto pages = crosswire::ingest::internal::LoadExtractionBenchmark(argv[3]);
    if (!pages) {
      std::cerr << argv[3] << ": " << pages.error().message() << '\n';
      return 1;
    }
    for (size_t i = 0; i < pages->size(); ++i) {
      const auto& page = (*pages)[i];
      auto articles = crosswire::ingest::ParseContent(
          page.html, page.id + ".html", crosswire::ingest::InputFormat::kHtml, {}, nullptr);
      if (!articles) {
        std::cerr << page.id << ".html: " << articles.error().message() << '\n';
        return 1;
      }
      crosswire::Story story;
      story.id = page.id;
      story.articles = std::move(*articles);
      Dump(story, "extraction", i);
    }
  }
  return 0;
}
