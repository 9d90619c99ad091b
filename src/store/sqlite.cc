#include "store/sqlite.h"

#include <string>

namespace dyad::store {

namespace {

// SQLite counts every allocation under a global mutex for sqlite3_memory_used(),
// which dyad never asks for; the full-text index allocates per token, so
// with the count on, ingest spent ~5% of its instructions on that mutex.
// Process-wide and only possible before SQLite initialises: done once, before
// the first connection; a no-op (SQLITE_MISUSE) if the host program already
// initialised SQLite.
void configure_sqlite_once() {
  static const bool done = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)done;
}

}  // namespace

Db::Db(const std::string& path, bool readonly) : path_(path) {
  configure_sqlite_once();
  int flags = readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  // One connection per thread (store.h), so SQLite's own mutexes are not needed.
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    if (db_) sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open database '" + path + "': " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  // A reader meeting a writer's checkpoint waits instead of failing.
  sqlite3_busy_timeout(db_, 5000);
}

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

void Db::fail(std::string_view what) const {
  throw StoreError("database '" + path_ + "': " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

void Db::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw StoreError("database '" + path_ + "': " + msg);
  }
}

Stmt::Stmt(Db& db, std::string_view sql) : db_(&db) {
  if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_,
                         nullptr) != SQLITE_OK)
    db.fail("cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
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

void Stmt::fail(const char* what) const { db_->fail(what); }

Stmt& Stmt::bind(int i, int64_t v) {
  if (sqlite3_bind_int64(st_, i, v) != SQLITE_OK) fail("bind");
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  if (sqlite3_bind_double(st_, i, v) != SQLITE_OK) fail("bind");
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  // An empty view may carry a null pointer, which SQLite binds as NULL; an
  // empty string is meant.
  if (v.data() == nullptr) v = std::string_view("", 0);
  if (sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT) != SQLITE_OK) fail("bind");
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  if (sqlite3_bind_null(st_, i) != SQLITE_OK) fail("bind");
  return *this;
}
Stmt& Stmt::bind_text_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
Stmt& Stmt::bind_index_or_null(int i, int64_t v) { return v < 0 ? bind_null(i) : bind(i, v); }

bool Stmt::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string msg = sqlite3_errmsg(db_->handle());
  sqlite3_reset(st_);
  throw StoreError("database '" + db_->path() + "': " + msg);
}

void Stmt::run() {
  while (step()) {
  }
  reset();
}

void Stmt::reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

Stmt& Stmt::bind_blob(int i, std::string_view v) {
  if (sqlite3_bind_blob(st_, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail("bind");
  return *this;
}

std::string_view Stmt::blob(int col) const {
  const void* p = sqlite3_column_blob(st_, col);
  if (!p) return {};
  return std::string_view(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col)));
}

std::string Stmt::text(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st_, col));
}

Transaction::Transaction(Db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace dyad::store
