// crosswire/fetch.h — reading http(s):// inputs (feeds, pages) with libcurl.
//
// Any input that ReadStory or an ArticleStream accepts may be an http:// or
// https:// URL: it is downloaded with the limits below and then parsed like a
// file of the same content (the format detected from the URL's path and the
// content), with the URL as the source in messages and Article::source.
//
// Everything a hostile or broken server can do is bounded: the connection
// and the whole transfer time out, the body is cut off (and the fetch fails)
// as soon as it passes max_bytes — also when the server sends no length or
// compresses it, since the limit counts decoded bytes as they arrive —, at
// most max_redirects redirects are followed, and only http and https are
// spoken, also on redirects (no file://, ftp://, gopher://, ...).
//
// Thread safety: Fetch may be called from several threads at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "crosswire/error.h"

namespace crosswire::ingest {

inline constexpr size_t kDefaultMaxFetchBytes = 32u << 20;  // 32 MiB

struct FetchOptions {
  // Time to establish the connection (DNS, TCP, TLS), in ms. > 0. Default 10 s.
  long connect_timeout_ms = 10000;
  // Time for the whole transfer, redirects included, in ms. > 0. Default 60 s.
  long timeout_ms = 60000;
  // Largest body accepted, in bytes after decoding. > 0. Default 32 MiB.
  size_t max_bytes = kDefaultMaxFetchBytes;
  // Redirects followed before giving up. >= 0 (0: none). Default 5.
  long max_redirects = 5;
  // Sent as the User-Agent header. Must not be empty.
  std::string user_agent = "crosswire/0.1 (news digest; +https://example.invalid/crosswire)";
};

struct FetchResult {
  std::string url;           // the final URL, after redirects
  long status = 0;           // the HTTP status (2xx here)
  std::string content_type;  // as sent ("application/rss+xml; charset=utf-8"), or empty
  std::string body;
};

// True when `input` starts with "http://" or "https://" (scheme case-insensitive).
bool IsUrl(std::string_view input);

// Downloads `url`. Errors, each naming the URL:
//   kInvalidInput        not an http(s) URL, a malformed URL, bad options,
//                        or a redirect to another scheme;
//   kNotFound            HTTP 404 or 410, or the host does not resolve;
//   kResourceExhausted   a timeout (naming connect_timeout_ms or timeout_ms),
//                        a body over max_bytes, more than max_redirects;
//   kDataLoss            any other HTTP status >= 400, or a broken connection.
Result<FetchResult> Fetch(std::string_view url, const FetchOptions& options = {});

}  // namespace crosswire::ingest
