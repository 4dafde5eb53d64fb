// The HTML reader on the Article Extraction Benchmark pages: the benchmark's
// precision, recall and F1 (src/ingest/extraction_score.h) on the dev split,
// the test split and all pages, the number of pages that gave no text, the
// speed of extraction alone (decompression and scoring excluded) and the
// peak memory of the run; then the accuracy of the title and publication time
// against hand labels (testdata/extraction/labels.tsv, docs/formats.md).
//
//   build/ci/bench/extraction_bench [DATA_DIR] [--pages] [--dump DIR]
//                                   [--labels FILE] [--misses]
//
// DATA_DIR defaults to ../shared/data/article-extraction. --pages prints one
// line per page (worst F1 first); --dump writes each page's extracted text to
// DIR/<id>.txt for reading. --labels reads another label file (default: the
// one in the source tree; the accuracy is skipped with a message when it is
// absent). --misses lists the title and time misses of the dev split only, so
// that the test split is never looked at while tuning.
//
// Title accuracy: equal after Unicode case folding, white space collapsing and
// folding curly quotes, dashes and the ellipsis to ASCII; "contains" also
// accepts a title that contains the label or is contained in it. Date
// accuracy: the same calendar date where the label's reader sees it (in the
// label's offset when it has one, else each side's own written date). Time
// accuracy, on pages whose label has a time and an offset: the same instant
// at the label's precision (minute or second).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/ingest.h"
#include "crosswire/text.h"
#include "crosswire/timestamp.h"
#include "crosswire/utf8.h"
#include "extraction_score.h"

namespace {

using crosswire::ingest::internal::BenchmarkPage;
using crosswire::ingest::internal::ShingleMatch;

struct PageResult {
  const BenchmarkPage* page;
  ShingleMatch match;
  bool test;
  bool empty;
  std::string error;
  std::optional<std::string> title, published;  // what crosswire extracted
};

// One line of labels.tsv: the headline and publication time a reader sees.
struct Label {
  std::string title;
  std::string published;  // ISO 8601 as precise as shown, or "none"
  std::string source;     // shown | meta | none
};

// Reads labels.tsv: "#" lines are comments; each other line is
// id TAB title TAB published TAB source.
std::optional<std::map<std::string, Label>> ReadLabels(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::map<std::string, Label> labels;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    if (fields.size() != 4) {
      std::fprintf(stderr, "extraction_bench: %s:%d: expected 4 tab-separated fields, got %zu\n",
                   path.c_str(), number, fields.size());
      return std::nullopt;
    }
    labels[fields[0]] = Label{fields[1], fields[2], fields[3]};
  }
  return labels;
}

// Case-folded, white space collapsed, typographic quotes, dashes and the
// ellipsis folded to ASCII.
std::string TitleKey(std::string_view title) {
  std::string folded = crosswire::text::FoldCase(crosswire::RepairUtf8(title).text);
  std::string out;
  bool space = false;
  for (size_t i = 0; i < folded.size();) {
    size_t length = 1;
    char32_t c = crosswire::DecodeUtf8At(folded, i, &length);
    std::string_view piece(folded.data() + i, length);
    i += length;
    if (crosswire::text::IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    switch (c) {
      case U'\u2018':
      case U'\u2019':
      case U'\u201A':
      case U'\u201B':
      case U'\u2032':
        out += '\'';
        break;
      case U'\u201C':
      case U'\u201D':
      case U'\u201E':
      case U'\u201F':
      case U'\u2033':
      case U'\u00AB':
      case U'\u00BB':
        out += '"';
        break;
      case U'\u2010':
      case U'\u2011':
      case U'\u2012':
      case U'\u2013':
      case U'\u2014':
      case U'\u2015':
      case U'\u2212':
        out += '-';
        break;
      case U'\u2026':
        out += "...";
        break;
      default:
        out += piece;
    }
  }
  return out;
}

// The calendar day (days since 1970-01-01) of `t` in `offset_minutes`.
int64_t DayIn(const crosswire::Timestamp& t, int32_t offset_minutes) {
  int64_t local = t.unix_seconds + int64_t{offset_minutes} * 60;
  return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

struct MetadataScore {
  size_t pages = 0, titled = 0, title_exact = 0, title_contains = 0, no_title = 0;
  size_t dated = 0, date_right = 0, timed = 0, time_right = 0, no_time = 0, unreadable = 0;
};

// Scores one page against its label; `why` says what missed.
void ScoreMetadata(const PageResult& r, const Label& label, MetadataScore& s, std::string* why) {
  ++s.pages;
  if (!r.title) ++s.no_title;
  if (!r.published) ++s.no_time;
  ++s.titled;
  std::string want = TitleKey(label.title);
  if (r.title) {
    std::string got = TitleKey(*r.title);
    if (got == want) ++s.title_exact;
    if (!got.empty() && !want.empty() &&
        (got.find(want) != std::string::npos || want.find(got) != std::string::npos)) {
      ++s.title_contains;
    }
    if (got != want) *why += "title: got \"" + *r.title + "\" want \"" + label.title + "\"; ";
  } else {
    *why += "title: none; ";
  }
  if (label.published == "none") return;
  auto truth = crosswire::ParseTimestamp(label.published);
  if (!truth) {
    *why += "bad label " + label.published + "; ";
    return;
  }
  ++s.dated;
  bool timed = truth->has_offset && truth->precision != crosswire::TimePrecision::kDay;
  s.timed += timed;
  std::optional<crosswire::Timestamp> got;
  if (r.published) {
    if (auto parsed = crosswire::ParseTimestamp(*r.published)) {
      got = *parsed;
    } else {
      ++s.unreadable;
    }
  }
  bool date_right = false, time_right = false;
  if (got) {
    date_right = truth->has_offset
                     ? DayIn(*got, truth->offset_minutes) == DayIn(*truth, truth->offset_minutes)
                     : DayIn(*got, got->offset_minutes) == DayIn(*truth, 0);
    if (timed && got->precision != crosswire::TimePrecision::kDay) {
      int64_t unit = truth->precision == crosswire::TimePrecision::kMinute ? 60 : 1;
      auto floor_div = [](int64_t a, int64_t b) { return a >= 0 ? a / b : (a - b + 1) / b; };
      time_right = floor_div(got->unix_seconds, unit) == floor_div(truth->unix_seconds, unit);
    }
  }
  s.date_right += date_right;
  s.time_right += time_right;
  if (!date_right || (timed && !time_right)) {
    *why += "published: got " + r.published.value_or("none") + " want " + label.published + " (" +
            label.source + ")";
  }
}

double Percent(size_t part, size_t whole) {
  return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

void PrintMetadataRow(const char* name, const MetadataScore& s) {
  std::printf("%-6s %5zu %6.1f%% %8.1f%% %8zu %5zu %6.1f%% %5zu %6.1f%% %8zu %7zu\n", name, s.pages,
              Percent(s.title_exact, s.titled), Percent(s.title_contains, s.titled), s.no_title,
              s.dated, Percent(s.date_right, s.dated), s.timed, Percent(s.time_right, s.timed),
              s.no_time, s.unreadable);
}

double PageF1(const ShingleMatch& m) {
  double p = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
  double r = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void PrintRow(const char* name, const std::vector<PageResult>& results, int split) {
  std::vector<ShingleMatch> matches;
  size_t empty = 0;
  for (const PageResult& r : results) {
    if (split >= 0 && r.test != (split == 1)) continue;
    matches.push_back(r.match);
    empty += r.empty;
  }
  auto score = crosswire::ingest::internal::MeanExtractionScore(matches);
  std::printf("%-6s %5zu %9.4f %7.4f %7.4f %6zu\n", name, score.pages, score.precision,
              score.recall, score.f1, empty);
}

// "https://www.x.com/a/" and "http://x.com/a" are the same page.
std::string Normalized(std::string_view url) {
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = std::string(CROSSWIRE_SHARED_DATA) + "/article-extraction";
  std::string dump_dir;
  std::string labels_path = std::string(CROSSWIRE_SOURCE_DIR) + "/testdata/extraction/labels.tsv";
  bool per_page = false, misses = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pages") == 0) {
      per_page = true;
    } else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
      dump_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--labels") == 0 && i + 1 < argc) {
      labels_path = argv[++i];
    } else if (std::strcmp(argv[i], "--misses") == 0) {
      misses = true;
    } else if (argv[i][0] != '-') {
      data_dir = argv[i];
    } else {
      std::fprintf(stderr,
                   "usage: extraction_bench [DATA_DIR] [--pages] [--dump DIR] [--labels FILE] "
                   "[--misses]\n");
      return 2;
    }
  }
  auto pages = crosswire::ingest::internal::LoadExtractionBenchmark(data_dir);
  if (!pages) {
    std::fprintf(stderr, "extraction_bench: error: %s\n", pages.error().message().c_str());
    return 1;
  }
  if (!dump_dir.empty()) std::filesystem::create_directories(dump_dir);

  std::vector<PageResult> results;
  struct {
    size_t title = 0, published = 0, author = 0, outlet = 0, url = 0, url_matches = 0;
  } metadata;
  std::chrono::steady_clock::duration extracting{};
  size_t html_bytes = 0;
  for (const BenchmarkPage& page : *pages) {
    auto start = std::chrono::steady_clock::now();
    auto articles = crosswire::ingest::ParseContent(
        page.html, page.id + ".html", crosswire::ingest::InputFormat::kHtml, {}, nullptr);
    extracting += std::chrono::steady_clock::now() - start;
    html_bytes += page.html.size();
    std::string text;
    PageResult result{&page,       {}, crosswire::ingest::internal::IsTestPage(page.id),
                      false,       "", std::nullopt,
                      std::nullopt};
    if (articles) {
      const crosswire::Article& article = (*articles)[0];
      text = article.text;
      result.title = article.title;
      result.published = article.published;
      metadata.title += article.title.has_value();
      metadata.published += article.published.has_value();
      metadata.author += article.author.has_value();
      metadata.outlet += article.outlet != article.id;
      metadata.url += article.url.has_value();
      metadata.url_matches += article.url && Normalized(*article.url) == Normalized(page.url);
      if (per_page) {
        std::printf("meta %.12s title=%s | published=%s | author=%s | outlet=%s | lang=%s\n",
                    page.id.c_str(), article.title.value_or("-").c_str(),
                    article.published.value_or("-").c_str(), article.author.value_or("-").c_str(),
                    article.outlet.c_str(), article.language.c_str());
      }
    } else {
      result.error = articles.error().message();
    }
    result.empty = text.empty();
    result.match = crosswire::ingest::internal::MatchShingles(page.truth, text);
    if (!dump_dir.empty()) std::ofstream(dump_dir + "/" + page.id + ".txt") << text;
    results.push_back(std::move(result));
  }

  if (per_page) {
    std::vector<const PageResult*> sorted;
    for (const PageResult& r : results) sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const PageResult* a, const PageResult* b) {
      return PageF1(a->match) < PageF1(b->match);
    });
    for (const PageResult* r : sorted) {
      const ShingleMatch& m = r->match;
      std::printf("%.12s %-4s P %.3f R %.3f F1 %.3f %s %s\n", r->page->id.c_str(),
                  r->test ? "test" : "dev", m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0,
                  m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0, PageF1(m), r->page->url.c_str(),
                  r->error.c_str());
    }
    std::printf("\n");
  }
  std::printf("split  pages precision  recall      F1  empty\n");
  PrintRow("dev", results, 0);
  PrintRow("test", results, 1);
  PrintRow("all", results, -1);
  std::printf(
      "metadata found on %zu pages: title %zu, published %zu, author %zu, outlet (not the file "
      "name) %zu, url %zu (%zu equal to the benchmark's url, ignoring scheme, www. and a "
      "trailing /)\n",
      results.size(), metadata.title, metadata.published, metadata.author, metadata.outlet,
      metadata.url, metadata.url_matches);
  double seconds = std::chrono::duration<double>(extracting).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "extraction: %.1f pages/s, %.1f MB/s (one core; gzip and scoring excluded); peak memory "
      "%.1f MB (ru_maxrss of the whole run, all pages held in memory)\n",
      static_cast<double>(results.size()) / seconds,
      static_cast<double>(html_bytes) / 1e6 / seconds, static_cast<double>(usage.ru_maxrss) / 1024);

  auto labels = ReadLabels(labels_path);
  if (!labels) {
    std::printf("no title/time labels at %s: accuracy skipped\n", labels_path.c_str());
    return 0;
  }
  MetadataScore split_scores[2], all;
  std::vector<std::string> dev_misses;
  size_t unlabelled = 0;
  for (const PageResult& r : results) {
    auto found = labels->find(r.page->id);
    if (found == labels->end()) {
      ++unlabelled;
      continue;
    }
    std::string why;
    ScoreMetadata(r, found->second, split_scores[r.test ? 1 : 0], &why);
    std::string ignored;
    ScoreMetadata(r, found->second, all, &ignored);
    if (!r.test && !why.empty()) dev_misses.push_back(r.page->id.substr(0, 12) + " " + why);
  }
  std::printf(
      "\ntitle and publication time against hand labels (%s; %zu pages unlabelled)\n"
      "split  pages  title  contains no-title dated   date timed   time  no-time unread\n",
      labels_path.c_str(), unlabelled);
  PrintMetadataRow("dev", split_scores[0]);
  PrintMetadataRow("test", split_scores[1]);
  PrintMetadataRow("all", all);
  if (misses) {
    std::printf("\ndev misses:\n");
    for (const std::string& line : dev_misses) std::printf("%s\n", line.c_str());
  }
  return 0;
}
