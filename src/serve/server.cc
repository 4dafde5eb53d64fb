// The HTTP server: routes of docs/api.md over the store, on cpp-httplib.
//
// Threads. httplib accepts connections on one thread and hands each to a task
// queue; ours (BoundedPool) has a fixed number of workers and a bounded queue
// of accepted connections: when the queue is full the accepting thread waits,
// so the kernel's listen backlog absorbs a burst instead of memory. A worker
// serves one connection at a time, for at most `keep_alive_s` of idleness.
//
// State shared by the workers, each behind its own lock:
//  - StorePool: Store objects (one SQLite connection each) lent to one
//    request at a time; WAL lets them read while an ingest writes;
//  - the ingester (one StreamIngester and its own Store), under ingest_mu_:
//    POSTs are serialised, as one `crosswire ingest` process would be;
//  - the conflict counts of the stories' default reports (story -> version,
//    count), filled when a default report is computed: by GET
//    /api/stories/{id}, and by the background thread that recomputes the
//    stories each POST touched, so the list's badges follow ingests;
//  - token buckets per remote address for POST; metrics counters.
//
// Reports are cached in the store (PutDigest/GetDigest) under a key naming
// every option; a digest the store marks stale (the story changed) is
// recomputed.
//
// Errors are JSON {error, message}. Messages may quote the request (a
// parameter, an article id) but never the server's disk: store failures
// (kDataLoss, kInternal) become a generic 500.
#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "assets.h"
#include "crosswire/ingest.h"
#include "crosswire/pipeline.h"
#include "crosswire/serve.h"
#include "crosswire/store.h"
#include "crosswire/stream.h"
#include "crosswire/text.h"
#include "crosswire/timestamp.h"

namespace crosswire::serve {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxListPage = 200;  // stories per page of GET /api/stories
constexpr std::string_view kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// Valid JSON for any bytes: invalid UTF-8 becomes U+FFFD.
std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void SendJson(httplib::Response& res, int status, const Json& json) {
  res.status = status;
  res.set_content(Dump(json), "application/json");
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  std::string_view code = "internal";
  switch (status) {
    case 400:
      code = "bad_request";
      break;
    case 401:
      code = "unauthorized";
      break;
    case 404:
      code = "not_found";
      break;
    case 413:
      code = "too_large";
      break;
    case 429:
      code = "rate_limited";
      break;
    default:
      break;
  }
  SendJson(res, status, Json{{"error", code}, {"message", message}});
}

// A library error as an HTTP error. Failures of the store itself say nothing
// of where it lives, and the store's name for its file ("news.db: no story
// 9") becomes "store".
void SendLibraryError(httplib::Response& res, const Error& error,
                      std::string_view store_path = {}) {
  std::string message = error.message();
  if (!store_path.empty()) {
    for (size_t at; (at = message.find(store_path)) != std::string::npos;) {
      message.replace(at, store_path.size(), "store");
    }
  }
  switch (error.code()) {
    case ErrorCode::kInvalidInput:
      return SendError(res, 400, message);
    case ErrorCode::kNotFound:
      return SendError(res, 404, message);
    case ErrorCode::kResourceExhausted:
      return SendError(res, 413, message);
    default:
      return SendError(res, 500, "the store failed; see the server's log");
  }
}

// Token comparison whose time does not depend on where the strings differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

// A fixed number of workers and a bounded queue (see the essay on top).
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(size_t threads, size_t capacity) : capacity_(capacity) {
    for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~BoundedPool() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] { return jobs_.size() < capacity_ || stopping_; });
    jobs_.push_back(std::move(fn));
    ready_.notify_one();
  }

  // Runs what is queued, then ends the workers.
  void shutdown() override {
    {
      std::lock_guard lock(mu_);
      if (stopping_ && workers_.empty()) return;
      stopping_ = true;
    }
    ready_.notify_all();
    space_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return !jobs_.empty() || stopping_; });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
        space_.notify_one();
      }
      job();
    }
  }

  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable ready_, space_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

// Store objects lent to one request at a time.
class StorePool {
 public:
  explicit StorePool(std::string location) : location_(std::move(location)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    store::Store& operator*() { return *store_; }
    store::Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  Result<Lease> Acquire() {
    {
      std::lock_guard lock(mu_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    store::OpenOptions open;
    open.create_if_missing = false;
    auto opened = store::OpenStore(location_, open);
    if (!opened) return std::unexpected(opened.error());
    return Lease(this, std::move(*opened));
  }

 private:
  void Return(std::unique_ptr<store::Store> s) {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(s));
  }

  const std::string location_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> free_;
};

// Token buckets per remote address.
class RateLimiter {
 public:
  RateLimiter(double rate, double burst) : rate_(rate), burst_(burst) {}

  // 0 when the request may go ahead; else the seconds to wait.
  int Take(const std::string& client) {
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mu_);
    if (buckets_.size() > kMaxClients) Prune(now);
    auto [it, inserted] = buckets_.try_emplace(client, Bucket{burst_, now});
    Bucket& b = it->second;
    if (!inserted) {
      double elapsed = std::chrono::duration<double>(now - b.last).count();
      b.tokens = std::min(burst_, b.tokens + elapsed * rate_);
      b.last = now;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / rate_)));
  }

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point last;
  };
  static constexpr size_t kMaxClients = 10000;

  // Forgets the clients whose buckets have refilled: they are as new.
  void Prune(std::chrono::steady_clock::time_point now) {
    std::erase_if(buckets_, [&](const auto& entry) {
      double elapsed = std::chrono::duration<double>(now - entry.second.last).count();
      return entry.second.tokens + elapsed * rate_ >= burst_;
    });
  }

  const double rate_, burst_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

// Prometheus counters and a latency histogram.
class Metrics {
 public:
  static constexpr double kBuckets[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                        0.1,   0.25,   0.5,   1,    2.5,   5};

  void Record(std::string_view route, int status, double seconds) {
    std::lock_guard lock(mu_);
    ++requests_[{std::string(route), status}];
    size_t i = 0;
    while (i < std::size(kBuckets) && seconds > kBuckets[i]) ++i;
    ++histogram_[i];
    latency_sum_ += seconds;
    ++latency_count_;
  }

  void AddIngested(size_t added, size_t read) {
    std::lock_guard lock(mu_);
    articles_added_ += added;
    articles_posted_ += read;
  }

  std::string Render(const std::optional<store::StoreStats>& stats) {
    std::lock_guard lock(mu_);
    std::string out;
    out += "# HELP crosswire_http_requests_total HTTP requests by route and status code.\n";
    out += "# TYPE crosswire_http_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
      out += "crosswire_http_requests_total{route=\"" + key.first + "\",code=\"" +
             std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
    }
    out += "# HELP crosswire_http_request_duration_seconds Time to handle a request.\n";
    out += "# TYPE crosswire_http_request_duration_seconds histogram\n";
    uint64_t cumulative = 0;
    for (size_t i = 0; i <= std::size(kBuckets); ++i) {
      cumulative += histogram_[i];
      std::string le = i < std::size(kBuckets) ? Json(kBuckets[i]).dump() : "+Inf";
      out += "crosswire_http_request_duration_seconds_bucket{le=\"" + le + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "crosswire_http_request_duration_seconds_sum " + Json(latency_sum_).dump() + "\n";
    out += "crosswire_http_request_duration_seconds_count " + std::to_string(latency_count_) + "\n";
    out += "# HELP crosswire_articles_posted_total Articles received by POST /api/articles.\n";
    out += "# TYPE crosswire_articles_posted_total counter\n";
    out += "crosswire_articles_posted_total " + std::to_string(articles_posted_) + "\n";
    out += "# HELP crosswire_articles_ingested_total New articles stored from POSTs.\n";
    out += "# TYPE crosswire_articles_ingested_total counter\n";
    out += "crosswire_articles_ingested_total " + std::to_string(articles_added_) + "\n";
    if (stats) {
      out += "# HELP crosswire_store_bytes The store's database file and write-ahead log.\n";
      out += "# TYPE crosswire_store_bytes gauge\n";
      out += "crosswire_store_bytes " + std::to_string(stats->file_bytes + stats->wal_bytes) + "\n";
      out += "# HELP crosswire_store_articles Articles in the store.\n";
      out += "# TYPE crosswire_store_articles gauge\n";
      out += "crosswire_store_articles " + std::to_string(stats->articles) + "\n";
      out += "# HELP crosswire_store_stories Stories in the store.\n";
      out += "# TYPE crosswire_store_stories gauge\n";
      out += "crosswire_store_stories " + std::to_string(stats->stories) + "\n";
    }
    return out;
  }

 private:
  std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  uint64_t histogram_[std::size(kBuckets) + 1] = {};
  double latency_sum_ = 0;
  uint64_t latency_count_ = 0;
  uint64_t articles_added_ = 0, articles_posted_ = 0;
};

// The route a path belongs to, for the metrics' labels (bounded cardinality).
std::string_view RouteOf(const httplib::Request& req) {
  std::string_view p = req.path;
  if (p == "/api/stories") return "/api/stories";
  if (p.starts_with("/api/stories/")) return "/api/stories/{id}";
  if (p == "/api/articles") return "/api/articles";
  if (p.starts_with("/api/articles/")) return "/api/articles/{id}";
  if (p == "/healthz" || p == "/metrics" || p == "/") return p;
  if (p.starts_with("/static/")) return "/static";
  return "other";
}

// A query parameter's single value; 400 when repeated.
Result<std::optional<std::string>> Param(const httplib::Request& req, const std::string& name) {
  size_t n = req.get_param_value_count(name);
  if (n == 0) return std::nullopt;
  if (n > 1) return InvalidInput(name + ": given " + std::to_string(n) + " times");
  return req.get_param_value(name);
}

Result<void> OnlyParams(const httplib::Request& req,
                        std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : req.params) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      return InvalidInput(Abbreviate(name) + ": unknown parameter");
    }
  }
  return {};
}

// A positive whole number in decimal.
Result<int64_t> ParsePositive(std::string_view name, std::string_view text, int64_t max) {
  int64_t value = 0;
  bool ok = !text.empty() && text.size() <= 18 &&
            text.find_first_not_of("0123456789") == std::string_view::npos;
  if (ok) {
    for (char c : text) value = value * 10 + (c - '0');
  }
  if (!ok || value < 1 || value > max) {
    return InvalidInput(std::string(name) + ": expected a whole number from 1 to " +
                        std::to_string(max) + ", got \"" + Abbreviate(std::string(text)) + "\"");
  }
  return value;
}

Result<std::optional<int64_t>> ParseSince(const httplib::Request& req) {
  auto since = Param(req, "since");
  if (!since) return std::unexpected(since.error());
  if (!*since) return std::nullopt;
  auto parsed = ParseUnixSeconds(**since);
  if (!parsed) return std::unexpected(parsed.error().WithContext("since"));
  return *parsed;
}

int CountConflicts(const Json& report) {
  int n = 0;
  if (report.contains("facts") && report["facts"].is_array()) {
    for (const Json& g : report["facts"]) {
      if (g.is_object() && g.value("verdict", "") == "conflict") ++n;
    }
  }
  return n;
}

// Every line of a JSONL body that is a JSON object names its "id" (a
// non-empty string); the reader reports every other problem.
Result<void> RequireIds(std::string_view content) {
  size_t line = 0;
  while (!content.empty()) {
    size_t end = content.find('\n');
    std::string_view text = content.substr(0, end);
    content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
    ++line;
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    auto id = j.find("id");
    if (id == j.end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
      return InvalidInput("body:" + std::to_string(line) +
                          ": field \"id\" is required (a non-empty string)");
    }
  }
  return {};
}

std::string_view StatusName(store::ArticleStatus s) {
  switch (s) {
    case store::ArticleStatus::kNew:
      return "added";
    case store::ArticleStatus::kUnchanged:
      return "unchanged";
    case store::ArticleStatus::kRevised:
      return "revised";
  }
  return "added";
}

}  // namespace

Result<void> ValidateServeOptions(const ServeOptions& o) {
  if (o.store.empty()) return InvalidInput("store: no store given");
  if (o.port < 0 || o.port > 65535) {
    return InvalidInput("port " + std::to_string(o.port) + " is out of range: expected 0 to 65535");
  }
  if (o.threads < 1 || o.threads > 256) {
    return InvalidInput("threads: " + std::to_string(o.threads) + " is out of range: 1 to 256");
  }
  if (o.queue < 1) return InvalidInput("queue: must be at least 1");
  if (o.max_body_bytes < 1) return InvalidInput("max_body_bytes: must be at least 1");
  if (!(o.post_rate_per_second > 0) || !(o.post_burst >= 1)) {
    return InvalidInput("post rate must be > 0 per second with a burst of at least 1");
  }
  if (o.read_timeout_s < 1 || o.write_timeout_s < 1 || o.keep_alive_s < 1) {
    return InvalidInput("timeouts must be at least 1 second");
  }
  if (auto read = ValidateReadOptions("jsonl", o.cluster.language); !read) {
    return std::unexpected(read.error());
  }
  return ValidateClusterOptions(o.cluster);
}

class Server::Impl {
 public:
  Impl(const ServeOptions& options, StreamIngester ingester, std::unique_ptr<store::Store> writer)
      : options_(options),
        stores_(options.store),
        limiter_(options.post_rate_per_second, options.post_burst),
        writer_(std::move(writer)),
        ingester_(std::move(ingester)) {}

  ~Impl() { Stop(); }

  Result<void> Listen() {
    Configure();
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.bind);
    } else {
      port_ = http_.bind_to_port(options_.bind, options_.port) ? options_.port : -1;
    }
    if (port_ <= 0) {
      return InvalidInput("cannot listen on " + options_.bind + ":" +
                          std::to_string(options_.port) +
                          " (address in use, or not an address of this machine)");
    }
    background_ = std::thread([this] { RecomputeLoop(); });
    listener_ = std::thread([this] { http_.listen_after_bind(); });
    // Stop() must not run before the listener is up, or it would miss it.
    while (!http_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return {};
  }

  int Port() const { return port_; }

  void Stop() {
    std::call_once(stopped_, [this] {
      if (listener_.joinable()) {
        http_.stop();  // closes the listening socket; the pool finishes what is in flight
        listener_.join();
      }
      {
        std::lock_guard lock(recompute_mu_);
        stopping_ = true;
      }
      recompute_cv_.notify_all();
      if (background_.joinable()) background_.join();
      std::lock_guard lock(ingest_mu_);
      writer_.reset();
    });
  }

 private:
  void Fail(httplib::Response& res, const Error& error) const {
    SendLibraryError(res, error, options_.store);
  }

  void Configure() {
    const size_t threads = options_.threads, queue = options_.queue;
    http_.new_task_queue = [threads, queue] { return new BoundedPool(threads, queue); };
    http_.set_payload_max_length(options_.max_body_bytes);
    http_.set_read_timeout(options_.read_timeout_s, 0);
    http_.set_write_timeout(options_.write_timeout_s, 0);
    http_.set_keep_alive_timeout(options_.keep_alive_s);
    // Replies are written in one piece: Nagle's algorithm would hold the
    // last segment for the client's delayed ACK (~40 ms a request).
    http_.set_tcp_nodelay(true);
    // httplib closes a keep-alive connection after 5 requests by default;
    // every reconnect goes through its listen backlog of 5, where SYNs drop
    // under load and wait a second to be retried.
    http_.set_keep_alive_max_count(20);
    http_.set_default_headers({{"Content-Security-Policy", std::string(kCsp)},
                               {"X-Content-Type-Options", "nosniff"},
                               {"Referrer-Policy", "no-referrer"},
                               {"Cache-Control", "no-store"}});
    http_.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      request_start_ = std::chrono::steady_clock::now();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    // Recorded just before the response is written (httplib's logger runs
    // after, so a client could read /metrics before its own request counted).
    http_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - request_start_).count();
      metrics_.Record(RouteOf(req), res.status, seconds);
    });
    // Errors httplib raises itself (no route, body over the limit, bad
    // request line) get the same JSON body as ours.
    http_.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          switch (res.status) {
            case 404:
              SendError(res, 404, "no such resource");
              break;
            case 413:
              SendError(res, 413, "request body over the size limit");
              break;
            case 414:
              SendError(res, 400, "request line over the size limit");
              break;
            case 400:
              SendError(res, 400, "malformed request");
              break;
            default:
              SendError(res, res.status, "request failed");
              break;
          }
          return httplib::Server::HandlerResponse::Handled;
        }));
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                   std::exception_ptr) { SendError(res, 500, "internal error"); });

    http_.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, Json{{"status", "ok"}});
    });
    http_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      std::optional<store::StoreStats> stats;
      if (auto lease = stores_.Acquire()) {
        if (auto s = (*lease)->Stats()) stats = *s;
      }
      res.set_content(metrics_.Render(stats), "text/plain; version=0.0.4");
    });
    http_.Get("/api/stories", [this](const httplib::Request& req, httplib::Response& res) {
      ListStories(req, res);
    });
    http_.Get(R"(/api/stories/([^/]+))",
              [this](const httplib::Request& req, httplib::Response& res) { GetStory(req, res); });
    http_.Get(R"(/api/articles/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      GetArticle(req, res);
    });
    http_.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
      PostArticles(req, res);
    });
    http_.Get("/", [](const httplib::Request&, httplib::Response& res) {
      ServeAsset("index.html", res);
    });
    http_.Get(R"(/static/(.+))", [](const httplib::Request& req, httplib::Response& res) {
      ServeAsset(req.matches[1].str(), res);
    });
  }

  static void ServeAsset(const std::string& path, httplib::Response& res) {
    const Asset* asset = FindAsset(path);
    if (!asset) return SendError(res, 404, "no such file");
    res.set_content(asset->bytes.data(), asset->bytes.size(),
                    std::string(asset->content_type).c_str());
  }

  // The default report's options: what the list's conflict counts come from.
  static std::string DigestKey(std::string_view method, std::optional<int64_t> words,
                               std::optional<int64_t> since) {
    return "serve/1 method=" + std::string(method) +
           " words=" + (words ? std::to_string(*words) : "-") +
           " since=" + (since ? std::to_string(*since) : "-");
  }
  static std::string DefaultKey() { return DigestKey(kDefaultMethod, std::nullopt, std::nullopt); }

  // The conflict count of the story's default report at its current
  // version, when known (memory, else a fresh digest in the store).
  std::optional<int> Conflicts(store::Store& s, const store::StorySummary& story) {
    {
      std::lock_guard lock(conflicts_mu_);
      auto it = conflicts_.find(story.id);
      if (it != conflicts_.end() && it->second.first == story.version) {
        if (it->second.second < 0) return std::nullopt;  // looked: not computed yet
        return it->second.second;
      }
    }
    auto digest = s.GetDigest(story.id, DefaultKey());
    if (!digest || digest->stale) {
      // Not computed for this version: remembered, so that every list does
      // not ask the store again; computing it replaces the mark.
      RememberConflicts(story.id, story.version, -1);
      return std::nullopt;
    }
    Json report = Json::parse(digest->report_json, nullptr, false);
    if (report.is_discarded()) return std::nullopt;
    int n = CountConflicts(report);
    RememberConflicts(story.id, story.version, n);
    return n;
  }

  void RememberConflicts(int64_t story, int64_t version, int n) {
    std::lock_guard lock(conflicts_mu_);
    conflicts_[story] = {version, n};
  }

  Json StoryJson(store::Store& s, const store::StorySummary& story) {
    Json j{{"id", story.id},
           {"title", story.title},
           {"articles", story.article_count},
           {"outlets", story.outlets},
           {"first_seen", FormatUtcIso8601(story.first_seen_unix_s)},
           {"last_seen", FormatUtcIso8601(story.last_seen_unix_s)},
           {"version", story.version},
           {"conflicts", nullptr}};
    if (auto n = Conflicts(s, story)) j["conflicts"] = *n;
    return j;
  }

  void ListStories(const httplib::Request& req, httplib::Response& res) {
    if (auto ok = OnlyParams(req, {"since", "q", "limit", "cursor"}); !ok) {
      return Fail(res, ok.error());
    }
    store::ListOptions list;
    auto since = ParseSince(req);
    if (!since) return Fail(res, since.error());
    list.since_unix_s = *since;
    auto q = Param(req, "q");
    auto limit = Param(req, "limit");
    auto cursor = Param(req, "cursor");
    for (auto* p : {&q, &limit, &cursor}) {
      if (!*p) return Fail(res, p->error());
    }
    if (*q) list.search = **q;
    if (*limit) {
      auto n = ParsePositive("limit", **limit, kMaxListPage);
      if (!n) return Fail(res, n.error());
      list.limit = static_cast<size_t>(*n);
    }
    if (*cursor) list.cursor = **cursor;
    auto lease = stores_.Acquire();
    if (!lease) return Fail(res, lease.error());
    auto page = (*lease)->ListStories(list);
    if (!page) {
      // The store's only kInvalidInput here is a malformed cursor.
      if (page.error().code() == ErrorCode::kInvalidInput) {
        return SendError(res, 400, "cursor: " + page.error().message());
      }
      return Fail(res, page.error());
    }
    Json stories = Json::array();
    for (const store::StorySummary& story : page->stories) {
      stories.push_back(StoryJson(**lease, story));
    }
    Json next = page->next_cursor.empty() ? Json(nullptr) : Json(page->next_cursor);
    SendJson(res, 200, Json{{"stories", std::move(stories)}, {"next_cursor", std::move(next)}});
  }

  void GetStory(const httplib::Request& req, httplib::Response& res) {
    if (auto ok = OnlyParams(req, {"since", "words", "method"}); !ok) {
      return Fail(res, ok.error());
    }
    auto id = ParsePositive("id", req.matches[1].str(), INT64_MAX / 2);
    if (!id) return Fail(res, id.error());
    auto since = ParseSince(req);
    if (!since) return Fail(res, since.error());
    auto words_text = Param(req, "words");
    auto method = Param(req, "method");
    if (!words_text) return Fail(res, words_text.error());
    if (!method) return Fail(res, method.error());
    ReportRequest request;
    request.output_format = "json";
    std::optional<int64_t> words;
    if (*words_text) {
      auto n = ParsePositive("words", **words_text, 1000000);
      if (!n) return Fail(res, n.error());
      words = *n;
      request.words = *n;
    }
    if (*method) request.method = **method;
    if (*since) request.since = FormatUtcIso8601(**since);
    auto options = ValidateReportOptions(request);
    if (!options) {
      std::string_view param =
          *method && !*words_text ? "method" : (*words_text && !*method ? "words" : "method/words");
      return SendError(res, 400, std::string(param) + ": " + options.error().message());
    }
    auto lease = stores_.Acquire();
    if (!lease) return Fail(res, lease.error());
    auto detail = (*lease)->GetStory(*id);
    if (!detail) return Fail(res, detail.error());
    // A story the merge step folded into another is served as that one (its
    // articles and digests are there); "merged_from" says so.
    std::optional<int64_t> merged_from;
    if (detail->story.merged_into) {
      merged_from = *id;
      *id = *detail->story.merged_into;
      detail = (*lease)->GetStory(*id);
      if (!detail) return Fail(res, detail.error());
    }

    const std::string key = DigestKey(request.method, words, *since);
    const bool is_default = key == DefaultKey();
    std::string report_json;
    if (auto digest = (*lease)->GetDigest(*id, key); digest && !digest->stale) {
      report_json = std::move(digest->report_json);
    } else {
      auto report = BuildStoredStoryReport(**lease, *id, *options);
      if (!report) {
        if (report.error().code() == ErrorCode::kInvalidInput && *since) {
          return SendError(res, 400, "since: " + report.error().message());
        }
        return Fail(res, report.error());
      }
      report_json = RenderReport(*report, *options);
      (void)(*lease)->PutDigest(*id, key, report_json);  // a cache: failing to keep it is no error
    }
    Json doc = Json::parse(report_json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return SendError(res, 500, "report is not JSON");
    if (is_default) RememberConflicts(*id, detail->story.version, CountConflicts(doc));
    doc["story"] = StoryJson(**lease, detail->story);
    if (merged_from) doc["merged_from"] = *merged_from;
    SendJson(res, 200, doc);
  }

  void GetArticle(const httplib::Request& req, httplib::Response& res) {
    if (auto ok = OnlyParams(req, {}); !ok) return Fail(res, ok.error());
    const std::string id = req.matches[1].str();
    auto lease = stores_.Acquire();
    if (!lease) return Fail(res, lease.error());
    auto stored = (*lease)->GetArticle(id);
    if (!stored) {
      if (stored.error().code() == ErrorCode::kNotFound) {
        return SendError(res, 404, "no article \"" + Abbreviate(id) + "\"");
      }
      return Fail(res, stored.error());
    }
    const Article& a = stored->article;
    Json sentences = Json::array();
    for (const text::TextUnit& u : text::SplitSentences(a.text)) {
      sentences.push_back({{"begin", u.begin}, {"end", u.end}});
    }
    auto optional = [](const std::optional<std::string>& s) {
      return s ? Json(*s) : Json(nullptr);
    };
    SendJson(res, 200,
             Json{{"id", a.id},
                  {"outlet", a.outlet},
                  {"url", optional(a.url)},
                  {"title", optional(a.title)},
                  {"published", stored->published_unix_s
                                    ? Json(FormatUtcIso8601(*stored->published_unix_s))
                                    : Json(nullptr)},
                  {"story_id", stored->story_id ? Json(*stored->story_id) : Json(nullptr)},
                  {"text", a.text},
                  {"sentences", std::move(sentences)}});
  }

  void PostArticles(const httplib::Request& req, httplib::Response& res) {
    if (int wait = limiter_.Take(req.remote_addr); wait > 0) {
      res.set_header("Retry-After", std::to_string(wait));
      return SendError(
          res, 429,
          "too many ingest requests from this address; retry in " + std::to_string(wait) + " s");
    }
    const std::string auth = req.get_header_value("Authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (options_.token.empty() || !std::string_view(auth).starts_with(kBearer) ||
        !ConstantTimeEquals(std::string_view(auth).substr(kBearer.size()), options_.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401,
                       options_.token.empty() ? "ingest is disabled: the server has no token"
                                              : "missing or wrong bearer token");
    }
    std::string_view body = req.body;
    size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return SendError(res, 400, "body: empty; expected JSON");
    // One JSON object (possibly over several lines) or JSONL.
    std::string content(body);
    if (body[first] == '{') {
      Json one = Json::parse(body, nullptr, false);
      if (!one.is_discarded() && one.is_object()) content = Dump(one) + "\n";
    }
    // Ids are the store's keys: the JSONL reader's default ("body-3") would
    // make every POST's third article a revision of the last one's.
    if (auto ids = RequireIds(content); !ids) return Fail(res, ids.error());
    std::vector<std::string> warnings;
    // The language was checked with the options (ValidateServeOptions).
    auto read = *ValidateReadOptions("jsonl", options_.cluster.language);
    read.max_article_bytes = std::min(read.max_article_bytes, options_.max_body_bytes);
    auto articles =
        ingest::ParseContent(content, "body", ingest::InputFormat::kJsonl, read, &warnings);
    if (!articles) return Fail(res, articles.error());
    if (articles->empty()) return SendError(res, 400, "body: no article");
    std::vector<ArticleOutcome> outcomes;
    IngestProgress progress;
    {
      std::lock_guard lock(ingest_mu_);
      if (!writer_) return SendError(res, 500, "the server is stopping");
      auto added = ingester_.AddBatch(std::move(*articles), progress, warnings, &outcomes);
      if (!added) return Fail(res, added.error());
    }
    metrics_.AddIngested(progress.added, progress.read);
    Json list = Json::array();
    std::set<int64_t> touched;
    for (const ArticleOutcome& o : outcomes) {
      list.push_back({{"id", o.id},
                      {"story_id", o.story_id ? Json(*o.story_id) : Json(nullptr)},
                      {"status", StatusName(o.status)}});
      if (o.story_id && o.status != store::ArticleStatus::kUnchanged) touched.insert(*o.story_id);
    }
    Recompute(touched);
    SendJson(res, 200, Json{{"articles", std::move(list)}, {"warnings", warnings}});
  }

  // Queues stories whose default report (and conflict count) to refresh.
  void Recompute(const std::set<int64_t>& stories) {
    if (stories.empty()) return;
    {
      std::lock_guard lock(recompute_mu_);
      for (int64_t id : stories) {
        if (std::find(pending_.begin(), pending_.end(), id) == pending_.end())
          pending_.push_back(id);
      }
    }
    recompute_cv_.notify_one();
  }

  void RecomputeLoop() {
    ReportRequest request;
    request.output_format = "json";
    auto options = ValidateReportOptions(request);
    if (!options) return;
    for (;;) {
      int64_t id = 0;
      {
        std::unique_lock lock(recompute_mu_);
        recompute_cv_.wait(lock, [&] { return stopping_ || !pending_.empty(); });
        if (stopping_) return;
        id = pending_.front();
        pending_.pop_front();
      }
      auto lease = stores_.Acquire();
      if (!lease) continue;
      auto detail = (*lease)->GetStory(id);
      if (!detail) continue;
      auto report = BuildStoredStoryReport(**lease, id, *options);
      if (!report) continue;
      std::string json = RenderReport(*report, *options);
      (void)(*lease)->PutDigest(id, DefaultKey(), json);
      RememberConflicts(id, detail->story.version,
                        CountConflicts(Json::parse(json, nullptr, false)));
    }
  }

  static thread_local std::chrono::steady_clock::time_point request_start_;

  const ServeOptions options_;
  httplib::Server http_;
  int port_ = -1;
  std::thread listener_, background_;
  std::once_flag stopped_;

  StorePool stores_;
  RateLimiter limiter_;
  Metrics metrics_;

  std::mutex ingest_mu_;
  std::unique_ptr<store::Store> writer_;
  StreamIngester ingester_;

  std::mutex conflicts_mu_;
  std::unordered_map<int64_t, std::pair<int64_t, int>>
      conflicts_;  // story -> version, count (-1: none)

  std::mutex recompute_mu_;
  std::condition_variable recompute_cv_;
  std::deque<int64_t> pending_;
  bool stopping_ = false;
};

thread_local std::chrono::steady_clock::time_point Server::Impl::request_start_;

const Asset* FindAsset(std::string_view path) {
  size_t count = 0;
  const Asset* assets = EmbeddedAssets(&count);
  const Asset* end = assets + count;
  const Asset* it = std::lower_bound(assets, end, path,
                                     [](const Asset& a, std::string_view p) { return a.path < p; });
  return it != end && it->path == path ? it : nullptr;
}

Result<std::unique_ptr<Server>> Server::Start(const ServeOptions& options) {
  if (auto ok = ValidateServeOptions(options); !ok) return std::unexpected(ok.error());
  auto writer = store::OpenStore(options.store);
  if (!writer) return std::unexpected(writer.error());
  auto ingester = StreamIngester::Open(**writer, options.cluster);
  if (!ingester) return std::unexpected(ingester.error());
  auto impl = std::make_unique<Impl>(options, std::move(*ingester), std::move(*writer));
  if (auto listening = impl->Listen(); !listening) return std::unexpected(listening.error());
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() {
  if (impl_) impl_->Stop();
}
int Server::Port() const { return impl_->Port(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace crosswire::serve
