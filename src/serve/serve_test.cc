// The API against a server on an ephemeral port of 127.0.0.1, over a store
// built from examples/aleppo-2016-12-14 (and testdata/serve/ for ingests).
#include "crosswire/serve.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "crosswire/store.h"
#include "crosswire/stream.h"

namespace crosswire::serve {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

const std::string kSource = CROSSWIRE_SOURCE_DIR;
const std::string kToken = "test-token-0123456789";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A store holding the example story, in a fresh temporary directory.
class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("crosswire-serve-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(dir_);
    store_path_ = (dir_ / "news.db").string();
    auto s = store::OpenStore(store_path_);
    ASSERT_TRUE(s) << s.error().message();
    auto ingested =
        IngestIntoStore({kSource + "/examples/aleppo-2016-12-14"}, **s, IngestOptions{});
    ASSERT_TRUE(ingested) << ingested.error().message();
    ASSERT_EQ(ingested->added, 5u);
  }
  void TearDown() override {
    server_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void StartServer(ServeOptions options = {}) {
    options.store = store_path_;
    options.bind = "127.0.0.1";
    options.port = 0;
    if (options.token.empty()) options.token = kToken;
    auto server = Server::Start(options);
    ASSERT_TRUE(server) << server.error().message();
    server_ = std::move(*server);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->Port());
  }

  httplib::Result Post(const std::string& body, const std::string& token = kToken) {
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    return client_->Post("/api/articles", headers, body, "application/x-ndjson");
  }

  static Json Body(const httplib::Result& r) { return Json::parse(r->body); }

  fs::path dir_;
  std::string store_path_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServeTest, HealthzAndMetrics) {
  StartServer();
  auto r = client_->Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(Body(r), (Json{{"status", "ok"}}));
  auto m = client_->Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->status, 200);
  EXPECT_NE(m->body.find("crosswire_http_requests_total{route=\"/healthz\",code=\"200\"} 1"),
            std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("crosswire_http_request_duration_seconds_bucket{le=\"+Inf\"}"),
            std::string::npos);
  EXPECT_NE(m->body.find("crosswire_store_articles 5"), std::string::npos);
}

TEST_F(ServeTest, ListsStoriesWithTheirFields) {
  StartServer();
  auto r = client_->Get("/api/stories");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json doc = Body(r);
  ASSERT_EQ(doc["stories"].size(), 1u) << doc.dump();
  const Json& s = doc["stories"][0];
  EXPECT_EQ(s["id"], 1);
  EXPECT_EQ(s["articles"], 5);
  EXPECT_TRUE(s["outlets"].is_array());
  EXPECT_TRUE(s["first_seen"].is_string());
  EXPECT_TRUE(s["last_seen"].is_string());
  EXPECT_TRUE(s["version"].is_number());
  EXPECT_TRUE(s["conflicts"].is_null());  // no report computed yet
  EXPECT_TRUE(doc["next_cursor"].is_null());

  auto none = client_->Get("/api/stories?q=no-such-title-anywhere");
  ASSERT_TRUE(none);
  EXPECT_EQ(Body(none)["stories"].size(), 0u);
}

TEST_F(ServeTest, StoryReportEqualsTheCliReport) {
  StartServer();
  auto r = client_->Get("/api/stories/1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json served = Body(r);
  ASSERT_TRUE(served.contains("story"));
  EXPECT_EQ(served["story"]["id"], 1);
  EXPECT_TRUE(served["story"]["conflicts"].is_number());
  served.erase("story");

  // What `crosswire report --store news.db --story 1 --format json` prints.
  ReportRequest request;
  request.output_format = "json";
  auto options = ValidateReportOptions(request);
  ASSERT_TRUE(options);
  store::OpenOptions open;
  open.read_only = true;
  auto s = store::OpenStore(store_path_, open);
  ASSERT_TRUE(s);
  auto report = BuildStoredStoryReport(**s, 1, *options);
  ASSERT_TRUE(report) << report.error().message();
  EXPECT_EQ(served, Json::parse(RenderReport(*report, *options)));

  // The list now knows the story's conflict count; a second request is served
  // from the store's digest cache and is the same.
  auto list = client_->Get("/api/stories");
  EXPECT_TRUE(Body(list)["stories"][0]["conflicts"].is_number());
  auto again = client_->Get("/api/stories/1");
  Json cached = Body(again);
  cached.erase("story");
  EXPECT_EQ(cached, served);

  auto shorter = client_->Get("/api/stories/1?words=40&method=lead");
  ASSERT_EQ(shorter->status, 200) << shorter->body;
  EXPECT_NE(Body(shorter)["summary"], served["summary"]);
}

// A story the merge step folded into another is served as that one.
TEST_F(ServeTest, MergedStoryIsServedAsTheStoryItWasMergedInto) {
  {
    auto s = store::OpenStore(store_path_);
    ASSERT_TRUE(s) << s.error().message();
    Article extra;
    extra.id = extra.outlet = "late-report";
    extra.source = "test";
    extra.published = "2016-12-15T09:00:00Z";
    extra.text = "Evacuation buses left eastern Aleppo on Thursday morning, officials said.";
    store::IngestBatch opened;
    opened.articles = {extra};
    opened.assignments = {{"late-report", 2, std::nullopt, 0.3, 6}};
    ASSERT_TRUE((*s)->Ingest(opened));
    ASSERT_TRUE((*s)->PutDigest(2, "any", "{\"old\":true}"));
    store::IngestBatch merge;
    merge.merges = {{2, 1, 6, 0.9}};
    ASSERT_TRUE((*s)->Ingest(merge));
  }
  StartServer();
  auto r = client_->Get("/api/stories/2");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json served = Body(r);
  EXPECT_EQ(served["merged_from"], 2);
  EXPECT_EQ(served["story"]["id"], 1);
  EXPECT_EQ(served["story"]["articles"], 6);
  EXPECT_EQ(served["articles"].size(), 6u);
  auto list = Body(client_->Get("/api/stories"));
  ASSERT_EQ(list["stories"].size(), 1u);
  EXPECT_EQ(list["stories"][0]["id"], 1);
}

TEST_F(ServeTest, ArticleWithSentenceSpans) {
  StartServer();
  auto r = client_->Get("/api/articles/report-1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json a = Body(r);
  EXPECT_EQ(a["id"], "report-1");
  EXPECT_EQ(a["story_id"], 1);
  const std::string text = a["text"];
  EXPECT_EQ(text, ReadFile(kSource + "/examples/aleppo-2016-12-14/report-1.txt"));
  ASSERT_GT(a["sentences"].size(), 2u);
  size_t previous_end = 0;
  for (const Json& span : a["sentences"]) {
    size_t begin = span["begin"], end = span["end"];
    EXPECT_LE(previous_end, begin);
    EXPECT_LT(begin, end);
    EXPECT_LE(end, text.size());
    previous_end = end;
  }
  EXPECT_EQ(text.substr(a["sentences"][0]["begin"], 8), "Shelling");
}

struct BadRequest {
  std::string path;
  int status;
  std::string message_part;  // the parameter named, or what was not found
};

TEST_F(ServeTest, BadRequestsNameTheProblem) {
  StartServer();
  const std::vector<BadRequest> cases = {
      {"/api/stories?limit=0", 400, "limit"},
      {"/api/stories?limit=abc", 400, "limit"},
      {"/api/stories?limit=100000", 400, "limit"},
      {"/api/stories?since=yesterday", 400, "since"},
      {"/api/stories?cursor=garbage", 400, "cursor"},
      {"/api/stories?colour=red", 400, "colour"},
      {"/api/stories?limit=1&limit=2", 400, "limit"},
      {"/api/stories/abc", 400, "id"},
      {"/api/stories/0", 400, "id"},
      {"/api/stories/1?words=many", 400, "words"},
      {"/api/stories/1?words=0", 400, "words"},
      {"/api/stories/1?method=no-such-method", 400, "method"},
      {"/api/stories/1?since=2099-01-01T00:00:00Z", 400, "since"},
      {"/api/stories/1?since=not-a-time", 400, "since"},
      {"/api/stories/999", 404, "999"},
      {"/api/articles/no-such-article", 404, "no-such-article"},
      {"/api/nothing", 404, ""},
      {"/nothing", 404, ""},
      {"/static/no-such-file.js", 404, ""},
      // No request path reaches the file system.
      {"/static/../../etc/passwd", 404, ""},
      {"/static/%2e%2e/%2e%2e/etc/passwd", 404, ""},
      {"/static/..%2f..%2fetc%2fpasswd", 404, ""},
      {"/static/%252e%252e/etc/passwd", 404, ""},
      {"/static//etc/passwd", 404, ""},
      {"/../../etc/passwd", 404, ""},
      {"/static/index.html%00.js", 404, ""},
  };
  for (const BadRequest& c : cases) {
    auto r = client_->Get(c.path);
    ASSERT_TRUE(r) << c.path;
    EXPECT_EQ(r->status, c.status) << c.path << " -> " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << c.path;
    Json body = Json::parse(r->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << c.path << " -> " << r->body;
    EXPECT_EQ(body["error"], c.status == 400 ? "bad_request" : "not_found") << c.path;
    const std::string message = body["message"];
    EXPECT_NE(message.find(c.message_part), std::string::npos) << c.path << " -> " << message;
    EXPECT_EQ(message.find(dir_.string()), std::string::npos) << "leaks a path: " << message;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << c.path;
  }
}

TEST_F(ServeTest, StaticFilesAreEmbeddedWithSecurityHeaders) {
  StartServer();
  for (const char* path : {"/", "/static/index.html"}) {
    auto r = client_->Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(r->body, ReadFile(kSource + "/web/static/index.html"));
    EXPECT_EQ(r->get_header_value("Content-Security-Policy"),
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer");
  }
}

TEST_F(ServeTest, IngestRequiresTheToken) {
  StartServer();
  const std::string body = ReadFile(kSource + "/testdata/serve/update.jsonl");
  for (const std::string& token :
       {std::string(), std::string("wrong"), kToken + "x", kToken.substr(0, kToken.size() - 1)}) {
    auto r = Post(body, token);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << "token \"" << token << "\"";
    EXPECT_EQ(Body(r)["error"], "unauthorized");
  }
  httplib::Headers basic = {{"Authorization", "Basic " + kToken}};
  EXPECT_EQ(client_->Post("/api/articles", basic, body, "application/json")->status, 401);
  auto list = client_->Get("/api/stories");
  EXPECT_EQ(Body(list)["stories"].size(), 1u) << "nothing was ingested";
}

TEST_F(ServeTest, IngestThenListShowsTheStory) {
  StartServer();
  auto r = Post(ReadFile(kSource + "/testdata/serve/update.jsonl"));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  Json doc = Body(r);
  ASSERT_EQ(doc["articles"].size(), 2u);
  // The example's articles carry no date and came before any dated one: the
  // clusterer takes them to be of the first date it sees (StoryClusterer's
  // clock), so the 2016-dated update joins their story.
  EXPECT_EQ(doc["articles"][0],
            (Json{{"id", "serve-aleppo-update"}, {"story_id", 1}, {"status", "added"}}));
  EXPECT_EQ(doc["articles"][1]["id"], "serve-harbour-bridge");
  EXPECT_EQ(doc["articles"][1]["status"], "added");
  const int64_t bridge = doc["articles"][1]["story_id"];
  EXPECT_NE(bridge, 1);

  auto list = Body(client_->Get("/api/stories"));
  ASSERT_EQ(list["stories"].size(), 2u);
  // Newest activity first: the example's articles carry no date, so they
  // count at their ingest time, after the bridge article's 2016 date.
  EXPECT_EQ(list["stories"][0]["id"], 1);
  EXPECT_EQ(list["stories"][0]["articles"], 6);
  EXPECT_EQ(list["stories"][1]["id"], bridge);
  auto found = Body(client_->Get("/api/stories?q=harbour"));
  ASSERT_EQ(found["stories"].size(), 1u);
  EXPECT_EQ(found["stories"][0]["title"], "Harbour bridge closed for repairs");
  auto page = Body(client_->Get("/api/stories?limit=1"));
  ASSERT_EQ(page["stories"].size(), 1u);
  ASSERT_TRUE(page["next_cursor"].is_string());
  auto next = Body(client_->Get("/api/stories?limit=1&cursor=" +
                                httplib::detail::encode_query_param(page["next_cursor"])));
  ASSERT_EQ(next["stories"].size(), 1u);
  EXPECT_EQ(next["stories"][0]["id"], bridge);

  // The same articles again: unchanged; one object (pretty-printed) works too.
  auto again = Body(Post(ReadFile(kSource + "/testdata/serve/update.jsonl")));
  EXPECT_EQ(again["articles"][0]["status"], "unchanged");
  EXPECT_EQ(again["articles"][0]["story_id"], 1);
  Json revised =
      Json::parse(ReadFile(kSource + "/testdata/serve/update.jsonl")
                      .substr(0, ReadFile(kSource + "/testdata/serve/update.jsonl").find('\n')));
  revised["text"] = revised["text"].get<std::string>() + " Aid groups asked for safe passage.";
  auto rev = Body(Post(revised.dump(2)));
  EXPECT_EQ(rev["articles"][0]["status"], "revised");
  EXPECT_EQ(rev["articles"][0]["story_id"], 1);

  // The update digest covers only what came after.
  auto update = client_->Get("/api/stories/1?since=2016-12-14T17:00:00Z");
  ASSERT_EQ(update->status, 200) << update->body;

  // The background recompute fills the conflict counts of touched stories.
  bool counted = false;
  for (int i = 0; i < 200 && !counted; ++i) {
    auto l = Body(client_->Get("/api/stories"));
    counted = l["stories"][0]["conflicts"].is_number() && l["stories"][1]["conflicts"].is_number();
    if (!counted) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(counted);
}

TEST_F(ServeTest, BadIngestBodies) {
  StartServer();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "body"},
      {"   \n", "body"},
      {"not json", "body:1"},
      {"{\"id\":\"x\"}", "text"},
      {"{\"text\":\"no id here\"}", "id"},
      {"{\"id\":\"a\",\"text\":\"fine\"}\n[1,2]", "body:2"},
      {"{\"id\":\"a\",\"text\":5}", "text"},
  };
  for (const auto& [body, part] : cases) {
    auto r = Post(body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << body << " -> " << r->body;
    const std::string message = Body(r)["message"];
    EXPECT_NE(message.find(part), std::string::npos) << body << " -> " << message;
  }
}

TEST_F(ServeTest, BodyOverTheLimitIs413) {
  ServeOptions options;
  options.max_body_bytes = 4096;
  StartServer(options);
  Json big{{"id", "big"}, {"text", std::string(5000, 'a')}};
  auto r = Post(big.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(Body(r)["error"], "too_large");
  Json small{{"id", "small"}, {"text", "A short article about the harbour bridge repairs."}};
  EXPECT_EQ(Post(small.dump())->status, 200);
}

TEST_F(ServeTest, PostsAreRateLimitedPerClient) {
  ServeOptions options;
  options.post_rate_per_second = 0.01;
  options.post_burst = 2;
  StartServer(options);
  EXPECT_EQ(Post("", "wrong")->status, 401);
  EXPECT_EQ(Post("", "wrong")->status, 401);
  auto r = Post("", "wrong");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 429);
  EXPECT_EQ(Body(r)["error"], "rate_limited");
  int retry = std::stoi(r->get_header_value("Retry-After"));
  EXPECT_GE(retry, 1);
  EXPECT_LE(retry, 100);
  EXPECT_EQ(client_->Get("/healthz")->status, 200) << "GETs are not limited";
}

TEST_F(ServeTest, HostileArticleGivesValidJson) {
  StartServer();
  // Raw invalid UTF-8 bytes in the body, markup and a javascript: URL.
  std::string body =
      "{\"id\":\"hostile<script>\",\"outlet\":\"\\\"><img src=x onerror=alert(1)>\","
      "\"url\":\"javascript:alert(1)\",\"title\":\"<script>alert('t')</script>\xe2\x80\xae\","
      "\"text\":\"Evil \xff\xfe bytes <script>alert(2)</script> and\xe2\x80\x8b zero width. "
      "Harbour bridge repairs continue.\"}";
  auto r = Post(body);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  auto a = client_->Get("/api/articles/" + httplib::detail::encode_query_param("hostile<script>"));
  ASSERT_TRUE(a);
  ASSERT_EQ(a->status, 200) << a->body;
  Json doc = Json::parse(a->body);  // throws on invalid JSON or UTF-8
  EXPECT_EQ(doc["title"], "<script>alert('t')</script>\xe2\x80\xae");
  EXPECT_EQ(doc["url"], "javascript:alert(1)");
  const std::string text = doc["text"];
  EXPECT_NE(text.find("\xef\xbf\xbd"), std::string::npos) << "invalid bytes became U+FFFD";
  auto list = client_->Get("/api/stories");
  EXPECT_TRUE(Json::parse(list->body, nullptr, false).is_object());
  const int64_t story = doc["story_id"];
  auto report = client_->Get("/api/stories/" + std::to_string(story));
  ASSERT_EQ(report->status, 200) << report->body;
  EXPECT_TRUE(Json::parse(report->body, nullptr, false).is_object());
}

TEST_F(ServeTest, GracefulStopFinishesARequestInFlight) {
  StartServer();
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(server_->Port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  // Half a request: a worker is reading it when the stop begins.
  const std::string head = "GET /api/stories/1 HTTP/1.1\r\nHost: localhost\r\n";
  ASSERT_EQ(::send(fd, head.data(), head.size(), 0), static_cast<ssize_t>(head.size()));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::atomic<bool> stopped{false};
  std::thread stopper([&] {
    server_->Stop();
    stopped = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(stopped) << "Stop waits for the request in flight";
  const std::string rest = "Connection: close\r\n\r\n";
  ASSERT_EQ(::send(fd, rest.data(), rest.size(), 0), static_cast<ssize_t>(rest.size()));
  std::string response;
  char buffer[4096];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) response.append(buffer, n);
  ::close(fd);
  stopper.join();
  EXPECT_TRUE(stopped);
  EXPECT_TRUE(response.starts_with("HTTP/1.1 200")) << response.substr(0, 200);
  EXPECT_NE(response.find("\"format\":\"crosswire/1\""), std::string::npos);
  // Nothing listens any more.
  httplib::Client late("127.0.0.1", server_->Port());
  late.set_connection_timeout(1, 0);
  EXPECT_FALSE(late.Get("/healthz"));
}

TEST(ServeOptionsTest, RejectsOutOfRange) {
  struct Case {
    ServeOptions options;
    std::string part;
  };
  auto with = [](auto change) {
    ServeOptions o;
    o.store = "x.db";
    change(o);
    return o;
  };
  const std::vector<Case> cases = {
      {with([](ServeOptions& o) { o.store.clear(); }), "store"},
      {with([](ServeOptions& o) { o.port = 70000; }), "port"},
      {with([](ServeOptions& o) { o.threads = 0; }), "threads"},
      {with([](ServeOptions& o) { o.post_rate_per_second = 0; }), "rate"},
      {with([](ServeOptions& o) { o.read_timeout_s = 0; }), "timeout"},
  };
  for (const Case& c : cases) {
    auto ok = ValidateServeOptions(c.options);
    ASSERT_FALSE(ok) << c.part;
    EXPECT_NE(ok.error().message().find(c.part), std::string::npos) << ok.error().message();
  }
}

}  // namespace
}  // namespace crosswire::serve
