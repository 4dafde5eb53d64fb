// citation_eval: are crosswire's citations true? Scores the digest's
// "supported by" links against hand labels.
//
// A label file (testdata/corroboration/citations/<story>[.<method>].json,
// format in testdata/corroboration/README.md) names a story, the method and
// word budget of its digest, and one label per (digest sentence, other
// article) pair: does that article state the sentence's main fact (who did
// what, how many, where, when; wording may differ)? The labels were written
// from the sentence text alone, before any citation was looked at.
//
// For each file the program builds the same digest (`crosswire report
// --method M --words N`, with corroboration: what a report cites), and for
// every digest sentence takes the set of articles the report cites for it
// (Summary::sentences[i].support). Against the labels:
//
//   citation precision = cited pairs labelled `supports: true`
//                        / cited pairs that carry a label
//   citation recall    = cited pairs labelled `supports: true`
//                        / pairs labelled `supports: true`
//
// A digest sentence whose text is not in the file (the digest changed since
// labelling) has no labels: its pairs are counted as "unlabelled" and left
// out of both figures, and labels of sentences the digest no longer picks
// ("stale") are not counted either, so a changed summarizer shows up in those
// two columns rather than as silently wrong scores. The same (sentence, article)
// pair labelled in two files of one story (two methods picking the same
// sentence) counts once in the pooled figures.
//
//   build/ci/bench/citation_eval [--labels DIR] [--shared DIR]
//
// Exit status: 0 after printing the table; 1 when a label file is unreadable
// or malformed (the message names the file and the field), or a story cannot
// be read; 2 on a usage error.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "crosswire/pipeline.h"
#include "crosswire/render.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Counts {
  size_t cited = 0;             // cited pairs with a label
  size_t cited_true = 0;        // ... labelled supports: true
  size_t labelled_true = 0;     // pairs labelled supports: true
  size_t labelled = 0;          // pairs with a label
  size_t unlabelled_cited = 0;  // cited pairs of sentences not in the file
  size_t stale = 0;             // labels of sentences no longer in the digest
  void Add(const Counts& o) {
    stale += o.stale;
    cited += o.cited;
    cited_true += o.cited_true;
    labelled_true += o.labelled_true;
    labelled += o.labelled;
    unlabelled_cited += o.unlabelled_cited;
  }
  double Precision() const { return cited ? double(cited_true) / cited : 1.0; }
  double Recall() const { return labelled_true ? double(cited_true) / labelled_true : 1.0; }
};

// (sentence text, sentence's article, other article) -> supports
using Key = std::tuple<std::string, std::string, std::string>;

struct LabelFile {
  std::string path, story, root, method;
  std::vector<std::string> inputs;
  int64_t words = 250;
  std::map<Key, bool> labels;
};

bool Fail(const std::string& message) {
  std::cerr << "citation_eval: " << message << "\n";
  return false;
}

bool ReadLabelFile(const fs::path& path, LabelFile* out) {
  std::ifstream in(path);
  if (!in) return Fail(path.string() + ": cannot open");
  json doc = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Fail(path.string() + ": not a JSON object");
  }
  out->path = path.string();
  for (const char* field : {"story", "method"}) {
    if (!doc.contains(field) || !doc[field].is_string()) {
      return Fail(path.string() + ": field \"" + field + "\" must be a string");
    }
  }
  out->story = doc["story"].get<std::string>();
  out->method = doc["method"].get<std::string>();
  out->root = doc.value("root", std::string("shared"));
  if (out->root != "shared" && out->root != "source") {
    return Fail(path.string() + ": field \"root\" must be \"shared\" or \"source\"");
  }
  if (!doc.contains("words") || !doc["words"].is_number_integer() ||
      doc["words"].get<int64_t>() <= 0) {
    return Fail(path.string() + ": field \"words\" must be a positive integer");
  }
  out->words = doc["words"].get<int64_t>();
  if (!doc.contains("inputs") || !doc["inputs"].is_array() || doc["inputs"].empty()) {
    return Fail(path.string() + ": field \"inputs\" must be a non-empty array");
  }
  for (const json& input : doc["inputs"]) {
    if (!input.is_string()) return Fail(path.string() + ": \"inputs\" holds a non-string");
    out->inputs.push_back(input.get<std::string>());
  }
  if (!doc.contains("pairs") || !doc["pairs"].is_array()) {
    return Fail(path.string() + ": field \"pairs\" must be an array");
  }
  size_t index = 0;
  for (const json& pair : doc["pairs"]) {
    const std::string where = path.string() + ": pairs[" + std::to_string(index++) + "]";
    if (!pair.is_object()) return Fail(where + " is not an object");
    for (const char* field : {"sentence", "sentence_article", "article"}) {
      if (!pair.contains(field) || !pair[field].is_string()) {
        return Fail(where + ": field \"" + field + "\" must be a string");
      }
    }
    if (!pair.contains("supports") || !pair["supports"].is_boolean()) {
      return Fail(where + ": field \"supports\" must be true or false");
    }
    Key key{pair["sentence"].get<std::string>(), pair["sentence_article"].get<std::string>(),
            pair["article"].get<std::string>()};
    auto [it, inserted] = out->labels.emplace(key, pair["supports"].get<bool>());
    if (!inserted) return Fail(where + ": the same (sentence, article) pair is labelled twice");
  }
  return true;
}

void PrintRow(const std::string& name, const Counts& c) {
  std::printf("%-52s %7zu %6zu %6zu %9.3f %7.3f %10zu %6zu\n", name.c_str(), c.labelled, c.cited,
              c.labelled_true, c.Precision(), c.Recall(), c.unlabelled_cited, c.stale);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path labels_dir = fs::path(CROSSWIRE_SOURCE_DIR) / "testdata/corroboration/citations";
  fs::path shared = CROSSWIRE_SHARED_DATA;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--labels") == 0 && i + 1 < argc) {
      labels_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--shared") == 0 && i + 1 < argc) {
      shared = argv[++i];
    } else {
      std::cerr << "usage: citation_eval [--labels DIR] [--shared DIR]\n";
      return 2;
    }
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(labels_dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (ec) {
    std::cerr << "citation_eval: " << labels_dir.string() << ": " << ec.message() << "\n";
    return 1;
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "citation_eval: no label files in " << labels_dir.string() << "\n";
    return 1;
  }

  std::printf("%-52s %7s %6s %6s %9s %7s %10s %6s\n", "label file", "labels", "cited", "true",
              "precision", "recall", "unlabelled", "stale");
  Counts total;
  // Pooled over distinct pairs: story + key -> (label, cited)
  std::map<std::pair<std::string, Key>, std::pair<bool, bool>> pooled;
  size_t skipped = 0;
  for (const fs::path& path : files) {
    LabelFile file;
    if (!ReadLabelFile(path, &file)) return 1;
    if (file.root == "shared" && !fs::is_directory(shared)) {
      std::printf("%-52s skipped: %s absent\n", path.filename().string().c_str(),
                  shared.string().c_str());
      ++skipped;
      continue;
    }
    const fs::path base = file.root == "shared" ? shared : fs::path(CROSSWIRE_SOURCE_DIR);
    std::vector<std::string> inputs;
    for (const std::string& input : file.inputs) inputs.push_back((base / input).string());

    crosswire::ReportRequest request;
    request.method = file.method;
    request.words = file.words;
    request.corroborate = true;  // citations as a report shows them (ConfirmSupport)
    auto options = crosswire::ValidateReportOptions(request);
    if (!options) {
      std::cerr << "citation_eval: " << file.path << ": " << options.error().message() << "\n";
      return 1;
    }
    auto report = crosswire::BuildReportFromInputs(inputs, *options);
    if (!report) {
      std::cerr << "citation_eval: " << file.path << ": " << report.error().message() << "\n";
      return 1;
    }
    const auto& analyzed = report->analyzed;
    const auto& articles = analyzed.story->articles;

    Counts counts;
    std::set<Key> cited_keys;
    std::set<std::pair<std::string, std::string>> in_digest;  // (text, article)
    for (const auto& digest_sentence : report->summary.sentences) {
      const auto& sentence = analyzed.sentences[digest_sentence.sentence];
      const std::string text = crosswire::DisplayText(analyzed.text(sentence));
      const std::string& own = articles[sentence.article].id;
      in_digest.emplace(text, own);
      for (const auto& support : digest_sentence.support) {
        Key key{text, own, articles[support.article].id};
        if (!cited_keys.insert(key).second) continue;
        auto it = file.labels.find(key);
        if (it == file.labels.end()) {
          ++counts.unlabelled_cited;
          continue;
        }
        ++counts.cited;
        if (it->second) ++counts.cited_true;
      }
    }
    for (const auto& [key, supports] : file.labels) {
      // Labels of sentences the digest no longer picks are stale: not counted.
      if (!in_digest.count({std::get<0>(key), std::get<1>(key)})) {
        ++counts.stale;
        continue;
      }
      ++counts.labelled;
      if (supports) ++counts.labelled_true;
      auto& slot = pooled[{file.story, key}];
      slot.first = supports;
      slot.second = slot.second || cited_keys.count(key) > 0;
    }
    PrintRow(path.filename().string() + " (" + file.method + ")", counts);
    total.Add(counts);
  }
  Counts distinct;
  for (const auto& [key, value] : pooled) {
    ++distinct.labelled;
    if (value.first) ++distinct.labelled_true;
    if (value.second) {
      ++distinct.cited;
      if (value.first) ++distinct.cited_true;
    }
  }
  distinct.unlabelled_cited = total.unlabelled_cited;
  distinct.stale = total.stale;
  PrintRow("all files", total);
  PrintRow("all, distinct pairs", distinct);
  if (skipped) std::printf("(%zu label files skipped: shared data absent)\n", skipped);
  return 0;
}
