// Fetching against a local server on 127.0.0.1 (an ephemeral port), started
// by the test: never the network.
#include "crosswire/fetch.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "crosswire/ingest.h"
#include "test_util.h"

namespace crosswire::ingest {
namespace {

using testing::Fixture;

std::string ReadFixture(std::string_view name) {
  std::ifstream in(Fixture(name), std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class LocalServer {
 public:
  LocalServer() {
    std::string feed = ReadFixture("feeds/world.rss");
    server_.Get("/feed.rss", [feed](const httplib::Request&, httplib::Response& res) {
      res.set_content(feed, "application/rss+xml; charset=utf-8");
    });
    server_.Get("/feed", [feed](const httplib::Request& req, httplib::Response& res) {
      // No extension: detected from the content. Echo the User-Agent.
      res.set_header("X-Seen-Agent", req.get_header_value("User-Agent"));
      res.set_content(feed, "application/xml");
    });
    server_.Get("/agent", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(req.get_header_value("User-Agent"), "text/plain");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/feed.rss");
    });
    server_.Get("/loop-a", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-b");
    });
    server_.Get("/loop-b", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-a");
    });
    server_.Get("/to-file", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("file:///etc/passwd");
    });
    server_.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content("no", "text/plain");
    });
    server_.Get("/broken", [](const httplib::Request&, httplib::Response& res) {
      res.status = 503;
      res.set_content("down", "text/plain");
    });
    // Sends one byte, then nothing for a long while (bounded, so the server
    // can stop): a client must give up on its own.
    server_.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider(
          "text/plain", [this](size_t offset, httplib::DataSink& sink) {
            if (offset == 0) sink.write("x", 1);
            for (int i = 0; i < 100 && !stopping_ && sink.is_writable(); ++i) {
              std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            sink.done();
            return true;
          });
    });
    // Streams without end (no Content-Length), as a 10 GB response would.
    server_.Get("/endless", [this](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/plain", [this](size_t offset,
                                                            httplib::DataSink& sink) {
        static const std::string chunk(64 * 1024, 'z');
        if (stopping_ || offset > (size_t{1} << 34) || !sink.write(chunk.data(), chunk.size())) {
          sink.done();
        } else {
          streamed_ += chunk.size();
        }
        return true;
      });
    });
    // Declares a 10 GB body up front.
    server_.Get("/declared-huge", [](const httplib::Request&, httplib::Response& res) {
      res.set_content_provider(size_t{10} << 30, "application/octet-stream",
                               [](size_t, size_t, httplib::DataSink& sink) {
                                 static const std::string chunk(64 * 1024, 'z');
                                 return sink.write(chunk.data(), chunk.size());
                               });
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~LocalServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
  }

  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }
  size_t streamed() const { return streamed_; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stopping_ = false;
  std::atomic<size_t> streamed_ = 0;
};

TEST(FetchTest, FetchesAFeedAndReportsTypeAndStatus) {
  LocalServer server;
  auto fetched = Fetch(server.Url("/feed.rss"));
  ASSERT_TRUE(fetched.has_value()) << fetched.error().message();
  EXPECT_EQ(fetched->status, 200);
  EXPECT_EQ(fetched->content_type, "application/rss+xml; charset=utf-8");
  EXPECT_EQ(fetched->body, ReadFixture("feeds/world.rss"));
  EXPECT_EQ(fetched->url, server.Url("/feed.rss"));
}

TEST(FetchTest, SendsTheUserAgent) {
  LocalServer server;
  FetchOptions options;
  options.user_agent = "crosswire-test/1";
  auto fetched = Fetch(server.Url("/agent"), options);
  ASSERT_TRUE(fetched.has_value()) << fetched.error().message();
  EXPECT_EQ(fetched->body, "crosswire-test/1");
}

TEST(FetchTest, FollowsARedirectWithinTheLimit) {
  LocalServer server;
  auto fetched = Fetch(server.Url("/moved"));
  ASSERT_TRUE(fetched.has_value()) << fetched.error().message();
  EXPECT_EQ(fetched->url, server.Url("/feed.rss"));
  FetchOptions none;
  none.max_redirects = 0;
  auto refused = Fetch(server.Url("/moved"), none);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), ErrorCode::kResourceExhausted);
}

TEST(FetchTest, RedirectLoopStopsAtMaxRedirects) {
  LocalServer server;
  FetchOptions options;
  options.max_redirects = 4;
  auto fetched = Fetch(server.Url("/loop-a"), options);
  ASSERT_FALSE(fetched.has_value());
  EXPECT_EQ(fetched.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(fetched.error().message().find("more than 4 redirects (FetchOptions::max_redirects)"),
            std::string::npos)
      << fetched.error().message();
}

TEST(FetchTest, SlowServerTimesOut) {
  LocalServer server;
  FetchOptions options;
  options.timeout_ms = 300;
  auto start = std::chrono::steady_clock::now();
  auto fetched = Fetch(server.Url("/slow"), options);
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(fetched.has_value());
  EXPECT_EQ(fetched.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(fetched.error().message().find("timed out"), std::string::npos)
      << fetched.error().message();
  EXPECT_NE(fetched.error().message().find("total 300 ms (FetchOptions::timeout_ms)"),
            std::string::npos);
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

TEST(FetchTest, EndlessBodyIsAbortedAtTheSizeLimit) {
  LocalServer server;
  FetchOptions options;
  options.max_bytes = 1u << 20;
  auto fetched = Fetch(server.Url("/endless"), options);
  ASSERT_FALSE(fetched.has_value());
  EXPECT_EQ(fetched.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(fetched.error().message().find(
                "response body is over the limit of 1 MiB (FetchOptions::max_bytes)"),
            std::string::npos)
      << fetched.error().message();
  // The download stopped near the limit, not at the end of the stream (the
  // server may have buffered a few chunks ahead into the socket).
  EXPECT_LT(server.streamed(), size_t{64} << 20);
}

TEST(FetchTest, DeclaredHugeBodyIsRefusedBeforeReading) {
  LocalServer server;
  FetchOptions options;
  options.max_bytes = 1u << 20;
  auto fetched = Fetch(server.Url("/declared-huge"), options);
  ASSERT_FALSE(fetched.has_value());
  EXPECT_EQ(fetched.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(fetched.error().message().find("(FetchOptions::max_bytes)"), std::string::npos);
}

TEST(FetchTest, OnlyHttpAndHttpsAreSpoken) {
  LocalServer server;
  auto redirected = Fetch(server.Url("/to-file"));
  ASSERT_FALSE(redirected.has_value());
  EXPECT_EQ(redirected.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(redirected.error().message().find("only http and https"), std::string::npos)
      << redirected.error().message();
  auto direct = Fetch("file:///etc/passwd");
  ASSERT_FALSE(direct.has_value());
  EXPECT_NE(direct.error().message().find("not an http:// or https:// URL"), std::string::npos);
}

TEST(FetchTest, HttpErrorsNameTheStatus) {
  LocalServer server;
  auto missing = Fetch(server.Url("/missing"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message().find("/missing: HTTP 404"), std::string::npos);
  auto broken = Fetch(server.Url("/broken"));
  ASSERT_FALSE(broken.has_value());
  EXPECT_EQ(broken.error().code(), ErrorCode::kDataLoss);
  EXPECT_NE(broken.error().message().find("HTTP 503"), std::string::npos);
}

TEST(FetchTest, BadOptionsAreRefused) {
  FetchOptions options;
  options.timeout_ms = 0;
  auto fetched = Fetch("http://127.0.0.1:9/", options);
  ASSERT_FALSE(fetched.has_value());
  EXPECT_EQ(fetched.error().code(), ErrorCode::kInvalidInput);
}

TEST(FetchTest, ReadStoryAcceptsAFeedUrl) {
  LocalServer server;
  auto story = ReadStory({server.Url("/feed")});
  ASSERT_TRUE(story.has_value()) << story.error().message();
  ASSERT_EQ(story->articles.size(), 3u);
  EXPECT_EQ(story->articles[0].id, "gazette-ferry-1");
  EXPECT_EQ(story->articles[0].outlet, "Harbour Gazette");
  EXPECT_EQ(story->articles[0].source, server.Url("/feed") + ":9");
  auto timed_out = ReadStory({server.Url("/slow")}, [] {
    ReadOptions options;
    options.fetch.timeout_ms = 200;
    return options;
  }());
  ASSERT_FALSE(timed_out.has_value());
  EXPECT_NE(timed_out.error().message().find("timed out"), std::string::npos);
}

}  // namespace
}  // namespace crosswire::ingest
