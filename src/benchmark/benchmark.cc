// The benchmark runner: our methods and the peers' summaries, one data set,
// one evaluator run, so every row of the table is scored identically (same
// topics, same human summaries, same bootstrap). Peer commands (other
// summarizers) are run per topic here too, with the same budget, and timed;
// peer_command.cc runs them.
#include "crosswire/benchmark.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "crosswire/ingest.h"
#include "crosswire/pipeline.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::vector<fs::path> SortedEntries(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

double WallMs() {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Names become file suffixes and ROUGE peer ids: keep them plain.
bool IsValidPeerName(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

// options.methods with "all" replaced by every method, in registry order.
std::vector<std::string> ExpandedMethods(const BenchmarkOptions& options) {
  std::vector<std::string> out;
  for (const std::string& name : options.methods) {
    if (name != "all") {
      out.push_back(name);
      continue;
    }
    for (const std::string& known : SummarizerNames()) out.push_back(known);
  }
  return out;
}

// The digest request of one method on one topic: what a user of `crosswire
// summarize` would ask for.
ReportRequest DigestRequest(const BenchmarkOptions& options, const std::string& method,
                            const BenchmarkTopic& topic) {
  ReportRequest request;
  int64_t limit = static_cast<int64_t>(options.budget.limit);
  switch (options.budget.unit) {
    case Budget::Unit::kWords:
      request.words = limit;
      break;
    case Budget::Unit::kBytes:
      request.bytes = limit;
      break;
    case Budget::Unit::kSentences:
      request.sentences = limit;
      break;
  }
  request.method = method;
  request.method_parameters = options.method_parameters;
  request.language = options.language;
  request.output_format = "sentences";
  request.corroborate = false;
  if (options.query && !topic.query.empty()) request.query = topic.query;
  return request;
}

// Keeps the first `max_articles` articles in publication order (see
// BenchmarkOptions::max_articles); 0 keeps them all.
void KeepFirstArticles(Story* story, size_t max_articles) {
  ingest::KeepFirstArticles(&story->articles, max_articles);
}

// The articles of a topic that is not an update topic, cut as the options say:
// only the kept articles' text is read (ingest::ReadFirstArticles).
Result<Story> ReadTopicStory(const BenchmarkTopic& topic, size_t max_articles) {
  if (topic.story == nullptr) return ingest::ReadFirstArticles(topic.docs_dir, max_articles);
  Story story = *topic.story;
  KeepFirstArticles(&story, max_articles);
  return story;
}

// An update-task topic: its earlier sets are what the reader has read.
Result<Report> BuildTopicUpdateReport(const BenchmarkTopic& topic, const ReportOptions& options,
                                      size_t max_articles) {
  auto known = ingest::ReadStory(topic.known_dirs);
  if (!known) return std::unexpected(known.error());
  auto unread = ingest::ReadStory({topic.docs_dir});
  if (!unread) return std::unexpected(unread.error());
  KeepFirstArticles(&*unread, max_articles);
  Story story = std::move(*known);
  std::vector<bool> read(story.articles.size(), true);
  for (Article& article : unread->articles) story.articles.push_back(std::move(article));
  for (std::string& w : unread->warnings) story.warnings.push_back(std::move(w));
  return BuildUpdateReport(std::move(story), std::move(read), options);
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

}  // namespace

// Checks the peers' names and commands before any topic is summarized: a typo
// should not cost the hour it takes to reach the first peer run.
Result<void> ValidateBenchmarkOptions(const BenchmarkOptions& options) {
  const std::vector<std::string> methods = ExpandedMethods(options);
  for (const std::string& name : methods) {
    auto checked = ValidateReportOptions(DigestRequest(options, name, BenchmarkTopic{}));
    if (!checked) return std::unexpected(checked.error());
  }
  if (methods.empty() && options.peers.empty() && options.peer_commands.empty()) {
    return InvalidInput(
        "nothing to benchmark: no method, no peer summaries, no peer command given");
  }
  std::set<std::string> names(methods.begin(), methods.end());
  auto claim = [&](const std::string& name, const char* what) -> Result<void> {
    if (!IsValidPeerName(name)) {
      return InvalidInput(std::string(what) + " name \"" + Abbreviate(name) +
                          "\": use letters, digits, '-', '_' and '.', not starting with '.'");
    }
    if (!names.insert(name).second) {
      return InvalidInput(std::string(what) + " name \"" + Abbreviate(name) +
                          "\" is used twice (methods and peers share one namespace)");
    }
    return {};
  };
  for (const auto& [name, dir] : options.peers) {
    if (auto ok = claim(name, "peer"); !ok) return ok;
  }
  for (const PeerCommand& peer : options.peer_commands) {
    if (auto ok = claim(peer.name, "peer command"); !ok) return ok;
    if (peer.command.find_first_not_of(" \t") == std::string::npos) {
      return InvalidInput("peer command " + peer.name + ": the command is empty");
    }
    if (peer.command.find("{words}") != std::string::npos &&
        options.budget.unit != Budget::Unit::kWords) {
      return InvalidInput("peer command " + peer.name + ": {words} needs a budget in words, not " +
                          std::string(options.budget.unit_name()));
    }
  }
  if (!options.peer_commands.empty() &&
      (options.peer_timeout_ms <= 0 || options.peer_timeout_ms > kMaxPeerTimeoutMs)) {
    return InvalidInput("peer time limit of " + std::to_string(options.peer_timeout_ms) +
                        " ms is out of range 1.." + std::to_string(kMaxPeerTimeoutMs));
  }
  return {};
}

namespace {

fs::path FirstExisting(const fs::path& root, std::initializer_list<const char*> candidates) {
  for (const char* c : candidates) {
    if (fs::exists(root / c)) return root / c;
  }
  return {};
}

}  // namespace

std::vector<std::string> NistRougeArguments(size_t words) {
  return {"-n",
          "2",
          "-x",
          "-m",
          "-2",
          "4",
          "-u",
          "-c",
          "95",
          "-r",
          "1000",
          "-f",
          "A",
          "-p",
          "0.5",
          "-t",
          "0",
          "-l",
          std::to_string(words)};
}

Result<std::vector<BenchmarkTopic>> LoadDucDataset(const std::string& dir) {
  fs::path root(dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return NotFound(dir + ": no such data set directory");
  fs::path base = fs::is_directory(root / "main" / "docs") ? root / "main" : root;
  fs::path docs = base / "docs";
  fs::path models = FirstExisting(base, {"models", "models_from_pyramids"});
  if (!fs::is_directory(docs)) {
    return NotFound(dir + ": expected a docs/ (or main/docs/) directory of topic sets");
  }
  if (models.empty()) return NotFound(dir + ": expected a models/ directory of human summaries");

  std::map<std::string, std::string> queries;  // set id -> title + narrative
  for (const fs::path& p : SortedEntries(base)) {
    std::string name = p.filename().string();
    if (name.find("topics") != std::string::npos && p.extension() == ".sgml") {
      auto topics = ingest::ReadDucTopics(p.string());
      if (!topics) return std::unexpected(topics.error());
      for (const ingest::Topic& t : *topics) {
        queries[t.id] = t.Query();
      }
    }
  }
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_topic;
  for (const fs::path& p : SortedEntries(models)) {
    std::string name = p.filename().string();
    size_t dot = name.find('.');
    size_t last = name.rfind('.');
    if (dot == std::string::npos) continue;
    by_topic[name.substr(0, dot)].emplace_back(name.substr(last + 1), p.string());
  }
  std::vector<BenchmarkTopic> topics;
  auto add = [&](BenchmarkTopic t, const std::string& query_id) {
    auto q = queries.find(query_id);
    if (q != queries.end()) t.query = q->second;
    auto m = by_topic.find(t.topic);
    if (m == by_topic.end()) return;  // no human summaries: not scorable
    t.models = m->second;
    topics.push_back(std::move(t));
  };
  for (const fs::path& p : SortedEntries(docs)) {
    if (!fs::is_directory(p)) continue;
    const std::string set_id = p.filename().string();
    // Sets are named topic + assessor letter ("D0601A"); summaries use the topic.
    const std::string topic =
        set_id.size() > 1 && std::isalpha(static_cast<unsigned char>(set_id.back()))
            ? set_id.substr(0, set_id.size() - 1)
            : set_id;
    std::vector<fs::path> parts;  // the update task's successive sets
    for (const fs::path& e : SortedEntries(p)) {
      if (fs::is_directory(e)) parts.push_back(e);
    }
    BenchmarkTopic t;
    t.set_id = set_id;
    t.topic = topic;
    t.docs_dir = p.string();
    if (parts.empty()) {
      add(std::move(t), set_id);
      continue;
    }
    // "D0703A/D0703A-B" is part B of topic D0703 (summaries "D0703-B.*"),
    // read after parts A and before C.
    std::vector<std::string> known;
    for (const fs::path& part : parts) {
      const std::string part_id = part.filename().string();
      size_t dash = part_id.rfind('-');
      BenchmarkTopic u;
      u.set_id = part_id;
      u.topic = topic + "-" + (dash == std::string::npos ? part_id : part_id.substr(dash + 1));
      u.docs_dir = part.string();
      u.known_dirs = known;
      add(std::move(u), set_id);
      known.push_back(part.string());
    }
  }
  if (topics.empty())
    return InvalidInput(dir + ": no topic set has human summaries in " + models.string());
  return topics;
}

std::vector<std::string> MultiNewsRougeArguments(size_t words) {
  return {"-n", "2",  "-m",  "-a", "-l",   std::to_string(words),
          "-x", "-c", "95",  "-r", "1000", "-f",
          "A",  "-p", "0.5", "-t", "0"};
}

Result<std::vector<BenchmarkTopic>> LoadMultiNewsDataset(const std::string& dir,
                                                         const std::string& references_dir,
                                                         std::vector<std::string>* warnings,
                                                         const std::string& split) {
  fs::path source = fs::path(dir) / (split + ".src");
  fs::path target = fs::path(dir) / (split + ".tgt");
  for (const fs::path& p : {source, target}) {
    if (!fs::is_regular_file(p)) return NotFound(p.string() + ": no such file");
  }
  std::vector<std::string> summaries;
  {
    std::ifstream in(target, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) summaries.push_back(line);
    if (in.bad()) return DataLoss(target.string() + ": read error");
  }
  std::vector<std::string> ignored;
  auto stories = ingest::ReadMultiNews(source.string());
  if (!stories) return std::unexpected(stories.error());
  // ReadMultiNews names stories "<stem>-<line>"; a summary sits on that line.
  std::vector<BenchmarkTopic> topics;
  for (Story& story : *stories) {
    size_t dash = story.id.rfind('-');
    size_t line = dash == std::string::npos ? 0 : std::stoul(story.id.substr(dash + 1));
    if (line == 0 || line > summaries.size()) {
      return InvalidInput(source.string() + ": story " + story.id + " has no summary in " +
                          target.string() + " (" + std::to_string(summaries.size()) + " lines)");
    }
    for (std::string& w : story.warnings) (warnings ? warnings : &ignored)->push_back(w);
    story.warnings.clear();
    if (story.articles.empty()) continue;
    std::string summary = summaries[line - 1];
    for (std::string_view dash_prefix : {"\u2013 ", "- "}) {
      if (summary.starts_with(dash_prefix)) summary.erase(0, dash_prefix.size());
    }
    BenchmarkTopic topic;
    topic.set_id = topic.topic = story.id;
    fs::path model = fs::path(references_dir) / (story.id + ".A");
    std::ofstream out(model, std::ios::binary);
    out << summary << "\n";
    if (!out.flush()) return DataLoss(model.string() + ": cannot write the reference summary");
    topic.models = {{"A", model.string()}};
    topic.story = std::make_shared<const Story>(std::move(story));
    topics.push_back(std::move(topic));
  }
  if (topics.empty()) return InvalidInput(source.string() + ": no story with articles");
  return topics;
}

Result<BenchmarkResult> RunBenchmark(const std::vector<BenchmarkTopic>& topics,
                                     const BenchmarkOptions& options, const RougeData& data) {
  if (auto ok = ValidateBenchmarkOptions(options); !ok) return std::unexpected(ok.error());
  const std::vector<std::string> methods = ExpandedMethods(options);
  fs::path work(options.work_dir);
  if (!fs::is_directory(work)) return NotFound(options.work_dir + ": no such work directory");

  BenchmarkResult result;
  result.topics = topics.size();
  std::vector<RougeEval> evals(topics.size());
  for (size_t i = 0; i < topics.size(); ++i) {
    evals[i].id = topics[i].topic;
    evals[i].models = topics[i].models;
  }
  std::vector<double> cpu(methods.size(), 0.0);
  std::vector<double> wall(methods.size(), 0.0);
  std::vector<double> peer_cpu(options.peer_commands.size(), 0.0);
  std::vector<double> peer_wall(options.peer_commands.size(), 0.0);
  std::vector<double> peer_peak(options.peer_commands.size(), 0.0);
  std::vector<std::string> peer_commands;  // with the budget filled in
  for (const PeerCommand& peer : options.peer_commands) {
    peer_commands.push_back(
        ReplaceAll(peer.command, "{words}", std::to_string(options.budget.limit)));
  }
  std::vector<std::vector<std::string>> notes(methods.size());
  for (size_t i = 0; i < topics.size(); ++i) {
    const BenchmarkTopic& topic = topics[i];
    // Reading and analysis are part of each method's time: a user runs one.
    for (size_t m = 0; m < methods.size(); ++m) {
      auto digest_options = ValidateReportOptions(DigestRequest(options, methods[m], topic));
      if (!digest_options) return std::unexpected(digest_options.error());
      double t0 = CpuSeconds();
      double w0 = WallMs();
      auto build = [&]() -> Result<Report> {
        if (!topic.known_dirs.empty()) {
          return BuildTopicUpdateReport(topic, *digest_options, options.max_articles);
        }
        if (topic.story != nullptr && options.max_articles == 0) {
          return BuildReport(*topic.story, *digest_options);
        }
        auto story = ReadTopicStory(topic, options.max_articles);
        if (!story) return std::unexpected(story.error());
        return BuildReport(std::move(*story), *digest_options);
      };
      auto report = build();
      if (!report) return std::unexpected(report.error().WithContext(topic.set_id));
      std::string digest = RenderReport(*report, *digest_options);
      cpu[m] += CpuSeconds() - t0;
      wall[m] += WallMs() - w0;
      for (const std::string& note : report->summary.notes) {
        notes[m].push_back(topic.set_id + ": " + note);
      }
      if (m == 0) {
        for (const std::string& w : report->warnings) result.warnings.push_back(w);
      }
      fs::path out = work / (topic.topic + "." + methods[m]);
      std::ofstream file(out, std::ios::binary);
      file << digest;
      if (!file.flush()) return DataLoss(out.string() + ": cannot write the digest");
      evals[i].peers[methods[m]] = out.string();
    }
    for (const auto& [name, dir] : options.peers) {
      std::string found;
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string file = e.path().filename().string();
        if (file.rfind(topic.topic, 0) == 0 &&
            (file.size() == topic.topic.size() ||
             !std::isdigit(static_cast<unsigned char>(file[topic.topic.size()])))) {
          found = e.path().string();
          break;
        }
      }
      if (ec) return NotFound(dir + ": cannot list the peer summaries of " + name);
      if (found.empty())
        return NotFound(dir + ": no summary of topic " + topic.topic + " for " + name);
      evals[i].peers[name] = found;
    }
    if (!options.peer_commands.empty()) {
      // Read outside the timing: the peers get plain text, and parsing SGML
      // is no part of what they would do for a user.
      auto story = ReadTopicStory(topic, options.max_articles);
      if (!story) return std::unexpected(story.error());
      if (methods.empty()) {
        for (const std::string& w : story->warnings) result.warnings.push_back(w);
      }
      std::string input = FormatPeerInput(*story);
      std::vector<std::string> environment = {
          "CROSSWIRE_TOPIC=" + topic.topic,
          "CROSSWIRE_WORDS=" + std::to_string(options.budget.limit)};
      if (options.query && !topic.query.empty()) {
        environment.push_back("CROSSWIRE_QUERY=" + topic.query);
      }
      for (size_t p = 0; p < options.peer_commands.size(); ++p) {
        const std::string& name = options.peer_commands[p].name;
        auto run = RunPeerCommand(peer_commands[p], input, options.peer_timeout_ms, environment);
        if (!run) {
          return std::unexpected(
              run.error().WithContext("peer " + name + ", topic " + topic.topic));
        }
        if (run->output.find_first_not_of(" \t\r\n") == std::string::npos) {
          return InvalidInput("peer " + name + ", topic " + topic.topic +
                              ": the command wrote no summary on its standard output");
        }
        peer_cpu[p] += run->cpu_ms;
        peer_wall[p] += run->wall_ms;
        peer_peak[p] = std::max(peer_peak[p], run->peak_rss_mib);
        fs::path out = work / (topic.topic + "." + name);
        std::ofstream file(out, std::ios::binary);
        file << run->output;
        if (!run->output.empty() && run->output.back() != '\n') file << "\n";
        if (!file.flush()) return DataLoss(out.string() + ": cannot write the summary of " + name);
        evals[i].peers[name] = out.string();
      }
    }
  }

  std::vector<std::string> peer_ids;
  for (const std::string& m : methods) peer_ids.push_back(m);
  for (const auto& p : options.peers) peer_ids.push_back(p.first);
  for (const PeerCommand& p : options.peer_commands) peer_ids.push_back(p.name);
  auto report = EvaluateRouge(evals, options.rouge, data, peer_ids);
  if (!report) return std::unexpected(report.error());
  for (const std::string& w : report->warnings) result.warnings.push_back(w);
  for (size_t k = 0; k < peer_ids.size(); ++k) {
    BenchmarkRow row;
    row.system = peer_ids[k];
    for (const RougeSystemResult& s : report->systems) {
      if (s.peer_id == row.system) row.metrics = s.metrics;
    }
    double n = static_cast<double>(std::max<size_t>(topics.size(), 1));
    size_t first_command = methods.size() + options.peers.size();
    if (k < methods.size()) {
      row.kind = BenchmarkRow::Kind::kMethod;
      row.cpu_ms_per_topic = 1000.0 * cpu[k] / n;
      row.wall_ms_per_topic = wall[k] / n;
      row.notes = notes[k];
    } else if (k < first_command) {
      row.kind = BenchmarkRow::Kind::kPrecomputed;
    } else {
      row.kind = BenchmarkRow::Kind::kPeerCommand;
      row.cpu_ms_per_topic = peer_cpu[k - first_command] / n;
      row.wall_ms_per_topic = peer_wall[k - first_command] / n;
      row.peak_rss_mib = peer_peak[k - first_command];
    }
    result.rows.push_back(std::move(row));
  }
  rusage self{};
  if (getrusage(RUSAGE_SELF, &self) == 0) {
    result.process_peak_rss_mib = static_cast<double>(self.ru_maxrss) / 1024.0;
  }
  return result;
}

std::string FormatBenchmarkTable(const BenchmarkResult& result, TableScore score) {
  const char* kShown[] = {"ROUGE-1", "ROUGE-2", "ROUGE-SU4"};
  std::vector<std::string> shown;
  if (!result.rows.empty()) {
    for (const char* name : kShown) {
      for (const RougeMetricResult& m : result.rows[0].metrics) {
        if (m.name == name) shown.push_back(name);
      }
    }
  }
  std::ostringstream out;
  out << "| system |";
  const size_t k = static_cast<size_t>(score);
  const char* letter = score == TableScore::kF ? "F" : "R";
  for (const std::string& s : shown) out << " " << s << " " << letter << " (95% CI) |";
  out << " CPU ms/topic | wall ms/topic |\n|---|";
  for (size_t i = 0; i < shown.size(); ++i) out << "---|";
  out << "---:|---:|\n";
  for (const BenchmarkRow& row : result.rows) {
    out << "| " << row.system << " |";
    for (const std::string& name : shown) {
      auto it = std::find_if(row.metrics.begin(), row.metrics.end(),
                             [&](const RougeMetricResult& m) { return m.name == name; });
      if (it == row.metrics.end()) {
        out << " – |";
      } else {
        out << " " << it->average[k] << " (" << it->lower[k] << "–" << it->upper[k] << ") |";
      }
    }
    if (row.kind == BenchmarkRow::Kind::kPrecomputed) {
      out << " (precomputed) | (precomputed) |\n";
    } else {
      std::ostringstream ms;
      ms.precision(1);
      ms << std::fixed << " " << row.cpu_ms_per_topic << " | " << row.wall_ms_per_topic << " |\n";
      out << ms.str();
    }
  }
  return out.str();
}

std::string FormatBenchmarkNotes(const BenchmarkResult& result, bool all) {
  std::ostringstream out;
  for (const BenchmarkRow& row : result.rows) {
    if (all) {
      for (const std::string& note : row.notes)
        out << "note: " << row.system << ": " << note << "\n";
      continue;
    }
    // Notes are "TOPIC: TEXT"; the kind is TEXT up to its first ':'.
    std::vector<std::string> kinds;
    std::map<std::string, std::pair<size_t, std::string>> by_kind;  // count, first note
    for (const std::string& note : row.notes) {
      size_t topic_end = note.find(": ");
      std::string text = topic_end == std::string::npos ? note : note.substr(topic_end + 2);
      std::string kind = text.substr(0, text.find(':'));
      auto [it, fresh] = by_kind.try_emplace(kind, 0, note);
      if (fresh) kinds.push_back(kind);
      ++it->second.first;
    }
    for (const std::string& kind : kinds) {
      const auto& [count, first] = by_kind[kind];
      out << "note: " << row.system << ": ";
      if (count == 1) {
        out << first << "\n";
      } else {
        out << kind << " on " << count << " of " << result.topics << " topics (first: " << first
            << ")\n";
      }
    }
  }
  return out.str();
}

}  // namespace crosswire
