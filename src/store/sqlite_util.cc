#include "store/sqlite_util.h"

namespace dateline::sqlite {

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path) {
  int rc = sqlite3_open_v2(path.c_str(), &db_,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::IoError("cannot open database " + path + ": " +
                               (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return s;
  }
  sqlite3_busy_timeout(db_, 10000);
  return Status::Ok();
}

Status Db::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    Status st = Status::IoError(std::string("sqlite: ") + (err ? err : "error"));
    sqlite3_free(err);
    return st;
  }
  return Status::Ok();
}

Status Db::Error(std::string_view what) const {
  return Status::IoError(std::string(what) + ": " + sqlite3_errmsg(db_));
}

Stmt::~Stmt() {
  if (st_) sqlite3_finalize(st_);
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (st_) sqlite3_finalize(st_);
    db_ = o.db_;
    st_ = o.st_;
    o.st_ = nullptr;
  }
  return *this;
}

Status Stmt::Prepare(const Db& db, std::string_view sql) {
  if (st_) sqlite3_finalize(st_);
  st_ = nullptr;
  db_ = db.get();
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &st_, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db_) + " in: " +
                            std::string(sql.substr(0, 120)));
  }
  return Status::Ok();
}

bool Stmt::Step(Status* status) {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *status = Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return false;
}

Status Stmt::Run() {
  Status s;
  Step(&s);
  Reset();
  return s;
}

std::string Stmt::Text(int col) const { return std::string(TextView(col)); }

std::string_view Stmt::TextView(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p),
                          static_cast<size_t>(sqlite3_column_bytes(st_, col)));
}

}  // namespace dateline::sqlite
