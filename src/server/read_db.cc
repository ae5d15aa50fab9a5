// See read_db.h. Errors from SQLite are logged to stderr in full and returned as a generic
// message: what reaches an HTTP client must not reveal paths or SQL.
#include "server/read_db.h"

#include <cmath>
#include <cstdio>

namespace dateline::server {
namespace {

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

// dl_km(lat1, lon1, lat2, lon2): great-circle distance in km, NULL when any input is NULL.
void SqlKm(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < 4; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) { sqlite3_result_null(ctx); return; }
  }
  sqlite3_result_double(ctx, HaversineKm(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                         sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

int Progress(void* arg) {
  auto* conn = static_cast<ReadDb::Conn*>(arg);
  return std::chrono::steady_clock::now() > conn->deadline ? 1 : 0;
}

}  // namespace

Query::~Query() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

void Query::BindAll(const std::vector<SqlValue>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    int idx = static_cast<int>(i) + 1;
    if (auto* v = std::get_if<int64_t>(&values[i])) sqlite3_bind_int64(st_, idx, *v);
    else if (auto* d = std::get_if<double>(&values[i])) sqlite3_bind_double(st_, idx, *d);
    else {
      const auto& s = std::get<std::string>(values[i]);
      sqlite3_bind_text(st_, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
  }
}

bool Query::Step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  if (rc == SQLITE_INTERRUPT) {
    status_ = Status::Unsupported("the query took too long; narrow the filters");
  } else {
    std::fprintf(stderr, "dateline serve: sqlite: %s\n", sqlite3_errmsg(sqlite3_db_handle(st_)));
    status_ = Status::Internal("database error");
  }
  return false;
}

std::string_view Query::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, col));
}

StatusOr<std::unique_ptr<ReadDb>> ReadDb::Open(const std::string& path,
                                               std::chrono::milliseconds query_timeout) {
  std::unique_ptr<ReadDb> db(new ReadDb(path, query_timeout));
  auto conn = db->OpenConn();
  if (!conn.ok()) return conn.status();
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2((*conn)->db, "SELECT id FROM events LIMIT 1", -1, &st, nullptr);
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) {
    return Status::InvalidArgument(path + ": not an event store (" + sqlite3_errmsg((*conn)->db) +
                                   "); create it with `dateline ingest`");
  }
  db->Release(std::move(*conn));
  return db;
}

ReadDb::~ReadDb() {
  for (auto& c : idle_) {
    for (auto& [sql, st] : c->statements) sqlite3_finalize(st);
    sqlite3_close(c->db);
  }
}

StatusOr<std::unique_ptr<ReadDb::Conn>> ReadDb::OpenConn() {
  auto conn = std::make_unique<Conn>();
  int rc = sqlite3_open_v2(path_.c_str(), &conn->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = conn->db ? sqlite3_errmsg(conn->db) : "out of memory";
    sqlite3_close(conn->db);
    return Status::IoError(path_ + ": " + msg);
  }
  sqlite3_busy_timeout(conn->db, 2000);
  sqlite3_exec(conn->db, "PRAGMA mmap_size=2147483648; PRAGMA cache_size=-8192;"
               "PRAGMA temp_store=MEMORY; PRAGMA query_only=1;", nullptr, nullptr, nullptr);
  sqlite3_create_function(conn->db, "dl_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, SqlKm,
                          nullptr, nullptr);
  sqlite3_progress_handler(conn->db, 10000, Progress, conn.get());
  return conn;
}

StatusOr<ReadDb::Lease> ReadDb::Acquire() {
  std::unique_ptr<Conn> conn;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      conn = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!conn) {
    auto opened = OpenConn();
    if (!opened.ok()) {
      std::fprintf(stderr, "dateline serve: %s\n", opened.status().message().c_str());
      return Status::Internal("database unavailable");
    }
    conn = std::move(*opened);
  }
  conn->deadline = std::chrono::steady_clock::now() + timeout_;
  return Lease(this, std::move(conn));
}

void ReadDb::Release(std::unique_ptr<Conn> conn) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(conn));
}

ReadDb::Lease::~Lease() {
  if (conn_) owner_->Release(std::move(conn_));
}

StatusOr<std::unique_ptr<Query>> ReadDb::Lease::Prepare(const std::string& sql) {
  auto it = conn_->statements.find(sql);
  if (it == conn_->statements.end()) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(conn_->db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) !=
        SQLITE_OK) {
      std::fprintf(stderr, "dateline serve: sqlite prepare: %s\n", sqlite3_errmsg(conn_->db));
      return Status::Internal("database error");
    }
    // Statements are keyed by their SQL, which varies only with the set of filters used: a
    // bounded number per connection.
    it = conn_->statements.emplace(sql, st).first;
  }
  return std::make_unique<Query>(it->second);
}

}  // namespace dateline::server
