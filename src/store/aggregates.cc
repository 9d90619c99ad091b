#include "store/aggregates.h"

#include <cstdio>
#include <map>
#include <vector>

#include "store/store_impl.h"

namespace dyad::store {
namespace {

// The value columns shared by both tables, in DyadTotals order. "anchored"
// rather than "groups": GROUPS is an SQL keyword. The root counts are one
// packed BLOB (pack_roots) rather than 20 columns: a series reads thousands
// of rows, and each column read costs SQLite about as much as the packing.
constexpr const char* kColumns = "events, q1, q2, q3, q4, goldstein, anchored";
constexpr const char* kColumnsWithRoots = "events, q1, q2, q3, q4, goldstein, anchored, roots";

std::string value_columns(bool with_roots) { return with_roots ? kColumnsWithRoots : kColumns; }

// Non-zero root counts as (root index byte, LEB128 count) pairs, in root order.
std::string pack_roots(const std::array<int64_t, kRoots>& roots) {
  std::string out;
  for (int r = 0; r < kRoots; ++r) {
    if (roots[r] <= 0) continue;
    out += static_cast<char>(r);
    uint64_t n = static_cast<uint64_t>(roots[r]);
    while (n >= 0x80) {
      out += static_cast<char>((n & 0x7F) | 0x80);
      n >>= 7;
    }
    out += static_cast<char>(n);
  }
  return out;
}

// Adds the packed counts to roots; stops at the first malformed byte (a
// damaged row then under-counts rather than reading out of bounds).
void add_packed_roots(std::string_view packed, std::array<int64_t, kRoots>& roots) {
  size_t i = 0;
  while (i < packed.size()) {
    unsigned r = static_cast<unsigned char>(packed[i++]);
    uint64_t n = 0;
    int shift = 0;
    bool done = false;
    while (i < packed.size() && shift < 63) {
      unsigned char b = static_cast<unsigned char>(packed[i++]);
      n |= static_cast<uint64_t>(b & 0x7F) << shift;
      shift += 7;
      if (!(b & 0x80)) {
        done = true;
        break;
      }
    }
    if (!done || r >= static_cast<unsigned>(kRoots)) return;
    roots[r] += static_cast<int64_t>(n);
  }
}

// Days are clustered by dyad: a series reads one dyad's days, roots
// included, in one range; the network of a period reads days only for the
// ragged ends of its range, through an index by day. That index holds only
// keys, so updating a row's sums leaves it untouched.
// Months are clustered by month: the network of a period reads them whole.
std::string primary_key(const char* key) {
  return std::string(key) == "day" ? "source_key, target_key, day" : "month, source_key, target_key";
}

std::string table_sql(const char* table, const char* key) {
  std::string s = std::string("CREATE TABLE ") + table + "(" + key +
                  " TEXT NOT NULL, source_key TEXT NOT NULL, target_key TEXT NOT NULL, "
                  "events INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, "
                  "q4 INTEGER NOT NULL, goldstein REAL NOT NULL, anchored INTEGER NOT NULL, roots BLOB NOT NULL";
  const bool days = std::string(key) == "day";
  s += ", PRIMARY KEY(" + primary_key(key) + ")) WITHOUT ROWID;";
  s += std::string("CREATE INDEX ") + table + (days ? "_by_day ON " : "_by_dyad ON ") + table + "(" +
       (days ? std::string("day, source_key, target_key") : std::string("source_key, target_key, month")) +
       ");";
  return s;
}

std::string pk_match(const char* key) {
  return std::string(key) == "day" ? "source_key = ?1 AND target_key = ?2 AND day = ?3"
                                   : "source_key = ?1 AND target_key = ?2 AND month = ?3";
}

void bind_totals(Stmt& st, int first, const DyadTotals& t) {
  st.bind(first, t.events);
  for (int q = 0; q < 4; ++q) st.bind(first + 1 + q, t.quad[q]);
  st.bind(first + 5, t.goldstein);
  st.bind(first + 6, t.groups);
  st.bind_blob(first + 7, pack_roots(t.root));
}

DyadTotals read_totals(const Stmt& st, int first, bool with_roots) {
  DyadTotals t;
  t.events = st.int64(first);
  for (int q = 0; q < 4; ++q) t.quad[q] = st.int64(first + 1 + q);
  t.goldstein = st.real(first + 5);
  t.groups = st.int64(first + 6);
  if (with_roots) add_packed_roots(st.blob(first + 7), t.root);
  return t;
}

// Adds a batch's sums to one table's rows: read the row, add, write it back
// (the packed roots cannot be added in SQL).
// An existing row is updated in place (its keys, and so its index entries,
// unchanged); a new one is inserted.
class RowMerger {
 public:
  RowMerger(Db& db, const char* table, const char* key)
      : get_(db, std::string("SELECT ") + kColumnsWithRoots + " FROM " + table + " WHERE " + pk_match(key)),
        update_(db, std::string("UPDATE ") + table +
                        " SET events = ?4, q1 = ?5, q2 = ?6, q3 = ?7, q4 = ?8, goldstein = ?9, anchored = ?10, "
                        "roots = ?11 WHERE " + pk_match(key)),
        insert_(db, std::string("INSERT INTO ") + table + "(source_key, target_key, " + key + ", " +
                        kColumnsWithRoots + ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}
  void add(std::string_view s, std::string_view t, std::string_view key, const DyadTotals& v) {
    DyadTotals sum = v;
    get_.bind(1, s).bind(2, t).bind(3, key);
    const bool found = get_.step();
    if (found) sum.add(read_totals(get_, 0, true), 1);
    get_.reset();
    Stmt& put = found ? update_ : insert_;
    put.bind(1, s).bind(2, t).bind(3, key);
    bind_totals(put, 4, sum);
    put.run();
  }

 private:
  Stmt get_, update_, insert_;
};

// ---- date ranges as aggregate reads

// The month key of a dyad's all-time totals, undated events included. It
// sorts below "0000" and above the undated key "", so no month range holds it.
constexpr const char* kAllTime = "*";

struct Part {
  bool months;         // dyad_months (key YYYY-MM) or dyad_days (key YYYY-MM-DD)
  std::string lo, hi;  // inclusive key range
  int sign = 1;
};

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string month_key(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

// The part of [a, b] (day numbers) inside month y-m, which holds both.
// Whole month: one month row per dyad. Otherwise either the included days,
// or the month minus the excluded days, whichever reads fewer rows; a month
// row set is about as large as a few days' rows, hence the margin.
void add_month_piece(int y, int m, int64_t a, int64_t b, std::vector<Part>& parts) {
  int64_t first = 0;
  parse_day(month_key(y, m) + "-01", first);
  const int64_t last = first + days_in_month(y, m) - 1;
  const int64_t included = b - a + 1, excluded = (last - first + 1) - included;
  if (excluded == 0) {
    parts.push_back({true, month_key(y, m), month_key(y, m), 1});
  } else if (included <= excluded + 4) {
    parts.push_back({false, format_day(a), format_day(b), 1});
  } else {
    parts.push_back({true, month_key(y, m), month_key(y, m), 1});
    if (a > first) parts.push_back({false, format_day(first), format_day(a - 1), -1});
    if (b < last) parts.push_back({false, format_day(b + 1), format_day(last), -1});
  }
}

std::vector<Part> plan_range(const std::string& from, const std::string& to) {
  std::vector<Part> parts;
  if (from.empty() && to.empty()) {
    parts.push_back({true, kAllTime, kAllTime, 1});
    return parts;
  }
  int64_t lo = 0, hi = 0;
  if (!from.empty() && !parse_day(from, lo)) return parts;
  if (!to.empty() && !parse_day(to, hi)) return parts;
  if (!from.empty() && !to.empty() && lo > hi) return parts;
  // Whole months strictly between the ends; "0000-00" and "9999-99" bound
  // open ends (the undated key "" sorts below both).
  std::string mid_lo = "0000-00", mid_hi = "9999-99";
  if (!from.empty()) {
    int y = std::stoi(from.substr(0, 4)), m = std::stoi(from.substr(5, 2));
    int64_t first = 0;
    parse_day(month_key(y, m) + "-01", first);
    int64_t last = first + days_in_month(y, m) - 1;
    if (!to.empty() && hi <= last) {
      add_month_piece(y, m, lo, hi, parts);
      return parts;
    }
    add_month_piece(y, m, lo, last, parts);
    mid_lo = m == 12 ? month_key(y + 1, 1) : month_key(y, m + 1);
  }
  if (!to.empty()) {
    int y = std::stoi(to.substr(0, 4)), m = std::stoi(to.substr(5, 2));
    int64_t first = 0;
    parse_day(month_key(y, m) + "-01", first);
    add_month_piece(y, m, first, hi, parts);
    mid_hi = m == 1 ? month_key(y - 1, 12) : month_key(y, m - 1);
  }
  if (mid_lo <= mid_hi) parts.push_back({true, mid_lo, mid_hi, 1});
  return parts;
}

std::string key_of(const std::string& s, const std::string& t, const std::string& day) {
  std::string k;
  k.reserve(s.size() + t.size() + day.size() + 2);
  k += s;
  k += '\x1f';
  k += t;
  k += '\x1f';
  k += day;
  return k;
}

}  // namespace

void DyadTotals::add(const DyadTotals& o, int sign) {
  events += sign * o.events;
  for (int q = 0; q < 4; ++q) quad[q] += sign * o.quad[q];
  for (int r = 0; r < kRoots; ++r) root[r] += sign * o.root[r];
  goldstein += sign * o.goldstein;
  groups += sign * o.groups;
}

int root_index(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return -1;
  int n = (root[0] - '0') * 10 + (root[1] - '0');
  return n >= 1 && n <= kRoots ? n - 1 : -1;
}

std::string canonical_day(std::string_view date) {
  int64_t d = 0;
  if (date.size() != 10 || !parse_day(date, d)) return {};
  std::string s = format_day(d);
  return s == date ? s : std::string();  // "2021-02-30" is not a day
}

// ---- writing

DyadTotals& AggregateBatch::row(const std::string& s, const std::string& t, const std::string& day) {
  return days_[key_of(s, t, day)];
}

void AggregateBatch::add_event(const std::string& s, const std::string& t, const std::string& day, int quad,
                               const std::string& root, double goldstein) {
  DyadTotals& r = row(s, t, day);
  ++r.events;
  if (quad >= 1 && quad <= 4) ++r.quad[quad - 1];
  int ri = root_index(root);
  if (ri >= 0) ++r.root[ri];
  r.goldstein += goldstein;
}

void AggregateBatch::add_group(const std::string& s, const std::string& t, const std::string& day) {
  ++row(s, t, day).groups;
}

struct AggregateBatch::Writers {
  explicit Writers(Db& db) : days(db, "dyad_days", "day"), months(db, "dyad_months", "month") {}
  RowMerger days, months;
};

AggregateBatch::AggregateBatch() = default;
AggregateBatch::~AggregateBatch() = default;

void AggregateBatch::clear() { days_.clear(); }

void AggregateBatch::flush(Db& db) {
  if (days_.empty()) return;
  if (!writers_) writers_ = std::make_unique<Writers>(db);
  RowMerger& day_rows = writers_->days;
  RowMerger& month_rows = writers_->months;
  std::unordered_map<std::string, DyadTotals> months;
  for (const auto& [key, totals] : days_) {
    size_t a = key.find('\x1f'), b = key.find('\x1f', a + 1);
    std::string_view k(key);
    std::string_view day = k.substr(b + 1);
    day_rows.add(k.substr(0, a), k.substr(a + 1, b - a - 1), day, totals);
    std::string mkey(key, 0, b + 1);
    months[mkey + std::string(day.substr(0, day.empty() ? 0 : 7))].add(totals, 1);
    months[mkey + kAllTime].add(totals, 1);
  }
  for (const auto& [key, totals] : months) {
    size_t a = key.find('\x1f'), b = key.find('\x1f', a + 1);
    std::string_view k(key);
    month_rows.add(k.substr(0, a), k.substr(a + 1, b - a - 1), k.substr(b + 1), totals);
  }
  days_.clear();
}

void create_aggregates(Db& db) {
  db.exec(table_sql("dyad_days", "day"));
  db.exec(table_sql("dyad_months", "month"));
}

void rebuild_aggregates(Db& db) {
  db.exec("DELETE FROM dyad_days");
  db.exec("DELETE FROM dyad_months");
  // Through the same batch arithmetic as ingest, so both agree by
  // construction. Stored event dates are canonical days or NULL.
  AggregateBatch batch;
  {
    Stmt st(db, "SELECT source_key, target_key, coalesce(date, ''), quad, root, goldstein FROM events");
    while (st.step()) batch.add_event(st.text(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.real(5));
  }
  {
    Stmt st(db, "SELECT source_key, target_key, date FROM dedup_events");
    while (st.step()) batch.add_group(st.text(0), st.text(1), st.text(2));
  }
  batch.flush(db);
}

// ---- reading

void scan_aggregates(Db& db, const std::string& from, const std::string& to, const Where& dyad, bool with_roots,
                     const AggregateRowFn& fn) {
  const std::string cols = "source_key, target_key, " + value_columns(with_roots);
  for (const Part& p : plan_range(from, to)) {
    const char* table = p.months ? "dyad_months" : "dyad_days";
    const char* key = p.months ? "month" : "day";
    Where w = dyad;
    w.add(std::string(key) + " BETWEEN ? AND ?");
    w.value(p.lo);
    w.value(p.hi);
    Stmt st(db, "SELECT " + cols + " FROM " + table + w.sql);
    w.bind(st);
    while (st.step()) fn(st.text(0), st.text(1), read_totals(st, 2, with_roots), p.sign);
  }
}

void scan_days(Db& db, const std::string& from, const std::string& to, const Where& dyad,
               const std::function<void(const std::string& day, const DyadTotals&)>& fn) {
  Where w = dyad;
  w.add("day <> ''");
  if (!from.empty()) {
    w.add("day >= ?");
    w.value(from);
  }
  if (!to.empty()) {
    w.add("day <= ?");
    w.value(to);
  }
  Stmt st(db, "SELECT day, " + value_columns(true) + " FROM dyad_days" + w.sql + " ORDER BY day");
  w.bind(st);
  while (st.step()) fn(st.text(0), read_totals(st, 1, true));
}

}  // namespace dyad::store
