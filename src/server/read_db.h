// Read-only access to the event store's SQLite file for the HTTP server. The server answers many
// requests at once; SQLite connections are not shared between threads, so ReadDb keeps a small
// pool: a request borrows a connection (Lease), runs prepared statements cached on it, and gives
// it back. Connections are opened read-only with a memory map, so the operating system's page
// cache is shared between them. A query that runs past its deadline is interrupted (progress
// handler), which bounds the time any one request can hold a connection.
#ifndef DATELINE_SERVER_READ_DB_H_
#define DATELINE_SERVER_READ_DB_H_

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "dateline/status.h"

namespace dateline::server {

using SqlValue = std::variant<int64_t, double, std::string>;

// One prepared statement borrowed from a connection's cache; reset when it goes out of scope.
class Query {
 public:
  explicit Query(sqlite3_stmt* st) : st_(st) {}
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query();

  void BindAll(const std::vector<SqlValue>& values);
  // Next row: true with a row, false at the end or on error (see status()).
  bool Step();
  const Status& status() const { return status_; }

  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  std::string_view Text(int col) const;

 private:
  sqlite3_stmt* st_;
  Status status_;
};

class ReadDb {
 public:
  // Opens one connection to check that PATH is a readable SQLite database with an events table.
  static StatusOr<std::unique_ptr<ReadDb>> Open(const std::string& path,
                                                std::chrono::milliseconds query_timeout);
  ~ReadDb();

  struct Conn {
    sqlite3* db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> statements;
    std::chrono::steady_clock::time_point deadline;
  };

  // A borrowed connection; returned to the pool on destruction.
  class Lease {
   public:
    Lease(ReadDb* owner, std::unique_ptr<Conn> conn) : owner_(owner), conn_(std::move(conn)) {}
    Lease(Lease&&) = default;
    ~Lease();
    // Prepares (once per connection) and returns the statement for sql.
    StatusOr<std::unique_ptr<Query>> Prepare(const std::string& sql);

   private:
    ReadDb* owner_;
    std::unique_ptr<Conn> conn_;
  };

  StatusOr<Lease> Acquire();

 private:
  ReadDb(std::string path, std::chrono::milliseconds timeout) : path_(std::move(path)), timeout_(timeout) {}
  StatusOr<std::unique_ptr<Conn>> OpenConn();
  void Release(std::unique_ptr<Conn> conn);

  std::string path_;
  std::chrono::milliseconds timeout_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Conn>> idle_;
};

}  // namespace dateline::server

#endif  // DATELINE_SERVER_READ_DB_H_
