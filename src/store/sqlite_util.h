// Thin RAII wrappers over the SQLite C API: a connection (Db) and a prepared statement (Stmt)
// with typed Bind/Column helpers. Statements are prepared once and reset after each step, so the
// hot paths of ingest and query never re-parse SQL. Every failure becomes a Status carrying
// sqlite3_errmsg, never an exception.
#ifndef DATELINE_STORE_SQLITE_UTIL_H_
#define DATELINE_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/status.h"

namespace dateline::sqlite {

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;  // owns the connection
  Db& operator=(const Db&) = delete;

  Status Open(const std::string& path);
  // Runs one or more statements that return no rows we need.
  Status Exec(std::string_view sql);
  sqlite3* get() const { return db_; }
  Status Error(std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
};

class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(const Stmt&) = delete;  // owns the statement
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;

  Status Prepare(const Db& db, std::string_view sql);
  bool prepared() const { return st_ != nullptr; }

  // Binds are 1-based, like SQLite's.
  Stmt& Bind(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); return *this; }
  Stmt& Bind(int i, int v) { sqlite3_bind_int64(st_, i, v); return *this; }
  Stmt& Bind(int i, double v) { sqlite3_bind_double(st_, i, v); return *this; }
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const std::optional<std::string>& v) {
    return v ? Bind(i, std::string_view(*v)) : BindNull(i);
  }
  Stmt& BindNull(int i) { sqlite3_bind_null(st_, i); return *this; }
  // Empty text binds NULL.
  Stmt& BindText(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }

  // Steps once: true with a row, false when done; *status set on error.
  bool Step(Status* status);
  // Steps a statement that returns no rows, then resets it.
  Status Run();
  void Reset() { sqlite3_reset(st_); sqlite3_clear_bindings(st_); }

  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  std::string Text(int col) const;
  std::string_view TextView(int col) const;
  int64_t IntOr(int col, int64_t fallback) const { return IsNull(col) ? fallback : Int(col); }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace dateline::sqlite

#endif  // DATELINE_STORE_SQLITE_UTIL_H_
