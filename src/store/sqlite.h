// A thin RAII layer over the SQLite C API: one connection, prepared
// statements with typed binds and column reads. Every error becomes a
// StoreError naming the database file, so callers never see a raw code.
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/store.h"

namespace dyad::store {

class Db;

class Stmt {
 public:
  Stmt() = default;
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binds are 1-based, as in SQLite. Empty optional-style helpers bind NULL.
  Stmt& bind(int i, int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind(int i, std::string_view v);  // copied (SQLITE_TRANSIENT)
  Stmt& bind_null(int i);
  Stmt& bind_blob(int i, std::string_view bytes);  // copied
  // NULL when v is empty.
  Stmt& bind_text_or_null(int i, std::string_view v);
  // NULL when v < 0.
  Stmt& bind_index_or_null(int i, int64_t v);

  // Steps once: true when a row is available, false when done.
  bool step();
  // Steps to completion (for statements that return no rows), then resets.
  void run();
  void reset();  // resets and clears bindings

  int64_t int64(int col) const { return sqlite3_column_int64(st_, col); }
  int integer(int col) const { return sqlite3_column_int(st_, col); }
  double real(int col) const { return sqlite3_column_double(st_, col); }
  bool is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  std::string text(int col) const;  // "" for NULL
  // The bytes of a BLOB column, valid until the next step/reset; empty for NULL.
  std::string_view blob(int col) const;
  // -1 for NULL.
  int64_t int64_or(int col, int64_t dflt) const { return is_null(col) ? dflt : int64(col); }

 private:
  [[noreturn]] void fail(const char* what) const;
  Db* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
};

class Db {
 public:
  // Opens path; throws StoreError("cannot open database 'path': reason").
  Db(const std::string& path, bool readonly);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(std::string_view sql);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }

  // "database 'path': what: sqlite message".
  [[noreturn]] void fail(std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if destroyed uncommitted.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_H_
