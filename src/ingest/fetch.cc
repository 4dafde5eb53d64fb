// Fetch: one libcurl easy handle per call, every limit set before the
// transfer starts. The size limit is enforced in the write callback, which
// sees decoded bytes: returning short there aborts the transfer at once, so a
// server streaming gigabytes costs at most max_bytes plus one buffer.
// CURLOPT_MAXFILESIZE_LARGE also refuses a declared Content-Length over the
// limit before any body is read.
//
// libcurl is opened (dlopen) on the first fetch rather than linked: linked, it
// brings about twenty libraries (TLS, Kerberos, LDAP, SSH, IDN) whose loading
// and constructors cost every crosswire command about 10 ms of CPU at start,
// although most commands never fetch. The headers still come from libcurl's
// development package, so the types and option numbers are checked at build
// time; only the library file is found at run time.
#include "crosswire/fetch.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <fmt/format.h>

#include <memory>
#include <type_traits>

#include "reader_util.h"

namespace crosswire::ingest {
namespace {

// The libcurl functions Fetch calls, resolved from the library at run time.
struct CurlApi {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
};

// Debian's libcurl4 provides libcurl.so.4; libcurl3-gnutls the other name.
constexpr const char* kCurlLibraries[] = {"libcurl.so.4", "libcurl-gnutls.so.4"};

Result<CurlApi> LoadCurl() {
  void* library = nullptr;
  std::string why;
  for (const char* name : kCurlLibraries) {
    library = ::dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library != nullptr) break;
    const char* error = ::dlerror();
    why += fmt::format("{}{}", why.empty() ? "" : "; ", error != nullptr ? error : name);
  }
  if (library == nullptr) {
    return DataLoss("fetching URLs needs libcurl (Debian package libcurl4): " + why);
  }
  CurlApi api;
  bool complete = true;
  auto bind = [&](auto& function, const char* symbol) {
    function =
        reinterpret_cast<std::remove_reference_t<decltype(function)>>(::dlsym(library, symbol));
    complete = complete && function != nullptr;
  };
  bind(api.global_init, "curl_global_init");
  bind(api.easy_init, "curl_easy_init");
  bind(api.easy_setopt, "curl_easy_setopt");
  bind(api.easy_perform, "curl_easy_perform");
  bind(api.easy_getinfo, "curl_easy_getinfo");
  bind(api.easy_strerror, "curl_easy_strerror");
  bind(api.easy_cleanup, "curl_easy_cleanup");
  if (!complete) {
    return DataLoss("the libcurl found lacks a function crosswire calls");
  }
  if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    return Internal("libcurl failed to initialise");
  }
  return api;
}

// The loaded library, opened and initialised once per process (thread-safe).
Result<const CurlApi*> Curl() {
  static const Result<CurlApi> api = LoadCurl();
  if (!api) return std::unexpected(api.error());
  return &*api;
}

struct Sink {
  std::string body;
  size_t max_bytes = 0;
  bool over_limit = false;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  size_t bytes = size * count;
  if (sink->body.size() + bytes > sink->max_bytes) {
    sink->over_limit = true;
    return 0;  // anything short of `bytes` aborts the transfer
  }
  sink->body.append(data, bytes);
  return bytes;
}

struct CurlDeleter {
  const CurlApi* api;
  void operator()(CURL* curl) const { api->easy_cleanup(curl); }
};

}  // namespace

bool IsUrl(std::string_view input) {
  return internal::StartsWithIgnoreCase(input, "http://") ||
         internal::StartsWithIgnoreCase(input, "https://");
}

Result<FetchResult> Fetch(std::string_view url, const FetchOptions& options) {
  std::string quoted = Abbreviate(url, 200);
  if (!IsUrl(url)) {
    return InvalidInput(fmt::format("{}: not an http:// or https:// URL", quoted));
  }
  if (options.connect_timeout_ms <= 0 || options.timeout_ms <= 0 || options.max_bytes == 0 ||
      options.max_redirects < 0 || options.user_agent.empty()) {
    return InvalidInput(
        "FetchOptions: connect_timeout_ms, timeout_ms and max_bytes must be positive, "
        "max_redirects >= 0, user_agent not empty");
  }
  auto loaded = Curl();
  if (!loaded) return std::unexpected(loaded.error().WithContext(quoted));
  const CurlApi& api = **loaded;
  std::unique_ptr<CURL, CurlDeleter> curl(api.easy_init(), CurlDeleter{&api});
  if (!curl) return Internal("cannot create a libcurl handle");
  std::string target(url);
  Sink sink;
  sink.max_bytes = options.max_bytes;
  char error_buffer[CURL_ERROR_SIZE] = {};
  CURL* h = curl.get();
  api.easy_setopt(h, CURLOPT_URL, target.c_str());
  api.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  api.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  api.easy_setopt(h, CURLOPT_MAXREDIRS, options.max_redirects);
  api.easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  api.easy_setopt(h, CURLOPT_TIMEOUT_MS, options.timeout_ms);
  api.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  api.easy_setopt(h, CURLOPT_USERAGENT, options.user_agent.c_str());
  api.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // what libcurl can decode
  api.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);         // no SIGALRM: safe in threads
  api.easy_setopt(h, CURLOPT_WRITEFUNCTION, WriteBody);
  api.easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  api.easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  CURLcode rc = api.easy_perform(h);

  FetchResult result;
  char* effective = nullptr;
  api.easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective);
  result.url = effective != nullptr ? effective : target;
  api.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &result.status);
  char* content_type = nullptr;
  api.easy_getinfo(h, CURLINFO_CONTENT_TYPE, &content_type);
  if (content_type != nullptr) result.content_type = content_type;

  std::string detail = error_buffer[0] != '\0' ? error_buffer : api.easy_strerror(rc);
  if (sink.over_limit || rc == CURLE_FILESIZE_EXCEEDED) {
    return ResourceExhausted(
        fmt::format("{}: response body is over the limit of {} (FetchOptions::max_bytes); "
                    "download aborted",
                    quoted, internal::FormatBytes(options.max_bytes)));
  }
  switch (rc) {
    case CURLE_OK:
      break;
    case CURLE_OPERATION_TIMEDOUT:
      return ResourceExhausted(fmt::format(
          "{}: timed out ({}; limits: connect {} ms (FetchOptions::connect_timeout_ms), "
          "total {} ms (FetchOptions::timeout_ms))",
          quoted, detail, options.connect_timeout_ms, options.timeout_ms));
    case CURLE_TOO_MANY_REDIRECTS:
      return ResourceExhausted(
          fmt::format("{}: more than {} redirects (FetchOptions::max_redirects); last at {}",
                      quoted, options.max_redirects, result.url));
    case CURLE_UNSUPPORTED_PROTOCOL:
      return InvalidInput(
          fmt::format("{}: refused: only http and https are fetched ({})", quoted, detail));
    case CURLE_URL_MALFORMAT:
      return InvalidInput(fmt::format("{}: malformed URL ({})", quoted, detail));
    case CURLE_COULDNT_RESOLVE_HOST:
      return NotFound(fmt::format("{}: host not found ({})", quoted, detail));
    default:
      return DataLoss(fmt::format("{}: download failed: {}", quoted, detail));
  }
  if (result.status == 404 || result.status == 410) {
    return NotFound(fmt::format("{}: HTTP {} (not found)", quoted, result.status));
  }
  if (result.status >= 300 && result.status < 400) {
    // Only reached with max_redirects 0, or a 3xx without a Location.
    return ResourceExhausted(
        fmt::format("{}: HTTP {} redirect not followed (FetchOptions::max_redirects is {})", quoted,
                    result.status, options.max_redirects));
  }
  if (result.status >= 400 || result.status < 200) {
    return DataLoss(fmt::format("{}: HTTP {}", quoted, result.status));
  }
  result.body = std::move(sink.body);
  return result;
}

}  // namespace crosswire::ingest
