// Building WHERE clauses from the public filters, with their bind values kept
// alongside so every query is a prepared statement (no values in SQL text).
#ifndef DYAD_STORE_QUERY_SQL_H_
#define DYAD_STORE_QUERY_SQL_H_

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::store {

struct Where {
  std::string sql;  // " WHERE a AND b" or ""
  std::vector<std::variant<int64_t, double, std::string>> values;

  void add(const std::string& cond) { sql += (sql.empty() ? " WHERE " : " AND ") + cond; }
  template <typename T>
  void value(T v) { values.emplace_back(std::move(v)); }
  // Binds values from index `first` on; returns the next free index.
  int bind(Stmt& st, int first = 1) const;
};

// The smallest string greater than every string starting with prefix (for
// index-friendly prefix ranges); "" when there is none.
std::string prefix_end(const std::string& prefix);

// The sectors column ("GOV MIL") as a list of role codes.
std::vector<std::string> split_sectors(const std::string& s);

// The actor of a mention from 11 columns starting at c: the mention index,
// then m.text, code, country, org, sectors, start, end, the antecedent's
// text, basis, confidence (m = the mention, its antecedent joined). nullopt
// when the index or the mention row is missing.
std::optional<StoredActor> read_actor(const Stmt& st, int c);

// Escapes % _ and \ for LIKE ... ESCAPE '\'.
std::string like_escape(const std::string& s);

// A full-text query for events_fts from user text: each word (letters and
// digits; any non-ASCII byte counts as a letter) quoted, so no FTS5 syntax
// gets through; the last word also matches as a prefix. "" when no words.
std::string fts_query(const std::string& text);

// Adds the condition "actor column matches side" for the given level:
// exact key (country) or code prefix range (actor). col_key/col_code are the
// column names for each level.
std::string side_condition(DyadLevel level, const std::string& side, const std::string& col_key,
                           const std::string& col_code, Where& w);

// Source/target/undirected conditions on the events table alias `e`.
void add_dyad_conditions(const std::string& source, const std::string& target, DyadLevel level, bool undirected,
                         const std::string& alias, Where& w);

// Page sizes are capped: a request cannot ask for the whole store at once.
constexpr int kMaxPage = 10000;
inline void clamp_page(int& limit, int& offset) {
  limit = limit < 0 ? 0 : (limit > kMaxPage ? kMaxPage : limit);
  offset = offset < 0 ? 0 : offset;
}

// Checks a YYYY-MM-DD bound; throws StoreError naming the bound when malformed.
void check_date(const std::string& db_path, const char* what, const std::string& date);

}  // namespace dyad::store

#endif  // DYAD_STORE_QUERY_SQL_H_
