// crosswire/error.h — errors as values.
//
// Every fallible function in the library returns `Result<T>`, which is
// `std::expected<T, Error>`. The library never prints and never exits; the CLI
// and the server translate an `Error` into a message and an exit code or HTTP
// status at the edge.
//
// A message says what was wrong, where, and what was expected, quoting the
// offending value cut short, e.g.
//   articles.jsonl:17: field "text" must be a string, got number
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>

namespace crosswire {

enum class ErrorCode {
  kInvalidInput,       // the caller's input or options are wrong (exit 1/2, HTTP 400)
  kNotFound,           // a named file, topic or record does not exist (HTTP 404)
  kDataLoss,           // input could not be read completely (I/O error, truncated file)
  kResourceExhausted,  // a documented limit was exceeded (HTTP 413)
  kInternal,           // a bug in crosswire: an invariant did not hold (HTTP 500)
};

// A short lowercase name for the code: "invalid input", "not found", ...
std::string_view ErrorCodeName(ErrorCode code);

class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<context>: <message>", e.g. a file name.
  Error WithContext(std::string_view context) const;

 private:
  ErrorCode code_;
  std::string message_;
};

template <typename T>
using Result = std::expected<T, Error>;

// Shorthands for `std::unexpected(Error(...))`.
inline std::unexpected<Error> InvalidInput(std::string message) {
  return std::unexpected(Error(ErrorCode::kInvalidInput, std::move(message)));
}
inline std::unexpected<Error> NotFound(std::string message) {
  return std::unexpected(Error(ErrorCode::kNotFound, std::move(message)));
}
inline std::unexpected<Error> DataLoss(std::string message) {
  return std::unexpected(Error(ErrorCode::kDataLoss, std::move(message)));
}
inline std::unexpected<Error> ResourceExhausted(std::string message) {
  return std::unexpected(Error(ErrorCode::kResourceExhausted, std::move(message)));
}
inline std::unexpected<Error> Internal(std::string message) {
  return std::unexpected(Error(ErrorCode::kInternal, std::move(message)));
}

// Cuts `value` to at most `max_bytes` (on a UTF-8 boundary) and appends "..."
// when it was longer; for quoting offending input in messages.
std::string Abbreviate(std::string_view value, size_t max_bytes = 40);

}  // namespace crosswire
