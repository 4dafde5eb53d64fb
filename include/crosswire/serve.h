// crosswire/serve.h — the HTTP server over a store: the JSON API
// (docs/api.md), the web page embedded in the binary, health and metrics.
//
//   auto server = serve::Server::Start(options);   // binds, opens the store
//   ... (*server)->Port() ...
//   (*server)->Stop();                             // graceful
//
// The server reads stories and reports through crosswire/stream.h and the
// store (one Store object per worker at a time, from a pool; SQLite WAL lets
// them read while an ingest writes), and ingests POSTed articles through one
// StreamIngester, restored from the store's active window at Start and
// guarded by a mutex, so ingests are serialised. The HTTP library stays inside
// src/serve/.
//
// Limits: a fixed pool of worker threads, each serving one connection at a
// time (accepted connections wait in a bounded queue; when it is full the
// server stops accepting until a worker frees up), a request body limit
// (413), per-client (remote address) token buckets on POST (429 with
// Retry-After), read/write timeouts. The request line and each header line
// are limited to 8192 bytes by the HTTP library as Debian builds it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "crosswire/cluster.h"
#include "crosswire/error.h"

namespace crosswire::serve {

struct ServeOptions {
  // The store to serve (a SQLite file; created when missing).
  std::string store;
  // Address to listen on. Anything but loopback exposes the API: front ends
  // should warn when no token was chosen deliberately.
  std::string bind = "127.0.0.1";
  // TCP port; 0 picks a free one (Server::Port says which).
  int port = 8080;
  // Bearer token POST /api/articles requires. Empty: ingest is refused (401).
  std::string token;
  // Worker threads, 1..256. Each serves one connection at a time.
  size_t threads = 8;
  // Accepted connections waiting for a worker, >= 1.
  size_t queue = 256;
  // Largest request body in bytes (413 above it), >= 1. Default 8 MiB.
  size_t max_body_bytes = 8u << 20;
  // POST token bucket per remote address: sustained requests per second
  // (> 0) and burst (>= 1).
  double post_rate_per_second = 5;
  double post_burst = 20;
  // Socket read and write timeouts, and how long an idle keep-alive
  // connection keeps its worker, in seconds (> 0).
  int read_timeout_s = 10;
  int write_timeout_s = 10;
  int keep_alive_s = 2;
  // The clusterer POSTed articles go through (as `crosswire ingest`).
  ClusterOptions cluster;
};

// kInvalidInput naming the first option out of range.
Result<void> ValidateServeOptions(const ServeOptions& options);

class Server {
 public:
  // Validates the options, opens the store, restores the clusterer, binds
  // the address and starts serving on background threads. Errors:
  // kInvalidInput (options, or an address that cannot be bound, naming
  // it), the store's.
  static Result<std::unique_ptr<Server>> Start(const ServeOptions& options);

  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();  // Stop()

  // The port it listens on (the chosen one when options.port was 0).
  int Port() const;

  // Graceful stop: no new connections; requests in flight finish and their
  // responses are sent; then the workers end and the store is closed.
  // Idempotent; returns when done.
  void Stop();

  class Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace crosswire::serve
