// Store::dyads: the dyads of a period with their counts. At country level
// they are summed from the aggregate tables (store/aggregates.h); actor codes
// are not aggregated, so actor-level dyads group the events themselves.
#include <algorithm>
#include <unordered_map>

#include "store/aggregates.h"
#include "store/query_sql.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;
using store::Where;

namespace {

// Most events first, then by name; the requested page of that order.
void page_rows(std::vector<DyadCount>& rows, int limit, int offset, Page<DyadCount>& page) {
  std::sort(rows.begin(), rows.end(), [](const DyadCount& a, const DyadCount& b) {
    if (a.events != b.events) return a.events > b.events;
    if (a.source != b.source) return a.source < b.source;
    return a.target < b.target;
  });
  page.total = static_cast<int64_t>(rows.size());
  store::clamp_page(limit, offset);
  size_t b = std::min(rows.size(), static_cast<size_t>(offset));
  size_t e = std::min(rows.size(), b + static_cast<size_t>(limit));
  page.rows.assign(std::make_move_iterator(rows.begin() + b), std::make_move_iterator(rows.begin() + e));
}

// The first and last day with events of one directed dyad in [from, to]:
// one index seek each on dyad_days(source_key, target_key, day). Only two
// bounds on day: with a third the planner may seek on the loose one and
// scan. "0000" sorts above the undated key "".
class EdgeDays {
 public:
  EdgeDays(store::Db& db, const std::string& from, const std::string& to)
      : first_(db, sql("min")), last_(db, sql("max")), from_(from.empty() ? "0000" : from),
        to_(to.empty() ? "9999" : to) {}
  // Widens [first, last] with the dyad's own range.
  void widen(const std::string& s, const std::string& t, std::string& first, std::string& last) {
    std::string a = read(first_, s, t), b = read(last_, s, t);
    if (!a.empty() && (first.empty() || a < first)) first = a;
    if (b > last) last = b;
  }

 private:
  static std::string sql(const char* fn) {
    return std::string("SELECT ") + fn +
           "(day) FROM dyad_days WHERE source_key = ? AND target_key = ? AND day >= ? AND day <= ?";
  }
  std::string read(Stmt& st, const std::string& s, const std::string& t) {
    st.bind(1, std::string_view(s)).bind(2, std::string_view(t)).bind(3, std::string_view(from_)).bind(
        4, std::string_view(to_));
    std::string day = st.step() ? st.text(0) : std::string();
    st.reset();
    return day;
  }
  Stmt first_, last_;
  std::string from_, to_;
};

Page<DyadCount> country_dyads(store::Db& db, const DyadFilter& f) {
  // Rows with a missing side are skipped here rather than in SQL: a
  // "source_key <> ''" condition would tempt the planner to range-scan the
  // dyad index instead of seeking the period.
  Where w;
  if (!f.actor.empty()) {
    w.add("(source_key = ? OR target_key = ?)");
    w.value(f.actor);
    w.value(f.actor);
  }
  std::unordered_map<std::string, store::DyadTotals> sums;
  store::scan_aggregates(db, f.from, f.to, w, /*with_roots=*/false,
                         [&](const std::string& s, const std::string& t, const store::DyadTotals& v, int sign) {
                           if (s.empty() || t.empty()) return;
                           const bool swap = f.undirected && t < s;
                           sums[swap ? t + '\x1f' + s : s + '\x1f' + t].add(v, sign);
                         });
  std::vector<DyadCount> rows;
  const int64_t min_events = std::max(1, f.min_events);
  for (const auto& [key, v] : sums) {
    if (v.events < min_events) continue;
    DyadCount d;
    size_t sep = key.find('\x1f');
    d.source = key.substr(0, sep);
    d.target = key.substr(sep + 1);
    d.events = v.events;
    d.dedup_events = v.groups;
    d.by_quad = v.quad;
    d.goldstein_total = v.goldstein;
    d.goldstein_mean = v.goldstein / static_cast<double>(v.events);
    rows.push_back(std::move(d));
  }
  Page<DyadCount> page;
  page_rows(rows, f.limit, f.offset, page);
  // First and last dates only for the rows returned: two seeks per direction.
  if (!f.with_dates) return page;
  EdgeDays edges(db, f.from, f.to);
  for (DyadCount& d : page.rows) {
    edges.widen(d.source, d.target, d.first_date, d.last_date);
    if (f.undirected && d.source != d.target) edges.widen(d.target, d.source, d.first_date, d.last_date);
  }
  return page;
}

Page<DyadCount> actor_dyads(store::Db& db, const DyadFilter& f) {
  Where w;
  w.add("source_code <> '' AND target_code <> ''");
  if (!f.from.empty()) {
    w.add("date >= ?");
    w.value(f.from);
  }
  if (!f.to.empty()) {
    w.add("date <= ?");
    w.value(f.to);
  }
  if (!f.actor.empty()) {
    std::string c1 = store::side_condition(f.level, f.actor, "source_key", "source_code", w);
    std::string c2 = store::side_condition(f.level, f.actor, "target_key", "target_code", w);
    w.add("(" + c1 + " OR " + c2 + ")");
  }
  std::string sx = "source_code", tx = "target_code";
  if (f.undirected) {
    sx = "min(source_code, target_code)";
    tx = "max(source_code, target_code)";
  }
  Stmt st(db, "SELECT " + sx + " AS s, " + tx +
                  " AS t, count(*) AS n, count(DISTINCT dedup_id), sum(quad = 1), sum(quad = 2), sum(quad = 3), "
                  "sum(quad = 4), total(goldstein), min(date), max(date) FROM events" +
                  w.sql + " GROUP BY s, t HAVING count(*) >= ?");
  int next = w.bind(st);
  st.bind(next, std::max(1, f.min_events));
  std::vector<DyadCount> rows;
  while (st.step()) {
    DyadCount d;
    d.source = st.text(0);
    d.target = st.text(1);
    d.events = st.int64(2);
    d.dedup_events = st.int64(3);
    for (int q = 0; q < 4; ++q) d.by_quad[q] = st.int64(4 + q);
    d.goldstein_total = st.real(8);
    d.goldstein_mean = d.goldstein_total / static_cast<double>(d.events);
    d.first_date = st.text(9);
    d.last_date = st.text(10);
    rows.push_back(std::move(d));
  }
  Page<DyadCount> page;
  page_rows(rows, f.limit, f.offset, page);
  return page;
}

}  // namespace

Page<DyadCount> Store::dyads(const DyadFilter& f) {
  store::check_date(path(), "from", f.from);
  store::check_date(path(), "to", f.to);
  return f.level == DyadLevel::kCountry ? country_dyads(*impl_->db, f) : actor_dyads(*impl_->db, f);
}

}  // namespace dyad
