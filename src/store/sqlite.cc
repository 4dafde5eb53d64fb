#include "sqlite.h"

#include <fmt/format.h>

namespace crosswire::store::internal {

Error SqliteError(sqlite3* db, int code, std::string_view what, std::string_view detail) {
  std::string message = fmt::format("{}: {}", what,
                                    !detail.empty() ? std::string(detail)
                                    : db != nullptr ? std::string(sqlite3_errmsg(db))
                                                    : std::string(sqlite3_errstr(code)));
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error(ErrorCode::kResourceExhausted,
                   message +
                       " (another process holds the store's write lock past "
                       "OpenOptions::busy_timeout_ms)");
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
      return Error(ErrorCode::kInvalidInput, message);
    case SQLITE_READONLY:
      return Error(ErrorCode::kInvalidInput, message);
    case SQLITE_CANTOPEN:
      return Error(ErrorCode::kNotFound, message);
    default:
      return Error(ErrorCode::kDataLoss, message);
  }
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql) {
  Statement statement;
  statement.db_ = db;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &statement.stmt_, nullptr);
  if (rc != SQLITE_OK) return std::unexpected(SqliteError(db, rc, "preparing a store query"));
  return statement;
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Error error = SqliteError(db_, rc, "store query");
  sqlite3_reset(stmt_);
  return std::unexpected(error);
}

Result<void> Statement::Run() {
  while (true) {
    auto row = Step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
  }
}

Result<void> Exec(sqlite3* db, std::string_view sql) {
  std::string copy(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(db, copy.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return {};
  std::string text = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return std::unexpected(SqliteError(nullptr, rc, "store statement", text));
}

}  // namespace crosswire::store::internal
