// serve_load: a bounded load test of `crosswire serve` on loopback.
//
//   serve_load STORE [--requests N] [--connections C] [--ingest INPUT...]
//
// Starts the server in this process on an ephemeral port of 127.0.0.1 over
// STORE (built beforehand, e.g. with `crosswire ingest` from the DUC mix; see
// bench/run_all.sh), then C client threads, each with its own keep-alive
// connection, issue N GETs in all: 40% story lists (pages, searches), 30%
// story reports (one of the 50 newest stories, so the digest cache warms),
// 30% articles. Prints throughput, p50/p90/p99/max latency and errors; with
// --ingest, the same load runs a second time while one more client POSTs the
// articles of INPUT in batches of 50 (the ingest's throughput is printed
// too). RSS is read before the first run and after each, so a leak shows.
// Exits 1 when any request failed.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "crosswire/ingest.h"
#include "crosswire/serve.h"
#include "crosswire/store.h"

namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;
constexpr const char* kToken = "serve-load-token";

long RssKiB() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kib = 0;
      status >> kib;
      return kib;
    }
    std::getline(status, key);
  }
  return -1;
}

struct Targets {
  std::vector<int64_t> stories;
  std::vector<std::string> articles;
};

crosswire::Result<Targets> LoadTargets(const std::string& path) {
  using namespace crosswire;
  store::OpenOptions open;
  open.read_only = true;
  auto s = store::OpenStore(path, open);
  if (!s) return std::unexpected(s.error());
  store::ListOptions list;
  list.limit = 50;
  auto page = (*s)->ListStories(list);
  if (!page) return std::unexpected(page.error());
  Targets t;
  for (const auto& story : page->stories) {
    t.stories.push_back(story.id);
    auto detail = (*s)->GetStory(story.id);
    if (!detail) continue;
    for (const auto& a : detail->articles) t.articles.push_back(a.article.id);
  }
  if (t.stories.empty()) return crosswire::InvalidInput(path + ": the store has no story");
  return t;
}

struct RunResult {
  size_t ok = 0, errors = 0;
  std::vector<double> latencies_ms;
  double seconds = 0;
};

RunResult RunLoad(int port, const Targets& targets, size_t requests, size_t connections) {
  std::atomic<size_t> next{0};
  std::vector<RunResult> per(connections);
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (size_t c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(60, 0);
      std::mt19937_64 rng(c + 1);
      RunResult& r = per[c];
      for (size_t i; (i = next.fetch_add(1)) < requests;) {
        std::string path;
        const size_t kind = rng() % 10;
        if (kind < 4) {
          static const char* kLists[] = {"/api/stories", "/api/stories?limit=10",
                                         "/api/stories?q=the", "/api/stories?limit=100"};
          path = kLists[rng() % 4];
        } else if (kind < 7) {
          path = "/api/stories/" + std::to_string(targets.stories[rng() % targets.stories.size()]);
        } else {
          path = "/api/articles/" + httplib::detail::encode_query_param(
                                        targets.articles[rng() % targets.articles.size()]);
        }
        const auto t0 = Clock::now();
        auto res = client.Get(path);
        r.latencies_ms.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (res && res->status == 200) {
          ++r.ok;
        } else {
          if (r.errors++ < 3) {
            std::fprintf(stderr, "serve_load: %s -> %s\n", path.c_str(),
                         res ? std::to_string(res->status).c_str()
                             : httplib::to_string(res.error()).c_str());
          }
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  RunResult all;
  all.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (RunResult& r : per) {
    all.ok += r.ok;
    all.errors += r.errors;
    all.latencies_ms.insert(all.latencies_ms.end(), r.latencies_ms.begin(), r.latencies_ms.end());
  }
  std::sort(all.latencies_ms.begin(), all.latencies_ms.end());
  return all;
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t i = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

void Print(const char* label, const RunResult& r) {
  std::printf(
      "%-22s %6zu ok %4zu errors  %7.1f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f "
      "ms  (%.2f s)\n",
      label, r.ok, r.errors, r.seconds > 0 ? static_cast<double>(r.ok + r.errors) / r.seconds : 0,
      Percentile(r.latencies_ms, 0.5), Percentile(r.latencies_ms, 0.9),
      Percentile(r.latencies_ms, 0.99), r.latencies_ms.empty() ? 0 : r.latencies_ms.back(),
      r.seconds);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace crosswire;
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: serve_load STORE [--requests N] [--connections C] [--ingest INPUT...]\n");
    return 2;
  }
  const std::string store_path = argv[1];
  size_t requests = 20000, connections = 64;
  std::vector<std::string> ingest_inputs;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--requests" && i + 1 < argc) {
      requests = std::stoul(argv[++i]);
    } else if (arg == "--connections" && i + 1 < argc) {
      connections = std::stoul(argv[++i]);
    } else if (arg == "--ingest") {
      while (i + 1 < argc) ingest_inputs.push_back(argv[++i]);
    } else {
      std::fprintf(stderr, "serve_load: unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  auto targets = LoadTargets(store_path);
  if (!targets) {
    std::fprintf(stderr, "serve_load: %s\n", targets.error().message().c_str());
    return 1;
  }
  serve::ServeOptions options;
  options.store = store_path;
  options.port = 0;
  options.token = kToken;
  options.post_rate_per_second = 1000;
  options.post_burst = 1000;
  auto server = serve::Server::Start(options);
  if (!server) {
    std::fprintf(stderr, "serve_load: %s\n", server.error().message().c_str());
    return 1;
  }
  const int port = (*server)->Port();
  std::printf(
      "serve_load: %s, %zu stories / %zu articles targeted, %zu GETs over %zu connections, %zu "
      "server threads\n",
      store_path.c_str(), targets->stories.size(), targets->articles.size(), requests, connections,
      options.threads);
  const long rss_before = RssKiB();
  RunResult plain = RunLoad(port, *targets, requests, connections);
  Print("GET only", plain);
  const long rss_after = RssKiB();
  size_t errors = plain.errors;

  // The same run again: with the caches warm, RSS should stay where it was.
  RunResult second = RunLoad(port, *targets, requests, connections);
  Print("GET only, again", second);
  const long rss_again = RssKiB();
  errors += second.errors;

  if (!ingest_inputs.empty()) {
    std::atomic<bool> load_done{false};
    size_t posted = 0, post_errors = 0;
    double ingest_seconds = 0;
    std::thread ingester([&] {
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(120, 0);
      httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
      ingest::ArticleStream stream(ingest_inputs, {});
      const auto t0 = Clock::now();
      std::string body;
      size_t in_body = 0;
      auto send = [&] {
        auto res = client.Post("/api/articles", auth, body, "application/x-ndjson");
        if (!res || res->status != 200) {
          if (post_errors++ < 3) {
            std::fprintf(
                stderr, "serve_load: POST -> %s\n",
                res ? (std::to_string(res->status) + " " + res->body).c_str() : "no response");
          }
        } else {
          posted += in_body;
        }
        body.clear();
        in_body = 0;
      };
      while (!load_done) {
        auto next = stream.Next();
        if (!next) continue;
        if (!next->has_value()) break;
        const Article& a = **next;
        Json line{{"id", a.id}, {"outlet", a.outlet}, {"text", a.text}};
        if (a.title) line["title"] = *a.title;
        if (a.published) line["published"] = *a.published;
        body += line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
        if (++in_body == 50) send();
      }
      if (in_body > 0 && !load_done) send();
      ingest_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    });
    RunResult during = RunLoad(port, *targets, requests, connections);
    load_done = true;
    ingester.join();
    Print("GET during ingest", during);
    std::printf("%-22s %6zu articles POSTed in batches of 50, %zu failed POSTs, %.1f articles/s\n",
                "ingest", posted, post_errors, ingest_seconds > 0 ? posted / ingest_seconds : 0);
    errors += during.errors + post_errors;
  }
  const long rss_end = RssKiB();
  std::printf(
      "RSS (server and clients): %ld MiB before, %ld MiB after run 1, %ld MiB after run 2, "
      "%ld MiB at the end\n",
      rss_before / 1024, rss_after / 1024, rss_again / 1024, rss_end / 1024);
  (*server)->Stop();
  return errors == 0 ? 0 : 1;
}
